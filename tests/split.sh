#!/bin/sh
# split.sh - `quoth split` output formats: lines flattens wrapped white space,
# jsonl keeps offsets into the original bytes, --plain-icu turns repairs off.
# Output is TAP.
set -u
: "${QUOTH:=./quoth}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0
check() { # NAME EXPECTED-FILE GOT-FILE
  n=$((n + 1))
  if cmp -s "$2" "$3"; then echo "ok $n - $1"; else
    echo "not ok $n - $1"; diff -u "$2" "$3" | sed 's/^/# /'; fail=1; fi
}

echo "1..5"
printf 'It was a cold \r\nnight in the city. Then\t it  ended.' >"$tmp/in"
printf 'It was a cold night in the city.\nThen\t it  ended.\n' >"$tmp/want"
"$QUOTH" split "$tmp/in" >"$tmp/got"
check "lines: white space holding a line break becomes one space" "$tmp/want" "$tmp/got"

printf 'It was a cold\342\200\250night.' >"$tmp/in"
printf 'It was a cold night.\n' >"$tmp/want"
"$QUOTH" split "$tmp/in" >"$tmp/got"
check "lines: U+2028 is a line break too" "$tmp/want" "$tmp/got"

printf 'A cold \nnight.' >"$tmp/in"
printf '["A cold \\nnight."]\n' >"$tmp/want"
"$QUOTH" split --format json "$tmp/in" >"$tmp/got"
check "json: the sentence text is left as it is" "$tmp/want" "$tmp/got"

printf '\342\200\234Is it late?\342\200\235 asked Mr. Brown. Yes.' >"$tmp/in"
printf '{"id":"stdin","sentences":[{"start":0,"end":34,"text":"\342\200\234Is it late?\342\200\235 asked Mr. Brown."},{"start":35,"end":39,"text":"Yes."}]}\n' >"$tmp/want"
"$QUOTH" split --format jsonl --offsets byte <"$tmp/in" >"$tmp/got"
check "jsonl: byte offsets of the repaired sentences" "$tmp/want" "$tmp/got"

printf 'She works at Yahoo! in accounting.' >"$tmp/in"
printf 'She works at Yahoo!\nin accounting.\n' >"$tmp/want"
"$QUOTH" split --plain-icu "$tmp/in" >"$tmp/got"
check "--plain-icu: ICU's breaks, no repairs" "$tmp/want" "$tmp/got"
exit $fail
