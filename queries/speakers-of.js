// name: speakers-of
// description: What an organization's people said (those an article gives it as their schema:affiliation, and claims whose cg:speakerAffiliation it is), oldest first, all of it page by page.
// index: organization
// param: organization (required): the organization's name or an alias, e.g. "Taliban"
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: person, role, cue, content, article, title, published
// The claim index gives the page: params.claims, in order (docs/queries.md).
var rows = claimRows(params.claims || []);
var spk = [];
for (var i = 0; i < rows.length; i++) { if (rows[i].speaker_node) { spk.push(rows[i].speaker_node); } }
var roles = {};
if (spk.length) {
  var t = g.V.apply(g, uniq(spk)).Tag("p").Out(S("jobTitle")).TagArray() || [];
  for (var i = 0; i < t.length; i++) { if (!roles[t[i].p]) { roles[t[i].p] = t[i].id; } }
}
for (var i = 0; i < rows.length; i++) { rows[i].person = rows[i].speaker; rows[i].role = roles[rows[i].speaker_node] || ""; }
emitAll(rows, ["person", "role", "cue", "content", "article", "title", "published"]);
