/* attr_relative.c - reported speech in a non-restrictive relative clause:
 * "Sen. Jeff Flake, who said last week that he would not vote for Trump,
 * is ...".  The antecedent is found as the speaker by attr_np.c (", who"
 * before the cue); here the content is cut where the relative clause
 * closes and the main clause's predicate resumes.  Part of the attribution
 * stage: see attribute.c and attr_int.h. */
#include "attr_int.h"

/* Is cue c the verb of a relative clause set off by a comma (", who said",
 * ", which has long argued", ", who last week told ...")?  Adverbs and
 * auxiliaries may stand between the pronoun and the cue.  "which" only
 * for a source that speaks (an organization): the speaker finder decides
 * that; here only the shape of the clause counts. */
static int after_relative(const attr *a, size_t k, size_t s0) {
  return k >= s0 + 2 && (is(a, k - 1, "who") || is(a, k - 1, "which")) && is_comma(a, k - 2);
}

/* The longest stretch searched back from "and" for the relative word of a
 * coordinated predicate ("who endorsed Canova in late May and said"). */
#define MAX_COORD 12

int quoth__relative_cue(const attr *a, const cue *c, size_t s0) {
  size_t k = c->a;
  while (k > s0 && c->a - k < MAX_SKIP + 2 &&
         ((TOK(k - 1).lex & LX_SKIP) || (TOK(k - 1).wc & (WC_DAY | WC_TIME_UNIT | WC_TIME_DET))))
    k--; /* "who last week said", "who has long argued" */
  if (after_relative(a, k, s0)) return 1;
  /* "Sanders, who endorsed Canova and said he would ...": the cue is the
   * second verb of the relative clause; no comma or quote between */
  if (k <= s0 || !is(a, k - 1, "and")) return 0;
  for (size_t i = k - 1; i > s0 + 2 && k - i < MAX_COORD; i--) {
    if (!is_word(a, i - 1)) return 0;
    if (after_relative(a, i, s0)) return 1;
  }
  return 0;
}

/* Does the word at k resume the main clause after a relative clause
 * ("Flake, who said ..., is a Republican", "..., has voted", "...,
 * endorsed", "..., made")?  A lower-case auxiliary, copula or past form
 * (in "-ed" or an irregular one of word_classes past-verb) that opens no
 * noun phrase, list item or clause of its own. */
static int resumes_predicate(const attr *a, size_t k, size_t s1) {
  if (k >= s1 || !is_word(a, k) || (TOK(k).shape & (TK_CAP | TK_NUM))) return 0;
  if (TOK(k).lex & (LX_DET | LX_PRON | LX_POSSDET | LX_PREP)) return 0;
  if (TOK(k).wc & (WC_PREDICATE_AUX | WC_BE | WC_PAST_VERB)) return 1; /* "..., made" */
  if (TOK(k).lex & LX_CUE) return 1; /* "Humphrey, who calls Trump a “sociopath,” said" */
  return ends_with(a, k, "ed") && !(TOK(k).lex & LX_STOP);
}

/* A lower-case adverb in "-ly" ("ultimately", "quickly"). */
static int manner_adverb(const attr *a, size_t k) {
  return is_word(a, k) && !(TOK(k).shape & TK_CAP) && ends_with(a, k, "ly");
}

/* The end of the content [c0, e) of a cue in a relative clause: the comma
 * that closes the clause, when the main clause's predicate follows it
 * (adverbs between allowed: "..., now says").  e when none does: the
 * clause runs to the end of the sentence ("... with Trump, who has said
 * he wants ..."). */
size_t quoth__relative_end(const attr *a, const quoth_doc *doc, size_t c0, size_t e) {
  for (size_t k = c0 + 1; k + 1 < e; k++) {
    /* a quote whose comma closes inside the marks ('calls Trump a
     * “sociopath,” said'): the quote stays in the content */
    int cq = quoth__comma_quote(a, doc, k);
    if (!is_comma(a, k) && !cq) continue;
    size_t v = k + 1;
    while (v < e && v - k <= 2 && (TOK(v).lex & LX_SKIP || manner_adverb(a, v)) &&
           !(TOK(v).wc & (WC_PREDICATE_AUX | WC_BE)))
      v++; /* "..., however, is", "..., now faces", "..., ultimately did" */
    if (resumes_predicate(a, v, e)) return cq ? k + 1 : k;
  }
  return e;
}
