// name: speakers-of
// description: An organization's people (schema:affiliation on the person, cg:speakerAffiliation on the claim) and what they said.
// param: organization (required): the organization's name or an alias, e.g. "Taliban"
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: person, role, cue, content, article, title, published
var orgs = findEntities(params.organization);
var rows = [];
if (orgs.length) {
  // People affiliated with the organization, and claims that name it as
  // their speaker's affiliation.
  var linked = inEach(orgs, S("affiliation"), SCAN);
  var people = linked.length ? (g.V.apply(g, uniq(linked)).Has(RDF_TYPE, S("Person")).ToArray() || []) : [];
  // Claims whose speaker is one of them, then claims naming the
  // organization as their affiliation (the people among the linked have
  // no schema:appearance, so datedFrom passes over them): SCAN in all.
  var t = datedFrom(uniq(people), C("speaker"));
  if (t.length < SCAN) { t = t.concat(datedFrom(orgs, C("speakerAffiliation"), SCAN - t.length, true)); }
  rows = claimRows(datedPage(t, 20));
  var spk = [];
  for (var i = 0; i < rows.length; i++) { if (rows[i].speaker_node) { spk.push(rows[i].speaker_node); } }
  var roles = {};
  if (spk.length) {
    var t = g.V.apply(g, uniq(spk)).Tag("p").Out(S("jobTitle")).TagArray() || [];
    for (var i = 0; i < t.length; i++) { if (!roles[t[i].p]) { roles[t[i].p] = t[i].id; } }
  }
  for (var i = 0; i < rows.length; i++) { rows[i].person = rows[i].speaker; rows[i].role = roles[rows[i].speaker_node] || ""; }
}
rows.sort(function (a, b) { return (a.person < b.person ? -1 : a.person > b.person ? 1 : 0) || byDate(a, b); });
emitAll(rows, ["person", "role", "cue", "content", "article", "title", "published"]);
