// name: who-said-what
// description: Every claim with its speaker, cue, kind and content, and the article it appeared in; filter by a speaker's name or any alias.
// param: speaker (optional): the speaker's name or an alias, e.g. "Zabihullah Mujahid" or "Mujahid"
// param: limit (optional): at most this many rows, default 100
// columns: speaker, cue, kind, content, channel, article, title, published
var claims;
if (params.speaker) {
  var ents = findEntities(params.speaker);
  claims = firstByDate(inEach(ents, C("speaker"), 10000), limitOf(100));
} else {
  claims = g.V(S("Claim")).In(RDF_TYPE).ToArray(limitOf(100)) || [];
}
var rows = claimRows(claims);
rows.sort(byDate);
emitAll(rows, ["speaker", "cue", "kind", "content", "channel", "article", "title", "published"]);
