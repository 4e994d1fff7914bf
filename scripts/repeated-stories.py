#!/usr/bin/env python3
"""Lists the stories that the corpora repeat under other ids.

Two articles repeat one story when their bodies are identical or nearly so:
at least 90% of the shorter one's 8-word shingles (after lowercasing and
collapsing whitespace) are in the other. Prints one pair of ids a line,
tab-separated, leaving out pairs with an article of reserved.txt.

usage: scripts/repeated-stories.py RESERVED.txt CORPUS.jsonl...
"""
import collections
import json
import re
import sys


def shingles(body, k=8):
    w = re.findall(r"\w+", body.lower())
    return {" ".join(w[i:i + k]) for i in range(max(len(w) - k + 1, 1))}


def main(reserved, *corpora):
    skip = {l.strip() for l in open(reserved) if l.strip() and not l.startswith("#")}
    docs = [json.loads(l) for c in corpora for l in open(c)]
    sh = {d["id"]: shingles(d["body"]) for d in docs}
    index = collections.defaultdict(set)
    for i, s in sh.items():
        for h in s:
            index[h].add(i)
    pairs = set()
    for i, s in sh.items():
        # a shingle in very many articles (boilerplate) finds no repeat
        shared = collections.Counter(j for h in s if len(index[h]) < 50 for j in index[h] if j != i)
        for j, n in shared.items():
            if n >= 0.9 * min(len(s), len(sh[j])) and i < j:
                pairs.add((i, j))
    kept = sorted(p for p in pairs if p[0] not in skip and p[1] not in skip)
    print(f"{len(pairs)} pairs, {len(pairs) - len(kept)} with a reserved article left out", file=sys.stderr)
    for a, b in kept:
        print(f"{a}\t{b}")


if __name__ == "__main__":
    main(*sys.argv[1:])
