"""Lexicons, Engine, Document and Statement: libquoth through ctypes.

Statements are read from the library's own JSONL rendering (quoth_doc_render
with code point offsets), so they have exactly the fields, values and order of
`quoth extract` output, whatever fields the C side grows; code point offsets
are Python string indices.
"""
import ctypes
import json
import os
import re
import threading
import weakref

from . import _lib
from .errors import EBOM, ENUL, EUTF8, InputError, QuothError

OPT_REPLACE_INVALID = 1 << 0
OPT_LINE_PARAGRAPHS = 1 << 1
OPT_SENTENCES_ONLY = 1 << 2
OPT_PLAIN_ICU = 1 << 3

_FORMATS = {"jsonl": 0, "tsv": 1, "text": 2}
_OFFSETS = {"codepoint": 0, "byte": 1, "utf16": 2}
_SURROGATE = re.compile("[\ud800-\udfff]")


def strerror(status):
    """The library's message for a status code."""
    return _lib.load().quoth_strerror(status).decode("utf-8")


def version():
    """The library's version string, e.g. "0.1.0"."""
    return _lib.load().quoth_version().decode("utf-8")


def tsv_header():
    """The header line (newline-ended) for render(format="tsv") rows."""
    return _lib.load().quoth_tsv_header().decode("utf-8")


def library_path():
    """The path of the libquoth this process loaded."""
    return _lib.load().quoth_path


def _check(status, detail=None):
    if status:
        msg = strerror(status)
        raise QuothError(status, msg + (": " + detail if detail else ""))


class Lexicons:
    """An immutable lexicon set; one can serve any number of engines.

    path None means the lexicons compiled into the library; otherwise a
    directory laid out like the source tree's lexicons/.
    """

    def __init__(self, path=None):
        lib = _lib.load()
        handle = ctypes.c_void_p()
        err = ctypes.create_string_buffer(1024)
        arg = os.fsencode(path) if path is not None else None
        st = lib.quoth_lexicons_load(arg, ctypes.byref(handle), err, len(err))
        _check(st, err.value.decode("utf-8", "replace") or
               (os.fsdecode(arg) if arg else None))
        self.path = path
        self._handle = handle
        self._finalizer = weakref.finalize(self, lib.quoth_lexicons_free, handle)


_builtin = None
_builtin_lock = threading.Lock()


def _builtin_lexicons():
    """The built-in lexicons, loaded once per process and shared."""
    global _builtin
    with _builtin_lock:
        if _builtin is None:
            _builtin = Lexicons()
        return _builtin


def _engine_free(lib, handle, lexicons):
    # lexicons is an argument only to keep it alive as long as the engine.
    lib.quoth_engine_free(handle)


class Statement(dict):
    """One statement: the JSONL object of `quoth extract`, with its fields
    also readable as attributes (st.speaker, st.start, st.cue["lemma"])."""

    __slots__ = ()

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(self.keys()) + dir(dict)

    def __repr__(self):
        return "Statement(%s)" % dict.__repr__(self)


class Document(dict):
    """One document's JSONL record: id, quotes, entities, diagnostics.
    statements is the quotes list, as Statement objects."""

    __slots__ = ()

    @property
    def statements(self):
        return self.get("quotes", [])

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def encode_text(text, replace_invalid=False):
    """(UTF-8 bytes, is_str) for a str or bytes-like text.

    A Python str may hold lone surrogates (from "\\ud800" escapes or
    surrogateescape decoding), which have no UTF-8 form.  They are rejected
    like invalid UTF-8, or become U+FFFD with replace_invalid -- one character
    for one, so offsets still index the caller's string.
    """
    if not isinstance(text, str):
        return bytes(text), False
    try:
        return text.encode("utf-8"), True
    except UnicodeEncodeError as e:
        if replace_invalid:
            return _SURROGATE.sub("\ufffd", text).encode("utf-8"), True
        offset = len(text[:e.start].encode("utf-8", "surrogatepass"))
        raise InputError(EUTF8, "%s at byte %d (lone surrogate U+%04X at index %d)"
                         % (strerror(EUTF8), offset, ord(text[e.start]), e.start),
                         offset, e.start) from None


