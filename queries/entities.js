// name: entities
// description: Entities with their type, aliases, how many articles mention them and how many claims they made (the derived cg:mentionCount and cg:claimCount, refreshed at the end of every load); filter by type and by a name or alias.
// param: type (optional): Person, Organization, GovernmentOrganization (or Government), NewsMediaOrganization (or NewsAgency), Place or Thing
// param: search (optional): a name or alias (exact, any case), or the start of a name
// param: limit (optional): at most this many rows, default 20
// columns: entity, type, aliases, mentions, claims, id
var lim = limitOf(20);
var cls = "";
if (params.type) {
  cls = CLASSES[className(params.type)] || S(String(params.type));
}
var ents;
if (params.search) {
  ents = findEntities(params.search);
  if (ents.length === 0) {
    // A prefix: compare names in order, bounded; slower than an exact
    // name, so only when that finds nothing.
    var re = "(?i)^" + escapeRegex(String(params.search).trim());
    var q = g.V.apply(g, cls ? [cls] : allClasses()).In(RDF_TYPE);
    ents = q.Out([S("name"), S("alternateName")]).Filter(regex(re)).In([S("name"), S("alternateName")]).ToArray(lim) || [];
  }
  if (cls && ents.length) { ents = g.V.apply(g, uniq(ents)).Has(RDF_TYPE, cls).ToArray() || []; }
} else if (cls) {
  ents = g.V(cls).In(RDF_TYPE).ToArray(lim) || [];
} else {
  ents = g.V.apply(g, allClasses()).In(RDF_TYPE).ToArray(lim) || [];
}
ents = uniq(ents).slice(0, lim);
var rows = [];
if (ents.length) {
  var info = g.V.apply(g, ents).Tag("e").SaveOpt(S("name"), "name").SaveOpt(RDF_TYPE, "type")
    .SaveOpt(C("mentionCount"), "mentions").SaveOpt(C("claimCount"), "claims").TagArray() || [];
  var al = g.V.apply(g, ents).Tag("e").Out(S("alternateName")).TagArray() || [];
  var by = {};
  for (var i = 0; i < ents.length; i++) { by[ents[i]] = {entity: "", type: "", aliases: [], mentions: 0, claims: 0, id: unwrap(ents[i]).replace("https://w3id.org/claimgraph/id/", "")}; }
  for (var i = 0; i < info.length; i++) {
    var b = by[info[i].e];
    if (b && !b.entity) { b.entity = info[i].name || ""; b.type = typeName(info[i].type); b.mentions = info[i].mentions || 0; b.claims = info[i].claims || 0; }
  }
  for (var i = 0; i < al.length; i++) { by[al[i].e].aliases.push(al[i].id); }
  for (var i = 0; i < ents.length; i++) { var b = by[ents[i]]; b.aliases = uniq(b.aliases).sort().join("; "); rows.push(b); }
  rows.sort(function (a, b) { return b.mentions - a.mentions || b.claims - a.claims || (a.entity < b.entity ? -1 : 1); });
}
emitAll(rows, ["entity", "type", "aliases", "mentions", "claims", "id"]);
