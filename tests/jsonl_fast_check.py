#!/usr/bin/env python3
"""jsonl_fast_check.py - the JSONL fast path gives jansson's answers.

Usage: jsonl_fast_check.py QUOTH EDGE.jsonl   (TAP on stdout)

The CLI reads flat records with its own scanner (src/cli/jsonl_fast.c) and
leaves everything else to jansson; QUOTH_CLI_JSON=general turns the scanner
off.  Both must give the same stdout, stderr and exit status on the edge
cases in EDGE.jsonl and on thousands of random mutations of a record
(escapes, surrogates, numbers, lists, invalid UTF-8, control bytes).
"""
import os
import random
import subprocess
import sys
import tempfile

BASE = (b'{"id": "m", "n": [1, 2.5, "s", true], "src": "w", '
        b'"text": "\\u201cA \\"b\\" \xc3\xa9\\n\\ud83d\\ude00 \\/,\\u201d he said."}')
ALPHABET = b'"\\{}[],:0123456789eE.-+ tfnulrsau\x00\x1f\x7f\x80\xbf\xc3\xe2\xed\xf0\xf4\xff'


def mutations(count, seed):
    rnd = random.Random(seed)
    for _ in range(count):
        b = bytearray(BASE)
        for _ in range(rnd.randint(1, 3)):
            pos, op = rnd.randrange(len(b)), rnd.random()
            if op < 0.4:
                b[pos] = rnd.choice(ALPHABET)
            elif op < 0.7:
                del b[pos]
            else:
                b.insert(pos, rnd.choice(ALPHABET))
        yield bytes(b).replace(b"\n", b" ")


def run(quoth, args, path, general):
    env = dict(os.environ)
    if general:
        env["QUOTH_CLI_JSON"] = "general"
    else:
        env.pop("QUOTH_CLI_JSON", None)
    p = subprocess.run([quoth, "--jobs", "2"] + args + [path], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return p.returncode, p.stdout, p.stderr


def main():
    quoth, edge = sys.argv[1], sys.argv[2]
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as f:
        f.write(b"\n".join(mutations(3000, 6)) + b"\n")
        mutated = f.name
    cases = [(edge, []), (edge, ["--keep-fields", "source,tags,n,b,meta,src,v"]),
             (edge, ["--format", "tsv", "--keep-fields", "tags,n", "--id-field", "n"]),
             (mutated, []), (mutated, ["--keep-fields", "n,src", "--text-field", "src"])]
    print("1..%d" % len(cases))
    failed = False
    for n, (path, args) in enumerate(cases, 1):
        fast, general = run(quoth, args, path, False), run(quoth, args, path, True)
        ok = fast == general
        failed |= not ok
        docs = fast[1].count(b"\n")
        print("%s %d - %s %s: same output, messages and status (%d lines)" % (
            "ok" if ok else "not ok", n, os.path.basename(path), " ".join(args), docs))
    os.unlink(mutated)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
