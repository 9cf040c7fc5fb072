#!/usr/bin/env python3
"""schema_check.py - quoth's JSONL output validates against the shipped schema.

Usage: schema_check.py SCHEMA QUOTH INPUT...   (TAP on stdout)

Needs the jsonschema module (Debian: python3-jsonschema); without it the
test is skipped.  Each INPUT runs through `QUOTH --keep-fields source,tags`
in the three offset modes; every line must validate.  A final test makes
sure the schema is not vacuous: damaged copies of a real line must fail.
"""
import copy
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("1..1")
    print("ok 1 # SKIP python3 module jsonschema not installed (python3-jsonschema)")
    sys.exit(0)


def damaged(doc):
    """Copies of doc that break the schema in different ways."""
    out = []
    for key, bad in (("kind", "bogus"), ("confidence", 1.5), ("parts", []),
                     ("start", -1), ("speaker", 7)):
        if doc["quotes"]:
            d = copy.deepcopy(doc)
            d["quotes"][0][key] = bad
            out.append(d)
    d = copy.deepcopy(doc)
    del d["diagnostics"]
    out.append(d)
    if doc["quotes"]:
        d = copy.deepcopy(doc)
        d["quotes"][0]["unexpected"] = 1
        out.append(d)
    return out


def main():
    schema_path, quoth, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    modes = ("codepoint", "byte", "utf16")
    print("1..%d" % (len(inputs) * len(modes) + 1))
    n, failed, sample = 0, False, None
    for path in inputs:
        for mode in modes:
            out = subprocess.run([quoth, "--offsets", mode, "--keep-fields", "source,tags", path],
                                 stdout=subprocess.PIPE, check=False).stdout
            lines = out.decode("utf-8").splitlines()
            errors = []
            for i, line in enumerate(lines, 1):
                doc = json.loads(line)
                if doc["quotes"] and sample is None:
                    sample = doc
                errors += ["line %d: %s" % (i, e.message) for e in validator.iter_errors(doc)]
            n += 1
            ok = lines and not errors
            failed |= not ok
            print("%s %d - %s --offsets %s: %d documents valid" % (
                "ok" if ok else "not ok", n, path, mode, len(lines) - len(errors)))
            for e in errors[:10]:
                print("# " + e)
    n += 1
    caught = sample is not None and all(not validator.is_valid(d) for d in damaged(sample))
    failed |= not caught
    print("%s %d - the schema rejects damaged output" % ("ok" if caught else "not ok", n))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
