#!/bin/sh
# jsonl.sh - the CLI's JSONL fast path agrees with jansson on edge cases and
# random mutations (tests/jsonl_fast_check.py).
: "${QUOTH:=./quoth}" "${srcdir:=.}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..1"
  echo "ok 1 # SKIP python3 not found"
  exit 0
fi
exec python3 "$srcdir/tests/jsonl_fast_check.py" "$QUOTH" "$srcdir/tests/fixtures/jsonl-edge.jsonl"
