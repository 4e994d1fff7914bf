// name: who-said-what
// description: Every claim with its speaker, cue, kind and content, and the article it appeared in; filter by a speaker's name or any alias.
// index: speaker
// param: speaker (optional): the speaker's name or an alias, e.g. "Zabihullah Mujahid" or "Mujahid"
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: speaker, cue, kind, content, channel, article, title, published
// The claim index gives the page: params.claims, in order (docs/queries.md).
var rows = claimRows(params.claims || []);
emitAll(rows, ["speaker", "cue", "kind", "content", "channel", "article", "title", "published"]);
