/* render.c - quoth_doc_render() and helpers shared by the writers. */
#include "render.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

size_t quoth__render_offset(const quoth_doc *doc, quoth_offsets mode, size_t byte) {
  switch (mode) {
  case QUOTH_OFFSETS_BYTE: return byte;
  case QUOTH_OFFSETS_UTF16: return quoth_doc_utf16_offset(doc, byte);
  case QUOTH_OFFSETS_CODEPOINT: break;
  }
  return quoth_doc_codepoint_offset(doc, byte);
}

enum { CURSOR_WINDOW = 128 }; /* walk on at most this far; else use the checkpoints */

void quoth__cursor_init(quoth__offset_cursor *c, const quoth_doc *doc, quoth_offsets mode) {
  *c = (quoth__offset_cursor){doc, mode, 0, 0, 1};
}

size_t quoth__cursor_offset(quoth__offset_cursor *c, size_t byte) {
  size_t len;
  const char *t = quoth_doc_text(c->doc, &len);
  if (c->mode == QUOTH_OFFSETS_BYTE) return byte;
  if (byte > len) byte = len;
  if (!c->valid || byte < c->byte || byte - c->byte > CURSOR_WINDOW) {
    size_t unit = quoth__render_offset(c->doc, c->mode, byte);
    /* Remember it only at a position every decoding from the start passes
     * through: ASCII and lead bytes never sit inside a valid sequence. */
    unsigned char b = byte < len ? (unsigned char)t[byte] : 0;
    c->valid = byte == len || b < 0x80 || b >= 0xC0;
    c->byte = byte, c->unit = unit;
    return unit;
  }
  size_t i = c->byte, unit = c->unit, next;
  while (i < byte) { /* the same walk as the offset table's (text.c) */
    uint64_t w; /* eight ASCII bytes at a time: one unit each */
    if (i + 8 <= byte && (memcpy(&w, t + i, 8), !(w & 0x8080808080808080ULL))) {
      i += 8, unit += 8;
      continue;
    }
    int32_t cp = quoth__utf8_decode(t, len, i, &next);
    unit += c->mode == QUOTH_OFFSETS_UTF16 && cp >= 0x10000 ? 2 : 1;
    i = next;
  }
  c->byte = i, c->unit = unit;
  return unit;
}

void quoth__render_json_text(quoth__buf *b, const quoth_doc *doc, quoth_span span) {
  size_t len;
  const char *t = quoth_doc_text(doc, &len);
  if (span.end > len) span.end = len;
  if (span.start > span.end) span.start = span.end;
  quoth__buf_json_string(b, t + span.start, span.end - span.start);
}

void quoth__render_plain_text(quoth__buf *b, const quoth_doc *doc, quoth_span span, int flat) {
  size_t len;
  const char *t = quoth_doc_text(doc, &len);
  if (span.end > len) span.end = len;
  if (span.start > span.end) span.start = span.end;
  quoth__buf_text(b, t + span.start, span.end - span.start, flat);
}

void quoth__render_plain_str(quoth__buf *b, const char *s) {
  if (s) quoth__buf_text(b, s, strlen(s), 1);
}

void quoth__render_fixed2(quoth__buf *b, double x) {
  if (!isfinite(x) || fabs(x) > 1e15) x = 0.0;
  double r = x < 0 ? -x : x;
  long long h = (long long)(r * 100.0 + 0.5);
  char frac[3] = {'.', (char)('0' + h % 100 / 10), (char)('0' + h % 10)};
  if (x < 0 && h) quoth__buf_putc(b, '-');
  quoth__buf_uint(b, (size_t)(h / 100));
  quoth__buf_add(b, frac, 3);
}

/* Appends code point cp as UTF-8; tabs and line breaks become spaces. */
static void put_cp_flat(quoth__buf *b, uint32_t cp) {
  char u[4];
  if (cp == '\t' || cp == '\n' || cp == '\r') cp = ' ';
  if (cp < 0x80) {
    quoth__buf_putc(b, (char)cp);
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F));
    quoth__buf_add(b, u, 2);
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    quoth__buf_add(b, u, 3);
  } else {
    u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    u[2] = (char)(0x80 | (cp >> 6 & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F));
    quoth__buf_add(b, u, 4);
  }
}

