/* jsontext.c - see jsontext.h. */
#include "jsontext.h"

json_t *cli_json_span_text(const quoth_doc *doc, quoth_span span) {
  char *lit = NULL;
  size_t n = 0;
  if (quoth_doc_span_json(doc, span, &lit, &n) != QUOTH_OK) return NULL;
  json_t *j = json_loadb(lit, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
  quoth_string_free(lit);
  return j;
}
