/* jsonl_fast.c - see jsonl_fast.h.  Every check here is at least as strict
 * as jansson's (with JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL): whatever it
 * is unsure of makes it give up, never guess. */
#include "jsonl_fast.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_KEYS = 64, MAX_DIGITS = 15 };

typedef struct scan {
  const unsigned char *s;
  size_t i, n;
} scan;

static void skip_ws(scan *c) {
  while (c->i < c->n && (c->s[c->i] == ' ' || c->s[c->i] == '\t' || c->s[c->i] == '\n' ||
                         c->s[c->i] == '\r'))
    c->i++;
}

static int eat(scan *c, unsigned char ch) {
  if (c->i >= c->n || c->s[c->i] != ch) return 0;
  c->i++;
  return 1;
}

/* Length of the valid UTF-8 sequence at s[i] (lead byte >= 0x80), or 0:
 * no overlong forms, surrogates or values above U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t i, size_t n) {
  unsigned c = s[i];
  size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (!len || i + len > n) return 0;
  for (size_t k = 1; k < len; k++)
    if ((s[i + k] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && s[i + 1] < 0xA0) return 0;  /* overlong */
  if (c == 0xED && s[i + 1] >= 0xA0) return 0; /* surrogate */
  if (c == 0xF0 && s[i + 1] < 0x90) return 0;  /* overlong */
  if (c == 0xF4 && s[i + 1] >= 0x90) return 0; /* above U+10FFFF */
  return len;
}

