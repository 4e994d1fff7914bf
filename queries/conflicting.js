// name: conflicting
// description: Claims about the same entity or event (schema:about) by different speakers where one affirms (say, confirm, …) and the other denies or disputes (deny, dispute, reject, …), by cue lemma: each denial, oldest first, with each affirmation about the same thing, oldest first.
// index: conflict
// param: about (optional): only this entity or event, by name or alias
// param: limit (optional): at most this many rows, default 10
// param: offset (optional): skip this many rows first, for paging
// columns: about, speaker, cue, content, article, published, other_speaker, other_cue, other_content, other_article, other_published
// The claim index gives the page: params.pairs, each [about, denial,
// affirmation], in order (docs/queries.md); the cue lemmas are in
// graph/claimindex_lists.go.
var pairs = params.pairs || [];
var rows = [];
if (pairs.length) {
  var cs = [], abouts = [];
  for (var i = 0; i < pairs.length; i++) { abouts.push(pairs[i][0]); cs.push(pairs[i][1]); cs.push(pairs[i][2]); }
  var info = {}, all = claimRows(cs);
  for (var i = 0; i < all.length; i++) { info[all[i].claim] = all[i]; }
  var nm = names(uniq(abouts));
  for (var i = 0; i < pairs.length; i++) {
    var d = info[pairs[i][1]] || {}, a = info[pairs[i][2]] || {};
    rows.push({
      about: nm[pairs[i][0]] || unwrap(pairs[i][0]),
      speaker: a.speaker, cue: a.cue, content: a.content, article: a.article, published: a.published,
      other_speaker: d.speaker, other_cue: d.cue, other_content: d.content, other_article: d.article, other_published: d.published
    });
  }
}
emitAll(rows, ["about", "speaker", "cue", "content", "article", "published", "other_speaker", "other_cue", "other_content", "other_article", "other_published"]);
