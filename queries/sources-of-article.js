// name: sources-of-article
// description: Who an article quotes (with how many claims and their cues) and who it reports as declining to comment.
// param: id (required): the article's id
// columns: source, type, role, claims, cues, declined
var art = articleNode(params.id);
var rows = [];
if (art !== "") {
  var claims = g.V(art).In(S("appearance")).Has(RDF_TYPE, S("Claim")).ToArray() || [];
  var cr = claimRows(claims);
  var by = {}, order = [];
  var key = function (node, text) { return node || ("text:" + String(text).toLowerCase()); };
  for (var i = 0; i < cr.length; i++) {
    var k = key(cr[i].speaker_node, cr[i].speaker_text);
    if (!by[k]) { by[k] = {source: cr[i].speaker || "(unattributed)", node: cr[i].speaker_node, claims: 0, cues: [], declined: ""}; order.push(k); }
    by[k].claims++;
    by[k].cues.push(cr[i].cue);
  }
  var nc = g.V(art).In(DERIVED_FROM).Has(RDF_TYPE, C("NonComment")).Tag("n").SaveOpt(C("whoText"), "text")
    .SaveOpt(C("who"), "who").SaveOpt(C("cue"), "cue").TagArray() || [];
  var whoNames = names(nc.filter(function (x) { return x.who; }).map(function (x) { return x.who; }));
  for (var i = 0; i < nc.length; i++) {
    var k = key(nc[i].who, nc[i].text);
    if (!by[k]) { by[k] = {source: whoNames[nc[i].who] || nc[i].text || "", node: nc[i].who, claims: 0, cues: [], declined: ""}; order.push(k); }
    by[k].declined = nc[i].cue || "yes";
  }
  var nodes = order.map(function (k) { return by[k].node; }).filter(function (x) { return x; });
  var extra = {};
  if (nodes.length) {
    var t = g.V.apply(g, uniq(nodes)).Tag("s").SaveOpt(RDF_TYPE, "type").SaveOpt(S("jobTitle"), "role").TagArray() || [];
    for (var i = 0; i < t.length; i++) { if (!extra[t[i].s]) { extra[t[i].s] = t[i]; } }
  }
  for (var i = 0; i < order.length; i++) {
    var r = by[order[i]], x = extra[r.node] || {};
    rows.push({source: r.source, type: typeName(x.type), role: x.role || "", claims: r.claims, cues: uniq(r.cues).join(", "), declined: r.declined});
  }
  rows.sort(function (a, b) { return b.claims - a.claims || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0); });
}
emitAll(rows, ["source", "type", "role", "claims", "cues", "declined"]);
