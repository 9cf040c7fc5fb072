#!/usr/bin/env python3
"""Coverage of en/given_names.tsv: of the gold speakers written as a full
name (two or more capitalized words, no title), how many open with a listed
given name, and with which gender column.

usage: given_name_coverage.py GIVEN_NAMES.tsv GOLD.jsonl"""
import collections, json, re, sys, unicodedata

names = {}
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    name, gender = line.rstrip('\n').split('\t')[:2]
    names[unicodedata.normalize('NFC', name).casefold()] = gender
full = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+$")
seen = set()
count = collections.Counter()
for line in open(sys.argv[2], encoding='utf-8'):
    doc = json.loads(line)
    for q in doc['quotes']:
        s = (q.get('speaker') or '').strip()
        if not full.match(s) or (doc['id'], s) in seen:
            continue
        seen.add((doc['id'], s))
        first = unicodedata.normalize('NFC', s.split()[0]).casefold()
        count['all'] += 1
        count[names.get(first, 'unlisted')] += 1
n = count['all']
print('full-name speakers (per document): %d; first word listed: %.3f (m %d, f %d, - %d), unlisted %d'
      % (n, (n - count['unlisted']) / n, count['m'], count['f'], count['-'], count['unlisted']))
