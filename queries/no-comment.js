// name: no-comment
// description: Who was asked and did not comment, on what, in which article, oldest first; filter by entity, topic words and publication dates.
// index: noncomment
// param: entity (optional): a name or alias of who did not comment
// param: topic (optional): words the topic must contain, e.g. "strike"
// param: from (optional): earliest publication date, YYYY-MM-DD
// param: to (optional): latest publication date, YYYY-MM-DD
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: who, who_text, cue, topic, article, title, published
// The claim index gives the page of non-comments: params.claims, in
// order, filtered by entity, topic and dates (docs/queries.md).
var ncs = params.claims || [];
var rows = [];
if (ncs.length) {
  var t = g.V.apply(g, ncs).Tag("n").SaveOpt(C("whoText"), "who_text").SaveOpt(C("cue"), "cue")
    .SaveOpt(C("topic"), "topic").SaveOpt(C("who"), "who")
    .Out(DERIVED_FROM).SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
    .SaveOpt(S("datePublished"), "published").TagArray() || [];
  var whos = [];
  for (var i = 0; i < t.length; i++) { if (t[i].who) { whos.push(t[i].who); } }
  var nm = names(whos);
  var by = {};
  for (var i = 0; i < t.length; i++) { if (!by[t[i].n]) { by[t[i].n] = t[i]; } }
  for (var i = 0; i < ncs.length; i++) {
    var r = by[ncs[i]];
    if (!r) { continue; }
    rows.push({
      who: nm[r.who] || r.who_text || "", who_text: r.who_text || "", cue: r.cue || "", topic: r.topic || "",
      article: r.article || "", title: r.title || "", published: r.published || ""
    });
  }
}
emitAll(rows, ["who", "who_text", "cue", "topic", "article", "title", "published"]);
