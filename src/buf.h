/*
 * buf.h - growable byte buffer used by the writers.
 *
 * Appends never fail loudly: the first allocation failure sets buf->oom and
 * later appends do nothing, so a writer checks once at the end.
 */
#ifndef QUOTH_BUF_H
#define QUOTH_BUF_H

#include <stddef.h>
#include <string.h>

typedef struct quoth__buf {
  char *data;
  size_t len, cap;
  int oom;
} quoth__buf;

void quoth__buf_init(quoth__buf *b);
void quoth__buf_free(quoth__buf *b);
/* Appends that need to grow the buffer (or find it out of memory). */
void quoth__buf_add_slow(quoth__buf *b, const char *s, size_t n);

/* The writers append a few bytes at a time, so the common case (room left,
 * the terminating NUL included) is inline. */
static inline void quoth__buf_add(quoth__buf *b, const char *s, size_t n) {
  if (!b->oom && n < b->cap - b->len) {
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return;
  }
  quoth__buf_add_slow(b, s, n);
}

static inline void quoth__buf_puts(quoth__buf *b, const char *s) {
  quoth__buf_add(b, s, strlen(s));
}

static inline void quoth__buf_putc(quoth__buf *b, char c) {
  if (!b->oom && b->cap - b->len > 1) {
    b->data[b->len++] = c;
    return;
  }
  quoth__buf_add_slow(b, &c, 1);
}

/* v in decimal (printf is slow for many small numbers). */
void quoth__buf_uint(quoth__buf *b, size_t v);
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
