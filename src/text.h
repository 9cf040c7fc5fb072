/*
 * text.h - the Unicode text layer: UTF-8 decoding and validation, paragraph
 * spans, byte -> code point / UTF-16 offset tables, character classes and
 * normalized (NFC + case folded) lookup keys.
 *
 * This is the only module that includes utf8proc.h.  Nothing here rewrites
 * the caller's text: every offset stays a byte offset into the original
 * bytes, and invalid sequences simply decode as U+FFFD one byte at a time.
 */
#ifndef QUOTH_TEXT_H
#define QUOTH_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "quoth.h"

#define QUOTH__REPLACEMENT 0xFFFD

/* Decodes the code point at s[i] (i < len) and stores the offset of the next
 * one in *next.  Overlong forms, surrogates, values above U+10FFFF, stray
 * continuation bytes and truncated sequences give U+FFFD and advance one
 * byte. */
static inline int32_t quoth__utf8_decode(const char *text, size_t len, size_t i,
                                         size_t *next) {
  const unsigned char *s = (const unsigned char *)text;
  unsigned c = s[i];
  if (c < 0x80) {
    *next = i + 1;
    return (int32_t)c;
  }
  extern int32_t quoth__utf8_decode_slow(const char *, size_t, size_t, size_t *);
  return quoth__utf8_decode_slow(text, len, i, next);
}

/* Start of the code point that contains byte i (steps back over at most 3
 * continuation bytes). */
size_t quoth__utf8_back(const char *s, size_t i);

/* Checks text for invalid UTF-8, NUL bytes and a BOM after offset 0 (a
 * leading BOM is accepted and skipped by later stages).  Returns QUOTH_OK or
 * QUOTH_EUTF8 / QUOTH_ENUL / QUOTH_EBOM with the offending offset in *bad. */
int quoth__utf8_check(const char *s, size_t len, size_t *bad);

/* Byte -> code point / UTF-16 offset conversion with a checkpoint every
 * QUOTH__OFFSET_STEP bytes, so each query walks at most one step. */
typedef struct quoth__offset_point {
  size_t byte, cp, u16;
} quoth__offset_point;

typedef struct quoth__offsets {
  quoth__offset_point *pts; /* owned; free with quoth__offsets_free */
  size_t n;
  const char *text;
  size_t len;
} quoth__offsets;

int quoth__offsets_build(quoth__offsets *o, const char *s, size_t len);
void quoth__offsets_free(quoth__offsets *o);
size_t quoth__offsets_cp(const quoth__offsets *o, size_t byte);
size_t quoth__offsets_u16(const quoth__offsets *o, size_t byte);

/* Paragraph spans, trimmed of surrounding white space.  A paragraph ends at a
 * blank line, at U+2029, and (per_line != 0) at every line break.  Line
 * breaks are LF, CR, CRLF, NEL, U+2028.  Returns 0 or QUOTH_ENOMEM; *out is
 * realloc'ed (caller frees). */
int quoth__paragraphs(const char *s, size_t len, int per_line, quoth_span **out,
                      size_t *n);

/* Character classes (Unicode general categories through utf8proc).  They
 * run once or more per character in every stage, so ASCII is answered
 * inline and only other code points call into utf8proc (text.c). */
int quoth__is_space_u(int32_t cp);  /* the same for cp >= 0x80 */
int quoth__is_upper_u(int32_t cp);
int quoth__is_lower_u(int32_t cp);
int quoth__is_letter_u(int32_t cp);
int quoth__is_digit_u(int32_t cp);
int quoth__is_dash_u(int32_t cp);

/* LF CR NEL LS PS VT FF */
static inline int quoth__is_linebreak(int32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
/* Zs, tab, line breaks, BOM */
static inline int quoth__is_space(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return quoth__is_space_u(cp);
}
/* Lu or Lt */
static inline int quoth__is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return quoth__is_upper_u(cp);
}
/* Ll */
static inline int quoth__is_lower(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return quoth__is_lower_u(cp);
}
/* L* or M* */
static inline int quoth__is_letter(int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return quoth__is_letter_u(cp);
}
/* Nd */
static inline int quoth__is_digit(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return quoth__is_digit_u(cp);
}
/* Pd */
static inline int quoth__is_dash(int32_t cp) {
  if (cp < 0x80) return cp == '-';
  return quoth__is_dash_u(cp);
}

/* Writes the lookup key of s[0..len) (NFC, case folded, U+2019 -> ') into
 * out[0..cap); returns its length, or (size_t)-1 when it does not fit or
 * memory runs out.  ASCII input takes a fast path with no allocation. */
size_t quoth__fold(const char *s, size_t len, char *out, size_t cap);

#endif
