#!/usr/bin/env python3
# statements whose cue sits in ", who ..." after the speaker mention: count, gold span match, sample
import json, sys, re, random
sys.path.insert(0, '/work/shared/tools')
import score_quotes as S
gold = {json.loads(l)['id']: json.loads(l) for l in open('/work/shared/eval/polnear-train.jsonl')}
system = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
n = m = gw = 0; ex = []
for gid, sd in system.items():
    text = gold[gid]['text']
    rel = [q for q in sd['quotes'] if q.get('speaker_mention') and q.get('cue') and
           re.match(r'\s*,\s*who\b[^,]*$', text[q['speaker_mention']['end']:q['cue']['start']])]
    if not rel: continue
    pairs = S.match_doc(gold[gid]['quotes'], rel, text, 'overlap', 0.5)
    ms = {j: i for i, j in pairs}
    for j, q in enumerate(rel):
        n += 1
        if j in ms:
            m += 1
            if (gold[gid]['quotes'][ms[j]].get('speaker_mention') or '').lower() == 'who': gw += 1
        ex.append((j in ms, q['speaker_mention']['text'], text[q['speaker_mention']['start']:q['end'] + 25].replace('\n', ' '), q['text']))
print(f'relative-clause statements {n}, span-matched {m} (gold speaker "who": {gw})')
random.seed(5); random.shuffle(ex)
for e in ex[:int(sys.argv[2]) if len(sys.argv) > 2 else 0]:
    print('--', 'M' if e[0] else '-', '| SPK', e[1], '| CONTENT', e[3][:110]); print('   ', e[2][:230])
