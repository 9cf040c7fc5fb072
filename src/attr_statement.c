/* attr_statement.c - building statements: parts, cue, speaker, content
 * bounds and the confidence of a mention. Part of the attribution stage: see
 * attribute.c for the order of the passes and attr_int.h for what the
 * modules share. */
#include "attr_int.h"

/* ---- statements ------------------------------------------------------------ */

/* A lone conjunction or sentence adverb that may open a content span
 * before a quote ("Yet, “Q”"), and a conjunction that may be left over at
 * its end (not a subordinator or sentence adverb, which may end a clause
 * as an adverb: "never seen it before", "... it too"). */
int quoth__opening_connective(const attr *a, size_t i) {
  return is_word(a, i) && (TOK(i).wc & (WC_CLAUSE_CONJ | WC_SUBJECT_CONJ | WC_SENTENCE_ADVERB |
                                        WC_FRONTED_LEAD));
}
static int closing_connective(const attr *a, size_t i) {
  return is_word(a, i) && (TOK(i).wc & WC_CLAUSE_CONJ) && !(TOK(i).wc & WC_SENTENCE_ADVERB);
}
/* The writer's connectives at the edges of a content span are no content:
 * "Yet, “it is hard to make a causal link,” added Zarate" (before a
 * reported clause the word may be the speaker's, so only before a quote),
 * "21 percent said “not too likely” and 14 percent ..." (at the end).
 * Trims [*t0, *t1) in place; never below one token. */
static void trim_connectives(const attr *a, size_t *t0, size_t *t1) {
  while (*t0 + 2 < *t1 && quoth__opening_connective(a, *t0) && is_comma(a, *t0 + 1) &&
         (TOK(*t0 + 2).shape & TK_QUOTE))
    *t0 += 2;
  /* '“Q1,” and “Q2.”': a coordinator right before the next quote */
  if (*t0 + 1 < *t1 && is_word(a, *t0) && (TOK(*t0).wc & WC_CLAUSE_CONJ) &&
      !(TOK(*t0).wc & (WC_SUBORDINATOR | WC_QUESTION_OPENER)) && (TOK(*t0 + 1).shape & TK_QUOTE))
    (*t0)++;
  size_t e = *t1;
  while (e > *t0 + 1 && closing_connective(a, e - 1)) e--;
  while (e > *t0 + 1 && e < *t1 && is_comma(a, e - 1)) e--;
  *t1 = e;
}

quoth_statement *quoth__new_statement(attr *a, quoth_doc *doc, quoth_kind kind, size_t t0,
                                      size_t t1, const char *rule) {
  trim_connectives(a, &t0, &t1);
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

/* "Fiat claims that GM must buy the unit; GM says the contract is void":
 * after the semicolon at k, a subject of a few words and a cue of its own
 * open another statement. */
static int semicolon_clause(const attr *a, size_t k, size_t s1) {
  for (size_t v = k + 2; v < s1 && v <= k + 2 + MAX_SKIP + 2; v++) {
    if (!is_word(a, v - 1)) return 0;
    size_t ci = a->cuemap[v];
    if (ci < a->ncues && a->cues[ci].a == v)
      return !(a->cues[ci].flags & (CF_WEAK | CF_ACCORDING | CF_RAISE));
  }
  return 0;
}

/* End of a clause's content: the segment end without final punctuation,
 * or a semicolon opening another statement (within MAX_CONTENT tokens). */
size_t quoth__content_end(const attr *a, size_t c0, size_t s1) {
  for (size_t k = c0; k < s1 && k - c0 < MAX_CONTENT; k++)
    if (is(a, k, ";") && semicolon_clause(a, k, s1)) {
      s1 = k;
      break;
    }
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

/* The first token starting at or after offset off (binary search). */
static size_t token_at(const attr *a, size_t off) {
  size_t lo = 0, hi = a->toks.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (TOK(mid).start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Is part sp one speech quote and nothing else but punctuation ("“Q”",
 * "“Q”.")?  Two quotes side by side in one part ('that “ethanol people”
 * “do a fantastic job”') are fragments the writer has joined. */
static int one_quote(const attr *a, const quoth_doc *doc, quoth_span sp) {
  size_t i = token_at(a, sp.start);
  if (i >= a->toks.n || TOK(i).start != sp.start || !is_speech(a, doc, i)) return 0;
  for (i++; i < a->toks.n && TOK(i).start < sp.end; i++)
    if ((TOK(i).shape & TK_QUOTE) || is_word(a, i) || !(TOK(i).shape & TK_PUNCT)) return 0;
  return 1;
}

/* The kind a reader gives a statement, once its content is settled: direct
 * when every part is one quotation of the speaker's and nothing else, however
 * the pattern that found it read the clause.  "X argues that “only Ted
 * Cruz can beat Donald Trump. ...”", "X called for “boots on the ground.”"
 * and "“Q1,” he said, adding, “Q2.”" quote all they report, so they are
 * direct; "Peskov said Moscow “fully supports” the talks" paraphrases a
 * clause around a quoted fragment and stays mixed.  Kind is decided on the
 * content alone: a fragment flag from the quote scanner says how the quote
 * sits in the sentence, not whether anything but the quote is reported. */
void quoth__settle_kind(const attr *a, const quoth_doc *doc, quoth_statement *st) {
  if (st->kind == QUOTH_KIND_DIRECT || st->nparts == 0) return;
  for (size_t i = 0; i < st->nparts; i++)
    if (!one_quote(a, doc, st->parts[i])) return;
  st->kind = QUOTH_KIND_DIRECT;
}

double quoth__mention_conf(const quoth_doc *doc, size_t m, double base) {
  if (m == QUOTH__NONE) return 0.2;
  return doc->mentions[m].kind == QUOTH__M_PRONOUN ? base - 0.1 : base;
}
