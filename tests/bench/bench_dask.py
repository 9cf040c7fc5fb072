#!/usr/bin/env python3
"""bench_dask.py - throughput of quoth on Dask against the CLI, same input.

    PYTHONPATH=python QUOTH_LIBRARY=.libs /usr/bin/python3 tests/bench/bench_dask.py \\
        --input ../shared/corpus/bbc2225.jsonl --quoth ./quoth [--repeat 7] [--workers 2]

Runs, each --repeat times, output written to files in a temporary directory:
  cli --jobs 1, cli --jobs N       the C command line
  python (1 process)               quoth.extract_jsonl in this interpreter
  dask N workers x 1 thread        read_text -> extract_bag -> write_jsonl on a
                                   LocalCluster already started, engines warm
Reports wall seconds (median and best) and CPU seconds (median, user+sys of
every process involved: the CLI, this interpreter, the Dask workers), which
a busy machine disturbs much less than wall time.  Checks every output equals
the CLI's.  Not a test: figures go to docs/benchmarks.md by hand.
"""
import argparse
import glob
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(fn, repeat, cpu):
    """((median wall, best wall, median cpu), last output) of repeat runs;
    cpu() is the CPU seconds used so far by everything the run uses."""
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        c, t = cpu(), time.perf_counter()
        out = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(cpu() - c)
    return (statistics.median(walls), min(walls), statistics.median(cpus)), out


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def parse_args(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--quoth", default="./quoth")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--blocksize", default="256KiB")
    return ap.parse_args(argv)


def bench_local(a, tmp, rows):
    import quoth

    def cli(jobs):
        out = os.path.join(tmp, "cli%d.jsonl" % jobs)
        with open(out, "wb") as f:
            subprocess.run([a.quoth, "extract", "--quiet", "--jobs", str(jobs), a.input],
                           stdout=f, check=True)
        return read(out)

    def python():
        out = os.path.join(tmp, "py.jsonl")
        with open(a.input, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
            o.writelines(quoth.extract_jsonl(f))
        return read(out)

    for jobs in (1, a.workers):
        t, got = timed(lambda: cli(jobs), a.repeat, cpu_children)
        rows.append(("cli --jobs %d" % jobs, t, got))
    t, got = timed(python, a.repeat, cpu_self)
    rows.append(("python (1 process)", t, got))


def bench_dask(a, tmp, rows):
    import dask.bag as db
    from distributed import Client, LocalCluster
    import quoth.dask

    t = time.perf_counter()
    cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40, local_directory=tmp)
    client = Client(cluster)
    startup = time.perf_counter() - t

    def cpu():  # the workers' and this client's
        return sum(client.run(cpu_self).values()) + cpu_self()

    def run():
        outdir = os.path.join(tmp, "dask")
        for p in glob.glob(os.path.join(outdir, "*.jsonl")):
            os.remove(p)
        bag = db.read_text(a.input, blocksize=a.blocksize)
        paths = quoth.dask.write_jsonl(quoth.dask.extract_bag(bag),
                                       os.path.join(outdir, "*.jsonl"))
        return "".join(read(p) for p in paths)

    t, got = timed(run, 1, cpu)
    rows.append(("dask %d workers, first run" % a.workers, t, got))
    t, got = timed(run, a.repeat, cpu)
    rows.append(("dask %d workers x 1 thread" % a.workers, t, got))
    client.close()
    cluster.close()
    return startup


def main(argv):
    a = parse_args(argv)
    mb = os.path.getsize(a.input) / 1e6
    tmp = tempfile.TemporaryDirectory()
    rows = []
    load0 = os.getloadavg()[0]
    bench_local(a, tmp.name, rows)
    startup = bench_dask(a, tmp.name, rows)
    want = rows[0][2]
    print("input: %s, %.2f MB, %d cores, load average %.1f-%.1f; cluster start-up %.2f s"
          % (a.input, mb, os.cpu_count(), load0, os.getloadavg()[0], startup))
    print("%-30s %8s %7s %8s %7s %8s %7s  %s" % ("run", "median s", "MB/s", "best s", "MB/s",
                                               "cpu s", "MB/cpu-s", "same as CLI"))
    for name, (med, best, cpu), out in rows:
        print("%-30s %8.3f %7.2f %8.3f %7.2f %8.3f %7.2f  %s"
              % (name, med, mb / med, best, mb / best, cpu, mb / cpu,
                 "yes" if out == want else "NO"))
    return 0 if all(out == want for _, _, out in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
