// name: top-speakers
// description: The speakers with the most claims, with how many articles quote them; optionally only one entity type.
// param: type (optional): Person, Organization, Government, NewsAgency or Place
// param: sample (optional): count over at most this many claims, default 20000 (bounds the time on large stores)
// param: limit (optional): at most this many rows, default 20
// columns: speaker, type, claims, articles
var sample = parseInt(params.sample, 10) > 0 ? parseInt(params.sample, 10) : 20000;
// One pass over the speaker edges: each path is one claim with its
// speaker and article.
var t = g.V().Tag("c").Out(C("speaker")).Tag("s").Back("c").Out(S("appearance")).Tag("art").TagArray(sample) || [];
var n = {}, arts = {}, order = [];
for (var i = 0; i < t.length; i++) {
  var s = t[i].s;
  if (!n[s]) { n[s] = 0; arts[s] = {}; order.push(s); }
  n[s]++;
  arts[s][t[i].art] = true;
}
order.sort(function (a, b) { return n[b] - n[a] || (a < b ? -1 : 1); });
var want = params.type ? "<http://schema.org/" + params.type + ">" : "";
if (params.type === "Government" || params.type === "NewsAgency") { want = "<" + "https://w3id.org/claimgraph/ns#" + params.type + ">"; }
var rows = [];
var top = order.slice(0, want ? Math.min(order.length, 2000) : limitOf(20));
if (top.length) {
  var info = g.V.apply(g, top).Tag("s").SaveOpt(S("name"), "name").SaveOpt(RDF_TYPE, "type").TagArray() || [];
  var byS = {};
  for (var i = 0; i < info.length; i++) { if (!byS[info[i].s] || (want && info[i].type === want)) { byS[info[i].s] = info[i]; } }
  for (var i = 0; i < top.length && rows.length < limitOf(20); i++) {
    var x = byS[top[i]] || {};
    if (want && x.type !== want) { continue; }
    var a = 0;
    for (var k in arts[top[i]]) { a++; }
    rows.push({speaker: x.name || unwrap(top[i]), type: typeName(x.type), claims: n[top[i]], articles: a});
  }
}
emitAll(rows, ["speaker", "type", "claims", "articles"]);
