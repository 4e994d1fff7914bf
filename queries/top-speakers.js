// name: top-speakers
// description: The speakers with the most claims, with how many articles quote them; optionally only one entity type.
// param: type (optional): Person, Organization, Government, NewsAgency or Place
// param: sample (optional): count over at most this many claims, default 20000 (bounds the time on large stores)
// param: limit (optional): at most this many rows, default 20
// columns: speaker, type, claims, articles
var sample = parseInt(params.sample, 10) > 0 ? parseInt(params.sample, 10) : 20000;
// One pass over the speaker edges through the predicate index: one value
// per claim. Articles are counted afterwards for the few speakers shown.
var t = g.V().Out(C("speaker")).ToArray(sample) || [];
var n = {}, order = [];
for (var i = 0; i < t.length; i++) {
  if (!n[t[i]]) { n[t[i]] = 0; order.push(t[i]); }
  n[t[i]]++;
}
order.sort(function (a, b) { return n[b] - n[a] || (a < b ? -1 : 1); });
var want = "";
if (params.type) {
  var tn = titleCase(String(params.type)).replace(/ /g, "");
  if (tn === "Newsagency") { tn = "NewsAgency"; }
  want = (tn === "Government" || tn === "NewsAgency") ? C(tn) : S(tn);
}
var rows = [];
var top = order.slice(0, want ? Math.min(order.length, 2000) : limitOf(20));
if (top.length) {
  var info = g.V.apply(g, top).Tag("s").SaveOpt(S("name"), "name").SaveOpt(RDF_TYPE, "type").TagArray() || [];
  var byS = {};
  for (var i = 0; i < info.length; i++) { if (!byS[info[i].s] || (want && info[i].type === want)) { byS[info[i].s] = info[i]; } }
  for (var i = 0; i < top.length && rows.length < limitOf(20); i++) {
    var x = byS[top[i]] || {};
    if (want && x.type !== want) { continue; }
    var arts = g.V(top[i]).In(C("speaker")).Out(S("appearance")).Unique().Count();
    rows.push({speaker: x.name || unwrap(top[i]), type: typeName(x.type), claims: n[top[i]], articles: arts});
  }
}
emitAll(rows, ["speaker", "type", "claims", "articles"]);
