#!/bin/sh
# run.sh TARBALL - configure and install quoth (from a release tarball, so a
# configured source tree is no obstacle) into a temporary prefix, then
# build tests/pkgconfig/consumer.c against it with pkg-config only, run it,
# and check that the shared library exports nothing but the quoth_* API.
set -eu
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src"
tar -xzf "$tarball" -C "$tmp/src" --strip-components=1
src="$tmp/src"
(cd "$src" && ./configure --prefix="$tmp/inst" >/dev/null && make -j2 >/dev/null && make install >/dev/null)
export PKG_CONFIG_PATH="$tmp/inst/lib/pkgconfig"
# shellcheck disable=SC2046  # pkg-config output is meant to be split
${CC:-cc} -o "$tmp/consumer" "$src/tests/pkgconfig/consumer.c" $(pkg-config --cflags --libs quoth)
LD_LIBRARY_PATH="$tmp/inst/lib" "$tmp/consumer"
others=$(nm -D --defined-only "$tmp/inst/lib/libquoth.so" | awk '$2 ~ /^[TDBR]$/ && $3 !~ /^quoth_/ {print $3}')
if [ -n "$others" ]; then
  echo "libquoth.so exports symbols outside the API:" >&2
  echo "$others" >&2
  exit 1
fi
echo "pkg-config consumer: ok; exported symbols: only quoth_*"
