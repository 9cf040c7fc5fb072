"""quoth over Dask: JSONL in, JSONL out, one engine per worker thread.

    from distributed import Client
    import dask.bag as db
    import quoth.dask

    client = Client("scheduler:8786")         # or Client(LocalCluster(...))
    lines = db.read_text("corpus/*.jsonl", blocksize="64MiB")
    quoth.dask.write_jsonl(quoth.dask.extract_bag(lines), "out/part-*.jsonl")

Each partition is processed by extract_jsonl() with thread_engine(), so a
worker builds its engine on its first task and reuses it for every later one
(the built-in lexicons are loaded once per worker process).  Partitions keep
their order, so the part files concatenated in name order are the CLI's
output for the same input.  Records should carry an id: a record without one
gets its line number within its partition, not within the file.

This module imports dask only when its functions are called, so `import
quoth` never needs dask.
"""
from .jsonl import extract_jsonl


def extract_partition(lines, engine_options=None, **jsonl_options):
    """The output lines for one partition's input lines (runs in a worker)."""
    return list(extract_jsonl(lines, **dict(engine_options or {}), **jsonl_options))


def extract_bag(lines, engine_options=None, **jsonl_options):
    """A bag of output lines (newline-ended str) for a bag of JSONL lines.

    engine_options go to quoth.Engine (lexicons as a path, lang,
    replace_invalid, line_paragraphs, max_bytes); jsonl_options to
    quoth.extract_jsonl (text_field, id_field, keep_fields, errors)."""
    return lines.map_partitions(extract_partition, engine_options=engine_options,
                                **jsonl_options)


def _part_name(i):
    return "%06d" % i


def _write_part(lines, lazy_file):
    with lazy_file as f:
        f.writelines(lines)  # the lines end in newlines already
    return lazy_file.path


def write_jsonl(out, path, name_function=_part_name, **storage_options):
    """Writes a bag of newline-ended lines, one file per partition (path
    holds a '*', replaced by the zero-padded partition number, so the names
    sort in order; any fsspec URL works).  Returns the paths, in order."""
    # Not Bag.to_textfiles: it adds a newline between elements, and with
    # last_endline one for an empty partition too.
    import dask
    from fsspec.core import open_files
    files = open_files(path, mode="wt", encoding="utf-8", name_function=name_function,
                       num=out.npartitions, **storage_options)
    writes = [dask.delayed(_write_part)(part, f) for part, f in zip(out.to_delayed(), files)]
    return list(dask.compute(*writes))


def ship_to_workers(client, workdir=None):
    """Copies this quoth package, with the libquoth it loaded, to every
    worker of client (present and future) and restarts them with it first on
    sys.path (and QUOTH_LIBRARY cleared).  The workers need the library's own dependencies (Debian:
    libicu72 libutf8proc2) but neither quoth nor a build.  Returns the
    directory that was shipped."""
    import os
    import shutil
    import tempfile
    from distributed.diagnostics.plugin import Environ, UploadDirectory
    from . import library_path

    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(workdir or tempfile.mkdtemp(prefix="quoth-ship-"), "quoth-ship")
    pkg = os.path.join(root, "quoth")
    shutil.copytree(here, pkg, ignore=shutil.ignore_patterns("__pycache__", "*.so*"),
                    dirs_exist_ok=True)
    shutil.copy(os.path.realpath(library_path()), os.path.join(pkg, "libquoth.so.0"))
    # Unpack (no restart yet), then clear any QUOTH_LIBRARY the workers have
    # so the shipped copy is the one found; Environ restarts them.
    client.register_worker_plugin(UploadDirectory(root, update_path=True), nanny=True)
    client.register_worker_plugin(Environ({"QUOTH_LIBRARY": ""}), nanny=True)
    return root
