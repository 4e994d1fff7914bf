// name: misattributed
// description: Quotations whose appearances name speakers that cannot be the same person (the derived cg:misattributed), one row per appearance, oldest first: who each article says said it.
// param: limit (optional): at most this many quotations, default 20
// columns: quotation, published, speaker, content, article, title, speakers
var lim = limitOf(20);
var t = g.V().Has(RDF_TYPE, QUOTATION).Tag("q").Out(C("misattributed")).TagArray() || [];
var qs = uniq(t.map(function (x) { return x.q; })).sort().slice(0, lim);
var info = quotationInfo(qs);
var rows = appearances(qs);
rows.sort(function (a, b) { return (a.quotation < b.quotation ? -1 : a.quotation > b.quotation ? 1 : 0); });
for (var i = 0; i < rows.length; i++) { rows[i].speakers = info["<" + rows[i].quotation + ">"].speakers; }
emitAll(rows, ["quotation", "published", "speaker", "content", "article", "title", "speakers"]);
