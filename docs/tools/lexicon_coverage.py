#!/usr/bin/env python3
"""lexicon_coverage.py - how many gold cues the English cue lexicons know.

Usage: lexicon_coverage.py LEXDIR GOLD.jsonl

For every gold quote with a cue, the cue counts as covered when the whole
cue is in cue_phrases.tsv, a cue phrase occurs inside it, or one of its
words (punctuation stripped) is a form in speech_verbs.tsv (first column)
or, for the second figure, cognition_verbs.tsv.  Prints one line per
setting with coverage per kind.  This measures the data only: whether
attribution finds the cue in context is measured in evaluation.md.
"""
import collections
import json
import sys
import unicodedata


def norm(s):
    return unicodedata.normalize("NFC", s).lower().replace("\u2019", "'").strip()


def keys(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.lstrip().startswith("#"):
                out.add(norm(line.split("\t")[0]))
    return out


def covered(cue, verbs, phrases, multi):
    if cue in phrases or any(p in cue for p in multi):
        return True
    return any(w.strip(":;,.!?\"'") in verbs for w in cue.split())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    lexdir, gold = sys.argv[1], sys.argv[2]
    speech = keys(lexdir + "/en/speech_verbs.tsv")
    attitude = keys(lexdir + "/en/cognition_verbs.tsv")
    phrases = keys(lexdir + "/en/cue_phrases.tsv")
    multi = [p for p in phrases if " " in p]
    cues = []
    with open(gold, encoding="utf-8") as f:
        for line in f:
            for q in json.loads(line).get("quotes", []):
                if q.get("cue"):
                    cues.append((q.get("kind", "?"), norm(q["cue"])))
    for name, verbs in (("speech_verbs+cue_phrases", speech),
                        ("+cognition_verbs", speech | attitude)):
        tot, hit = collections.Counter(), collections.Counter()
        for kind, cue in cues:
            tot[kind] += 1
            hit[kind] += covered(cue, verbs, phrases, multi)
        parts = ["%s=%.3f (%d/%d)" % (k, hit[k] / tot[k], hit[k], tot[k]) for k in sorted(tot)]
        allk = sum(hit.values()) / max(1, sum(tot.values()))
        print("%-26s all=%.3f %s" % (name, allk, " ".join(parts)))


if __name__ == "__main__":
    main()
