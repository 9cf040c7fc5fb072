/* text.c - see text.h.  The only file that includes utf8proc.h. */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "arena.h"

enum { OFFSET_STEP = 256 };

int32_t quoth__utf8_decode_slow(const char *text, size_t len, size_t i, size_t *next);

int32_t quoth__utf8_decode_slow(const char *text, size_t len, size_t i, size_t *next) {
  const unsigned char *s = (const unsigned char *)text;
  unsigned c = s[i];
  size_t n;
  uint32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4, cp = c & 0x07, min = 0x10000;
  } else {
    goto bad; /* continuation byte, C0/C1 overlong lead, or > 0xF4 */
  }
  if (len - i < n) goto bad;
  for (size_t k = 1; k < n; k++) {
    unsigned cc = s[i + k];
    if ((cc & 0xC0) != 0x80) goto bad;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) goto bad;
  *next = i + n;
  return (int32_t)cp;
bad:
  *next = i + 1;
  return QUOTH__REPLACEMENT;
}

size_t quoth__utf8_back(const char *s, size_t i) {
  size_t k = 0;
  while (i > 0 && k < 3 && ((unsigned char)s[i] & 0xC0) == 0x80) i--, k++;
  return i;
}

int quoth__utf8_check(const char *s, size_t len, size_t *bad) {
  size_t i = 0, next;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x80) { /* fast path: printable ASCII, 8 at a time */
      uint64_t w;
      i++;
      while (i + 8 <= len) {
        memcpy(&w, s + i, 8);
        /* a byte >= 0x80, or < 0x20 (then b - 0x20 borrows into bit 7);
         * false alarms only fall back to the byte loop */
        if ((w | (w - 0x2020202020202020ULL)) & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    if (c >= 0x80) {
      int32_t cp = quoth__utf8_decode_slow(s, len, i, &next);
      /* A real U+FFFD in the text is three bytes; a replacement is one. */
      if (cp == QUOTH__REPLACEMENT && next == i + 1) goto fail_utf8;
      if (cp == 0xFEFF && i != 0) goto fail_bom;
      i = next;
      continue;
    }
    if (c == 0) goto fail_nul;
    i++;
  }
  return QUOTH_OK;
fail_utf8:
  *bad = i;
  return QUOTH_EUTF8;
fail_nul:
  *bad = i;
  return QUOTH_ENUL;
fail_bom:
  *bad = i;
  return QUOTH_EBOM;
}

/* ---- offsets ------------------------------------------------------------ */

int quoth__offsets_build(quoth__offsets *o, const char *s, size_t len) {
  o->text = s;
  o->len = len;
  o->n = 0;
  o->pts = malloc((len / OFFSET_STEP + 2) * sizeof *o->pts);
  if (!o->pts) return QUOTH_ENOMEM;
  size_t i = 0, cp = 0, u16 = 0, next, mark = 0;
  while (i < len) {
    if (i >= mark) {
      o->pts[o->n++] = (quoth__offset_point){i, cp, u16};
      mark = (i / OFFSET_STEP + 1) * OFFSET_STEP;
    }
    if ((unsigned char)s[i] < 0x80) { /* ASCII run up to the next checkpoint */
      size_t stop = mark < len ? mark : len, i0 = i;
      uint64_t w;
      while (i + 8 <= stop && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL))) i += 8;
      while (i < stop && (unsigned char)s[i] < 0x80) i++;
      cp += i - i0;
      u16 += i - i0;
      continue;
    }
    int32_t c = quoth__utf8_decode(s, len, i, &next);
    cp++;
    u16 += c >= 0x10000 ? 2 : 1;
    i = next;
  }
  o->pts[o->n++] = (quoth__offset_point){len, cp, u16};
  return QUOTH_OK;
}

void quoth__offsets_free(quoth__offsets *o) {
  free(o->pts);
  o->pts = NULL;
  o->n = 0;
}

/* The last checkpoint at or before byte. */
static const quoth__offset_point *offsets_find(const quoth__offsets *o, size_t byte) {
  size_t lo = 0, hi = o->n; /* invariant: pts[lo].byte <= byte */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (o->pts[mid].byte <= byte) lo = mid;
    else hi = mid;
  }
  return &o->pts[lo];
}

static void offsets_walk(const quoth__offsets *o, size_t byte, size_t *cp, size_t *u16) {
  if (!o->pts || o->n == 0) {
    *cp = *u16 = 0;
    return;
  }
  if (byte > o->len) byte = o->len;
  const quoth__offset_point *p = offsets_find(o, byte);
  size_t i = p->byte, next;
  *cp = p->cp;
  *u16 = p->u16;
  while (i < byte) {
    uint64_t w; /* eight ASCII bytes at a time: one unit each */
    if (i + 8 <= byte && (memcpy(&w, o->text + i, 8), !(w & 0x8080808080808080ULL))) {
      i += 8, *cp += 8, *u16 += 8;
      continue;
    }
    int32_t c = quoth__utf8_decode(o->text, o->len, i, &next);
    ++*cp;
    *u16 += c >= 0x10000 ? 2 : 1;
    i = next;
  }
}

