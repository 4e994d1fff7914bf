// prelude.js is prepended to every stored query (after `var params`).
// It names the vocabulary with full IRIs and gives small helpers, so that
// each query reads as what it asks.
var RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
function S(n) { return "<http://schema.org/" + n + ">"; }
function C(n) { return "<https://w3id.org/claimgraph/ns#" + n + ">"; }

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
// text as given, in title case and in lower case before falling back to
// a case-insensitive scan of all names.
function findEntities(text) {
  text = String(text).trim();
  if (text === "") { return []; }
  var preds = [S("name"), S("alternateName")];
  var forms = uniq([text, titleCase(text), text.toLowerCase(), text.toUpperCase()]);
  var found = g.V.apply(g, forms).In(preds).ToArray() || [];
  if (found.length === 0) {
    var re = "(?i)^" + escapeRegex(text) + "$";
    found = g.V().Out(preds).Filter(regex(re)).In(preds).ToArray() || [];
  }
  return uniq(found);
}

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

function claimRow(c) {
  var art = one(c, S("appearance"));
  var a = articleInfo(art);
  return {
    speaker: speakerName(c),
    speaker_text: one(c, C("speakerText")),
    cue: one(c, C("cue")),
    kind: one(c, C("kind")),
    content: one(c, S("text")),
    channel: one(c, C("channel")),
    article: a.article,
    title: a.title,
    published: a.published,
    seq: one(c, C("seq"))
  };
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

function emitAll(rows, cols) {
  for (var i = 0; i < rows.length; i++) {
    var r = {};
    for (var j = 0; j < cols.length; j++) { r[cols[j]] = rows[i][cols[j]]; }
    g.Emit(r);
  }
}
