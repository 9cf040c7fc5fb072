/* render_text.c - human-readable listing of a document's statements. */
#include "render.h"

#include <string.h>

static void text_statement(quoth__buf *b, const quoth_doc *doc, quoth_offsets mode, size_t i) {
  const quoth_statement *st = quoth_doc_statement(doc, i);
  const quoth_entity *sp = quoth_statement_speaker(st);
  quoth_span s = quoth_statement_span(st);
  quoth__buf_printf(b, "[%zu] %s, paragraph %zu, sentence %zu, %zu-%zu\n  ", i + 1,
                    quoth_kind_name(quoth_statement_kind(st)), quoth_statement_paragraph(st) + 1,
                    quoth_statement_sentence(st) + 1, quoth__render_offset(doc, mode, s.start),
                    quoth__render_offset(doc, mode, s.end));
  quoth__render_plain_text(b, doc, s, 1);
  quoth__buf_puts(b, "\n  -- ");
  quoth__buf_puts(b, sp ? quoth_entity_name(sp) : "(unattributed)");
  if (sp) {
    const char *title = quoth_entity_title(sp, 0);
    quoth__buf_printf(b, " (%s%s%s)", quoth_entity_type_name(quoth_entity_type_of(sp)),
                      title ? ", " : "", title ? title : "");
  }
  const char *lemma = quoth_statement_cue_lemma(st);
  if (lemma) quoth__buf_printf(b, "; cue: %s", lemma);
  const quoth_entity *to = quoth_statement_addressee(st);
  if (to) quoth__buf_printf(b, "; to: %s", quoth_entity_name(to));
  quoth__buf_printf(b, "; %s; confidence %.2f\n", quoth_resolution_name(quoth_statement_resolution(st)),
                    quoth_statement_confidence(st));
}

void quoth__render_text(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        quoth__buf *b) {
  size_t n = quoth_doc_statement_count(doc);
  quoth__buf_printf(b, "== %s: %zu statement%s\n", id_json ? id_json : "document", n,
                    n == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++) text_statement(b, doc, mode, i);
}
