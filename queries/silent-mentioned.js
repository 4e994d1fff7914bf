// name: silent-mentioned
// description: Entities an article names but quotes nobody from (neither the entity nor a speaker the article affiliates with it) and does not report as declining to comment, oldest article first.
// index: silent
// param: article (optional): only this article (its id)
// param: entity (optional): only this entity (name or alias): the articles that name it and do not quote it
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: entity, type, article, title, published
// The claim index gives the page: params.items, each an entity and an
// article, in order (docs/queries.md).
var items = params.items || [];
var rows = [];
if (items.length) {
  var ents = uniq(items.map(function (x) { return x.id; }));
  var arts = uniq(items.map(function (x) { return x.article; }));
  var ei = g.V.apply(g, ents).Tag("e").SaveOpt(S("name"), "name").SaveOpt(RDF_TYPE, "type").TagArray() || [];
  var ent = {};
  for (var i = 0; i < ei.length; i++) { if (!ent[ei[i].e]) { ent[ei[i].e] = ei[i]; } }
  var hd = g.V.apply(g, arts).Tag("a").SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
    .SaveOpt(S("datePublished"), "published").TagArray() || [];
  var art = {};
  for (var i = 0; i < hd.length; i++) { if (!art[hd[i].a]) { art[hd[i].a] = hd[i]; } }
  for (var i = 0; i < items.length; i++) {
    var e = ent[items[i].id] || {}, a = art[items[i].article] || {};
    rows.push({entity: e.name || unwrap(items[i].id), type: typeName(e.type), article: a.article || "", title: a.title || "", published: a.published || ""});
  }
}
emitAll(rows, ["entity", "type", "article", "title", "published"]);
