"""extract_jsonl: `quoth extract` over JSONL records, as a Python generator.

It reads records the way the CLI does (text and id fields, --keep-fields,
blank lines skipped, a missing id replaced by the record's line number) and
yields the same output lines, so a pipeline can swap one for the other.
"""
import json

from .engine import json_value, thread_engine
from .errors import QuothError, RecordError


def _reject_duplicates(pairs):
    obj = {}
    for k, v in pairs:
        if k in obj:
            raise ValueError("duplicate object key %r" % k)
        obj[k] = v
    return obj


def _reject_constant(name):
    raise ValueError("invalid JSON value %s" % name)


def parse_record(line, recno, text_field="text"):
    """The JSON object on one line; RecordError as the CLI would skip it."""
    try:
        rec = json.loads(line, object_pairs_hook=_reject_duplicates,
                         parse_constant=_reject_constant)
    except ValueError as e:  # JSONDecodeError and UnicodeDecodeError too
        raise RecordError(recno, "invalid JSON: %s" % e) from None
    if not isinstance(rec, dict):
        raise RecordError(recno, "record is not a JSON object")
    if text_field not in rec:
        raise RecordError(recno, 'no "%s" field' % text_field)
    if not isinstance(rec[text_field], str):
        raise RecordError(recno, 'field "%s" is not a string' % text_field)
    return rec


# Fields every output record has; --keep-fields may not name them.
_OWN_FIELDS = ("id", "quotes", "entities", "diagnostics")


def _keep_list(keep_fields):
    if isinstance(keep_fields, str):
        keep_fields = keep_fields.split(",")
    keep = [k for k in keep_fields or () if k]
    for k in keep:
        if k in _OWN_FIELDS:
            raise ValueError("keep_fields: '%s' is a field quoth writes itself" % k)
    return keep


def _id_json(rec, recno, id_field):
    """The record's id as JSON, or its line number when it has none."""
    return json_value(rec[id_field]) if id_field in rec else str(recno)


def _with_kept(out, rec, keep):
    """out (one rendered JSONL line) with the kept fields of rec added at
    the end of its object, as the CLI adds them."""
    extra = "".join("," + json_value(k) + ":" + json_value(rec[k]) for k in keep if k in rec)
    return out[:-2] + extra + out[-2:] if extra and out.endswith("}\n") else out


def _is_blank(line):
    if isinstance(line, (bytes, bytearray)):
        return not line.strip(b" \t\r\n")
    return not line.strip(" \t\r\n")


def extract_jsonl(lines, engine=None, *, text_field="text", id_field="id",
                  keep_fields=(), errors="raise", start=1, **engine_options):
    """Yields one JSONL output line (a str ending in a newline) per record.

    lines        -- an iterable of JSONL lines (str or bytes; a file works)
    engine       -- an Engine; default: thread_engine(**engine_options)
    keep_fields  -- fields copied from the record to the end of its output
                    object ("a,b" or a list)
    errors       -- "raise" (default): the first bad record or document raises
                    QuothError; "skip": skip it; a callable: called with the
                    exception, then the record is skipped (the CLI's behaviour)
    start        -- the line number of the first line (ids of records with
                    no id field are line numbers, as in the CLI)
    """
    if errors not in ("raise", "skip") and not callable(errors):
        raise ValueError('errors must be "raise", "skip" or a callable')
    if engine is None:
        engine = thread_engine(**engine_options)
    return _extract(lines, engine, text_field, id_field, _keep_list(keep_fields), errors, start)


def _extract(lines, engine, text_field, id_field, keep, errors, start):
    for recno, line in enumerate(lines, start):
        if _is_blank(line):
            continue
        try:
            rec = parse_record(line, recno, text_field)
            out = engine.render(rec[text_field], id_json=_id_json(rec, recno, id_field))
            yield _with_kept(out, rec, keep)
        except QuothError as e:
            if not isinstance(e, RecordError):  # keep the type and offset
                e.recno = recno
                e.args = ("record %d: %s" % (recno, e.message),)
            if errors == "raise":
                raise
            if callable(errors):
                errors(e)