static long hex4(const unsigned char *s, size_t i, size_t n) {
  long v = 0;
  if (i + 4 > n) return -1;
  for (size_t k = i; k < i + 4; k++) {
    unsigned d = s[k];
    d = d >= '0' && d <= '9' ? d - '0' : (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10 : 99;
    if (d > 15) return -1;
    v = v * 16 + (long)d;
  }
  return v;
}

/* The escape at s[i] (a backslash): its length, or 0 if invalid.  *cp is
 * the code point it stands for. */
static size_t escape_len(const unsigned char *s, size_t i, size_t n, uint32_t *cp) {
  static const char simple[] = "\"\\/bfnrt", value[] = "\"\\/\b\f\n\r\t";
  if (i + 1 >= n) return 0;
  const char *k = s[i + 1] ? strchr(simple, s[i + 1]) : NULL;
  if (k) return *cp = (unsigned char)value[k - simple], 2;
  if (s[i + 1] != 'u') return 0;
  long hi = hex4(s, i + 2, n);
  if (hi < 0 || (hi >= 0xDC00 && hi <= 0xDFFF)) return 0; /* lone low surrogate */
  if (hi < 0xD800 || hi > 0xDBFF) return *cp = (uint32_t)hi, 6;
  long lo = i + 7 < n && s[i + 6] == '\\' && s[i + 7] == 'u' ? hex4(s, i + 8, n) : -1;
  if (lo < 0xDC00 || lo > 0xDFFF) return 0; /* lone high surrogate */
  *cp = 0x10000 + (uint32_t)((hi - 0xD800) << 10) + (uint32_t)(lo - 0xDC00);
  return 12;
}

/* Skips the string at c->i (its opening quote); *escaped tells whether it
 * holds escapes.  Returns 0 when it is not a valid string. */
static int skip_string(scan *c, int *escaped) {
  uint32_t cp;
  *escaped = 0;
  if (!eat(c, '"')) return 0;
  while (c->i < c->n) {
    unsigned b = c->s[c->i];
    size_t k = 1;
    if (b == '"') return c->i++, 1;
    if (b < 0x20) return 0;
    if (b == '\\') *escaped = 1, k = escape_len(c->s, c->i, c->n, &cp);
    else if (b >= 0x80) k = utf8_seq(c->s, c->i, c->n);
    if (!k) return 0;
    c->i += k;
  }
  return 0;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)? with few digits: longer integers and
 * exponents could overflow, which jansson rejects, so we leave them to it. */
static int skip_number(scan *c) {
  eat(c, '-');
  size_t d0 = c->i;
  while (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9') c->i++;
  size_t nd = c->i - d0;
  if (!nd || nd > MAX_DIGITS || (nd > 1 && c->s[d0] == '0')) return 0;
  if (eat(c, '.')) {
    size_t f0 = c->i;
    while (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9') c->i++;
    if (c->i == f0 || c->i - f0 > MAX_DIGITS) return 0;
  }
  return !(c->i < c->n && (c->s[c->i] == 'e' || c->s[c->i] == 'E' || c->s[c->i] == '.'));
}

static int skip_word(scan *c, const char *w) {
  size_t n = strlen(w);
  if (c->i + n > c->n || memcmp(c->s + c->i, w, n) != 0) return 0;
  c->i += n;
  return 1;
}

/* A string, number, literal, or (at depth 0) a list of those. */
static int skip_value(scan *c, int depth) {
  int esc;
  if (c->i >= c->n) return 0;
  unsigned b = c->s[c->i];
  if (b == '"') return skip_string(c, &esc);
  if (b == '-' || (b >= '0' && b <= '9')) return skip_number(c);
  if (b == 't') return skip_word(c, "true");
  if (b == 'f') return skip_word(c, "false");
  if (b == 'n') return skip_word(c, "null");
  if (b != '[' || depth > 0) return 0; /* objects and nested lists: general parser */
  c->i++;
  skip_ws(c);
  if (eat(c, ']')) return 1;
  for (;;) {
    if (!skip_value(c, depth + 1)) return 0;
    skip_ws(c);
    if (eat(c, ']')) return 1;
    if (!eat(c, ',')) return 0;
    skip_ws(c);
  }
}

/* Decodes the escaped string body s[0..n) (already validated) into out. */
static size_t decode(const unsigned char *s, size_t n, char *out) {
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    if (s[i] != '\\') {
      out[w++] = (char)s[i++];
      continue;
    }
    i += escape_len(s, i, n, &cp);
    if (cp < 0x80) {
      out[w++] = (char)cp;
    } else if (cp < 0x800) {
      out[w++] = (char)(0xC0 | cp >> 6), out[w++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out[w++] = (char)(0xE0 | cp >> 12), out[w++] = (char)(0x80 | (cp >> 6 & 0x3F));
      out[w++] = (char)(0x80 | (cp & 0x3F));
    } else {
      out[w++] = (char)(0xF0 | cp >> 18), out[w++] = (char)(0x80 | (cp >> 12 & 0x3F));
      out[w++] = (char)(0x80 | (cp >> 6 & 0x3F)), out[w++] = (char)(0x80 | (cp & 0x3F));
    }
  }
  return w;
}

static int same(const unsigned char *a, size_t n, const char *b) {
  return strlen(b) == n && memcmp(a, b, n) == 0;
}

/* One "key": value member; keys[] collects the keys seen so far. */
static int member(scan *c, cli_slice *keys, size_t *nkeys, const char *text_field,
                  const char *const *want, size_t nwant, cli_slice *got, cli_slice *text,
                  int *text_esc) {
  int esc;
  size_t k0 = c->i + 1;
  if (!skip_string(c, &esc) || esc || *nkeys == MAX_KEYS) return 0;
  const unsigned char *key = c->s + k0;
  size_t klen = c->i - 1 - k0;
  for (size_t k = 0; k < *nkeys; k++) /* REJECT_DUPLICATES */
    if (keys[k].n == klen && memcmp(keys[k].p, key, klen) == 0) return 0;
  keys[(*nkeys)++] = (cli_slice){(const char *)key, klen};
  skip_ws(c);
  if (!eat(c, ':')) return 0;
  skip_ws(c);
  size_t v0 = c->i;
  int is_text = same(key, klen, text_field);
  if (is_text ? !skip_string(c, text_esc) : !skip_value(c, 0)) return 0;
  if (is_text) *text = (cli_slice){(const char *)c->s + v0 + 1, c->i - v0 - 2};
  for (size_t w = 0; w < nwant; w++)
    if (same(key, klen, want[w])) got[w] = (cli_slice){(const char *)c->s + v0, c->i - v0};
  return 1;
}

int cli_fast_record(const char *line, size_t len, const char *text_field,
                    const char *const *want, size_t nwant, cli_slice *got, char **text,
                    size_t *text_len) {
  scan c = {(const unsigned char *)line, 0, len};
  cli_slice keys[MAX_KEYS], t = {NULL, 0};
  size_t nkeys = 0;
  int esc = 0;
  for (size_t w = 0; w < nwant; w++) got[w] = (cli_slice){NULL, 0};
  skip_ws(&c);
  if (!eat(&c, '{')) return 0;
  skip_ws(&c);
  for (;;) {
    if (!member(&c, keys, &nkeys, text_field, want, nwant, got, &t, &esc)) return 0;
    skip_ws(&c);
    if (eat(&c, '}')) break;
    if (!eat(&c, ',')) return 0;
    skip_ws(&c);
  }
  skip_ws(&c);
  if (c.i != c.n || !t.p) return 0; /* trailing bytes; no text: general parser */
  char *out = malloc(t.n + 1);
  if (!out) return -1;
  *text_len = esc ? decode((const unsigned char *)t.p, t.n, out) : t.n;
  if (!esc) memcpy(out, t.p, t.n);
  out[*text_len] = '\0';
  *text = out;
  return 1;
}
