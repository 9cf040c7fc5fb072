/* attribute.c - see attribute.h.
 *
 * Works one segment (sentence, quotes kept whole) at a time: find the cues,
 * attach each speech quote with the direct patterns, then turn the cues
 * left over into reported statements, then give the quotes still without a
 * speaker to the previous statement's speaker (continuation).  Every
 * pattern looks at a bounded window of tokens around a cue or a quote, so
 * the stage is linear in the text. */
#include "attribute.h"

#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "lexicon.h"
#include "mentions.h"
#include "tokens.h"

enum {
  MAX_GAP = 12,     /* words between a cue and its quote ("said in a statement on Friday:") */
  MAX_THAT = 8,     /* words between a cue and its "that" */
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
  CF_DESIRE = 128   /* a wish or aim with its infinitive or clause: "X hopes to ..." */
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

int quoth__attributor_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                          quoth__attributor **out) {
  (void)options;
  attr *a = calloc(1, sizeof *a);
  if (!a) return QUOTH_ENOMEM;
  int st = quoth__lexset_init(&a->ls, lex, lang);
  if (!st) st = quoth__registry_new(&a->reg);
  if (st) {
    quoth__attributor_free(a);
    return st;
  }
  *out = a;
  return QUOTH_OK;
}

void quoth__attributor_free(quoth__attributor *a) {
  if (!a) return;
  quoth__lexset_free(&a->ls);
  quoth__tokens_free(&a->toks);
  quoth__registry_free(a->reg);
  free(a->at);
  free(a->qstat);
  free(a->cues);
  free(a->cuemap);
  free(a);
}

/* ---- token helpers ---------------------------------------------------------- */

#define TOK(i) (a->toks.v[(i)])

static int is(const attr *a, size_t i, const char *w) { return quoth__tok_is(&a->toks, i, w); }
static int is_word(const attr *a, size_t i) { return (TOK(i).shape & TK_WORD) != 0; }
/* Closed word classes (quantifiers, auxiliaries, sentence adverbs...) are
 * data: lexicons/en/word_classes.tsv, read as TOK(i).wc & WC_*. */
static int is_comma(const attr *a, size_t i) { return is(a, i, ","); }
static int ends_with(const attr *a, size_t i, const char *suffix);

/* The apostrophe of a plural possessive ("The Republicans' strategy"). */
static int plural_poss(const attr *a, size_t i) {
  return i > 0 && (is(a, i, "'") || is(a, i, "\xE2\x80\x99")) && !(TOK(i).shape & TK_QUOTE) &&
         is_word(a, i - 1) &&
         ends_with(a, i - 1, "s") && TOK(i - 1).end == TOK(i).start;
}

/* A dash that sets off an apposition: "--", "—", "–". */
static int is_dash(const attr *a, size_t i) {
  return is(a, i, "\xE2\x80\x94") || is(a, i, "\xE2\x80\x93") ||
         (is(a, i, "-") && i > 0 && is(a, i - 1, "-"));
}
static int is_speech(const attr *a, const quoth_doc *doc, size_t i) {
  return (TOK(i).shape & TK_QUOTE) && doc->quotes[TOK(i).quote].kind == QUOTH_QUOTE_SPEECH;
}
static int is_free_quote(const attr *a, const quoth_doc *doc, size_t i) {
  return is_speech(a, doc, i) && a->qstat[TOK(i).quote] == QUOTH__NONE;
}
/* Punctuation that may end a sentence or close a clause at its end. */
static int is_final(const attr *a, size_t i) {
  return (TOK(i).shape & TK_PUNCT) && !is(a, i, "(") && !is(a, i, "[");
}

/* The mention that ends exactly at token j (exclusive), or NONE. */
static size_t mention_ending(const attr *a, const quoth_doc *doc, size_t j) {
  if (j == 0) return QUOTH__NONE;
  size_t m = a->at[j - 1];
  return m != QUOTH__NONE && doc->mentions[m].t1 == j ? m : QUOTH__NONE;
}

static size_t mention_starting(const attr *a, const quoth_doc *doc, size_t j, size_t end) {
  if (j >= end) return QUOTH__NONE;
  size_t m = a->at[j];
  return m != QUOTH__NONE && doc->mentions[m].t0 == j && doc->mentions[m].t1 <= end ? m
                                                                                    : QUOTH__NONE;
}

/* ---- cues --------------------------------------------------------------- */

/* A cue phrase starting at token i: the longest match.  Phrases that are
 * only adjuncts of a verb ("in a statement", "in an interview") are not
 * cues of their own. */
static size_t phrase_at(const attr *a, size_t i, size_t end, const quoth__lexrow **row) {
  size_t maxw = quoth__lex_max_words(a->ls.phrases), best = 0;
  char buf[256];
  size_t n = 0;
  uint64_t h = QUOTH__HASH_SEED; /* grows with the key: no prefix is rehashed */
  for (size_t j = i; j < end && j - i < maxw; j++) {
    if (!is_word(a, j) || !TOK(j).keylen) break;
    if (n + TOK(j).keylen + 1 >= sizeof buf) break;
    if (n) buf[n++] = ' ', h = quoth__hash_add(h, " ", 1);
    memcpy(buf + n, quoth__tok_key(&a->toks, j), TOK(j).keylen);
    h = quoth__hash_add(h, buf + n, TOK(j).keylen);
    n += TOK(j).keylen;
    const quoth__phrasenode *p = quoth__lexset_phrase(&a->ls, buf, n, h);
    if (!p) break; /* no cue phrase starts with these words: none longer either */
    if (p->row && j > i) *row = p->row, best = j + 1 - i;
  }
  if (best) {
    const char *lemma = quoth__lex_col(*row, 1);
    if ((TOK(i).lex & LX_PREP) && strcmp(lemma, "according to") != 0 &&
        strcmp(quoth__lex_col(*row, 3), "after") != 0)
      return 0;
    if (strcmp(lemma, "statement") == 0 || strcmp(lemma, "interview") == 0) return 0;
  }
  return best;
}

static int add_cue(attr *a, size_t i, size_t j, const char *lemma, unsigned flags) {
  if (quoth__grow((void **)&a->cues, &a->capcues, a->ncues + 1, sizeof *a->cues))
    return QUOTH_ENOMEM;
  a->cuemap[i] = a->ncues;
  a->cues[a->ncues++] = (cue){i, j, lemma, flags, QUOTH__NONE};
  return QUOTH_OK;
}

static int ends_with(const attr *a, size_t i, const char *suffix) {
  size_t n = strlen(suffix), k = TOK(i).keylen;
  return k > n + 1 && memcmp(quoth__tok_key(&a->toks, i) + k - n, suffix, n) == 0;
}

/* "a deep regret", "another horrific attack": a cue in its bare form after
 * an indefinite article and lower-case words is a noun -- a singular
 * subject would take "regrets", "attacks".  Plural-looking words and
 * quantifiers ("a few critics say", "a majority say") keep the verb. */
static int bare_after_indefinite(const attr *a, size_t i, size_t s0) {
  const char *lemma = TOK(i).cue ? quoth__lex_col(TOK(i).cue, 1) : NULL;
  if (!lemma || !is(a, i, lemma)) return 0;
  for (size_t k = 2; k <= 4 && i >= s0 + k; k++) {
    size_t j = i - k + 1; /* the word before the k-1 words already seen */
    /* a bare cue form is a noun here too ("a text message") */
    int bare = (TOK(j).lex & LX_CUE) && TOK(j).cue && is(a, j, quoth__lex_col(TOK(j).cue, 1));
    if (!is_word(a, j) || (TOK(j).shape & (TK_CAP | TK_NUM)) ||
        (TOK(j).lex & (LX_SKIP | LX_PRON | LX_STOP | LX_PREP | LX_COG)) ||
        ((TOK(j).lex & LX_CUE) && !bare))
      return 0;
    const char *w = a->toks.keys + TOK(j).key;
    if (TOK(j).keylen == 0 || w[TOK(j).keylen - 1] == 's') return 0;
    if ((TOK(j).wc & WC_QUANTITY_NOUN)) return 0;
    if (is(a, j - 1, "a") || is(a, j - 1, "an") || is(a, j - 1, "another")) return 1;
  }
  return 0;
}

static int ends_with(const attr *a, size_t i, const char *suffix);
/* "Some say", "many argued", "one in three said", "another says": after a
 * quantifier standing as the subject, a cue form that agrees with it is a
 * verb; "some claims", "many reports", "another claim" are nouns. */
static int quantifier_verb(const attr *a, size_t i) {
  int plural = (TOK(i - 1).wc & WC_PLURAL_QUANTIFIER) != 0;
  int single = (TOK(i - 1).wc & WC_SINGULAR_QUANTIFIER) != 0;
  if (!plural && !single) return 0;
  if (i >= 2 && is_word(a, i - 2) && !(TOK(i - 2).lex & (LX_STOP | LX_SKIP)) &&
      !is(a, i - 2, "in") && !is(a, i - 2, "of") && !is(a, i - 2, "the"))
    return 0; /* "one in three", "two of them", "the two write" */
  const char *lemma = TOK(i).cue ? quoth__lex_col(TOK(i).cue, 1) : NULL;
  if (!lemma || ends_with(a, i, "ing")) return 0;
  int base = is(a, i, lemma), sform = !base && ends_with(a, i, "s");
  return base ? plural : sform ? single : 1;
}

/* "health care", "child care", "your email address", "private email
 * servers": a cue form inside a compound noun. */
static int compound_noun(const attr *a, size_t i, size_t s0) {
  if (is(a, i, "care") && i > s0 && (TOK(i - 1).wc & WC_CARE_COMPOUND)) return 1;
  return (is(a, i, "email") || is(a, i, "e-mail")) && i + 1 < a->toks.n &&
         (TOK(i + 1).wc & WC_MAIL_COMPOUND);
}

/* Is the subject right before the cue at i (over adverbs: "I just mean")
 * a personal pronoun? */
static int personal_subject(const attr *a, size_t i, size_t s0) {
  size_t k = i;
  while (k > s0 && i - k < 3 && (TOK(k - 1).lex & LX_SKIP) && !(TOK(k - 1).lex & LX_PRON)) k--;
  return k > s0 && (TOK(k - 1).wc & WC_PERSONAL_SUBJECT);
}

/* "the said property": a cue verb right after a determiner is an adjective;
 * "The Huffington Post": a capitalized cue inside a sentence is a name. */
static int cue_in_other_sense(const attr *a, size_t i, size_t s0) {
  if (i > s0 && (TOK(i - 1).lex & (LX_DET | LX_POSSDET)) && !quantifier_verb(a, i)) return 1;
  if (bare_after_indefinite(a, i, s0)) return 1;
  if (i > s0 && (TOK(i).shape & TK_CAP) && !(TOK(i).shape & TK_SEGSTART) &&
      (TOK(i - 1).shape & TK_CAP) && is_word(a, i - 1) &&
      !(a->titlecase && (TOK(i).lex & LX_CUE) && !(TOK(i).lex & LX_NOUNCUE)))
    return 1;
  /* "$768,000 in reported direct mail attacks", "the alleged plot": a
   * participle after a preposition or a determiner is an adjective */
  if (i > s0 && ends_with(a, i, "ed") && (TOK(i - 1).lex & (LX_PREP | LX_DET)) &&
      !(TOK(i - 1).lex & LX_SKIP) && !quantifier_verb(a, i)) /* not "many argued" */
    return 1;
  /* "promises add up to $8.5 million", "adds to the drama": "add up" and
   * "add to" a noun phrase are sums, not speech */
  if (i + 2 < a->toks.n && TOK(i).cue && strcmp(quoth__lex_col(TOK(i).cue, 1), "add") == 0 &&
      (is(a, i + 1, "up") ||
       (is(a, i + 1, "to") && (TOK(i + 2).lex & (LX_DET | LX_POSSDET)))))
    return 1;
  /* "All ran counter to his earlier statements": "counter to" is an
   * adverb of contrast; the verb "counter" takes an object or a clause */
  if (i + 1 < a->toks.n && is(a, i, "counter") && is(a, i + 1, "to")) return 1;
  /* "the center-left think tank": a compound noun */
  if (i + 1 < a->toks.n && is(a, i, "think") && (is(a, i + 1, "tank") || is(a, i + 1, "tanks")))
    return 1;
  if (compound_noun(a, i, s0)) return 1;
  /* "the tax means that it is unlikely to survive", "meaning that the
   * court will remain short-handed": "mean" states what a fact implies;
   * only a person means something by words ("I mean", "he meant that") */
  if (TOK(i).cue && strcmp(quoth__lex_col(TOK(i).cue, 1), "mean") == 0 &&
      !personal_subject(a, i, s0))
    return 1;
  /* "Say, for example, ..." : an imperative "say" opening a sentence. */
  if ((TOK(i).shape & TK_SEGSTART) && i + 1 < a->toks.n && is_comma(a, i + 1)) return 1;
  return 0;
}

static int is_be(const attr *a, size_t i) {
  return (TOK(i).wc & WC_BE) != 0;
}

/* Most words capitalized: a headline in title case. */
static int is_titlecase(const attr *a, size_t s0, size_t s1) {
  size_t words = 0, caps = 0;
  for (size_t i = s0; i < s1 && i < s0 + 40; i++)
    if (is_word(a, i)) words++, caps += (TOK(i).shape & TK_CAP) != 0;
  return words >= 4 && caps * 10 >= words * 7;
}

/* A word inside a name before its last word is no cue: "state Sen. Jason
 * Holsman" (in a Title Case headline the name scan may run on over the
 * verb: "Trump Calls On Obama"). */
static int in_name(const attr *a, const quoth_doc *doc, size_t i) {
  size_t m = a->at[i];
  if (m == QUOTH__NONE) return 0;
  const quoth__mention *mm = &doc->mentions[m];
  return (mm->kind == QUOTH__M_NAME || mm->kind == QUOTH__M_ORG) && i + 1 < mm->t1;
}

static int skippable(const attr *a, size_t i);
static size_t participle_head(attr *a, quoth_doc *doc, size_t j, size_t lo);
static size_t generic_left(attr *a, quoth_doc *doc, size_t j, size_t lo);

static int weekday(const attr *a, size_t i) {
  return (TOK(i).wc & WC_DAY) != 0;
}

/* "X seems to ...", "X appeared ready to ...", "X is (widely) expected to
 * ...": a raising verb through which the writer reports a judgment about
 * X.  "appeared on CNN", "appeared in court" (a preposition) and an
 * active "expected" ("she expected a win") are other senses. */
static int raising_at(const attr *a, size_t i, size_t s0, size_t s1) {
  const char *lemma = quoth__lex_col(TOK(i).cue, 1);
  size_t n = i + 1;
  if (n >= s1 || !is_word(a, n)) return 0;
  /* "to appear presidential", "appearing unpracticed": an infinitive or a
   * participle states an aim or a manner, not the writer's judgment */
  if (ends_with(a, i, "ing") || (i > s0 && is(a, i - 1, "to"))) return 0;
  /* "appeared together", "appeared Sunday": to be present somewhere */
  if (is(a, n, "together") || is(a, n, "alongside") || is(a, n, "onstage") ||
      is(a, n, "live") || is(a, n, "briefly") || weekday(a, n))
    return 0;
  if (strcmp(lemma, "seem") == 0 || strcmp(lemma, "appear") == 0)
    return !(TOK(n).lex & LX_PREP) || is(a, n, "to") || (is(a, n, "like") && lemma[0] == 's');
  if (strcmp(lemma, "expect") != 0 || !is(a, n, "to") || !ends_with(a, i, "ed")) return 0;
  size_t k = i;
  while (k > s0 && i - k < MAX_SKIP && skippable(a, k - 1) && !is_be(a, k - 1)) k--;
  return k > s0 && is_be(a, k - 1);
}

/* "hopes to win", "wants to cut", "plans to", "hoped that": a verb of wish
 * or aim whose complement states the subject's position, as PolNeAR-style
 * annotation counts it.  "need", "like", "love" are left out: measured on
 * PolNeAR, their complements are rarely attributed. */
/* A bare clause starts at j: a subject (a name, a pronoun, a determiner
 * or a plural noun) with an auxiliary or modal within a few words and no
 * punctuation between ("Trump will feed", "her attacks on Clinton just
 * might make"). */
static int bare_clause(const attr *a, size_t j, size_t s1) {
  if (j >= s1 || !is_word(a, j) || (TOK(j).lex & (LX_PREP | LX_SKIP)) || is(a, j, "that") ||
      (TOK(j).wc & WC_QUESTION_OPENER) || is(a, j, "like") || is(a, j, "well") ||
      ends_with(a, j, "ly") ||
      is(a, j, "him") || is(a, j, "them") || is(a, j, "us") || is(a, j, "me"))
    return 0;
  for (size_t k = j + 1; k < s1 && k < j + 7 && is_word(a, k); k++) {
    if (TOK(k).wc & WC_PREDICATE_AUX) return 1;
    /* "has seen the messages but says they were": another predicate */
    if (is(a, k, "but") || is(a, k, "and") || is(a, k, "or") || (TOK(k).lex & LX_CUE)) return 0;
  }
  return 0;
}

static int desire_at(const attr *a, size_t i, size_t s0, size_t s1) {
  static const char *const v[] = {"hope", "aim", "seek", "want", "plan", "decide", "intend", "wish"};
  const char *lemma = quoth__lex_col(TOK(i).cue, 1);
  int ok = 0;
  for (size_t k = 0; k < sizeof v / sizeof *v; k++) ok |= strcmp(lemma, v[k]) == 0;
  if (!ok || i + 2 >= s1) return 0;
  /* "Democrats hope the tactic will dampen ...", "hopes Iowa will prove
   * ...": a bare clause after "hope", its auxiliary within a few words */
  if (!is(a, i + 1, "to") && !is(a, i + 1, "that") &&
      !(strcmp(lemma, "hope") == 0 && bare_clause(a, i + 1, s1)))
    return 0;
  /* "the increase he seeks to the minimum wage": "to" before a noun
   * phrase is a preposition, not an infinitive */
  if (is(a, i + 1, "to") && (TOK(i + 2).lex & (LX_DET | LX_POSSDET)) && !is(a, i + 2, "that"))
    return 0;
  if (i == s0) return 1;
  /* "her own plans to ...", "the plans to ...": a noun, not a verb */
  if (((TOK(i - 1).lex & (LX_DET | LX_POSSDET)) && !quantifier_verb(a, i)) ||
      ((TOK(i - 1).lex & LX_PREP) && !ends_with(a, i, "ing")) || is(a, i - 1, "own"))
    return 0;
  /* "if you want to understand", "they may want to reconsider": a generic
   * "you" or a modal hedge is the writer's advice, not a stated aim */
  if (is(a, i - 1, "you") || is(a, i - 1, "may") || is(a, i - 1, "might")) return 0;
  return 1;
}

/* "The FBI is reportedly making arrangements", "allegedly took": the
 * writer passes on a report with no source, like "seems"; "reportedly
 * said" keeps the speaker of its own cue. */
static int reported_adverb(const attr *a, size_t i, size_t s1) {
  if (!(TOK(i).lex & LX_CUEPHRASE) || !ends_with(a, i, "ly") || i + 1 >= s1 ||
      !is_word(a, i + 1) || (TOK(i + 1).lex & (LX_CUE | LX_COG | LX_CUEPHRASE)))
    return 0;
  const quoth__lexrow *row = quoth__lex_find(a->ls.phrases, quoth__tok_key(&a->toks, i),
                                             TOK(i).keylen);
  /* "allegedly committed": an accusation, measured on PolNeAR rarely
   * annotated as the writer's statement */
  return row && strcmp(quoth__lex_col(row, 1), "report") == 0 && !is(a, i, "allegedly");
}

static const char *record_verb(const attr *a, size_t i, size_t s0, size_t s1);
static int find_cues(attr *a, const quoth_doc *doc, size_t s0, size_t s1) {
  a->ncues = 0;
  a->titlecase = is_titlecase(a, s0, s1);
  for (size_t i = s0; i < s1; i++) {
    if (!is_word(a, i) || (!a->titlecase && in_name(a, doc, i))) continue;
    const quoth__lexrow *row = NULL;
    size_t n = (TOK(i).lex & LX_CUEPHRASE) ? phrase_at(a, i, s1, &row) : 0;
    /* "the three states that voted", "four states that": a phrase opened
     * by a noun form after a determiner or a number is a noun phrase */
    if (n && (TOK(i).lex & LX_NOUNCUE) && i > s0 &&
        ((TOK(i - 1).lex & (LX_DET | LX_POSSDET)) || (TOK(i - 1).shape & TK_NUM) ||
         is(a, i - 1, "dozen") || is(a, i - 1, "four") || is(a, i - 1, "five")))
      continue;
    if (n) {
      const char *lemma = quoth__lex_col(row, 1), *pos = quoth__lex_col(row, 3);
      unsigned f = strcmp(lemma, "according to") == 0 || strcmp(pos, "after") == 0 ? CF_ACCORDING
                   : 0;
      if (TOK(i).lex & LX_TELL) f |= CF_TELL;
      if (strncmp(row->key, "told ", 5) == 0 || strncmp(row->key, "tell", 4) == 0) f &= ~CF_TELL;
      if (strcmp(pos, "before") == 0) f |= CF_OBJECT;
      if (quoth__lex_find(a->ls.clause, lemma, strlen(lemma))) f |= CF_CLAUSE;
      if (add_cue(a, i, i + n, lemma, f)) return QUOTH_ENOMEM;
      i += n - 1;
    } else if (record_verb(a, i, s0, s1)) {
      if (add_cue(a, i, i + 1, record_verb(a, i, s0, s1), CF_WEAK)) return QUOTH_ENOMEM;
    } else if (reported_adverb(a, i, s1)) {
      if (add_cue(a, i, i + 1, "report", CF_RAISE)) return QUOTH_ENOMEM;
    } else if ((TOK(i).lex & (LX_CUE | LX_COG)) == LX_COG && !cue_in_other_sense(a, i, s0)) {
      const char *cls = quoth__lex_col(TOK(i).cue, 2), *lemma = quoth__lex_col(TOK(i).cue, 1);
      unsigned f = CF_WEAK;
      if (a->ls.objcues && quoth__lex_find(a->ls.objcues, lemma, strlen(lemma)))
        f = CF_OBJECT; /* "endorsed Cruz", "opposed the deal" */
      else if (raising_at(a, i, s0, s1))
        f = CF_RAISE;
      else if (desire_at(a, i, s0, s1))
        f = CF_DESIRE;
      else if (strcmp(cls, "belief") && strcmp(cls, "evidence") && strcmp(cls, "emotion"))
        continue;
      if (quoth__lex_find(a->ls.clause, lemma, strlen(lemma))) f |= CF_CLAUSE;
      if (add_cue(a, i, i + 1, lemma, f)) return QUOTH_ENOMEM;
    } else if ((TOK(i).lex & LX_CUE) && !cue_in_other_sense(a, i, s0)) {
      unsigned f = (TOK(i).lex & LX_TELL) ? CF_TELL : 0;
      const char *lemma = quoth__lex_col(TOK(i).cue, 1);
      if (quoth__lex_find(a->ls.clause, lemma, strlen(lemma))) f |= CF_CLAUSE;
      if (a->ls.objcues && quoth__lex_find(a->ls.objcues, lemma, strlen(lemma))) f |= CF_OBJECT;
      if (add_cue(a, i, i + 1, lemma, f)) return QUOTH_ENOMEM;
    }
  }
  return QUOTH_OK;
}

/* The cue starting at token i of the current segment, in constant time. */
static cue *cue_at(attr *a, size_t i) {
  if (i >= a->toks.n) return NULL;
  size_t k = a->cuemap[i];
  return k < a->ncues && a->cues[k].a == i ? &a->cues[k] : NULL;
}

/* ---- noun phrases around a cue ------------------------------------------ */

/* Words that cannot be part of an unknown noun phrase. */
static int np_breaker(const attr *a, size_t i) {
  if (!is_word(a, i) || (TOK(i).shape & TK_NUM)) return 1;
  if ((TOK(i).lex & LX_CUE) && !(TOK(i).lex & LX_NOUNCUE)) return 1; /* "protest leaders" */
  return (TOK(i).lex & (LX_STOP | LX_PREP | LX_PRON | LX_SKIP)) != 0;
}

/* Token i ends a verb group ("it gets", "can be", "that is"): a phrase
 * right after it is a complement ("it gets better", "can be heard"), not
 * a speaker. */
static int after_verb(const attr *a, size_t i) {
  if ((TOK(i).lex & LX_PRON) && !(TOK(i).lex & LX_POSSDET)) return 1;
  return (TOK(i).wc & WC_VERB_GROUP_END) != 0;
}

/* An unknown noun phrase ending at j ("the outlet", "critics", "Tunisian
 * officials"): at most MAX_GENERIC words back to a determiner or the start
 * of the clause.  Adds it as a nominal mention. */
static size_t generic_left(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  if (j <= lo || np_breaker(a, j - 1) || (TOK(j - 1).lex & (LX_DET | LX_POSSDET))) return QUOTH__NONE;
  size_t hl = TOK(j - 1).end - TOK(j - 1).start;
  /* "superdelegates declaring" is no noun phrase, but "Thursday's meeting"
   * and "the briefing" are */
  if (hl > 3 && memcmp(doc->text + TOK(j - 1).end - 3, "ing", 3) == 0 &&
      !(j - 1 > lo && ((TOK(j - 2).shape & TK_POSS) || (TOK(j - 2).lex & LX_DET))))
    return QUOTH__NONE;
  size_t b = j - 1;
  while (b > lo && j - b < MAX_GENERIC) {
    size_t p = b - 1;
    if (((TOK(p).shape & TK_POSS) || plural_poss(a, p)) && p > lo) { /* "Clinton's campaign" */
      size_t owner = mention_ending(a, doc, p);
      if (owner != QUOTH__NONE && doc->mentions[owner].kind != QUOTH__M_PRONOUN)
        b = doc->mentions[owner].t0;
      else if (TOK(p - 1).shape & TK_CAP)
        b = p - 1;
      else if (is_word(a, p - 1) && !np_breaker(a, p - 1) && p - 1 > lo) {
        b = p - 1; /* "the state's party leader": go on to the article */
        continue;
      } else
        return QUOTH__NONE;
      break;
    }
    if (TOK(p).lex & (LX_DET | LX_POSSDET)) {
      b = p;
      break;
    }
    if (np_breaker(a, p)) break;
    /* a known word of another phrase ends this one, unless it is a title
     * ("the billionaire business mogul"); a phrase of modifiers right
     * before ("Several delegate | candidates", "the state's Republican
     * party | leader") is taken whole when a determiner opens it */
    if (a->at[p] != QUOTH__NONE && !(TOK(p).shape & TK_CAP) &&
        !((TOK(p).lex & LX_TITLE) && (TOK(j - 1).lex & LX_TITLE))) {
      const quoth__mention *pm = &doc->mentions[a->at[p]];
      if (pm->t1 == p + 1 && pm->t0 > lo + 1 && (TOK(pm->t0 - 1).shape & TK_POSS) &&
          j - pm->t0 < MAX_GENERIC) { /* "the state's party | leader" */
        b = pm->t0;
        continue;
      }
      if (pm->t1 == p + 1 && pm->kind != QUOTH__M_PRONOUN && pm->t0 >= lo && j - pm->t0 <= 8 &&
          (TOK(pm->t0).lex & (LX_DET | LX_POSSDET)))
        b = pm->t0;
      break;
    }
    b = p;
  }
  int bounded = b == lo || (TOK(b).lex & (LX_DET | LX_POSSDET)) || !is_word(a, b - 1) ||
                (TOK(b - 1).lex & (LX_STOP | LX_PREP)) || (TOK(b).shape & TK_CAP);
  if (!bounded || (b > lo && after_verb(a, b - 1))) return QUOTH__NONE;
  size_t m = quoth__add_mention(&a->toks, doc, a->at, b, j, QUOTH__M_NOMINAL);
  if (m != QUOTH__NONE) doc->mentions[m].plural = doc->text[TOK(j - 1).end - 1] == 's';
  return m;
}


