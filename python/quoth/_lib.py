"""Finding libquoth and declaring its C functions for ctypes.

The library is looked for, in order, at:
  1. $QUOTH_LIBRARY (a path to libquoth.so or its directory; empty = unset);
  2. a libquoth.so* shipped inside this package's directory (how a cluster
     ships the library to its workers, see docs/scaling.md);
  3. the build tree: ../../.libs/ relative to this package, as left by
     `make` in a source checkout (make check sets $QUOTH_LIBRARY instead, which
     also covers out-of-tree builds);
  4. the libdir that `make install` recorded in _installed.py;
  5. the dynamic linker's search path (ctypes.util.find_library("quoth")).
"""
import ctypes
import ctypes.util
import glob
import os
import threading

_HERE = os.path.dirname(os.path.abspath(__file__))
_SONAMES = ("libquoth.so.0", "libquoth.so", "libquoth.dylib")


class quoth_span(ctypes.Structure):
    _fields_ = [("start", ctypes.c_size_t), ("end", ctypes.c_size_t)]


def _in_dir(d):
    """The first libquoth shared object in directory d, or None."""
    for name in _SONAMES:
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    found = sorted(glob.glob(os.path.join(d, "libquoth.so.*")))
    return found[0] if found else None


def _installed_libdir():
    try:
        from . import _installed  # written by `make install`
    except ImportError:
        return None
    return getattr(_installed, "LIBDIR", None)


def candidates():
    """Where the library may be, in the order tried: (how, path) pairs."""
    env = os.environ.get("QUOTH_LIBRARY")
    if env:
        # An explicit choice is final: never fall back silently.
        return [("QUOTH_LIBRARY", _in_dir(env) if os.path.isdir(env) else env)]
    out = []
    for how, d in (("package", _HERE),
                   ("build tree", os.path.join(_HERE, "..", "..", ".libs")),
                   ("installed", _installed_libdir())):
        p = _in_dir(d) if d and os.path.isdir(d) else None
        if p:
            out.append((how, os.path.normpath(p)))
    name = ctypes.util.find_library("quoth")
    if name:
        out.append(("system", name))
    return out


_lib = None
_lib_lock = threading.Lock()


def load():
    """The loaded library (loaded once per process)."""
    global _lib
    with _lib_lock:
        if _lib is None:
            _lib = _open()
        return _lib


def _open():
    tried = []
    for how, path in candidates():
        if not path:
            tried.append("%s: no libquoth in %s" % (how, os.environ.get("QUOTH_LIBRARY")))
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s: %s" % (how, e))
            if how == "QUOTH_LIBRARY":
                break
            continue
        _declare(lib)
        lib.quoth_path = path
        return lib
    if not tried:
        tried = ["looked in %s, %s, %s and the linker's path" % (
            _HERE, os.path.normpath(os.path.join(_HERE, "..", "..", ".libs")),
            _installed_libdir() or "no installed libdir")]
    raise OSError("libquoth not found; set QUOTH_LIBRARY to the path of "
                  "libquoth.so, or install quoth (make install)"
                  + "".join("\n  " + t for t in tried))


def _declare(lib):
    """Argument and result types for every function the binding calls."""
    P, S, I, U = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_uint
    C = ctypes.c_char_p
    protos = {
        "quoth_strerror": (C, [I]),
        "quoth_version": (C, []),
        "quoth_tsv_header": (C, []),
        "quoth_lexicons_load": (I, [C, ctypes.POINTER(P), ctypes.c_char_p, S]),
        "quoth_lexicons_free": (None, [P]),
        "quoth_engine_new": (I, [P, C, U, ctypes.POINTER(P)]),
        "quoth_engine_free": (None, [P]),
        "quoth_engine_set_max_bytes": (None, [P, S]),
        "quoth_engine_set_min_confidence": (None, [P, ctypes.c_double]),
        "quoth_engine_set_kinds": (None, [P, U]),
        "quoth_engine_process": (I, [P, C, S, ctypes.POINTER(P)]),
        "quoth_engine_error_offset": (S, [P]),
        "quoth_doc_free": (None, [P]),
        "quoth_doc_statement_count": (S, [P]),
        # char ** as a void pointer: the string must be freed by
        # quoth_string_free, so ctypes must not convert it to bytes.
        "quoth_doc_render": (I, [P, I, I, C, ctypes.POINTER(P), ctypes.POINTER(S)]),
        "quoth_string_free": (None, [P]),
    }
    for name, (res, args) in protos.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args
