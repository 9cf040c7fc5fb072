#!/usr/bin/env python3
"""Statements whose speaker changed between two quoth outputs, judged against gold.

usage: speaker_diff.py GOLD.jsonl BEFORE.jsonl AFTER.jsonl [N]

Pairs the statements of BEFORE and AFTER by identical span, keeps those whose
speaker differs, matches each to the gold quote it overlaps by more than half,
and counts (before right?, after right?) with score_quotes' speaker test
(None: no gold quote).  Prints N changed statements (seeded shuffle) with text
around them, for reading.  Used for docs/pronouns.md.
"""
import collections
import json
import random
import sys

sys.path.insert(0, '/work/shared/tools')
import score_quotes as S  # noqa: E402


def load(path):
    docs = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        docs[d['id']] = d
    return docs


def gold_quote(gd, q):
    for g in gd['quotes']:
        ov = min(g['end'], q['end']) - max(g['start'], q['start'])
        if ov > 0.5 * (q['end'] - q['start']):
            return g
    return None


def main():
    gold, before, after = (load(p) for p in sys.argv[1:4])
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    counts, changed = collections.Counter(), []
    for gid, gd in gold.items():
        old = {(q['start'], q['end']): q for q in before.get(gid, {}).get('quotes', [])}
        for q in after.get(gid, {}).get('quotes', []):
            a = old.get((q['start'], q['end']))
            if not a or a.get('speaker') == q.get('speaker'):
                continue
            g = gold_quote(gd, q)
            ok_a = ok_b = None
            if g:
                ok_a = S.speaker_ok(dict(a, parts=None), g, False, 'name')
                ok_b = S.speaker_ok(dict(q, parts=None), g, False, 'name')
            counts[(ok_a, ok_b)] += 1
            changed.append((gid, a, q, g, ok_a, ok_b))
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(v, 'before right' if k[0] else 'before wrong' if k[0] is False else 'no gold',
              '->', 'after right' if k[1] else 'after wrong' if k[1] is False else 'no gold')
    random.seed(2)
    random.shuffle(changed)
    for gid, a, q, g, ok_a, ok_b in changed[:n]:
        text = gold[gid]['text']
        m = q.get('speaker_mention') or {}
        print('==', gid, 'before=', a.get('speaker'), ok_a, 'after=', q.get('speaker'), ok_b,
              'gold=', g and g.get('speaker'))
        print('   ', text[max(0, q['start'] - 350):max(q['end'], m.get('end', 0)) + 30].replace('\n', ' ¶ '))


if __name__ == '__main__':
    main()