size_t quoth__offsets_cp(const quoth__offsets *o, size_t byte) {
  size_t cp, u16;
  offsets_walk(o, byte, &cp, &u16);
  return cp;
}

size_t quoth__offsets_u16(const quoth__offsets *o, size_t byte) {
  size_t cp, u16;
  offsets_walk(o, byte, &cp, &u16);
  return u16;
}

/* ---- character classes -------------------------------------------------- */

/* The inline versions in text.h answer ASCII; these take the rest. */

int quoth__is_space_u(int32_t cp) {
  if (quoth__is_linebreak(cp)) return 1;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0xFEFF;
}

int quoth__is_upper_u(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int quoth__is_lower_u(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }

int quoth__is_letter_u(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

int quoth__is_digit_u(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND; }

int quoth__is_dash_u(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_PD; }

/* ---- paragraphs --------------------------------------------------------- */

/* Trims white space from both ends of [a, b) and appends it if not empty. */
static int para_push(const char *s, size_t a, size_t b, quoth_span **out, size_t *n,
                     size_t *cap) {
  size_t next;
  while (a < b && quoth__is_space(quoth__utf8_decode(s, b, a, &next))) a = next;
  while (b > a) {
    size_t p = quoth__utf8_back(s, b - 1);
    /* Stray continuation bytes right after a break would step back into
     * the break character itself (and give b < a): they are not space. */
    if (p < a || !quoth__is_space(quoth__utf8_decode(s, b, p, &next))) break;
    b = p;
  }
  if (a == b) return 0;
  if (quoth__grow((void **)out, cap, *n + 1, sizeof **out)) return QUOTH_ENOMEM;
  (*out)[(*n)++] = (quoth_span){a, b};
  return 0;
}

/* The line [a, b) holds only white space.  Scans back from b, so a line
 * with text near its end costs a few steps. */
static int line_blank(const char *s, size_t a, size_t b) {
  size_t next;
  while (b > a) {
    size_t p = quoth__utf8_back(s, b - 1);
    if (p < a) p = a;
    if (!quoth__is_space(quoth__utf8_decode(s, b, p, &next)) || next != b) return 0;
    b = p;
  }
  return 1;
}

/* Bytes that may start a line break: LF VT FF CR, and the lead bytes of NEL
 * (C2 85) and U+2028/U+2029 (E2 80 A8/A9). */
static int maybe_break(unsigned char b) {
  return (b >= '\n' && b <= '\r') || b == 0xC2 || b == 0xE2;
}

int quoth__paragraphs(const char *s, size_t len, int per_line, quoth_span **out,
                      size_t *n) {
  size_t cap = 0, start = 0, line = 0, i = 0, next;
  *out = NULL;
  *n = 0;
  while (i < len) {
    uint64_t w;
    if (i + 8 <= len && (memcpy(&w, s + i, 8), !(((w - 0x0E0E0E0E0E0E0E0EULL) | w) &
                                                  0x8080808080808080ULL))) {
      i += 8; /* eight ASCII bytes, none below 0x0E: no line break */
      continue;
    }
    if (!maybe_break((unsigned char)s[i])) {
      i++;
      continue;
    }
    int32_t c = quoth__utf8_decode(s, len, i, &next);
    if (c == '\r' && next < len && s[next] == '\n') next++;
    if (quoth__is_linebreak(c)) {
      /* A paragraph ends at U+2029, at a blank line, or at any break. */
      int ends = c == 0x2029 || per_line || line_blank(s, line, i);
      if (ends && para_push(s, start, i, out, n, &cap)) return QUOTH_ENOMEM;
      if (ends) start = next;
      line = next;
    }
    i = next;
  }
  return para_push(s, start, len, out, n, &cap);
}

/* ---- lookup keys -------------------------------------------------------- */

static size_t fold_ascii(const char *s, size_t len, char *out, size_t cap) {
  if (len > cap) return (size_t)-1;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  return len;
}

size_t quoth__fold(const char *s, size_t len, char *out, size_t cap) {
  if (len <= cap) { /* one pass for ASCII: fold while checking */
    size_t i = 0;
    for (; i < len; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c >= 0x80) break;
      out[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (i == len) return len;
  } else {
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80) i++;
    if (i == len) return fold_ascii(s, len, out, cap);
  }
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &dst,
                                    UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STABLE);
  if (m < 0) return (size_t)-1; /* invalid UTF-8 or out of memory */
  size_t o = 0;
  for (utf8proc_ssize_t k = 0; k < m; k++) {
    /* U+2019 RIGHT SINGLE QUOTATION MARK is the usual typographic apostrophe. */
    if (k + 2 < m && dst[k] == 0xE2 && dst[k + 1] == 0x80 && dst[k + 2] == 0x99) {
      if (o + 1 > cap) goto toolong;
      out[o++] = '\'';
      k += 2;
      continue;
    }
    if (o + 1 > cap) goto toolong;
    out[o++] = (char)dst[k];
  }
  free(dst);
  return o;
toolong:
  free(dst);
  return (size_t)-1;
}
