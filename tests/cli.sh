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

echo "1..36"
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

# A NUL byte inside a JSONL line spoils that record only; a line longer than
# --max-bytes is skipped without being read into memory.
{
  printf '{"id": "n1", "text": "\\u201cOne,\\u201d she said."}\n'
  printf '{"id": "n2", "text": "nul \000 inside"}\n'
  printf '{"id": "n3", "text": "'; head -c 200000 /dev/zero | tr '\0' 'x'; printf '"}\n'
  printf '{"id": "n4", "text": "\\u201cTwo,\\u201d he said."}'   # no final newline
} > "$tmp/nul.jsonl"
expect "NUL byte in a JSONL line" 1 "nul.jsonl:2: invalid JSON" -- extract --max-bytes 100000 "$tmp/nul.jsonl"
ids=$(grep -o '^{"id":"n[0-9]"' "$tmp/out" | cut -c8-9 | tr -d '\n')
[ "$ids" = "n1n4" ] && ok "records around a NUL byte and an oversized line processed" \
  || notok "NUL/oversized neighbours: got '$ids'"
grep -q 'nul.jsonl:3: line longer than the maximum document size' "$tmp/err" \
  && ok "oversized line reported with its record number" || notok "oversized line message"
printf 'a text file\n' > "$tmp/small.txt"
head -c 5000 /dev/zero | tr '\0' 'y' > "$tmp/big.txt"
expect "text file over --max-bytes skipped" 1 "big.txt: larger than the maximum document size" \
  -- extract --max-bytes 1000 "$tmp/big.txt" "$tmp/small.txt"
grep -q '"id":".*small.txt"' "$tmp/out" && ok "the next file is still processed" || notok "file after big one"

# Many records with bad ones among them: output in input order, identical
# bytes (stdout and stderr) whatever the number of jobs.
i=0
while [ $i -lt 300 ]; do
  echo "{\"id\": \"d$i\", \"text\": \"\\u201cNumber $i is fine,\\u201d said Ann Lee. Then she left.\"}"
  case $i in *7) echo '{"id": "bad", "text": ';; *3) echo '{"id": "bad"}';; esac
  i=$((i + 1))
done > "$tmp/many.jsonl"
"$QUOTH" -j 1 "$tmp/many.jsonl" >"$tmp/j1.out" 2>"$tmp/j1.err"; s1=$?
"$QUOTH" -j 2 "$tmp/many.jsonl" >"$tmp/j2.out" 2>"$tmp/j2.err"; s2=$?
"$QUOTH" -j 7 "$tmp/many.jsonl" >"$tmp/j7.out" 2>"$tmp/j7.err"; s7=$?
[ "$s1$s2$s7" = 111 ] && ok "bad records give exit status 1 with any --jobs" || notok "statuses $s1 $s2 $s7"
cmp -s "$tmp/j1.out" "$tmp/j2.out" && cmp -s "$tmp/j1.out" "$tmp/j7.out" \
  && ok "--jobs 1, 2 and 7 write identical bytes" || notok "output differs between --jobs"
cmp -s "$tmp/j1.err" "$tmp/j2.err" && cmp -s "$tmp/j1.err" "$tmp/j7.err" \
  && ok "--jobs 1, 2 and 7 report errors identically, in input order" || notok "stderr differs"
want=$(i=0; while [ $i -lt 300 ]; do printf 'd%s ' $i; i=$((i + 1)); done)
got=$(grep -o '^{"id":"d[0-9]*"' "$tmp/j2.out" | cut -d'"' -f4 | tr '\n' ' ')
[ "$got" = "$want" ] && ok "every good record, in input order" || notok "order or count wrong"
[ "$(grep -c 'record skipped' "$tmp/j2.err")" = 60 ] && ok "every bad record reported" \
  || notok "bad record count: $(grep -c 'record skipped' "$tmp/j2.err")"

# Input from stdin, directories, globs.
"$QUOTH" < "$srcdir/docs/examples/libya-tripoli.txt" > "$tmp/stdin.out" 2>/dev/null
grep -q '^{"id":"stdin"' "$tmp/stdin.out" && ok "stdin is read when no file is given" || notok "stdin"
"$QUOTH" --input jsonl - < "$tmp/many.jsonl" > "$tmp/stdin2.out" 2>/dev/null
cmp -s "$tmp/stdin2.out" "$tmp/j1.out" && ok "--input jsonl - reads records from stdin" \
  || notok "--input jsonl -"
mkdir -p "$tmp/dir/b" "$tmp/dir/a"
echo 'one' > "$tmp/dir/b/2.txt"; echo 'two' > "$tmp/dir/a/1.txt"; echo 'three' > "$tmp/dir/a/x.md"
"$QUOTH" --glob '*.txt' "$tmp/dir" > "$tmp/dir.out" 2>/dev/null
got=$(grep -o '"id":"[^"]*"' "$tmp/dir.out" | sed 's|.*/dir/||' | tr '\n' ' ')
[ "$got" = 'a/1.txt" b/2.txt" ' ] && ok "directories recursive, sorted, --glob filtered" \
  || notok "directory walk: got '$got'"

name=$(printf "$tmp/dir/caf\351.txt")  # a file name that is not UTF-8
echo 'text' > "$name"
"$QUOTH" "$name" > "$tmp/name.out" 2>/dev/null
grep -q "\"id\":\".*caf$(printf '\357\277\275').txt\"" "$tmp/name.out" && iconv -f UTF-8 -t UTF-8 "$tmp/name.out" >/dev/null \
  && ok "a file name that is not UTF-8 gives a valid UTF-8 id" || notok "non-UTF-8 file name"

# Options.
expect "--keep-fields cannot shadow output fields" 2 "field quoth writes itself" \
  -- extract --keep-fields source,quotes "$tmp/many.jsonl"
expect "bad --color" 2 "expected auto, always or never" -- extract --color sometimes
expect "bad --offsets" 2 "expected byte, codepoint or utf16" -- extract --offsets bits
expect "bad --jobs" 2 "expected 1..256" -- extract --jobs 0
"$QUOTH" --progress "$tmp/many.jsonl" >/dev/null 2>"$tmp/prog.err"
grep -q '300 documents (60 failed)' "$tmp/prog.err" && ok "--progress reports documents on stderr" \
  || notok "--progress: $(tr '\r' '\n' < "$tmp/prog.err" | tail -n 1)"
"$QUOTH" "$srcdir/docs/examples/libya-tripoli.txt" >/dev/null 2>"$tmp/quiet.err"
[ ! -s "$tmp/quiet.err" ] && ok "no progress when stderr is not a terminal" || notok "stderr not empty"

expect "check rejects an unknown rule" 2 "unknown rule 'no-such-rule'" -- check --enable no-such-rule "$srcdir/docs/examples/libya-tripoli.txt"
expect "verify requires --claims" 2 "--claims CLAIMS.jsonl is required" -- verify "$srcdir/docs/examples/libya-tripoli.txt"
exit $fail
