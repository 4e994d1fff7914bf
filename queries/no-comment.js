// name: no-comment
// description: Who was asked and did not comment, on what, in which article; filter by entity, topic words and publication dates.
// param: entity (optional): a name or alias of who did not comment
// param: topic (optional): words the topic must contain, e.g. "strike"
// param: from (optional): earliest publication date, YYYY-MM-DD
// param: to (optional): latest publication date, YYYY-MM-DD
// param: limit (optional): at most this many rows, default 1000
// columns: who, who_text, cue, topic, article, title, published
var ncs;
if (params.entity) {
  var ents = findEntities(params.entity);
  ncs = inEach(ents, C("who"), 5000);
} else {
  // Unfiltered, the newest-loaded first few thousand are plenty for a page.
  ncs = g.V(C("NonComment")).In(RDF_TYPE).ToArray(Math.max(limitOf(1000), 5000)) || [];
}
var rows = [];
if (ncs.length) {
  var t = g.V.apply(g, uniq(ncs)).Tag("n").SaveOpt(C("whoText"), "who_text").SaveOpt(C("cue"), "cue")
    .SaveOpt(C("topic"), "topic").SaveOpt(C("seq"), "seq").SaveOpt(C("who"), "who")
    .Out(S("appearance")).SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
    .SaveOpt(S("datePublished"), "published").TagArray() || [];
  var whos = [];
  for (var i = 0; i < t.length; i++) { if (t[i].who) { whos.push(t[i].who); } }
  var nm = names(whos);
  var topic = params.topic ? String(params.topic).toLowerCase() : "";
  var seen = {};
  for (var i = 0; i < t.length && rows.length < limitOf(1000); i++) {
    var r = t[i];
    if (seen[r.n]) { continue; }
    seen[r.n] = true;
    if (topic && String(r.topic || "").toLowerCase().indexOf(topic) < 0) { continue; }
    if (!inRange(r.published, params.from, params.to)) { continue; }
    rows.push({
      who: nm[r.who] || r.who_text || "", who_text: r.who_text || "", cue: r.cue || "", topic: r.topic || "",
      article: r.article || "", title: r.title || "", published: r.published || "", seq: r.seq || 0
    });
  }
}
rows.sort(byDate);
emitAll(rows, ["who", "who_text", "cue", "topic", "article", "title", "published"]);
