// name: timeline
// description: One speaker's claims in order of publication date, optionally within a date range.
// param: speaker (required): the speaker's name or an alias
// param: from (optional): earliest publication date, YYYY-MM-DD
// param: to (optional): latest publication date, YYYY-MM-DD
// param: limit (optional): at most this many rows, default 100
// columns: published, speaker, cue, content, article, title
var ents = findEntities(params.speaker);
var claims = firstByDate(inEach(ents, C("speaker"), 10000), limitOf(100), params.from, params.to);
var rows = claimRows(claims).filter(function (r) { return inRange(r.published, params.from, params.to); });
rows.sort(byDate);
emitAll(rows, ["published", "speaker", "cue", "content", "article", "title"]);
