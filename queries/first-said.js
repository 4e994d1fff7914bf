// name: first-said
// description: Who said a quote first, and where: the earliest appearance of each quotation containing the given words (the quotations whose first appearance is oldest first), or, without text, of the quotations repeated in the most articles; all of them, page by page.
// index: firstsaid
// param: text (optional): a run of words of the quote
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: speaker, content, article, title, published, articles, speakers, quotation
// The claim index gives the page: params.items, each a quotation with
// its first appearance as extra (docs/queries.md).
var items = params.items || [];
var qs = items.map(function (x) { return x.id; });
var info = quotationInfo(qs);
var first = {}, cs = claimRows(items.map(function (x) { return x.extra; }));
for (var i = 0; i < cs.length; i++) { first[cs[i].claim] = cs[i]; }
var rows = [];
for (var i = 0; i < items.length; i++) {
  var q = info[items[i].id], f = first[items[i].extra];
  if (!f) { continue; }
  rows.push({speaker: f.speaker, content: f.content, article: f.article, title: f.title, published: f.published,
    articles: q.articles, speakers: q.speakers, quotation: q.quotation});
}
emitAll(rows, ["speaker", "content", "article", "title", "published", "articles", "speakers", "quotation"]);
