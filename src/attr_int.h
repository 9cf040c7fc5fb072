/* attr_int.h - internals shared by the attribution modules.
 *
 * attribute.c drives the stage one segment at a time; the passes live in
 * their own files: attr_cues.c (cues), attr_np.c and attr_subject.c
 * (speakers around a cue), attr_statement.c (building statements),
 * attr_direct.c (direct quotes), attr_reported.c, attr_evidence.c,
 * attr_content.c and attr_record.c (reported speech), attr_leftover.c
 * (quotes no pattern attached).  Not installed; nothing here is exported
 * from the library.  The functions below are documented where they are
 * defined; the quoth__p_* ones are the patterns, most returning 1 when they
 * made a statement, 0 when they did not apply and -1 on out of memory. */
#ifndef QUOTH_ATTR_INT_H
#define QUOTH_ATTR_INT_H

#include <stdlib.h>
#include <string.h>

#include "attribute.h"
#include "entities.h"
#include "lexicon.h"
#include "mentions.h"
#include "tokens.h"

enum {
  MAX_GAP = 12,     /* words between a cue and its quote ("said in a statement on Friday:") */
  MAX_THAT = 8,     /* words between a cue and its "that" */
  MAX_SHOW_TITLE = 6, /* words of a programme's title before its noun: "Breakfast with Frost programme" */
  MAX_APPOS = 40,   /* tokens in an apposition ("Hugh Hill, a doctor at the hospital, said") */
  MAX_GENERIC = 5,  /* words in an unknown noun phrase ("the outlet", "critics") */
  MIN_CONTENT = 3,  /* tokens in reported content before its cue ("But Bush, ...") */
  MIN_AFTER = 2,    /* tokens in reported content after its cue ("said she could") */
  MAX_SKIP = 3,     /* adverbs and auxiliaries between speaker and cue */
  MAX_CONTENT = 200,/* tokens of reported content (a sentence, not a runaway segment) */
  WINDOW = 60,      /* tokens around a quote or cue that the fallbacks look at */
  MAX_TERM_WORDS = 3, /* an unattributed quote this short is a term ("Sanity.") */
  MAX_PARA_GAP = 3   /* paragraphs between a statement and a quote continuing it */
};

/* Cue flags. */
enum {
  CF_TELL = 1,      /* takes an addressee: told Guterres */
  CF_ACCORDING = 2, /* "according to X", "as quoted by X": speaker follows, content elsewhere */
  CF_USED = 4,
  CF_CLAUSE = 8,    /* reports a bare clause: "said the talks failed" */
  CF_OBJECT = 16,   /* content is its object: "called on", "expressed concern" */
  CF_WEAK = 32,     /* a verb of thought or evidence: "believes that", "the poll shows that" */
  CF_RAISE = 64,    /* the writer's judgment: "X seems to", "X is expected to" (no speaker) */
  CF_DESIRE = 128,  /* a wish or aim with its infinitive or clause: "X hopes to ..." */
  CF_HAS_ADDR = 256 /* a "tell" phrase holding its addressee: "told reporters" */
};

typedef struct cue {
  size_t a, b;       /* token range */
  const char *lemma; /* static (lexicon) */
  unsigned flags;
  size_t reporter;   /* mention of the outer source of a nested attribution */
} cue;

struct quoth__attributor {
  quoth__lexset ls;
  quoth__tokens toks;
  quoth__registry *reg;
  size_t *at; /* token -> mention */
  size_t capat;
  size_t *qstat; /* quote -> statement */
  size_t capq;
  cue *cues;
  size_t ncues, capcues;
  size_t *cuemap; /* token -> index of the cue starting there (checked against cues[]) */
  size_t capcm;
  size_t seg_n0; /* first statement of the current segment */
  size_t nbase;  /* mentions found by the mention scan; later ones are ad hoc */
  size_t prev_seg; /* segment of the statement a quote may continue */
  int titlecase; /* the current segment is a Title Case Headline */
};

