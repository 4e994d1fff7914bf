#!/usr/bin/env python3
"""Draws quotations to read, and scores the verdicts read.

  scripts/quote-sample.py draw STORE.nq RESERVED.txt [N] [SEED]
      draws N (100) quotations whose claims are in two articles or more,
      with random.Random(SEED) (21), leaving out any with a claim in a
      reserved article; prints, for the reader, each claim's text under
      its quotation, and writes to standard error a skeleton of the
      verdict file: quotation, article id, content start and end, and
      a verdict column to fill ("same" or "different"; the first claim
      of each quotation, by date, is the reference and says "ref").
  scripts/quote-sample.py score VERDICTS.tsv
      precision of the merges: claims judged "same" over claims judged.

The verdict file holds ids and offsets only, never article text.
"""
import collections
import random
import re
import sys

NS = "https://w3id.org/claimgraph/ns#"
S = "http://schema.org/"
LINE = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"((?:[^"\\]|\\.)*)"(?:\^\^<[^>]*>|@[\w-]+)?)')
WANT = {NS + "quotation", NS + "contentStart", NS + "contentEnd", S + "text", S + "identifier",
        S + "appearance", S + "datePublished", NS + "speakerText"}


def unescape(s):
    """Undoes N-Quads string escapes (\\", \\n, \\uXXXX, …)."""
    return re.sub(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)', lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) > 1
                  else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), s)


def read(path):
    f = collections.defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line)
        if not m or m.group(2) not in WANT:
            continue
        o = m.group(3)
        val = o[1:-1] if o.startswith("<") else unescape(m.group(4))
        f[m.group(1)].setdefault(m.group(2).rsplit("/", 1)[-1].rsplit("#", 1)[-1], val)
    return f


def draw(store, reserved, n=100, seed=21):
    skip = {l.strip() for l in open(reserved) if l.strip() and not l.startswith("#")}
    f = read(store)
    by = collections.defaultdict(list)
    for c, v in f.items():
        if "quotation" in v and "/claim/" in c:
            by[v["quotation"]].append(c)
    art = lambda c: f[f[c].get("appearance", "")].get("identifier", "")
    multi = sorted(q for q, cs in by.items() if len({art(c) for c in cs}) > 1 and not any(art(c) in skip for c in cs))
    print(f"{len(multi)} multi-article quotations without a reserved article", file=sys.stderr)
    pick = random.Random(int(seed)).sample(multi, min(int(n), len(multi)))
    print("quotation\tarticle\tstart\tend\tverdict", file=sys.stderr)
    for q in pick:
        cs = sorted(by[q], key=lambda c: (f[f[c]["appearance"]].get("datePublished", "~"), art(c), c))
        print(f"== {q}  founder: {f[q].get('text', '')!r}")
        for i, c in enumerate(cs):
            v = f[c]
            print(f"  {art(c)}\t{v.get('speakerText', '')}\t{v.get('text', '')!r}")
            print(f"{q.rsplit('/', 1)[-1]}\t{art(c)}\t{v.get('contentStart')}\t{v.get('contentEnd')}\t{'ref' if i == 0 else ''}", file=sys.stderr)


def score(path):
    n = same = 0
    quotes = collections.defaultdict(lambda: True)
    for line in open(path):
        if line.startswith("#") or line.startswith("quotation\t") or not line.strip():
            continue
        q, _, _, _, verdict = line.rstrip("\n").split("\t")
        if verdict == "ref":
            quotes[q] = quotes[q]
            continue
        n += 1
        same += verdict == "same"
        quotes[q] = quotes[q] and verdict == "same"
    ok = sum(quotes.values())
    print(f"{same} of {n} merges right: precision {100 * same / max(n, 1):.1f}%; "
          f"{ok} of {len(quotes)} quotations with every merge right")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(*sys.argv[2:])
    else:
        score(sys.argv[2])