/* Words between a speaker and the cue: adverbs and auxiliaries from the
 * lexicon, and adverbs in -ly ("initially", "widely"); a capitalized "Will"
 * inside a sentence is a name, not the modal. */
static int skippable(const attr *a, size_t i) {
  if (TOK(i).lex & LX_PRON) return 0;
  if ((TOK(i).shape & TK_CAP) && !(TOK(i).shape & TK_SEGSTART) && !(TOK(i).lex & LX_STOPNAME))
    return 0;
  if (TOK(i).lex & LX_SKIP) return 1;
  return !(TOK(i).shape & TK_CAP) && TOK(i).keylen > 4 && ends_with(a, i, "ly") &&
         !(TOK(i).lex & (LX_TITLE | LX_ANON | LX_ORGHEAD));
}

/* A poll's share as the subject: "26 percent of Democrats say", "more than
 * 4 in 10 said", "Two in three said", "42% say", "nearly a third say",
 * "all but two said".  Up to 8 words back to the start of the clause, at
 * least one of them a number, a fraction or a share. */
static int hyphen_share(const attr *a, size_t i);
static int share_word(const attr *a, size_t i) {
  if (TOK(i).shape & TK_NUM) return 1;
  return (TOK(i).wc & WC_SHARE) || hyphen_share(a, i);
}

/* Words inside a share phrase besides nouns and numbers: "in", "of",
 * "than", "but", approximations ("about", "nearly") and "%". */
static int share_glue(const attr *a, size_t i) {
  return (TOK(i).wc & WC_SHARE_GLUE) || is(a, i, "%"); /* "%" is no word */
}

/* The first token of a share phrase of at least two tokens ending at j
 * ("26 percent of Democrats", "about two-thirds"), or NONE.  What may
 * stand before it is the caller's to judge. */
static size_t share_start(const attr *a, size_t j, size_t lo) {
  size_t b = j;
  int num = 0;
  while (b > lo && j - b < 8 && (is_word(a, b - 1) || is(a, b - 1, "%")) &&
         !(TOK(b - 1).lex & (LX_CUE | LX_PRON)) &&
         (!(TOK(b - 1).lex & (LX_PREP | LX_STOP)) || share_glue(a, b - 1))) {
    if (share_word(a, b - 1)) num = 1;
    b--;
  }
  return num && j - b >= 2 ? b : QUOTH__NONE;
}

/* Does [b, e) name a share of a group, not any amount ("26 percent",
 * "42%", "4 in 10", "two-thirds", "a majority" -- but "two hours")? */
static int share_amount(const attr *a, size_t b, size_t e) {
  for (size_t k = b; k < e; k++)
    if ((TOK(k).wc & WC_SHARE_UNIT) || is(a, k, "%") || hyphen_share(a, k) ||
        (is(a, k, "in") && k > b && k + 1 < e && share_word(a, k - 1) && share_word(a, k + 1)))
      return 1;
  return 0;
}

static size_t add_share(attr *a, quoth_doc *doc, size_t b, size_t j) {
  size_t m = quoth__add_mention(&a->toks, doc, a->at, b, j, QUOTH__M_NOMINAL);
  if (m != QUOTH__NONE) doc->mentions[m].plural = 1;
  return m;
}

static size_t numeric_left(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  size_t b = share_start(a, j, lo);
  if (b == QUOTH__NONE || (b > lo && is_word(a, b - 1) && !(TOK(b - 1).lex & LX_STOP)))
    return QUOTH__NONE;
  return add_share(a, doc, b, j);
}

/* ---- group and share subjects ------------------------------------------- */

/* "Critics like Huffman say", "Republicans including Cruz argue": a plural
 * group named by an example (mention m) speaks with its example; NONE
 * when no plural noun phrase stands before "like" or "including". */
static size_t group_by_example(attr *a, quoth_doc *doc, size_t m, size_t lo) {
  size_t t0 = doc->mentions[m].t0, t1 = doc->mentions[m].t1;
  if (t0 < lo + 2 || !(is(a, t0 - 1, "like") || is(a, t0 - 1, "including"))) return QUOTH__NONE;
  size_t h = mention_ending(a, doc, t0 - 1);
  if (h == QUOTH__NONE) h = generic_left(a, doc, t0 - 1, lo);
  if (h == QUOTH__NONE || doc->mentions[h].t0 < lo || !doc->mentions[h].plural ||
      doc->mentions[h].kind == QUOTH__M_PRONOUN)
    return QUOTH__NONE;
  size_t g = quoth__add_mention(&a->toks, doc, a->at, doc->mentions[h].t0, t1, QUOTH__M_NOMINAL);
  if (g != QUOTH__NONE) doc->mentions[g].plural = 1;
  return g;
}

static int share_amount(const attr *a, size_t b, size_t e);
/* "26 percent of Democrats", "Two-thirds of caucus goers", "a majority of
 * Republicans" ending at token j: a share, "of", and the group.  NONE
 * unless the share opens its clause. */
static size_t share_of_group(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  size_t b = share_start(a, j, lo), k;
  if (b == QUOTH__NONE || (b > lo && is_word(a, b - 1) && !(TOK(b - 1).lex & LX_STOP)))
    return QUOTH__NONE;
  for (k = b; k < j && !is(a, k, "of"); k++)
    if (!(share_word(a, k) || share_glue(a, k)))
      return QUOTH__NONE;
  if (k + 1 >= j || !share_amount(a, b, k)) return QUOTH__NONE;
  return add_share(a, doc, b, j);
}

/* "two-thirds", "one-quarter", "three-in-five": a share written as one
 * hyphenated word. */
static int hyphen_share(const attr *a, size_t i) {
  /* suffixes and prefixes of compounds, not words: no word class */
  static const char *const tail[] = {"-third", "-thirds", "-quarter", "-quarters", "-fifth",
                                     "-fifths", "-half"};
  static const char *const tens[] = {"twenty-", "thirty-", "forty-", "fifty-", "sixty-",
                                     "seventy-", "eighty-", "ninety-"};
  const char *w = quoth__tok_key(&a->toks, i);
  size_t n = TOK(i).keylen;
  for (size_t k = 0; k < sizeof tail / sizeof *tail; k++)
    if (ends_with(a, i, tail[k])) return 1;
  for (size_t k = 0; k < sizeof tens / sizeof *tens; k++) /* "Seventy-two percent" */
    if (n > strlen(tens[k]) && memcmp(w, tens[k], strlen(tens[k])) == 0) return 1;
  for (size_t k = 1; k + 4 < n; k++) /* "three-in-five" */
    if (memcmp(w + k, "-in-", 4) == 0) return 1;
  return 0;
}

/* "A third of independents, 33%, say", "about two-thirds, 67 percent,
 * say": a share restated as a figure between commas ends at token j - 1
 * (the second comma); the subject is both shares.  NONE unless both are
 * share phrases and nothing but punctuation stands before the first. */
static size_t share_apposition(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  if (j < lo + 4 || !is_comma(a, j - 1)) return QUOTH__NONE;
  size_t inner = share_start(a, j - 1, lo);
  if (inner == QUOTH__NONE || inner <= lo + 1 || !is_comma(a, inner - 1) ||
      !(TOK(inner).shape & TK_NUM) || !share_amount(a, inner, j - 1))
    return QUOTH__NONE;
  size_t outer = share_start(a, inner - 1, lo);
  if (outer == QUOTH__NONE || (outer > lo && is_word(a, outer - 1))) return QUOTH__NONE;
  return add_share(a, doc, outer, j - 1);
}

/* The mention ending before a bracket that closes at token j - 1
 * ("Rep. Elijah Cummings (D-Md.)"), or NONE. */
static size_t mention_before_bracket(const attr *a, const quoth_doc *doc, size_t j, size_t lo) {
  size_t o = j - 1;
  while (o > lo && j - o < 8 && !is(a, o, "(")) o--;
  return is(a, o, "(") && o > lo ? mention_ending(a, doc, o) : QUOTH__NONE;
}

/* Does token k open an apposition or a relative clause ("a doctor", "the
 * former governor", "chair of", "who", "whose", "Elliott's father") rather
 * than the next item of a list ("Qasr ben Ghashir, Wadi al-Rabie")? */
static int opens_apposition(const attr *a, size_t k) {
  if (TOK(k).lex & (LX_DET | LX_POSSDET | LX_TITLE | LX_MOD | LX_DEMONYM)) return 1;
  if (!(TOK(k).shape & TK_CAP)) return 1;
  const char *key = quoth__tok_key(&a->toks, k); /* "R-Wis.", "D-Md." */
  if (TOK(k).keylen >= 3 && (key[0] == 'r' || key[0] == 'd' || key[0] == 'i') && key[1] == '-')
    return 1;
  return k + 1 < a->toks.n && (TOK(k + 1).shape & TK_POSS);
}

/* Does the stretch between commas that ends at token e (exclusive) open
 * with a preposition ("during a meeting in Columbus", "of Flint")?  Then
 * a mention in it belongs to an adjunct, not to the subject. */
static int in_adjunct(const attr *a, size_t e, size_t lo) {
  size_t b = e;
  while (b > lo && e - b < MAX_APPOS && !is_comma(a, b - 1) && !is_dash(a, b - 1)) b--;
  if (b >= e || b == lo) return 0;
  if (b + 1 < e && (is(a, b + 1, "what") || is(a, b + 1, "which") || is(a, b + 1, "whom")))
    return 0; /* "in what Bay Buchanan, ..., called": a relative clause */
  return (TOK(b).lex & LX_PREP) && !(TOK(b).lex & LX_SKIP);
}

/* "in Berea, OH,", "of Flint, Mich.,": a short place name [b, e) after a
 * place in an adjunct. */
static int place_tail(const attr *a, size_t b, size_t e, size_t lo) {
  return b > lo + 1 && e - b <= 3 && is_comma(a, b - 1) && (TOK(b).shape & TK_CAP) &&
         ((TOK(b).lex & LX_PLACE) || (TOK(b).shape & TK_ALLCAPS) || ends_with(a, e - 1, ".")) &&
         in_adjunct(a, b - 1, lo);
}

/* A hyphen with a space before it sets off an apposition ("Smith - a
 * doctor - said"); one inside a word ("D.C.-based") does not. */
static int spaced_hyphen(const attr *a, size_t i) {
  return is(a, i, "-") && i > 0 && TOK(i - 1).end < TOK(i).start;
}

/* Can mention m, before the comma ending at token k, head an apposition
 * that holds a nearer name?  Not across a conjunction ("... South
 * Carolina, and uttering charges that Rush Limbaugh, for one, called"), nor
 * from a prepositional phrase ("Outside the campaign, ..."). */
static int outer_head(const attr *a, const quoth_doc *doc, size_t m, size_t k) {
  if (TOK(k).wc & WC_CLAUSE_CONJ) return 0;
  size_t t0 = doc->mentions[m].t0;
  return !(t0 > 0 && (TOK(t0 - 1).lex & LX_PREP));
}

/* "Hugh Hill, a doctor at the hospital, said": from the comma at token c,
 * back over an apposition (which may hold commas and brackets) to the name
 * before it.  An apposition may hold another ("Gustav Ando, research
 * director for IHS Life Sciences, a consulting company, said"; "Brianne
 * Stone, 29, of Huntsville, Ala., says"): the leftmost name is the head. */
static size_t apposition_left(attr *a, const quoth_doc *doc, size_t c, size_t lo) {
  int commas = 0;
  size_t best = QUOTH__NONE;
  for (size_t k = c; k > lo + 1 && c - k < MAX_APPOS; k--) {
    if (TOK(k - 1).shape & TK_QUOTE) break;
    if (!is_comma(a, k - 1) && !is_dash(a, k - 1) && !spaced_hyphen(a, k - 1)) continue;
    size_t sep = k - 1;
    while (sep > lo && is(a, sep - 1, "-")) sep--; /* "--" */
    size_t m = mention_ending(a, doc, sep);
    if (m == QUOTH__NONE && sep > lo && is(a, sep - 1, ")"))
      m = mention_before_bracket(a, doc, sep, lo);
    if (m != QUOTH__NONE && doc->mentions[m].kind != QUOTH__M_PRONOUN && doc->mentions[m].t0 >= lo &&
        doc->mentions[m].kind != QUOTH__M_ANON && opens_apposition(a, k) &&
        !in_adjunct(a, sep, lo) &&
        !place_tail(a, doc->mentions[m].t0, doc->mentions[m].t1, lo)) {
      if (best != QUOTH__NONE && !outer_head(a, doc, m, k)) break;
      best = m;
    }
    if (++commas == 4) break;
  }
  return best;
}

/* Mention m ends a prepositional phrase after the subject: "A spokeswoman
 * for the committee said", "the head of the RNC said" (the whole phrase),
 * "Trump at the time said", "Another source speaking to Fox News said"
 * (the name before it, when m is no name).  Otherwise m itself. */
static size_t phrase_head(attr *a, quoth_doc *doc, size_t m, size_t lo) {
  size_t p = doc->mentions[m].t0;
  if (p <= lo + 1 || !(TOK(p - 1).lex & LX_PREP) || (TOK(p - 1).lex & LX_SKIP)) return m;
  p--;
  size_t h = mention_ending(a, doc, p);
  if (h == QUOTH__NONE && p > lo + 1 && ends_with(a, p - 1, "ing")) {
    h = mention_ending(a, doc, p - 1); /* "source speaking to" */
    if (h == QUOTH__NONE) h = generic_left(a, doc, p - 1, lo);
    return h != QUOTH__NONE && doc->mentions[h].t0 >= lo &&
                   doc->mentions[h].kind != QUOTH__M_PRONOUN
               ? h
               : m;
  }
  if (h == QUOTH__NONE || doc->mentions[h].t0 < lo || doc->mentions[h].kind == QUOTH__M_PRONOUN)
    return m;
  if (!(is(a, p, "of") || is(a, p, "for")))
    return doc->mentions[h].kind == QUOTH__M_NAME && doc->mentions[m].kind == QUOTH__M_NOMINAL ? h
                                                                                               : m;
  if (doc->mentions[h].kind == QUOTH__M_NAME) return h; /* "Sen. Bernie Sanders of Vermont" */
  size_t n = quoth__add_mention(&a->toks, doc, a->at, doc->mentions[h].t0, doc->mentions[m].t1,
                                QUOTH__M_NOMINAL);
  if (n != QUOTH__NONE) doc->mentions[n].plural = doc->mentions[h].plural;
  return n != QUOTH__NONE ? n : m;
}

/* A sentence adverb set off by commas: "however", "meanwhile", "too". */
static int comma_adverb(const attr *a, size_t i) {
  if (TOK(i).wc & WC_SENTENCE_ADVERB) return 1;
  return skippable(a, i) && !(TOK(i).shape & TK_CAP);
}

/* A quantifier floated after its subject: "Cruz and Rubio have both urged",
 * "who has both endorsed", "The two both said" -- but not "Both said". */
static int floated_both(const attr *a, size_t i, size_t lo) {
  if (!is(a, i, "both") && !is(a, i, "all") && !is(a, i, "each")) return 0;
  return i > lo && is_word(a, i - 1) && !(TOK(i - 1).lex & (LX_PREP | LX_DET | LX_POSSDET)) &&
         !(TOK(i - 1).shape & TK_NUM);
}

/* A time adverbial ending at token j, between a subject and its cue: "two
 * weeks ago", "less than a month ago", "this past week", "earlier in the
 * day", "at the time", "last year" (word classes time-unit, time-count,
 * time-det, time-prep).  Returns its first token, or j. */
static size_t time_left(const attr *a, size_t j, size_t lo) {
  if (j <= lo + 1) return j;
  size_t b = j;
  if (is(a, j - 1, "ago")) {
    b = j - 1;
    while (b > lo + 1 && j - b <= 6 &&
           ((TOK(b - 1).shape & TK_NUM) || (TOK(b - 1).wc & (WC_TIME_UNIT | WC_TIME_COUNT))))
      b--;
    return b < j - 1 && (TOK(j - 2).wc & WC_TIME_UNIT) ? b : j;
  }
  if (!(TOK(j - 1).wc & WC_TIME_UNIT)) return j;
  b = j - 1;
  while (b > lo + 1 && j - b <= 3 && (TOK(b - 1).wc & WC_TIME_DET)) b--;
  if (b == j - 1) return j; /* a bare "time" may be a subject's head */
  if (b > lo + 1 && (TOK(b - 1).wc & WC_TIME_PREP)) b--;
  return b;
}

/* The speaker noun phrase ending just before token k (a cue), skipping
 * adverbs and auxiliaries ("also", "has").  Handles an apposition between
 * commas: "Hugh Hill, a doctor at the hospital, said". */
static size_t np_left_plain(attr *a, quoth_doc *doc, size_t k, size_t lo) {
  size_t j = k;
  /* "The State Department less than two weeks ago said", "Reince Priebus,
   * the GOP chairman, this past week announced": one time adverbial among
   * the adverbs */
  for (int s = 0, timed = 0; s < MAX_SKIP && j > lo; s++) {
    /* (not before a participle: "a report this month charging ...") */
    size_t t = timed || ends_with(a, k, "ing") ? j : time_left(a, j, lo);
    if (t < j) {
      j = t, timed = 1;
      continue;
    }
    if (!skippable(a, j - 1) && !floated_both(a, j - 1, lo)) break;
    /* "it was widely reported": a passive cue has no speaker before it */
    if (is(a, j - 1, "was") || is(a, j - 1, "were") || is(a, j - 1, "been") || is(a, j - 1, "be") ||
        is(a, j - 1, "is") || is(a, j - 1, "are"))
      if (ends_with(a, k, "ed") || is(a, k, "said") || is(a, k, "told") || is(a, k, "written"))
        return QUOTH__NONE;
    j--;
    /* "X on Monday said": the preposition of a time adverbial goes too */
    if (j > lo + 1 && (TOK(j - 1).lex & LX_PREP) && !(TOK(j - 1).lex & LX_SKIP) &&
        (TOK(j).shape & TK_CAP))
      j--;
  }
  /* "Others, however, say": an adverb set off by commas */
  if (j >= lo + 4 && is_comma(a, j - 1) && is_comma(a, j - 3) && comma_adverb(a, j - 2) &&
      is_word(a, j - 4))
    j -= 3;
  if (j <= lo) return QUOTH__NONE;
  if (share_word(a, j - 1)) { /* "one in four said": the share, not "four" */
    size_t m = numeric_left(a, doc, j, lo);
    if (m != QUOTH__NONE) return m;
  }
  { /* "26 percent of Democrats say", "Two-thirds of caucus goers described":
     * the share of the group, not the group */
    size_t m = share_of_group(a, doc, j, lo);
    if (m != QUOTH__NONE) return m;
  }
  if (is(a, j - 1, ")")) { /* "Sen. Marco Rubio (R-Fla.) said" */
    size_t o = j - 1;
    while (o > lo && j - o < 8 && !is(a, o, "(")) o--;
    if (is(a, o, "(") && o > lo && mention_ending(a, doc, o) != QUOTH__NONE) j = o;
  }
  size_t m = mention_ending(a, doc, j);
  if (m != QUOTH__NONE && doc->mentions[m].t0 >= lo) {
    /* "immigration officials", "Clinton's campaign": a bare head noun takes
     * the words before it. */
    const quoth__mention *mm = &doc->mentions[m];
    if (mm->t1 - mm->t0 == 1 && (mm->kind == QUOTH__M_ANON || mm->kind == QUOTH__M_NOMINAL) &&
        mm->t0 > lo &&
        (is_word(a, mm->t0 - 1) || (TOK(mm->t0 - 1).shape & TK_POSS) ||
         plural_poss(a, mm->t0 - 1)) &&
        !(TOK(mm->t0 - 1).lex & (LX_STOP | LX_PREP | LX_CUE | LX_SKIP))) {
      size_t g = generic_left(a, doc, j, lo);
      if (g != QUOTH__NONE) return g;
    }
    size_t g = group_by_example(a, doc, m, lo);
    if (g != QUOTH__NONE) return g;
    return phrase_head(a, doc, m, lo);
  }
  /* "Democratic economists, like their counterparts, say": the subject
   * before an insertion opened by "like" or "including" */
  for (size_t i = j - 1; is_comma(a, j - 1) && i > lo + 1 && j - i < 10; i--)
    if (is_comma(a, i - 1)) {
      size_t h = QUOTH__NONE;
      if (is(a, i, "like") || is(a, i, "including") || is(a, i, "unlike")) {
        h = mention_ending(a, doc, i - 1);
        if (h == QUOTH__NONE) h = generic_left(a, doc, i - 1, lo);
        /* "veterans interviewed at rallies this week, including ..." */
        if (h == QUOTH__NONE) h = participle_head(a, doc, i - 1, lo);
      }
      if (h != QUOTH__NONE && doc->mentions[h].t0 >= lo) return h;
      break;
    }
  if ((is_comma(a, j - 1) || is_dash(a, j - 1)) && !(j == k && ends_with(a, k, "ing"))) {
    m = share_apposition(a, doc, j, lo);
    if (m != QUOTH__NONE) return m;
    /* "One of the authors of that report, Ari Fleischer, said" (but "...
     * his rival, Hillary Clinton, saying": a participle after a comma
     * belongs to the subject of its sentence) */
    m = mention_ending(a, doc, j - 1);
    if (m != QUOTH__NONE && doc->mentions[m].kind == QUOTH__M_NAME && doc->mentions[m].t0 > lo &&
        is_comma(a, doc->mentions[m].t0 - 1) && is_comma(a, j - 1) &&
        !place_tail(a, doc->mentions[m].t0, doc->mentions[m].t1, lo)) { /* "of Flint, Mich." */
      /* "Michael Seaman, who lives outside the state capital, Sacramento,
       * said": a name heading an apposition further left is the speaker. */
      size_t outer = apposition_left(a, doc, doc->mentions[m].t0 - 1, lo);
      if (outer != QUOTH__NONE && doc->mentions[outer].kind == QUOTH__M_NAME &&
          outer_head(a, doc, outer, doc->mentions[outer].t1 + 1))
        return outer;
      return m;
    }
    if (j - 1 > lo + 1 && is(a, j - 2, ")")) { /* "Sen. Jack Reed (D-R.I.), said" */
      m = mention_before_bracket(a, doc, j - 1, lo);
      if (m != QUOTH__NONE) return m;
    }
    return apposition_left(a, doc, j - 1, lo);
  }
  /* "Cruz, who said ...": the antecedent of a relative pronoun. */
  if (j - 1 > lo + 1 && is(a, j - 1, "who") && is_comma(a, j - 2)) {
    m = mention_ending(a, doc, j - 2);
    if (m == QUOTH__NONE && is(a, j - 3, ")")) m = mention_before_bracket(a, doc, j - 2, lo);
    return m != QUOTH__NONE && doc->mentions[m].kind != QUOTH__M_PRONOUN ? m : QUOTH__NONE;
  }
  /* "many said", "some say": a quantifier standing alone. */
  if ((TOK(j - 1).lex & LX_DET) && !is(a, j - 1, "the") && !is(a, j - 1, "a") &&
      !is(a, j - 1, "an")) {
    if (j - 1 == lo || !is_word(a, j - 2) || (TOK(j - 2).lex & LX_STOP))
      return quoth__add_mention(&a->toks, doc, a->at, j - 1, j, QUOTH__M_NOMINAL);
    if (is(a, j - 2, "the")) /* "the two write" */
      return quoth__add_mention(&a->toks, doc, a->at, j - 2, j, QUOTH__M_NOMINAL);
  }
  m = generic_left(a, doc, j, lo);
  return m != QUOTH__NONE ? phrase_head(a, doc, m, lo) : numeric_left(a, doc, j, lo);
}

/* A word of the modifiers before a name after an inverted cue: "former
 * tech executive", "Idaho nutritional-supplement executive". */
static int modifier_word(const attr *a, size_t k) {
  if (is(a, k, "-")) return k > 0 && is_word(a, k - 1);
  if (!is_word(a, k) || (TOK(k).lex & LX_DET)) return 0;
  if (TOK(k).shape & TK_CAP) return (TOK(k).lex & (LX_PLACE | LX_DEMONYM)) != 0;
  return !np_breaker(a, k);
}

/* "said master of ceremonies Asab Al-Tabchi", "said secretary of state
 * John Kerry": "of" between lower-case words of a title before the name. */
static int title_of(const attr *a, size_t j, size_t k) {
  return k > j && is(a, k, "of") && is_word(a, k - 1) && !(TOK(k - 1).shape & TK_CAP) &&
         k + 1 < a->toks.n && is_word(a, k + 1) && !(TOK(k + 1).lex & LX_DET);
}

/* Adjectives that take a prepositional object inside a speaker phrase:
 * "people familiar with", "sources close to". */
static int pp_adjective(const attr *a, size_t i) {
  return (TOK(i).wc & WC_SOURCE_ADJECTIVE) != 0;
}

/* "People familiar with her thinking say", "Officials in Washington say",
 * "Tom Emanuel of Laconia said", "Supporters of Hillary Clinton say": when
 * the noun phrase before the cue is the object of a preposition (or none
 * is found), the speaker is the head before the preposition: a name, or
 * the whole phrase when the head is a common noun. */
static size_t np_left(attr *a, quoth_doc *doc, size_t k, size_t lo) {
  size_t m = np_left_plain(a, doc, k, lo), e, o;
  if (m != QUOTH__NONE) {
    const quoth__mention *mm = &doc->mentions[m];
    if (mm->t1 > k) return m;
    e = mm->t1, o = mm->t0;
  } else {
    e = k;
    while (e > lo && k - e < MAX_SKIP && skippable(a, e - 1)) e--;
    o = e;
    while (o > lo && e - o < 6 && (is_word(a, o - 1) || (TOK(o - 1).shape & TK_POSS)) &&
           !(TOK(o - 1).lex & (LX_PREP | LX_STOP | LX_CUE)))
      o--;
  }
  if (o <= lo + 1 || o == e || !(TOK(o - 1).lex & LX_PREP) || is(a, o - 1, "by") ||
      (m == QUOTH__NONE && !pp_adjective(a, o - 2)) ||
      is(a, o - 1, "than") || is(a, o - 1, "as") || (TOK(o - 1).lex & LX_SKIP) ||
      /* "a few weeks after Obama announced": a subordinator opens the
       * clause of the speaker, not a phrase modifying a noun before it */
      is(a, o - 1, "after") || is(a, o - 1, "before") || is(a, o - 1, "until"))
    return m;
  size_t h = o - 1;
  if (h > lo + 1 && pp_adjective(a, h - 1)) h--;
  size_t head = mention_ending(a, doc, h);
  if (head != QUOTH__NONE && (doc->mentions[head].t0 < lo ||
                              doc->mentions[head].kind == QUOTH__M_PRONOUN))
    head = QUOTH__NONE;
  if (head == QUOTH__NONE) head = generic_left(a, doc, h, lo);
  if (head == QUOTH__NONE) return m;
  const quoth__mention *hm = &doc->mentions[head];
  /* "People familiar with ...": a common noun capitalized at the start */
  int common = hm->t1 == hm->t0 + 1 && (TOK(hm->t0).lex & (LX_ANON | LX_TITLE));
  if ((hm->kind == QUOTH__M_NAME || hm->kind == QUOTH__M_ORG) && !common) return head;
  size_t w = quoth__add_mention(&a->toks, doc, a->at, hm->t0, e, QUOTH__M_NOMINAL);
  if (w != QUOTH__NONE) doc->mentions[w].plural = doc->mentions[head].plural;
  return w != QUOTH__NONE ? w : m;
}

/* The noun phrase starting at token j (after an inverted cue: "said the
 * LNA"). */
