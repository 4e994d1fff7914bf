// name: quote-history
// description: Every appearance of the quotations whose words contain the given run of words (case, punctuation and quote marks do not count), oldest first: who said it, where and when, with the claim's offsets in its article.
// param: text (required): a run of words of the quote, e.g. "there will be no plan"
// param: limit (optional): at most this many rows, default 50
// columns: published, speaker, content, article, title, start, end, quotation, claim
var rows = appearances(quotationsWith(params.text)).slice(0, limitOf(50));
for (var i = 0; i < rows.length; i++) { rows[i].claim = unwrap(rows[i].claim); }
emitAll(rows, ["published", "speaker", "content", "article", "title", "start", "end", "quotation", "claim"]);
