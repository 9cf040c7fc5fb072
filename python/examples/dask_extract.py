#!/usr/bin/env python3
"""dask_extract.py - `quoth extract` over JSONL files on a Dask cluster.

    dask_extract.py [--scheduler HOST:8786 [--ship] | --workers N] [--blocksize 64MiB]
                    [--keep-fields A,B] [--lang en] OUTDIR INPUT.jsonl...

Reads the inputs in blocks of --blocksize with dask.bag (one partition per
block), runs quoth in the workers (one engine per worker thread, built on its
first task and reused), and writes OUTDIR/000000.jsonl, 000001.jsonl, ...;
`cat OUTDIR/*.jsonl` is what `quoth extract INPUT...` prints.

Without --scheduler it starts a LocalCluster of --workers processes with one
thread each.  With --scheduler, every worker must be able to import quoth and
load libquoth, or --ship sends them this copy (see docs/scaling.md).
"""
import argparse
import os
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster

import quoth.dask


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--ship", action="store_true",
                    help="copy this quoth and its libquoth to the workers first")
    ap.add_argument("--blocksize", default="64MiB")
    ap.add_argument("--keep-fields", default="")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--replace-invalid", action="store_true")
    ap.add_argument("--skip-errors", action="store_true",
                    help="skip bad records (as the CLI does) instead of failing")
    return ap.parse_args(argv)


def run(client, a):
    lines = db.read_text(a.inputs, blocksize=a.blocksize)
    out = quoth.dask.extract_bag(
        lines, engine_options={"lang": a.lang, "replace_invalid": a.replace_invalid},
        text_field=a.text_field, id_field=a.id_field, keep_fields=a.keep_fields,
        errors="skip" if a.skip_errors else "raise")
    os.makedirs(a.outdir, exist_ok=True)
    return quoth.dask.write_jsonl(out, os.path.join(a.outdir, "*.jsonl"))


def main(argv):
    a = parse_args(argv)
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        client = Client(LocalCluster(n_workers=a.workers, threads_per_worker=1,
                                     processes=True, dashboard_address=None))
    t = time.perf_counter()
    with client:
        if a.ship:
            quoth.dask.ship_to_workers(client)
        paths = run(client, a)
    print("%d partitions written to %s in %.2f s" % (len(paths), a.outdir,
                                                     time.perf_counter() - t),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
