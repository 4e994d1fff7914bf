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
  ncs = ents.length ? (g.V.apply(g, ents).In(C("who")).ToArray() || []) : [];
} else {
  ncs = g.V(C("NonComment")).In(RDF_TYPE).ToArray() || [];
}
var topic = params.topic ? String(params.topic).toLowerCase() : "";
var rows = [];
for (var i = 0; i < ncs.length && rows.length < limitOf(1000); i++) {
  var n = ncs[i];
  var t = one(n, C("topic"));
  if (topic && String(t).toLowerCase().indexOf(topic) < 0) { continue; }
  var a = articleInfo(one(n, S("appearance")));
  if (!inRange(a.published, params.from, params.to)) { continue; }
  var who = one(n, C("who"));
  rows.push({
    who: who ? one(who, S("name")) : one(n, C("whoText")),
    who_text: one(n, C("whoText")),
    cue: one(n, C("cue")),
    topic: t,
    article: a.article, title: a.title, published: a.published, seq: one(n, C("seq"))
  });
}
rows.sort(byDate);
emitAll(rows, ["who", "who_text", "cue", "topic", "article", "title", "published"]);
