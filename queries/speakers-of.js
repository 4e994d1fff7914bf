// name: speakers-of
// description: What an organization's people said (those an article gives it as their schema:affiliation, and claims whose cg:speakerAffiliation it is), oldest first, all of it page by page.
// index: organization
// param: organization (required): the organization's name or an alias, e.g. "Taliban"
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: person, role, cue, content, article, title, published
// The claim index gives the page: params.claims, in order (docs/queries.md).
// role is the speaker's role as the claim gives it (cg:role), or else
// the first of the person's schema:jobTitle: they are one per article,
// thousands for a party leader, so only one is read.
var rows = claimRows(params.claims || []);
var roles = {};
for (var i = 0; i < rows.length; i++) {
  var r = rows[i], sp = r.speaker_node;
  r.person = r.speaker;
  if (!r.role && sp) {
    if (roles[sp] === undefined) { roles[sp] = g.V(sp).Out(S("jobTitle")).ToValue() || ""; }
    r.role = roles[sp];
  }
}
emitAll(rows, ["person", "role", "cue", "content", "article", "title", "published"]);
