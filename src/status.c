/* status.c - status messages and the version string. */
#include "config.h"
#include "quoth.h"

const char *quoth_strerror(int status) {
  switch (status) {
  case QUOTH_OK: return "success";
  case QUOTH_ENOMEM: return "out of memory";
  case QUOTH_EINVAL: return "invalid argument";
  case QUOTH_EUTF8: return "invalid UTF-8";
  case QUOTH_ENUL: return "NUL byte in text";
  case QUOTH_EBOM: return "byte order mark inside text";
  case QUOTH_EIO: return "input/output error";
  case QUOTH_ELEXICON: return "malformed lexicon";
  case QUOTH_EICU: return "ICU error";
  case QUOTH_ETOOBIG: return "document larger than the maximum size";
  case QUOTH_ELOCALE: return "unsupported language tag";
  }
  return "unknown error";
}

const char *quoth_version(void) { return PACKAGE_VERSION; }
