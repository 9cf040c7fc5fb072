#!/bin/sh
# quoth on a Dask LocalCluster against the CLI (TAP; see run.sh).
exec sh "$(dirname "$0")/run.sh" test_dask
