// name: claims-about
// description: Claims about an entity (by name or alias) or an event (by its name or type, e.g. "attack"), as linked by the extractor (schema:about).
// param: entity (optional): a name or alias of an entity, e.g. "TTP"; event names work too
// param: event (optional): an event's name or type, e.g. "talks" or "attack" (the first 50 such events)
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: about, speaker, cue, kind, content, article, title, published
var targets = [];
if (params.entity) { targets = targets.concat(findEntities(params.entity)); }
if (params.event) {
  var ev = String(params.event).trim();
  var forms = uniq([ev, ev.toLowerCase(), titleCase(ev)]);
  // An event type names thousands of events on a large store, and each
  // costs a lookup: the first 50 (in load order) are asked about.
  var evs = inEach(forms, [S("name"), C("eventType")], 50);
  targets = targets.concat(evs.length ? (g.V.apply(g, uniq(evs)).Has(RDF_TYPE, S("Event")).ToArray() || []) : []);
}
targets = uniq(targets);
var rows = [];
if (targets.length) {
  var links = datedFrom(targets, S("about"));
  var aboutOf = {};
  for (var i = 0; i < links.length; i++) { aboutOf[links[i].c] = links[i].from; }
  rows = claimRows(datedPage(links, 20));
  var shown = [];
  for (var i = 0; i < rows.length; i++) { shown.push(aboutOf[rows[i].claim]); }
  var nm = names(shown);
  for (var i = 0; i < rows.length; i++) { rows[i].about = nm[aboutOf[rows[i].claim]] || ""; }
}
rows.sort(byDate);
emitAll(rows, ["about", "speaker", "cue", "kind", "content", "article", "title", "published"]);
