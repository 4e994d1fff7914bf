// name: article-marks
// description: Where an article's claims and non-comments are in its text: one row per span (a claim's content, cue and speaker; a non-comment's who, cue and topic), offsets in Unicode code points, for highlighting.
// param: id (required): the article's id
// columns: mark, start, end, n, kind, entity, entity_id
var art = articleNode(params.id);
if (art !== "") {
  var FIELDS = {};
  FIELDS[C("contentStart")] = ["content", "start"]; FIELDS[C("contentEnd")] = ["content", "end"];
  FIELDS[C("cueStart")] = ["cue", "start"]; FIELDS[C("cueEnd")] = ["cue", "end"];
  FIELDS[C("speakerStart")] = ["speaker", "start"]; FIELDS[C("speakerEnd")] = ["speaker", "end"];
  FIELDS[C("whoStart")] = ["who", "start"]; FIELDS[C("whoEnd")] = ["who", "end"];
  FIELDS[C("topicStart")] = ["topic", "start"]; FIELDS[C("topicEnd")] = ["topic", "end"];
  FIELDS[C("seq")] = ["", "n"]; FIELDS[C("kind")] = ["", "kind"]; FIELDS[C("speaker")] = ["", "ent"]; FIELDS[C("who")] = ["", "ent"];
  FIELDS[RDF_TYPE] = ["", "type"];
  // All quads of the article's claims and non-comments in one traversal.
  var t = g.V(art).In(DERIVED_FROM).Tag("x").Out(null, "p").TagArray() || [];
  var by = {};
  for (var i = 0; i < t.length; i++) {
    var f = FIELDS[t[i].p];
    if (!f) { continue; }
    var o = by[t[i].x] || (by[t[i].x] = {spans: {}});
    if (f[0] === "") {
      if (f[1] !== "type" || o.type === undefined || t[i].id === S("Claim")) { o[f[1]] = t[i].id; }
    } else {
      (o.spans[f[0]] = o.spans[f[0]] || {})[f[1]] = t[i].id;
    }
  }
  var ents = [];
  for (var x in by) { if (by[x].ent) { ents.push(by[x].ent); } }
  var nm = names(ents);
  var rows = [];
  for (var x in by) {
    var o = by[x];
    var isClaim = o.type === S("Claim");
    if (!isClaim && o.type !== C("NonComment")) { continue; }
    for (var s in o.spans) {
      var sp = o.spans[s];
      if (sp.start === undefined || sp.end === undefined) { continue; }
      rows.push({mark: (isClaim ? "claim-" : "noncomment-") + s, start: sp.start, end: sp.end, n: o.n || 0, kind: o.kind || "",
        entity: o.ent ? (nm[o.ent] || "") : "", entity_id: o.ent ? unwrap(o.ent).replace("https://w3id.org/claimgraph/id/", "") : ""});
    }
  }
  rows.sort(function (a, b) { return a.start - b.start || b.end - a.end || (a.mark < b.mark ? -1 : 1); });
  emitAll(rows, ["mark", "start", "end", "n", "kind", "entity", "entity_id"]);
}
