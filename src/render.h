/*
 * render.h - writers: a finished document -> JSONL, TSV or text.  Writers use
 * only the public accessors (plus the shared buffer), so they double as a
 * test that the accessors expose everything.
 */
#ifndef QUOTH_RENDER_H
#define QUOTH_RENDER_H

#include "buf.h"
#include "quoth.h"

void quoth__render_json(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        quoth__buf *b);
void quoth__render_tsv(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                       quoth__buf *b);
/* colour != 0 adds ANSI SGR escapes around the parts of each entry. */
void quoth__render_text(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        int colour, quoth__buf *b);

/* A byte offset in the requested unit. */
size_t quoth__render_offset(const quoth_doc *doc, quoth_offsets mode, size_t byte);

/* The same, remembering the last answer: a writer's offsets mostly come in
 * increasing order and close together, so walking on from the previous one
 * is cheaper than starting from the document's nearest checkpoint.  Local
 * to one rendering (the document itself stays read-only). */
typedef struct quoth__offset_cursor {
  const quoth_doc *doc;
  quoth_offsets mode;
  size_t byte, unit; /* a code point boundary and its offset in mode */
  int valid;
} quoth__offset_cursor;

void quoth__cursor_init(quoth__offset_cursor *c, const quoth_doc *doc, quoth_offsets mode);
size_t quoth__cursor_offset(quoth__offset_cursor *c, size_t byte);
/* doc text [span) as a JSON string; invalid UTF-8 becomes \ufffd. */
void quoth__render_json_text(quoth__buf *b, const quoth_doc *doc, quoth_span span);
/* doc text [span) with invalid UTF-8 replaced by U+FFFD and, when flat != 0,
 * tabs and line breaks turned into spaces. */
void quoth__render_plain_text(quoth__buf *b, const quoth_doc *doc, quoth_span span, int flat);
/* The same for a string from the document (a name, a title); NULL writes
 * nothing.  Always flat. */
void quoth__render_plain_str(quoth__buf *b, const char *s);

/* x with two decimals, independent of the C locale (LC_NUMERIC could
 * otherwise write "0,50" and break the JSON); non-finite values as 0.00. */
void quoth__render_fixed2(quoth__buf *b, double x);

/* The document id for TSV and text: a JSON string literal decoded (tabs and
 * line breaks as spaces), any other JSON value verbatim, NULL as dflt. */
void quoth__render_id_plain(quoth__buf *b, const char *id_json, const char *dflt);

#endif