/* A raw byte with tabs and line breaks as spaces. */
static void put_byte_flat(quoth__buf *b, char c) {
  quoth__buf_putc(b, c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

/* Four hex digits at s, or -1. */
static long hex4(const char *s) {
  long v = 0;
  for (int i = 0; i < 4; i++) {
    char c = s[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/* Decodes the escape at s (just after a backslash); returns bytes used. */
static size_t unescape_one(quoth__buf *b, const char *s) {
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  const char *k = *s ? strchr(from, *s) : NULL;
  if (k) {
    put_cp_flat(b, (unsigned char)to[k - from]);
    return 1;
  }
  long hi = *s == 'u' ? hex4(s + 1) : -1;
  if (hi < 0) return 0; /* not an escape: drop the backslash */
  if (hi >= 0xD800 && hi < 0xDC00 && s[5] == '\\' && s[6] == 'u') {
    long lo = hex4(s + 7);
    if (lo >= 0xDC00 && lo < 0xE000) {
      put_cp_flat(b, (uint32_t)(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)));
      return 11;
    }
  }
  /* Lone surrogates, NUL and U+FEFF become U+FFFD, as everywhere in output. */
  int bad = (hi >= 0xD800 && hi < 0xE000) || hi == 0 || hi == 0xFEFF;
  put_cp_flat(b, bad ? 0xFFFD : (uint32_t)hi);
  return 5;
}

void quoth__render_id_plain(quoth__buf *b, const char *id_json, const char *dflt) {
  if (!id_json) {
    quoth__buf_puts(b, dflt);
    return;
  }
  quoth__buf raw; /* decoded, then cleaned like every other string we write */
  quoth__buf_init(&raw);
  if (id_json[0] != '"') quoth__buf_puts(&raw, id_json);
  for (const char *p = id_json + 1; id_json[0] == '"' && *p && *p != '"'; p++) {
    if (*p == '\\') p += unescape_one(&raw, p + 1);
    else put_byte_flat(&raw, *p);
  }
  if (raw.oom) b->oom = 1;
  else quoth__buf_text(b, raw.data ? raw.data : "", raw.len, 1);
  quoth__buf_free(&raw);
}

int quoth_doc_render(const quoth_doc *doc, quoth_format format, quoth_offsets offsets,
                     const char *id_json, char **out, size_t *outlen) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (outlen) *outlen = 0;
  if (!doc) return QUOTH_EINVAL;
  quoth__buf b;
  quoth__buf_init(&b);
  switch (format) {
  case QUOTH_FORMAT_JSONL: quoth__render_json(doc, offsets, id_json, &b); break;
  case QUOTH_FORMAT_TSV: quoth__render_tsv(doc, offsets, id_json, &b); break;
  case QUOTH_FORMAT_TEXT: quoth__render_text(doc, offsets, id_json, 0, &b); break;
  case QUOTH_FORMAT_TEXT_COLOR: quoth__render_text(doc, offsets, id_json, 1, &b); break;
  default: return QUOTH_EINVAL;
  }
  quoth__buf_terminate(&b);
  if (b.oom) {
    quoth__buf_free(&b);
    return QUOTH_ENOMEM;
  }
  if (!b.data) { /* nothing written: return an empty string */
    b.data = calloc(1, 1);
    if (!b.data) return QUOTH_ENOMEM;
  }
  *out = b.data;
  if (outlen) *outlen = b.len;
  return QUOTH_OK;
}

void quoth_string_free(char *s) { free(s); }

int quoth_doc_span_json(const quoth_doc *doc, quoth_span span, char **out, size_t *outlen) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (outlen) *outlen = 0;
  if (!doc) return QUOTH_EINVAL;
  quoth__buf b;
  quoth__buf_init(&b);
  quoth__render_json_text(&b, doc, span);
  quoth__buf_terminate(&b);
  if (b.oom) {
    quoth__buf_free(&b);
    return QUOTH_ENOMEM;
  }
  *out = b.data;
  if (outlen) *outlen = b.len;
  return QUOTH_OK;
}
