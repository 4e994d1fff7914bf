// name: silent-mentioned
// description: Entities an article names but quotes nobody from (neither the entity nor its people) and does not report as declining to comment.
// param: article (optional): the article's id; without it, the articles mentioning the entity (or all articles), in load order, a few at a time until the page is full
// param: entity (optional): only this entity (name or alias): the articles that name it and do not quote it
// param: limit (optional): at most this many rows, default 20
// param: offset (optional): skip this many rows first, for paging
// columns: entity, type, article, title, published
var want = offsetOf() + limitOf(20);
var only = null;
if (params.entity) {
  only = {};
  var fe = findEntities(params.entity);
  for (var i = 0; i < fe.length; i++) { only[fe[i]] = true; }
}
var arts, pairs = null;
if (params.article) {
  arts = [articleNode(params.article)].filter(function (a) { return a !== ""; });
} else if (params.entity) {
  // The (article, entity) pairs are known from the mentions themselves,
  // so only the articles' "heard" sets and headers need reading.
  pairs = inEachFrom(Object.keys(only), S("mentions"), SCAN);
  arts = pairs.map(function (p) { return p.id; });
} else {
  arts = g.V(S("NewsArticle")).In(RDF_TYPE).ToArray(SCAN) || [];
}
arts = uniq(arts);
var entInfo = {};
if (pairs && arts.length) {
  var ei = g.V.apply(g, Object.keys(only)).Tag("e").SaveOpt(S("name"), "name").SaveOpt(RDF_TYPE, "type").TagArray() || [];
  for (var i = 0; i < ei.length; i++) { if (!entInfo[ei[i].e]) { entInfo[ei[i].e] = ei[i]; } }
  for (var k in only) { entInfo[k] = entInfo[k] || {}; }
}

// silentIn returns the rows of a few articles: the entities they mention
// that nobody in them is quoted from.
function silentIn(arts) {
  var heard = {}, out = [];
  var inChunk = {};
  for (var i = 0; i < arts.length; i++) { inChunk[arts[i]] = true; }
  // Speakers of the article's claims, their affiliations, the claims'
  // affiliations and who declined to comment all count as "quoted from".
  // Only claims have cg:speaker and cg:speakerAffiliation, only
  // non-comments cg:who, so no rdf:type check is needed. (Tagging the
  // predicate of a predicate list, Out([...], "p"), is planned as a scan:
  // seconds.)
  var sp = g.V.apply(g, arts).Tag("a").In(S("appearance")).Out(C("speaker")).Tag("e").TagArray() || [];
  var ed = g.V.apply(g, arts).Tag("a").In(DERIVED_FROM).Out([C("speakerAffiliation"), C("who")]).Tag("e").TagArray() || [];
  for (var i = 0; i < ed.length; i++) { heard[ed[i].a + " " + ed[i].e] = true; }
  if (sp.length) {
    var spk = uniq(sp.map(function (x) { return x.e; }));
    var affOf = {};
    if (pairs) {
      // Only the asked-about entities matter: which speakers are theirs.
      // (A much-quoted person has an affiliation quad per article, so
      // reading all their affiliations costs far more.)
      for (var e in only) {
        var mine = g.V.apply(g, spk).Tag("s").Out(MEMBER_OF).Is(e).TagArray() || [];
        for (var i = 0; i < mine.length; i++) { (affOf[mine[i].s] = affOf[mine[i].s] || []).push(e); }
      }
    } else {
      var af = g.V.apply(g, spk).Tag("s").Out(MEMBER_OF).TagArray() || [];
      for (var i = 0; i < af.length; i++) { (affOf[af[i].s] = affOf[af[i].s] || []).push(af[i].id); }
    }
    for (var i = 0; i < sp.length; i++) {
      heard[sp[i].a + " " + sp[i].e] = true;
      var as = affOf[sp[i].e] || [];
      for (var j = 0; j < as.length; j++) { heard[sp[i].a + " " + as[j]] = true; }
    }
  }
  var men;
  if (pairs) {
    var hd = g.V.apply(g, arts).Tag("a").SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
      .SaveOpt(S("datePublished"), "published").TagArray() || [];
    var byA = {};
    for (var i = 0; i < hd.length; i++) { byA[hd[i].a] = hd[i]; }
    men = [];
    for (var i = 0; i < pairs.length; i++) {
      var h = byA[pairs[i].id];
      if (h && inChunk[pairs[i].id]) {
        men.push({a: h.a, article: h.article, title: h.title, published: h.published, e: pairs[i].from, entity: entInfo[pairs[i].from].name, type: entInfo[pairs[i].from].type});
      }
    }
  } else {
    men = g.V.apply(g, arts).Tag("a").SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
      .SaveOpt(S("datePublished"), "published").Out(S("mentions")).Tag("e").SaveOpt(S("name"), "entity")
      .SaveOpt(RDF_TYPE, "type").TagArray() || [];
  }
  var seen = {};
  for (var i = 0; i < men.length; i++) {
    var m = men[i], key = m.a + " " + m.e;
    if (heard[key] || seen[key] || (only && !only[m.e])) { continue; }
    seen[key] = true;
    out.push({entity: m.entity || unwrap(m.e), type: typeName(m.type), article: m.article || "", title: m.title || "", published: m.published || ""});
  }
  return out;
}

var rows = [];
// An unfiltered article gives several rows, one naming the entity at
// most one: read a few articles or a page's worth at a time.
var chunk = pairs ? want : 4;
for (var off = 0; off < arts.length && rows.length < want; off += chunk) {
  rows = rows.concat(silentIn(arts.slice(off, off + chunk)));
}
// Pages follow the articles' order; the rows of a page are by date.
rows = rows.slice(offsetOf(), want);
rows.sort(function (a, b) { return byDate(a, b) || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0); });
emitAll(rows, ["entity", "type", "article", "title", "published"]);