static size_t np_right(attr *a, quoth_doc *doc, size_t j, size_t end) {
  size_t m = mention_starting(a, doc, j, end);
  /* "added his campaign manager Jeff Weaver": the name after the owner */
  if (m != QUOTH__NONE && doc->mentions[m].kind == QUOTH__M_PRONOUN && (TOK(j).lex & LX_POSSDET)) {
    for (size_t k = j + 1; k < end && k - j < 5 && is_word(a, k); k++) {
      size_t n = mention_starting(a, doc, k, end);
      if (n != QUOTH__NONE) return doc->mentions[n].kind == QUOTH__M_NAME ? n : m;
      if (TOK(k).shape & TK_CAP) break;
    }
    return m;
  }
  if (m != QUOTH__NONE) return m;
  /* "said Florida's Rick Wilson": a place or organization owning the name */
  if (j + 2 < end && (TOK(j).shape & TK_CAP) && (TOK(j + 1).shape & TK_POSS) &&
      (m = mention_starting(a, doc, j + 2, end)) != QUOTH__NONE &&
      doc->mentions[m].kind == QUOTH__M_NAME)
    return m;
  /* "said former tech executive Carly Fiorina", "said undecided voter Stephanie
   * Hooton": lower-case modifiers before the name */
  for (size_t k = j; k < end && k - j < 6 && (modifier_word(a, k) || title_of(a, j, k)); k++)
    if ((m = mention_starting(a, doc, k + 1, end)) != QUOTH__NONE &&
        doc->mentions[m].kind == QUOTH__M_NAME)
      return m;
  /* "said one of those advisers, who ...", "said two of the organizers":
   * a quantifier and "of" before the phrase are part of the speaker. */
  if (j + 2 < end && (TOK(j).wc & (WC_SINGULAR_QUANTIFIER | WC_PLURAL_QUANTIFIER)) &&
      is(a, j + 1, "of") && (TOK(j + 2).lex & LX_DET) &&
      (m = np_right(a, doc, j + 2, end)) != QUOTH__NONE && doc->mentions[m].kind != QUOTH__M_NAME)
    return quoth__add_mention(&a->toks, doc, a->at, j, doc->mentions[m].t1, QUOTH__M_NOMINAL);
  /* "“...,” read one.", "tweeted another.": a bare quantifier closing the
   * clause stands for one of the sources just named */
  if (j < end && (TOK(j).wc & (WC_SINGULAR_QUANTIFIER | WC_PLURAL_QUANTIFIER)) &&
      (j + 1 == end || (!is_word(a, j + 1) && !(TOK(j + 1).shape & TK_QUOTE))))
    return quoth__add_mention(&a->toks, doc, a->at, j, j + 1, QUOTH__M_NOMINAL);
  if (j >= end || !(TOK(j).lex & LX_DET)) return QUOTH__NONE;
  /* "said the 46-year-old", "said a prominent Republican National
   * Committee member who ...": numbers count as words here. */
  size_t e = j + 1;
  while (e < end && e - j < MAX_GENERIC + 2 && !(TOK(e).lex & LX_DET) &&
         (!np_breaker(a, e) || (TOK(e).shape & TK_NUM) || is(a, e, "-")))
    e++;
  /* The phrase must end the clause ("said the report."), not start one
   * ("said the wounded kept arriving"). */
  if (e == j + 1 || (e < end && !np_breaker(a, e))) return QUOTH__NONE;
  return quoth__add_mention(&a->toks, doc, a->at, j, e, QUOTH__M_NOMINAL);
}


/* "Republicans chimed in, with Donald Trump tweeting that ...", "with
 * McCain calling it a “Chinese menu”": the noun phrase m right after
 * "with" and right before a participle cue is the subject of that
 * participle (an absolute clause), not the sentence subject.  Not a
 * phrase led by a preposition's object inside a longer noun phrase
 * ("with a group of voters saying" is still "a group"), so m must start
 * right after the "with". */
static int with_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  const quoth__mention *mm = &doc->mentions[m];
  return ends_with(a, c->a, "ing") && mm->t1 == c->a && mm->t0 > 0 && is(a, mm->t0 - 1, "with") &&
         mm->kind != QUOTH__M_ANON;
}

/* Does the speaker agree with the cue as a finite verb?  "Twitter post" and
 * "superdelegates declaring" are noun phrases, not attributions: a singular
 * subject takes no base form, and a participle needs an auxiliary. */
static int subject_fits(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  if (c->a == 0 || (TOK(c->a - 1).lex & LX_SKIP)) return 1;
  size_t i = c->a;
  /* "a news report", "sniper posts": after an ad hoc noun phrase, a form
   * that is also a noun is read as one. */
  const quoth__mention *sm = &doc->mentions[m];
  int adhoc = m >= a->nbase || (sm->t1 == sm->t0 + 1 && (TOK(sm->t0).shape & TK_SEGSTART) &&
                                !(TOK(sm->t0).lex & LX_GIVEN) && sm->kind == QUOTH__M_NAME) ||
              (sm->kind == QUOTH__M_NOMINAL && !(TOK(sm->t1 - 1).lex & LX_TITLE));
  if ((TOK(i).lex & LX_NOUNCUE) && adhoc && c->b == c->a + 1 &&
      !(doc->mentions[m].plural && TOK(i).keylen == strlen(c->lemma)))
    return 0; /* only "Legal observers note ..." (plural, base form) reads as a verb */
  /* "despite unprecedented attacks", "renewed fears", "thinly-veiled
   * attack": an adjective right before the cue makes it a noun; an
   * adjective cannot end a subject ("those surveyed say" is a noun, then
   * a participle) */
  if (sm->t1 == i) {
    size_t h = i - 1;
    int lower = is_word(a, h) && !(TOK(h).shape & TK_CAP);
    int adj = ends_with(a, h, "ous") || ends_with(a, h, "atory") || ends_with(a, h, "sory") ||
              (ends_with(a, h, "ed") && !ends_with(a, h, "eed") &&
               (h == sm->t0 || ends_with(a, h - 1, "ly") || (TOK(h - 1).lex & LX_PREP)));
    if (lower && adj && !(TOK(h).lex & LX_PRON)) return 0;
  }
  if (ends_with(a, i, "ing")) return 0;
  const quoth__mention *mm = &doc->mentions[m];
  int base = TOK(i).keylen == strlen(c->lemma) &&
             memcmp(quoth__tok_key(&a->toks, i), c->lemma, TOK(i).keylen) == 0;
  if (!base || mm->plural) return 1;
  /* "Leading Democrats say", "Senate Republicans argue": a name in -s */
  if ((mm->kind == QUOTH__M_NAME || mm->kind == QUOTH__M_ORG) && mm->t1 - mm->t0 > 1 &&
      ends_with(a, mm->t1 - 1, "s") && !ends_with(a, mm->t1 - 1, "ss") &&
      !(TOK(mm->t1 - 1).shape & TK_ALLCAPS))
    return 1;
  if (mm->kind == QUOTH__M_PRONOUN) return mm->gender == 0; /* I/we/you/they say */
  return mm->kind != QUOTH__M_NAME && mm->kind != QUOTH__M_ORG;
}

/* Does token i join a second predicate to the first ("and says", "but
 * said")? */
static int verb_coordinator(const attr *a, size_t i) {
  return is(a, i, "and") || is(a, i, "but");
}

/* "refused to comment but said there was no call": "but" at token i
 * joins cue c to the predicate of the sentence subject -- not inside a
 * relative clause ("Pompeo, who has seen them but would say nothing"),
 * nor a wish ("but wants to ..."), nor an object ("but said little"). */
static int but_predicate(const attr *a, const cue *c, size_t i, size_t s0) {
  if (!is(a, i, "but") || c->b >= a->toks.n) return 0;
  if (is(a, c->b, "to") || is(a, c->b, "nothing") || is(a, c->b, "little")) return 0;
  for (size_t k = i; k > s0 && i - k < WINDOW; k--)
    if (k >= s0 + 2 && is(a, k - 1, "who") && is_comma(a, k - 2))
      return 0; /* "Pompeo, who has seen them but would say nothing" */
  return 1;
}

/* "The director of the European Centre, Ina Kirsch, told the AP ... and
 * said", "His campaign manager, Jeff Weaver, ... saying": the name in
 * apposition to a role subject (marked a subject too by the mention
 * finder) names the speaker better than the role.  Before token end;
 * m itself otherwise. */
static size_t apposed_name(const attr *a, const quoth_doc *doc, size_t m, size_t end) {
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->kind == QUOTH__M_NAME || mm->kind == QUOTH__M_PRONOUN) return m;
  for (size_t i = mm->t1; i < end && i - mm->t1 <= MAX_SKIP + 8; i++) {
    size_t n = a->at[i];
    if (n == QUOTH__NONE || n == m || doc->mentions[n].t0 != i) continue;
    if (doc->mentions[n].subject && doc->mentions[n].kind == QUOTH__M_NAME && is_comma(a, i - 1))
      return n;
  }
  return m;
}

/* ", saying the positives would outweigh ...", ", noting he had backed
 * Rubio": a speech participle whose bare complement opens a clause
 * reports a statement of its own, even after the sentence's first
 * statement ("defended his call ..., saying ...").  A subject pronoun
 * (word class subject-pronoun) opens a clause after any clause cue; a
 * determiner or a name not after a participle of emphasis or announcement
 * (object-participle), which takes a plain object as often (", stressing
 * the importance of unity"). */
static int participle_clause(const attr *a, const quoth_doc *doc, const cue *c) {
  if (!(c->flags & CF_CLAUSE) || (c->flags & CF_WEAK) || !ends_with(a, c->a, "ing") ||
      c->b + 1 >= a->toks.n)
    return 0;
  size_t j = c->b;
  if (TOK(j).wc & WC_SUBJECT_PRONOUN) return 1;
  /* verbs of emphasis or announcement take a plain object as often */
  if ((TOK(c->a).wc & WC_OBJECT_PARTICIPLE) || (TOK(j).lex & (LX_POSSDET | LX_PREP)))
    return 0; /* "saying his piece" */
  if ((TOK(j).lex & (LX_PRON | LX_DET)) &&
      ((c->flags & CF_TELL) || (!is(a, j, "him") && !is(a, j, "them"))))
    return 1; /* "telling them they'd have to ..." */
  size_t m = a->at[j];
  return m != QUOTH__NONE && doc->mentions[m].t0 == j && doc->mentions[m].kind != QUOTH__M_ANON &&
         doc->mentions[m].t1 < a->toks.n && is_word(a, doc->mentions[m].t1) &&
         !(TOK(doc->mentions[m].t1).lex & (LX_PREP | LX_STOP));
}

/* Words that join a participle to the clause before it: ", saying", "-
 * arguing", "and calling for", "by saying", "before adding". */
static int participle_link(const attr *a, size_t i) {
  return is_comma(a, i) || is_dash(a, i) || is(a, i, "-") || (TOK(i).wc & WC_PARTICIPLE_LINK);
}

/* A quotation whose comma closes inside the marks ('has “expanded the
 * party,” claiming that ...'): it links what follows as a comma would. */
static int comma_quote(const attr *a, const quoth_doc *doc, size_t i) {
  if (!(TOK(i).shape & TK_QUOTE)) return 0;
  quoth_span in = doc->quotes[TOK(i).quote].inner;
  return in.end > in.start && doc->text[in.end - 1] == ',';
}

/* The noun phrase opening the sentence at s0 when a predicate follows it
 * ("The families have filed a lawsuit", "Sanders rips the agreement"): a
 * known mention, or a determiner and up to MAX_GENERIC plain words before
 * an auxiliary or a past-tense verb.  NONE otherwise. */
static size_t initial_subject(attr *a, quoth_doc *doc, size_t s0, size_t end) {
  size_t m = mention_starting(a, doc, s0, end), k;
  if (m != QUOTH__NONE) {
    k = doc->mentions[m].t1;
  } else {
    if (!(TOK(s0).lex & (LX_DET | LX_POSSDET)) || (TOK(s0).lex & LX_STOP)) return QUOTH__NONE;
    for (k = s0 + 1; k < end && k - s0 <= MAX_GENERIC && is_word(a, k) &&
                     !(TOK(k).lex & (LX_SKIP | LX_STOP | LX_PREP | LX_CUE | LX_PRON));
         k++)
      ;
  }
  if (k >= end || (k == s0 + 1 && m == QUOTH__NONE)) return QUOTH__NONE;
  size_t v = k;
  while (v < end && v - k < MAX_SKIP && (TOK(v).lex & LX_SKIP) && !(TOK(v).lex & LX_PRON)) v++;
  /* a predicate: an auxiliary, a verb in -ed or -s, or a cue */
  if (v >= end || !is_word(a, v) || (TOK(v).lex & (LX_PREP | LX_STOP | LX_DET | LX_SKIP)) ||
      !(ends_with(a, v, "ed") || ends_with(a, v, "s") || (TOK(v).lex & LX_CUE)))
    return QUOTH__NONE; /* "Two weeks earlier, ...": no predicate */
  if (m != QUOTH__NONE) return doc->mentions[m].kind == QUOTH__M_ANON ? QUOTH__NONE : m;
  return generic_left(a, doc, k, s0);
}

/* "X endorsed Clinton, saying ...": a participle after a comma has the
 * subject of its sentence as speaker. */
static size_t participle_subject(attr *a, quoth_doc *doc, const cue *c, size_t s0,
                                 int but) {
  if (c->a <= s0) return QUOTH__NONE;
  size_t b = c->a; /* "... and later said", "after initially saying" */
  while (b > s0 && c->a - b < MAX_SKIP && skippable(a, b - 1)) b--;
  int participle = b > s0 &&
                   (participle_link(a, b - 1) || (but && b == c->a && comma_quote(a, doc, b - 1))) &&
                   ends_with(a, c->a, "ing"); /* ", saying", "by saying", "- and arguing" */
  /* "... and says", "refused to comment but said" (a reported clause
   * only: a quote before "but said" is not the second predicate's) */
  int coordinated = b > s0 && (is(a, b - 1, "and") || (but && but_predicate(a, c, b - 1, s0))) &&
                    !ends_with(a, c->a, "ing");
  if (!participle && !coordinated) return QUOTH__NONE;
  /* "..., Nefzi said, adding, ...": the speaker of the cue right before */
  if (participle && c->a >= s0 + 3 && is_comma(a, c->a - 1)) {
    for (size_t k = c->a - 2; k > s0 && c->a - k <= 4; k--) {
      const cue *p = cue_at(a, k);
      if (!p) continue;
      size_t m = p->b + 1 == c->a ? mention_ending(a, doc, p->a) : QUOTH__NONE;
      if (m != QUOTH__NONE && m < a->nbase && doc->mentions[m].kind != QUOTH__M_PRONOUN) return m;
      break;
    }
  }
  /* after "but", the subject precedes the first predicate: in "An opinion
   * concluded that the Centre qualified but said", not "the Centre" */
  int but_only = coordinated && !participle && !is(a, b - 1, "and");
  if (participle) { /* "While his rivals called for ..., Trump hewed to ..., noting that" */
    size_t last = QUOTH__NONE;
    for (size_t i = c->a - s0 > WINDOW ? c->a - WINDOW : s0; i < c->a; i++) {
      size_t m = a->at[i];
      if (m != QUOTH__NONE && doc->mentions[m].subject && doc->mentions[m].t0 == i &&
          doc->mentions[m].kind != QUOTH__M_ANON)
        last = m;
    }
    /* a clause subject after a conjunction ("..., but Trump hewed")
     * stands; otherwise the noun phrase that opens the sentence, when it
     * is one ("The families sued Remington, alleging"). */
    size_t t0 = last != QUOTH__NONE ? doc->mentions[last].t0 : 0;
    if (last != QUOTH__NONE && t0 > s0 && (verb_coordinator(a, t0 - 1) || is(a, t0 - 1, ";") ||
                                           is(a, t0 - 1, "while")))
      return last;
    size_t h = initial_subject(a, doc, s0, c->a);
    return h != QUOTH__NONE ? h : last;
  }
  for (size_t i = c->a - s0 > WINDOW ? c->a - WINDOW : s0; i < c->a; i++) {
    size_t m = a->at[i];
    if (m != QUOTH__NONE && doc->mentions[m].subject && doc->mentions[m].t0 == i &&
        doc->mentions[m].kind != QUOTH__M_ANON)
      return apposed_name(a, doc, m, c->a);
    if (but_only && cue_at(a, i)) break;
  }
  return QUOTH__NONE;
}

/* "Senior advisers who have run the numbers argue": the noun phrase m
 * before the cue closes a relative clause; the subject is the noun phrase
 * the clause modifies.  Only "who": "that" is as often a complementizer
 * ("showed that ..."). m itself otherwise. */
static size_t relative_head(attr *a, quoth_doc *doc, size_t m, size_t s0) {
  size_t t0 = doc->mentions[m].t0, w = t0;
  /* "who said she planned to": a pronoun subject opens a clause of its own */
  if (doc->mentions[m].kind == QUOTH__M_PRONOUN) return m;
  while (w > s0 && t0 - w < 14 && !is(a, w - 1, "who") &&
         (is_word(a, w - 1) || (TOK(w - 1).shape & TK_POSS)))
    w--;
  /* "economists who favor consumption taxes agree": a lower-case phrase
   * right after "who" is the relative clause's predicate, no subject */
  int predicate = w == t0 && doc->mentions[m].kind == QUOTH__M_NOMINAL &&
                  !(TOK(t0).shape & TK_CAP) && !(TOK(t0).lex & (LX_DET | LX_POSSDET));
  if (w <= s0 + 1 || (w == t0 && !predicate) || !is(a, w - 1, "who")) return m;
  size_t h = np_left_plain(a, doc, w - 1, s0);
  if (h == QUOTH__NONE || doc->mentions[h].t1 != w - 1 ||
      doc->mentions[h].kind == QUOTH__M_PRONOUN)
    return m;
  return h;
}

/* "Cyber security experts and U.S. officials said", "media reports and
 * party sources described": a left conjunct [k, and) of up to three
 * lower-case words ending in a plural noun (a verb in -ed makes it a
 * clause: "voters cheered and officials said"). */
static int plural_conjunct(const attr *a, size_t k, size_t and) {
  if (and - k > 3 || !ends_with(a, and - 1, "s") || ends_with(a, and - 1, "ss")) return 0;
  for (size_t i = k; i < and; i++)
    if (((TOK(i).shape & TK_CAP) && !(i == k && (TOK(i).shape & TK_SEGSTART))) ||
        ends_with(a, i, "ed") || (TOK(i).lex & (LX_CUE | LX_PRON)))
      return 0;
  return 1;
}

/* "Current and former officials said", "Clinton and the State Department
 * have asserted": a subject of two conjuncts opening its clause speaks as
 * one; the phrase from the clause start to the end of mention m.  Only a
 * short left conjunct of plain words, at the sentence start or after a
 * subordinator ("Though media reports and party sources described"). */
static size_t coordinated_subject(attr *a, quoth_doc *doc, size_t m, size_t s0) {
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->kind == QUOTH__M_PRONOUN || mm->t0 < s0 + 2 || !is(a, mm->t0 - 1, "and")) return m;
  size_t k = mm->t0 - 1;
  while (k > s0 && mm->t0 - k <= 6 &&
         (is_word(a, k - 1) || (TOK(k - 1).shape & TK_POSS)) &&
         !(TOK(k - 1).lex & (LX_PREP | LX_CUE | LX_STOP | LX_SKIP)))
    k--;
  if (k == mm->t0 - 1) return m;
  if (k > s0 && !is(a, k - 1, "though") && !is(a, k - 1, "although") && !is(a, k - 1, "but") &&
      !is(a, k - 1, "while") && !is(a, k - 1, "because"))
    return m;
  /* the left conjunct is one word ("Current", "They"), a known mention
   * ("Clinton") or a phrase opened by a determiner ("the campaign") --
   * not a clause ("Trump met Clinton and the officials said") */
  size_t and = mm->t0 - 1, l = mention_ending(a, doc, and);
  int conjunct = and - k == 1 || (l != QUOTH__NONE && doc->mentions[l].t0 == k) ||
                 (TOK(k).lex & (LX_DET | LX_POSSDET));
  for (size_t i = k + 1; conjunct && i < and && and - k > 1; i++)
    if (TOK(i).shape & TK_CAP) conjunct = l != QUOTH__NONE && doc->mentions[l].t0 == k;
  if (!conjunct) conjunct = plural_conjunct(a, k, and);
  if (!conjunct) return m;
  size_t n = quoth__add_mention(&a->toks, doc, a->at, k, doc->mentions[m].t1, QUOTH__M_NOMINAL);
  if (n == QUOTH__NONE) return m;
  doc->mentions[n].plural = 1;
  return n;
}

/* "Republican activists clamoring to block Donald Trump say": the noun
 * phrase before a participle modifier (-ing, or -ed + preposition) that
 * runs up to token j; a plural head only (the cue agrees with it). */
static size_t participle_head(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  for (size_t p = j; p > lo + 1 && j - p < 10; p--) {
    size_t w = p - 1;
    if (!is_word(a, w) || (TOK(w).lex & LX_CUE)) return QUOTH__NONE;
    if ((TOK(w).shape & TK_CAP) || !(ends_with(a, w, "ing") ||
                                     (ends_with(a, w, "ed") && w + 1 < j && (TOK(w + 1).lex & LX_PREP))))
      continue;
    size_t h = mention_ending(a, doc, w);
    if (h == QUOTH__NONE) h = generic_left(a, doc, w, lo);
    if (h == QUOTH__NONE || doc->mentions[h].t0 < lo || doc->mentions[h].t1 != w ||
        !doc->mentions[h].plural || doc->mentions[h].kind == QUOTH__M_PRONOUN)
      return QUOTH__NONE;
    return h;
  }
  return QUOTH__NONE;
}

/* "Sanders defended his call to raise the wage, saying ...": the
 * statement just made in this segment ends right before the words that
 * link participle c to it; its speaker is the participle's subject (not
 * the dateline "WASHINGTON -" that opens the sentence).  NONE otherwise. */
static size_t object_clause_speaker(const attr *a, const quoth_doc *doc, const cue *c,
                                    size_t s0) {
  if (a->seg_n0 >= doc->nstatements) return QUOTH__NONE;
  size_t k = c->a;
  while (k > s0 && c->a - k < 3 && participle_link(a, k - 1)) k--;
  if (k == c->a && k > s0 + 1 && comma_quote(a, doc, k - 1)) k++; /* the quote ends the content */
  if (k == c->a || k <= s0 + 1) return QUOTH__NONE;
  const quoth_statement *p = &doc->statements[doc->nstatements - 1];
  if (p->nparts == 0 || p->parts[p->nparts - 1].end != TOK(k - 1).end ||
      p->cue.start >= TOK(c->a).start)
    return QUOTH__NONE;
  return p->smention;
}

static int participle_opens(const attr *a, const quoth_doc *doc, const cue *p);

/* "..., with 30 percent of voters saying they ...", "- Ryan saying he
 * was ...": a noun phrase and a speech participle with a clause of its
 * own, after "with" or a comma or dash, form an absolute clause; the
 * phrase is the participle's subject. */
static int absolute_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c,
                            size_t s0) {
  size_t t0 = doc->mentions[m].t0;
  if (doc->mentions[m].t1 != c->a || t0 <= s0 || !ends_with(a, c->a, "ing") ||
      !participle_opens(a, doc, c))
    return 0;
  return is(a, t0 - 1, "with") || is_dash(a, t0 - 1);
}

/* '“...,” Clinton said, referencing a super PAC ...', "..., he said,
 * recalling the time ...": a speech participle right after a cue clause
 * that made a statement names what the speaker referred to -- a statement
 * of its own, as the gold annotation counts it; not a participle of
 * emphasis (", it added, stressing the importance of unity"). */
static int after_cue_clause(attr *a, const quoth_doc *doc, const cue *c, size_t s0) {
  if (c->a < s0 + 2 || !is_comma(a, c->a - 1) || !ends_with(a, c->a, "ing") ||
      (c->flags & CF_WEAK) || (TOK(c->a).wc & WC_OBJECT_PARTICIPLE) || c->b >= a->toks.n ||
      !is_word(a, c->b) || (TOK(c->b).lex & LX_PREP))
    return 0;
  if (a->seg_n0 >= doc->nstatements) return 0;
  /* the cue clause: "said," or "said Smith," right before the comma */
  const quoth_statement *p = &doc->statements[doc->nstatements - 1];
  return p->cue.end > p->cue.start && p->cue.start < TOK(c->a).start &&
         (p->cue.end == TOK(c->a - 2).end || p->speaker_mention.end == TOK(c->a - 2).end);
}

/* The speaker of cue c from the left: the noun phrase before it, or the
 * sentence subject for a participle. */
static size_t speaker_left(attr *a, quoth_doc *doc, const cue *c, size_t s0) {
  size_t m = np_left(a, doc, c->a, s0);
  if (m != QUOTH__NONE) m = relative_head(a, doc, m, s0);
  if (m != QUOTH__NONE) m = coordinated_subject(a, doc, m, s0);
  if (m != QUOTH__NONE && absolute_subject(a, doc, m, c, s0)) return m;
  /* "with Trump calling for a ban": an object cue needs no clause */
  if (m != QUOTH__NONE && (c->flags & CF_OBJECT) && with_subject(a, doc, m, c)) return m;
  if (m != QUOTH__NONE && !subject_fits(a, doc, m, c)) {
    if (!(c->a > s0 && is_comma(a, c->a - 1) && ends_with(a, c->a, "ing"))) {
      /* the singular phrase before "say" ends a participle modifier */
      size_t h = doc->mentions[m].plural || ends_with(a, c->a, "ing")
                     ? QUOTH__NONE
                     : participle_head(a, doc, doc->mentions[m].t0, s0);
      return h != QUOTH__NONE && subject_fits(a, doc, h, c) ? h : QUOTH__NONE;
    }
    m = QUOTH__NONE; /* ", adding that ...": no subject here, a participle */
  }
  /* After a cue clause (", it added, stressing ..."), a participle only
   * elaborates the statement already made. */
  if (m == QUOTH__NONE) {
    size_t b = c->a;
    while (b > s0 && c->a - b < MAX_SKIP && skippable(a, b - 1)) b--;
    /* "..., she said, adding that ...": a participle with a that-clause of
     * its own reports a statement of its own */
    int own = (c->b < a->toks.n && is(a, c->b, "that")) || is(a, c->b - 1, "that") ||
              (c->flags & CF_OBJECT) || /* ", citing a poll", ", accusing him of ..." */
              participle_clause(a, doc, c) || after_cue_clause(a, doc, c, s0);
    if (own) m = object_clause_speaker(a, doc, c, s0);
    if (m == QUOTH__NONE &&
        (a->seg_n0 == doc->nstatements || own || (b > s0 && verb_coordinator(a, b - 1))))
      m = participle_subject(a, doc, c, s0, 1);
    if (m == QUOTH__NONE && own && a->seg_n0 < doc->nstatements && c->a > s0 &&
        is_comma(a, c->a - 1)) /* the speaker of the statement just made */
      m = doc->statements[doc->nstatements - 1].smention;
  }
  return m;
}

/* ---- statements ------------------------------------------------------------ */

