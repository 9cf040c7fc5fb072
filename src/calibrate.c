/* calibrate.c - see calibrate.h. */
#include "calibrate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The row for rule/res, else the rule's own row; NULL when neither exists. */
static const quoth__lexrow *lookup(const quoth__lextable *t, const char *rule, const char *res) {
  char key[128];
  int n = snprintf(key, sizeof key, "%s/%s", rule, res);
  const quoth__lexrow *r = NULL;
  if (n > 0 && (size_t)n < sizeof key) r = quoth__lex_find(t, key, (size_t)n);
  if (r) return r;
  return quoth__lex_find(t, rule, strlen(rule));
}

void quoth__calibrate(const quoth__lextable *t, quoth_doc *doc) {
  if (!t) return;
  for (size_t i = 0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (!st->rule) continue;
    const quoth__lexrow *r = lookup(t, st->rule, quoth_resolution_name(st->resolved));
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
