#!/usr/bin/env python3
# gold quotes whose speaker mention is a relative pronoun: matched / missed / partial
import collections, json, sys, random
sys.path.insert(0, '/work/shared/tools')
import score_quotes as S
gold = {json.loads(l)['id']: json.loads(l) for l in open('/work/shared/eval/polnear-train.jsonl')}
system = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
cnt = collections.Counter(); ex = collections.defaultdict(list)
for gid, gd in gold.items():
    text, gq = gd['text'], gd['quotes']
    sq = []
    for q in system.get(gid, {}).get('quotes', []):
        for a, b in q.get('parts') or [[q['start'], q['end']]]:
            sq.append(dict(q, start=a, end=b, parts=None))
    pairs = S.match_doc(gq, sq, text, 'overlap', 0.5)
    mg = {i for i, _ in pairs}
    for i, g in enumerate(gq):
        sm = (g.get('speaker_mention') or '').lower()
        if sm not in ('who', 'which', 'that'): continue
        gp = S.pieces(g, text)
        best = max([S.inter(gp, S.pieces(s, text)) / max(1, S.length(gp)) for s in sq] or [0])
        st = 'matched' if i in mg else ('none' if best == 0 else 'partial')
        cnt[(sm, g['kind'], st)] += 1
        ex[st].append((gid, g, best))
for k, v in sorted(cnt.items()): print(k, v)
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
for st in sys.argv[2].split(',') if len(sys.argv) > 2 else []:
    L = ex[st]; random.shuffle(L)
    for gid, g, best in L[:15]:
        t = gold[gid]['text']
        lo = min(g['start'], g.get('speaker_start') or g['start'])
        print(f"-- {st} {best:.2f} cue={g.get('cue')!r} Q=[{g['text'][:70]!r}]")
        print('   ', t[max(0, lo - 50):g['end'] + 30].replace('\n', ' ¶ '))
if len(sys.argv) > 4:
    c = collections.Counter((g.get('cue') or '').lower() for gid, g, b in ex['none'])
    print(c.most_common(80))