static quoth_statement *new_statement(attr *a, quoth_doc *doc, quoth_kind kind, size_t t0,
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

static void set_cue(quoth_statement *st, const attr *a, const cue *c) {
  st->cue = (quoth_span){TOK(c->a).start, TOK(c->b - 1).end};
  st->lemma = c->lemma;
}

static void set_speaker(quoth_statement *st, quoth_doc *doc, size_t m, double conf) {
  st->smention = m;
  if (m != QUOTH__NONE) {
    st->speaker_mention = doc->mentions[m].span;
    doc->mentions[m].speaker = 1;
  }
  st->confidence = conf;
}


static void add_part(quoth_statement *st, const attr *a, size_t q) {
  if (st->nparts >= 4) return;
  st->parts[st->nparts++] = (quoth_span){TOK(q).start, TOK(q).end};
}

/* Skips adverbs and auxiliaries from token k on. */
static size_t skip_adverbs(const attr *a, size_t k, size_t end) {
  for (int s = 0; s < MAX_SKIP && k < end && (TOK(k).lex & LX_SKIP) && !(TOK(k).lex & LX_PRON); s++)
    k++;
  return k;
}

/* Skips adverbs and time words from token k on, with a determiner before a
 * time word ("earlier this week", "this morning"). */
static size_t skip_time(const attr *a, size_t k, size_t end) {
  k = skip_adverbs(a, k, end);
  if (k + 1 < end && (is(a, k, "this") || is(a, k, "next") || is(a, k, "that")) &&
      (TOK(k + 1).lex & LX_SKIP) && !(TOK(k + 1).lex & LX_STOP))
    k = skip_adverbs(a, k + 1, end);
  return k;
}

/* End of a clause's content: the segment end without final punctuation. */
static size_t content_end(const attr *a, size_t c0, size_t s1) {
  while (s1 > c0 && is_final(a, s1 - 1)) s1--;
  return s1;
}

static size_t content_start(const attr *a, size_t c0, size_t c1) {
  while (c0 < c1 && (TOK(c0).shape & TK_PUNCT)) c0++;
  return c0;
}

/* Kind of a reported clause: mixed when it holds a speech quote. */
static quoth_kind clause_kind(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  for (size_t i = c0; i < c1; i++)
    if (is_speech(a, doc, i)) return QUOTH_KIND_MIXED;
  return QUOTH_KIND_INDIRECT;
}

static double mention_conf(const quoth_doc *doc, size_t m, double base) {
  if (m == QUOTH__NONE) return 0.2;
  return doc->mentions[m].kind == QUOTH__M_PRONOUN ? base - 0.1 : base;
}

/* ---- direct patterns ---------------------------------------------------- */

/* A quote the scanner flagged as words inside a reported clause ("said
 * the plan was “a disaster”") is a fragment of a mixed statement; any
 * other speech quote is direct (the agreed contract: the scanner, which
 * sees the whole clause, decides, not the word right before the mark). */
static int quote_is_fragment(const quoth_doc *doc, const attr *a, size_t q) {
  return (doc->quotes[TOK(q).quote].flags & QUOTH_QUOTE_FRAGMENT) != 0;
}

/* Before a direct pattern is tried: a quote continuing running words
 * ("failed to find the cell and “should have acted sooner,” said X") is
 * left to the reported-speech patterns, which take the whole clause. */
static int quote_continues_clause(const quoth_doc *doc, const attr *a, size_t q, size_t s0) {
  return quote_is_fragment(doc, a, q) || (q > s0 && is_word(a, q - 1) && !(TOK(q - 1).lex & LX_CUE));
}

/* Tokens a speaker phrase may hold: words, numbers ("the two"), possessives, a bracketed
 * affiliation ("Sen. Marco Rubio (R-Fla.)") and the commas of an
 * apposition ("Brent Bozell III, founder of the Media Research Center,"). */
static int in_speaker_phrase(const attr *a, size_t k) {
  return is_word(a, k) || (TOK(k).shape & (TK_POSS | TK_NUM)) || is(a, k, "(") || is(a, k, ")") ||
         is(a, k, "-") || is(a, k, ".") || is_comma(a, k);
}

/* The token after quote q, past the stray mark of ''... 'Fox and
 * Friends,''' (a single quote closing inside a double one). */
static size_t quote_end(const attr *a, size_t q, size_t s1) {
  return q + 1 < s1 && is(a, q + 1, "'") ? q + 2 : q + 1;
}

static int quote_runs_on(const attr *a, const quoth_doc *doc, size_t q, size_t s1);
static size_t clause_tail(attr *a, const quoth_doc *doc, size_t q, size_t s1);
static size_t clause_head(attr *a, const quoth_doc *doc, size_t q, size_t s0, const cue *before);
static size_t find_that(const attr *a, size_t j, size_t s1);

static size_t according_source(attr *a, quoth_doc *doc, const cue *c, size_t s0, size_t s1,
                               size_t *end);

/* ", CNN reported.", ", The Washington Post first reported.": a named
 * source and "report" closing the sentence from token k on; the mention
 * or QUOTH__NONE. */
static size_t reporting_source(attr *a, const quoth_doc *doc, size_t k, size_t s1) {
  size_t m = mention_starting(a, doc, k, s1);
  if (m == QUOTH__NONE || doc->mentions[m].kind == QUOTH__M_PRONOUN) return QUOTH__NONE;
  size_t j = skip_adverbs(a, doc->mentions[m].t1, s1);
  cue *c = j < s1 ? cue_at(a, j) : NULL;
  if (!c || strcmp(c->lemma, "report") != 0) return QUOTH__NONE;
  size_t e = skip_time(a, c->b, s1);
  if (e < s1 && !is_final(a, e)) return QUOTH__NONE;
  c->flags |= CF_USED;
  return m;
}

/* "“Q,” Welch said, according to Vermont Edition", "“Q,” Sanders said
 * Monday, according to CNN", "..., CNN reported": the writer has the
 * speaker's words from another source.  The speaker stays the one who
 * said them; the source is the statement's reporter, as in a nested
 * attribution ("Al-Arabiya TV said Haftar told ...").  (PolNeAR credits
 * the outermost source instead; docs/evaluation.md.)  A statement that
 * ends up with no speaker takes the source (source_for_speakerless).  k is
 * the token after the speaker and cue; a time phrase may come between. */
static void credit_source(quoth_statement *st, quoth_doc *doc, size_t m) {
  st->rmention = m;
  doc->mentions[m].reporter = 1; /* an entity even when a nominal */
}

static int cited_source(attr *a, quoth_doc *doc, quoth_statement *st, size_t k, size_t s0,
                        size_t s1) {
  k = skip_time(a, k, s1);
  if (k + 1 >= s1 || !is_comma(a, k)) return 1;
  cue *c = cue_at(a, k + 1);
  size_t r = reporting_source(a, doc, k + 1, s1);
  if (r != QUOTH__NONE) {
    credit_source(st, doc, r);
    return 1;
  }
  if (!c || !(c->flags & CF_ACCORDING) || strcmp(c->lemma, "according to") != 0) return 1;
  size_t e, m = according_source(a, doc, c, s0, s1, &e);
  if (m == QUOTH__NONE) return e ? 1 : -1;
  if (e < s1 && !is_comma(a, e) && !is_final(a, e)) return 1; /* "according to X who ..." */
  credit_source(st, doc, m);
  c->flags |= CF_USED;
  return 1;
}

/* “Q,” SPEAKER CUE.  /  “Q,” CUE SPEAKER.  /  “Q,” according to SPEAKER. */
static int p_quote_then_cue(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1,
                            size_t *after) {
  size_t j = quote_end(a, q, s1), m;
  if (j < s1 && (is_comma(a, j) || is(a, j, "\xE2\x80\x94"))) j++;
  const char *rule = "quote-speaker-cue";
  cue *c = NULL;
  /* SPEAKER CUE: the first cue within a few words, with the speaker phrase
   * ending right before it ("White House press secretary Josh Earnest said"). */
  for (size_t k = j + 1; !cue_at(a, j) && k < s1 && k <= j + MAX_APPOS && in_speaker_phrase(a, k - 1);
       k++) {
    cue *ck = cue_at(a, k);
    if (!ck) continue;
    if (!(ck->flags & (CF_ACCORDING | CF_WEAK)) && (m = np_left(a, doc, k, j)) != QUOTH__NONE)
      c = ck, *after = c->b;
    break;
  }
  if (!c && (c = cue_at(a, j)) != NULL && !(c->flags & CF_WEAK)) {
    rule = c->flags & CF_ACCORDING ? "quote-according" : "quote-cue-speaker";
    m = np_right(a, doc, c->b, s1);
    if (m == QUOTH__NONE) return 0;
    *after = doc->mentions[m].t1;
  }
  if (!c || (c->flags & CF_WEAK)) return 0;
  /* “Q” by the United States and NATO, Clinton said: the words run on to
   * the comma before the speaker and belong to the statement. */
  size_t t0 = q, t1 = q + 1;
  if (doc->mentions[m].t0 > j && quote_runs_on(a, doc, q, s1)) {
    t1 = content_end(a, q + 1, doc->mentions[m].t0);
    if (t1 < q + 1) t1 = q + 1;
  }
  /* "After the 2014 victories, “there is a sense of urgency,” Law said",
   * "But when it comes to Carrier, “we've all worked,” he said": the
   * words before the comma open the reported clause. */
  if (q > s0 + 1 && is_comma(a, q - 1)) {
    size_t h = clause_head(a, doc, q, s0, NULL);
    if (h + 1 < q) t0 = h;
  }
  quoth_statement *st = new_statement(a, doc, t0 < q || t1 > q + 1 ? QUOTH_KIND_MIXED
                                                                   : QUOTH_KIND_DIRECT,
                                      t0, t1, rule);
  if (!st) return -1;
  set_cue(st, a, c);
  set_speaker(st, doc, m, mention_conf(doc, m, 0.9));
  if (c->flags & CF_TELL) st->amention = np_right(a, doc, c->b, s1);
  c->flags |= CF_USED;
  if (strcmp(rule, "quote-according") != 0) return cited_source(a, doc, st, *after, s0, s1);
  return 1;
}

/* “Q1,” SPEAKER CUE, “Q2.”: Q2 joins Q1's statement. */
static void p_split_quote(attr *a, quoth_doc *doc, size_t after, size_t s1) {
  quoth_statement *st = &doc->statements[doc->nstatements - 1];
  /* Words, possessives and commas of an apposition ("said Stephanie
   * Formas, Clinton's communications director, “and ...”") up to the
   * comma or colon right before the second quote. */
  for (size_t k = after; k < s1 && k - after <= MAX_GAP + 8; k++) {
    if (is_comma(a, k) || is(a, k, ":")) {
      if (k + 1 < s1 && is_free_quote(a, doc, k + 1)) {
        add_part(st, a, k + 1);
        a->qstat[TOK(k + 1).quote] = doc->nstatements - 1;
        return;
      }
      if (is(a, k, ":")) return;
      continue;
    }
    if (!is_word(a, k) && !(TOK(k).shape & TK_POSS)) return;
  }
}

/* The nearest cue ending at most MAX_GAP words before token j, with only
 * words and commas in between. */
static cue *cue_before(attr *a, size_t j, size_t s0) {
  for (size_t t = j; t > s0 && j - t < MAX_GAP + 6; t--) {
    cue *c = cue_at(a, t - 1);
    if (!c || c->b > j || j - c->b > MAX_GAP || (c->flags & CF_WEAK)) continue;
    size_t i = c->b;
    while (i < j && (is_word(a, i) || is_comma(a, i))) i++;
    if (i == j) return c;
  }
  return NULL;
}

/* "More from the report: “Q”", "Mark Blumenthal and Jon Cohen: “Q”": a
 * short lead-in that ends with a name or noun phrase and a colon. */
static int p_colon_quote(attr *a, quoth_doc *doc, size_t q, size_t colon, size_t s0) {
  size_t m = np_left_plain(a, doc, colon, s0);
  if (m == QUOTH__NONE || doc->mentions[m].kind == QUOTH__M_PRONOUN) return 0;
  /* "was conclusive in its findings:": an owned thing is no speaker */
  if (doc->mentions[m].kind == QUOTH__M_NOMINAL && (TOK(doc->mentions[m].t0).lex & LX_POSSDET))
    return 0;
  /* "Frank Newport and Jim Harter:": two names are one source */
  size_t t0 = doc->mentions[m].t0, first = t0 > s0 + 1 && is(a, t0 - 1, "and")
                                                 ? mention_ending(a, doc, t0 - 1)
                                                 : QUOTH__NONE;
  if (first != QUOTH__NONE && doc->mentions[first].kind == QUOTH__M_NAME &&
      doc->mentions[m].kind == QUOTH__M_NAME && doc->mentions[first].t0 >= s0) {
    size_t n = quoth__add_mention(&a->toks, doc, a->at, doc->mentions[first].t0,
                                  doc->mentions[m].t1, QUOTH__M_NOMINAL);
    if (n == QUOTH__NONE) return -1;
    doc->mentions[n].plural = 1;
    m = n, t0 = doc->mentions[n].t0;
  }
  /* a short lead-in, or a name set off by a dash ("... contests - Philip
   * Bump:", "... this year's election - More from Jones:") */
  size_t lead = t0;
  if (lead > s0 + 1 && is(a, lead - 1, "from")) {
    lead--;
    if (lead > s0 + 1 && is(a, lead - 1, "more")) lead--;
  }
  if (colon - s0 > 10 && !(lead > s0 && (is(a, lead - 1, "-") || is_dash(a, lead - 1)))) return 0;
  quoth_statement *st = new_statement(a, doc, QUOTH_KIND_DIRECT, q, q + 1, "speaker-colon-quote");
  if (!st) return -1;
  set_speaker(st, doc, m, 0.6);
  return 1;
}

/* The start of the statement of “Q” after cue c, the quote's comma or
 * colon at token j: the quote itself, or the reported clause between cue
 * and quote ("told reporters that the mayor has met the challenges
 * “quite directly”", "said the turmoil was not the banks' fault, “not by
 * a long shot”").  Adjuncts ("said in a statement, “Q”") are no clause. */
static size_t clause_before_quote(attr *a, quoth_doc *doc, const cue *c, size_t j, size_t q) {
  size_t g = c->b;
  /* after a colon the quote stands alone ("said yes and took the
   * opportunity: “Q”") */
  if ((c->flags & CF_ACCORDING) || !is_comma(a, j)) return q;
  if (c->flags & CF_TELL) {
    size_t addr = np_right(a, doc, g, j);
    if (addr != QUOTH__NONE) g = doc->mentions[addr].t1;
  }
  size_t th = find_that(a, g, j); /* "noted that", "said on Friday that" */
  if (th != QUOTH__NONE) return th + 1 < j ? th + 1 : q;
  if (g >= j || !(c->flags & CF_CLAUSE) || !is_word(a, g) ||
      (TOK(g).lex & (LX_PREP | LX_SKIP)) || (TOK(g).shape & TK_NUM) || j - g < 3 ||
      is(a, g, "as") || is(a, g, "when") || is(a, g, "while")) /* "said as he arrived, “Q”" */
    return q;
  return g;
}

/* "An economic downturn, he said, “could be a good time ...”": a quote
 * opening in lower case goes on with the words before a parenthetical
 * source (mention m, cue c, comma j, quote q); from the sentence start s0
 * to the comma before m, they are the first part of the statement.  The
 * lead holds no comma, quote or bracket (not "On Tuesday, in Ohio, he
 * said, “...”" nor "“Q1,” he said"), and no statement has it.  Returns the
 * end of the lead, or NONE. */
static int overlaps_statement(const attr *a, const quoth_doc *doc, size_t t0, size_t t1);
static size_t lead_before_source(attr *a, const quoth_doc *doc, const cue *c, size_t m, size_t j,
                                 size_t q, size_t s0) {
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->t1 != c->a || c->b != j || !is_comma(a, j) || j + 1 != q || mm->t0 < s0 + 2 ||
      !is_comma(a, mm->t0 - 1) || mm->t0 - 1 - s0 > 30)
    return QUOTH__NONE;
  unsigned char first = (unsigned char)doc->text[doc->quotes[TOK(q).quote].inner.start];
  if (first < 'a' || first > 'z') return QUOTH__NONE;
  size_t e = mm->t0 - 1;
  /* an adjunct ("In the United States, they write, “...”", "At the same
   * time, ...") or a lone conjunction or sentence adverb ("But, he said,
   * “...”", "Still, ...") sets the quote in context; it is no content */
  if ((TOK(s0).lex & LX_PREP) ||
      (e == s0 + 1 && ((TOK(s0).lex & LX_STOP) || (TOK(s0).wc & WC_SENTENCE_ADVERB))))
    return QUOTH__NONE;
  /* "There was, she said, “an implicit bargain”": the quote is the subject
   * of an existential, the sentence one clause */
  if (is(a, s0, "there") && (TOK(s0 + 1).wc & WC_BE)) return QUOTH__NONE;
  for (size_t i = s0; i < e; i++)
    if (is_comma(a, i) || (TOK(i).shape & TK_QUOTE) || is(a, i, "(") || is(a, i, ")") ||
        is(a, i, ":") || is(a, i, ";"))
      return QUOTH__NONE;
  return overlaps_statement(a, doc, s0, e) ? QUOTH__NONE : e;
}

/* SPEAKER CUE: “Q”  /  SPEAKER CUE, “Q”  /  According to SPEAKER, “Q”. */
static int p_cue_then_quote(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1) {
  if (q == s0) return 0;
  size_t j = q;
  if (is(a, j - 1, ":") || is_comma(a, j - 1)) j--;
  else if (q + 1 < s1 && !is_final(a, q + 1)) return 0; /* X said “Q” and ...: mixed */
  cue *c = cue_before(a, j, s0);
  if (!c && is(a, j, ":")) return p_colon_quote(a, doc, q, j, s0);
  if (!c || (c->flags & CF_USED)) return 0;
  size_t m;
  const char *rule = "speaker-cue-quote";
  if (c->flags & CF_ACCORDING) {
    m = np_right(a, doc, c->b, j);
    rule = "according-quote";
    if (m == QUOTH__NONE && strcmp(c->lemma, "according to") != 0) { /* "X put it: “Q”" */
      m = speaker_left(a, doc, c, s0);
      rule = "speaker-cue-quote";
    }
  } else {
    m = speaker_left(a, doc, c, s0);
  }
  if (m == QUOTH__NONE) return 0;
  /* X said, “We have three weeks to go” until the caucuses: the words run
   * on to the end of the clause and belong to the statement. */
  size_t t1 = quote_runs_on(a, doc, q, s1) ? clause_tail(a, doc, q, s1) : q + 1;
  if (t1 < q + 1) t1 = q + 1;
  size_t t0 = clause_before_quote(a, doc, c, j, q);
  size_t lead = t0 == q && !(c->flags & CF_ACCORDING) ? lead_before_source(a, doc, c, m, j, q, s0)
                                                      : QUOTH__NONE;
  quoth_statement *st;
  if (lead != QUOTH__NONE) { /* two parts: the lead, then the quote */
    st = new_statement(a, doc, QUOTH_KIND_MIXED, s0, lead, rule);
    if (!st) return -1;
    st->parts[st->nparts++] = (quoth_span){TOK(q).start, TOK(t1 - 1).end};
    for (size_t i = q; i < t1; i++)
      if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  } else {
    st = new_statement(a, doc, t0 < q || t1 > q + 1 ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT, t0,
                       t1, rule);
    if (!st) return -1;
  }
  set_cue(st, a, c);
  set_speaker(st, doc, m, mention_conf(doc, m, 0.9));
  st->rmention = c->reporter;
  if (c->flags & CF_TELL) st->amention = np_right(a, doc, c->b, j);
  c->flags |= CF_USED;
  return 1;
}

/* ---- reported speech ------------------------------------------------------ */

/* Does participle p report a clause ("adding that ...", "saying the law
 * violated ...")? */
static int participle_opens(const attr *a, const quoth_doc *doc, const cue *p) {
  return p->b < a->toks.n &&
         (is(a, p->b, "that") || is(a, p->b - 1, "that") || participle_clause(a, doc, p));
}

/* Is a cue clause starting at comma k (", according to X", ", X said",
 * ", and Y told ...")? */
static int cue_clause_at(attr *a, const quoth_doc *doc, size_t k, size_t c1) {
  size_t j = k + 1;
  if (j < c1 && (is(a, j, "and") || is(a, j, "but"))) j++;
  if (j >= c1) return 0;
  /* a cue form that is also a noun ("requests were made") opens no clause */
  if (cue_at(a, j)) return !(TOK(j).lex & LX_NOUNCUE);
  size_t m = mention_starting(a, doc, j, c1);
  if (m == QUOTH__NONE) return 0;
  size_t k2 = skip_adverbs(a, doc->mentions[m].t1, c1);
  return cue_at(a, k2) != NULL && !(TOK(k2).lex & LX_NOUNCUE && TOK(k2).keylen == strlen(cue_at(a, k2)->lemma));
}

/* "... and noted that ...": a second cue of the same speaker, followed by
 * its own content (not "the undivided and recognized capital"). */
static int second_cue_at(attr *a, size_t k, size_t c1, const cue *c) {
  /* "and has said that", "and later added that": auxiliaries and adverbs
   * before the second cue */
  size_t j = k + 1 < c1 ? skip_adverbs(a, k + 1, c1) : c1;
  cue *c2 = j < c1 ? cue_at(a, j) : NULL;
  if (!c2 || c2 == c || c2->b >= c1) return 0;
  /* "said the candidate knew all about it and thought the criticism was
   * a badge of honor": a verb of thought continues the reported clause */
  if (c2->flags & CF_WEAK) return 0;
  size_t n = c2->b;
  if (is(a, n, "that") || is(a, n - 1, "that") /* the phrase "noted that" */ ||
      (TOK(n).lex & (LX_PRON | LX_DET)) || is(a, n, ":"))
    return j == k + 1 || is(a, n, "that") || is(a, n - 1, "that");
  /* "and suspected immediately that", "and questioned how he would" */
  size_t m = skip_adverbs(a, n, c1);
  return m < c1 && (is(a, m, "that") || (m == n && (TOK(m).wc & WC_QUESTION_OPENER) &&
                                          !is(a, m, "to")));
}

/* "... and one in four said ...", "..., while others say ...": a
 * conjunction opening a new subject and its own clause cue. */
static int other_speaker_at(attr *a, size_t k, size_t c1, const cue *c) {
  if (!(is(a, k, "and") || is(a, k, "but") || is(a, k, "while") || is(a, k, "whereas")))
    return 0;
  for (size_t i = k + 1; i < c1 && i <= k + 7; i++) {
    cue *c2 = cue_at(a, i);
    if (c2 && c2 != c) /* at least one word of subject before it */
      return i > k + 1 && (c2->flags & CF_CLAUSE) && !(c2->flags & CF_WEAK) &&
             !ends_with(a, i, "ing") && c2->b < c1;
    if (!is_word(a, i) && !(TOK(i).shape & TK_POSS) && !is(a, i, "%")) return 0;
    if ((TOK(i).lex & LX_STOP) && !(TOK(i).lex & (LX_DET | LX_PRON))) return 0;
  }
  return 0;
}

/* "...; 26 percent of Democrats say ...", "..., and more than 4 in 10
 * said ...": a semicolon, comma or conjunction at k opens a clause whose
 * subject is a share phrase and whose verb is a clause cue -- another
 * speaker's statement (the share phrase alone is no mention, so
 * cue_clause_at does not see it). */
static int share_clause_at(attr *a, size_t k, size_t c1, const cue *c) {
  int with = is(a, k, "with"); /* "..., with 22 percent saying ...": p_share_participle's */
  if (!(with || is(a, k, ";") || is_comma(a, k) || is(a, k, "and") || is(a, k, "but") ||
        is(a, k, "while")))
    return 0;
  size_t j = k + 1, i;
  if (j < c1 && !is(a, k, "and") && (is(a, j, "and") || is(a, j, "but") || is(a, j, "while")))
    j++;
  int num = 0;
  for (i = j; i < c1 && i - j < 8 && (is_word(a, i) || is(a, i, "%")) && !cue_at(a, i) &&
              !(TOK(i).lex & LX_PRON) && (!(TOK(i).lex & (LX_PREP | LX_STOP)) || share_glue(a, i));
       i++)
    num |= share_word(a, i);
  if (!num || i - j < 2 || !share_amount(a, j, i) ||
      !((TOK(j).shape & TK_NUM) || share_glue(a, j) || share_word(a, j)))
    return 0;
  i = skip_adverbs(a, i, c1);
  cue *c2 = cue_at(a, i);
  return c2 && c2 != c && (c2->flags & CF_CLAUSE) && with == ends_with(a, i, "ing") &&
         c2->b < c1;
}

/* Does [t0, t1) overlap a statement of this segment? */
static int overlaps_statement(const attr *a, const quoth_doc *doc, size_t t0, size_t t1) {
  size_t b0 = TOK(t0).start, b1 = TOK(t1 - 1).end;
  size_t from = doc->nstatements - a->seg_n0 > 16 ? doc->nstatements - 16 : a->seg_n0;
  for (size_t i = from; i < doc->nstatements; i++) /* the last few: bounded work */
    for (size_t p = 0; p < doc->statements[i].nparts; p++)
      if (doc->statements[i].parts[p].start < b1 && doc->statements[i].parts[p].end > b0) return 1;
  return 0;
}

/* A reported clause ending "... CUE, “Q”" ("released a statement saying,
 * “...”", "..., adding: “...”", "said the same thing everywhere: “...”"):
 * the quote stands as a clause of its own,
 * so it is direct; returns its token (the clause is cut before that cue),
 * else NONE.  A quote the scanner flagged as a fragment stays in the clause. */
static size_t trailing_quote(attr *a, const quoth_doc *doc, size_t c0, size_t c1, size_t *cut) {
  size_t q = c1 - 1;
  if (c1 < c0 + 3 || !is_free_quote(a, doc, q) ||
      (doc->quotes[TOK(q).quote].flags & QUOTH_QUOTE_FRAGMENT) ||
      !(is_comma(a, q - 1) || is(a, q - 1, ":")))
    return QUOTH__NONE;
  if (is(a, q - 1, ":")) { /* "said the same thing at every stop: “Q”" */
    *cut = q - 1;
    return q;
  }
  for (size_t k = q - 1; k > c0 && k + 3 > q; k--) {
    cue *p = cue_at(a, k - 1);
    if (p && p->b == q - 1) {
      *cut = k - 1;
      while (*cut > c0 && is_comma(a, *cut - 1)) (*cut)--;
      return q;
    }
  }
  return QUOTH__NONE;
}

/* Tokens of content [c0, c1), a speech quote counting as the words it
 * holds (up to MIN_CONTENT): 'Biden “has a lot of roles to play,” said
 * Doyle' reports enough words. */
static size_t content_size(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  size_t n = c1 - c0;
  for (size_t i = c0; i < c1 && n < MIN_CONTENT; i++)
    if (is_speech(a, doc, i)) {
      quoth_span in = doc->quotes[TOK(i).quote].inner;
      size_t w = 0;
      for (size_t k = in.start; k < in.end && w < MIN_CONTENT; k++)
        w += doc->text[k] == ' ' && k + 1 < in.end && doc->text[k + 1] != ' ';
      n += w; /* spaces between words: words - 1 more than the one token */
    }
  return n;
}

static int adjunct_only(const attr *a, size_t c0, size_t c1);

/* "pointed out that Terris, the Post reporter, saw the incident": the
 * comma at k closes an apposition to the name that opens the content at
 * c0, so the cue after it is the content's own verb. */
static int opens_with_apposition(attr *a, const quoth_doc *doc, size_t c0, size_t k) {
  size_t h = apposition_left(a, doc, k, c0);
  return h != QUOTH__NONE && doc->mentions[h].t0 == c0;
}

/* "He endorsed Clinton", "Brown endorsed her, citing ...": the object of
 * a cue of judgment may be one person. */
static int object_person(const attr *a, const quoth_doc *doc, const cue *c, size_t c0,
                         size_t c1) {
  if (!(c->flags & CF_OBJECT) || c0 != c->b || c1 != c0 + 1) return 0;
  size_t m = a->at[c0];
  if (m == QUOTH__NONE || doc->mentions[m].t0 != c0 || doc->mentions[m].t1 != c1) return 0;
  return doc->mentions[m].kind == QUOTH__M_NAME ||
         is(a, c0, "him") || is(a, c0, "her") || is(a, c0, "them");
}

static int share_mention(const attr *a, const quoth_doc *doc, size_t m);
/* "72 percent of Democrats said yes", "after half said so": a poll's
 * share answers in one word. */
static int share_answer(const attr *a, const quoth_doc *doc, size_t m, const cue *c, size_t c0,
                        size_t c1) {
  return c1 == c0 + 1 && c0 == c->b && m != QUOTH__NONE &&
         (is(a, c0, "yes") || is(a, c0, "no") || is(a, c0, "so")) && share_mention(a, doc, m);
}

/* "said it could not file in time, warning that it could default",
 * "dismissed the accusations -- saying the campaign chose ...", "and
 * arguing that ...", "by saying he would ...": a speech participle with a
 * clause of its own, linked at token k, ends the content before it; it is
 * a statement of its own. */
static int participle_break(attr *a, const quoth_doc *doc, size_t k, size_t c1, const cue *c) {
  size_t j = k;
  if (is_comma(a, k) || is_dash(a, k) || is(a, k, "-")) { /* ", saying", "- and arguing" */
    j = k + 1;
    if (j < c1 && participle_link(a, j) && !is_comma(a, j)) j++;
  } else if (k + 1 < c1 && comma_quote(a, doc, k))
    j = k + 1; /* '“... party,” claiming that' */
  else
    return 0;
  cue *p = j < c1 ? cue_at(a, j) : NULL;
  if (!p || p == c || !ends_with(a, j, "ing") || p->b >= c1) return 0;
  return participle_opens(a, doc, p);
}

