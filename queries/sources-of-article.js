// name: sources-of-article
// description: Who an article quotes (with how many claims, their cues and the role the article gives them) and who it reports as declining to comment.
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
    by[k].role = by[k].role || cr[i].role;
  }
  var nc = g.V(art).In(DERIVED_FROM).Has(RDF_TYPE, C("NonComment")).Tag("n").SaveOpt(C("whoText"), "text")
    .SaveOpt(C("who"), "who").SaveOpt(C("cue"), "cue").TagArray() || [];
  var whoNames = names(nc.filter(function (x) { return x.who; }).map(function (x) { return x.who; }));
  for (var i = 0; i < nc.length; i++) {
    var k = key(nc[i].who, nc[i].text);
    if (!by[k]) { by[k] = {source: whoNames[nc[i].who] || nc[i].text || "", node: nc[i].who, claims: 0, cues: [], declined: ""}; order.push(k); }
    by[k].declined = nc[i].cue || "yes";
  }
  // Each source's type and its role in this article: the role its
  // claims give (above), else one of its job titles. Types and titles are read
  // apart, since a much-quoted person has dozens of titles and one
  // scan of both would return their product.
  var nodes = uniq(order.map(function (k) { return by[k].node; }).filter(function (x) { return x; }));
  var types = {}, titles = {};
  if (nodes.length) {
    var ts = g.V.apply(g, nodes).Tag("s").Out(RDF_TYPE).TagArray() || [];
    for (var i = 0; i < ts.length; i++) { if (!types[ts[i].s]) { types[ts[i].s] = ts[i].id; } }
    for (var i = 0; i < nodes.length; i++) {
      if (!by[nodes[i]].role) { titles[nodes[i]] = (g.V(nodes[i]).Out(S("jobTitle")).ToArray(1) || [])[0] || ""; }
    }
  }
  for (var i = 0; i < order.length; i++) {
    var r = by[order[i]];
    rows.push({source: r.source, type: typeName(types[r.node]), role: r.role || titles[r.node] || "", claims: r.claims,
      cues: uniq(r.cues).join(", "), declined: r.declined});
  }
  rows.sort(function (a, b) { return b.claims - a.claims || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0); });
}
emitAll(rows, ["source", "type", "role", "claims", "cues", "declined"]);
