// name: no-comment
// description: Who was asked and did not comment, on what, in which article; filter by entity, topic words and publication dates.
// param: entity (optional): a name or alias of who did not comment
// param: topic (optional): words the topic must contain, e.g. "strike"
// param: from (optional): earliest publication date, YYYY-MM-DD
// param: to (optional): latest publication date, YYYY-MM-DD
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: who, who_text, cue, topic, article, title, published
// Candidates are the first SCAN non-comments (of the entity, or of the
// whole graph in load order) with their dates; the filters and the date
// order apply to them, and full rows are read for the page only.
var cand;
if (params.entity) {
  cand = datedFrom(findEntities(params.entity), C("who"));
} else {
  cand = g.V(C("NonComment")).In(RDF_TYPE).Tag("c").Out(DERIVED_FROM).SaveOpt(S("datePublished"), "d").TagArray(SCAN) || [];
}
var topic = params.topic ? String(params.topic).toLowerCase() : "";
if (topic && cand.length) {
  var tp = g.V.apply(g, uniq(cand.map(function (x) { return x.c; }))).Tag("c").Out(C("topic")).TagArray() || [];
  var hit = {};
  for (var i = 0; i < tp.length; i++) { if (String(tp[i].id).toLowerCase().indexOf(topic) >= 0) { hit[tp[i].c] = true; } }
  cand = cand.filter(function (x) { return hit[x.c]; });
}
var ncs = datedPage(cand, 20, params.from, params.to);
var rows = [];
if (ncs.length) {
  var t = g.V.apply(g, uniq(ncs)).Tag("n").SaveOpt(C("whoText"), "who_text").SaveOpt(C("cue"), "cue")
    .SaveOpt(C("topic"), "topic").SaveOpt(C("seq"), "seq").SaveOpt(C("who"), "who")
    .Out(DERIVED_FROM).SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
    .SaveOpt(S("datePublished"), "published").TagArray() || [];
  var whos = [];
  for (var i = 0; i < t.length; i++) { if (t[i].who) { whos.push(t[i].who); } }
  var nm = names(whos);
  var seen = {};
  for (var i = 0; i < t.length; i++) {
    var r = t[i];
    if (seen[r.n]) { continue; }
    seen[r.n] = true;
    rows.push({
      who: nm[r.who] || r.who_text || "", who_text: r.who_text || "", cue: r.cue || "", topic: r.topic || "",
      article: r.article || "", title: r.title || "", published: r.published || "", seq: r.seq || 0
    });
  }
}
rows.sort(byDate);
emitAll(rows, ["who", "who_text", "cue", "topic", "article", "title", "published"]);