static int clause_ends(const attr *a, size_t k, size_t s1);

/* "said that after the rape, Bill Clinton called her": content [c0, k)
 * after "that" that is only an adverbial opened by a preposition or a subordinator
 * ("after the rape", "when he arrived") is not a clause of its own; the
 * comma at k closes it, and the clause after it is the content's main
 * clause, not another speaker's cue clause. */
static int fronted_adverbial(attr *a, size_t c0, size_t k, size_t c1) {
  static const size_t max_words = 8;
  /* after a complementizer only: "disclosed that after the rape, ...";
   * right after the cue the words may be its adjunct ("weighed in as
   * well, telling Mic ...") */
  if (k <= c0 + 1 || k - c0 > max_words || c0 == 0 || !is(a, c0 - 1, "that")) return 0;
  if (!(TOK(c0).lex & LX_PREP) && !(TOK(c0).wc & (WC_SUBJECT_CONJ | WC_CLAUSE_CONJ))) return 0;
  if (is(a, c0, "and") || is(a, c0, "but") || is(a, c0, "or") || is(a, c0, "that")) return 0;
  for (size_t i = c0 + 1; i < k; i++)
    if (!is_word(a, i) && !(TOK(i).shape & (TK_POSS | TK_NUM))) return 0;
  /* the clause after the comma goes on past its verb ("Bill Clinton called
   * her to ..."); an inverted cue clause ends there (", a Chinese official
   * said.") */
  for (size_t i = k + 1; i < c1 && i - k <= 8; i++) {
    const cue *c2 = cue_at(a, i);
    if (c2) return !clause_ends(a, c2->b, c1);
  }
  return 0;
}

static int add_reported(attr *a, quoth_doc *doc, cue *c, size_t m, size_t c0, size_t c1,
                        const char *rule, double conf) {
  c0 = content_start(a, c0, c1);
  if (c1 > c0 + MAX_CONTENT) c1 = c0 + MAX_CONTENT;
  for (size_t k = c0 + 1; k < c1; k++) { /* the content ends where another cue clause starts */
    if ((is_comma(a, k) && !(k + 1 < c1 && a->at[k + 1] == m) && cue_clause_at(a, doc, k, c1) &&
         !opens_with_apposition(a, doc, c0, k) && !fronted_adverbial(a, c0, k, c1)) ||
        (is(a, k, "and") && second_cue_at(a, k, c1, c)) || other_speaker_at(a, k, c1, c) ||
        share_clause_at(a, k, c1, c) || (c0 >= c->b && participle_break(a, doc, k, c1, c))) {
      if ((TOK(k).shape & TK_QUOTE) && !participle_link(a, k)) k++; /* the quote stays */
      c1 = k;
      while (c1 > c0 && is_final(a, c1 - 1)) c1--; /* "works, while others say" */
      break;
    }
  }
  /* a quote already attributed ends the content after the cue ("said he
   * backed a bill, which he called “a cartel”"): the words before it stand */
  for (size_t i = c0 + 4; c0 >= c->b && i < c1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) {
      while (i > c0 && (TOK(i - 1).shape & TK_PUNCT)) i--;
      if (i >= c0 + 4) c1 = i;
      break;
    }
  if (c1 > c0 && overlaps_statement(a, doc, c0, c1)) return 0;
  if (c1 <= c0 || (content_size(a, doc, c0, c1) < (c0 >= c->b ? MIN_AFTER : MIN_CONTENT) &&
                   !object_person(a, doc, c, c0, c1) && !share_answer(a, doc, m, c, c0, c1)))
    return 0;
  /* "weighed in as well, telling Mic ...": what is left after the cue,
   * up to the next cue clause, is only an adjunct */
  if (c0 >= c->b && !is(a, c0 - 1, "that") && !is(a, c0 - 1, ":") && adjunct_only(a, c0, c1))
    return 0;
  if (c1 - c0 == 1 && (TOK(c0).shape & TK_QUOTE)) return 0;
  for (size_t i = c0; i < c1; i++) /* a quote already attributed stays where it is */
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  size_t cut = c1, tq = trailing_quote(a, doc, c0, c1, &cut);
  if (tq != QUOTH__NONE) {
    quoth_statement *d = new_statement(a, doc, QUOTH_KIND_DIRECT, tq, tq + 1, rule);
    if (!d) return -1;
    set_cue(d, a, c);
    set_speaker(d, doc, m, mention_conf(doc, m, conf));
    d->rmention = c->reporter;
    c->flags |= CF_USED;
    if (cut - c0 < (c0 >= c->b ? MIN_AFTER : MIN_CONTENT)) return 1;
    c1 = cut;
  }
  quoth_statement *st = new_statement(a, doc, clause_kind(a, doc, c0, c1), c0, c1, rule);
  if (!st) return -1;
  set_cue(st, a, c);
  set_speaker(st, doc, m, mention_conf(doc, m, conf));
  st->rmention = c->reporter;
  c->flags |= CF_USED;
  return 1;
}

/* "that" within MAX_THAT words after token j, or NONE. */
static size_t find_that(const attr *a, size_t j, size_t s1) {
  /* Only across adjuncts ("said on Friday that"), not a noun ("envisioned an
   * approach that": a relative clause). */
  if (j < s1 && !quoth__tok_is(&a->toks, j, "that") &&
      !(TOK(j).lex & (LX_PREP | LX_SKIP)) && !(TOK(j).shape & TK_CAP))
    return QUOTH__NONE;
  /* "said Mr. Manafort envisioned an approach that": after a capitalized
   * word (a subject, not an adjunct) a plain lowercase word is its verb,
   * and a "that" after it opens a relative clause. */
  int cap = j < s1 && !(TOK(j).lex & (LX_PREP | LX_SKIP)) && (TOK(j).shape & TK_CAP);
  for (size_t k = j; k < s1 && k - j <= MAX_THAT; k++) {
    if (quoth__tok_is(&a->toks, k, "that")) return k;
    if (!is_word(a, k)) break;
    if (cap && !(TOK(k).shape & TK_CAP) && !(TOK(k).lex & (LX_PREP | LX_SKIP | LX_DET)))
      break;
  }
  return QUOTH__NONE;
}

static int clause_ends(const attr *a, size_t k, size_t s1);
static int adjunct_only(const attr *a, size_t c0, size_t c1);

/* Is the speaker inside a relative clause ("which officials said ...",
 * "which even critics say was ...", "whom many believed was ...")?  With
 * no pronoun, a plain noun right before it opens a contact relative ("a
 * probe the agency said was ongoing", "a dynamic Greenberg said could
 * ..."); not "what" ("what she said is ...": a free relative) nor a
 * function word or a verb of saying. */
static int relative_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  size_t k = doc->mentions[m].t0;
  if (k == 0) return 0;
  k--;
  if (is(a, k, "which") || is(a, k, "that") || is(a, k, "whom")) return 1;
  if (is(a, doc->mentions[m].t0, "you")) return 0; /* "Who do you think will win?" */
  if (k > 0 && (is(a, k - 1, "which") || is(a, k - 1, "whom")) && (TOK(k).lex & LX_SKIP) &&
      !(TOK(k).wc & WC_PREDICATE_AUX))
    return 1; /* "which even critics say" */
  /* the cue right after the subject ("a candidate we could believe will
   * build" is no report); "everything Trump says is true": the pronoun is
   * the subject */
  return c->a == doc->mentions[m].t1 && is_word(a, k) && !(TOK(k).shape & (TK_CAP | TK_NUM)) && !TOK(k).cue &&
         !(TOK(k).lex & (LX_DET | LX_POSSDET | LX_SKIP | LX_PREP | LX_STOP | LX_PRON | LX_CUE)) &&
         !ends_with(a, k, "ly") && !ends_with(a, k, "thing");
}

static int is_question_cue(const cue *c) {
  return strcmp(c->lemma, "ask") == 0 || strcmp(c->lemma, "wonder") == 0 ||
         strcmp(c->lemma, "inquire") == 0;
}

/* "asked Sanders if he would ...", "asked why ...", "asked the department
 * to investigate": the reported question or request starts at the
 * wh-word (or "to"), after at most an addressee. */
static size_t question_start(const attr *a, const cue *c, size_t j, size_t s1) {
  if (!is_question_cue(c)) return QUOTH__NONE;
  for (size_t k = j; k < s1 && k - j <= MAX_THAT; k++) {
    if (!is_word(a, k) && !(TOK(k).shape & TK_POSS)) break;
    if (TOK(k).wc & WC_QUESTION_OPENER) return k;
  }
  return QUOTH__NONE;
}

/* A nested attribution: the content starts with SPEAKER CUE ("Al-Arabiya
 * TV said Haftar told Guterres that ..."); the inner cue gets the outer
 * speaker as its reporter. */
static int nested(attr *a, const quoth_doc *doc, cue *c, size_t m, size_t j, size_t s1) {
  size_t inner = mention_starting(a, doc, j, s1);
  if (inner == QUOTH__NONE || doc->mentions[inner].kind == QUOTH__M_PRONOUN) return 0;
  cue *c2 = cue_at(a, skip_adverbs(a, doc->mentions[inner].t1, s1));
  if (!c2 || c2 == c || (c2->flags & CF_ACCORDING) || !(c2->flags & (CF_TELL | CF_CLAUSE)) ||
      clause_ends(a, c2->b, s1)) /* "... that Sanders had conceded." is no attribution */
    return 0;
  c2->reporter = m;
  return 1;
}

/* Does an amount start at token j ("about half", "at least 100", "over 40
 * percent")?  Such a preposition opens the content, not an adjunct. */
static int quantity_start(const attr *a, size_t j, size_t s1) {
  if (j + 1 >= s1) return 0;
  if (is(a, j, "at") && (is(a, j + 1, "least") || is(a, j + 1, "most"))) j++;
  else if (!is(a, j, "about") && !is(a, j, "around") && !is(a, j, "over") && !is(a, j, "under"))
    return 0;
  return j + 1 < s1 && ((TOK(j + 1).shape & TK_NUM) || is(a, j + 1, "half") ||
                        is(a, j + 1, "one") || is(a, j + 1, "two") || is(a, j + 1, "three"));
}

/* "said Thursday the party ...", "said last week Smith ...": time words
 * after the cue, then a determiner or a known mention opening a subject. */
static int time_then_subject(const attr *a, const quoth_doc *doc, size_t j, size_t s1) {
  size_t t = j + 1 < s1 && is(a, j, "on") ? j + 1 : j, k = skip_time(a, t, s1);
  if (k == t || k + 1 >= s1 || (TOK(t).lex & LX_STOP)) return 0;
  if ((TOK(k).lex & LX_DET) && !(TOK(k).lex & LX_STOP)) return 1;
  size_t m = a->at[k];
  return m != QUOTH__NONE && doc->mentions[m].t0 == k && doc->mentions[m].kind != QUOTH__M_ANON;
}

/* Content that is only an adjunct ("as Breitbart reported a few days
 * later", "concluded this year", "spoke up in 2014", "weighed in as
 * well"): a few words, none of them a content word. */
static int adjunct_only(const attr *a, size_t c0, size_t c1) {
  if (c1 <= c0 || c1 - c0 > 5) return 0;
  for (size_t i = c0; i < c1; i++) {
    if (!is_word(a, i) || (TOK(i).lex & LX_PRON)) return 0; /* "it would not" is a clause */
    if ((TOK(i).shape & TK_NUM) ||
        (TOK(i).lex & (LX_DET | LX_POSSDET | LX_SKIP | LX_PREP | LX_STOP)))
      continue;
    if (!(TOK(i).wc & WC_ADJUNCT)) return 0;
  }
  return 1;
}

/* "..., with 22 percent saying they would not support him", "with 30
 * percent of voters saying ...": a share after "with" is the subject of
 * the participle cue; the content runs to the end of the clause. */
static int p_share_participle(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (!(c->flags & CF_CLAUSE) || (c->flags & CF_WEAK) || !ends_with(a, c->a, "ing") ||
      c->a < s0 + 3)
    return 0;
  size_t b = share_start(a, c->a, s0);
  if (b == QUOTH__NONE || b <= s0 || !is(a, b - 1, "with") || !share_amount(a, b, c->a)) return 0;
  size_t j = c->b;
  if (j < s1 && is(a, j, "that")) j++;
  if (j >= s1 || !(is_word(a, j) || is_speech(a, doc, j))) return 0;
  size_t m = add_share(a, doc, b, c->a);
  if (m == QUOTH__NONE) return -1;
  return add_reported(a, doc, c, m, j, content_end(a, j, s1), "share-participle", 0.6);
}

/* "the plan would fail", "the city is safe": a noun phrase with an
 * auxiliary after it within a few words, before any punctuation, is a
 * clause. */
static int clause_follows(const attr *a, size_t j, size_t s1) {
  for (size_t k = j + 1; k < s1 && k < j + 7 && is_word(a, k); k++)
    if (TOK(k).wc & WC_PREDICATE_AUX) return 1;
  return 0;
}

/* The words at j right after the cue, with no "that", show it in another
 * sense: "added 1 million jobs", "will add another element to the mix"
 * (a sum: "add" reports speech with a clause or a quote); "declined
 * significantly", "declined 40 percent in the first six months", "relative
 * decline and weakness" (a fall: "decline" reports a refusal with its
 * infinitive, "declined at first to criticize", or the thing refused,
 * "declined comment"). */
static int not_said(const attr *a, const cue *c, size_t j, size_t s1) {
  if (j >= s1) return 0;
  if (strcmp(c->lemma, "add") == 0)
    return ((TOK(j).lex & (LX_DET | LX_POSSDET)) || (TOK(j).shape & TK_NUM) ||
            is(a, j, "another") || is(a, j, "around") || is(a, j, "about")) &&
           !clause_follows(a, j, s1);
  if (strcmp(c->lemma, "decline") != 0) return 0;
  for (size_t k = j; k + 1 < s1 && k < j + 4; k++) /* "to" + a verb, not "to 2013" */
    if (is(a, k, "to") && !(TOK(k + 1).shape & TK_NUM)) return 0;
  return (TOK(j).shape & (TK_NUM | TK_PUNCT)) || ends_with(a, j, "ly") || is(a, j, "and") ||
         is(a, j, "by") || is(a, j, "from") || is(a, j, "in") || is(a, j, "since");
}

/* "spoke about Palestinian dignity in a manner that is unusual", "Rust
 * Belt states that have suffered": a "that" with an auxiliary right after
 * it, after a noun (one the cue runs on to, or a plural noun form of the
 * cue itself), is the subject of a relative clause, not a complementizer
 * ("He says that wasn't the first time" keeps its demonstrative). */
static int relative_that(const attr *a, const cue *c, size_t th, size_t s1) {
  if (th == QUOTH__NONE && c->b == c->a + 2 && is(a, c->a + 1, "that")) th = c->a + 1;
  if (th == QUOTH__NONE || th + 1 >= s1 || !(TOK(th + 1).wc & WC_PREDICATE_AUX)) return 0;
  if (th > c->b)
    return is_word(a, th - 1) && !(TOK(th - 1).lex & (LX_SKIP | LX_PREP | LX_PRON)) &&
           !weekday(a, th - 1);
  /* the cue itself right before "that" ("states that") */
  return th == c->a + 1 && (TOK(c->a).lex & LX_NOUNCUE) && ends_with(a, c->a, "s");
}

/* A verb of belief or emotion in the active voice ("expects", "knew",
 * "fear"), not one of evidence ("shows how much ...") nor a participle
 * after "be" or used as an adjective ("People seen as likely disrupters",
 * "several supposed alternatives", "material now deemed classified"). */
static int thought_verb(const attr *a, const cue *c, size_t s0) {
  const char *cls = TOK(c->a).cue ? quoth__lex_col(TOK(c->a).cue, 2) : "";
  if (strcmp(cls, "belief") != 0 && strcmp(cls, "emotion") != 0) return 0;
  if (c->a > s0 && (TOK(c->a - 1).wc & WC_BE)) return 0;
  return !(ends_with(a, c->a, "ed") || ends_with(a, c->a, "en")) || c->a == s0 ||
         (TOK(c->a - 1).lex & LX_PRON) || (TOK(c->a - 1).shape & TK_CAP) ||
         ends_with(a, c->a - 1, "s");
}

/* SPEAKER CUE [ADDRESSEE] [that] CONTENT. */
/* The token after statement i, which ends at or before token e (bounded:
 * a content is at most MAX_CONTENT tokens). */
static size_t statement_end(const attr *a, const quoth_doc *doc, size_t i, size_t e) {
  const quoth_statement *st = &doc->statements[i];
  size_t end = st->parts[st->nparts - 1].end;
  for (size_t n = 0; e > 0 && TOK(e - 1).end > end && n < MAX_CONTENT; n++) e--;
  return e;
}

static int p_speaker_cue_content(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & CF_ACCORDING) return 0;
  /* "Many expect Trump will win", "she knows it is over": a verb of
   * thought with a bare clause, its auxiliary within a few words */
  int bare = (c->flags & CF_WEAK) && !(c->flags & CF_CLAUSE) && thought_verb(a, c, s0) &&
             bare_clause(a, c->b, s1);
  if ((c->flags & CF_WEAK) && !(c->flags & CF_CLAUSE) && !is(a, c->b, "that") && !bare) return 0;
  size_t m = speaker_left(a, doc, c, s0), j = c->b, addr = QUOTH__NONE;
  if (m == QUOTH__NONE) return 0;
  if (c->flags & CF_TELL) {
    addr = np_right(a, doc, j, s1);
    if (addr != QUOTH__NONE) {
      j = doc->mentions[addr].t1;
      /* "told Randolph and others that ...", "told FBI agents that ...":
       * the addressee runs on over a few words to the "that". */
      size_t k = j;
      while (k < s1 && k - j < 4 && is_word(a, k) && !is(a, k, "that") && !cue_at(a, k)) k++;
      if (k > j && k < s1 && is(a, k, "that")) j = k;
    } else { /* "told a Wall Street Journal lunch group that ..." */
      size_t k = j;
      while (k < s1 && k - j <= MAX_THAT && is_word(a, k) && !is(a, k, "that")) k++;
      if (k >= s1 || !is(a, k, "that") || k == j) return 0;
      j = k;
    }
  }
  if (nested(a, doc, c, m, j, s1)) return 0;
  size_t th = find_that(a, j, s1), wh = question_start(a, c, j, s1);
  /* "criticized Clinton for supporting the crime bill that was signed":
   * after the object of an object cue, "that" opens a relative clause */
  if (th != QUOTH__NONE && th > j && (c->flags & CF_OBJECT) && !(c->flags & CF_CLAUSE))
    th = QUOTH__NONE;
  if (relative_that(a, c, th, s1)) return 0;
  if ((c->b > c->a + 1 && is(a, c->b - 1, "that") && j < s1 && !(TOK(j).lex & LX_SKIP)) ||
      quantity_start(a, j, s1)) {
    /* "added that at least 100 ...": the cue phrase ends with its "that"
     * (but "states that will hold ...": a relative clause); "said about
     * half of ...": an amount opens the content */
  } else if (wh != QUOTH__NONE && is(a, wh, "to") && wh > j) {
    /* "asked the Supreme Court to intervene": the request takes its addressee */
  } else if (wh != QUOTH__NONE) j = wh;
  else if (is_question_cue(c)) return 0;
  else if (th != QUOTH__NONE) j = th + 1;
  else if (j == c->b && is(a, j - 1, "that")) {
    /* a cue phrase ending in "that" ("noted that only one ...") */
  } else if (!(c->flags & (CF_CLAUSE | CF_OBJECT)) && !bare && !is(a, j, ":")) return 0;
  else if (c->flags & CF_OBJECT) {
    if (j >= s1) return 0;
  } else if (j < s1 && (TOK(j).lex & LX_SKIP) && relative_subject(a, doc, m, c)) {
    /* "changes, which officials said will go into effect": the content
     * continues the relative clause */
  } else if (j + 1 < s1 && (TOK(j).lex & LX_SKIP) && !(TOK(j).lex & LX_STOP) &&
             (TOK(j + 1).shape & TK_POSS)) {
    /* "said Thursday's speeches had ...": a time word owning a noun */
  } else if (j < s1 && (TOK(j).lex & (LX_SKIP | LX_PREP)) && time_then_subject(a, doc, j, s1)) {
    j = skip_time(a, is(a, j, "on") ? j + 1 : j, s1); /* "said (on) Thursday the party ..." */
  } else if (j < s1 && (TOK(j).lex & (LX_PREP | LX_SKIP))) {
    /* "said on Friday he met ...": a short adjunct, then a subject pronoun */
    size_t k = j + 1;
    while (k < s1 && k <= j + 4 && is_word(a, k) && !(TOK(k).lex & LX_PRON)) k++;
    if (k >= s1 || k > j + 4 || !(TOK(k).lex & LX_PRON) || (TOK(k).lex & LX_POSSDET)) return 0;
    j = k;
  } else if (j >= s1 || !(is_word(a, j) || is_speech(a, doc, j)))
    return 0;
  else if (th == QUOTH__NONE && (is(a, c->a, "state") || is(a, c->a, "states")) &&
           c->b == c->a + 1 && !(TOK(j).lex & (LX_PRON | LX_DET | LX_POSSDET)))
    /* "state party chairs", "Illinois state Rep.", "Rust Belt states
     * Indiana, Michigan": "state" before a noun is the noun of government;
     * the verb takes a subject or a determiner ("they state their goal") */
    return 0;
  if (th == QUOTH__NONE && adjunct_only(a, j, content_end(a, j, s1))) return 0;
  if (th == QUOTH__NONE && j == c->b && !is(a, j - 1, "that") && not_said(a, c, j, s1)) return 0;
  /* "the country described by the president ...": a participle before
   * "by" is passive; the noun before it is no speaker */
  if (th == QUOTH__NONE && j == c->b && j < s1 && is(a, j, "by") && ends_with(a, c->a, "ed"))
    return 0;
  /* "X, Smith said this morning.": a time phrase is no content */
  if (skip_time(a, j, s1) >= content_end(a, j, s1)) return 0;
  size_t n0 = doc->nstatements, e = content_end(a, j, s1), rep = QUOTH__NONE;
  /* 'the Ohio Republican was "doing the right thing," CNN reported': the
   * reporting clause closing the sentence is not content; a clause with a
   * quote names CNN as its reporter (cited_source) */
  for (size_t k = e; k > j + 1 && e - k < 8 && rep == QUOTH__NONE; k--)
    if (comma_quote(a, doc, k - 1) && (rep = reporting_source(a, doc, k, s1)) != QUOTH__NONE)
      e = k;
  int r = add_reported(a, doc, c, m, j, e,
                       c->flags & CF_WEAK ? "speaker-belief-content" : "speaker-cue-content",
                       c->flags & CF_WEAK ? 0.5 : 0.75);
  if (r > 0 && doc->nstatements > n0) {
    doc->statements[n0].amention = addr;
    for (size_t i = n0; rep != QUOTH__NONE && i < doc->nstatements; i++)
      credit_source(&doc->statements[i], doc, rep);
    size_t k = statement_end(a, doc, doc->nstatements - 1, e);
    /* only a clause holding quoted words: a plain reported clause
     * ("Weaver said ..., according to the AP") keeps its speaker as often */
    for (size_t i = n0; r > 0 && i < doc->nstatements; i++)
      if (doc->statements[i].kind != QUOTH_KIND_INDIRECT)
        r = cited_source(a, doc, &doc->statements[i], k, s0, s1);
  }
  return r;
}

/* Is the cue an evidence verb ("the poll shows", "a study found")? */
static int is_evidence_cue(const cue *c) {
  static const char *const v[] = {"show", "find", "suggest", "indicate", "reveal", "demonstrate",
                                  "have", "put", "give"};
  for (size_t i = 0; i < sizeof v / sizeof *v; i++)
    if (strcmp(c->lemma, v[i]) == 0) return 1;
  return 0;
}

static int is_evidence_noun(const attr *a, size_t i) {
  return a->ls.evidence && is_word(a, i) && TOK(i).keylen &&
         quoth__lex_find(a->ls.evidence, quoth__tok_key(&a->toks, i), TOK(i).keylen) != NULL;
}

/* "Wednesday's Quinnipiac poll has Clinton leading", "a CNN-ORC survey
 * released Friday had him at 4 percent", "Gallup's tracking poll puts
 * Obama's approval at 49.5 percent", "The CBS poll gave Clinton a lead":
 * have, put and give report a poll's finding when a poll noun is their
 * subject and a standing follows (a participle, "at" a number, a lead);
 * "the poll has a margin of error" is no finding.  The lemma, or NULL. */
static size_t record_tail(const attr *a, size_t e, size_t s0);
/* "the Quinnipiac poll", "the Real Clear Politics average" */
static int poll_or_average(const attr *a, size_t i) {
  return (TOK(i).wc & WC_POLL_NOUN) || is(a, i, "average") || is(a, i, "averages");
}

static const char *record_verb(const attr *a, size_t i, size_t s0, size_t s1) {
  const char *lemma = is(a, i, "has") || is(a, i, "had") || is(a, i, "have") ? "have"
                      : is(a, i, "put") || is(a, i, "puts")                   ? "put"
                      : is(a, i, "gave") || is(a, i, "gives")                 ? "give"
                                                                               : NULL;
  if (!lemma || i <= s0 || i + 2 >= s1) return NULL;
  size_t h = i - 1;
  if (!poll_or_average(a, h)) {
    h = record_tail(a, i, s0);
    if (h == QUOTH__NONE || !poll_or_average(a, h)) return NULL;
  }
  if (!is_word(a, i + 1) || (TOK(i + 1).lex & (LX_SKIP | LX_PREP | LX_CUE | LX_COG)) ||
      ends_with(a, i + 1, "ed"))
    return NULL; /* "has been", "had also found", "has shown", "put out" */
  for (size_t k = i + 2; k < s1 && k < i + 10 && !is_final(a, k); k++)
    if ((ends_with(a, k, "ing") && !(TOK(k).shape & TK_CAP)) || (TOK(k).wc & WC_STANDING) ||
        (is(a, k, "at") && k + 1 < s1 && (TOK(k + 1).shape & TK_NUM)))
      return lemma;
  return NULL;
}

/* "A Quinnipiac poll this month found", "A CNN/ORC poll of South Carolina
 * released on Tuesday showed", "The poll, released on Wednesday by X,
 * showed", "Polls there show": a record noun followed by a short modifier
 * (a time phrase, a prepositional phrase, a participle, a participle
 * between commas) up to the verb at token e.  Returns the record noun, or
 * NONE when the words before e are no such modifier (a clause: "The poll
 * worried Obama, aides found"). */
static size_t record_tail(const attr *a, size_t e, size_t s0) {
  size_t commas = 0;
  for (size_t k = e; k > s0 + 1 && e - k < 16; k--) {
    size_t i = k - 1;
    if (is_comma(a, i)) {
      if (++commas > 2) return QUOTH__NONE;
      continue;
    }
    if (!(is_word(a, i) || (TOK(i).shape & TK_POSS) || is(a, i, "/")) ||
        (TOK(i).lex & (LX_PRON | LX_CUE)) || (TOK(i).wc & (WC_CLAUSE_CONJ | WC_SUBJECT_CONJ)) ||
        is(a, i, "that") || is(a, i, "who") || is(a, i, "if") || is(a, i, "than") ||
        (ends_with(a, i, "ing") && i > s0 && (TOK(i - 1).lex & LX_PREP) &&
         !is_evidence_noun(a, i))) /* a gerund: "record of serving ..." */
      return QUOTH__NONE;
    if (i + 1 == e || !is_evidence_noun(a, i)) continue;
    /* the word after the noun opens a modifier; after a comma, a participle
     * closed by a second comma */
    size_t f = i + 1;
    if (commas) {
      if (commas != 2 || !is_comma(a, f) ||
          !(ends_with(a, f + 1, "ed") || (TOK(f + 1).wc & WC_RECORD_MODIFIER)))
        return QUOTH__NONE;
    } else if (!((TOK(f).lex & (LX_PREP | LX_SKIP)) || ends_with(a, f, "ed") ||
                 (TOK(f).wc & WC_RECORD_MODIFIER)))
      return QUOTH__NONE;
    return i;
  }
  return QUOTH__NONE;
}

