#!/usr/bin/python3
"""Parse claimgraph exports with rdflib and fail on anything a standard
RDF tool would reject or mistype.

    scripts/rdfcheck.py FILE.nq|FILE.jsonld ...

Each file is parsed as N-Quads (.nq, .nquads) or JSON-LD (anything else)
into an rdflib Dataset, with no network access (contexts must be
embedded). It then fails on:
  - a relative IRI, or one whose scheme is not http, https, urn or mailto
    (Cayley's short "xsd:integer" would pass RDF syntax but names nothing);
  - a literal whose datatype is not XML Schema's (or rdf:langString);
  - a literal whose lexical form does not fit its datatype (integer,
    boolean, date, dateTime, gYear, gYearMonth, double).
It prints one line per file: the number of quads and of typed literals.
Debian's python3-rdflib (6.1) is enough; .ci/run installs it.
"""
import re
import sys
from urllib.parse import urlsplit

from rdflib import Dataset, Literal, URIRef, BNode

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
LEXICAL = {
    "integer": r"[+-]?\d+",
    "boolean": r"true|false|1|0",
    "date": r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?",
    "dateTime": r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-4]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?",
    "gYear": r"-?\d{4,}(Z|[+-]\d{2}:\d{2})?",
    "gYearMonth": r"-?\d{4,}-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?",
    "double": r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|INF|-INF|NaN",
    "string": r"(?s).*",
}
SCHEMES = {"http", "https", "urn", "mailto"}


def bad_iri(term):
    if not isinstance(term, URIRef):
        return None
    s = str(term)
    parts = urlsplit(s)
    if parts.scheme not in SCHEMES:
        return f"IRI without a known scheme (relative, or a short form): <{s}>"
    if parts.scheme in ("http", "https") and not parts.netloc:
        return f"http IRI without a host: <{s}>"
    if re.search(r'[\s<>"{}|^`\\]', s):
        return f"IRI with a character N-Quads forbids: <{s}>"
    return None


def bad_literal(term):
    if not isinstance(term, Literal) or term.datatype is None:
        return None
    dt = str(term.datatype)
    if dt == RDF_LANG:
        return None
    if not dt.startswith(XSD):
        return f"literal with a datatype outside XML Schema: {term.n3()}"
    local = dt[len(XSD):]
    rx = LEXICAL.get(local)
    if rx is None:
        return f"literal with an XML Schema datatype this check does not know: {term.n3()}"
    if not re.fullmatch(rx, str(term)):
        return f"ill-typed literal: {term.n3()}"
    return None


def check(path):
    fmt = "nquads" if path.endswith((".nq", ".nquads")) else "json-ld"
    ds = Dataset()
    with open(path, "rb") as f:
        ds.parse(f, format=fmt)
    errors, quads, typed = [], 0, 0
    for s, p, o, g in ds.quads((None, None, None, None)):
        quads += 1
        for t in (s, p, o, g):
            if isinstance(t, BNode) or t is None:
                continue
            ident = getattr(t, "identifier", t)
            e = bad_iri(ident) or bad_literal(ident)
            if e:
                errors.append(e)
        if isinstance(o, Literal) and o.datatype is not None:
            typed += 1
    return quads, typed, errors


def main(paths):
    failed = False
    for path in paths:
        quads, typed, errors = check(path)
        print(f"{path}: {quads} quads, {typed} typed literals, {len(errors)} errors")
        for e in errors[:20]:
            print("  " + e)
        if errors or quads == 0:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
