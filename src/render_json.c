/* render_json.c - one JSON object per document (docs/output-format.md). */
#include "render.h"

#include <string.h>

typedef struct json_ctx {
  quoth__buf *b;
  const quoth_doc *doc;
  quoth_offsets mode;
  quoth__offset_cursor cur;
} json_ctx;

static void j_key(json_ctx *j, const char *key) {
  quoth__buf_json_string(j->b, key, strlen(key));
  quoth__buf_putc(j->b, ':');
}

static void j_str_or_null(json_ctx *j, const char *s) {
  if (s) quoth__buf_json_string(j->b, s, strlen(s));
  else quoth__buf_puts(j->b, "null");
}

/* A string field that the schema says is never null. */
static void j_str(json_ctx *j, const char *s) { j_str_or_null(j, s ? s : ""); }

static void j_off(json_ctx *j, size_t byte) {
  quoth__buf_uint(j->b, quoth__cursor_offset(&j->cur, byte));
}

static int span_absent(quoth_span s) { return s.start == 0 && s.end == 0; }

/* {"start":..,"end":..,"text":..} or null. */
static void j_span_obj(json_ctx *j, quoth_span s, int with_lemma, const char *lemma) {
  if (span_absent(s)) {
    quoth__buf_puts(j->b, "null");
    return;
  }
  quoth__buf_puts(j->b, "{\"start\":");
  j_off(j, s.start);
  quoth__buf_puts(j->b, ",\"end\":");
  j_off(j, s.end);
  quoth__buf_puts(j->b, ",\"text\":");
  quoth__render_json_text(j->b, j->doc, s);
  if (with_lemma) {
    quoth__buf_puts(j->b, ",\"lemma\":");
    j_str_or_null(j, lemma);
  }
  quoth__buf_putc(j->b, '}');
}

static void j_entity_name(json_ctx *j, const quoth_entity *e) {
  j_str_or_null(j, e ? quoth_entity_name(e) : NULL);
}

static void j_parts(json_ctx *j, const quoth_statement *st) {
  quoth__buf_putc(j->b, '[');
  for (size_t i = 0; i < quoth_statement_part_count(st); i++) {
    quoth_span p = quoth_statement_part(st, i);
    if (i) quoth__buf_putc(j->b, ',');
    quoth__buf_putc(j->b, '[');
    j_off(j, p.start);
    quoth__buf_putc(j->b, ',');
    j_off(j, p.end);
    quoth__buf_putc(j->b, ']');
  }
  quoth__buf_putc(j->b, ']');
}

static void j_statement_speaker(json_ctx *j, const quoth_statement *st) {
  const quoth_entity *sp = quoth_statement_speaker(st);
  j_key(j, "speaker");
  j_entity_name(j, sp);
  quoth__buf_puts(j->b, ",\"speaker_type\":");
  j_str_or_null(j, sp ? quoth_entity_type_name(quoth_entity_type_of(sp)) : NULL);
  quoth__buf_puts(j->b, ",\"speaker_title\":");
  j_str_or_null(j, quoth_entity_title(sp, 0));
  quoth__buf_puts(j->b, ",\"speaker_mention\":");
  j_span_obj(j, quoth_statement_speaker_mention(st), 0, NULL);
  quoth__buf_puts(j->b, ",\"resolved_by\":");
  j_str_or_null(j, quoth_resolution_name(quoth_statement_resolution(st)));
}

static void j_statement(json_ctx *j, const quoth_statement *st) {
  quoth_span s = quoth_statement_span(st);
  quoth__buf_puts(j->b, "{\"start\":");
  j_off(j, s.start);
  quoth__buf_puts(j->b, ",\"end\":");
  j_off(j, s.end);
  quoth__buf_puts(j->b, ",\"text\":");
  quoth__render_json_text(j->b, j->doc, s);
  quoth__buf_puts(j->b, ",\"kind\":");
  j_str_or_null(j, quoth_kind_name(quoth_statement_kind(st)));
  quoth__buf_putc(j->b, ',');
  j_statement_speaker(j, st);
  quoth__buf_puts(j->b, ",\"cue\":");
  j_span_obj(j, quoth_statement_cue(st), 1, quoth_statement_cue_lemma(st));
  quoth__buf_puts(j->b, ",\"addressee\":");
  j_entity_name(j, quoth_statement_addressee(st));
  quoth__buf_puts(j->b, ",\"reporter\":");
  j_entity_name(j, quoth_statement_reporter(st));
  quoth__buf_puts(j->b, ",\"parts\":");
  j_parts(j, st);
  const quoth_entity *sp = quoth_statement_speaker(st);
  quoth__buf_puts(j->b, ",\"sentence\":");
  quoth__buf_uint(j->b, quoth_statement_sentence(st));
  quoth__buf_puts(j->b, ",\"paragraph\":");
  quoth__buf_uint(j->b, quoth_statement_paragraph(st));
  quoth__buf_puts(j->b, ",\"entity\":");
  if (sp) quoth__buf_uint(j->b, quoth_entity_index(sp));
  else quoth__buf_puts(j->b, "null");
  quoth__buf_puts(j->b, ",\"confidence\":");
  quoth__render_fixed2(j->b, quoth_statement_confidence(st));
  quoth__buf_puts(j->b, ",\"rule\":");
  j_str(j, quoth_statement_rule(st));
  quoth__buf_putc(j->b, '}');
}

