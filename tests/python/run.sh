#!/bin/sh
# run.sh MODULE - runs the unittest module tests/python/MODULE.py against the
# build tree's libquoth and prints TAP.  Used by binding.sh and dask.sh.
set -u
: "${QUOTH:=./quoth}" "${srcdir:=.}"
mod=$1

# The interpreter: $QUOTH_PYTHON, else Debian's python3 (the one that
# python3-dask and python3-distributed install for, which a python3 earlier
# on PATH, e.g. pyenv's, may not see), else python3 from PATH.
py=
for c in "${QUOTH_PYTHON:-}" /usr/bin/python3 python3; do
  if [ -n "$c" ] && "$c" -c 'import ctypes, json, unittest' >/dev/null 2>&1; then py=$c; break; fi
done
[ -n "$py" ] || { echo "1..0 # SKIP no python3 with ctypes"; exit 0; }

# The library libtool built beside the CLI (covers out-of-tree builds).
lib="$(cd "$(dirname "$QUOTH")" && pwd)/.libs/libquoth.so"
[ -f "$lib" ] || { echo "1..0 # SKIP no shared libquoth (built with --disable-shared?)"; exit 0; }
QUOTH_LIBRARY=$lib
export QUOTH_LIBRARY QUOTH srcdir

# A sanitizer build: the ASan runtime must be loaded before anything else
# (Dask's worker processes inherit it), and the interpreter's own
# allocations are not ours to report as leaks.
asan=$(ldd "$lib" 2>/dev/null | awk '/libasan/ {print $3; exit}')
if [ -n "$asan" ]; then
  LD_PRELOAD=$asan ASAN_OPTIONS=detect_leaks=0
  export LD_PRELOAD ASAN_OPTIONS
fi

PYTHONPATH="$srcdir/python:$srcdir/tests/python" PYTHONDONTWRITEBYTECODE=1
export PYTHONPATH PYTHONDONTWRITEBYTECODE
exec "$py" "$srcdir/tests/python/tap.py" "$mod"
