// prelude.js is prepended to every stored query (after `var params`).
// It names the vocabulary with full IRIs and gives small helpers, so that
// each query reads as what it asks.
var RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
function S(n) { return "<http://schema.org/" + n + ">"; }
function C(n) { return "<https://w3id.org/claimgraph/ns#" + n + ">"; }
// A claim, non-comment or event links to its article by prov:wasDerivedFrom
// (schema:appearance, whose domain is Claim, is on claims only).
var DERIVED_FROM = "<http://www.w3.org/ns/prov#wasDerivedFrom>";
// A person's organization is schema:affiliation, an organization's its
// schema:memberOf; a claim's speaker's is cg:speakerAffiliation.
var MEMBER_OF = [S("affiliation"), S("memberOf")];
// The entity classes, and the short names users type for them.
var CLASSES = {Person: S("Person"), Organization: S("Organization"), GovernmentOrganization: S("GovernmentOrganization"),
  NewsMediaOrganization: S("NewsMediaOrganization"), Place: S("Place"), Thing: S("Thing")};
var CLASS_ALIASES = {government: "GovernmentOrganization", newsagency: "NewsMediaOrganization", newsmedia: "NewsMediaOrganization"};
function className(t) {
  var k = String(t || "").replace(/[\s_-]/g, "").toLowerCase();
  if (CLASS_ALIASES[k]) { return CLASS_ALIASES[k]; }
  for (var c in CLASSES) { if (c.toLowerCase() === k) { return c; } }
  return "";
}
function allClasses() { var out = []; for (var c in CLASSES) { out.push(CLASSES[c]); } return out; }

// one returns the first value of node's predicate, or "".
function one(node, pred) {
  var v = g.V(node).Out(pred).ToValue();
  return (v === undefined || v === null) ? "" : v;
}

// all returns every value of node's predicate.
function all(node, pred) {
  return g.V(node).Out(pred).ToArray() || [];
}

// unwrap turns "<iri>" into iri and leaves literals as they are.
function unwrap(v) {
  if (typeof v === "string" && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">") {
    return v.substring(1, v.length - 1);
  }
  return v;
}

