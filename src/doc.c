/* doc.c - the document result and its public accessors.  See doc.h. */
#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const quoth_span empty_span = {0, 0};

quoth_doc *quoth__doc_new(const char *text, size_t len) {
  quoth_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return NULL;
  quoth__arena_init(&doc->arena);
  doc->text = malloc(len + 1);
  if (!doc->text) {
    free(doc);
    return NULL;
  }
  if (len) memcpy(doc->text, text, len);
  doc->text[len] = '\0';
  doc->len = len;
  return doc;
}

void quoth_doc_free(quoth_doc *doc) {
  if (!doc) return;
  for (size_t i = 0; i < doc->nentities; i++) {
    free(doc->entities[i].titles);
    free(doc->entities[i].aliases);
    free(doc->entities[i].mentions);
  }
  free(doc->paragraphs);
  free(doc->sentences);
  free(doc->quotes);
  free(doc->mentions);
  free(doc->statements);
  free(doc->entities);
  free(doc->diags);
  quoth__offsets_free(&doc->offsets);
  quoth__arena_free(&doc->arena);
  free(doc->text);
  free(doc);
}

/* ---- builders ----------------------------------------------------------- */

#define DOC_APPEND(doc, arr, n, cap)                                              \
  do {                                                                            \
    if (quoth__grow((void **)&(doc)->arr, &(doc)->cap, (doc)->n + 1, sizeof *(doc)->arr)) \
      return NULL;                                                                \
    memset(&(doc)->arr[(doc)->n], 0, sizeof *(doc)->arr);                         \
    return &(doc)->arr[(doc)->n++];                                               \
  } while (0)

quoth_quote *quoth__doc_add_quote(quoth_doc *doc) { DOC_APPEND(doc, quotes, nquotes, capquotes); }

