"""The ctypes binding: results equal the CLI's, errors carry the library's
messages, offsets are Python string indices."""
import ctypes.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

import quoth
from quoth import errors
from qtest import EXAMPLE, SAMPLE, SRCDIR, cli, corpus_path, corpus_sample


class TempFiles(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(data)
        return path


class TestLibrary(unittest.TestCase):
    def test_loads_the_library_named_by_QUOTH_LIBRARY(self):
        want = os.environ.get("QUOTH_LIBRARY")
        if not want:
            self.skipTest("QUOTH_LIBRARY not set")
        self.assertEqual(os.path.realpath(quoth.library_path()), os.path.realpath(want))

    def test_version_matches_cli(self):
        _, out = cli("--version")
        self.assertIn(quoth.version(), out)

    def test_strerror(self):
        self.assertEqual(quoth.strerror(errors.EUTF8), "invalid UTF-8")
        self.assertTrue(quoth.strerror(12345))


class TestDiscovery(TempFiles):
    """Where a fresh interpreter finds libquoth (QUOTH_LIBRARY unset)."""

    def found(self, pkg_parent, env_lib=None):
        env = dict(os.environ, PYTHONPATH=pkg_parent)
        env.pop("QUOTH_LIBRARY", None)
        if env_lib is not None:
            env["QUOTH_LIBRARY"] = env_lib
        p = subprocess.run([sys.executable, "-c", "import quoth; print(quoth.library_path())"],
                           env=env, cwd=self.tmp.name, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
        return p.stdout.strip() or p.stderr

    def copy_package(self, name):
        dst = os.path.join(self.tmp.name, name, "quoth")
        shutil.copytree(os.path.dirname(quoth.__file__), dst,
                        ignore=shutil.ignore_patterns("__pycache__", "_installed.py"))
        return dst

    def test_installed_libdir(self):
        lib = quoth.library_path()
        pkg = self.copy_package("site")
        with open(os.path.join(pkg, "_installed.py"), "w") as f:
            f.write("LIBDIR = %r\n" % os.path.dirname(lib))
        self.assertEqual(os.path.dirname(self.found(os.path.dirname(pkg))),
                         os.path.dirname(lib))

    def test_bundled_library_first(self):
        pkg = self.copy_package("ship")
        shutil.copy(quoth.library_path(), os.path.join(pkg, "libquoth.so.0"))
        self.assertEqual(self.found(os.path.dirname(pkg)), os.path.join(pkg, "libquoth.so.0"))

    def test_not_found_says_where_it_looked(self):
        pkg = self.copy_package("bare")
        if ctypes.util.find_library("quoth"):
            self.skipTest("a libquoth is installed on the linker's path")
        out = self.found(os.path.dirname(pkg))
        self.assertIn("libquoth not found", out)
        self.assertIn(pkg, out)

    def test_bad_QUOTH_LIBRARY_is_final(self):
        pkg = self.copy_package("env")
        shutil.copy(quoth.library_path(), os.path.join(pkg, "libquoth.so.0"))
        out = self.found(os.path.dirname(pkg), os.path.join(self.tmp.name, "nope.so"))
        self.assertIn("libquoth not found", out)
        self.assertIn("nope.so", out)


class TestSameAsCli(TempFiles):
    def test_example_article(self):
        status, out = cli("extract", EXAMPLE)
        self.assertEqual(status, 0)
        want = json.loads(out)
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        doc = quoth.Engine().process(text, id=EXAMPLE)
        self.assertEqual(doc, want)
        self.assertEqual(quoth.Engine().extract(text), want["quotes"])
        self.assertGreater(len(want["quotes"]), 0)

    def assert_jsonl_same(self, path):
        status, out = cli("extract", path)
        with open(path, encoding="utf-8", newline="") as f:
            got = "".join(quoth.extract_jsonl(f))
        self.assertEqual(got, out)
        return status, out

    def test_fixture_jsonl(self):
        status, out = self.assert_jsonl_same(SAMPLE)
        self.assertEqual(status, 0)
        self.assertEqual(len(out.splitlines()), 8)

    def test_cli_as_a_stdin_mapper(self):
        # How Hadoop Streaming and Spark's RDD.pipe run it (docs/scaling.md).
        with open(SAMPLE, "rb") as f:
            status, out = cli("extract", "--input", "jsonl", stdin=f.read())
        self.assertEqual(status, 0)
        self.assertEqual(out, cli("extract", SAMPLE)[1])

    def test_fixture_keep_fields(self):
        # The same records; key order is not compared, since the CLI has
        # placed kept fields both after the id and at the end.
        _, out = cli("extract", "--keep-fields", "source,missing", SAMPLE)
        with open(SAMPLE, encoding="utf-8") as f:
            got = list(quoth.extract_jsonl(f, keep_fields="source,missing"))
        self.assertEqual([json.loads(x) for x in got], [json.loads(x) for x in out.splitlines()])
        self.assertEqual(json.loads(got[0])["source"], "fixture")
        self.assertEqual(list(json.loads(got[0]))[-1], "source")
        with self.assertRaises(ValueError):
            quoth.extract_jsonl([], keep_fields="quotes")

    def test_corpus_sample(self):
        lines = corpus_sample(every=20, limit=120)
        if not lines:
            self.skipTest("no corpus beside the source tree (../shared/corpus)")
        self.assert_jsonl_same(self.write("bbc.jsonl", "".join(lines)))

    def test_odd_records_as_the_cli_reads_them(self):
        # Blank lines, CRLF, no id (the line number stands in), other id
        # types, a duplicate key, bad JSON, a non-string text, a NUL.
        recs = ['{"text":"“Yes,” said Ann Lee."}', "", "  \t",
                '{"id":7,"text":"No quote."}\r',
                '{"id":["a",1],"text":"“Fine,” he said."}',
                '{"id":"d","id":"e","text":"dup"}', "{bad json", '{"text":5}',
                '[1]', '{"id":"nul","text":"a\\u0000b"}', '{"id":null,"text":""}']
        path = self.write("odd.jsonl", "\n".join(recs) + "\n")
        status, out = cli("extract", path)
        self.assertEqual(status, 1)
        seen = []
        with open(path, encoding="utf-8", newline="") as f:
            got = "".join(quoth.extract_jsonl(f, errors=seen.append))
        self.assertEqual(got, out)
        self.assertEqual([e.recno for e in seen], [6, 7, 8, 9, 10])
        self.assertIsInstance(seen[-1], quoth.InputError)
        self.assertEqual(seen[-1].status, errors.ENUL)
        self.assertEqual(json.loads(out.splitlines()[0])["id"], 1)


class TestOffsets(unittest.TestCase):
    def check_spans(self, text):
        sts = quoth.Engine().extract(text)
        for st in sts:
            self.assertEqual(text[st.start:st.end], st.text)
            for a, b in st.parts:
                self.assertTrue(st.start <= a <= b <= st.end)
        return sts

    def test_astral_characters_are_one_index(self):
        text = "Fans 🎸🎸 waited. “It was worth it 😀,” said Ana Lima. 😀 “Yes,” she said."
        sts = self.check_spans(text)
        self.assertEqual([s.text for s in sts], ["“It was worth it 😀,”", "“Yes,”"])

    def test_fixture_and_example_spans(self):
        with open(SAMPLE, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f]
        with open(EXAMPLE, encoding="utf-8") as f:
            texts.append(f.read())
        self.assertGreater(sum(len(self.check_spans(t)) for t in texts), 5)

    def test_min_confidence_as_cli(self):
        status, out = cli("extract", "--min-confidence", "0.8", EXAMPLE)
        self.assertEqual(status, 0)
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        got = quoth.Engine(min_confidence=0.8).extract(text)
        self.assertEqual(got, json.loads(out)["quotes"])
        self.assertLess(len(got), len(quoth.Engine().extract(text)))
        self.assertTrue(all(q["confidence"] >= 0.8 for q in got))
        with self.assertRaises(ValueError):
            quoth.Engine(min_confidence=1.5)

    def test_kinds_as_cli(self):
        status, out = cli("extract", "--kinds", "direct", EXAMPLE)
        self.assertEqual(status, 0)
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        got = quoth.Engine(kinds=("direct",)).extract(text)
        self.assertEqual(got, json.loads(out)["quotes"])
        self.assertTrue(got and all(q["kind"] == "direct" for q in got))
        self.assertEqual(len(quoth.Engine(kinds="direct,indirect,mixed").extract(text)),
                         len(quoth.Engine().extract(text)))
        for bad in ("quotes", (), "direct,"):
            with self.assertRaises(ValueError):
                quoth.Engine(kinds=bad)

    def test_statement_attributes(self):
        st = quoth.Engine().extract("“We will win,” said Ann Lee.")[0]
        self.assertEqual(st.kind, st["kind"])
        self.assertIn("speaker", dir(st))
        with self.assertRaises(AttributeError):
            st.no_such_field

    def test_render_formats_and_offsets_as_cli(self):
        text = "“We will win,” said Ann Lee. “Soon 😀,” she said. “Yes,” he said."
        eng = quoth.Engine()
        header = {"jsonl": "", "text": "", "tsv": quoth.tsv_header()}
        for fmt in ("jsonl", "tsv", "text"):
            for offsets in ("codepoint", "byte", "utf16"):
                _, want = cli("extract", "--format", fmt, "--offsets", offsets,
                              "--input", "text", stdin=text.encode("utf-8"))
                got = eng.render(text, format=fmt, offsets=offsets, id="stdin")
                self.assertEqual(header[fmt] + got, want, (fmt, offsets))
        with self.assertRaises(ValueError):
            eng.render(text, format="xml")

    def test_bytes_input(self):
        text = "Zoë said: “Ça va,” and left."
        eng = quoth.Engine()
        self.assertEqual(eng.extract(text.encode("utf-8")), eng.extract(text))


class TestErrors(unittest.TestCase):
    def test_lone_surrogate_rejected(self):
        with self.assertRaises(quoth.InputError) as cm:
            quoth.Engine().extract("é\ud800 “Hi,” he said.")
        e = cm.exception
        self.assertEqual((e.status, e.offset, e.index), (errors.EUTF8, 2, 1))
        self.assertIn("invalid UTF-8", str(e))
        self.assertIsInstance(e, ValueError)

    def test_lone_surrogate_replaced_keeps_indices(self):
        text = "é\ud800 “Hi there,” he said."
        st = quoth.Engine(replace_invalid=True).extract(text)[0]
        self.assertEqual(text[st.start:st.end], "“Hi there,”")

    def test_nul_and_bom_report_byte_and_index(self):
        for text, status in (("ab “Zoë”\0", errors.ENUL), ("ab “Zoë”\ufeffx", errors.EBOM)):
            with self.assertRaises(quoth.InputError) as cm:
                quoth.Engine().extract(text)
            e = cm.exception
            self.assertEqual(e.status, status)
            self.assertEqual(e.index, 8)
            self.assertEqual(e.offset, len(text[:8].encode("utf-8")))
            self.assertIn(quoth.strerror(status), str(e))

    def test_invalid_bytes(self):
        with self.assertRaises(quoth.InputError) as cm:
            quoth.Engine().extract(b"ok \xff bad")
        self.assertEqual((cm.exception.offset, cm.exception.index), (3, None))

    def test_too_big(self):
        with self.assertRaises(quoth.QuothError) as cm:
            quoth.Engine(max_bytes=10).extract("x" * 11)
        self.assertEqual(cm.exception.status, errors.ETOOBIG)

    def test_bad_language(self):
        with self.assertRaises(quoth.QuothError) as cm:
            quoth.Engine(lang="not a tag!")
        self.assertEqual(cm.exception.status, errors.ELOCALE)
        self.assertIn(quoth.strerror(errors.ELOCALE), str(cm.exception))

    def test_bad_lexicon_directory(self):
        with tempfile.TemporaryDirectory() as d:
            missing = os.path.join(d, "none")
            with self.assertRaises(quoth.QuothError) as cm:
                quoth.Engine(lexicons=missing)
        self.assertIn(missing, str(cm.exception))

    def test_closed_engine(self):
        eng = quoth.Engine()
        eng.close()
        eng.close()
        with self.assertRaises(ValueError):
            eng.extract("text")

    def test_raise_carries_record_number(self):
        with self.assertRaises(quoth.RecordError) as cm:
            list(quoth.extract_jsonl(['{"text":"a"}', '{"text":1}']))
        self.assertEqual(cm.exception.recno, 2)


class TestLexiconsAndThreads(unittest.TestCase):
    def test_source_lexicons_equal_builtin(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        lex = quoth.Lexicons(os.path.join(SRCDIR, "lexicons"))
        a, b = quoth.Engine(lex), quoth.Engine(lexicons=lex)
        self.assertEqual(a.extract(text), quoth.Engine().extract(text))
        self.assertEqual(b.extract(text), a.extract(text))

    def test_thread_engines(self):
        with open(SAMPLE, encoding="utf-8") as f:
            lines = f.readlines()
        want = "".join(quoth.extract_jsonl(lines, quoth.Engine()))
        got, engines = {}, {}

        def work(i):
            engines[i] = (quoth.thread_engine(), quoth.thread_engine())
            got[i] = "".join(quoth.extract_jsonl(lines * 5))

        threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(set(got.values()), {want * 5})
        self.assertTrue(all(a is b for a, b in engines.values()))
        self.assertEqual(len({id(a) for a, _ in engines.values()}), 3)


if __name__ == "__main__":
    unittest.main()
