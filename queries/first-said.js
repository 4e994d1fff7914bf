// name: first-said
// description: Who said a quote first, and where: the earliest appearance of each quotation containing the given words, or, without text, of the quotations repeated in the most articles.
// param: text (optional): a run of words of the quote
// param: limit (optional): at most this many rows, default 20
// columns: speaker, content, article, title, published, articles, speakers, quotation
var lim = limitOf(20);
var qs;
if (params.text) {
  qs = quotationsWith(params.text);
} else {
  var t = g.V().Has(RDF_TYPE, QUOTATION).Tag("q").Out(C("articleCount")).TagArray() || [];
  t.sort(function (a, b) { return (b.id - a.id) || (a.q < b.q ? -1 : 1); });
  qs = t.slice(0, lim).map(function (x) { return x.q; });
}
var info = quotationInfo(qs);
var firsts = {};
var apps = appearances(qs);
for (var i = 0; i < apps.length; i++) { if (!firsts[apps[i].quotation]) { firsts[apps[i].quotation] = apps[i]; } }
var rows = [];
for (var i = 0; i < qs.length && rows.length < lim; i++) {
  var q = info[qs[i]], f = firsts[unwrap(qs[i])];
  if (!f) { continue; }
  rows.push({speaker: f.speaker, content: f.content, article: f.article, title: f.title, published: f.published,
    articles: q.articles, speakers: q.speakers, quotation: q.quotation});
}
emitAll(rows, ["speaker", "content", "article", "title", "published", "articles", "speakers", "quotation"]);
