// name: timeline
// description: One speaker's claims in order of publication date, optionally within a date range.
// param: speaker (required): the speaker's name or an alias
// param: from (optional): earliest publication date, YYYY-MM-DD
// param: to (optional): latest publication date, YYYY-MM-DD
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: published, speaker, cue, content, article, title
var ents = findEntities(params.speaker);
var claims = datedPage(datedFrom(ents, C("speaker")), 20, params.from, params.to);
var rows = claimRows(claims).filter(function (r) { return inRange(r.published, params.from, params.to); });
rows.sort(byDate);
emitAll(rows, ["published", "speaker", "cue", "content", "article", "title"]);