/* RECORD shows/found CONTENT: "The latest Rasmussen poll shows Trump
 * leading", "FEC records from 2008 show he backed McCain", "A study by
 * Media Matters found the nominee garnered ...".  The subject, back to the
 * start of its clause, holds a record or measurement noun; it is the
 * source, and the object of the verb (a clause or a noun phrase) is the
 * content. */
static int p_evidence(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  /* "with polls showing X", "a new poll showing X": a participle right
   * after its record noun */
  int ing = ends_with(a, c->a, "ing");
  if (!is_evidence_cue(c) || (ing && !(c->a > s0 && is_evidence_noun(a, c->a - 1))) ||
      (c->a > s0 && is(a, c->a - 1, "to"))) /* "evidence to suggest": an infinitive */
    return 0;
  size_t e = c->a;
  while (e > s0 && c->a - e < MAX_SKIP && skippable(a, e - 1)) e--;
  size_t e0 = e, h = record_tail(a, e, s0);
  if (h != QUOTH__NONE) { /* the head noun before "this month", ", released ...," */
    e0 = c->a; /* the modifier keeps its time words ("released on Tuesday") */
    while (e0 > e && skippable(a, e0 - 1) && !(TOK(e0 - 1).shape & TK_CAP) &&
           !(TOK(e0 - 1).wc & WC_TIME_UNIT))
      e0--;
    if (is_comma(a, h + 1)) e0 = h + 1; /* "The poll, released ...,": the poll */
    e = h + 1;
  }
  size_t b = e;
  int found = 0;
  while (b > s0 && e - b < 14 &&
         (is_word(a, b - 1) || (TOK(b - 1).shape & TK_POSS) || is(a, b - 1, "/") ||
          is(a, b - 1, "-")) &&
         !((TOK(b - 1).lex & LX_STOP) && !(TOK(b - 1).lex & LX_DET))) {
    /* a participle's record noun phrase has no adjunct of its own: "with
     * | recent polls showing", "in the wake of | a new poll showing" */
    if (ing && ((TOK(b - 1).lex & LX_PREP) || is(a, b - 1, "to") || is(a, b - 1, "despite") ||
                (ends_with(a, b - 1, "ing") && !is_evidence_noun(a, b - 1))))
      break;
    found |= is_evidence_noun(a, b - 1);
    b--;
    /* "The latest poll", "this video"; but "records from the 2008 cycle" */
    if ((TOK(b).lex & LX_DET) && !(b > s0 && (TOK(b - 1).lex & LX_PREP))) break;
  }
  if (!found || b == e || (TOK(e - 1).lex & (LX_PRON | LX_PREP))) return 0;
  e = e0;
  size_t c0 = c->b;
  if (c0 < s1 && is(a, c0, "that")) c0++;
  size_t c1 = content_end(a, c0, s1);
  if (c1 <= c0 || (TOK(c0).lex & LX_PREP) || is_final(a, c0)) return 0;
  size_t m = mention_starting(a, doc, b, e);
  if (m == QUOTH__NONE || doc->mentions[m].t1 != e) {
    m = quoth__add_mention(&a->toks, doc, a->at, b, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) return -1;
  }
  return add_reported(a, doc, c, m, c0, c1, "record-shows-content", 0.6);
}

/* "Asked if he was ever bullied, the candidate said no", "When asked by a
 * reporter whether ..., Trump said": a passive "asked" opening its clause
 * reports the question put to the subject; the asker (after "by") is its
 * speaker, else the question has none.  The question runs from the
 * wh-word (or after "about") to the comma. */
static int p_asked(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (strcmp(c->lemma, "ask") != 0 || !is(a, c->a, "asked") || c->b != c->a + 1) return 0;
  size_t k = c->a;
  if (k > s0 && (is(a, k - 1, "when") || is(a, k - 1, "after") || is(a, k - 1, "once") ||
                 is(a, k - 1, "if") || is(a, k - 1, "being")))
    k--;
  if (k > s0 && is(a, k, "being") && (is(a, k - 1, "after") || is(a, k - 1, "when"))) k--;
  /* "Clinton was asked about securing the border", "he was asked what
   * happened": a passive in its own clause; the question runs to the end
   * of the clause */
  int passive = k == c->a && k > s0 && (TOK(k - 1).wc & WC_BE);
  if (!passive && !(k == s0 || is_comma(a, k - 1) || is(a, k - 1, "and"))) return 0;
  size_t j = c->b, m = QUOTH__NONE;
  if (j < s1 && is(a, j, "by")) {
    m = np_right(a, doc, j + 1, s1);
    if (m == QUOTH__NONE) return 0;
    j = doc->mentions[m].t1;
  }
  while (j < s1 && j - c->b <= 4 && (TOK(j).lex & LX_SKIP)) j++; /* "asked Sunday" */
  size_t q = question_start(a, c, j, s1);
  if (j < s1 && is(a, j, "about")) q = j;
  if (q == QUOTH__NONE || q >= s1 || q > j + 1) return 0;
  if (passive) {
    size_t e = content_end(a, q, s1);
    if (e - q < 2) return 0;
    return add_reported(a, doc, c, m, q, e, "asked-question", 0.6);
  }
  size_t e = q;
  while (e < s1 && !is_comma(a, e) && !is_final(a, e)) e++;
  if (e >= s1 || !is_comma(a, e) || e - q < 2 || e - q > MAX_CONTENT) return 0;
  return add_reported(a, doc, c, m, q, e, "asked-question", 0.6);
}

/* SPEAKER called OBJECT PREDICATE: "Sanders called him divisive", "Friedan
 * called Mrs. Schlafly an ''Aunt Tom''", "Gowdy's office calls the whole
 * thing an attack": the object with what it was called is the content.
 * The object must be a known mention followed by more words; "called a
 * meeting", "called Cruz on Tuesday", "a website called X" are other
 * senses. */
static int p_called(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (strcmp(c->lemma, "call") != 0 || c->b != c->a + 1 || ends_with(a, c->a, "ing")) return 0;
  size_t o = mention_starting(a, doc, c->b, s1);
  if (o == QUOTH__NONE || doc->mentions[o].kind == QUOTH__M_ANON) return 0;
  size_t p = doc->mentions[o].t1;
  if (p >= s1 || !is_word(a, p) || (TOK(p).lex & (LX_PREP | LX_SKIP | LX_STOP)) ||
      (TOK(p).shape & TK_NUM) || skippable(a, p) || cue_at(a, p) || ends_with(a, p, "ing"))
    return 0;
  size_t m = speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  const quoth__mention *sm = &doc->mentions[m];
  if (sm->kind == QUOTH__M_NOMINAL && (is(a, sm->t0, "a") || is(a, sm->t0, "an"))) return 0;
  return add_reported(a, doc, c, m, c->b, content_end(a, c->b, s1), "speaker-called-object",
                      0.6);
}

/* SPEAKER sees/views/regards OBJECT as PREDICATE: "Democrats see Sanders as
 * an agent in Clinton's decline", "Israel regards all of Jerusalem as its
 * capital": a verb of judgment with "as" reports the speaker's view; the
 * object with its predicate is the content.  "as" must follow the object
 * within a few words and open a noun phrase or an adjective, not a clause
 * ("could see his love as he spoke"); an infinitive ("to see all the girls
 * dressed as Rey") or a passive ("viewed by many as") is left alone. */
static int p_see_as(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (strcmp(c->lemma, "see") != 0 && strcmp(c->lemma, "view") != 0 &&
      strcmp(c->lemma, "regard") != 0)
    return 0;
  if (c->b != c->a + 1 || ends_with(a, c->a, "ing") || is(a, c->a, "seen") ||
      (c->a > s0 && is(a, c->a - 1, "to")))
    return 0;
  size_t k = c->b;
  if (k >= s1 || !is_word(a, k) || is(a, k, "by") || is(a, k, "as")) return 0;
  while (k < s1 && k - c->b <= 7 && is_word(a, k) && !is(a, k, "as") && !cue_at(a, k)) k++;
  if (k + 1 >= s1 || !is(a, k, "as") || k == c->b || !is_word(a, k + 1)) return 0;
  /* "as he spoke", "as it was": a subject pronoun opens a clause */
  if ((TOK(k + 1).lex & LX_PRON) && !(TOK(k + 1).lex & LX_POSSDET)) return 0;
  if (is(a, k + 1, "well") || is(a, k + 1, "long") || is(a, k + 1, "soon") ||
      is(a, k + 1, "much") || is(a, k + 1, "if") || is(a, k + 1, "though"))
    return 0;
  size_t m = speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  return add_reported(a, doc, c, m, c->b, content_end(a, c->b, s1), "speaker-sees-as", 0.5);
}

/* "As the paper noted, it is surprising ...", "But as Clyburn noted,
 * those voters will ...", "As The Washington Post reported just today,
 * ...": an "as" clause of saying opening the sentence names the source of
 * the clause after its comma.  Between the cue and the comma only a few
 * words of time or manner ("in December", "just today"); the content runs
 * to the end of the clause. */
static int p_as_source(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & (CF_WEAK | CF_RAISE | CF_DESIRE | CF_ACCORDING | CF_TELL)) return 0;
  size_t k = c->b;
  while (k < s1 && k - c->b < 4 && is_word(a, k) && !is(a, k, "that") && !cue_at(a, k) &&
         !(TOK(k).lex & (LX_PRON | LX_DET | LX_POSSDET)))
    k++;
  if (k + 2 >= s1 || !is_comma(a, k)) return 0;
  size_t m = speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  size_t as = doc->mentions[m].t0;
  if (as == 0 || as - 1 < s0 || !is(a, as - 1, "as")) return 0;
  as--;
  if (!(as == s0 || (as == s0 + 1 && (is(a, s0, "but") || is(a, s0, "and"))))) return 0;
  size_t c0 = k + 1;
  if (!is_word(a, c0) && !is_speech(a, doc, c0)) return 0;
  return add_reported(a, doc, c, m, c0, content_end(a, c0, s1), "as-source-content", 0.6);
}

/* "the campaign he wants to run", "what people want to hear": a pronoun
 * subject right after a plain lower-case noun or "what" opens an object
 * relative clause; the infinitive lacks its object, so it reports no aim
 * of the speaker's that the text states as content. */
static int desire_in_relative(attr *a, const quoth_doc *doc, size_t m, size_t s0) {
  const quoth__mention *sm = &doc->mentions[m];
  if (sm->kind != QUOTH__M_PRONOUN || sm->t0 <= s0) return 0;
  size_t p = sm->t0 - 1;
  if (is(a, p, "what")) return 1;
  const uint32_t fn = LX_CUE | LX_PRON | LX_DET | LX_POSSDET | LX_SKIP | LX_PREP | LX_STOP |
                      LX_TELL | LX_COG | LX_CUEPHRASE | LX_PARTICLE;
  return is_word(a, p) && !(TOK(p).shape & TK_CAP) && !(TOK(p).lex & fn) && !cue_at(a, p) &&
         !ends_with(a, p, "ly") && !ends_with(a, p, "ed");
}

/* "The congressman also plans to vote for Sanders, Welch said.": a cue of
 * speech closing the clause after a comma ("..., Welch said", "...,
 * said Welch", "..., according to a lawsuit", "..., the campaign told USA
 * TODAY") reports the whole clause, the wish with it.  Not a participle
 * (", pointing to ..."), a second predicate (", and argue that ...") nor
 * a clause of its own (", the Democrats stressed the need ..."). */
static int cue_inverts(const attr *a, const cue *c);
static int reported_by_later_cue(attr *a, quoth_doc *doc, const cue *c, size_t s1) {
  for (size_t k = 0; k < a->ncues; k++) {
    const cue *d = &a->cues[k];
    if (d->a <= c->b + 1 || d->a >= s1) continue;
    if (d->flags & CF_ACCORDING) {
      if (is_comma(a, d->a - 1)) return 1;
      continue;
    }
    if ((d->flags & (CF_WEAK | CF_DESIRE | CF_RAISE)) || ends_with(a, d->a, "ing")) continue;
    if (is_comma(a, d->a - 1)) { /* "..., said Welch." */
      if (cue_inverts(a, d) && np_right(a, doc, d->b, s1) != QUOTH__NONE) return 1;
      continue;
    }
    size_t p = d->a;
    while (p > c->b && d->a - p <= 6 && !is_comma(a, p - 1)) p--;
    if (p <= c->b || !is_comma(a, p - 1) || verb_coordinator(a, p) || is(a, p, "or")) continue;
    size_t m = speaker_left(a, doc, d, p);
    if (m == QUOTH__NONE || doc->mentions[m].t0 != p) continue;
    size_t e = d->b;
    if (d->flags & CF_TELL) { /* "told USA TODAY." */
      size_t n = np_right(a, doc, e, s1);
      if (n != QUOTH__NONE) e = doc->mentions[n].t1;
    }
    if (clause_ends(a, e, s1) || is_comma(a, e)) return 1;
  }
  return 0;
}

/* SPEAKER hopes to/that CONTENT. */
static int p_desire(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (!(c->flags & CF_DESIRE)) return 0;
  if (reported_by_later_cue(a, doc, c, s1)) return 0;
  /* "dampened plans to", "had better plan to": a noun or a bare infinitive */
  if (c->a > s0 && (ends_with(a, c->a - 1, "ed") || is(a, c->a - 1, "better"))) return 0;
  size_t m = speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  if (desire_in_relative(a, doc, m, s0)) return 0;
  size_t c0 = is(a, c->b, "that") ? c->b + 1 : c->b;
  return add_reported(a, doc, c, m, c0, content_end(a, c0, s1), "speaker-desire-content", 0.5);
}

/* The words after a cue clause must be adjuncts ("in a statement",
 * ", stressing ...") for the content to lie before it. */
static int clause_ends(const attr *a, size_t k, size_t s1) {
  k = skip_time(a, k, s1); /* "Fiorina said Monday.", "told X earlier this week." */
  /* "..., Germany has pledged to bolster its military": "to" and a
   * lower-case word that opens no noun phrase is an infinitive, the
   * content of the cue, not an adjunct after it ("said to reporters": a
   * plural noun is an addressee). */
  if (k + 1 < s1 && is(a, k, "to") && is_word(a, k + 1) && !(TOK(k + 1).shape & (TK_CAP | TK_NUM)) &&
      !(TOK(k + 1).lex & (LX_DET | LX_POSSDET | LX_PRON)) &&
      !(ends_with(a, k + 1, "s") && !ends_with(a, k + 1, "ss") && !ends_with(a, k + 1, "us")))
    return 0;
  if (k >= s1 || is_final(a, k) || (TOK(k).lex & LX_PREP)) return 1;
  /* "..., the Times reported late Thursday.": a few adjunct words, then the end */
  size_t e = k;
  while (e < s1 && e - k < 5 && is_word(a, e)) e++;
  return (e >= s1 || is_final(a, e)) && adjunct_only(a, k, e);
}

/* Does a name ending at token k end its clause ("said Dan Gerstein, director
 * of ...", "said Dan Gerstein.")?  A possessive goes on ("Dems' support"). */
static int name_ends_clause(const attr *a, size_t k, size_t s1) {
  return k >= s1 || is_comma(a, k) || (is_final(a, k) && !(TOK(k).shape & TK_POSS));
}

/* Can the speaker follow the cue ("..., said the spokesman", "...,
 * wrote the ambassador")?  Only a finite verb of saying inverts: after
 * "criticized", "posted" or "describing" the noun phrase is an object. */
static int cue_inverts(const attr *a, const cue *c) {
  return (c->flags & CF_CLAUSE) && !(c->flags & (CF_OBJECT | CF_WEAK)) && !ends_with(a, c->a, "ing");
}

/* CONTENT, SPEAKER CUE.  /  CONTENT, CUE SPEAKER. */
/* "At one point, a woman said", "Through a spokeswoman, Ivanka Trump
 * said": a short phrase opened by a preposition or subordinator is an
 * adverbial before the clause, not reported content. */
static int adverbial_lead(const attr *a, size_t c0, size_t c1) {
  c0 = content_start(a, c0, c1);
  /* "But the plan failed, he said": a conjunction opens no adverbial */
  while (c0 + 1 < c1 && (is(a, c0, "but") || is(a, c0, "and") || is(a, c0, "so") ||
                         is(a, c0, "yet") || is(a, c0, "or")))
    c0++;
  /* "That criticism was warranted, he said": beyond "That night", "that"
   * opens a subject, not an adverbial */
  if (c1 > c0 + 3 && is(a, c0, "that")) return 0;
  return c1 > c0 && c1 - c0 <= 8 && (TOK(c0).lex & (LX_PREP | LX_STOP)) &&
         !(TOK(c0).lex & (LX_DET | LX_PRON)) && !(TOK(c0).shape & TK_QUOTE);
}

/* Does token k open an adverbial (a preposition, a subordinator or a time
 * word, over a leading "and"/"but")?  "Of", "to" and amounts ("about 270
 * people") open noun phrases or infinitives. */
static int opens_adverbial(const attr *a, size_t k, size_t c1) {
  if (k + 1 < c1 && (is(a, k, "and") || is(a, k, "but"))) k++;
  if (k + 1 < c1 && is(a, k, "even") &&
      ((TOK(k + 1).wc & WC_ADVERBIAL_OPENER) || (TOK(k + 1).lex & LX_PREP)))
    return 1; /* "even as shares were tumbling" */
  if (is(a, k, "of") || is(a, k, "to") || quantity_start(a, k, c1)) return 0;
  return (TOK(k).wc & WC_ADVERBIAL_OPENER) || weekday(a, k) || (TOK(k).lex & LX_PREP);
}

/* "In a subsequent interview with The New York Times, she joked about
 * ...", "On Tuesday, even as shares of Valeant were tumbling, Mr. Ackman
 * wrote to investors": words before the subject that are adverbials only
 * (every comma-separated piece opens with a preposition, a subordinator
 * or a time word) set the scene of the clause; they report nothing. */
static int adverbials_only(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  c0 = content_start(a, c0, c1);
  if (c1 <= c0) return 0;
  for (size_t k = c0; k < c1; k++) {
    if (is_speech(a, doc, k)) return 0;
    if ((k == c0 || is_comma(a, k - 1)) && !opens_adverbial(a, k, c1)) return 0;
  }
  return 1;
}

/* The end of the content before token k when a comma separates them: the
 * comma's index, or k itself when the comma closes a quote ("... and
 * ''should have acted sooner,'' said Ralf Jager"); NONE otherwise. */
static size_t comma_end(const attr *a, const quoth_doc *doc, size_t k, size_t s0) {
  if (k <= s0) return QUOTH__NONE;
  if (is_comma(a, k - 1)) return k - 1;
  if (TOK(k - 1).shape & TK_QUOTE) {
    quoth_span in = doc->quotes[TOK(k - 1).quote].inner;
    if (in.end > in.start && doc->text[in.end - 1] == ',') return k;
  }
  return QUOTH__NONE;
}

/* "..., explained the reason for his support": an unknown noun phrase with
 * a prepositional phrase after an inverted cue is its object, not its
 * speaker (known roles pass: "said the spokesman for the ministry"). */
static int object_not_speaker(const attr *a, const quoth_doc *doc, size_t m, size_t s1) {
  const quoth__mention *mm = &doc->mentions[m];
  return m >= a->nbase && mm->kind == QUOTH__M_NOMINAL && mm->t1 < s1 &&
         (TOK(mm->t1).lex & LX_PREP) && !(TOK(mm->t1 - 1).lex & LX_TITLE);
}

/* "..., ministry spokesman Benali Abdelaziz said": a name after a few
 * words of role is the subject; the comma before the role ends the
 * content.  NONE unless such a comma is there. */
static size_t comma_before_role(const attr *a, const quoth_doc *doc, size_t m, size_t s0) {
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->kind != QUOTH__M_NAME) return QUOTH__NONE;
  for (size_t k = mm->t0; k > s0 && mm->t0 - k < 6; k--) {
    size_t comma = comma_end(a, doc, k, s0);
    if (comma != QUOTH__NONE) return k < mm->t0 ? comma : QUOTH__NONE;
    /* "his aide Tad Devine said", "the party's chairman X said": a
     * determiner opens the role; the comma must come right before it */
    if ((TOK(k - 1).lex & (LX_DET | LX_POSSDET)) && !(TOK(k - 1).lex & LX_STOP))
      return comma_end(a, doc, k - 1, s0);
    if (np_breaker(a, k - 1) || (TOK(k - 1).lex & LX_DET)) return QUOTH__NONE;
  }
  return QUOTH__NONE;
}

/* CONTENT, SPEAKER, APPOSITION, CUE [ADDRESSEE].  "Sanders remains in the
 * race, his top aide, Tad Devine, told The Huffington Post.": the comma
 * before the cue closes an apposition, the one before the subject ends the
 * content.  Runs after the other patterns, so "Whitman, the former
 * governor, told X the plan failed" keeps its content after the cue. */
static int p_content_appos_cue(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if ((c->flags & CF_ACCORDING) || c->a <= s0 + 1 || !is_comma(a, c->a - 1)) return 0;
  size_t ap = apposition_left(a, doc, c->a - 1, s0);
  size_t m = np_left(a, doc, c->a, s0);
  if (m == QUOTH__NONE || !subject_fits(a, doc, m, c)) return 0;
  size_t t0 = ap != QUOTH__NONE && doc->mentions[ap].t0 < doc->mentions[m].t0
                  ? doc->mentions[ap].t0
                  : doc->mentions[m].t0;
  size_t comma = comma_end(a, doc, t0, s0), k = c->b;
  /* "..., his top aide, Tad Devine, told": the role before the name */
  size_t nm = mention_ending(a, doc, c->a - 1);
  if (nm != QUOTH__NONE && doc->mentions[nm].kind == QUOTH__M_NAME &&
      doc->mentions[nm].t0 > s0 + 1 && is_comma(a, doc->mentions[nm].t0 - 1)) {
    size_t r = doc->mentions[nm].t0 - 1, b = r;
    while (b > s0 && r - b < 5 && is_word(a, b - 1) && !(TOK(b - 1).lex & (LX_DET | LX_POSSDET)) &&
           !np_breaker(a, b - 1))
      b--;
    if (b > s0 && b < r && (TOK(b - 1).lex & (LX_DET | LX_POSSDET)) && !(TOK(b - 1).lex & LX_STOP) &&
        comma_end(a, doc, b - 1, s0) != QUOTH__NONE)
      comma = comma_end(a, doc, b - 1, s0), m = nm;
  }
  if (comma == QUOTH__NONE) return 0;
  if (c->flags & CF_TELL) {
    size_t addr = np_right(a, doc, k, s1);
    if (addr != QUOTH__NONE) k = doc->mentions[addr].t1;
  }
  if (!clause_ends(a, k, s1) || adverbial_lead(a, s0, comma) || adverbials_only(a, doc, s0, comma))
    return 0;
  return add_reported(a, doc, c, m, s0, comma, "content-speaker-cue", 0.7);
}

static int p_content_then_cue(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & CF_ACCORDING) return 0;
  size_t m, comma, k;
  const char *rule;
  if (c->a > s0 && !is_comma(a, c->a - 1) && comma_end(a, doc, c->a, s0) != QUOTH__NONE) {
    /* a fragment closing with its comma: "... ''acted sooner,'' said X" */
    m = cue_inverts(a, c) ? np_right(a, doc, c->b, s1) : QUOTH__NONE;
    if (m == QUOTH__NONE) m = np_left(a, doc, c->a, s0);
    if (m == QUOTH__NONE) return 0;
    comma = c->a;
    k = m < doc->nmentions && doc->mentions[m].t0 >= c->b ? doc->mentions[m].t1 : c->b;
    rule = "content-cue-speaker";
  } else if (c->a > s0 && is_comma(a, c->a - 1)) {
    /* "Whitman, the former governor, told The Star-Ledger ...": the comma
     * closes an apposition, not the content. */
    if (!cue_inverts(a, c)) return 0;
    /* "Trump's rival, Ted Cruz, said the plan failed": a name set off by
     * commas right before the cue is its subject */
    size_t nm = mention_ending(a, doc, c->a - 1);
    if (nm != QUOTH__NONE && doc->mentions[nm].kind == QUOTH__M_NAME &&
        doc->mentions[nm].t0 > s0 && is_comma(a, doc->mentions[nm].t0 - 1) &&
        np_right(a, doc, c->b, s1) != QUOTH__NONE && !is_final(a, c->b))
      return 0;
    m = np_right(a, doc, c->b, s1);
    /* ... unless a name follows that ends the clause: "New York, a state
     * she hoped to carry, will be tight, said Dan Gerstein, director of
     * ...". */
    if (apposition_left(a, doc, c->a - 1, s0) != QUOTH__NONE &&
        ((c->flags & CF_TELL) || is(a, c->b - 1, "that") || m == QUOTH__NONE ||
         doc->mentions[m].kind != QUOTH__M_NAME || !name_ends_clause(a, doc->mentions[m].t1, s1)))
      return 0;
    if (m == QUOTH__NONE || object_not_speaker(a, doc, m, s1)) return 0;
    comma = c->a - 1;
    k = doc->mentions[m].t1;
    rule = "content-cue-speaker";
  } else {
    m = np_left(a, doc, c->a, s0);
    if (m == QUOTH__NONE || !subject_fits(a, doc, m, c)) return 0;
    comma = comma_end(a, doc, doc->mentions[m].t0, s0);
    if (comma == QUOTH__NONE) comma = comma_before_role(a, doc, m, s0);
    if (comma == QUOTH__NONE) return 0;
    k = c->b;
    if (c->flags & CF_TELL) {
      size_t addr = np_right(a, doc, k, s1);
      if (addr != QUOTH__NONE) k = doc->mentions[addr].t1;
    }
    rule = "content-speaker-cue";
  }
  if (!clause_ends(a, k, s1) || adverbial_lead(a, s0, comma) || adverbials_only(a, doc, s0, comma))
    return 0;
  return add_reported(a, doc, c, m, s0, comma, rule, 0.75);
}

/* CONTENT1, SPEAKER CUE, CONTENT2.  A parenthetical cue clause inside the
 * content: one statement in two parts. */
static int is_tally_or_list(const attr *a, size_t c0, size_t c1);

