"""quoth on a Dask LocalCluster of worker processes: the output equals the
single-process CLI's, in order, and each worker builds its engine once."""
import glob
import json
import os
import tempfile
import unittest

import quoth
from qtest import SAMPLE, cli, corpus_sample

MISSING = None
try:
    import dask.bag as db
    from distributed import Client, LocalCluster
    import quoth.dask as qdask
except ImportError as e:  # pragma: no cover - depends on the machine
    db = None
    MISSING = str(e)


def read_all(paths):
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            out.append(f.read())
    return "".join(out)


@unittest.skipIf(db is None, "dask/distributed not importable: %s" % MISSING)
class TestDask(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        # The fixture, then (when the corpus is there) 300 BBC articles.
        with open(SAMPLE, encoding="utf-8") as f:
            lines = f.readlines() + corpus_sample(every=7, limit=300)
        cls.input = os.path.join(cls.tmp.name, "input.jsonl")
        with open(cls.input, "w", encoding="utf-8") as f:
            f.writelines(lines)
        cls.nrec = len(lines)
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40,
                                   local_directory=cls.tmp.name)
        cls.client = Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def test_output_equals_cli(self):
        size = os.path.getsize(self.input)
        # Small blocks, so even the fixture alone (no corpus beside the tree)
        # is read in several partitions.
        lines = db.read_text(self.input, blocksize=max(size // 6, 128))
        self.assertGreater(lines.npartitions, 2)
        out = os.path.join(self.tmp.name, "out")
        paths = qdask.write_jsonl(qdask.extract_bag(lines), os.path.join(out, "part-*.jsonl"))
        self.assertEqual(paths, sorted(glob.glob(os.path.join(out, "part-*.jsonl"))))
        got = read_all(paths)
        status, want = cli("extract", self.input)
        self.assertEqual(status, 0)
        self.assertEqual(len(want.splitlines()), self.nrec)
        self.assertEqual(got, want)
        # Every worker built exactly one engine for all its partitions.
        built = self.client.run(quoth.thread_engines_built)
        self.assertEqual(len(built), 2)
        self.assertTrue(set(built.values()) <= {0, 1}, built)
        self.assertGreaterEqual(sum(built.values()), 1)
        pids = self.client.run(os.getpid)
        self.assertNotIn(os.getpid(), pids.values())

    def test_empty_partitions(self):
        # Records longer than a block leave partitions with no line start.
        path = os.path.join(self.tmp.name, "long.jsonl")
        text = " ".join("“Part %d of it,” said Ann Lee." % i for i in range(200))
        with open(path, "w", encoding="utf-8") as f:
            for i in range(3):
                f.write(json.dumps({"id": i, "text": text}) + "\n")
        lines = db.read_text(path, blocksize=2048)
        self.assertGreater(lines.npartitions, 3)
        out = os.path.join(self.tmp.name, "long")
        paths = qdask.write_jsonl(qdask.extract_bag(lines), os.path.join(out, "*.jsonl"))
        self.assertEqual(len(paths), lines.npartitions)
        self.assertEqual(read_all(paths), cli("extract", path)[1])

    def test_ship_to_workers(self):
        # Runs last (unittest sorts by name): it restarts the workers.
        root = qdask.ship_to_workers(self.client, os.path.join(self.tmp.name, "client"))
        paths = self.client.run(quoth.library_path)
        self.assertEqual(len(paths), 2)
        for p in paths.values():  # each worker's own unpacked copy
            self.assertTrue(p.endswith(os.path.join("quoth-ship", "quoth", "libquoth.so.0")))
            self.assertNotEqual(os.path.dirname(p), os.path.join(root, "quoth"))
        got = "".join(qdask.extract_bag(db.read_text(SAMPLE, blocksize=600)).compute())
        self.assertEqual(got, cli("extract", SAMPLE)[1])


if __name__ == "__main__":
    unittest.main()