size_t quoth__quote_words_end(const quoth_doc *doc, const quoth_quote *qq) {
  size_t e = qq->inner.end;
  while (e > qq->inner.start && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n')) e--;
  return e;
}

char quoth__quote_last_char(const quoth_doc *doc, const quoth_quote *qq) {
  size_t e = quoth__quote_words_end(doc, qq);
  return e > qq->inner.start ? doc->text[e - 1] : 0;
}

quoth__mention *quoth__doc_add_mention(quoth_doc *doc) {
  DOC_APPEND(doc, mentions, nmentions, capmentions);
}

static quoth_statement *doc_append_statement(quoth_doc *doc) {
  DOC_APPEND(doc, statements, nstatements, capstatements);
}

quoth_statement *quoth__doc_add_statement(quoth_doc *doc) {
  quoth_statement *st = doc_append_statement(doc);
  if (!st) return NULL;
  st->doc = doc;
  st->speaker = st->addressee = st->reporter = QUOTH__NONE;
  st->smention = st->amention = st->rmention = QUOTH__NONE;
  return st;
}

static quoth_entity *doc_append_entity(quoth_doc *doc) {
  DOC_APPEND(doc, entities, nentities, capentities);
}

quoth_entity *quoth__doc_add_entity(quoth_doc *doc, const char *name, size_t len,
                                    quoth_entity_type type) {
  const char *nm = quoth__arena_strndup(&doc->arena, name, len);
  if (!nm) return NULL;
  quoth_entity *e = doc_append_entity(doc);
  if (!e) return NULL;
  e->doc = doc;
  e->index = doc->nentities - 1;
  e->name = nm;
  e->type = type;
  e->linked = QUOTH__NONE;
  return e;
}

int quoth__doc_add_sentence(quoth_doc *doc, size_t start, size_t end) {
  if (quoth__grow((void **)&doc->sentences, &doc->capsentences, doc->nsentences + 1,
                  sizeof *doc->sentences))
    return QUOTH_ENOMEM;
  doc->sentences[doc->nsentences++] = (quoth_span){start, end};
  return QUOTH_OK;
}

int quoth__doc_add_diag(quoth_doc *doc, const char *rule, quoth_severity sev, quoth_span span,
                        const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const char *m = quoth__arena_strndup(&doc->arena, msg, strlen(msg));
  if (!m || quoth__grow((void **)&doc->diags, &doc->capdiags, doc->ndiags + 1, sizeof *doc->diags))
    return QUOTH_ENOMEM;
  doc->diags[doc->ndiags++] = (quoth_diagnostic){rule, sev, span, m};
  return QUOTH_OK;
}

static int add_unique_string(quoth_doc *doc, const char ***arr, size_t *n, size_t *cap,
                             const char *s, size_t len) {
  for (size_t i = 0; i < *n; i++)
    if (strncmp((*arr)[i], s, len) == 0 && (*arr)[i][len] == '\0') return QUOTH_OK;
  const char *copy = quoth__arena_strndup(&doc->arena, s, len);
  if (!copy || quoth__grow((void **)arr, cap, *n + 1, sizeof **arr)) return QUOTH_ENOMEM;
  (*arr)[(*n)++] = copy;
  return QUOTH_OK;
}

int quoth__entity_add_title(quoth_doc *doc, quoth_entity *e, const char *s, size_t len) {
  return add_unique_string(doc, &e->titles, &e->ntitles, &e->captitles, s, len);
}

int quoth__entity_add_alias(quoth_doc *doc, quoth_entity *e, const char *s, size_t len) {
  if (strncmp(e->name, s, len) == 0 && e->name[len] == '\0') return QUOTH_OK;
  return add_unique_string(doc, &e->aliases, &e->naliases, &e->capaliases, s, len);
}

int quoth__entity_add_mention(quoth_entity *e, quoth_span span) {
  for (size_t i = 0; i < e->nmentions; i++)
    if (e->mentions[i].start == span.start && e->mentions[i].end == span.end) return QUOTH_OK;
  if (quoth__grow((void **)&e->mentions, &e->capmentions, e->nmentions + 1, sizeof *e->mentions))
    return QUOTH_ENOMEM;
  e->mentions[e->nmentions++] = span;
  return QUOTH_OK;
}

static size_t span_index_at(const quoth_span *v, size_t n, size_t pos) {
  size_t lo = 0, hi = n; /* first span with start > pos */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo ? lo - 1 : 0;
}

size_t quoth__doc_sentence_at(const quoth_doc *doc, size_t pos) {
  return span_index_at(doc->sentences, doc->nsentences, pos);
}

size_t quoth__doc_paragraph_at(const quoth_doc *doc, size_t pos) {
  return span_index_at(doc->paragraphs, doc->nparagraphs, pos);
}

/* ---- public accessors: total, NULL-safe --------------------------------- */

const char *quoth_doc_text(const quoth_doc *doc, size_t *len) {
  if (len) *len = doc ? doc->len : 0;
  return doc ? doc->text : NULL;
}

size_t quoth_doc_codepoint_offset(const quoth_doc *doc, size_t byte) {
  return doc ? quoth__offsets_cp(&doc->offsets, byte) : 0;
}

size_t quoth_doc_utf16_offset(const quoth_doc *doc, size_t byte) {
  return doc ? quoth__offsets_u16(&doc->offsets, byte) : 0;
}

size_t quoth_doc_paragraph_count(const quoth_doc *doc) { return doc ? doc->nparagraphs : 0; }

quoth_span quoth_doc_paragraph(const quoth_doc *doc, size_t i) {
  return doc && i < doc->nparagraphs ? doc->paragraphs[i] : empty_span;
}

size_t quoth_doc_sentence_count(const quoth_doc *doc) { return doc ? doc->nsentences : 0; }

quoth_span quoth_doc_sentence(const quoth_doc *doc, size_t i) {
  return doc && i < doc->nsentences ? doc->sentences[i] : empty_span;
}

size_t quoth_doc_quote_count(const quoth_doc *doc) { return doc ? doc->nquotes : 0; }

const quoth_quote *quoth_doc_quote(const quoth_doc *doc, size_t i) {
  return doc && i < doc->nquotes ? &doc->quotes[i] : NULL;
}

quoth_span quoth_quote_span(const quoth_quote *q) { return q ? q->span : empty_span; }
quoth_span quoth_quote_inner(const quoth_quote *q) { return q ? q->inner : empty_span; }
quoth_quote_kind quoth_quote_kind_of(const quoth_quote *q) { return q ? q->kind : QUOTH_QUOTE_SPEECH; }
unsigned quoth_quote_flags(const quoth_quote *q) {
  return q ? q->flags & ~QUOTH__QUOTE_GOES_ON : 0;
}
size_t quoth_quote_parent(const quoth_quote *q) { return q ? q->parent : QUOTH__NONE; }

const char *quoth_quote_kind_name(quoth_quote_kind kind) {
  switch (kind) {
  case QUOTH_QUOTE_SPEECH: return "speech";
  case QUOTH_QUOTE_TERM: return "term";
  case QUOTH_QUOTE_TITLE: return "title";
  }
  return "unknown";
}

size_t quoth_doc_statement_count(const quoth_doc *doc) { return doc ? doc->nstatements : 0; }

const quoth_statement *quoth_doc_statement(const quoth_doc *doc, size_t i) {
  return doc && i < doc->nstatements ? &doc->statements[i] : NULL;
}

quoth_span quoth_statement_span(const quoth_statement *st) {
  if (!st || !st->nparts) return empty_span;
  return (quoth_span){st->parts[0].start, st->parts[st->nparts - 1].end};
}

size_t quoth_statement_part_count(const quoth_statement *st) { return st ? st->nparts : 0; }

quoth_span quoth_statement_part(const quoth_statement *st, size_t i) {
  return st && i < st->nparts ? st->parts[i] : empty_span;
}

quoth_kind quoth_statement_kind(const quoth_statement *st) {
  return st ? st->kind : QUOTH_KIND_DIRECT;
}

static const quoth_entity *entity_at(const quoth_doc *doc, size_t i) {
  return doc && i < doc->nentities ? &doc->entities[i] : NULL;
}

const quoth_entity *quoth_statement_speaker(const quoth_statement *st) {
  return st ? entity_at(st->doc, st->speaker) : NULL;
}

const quoth_entity *quoth_statement_addressee(const quoth_statement *st) {
  return st ? entity_at(st->doc, st->addressee) : NULL;
}

const quoth_entity *quoth_statement_reporter(const quoth_statement *st) {
  return st ? entity_at(st->doc, st->reporter) : NULL;
}

quoth_span quoth_statement_speaker_mention(const quoth_statement *st) {
  return st ? st->speaker_mention : empty_span;
}

quoth_resolution quoth_statement_resolution(const quoth_statement *st) {
  return st ? st->resolved : QUOTH_RESOLVED_NONE;
}

quoth_span quoth_statement_cue(const quoth_statement *st) { return st ? st->cue : empty_span; }
const char *quoth_statement_cue_lemma(const quoth_statement *st) { return st ? st->lemma : NULL; }
double quoth_statement_confidence(const quoth_statement *st) { return st ? st->confidence : 0.0; }
const char *quoth_statement_rule(const quoth_statement *st) { return st && st->rule ? st->rule : ""; }
size_t quoth_statement_sentence(const quoth_statement *st) { return st ? st->sentence : 0; }
size_t quoth_statement_paragraph(const quoth_statement *st) { return st ? st->paragraph : 0; }

const char *quoth_kind_name(quoth_kind kind) {
  switch (kind) {
  case QUOTH_KIND_DIRECT: return "direct";
  case QUOTH_KIND_INDIRECT: return "indirect";
  case QUOTH_KIND_MIXED: return "mixed";
  }
  return "unknown";
}

const char *quoth_resolution_name(quoth_resolution how) {
  static const char *const names[] = {"none", "explicit", "alias", "pronoun", "role",
                                      "continuation"};
  return (unsigned)how < sizeof names / sizeof *names ? names[how] : "unknown";
}

size_t quoth_doc_entity_count(const quoth_doc *doc) { return doc ? doc->nentities : 0; }
const quoth_entity *quoth_doc_entity(const quoth_doc *doc, size_t i) { return entity_at(doc, i); }
size_t quoth_entity_index(const quoth_entity *e) { return e ? e->index : QUOTH__NONE; }
const char *quoth_entity_name(const quoth_entity *e) { return e ? e->name : NULL; }
quoth_entity_type quoth_entity_type_of(const quoth_entity *e) {
  return e ? e->type : QUOTH_ENTITY_OTHER;
}

const char *quoth_entity_type_name(quoth_entity_type type) {
  static const char *const names[] = {"person", "organization", "anonymous", "other"};
  return (unsigned)type < 4 ? names[type] : "unknown";
}

size_t quoth_entity_title_count(const quoth_entity *e) { return e ? e->ntitles : 0; }
const char *quoth_entity_title(const quoth_entity *e, size_t i) {
  return e && i < e->ntitles ? e->titles[i] : NULL;
}
size_t quoth_entity_alias_count(const quoth_entity *e) { return e ? e->naliases : 0; }
const char *quoth_entity_alias(const quoth_entity *e, size_t i) {
  return e && i < e->naliases ? e->aliases[i] : NULL;
}
size_t quoth_entity_mention_count(const quoth_entity *e) { return e ? e->nmentions : 0; }
quoth_span quoth_entity_mention(const quoth_entity *e, size_t i) {
  return e && i < e->nmentions ? e->mentions[i] : empty_span;
}

size_t quoth_doc_diagnostic_count(const quoth_doc *doc) { return doc ? doc->ndiags : 0; }
const quoth_diagnostic *quoth_doc_diagnostic(const quoth_doc *doc, size_t i) {
  return doc && i < doc->ndiags ? &doc->diags[i] : NULL;
}
const char *quoth_diagnostic_rule(const quoth_diagnostic *d) { return d ? d->rule : NULL; }
quoth_severity quoth_diagnostic_severity(const quoth_diagnostic *d) {
  return d ? d->severity : QUOTH_SEVERITY_NOTE;
}
quoth_span quoth_diagnostic_span(const quoth_diagnostic *d) { return d ? d->span : empty_span; }
const char *quoth_diagnostic_message(const quoth_diagnostic *d) { return d ? d->message : NULL; }

const char *quoth_severity_name(quoth_severity s) {
  static const char *const names[] = {"note", "warning", "error"};
  return (unsigned)s < 3 ? names[s] : "unknown";
}
