// name: conflicting
// description: Claims about the same entity or event (schema:about) by different speakers where one affirms (say, confirm, …) and the other denies or disputes (deny, dispute, reject, …), by cue lemma.
// param: about (optional): only this entity or event, by name or alias
// param: limit (optional): at most this many rows, default 200
// columns: about, speaker, cue, content, article, published, other_speaker, other_cue, other_content, other_article, other_published
var AFFIRM = ["say", "confirm", "affirm", "acknowledge", "admit", "announce", "insist", "assert", "state", "claim", "maintain", "tell", "add", "report", "agree", "accuse", "allege", "warn", "argue"];
var DENY = ["deny", "dispute", "reject", "refute", "contradict", "dismiss", "rebut", "challenge", "disagree", "contest", "question", "doubt"];
var lim = limitOf(200);
// Denials are rare, so we start from them through the cue-lemma index
// rather than from every claim.
var deny = g.V.apply(g, DENY).In(C("cueLemma")).Tag("d").Out(S("about")).Tag("about");
if (params.about) {
  var t0 = findEntities(params.about);
  deny = t0.length ? deny.Is.apply(deny, t0) : null;
}
var dpairs = deny ? (deny.TagArray(2000) || []) : [];
var rows = [];
if (dpairs.length) {
  var abouts = uniq(dpairs.map(function (p) { return p.about; }));
  var ap = g.V.apply(g, abouts).Tag("about").In(S("about"));
  var apairs = ap.Has.apply(ap, [C("cueLemma")].concat(AFFIRM)).Tag("a").TagArray(5000) || [];
  var info = {}, all = claimRows(dpairs.map(function (p) { return p.d; }).concat(apairs.map(function (p) { return p.a; })));
  for (var i = 0; i < all.length; i++) { info[all[i].claim] = all[i]; }
  var nm = names(abouts);
  var who = function (r) { return r.speaker_node || String(r.speaker_text).toLowerCase(); };
  var byAbout = {};
  for (var i = 0; i < apairs.length; i++) { (byAbout[apairs[i].about] = byAbout[apairs[i].about] || []).push(apairs[i].a); }
  var seen = {};
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
