/* checks.c - see checks.h. */
#include "checks.h"

int quoth__run_checks(quoth_doc *doc) {
  for (size_t i = 0; i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i];
    if (st->kind != QUOTH_KIND_DIRECT || st->speaker != QUOTH__NONE) continue;
    int r = quoth__doc_add_diag(doc, "unattributed-quote", QUOTH_SEVERITY_WARNING,
                                quoth_statement_span(st), "quote has no speaker");
    if (r) return r;
  }
  return QUOTH_OK;
}