static void j_strings(json_ctx *j, const quoth_entity *e, size_t n,
                      const char *(*get)(const quoth_entity *, size_t)) {
  quoth__buf_putc(j->b, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) quoth__buf_putc(j->b, ',');
    j_str(j, get(e, i));
  }
  quoth__buf_putc(j->b, ']');
}

static void j_entity(json_ctx *j, const quoth_entity *e) {
  quoth__buf_puts(j->b, "{\"id\":");
  quoth__buf_uint(j->b, quoth_entity_index(e));
  quoth__buf_puts(j->b, ",\"name\":");
  j_str(j, quoth_entity_name(e));
  quoth__buf_puts(j->b, ",\"type\":");
  j_str_or_null(j, quoth_entity_type_name(quoth_entity_type_of(e)));
  quoth__buf_puts(j->b, ",\"titles\":");
  j_strings(j, e, quoth_entity_title_count(e), quoth_entity_title);
  quoth__buf_puts(j->b, ",\"aliases\":");
  j_strings(j, e, quoth_entity_alias_count(e), quoth_entity_alias);
  quoth__buf_puts(j->b, ",\"mentions\":[");
  for (size_t i = 0; i < quoth_entity_mention_count(e); i++) {
    if (i) quoth__buf_putc(j->b, ',');
    j_span_obj(j, quoth_entity_mention(e, i), 0, NULL);
  }
  quoth__buf_puts(j->b, "]}");
}

static void j_diagnostic(json_ctx *j, const quoth_diagnostic *d) {
  quoth_span s = quoth_diagnostic_span(d);
  quoth__buf_puts(j->b, "{\"rule\":");
  j_str(j, quoth_diagnostic_rule(d));
  quoth__buf_puts(j->b, ",\"severity\":");
  j_str_or_null(j, quoth_severity_name(quoth_diagnostic_severity(d)));
  quoth__buf_puts(j->b, ",\"start\":");
  j_off(j, s.start);
  quoth__buf_puts(j->b, ",\"end\":");
  j_off(j, s.end);
  quoth__buf_puts(j->b, ",\"byte_start\":");
  quoth__buf_uint(j->b, s.start);
  quoth__buf_puts(j->b, ",\"byte_end\":");
  quoth__buf_uint(j->b, s.end);
  quoth__buf_puts(j->b, ",\"text\":");
  quoth__render_json_text(j->b, j->doc, s);
  quoth__buf_puts(j->b, ",\"message\":");
  j_str(j, quoth_diagnostic_message(d));
  quoth__buf_putc(j->b, '}');
}

void quoth__render_json(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        quoth__buf *b) {
  json_ctx j = {b, doc, mode, {0}};
  quoth__cursor_init(&j.cur, doc, mode);
  quoth__buf_puts(b, "{\"id\":");
  quoth__buf_puts(b, id_json ? id_json : "null");
  quoth__buf_puts(b, ",\"quotes\":[");
  for (size_t i = 0; i < quoth_doc_statement_count(doc); i++) {
    if (i) quoth__buf_putc(b, ',');
    j_statement(&j, quoth_doc_statement(doc, i));
  }
  quoth__buf_puts(b, "],\"entities\":[");
  for (size_t i = 0; i < quoth_doc_entity_count(doc); i++) {
    if (i) quoth__buf_putc(b, ',');
    j_entity(&j, quoth_doc_entity(doc, i));
  }
  quoth__buf_puts(b, "],\"diagnostics\":[");
  for (size_t i = 0; i < quoth_doc_diagnostic_count(doc); i++) {
    if (i) quoth__buf_putc(b, ',');
    j_diagnostic(&j, quoth_doc_diagnostic(doc, i));
  }
  quoth__buf_puts(b, "]}\n");
}