def json_value(value):
    """value as compact JSON, written the way the CLI copies JSONL fields."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


_KIND_BITS = {"direct": 1, "indirect": 2, "mixed": 4}  # QUOTH_KIND_BIT(QUOTH_KIND_*)


def _kind_mask(kinds):
    """The QUOTH_KIND_BIT mask of kind names ("direct,mixed" or a sequence)."""
    names = kinds.split(",") if isinstance(kinds, str) else list(kinds)
    if not names or any(k not in _KIND_BITS for k in names):
        raise ValueError("kinds must name direct, indirect or mixed, got %r" % (kinds,))
    mask = 0
    for k in names:
        mask |= _KIND_BITS[k]
    return mask


class Engine:
    """One engine: processes documents one at a time.

    Engine(lexicons=None, lang="en", replace_invalid=False,
           line_paragraphs=False, max_bytes=None, min_confidence=None,
           kinds=None, options=0)

    lexicons is None (built in), a directory path or a Lexicons object.
    min_confidence (0..1) leaves out statements of lower (calibrated)
    confidence.  kinds (e.g. ("direct",) or "direct,mixed") keeps only
    statements of those kinds; the checks still see them all.  options is a raw QUOTH_OPT_* bitmask or-ed with the flags.  An engine is
    safe to share between threads (calls are serialized by a lock) but one
    engine per thread runs in parallel, since ctypes drops the GIL in C calls.
    """

    def __init__(self, lexicons=None, lang="en", *, replace_invalid=False,
                 line_paragraphs=False, max_bytes=None, min_confidence=None, kinds=None,
                 options=0):
        lib = self._lib = _lib.load()
        if lexicons is None:
            lexicons = _builtin_lexicons()
        elif not isinstance(lexicons, Lexicons):
            lexicons = Lexicons(lexicons)
        options |= OPT_REPLACE_INVALID if replace_invalid else 0
        options |= OPT_LINE_PARAGRAPHS if line_paragraphs else 0
        handle = ctypes.c_void_p()
        st = lib.quoth_engine_new(lexicons._handle, lang.encode("utf-8") if lang else None,
                                  options, ctypes.byref(handle))
        _check(st, "lang %r" % lang if lang else None)
        self._handle = handle
        self._finalizer = weakref.finalize(self, _engine_free, lib, handle, lexicons)
        self.lexicons, self.lang, self.options = lexicons, lang, options
        self._lock = threading.Lock()
        if max_bytes is not None:
            if max_bytes < 0:
                raise ValueError("max_bytes must be >= 0 (0: no limit)")
            lib.quoth_engine_set_max_bytes(handle, max_bytes)
        if min_confidence is not None:
            if not 0 <= min_confidence <= 1:
                raise ValueError("min_confidence must be from 0 to 1")
            lib.quoth_engine_set_min_confidence(handle, float(min_confidence))
        if kinds is not None:
            lib.quoth_engine_set_kinds(handle, _kind_mask(kinds))

    def close(self):
        """Frees the engine now (it is also freed when garbage collected)."""
        with self._lock:  # not while another thread is inside process
            self._finalizer()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def render(self, text, format="jsonl", offsets="codepoint", id=None, id_json=None):
        """The library's rendering of text as a str: a JSONL line (with its
        newline), TSV rows or the human-readable form.  id is any JSON value
        for the record's "id"; id_json is the same already encoded."""
        if format not in _FORMATS or offsets not in _OFFSETS:
            raise ValueError("format must be one of %s and offsets one of %s"
                             % (sorted(_FORMATS), sorted(_OFFSETS)))
        if id_json is None and id is not None:
            id_json = json_value(id)
        data, is_str = encode_text(text, self.options & OPT_REPLACE_INVALID)
        with self._lock:
            if not self._finalizer.alive:
                raise ValueError("engine is closed")
            doc = self._process(data, is_str)
        try:
            return self._render(doc, _FORMATS[format], _OFFSETS[offsets], id_json)
        finally:
            self._lib.quoth_doc_free(doc)

    def process(self, text, id=None):
        """The document's full JSONL record as a Document."""
        rec = json.loads(self.render(text, id=id))
        rec["quotes"] = [Statement(q) for q in rec.get("quotes", [])]
        return Document(rec)

    def extract(self, text):
        """The statements in text, in order, as a list of Statement."""
        return self.process(text).statements

    def _process(self, data, is_str):
        doc = ctypes.c_void_p()
        st = self._lib.quoth_engine_process(self._handle, data, len(data), ctypes.byref(doc))
        if st in (EUTF8, ENUL, EBOM):
            off = self._lib.quoth_engine_error_offset(self._handle)
            index = len(data[:off].decode("utf-8", "replace")) if is_str else None
            where = " (index %d)" % index if is_str else ""
            raise InputError(st, "%s at byte %d%s" % (strerror(st), off, where), off, index)
        _check(st)
        return doc

    def _render(self, doc, fmt, offsets, id_json):
        out, outlen = ctypes.c_void_p(), ctypes.c_size_t()
        idb = id_json.encode("utf-8") if id_json is not None else None
        st = self._lib.quoth_doc_render(doc, fmt, offsets, idb, ctypes.byref(out),
                                        ctypes.byref(outlen))
        try:
            _check(st)
            return ctypes.string_at(out, outlen.value).decode("utf-8")
        finally:
            self._lib.quoth_string_free(out)


_local = threading.local()
_built = [0]  # engines thread_engine() created in this process
_built_lock = threading.Lock()


def thread_engines_built():
    """How many engines thread_engine() has created in this process (a Dask
    worker with one thread should report 1 however many tasks it ran)."""
    return _built[0]


def thread_engine(lexicons=None, lang="en", **options):
    """The calling thread's engine for these settings: created on first use
    and kept for the life of the thread (in a Dask worker, one per worker
    thread, reused by every task).  lexicons must be None or a path."""
    cache = getattr(_local, "engines", None)
    if cache is None:
        cache = _local.engines = {}
    key = (lexicons, lang, tuple(sorted(options.items())))
    eng = cache.get(key)
    if eng is None:
        eng = cache[key] = Engine(lexicons, lang, **options)
        with _built_lock:
            _built[0] += 1
    return eng
