// name: what-did-X-say
// description: What one speaker said, found by name or any alias (a surname finds the person), oldest first.
// param: speaker (required): the speaker's name or an alias, e.g. "Mujahid"
// param: limit (optional): at most this many rows, default 1000
// columns: speaker, cue, kind, content, article, title, published, start, end
var ents = findEntities(params.speaker);
var claims = ents.length ? (g.V.apply(g, ents).In(C("speaker")).ToArray(limitOf(1000)) || []) : [];
var rows = claimRows(claims);
rows.sort(byDate);
emitAll(rows, ["speaker", "cue", "kind", "content", "article", "title", "published", "start", "end"]);
