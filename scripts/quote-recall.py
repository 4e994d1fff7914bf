#!/usr/bin/env python3
"""Recall of quotation linking on stories a corpus repeats.

For every pair of articles that repeat one story (scripts/repeated-stories.py)
and every direct or mixed quote of either article that is linked to a
quotation (cg:quotation) and whose words are in the other article's body
too (a near-identical repeat may have a paragraph more), the quote counts
as joined when some claim of the other article links to the same
quotation. Reads the store as N-Quads (claimgraph export), keeping only
the predicates it needs, and the corpora for the bodies.

usage: scripts/quote-recall.py PAIRS.tsv STORE.nq CORPUS.jsonl...
"""
import json
import collections
import re
import sys

NS = "https://w3id.org/claimgraph/ns#"
LINE = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?)')
WANT = {NS + "quotation", NS + "kind", "http://schema.org/identifier", "http://schema.org/appearance", "http://schema.org/text"}


def words(s):
    return " " + " ".join(re.findall(r"[^\W_]+", s.lower().replace("'", "").replace("\u2019", ""))) + " "


def unescape(s):
    """Undoes N-Quads string escapes (\\", \\n, \\uXXXX, …)."""
    return re.sub(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)', lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) > 1
                  else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), s)


def read(path):
    quot, kind, ident, art, text = {}, {}, {}, {}, {}
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line)
        if not m or m.group(2) not in WANT:
            continue
        s, p, o = m.group(1), m.group(2), m.group(3)
        val = o[1:-1] if o.startswith("<") else o[1:o.rindex('"')]
        if p == NS + "quotation":
            quot[s] = val
        elif p == NS + "kind":
            kind[s] = val
        elif p.endswith("/text"):
            text[s] = unescape(val)
        elif p.endswith("identifier"):
            ident[s] = val
        else:
            art[s] = val
    return quot, kind, ident, art, text


def main(pairs_path, store, *corpora):
    quot, kind, ident, art, text = read(store)
    body = {}
    for c in corpora:
        for line in open(c):
            d = json.loads(line)
            body[d["id"]] = words(d["body"])
    id_of = {iri: i for iri, i in ident.items() if "/claim/" not in iri}
    quotes = collections.defaultdict(list)  # article id -> [(claim, quotation, kind)]
    linked = collections.defaultdict(set)  # article id -> quotations its claims link to
    for c, a in art.items():
        aid = id_of.get(a)
        if aid is None:
            continue
        if c in quot:
            linked[aid].add(quot[c])
            if kind.get(c) in ("direct", "mixed"):
                quotes[aid].append((c, quot[c]))
    n = hit = elsewhere = 0
    misses = []
    for line in open(pairs_path):
        a, b = line.split()
        for x, y in ((a, b), (b, a)):
            for c, q in quotes[x]:
                if words(text.get(c, "")) not in body.get(y, ""):
                    elsewhere += 1
                    continue
                n += 1
                if q in linked[y]:
                    hit += 1
                else:
                    misses.append(f"{c}\t{y}")
    unquoted = sum(1 for c, k in kind.items() if k in ("direct", "mixed") and c not in quot)
    print(f"{hit} of {n} quotes of repeated stories joined their repeat's quotation: recall {100 * hit / max(n, 1):.2f}%"
          f" ({elsewhere} quotes whose words the repeat does not have left out)")
    print(f"direct or mixed claims with no quotation link in the whole store: {unquoted}")
    for m in misses[:20]:
        print("miss\t" + m)


if __name__ == "__main__":
    main(*sys.argv[1:])