static int p_parenthetical(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & CF_ACCORDING) return 0;
  size_t m = np_left(a, doc, c->a, s0);
  if (m == QUOTH__NONE || doc->mentions[m].t0 <= s0) return 0;
  if (!subject_fits(a, doc, m, c)) return 0;
  size_t c1 = doc->mentions[m].t0 - 1, k = c->b;
  /* "..., some Democrats said, that ...": a quantifier before the noun */
  if (c1 > s0 && (TOK(c1).wc & WC_PLURAL_QUANTIFIER) && is_comma(a, c1 - 1)) c1--;
  if (!is_comma(a, c1)) return 0;
  if (c->flags & CF_TELL) { /* "The solution, the partner told them, was simple" */
    size_t addr = np_right(a, doc, k, s1);
    if (addr != QUOTH__NONE) k = doc->mentions[addr].t1;
  }
  while (k < s1 && k - c->b <= 4 && is_word(a, k) && (TOK(k).lex & (LX_PREP | LX_SKIP | LX_DET) ||
                                                       (TOK(k).shape & TK_CAP)))
    k++;
  if (k >= s1 || !is_comma(a, k) || k + 1 >= s1 || ends_with(a, k + 1, "ing") ||
      cue_at(a, k + 1))
    return 0;
  size_t e = content_end(a, k + 1, s1), b0 = content_start(a, s0, c1);
  if (e <= k + 1 || e - (k + 1) < 2) return 0;
  /* "Survival, Mr. VandeHei says, depends ...", "Now, he says, at least
   * seven ...": a one-word lead is content too, but not a conjunction or
   * a determiner ("But, he said, it is ...", "That, he said, is ..."), a
   * sentence adverb ("Still, he said, ..."), nor the lead of a verb of
   * thought ("Yes, we know, ...") */
  if (c1 <= b0 || (c1 - b0 == 1 && ((TOK(b0).lex & LX_STOP) || (TOK(b0).wc & WC_SENTENCE_ADVERB) ||
                                    (c->flags & CF_WEAK))))
    b0 = c1 = k + 1;
  if (is_tally_or_list(a, b0, e)) return 0; /* "ColorOfChange.org, ..., American Family Voices, ..." */
  for (size_t i = b0; i < e; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  int one = b0 == c1;
  quoth_statement *st = new_statement(a, doc, clause_kind(a, doc, b0, e), b0, one ? e : c1,
                                      "parenthetical");
  if (!st) return -1;
  if (!one) st->parts[st->nparts++] = (quoth_span){TOK(k + 1).start, TOK(e - 1).end};
  for (size_t i = k + 1; i < e; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  set_cue(st, a, c);
  set_speaker(st, doc, m, mention_conf(doc, m, 0.7));
  c->flags |= CF_USED;
  return 1;
}

/* Does the clause after a parenthetical source go on with the predicate of
 * the words before it ("Fundraising, according to the campaign, has
 * surged"), rather than start a clause of its own ("Since November,
 * according to X, security forces have ...")?  A lower-case word that
 * opens no noun phrase or subordinate clause. */
static int continues_predicate(const attr *a, size_t k, size_t s1) {
  if (k >= s1 || !is_word(a, k) || (TOK(k).shape & (TK_CAP | TK_NUM))) return 0;
  if (TOK(k).wc & WC_PREDICATE_AUX) return 1;
  return ends_with(a, k, "ed") && !(TOK(k).lex & (LX_DET | LX_PRON | LX_PREP));
}

/* Two-part statement [b0, e0) + [b1, e1) (the parts of one clause around a
 * parenthetical source). */
static int add_two_parts(attr *a, quoth_doc *doc, cue *c, size_t m, size_t b0, size_t e0,
                         size_t b1, size_t e1, const char *rule) {
  if (overlaps_statement(a, doc, b0, e0) || overlaps_statement(a, doc, b1, e1)) return 0;
  for (size_t i = b0; i < e1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  quoth_kind kind = clause_kind(a, doc, b0, e0) == QUOTH_KIND_MIXED ? QUOTH_KIND_MIXED
                                                                     : clause_kind(a, doc, b1, e1);
  quoth_statement *st = new_statement(a, doc, kind, b0, e0, rule);
  if (!st) return -1;
  st->parts[st->nparts++] = (quoth_span){TOK(b1).start, TOK(e1 - 1).end};
  for (size_t i = b1; i < e1; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  set_cue(st, a, c);
  set_speaker(st, doc, m, mention_conf(doc, m, 0.75));
  c->flags |= CF_USED;
  return 1;
}

/* Is mention m a share of a group ("75 percent of Republicans", "Nearly
 * three in four")? */
static int share_mention(const attr *a, const quoth_doc *doc, size_t m) {
  const quoth__mention *mm = &doc->mentions[m];
  size_t k = mm->t0;
  while (k < mm->t1 && share_glue(a, k) && !share_word(a, k)) k++;
  return k < mm->t1 && share_word(a, k) && share_amount(a, mm->t0, mm->t1);
}

/* "In a CNN poll, 75 percent of Republicans said ...", "Nearly three in
 * four say ..., according to the survey": a poll frames what a share of
 * its respondents said; the poll (mention poll) is the source of the
 * statements of this segment in tokens [t0, t1) whose speaker is a share.
 * Returns how many it took. */
static int poll_frames(const attr *a, quoth_doc *doc, size_t poll, size_t t0, size_t t1) {
  size_t b0 = TOK(t0).start, b1 = TOK(t1 - 1).end;
  int n = 0;
  for (size_t i = a->seg_n0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (st->smention == QUOTH__NONE || st->smention == poll || st->nparts == 0 ||
        st->parts[0].start < b0 || st->parts[st->nparts - 1].end > b1 ||
        !share_mention(a, doc, st->smention))
      continue;
    doc->mentions[st->smention].speaker = 0;
    set_speaker(st, doc, poll, st->confidence);
    n++;
  }
  return n;
}

/* Does the phrase [b, e) name a record ("a new AP-GfK poll")? */
static int names_record(const attr *a, size_t b, size_t e) {
  for (size_t k = b; k < e; k++)
    if (is_evidence_noun(a, k)) return 1;
  return 0;
}

/* Does participle c open its sentence, alone or after a preposition
 * ("Noting that ...", "After saying ...", "In addition to stating ...",
 * "But while saying ...")? */
static int fronted_at(const attr *a, const cue *c, size_t s0) {
  size_t k = s0;
  while (k < c->a && k - s0 < 2 && ((TOK(k).wc & WC_FRONTED_LEAD) || is_comma(a, k))) k++;
  /* "in addition to", "instead of": a preposition of up to three words */
  for (size_t n = 0; k < c->a && n < 3 && ((TOK(k).lex & LX_PREP) || (TOK(k).wc & WC_FRONTED_PREP));
       n++)
    k++;
  while (k < c->a && (TOK(k).lex & LX_SKIP) && !(TOK(k).lex & LX_PRON)) k++; /* "initially" */
  /* "Regarding the front-runner, ...": a participle that is a preposition */
  return k == c->a && ends_with(a, c->a, "ing") && !(TOK(c->a).lex & LX_NOUNCUE) &&
         !(TOK(c->a).wc & WC_PREP_PARTICIPLE);
}

/* "Noting that both battled the media, Schlafly put ...", "After saying
 * he was nervous, the man ended up ...": a participial clause before the
 * main clause reports what the main clause's subject said.  The content
 * runs to the comma before that subject (a known mention followed by a
 * word: its predicate). */
static int p_fronted(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if ((c->flags & (CF_ACCORDING | CF_RAISE | CF_DESIRE)) || !fronted_at(a, c, s0) || c->b >= s1)
    return 0;
  size_t j = is(a, c->b, "that") ? c->b + 1 : c->b;
  /* "Speaking at a town hall", "Pointing to the report", "Reading from a
   * text": an adjunct, not something said */
  if ((TOK(j).lex & (LX_PREP | LX_SKIP)) || (TOK(c->b - 1).lex & LX_PREP)) return 0;
  for (size_t k = j + 1; k + 2 < s1 && k - j < MAX_CONTENT; k++) {
    if (is(a, k, ";") || is(a, k, ":") || is(a, k, ".") || is(a, k, "?") || is(a, k, "!"))
      return 0;
    if (!is_comma(a, k)) continue;
    size_t m = mention_starting(a, doc, k + 1, s1);
    if (m == QUOTH__NONE || doc->mentions[m].kind == QUOTH__M_ANON) continue;
    size_t e = doc->mentions[m].t1;
    /* a predicate follows (an auxiliary too: "Clinton has vowed"), not a
     * preposition, a conjunction or a relative clause */
    if (e >= s1 || !(is_word(a, e) || is_comma(a, e)) || (TOK(e).lex & LX_PREP) ||
        (TOK(e).wc & WC_NO_PREDICATE))
      continue;
    if (k < j + MIN_AFTER) return 0;
    return add_reported(a, doc, c, m, j, k, "participle-subject", 0.6);
  }
  return 0;
}

/* According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER.  /
 * CONTENT1, according to SPEAKER, CONTENT2. */
/* The source after "according to" (cue c): it runs to the next
 * punctuation, a known mention when it covers it all, else the whole
 * phrase ("a national Gallup Poll taken last week").  Sets *end to the
 * token after it; QUOTH__NONE for none, *end = 0 when out of memory. */
static size_t according_source(attr *a, quoth_doc *doc, const cue *c, size_t s0, size_t s1,
                               size_t *end) {
  size_t e = c->b;
  while (e < s1 && e - c->b < 24 &&
         (is_word(a, e) || (TOK(e).shape & TK_POSS) ||
          (is(a, e, "/") && e > c->b && e + 1 < s1 && is_word(a, e + 1)))) /* "Reuters/Ipsos" */
    e++;
  *end = e;
  if (e == c->b) return QUOTH__NONE;
  if (e - c->b > 12 && !(e < s1 && (is_comma(a, e) || is_final(a, e)))) e = c->b + 12;
  *end = e;
  size_t m = mention_starting(a, doc, c->b, s1);
  if (m == QUOTH__NONE || (doc->mentions[m].t1 != e && (c->a > s0 || is_comma(a, e)))) {
    m = quoth__add_mention(&a->toks, doc, a->at, c->b, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) *end = 0;
  }
  return m;
}

static int p_according(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (!(c->flags & CF_ACCORDING)) return 0;
  size_t e;
  size_t m = according_source(a, doc, c, s0, s1, &e);
  if (m == QUOTH__NONE) return e ? 0 : -1;
  /* the words before the cue, less punctuation and a conjunction ("and,
   * according to officials, adopted ...") */
  size_t b0 = content_start(a, s0, c->a), e0 = c->a;
  while (e0 > b0 && (TOK(e0 - 1).shape & TK_PUNCT)) e0--;
  int conj = e0 > b0 && (is(a, e0 - 1, "and") || is(a, e0 - 1, "but") || is(a, e0 - 1, "or") ||
                         is(a, e0 - 1, "after") || is(a, e0 - 1, "because") ||
                         is(a, e0 - 1, "while") || is(a, e0 - 1, "although"));
  if (conj) e0--;
  while (e0 > b0 && (TOK(e0 - 1).shape & TK_PUNCT)) e0--;
  /* the words after the source, when a comma or dash sets it off */
  size_t b1 = e, e1 = content_end(a, e, s1);
  if (b1 < e1 && (is_comma(a, b1) || is_dash(a, b1))) {
    while (b1 < e1 && (TOK(b1).shape & TK_PUNCT)) b1++;
  } else if (m < a->nbase && doc->mentions[m].t1 < e && c->a == b0) {
    b1 = doc->mentions[m].t1; /* "According to Reuters the talks failed" */
  } else {
    b1 = e1;
  }
  size_t before = e0 > b0 ? e0 - b0 : 0, after = e1 > b1 ? e1 - b1 : 0;
  if (names_record(a, c->b, e) && poll_frames(a, doc, m, b0, e1 > e0 ? e1 : e0)) {
    c->flags |= CF_USED;
    return 1;
  }
  /* a clause after the source, not an apposition to it (", an advocacy
   * group") nor a participle (", writing for ...") */
  int clause_after = after >= MIN_AFTER && !ends_with(a, b1, "ing") &&
                     (!(TOK(b1).lex & LX_STOP) || (TOK(b1).lex & (LX_DET | LX_PRON)) ||
                      is(a, b1, "no") || is(a, b1, "there"));
  int lead = before <= 1 || conj || adverbial_lead(a, b0, e0) || adverbials_only(a, doc, b0, e0);
  if (clause_after && lead) /* "But, according to X, ...", "Since May, according to X, ..." */
    return add_reported(a, doc, c, m, b1, e1, "according-content", 0.75);
  if (after >= MIN_AFTER && before && continues_predicate(a, b1, e1))
    return add_two_parts(a, doc, c, m, b0, e0, b1, e1, "content-according");
  if (before) return add_reported(a, doc, c, m, b0, e0, "content-according", 0.75);
  return 0;
}

/* The subject of a raising cue: the words before it back to the start of
 * the clause ("Their choice now appears to be"), after the auxiliaries and
 * adverbs in between; [*b, *e) or an empty range for an expletive ("it
 * seems"), a relative pronoun or a subject too long to be one. */
static int raising_subject(const attr *a, const cue *c, size_t s0, size_t *b, size_t *e) {
  size_t k = c->a;
  while (k > s0 && c->a - k < MAX_SKIP + 2 &&
         (skippable(a, k - 1) || is(a, k - 1, "n't") || is(a, k - 1, "do") ||
          is(a, k - 1, "does") || is(a, k - 1, "did")))
    k--;
  *e = k;
  while (k > s0 && *e - k < 12 && (is_word(a, k - 1) || (TOK(k - 1).shape & TK_POSS) ||
                                   is(a, k - 1, "-") ||
                                   plural_poss(a, k - 1))) {
    if (TOK(k - 1).lex & LX_STOP) {
      /* "Mrs. Clinton and Mr. Sanders appeared", "Many in the staff of
       * more than 100 are expected": the noun phrase goes on */
      if (k - 1 > s0 && k < *e && !(TOK(k).lex & (LX_STOP | LX_PRON)) &&
          (is(a, k - 1, "and") || is(a, k - 1, "of") || is(a, k - 1, "between") ||
           is(a, k - 1, "in")) &&
          is_word(a, k - 2) && !(TOK(k - 2).lex & (LX_STOP | LX_PRON | LX_PREP))) {
        k--;
        continue;
      }
      if ((TOK(k - 1).lex & LX_DET) && !is(a, k - 1, "that")) k--; /* "This appeared" */
      break;
    }
    k--;
  }
  int open = k == s0 || !is_word(a, k - 1) || (TOK(k - 1).lex & LX_STOP);
  /* "which on their face seemed": a relative clause has no subject of its own */
  int relative = k > s0 && (is(a, k - 1, "which") || is(a, k - 1, "who") || is(a, k - 1, "that") ||
                            is(a, k - 1, "what"));
  if (relative || (k < *e && (TOK(k).lex & LX_PREP))) open = 0;
  *b = open ? k : *e;
  return relative;
}

/* SUBJECT seems/appears/is expected COMPLEMENT: the writer's judgment, with
 * no speaker; one statement whose parts are the subject and the
 * complement, as a PolNeAR-style annotation splits it. */
static int p_raising(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  size_t sb, se, c0 = c->b, c1 = content_end(a, c->b, s1);
  int relative = raising_subject(a, c, s0, &sb, &se);
  /* "a system that seems rigged", "what appeared to be a fight": the
   * clause is part of a noun phrase; measured on PolNeAR, such complements
   * alone are rarely attributed ("which ... seemed", "who is expected" are) */
  if (relative && sb > s0 && (is(a, sb - 1, "that") || is(a, sb - 1, "what"))) return 0;
  /* "why she seemed so inevitable", "if the reasons seem obvious": a
   * question or a condition, not an assertion of the writer */
  if (sb > s0 && (is(a, sb - 1, "why") || is(a, sb - 1, "if") || is(a, sb - 1, "whether")))
    return 0;
  for (size_t k = c0; k < c1; k++) /* the complement ends with its clause */
    if (is(a, k, ";") ||
        (is_comma(a, k) && (relative || cue_clause_at(a, doc, k, c1))) ||
        ((is_comma(a, k) || is_dash(a, k)) && k + 1 < c1 &&
                          (is(a, k + 1, "but") || is(a, k + 1, "while") || is(a, k + 1, "and")))) {
      c1 = k;
      break;
    }
  if (c1 <= c0 || overlaps_statement(a, doc, c0, c1)) return 0;
  for (size_t i = c0; i < c1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  if (se > sb && overlaps_statement(a, doc, sb, se)) sb = se;
  quoth_statement *st = se > sb ? new_statement(a, doc, clause_kind(a, doc, c0, c1), sb, se,
                                                "raising-content")
                                : new_statement(a, doc, clause_kind(a, doc, c0, c1), c0, c1,
                                                "raising-content");
  if (!st) return -1;
  if (se > sb) st->parts[st->nparts++] = (quoth_span){TOK(c0).start, TOK(c1 - 1).end};
  for (size_t i = c0; i < c1; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  set_cue(st, a, c);
  set_speaker(st, doc, QUOTH__NONE, 0.5);
  c->flags |= CF_USED;
  return 1;
}

/* "In the latest Washington Post-ABC News poll, conducted in May, Clinton
 * led Trump 47 percent to 39 percent": a clause after an opening "In" +
 * record phrase reports what the record shows; the record is its source.
 * Runs after the cue patterns, so a cue of the clause keeps its own
 * statement. */
static int p_in_record(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  size_t i = s0;
  if (i < s1 && (is(a, i, "but") || is(a, i, "and"))) i++;
  if (i >= s1 || !is(a, i, "in")) return 0;
  size_t e = i + 1;
  int found = 0;
  while (e < s1 && e - i <= 14 && (is_word(a, e) || (TOK(e).shape & TK_POSS) || is(a, e, "-") ||
                                   is(a, e, "/")))
    found |= is_evidence_noun(a, e++);
  if (!found || e >= s1 || !is_comma(a, e) || e == i + 1) return 0;
  size_t c0 = e + 1;
  if (c0 < s1 && ends_with(a, c0, "ed")) { /* ", conducted in May," */
    size_t k = c0;
    while (k < s1 && k - c0 < 10 && is_word(a, k)) k++;
    if (k < s1 && is_comma(a, k)) c0 = k + 1;
  }
  size_t c1 = content_end(a, c0, s1);
  if (c1 <= c0 + 1 || !is_word(a, c0)) return 0;
  if (overlaps_statement(a, doc, i, c1)) {
    size_t m = quoth__add_mention(&a->toks, doc, a->at, i + 1, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) return -1;
    return poll_frames(a, doc, m, c0, c1) > 0;
  }
  for (size_t k = c0; k < c1; k++)
    if ((TOK(k).shape & TK_QUOTE) && a->qstat[TOK(k).quote] != QUOTH__NONE) return 0;
  size_t m = quoth__add_mention(&a->toks, doc, a->at, i + 1, e, QUOTH__M_NOMINAL);
  if (m == QUOTH__NONE) return -1;
  quoth_statement *st = new_statement(a, doc, clause_kind(a, doc, c0, c1), c0, c1, "in-record");
  if (!st) return -1;
  set_speaker(st, doc, m, 0.55);
  return 1;
}

/* The end of a poll phrase after "in" at token i ("in the latest CNN/ORC
 * poll released Wednesday", "in national polls", "in the RealClearPolitics
 * average of New Hampshire polls"): the phrase holds a poll noun within a
 * few words and runs, with at most a short modifier after the noun, to the
 * end of its clause (no verb of its own: "in the poll is 3 points", "in a
 * recent poll said").  NONE otherwise. */
static size_t poll_phrase_end(const attr *a, size_t i, size_t s1) {
  size_t k = i + 1, noun = QUOTH__NONE;
  for (; k < s1 && k - i <= 10 && noun == QUOTH__NONE; k++) {
    if (!(is_word(a, k) || (TOK(k).shape & TK_POSS) || is(a, k, "/") || is(a, k, "-")) ||
        (TOK(k).lex & (LX_PRON | LX_CUE)) || ((TOK(k).lex & LX_PREP) && !is(a, k, "of")) ||
        is(a, k, "because"))
      return QUOTH__NONE; /* "in front of a polling place", "in single digits in polls" */
    if (TOK(k).wc & WC_POLL_NOUN) noun = k;
  }
  if (noun == QUOTH__NONE) return QUOTH__NONE;
  for (; k < s1 && k - noun <= 8; k++) {
    if (is_comma(a, k) || is_final(a, k)) return k;
    if (!(is_word(a, k) || is(a, k, "/") || is(a, k, "-")) || (TOK(k).lex & (LX_PRON | LX_CUE)) ||
        (TOK(k).wc & WC_BE) || is(a, k, "has") || is(a, k, "have") || is(a, k, "had") ||
        is(a, k, "will") || (ends_with(a, k, "ed") && !(TOK(k).wc & WC_RECORD_MODIFIER)))
      return QUOTH__NONE; /* "after the polls closed" */
  }
  return k == s1 ? k : QUOTH__NONE;
}

/* CLAUSE in POLL: "Trump leads by 57 percent to 33 percent in the 50-state
 * poll", "he fell to 10 percent in the latest CNN/ORC poll released
 * Wednesday": a poll phrase closing a clause is the source of the clause
 * before it (from the start of the segment). */
static int p_content_in_record(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  for (size_t i = s0 + MIN_CONTENT; i + 2 < s1; i++) {
    if (!is(a, i, "in")) continue;
    size_t e = poll_phrase_end(a, i, s1);
    if (e == QUOTH__NONE) continue;
    size_t c0 = content_start(a, s0, i), c1 = i;
    if (c0 < c1 && (is(a, c0, "but") || is(a, c0, "and"))) c0++;
    while (c1 > c0 && (TOK(c1 - 1).shape & TK_PUNCT)) c1--;
    /* "Despite his low standing in the polls, ...": the poll phrase closes
     * a subordinate clause, not the sentence's */
    if (c1 < c0 + MIN_CONTENT || (TOK(c0).wc & WC_SUBORDINATOR) ||
        overlaps_statement(a, doc, c0, c1))
      return 0;
    for (size_t k = c0; k < c1; k++)
      if (((TOK(k).shape & TK_QUOTE) && a->qstat[TOK(k).quote] != QUOTH__NONE) || cue_at(a, k) ||
          is(a, k, "who") || is(a, k, "which")) /* "Rubio, who is third in many polls" */
        return 0;
    size_t m = quoth__add_mention(&a->toks, doc, a->at, i + 1, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) return -1;
    quoth_statement *st = new_statement(a, doc, clause_kind(a, doc, c0, c1), c0, c1,
                                        "content-in-record");
    if (!st) return -1;
    set_speaker(st, doc, m, 0.5);
    return 1;
  }
  return 0;
}

/* "Issa: Clinton's honesty is in question": a single word before the
 * colon is a speaker when the document names the same person in full
 * ("Darrell Issa") among its next mentions (a bounded look: "Update:" and
 * "Note:" never end a full name). */
static int surname_elsewhere(const attr *a, const quoth_doc *doc, size_t m) {
  const quoth__mention *mm = &doc->mentions[m];
  if (TOK(mm->t0).lex & (LX_STOPNAME | LX_TITLE | LX_ORGHEAD | LX_DEMONYM)) return 0;
  const char *key = quoth__tok_key(&a->toks, mm->t0);
  size_t kl = TOK(mm->t0).keylen;
  for (size_t i = m + 1; i < doc->nmentions && i < m + 200; i++) {
    const quoth__mention *o = &doc->mentions[i];
    if (o->kind != QUOTH__M_NAME || o->t1 - o->t0 < 2 || TOK(o->t1 - 1).keylen != kl) continue;
    if (memcmp(quoth__tok_key(&a->toks, o->t1 - 1), key, kl) == 0) return 1;
  }
  return 0;
}

/* Is the one word of mention m the last word of a longer name within 200
 * mentions before or after it ("JAKE TAPPER" or "Jake Tapper" for
 * "TAPPER:")? */
static int surname_near(const attr *a, const quoth_doc *doc, size_t m) {
  const quoth__mention *mm = &doc->mentions[m];
  const char *key = quoth__tok_key(&a->toks, mm->t0);
  size_t kl = TOK(mm->t0).keylen;
  size_t from = m > 200 ? m - 200 : 0, to = m + 200 < doc->nmentions ? m + 200 : doc->nmentions;
  for (size_t i = from; i < to; i++) {
    const quoth__mention *o = &doc->mentions[i];
    if (i == m || o->kind != QUOTH__M_NAME || o->t1 - o->t0 < 2 || TOK(o->t1 - 1).keylen != kl)
      continue;
    if (memcmp(quoth__tok_key(&a->toks, o->t1 - 1), key, kl) == 0) return 1;
  }
  return 0;
}

/* "Bernie Sanders: 1,501.", "New Hampshire: Charlie Arlinghaus, Arnie
 * Arnesen, ...": a number, or a list of names (three commas and no
 * lower-case word), is a tally or a roster, not something said. */
static int is_tally_or_list(const attr *a, size_t c0, size_t c1) {
  size_t commas = 0, lower = 0, nums = 0, words = 0;
  for (size_t i = c0; i < c1; i++) {
    if (is_comma(a, i)) commas++;
    if (!is_word(a, i)) continue;
    words++;
    if (TOK(i).shape & TK_NUM) nums++;
    else if (!(TOK(i).shape & TK_CAP)) lower++;
  }
  return (words > 0 && nums == words) || (commas >= 3 && lower == 0);
}

/* "De Blasio: Trust Bratton on security", "TAPPER: And obviously, ...": a
 * paragraph that opens with a name and a colon (headlines, transcripts).
 * Single capitalized words ("Update:", "Note:") do not count; a name in
 * capitals (a transcript speaker) does. */
/* "The Latest: Sanders declares 'revolution'", "EXCLUSIVE: In memo to
 * Congress, Saudis insist ...": after a label and a colon, a clause with a
 * cue and a named subject of its own reports that subject, not the label.
 * A pronoun subject ("TAPPER: Do you think ...") is the label's speech. */
static int inner_speaker(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  for (size_t k = 0; k < a->ncues; k++) {
    const cue *c = &a->cues[k];
    if (c->a <= c0 || c->a >= c1 || (c->flags & (CF_WEAK | CF_RAISE | CF_DESIRE))) continue;
    size_t j = c->a;
    while (j > c0 && c->a - j < MAX_SKIP && skippable(a, j - 1)) j--;
    size_t m = mention_ending(a, doc, j);
    if (m != QUOTH__NONE && doc->mentions[m].t0 >= c0 &&
        doc->mentions[m].kind != QUOTH__M_PRONOUN)
      return 1;
  }
  return 0;
}

static int p_name_colon(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  if (!(TOK(s0).shape & TK_PARASTART)) return 0;
  size_t m = mention_starting(a, doc, s0, s1);
  if (m == QUOTH__NONE) return 0;
  const quoth__mention *mm = &doc->mentions[m];
  size_t colon = mm->t1;
  if (colon >= s1 || !is(a, colon, ":") || (mm->kind != QUOTH__M_NAME && mm->kind != QUOTH__M_ORG))
    return 0;
  if (mm->t1 - mm->t0 < 2 && !(TOK(mm->t0).shape & TK_ALLCAPS) && !surname_elsewhere(a, doc, m))
    return 0;
  /* "BOOM:", "UPDATE:", "EXCLUSIVE:": a capitalized word of four letters or
   * more is a label unless the text names someone by it ("FALLIN:" after
   * "Gov. Mary Fallin"); short acronyms ("AP:", "UN:") stay sources */
  if (mm->t1 - mm->t0 == 1 && (TOK(mm->t0).shape & TK_ALLCAPS) && TOK(mm->t0).keylen >= 4 &&
      !surname_near(a, doc, m))
    return 0;
  size_t c0 = colon + 1, c1 = content_end(a, c0, s1);
  if (c1 <= c0 || c1 - c0 < MIN_CONTENT) {
    if (!(c1 == c0 + 1 && is_free_quote(a, doc, c0))) return 0;
  }
  for (size_t i = c0; i < c1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  if (is_tally_or_list(a, c0, c1)) return 0;
  /* a label rather than a source: "The Latest", "EXCLUSIVE" (a person's
   * name opens with no article; a name in capitals is known elsewhere,
   * "TAPPER: ..." after "Jake Tapper") */
  int label = is(a, mm->t0, "the") ||
              (mm->t1 == mm->t0 + 1 && (TOK(mm->t0).shape & TK_ALLCAPS) &&
               !surname_elsewhere(a, doc, m));
  if (label && inner_speaker(a, doc, c0, c1)) return 0;
  quoth_kind kind = c1 == c0 + 1 && is_speech(a, doc, c0) ? QUOTH_KIND_DIRECT
                                                          : clause_kind(a, doc, c0, c1);
  quoth_statement *st = new_statement(a, doc, kind, c0, c1, "name-colon-content");
  if (!st) return -1;
  set_speaker(st, doc, m, 0.6);
  return 1;
}

/* ---- quotes left over ----------------------------------------------------- */

/* A cue with a known speaker right after quote q (",'' said Senator John
 * McCain of Arizona"): the quote has its own attribution even where no
 * pattern took it. */
static int cue_follows(attr *a, const quoth_doc *doc, size_t q) {
  size_t s1 = a->toks.segstart[TOK(q).seg + 1], j = quote_end(a, q, s1);
  if (j < s1 && (is_comma(a, j) || is_dash(a, j))) j++;
  for (size_t k = j; k < s1 && k < j + 4; k++) {
    cue *c = cue_at(a, k);
    if (c)
      return !(c->flags & (CF_WEAK | CF_ACCORDING)) &&
             (mention_ending(a, doc, k) != QUOTH__NONE || mention_starting(a, doc, c->b, s1) !=
                                                              QUOTH__NONE);
    if (!is_word(a, k)) return 0;
  }
  return 0;
}

/* "“Q1,” said Craig Robinson. ¶ Dianne Bystrom agreed. “Q2”": a sentence
 * with no statement between the last statement and the quote, whose
 * subject is a named person (or he / she), introduces the next speaker. */
static size_t narrated_subject(const attr *a, const quoth_doc *doc, size_t q, size_t m) {
  size_t seg = TOK(q).seg;
  if (seg == 0 || a->prev_seg + 1 >= seg) return m;
  size_t s0 = a->toks.segstart[seg - 1], s1 = a->toks.segstart[seg];
  for (size_t t = s0; t < s1 && t - s0 < WINDOW; t++) {
    size_t n = a->at[t];
    if (n == QUOTH__NONE || doc->mentions[n].t0 != t || !doc->mentions[n].subject) continue;
    const quoth__mention *nm = &doc->mentions[n];
    /* a lone capitalized word opening the sentence may be no name ("Pause.") */
    int person = (nm->kind == QUOTH__M_NAME && !nm->plural &&
                  (nm->t1 > nm->t0 + 1 || !(TOK(nm->t0).shape & TK_SEGSTART) ||
                   (TOK(nm->t0).lex & LX_GIVEN))) ||
                 (nm->kind == QUOTH__M_PRONOUN && (nm->gender == 'm' || nm->gender == 'f'));
    return person ? n : m;
  }
  return m;
}

/* A quote opening its sentence after a statement by X, in the same
 * paragraph or up to MAX_PARA_GAP paragraphs before (quote paragraphs in a
 * row, or a line of narration between them), is X's. */
static int p_continuation(attr *a, quoth_doc *doc, size_t q, size_t prev) {
  if (prev == QUOTH__NONE || !(TOK(q).shape & TK_SEGSTART) || cue_follows(a, doc, q))
    return 0;
  const quoth_statement *p = &doc->statements[prev];
  if (p->smention == QUOTH__NONE || p->paragraph + MAX_PARA_GAP < TOK(q).para) return 0;
  size_t smention = narrated_subject(a, doc, q, p->smention);
  int pronoun = 0;
  /* “But I think the dream has changed,” because of shifts in the
   * economy: running words after the quote belong to the statement. */
  size_t s1 = a->toks.segstart[TOK(q).seg + 1];
  size_t t1 = q + 1 < s1 && is_word(a, q + 1) ? clause_tail(a, doc, q, s1) : q + 1;
  if (t1 < q + 1) t1 = q + 1;
  quoth_statement *st = new_statement(a, doc, t1 > q + 1 ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT, q,
                                      t1, "continuation");
  if (!st) return -1;
  (void)pronoun;
  st->smention = smention;
  st->resolved = QUOTH_RESOLVED_CONTINUATION;
  st->confidence = (TOK(q).shape & TK_PARASTART) ? 0.65 : 0.6;
  return 1;
}

/* Longest byline paragraph after its quote, in tokens ("- Michelle Marks,
 * Philadelphia."). */
#define MAX_BYLINE 12

/* "“Q” ¶ - Sanders." / "“Q” ¶ —President Obama, tweeting after the
 * speech.": a quote that is its whole paragraph, followed by a short
 * paragraph that opens with a dash and a name, is that person's (a pull
 * quote signed on the next line).  Not when the line after the dash reads
 * on as a sentence ("- Sanders said the plan ..."): the name must end the
 * line or be set off by a comma. */
static size_t dash_byline(const attr *a, const quoth_doc *doc, size_t q) {
  size_t n = a->toks.n, j = q + 1;
  if (!(TOK(q).shape & TK_PARASTART)) return QUOTH__NONE;
  while (j < n && !(TOK(j).shape & TK_PARASTART) && !is_word(a, j) &&
         !(TOK(j).shape & TK_QUOTE))
    j++;
  if (j >= n || !(TOK(j).shape & TK_PARASTART)) return QUOTH__NONE;
  size_t k = j;
  while (k < n && k < j + 2 && (is(a, k, "-") || is_dash(a, k))) k++;
  if (k == j || k >= n || TOK(k).para != TOK(j).para) return QUOTH__NONE;
  size_t m = a->at[k];
  if (m == QUOTH__NONE || doc->mentions[m].t0 != k || doc->mentions[m].kind != QUOTH__M_NAME)
    return QUOTH__NONE;
  size_t e = doc->mentions[m].t1, pe = e;
  while (pe < n && TOK(pe).para == TOK(j).para) pe++;
  if (pe - j > MAX_BYLINE) return QUOTH__NONE;
  if (e < pe && !is_comma(a, e) && !(is(a, e, ".") && e + 1 == pe)) return QUOTH__NONE;
  for (size_t t = e; t < pe; t++)
    if (TOK(t).shape & TK_QUOTE) return QUOTH__NONE;
  return m;
}

static int p_dash_byline(attr *a, quoth_doc *doc, size_t q) {
  size_t m = dash_byline(a, doc, q);
  if (m == QUOTH__NONE) return 0;
  quoth_statement *st = new_statement(a, doc, QUOTH_KIND_DIRECT, q, q + 1, "quote-dash-byline");
  if (!st) return -1;
  set_speaker(st, doc, m, 0.7);
  return 1;
}

/* "The Illinois Board of Elections was conclusive in its findings: “Q”",
 * "Trump leaned in: “Q”": a quote after a colon in a sentence with no cue
 * is its subject's, with low confidence.  With anywhere set, a quote
 * anywhere in the sentence after its subject: a fragment in a sentence
 * with no cue is the subject's words as the writer reports them ("The ad
 * targets a “corrupt political system”", "His assumption was that “Q”",
 * "She urged the candidates “to admit that it's a real thing”") -- a
 * name, an organization, a noun phrase or a pronoun alike. */
static size_t colon_subject(const attr *a, const quoth_doc *doc, size_t q, size_t s0,
                            int anywhere) {
  if (q <= s0 + 1 || (!anywhere && !is(a, q - 1, ":"))) return QUOTH__NONE;
  for (size_t t = s0; t + 1 < q && t - s0 < WINDOW; t++) {
    size_t m = a->at[t];
    if (m != QUOTH__NONE && doc->mentions[m].t0 == t && doc->mentions[m].subject &&
        doc->mentions[m].kind != QUOTH__M_ANON) {
      return doc->mentions[m].t1 < q ? m : QUOTH__NONE;
    }
  }
  return QUOTH__NONE;
}

/* Words in a quote (whitespace-separated runs), counting at most max. */
static size_t quote_words(const quoth_doc *doc, const quoth_quote *qq, size_t max) {
  size_t n = 0;
  int in = 0;
  for (size_t i = qq->inner.start; i < qq->inner.end && n <= max; i++) {
    int sp = doc->text[i] == ' ' || doc->text[i] == '\n' || doc->text[i] == '\t';
    if (!sp && !in) n++;
    in = !sp;
  }
  return n;
}

/* Quoted words that end a sentence of their own inside the marks ("“Scam.”",
 * "“You suck!”", "“I hope to.”") are something said, however short; a
 * bare name or slogan ("“Hamas”") has no such end. */
static int ends_utterance(const quoth_doc *doc, const quoth_quote *qq) {
  size_t e = qq->inner.end;
  while (e > qq->inner.start && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n')) e--;
  if (e == qq->inner.start || quote_words(doc, qq, 2) < 2) return 0;
  char c = doc->text[e - 1];
  return c == '.' || c == '!' || c == '?';
}

/* A quote opening right after "=" is a markup attribute value
 * (<tweet author="realDonaldTrump">), never something said. */
static int is_attribute_value(const quoth_doc *doc, const quoth_quote *qq) {
  return qq->span.start > 0 && doc->text[qq->span.start - 1] == '=';
}

/* "The senator emailed supporters saying: “Q”", "sent a message to
 * supporters saying: “Q”": a participle after the addressee of a verb of
 * communication reports what the sentence's subject said.  Returns that
 * subject, or m itself. */
static size_t addressee_participle(attr *a, const quoth_doc *doc, const cue *c, size_t m,
                                   size_t s0) {
  const quoth__mention *mm = &doc->mentions[m];
  size_t t0 = mm->t0;
  if (!ends_with(a, c->a, "ing") || mm->t1 != c->a || t0 <= s0 + 1 || mm->subject ||
      !(is(a, t0 - 1, "to") || ((TOK(t0 - 1).lex & LX_CUE) && !cue_in_other_sense(a, t0 - 1, s0))))
    return m;
  for (size_t i = t0 - s0 > WINDOW ? t0 - WINDOW : s0; i + 1 < t0; i++) {
    size_t n = a->at[i];
    if (n != QUOTH__NONE && doc->mentions[n].subject && doc->mentions[n].t0 == i &&
        doc->mentions[n].kind != QUOTH__M_ANON)
      return doc->mentions[n].t1 < t0 ? n : m;
  }
  return m;
}

/* Does token k belong to a statement already made (a quote attributed, or
 * a reported clause of this segment)? */
static int taken(const attr *a, const quoth_doc *doc, size_t k) {
  if ((TOK(k).shape & TK_QUOTE) && a->qstat[TOK(k).quote] != QUOTH__NONE) return 1;
  return overlaps_statement(a, doc, k, k + 1);
}

/* Words run on after quote q within its clause ("said, “We have three
 * weeks to go” until the caucuses"): the quoted words end with no
 * punctuation of their own and a word follows. */
static int quote_runs_on(const attr *a, const quoth_doc *doc, size_t q, size_t s1) {
  if (q + 1 >= s1 || !is_word(a, q + 1)) return 0;
  quoth_span in = doc->quotes[TOK(q).quote].inner;
  size_t e = in.end;
  while (e > in.start && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n')) e--;
  return e > in.start && !strchr(",.!?;:", doc->text[e - 1]);
}

/* The first token of the clause holding quote q: after the "that" or the
 * cue before it, else back to the start of the sentence, a semicolon or a
 * statement already made. */
static size_t clause_head(attr *a, const quoth_doc *doc, size_t q, size_t s0,
                          const cue *before) {
  if (before && before->b <= q) {
    size_t th = find_that(a, before->b, q);
    return content_start(a, th != QUOTH__NONE ? th + 1 : before->b, q);
  }
  size_t k = q;
  while (k > s0 && q - k < MAX_CONTENT && !is(a, k - 1, ";") && !taken(a, doc, k - 1)) {
    const cue *c = cue_at(a, k - 1);
    if (c && !(c->flags & CF_ACCORDING)) { /* "..., saying the city embodied “Q”" */
      size_t th = find_that(a, c->b, q);
      return content_start(a, th != QUOTH__NONE ? th + 1 : c->b, q);
    }
    k--;
  }
  return content_start(a, k, q);
}

/* The end (exclusive) of the clause holding quote q: up to a cue clause
 * (", Bob said"), a semicolon, a statement already made or the end of the
 * sentence, without final punctuation. */
static size_t clause_tail(attr *a, const quoth_doc *doc, size_t q, size_t s1) {
  size_t k = q + 1;
  if (cue_clause_at(a, doc, q, s1)) return k; /* “Q,” Bob said */
  while (k < s1 && k - q < MAX_CONTENT && !is(a, k, ";") && !taken(a, doc, k) &&
         !(is_comma(a, k) && cue_clause_at(a, doc, k, s1)))
    k++;
  return content_end(a, q + 1, k);
}

/* Is the mention starting at t0 (before q), right after a cue, the
 * speaker of a statement already made ("..., said NAME, APPOSITION")?
 * Looks at the last few statements only: bounded work. */
static int speaker_of_used_cue(attr *a, const quoth_doc *doc, size_t s0, size_t t0, size_t q) {
  size_t m = t0 > s0 ? mention_starting(a, doc, t0, q) : QUOTH__NONE;
  if (m == QUOTH__NONE) return 0;
  int after_cue = 0;
  for (size_t k = t0; k > s0 && t0 - k < 4 && !after_cue; k--) {
    cue *c = cue_at(a, k - 1);
    after_cue = c && c->b == t0 && (c->flags & CF_USED);
  }
  if (!after_cue) return 0;
  size_t from = doc->nstatements - a->seg_n0 > 16 ? doc->nstatements - 16 : a->seg_n0;
  for (size_t i = from; i < doc->nstatements; i++)
    if (doc->statements[i].smention == m) return 1;
  return 0;
}

/* A quote in a sentence whose cue did not fit a pattern: the nearest cue's
 * speaker, with low confidence; otherwise no speaker.  A short quote inside
 * a sentence with no cue anywhere near (a name, a slogan, a markup
 * attribute value) is a term, not a statement; standing as a sentence of
 * its own ("“We fight on.”") it is one. */
static int p_leftover(attr *a, quoth_doc *doc, size_t q, size_t s0) {
  size_t m = QUOTH__NONE, s1 = a->toks.segstart[TOK(q).seg + 1];
  cue *best = NULL;
  if (is_attribute_value(doc, &doc->quotes[TOK(q).quote])) return 0;
  /* "told ABC's “Good Morning America”": a quote owned by a name with no
   * cue of its own is a title (a programme, a book), not a statement. */
  if (q >= s0 + 2 && (TOK(q - 1).shape & TK_POSS) && (TOK(q - 2).shape & TK_CAP)) return 0;
  size_t from = q - s0 > WINDOW ? q - WINDOW : s0, to = s1 - q > WINDOW ? q + WINDOW : s1;
  for (size_t t = from; t < to; t++) { /* the last cue before the quote, else the first after */
    cue *c = cue_at(a, t);
    if (!c || (c->flags & (CF_ACCORDING | CF_WEAK))) continue;
    if (c->a > q && best) break; /* a cue before the quote wins over one after it */
    size_t cm = np_left(a, doc, c->a, s0);
    if (cm != QUOTH__NONE) cm = addressee_participle(a, doc, c, cm, s0);
    /* "the use of executive orders": a noun, not a cue with a speaker */
    if (cm != QUOTH__NONE && !(TOK(c->a).lex & LX_NOUNCUE) && !subject_fits(a, doc, cm, c) &&
        !with_subject(a, doc, cm, c))
      cm = QUOTH__NONE;
    if (cm == QUOTH__NONE && !best) cm = participle_subject(a, doc, c, s0, 0);
    if (cm != QUOTH__NONE) m = cm, best = c;
    if (c->a > q && best) break;
  }
  if (!best && !(TOK(q).shape & TK_SEGSTART) && !ends_utterance(doc, &doc->quotes[TOK(q).quote]) &&
      quote_words(doc, &doc->quotes[TOK(q).quote], MAX_TERM_WORDS) <= MAX_TERM_WORDS)
    return 0;
  int frag = quote_is_fragment(doc, a, q);
  size_t t0 = q, t1 = q + 1;
  if (frag && best && best->b <= q) {
    /* A fragment after its cue: the statement is the reported clause
     * around it ("observers note the White House wouldn't truly “close”
     * the prison"). */
    size_t th = find_that(a, best->b, q);
    t0 = th != QUOTH__NONE ? th + 1 : best->b;
    size_t e = content_end(a, t0, s1);
    if (e > q + MAX_CONTENT) e = q + MAX_CONTENT;
    t1 = e > q ? e : q + 1;
    t0 = content_start(a, t0, q);
  } else if ((q > s0 && is_word(a, q - 1)) || quote_runs_on(a, doc, q, s1)) {
    /* Quoted words inside a clause with no cue that fits ("Many Americans
     * saw the Democrats as “the party of government,” From said", "the
     * Pacific Command was “disconnected from the rest of government,”"):
     * the statement is the clause around them, as a reader counts it. */
    t0 = clause_head(a, doc, q, s0, best);
    t1 = clause_tail(a, doc, q, s1);
    frag = frag || t0 < q || t1 > q + 1;
    /* '..., said James Andrew Miller, a co-author of "Those Guys Have All
     * the Fun."': the clause is the speaker and apposition of a cue that
     * already has its statement; the quote names a work */
    if (speaker_of_used_cue(a, doc, s0, t0, q)) return 0;
  }
  size_t cm = best || frag ? QUOTH__NONE : colon_subject(a, doc, q, s0, 0);
  const char *rule = best ? "quote-nearby-cue" : cm != QUOTH__NONE ? "subject-colon-quote"
                                                                  : "quote-unattributed";
  if (!best && cm == QUOTH__NONE && !(TOK(q).shape & TK_SEGSTART)) {
    cm = colon_subject(a, doc, q, s0, 1);
    if (cm != QUOTH__NONE) rule = "subject-quote";
  }
  quoth_statement *st = new_statement(a, doc, frag ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT, t0,
                                      t1, rule);
  if (!st) return -1;
  if (best) {
    set_cue(st, a, best);
    set_speaker(st, doc, m, 0.45);
  } else if (cm != QUOTH__NONE) {
    set_speaker(st, doc, cm, strcmp(rule, "subject-quote") ? 0.4 : 0.35);
  }
  return 1;
}

/* ---- driver --------------------------------------------------------------- */

/* "On ABC News's “This Week,” Rubio said": a short quote owned by a
 * capitalized name is the title of a programme or a book, not what the
 * speaker after it said. */
static int owned_title(const attr *a, const quoth_doc *doc, size_t q, size_t s0) {
  const quoth_quote *qq = &doc->quotes[TOK(q).quote];
  char c0 = qq->inner.end > qq->inner.start ? doc->text[qq->inner.start] : 0;
  return q >= s0 + 2 && (TOK(q - 1).shape & TK_POSS) && (TOK(q - 2).shape & TK_CAP) &&
         c0 >= 'A' && c0 <= 'Z' && quote_words(doc, qq, 5) <= 4; /* not "Clinton's “genuine empathy”" */
}

static int direct_quotes(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  for (size_t q = s0; q < s1; q++) {
    if (!is_free_quote(a, doc, q) || quote_continues_clause(doc, a, q, s0) ||
        owned_title(a, doc, q, s0))
      continue;
    size_t after = 0;
    int r = p_quote_then_cue(a, doc, q, s0, s1, &after);
    if (r > 0) p_split_quote(a, doc, after, s1);
    if (!r) r = p_cue_then_quote(a, doc, q, s0, s1);
    if (r < 0) return QUOTH_ENOMEM;
  }
  return QUOTH_OK;
}

static int reported(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  /* A source given by "according to" owns its clause before a weak or
   * object cue inside it can take it ("X declined to renew the offer,
   * according to Y"). */
  int weak_only = 1;
  for (size_t k = 0; k < a->ncues; k++)
    if (!(a->cues[k].flags & (CF_WEAK | CF_OBJECT | CF_RAISE | CF_ACCORDING))) weak_only = 0;
  for (size_t k = 0; weak_only && k < a->ncues; k++) {
    cue *c = &a->cues[k];
    if ((c->flags & CF_ACCORDING) && strcmp(c->lemma, "according to") == 0 &&
        p_according(a, doc, c, s0, s1) < 0)
      return QUOTH_ENOMEM;
  }
  for (size_t k = 0; k < a->ncues; k++) {
    cue *c = &a->cues[k];
    if (c->flags & CF_USED) continue;
    /* Each pattern checks its own shape; the order settles overlaps:
     * "..., said X" before "X said ...", a parenthetical before "..., X said". */
    if (c->flags & CF_RAISE) {
      if (p_raising(a, doc, c, s0, s1) < 0) return QUOTH_ENOMEM;
      continue;
    }
    int r = p_fronted(a, doc, c, s0, s1);
    if (!r) r = p_according(a, doc, c, s0, s1);
    if (!r) r = p_evidence(a, doc, c, s0, s1);
    if (!r) r = p_asked(a, doc, c, s0, s1);
    if (!r) r = p_called(a, doc, c, s0, s1);
    if (!r) r = p_see_as(a, doc, c, s0, s1);
    if (!r) r = p_as_source(a, doc, c, s0, s1);
    if (c->flags & CF_DESIRE) {
      if (!r) r = p_desire(a, doc, c, s0, s1);
      if (r < 0) return QUOTH_ENOMEM;
      continue;
    }
    if (!r && c->a > s0 && is_comma(a, c->a - 1)) r = p_content_then_cue(a, doc, c, s0, s1);
    if (!r) r = p_share_participle(a, doc, c, s0, s1);
    if (!r) r = p_speaker_cue_content(a, doc, c, s0, s1);
    if (!r && !(c->flags & CF_USED)) r = p_parenthetical(a, doc, c, s0, s1);
    if (!r && !(c->flags & CF_USED)) r = p_content_then_cue(a, doc, c, s0, s1);
    if (!r && !(c->flags & CF_USED)) r = p_content_appos_cue(a, doc, c, s0, s1);
    if (r < 0) return QUOTH_ENOMEM;
  }
  return QUOTH_OK;
}

/* A paragraph that is only a few words in single marks ('A healthy
 * environment.', 'Chief trade prosecutor.') is a subheading quoting the
 * section, not a statement of its own. */
static int is_subheading(const attr *a, const quoth_doc *doc, size_t q) {
  const quoth_quote *qq = &doc->quotes[TOK(q).quote];
  if (!(TOK(q).shape & TK_PARASTART) || qq->paragraph >= doc->nparagraphs) return 0;
  const char *t = doc->text;
  size_t b = qq->span.start, e = qq->span.end, pe = doc->paragraphs[qq->paragraph].end;
  int single = (t[b] == '\'' && b + 1 < e && t[b + 1] != '\'') ||
               (e - b > 3 && memcmp(t + b, "\xE2\x80\x98", 3) == 0);
  while (e < pe && (t[e] == '.' || t[e] == ' ' || t[e] == '\n')) e++;
  return single && e >= pe && quote_words(doc, qq, 7) <= 6;
}

/* 'said Aida. Biden “kind of misspoke.”', 'That “is the thing that saved
 * us,” said X' after X: a fragment that found neither cue nor subject, in
 * the paragraph of the statement just made, goes on with its speaker. */
static void continued_fragment(const attr *a, quoth_doc *doc, size_t q, size_t prev) {
  quoth_statement *st = &doc->statements[doc->nstatements - 1];
  if (prev == QUOTH__NONE || prev + 1 != doc->nstatements - 1 || st->smention != QUOTH__NONE ||
      st->kind != QUOTH_KIND_MIXED || strcmp(st->rule, "quote-unattributed") != 0)
    return;
  const quoth_statement *p = &doc->statements[prev];
  if (p->smention == QUOTH__NONE || p->paragraph != TOK(q).para) return;
  st->smention = p->smention;
  st->speaker_mention = p->speaker_mention;
  st->resolved = QUOTH_RESOLVED_CONTINUATION;
  st->confidence = 0.4;
}

static int leftovers(attr *a, quoth_doc *doc, size_t s0, size_t s1, size_t prev) {
  for (size_t q = s0; q < s1; q++) {
    if (!is_free_quote(a, doc, q) || is_subheading(a, doc, q)) continue;
    int r = p_dash_byline(a, doc, q);
    if (!r) r = p_continuation(a, doc, q, prev);
    if (!r && (r = p_leftover(a, doc, q, s0)) > 0) continued_fragment(a, doc, q, prev);
    if (r < 0) return QUOTH_ENOMEM;
    prev = doc->nstatements - 1;
  }
  return QUOTH_OK;
}

static int cmp_statement(const void *x, const void *y) {
  const quoth_statement *p = x, *q = y;
  if (p->parts[0].start != q->parts[0].start) return p->parts[0].start < q->parts[0].start ? -1 : 1;
  return 0;
}

/* The pieces of span sp in paragraphs p, p+1, ...: written to out (when
 * not NULL); returns how many there are. */
static size_t paragraph_pieces(const quoth_doc *doc, quoth_span sp, quoth_span *out) {
  size_t n = 0;
  for (size_t p = quoth__doc_paragraph_at(doc, sp.start);
       p < doc->nparagraphs && doc->paragraphs[p].start < sp.end; p++) {
    size_t s = sp.start > doc->paragraphs[p].start ? sp.start : doc->paragraphs[p].start;
    size_t e = sp.end < doc->paragraphs[p].end ? sp.end : doc->paragraphs[p].end;
    if (e <= s) continue;
    if (out) out[n] = (quoth_span){s, e};
    n++;
  }
  return n ? n : 1;
}

/* A quote that runs over several paragraphs by the newspaper convention
 * (no closing mark until the last one) is one statement with one part per
 * paragraph, as a reader (and the gold) counts it.  No part of any
 * statement crosses a paragraph break. */
static int split_at_paragraphs(quoth_doc *doc, quoth_statement *st) {
  size_t n = 0;
  for (size_t i = 0; i < st->nparts; i++) n += paragraph_pieces(doc, st->parts[i], NULL);
  if (n == st->nparts) return QUOTH_OK;
  quoth_span *v = quoth__arena_alloc(&doc->arena, n * sizeof *v);
  if (!v) return QUOTH_ENOMEM;
  size_t k = 0;
  for (size_t i = 0; i < st->nparts; i++) {
    if (paragraph_pieces(doc, st->parts[i], NULL) == 1)
      v[k++] = st->parts[i];
    else
      k += paragraph_pieces(doc, st->parts[i], v + k);
  }
  st->parts = v;
  st->nparts = k;
  return QUOTH_OK;
}

static int prepare(attr *a, quoth_doc *doc) {
  int st = quoth__tokenize(&a->toks, &a->ls, doc);
  if (st) return st;
  if (quoth__grow((void **)&a->at, &a->capat, a->toks.n + 1, sizeof *a->at) ||
      quoth__grow((void **)&a->cuemap, &a->capcm, a->toks.n + 1, sizeof *a->cuemap) ||
      quoth__grow((void **)&a->qstat, &a->capq, doc->nquotes + 1, sizeof *a->qstat))
    return QUOTH_ENOMEM;
  for (size_t i = 0; i < doc->nquotes; i++) a->qstat[i] = QUOTH__NONE;
  for (size_t i = 0; i < a->toks.n; i++) a->cuemap[i] = QUOTH__NONE;
  st = quoth__find_mentions(&a->toks, &a->ls, doc, a->at);
  a->nbase = doc->nmentions;
  return st;
}

/* The statement of a segment (its statements from n0 on) that a quote
 * opening the next sentence continues: the last one that quotes a speaker
 * ("“Q1,” Trump said, after news outlets declared him the winner. “Q2”"),
 * else the last one. */
static size_t continued_statement(const quoth_doc *doc, size_t n0) {
  for (size_t i = doc->nstatements; i > n0; i--) {
    const quoth_statement *st = &doc->statements[i - 1];
    if (st->kind != QUOTH_KIND_INDIRECT && st->smention != QUOTH__NONE) return i - 1;
  }
  return doc->nstatements - 1;
}

/* A statement of segment statements [n0, ..) that no rule gave a speaker
 * but that cites a source ("“...,” CNN reported") is the source's. */
static void source_for_speakerless(quoth_doc *doc, size_t n0) {
  for (size_t i = n0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (st->smention != QUOTH__NONE || st->rmention == QUOTH__NONE) continue;
    st->smention = st->rmention;
    st->speaker_mention = doc->mentions[st->rmention].span;
    doc->mentions[st->rmention].speaker = 1;
    st->rmention = QUOTH__NONE;
    if (st->confidence < 0.7) st->confidence = 0.7;
  }
}

int quoth__attribute(quoth__attributor *a, quoth_doc *doc) {
  int st = prepare(a, doc);
  size_t prev = QUOTH__NONE;
  for (size_t s = 0; !st && s < a->toks.nsegs; s++) {
    size_t s0 = a->toks.segstart[s], s1 = a->toks.segstart[s + 1], n0 = doc->nstatements;
    a->seg_n0 = n0;
    st = find_cues(a, doc, s0, s1);
    if (!st && p_name_colon(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st) st = direct_quotes(a, doc, s0, s1);
    if (!st) st = reported(a, doc, s0, s1);
    if (!st && p_in_record(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st && p_content_in_record(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st) st = leftovers(a, doc, s0, s1, prev);
    source_for_speakerless(doc, n0);
    if (doc->nstatements > n0) prev = continued_statement(doc, n0), a->prev_seg = s;
  }
  for (size_t i = 0; !st && i < doc->nstatements; i++)
    st = split_at_paragraphs(doc, &doc->statements[i]);
  if (st) return st;
  if (doc->nstatements > 1)
    qsort(doc->statements, doc->nstatements, sizeof *doc->statements, cmp_statement);
  return quoth__resolve_entities(a->reg, &a->toks, &a->ls, doc);
}
