/*
 * jsonl_fast.h - the common JSONL record without building a JSON tree.
 *
 * Parsing a record with jansson costs about as much as finding its
 * sentences: it copies every string into a tree we throw away.  Most
 * records are flat objects of strings, numbers and lists, and all we need
 * is one decoded string (the text) and the raw JSON of a few fields (the id
 * and the kept fields).  This scanner handles exactly that case and says
 * "no" to anything else (nested objects, escaped or repeated keys, long
 * numbers, invalid UTF-8, malformed JSON...), so that the caller falls back
 * to jansson, whose answers (and error messages) stay the reference.  When
 * it says yes, the results are the same bytes jansson would give.
 */
#ifndef QUOTH_CLI_JSONL_FAST_H
#define QUOTH_CLI_JSONL_FAST_H

#include <stddef.h>

typedef struct cli_slice {
  const char *p; /* raw JSON of a value inside the line; NULL when absent */
  size_t n;
} cli_slice;

/* Scans line[0..len) as one record.  On success returns 1, stores the
 * decoded text field in *text (malloc'ed, NUL-terminated, *text_len bytes)
 * and the raw JSON of field want[i] in got[i] (i < nwant).  Returns 0 when
 * the record needs the general parser (nothing allocated), -1 when out of
 * memory. */
int cli_fast_record(const char *line, size_t len, const char *text_field,
                    const char *const *want, size_t nwant, cli_slice *got, char **text,
                    size_t *text_len);

#endif