typedef quoth__attributor attr;

/* ---- token helpers ---------------------------------------------------------- */

#define TOK(i) (a->toks.v[(i)])

static inline int is(const attr *a, size_t i, const char *w) {
  return quoth__tok_is(&a->toks, i, w);
}
static inline int is_word(const attr *a, size_t i) { return (TOK(i).shape & TK_WORD) != 0; }
/* Closed word classes (quantifiers, auxiliaries, sentence adverbs...) are
 * data: lexicons/en/word_classes.tsv, read as TOK(i).wc & WC_*. */
static inline int is_comma(const attr *a, size_t i) { return is(a, i, ","); }
static inline int ends_with(const attr *a, size_t i, const char *suffix) {
  size_t n = strlen(suffix), k = TOK(i).keylen;
  return k > n + 1 && memcmp(quoth__tok_key(&a->toks, i) + k - n, suffix, n) == 0;
}

/* The apostrophe of a plural possessive ("The Republicans' strategy"). */
static inline int plural_poss(const attr *a, size_t i) {
  return i > 0 && (is(a, i, "'") || is(a, i, "\xE2\x80\x99")) && !(TOK(i).shape & TK_QUOTE) &&
         is_word(a, i - 1) &&
         ends_with(a, i - 1, "s") && TOK(i - 1).end == TOK(i).start;
}

/* A dash that sets off an apposition: "--", "—", "–". */
static inline int is_dash(const attr *a, size_t i) {
  return is(a, i, "\xE2\x80\x94") || is(a, i, "\xE2\x80\x93") ||
         (is(a, i, "-") && i > 0 && is(a, i - 1, "-"));
}
static inline int is_speech(const attr *a, const quoth_doc *doc, size_t i) {
  return (TOK(i).shape & TK_QUOTE) && doc->quotes[TOK(i).quote].kind == QUOTH_QUOTE_SPEECH;
}
static inline int is_free_quote(const attr *a, const quoth_doc *doc, size_t i) {
  return is_speech(a, doc, i) && a->qstat[TOK(i).quote] == QUOTH__NONE;
}
/* Punctuation that may end a sentence or close a clause at its end. */
static inline int is_final(const attr *a, size_t i) {
  return (TOK(i).shape & TK_PUNCT) && !is(a, i, "(") && !is(a, i, "[");
}

/* The mention that ends exactly at token j (exclusive), or NONE. */
static inline size_t mention_ending(const attr *a, const quoth_doc *doc, size_t j) {
  if (j == 0) return QUOTH__NONE;
  size_t m = a->at[j - 1];
  return m != QUOTH__NONE && doc->mentions[m].t1 == j ? m : QUOTH__NONE;
}

static inline size_t mention_starting(const attr *a, const quoth_doc *doc, size_t j, size_t end) {
  if (j >= end) return QUOTH__NONE;
  size_t m = a->at[j];
  return m != QUOTH__NONE && doc->mentions[m].t0 == j && doc->mentions[m].t1 <= end ? m
                                                                                    : QUOTH__NONE;
}

/* attr_cues.c */
int quoth__cue_in_other_sense(const attr *a, size_t i, size_t s0);
int quoth__weekday(const attr *a, size_t i);
int quoth__bare_clause(const attr *a, size_t j, size_t s1);
int quoth__find_cues(attr *a, const quoth_doc *doc, size_t s0, size_t s1);
cue *quoth__cue_at(attr *a, size_t i);

