// name: claims-about
// description: Claims about an entity (by name or alias) or an event (by its name or type, e.g. "attack"), as linked by the extractor (schema:about).
// index: about
// param: entity (optional): a name or alias of an entity, e.g. "TTP"; event names work too
// param: event (optional): an event's name or type, e.g. "talks" or "attack"
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: about, speaker, cue, kind, content, article, title, published
// The claim index gives the page: params.claims, in order, and what
// each was found about, params.about_of (docs/queries.md).
var rows = claimRows(params.claims || []);
var aboutOf = params.about_of || {};
var shown = [], byType = [];
for (var i = 0; i < rows.length; i++) {
  var n = aboutOf[rows[i].claim];
  if (!n) { continue; }
  if (n.charAt(0) === "<") { shown.push(n); } else { byType.push(rows[i].claim); }
}
var nm = names(shown);
// A claim found in the list of an event type or name ("agreement"): the
// event of that type or name it is about.
var evName = {};
if (byType.length) {
  // Events are <article>/event/N: only those are read (an entity a claim
  // is about can be a node of thousands of quads).
  var ab = g.V.apply(g, byType).Tag("c").Out(S("about")).TagArray() || [];
  var evs = uniq(ab.filter(function (x) { return /\/event\/\d+>$/.test(x.id); }).map(function (x) { return x.id; }));
  var ev = {};
  if (evs.length) {
    var t = g.V.apply(g, evs).Tag("e").SaveOpt(C("eventType"), "t").SaveOpt(S("name"), "n").TagArray() || [];
    for (var i = 0; i < t.length; i++) { ev[t[i].e] = t[i]; }
  }
  for (var i = 0; i < ab.length; i++) {
    var want = aboutOf[ab[i].c], e = ev[ab[i].id];
    if (e && !evName[ab[i].c] && (String(e.t).toLowerCase() === want || String(e.n).toLowerCase() === want)) { evName[ab[i].c] = e.n || e.t; }
  }
}
for (var i = 0; i < rows.length; i++) { rows[i].about = nm[aboutOf[rows[i].claim]] || evName[rows[i].claim] || ""; }
emitAll(rows, ["about", "speaker", "cue", "kind", "content", "article", "title", "published"]);
