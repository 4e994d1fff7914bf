#!/usr/bin/env python3
"""Speech precision of `claimgraph extract` on hand-judged pages.

  aeb-precision.py JUDGMENTS.tsv DIR

DIR holds one extract output per page, named <sha>.jsonl. An output
attribution counts when its act is speech (or missing) and its cue is
not negated, as stored queries show it; it is right when
its judgment says it reports speech and its speaker is right: the same
speaker judged right then, or a name that equals the true speaker (or
shares its last word and has more than one word, as the dev scorer
counts). Attributions with no judgment are listed and counted apart."""
import csv, json, os, sys


def norm(s):
    return ' '.join((s or '').lower().replace('\u2019', "'").split()).strip(' .,"\'')


def same(pred, gold):
    if '|' in (gold or ''):
        return any(same(pred, g) for g in gold.split('|'))
    p, g = norm(pred), norm(gold)
    if not p or not g or g == '-':
        return False
    return p == g or (p.split()[-1:] == g.split()[-1:] and len(p.split()) > 1)


def main(judgments, out):
    lines = [l for l in open(judgments, encoding='utf-8') if not l.startswith('#')]
    J = {(r['sha'], int(r['content_start']), int(r['content_end']), int(r['cue_start'])): r
         for r in csv.DictReader(lines, delimiter='\t')}
    total = right = unjudged = 0
    print(f"{'page':14} {'speech':>6} {'right':>6} {'precision':>9}")
    for f in sorted(x for x in os.listdir(out) if x.endswith('.jsonl')):
        sha, n, c = f[:-len('.jsonl')], 0, 0
        for line in open(os.path.join(out, f), encoding='utf-8'):
            for a in json.loads(line)['attributions']:
                if (a.get('act') or 'speech') != 'speech' or a.get('negated'):
                    continue
                sp = a.get('speaker') or {}
                name = (sp.get('entity') or {}).get('name') or sp.get('text') or ''
                # The judgments hold the claim's bare words; since the
                # contract's content follows PolNeAR (quote marks, "that"),
                # they are in "claim".
                span = a.get('claim') or a['content']
                r = J.get((sha, span['start'], span['end'], a['cue']['start']))
                if r is None:
                    unjudged += 1
                    print(f"  unjudged: {sha[:12]} {a.get('rule')} {name!r} {a['cue']['text']!r}")
                    continue
                n += 1
                c += r['is_speech'] == 'y' and (name == r['speaker_out'] and r['speaker_right'] == 'y' or same(name, r['true_speaker']))
        total, right = total + n, right + c
        print(f"{sha[:12]:14} {n:6} {c:6} {100 * c / max(1, n):8.1f}%")
    print(f"{'all':14} {total:6} {right:6} {100 * right / max(1, total):8.1f}%   ({unjudged} unjudged)")


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