/* attr_np.c */
int quoth__np_breaker(const attr *a, size_t i);
size_t quoth__generic_left(attr *a, quoth_doc *doc, size_t j, size_t lo);
int quoth__skippable(const attr *a, size_t i);
int quoth__share_word(const attr *a, size_t i);
int quoth__share_glue(const attr *a, size_t i);
size_t quoth__share_start(const attr *a, size_t j, size_t lo);
int quoth__share_amount(const attr *a, size_t b, size_t e);
size_t quoth__add_share(attr *a, quoth_doc *doc, size_t b, size_t j);
size_t quoth__apposition_left(attr *a, const quoth_doc *doc, size_t c, size_t lo);
size_t quoth__np_left_plain(attr *a, quoth_doc *doc, size_t k, size_t lo);
size_t quoth__np_left(attr *a, quoth_doc *doc, size_t k, size_t lo);
size_t quoth__np_right(attr *a, quoth_doc *doc, size_t j, size_t end);

/* attr_subject.c */
int quoth__with_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c);
int quoth__subject_fits(const attr *a, const quoth_doc *doc, size_t m, const cue *c);
int quoth__verb_coordinator(const attr *a, size_t i);
int quoth__participle_clause(const attr *a, const quoth_doc *doc, const cue *c);
int quoth__participle_link(const attr *a, size_t i);
int quoth__comma_quote(const attr *a, const quoth_doc *doc, size_t i);
size_t quoth__participle_subject(attr *a, quoth_doc *doc, const cue *c, size_t s0, int but);
size_t quoth__participle_head(attr *a, quoth_doc *doc, size_t j, size_t lo);
size_t quoth__speaker_left(attr *a, quoth_doc *doc, const cue *c, size_t s0);
size_t quoth__opening_adjunct_end(const attr *a, size_t s0, size_t end);

/* attr_statement.c */
/* A lone conjunction or sentence adverb that may open a sentence or a
 * content span before a quote ("Yet, “Q”", "But “Q”"). */
int quoth__opening_connective(const attr *a, size_t i);
quoth_statement *quoth__new_statement(attr *a, quoth_doc *doc, quoth_kind kind, size_t t0,
                                      size_t t1, const char *rule);
void quoth__set_cue(quoth_statement *st, const attr *a, const cue *c);
void quoth__set_speaker(quoth_statement *st, quoth_doc *doc, size_t m, double conf);
void quoth__add_part(quoth_statement *st, const attr *a, size_t q);
size_t quoth__skip_adverbs(const attr *a, size_t k, size_t end);
size_t quoth__skip_time(const attr *a, size_t k, size_t end);
size_t quoth__content_end(const attr *a, size_t c0, size_t s1);
size_t quoth__content_start(const attr *a, size_t c0, size_t c1);
quoth_kind quoth__clause_kind(const attr *a, const quoth_doc *doc, size_t c0, size_t c1);
double quoth__mention_conf(const quoth_doc *doc, size_t m, double base);
void quoth__settle_kind(const attr *a, const quoth_doc *doc, quoth_statement *st);

/* attr_direct.c */
int quoth__quote_is_fragment(const quoth_doc *doc, const attr *a, size_t q);
int quoth__quote_opens_lower(const quoth_doc *doc, const attr *a, size_t q);
int quoth__quote_continues_clause(const quoth_doc *doc, const attr *a, size_t q, size_t s0);
size_t quoth__quote_end(const attr *a, size_t q, size_t s1);
size_t quoth__reporting_source(attr *a, const quoth_doc *doc, size_t k, size_t s1);
void quoth__credit_source(quoth_statement *st, quoth_doc *doc, size_t m);
int quoth__cited_source(attr *a, quoth_doc *doc, quoth_statement *st, size_t k, size_t s0,
                        size_t s1);
int quoth__p_quote_then_cue(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1, size_t *after);
/* “Q,” From said: a capitalized function word before the cue as a surname. */
size_t quoth__function_word_name(attr *a, quoth_doc *doc, size_t q, size_t j, size_t s1);
void quoth__p_split_quote(attr *a, quoth_doc *doc, size_t after, size_t s1);
int quoth__p_cue_then_quote(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1);
size_t quoth__clause_before_quote(attr *a, quoth_doc *doc, const cue *c, size_t j, size_t q);

