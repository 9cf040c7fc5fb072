/* render_text.c - human-readable listing of a document's statements. */
#include "render.h"

#include <string.h>

/* Names and lemmas come from the text: one line, valid UTF-8 (buf.h). */
static void text_str(quoth__buf *b, const char *s) {
  if (s) quoth__buf_text(b, s, strlen(s), 1);
}

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
  text_str(b, sp ? quoth_entity_name(sp) : "(unattributed)");
  if (sp) {
    const char *title = quoth_entity_title(sp, 0);
    quoth__buf_printf(b, " (%s", quoth_entity_type_name(quoth_entity_type_of(sp)));
    if (title) quoth__buf_puts(b, ", ");
    text_str(b, title);
    quoth__buf_putc(b, ')');
  }
  const char *lemma = quoth_statement_cue_lemma(st);
  if (lemma) quoth__buf_puts(b, "; cue: ");
  text_str(b, lemma);
  const quoth_entity *to = quoth_statement_addressee(st);
  if (to) quoth__buf_puts(b, "; to: ");
  text_str(b, to ? quoth_entity_name(to) : NULL);
  quoth__buf_printf(b, "; %s; confidence %.2f\n", quoth_resolution_name(quoth_statement_resolution(st)),
                    quoth_statement_confidence(st));
}

void quoth__render_text(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        quoth__buf *b) {
  size_t n = quoth_doc_statement_count(doc);
  quoth__buf_puts(b, "== ");
  text_str(b, id_json ? id_json : "document");
  quoth__buf_printf(b, ": %zu statement%s\n", n, n == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++) text_statement(b, doc, mode, i);
}
