// name: misattributed
// description: Quotations whose appearances name speakers that cannot be the same person (the derived cg:misattributed), one row per appearance: the quotations in the most articles first, each one's appearances oldest first, with who each article says said it; all of them, page by page.
// index: misattributed
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: quotation, published, speaker, content, article, title, speakers
// The claim index gives the page: params.items, each an appearance with
// its quotation as extra (docs/queries.md).
var items = params.items || [];
var info = quotationInfo(uniq(items.map(function (x) { return x.extra; })));
var rows = claimRows(items.map(function (x) { return x.id; }));
var of = {};
for (var i = 0; i < items.length; i++) { of[items[i].id] = items[i].extra; }
for (var i = 0; i < rows.length; i++) {
  var q = of[rows[i].claim];
  rows[i].quotation = unwrap(q);
  rows[i].speakers = info[q].speakers;
}
emitAll(rows, ["quotation", "published", "speaker", "content", "article", "title", "speakers"]);
