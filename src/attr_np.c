/* attr_np.c - the noun phrases around a cue: the mention or unknown phrase
 * on its left or right. Part of the attribution stage: see attribute.c for
 * the order of the passes and attr_int.h for what the modules share. */
#include "attr_int.h"

/* ---- noun phrases around a cue ------------------------------------------ */

/* Words that cannot be part of an unknown noun phrase. */
int quoth__np_breaker(const attr *a, size_t i) {
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

/* Token i closes a quote, or is the comma right after one. */
static int after_quote(const attr *a, size_t i) {
  return (TOK(i).shape & TK_QUOTE) || (i > 0 && is_comma(a, i) && (TOK(i - 1).shape & TK_QUOTE));
}

/* An unknown noun phrase ending at j ("the outlet", "critics", "Tunisian
 * officials"): at most MAX_GENERIC words back to a determiner or the start
 * of the clause.  Adds it as a nominal mention. */
size_t quoth__generic_left(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  if (j <= lo || quoth__np_breaker(a, j - 1) || (TOK(j - 1).lex & (LX_DET | LX_POSSDET)))
    return QUOTH__NONE;
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
      else if (is_word(a, p - 1) && !quoth__np_breaker(a, p - 1) && p - 1 > lo) {
        b = p - 1; /* "the state's party leader": go on to the article */
        continue;
      } else return QUOTH__NONE;
      break;
    }
    if (TOK(p).lex & (LX_DET | LX_POSSDET)) {
      b = p;
      break;
    }
    if (quoth__np_breaker(a, p)) break;
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
  /* "quick to offer praise", "no overt mention", "if not outright
   * opposed": one bare word after "to" or a negation is a verb or a
   * modifier, never a subject */
  if (b == j - 1 && b > lo && !(TOK(b).shape & TK_CAP) &&
      (is(a, b - 1, "to") || is(a, b - 1, "no") || is(a, b - 1, "not")))
    return QUOTH__NONE;
  /* "“Call the roll,” came shouts from the crowd", "chanting “Q,” raising
   * fresh questions": a phrase opening with a verb (a past form, a form of
   * "be", or an -ing word right after a quote) is a predicate, not a noun
   * phrase ("fundraising documents show" is one) */
  if (!(TOK(b).shape & TK_CAP) && ((TOK(b).wc & (WC_PAST_VERB | WC_BE)) ||
                                   (b < j - 1 && ends_with(a, b, "ing") &&
                                    b > 0 && after_quote(a, b - 1))))
    return QUOTH__NONE;
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
int quoth__skippable(const attr *a, size_t i) {
  if (TOK(i).lex & LX_PRON) return 0;
  if ((TOK(i).shape & TK_CAP) && !(TOK(i).shape & TK_SEGSTART) && !(TOK(i).lex & LX_STOPNAME))
    return 0;
  if (TOK(i).lex & LX_SKIP) return 1;
  /* "a reporter can be heard asking": a participle of perception after "be" */
  if ((TOK(i).wc & WC_PERCEPTION) && i > 0 && (TOK(i - 1).wc & WC_BE)) return 1;
  return !(TOK(i).shape & TK_CAP) && TOK(i).keylen > 4 && ends_with(a, i, "ly") &&
         !(TOK(i).lex & (LX_TITLE | LX_ANON | LX_ORGHEAD));
}

/* A poll's share as the subject: "26 percent of Democrats say", "more than
 * 4 in 10 said", "Two in three said", "42% say", "nearly a third say",
 * "all but two said".  Up to 8 words back to the start of the clause, at
 * least one of them a number, a fraction or a share. */
static int hyphen_share(const attr *a, size_t i);
int quoth__share_word(const attr *a, size_t i) {
  if (TOK(i).shape & TK_NUM) return 1;
  return (TOK(i).wc & WC_SHARE) || hyphen_share(a, i);
}

/* Words inside a share phrase besides nouns and numbers: "in", "of",
 * "than", "but", approximations ("about", "nearly") and "%". */
int quoth__share_glue(const attr *a, size_t i) {
  return (TOK(i).wc & WC_SHARE_GLUE) || is(a, i, "%"); /* "%" is no word */
}

/* The first token of a share phrase of at least two tokens ending at j
 * ("26 percent of Democrats", "about two-thirds"), or NONE.  What may
 * stand before it is the caller's to judge. */
size_t quoth__share_start(const attr *a, size_t j, size_t lo) {
  size_t b = j;
  int num = 0;
  while (b > lo && j - b < 8 && (is_word(a, b - 1) || is(a, b - 1, "%")) &&
         !(TOK(b - 1).lex & (LX_CUE | LX_PRON)) &&
         (!(TOK(b - 1).lex & (LX_PREP | LX_STOP)) || quoth__share_glue(a, b - 1))) {
    if (quoth__share_word(a, b - 1)) num = 1;
    b--;
  }
  return num && j - b >= 2 ? b : QUOTH__NONE;
}

/* Does [b, e) name a share of a group, not any amount ("26 percent",
 * "42%", "4 in 10", "two-thirds", "a majority" -- but "two hours")? */
int quoth__share_amount(const attr *a, size_t b, size_t e) {
  for (size_t k = b; k < e; k++)
    if ((TOK(k).wc & WC_SHARE_UNIT) || is(a, k, "%") || hyphen_share(a, k) ||
        (is(a, k, "in") && k > b && k + 1 < e && quoth__share_word(a, k - 1) &&
         quoth__share_word(a, k + 1)))
      return 1;
  return 0;
}

size_t quoth__add_share(attr *a, quoth_doc *doc, size_t b, size_t j) {
  size_t m = quoth__add_mention(&a->toks, doc, a->at, b, j, QUOTH__M_NOMINAL);
  if (m != QUOTH__NONE) doc->mentions[m].plural = 1;
  return m;
}

static size_t numeric_left(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  size_t b = quoth__share_start(a, j, lo);
  if (b == QUOTH__NONE || (b > lo && is_word(a, b - 1) && !(TOK(b - 1).lex & LX_STOP)))
    return QUOTH__NONE;
  return quoth__add_share(a, doc, b, j);
}

/* ---- group and share subjects ------------------------------------------- */

/* "Critics like Huffman say", "Republicans including Cruz argue": a plural
 * group named by an example (mention m) speaks with its example; NONE
 * when no plural noun phrase stands before "like" or "including". */
static size_t group_by_example(attr *a, quoth_doc *doc, size_t m, size_t lo) {
  size_t t0 = doc->mentions[m].t0, t1 = doc->mentions[m].t1;
  if (t0 < lo + 2 || !(is(a, t0 - 1, "like") || is(a, t0 - 1, "including"))) return QUOTH__NONE;
  size_t h = mention_ending(a, doc, t0 - 1);
  if (h == QUOTH__NONE) h = quoth__generic_left(a, doc, t0 - 1, lo);
  if (h == QUOTH__NONE || doc->mentions[h].t0 < lo || !doc->mentions[h].plural ||
      doc->mentions[h].kind == QUOTH__M_PRONOUN)
    return QUOTH__NONE;
  size_t g = quoth__add_mention(&a->toks, doc, a->at, doc->mentions[h].t0, t1, QUOTH__M_NOMINAL);
  if (g != QUOTH__NONE) doc->mentions[g].plural = 1;
  return g;
}

/* "26 percent of Democrats", "Two-thirds of caucus goers", "a majority of
 * Republicans" ending at token j: a share, "of", and the group.  NONE
 * unless the share opens its clause. */
static size_t share_of_group(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  size_t b = quoth__share_start(a, j, lo), k;
  if (b == QUOTH__NONE || (b > lo && is_word(a, b - 1) && !(TOK(b - 1).lex & LX_STOP)))
    return QUOTH__NONE;
  for (k = b; k < j && !is(a, k, "of"); k++)
    if (!(quoth__share_word(a, k) || quoth__share_glue(a, k))) return QUOTH__NONE;
  if (k + 1 >= j || !quoth__share_amount(a, b, k)) return QUOTH__NONE;
  return quoth__add_share(a, doc, b, j);
}

/* Does the word w[0..n) have the word class bit? */
static int part_has(const attr *a, const char *w, size_t n, quoth__wclass bit) {
  const quoth__wordclass *c = n ? quoth__lexset_word(&a->ls, w, n) : NULL;
  return c && (c->wc & bit);
}

/* "two-thirds", "one-quarter", "Seventy-two percent", "three-in-five": a
 * share written as one hyphenated word.  Its parts are looked up in the
 * word classes (fraction, tens). */
static int hyphen_share(const attr *a, size_t i) {
  const char *w = quoth__tok_key(&a->toks, i);
  size_t n = TOK(i).keylen, first = n, last = n;
  for (size_t k = 0; k < n; k++)
    if (w[k] == '-') {
      if (first == n) first = k;
      last = k;
    }
  if (first == n) return 0;
  if (last >= 2 && part_has(a, w + last + 1, n - last - 1, WC_FRACTION)) return 1;
  if (first + 1 < n && part_has(a, w, first, WC_TENS)) return 1;
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
  size_t inner = quoth__share_start(a, j - 1, lo);
  if (inner == QUOTH__NONE || inner <= lo + 1 || !is_comma(a, inner - 1) ||
      !(TOK(inner).shape & TK_NUM) || !quoth__share_amount(a, inner, j - 1))
    return QUOTH__NONE;
  size_t outer = quoth__share_start(a, inner - 1, lo);
  if (outer == QUOTH__NONE || (outer > lo && is_word(a, outer - 1))) return QUOTH__NONE;
  return quoth__add_share(a, doc, outer, j - 1);
}

/* The mention ending before a bracket that closes at token j - 1
 * ("Rep. Elijah Cummings (D-Md.)"), or NONE. */
static size_t mention_before_bracket(const attr *a, const quoth_doc *doc, size_t j, size_t lo) {
  size_t o = j - 1;
  while (o > lo && j - o < 8 && !is(a, o, "(")) o--;
  return is(a, o, "(") && o > lo ? mention_ending(a, doc, o) : QUOTH__NONE;
}

/* "South Carolina director for Sanders", "Color of Change's executive
 * director": a capitalized stretch [k, e) that names a role with a
 * lower-case title word is an apposition, not the next name of a list
 * ("Qasr ben Ghashir, Wadi al-Rabie") nor a coordination ("Bernie Sanders
 * and Senator Warren"). */
static int role_stretch(const attr *a, size_t k, size_t e) {
  int role = 0;
  for (size_t i = k; i < e && i - k < MAX_APPOS; i++) {
    if (is(a, i, "and") || is(a, i, "or") || (TOK(i).shape & TK_QUOTE)) return 0;
    if ((TOK(i).lex & LX_TITLE) && !(TOK(i).shape & TK_CAP)) role = 1;
  }
  return role;
}

/* Does token k open an apposition or a relative clause ("a doctor", "the
 * former governor", "chair of", "who", "whose", "Elliott's father") rather
 * than the next item of a list ("Qasr ben Ghashir, Wadi al-Rabie")? */
static int opens_apposition(const attr *a, size_t k, size_t e) {
  if (TOK(k).lex & (LX_DET | LX_POSSDET | LX_TITLE | LX_MOD | LX_DEMONYM)) return 1;
  if (!(TOK(k).shape & TK_CAP)) return 1;
  const char *key = quoth__tok_key(&a->toks, k); /* "R-Wis.", "D-Md." */
  if (TOK(k).keylen >= 3 && (key[0] == 'r' || key[0] == 'd' || key[0] == 'i') && key[1] == '-')
    return 1;
  if (k + 1 < a->toks.n && (TOK(k + 1).shape & TK_POSS)) return 1;
  return role_stretch(a, k, e);
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
  /* any preposition: "Among Republicans, a donor, 45, says" (object-prep
   * words the prep role leaves out: among, amid, across, within ...) */
  return !(t0 > 0 && ((TOK(t0 - 1).lex & LX_PREP) || (TOK(t0 - 1).wc & WC_OBJECT_PREP)));
}

/* "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said", "Sen.
 * Dianne Feinstein of California, who said": the name whose "of" phrase
 * (at most MAX_OF_WORDS capitalized words, a mention or not) ends at token
 * e, or NONE.  "the governor of Ohio" (a nominal) is left to phrase_head. */
#define MAX_OF_WORDS 3
static size_t name_of_place(const attr *a, const quoth_doc *doc, size_t e, size_t lo) {
  size_t b = e, m = mention_ending(a, doc, e);
  if (m != QUOTH__NONE) b = doc->mentions[m].t0;
  while (m == QUOTH__NONE && b > lo && e - b < MAX_OF_WORDS && is_word(a, b - 1) &&
         (TOK(b - 1).shape & TK_CAP))
    b--;
  if (b == e || b < lo + 2 || !is(a, b - 1, "of")) return QUOTH__NONE;
  size_t h = mention_ending(a, doc, b - 1);
  return h != QUOTH__NONE && doc->mentions[h].kind == QUOTH__M_NAME && doc->mentions[h].t0 >= lo
             ? h
             : QUOTH__NONE;
}

/* "Hugh Hill, a doctor at the hospital, said": from the comma at token c,
 * back over an apposition (which may hold commas and brackets) to the name
 * before it.  An apposition may hold another ("Gustav Ando, research
 * director for IHS Life Sciences, a consulting company, said"; "Brianne
 * Stone, 29, of Huntsville, Ala., says"): the leftmost name is the head. */
size_t quoth__apposition_left(attr *a, const quoth_doc *doc, size_t c, size_t lo) {
  int commas = 0;
  size_t best = QUOTH__NONE, end = c; /* the stretch after a separator ends at end */
  for (size_t k = c; k > lo + 1 && c - k < MAX_APPOS; k--) {
    if (TOK(k - 1).shape & TK_QUOTE) break;
    if (!is_comma(a, k - 1) && !is_dash(a, k - 1) && !spaced_hyphen(a, k - 1)) continue;
    size_t sep = k - 1, stretch_end = end;
    end = sep;
    while (sep > lo && is(a, sep - 1, "-")) sep--; /* "--" */
    size_t m = name_of_place(a, doc, sep, lo);
    if (m == QUOTH__NONE) m = mention_ending(a, doc, sep);
    if (m == QUOTH__NONE && sep > lo && is(a, sep - 1, ")"))
      m = mention_before_bracket(a, doc, sep, lo);
    if (m != QUOTH__NONE && doc->mentions[m].kind != QUOTH__M_PRONOUN &&
        doc->mentions[m].t0 >= lo && doc->mentions[m].kind != QUOTH__M_ANON &&
        opens_apposition(a, k, stretch_end) && !in_adjunct(a, sep, lo) &&
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
    if (h == QUOTH__NONE) h = quoth__generic_left(a, doc, p - 1, lo);
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
  return quoth__skippable(a, i) && !(TOK(i).shape & TK_CAP);
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

/* "a State Department spokesman said", "an Obama adviser says": the
 * mention finder starts a phrase of capitalized modifiers at the capital,
 * so the indefinite article before it is left out; with a lower-case
 * head noun the article belongs to the speaker phrase (a reader names
 * "a State Department spokesman", and it is someone new, not the
 * department).  Returns the phrase with its article, or NONE ("a Jim
 * Smith" -- a name -- is not extended). */
static size_t with_article(attr *a, quoth_doc *doc, size_t m, size_t lo) {
  const quoth__mention *mm = &doc->mentions[m];
  size_t t0 = mm->t0, t1 = mm->t1;
  if (t0 <= lo || t1 < t0 + 2 || !(is(a, t0 - 1, "a") || is(a, t0 - 1, "an")) ||
      mm->kind == QUOTH__M_PRONOUN || !(TOK(t0).shape & TK_CAP) || !is_word(a, t1 - 1) ||
      (TOK(t1 - 1).shape & TK_CAP))
    return QUOTH__NONE;
  quoth__mention old = *mm;
  size_t n = quoth__add_mention(&a->toks, doc, a->at, t0 - 1, t1, QUOTH__M_NOMINAL);
  if (n == QUOTH__NONE) return QUOTH__NONE;
  doc->mentions[n].plural = old.plural;
  doc->mentions[n].gender = old.gender;
  return n;
}

/* From the cue at token k back over adverbs, auxiliaries and one time
 * adverbial to the token after the subject: "The State Department less
 * than two weeks ago said", "Reince Priebus, the GOP chairman, this past
 * week announced", "Others, however, say".  NONE for a passive cue ("it
 * was widely reported"), which has no speaker before it. */
static size_t subject_end(const attr *a, size_t k, size_t lo) {
  size_t j = k;
  for (int s = 0, timed = 0; s < MAX_SKIP && j > lo; s++) {
    /* (not before a participle: "a report this month charging ...") */
    size_t t = timed || ends_with(a, k, "ing") ? j : time_left(a, j, lo);
    if (t < j) {
      j = t, timed = 1;
      continue;
    }
    if (!quoth__skippable(a, j - 1) && !floated_both(a, j - 1, lo)) break;
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
  return j;
}

/* The subject when mention m ends right before the cue at token j: a bare
 * head noun takes the words before it, a group named by example its
 * group, an article its noun phrase, a prepositional phrase its head. */
static size_t subject_from_mention(attr *a, quoth_doc *doc, size_t m, size_t j, size_t lo) {
  /* "immigration officials", "Clinton's campaign": a bare head noun takes
   * the words before it. */
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->t1 - mm->t0 == 1 && (mm->kind == QUOTH__M_ANON || mm->kind == QUOTH__M_NOMINAL) &&
      mm->t0 > lo &&
      (is_word(a, mm->t0 - 1) || (TOK(mm->t0 - 1).shape & TK_POSS) ||
       plural_poss(a, mm->t0 - 1)) &&
      !(TOK(mm->t0 - 1).lex & (LX_STOP | LX_PREP | LX_CUE | LX_SKIP))) {
    size_t g = quoth__generic_left(a, doc, j, lo);
    if (g != QUOTH__NONE) return g;
  }
  size_t g = group_by_example(a, doc, m, lo);
  if (g != QUOTH__NONE) return g;
  g = with_article(a, doc, m, lo);
  return phrase_head(a, doc, g != QUOTH__NONE ? g : m, lo);
}

/* "Democratic economists, like their counterparts, say": the subject
 * before an insertion opened by "like" or "including", or NONE. */
static size_t before_insertion(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  for (size_t i = j - 1; is_comma(a, j - 1) && i > lo + 1 && j - i < 10; i--)
    if (is_comma(a, i - 1)) {
      size_t h = QUOTH__NONE;
      if (is(a, i, "like") || is(a, i, "including") || is(a, i, "unlike")) {
        h = mention_ending(a, doc, i - 1);
        if (h == QUOTH__NONE) h = quoth__generic_left(a, doc, i - 1, lo);
        /* "veterans interviewed at rallies this week, including ..." */
        if (h == QUOTH__NONE) h = quoth__participle_head(a, doc, i - 1, lo);
      }
      return h != QUOTH__NONE && doc->mentions[h].t0 >= lo ? h : QUOTH__NONE;
    }
  return QUOTH__NONE;
}

/* The subject before a comma or dash that ends at token j - 1: a share
 * restated as a figure, a name in apposition ("One of the authors of that
 * report, Ari Fleischer, said"; but "... his rival, Hillary Clinton,
 * saying": the caller keeps a participle after a comma for the subject of
 * its sentence), a bracketed party tag, or the head of an apposition. */
/* A relative word opening a clause: "who", "which", "whose". */
static int relative_word(const attr *a, size_t i) {
  return is(a, i, "who") || is(a, i, "which") || is(a, i, "whose");
}

/* Does ", who" or ", which" open a clause in the few words before token
 * q? */
static int relative_before(const attr *a, size_t q, size_t lo) {
  for (size_t k = q; k > lo + 1 && q - k < MAX_APPOS; k--) {
    if ((TOK(k - 1).shape & TK_QUOTE) || is_final(a, k - 1)) return 0;
    if (relative_word(a, k - 1) && is_comma(a, k - 2)) return 1;
  }
  return 0;
}

/* "Others, reacting to the gap between the shooting and the video,
 * shouted": a phrase opening the sentence at lo, then a participle clause
 * between commas ending at the comma at token c, is the subject; the
 * phrase need not be a mention yet.  NONE otherwise. */
static size_t before_participle_aside(attr *a, quoth_doc *doc, size_t c, size_t lo) {
  size_t o = c;
  while (o > lo + 1 && c - o < MAX_APPOS && !is_comma(a, o - 1) && !(TOK(o - 1).shape & TK_QUOTE))
    o--;
  if (o <= lo + 1 || !is_comma(a, o - 1) || !ends_with(a, o, "ing") || (TOK(o).shape & TK_CAP) ||
      !(TOK(lo).shape & TK_SEGSTART))
    return QUOTH__NONE;
  for (size_t k = lo; k + 1 < o; k++) /* one phrase: "Chappaqua, N.Y.," is none */
    if (!is_word(a, k) && !(TOK(k).shape & TK_POSS)) return QUOTH__NONE;
  size_t m = quoth__np_left_plain(a, doc, o - 1, lo);
  return m != QUOTH__NONE && doc->mentions[m].t0 == lo && doc->mentions[m].t1 == o - 1 &&
                 doc->mentions[m].kind != QUOTH__M_PRONOUN
             ? m
             : QUOTH__NONE;
}

static size_t subject_before_comma(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  size_t m = share_apposition(a, doc, j, lo);
  if (m != QUOTH__NONE) return m;
  m = mention_ending(a, doc, j - 1);
  if (m != QUOTH__NONE && doc->mentions[m].kind == QUOTH__M_NAME && doc->mentions[m].t0 > lo &&
      is_comma(a, doc->mentions[m].t0 - 1) && is_comma(a, j - 1) &&
      !place_tail(a, doc->mentions[m].t0, doc->mentions[m].t1, lo)) { /* "of Flint, Mich." */
    /* "Michael Seaman, who lives outside the state capital, Sacramento,
     * said": a name heading an apposition further left is the speaker. */
    size_t outer = quoth__apposition_left(a, doc, doc->mentions[m].t0 - 1, lo);
    if (outer != QUOTH__NONE && doc->mentions[outer].kind == QUOTH__M_NAME &&
        outer_head(a, doc, outer, doc->mentions[outer].t1 + 1))
      return outer;
    return m;
  }
  if (j - 1 > lo + 1 && is(a, j - 2, ")")) { /* "Sen. Jack Reed (D-R.I.), said" */
    m = mention_before_bracket(a, doc, j - 1, lo);
    if (m != QUOTH__NONE) return m;
  }
  m = quoth__apposition_left(a, doc, j - 1, lo);
  return m != QUOTH__NONE ? m : before_participle_aside(a, doc, j - 1, lo);
}

/* Is [b, e) free of a verb (a past form, a form of "be", a cue word, a
 * lower-case word in -ed), so an apposition, not a clause ("Domestically,
 * the row triggered a reaction from ...")? */
static int verbless(const attr *a, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if ((TOK(i).wc & (WC_PAST_VERB | WC_BE)) || (TOK(i).lex & LX_CUE) ||
        (is_word(a, i) && !(TOK(i).shape & TK_CAP) && ends_with(a, i, "ed")))
      return 0;
  return 1;
}

/* The speaker noun phrase ending just before token k (a cue), skipping
 * adverbs and auxiliaries ("also", "has").  Handles an apposition between
 * commas: "Hugh Hill, a doctor at the hospital, said". */
size_t quoth__np_left_plain(attr *a, quoth_doc *doc, size_t k, size_t lo) {
  size_t j = subject_end(a, k, lo);
  if (j == QUOTH__NONE || j <= lo) return QUOTH__NONE;
  if (quoth__share_word(a, j - 1)) { /* "one in four said": the share, not "four" */
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
  if (m != QUOTH__NONE && doc->mentions[m].t0 >= lo) return subject_from_mention(a, doc, m, j, lo);
  m = before_insertion(a, doc, j, lo);
  if (m != QUOTH__NONE) return m;
  /* a quotation whose comma closes inside the marks ends a relative
   * clause as a comma would: 'The senator, who calls Trump a “sociopath,”
   * said' */
  if ((is_comma(a, j - 1) || is_dash(a, j - 1) ||
       (j == k && quoth__comma_quote(a, doc, j - 1) && relative_before(a, j - 1, lo))) &&
      !(j == k && ends_with(a, k, "ing")))
    return subject_before_comma(a, doc, j, lo);
  /* "Cruz, who said ...": the antecedent of a relative pronoun; "the
   * NAACP, which argued ...": "which" only after an organization or a
   * record that speaks ("the poll, which found"), not a thing ("the
   * plan, which calls for"). */
  int which = is(a, j - 1, "which");
  if (j - 1 > lo + 1 && (is(a, j - 1, "who") || which) && is_comma(a, j - 2)) {
    m = mention_ending(a, doc, j - 2);
    if (m == QUOTH__NONE && is(a, j - 3, ")")) m = mention_before_bracket(a, doc, j - 2, lo);
    if (!which) {
      /* "Sen. Dianne Feinstein of California, who said"; "Dianne
       * Feinstein, the ranking Democrat on the Senate Intelligence
       * Committee, who said", "R. Gil Kerlikowske, the ... commissioner,
       * who": "who" is the person heading the apposition, not an
       * organization or a role in it (a name stays: "his rival, Bernie
       * Sanders, who", "a reaction from President Barack Obama, who") */
      size_t h = name_of_place(a, doc, j - 2, lo);
      if (h == QUOTH__NONE && m != QUOTH__NONE &&
          (doc->mentions[m].kind == QUOTH__M_ORG || doc->mentions[m].kind == QUOTH__M_NOMINAL)) {
        h = quoth__apposition_left(a, doc, j - 2, lo);
        if (h != QUOTH__NONE && !verbless(a, doc->mentions[h].t1, j - 2)) h = QUOTH__NONE;
      }
      if (h != QUOTH__NONE && doc->mentions[h].kind == QUOTH__M_NAME) m = h;
    }
    if (m != QUOTH__NONE && which && doc->mentions[m].gender != 'n') return QUOTH__NONE;
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
  m = quoth__generic_left(a, doc, j, lo);
  return m != QUOTH__NONE ? phrase_head(a, doc, m, lo) : numeric_left(a, doc, j, lo);
}

/* A word of the modifiers before a name after an inverted cue: "former
 * tech executive", "Idaho nutritional-supplement executive". */
static int modifier_word(const attr *a, size_t k) {
  if (is(a, k, "-")) return k > 0 && is_word(a, k - 1);
  if (!is_word(a, k) || (TOK(k).lex & LX_DET)) return 0;
  if (TOK(k).shape & TK_CAP) return (TOK(k).lex & (LX_PLACE | LX_DEMONYM)) != 0;
  return !quoth__np_breaker(a, k);
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

/* A past participle (a lower-case word in -ed, -en or -wn: "interviewed",
 * "seen", "shown") at token i. */
static int past_participle(const attr *a, size_t i) {
  return is_word(a, i) && !(TOK(i).shape & TK_CAP) &&
         (ends_with(a, i, "ed") || ends_with(a, i, "en") || ends_with(a, i, "wn"));
}

/* "A witness interviewed by congressional staff said", "a letter obtained
 * by The Associated Press warns": a preposition "by" at token o - 1 after a
 * past participle closes a reduced passive relative; the phrase before the
 * participle is the subject, the agent after "by" is not.  Returns the
 * participle's token, or NONE. */
static size_t passive_relative(const attr *a, size_t o, size_t lo) {
  if (o < lo + 3 || !is(a, o - 1, "by") || !past_participle(a, o - 2) ||
      (TOK(o - 2).lex & (LX_CUE | LX_SKIP | LX_PREP)))
    return QUOTH__NONE;
  /* the participle follows a noun, not an auxiliary ("was interviewed by") */
  size_t w = o - 3;
  if (!is_word(a, w) && !(TOK(w).shape & TK_POSS)) return QUOTH__NONE;
  if (TOK(w).lex & (LX_SKIP | LX_PREP | LX_STOP | LX_PRON | LX_CUE)) return QUOTH__NONE;
  return o - 2;
}

/* A dash of either kind ending at token i: "—", "–", the second hyphen of
 * "--", or a hyphen with a space before it.  Returns its first token, or
 * NONE. */
static size_t dash_at(const attr *a, size_t i) {
  if (is(a, i, "-") && i > 0 && is(a, i - 1, "-")) return i - 1;
  return is_dash(a, i) || spaced_hyphen(a, i) ? i : QUOTH__NONE;
}

/* "Two senators -- Ted Cruz and Marco Rubio -- said", "insiders in the
 * next two states — Nevada and South Carolina — said": a list set off by a
 * pair of dashes right before token e is an apposition to the phrase
 * before the first dash, its last item no speaker on its own.  Returns
 * the first token of the opening dash, or NONE (a single name between the
 * dashes, "His spokesman — John Smith — said", is left to the apposition
 * rules). */
static size_t dashed_list(const attr *a, size_t e, size_t lo) {
  if (e <= lo + 1) return QUOTH__NONE;
  size_t close = dash_at(a, e - 1);
  if (close == QUOTH__NONE) return QUOTH__NONE;
  int list = 0;
  for (size_t i = close; i > lo + 1 && close - i < MAX_APPOS; i--) {
    size_t t = i - 1;
    if ((TOK(t).shape & TK_QUOTE) || is(a, t, ".") || is(a, t, ";") || is(a, t, "?") ||
        is(a, t, "!") || is(a, t, ":"))
      return QUOTH__NONE;
    size_t open = dash_at(a, t);
    if (open != QUOTH__NONE) /* not a relative clause: "DFA - which was founded ... -" */
      return list && open > lo && open + 1 < close && is_word(a, open - 1) &&
                     !relative_word(a, i)
                 ? open
                 : QUOTH__NONE;
    /* "A, B and C", "for instance, Sen. Ted Cruz" -- but a comma before a
     * relative clause ("John McCain, who lost ...") makes no list */
    if (is(a, t, "and") || is(a, t, "or") || (is_comma(a, t) && !relative_word(a, i)))
      list = 1;
  }
  return QUOTH__NONE;
}

static size_t np_left_at(attr *a, quoth_doc *doc, size_t k, size_t lo, int dashed);

/* "People familiar with her thinking say", "Officials in Washington say",
 * "Tom Emanuel of Laconia said", "Supporters of Hillary Clinton say": when
 * the noun phrase before the cue is the object of a preposition (or none
 * is found), the speaker is the head before the preposition: a name, or
 * the whole phrase when the head is a common noun.  Before a list set off
 * by dashes, the phrase before the first dash (dashed_list). */
size_t quoth__np_left(attr *a, quoth_doc *doc, size_t k, size_t lo) {
  return np_left_at(a, doc, k, lo, 0);
}

/* quoth__np_left; dashed: the phrase before a dashed list is being read
 * (one list only, so a run of dashes costs one window, not one per pair). */
static size_t np_left_at(attr *a, quoth_doc *doc, size_t k, size_t lo, int dashed) {
  if (!dashed) {
    size_t d = k;
    while (d > lo && k - d < MAX_SKIP && quoth__skippable(a, d - 1)) d--;
    d = dashed_list(a, d, lo);
    if (d != QUOTH__NONE) return np_left_at(a, doc, d, lo, 1);
  }
  size_t m = quoth__np_left_plain(a, doc, k, lo), e, o;
  if (m != QUOTH__NONE) {
    const quoth__mention *mm = &doc->mentions[m];
    if (mm->t1 > k) return m;
    e = mm->t1, o = mm->t0;
  } else {
    e = k;
    while (e > lo && k - e < MAX_SKIP && quoth__skippable(a, e - 1)) e--;
    o = e;
    while (o > lo && e - o < 6 && (is_word(a, o - 1) || (TOK(o - 1).shape & TK_POSS)) &&
           !(TOK(o - 1).lex & (LX_PREP | LX_STOP | LX_CUE)))
      o--;
  }
  size_t pr = o == e ? QUOTH__NONE : passive_relative(a, o, lo);
  if (o <= lo + 1 || o == e || !(TOK(o - 1).lex & LX_PREP) ||
      (is(a, o - 1, "by") && pr == QUOTH__NONE) ||
      (m == QUOTH__NONE && pr == QUOTH__NONE && !pp_adjective(a, o - 2)) ||
      is(a, o - 1, "than") || is(a, o - 1, "as") || (TOK(o - 1).lex & LX_SKIP) ||
      /* "a few weeks after Obama announced": a subordinator opens the
       * clause of the speaker, not a phrase modifying a noun before it */
      is(a, o - 1, "after") || is(a, o - 1, "before") || is(a, o - 1, "until"))
    return m;
  size_t h = pr != QUOTH__NONE ? pr : o - 1;
  /* "officials in the FBI and at the Justice Department": two
   * prepositional phrases joined by "and" or "or" modify one head */
  if (pr == QUOTH__NONE && h > lo + 2 && (is(a, h - 1, "and") || is(a, h - 1, "or"))) {
    size_t pm = mention_ending(a, doc, h - 1);
    size_t p0 = pm != QUOTH__NONE ? doc->mentions[pm].t0 : 0;
    if (pm != QUOTH__NONE && p0 > lo + 1 && doc->mentions[pm].kind != QUOTH__M_PRONOUN &&
        (TOK(p0 - 1).lex & LX_PREP) && !(TOK(p0 - 1).lex & LX_SKIP))
      h = p0 - 1;
  }
  if (pr == QUOTH__NONE && h > lo + 1 && pp_adjective(a, h - 1)) h--;
  size_t head = mention_ending(a, doc, h);
  if (head != QUOTH__NONE && (doc->mentions[head].t0 < lo ||
                              doc->mentions[head].kind == QUOTH__M_PRONOUN))
    head = QUOTH__NONE;
  if (head == QUOTH__NONE) head = quoth__generic_left(a, doc, h, lo);
  if (head == QUOTH__NONE) return m;
  const quoth__mention *hm = &doc->mentions[head];
  /* "People familiar with ...": a common noun capitalized at the start */
  int common = hm->t1 == hm->t0 + 1 && (TOK(hm->t0).lex & (LX_ANON | LX_TITLE));
  if ((hm->kind == QUOTH__M_NAME || hm->kind == QUOTH__M_ORG) && !common) return head;
  size_t w = quoth__add_mention(&a->toks, doc, a->at, hm->t0, e, QUOTH__M_NOMINAL);
  if (w != QUOTH__NONE) doc->mentions[w].plural = doc->mentions[head].plural;
  return w != QUOTH__NONE ? w : m;
}

/* "said a person close to the Clintons", "said one person with knowledge
 * of the talks", "wrote a man calling himself Paul Paul", "said a
 * spokeswoman for the committee": a restrictive modifier after the common
 * noun phrase [j, e) that closes its clause names the speaker with it.
 * Returns the end of the modifier, or e when there is none (no other
 * preposition than "of" inside it, no day word: "for the campaign in a
 * statement", "for the campaign Monday" keep only their first part; the
 * modifier must end with its noun). */
static size_t restrictive_tail(const attr *a, size_t j, size_t e, size_t end) {
  if (e + 1 >= end || !is_word(a, e) || (TOK(e).shape & TK_CAP)) return e;
  int role = (TOK(e - 1).lex & (LX_TITLE | LX_ANON)) != 0;
  int opens = ((TOK(e).wc & WC_SOURCE_ADJECTIVE) && (TOK(e + 1).lex & LX_PREP)) ||
              (is(a, e, "with") && is(a, e + 1, "knowledge")) ||
              (ends_with(a, e, "ing") && !(TOK(e).lex & LX_PREP)) ||
              (role && (is(a, e, "for") || is(a, e, "of") || is(a, e, "at")));
  if (!opens || (TOK(j).shape & TK_CAP && !(TOK(j).lex & LX_DET))) return e;
  size_t f = e + 1;
  if (TOK(e).wc & WC_SOURCE_ADJECTIVE) f++; /* "close to" */
  if (is(a, e, "with") && is(a, e + 1, "knowledge")) f++;
  while (f < end && f - e < 10 &&
         ((TOK(f).shape & TK_POSS) || /* "of the governor's dilemma" */
          (is_word(a, f) && !(TOK(f).lex & (LX_CUE | LX_SKIP)) && !(TOK(f).wc & WC_DAY) &&
           (!(TOK(f).lex & LX_PREP) || is(a, f, "of")))))
    f++;
  return f > e + 1 && (TOK(f - 1).lex & (LX_PREP | LX_DET | LX_POSSDET)) == 0 ? f : e;
}

/* The name mention right after a possessive at token e ("'s" of "CNN's
 * Jake Tapper"), or NONE. */
static size_t owned_name(const attr *a, const quoth_doc *doc, size_t e, size_t end) {
  if (e + 1 >= end || !(TOK(e).shape & TK_POSS)) return QUOTH__NONE;
  size_t n = mention_starting(a, doc, e + 1, end);
  return n != QUOTH__NONE && doc->mentions[n].kind == QUOTH__M_NAME ? n : QUOTH__NONE;
}

/* The noun phrase starting at token j (after an inverted cue: "said the
 * LNA"). */
size_t quoth__np_right(attr *a, quoth_doc *doc, size_t j, size_t end) {
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
  if (m != QUOTH__NONE && (doc->mentions[m].kind == QUOTH__M_ANON ||
                           doc->mentions[m].kind == QUOTH__M_NOMINAL)) {
    size_t t0 = doc->mentions[m].t0, t1 = doc->mentions[m].t1, f = restrictive_tail(a, t0, t1, end);
    if (f == t1) return m;
    quoth__mention old = doc->mentions[m];
    size_t n = quoth__add_mention(&a->toks, doc, a->at, t0, f, old.kind);
    if (n == QUOTH__NONE) return m;
    /* the same phrase, longer: "his best friend at Lehigh" keeps its owner */
    doc->mentions[n].plural = old.plural;
    doc->mentions[n].gender = old.gender;
    doc->mentions[n].owner = old.owner;
    doc->mentions[n].title = old.title;
    return n;
  }
  /* "told CNN's Jake Tapper", "said Florida's Rick Wilson": the name an
   * organization (a mention) or a place (one capitalized word) owns */
  size_t n;
  if (m != QUOTH__NONE && doc->mentions[m].kind == QUOTH__M_ORG &&
      (n = owned_name(a, doc, doc->mentions[m].t1, end)) != QUOTH__NONE)
    return n;
  if (m != QUOTH__NONE) return m;
  if (j < end && (TOK(j).shape & TK_CAP) && (n = owned_name(a, doc, j + 1, end)) != QUOTH__NONE)
    return n;
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
      (m = quoth__np_right(a, doc, j + 2, end)) != QUOTH__NONE &&
      doc->mentions[m].kind != QUOTH__M_NAME)
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
  /* "reads a Wednesday editorial in The Des Moines Register": a day
   * word right after the article modifies the noun after it */
  if (e + 1 < end && (TOK(e).wc & WC_DAY) && (TOK(e).shape & TK_CAP) &&
      !quoth__np_breaker(a, e + 1) && !(TOK(e + 1).lex & LX_DET))
    e++;
  while (e < end && e - j < MAX_GENERIC + 2 && !(TOK(e).lex & LX_DET) &&
         (!quoth__np_breaker(a, e) || (TOK(e).shape & TK_NUM) || is(a, e, "-")))
    e++;
  /* The phrase must end the clause ("said the report."), not start one
   * ("said the wounded kept arriving"). */
  if (e == j + 1 || (e < end && !quoth__np_breaker(a, e))) return QUOTH__NONE;
  e = restrictive_tail(a, j, e, end);
  return quoth__add_mention(&a->toks, doc, a->at, j, e, QUOTH__M_NOMINAL);
}
