// name: top-speakers
// description: The speakers with the most claims, with how many articles quote them; optionally only one entity type. Counts are the derived cg:claimCount and cg:articleCount, refreshed at the end of every load.
// param: type (optional): Person, Organization, Government, NewsAgency or Place
// param: limit (optional): at most this many rows, default 20
// columns: speaker, type, claims, articles
var lim = limitOf(20);
var want = "";
if (params.type) {
  var tn = titleCase(String(params.type)).replace(/ /g, "");
  if (tn === "Newsagency") { tn = "NewsAgency"; }
  want = (tn === "Government" || tn === "NewsAgency") ? C(tn) : S(tn);
}
// cg:claimRank ranks speakers within their type, so the overall top N are
// among the first N of each type: N index lookups, whatever the store's
// size, instead of counting every claim.
var cand = [];
for (var k = 1; k <= lim; k++) {
  // At most one speaker per type has rank k; the type is checked below,
  // because a Has(rdf:type) here is planned as a scan of the whole type.
  var xs = g.V("<https://w3id.org/claimgraph/id/derived/rank/" + k + ">").In(C("claimRank")).ToArray() || [];
  if (xs.length === 0) { break; }
  cand = cand.concat(xs);
}
var rows = [];
if (cand.length) {
  var info = g.V.apply(g, uniq(cand)).Tag("s").SaveOpt(S("name"), "name").SaveOpt(C("claimCount"), "claims")
    .SaveOpt(C("articleCount"), "articles").Out(RDF_TYPE).Tag("type").TagArray() || [];
  var byS = {};
  for (var i = 0; i < info.length; i++) {
    var x = info[i];
    if (want && x.type !== want) { continue; }
    if (!byS[x.s] || x.type < byS[x.s].type) { byS[x.s] = x; }
  }
  for (var s in byS) {
    var x = byS[s];
    rows.push({speaker: x.name || unwrap(s), type: typeName(x.type), claims: x.claims || 0, articles: x.articles || 0, iri: s});
  }
  rows.sort(function (a, b) { return b.claims - a.claims || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0); });
  rows = rows.slice(0, lim);
}
emitAll(rows, ["speaker", "type", "claims", "articles"]);
