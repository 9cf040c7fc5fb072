/* attribute.c - see attribute.h.  (Foundation version: quotes only.) */
#include "attribute.h"

#include <stdlib.h>

#include "lexicon.h"

struct quoth__attributor {
  const quoth__lextable *verbs;
};

int quoth__attributor_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                          quoth__attributor **out) {
  quoth__attributor *a = calloc(1, sizeof *a);
  if (!a) return QUOTH_ENOMEM;
  a->verbs = quoth__lex_table(lex, lang, "speech_verbs");
  *out = a;
  return QUOTH_OK;
}

void quoth__attributor_free(quoth__attributor *a) { free(a); }

int quoth__attribute(quoth__attributor *a, quoth_doc *doc) {
  for (size_t i = 0; i < doc->nquotes; i++) {
    const quoth_quote *q = &doc->quotes[i];
    /* Contract with quotes.c: terms and titles are not statements; nested
     * quotes belong to their parent; fragments are parts of mixed quotes. */
    if (q->kind != QUOTH_QUOTE_SPEECH || q->parent != QUOTH__NONE) continue;
    quoth_statement *st = quoth__doc_add_statement(doc);
    if (!st) return QUOTH_ENOMEM;
    st->parts = quoth__arena_alloc(&doc->arena, sizeof *st->parts);
    if (!st->parts) return QUOTH_ENOMEM;
    st->parts[0] = q->span;
    st->nparts = 1;
    st->kind = (q->flags & QUOTH_QUOTE_FRAGMENT) ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT;
    st->rule = "quote";
    st->sentence = quoth__doc_sentence_at(doc, q->span.start);
    st->paragraph = q->paragraph;
  }
  return QUOTH_OK;
}
