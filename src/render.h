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
void quoth__render_text(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        quoth__buf *b);

/* A byte offset in the requested unit. */
size_t quoth__render_offset(const quoth_doc *doc, quoth_offsets mode, size_t byte);
/* doc text [span) as a JSON string; invalid UTF-8 becomes \ufffd. */
void quoth__render_json_text(quoth__buf *b, const quoth_doc *doc, quoth_span span);
/* doc text [span) with invalid UTF-8 replaced by U+FFFD and, when flat != 0,
 * tabs and line breaks turned into spaces. */
void quoth__render_plain_text(quoth__buf *b, const quoth_doc *doc, quoth_span span, int flat);

#endif
