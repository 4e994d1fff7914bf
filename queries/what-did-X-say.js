// name: what-did-X-say
// description: What one speaker said, found by name or any alias (a surname finds the person), oldest first, with what each claim is about.
// index: speaker
// param: speaker (required): the speaker's name or an alias, e.g. "Mujahid"
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: speaker, cue, kind, content, article, title, published, start, end, about, about_types, claim
// The claim index gives the page: params.claims, in order (docs/queries.md).
var claims = params.claims || [];
var rows = claimRows(claims);
var about = {}, types = {};
if (claims.length) {
  var t = g.V.apply(g, uniq(claims)).Tag("c").Out(S("about")).Tag("t").SaveOpt(S("name"), "name").SaveOpt(RDF_TYPE, "type").TagArray() || [];
  for (var i = 0; i < t.length; i++) {
    (about[t[i].c] = about[t[i].c] || []).push(t[i].name || unwrap(t[i].t));
    (types[t[i].c] = types[t[i].c] || []).push(typeName(t[i].type));
  }
}
for (var i = 0; i < rows.length; i++) {
  rows[i].about = (about[rows[i].claim] || []).join("; ");
  rows[i].about_types = (types[rows[i].claim] || []).join("; ");
  rows[i].claim = unwrap(rows[i].claim);
}
emitAll(rows, ["speaker", "cue", "kind", "content", "article", "title", "published", "start", "end", "about", "about_types", "claim"]);
