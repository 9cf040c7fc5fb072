/* sentence.c - see sentence.h.  The only file that includes ubrk.h. */
#include "sentence.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "lexicon.h"
#include "text.h"

struct quoth__splitter {
  UBreakIterator *bi;
  UText *ut;
  const quoth__lextable *abbrev;
  unsigned options;
};

int quoth__splitter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                        quoth__splitter **out) {
  char locale[64];
  UErrorCode err = U_ZERO_ERROR;
  quoth__splitter *sp = calloc(1, sizeof *sp);
  if (!sp) return QUOTH_ENOMEM;
  /* ss=standard: ICU's own list of abbreviations that do not end sentences. */
  snprintf(locale, sizeof locale, "%s@ss=standard", lang ? lang : "en");
  sp->bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &err);
  if (U_FAILURE(err)) {
    free(sp);
    return QUOTH_EICU;
  }
  sp->abbrev = quoth__lex_table(lex, lang ? lang : "en", "abbreviations");
  sp->options = options;
  *out = sp;
  return QUOTH_OK;
}

void quoth__splitter_free(quoth__splitter *sp) {
  if (!sp) return;
  if (sp->bi) ubrk_close(sp->bi);
  if (sp->ut) utext_close(sp->ut);
  free(sp);
}

/* Appends [a, b) trimmed of white space, if anything is left. */
static int add_trimmed(quoth_doc *doc, size_t a, size_t b) {
  size_t next;
  while (a < b && quoth__is_space(quoth__utf8_decode(doc->text, b, a, &next))) a = next;
  while (b > a) {
    size_t p = quoth__utf8_back(doc->text, b - 1);
    if (!quoth__is_space(quoth__utf8_decode(doc->text, b, p, &next))) break;
    b = p;
  }
  return a < b ? quoth__doc_add_sentence(doc, a, b) : QUOTH_OK;
}

static int split_paragraph(quoth__splitter *sp, quoth_doc *doc, quoth_span para) {
  UErrorCode err = U_ZERO_ERROR;
  sp->ut = utext_openUTF8(sp->ut, doc->text + para.start, (int64_t)(para.end - para.start), &err);
  if (U_FAILURE(err)) return QUOTH_EICU;
  ubrk_setUText(sp->bi, sp->ut, &err);
  if (U_FAILURE(err)) return QUOTH_EICU;
  size_t prev = para.start;
  for (int32_t b = ubrk_next(sp->bi); b != UBRK_DONE; b = ubrk_next(sp->bi)) {
    size_t pos = para.start + (size_t)b;
    int st = add_trimmed(doc, prev, pos);
    if (st) return st;
    prev = pos;
  }
  return add_trimmed(doc, prev, para.end);
}

int quoth__split(quoth__splitter *sp, quoth_doc *doc) {
  for (size_t i = 0; i < doc->nparagraphs; i++) {
    int st = split_paragraph(sp, doc, doc->paragraphs[i]);
    if (st) return st;
  }
  return QUOTH_OK;
}
