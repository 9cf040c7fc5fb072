/* calibrate.c - see calibrate.h. */
#include "calibrate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The row for the statement's rule and resolution, else its rule's row;
 * NULL when neither exists.  A statement without a speaker is looked up as
 * "RULE/none" only: the rule's row measures statements that have one. */
static const quoth__lexrow *lookup(const quoth__lextable *t, const quoth_statement *st) {
  int speakerless = st->speaker == QUOTH__NONE;
  const char *res = speakerless ? "none" : quoth_resolution_name(st->resolved);
  char key[128];
  int n = snprintf(key, sizeof key, "%s/%s", st->rule, res);
  const quoth__lexrow *r = NULL;
  /* Rule and resolution names are lower-case ASCII: already normalized
   * keys, so no folding (quoth__lex_find) per statement. */
  if (n > 0 && (size_t)n < sizeof key) r = quoth__lex_get(t, key, (size_t)n);
  if (r || speakerless) return r;
  return quoth__lex_get(t, st->rule, strlen(st->rule));
}

void quoth__calibrate(const quoth__lextable *t, quoth_doc *doc) {
  if (!t) return;
  for (size_t i = 0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (!st->rule) continue;
    const quoth__lexrow *r = lookup(t, st);
    /* The loader has checked that column 1 is a number in [0, 1]. */
    if (r) st->confidence = strtod(quoth__lex_col(r, 1), NULL);
  }
}

void quoth__drop_below(quoth_doc *doc, double min) {
  size_t w = 0;
  for (size_t i = 0; i < doc->nstatements; i++)
    if (doc->statements[i].confidence >= min) doc->statements[w++] = doc->statements[i];
  doc->nstatements = w;
}
