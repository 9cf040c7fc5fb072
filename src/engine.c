/* engine.c - see engine.h and quoth.h. */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calibrate.h"
#include "checks.h"
#include "doc.h"
#include "lexicon.h"
#include "text.h"

/* 16 MiB is far above any news article and bounds one document at roughly
 * 1.2 GB of working memory (about 70 bytes per input byte, docs/reliability.md). */
enum { DEFAULT_MAX_BYTES = 16u << 20 };

/* A BCP 47-ish tag: letters, digits, '-' and '_' only, 2..31 bytes. */
static int valid_lang(const char *lang) {
  size_t n = strlen(lang);
  if (n < 2 || n > 31) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = lang[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '-' || c == '_'))
      return 0;
  }
  return 1;
}

int quoth_engine_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                     quoth_engine **out) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (!lex) return QUOTH_EINVAL;
  if (!lang) lang = "en";
  if (!valid_lang(lang)) return QUOTH_ELOCALE;
  quoth_engine *e = calloc(1, sizeof *e);
  if (!e) return QUOTH_ENOMEM;
  e->lex = lex;
  snprintf(e->lang, sizeof e->lang, "%s", lang);
  e->options = options;
  e->max_bytes = DEFAULT_MAX_BYTES;
  e->confidence = quoth__lex_table(lex, e->lang, "confidence");
  int st = quoth__splitter_new(lex, e->lang, options, &e->splitter);
  if (!st && !(options & QUOTH_OPT_SENTENCES_ONLY)) {
    st = quoth__quoter_new(lex, e->lang, options, &e->quoter);
    if (!st) st = quoth__attributor_new(lex, e->lang, options, &e->attributor);
    if (!st) st = quoth__checker_new(lex, e->lang, &e->checker);
  }
  if (st) {
    quoth_engine_free(e);
    return st;
  }
  *out = e;
  return QUOTH_OK;
}

void quoth_engine_free(quoth_engine *e) {
  if (!e) return;
  quoth__splitter_free(e->splitter);
  quoth__quoter_free(e->quoter);
  quoth__attributor_free(e->attributor);
  quoth__checker_free(e->checker);
  free(e);
}

void quoth_engine_set_max_bytes(quoth_engine *e, size_t max) {
  if (e) e->max_bytes = max;
}

void quoth_engine_set_min_confidence(quoth_engine *e, double min) {
  if (e) e->min_confidence = min;
}

void quoth_engine_set_kinds(quoth_engine *e, unsigned kinds) {
  if (e) e->kinds = kinds & QUOTH_KINDS_ALL;
}

/* Keeps the statements whose kind is in the mask (an output selection:
 * the checks have already seen them all). */
static void keep_kinds(quoth_doc *doc, unsigned kinds) {
  size_t w = 0;
  for (size_t i = 0; i < doc->nstatements; i++)
    if (kinds & QUOTH_KIND_BIT(doc->statements[i].kind)) doc->statements[w++] = doc->statements[i];
  doc->nstatements = w;
}

void quoth_engine_set_distant_pronoun(quoth_engine *e, size_t sentences) {
  if (e) quoth__checker_set_distant(e->checker, sentences);
}

size_t quoth_engine_error_offset(const quoth_engine *e) { return e ? e->error_offset : 0; }

static int engine_run(quoth_engine *e, quoth_doc *doc) {
  int st = quoth__offsets_build(&doc->offsets, doc->text, doc->len);
  if (!st)
    st = quoth__paragraphs(doc->text, doc->len, !!(e->options & QUOTH_OPT_LINE_PARAGRAPHS),
                           &doc->paragraphs, &doc->nparagraphs);
  if (!st) st = quoth__split(e->splitter, doc);
  if (st || (e->options & QUOTH_OPT_SENTENCES_ONLY)) return st;
  if (!st) st = quoth__scan_quotes(e->quoter, doc);
  if (!st) st = quoth__attribute(e->attributor, doc);
  if (!st) {
    quoth__calibrate(e->confidence, doc);
    if (e->min_confidence > 0) quoth__drop_below(doc, e->min_confidence);
  }
  if (!st) st = quoth__run_checks(e->checker, doc);
  if (!st && e->kinds && e->kinds != QUOTH_KINDS_ALL) keep_kinds(doc, e->kinds);
  return st;
}

int quoth_engine_process(quoth_engine *e, const char *text, size_t len, quoth_doc **out) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (!e || (!text && len)) return QUOTH_EINVAL;
  e->error_offset = 0;
  if ((e->max_bytes && len > e->max_bytes) || len >= QUOTH__MAX_DOC) return QUOTH_ETOOBIG;
  if (!(e->options & QUOTH_OPT_REPLACE_INVALID)) {
    int st = quoth__utf8_check(text ? text : "", len, &e->error_offset);
    if (st) return st;
  }
  quoth_doc *doc = quoth__doc_new(text ? text : "", len);
  if (!doc) return QUOTH_ENOMEM;
  int st = engine_run(e, doc);
  if (st) {
    quoth_doc_free(doc);
    return st;
  }
  *out = doc;
  return QUOTH_OK;
}
