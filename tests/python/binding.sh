#!/bin/sh
# The Python binding against the CLI (TAP; see run.sh).
exec sh "$(dirname "$0")/run.sh" test_binding
