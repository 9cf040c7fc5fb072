#!/bin/sh
# offsets.sh - round trip: every offset in every unit, in every --offsets
# mode, slices out exactly the reported text (tests/offsets_check.py).
: "${QUOTH:=./quoth}" "${srcdir:=.}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..1"
  echo "ok 1 # SKIP python3 not found"
  exit 0
fi
exec python3 "$srcdir/tests/offsets_check.py" "$QUOTH" \
  "$srcdir/docs/examples/libya-tripoli.txt" "$srcdir/tests/fixtures/offsets.jsonl" \
  "$srcdir/tests/fixtures/cli-records.jsonl"
