#!/usr/bin/env python3
"""Fit quoth's confidence table (lexicons/en/confidence.tsv) on a gold set.

usage: calibrate.py GOLD.jsonl SYSTEM.jsonl [--holdout] [--min-n N] [--prior M]

A statement is right when its span matches a gold quote (overlap > 0.5, the
headline rule of ../shared/tools/score_quotes.py) and its speaker is right;
a statement with several parts scores the fraction of its parts that are.
The confidence of a bucket is its smoothed rate of right statements,
(right + M * p) / (n + M), where p is the rate of the rule (or of all
statements, for a rule's own row), so small buckets lean on larger ones.

Buckets: "RULE/RESOLUTION" (resolution as quoth writes resolved_by) and
"RULE" for any resolution (role links only get the rule's row: the
gold keeps surface forms, so the scorer cannot judge them); buckets with fewer than --min-n statements are left out and the
engine falls back to the rule's row, then to the rule's own confidence.

Without --holdout, prints the table.  With --holdout, fits on the even
documents (in gold order) and reports the expected calibration error (ECE,
10 equal-width bins) and Brier score on the odd ones, before and after.
"""
import argparse
import collections
import json
import os
import sys

TOOLS = os.environ.get('QUOTH_SCORER_DIR', os.path.join(os.path.dirname(__file__), '../../../shared/tools'))
sys.path.insert(0, TOOLS)
import score_quotes as S  # noqa: E402

HEADER = '''\
# confidence.tsv - statement confidence by attribution rule and resolution.
#
# RULE/RESOLUTION (or RULE alone, for any resolution) <TAB> confidence (0..1)
# <TAB> statements it was measured on.  The confidence is the rate of right
# statements (span and speaker both right) that the rule and resolution had
# on the PolNeAR training set, smoothed toward the rule's rate for small
# buckets; rules and buckets with fewer than 30 statements are absent and
# keep the confidence the rule sets itself.  Regenerate after changing the
# rules (docs/evaluation.md, "Confidence"):
#   quoth --input jsonl --replace-invalid polnear-train.jsonl > sys.jsonl
#   python3 docs/tools/calibrate.py polnear-train.jsonl sys.jsonl
# The gold leaves many pronoun speakers unresolved, which lowers the
# measured rate of pronoun rows; treat them as conservative.
'''


def labelled(gold_path, sys_path):
    """(doc index, statement, rightness in [0, 1]) for every system statement."""
    gold = [json.loads(l) for l in open(gold_path, encoding='utf-8') if l.strip()]
    system = {}
    for l in open(sys_path, encoding='utf-8'):
        if l.strip():
            d = json.loads(l)
            system[d.get('id')] = d
    out = []
    for di, gd in enumerate(gold):
        text, gq = gd['text'], gd['quotes']
        units, owner = [], []
        stmts = system.get(gd['id'], {}).get('quotes', [])
        for si, q in enumerate(stmts):
            for a, b in q.get('parts') or [[q['start'], q['end']]]:
                units.append(dict(q, start=int(a), end=int(b), parts=None))
                owner.append(si)
        right = collections.Counter()
        for i, j in S.match_doc(gq, units, text, 'overlap', 0.5):
            right[owner[j]] += S.speaker_ok(units[j], gq[i], False, 'name')
        nparts = collections.Counter(owner)
        for si, q in enumerate(stmts):
            out.append((di, q, right[si] / max(1, nparts[si])))
    return out


def fit(rows, min_n, prior):
    tot = sum(r for _, _, r in rows) / max(1, len(rows))
    by_rule, by_res = collections.defaultdict(list), collections.defaultdict(list)
    for _, q, r in rows:
        if q.get('speaker') is not None:  # the rule's row is for statements with a speaker
            by_rule[q.get('rule')].append(r)
        by_res[(q.get('rule'), res_of(q))].append(r)
    table = {}
    # Role links ("his spokesman" -> "spokesman of X", "the president" ->
    # the president named earlier) score as wrong wherever the gold keeps
    # the surface form, so their measured rate says nothing; they take the
    # rule's row instead.
    by_res = {k: v for k, v in by_res.items() if k[1] != 'role'}
    for rule in sorted({ru for ru, _ in by_res} | set(by_rule)):
        v = by_rule.get(rule, [])
        p = (sum(v) + prior * tot) / (len(v) + prior)
        if len(v) >= min_n:
            table[f'{rule}'] = (p, len(v))
        for (ru, res), w in by_res.items():
            if ru == rule and len(w) >= min_n:
                table[f'{rule}/{res}'] = ((sum(w) + prior * p) / (len(w) + prior), len(w))
    return table


def res_of(q):
    """The bucket's resolution: "none" for every statement without a speaker
    (a continuation of an unattributed quote has none either)."""
    return 'none' if q.get('speaker') is None else q.get('resolved_by')


def apply(table, q):
    keys = [f'{q.get("rule")}/{res_of(q)}']
    if q.get('speaker') is not None:
        keys.append(f'{q.get("rule")}')
    for key in keys:
        if key in table:
            return round(table[key][0], 2)
    return q.get('confidence', 0.5)


def bins(pairs, n=10):
    b = collections.defaultdict(list)
    for c, r in pairs:
        b[min(n - 1, int(c * n + 1e-9))].append(r)
    return b


def ece(pairs, bins=10):
    b = collections.defaultdict(list)
    for c, r in pairs:
        b[min(bins - 1, int(c * bins))].append((c, r))
    n = len(pairs)
    e = sum(len(v) / n * abs(sum(c for c, _ in v) / len(v) - sum(r for _, r in v) / len(v)) for v in b.values())
    brier = sum((c - r) ** 2 for c, r in pairs) / n
    return e, brier


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('gold')
    ap.add_argument('system')
    ap.add_argument('--holdout', action='store_true')
    ap.add_argument('--min-n', type=int, default=30)
    ap.add_argument('--prior', type=float, default=10.0)
    args = ap.parse_args()
    rows = labelled(args.gold, args.system)
    if args.holdout:
        train = [r for r in rows if r[0] % 2 == 0]
        test = [r for r in rows if r[0] % 2 == 1]
        table = fit(train, args.min_n, args.prior)
        before = ece([(q.get('confidence', 0.5), r) for _, q, r in test])
        after = ece([(apply(table, q), r) for _, q, r in test])
        print(f'held-out statements {len(test)}: ECE {before[0]:.3f} -> {after[0]:.3f}, '
              f'Brier {before[1]:.3f} -> {after[1]:.3f}')
        print('| confidence | statements (before) | right (before) | statements (after) | right (after) |')
        print('|---|---|---|---|---|')
        rb, ra = bins([(q.get('confidence', 0.5), r) for _, q, r in test]), bins([(apply(table, q), r) for _, q, r in test])
        for k in range(10):
            b, a = rb.get(k, []), ra.get(k, [])
            cell = lambda v: f'{len(v)} | {sum(v) / len(v):.2f}' if v else '0 | -'
            print(f'| {k / 10:.1f}-{(k + 1) / 10:.1f} | {cell(b)} | {cell(a)} |')
        return
    table = fit(rows, args.min_n, args.prior)
    print(HEADER, end='')
    for k in sorted(table):
        print(f'{k}\t{table[k][0]:.2f}\t{table[k][1]}')


if __name__ == '__main__':
    main()
