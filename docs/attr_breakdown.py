#!/usr/bin/env python3
"""Attribution breakdown: span recall and speaker accuracy per gold kind, and
speaker accuracy per quoth resolution method and rule, on the pairs that
score_quotes.py matches (overlap > 0.5).

Usage: attr_breakdown.py GOLD.jsonl SYSTEM.jsonl [SCORER_DIR]
SYSTEM is quoth's JSONL output (needs "resolved_by" and "rule" per quote).
"""
import collections
import json
import sys

sys.path.insert(0, sys.argv[3] if len(sys.argv) > 3 else '/work/shared/tools')
import score_quotes as S  # noqa: E402


def main():
    gold = {}
    for line in open(sys.argv[1], encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            gold[d['id']] = d
    system = {}
    for line in open(sys.argv[2], encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            system[d['id']] = d
    by_res = collections.defaultdict(lambda: [0, 0])
    by_rule = collections.defaultdict(lambda: [0, 0, 0])
    for gid, gd in gold.items():
        text, gq = gd['text'], gd['quotes']
        sq = []
        for q in system.get(gid, {}).get('quotes', []):
            for a, b in q.get('parts') or [[q['start'], q['end']]]:
                sq.append(dict(q, start=a, end=b, parts=None))
        pairs = S.match_doc(gq, sq, text, 'overlap', 0.5)
        matched = {j for _, j in pairs}
        for i, j in pairs:
            ok = S.speaker_ok(sq[j], gq[i], False, 'name')
            by_res[sq[j].get('resolved_by')][0] += 1
            by_res[sq[j].get('resolved_by')][1] += ok
            by_rule[sq[j].get('rule')][0] += 1
            by_rule[sq[j].get('rule')][1] += ok
        for j, q in enumerate(sq):
            if j not in matched:
                by_rule[q.get('rule')][2] += 1
    print('resolution     matched  speaker_acc')
    for k, (n, ok) in sorted(by_res.items(), key=lambda kv: -kv[1][0]):
        print(f'{str(k):<14}{n:>8}  {ok / n if n else 0:.3f}')
    print('rule                     matched  speaker_acc  unmatched')
    for k, (n, ok, sp) in sorted(by_rule.items(), key=lambda kv: -kv[1][0]):
        print(f'{str(k):<24}{n:>8}  {ok / n if n else 0:11.3f}  {sp:>9}')


if __name__ == '__main__':
    main()
