/* render_text.c - human-readable listing of a document's statements, with
 * optional ANSI colour (QUOTH_FORMAT_TEXT_COLOR).  The words are the same
 * with and without colour, so the plain form is what tests pin down. */
#define _GNU_SOURCE /* memmem */
#include "render.h"

#include <string.h>

/* SGR sequences; all empty without colour. */
typedef struct text_style {
  const char *head, *loc, *who, *nobody, *cue, *off;
} text_style;

static const text_style plain_style = {"", "", "", "", "", ""};
static const text_style colour_style = {
    "\033[1m",    /* document header: bold */
    "\033[2m",    /* location line: dim */
    "\033[1;32m", /* speaker: bold green */
    "\033[33m",   /* unattributed: yellow */
    "\033[36m",   /* cue: cyan */
    "\033[0m",
};

static int span_absent(quoth_span s) { return s.start == 0 && s.end == 0; }

/* " as "he"" when the mention does not contain the canonical name. */
static void text_mention(quoth__buf *b, const quoth_doc *doc, const quoth_statement *st,
                         const char *name) {
  quoth_span m = quoth_statement_speaker_mention(st);
  size_t len;
  const char *t = quoth_doc_text(doc, &len);
  if (!name || span_absent(m) || m.end > len || m.start >= m.end) return;
  if (memmem(t + m.start, m.end - m.start, name, strlen(name))) return; /* says nothing new */
  quoth__buf_puts(b, " as \"");
  quoth__render_plain_text(b, doc, m, 1);
  quoth__buf_putc(b, '"');
}

static void text_speaker(quoth__buf *b, const quoth_doc *doc, const quoth_statement *st,
                         const text_style *c) {
  const quoth_entity *sp = quoth_statement_speaker(st);
  if (!sp) {
    quoth__buf_printf(b, "%s(unattributed)%s", c->nobody, c->off);
    return;
  }
  const char *name = quoth_entity_name(sp), *title = quoth_entity_title(sp, 0);
  quoth__buf_puts(b, c->who);
  quoth__render_plain_str(b, name);
  quoth__buf_printf(b, "%s (%s", c->off, quoth_entity_type_name(quoth_entity_type_of(sp)));
  if (title) quoth__buf_puts(b, ", ");
  quoth__render_plain_str(b, title);
  quoth__buf_putc(b, ')');
  text_mention(b, doc, st, name);
}

static void text_statement(quoth__buf *b, const quoth_doc *doc, quoth_offsets mode, size_t i,
                           const text_style *c) {
  const quoth_statement *st = quoth_doc_statement(doc, i);
  quoth_span s = quoth_statement_span(st);
  quoth__buf_printf(b, "%s[%zu] %s, paragraph %zu, sentence %zu, %zu-%zu%s\n  ", c->loc, i + 1,
                    quoth_kind_name(quoth_statement_kind(st)), quoth_statement_paragraph(st) + 1,
                    quoth_statement_sentence(st) + 1, quoth__render_offset(doc, mode, s.start),
                    quoth__render_offset(doc, mode, s.end), c->off);
  quoth__render_plain_text(b, doc, s, 1);
  quoth__buf_puts(b, "\n  -- ");
  text_speaker(b, doc, st, c);
  const char *lemma = quoth_statement_cue_lemma(st);
  if (lemma) {
    quoth__buf_printf(b, "; cue: %s", c->cue);
    quoth__render_plain_str(b, lemma);
    quoth__buf_puts(b, c->off);
  }
  const quoth_entity *to = quoth_statement_addressee(st);
  if (to) {
    quoth__buf_puts(b, "; to: ");
    quoth__render_plain_str(b, quoth_entity_name(to));
  }
  const quoth_entity *via = quoth_statement_reporter(st);
  if (via) {
    quoth__buf_puts(b, "; reported by: ");
    quoth__render_plain_str(b, quoth_entity_name(via));
  }
  quoth__buf_printf(b, "; %s; confidence ", quoth_resolution_name(quoth_statement_resolution(st)));
  quoth__render_fixed2(b, quoth_statement_confidence(st));
  quoth__buf_putc(b, '\n');
}

static void text_diagnostic(quoth__buf *b, const quoth_doc *doc, quoth_offsets mode,
                            const quoth_diagnostic *d) {
  quoth_span s = quoth_diagnostic_span(d);
  const char *rule = quoth_diagnostic_rule(d), *msg = quoth_diagnostic_message(d);
  quoth__buf_printf(b, "  ! %s %s, %zu-%zu: ", quoth_severity_name(quoth_diagnostic_severity(d)),
                    rule ? rule : "", quoth__render_offset(doc, mode, s.start),
                    quoth__render_offset(doc, mode, s.end));
  quoth__render_plain_str(b, msg); /* messages may quote the text */
  quoth__buf_putc(b, '\n');
}

void quoth__render_text(const quoth_doc *doc, quoth_offsets mode, const char *id_json,
                        int colour, quoth__buf *b) {
  const text_style *c = colour ? &colour_style : &plain_style;
  size_t n = quoth_doc_statement_count(doc);
  quoth__buf_printf(b, "%s== ", c->head);
  quoth__render_id_plain(b, id_json, "document");
  quoth__buf_printf(b, ": %zu statement%s%s\n", n, n == 1 ? "" : "s", c->off);
  for (size_t i = 0; i < n; i++) text_statement(b, doc, mode, i, c);
  for (size_t i = 0; i < quoth_doc_diagnostic_count(doc); i++)
    text_diagnostic(b, doc, mode, quoth_doc_diagnostic(doc, i));
}
