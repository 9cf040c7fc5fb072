#!/bin/sh
# cli.sh - command-line behaviour: exit statuses, messages, bad input.
# Output is TAP.
set -u
: "${QUOTH:=./quoth}" "${srcdir:=.}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; fail=1; }
# expect NAME STATUS STDERR-PATTERN -- ARGS...: runs quoth ARGS, checks both.
expect() {
  name=$1 want=$2 pattern=$3
  shift 4
  "$QUOTH" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  got=$?
  if [ "$got" != "$want" ]; then
    notok "$name (exit $got, expected $want)"; sed 's/^/# /' "$tmp/err"; return
  fi
  if [ -n "$pattern" ] && ! grep -q -- "$pattern" "$tmp/err"; then
    notok "$name (stderr lacks '$pattern')"; sed 's/^/# /' "$tmp/err"; return
  fi
  ok "$name"
}

echo "1..16"
expect "--version" 0 "" -- --version
grep -q "^quoth [0-9]" "$tmp/out" && ok "--version prints the version" || notok "--version output"
expect "--help" 0 "" -- --help
grep -q "usage: quoth" "$tmp/out" && ok "--help prints usage" || notok "--help output"
expect "unknown command" 2 "unknown command" -- frobnicate
expect "unknown option" 2 "unknown option" -- extract --no-such-option
expect "bad --format" 2 "expected jsonl, tsv or text" -- extract --format xml
expect "missing file" 1 "no-such-file.txt" -- extract "$tmp/no-such-file.txt"
expect "missing lexicon directory" 2 "cannot load lexicons" -- extract --lexicons "$tmp/none" "$srcdir/docs/examples/libya-tripoli.txt"

printf 'ok \377 bad\n' > "$tmp/bad.txt"
expect "invalid UTF-8 names file and byte" 1 "bad.txt: invalid UTF-8 at byte 3" -- extract "$tmp/bad.txt"
expect "--replace-invalid processes it" 0 "" -- extract --replace-invalid "$tmp/bad.txt"

# A JSONL file with bad records between good ones: every good one is processed.
{
  echo '{"id": "a", "text": "\u201cOne,\u201d she said."}'
  echo '{"id": "b", "text": "truncated'
  echo '[1, 2, 3]'
  echo '{"id": "c"}'
  echo '{"id": "d", "text": 42}'
  echo ''
  echo '{"id": "e", "text": "\u201cTwo,\u201d he said."}'
} > "$tmp/mixed.jsonl"
expect "bad JSONL records reported" 1 "mixed.jsonl:2: invalid JSON" -- extract "$tmp/mixed.jsonl"
ids=$(grep -o '^{"id":"[a-z]"' "$tmp/out" | cut -c8 | tr -d '\n')
[ "$ids" = "ae" ] && ok "good records around bad ones all processed" || notok "good records: got '$ids'"
grep -q 'mixed.jsonl:4: no "text" field' "$tmp/err" && ok "missing text field named with record" \
  || notok "missing text field message"

expect "check rejects an unknown rule" 2 "unknown rule 'no-such-rule'" -- check --enable no-such-rule "$srcdir/docs/examples/libya-tripoli.txt"
expect "verify requires --claims" 2 "--claims CLAIMS.jsonl is required" -- verify "$srcdir/docs/examples/libya-tripoli.txt"
exit $fail
