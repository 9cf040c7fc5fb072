/*
 * buf.h - growable byte buffer used by the writers.
 *
 * Appends never fail loudly: the first allocation failure sets buf->oom and
 * later appends do nothing, so a writer checks once at the end.
 */
#ifndef QUOTH_BUF_H
#define QUOTH_BUF_H

#include <stddef.h>

typedef struct quoth__buf {
  char *data;
  size_t len, cap;
  int oom;
} quoth__buf;

void quoth__buf_init(quoth__buf *b);
void quoth__buf_free(quoth__buf *b);
void quoth__buf_add(quoth__buf *b, const char *s, size_t n);
void quoth__buf_puts(quoth__buf *b, const char *s);
void quoth__buf_putc(quoth__buf *b, char c);
void quoth__buf_printf(quoth__buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The writers copy text from documents, which under
 * QUOTH_OPT_REPLACE_INVALID may hold invalid UTF-8, NUL bytes and U+FEFF;
 * the option promises U+FFFD for each, so the functions below write U+FFFD
 * for every invalid byte, NUL and U+FEFF, and their output is always valid
 * UTF-8. */
/* s[0..n) as a JSON string literal, quotes included. */
void quoth__buf_json_string(quoth__buf *b, const char *s, size_t n);
/* The same without the surrounding quotes. */
void quoth__buf_json_escape(quoth__buf *b, const char *s, size_t n);
/* s[0..n) as plain text; flat != 0 turns tabs and line breaks into spaces
 * (for one-line formats). */
void quoth__buf_text(quoth__buf *b, const char *s, size_t n, int flat);
/* Ensures a terminating NUL (not counted in len). */
void quoth__buf_terminate(quoth__buf *b);

#endif
