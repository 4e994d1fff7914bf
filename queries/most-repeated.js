// name: most-repeated
// description: The quotations repeated in the most articles (the derived cg:articleCount, refreshed at the end of every load), optionally only those attributed to one speaker somewhere, with publishers, first appearance and speakers; all of them, page by page.
// index: repeated
// param: speaker (optional): only quotations attributed to this speaker (name or alias) in some article
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: articles, publishers, appearances, content, first_published, speakers, misattributed, quotation
// The claim index gives the page: params.items, each a quotation, most
// articles first (docs/queries.md).
var qs = (params.items || []).map(function (x) { return x.id; });
var info = quotationInfo(qs);
emitAll(qs.map(function (q) { return info[q]; }), ["articles", "publishers", "appearances", "content", "first_published", "speakers", "misattributed", "quotation"]);
