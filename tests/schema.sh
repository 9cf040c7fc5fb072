#!/bin/sh
# schema.sh - the JSONL output validates against docs/quoth-output.schema.json
# (tests/schema_check.py; skipped without python3 and python3-jsonschema).
: "${QUOTH:=./quoth}" "${srcdir:=.}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..1"
  echo "ok 1 # SKIP python3 not found"
  exit 0
fi
exec python3 "$srcdir/tests/schema_check.py" "$srcdir/docs/quoth-output.schema.json" "$QUOTH" \
  "$srcdir/docs/examples/libya-tripoli.txt" "$srcdir/tests/fixtures/offsets.jsonl" \
  "$srcdir/tests/fixtures/cli-records.jsonl"
