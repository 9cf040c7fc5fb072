#!/usr/bin/env python3
"""Gold mixed fragments and the system statement parts that overlap them.

usage: mixed_fragments.py GOLD.jsonl SYSTEM.jsonl [summary | list CLASS N | spurious N]

For every gold fragment of kind "mixed" it finds the system parts sharing
code points with it (after the scorer's span normalization) and classes it:
  match      matched (overlap > 0.5, scorer's one-to-one pairing)
  short      best overlapping part covers <= half of it, and that part is
             matched to no gold fragment (a boundary error: also spurious)
  taken      every overlapping part is matched to another gold fragment
  short-taken  a part covers <= half, matched elsewhere
  none       no system part touches it
'list CLASS N' prints N random fragments of a class with the system parts
(kind, rule, coverage, which gold they matched); 'spurious N' prints system
parts matched to no gold at all, with the gold fragments they touch.
Uses the scorer in /work/shared/tools (score_quotes.py).
"""
import collections
import json
import random
import sys

sys.path.insert(0, '/work/shared/tools')
import score_quotes as S  # noqa: E402


def load(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            out[d['id']] = d
    return out


def units(doc):
    out = []
    for q in (doc or {}).get('quotes', []):
        for a, b in q.get('parts') or [[q['start'], q['end']]]:
            out.append(dict(q, start=a, end=b, parts=None))
    return out


def main():
    gold, system = load(sys.argv[1]), load(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else 'summary'
    rows, spur = [], []
    for gid, gd in gold.items():
        text, gq = gd['text'], gd['quotes']
        sq = units(system.get(gid))
        pairs = S.match_doc(gq, sq, text, 'overlap', 0.5)
        g2s = {i: j for i, j in pairs}
        s2g = {j: i for i, j in pairs}
        gp = [S.pieces(q, text) for q in gq]
        sp = [S.pieces(q, text) for q in sq]
        for i, g in enumerate(gq):
            if g['kind'] != 'mixed':
                continue
            lg = S.length(gp[i]) or 1
            over = [(S.inter(gp[i], sp[j]) / lg, j) for j in range(len(sq))
                    if S.inter(gp[i], sp[j])]
            over.sort(reverse=True)
            if i in g2s:
                cls = 'match'
                ok = S.speaker_ok(sq[g2s[i]], g, False, 'name')
                cls += '-spk' if ok else '-BADSPK'
            elif not over:
                cls = 'none'
            elif over[0][0] > 0.5:
                cls = 'taken'
            else:
                cls = 'short' if over[0][1] not in s2g else 'short-taken'
            rows.append((cls, gid, i, over, text, g, sq, s2g, gq))
        for j, s in enumerate(sq):
            if j not in s2g:
                touch = [i for i in range(len(gq)) if S.inter(gp[i], sp[j])]
                spur.append((gid, s, touch, text, gq, sp[j], gp))
    if mode == 'summary':
        c = collections.Counter(r[0] for r in rows)
        for k, v in c.most_common():
            print(f'{v:6d} {k}')
        print(f'{len(rows):6d} gold mixed')
        k = collections.Counter()
        for r in rows:
            if r[0].startswith('match'):
                k[('matched by', r[6][r[3][0][1]].get('kind') if r[3] else None)] += 1
        for key, v in k.most_common():
            print(f'{v:6d} {key}')
        sk = collections.Counter()
        for gid, s, touch, text, gq, _, _ in spur:
            kinds = tuple(sorted({gq[i]['kind'] for i in touch})) or ('no gold',)
            sk[(s.get('kind'), kinds)] += 1
        print(f'{len(spur):6d} spurious parts (system kind, kinds of gold touched):')
        for key, v in sk.most_common():
            print(f'{v:6d} {key}')
        return
    random.seed(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    if mode == 'list':
        want = sys.argv[4] if len(sys.argv) > 4 else 'short'
        n = int(sys.argv[5]) if len(sys.argv) > 5 else 30
        random.seed(1)
        sel = [r for r in rows if r[0] == want]
        random.shuffle(sel)
        for cls, gid, i, over, text, g, sq, s2g, gq in sel[:n]:
            print(f'== {cls} {gid} gold[{g["start"]},{g["end"]}] spk={g.get("speaker_mention")!r} cue={g.get("cue")!r}')
            print('   GOLD:', text[g['start']:g['end']].replace('\n', ' ¶ '))
            lo = min([g['start']] + [sq[j]['start'] for _, j in over])
            hi = max([g['end']] + [sq[j]['end'] for _, j in over])
            print('   CTX :', text[max(0, lo - 120):hi + 60].replace('\n', ' ¶ '))
            for cov, j in over[:4]:
                s = sq[j]
                other = s2g.get(j)
                tag = 'unmatched' if other is None else (
                    'this' if other == i else f'matched {gq[other]["kind"]} [{gq[other]["start"]},{gq[other]["end"]}]')
                print(f'   SYS {s.get("kind")} {s.get("rule")} cov={cov:.2f} [{s["start"]},{s["end"]}] '
                      f'spk={s.get("speaker")!r} {tag}:', text[s['start']:s['end']].replace('\n', ' ¶ '))
    elif mode == 'spurious':
        n = int(sys.argv[4]) if len(sys.argv) > 4 else 30
        random.seed(1)
        random.shuffle(spur)
        for gid, s, touch, text, gq, _, _ in spur[:n]:
            print(f'== SPUR {s.get("kind")} {s.get("rule")} {gid} [{s["start"]},{s["end"]}] spk={s.get("speaker")!r}')
            print('   SYS :', text[s['start']:s['end']].replace('\n', ' ¶ '))
            print('   CTX :', text[max(0, s['start'] - 150):s['end'] + 80].replace('\n', ' ¶ '))
            for i in touch[:3]:
                g = gq[i]
                print(f'   GOLD {g["kind"]} [{g["start"]},{g["end"]}]:', text[g['start']:g['end']].replace('\n', ' ¶ '))


if __name__ == '__main__':
    main()
