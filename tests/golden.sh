#!/bin/sh
# golden.sh - whole inputs through the CLI, diffed against expected output.
#
# Each case is tests/golden/NAME.args: one line of arguments for quoth, in
# which $srcdir names the source tree.  NAME.expected is the expected
# stdout; NAME.stderr, when present, the expected stderr; NAME.status, when
# present, the expected exit status (default 0).  Output is TAP.
# QUOTH_UPDATE_GOLDEN=1 rewrites the expected files from the current output.
set -u
: "${QUOTH:=./quoth}" "${srcdir:=.}"
dir="$srcdir/tests/golden"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cases=$(ls "$dir"/*.args 2>/dev/null | sort)
echo "1..$(echo "$cases" | grep -c .)"
n=0
fail=0
for args_file in $cases; do
  n=$((n + 1))
  name=$(basename "$args_file" .args)
  args=$(sed "s|\$srcdir|$srcdir|g" "$args_file")
  # shellcheck disable=SC2086  # the arguments are meant to be split
  (cd "$srcdir" && eval "\"$QUOTH\" $args") >"$tmp/out" 2>"$tmp/err" </dev/null
  status=$?
  want_status=0
  [ -f "$dir/$name.status" ] && want_status=$(cat "$dir/$name.status")
  if [ "${QUOTH_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$tmp/out" "$dir/$name.expected"
    [ -s "$tmp/err" ] && cp "$tmp/err" "$dir/$name.stderr"
    [ "$status" != 0 ] && echo "$status" > "$dir/$name.status"
  fi
  problem=""
  [ "$status" = "$want_status" ] || problem="exit status $status, expected $want_status"
  if ! diff -u "$dir/$name.expected" "$tmp/out" > "$tmp/diff"; then
    problem="$problem stdout differs"
  fi
  if [ -f "$dir/$name.stderr" ] && ! diff -u "$dir/$name.stderr" "$tmp/err" >> "$tmp/diff"; then
    problem="$problem stderr differs"
  fi
  if [ -z "$problem" ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name:$problem"
    sed 's/^/# /' "$tmp/diff" | head -n 60
    fail=1
  fi
done
exit $fail
