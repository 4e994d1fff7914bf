// name: timeline
// description: One speaker's claims in order of publication date (all of them, page by page), optionally within a date range.
// index: speaker
// param: speaker (required): the speaker's name or an alias
// param: from (optional): earliest publication date, YYYY-MM-DD
// param: to (optional): latest publication date, YYYY-MM-DD
// param: act (optional): speech (the default), belief, intention, evidence, action, several (speech,belief) or all
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: published, speaker, cue, content, article, title
// The claim index gives the page: params.claims, in order (docs/queries.md).
var rows = claimRows(params.claims || []);
emitAll(rows, ["published", "speaker", "cue", "content", "article", "title"]);
