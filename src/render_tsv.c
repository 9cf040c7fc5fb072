/* render_tsv.c - one row per statement; columns in quoth_tsv_header().
 * Fields never contain tabs or line breaks (they become spaces), so any
 * TSV reader splits rows correctly without quoting rules. */
#include "render.h"

#include <string.h>

const char *quoth_tsv_header(void) {
  return "id\tstart\tend\tkind\tspeaker\tspeaker_type\tspeaker_title\tcue\taddressee\t"
         "resolved_by\tconfidence\trule\tsentence\tparagraph\ttext\n";
}

/* A field with tabs and line breaks flattened to spaces (and, as in all
 * writers, invalid UTF-8 replaced; see buf.h). */
static void tsv_str(quoth__buf *b, const char *s) {
  if (s) quoth__buf_text(b, s, strlen(s), 1);
}

static void tsv_speaker(quoth__buf *b, const quoth_entity *sp) {
  tsv_str(b, quoth_entity_name(sp));
  quoth__buf_printf(b, "\t%s\t", sp ? quoth_entity_type_name(quoth_entity_type_of(sp)) : "");
  tsv_str(b, quoth_entity_title(sp, 0));
}

static void tsv_row(quoth__buf *b, const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                    const quoth_statement *st) {
  quoth_span s = quoth_statement_span(st);
  quoth__render_id_plain(b, id_json, "");
  quoth__buf_printf(b, "\t%zu\t%zu\t%s\t", quoth__render_offset(doc, mode, s.start),
                    quoth__render_offset(doc, mode, s.end),
                    quoth_kind_name(quoth_statement_kind(st)));
  tsv_speaker(b, quoth_statement_speaker(st));
  quoth__buf_putc(b, '\t');
  tsv_str(b, quoth_statement_cue_lemma(st));
  quoth__buf_putc(b, '\t');
  tsv_str(b, quoth_entity_name(quoth_statement_addressee(st)));
  quoth__buf_printf(b, "\t%s\t", quoth_resolution_name(quoth_statement_resolution(st)));
  quoth__render_fixed2(b, quoth_statement_confidence(st));
  quoth__buf_putc(b, '\t');
  tsv_str(b, quoth_statement_rule(st));
  quoth__buf_printf(b, "\t%zu\t%zu\t", quoth_statement_sentence(st),
                    quoth_statement_paragraph(st));
  quoth__render_plain_text(b, doc, s, 1);
  quoth__buf_putc(b, '\n');
}

void quoth__render_tsv(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                       quoth__buf *b) {
  for (size_t i = 0; i < quoth_doc_statement_count(doc); i++)
    tsv_row(b, doc, mode, id_json, quoth_doc_statement(doc, i));
}
