#!/usr/bin/env python3
"""bench_dask.py - throughput of quoth on Dask against the CLI, same input.

    PYTHONPATH=python QUOTH_LIBRARY=.libs /usr/bin/python3 tests/bench/bench_dask.py \
        --input ../shared/corpus/bbc2225.jsonl --quoth ./quoth [--repeat 3] [--workers 2]

Wall times (median and best of --repeat; outputs go to files in a temporary
directory):
  cli --jobs 1, cli --jobs N       the C command line
  python (1 process)               quoth.extract_jsonl in this interpreter
  dask N workers x 1 thread        read_text -> extract_bag -> write_jsonl on a
                                   LocalCluster already started, engines warm
and the cluster's start-up once.  Checks every output equals the CLI's.
Not a test: figures go to docs/benchmarks.md by hand.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(fn, repeat):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return (statistics.median(times), min(times)), out


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--quoth", default="./quoth")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--blocksize", default="256KiB")
    a = ap.parse_args(argv)

    import dask.bag as db
    from distributed import Client, LocalCluster
    import quoth
    import quoth.dask

    mb = os.path.getsize(a.input) / 1e6
    tmp = tempfile.TemporaryDirectory()
    rows = []

    def cli(jobs):
        out = os.path.join(tmp.name, "cli%d.jsonl" % jobs)
        with open(out, "wb") as f:
            subprocess.run([a.quoth, "extract", "--quiet", "--jobs", str(jobs), a.input],
                           stdout=f, check=True)
        return read(out)

    t1, want = timed(lambda: cli(1), a.repeat)
    rows.append(("cli --jobs 1", t1, want))
    t, got = timed(lambda: cli(a.workers), a.repeat)
    rows.append(("cli --jobs %d" % a.workers, t, got))

    def python():
        out = os.path.join(tmp.name, "py.jsonl")
        with open(a.input, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
            o.writelines(quoth.extract_jsonl(f))
        return read(out)

    t, got = timed(python, a.repeat)
    rows.append(("python (1 process)", t, got))

    t = time.perf_counter()
    cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40,
                           local_directory=tmp.name)
    client = Client(cluster)
    startup = time.perf_counter() - t

    def dask_run():
        outdir = os.path.join(tmp.name, "dask")
        for p in glob.glob(os.path.join(outdir, "*.jsonl")):
            os.remove(p)
        bag = db.read_text(a.input, blocksize=a.blocksize)
        paths = quoth.dask.write_jsonl(quoth.dask.extract_bag(bag),
                                       os.path.join(outdir, "*.jsonl"))
        return "".join(read(p) for p in paths)

    first, got = timed(dask_run, 1)
    rows.append(("dask %d workers, first run" % a.workers, first, got))
    t, got = timed(dask_run, a.repeat)
    rows.append(("dask %d workers x 1 thread" % a.workers, t, got))
    client.close()
    cluster.close()

    print("input: %s, %.2f MB, %d cores, load average %.1f; cluster start-up %.2f s"
          % (a.input, mb, os.cpu_count(), os.getloadavg()[0], startup))
    print("%-30s %8s %8s %8s %8s  %s" % ("run", "median s", "MB/s", "best s", "MB/s",
                                         "same as CLI"))
    for name, (med, best), out in rows:
        print("%-30s %8.3f %8.2f %8.3f %8.2f  %s" % (name, med, mb / med, best, mb / best,
                                                   "yes" if out == want else "NO"))
    return 0 if all(out == want for _, _, out in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
