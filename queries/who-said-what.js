// name: who-said-what
// description: Every claim with its speaker, cue, kind and content, and the article it appeared in; filter by a speaker's name or any alias.
// param: speaker (optional): the speaker's name or an alias, e.g. "Zabihullah Mujahid" or "Mujahid"
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: speaker, cue, kind, content, channel, article, title, published
var claims;
if (params.speaker) {
  var ents = findEntities(params.speaker);
  claims = datedPage(datedFrom(ents, C("speaker")), 20);
} else {
  claims = (g.V(S("Claim")).In(RDF_TYPE).ToArray(offsetOf() + limitOf(20)) || []).slice(offsetOf());
}
var rows = claimRows(claims);
rows.sort(byDate);
emitAll(rows, ["speaker", "cue", "kind", "content", "channel", "article", "title", "published"]);
