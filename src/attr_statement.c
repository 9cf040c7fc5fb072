/* attr_statement.c - building statements: parts, cue, speaker, content
 * bounds and the confidence of a mention. Part of the attribution stage: see
 * attribute.c for the order of the passes and attr_int.h for what the
 * modules share. */
#include "attr_int.h"

/* ---- statements ------------------------------------------------------------ */

quoth_statement *quoth__new_statement(attr *a, quoth_doc *doc, quoth_kind kind, size_t t0,
                                      size_t t1, const char *rule) {
  quoth_statement *st = quoth__doc_add_statement(doc);
  if (!st) return NULL;
  st->parts = quoth__arena_alloc(&doc->arena, 4 * sizeof *st->parts);
  if (!st->parts) return NULL;
  st->parts[0] = (quoth_span){TOK(t0).start, TOK(t1 - 1).end};
  st->nparts = 1;
  st->kind = kind;
  st->rule = rule;
  st->sentence = quoth__doc_sentence_at(doc, TOK(t0).start);
  st->paragraph = quoth__doc_paragraph_at(doc, TOK(t0).start);
  for (size_t i = t0; i < t1; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  return st;
}

void quoth__set_cue(quoth_statement *st, const attr *a, const cue *c) {
  st->cue = (quoth_span){TOK(c->a).start, TOK(c->b - 1).end};
  st->lemma = c->lemma;
}

void quoth__set_speaker(quoth_statement *st, quoth_doc *doc, size_t m, double conf) {
  st->smention = m;
  if (m != QUOTH__NONE) {
    st->speaker_mention = doc->mentions[m].span;
    doc->mentions[m].speaker = 1;
  }
  st->confidence = conf;
}

void quoth__add_part(quoth_statement *st, const attr *a, size_t q) {
  if (st->nparts >= 4) return;
  st->parts[st->nparts++] = (quoth_span){TOK(q).start, TOK(q).end};
}

/* Skips adverbs and auxiliaries from token k on. */
size_t quoth__skip_adverbs(const attr *a, size_t k, size_t end) {
  for (int s = 0; s < MAX_SKIP && k < end && (TOK(k).lex & LX_SKIP) && !(TOK(k).lex & LX_PRON); s++)
    k++;
  return k;
}

/* Skips adverbs and time words from token k on, with a determiner before a
 * time word ("earlier this week", "this morning"). */
size_t quoth__skip_time(const attr *a, size_t k, size_t end) {
  k = quoth__skip_adverbs(a, k, end);
  if (k + 1 < end && (is(a, k, "this") || is(a, k, "next") || is(a, k, "that")) &&
      (TOK(k + 1).lex & LX_SKIP) && !(TOK(k + 1).lex & LX_STOP))
    k = quoth__skip_adverbs(a, k + 1, end);
  return k;
}

/* End of a clause's content: the segment end without final punctuation. */
size_t quoth__content_end(const attr *a, size_t c0, size_t s1) {
  while (s1 > c0 && is_final(a, s1 - 1)) s1--;
  return s1;
}

size_t quoth__content_start(const attr *a, size_t c0, size_t c1) {
  while (c0 < c1 && (TOK(c0).shape & TK_PUNCT)) c0++;
  return c0;
}

/* Kind of a reported clause: mixed when it holds a speech quote. */
quoth_kind quoth__clause_kind(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  for (size_t i = c0; i < c1; i++)
    if (is_speech(a, doc, i)) return QUOTH_KIND_MIXED;
  return QUOTH_KIND_INDIRECT;
}

double quoth__mention_conf(const quoth_doc *doc, size_t m, double base) {
  if (m == QUOTH__NONE) return 0.2;
  return doc->mentions[m].kind == QUOTH__M_PRONOUN ? base - 0.1 : base;
}
