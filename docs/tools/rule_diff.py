#!/usr/bin/env python3
"""Per-rule diff of two quoth outputs on PolNeAR train (docs/recall.md).

Usage: rule_diff.py BEFORE.jsonl AFTER.jsonl [RULE [N]]

For every statement part in AFTER that is not in BEFORE (same start, end
and speaker): is it matched (covers > 0.5 of a gold fragment, the
headline rule of score_quotes.py), with the right speaker?  Counts per
rule, then N unmatched parts of RULE with their context, to read by hand.
"""
import collections, json, sys, random
sys.path.insert(0, '/work/shared/tools')
import score_quotes as S
gold = {json.loads(l)['id']: json.loads(l) for l in open('/work/shared/eval/polnear-train.jsonl')}
base = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
new = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[2])}
show = sys.argv[3] if len(sys.argv) > 3 else None
N = int(sys.argv[4]) if len(sys.argv) > 4 else 20
stat = collections.Counter(); unm = collections.defaultdict(list); lost = collections.Counter()
def key(q): return (q['start'], q['end'], q['speaker'])
for gid, gd in gold.items():
    text = gd['text']
    bk = {key(q) for q in base[gid]['quotes']}
    nk = {key(q) for q in new[gid]['quotes']}
    for q in base[gid]['quotes']:
        if key(q) not in nk: lost[q['rule']] += 1
    gq = gd['quotes']
    for q in new[gid]['quotes']:
        if key(q) in bk: continue
        r = q['rule']
        for a, b in q.get('parts') or [[q['start'], q['end']]]:
            sp = S.pieces({'start': a, 'end': b}, text)
            best = None
            for g in gq:
                gp = S.pieces(g, text)
                sc = S.inter(gp, sp) / max(1, S.length(gp))
                if sc > 0.5 and (best is None or sc > best[0]): best = (sc, g)
            if best:
                g = best[1]
                ok = S.speaker_ok(q, g, False, 'name')
                stat[(r, 'match')] += 1
                stat[(r, 'spk')] += bool(ok)
            else:
                stat[(r, 'nomatch')] += 1
                unm[r].append((gid, a, b, q))
rules = sorted({r for r, _ in stat})
for r in rules: print(f"{r:30s} match {stat[(r,'match')]:4d} (spk ok {stat[(r,'spk')]:4d}) nomatch {stat[(r,'nomatch')]:4d}")
print('lost (changed/removed) by rule:', dict(lost))
if show:
    L = unm[show]; random.seed(4); random.shuffle(L)
    for gid, a, b, q in L[:N]:
        t = gold[gid]['text']
        print('--', t[max(0, a - 150):a].replace('\n', ' ¶ '), '<<', t[a:b], '>>', t[b:b + 40].replace('\n', ' ¶ '), '| spk', q['speaker'])
