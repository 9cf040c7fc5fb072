#!/usr/bin/env python3
"""make-seeds.py - writes the seed corpus fuzz/corpus/ (run from the source tree).

Each seed is 4 header bytes (mode, options, language/file, max size; see
fuzz/fuzz_quoth.c) followed by the payload.  Reproducers of bugs found later
are added to fuzz/corpus/ by hand as regress-*; this script never deletes them.
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "corpus")
os.makedirs(out, exist_ok=True)
article = open(os.path.join(here, "..", "docs", "examples", "libya-tripoli.txt"), "rb").read()

LDQ, RDQ, LSQ, RSQ = "\u201c", "\u201d", "\u2018", "\u2019"
seeds = {
    "article": (0, 0, 0, 0, article),
    "article-split": (1, 0, 0, 0, article),
    "article-lines": (0, 2, 0, 0, article),
    "article-plain-icu": (1, 8, 0, 0, article[:800]),
    "empty": (0, 0, 0, 0, b""),
    "short": (0, 0, 0, 0, b"\""),
    "say": (0, 0, 0, 0, (LDQ + "We will win," + RDQ + " Prime Minister Jane Doe said.").encode()),
    "nested": (0, 0, 0, 0, (LDQ + "He told me " + LSQ + "never" + RSQ + " again," + RDQ
                             + " she said.").encode()),
    "unbalanced": (0, 0, 0, 0, (LDQ * 5 + " open " + RDQ + " \" \" \" end").encode()),
    "continued": (0, 0, 0, 0, (LDQ + "First paragraph.\n\n" + LDQ + "Second," + RDQ
                                + " he said.").encode()),
    "guillemets-de": (0, 0, 3, 0, "\u201eJa\u201c, sagte er. \u00bbNein\u00ab \u00abnon\u00bb".encode()),
    "lang-bad": (0, 0, 11, 0, b"text"),
    "lang-empty": (0, 0, 6, 0, b"text"),
    "invalid-utf8": (0, 0, 0, 0, b"a \xff b \xc0\xaf c \xe0\x80\xaf d \xed\xa0\x80 e \xf4\x90\x80\x80 f \xe2\x80"),
    "invalid-utf8-replace": (0, 1, 0, 0, b"\"a \xff b,\" \xc0\xaf said \xe2\x80 Mr. X\xf0\x9f. \"\xfe\""),
    "nul": (0, 1, 0, 0, b"\"one\x00two,\" he said\x00."),
    "bom-mid": (0, 1, 0, 0, b"\xef\xbb\xbfStart. \xef\xbb\xbf\"Mid,\" she said."),
    "line-breaks": (0, 2, 0, 0, "a\rb\r\nc\u2028d\u2029e\x85f\x0bg\x0ch".encode()),
    "max-bytes": (0, 0, 0, 3, b"\"This is longer than twenty-one bytes,\" he said."),
    "astral": (0, 0, 0, 0, ("\U0001F600 " + LDQ + "\U0001F4A9," + RDQ + " said \U00010400.").encode()),
    "abbrev": (1, 0, 0, 0, b"Mr. Smith met Dr. J. R. R. Tolkien at 3 p.m. in the U.S. He left. Gen. Haftar said so."),
    "spaces": (0, 0, 0, 0, " \u00a0\u3000\t\n\n \u2029 ".encode()),
    "lexicon-ok": (2, 0, 0, 0, "\u201c\t\u201d\t*\n".encode()),
    "lexicon-bad-columns": (2, 0, 0, 0, b"# comment\nonly-one-column\n"),
    "lexicon-empty-key": (2, 0, 1, 0, b"\tsay\tneutral\n"),
    "lexicon-invalid-utf8": (2, 0, 2, 0, b"sa\xffy\tsay\tneutral\n"),
    "lexicon-many-columns": (2, 0, 2, 0, b"a\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\n"),
    "lexicon-long-key": (2, 0, 2, 0, b"x" * 600 + b"\tsay\tneutral\n"),
    "lexicon-crlf": (2, 0, 1, 0, b"said\tsay\tneutral\r\ntold\ttell\tneutral\r\n"),
    "lexicon-empty": (2, 0, 0, 0, b""),
}
for name, (mode, opts, lang, mx, payload) in seeds.items():
    with open(os.path.join(out, name), "wb") as f:
        f.write(bytes([mode, opts, lang, mx]) + payload)
print(f"{len(seeds)} seeds in {out}")
