"""quoth: quotations and reported statements in news text, and who made them.

A binding of libquoth through ctypes (standard library only):

    import quoth
    eng = quoth.Engine()                      # lexicons=None: built in
    for st in eng.extract(text):              # list of Statement
        print(st.speaker, st.cue and st.cue["lemma"], text[st.start:st.end])

    for line in quoth.extract_jsonl(open("corpus.jsonl")):
        out.write(line)                       # the same lines as `quoth extract`

Statements carry the fields of the CLI's JSONL output; offsets are code
points, i.e. Python string indices.  Errors raise quoth.QuothError (status and
message from the library); bad text raises quoth.InputError (a ValueError)
with the byte offset and string index of the problem.  quoth.dask runs the
same over a Dask cluster (docs/scaling.md).
"""
from .engine import (Document, Engine, Lexicons, Statement, library_path,
                     strerror, thread_engine, thread_engines_built, tsv_header,
                     version)
from .errors import InputError, QuothError, RecordError
from .jsonl import extract_jsonl

__all__ = ["Document", "Engine", "Lexicons", "Statement", "InputError", "QuothError",
           "RecordError", "extract_jsonl", "library_path", "strerror", "thread_engine",
           "thread_engines_built", "tsv_header", "version"]
__version__ = "0.1.0"
