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
var shown = [];
for (var i = 0; i < rows.length; i++) { if (aboutOf[rows[i].claim]) { shown.push(aboutOf[rows[i].claim]); } }
var nm = names(shown);
for (var i = 0; i < rows.length; i++) { rows[i].about = nm[aboutOf[rows[i].claim]] || ""; }
emitAll(rows, ["about", "speaker", "cue", "kind", "content", "article", "title", "published"]);
