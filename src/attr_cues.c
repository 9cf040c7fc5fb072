/* attr_cues.c - finding the cues of a segment ("said", "according to", "told
 * reporters") and rejecting cue words used in another sense. Part of the
 * attribution stage: see attribute.c for the order of the passes and
 * attr_int.h for what the modules share. */
#include "attr_int.h"

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
    /* "told the BBC News website", "told Reuters news agency", "told
     * CNN's Jake Tapper": the phrase's noun goes on, so the cue is the
     * verb and the addressee the whole noun phrase */
    size_t last = i + best - 1;
    if (best > 1 && last + 1 < end && (TOK(last).shape & TK_CAP || TOK(last).lex & LX_ORGHEAD) &&
        ((TOK(last + 1).shape & TK_POSS) ||
         (is_word(a, last + 1) && (TOK(last + 1).lex & LX_ORGHEAD))))
      return 0;
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
int quoth__cue_in_other_sense(const attr *a, size_t i, size_t s0) {
  if (i > s0 && (TOK(i - 1).lex & (LX_DET | LX_POSSDET)) && !quantifier_verb(a, i)) return 1;
  if (bare_after_indefinite(a, i, s0)) return 1;
  if (i > s0 && (TOK(i).shape & TK_CAP) && !(TOK(i).shape & TK_SEGSTART) &&
      (TOK(i - 1).shape & TK_CAP) && is_word(a, i - 1) &&
      !(a->titlecase && (TOK(i).lex & LX_CUE) && !(TOK(i).lex & LX_NOUNCUE)))
    return 1;
  /* "former State policy planning director Anne-Marie Slaughter wrote":
   * a verb is never capitalized inside a sentence, so a capitalized cue
   * right after a lower-case word names something (not all capitals: "X
   * SAID"; not a Title Case headline) */
  if (i > s0 && (TOK(i).shape & TK_CAP) && !(TOK(i).shape & (TK_SEGSTART | TK_ALLCAPS)) &&
      is_word(a, i - 1) && !(TOK(i - 1).shape & (TK_CAP | TK_NUM)) &&
      (!a->titlecase || (TOK(i - 1).lex & (LX_PREP | LX_DET))))
    return 1;
  /* "$768,000 in reported direct mail attacks", "the alleged plot": a
   * participle after a preposition or a determiner is an adjective */
  if (i > s0 && ends_with(a, i, "ed") && (TOK(i - 1).lex & (LX_PREP | LX_DET)) &&
      !(TOK(i - 1).lex & LX_SKIP) && !quantifier_verb(a, i)) /* not "many argued" */
    return 1;
  /* "doctors at clinics have admitting privileges at local hospitals":
   * English has no "have" + -ing verb form, so the word modifies the noun
   * after it -- unless a verb follows that noun, where a word is missing
   * ("with X has claiming voters had ...": "has been claiming") */
  if (i > s0 && i + 2 < a->toks.n && ends_with(a, i, "ing") &&
      (is(a, i - 1, "have") || is(a, i - 1, "has") || is(a, i - 1, "had")) &&
      is_word(a, i + 1) && !(TOK(i + 2).lex & LX_SKIP) && !(TOK(i + 2).wc & WC_BE))
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
  /* "who asked not to be named", "requested to remain anonymous": the
   * anonymity formula is a condition of the interview, not what was said */
  if (TOK(i).cue && i + 3 < a->toks.n &&
      (strcmp(quoth__lex_col(TOK(i).cue, 1), "ask") == 0 ||
       strcmp(quoth__lex_col(TOK(i).cue, 1), "request") == 0) &&
      ((is(a, i + 1, "not") && is(a, i + 2, "to") && is(a, i + 3, "be")) ||
       (is(a, i + 1, "to") &&
        (is(a, i + 2, "remain") || (is(a, i + 2, "not") && is(a, i + 3, "be"))))))
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

int quoth__weekday(const attr *a, size_t i) { return (TOK(i).wc & WC_DAY) != 0; }

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
  if (is(a, n, "together") || is(a, n, "alongside") || is(a, n, "onstage") || is(a, n, "live") ||
      is(a, n, "briefly") || quoth__weekday(a, n))
    return 0;
  if (strcmp(lemma, "seem") == 0 || strcmp(lemma, "appear") == 0)
    return !(TOK(n).lex & LX_PREP) || is(a, n, "to") || (is(a, n, "like") && lemma[0] == 's');
  if (strcmp(lemma, "expect") != 0 || !is(a, n, "to") || !ends_with(a, i, "ed")) return 0;
  size_t k = i;
  while (k > s0 && i - k < MAX_SKIP && quoth__skippable(a, k - 1) && !is_be(a, k - 1)) k--;
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
int quoth__bare_clause(const attr *a, size_t j, size_t s1) {
  if (j >= s1 || !is_word(a, j) || (TOK(j).lex & (LX_PREP | LX_SKIP)) || is(a, j, "that") ||
      (TOK(j).wc & WC_QUESTION_OPENER) || is(a, j, "like") || is(a, j, "well") ||
      ends_with(a, j, "ly") || is(a, j, "him") || is(a, j, "them") || is(a, j, "us") ||
      is(a, j, "me"))
    return 0;
  for (size_t k = j + 1; k < s1 && k < j + 7 && is_word(a, k); k++) {
    if (TOK(k).wc & WC_PREDICATE_AUX) return 1;
    /* "has seen the messages but says they were": another predicate */
    if (is(a, k, "but") || is(a, k, "and") || is(a, k, "or") || (TOK(k).lex & LX_CUE)) return 0;
  }
  return 0;
}

static int desire_at(const attr *a, size_t i, size_t s0, size_t s1) {
  /* class "aim" in cognition_verbs: hope, want, plan, seek, decide ... */
  const char *lemma = quoth__lex_col(TOK(i).cue, 1);
  if (strcmp(quoth__lex_col(TOK(i).cue, 2), "aim") != 0 || i + 2 >= s1) return 0;
  /* "Democrats hope the tactic will dampen ...", "hopes Iowa will prove
   * ...": a bare clause after "hope", its auxiliary within a few words */
  if (!is(a, i + 1, "to") && !is(a, i + 1, "that") &&
      !(strcmp(lemma, "hope") == 0 && quoth__bare_clause(a, i + 1, s1)))
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

int quoth__find_cues(attr *a, const quoth_doc *doc, size_t s0, size_t s1) {
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
      if (n > 1 && strcmp(lemma, "tell") == 0) f |= CF_HAS_ADDR;
      if (quoth__lex_find(a->ls.clause, lemma, strlen(lemma))) f |= CF_CLAUSE;
      /* "went on to say", "was quick to point out": a phrase ending in a
       * verb of saying reports a clause as that verb does */
      const quoth__lexrow *last = TOK(i + n - 1).cue;
      if (n > 1 && last && (TOK(i + n - 1).lex & LX_CUE) &&
          quoth__lex_find(a->ls.clause, quoth__lex_col(last, 1), strlen(quoth__lex_col(last, 1))))
        f |= CF_CLAUSE;
      if (add_cue(a, i, i + n, lemma, f)) return QUOTH_ENOMEM;
      i += n - 1;
    } else if (quoth__record_verb(a, i, s0, s1)) {
      if (add_cue(a, i, i + 1, quoth__record_verb(a, i, s0, s1), CF_WEAK)) return QUOTH_ENOMEM;
    } else if (reported_adverb(a, i, s1)) {
      if (add_cue(a, i, i + 1, "report", CF_RAISE)) return QUOTH_ENOMEM;
    } else if ((TOK(i).lex & (LX_CUE | LX_COG)) == LX_COG && !quoth__cue_in_other_sense(a, i, s0)) {
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
    } else if ((TOK(i).lex & LX_CUE) && !quoth__cue_in_other_sense(a, i, s0)) {
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
cue *quoth__cue_at(attr *a, size_t i) {
  if (i >= a->toks.n) return NULL;
  size_t k = a->cuemap[i];
  return k < a->ncues && a->cues[k].a == i ? &a->cues[k] : NULL;
}
