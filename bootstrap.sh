#!/bin/sh
# bootstrap.sh - set up and build quoth on Debian 12 (or later).
#
# Installs the missing build dependencies with apt-get when run as root
# (otherwise prints the exact apt-get line and stops), then runs
# autoreconf, configure and make.  Idempotent: a second run with nothing
# changed only re-runs make.  Extra arguments go to ./configure.
set -eu
cd "$(dirname "$0")"

PKGS="build-essential autoconf automake libtool pkg-config libicu-dev libutf8proc-dev check libjansson-dev python3"
# Only for tests that skip themselves without them (the Dask test, the
# JSON Schema test).
OPTIONAL="python3-dask python3-distributed python3-jsonschema"
missing=""
for p in $PKGS $OPTIONAL; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ] && [ "$(id -u)" != 0 ]; then
  needed=""
  for p in $missing; do
    case " $OPTIONAL " in *" $p "*) ;; *) needed="$needed $p" ;; esac
  done
  if [ -z "$needed" ]; then
    echo "bootstrap: optional packages missing (their tests will be skipped):$missing"
    missing=""
  fi
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086  # the package list is meant to be split
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "bootstrap: missing packages; run as root:"
    echo "  apt-get update && apt-get install -y$missing"
    exit 1
  fi
fi

if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
  autoreconf -fi
fi
if [ ! -f Makefile ] || [ configure -nt config.status ] || [ "$#" -gt 0 ]; then
  ./configure "$@"
fi
make -j"$(nproc 2>/dev/null || echo 2)"
