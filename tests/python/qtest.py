"""Helpers shared by the Python tests: the CLI, the sources, the corpus."""
import itertools
import os
import subprocess

SRCDIR = os.environ.get("srcdir", ".")
QUOTH = os.environ.get("QUOTH", "./quoth")
SAMPLE = os.path.join(SRCDIR, "tests", "python", "sample.jsonl")
EXAMPLE = os.path.join(SRCDIR, "docs", "examples", "libya-tripoli.txt")


def cli(*args, stdin=None):
    """`quoth ARGS` (one thread, no progress): (exit status, stdout str)."""
    p = subprocess.run([QUOTH] + list(args[:1]) + ["--quiet", "--jobs", "1"] + list(args[1:]),
                       input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=300)
    return p.returncode, p.stdout.decode("utf-8")


def corpus_path():
    """The BBC corpus beside the source tree (../shared), or None."""
    for p in (os.environ.get("QUOTH_CORPUS"),
              os.path.join(SRCDIR, "..", "shared", "corpus", "bbc2225.jsonl"),
              "/work/shared/corpus/bbc2225.jsonl"):
        if p and os.path.isfile(p):
            return p
    return None


def corpus_sample(every, limit):
    """Every every-th corpus line, at most limit of them ([] without corpus)."""
    path = corpus_path()
    if not path:
        return []
    with open(path, encoding="utf-8") as f:
        return list(itertools.islice(itertools.islice(f, 0, None, every), limit))
