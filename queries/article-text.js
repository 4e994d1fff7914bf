// name: article-text
// description: One article's headline, date, address and full text, for showing quotes in context (offsets are Unicode code points).
// param: id (required): the article's id
// columns: id, title, published, url, publisher, body
var art = articleNode(params.id);
if (art !== "") {
  var t = g.V(art).Tag("a").SaveOpt(S("identifier"), "id").SaveOpt(S("headline"), "title").SaveOpt(S("datePublished"), "published")
    .SaveOpt(S("url"), "url").SaveOpt(S("publisher"), "publisher").SaveOpt(S("articleBody"), "body").TagArray(1) || [];
  if (t.length) {
    var r = t[0];
    g.Emit({id: r.id || "", title: r.title || "", published: r.published || "", url: unwrap(r.url || ""), publisher: r.publisher || "", body: r.body || ""});
  }
}
