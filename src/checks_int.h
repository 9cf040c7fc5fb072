/*
 * checks_int.h - what the editorial check modules share: the checker and
 * small code point helpers.  checks.c runs the rules on statements and
 * speakers, checks_marks.c those on quotation marks, checks_names.c the
 * one on name spellings.
 */
#ifndef QUOTH_CHECKS_INT_H
#define QUOTH_CHECKS_INT_H

#include <stdint.h>

#include "checks.h"
#include "lexicon.h"
#include "text.h"

enum { MAX_PAIRS = 64 };

struct quoth__checker {
  const quoth__lextable *loaded; /* en/loaded_verbs: form, lemma, implies */
  int32_t pairs[MAX_PAIRS][2];   /* quotation mark pairs from common/quote_marks */
  size_t npairs;
  size_t distant;
};

/* Rules in their own files; each adds diagnostics, returns 0 or ENOMEM. */
int quoth__check_unbalanced(const quoth__checker *ck, quoth_doc *doc);
int quoth__check_mixed_style(quoth_doc *doc);
int quoth__check_inconsistent_names(quoth_doc *doc);

static inline int32_t cp_at(const quoth_doc *doc, size_t i) {
  size_t next;
  return i < doc->len ? quoth__utf8_decode(doc->text, doc->len, i, &next) : -1;
}

/* The code point that ends just before byte end. */
static inline int32_t cp_before(const quoth_doc *doc, size_t end) {
  return end ? cp_at(doc, quoth__utf8_back(doc->text, end - 1)) : -1;
}

static inline size_t cp_len(const quoth_doc *doc, size_t i) {
  size_t next;
  quoth__utf8_decode(doc->text, doc->len, i, &next);
  return next - i;
}

/* "“" for a code point, for messages (buf holds 5 bytes). */
static inline const char *cp_str(int32_t c, char *buf) {
  unsigned u = (unsigned)c;
  if (u < 0x80) buf[0] = (char)u, buf[1] = 0;
  else if (u < 0x800) buf[0] = (char)(0xC0 | u >> 6), buf[1] = (char)(0x80 | (u & 63)), buf[2] = 0;
  else if (u < 0x10000)
    buf[0] = (char)(0xE0 | u >> 12), buf[1] = (char)(0x80 | ((u >> 6) & 63)),
    buf[2] = (char)(0x80 | (u & 63)), buf[3] = 0;
  else
    buf[0] = (char)(0xF0 | u >> 18), buf[1] = (char)(0x80 | ((u >> 12) & 63)),
    buf[2] = (char)(0x80 | ((u >> 6) & 63)), buf[3] = (char)(0x80 | (u & 63)), buf[4] = 0;
  return buf;
}

/* Message text of a span: at most 60 bytes, cut at a code point boundary. */
#endif