/* attr_reported.c */
int quoth__participle_opens(const attr *a, const quoth_doc *doc, const cue *p);
int quoth__cue_clause_at(attr *a, const quoth_doc *doc, size_t k, size_t c1);
int quoth__overlaps_statement(const attr *a, const quoth_doc *doc, size_t t0, size_t t1);
int quoth__add_reported(attr *a, quoth_doc *doc, cue *c, size_t m, size_t c0, size_t c1,
                        const char *rule, double conf);
size_t quoth__find_that(const attr *a, size_t j, size_t s1);
size_t quoth__question_start(const attr *a, const cue *c, size_t j, size_t s1);
int quoth__quantity_start(const attr *a, size_t j, size_t s1);
int quoth__adjunct_only(const attr *a, size_t c0, size_t c1);
int quoth__p_share_participle(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_speaker_cue_content(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_noun_claim(attr *a, quoth_doc *doc, size_t s0, size_t s1);

/* attr_relative.c */
int quoth__relative_cue(const attr *a, const cue *c, size_t s0);
size_t quoth__relative_end(const attr *a, const quoth_doc *doc, size_t c0, size_t e);

/* attr_evidence.c */
int quoth__is_evidence_noun(const attr *a, size_t i);
/* attr_leftover.c: does mention m, ending right at noun cue c, modify
 * it ("the key states", "the congressional report") rather than speak? */
int quoth__modifies_noun_cue(const attr *a, const quoth_doc *doc, size_t m, const cue *c);
const char *quoth__record_verb(const attr *a, size_t i, size_t s0, size_t s1);
int quoth__p_evidence(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_asked(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_called(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__cue_adjunct_after(attr *a, const cue *c, size_t s1);
int quoth__p_statement_saying(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_see_as(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_as_source(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_desire(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);

/* attr_content.c */
int quoth__clause_ends(const attr *a, size_t k, size_t s1);
int quoth__cue_inverts(const attr *a, const cue *c);
int quoth__p_content_appos_cue(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_content_then_cue(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_parenthetical(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__add_two_parts(attr *a, quoth_doc *doc, cue *c, size_t m, size_t b0, size_t e0, size_t b1,
                         size_t e1, const char *rule);
int quoth__share_mention(const attr *a, const quoth_doc *doc, size_t m);
int quoth__poll_frames(const attr *a, quoth_doc *doc, size_t poll, size_t t0, size_t t1);
int quoth__p_fronted(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
size_t quoth__according_source(attr *a, quoth_doc *doc, const cue *c, size_t s0, size_t s1,
                               size_t *end);
int quoth__p_according(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);

/* attr_record.c */
int quoth__p_raising(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1);
int quoth__p_in_record(attr *a, quoth_doc *doc, size_t s0, size_t s1);
int quoth__p_content_in_record(attr *a, quoth_doc *doc, size_t s0, size_t s1);
int quoth__is_tally_or_list(const attr *a, size_t c0, size_t c1);
int quoth__p_name_colon(attr *a, quoth_doc *doc, size_t s0, size_t s1);

/* attr_leftover.c */
int quoth__p_quote_speaker_verb(attr *a, quoth_doc *doc, size_t q);
int quoth__p_continuation(attr *a, quoth_doc *doc, size_t q, size_t prev);
int quoth__p_dash_byline(attr *a, quoth_doc *doc, size_t q);
size_t quoth__quote_words(const quoth_doc *doc, const quoth_quote *qq, size_t max);
int quoth__quote_runs_on(const attr *a, const quoth_doc *doc, size_t q, size_t s1);
int quoth__quote_closes(const quoth_doc *doc, const quoth_quote *qq);
size_t quoth__clause_head(attr *a, quoth_doc *doc, size_t q, size_t s0, const cue *before);
size_t quoth__clause_tail(attr *a, const quoth_doc *doc, size_t q, size_t s1);
int quoth__p_leftover(attr *a, quoth_doc *doc, size_t q, size_t s0);

#endif
