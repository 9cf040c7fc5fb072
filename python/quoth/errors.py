"""Exceptions: each carries the library's status code and its message."""

# Status codes from include/quoth.h.
OK = 0
ENOMEM = -1
EINVAL = -2
EUTF8 = -3
ENUL = -4
EBOM = -5
EIO = -6
ELEXICON = -7
EICU = -8
ETOOBIG = -9
ELOCALE = -10


class QuothError(Exception):
    """A call into libquoth failed.

    status  -- the library's status code (negative; see quoth.errors)
    message -- quoth_strerror(status), plus detail where there is some
    """

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


class InputError(QuothError, ValueError):
    """The text cannot be processed: invalid UTF-8 (a lone surrogate in a
    Python str), a NUL character or a byte order mark inside the text.

    offset -- byte offset of the problem in the UTF-8 encoding of the text
    index  -- the same position as an index into the Python str (None when
              the input was bytes)
    """

    def __init__(self, status, message, offset, index=None):
        super().__init__(status, message)
        self.offset = offset
        self.index = index


class RecordError(QuothError, ValueError):
    """A JSONL record is unusable (not JSON, not an object, no text field,
    duplicate keys...).  recno is its 1-based line number in the stream."""

    def __init__(self, recno, message, status=EINVAL):
        super().__init__(status, "record %d: %s" % (recno, message))
        self.recno = recno
