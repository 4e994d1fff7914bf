// name: top-speakers
// description: The speakers with the most claims, with how many articles quote them; optionally only one entity type. Counts are the derived cg:claimCount and cg:articleCount, refreshed at the end of every load.
// param: type (optional): Person, Organization, GovernmentOrganization (or Government), NewsMediaOrganization (or NewsAgency), Place or Thing
// param: limit (optional): at most this many rows, default 20
// columns: speaker, type, claims, articles, id
var lim = limitOf(20);
var types = Object.keys(CLASSES);
if (params.type) { types = [className(params.type) || String(params.type)]; }
// The derived rank nodes hold the first N speakers of each type with
// their counts and names, so the overall top N are among the first N of
// each type: small nodes read in one traversal, whatever the store's size.
var ranks = [];
for (var i = 0; i < types.length; i++) {
  for (var k = 1; k <= lim; k++) { ranks.push("<https://w3id.org/claimgraph/id/derived/rank/" + types[i] + "/" + k + ">"); }
}
var t = g.V.apply(g, ranks).Tag("r").SaveOpt("<http://www.w3.org/2000/01/rdf-schema#label>", "name").SaveOpt(C("claimCount"), "claims")
  .SaveOpt(C("articleCount"), "articles").Out(C("rankOf")).Tag("s").TagArray() || [];
var rows = [];
for (var i = 0; i < t.length; i++) {
  var x = t[i];
  rows.push({speaker: x.name || unwrap(x.s), type: String(x.r).replace(/^.*\/rank\/([^\/]*)\/.*$/, "$1"), claims: x.claims || 0, articles: x.articles || 0, iri: x.s,
    id: unwrap(x.s).replace("https://w3id.org/claimgraph/id/", "")});
}
rows.sort(function (a, b) { return b.claims - a.claims || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0); });
emitAll(rows.slice(0, lim), ["speaker", "type", "claims", "articles", "id"]);
