// name: claims-about
// description: Claims about an entity (by name or alias) or an event (by its name or type, e.g. "attack"), as linked by the extractor (schema:about).
// param: entity (optional): a name or alias of an entity, e.g. "TTP"; event names work too
// param: event (optional): an event's name or type, e.g. "talks" or "attack"
// param: limit (optional): at most this many rows, default 1000
// columns: about, speaker, cue, kind, content, article, title, published
var targets = [];
if (params.entity) { targets = targets.concat(findEntities(params.entity)); }
if (params.event) {
  var ev = String(params.event).trim();
  var forms = uniq([ev, ev.toLowerCase(), titleCase(ev)]);
  var evs = inEach(forms, [S("name"), C("eventType")], limitOf(1000));
  targets = targets.concat(evs.length ? (g.V.apply(g, uniq(evs)).Has(RDF_TYPE, S("Event")).ToArray() || []) : []);
}
targets = uniq(targets);
var rows = [];
if (targets.length) {
  var links = inEachFrom(targets, S("about"), limitOf(1000));
  var aboutOf = {}, claims = [];
  for (var i = 0; i < links.length; i++) { aboutOf[links[i].id] = links[i].from; claims.push(links[i].id); }
  var nm = names(targets);
  rows = claimRows(claims);
  for (var i = 0; i < rows.length; i++) { rows[i].about = nm[aboutOf[rows[i].claim]] || ""; }
}
rows.sort(byDate);
emitAll(rows, ["about", "speaker", "cue", "kind", "content", "article", "title", "published"]);
