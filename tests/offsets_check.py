#!/usr/bin/env python3
"""offsets_check.py - every offset quoth reports slices out the text it reports.

Usage: offsets_check.py QUOTH INPUT...   (TAP on stdout)

Runs `QUOTH --offsets MODE INPUT` for MODE in byte, codepoint and utf16 and,
for every document, checks each unit against the original text: quotes,
speaker mentions, cues, entity mentions and diagnostics must slice out
exactly their "text"; parts must slice out the same string in every mode and
lie inside their quote; diagnostics' byte_start/byte_end must agree with the
byte-mode offsets.  Inputs are .txt files (the document is the file) or
.jsonl files (the "text" field of each record, keyed by "id").
"""
import json
import subprocess
import sys

MODES = ("byte", "codepoint", "utf16")


def slicer(text, mode):
    """A function (start, end) -> str in the given offset unit."""
    if mode == "codepoint":
        return lambda s, e: text[s:e]
    if mode == "byte":
        raw = text.encode("utf-8")
        return lambda s, e: raw[s:e].decode("utf-8")
    raw16 = text.encode("utf-16-le")
    return lambda s, e: raw16[2 * s:2 * e].decode("utf-16-le")


def load_texts(path):
    if path.endswith(".jsonl"):
        texts = {}
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):  # quoth's id: the record number
                if line.strip():                   # when the record has none
                    r = json.loads(line)
                    texts[json.dumps(r.get("id", lineno))] = r["text"]
        return texts
    with open(path, encoding="utf-8", newline="") as f:
        return {json.dumps(path): f.read()}


class Checker:
    def __init__(self):
        self.problems = []
        self.counts = {}

    def span(self, what, cut, obj, where):
        self.counts[what] = self.counts.get(what, 0) + 1
        got = cut(obj["start"], obj["end"])
        if got != obj["text"]:
            self.problems.append("%s: %s [%d,%d) slices %r, reported %r"
                                 % (where, what, obj["start"], obj["end"], got, obj["text"]))

    def document(self, mode, text, doc, where):
        cut = slicer(text, mode)
        parts = []
        for q in doc["quotes"]:
            self.span("quote", cut, q, where)
            for key in ("speaker_mention", "cue"):
                if q[key] is not None:
                    self.span(key, cut, q[key], where)
            for s, e in q["parts"]:
                self.counts["part"] = self.counts.get("part", 0) + 1
                if not q["start"] <= s <= e <= q["end"]:
                    self.problems.append("%s: part [%d,%d) outside its quote" % (where, s, e))
                parts.append(cut(s, e))
        for ent in doc["entities"]:
            for m in ent["mentions"]:
                self.span("entity mention", cut, m, where)
        bcut = slicer(text, "byte")
        for d in doc["diagnostics"]:
            self.span("diagnostic", cut, d, where)
            if bcut(d["byte_start"], d["byte_end"]) != d["text"]:
                self.problems.append("%s: diagnostic byte_start/byte_end disagree" % where)
        return parts


def run(quoth, mode, path):
    out = subprocess.run([quoth, "--offsets", mode, "--jobs", "2", path],
                         stdout=subprocess.PIPE, check=False).stdout
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def main():
    quoth, inputs = sys.argv[1], sys.argv[2:]
    print("1..%d" % (len(inputs) * len(MODES) + len(inputs)))
    n, failed = 0, False
    for path in inputs:
        texts = load_texts(path)
        parts_by_mode = {}
        for mode in MODES:
            c = Checker()
            docs = run(quoth, mode, path)
            parts_by_mode[mode] = [c.document(mode, texts[json.dumps(d["id"])], d,
                                              "%s %s" % (path, d["id"])) for d in docs]
            n += 1
            ok = not c.problems and c.counts.get("quote", 0) > 0 and len(docs) == len(texts)
            failed |= not ok
            counts = ", ".join("%d %ss" % (v, k) for k, v in sorted(c.counts.items()))
            print("%s %d - %s --offsets %s: %s" % ("ok" if ok else "not ok", n, path, mode,
                                                   counts or "nothing checked"))
            for p in c.problems[:20]:
                print("# " + p)
        n += 1
        same = parts_by_mode["byte"] == parts_by_mode["codepoint"] == parts_by_mode["utf16"]
        failed |= not same
        print("%s %d - %s: parts slice the same text in every mode" % ("ok" if same else "not ok", n, path))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
