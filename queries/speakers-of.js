// name: speakers-of
// description: What an organization's people said (those an article gives it as their schema:affiliation, and claims whose cg:speakerAffiliation it is), oldest first, all of it page by page.
// index: organization
// param: organization (required): the organization's name or an alias, e.g. "Taliban"
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: person, role, cue, content, article, title, published
// The claim index gives the page: params.claims, in order (docs/queries.md).
// role is the speaker's role as the claim's article gives it (cg:role):
// a person's own schema:jobTitle quads are one per article, thousands
// for a party leader.
var rows = claimRows(params.claims || []);
for (var i = 0; i < rows.length; i++) { rows[i].person = rows[i].speaker; }
emitAll(rows, ["person", "role", "cue", "content", "article", "title", "published"]);
