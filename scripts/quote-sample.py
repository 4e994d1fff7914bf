#!/usr/bin/env python3
"""Draws quotations to read, and scores the verdicts read.

  scripts/quote-sample.py draw STORE.nq RESERVED.txt [N] [SEED]
      draws N (100) quotations whose claims are in two articles or more,
      with random.Random(SEED) (21), leaving out any with a claim in a
      reserved article; prints, for the reader, each claim's text under
      its quotation, and writes to standard error a skeleton of the
      verdict file: quotation, article id, content start and end, and
      a verdict column to fill ("same" or "different"; the first claim
      of each quotation, by date, is the reference and says "ref"); a
      sixth column, a note on the verdict, is optional.
  scripts/quote-sample.py score VERDICTS.tsv
      precision of the merges: claims judged "same" over claims judged.
  scripts/quote-sample.py rescore VERDICTS.tsv STORE.nq
      the same, counting only the merges that graph/quotation's Match,
      ported below, still accepts against the quotation's founding text:
      what a rule changed after the reading would have kept.

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
        q, _, _, _, verdict = line.rstrip("\n").split("\t")[:5]
        if verdict == "ref":
            quotes[q] = quotes[q]
            continue
        n += 1
        same += verdict == "same"
        quotes[q] = quotes[q] and verdict == "same"
    ok = sum(quotes.values())
    print(f"{same} of {n} merges right: precision {100 * same / max(n, 1):.1f}%; "
          f"{ok} of {len(quotes)} quotations with every merge right")


def qwords(t):
    t = re.sub(r"['\u2019\u02bc]", "", t.lower())
    return re.findall(r"[^\W_]+", t)


def shingles(w):
    return {" ".join(w[i:i + 3]) for i in range(max(len(w) - 2, 1))}


def match(a, b):
    """graph/quotation.Match with its constants of 2026-12-06."""
    a, b = qwords(a), qwords(b)
    short = min(len(a), len(b))
    if short < 3:
        return False
    if a == b:
        return True
    if short < 5:
        return False
    sa, sb = shingles(a), shingles(b)
    sh = len(sa & sb) / min(len(sa), len(sb))
    x, y = (a, b) if len(a) <= len(b) else (b, a)
    have = collections.Counter(y)
    n = 0
    for w in x:
        if have[w] > 0:
            have[w] -= 1
            n += 1
    wo = n / len(x)
    if sh == 1 and wo == 1:
        return True
    return short >= 10 and sh >= 0.55 and wo >= 0.8


def rescore(verdicts, store):
    f = read(store)
    by_pos = {}
    for c, v in f.items():
        if "/claim/" in c and "quotation" in v:
            by_pos[(f[v["appearance"]].get("identifier"), v.get("contentStart"), v.get("contentEnd"))] = c
    n = same = dropped = 0
    for line in open(verdicts):
        if line.startswith(("#", "quotation\t")) or not line.strip():
            continue
        q, art, start, end, verdict = line.rstrip("\n").split("\t")[:5]
        if verdict == "ref":
            continue
        c = by_pos[(art, start, end)]
        if not match(f[c]["text"], f[f[c]["quotation"]]["text"]):
            dropped += 1
            continue
        n += 1
        same += verdict == "same"
    print(f"{same} of {n} merges the current rule keeps are right: precision {100 * same / max(n, 1):.1f}% ({dropped} merges it no longer makes)")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(*sys.argv[2:])
    elif sys.argv[1] == "rescore":
        rescore(*sys.argv[2:4])
    else:
        score(sys.argv[2])
