// name: claims-about
// description: Claims whose content names an entity (by name or alias), linked by the extractor or, failing that, found by the name in the claim's text.
// param: entity (required): a name or alias, e.g. "TTP"
// param: limit (optional): at most this many rows, default 1000
// columns: speaker, cue, kind, content, article, title, published
var ents = findEntities(params.entity || "");
var claims = ents.length ? (g.V.apply(g, ents).In(S("about")).Has(RDF_TYPE, S("Claim")).ToArray() || []) : [];
if (claims.length === 0 && params.entity) {
  // Not linked: look for the words in the claims' text instead.
  var names = [String(params.entity)];
  for (var k = 0; k < ents.length; k++) { names = names.concat(all(ents[k], S("name")), all(ents[k], S("alternateName"))); }
  var re = "(?i)\\b(" + uniq(names).map(escapeRegex).join("|") + ")\\b";
  claims = g.V(S("Claim")).In(RDF_TYPE).Out(S("text")).Filter(regex(re)).In(S("text")).Has(RDF_TYPE, S("Claim")).ToArray() || [];
}
claims = uniq(claims);
var rows = [];
for (var i = 0; i < claims.length && rows.length < limitOf(1000); i++) { rows.push(claimRow(claims[i])); }
rows.sort(byDate);
emitAll(rows, ["speaker", "cue", "kind", "content", "article", "title", "published"]);
