/* buf.c - see buf.h. */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

void quoth__buf_init(quoth__buf *b) { memset(b, 0, sizeof *b); }

void quoth__buf_free(quoth__buf *b) {
  free(b->data);
  quoth__buf_init(b);
}

static int buf_reserve(quoth__buf *b, size_t extra) {
  if (b->oom) return -1;
  if (extra > (size_t)-1 - b->len - 1) goto oom;
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < need) {
    if (cap > (size_t)-1 / 2) goto oom;
    cap *= 2;
  }
  char *d = realloc(b->data, cap);
  if (!d) goto oom;
  b->data = d;
  b->cap = cap;
  return 0;
oom:
  b->oom = 1;
  return -1;
}

void quoth__buf_add_slow(quoth__buf *b, const char *s, size_t n) {
  if (n == 0 || buf_reserve(b, n)) return;
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

void quoth__buf_uint(quoth__buf *b, size_t v) {
  char num[24];
  size_t n = sizeof num;
  do num[--n] = (char)('0' + v % 10), v /= 10;
  while (v);
  quoth__buf_add(b, num + n, sizeof num - n);
}

void quoth__buf_printf(quoth__buf *b, const char *fmt, ...) {
  char small[128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    quoth__buf_add(b, small, (size_t)n);
    return;
  }
  if (buf_reserve(b, (size_t)n)) return;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void quoth__buf_json_string(quoth__buf *b, const char *s, size_t n) {
  quoth__buf_putc(b, '"');
  quoth__buf_json_escape(b, s, n);
  quoth__buf_putc(b, '"');
}

/* Is s[i] the start of something the writers must not copy: an invalid
 * UTF-8 byte, a NUL or U+FEFF?  *next is set to the following character. */
static int buf_unsafe(const char *s, size_t n, size_t i, size_t *next) {
  int32_t cp = quoth__utf8_decode(s, n, i, next);
  return cp == 0 || cp == 0xFEFF || (cp == QUOTH__REPLACEMENT && *next == i + 1);
}

void quoth__buf_json_escape(quoth__buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  size_t run = 0; /* start of the current run of bytes needing no escape */
  for (size_t i = 0, next; i < n; i = next) {
    /* eight printable ASCII bytes with no '"' or '\\' at a time (false
     * alarms only fall to the byte test below) */
    while (i + 8 <= n) {
      uint64_t w, q, bs;
      memcpy(&w, s + i, 8);
      q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
      if ((w | (w - ones * 0x20) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & high) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    next = i + 1;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') continue;
    if (c >= 0x80 && !buf_unsafe(s, n, i, &next)) continue;
    quoth__buf_add(b, s + run, i - run);
    run = next;
    switch (c) {
    case '"': quoth__buf_add(b, "\\\"", 2); break;
    case '\\': quoth__buf_add(b, "\\\\", 2); break;
    case '\n': quoth__buf_add(b, "\\n", 2); break;
    case '\r': quoth__buf_add(b, "\\r", 2); break;
    case '\t': quoth__buf_add(b, "\\t", 2); break;
    default:
      if (c == 0 || c >= 0x80) {
        quoth__buf_add(b, "\\ufffd", 6);
      } else {
        char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        quoth__buf_add(b, e, 6);
      }
    }
  }
  quoth__buf_add(b, s + run, n - run);
}

void quoth__buf_text(quoth__buf *b, const char *s, size_t n, int flat) {
  size_t run = 0;
  for (size_t i = 0, next; i < n; i = next) {
    unsigned char c = (unsigned char)s[i];
    next = i + 1;
    int unsafe = c == 0 || (c >= 0x80 && buf_unsafe(s, n, i, &next));
    int brk = 0;
    if (flat && !unsafe) {
      int32_t cp = quoth__utf8_decode(s, n, i, &next);
      brk = cp == '\t' || quoth__is_linebreak(cp);
    }
    if (!unsafe && !brk) continue;
    quoth__buf_add(b, s + run, i - run);
    run = next;
    if (unsafe) quoth__buf_add(b, "\xEF\xBF\xBD", 3);
    else quoth__buf_putc(b, ' ');
  }
  quoth__buf_add(b, s + run, n - run);
}

void quoth__buf_terminate(quoth__buf *b) {
  if (buf_reserve(b, 0) == 0) b->data[b->len] = '\0';
}
