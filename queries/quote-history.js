// name: quote-history
// description: Every appearance of the quotations whose words contain the given run of words (case, punctuation and quote marks do not count), oldest first: who said it, where and when, with the claim's offsets in its article; all of them, page by page.
// index: quotehistory
// param: text (required): a run of words of the quote, e.g. "there will be no plan"
// param: limit (optional): at most this many rows, default 50
// param: offset (optional): skip this many rows first, for paging
// columns: published, speaker, content, article, title, start, end, quotation, claim
// The claim index gives the page: params.claims, in order, each with its
// quotation in params.about_of (docs/queries.md).
var rows = claimRows(params.claims || []);
for (var i = 0; i < rows.length; i++) {
  rows[i].quotation = unwrap((params.about_of || {})[rows[i].claim]);
  rows[i].claim = unwrap(rows[i].claim);
}
emitAll(rows, ["published", "speaker", "content", "article", "title", "start", "end", "quotation", "claim"]);
