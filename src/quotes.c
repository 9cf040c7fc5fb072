/* quotes.c - see quotes.h.  (Foundation version: double marks only.) */
#include "quotes.h"

#include <stdlib.h>

#include "lexicon.h"
#include "text.h"

struct quoth__quoter {
  const quoth__lextable *marks;
};

int quoth__quoter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                      quoth__quoter **out) {
  quoth__quoter *q = calloc(1, sizeof *q);
  if (!q) return QUOTH_ENOMEM;
  q->marks = quoth__lex_table(lex, "common", "quote_marks");
  *out = q;
  return QUOTH_OK;
}

void quoth__quoter_free(quoth__quoter *q) { free(q); }

static int scan_paragraph(quoth_doc *doc, size_t p) {
  quoth_span para = doc->paragraphs[p];
  size_t i = para.start, next, open = QUOTH__NONE;
  while (i < para.end) {
    int32_t c = quoth__utf8_decode(doc->text, para.end, i, &next);
    int is_open = c == 0x201C || (c == '"' && open == QUOTH__NONE);
    int is_close = c == 0x201D || (c == '"' && open != QUOTH__NONE);
    if (is_open && open == QUOTH__NONE) {
      open = i;
    } else if (is_close && open != QUOTH__NONE) {
      quoth_quote *q = quoth__doc_add_quote(doc);
      if (!q) return QUOTH_ENOMEM;
      *q = (quoth_quote){{open, next}, {open + (c == '"' ? 1 : 3), i}, QUOTH_QUOTE_SPEECH, 0,
                         QUOTH__NONE, p};
      open = QUOTH__NONE;
    }
    i = next;
  }
  return QUOTH_OK;
}

int quoth__scan_quotes(quoth__quoter *q, quoth_doc *doc) {
  for (size_t p = 0; p < doc->nparagraphs; p++) {
    int st = scan_paragraph(doc, p);
    if (st) return st;
  }
  return QUOTH_OK;
}
