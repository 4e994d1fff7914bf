// name: conflicting
// description: Claims about the same entity or event (schema:about) by different speakers where one affirms (say, confirm, …) and the other denies or disputes (deny, dispute, reject, …), by cue lemma.
// param: about (optional): only this entity or event, by name or alias
// param: limit (optional): at most this many rows, default 10
// columns: about, speaker, cue, content, article, published, other_speaker, other_cue, other_content, other_article, other_published
var AFFIRM = ["say", "confirm", "affirm", "acknowledge", "admit", "announce", "insist", "assert", "state", "claim", "maintain", "tell", "add", "report", "agree", "accuse", "allege", "warn", "argue"];
var DENY = ["deny", "dispute", "reject", "refute", "contradict", "dismiss", "rebut", "challenge", "disagree", "contest", "question", "doubt"];
var isAffirm = {};
for (var i = 0; i < AFFIRM.length; i++) { isAffirm[AFFIRM[i]] = true; }
var lim = limitOf(10);
var only = null;
if (params.about) { only = findEntities(params.about); }
// Denials are rare, so we start from them through the cue-lemma index
// rather than from every claim (or, for one subject, from the first SCAN
// claims about it), and work in chunks until the page is full; each
// subject contributes at most 30 affirming candidates.
var dclaims = [];
if (only && only.length) {
  var isDeny = {};
  for (var i = 0; i < DENY.length; i++) { isDeny[DENY[i]] = true; }
  var ab = inEach(only, S("about"), SCAN);
  var lm = ab.length ? (g.V.apply(g, uniq(ab)).Tag("d").Out(C("cueLemma")).TagArray() || []) : [];
  dclaims = lm.filter(function (x) { return isDeny[x.id]; }).map(function (x) { return x.d; });
} else if (!only) {
  dclaims = inEach(DENY, C("cueLemma"), SCAN);
}
var rows = [], seen = {};
var who = function (r) { return r.speaker_node || String(r.speaker_text).toLowerCase(); };
for (var off = 0; off < dclaims.length && rows.length < lim; off += 25) {
  var chunk = dclaims.slice(off, off + 25);
  var deny = g.V.apply(g, chunk).Tag("d").Out(S("about")).Tag("about");
  if (only) { deny = deny.Is.apply(deny, only); }
  var dpairs = deny.TagArray() || [];
  if (dpairs.length === 0) { continue; }
  var abouts = uniq(dpairs.map(function (p) { return p.about; }));
  var links = inEachFrom(abouts, S("about"), 300, 30);
  var cand = uniq(links.map(function (l) { return l.id; }));
  var lem = cand.length ? (g.V.apply(g, cand).Tag("a").Out(C("cueLemma")).TagArray() || []) : [];
  var affirmed = {};
  for (var i = 0; i < lem.length; i++) { if (isAffirm[lem[i].id]) { affirmed[lem[i].a] = true; } }
  var byAbout = {}, want = dpairs.map(function (p) { return p.d; });
  for (var i = 0; i < links.length; i++) {
    if (affirmed[links[i].id]) { (byAbout[links[i].from] = byAbout[links[i].from] || []).push(links[i].id); want.push(links[i].id); }
  }
  var info = {}, all = claimRows(want);
  for (var i = 0; i < all.length; i++) { info[all[i].claim] = all[i]; }
  var nm = names(abouts);
  for (var i = 0; i < dpairs.length && rows.length < lim; i++) {
    var d = info[dpairs[i].d], as = byAbout[dpairs[i].about] || [];
    if (!d) { continue; }
    for (var j = 0; j < as.length && rows.length < lim; j++) {
      var a = info[as[j]], key = as[j] + " " + dpairs[i].d;
      if (!a || seen[key] || !who(a) || !who(d) || who(a) === who(d)) { continue; }
      seen[key] = true;
      rows.push({
        about: nm[dpairs[i].about] || unwrap(dpairs[i].about),
        speaker: a.speaker, cue: a.cue, content: a.content, article: a.article, published: a.published,
        other_speaker: d.speaker, other_cue: d.cue, other_content: d.content, other_article: d.article, other_published: d.published,
        seq: a.seq
      });
    }
  }
}
rows.sort(function (x, y) { return (x.about < y.about ? -1 : x.about > y.about ? 1 : 0) || byDate(x, y); });
emitAll(rows, ["about", "speaker", "cue", "content", "article", "published", "other_speaker", "other_cue", "other_content", "other_article", "other_published"]);
