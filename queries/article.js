// name: article
// description: Everything extracted from one article: its metadata, claims, non-comments, entities and events, one row each.
// param: id (required): the article's id, as printed by who-said-what
// columns: what, name, detail, text
var art = articleNode(params.id);
if (art !== "") {
  var info = articleInfo(art);
  g.Emit({what: "article", name: info.article, detail: info.published, text: info.title});
  var claims = g.V(art).In(S("appearance")).Has(RDF_TYPE, S("Claim")).ToArray() || [];
  var rows = claimRows(claims);
  rows.sort(byDate);
  for (var i = 0; i < rows.length; i++) {
    g.Emit({what: "claim", name: rows[i].speaker, detail: rows[i].cue + " (" + rows[i].kind + ")", text: rows[i].content});
  }
  var ncs = g.V(art).In(DERIVED_FROM).Has(RDF_TYPE, C("NonComment")).ToArray() || [];
  for (var i = 0; i < ncs.length; i++) {
    var who = one(ncs[i], C("who"));
    g.Emit({what: "no-comment", name: who ? one(who, S("name")) : one(ncs[i], C("whoText")), detail: one(ncs[i], C("cue")), text: one(ncs[i], C("topic"))});
  }
  var ents = all(art, S("mentions"));
  for (var i = 0; i < ents.length; i++) {
    g.Emit({what: "entity", name: one(ents[i], S("name")), detail: unwrap(one(ents[i], RDF_TYPE)).replace(/^.*[\/#]/, ""), text: (all(ents[i], S("alternateName")) || []).join("; ")});
  }
  var evs = g.V(art).In(DERIVED_FROM).Has(RDF_TYPE, S("Event")).ToArray() || [];
  for (var i = 0; i < evs.length; i++) {
    g.Emit({what: "event", name: one(evs[i], S("name")), detail: one(evs[i], C("eventType")), text: one(evs[i], S("startDate")) || one(evs[i], C("timeText"))});
  }
}
