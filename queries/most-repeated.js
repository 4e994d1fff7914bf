// name: most-repeated
// description: The quotations repeated in the most articles (the derived cg:articleCount, refreshed at the end of every load), optionally only those attributed to one speaker somewhere, with publishers, first appearance and speakers.
// param: speaker (optional): only quotations attributed to this speaker (name or alias) in some article
// param: limit (optional): at most this many rows, default 20
// columns: articles, publishers, appearances, content, first_published, speakers, misattributed, quotation
var lim = limitOf(20);
var t;
if (params.speaker) {
  var ents = findEntities(params.speaker);
  t = ents.length ? (g.V.apply(g, ents).In(C("attributedTo")).In(C("attribution")).Tag("q").Out(C("articleCount")).TagArray() || []) : [];
} else {
  t = g.V().Has(RDF_TYPE, QUOTATION).Tag("q").Out(C("articleCount")).TagArray() || [];
}
var seen = {};
t = t.filter(function (x) { if (seen[x.q]) { return false; } seen[x.q] = true; return true; });
t.sort(function (a, b) { return (b.id - a.id) || (a.q < b.q ? -1 : 1); });
var qs = t.slice(0, lim).map(function (x) { return x.q; });
var info = quotationInfo(qs);
emitAll(qs.map(function (q) { return info[q]; }), ["articles", "publishers", "appearances", "content", "first_published", "speakers", "misattributed", "quotation"]);