function titleCase(s) {
  return s.toLowerCase().replace(/(^|[\s\-'])([a-z])/g, function (m, a, b) { return a + b.toUpperCase(); });
}

function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function uniq(xs) {
  var seen = {}, out = [];
  for (var i = 0; i < xs.length; i++) {
    if (!seen[xs[i]]) { seen[xs[i]] = true; out.push(xs[i]); }
  }
  return out;
}

// findEntities returns the nodes whose name or alias is text, trying the
// text as given, in title case, lower and upper case. Lookups go through
// the object index; there is deliberately no case-insensitive scan of all
// names, which costs seconds on a large store.
function findEntities(text) {
  text = String(text).trim();
  if (text === "") { return []; }
  // "id:person/tony-blair" (the entities query's id column) names one node.
  if (text.indexOf("id:") === 0) {
    return g.V("<https://w3id.org/claimgraph/id/" + text.substring(3) + ">").Has(RDF_TYPE).ToArray() || [];
  }
  var preds = [S("name"), S("alternateName")];
  var forms = uniq([text, titleCase(text), text.toLowerCase(), text.toUpperCase()]);
  var found = uniq(g.V.apply(g, forms).In(preds).ToArray() || []);
  // Users type names as articles write them ("Mr Blair", "Prime
  // Minister Tony Blair"); entities are stored without the title.
  var bare = text.replace(TITLE_PREFIX, "");
  while (!found.length && bare !== text && bare !== "") {
    text = bare;
    forms = uniq([text, titleCase(text)]);
    found = uniq(g.V.apply(g, forms).In(preds).ToArray() || []);
    bare = text.replace(TITLE_PREFIX, "");
  }
  return found;
}

var TITLE_PREFIX = /^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|gen|col|capt|rev|president|prime minister|chancellor|minister|secretary|senator|sen|rep|governor|gov|mayor|king|queen|prince|princess|the)\.?\s+/i;

// inRange reports whether date (YYYY-MM-DD…) lies in [from, to]; empty
// bounds are open.
function inRange(date, from, to) {
  if (!from && !to) { return true; }
  if (!date) { return false; }
  var d = String(date).substring(0, 10);
  if (from && d < String(from).substring(0, 10)) { return false; }
  if (to && d > String(to).substring(0, 10)) { return false; }
  return true;
}

function articleInfo(art) {
  return {
    article: one(art, S("identifier")),
    title: one(art, S("headline")),
    published: one(art, S("datePublished")),
    url: unwrap(one(art, S("url")))
  };
}

function speakerName(c) {
  var sp = one(c, C("speaker"));
  return sp ? one(sp, S("name")) : one(c, C("speakerText"));
}

function claimRow(c) { return claimRows([c])[0]; }

// claimRows reads every column of many claims in one traversal of all
// their quads (Out with no predicate, the predicate kept as a tag: one
// subject-index scan per claim), then their articles' columns and their
// speakers' names once each. A one() or a SaveOpt per column per row costs
// a lookup each, about five times slower on bolt.
var CLAIM_FIELDS = {};
CLAIM_FIELDS[C("speaker")] = "sp"; CLAIM_FIELDS[C("speakerText")] = "speaker_text"; CLAIM_FIELDS[C("cue")] = "cue";
CLAIM_FIELDS[C("cueLemma")] = "lemma"; CLAIM_FIELDS[C("kind")] = "kind"; CLAIM_FIELDS[S("text")] = "content";
CLAIM_FIELDS[C("channel")] = "channel"; CLAIM_FIELDS[C("seq")] = "seq"; CLAIM_FIELDS[C("contentStart")] = "start";
CLAIM_FIELDS[C("contentEnd")] = "end"; CLAIM_FIELDS[S("appearance")] = "art"; CLAIM_FIELDS[C("role")] = "role";

function claimRows(claims) {
  claims = uniq(claims);
  if (claims.length === 0) { return []; }
  var t = g.V.apply(g, claims).Tag("c").Out(null, "p").TagArray() || [];
  var by = {};
  for (var i = 0; i < t.length; i++) {
    var f = CLAIM_FIELDS[t[i].p];
    if (!f) { continue; }
    var o = by[t[i].c] || (by[t[i].c] = {});
    if (o[f] === undefined) { o[f] = t[i].id; }
  }
  var arts = [], sps = [];
  for (var c in by) {
    if (by[c].art) { arts.push(by[c].art); }
    if (by[c].sp) { sps.push(by[c].sp); }
  }
  var art = {};
  if (arts.length) {
    var a = g.V.apply(g, uniq(arts)).Tag("a").SaveOpt(S("identifier"), "article").SaveOpt(S("headline"), "title")
      .SaveOpt(S("datePublished"), "published").TagArray() || [];
    for (var i = 0; i < a.length; i++) { if (!art[a[i].a]) { art[a[i].a] = a[i]; } }
  }
  var spName = names(sps);
  var rows = [];
  for (var i = 0; i < claims.length; i++) {
    var x = by[claims[i]];
    if (!x) { continue; }
    var ai = art[x.art] || {};
    rows.push({
      claim: claims[i], speaker: spName[x.sp] || x.speaker_text || "", speaker_node: x.sp || "",
      speaker_text: x.speaker_text || "", cue: x.cue || "", lemma: x.lemma || "", kind: x.kind || "",
      content: x.content || "", channel: x.channel || "", start: x.start, end: x.end, role: x.role || "",
      article: ai.article || "", title: ai.title || "", published: ai.published || "", seq: x.seq || 0
    });
  }
  return rows;
}

// inEach follows pred backwards from each node in turn. Cayley plans an
// In() from many fixed nodes as a scan of the whole predicate (0.4 s on
// the BBC store for 8 people named Blair); one index lookup per node
// takes milliseconds.
function inEach(nodes, pred, limit) {
  var out = [];
  for (var i = 0; i < nodes.length && !(limit > 0 && out.length >= limit); i++) {
    var p = g.V(nodes[i]).In(pred);
    out = out.concat((limit > 0 ? p.ToArray(limit - out.length) : p.ToArray()) || []);
  }
  return out;
}

// inEachFrom is inEach keeping where each result came from: [{from, id}];
// perNode, when given, caps the results taken from any one node.
function inEachFrom(nodes, pred, limit, perNode) {
  var out = [];
  for (var i = 0; i < nodes.length && !(limit > 0 && out.length >= limit); i++) {
    var p = g.V(nodes[i]).In(pred);
    var n = limit > 0 ? limit - out.length : 0;
    if (perNode > 0 && (n === 0 || perNode < n)) { n = perNode; }
    var xs = (n > 0 ? p.ToArray(n) : p.ToArray()) || [];
    for (var j = 0; j < xs.length; j++) { out.push({from: nodes[i], id: xs[j]}); }
  }
  return out;
}

// firstByDate keeps the limit claims published first, reading only their
// dates, so that full rows are built for the claims shown and no more.
// With from or to, only claims published in [from, to] are kept.
function firstByDate(claims, limit, from, to, sorted) {
  claims = uniq(claims);
  if (claims.length <= limit && !from && !to && !sorted) { return claims; }
  if (claims.length === 0) { return []; }
  var t = g.V.apply(g, claims).Tag("c").Out(S("appearance")).SaveOpt(S("datePublished"), "d").TagArray() || [];
  t = t.filter(function (x) { return inRange(x.d, from, to); });
  t.sort(function (a, b) { var x = a.d || "", y = b.d || ""; return x < y ? -1 : x > y ? 1 : (a.c < b.c ? -1 : a.c > b.c ? 1 : 0); });
  return uniq(t.map(function (x) { return x.c; })).slice(0, limit);
}

// names maps each node to its schema:name in one traversal.
function names(nodes) {
  var out = {};
  if (nodes.length === 0) { return out; }
  var t = g.V.apply(g, uniq(nodes)).Tag("n").Out(S("name")).TagArray() || [];
  for (var i = 0; i < t.length; i++) { if (!out[t[i].n]) { out[t[i].n] = t[i].id; } }
  return out;
}

// typeName is the local name of a class IRI, e.g. "Person".
function typeName(t) { return String(unwrap(t || "")).replace(/^.*[\/#]/, ""); }

// articleNode finds an article by its identifier.
function articleNode(id) {
  return (g.V(String(id || "")).In(S("identifier")).Has(RDF_TYPE, S("NewsArticle")).ToArray() || [""])[0] || "";
}

function byDate(a, b) {
  if (a.published !== b.published) { return a.published < b.published ? -1 : 1; }
  if (a.article !== b.article) { return a.article < b.article ? -1 : 1; }
  return (a.seq || 0) - (b.seq || 0);
}

function limitOf(def) {
  var n = parseInt(params.limit, 10);
  return n > 0 ? n : def;
}

// offsetOf is the paging parameter: how many rows to skip.
function offsetOf() {
  var n = parseInt(params.offset, 10);
  return n > 0 ? n : 0;
}

// SCAN bounds how many candidates (claims of one speaker, claims about
// one entity, …) a query reads before ordering them by date. Ordering
// needs every candidate's article and date, about 0.1 ms each on bolt, so
// a speaker with 2,000 claims would cost 0.2 s per request; instead the
// first SCAN found (in load order) are ordered and paged. Narrow with
// from/to or a more specific name to reach the others.
var SCAN = 200;

// page orders claims by date (firstByDate) and returns the page asked for
// by limit (default def) and offset.
function page(claims, def, from, to) {
  var off = offsetOf();
  return firstByDate(claims, off + limitOf(def), from, to, off > 0).slice(off);
}

// articleOfIRI is the article of a claim or non-comment read from its
// IRI, <article IRI>/claim/<n> (docs/vocabulary.md), or "" for any other.
function articleOfIRI(x) {
  var m = /^(<.*)\/(claim|noncomment)\/\d+>$/.exec(String(x));
  return m ? m[1] + ">" : "";
}

// datedFrom follows pred backwards from each node in turn, like
// inEachFrom, up to cap (default SCAN) results in all, with each result's
// article and its date: [{from, c, a, d}]. The article is read from the
// result's IRI where it can be (a schema:appearance hop per claim costs
// as much again as finding it), the dates once per article. With
// claimsOnly, pred also links things that are not claims (schema:
// affiliation links people too), so the hop is taken in the traversal and
// only what has an article counts towards cap.
function datedFrom(nodes, pred, cap, claimsOnly) {
  var out = [], hop = [];
  cap = cap > 0 ? cap : SCAN;
  for (var i = 0; i < nodes.length && out.length < cap; i++) {
    if (claimsOnly) {
      var t = g.V(nodes[i]).In(pred).Tag("c").Out(S("appearance")).Tag("a").TagArray(cap - out.length) || [];
      for (var j = 0; j < t.length; j++) { out.push({from: nodes[i], c: t[j].c, a: t[j].a, d: ""}); }
      continue;
    }
    var t = g.V(nodes[i]).In(pred).ToArray(cap - out.length) || [];
    for (var j = 0; j < t.length; j++) {
      var a = articleOfIRI(t[j]);
      if (!a) { hop.push(t[j]); }
      out.push({from: nodes[i], c: t[j], a: a, d: ""});
    }
  }
  if (hop.length) {
    var ap = g.V.apply(g, uniq(hop)).Tag("c").Out(S("appearance")).TagArray() || [];
    var artOf = {};
    for (var i = 0; i < ap.length; i++) { artOf[ap[i].c] = ap[i].id; }
    // What has no schema:appearance (a person among an organization's
    // affiliates) is not a claim: drop it.
    out = out.filter(function (x) { if (!x.a) { x.a = artOf[x.c] || ""; } return x.a !== ""; });
  }
  if (out.length) {
    var arts = uniq(out.map(function (x) { return x.a; }));
    var ds = g.V.apply(g, arts).Tag("a").Out(S("datePublished")).TagArray() || [];
    var dateOf = {};
    for (var i = 0; i < ds.length; i++) { dateOf[ds[i].a] = ds[i].id; }
    for (var i = 0; i < out.length; i++) { out[i].d = dateOf[out[i].a] || ""; }
  }
  return out;
}

// datedPage orders datedFrom's results by date (then claim) and returns
// the claims of the page asked for by limit (default def) and offset,
// keeping only those published in [from, to] when given.
function datedPage(t, def, from, to) {
  var off = offsetOf();
  t = t.filter(function (x) { return inRange(x.d, from, to); });
  t.sort(function (a, b) { var x = a.d || "", y = b.d || ""; return x < y ? -1 : x > y ? 1 : (a.c < b.c ? -1 : a.c > b.c ? 1 : 0); });
  return uniq(t.map(function (x) { return x.c; })).slice(off, off + limitOf(def));
}

function emitAll(rows, cols) {
  for (var i = 0; i < rows.length; i++) {
    var r = {};
    for (var j = 0; j < cols.length; j++) { r[cols[j]] = rows[i][cols[j]]; }
    g.Emit(r);
  }
}

// Quotations (cg:Quotation): one node per quote, which every claim
// repeating it links to by cg:quotation.
var QUOTATION = C("Quotation");

// quotationInfo reads the derived values of quotations: text, claims,
// articles, publishers, first appearance and date, misattributed, and
// speakers with counts ("Elena Varga (2); Marek Novak (1)").
function quotationInfo(qs) {
  var out = {};
  if (qs.length === 0) { return out; }
  var t = g.V.apply(g, qs).Tag("q").Out(null, "p").TagArray() || [];
  var f = {};
  f[S("text")] = "content"; f[C("appearanceCount")] = "appearances"; f[C("articleCount")] = "articles";
  f[C("publisherCount")] = "publishers"; f[C("firstAppearance")] = "first"; f[C("firstPublished")] = "first_published";
  f[C("misattributed")] = "misattributed";
  for (var i = 0; i < qs.length; i++) { out[qs[i]] = {quotation: unwrap(qs[i]), appearances: 1, articles: 1, publishers: 1, misattributed: false, speakers: ""}; }
  for (var i = 0; i < t.length; i++) {
    var k = f[t[i].p];
    if (k) { out[t[i].q][k] = k === "first" ? t[i].id : (k === "misattributed" ? true : t[i].id); }
  }
  var a = g.V.apply(g, qs).Tag("q").Out(C("attribution")).Tag("a").Out(C("claimCount")).Tag("n").Back("a").Out(C("attributedTo")).TagArray() || [];
  var nm = names(a.map(function (x) { return x.id; }));
  var by = {};
  for (var i = 0; i < a.length; i++) { (by[a[i].q] = by[a[i].q] || []).push({name: nm[a[i].id] || unwrap(a[i].id), n: a[i].n}); }
  for (var q in by) {
    by[q].sort(function (x, y) { return (y.n - x.n) || (x.name < y.name ? -1 : 1); });
    out[q].speakers = by[q].map(function (s) { return s.name + " (" + s.n + ")"; }).join("; ");
  }
  return out;
}
