/* attr_subject.c - the subject of a cue: appositions, participle and
 * relative clauses, coordination, groups and shares. Part of the attribution
 * stage: see attribute.c for the order of the passes and attr_int.h for what
 * the modules share. */
#include "attr_int.h"

/* "Republicans chimed in, with Donald Trump tweeting that ...", "with
 * McCain calling it a “Chinese menu”": the noun phrase m right after
 * "with" and right before a participle cue is the subject of that
 * participle (an absolute clause), not the sentence subject.  Not a
 * phrase led by a preposition's object inside a longer noun phrase
 * ("with a group of voters saying" is still "a group"), so m must start
 * right after the "with". */
int quoth__with_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  const quoth__mention *mm = &doc->mentions[m];
  return ends_with(a, c->a, "ing") && mm->t1 == c->a && mm->t0 > 0 && is(a, mm->t0 - 1, "with") &&
         mm->kind != QUOTH__M_ANON;
}

/* "a practice criticized by Miller", "an option seen by organizers": a
 * cue in -ed, -en or -wn followed by "by" and an agent (a determiner, a
 * capitalized word or a plural noun) is a passive participle; the phrase before it is what
 * was criticized, not who spoke.  Not "responded by saying", "said by
 * telephone". */
static int passive_cue(const attr *a, const cue *c) {
  size_t b = c->b;
  if (c->b != c->a + 1 || b + 1 >= a->toks.n || !is(a, b, "by")) return 0;
  if (!ends_with(a, c->a, "ed") && !ends_with(a, c->a, "en") && !ends_with(a, c->a, "wn"))
    return 0;
  size_t n = b + 1; /* "by the ...", "by Miller", "by unions" (not "by email") */
  return is_word(a, n) && ((TOK(n).lex & (LX_DET | LX_POSSDET)) || (TOK(n).shape & TK_CAP) ||
                           (ends_with(a, n, "s") && !ends_with(a, n, "ss") &&
                            !(TOK(n).lex & (LX_PREP | LX_STOP | LX_PRON))));
}

/* "Napster claims it has", "Smith reports that": a subject pronoun or a
 * complementizer "that" (not a relative "that were") after a form that
 * is also a noun opens the clause it reports, so the form is the verb --
 * after a mention the text names (not a phrase built on demand: "amid
 * claims they were", "played down reports that"). */
static int clause_after(const attr *a, size_t j) {
  if (j + 1 >= a->toks.n) return 0;
  if (is(a, j, "that")) return !(TOK(j + 1).wc & WC_PREDICATE_AUX) && is_word(a, j + 1);
  return (TOK(j).wc & WC_SUBJECT_PRONOUN) || (is(a, j, "it") && is_word(a, j + 1));
}

/* Does the speaker agree with the cue as a finite verb?  "Twitter post" and
 * "superdelegates declaring" are noun phrases, not attributions: a singular
 * subject takes no base form, and a participle needs an auxiliary. */
int quoth__subject_fits(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  if (passive_cue(a, c)) return 0;
  /* "The man accused of purchasing the guns will remain in custody", "a
   * contractor accused of spying": "accused" needs an object before "of"
   * when active ("whom she has accused of ..."), so a noun phrase right
   * before "accused of" is its passive subject, not a speaker */
  if (strcmp(c->lemma, "accuse") == 0 && c->b == c->a + 1 && c->b < a->toks.n &&
      is(a, c->b, "of") && ends_with(a, c->a, "ed") &&
      doc->mentions[m].kind != QUOTH__M_PRONOUN && doc->mentions[m].t1 == c->a)
    return 0;
  if (c->a == 0 || (TOK(c->a - 1).lex & LX_SKIP)) return 1;
  size_t i = c->a;
  /* "a news report", "sniper posts": after an ad hoc noun phrase, a form
   * that is also a noun is read as one. */
  const quoth__mention *sm = &doc->mentions[m];
  int adhoc = m >= a->nbase || (sm->t1 == sm->t0 + 1 && (TOK(sm->t0).shape & TK_SEGSTART) &&
                                !(TOK(sm->t0).lex & LX_GIVEN) && sm->kind == QUOTH__M_NAME) ||
              (sm->kind == QUOTH__M_NOMINAL && !(TOK(sm->t1 - 1).lex & LX_TITLE));
  if ((TOK(i).lex & LX_NOUNCUE) && adhoc && c->b == c->a + 1 &&
      !(doc->mentions[m].plural && TOK(i).keylen == strlen(c->lemma)) &&
      !(m < a->nbase && clause_after(a, c->b)))
    return 0; /* only "Legal observers note ..." (plural, base form) reads as a verb */
  /* "despite unprecedented attacks", "by the harsh talk about", "into the
   * Benghazi attacks": a phrase right after a preposition is its object,
   * and a form that is also a noun after it heads that object -- no
   * clause.  Not after a preposition that also opens a clause ("after the
   * AP reports that ...", "since", "until", "before"). */
  if ((TOK(i).lex & LX_NOUNCUE) && sm->t0 > 0 && sm->kind != QUOTH__M_PRONOUN) {
    size_t p = sm->t0 - 1;
    if (((TOK(p).lex & LX_PREP) || (TOK(p).wc & WC_OBJECT_PREP)) && !(TOK(p).lex & LX_SKIP) &&
        !is(a, p, "after") && !is(a, p, "before") && !is(a, p, "until"))
      return 0;
  }
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
int quoth__verb_coordinator(const attr *a, size_t i) { return is(a, i, "and") || is(a, i, "but"); }

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
int quoth__participle_clause(const attr *a, const quoth_doc *doc, const cue *c) {
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
int quoth__participle_link(const attr *a, size_t i) {
  return is_comma(a, i) || is_dash(a, i) || is(a, i, "-") || (TOK(i).wc & WC_PARTICIPLE_LINK);
}

/* A quotation whose comma closes inside the marks ('has “expanded the
 * party,” claiming that ...'): it links what follows as a comma would. */
int quoth__comma_quote(const attr *a, const quoth_doc *doc, size_t i) {
  if (!(TOK(i).shape & TK_QUOTE)) return 0;
  quoth_span in = doc->quotes[TOK(i).quote].inner;
  return in.end > in.start && doc->text[in.end - 1] == ',';
}

/* "Hundreds of pro-Sanders demonstrators", "about 200 protesters": a count
 * (a number, after "about" or the like, or a plural count and "of") and
 * plain words ending in a plural noun, opening the sentence at s0.  The
 * end of the phrase, or 0. */
static size_t counted_group(const attr *a, size_t s0, size_t end) {
  size_t j = s0;
  if (j + 1 < end && (TOK(j).wc & WC_SHARE_GLUE) && (TOK(j + 1).shape & TK_NUM)) j++;
  if (TOK(j).shape & TK_NUM) j++;
  else if ((TOK(j).wc & WC_COUNT_PLURAL) && j + 1 < end && is(a, j + 1, "of")) j += 2;
  else return 0;
  size_t k = j;
  while (k < end && k - j < MAX_GENERIC && is_word(a, k) && !(TOK(k).shape & TK_NUM) &&
         !(TOK(k).lex & (LX_SKIP | LX_STOP | LX_PREP | LX_CUE | LX_PRON | LX_DET)) &&
         !ends_with(a, k, "ed"))
    k++;
  return k > j && ends_with(a, k - 1, "s") ? k : 0;
}

/* The noun phrase opening the sentence at s0 when a predicate follows it
 * ("The families have filed a lawsuit", "Sanders rips the agreement"): a
 * known mention, or a determiner and up to MAX_GENERIC plain words before
 * an auxiliary or a past-tense verb.  NONE otherwise. */
static size_t initial_subject(attr *a, quoth_doc *doc, size_t s0, size_t end) {
  size_t m = mention_starting(a, doc, s0, end), k;
  size_t counted = m == QUOTH__NONE ? counted_group(a, s0, end) : 0;
  if (m != QUOTH__NONE) {
    k = doc->mentions[m].t1;
  } else if (counted) {
    k = counted;
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
  /* an anonymous source stands only as a group ("The protesters marched
   * ..., chanting"): "A source close to him ..., saying" is no speaker */
  if (m != QUOTH__NONE)
    return doc->mentions[m].kind == QUOTH__M_ANON && !doc->mentions[m].plural ? QUOTH__NONE : m;
  if (counted) {
    m = quoth__add_mention(&a->toks, doc, a->at, s0, k, QUOTH__M_NOMINAL);
    if (m != QUOTH__NONE) doc->mentions[m].plural = 1;
    return m;
  }
  return quoth__generic_left(a, doc, k, s0);
}

/* "At a campaign event in St. Clairsville, Ohio, Brenda Johnson railed
 * ... and explained", "Speaking in Beijing, Lu Kang ...": a sentence that
 * opens with a prepositional phrase or a participle clause holds no
 * subject before the comma closing it (a place's state after a comma,
 * "Ohio,", stays inside).  The first token after that comma, or s0. */
/* "BUENA PARK, Calif. - ", "New York (AFP) - ", "WASHINGTON -- ": a
 * dateline opening the sentence at s0, a place in capitals or followed by
 * an agency in brackets, then a dash and a capital.  The first token after the dash, or
 * s0 ("Sanders - the senator from Vermont - said" is no dateline). */
static size_t dateline_end(const attr *a, size_t s0, size_t end) {
  size_t i = s0;
  while (i < end && i - s0 < 10 &&
         ((is_word(a, i) && (TOK(i).shape & TK_CAP)) || is_comma(a, i) || is(a, i, ".") ||
          is(a, i, "(") || is(a, i, ")") || (i > s0 && (TOK(i).shape & TK_NUM)))) /* "Dec. 8" */
    i++;
  if (i == s0 || i + 1 >= end) return s0;
  int caps = (TOK(s0).shape & TK_ALLCAPS) && TOK(s0).keylen > 2;
  if (!caps && !is(a, i - 1, ")")) return s0;
  size_t n = is(a, i, "-") && i + 2 < end && is(a, i + 1, "-") ? i + 2 /* "--" */
             : is_dash(a, i) || is(a, i, "-")                  ? i + 1
                                                               : s0;
  /* a sentence starts after it: "NATO — the alliance of 28 nations —" is
   * an apposition */
  return n > s0 && n < end && (TOK(n).shape & TK_CAP) ? n : s0;
}

/* "At a campaign event in X, Ohio, ...", "Although Bloomberg is not yet a
 * candidate, ...", "Led by Council Speaker X, the rally ...": the end of a
 * phrase or clause opening the sentence at s0 (after any dateline) and
 * closed by a comma, where the main clause starts; s0 (or the dateline's
 * end) when there is none. */
size_t quoth__opening_adjunct_end(const attr *a, size_t s0, size_t end) {
  s0 = dateline_end(a, s0, end);
  size_t h = s0;
  if (h + 1 < end && ends_with(a, h, "ly") && ends_with(a, h + 1, "ing")) h++; /* "Hastily
                                                                                politicizing" */
  /* "Although Bloomberg is not yet a candidate, Trump sent ...": a
   * subordinate clause's subject is not the main clause's either */
  int opener = ((TOK(s0).lex & LX_PREP) && !(TOK(s0).lex & LX_SKIP)) ||
               (TOK(s0).wc & (WC_OBJECT_PREP | WC_SUBORDINATOR)) ||
               (is_word(a, h) && TOK(h).keylen > 5 && ends_with(a, h, "ing")) ||
               /* "Led by ...", "Asked by reporters about ...": a fronted passive */
               (h + 1 < end && is_word(a, h) &&
                (ends_with(a, h, "ed") || (TOK(h).wc & WC_PAST_VERB)) &&
                is(a, h + 1, "by")) ||
               (h + 1 < end && is(a, h, "asked") && (TOK(h + 1).lex & (LX_PREP | LX_DET)));
  if (!opener) return s0;
  for (size_t i = h + 1; i < end && i - s0 < MAX_APPOS; i++) {
    if (TOK(i).shape & TK_QUOTE) return s0;
    if (!is_comma(a, i)) continue;
    /* "in St. Clairsville, Ohio, ...": a short capitalized place tail */
    size_t k = i + 1;
    while (k < end && k - i <= 3 && (TOK(k).shape & TK_CAP)) k++;
    if (k > i + 1 && k < end && is_comma(a, k) &&
        ((TOK(i + 1).lex & LX_PLACE) || ends_with(a, k - 1, ".") ||
         (TOK(i + 1).shape & TK_ALLCAPS)))
      i = k;
    /* "In the last GOP debate, on CNBC, candidates ...": a second phrase */
    /* (an amount opens the subject: "At the arena, about 200 protesters") */
    if (i + 1 < end && (TOK(i + 1).lex & LX_PREP) && !(TOK(i + 1).lex & LX_SKIP) &&
        !quoth__quantity_start(a, i + 1, end))
      continue;
    return i + 1 < end ? i + 1 : s0;
  }
  return s0; /* after the dateline, if any */
}

/* May mention m, right after an opening adjunct, stand for the subject?
 * A mention of the scan, or a phrase an earlier pass built that does not
 * end in a verb ("the candidates dodged"); no pronoun. */
static int clean_lead(const attr *a, const quoth_doc *doc, size_t m) {
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->kind == QUOTH__M_PRONOUN) return 0;
  return m < a->nbase || !ends_with(a, mm->t1 - 1, "ed");
}

/* "X endorsed Clinton, saying ...": a participle after a comma has the
 * subject of its sentence as speaker. */
size_t quoth__participle_subject(attr *a, quoth_doc *doc, const cue *c, size_t s0, int but) {
  if (c->a <= s0) return QUOTH__NONE;
  size_t b = c->a; /* "... and later said", "after initially saying" */
  while (b > s0 && c->a - b < MAX_SKIP && quoth__skippable(a, b - 1)) b--;
  int participle = b > s0 &&
                   (quoth__participle_link(a, b - 1) ||
                    (but && b == c->a && quoth__comma_quote(a, doc, b - 1))) &&
                   ends_with(a, c->a, "ing"); /* ", saying", "by saying", "- and arguing" */
  /* "... and says", "refused to comment but said" (a reported clause
   * only: a quote before "but said" is not the second predicate's) */
  int coordinated = b > s0 && (is(a, b - 1, "and") || (but && but_predicate(a, c, b - 1, s0))) &&
                    !ends_with(a, c->a, "ing");
  if (!participle && !coordinated) return QUOTH__NONE;
  /* "..., Nefzi said, adding, ...": the speaker of the cue right before */
  if (participle && c->a >= s0 + 3 && is_comma(a, c->a - 1)) {
    for (size_t k = c->a - 2; k > s0 && c->a - k <= 4; k--) {
      const cue *p = quoth__cue_at(a, k);
      if (!p) continue;
      size_t m = p->b + 1 == c->a ? mention_ending(a, doc, p->a) : QUOTH__NONE;
      if (m != QUOTH__NONE && m < a->nbase && doc->mentions[m].kind != QUOTH__M_PRONOUN) return m;
      break;
    }
  }
  /* after "but", the subject precedes the first predicate: in "An opinion
   * concluded that the Centre qualified but said", not "the Centre" */
  int but_only = coordinated && !participle && !is(a, b - 1, "and");
  /* a dateline or an opening adjunct ("At a campaign event in X, Ohio,")
   * holds no subject of the sentence */
  size_t from = c->a - s0 > WINDOW ? c->a - WINDOW : s0, adj = s0, lead = QUOTH__NONE;
  if (from == s0) from = adj = quoth__opening_adjunct_end(a, s0, c->a);
  if (participle) { /* "While his rivals called for ..., Trump hewed to ..., noting that" */
    size_t last = QUOTH__NONE;
    for (size_t i = from; i < c->a; i++) {
      size_t m = a->at[i];
      if (m == QUOTH__NONE || doc->mentions[m].t0 != i || doc->mentions[m].kind == QUOTH__M_ANON)
        continue;
      if (doc->mentions[m].subject) last = m;
      else if (adj > s0 && i < adj + 3 && lead == QUOTH__NONE && clean_lead(a, doc, m))
        lead = m; /* "New York (AFP) - Vice President Joe Biden on Monday hit" */
    }
    /* a clause subject after a conjunction ("..., but Trump hewed")
     * stands; otherwise the noun phrase that opens the sentence, when it
     * is one ("The families sued Remington, alleging"). */
    size_t t0 = last != QUOTH__NONE ? doc->mentions[last].t0 : 0;
    if (last != QUOTH__NONE && t0 > s0 &&
        (quoth__verb_coordinator(a, t0 - 1) || is(a, t0 - 1, ";") || is(a, t0 - 1, "while")))
      return last;
    size_t h = initial_subject(a, doc, adj, c->a);
    return h != QUOTH__NONE ? h : last != QUOTH__NONE ? last : lead;
  }
  for (size_t i = from; i < c->a; i++) {
    size_t m = a->at[i];
    if (m == QUOTH__NONE || doc->mentions[m].t0 != i || doc->mentions[m].kind == QUOTH__M_ANON) {
      if (but_only && quoth__cue_at(a, i)) break;
      continue;
    }
    if (doc->mentions[m].subject) return apposed_name(a, doc, m, c->a);
    /* after an opening adjunct, the phrase right after its comma is the
     * subject even when the mention finder took one inside the adjunct
     * ("At a Trump campaign event ..., 62-year-old Brenda Johnson") */
    if (adj > s0 && i < adj + 3 && lead == QUOTH__NONE && clean_lead(a, doc, m))
      lead = m;
    if (but_only && quoth__cue_at(a, i)) break;
  }
  return lead != QUOTH__NONE ? apposed_name(a, doc, lead, c->a) : QUOTH__NONE;
}

/* "who", or "who" with an elided auxiliary ("who'd", "who've", "who's",
 * one token) at token i: a relative pronoun opening a clause. */
static int relative_who(const attr *a, size_t i) {
  const char *k = quoth__tok_key(&a->toks, i);
  return is(a, i, "who") || (TOK(i).keylen > 4 && memcmp(k, "who'", 4) == 0);
}

/* "Senior advisers who have run the numbers argue": the noun phrase m
 * before the cue closes a relative clause; the subject is the noun phrase
 * the clause modifies.  Only "who": "that" is as often a complementizer
 * ("showed that ..."). m itself otherwise. */
static size_t relative_head(attr *a, quoth_doc *doc, size_t m, size_t s0, size_t cue_at) {
  size_t t0 = doc->mentions[m].t0, w = t0;
  /* "who said she planned to": a pronoun subject opens a clause of its own */
  if (doc->mentions[m].kind == QUOTH__M_PRONOUN) return m;
  while (w > s0 && t0 - w < 14 && !relative_who(a, w - 1) &&
         (is_word(a, w - 1) || (TOK(w - 1).shape & TK_POSS)))
    w--;
  /* "economists who favor consumption taxes agree": a lower-case phrase
   * right after "who" is the relative clause's predicate, no subject */
  int predicate = w == t0 && doc->mentions[m].kind == QUOTH__M_NOMINAL &&
                  !(TOK(t0).shape & TK_CAP) && !(TOK(t0).lex & (LX_DET | LX_POSSDET));
  if (w <= s0 + 1 || (w == t0 && !predicate) || !relative_who(a, w - 1)) return m;
  size_t h = quoth__np_left_plain(a, doc, w - 1, s0);
  if (h == QUOTH__NONE || doc->mentions[h].t1 != w - 1 || doc->mentions[h].kind == QUOTH__M_PRONOUN)
    return m;
  /* "people who have battled other online threats say", "some who
   * advocate free speech argue": an indefinite common noun or a
   * quantifier is named by its restrictive clause; a name ("Cruz who
   * ...") or a definite phrase ("The senator who made enemies ...", one
   * already introduced) stands alone, and so does a coordination, whose
   * clause may modify its last conjunct only ("Hawkins and others who
   * want ...") */
  const quoth__mention *hm = &doc->mentions[h];
  size_t d = hm->t0;
  if (hm->kind == QUOTH__M_NAME || hm->kind == QUOTH__M_ORG || is(a, d, "the") ||
      is(a, d, "this") || is(a, d, "that") || is(a, d, "these") || (TOK(d).lex & LX_POSSDET))
    return h;
  for (size_t i = d > s0 ? d - 1 : d; i < hm->t1; i++)
    if (is(a, i, "and") || is(a, i, "or")) return h;
  /* up to the cue's adverbs: "of rape" after "Bill Clinton" goes too */
  size_t e = doc->mentions[m].t1, k = cue_at;
  while (k > e && cue_at - k < MAX_SKIP && quoth__skippable(a, k - 1)) k--;
  int plain = k > e && k - e <= 4;
  for (size_t i = e; plain && i < k; i++)
    if (!is_word(a, i) || (TOK(i).lex & (LX_CUE | LX_PRON))) plain = 0;
  if (plain) e = k;
  size_t n = quoth__add_mention(&a->toks, doc, a->at, hm->t0, e, QUOTH__M_NOMINAL);
  if (n == QUOTH__NONE) return h;
  doc->mentions[n].plural = doc->mentions[h].plural;
  return n;
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

/* "Morrisons, Woolworths, House of Fraser and Big Food all said": names
 * before the left conjunct starting at k, each closed by a comma, belong to
 * the coordination (MAX_LIST of them); the start of the list. */
enum { MAX_LIST = 8 };
static size_t list_start(const attr *a, const quoth_doc *doc, size_t k, size_t s0) {
  size_t first = mention_starting(a, doc, k, a->toks.segstart[TOK(k).seg + 1]);
  if (first == QUOTH__NONE || (doc->mentions[first].kind != QUOTH__M_NAME &&
                               doc->mentions[first].kind != QUOTH__M_ORG))
    return k;
  for (size_t n = 0; n < MAX_LIST && k > s0 + 1 && is_comma(a, k - 1); n++) {
    size_t l = mention_ending(a, doc, k - 1);
    if (l == QUOTH__NONE || doc->mentions[l].t0 < s0 ||
        (doc->mentions[l].kind != QUOTH__M_NAME && doc->mentions[l].kind != QUOTH__M_ORG))
      break;
    k = doc->mentions[l].t0;
  }
  return k;
}

/* "Current and former officials said", "Clinton and the State Department
 * have asserted": a subject of two conjuncts opening its clause speaks as
 * one; the phrase from the clause start to the end of mention m.  Only a
 * short left conjunct of plain words, at the sentence start or after a
 * subordinator ("Though media reports and party sources described"). */
static size_t coordinated_subject(attr *a, quoth_doc *doc, size_t m, size_t s0) {
  const quoth__mention *mm = &doc->mentions[m];
  if (mm->kind == QUOTH__M_PRONOUN || mm->t0 < s0 + 2 || !is(a, mm->t0 - 1, "and")) return m;
  size_t k = mm->t0 - 1, left = mention_ending(a, doc, k);
  int list = 0; /* names in a comma list before the left conjunct */
  if (left != QUOTH__NONE && doc->mentions[left].t0 >= s0 &&
      (doc->mentions[left].kind == QUOTH__M_NAME || doc->mentions[left].kind == QUOTH__M_ORG)) {
    k = list_start(a, doc, doc->mentions[left].t0, s0);
    list = k < doc->mentions[left].t0;
  }
  while (!list && k > s0 && mm->t0 - k <= 6 &&
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
  int conjunct = list || and - k == 1 || (l != QUOTH__NONE && doc->mentions[l].t0 == k) ||
                 (TOK(k).lex & (LX_DET | LX_POSSDET));
  for (size_t i = k + 1; conjunct && !list && i < and && and - k > 1; i++)
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
size_t quoth__participle_head(attr *a, quoth_doc *doc, size_t j, size_t lo) {
  for (size_t p = j; p > lo + 1 && j - p < 10; p--) {
    size_t w = p - 1;
    if (!is_word(a, w) || (TOK(w).lex & LX_CUE)) return QUOTH__NONE;
    if ((TOK(w).shape & TK_CAP) ||
        !(ends_with(a, w, "ing") ||
          (ends_with(a, w, "ed") && w + 1 < j && (TOK(w + 1).lex & LX_PREP))))
      continue;
    size_t h = mention_ending(a, doc, w);
    if (h == QUOTH__NONE) h = quoth__generic_left(a, doc, w, lo);
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
  while (k > s0 && c->a - k < 3 && quoth__participle_link(a, k - 1)) k--;
  if (k == c->a && k > s0 + 1 && quoth__comma_quote(a, doc, k - 1))
    k++; /* the quote ends the content */
  if (k == c->a || k <= s0 + 1) return QUOTH__NONE;
  const quoth_statement *p = &doc->statements[doc->nstatements - 1];
  if (p->nparts == 0 || p->parts[p->nparts - 1].end != TOK(k - 1).end ||
      p->cue.start >= TOK(c->a).start)
    return QUOTH__NONE;
  return p->smention;
}


/* "..., with 30 percent of voters saying they ...", "- Ryan saying he
 * was ...": a noun phrase and a speech participle with a clause of its
 * own, after "with" or a comma or dash, form an absolute clause; the
 * phrase is the participle's subject. */
static int absolute_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c,
                            size_t s0) {
  size_t t0 = doc->mentions[m].t0;
  if (doc->mentions[m].t1 != c->a || t0 <= s0 || !ends_with(a, c->a, "ing") ||
      !quoth__participle_opens(a, doc, c))
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

/* "President Obama released a statement Thursday night condemning “Q”",
 * "the campaign sent a message to supporters saying ...": a noun of saying
 * (speech_nouns.tsv) that is the object of a verb, right before a speech
 * participle, is the medium; the participle's subject is the sentence's
 * (the first subject mention before it, a name or a pronoun).  Returns
 * that subject, or m itself. */
static size_t medium_subject(const attr *a, const quoth_doc *doc, const cue *c, size_t m,
                             size_t s0) {
  const quoth__mention *mm = &doc->mentions[m];
  size_t h = mm->t1 - 1;
  if (!ends_with(a, c->a, "ing") || mm->subject || mm->kind != QUOTH__M_NOMINAL || !a->ls.snouns ||
      mm->t0 <= s0 || !is_word(a, mm->t0 - 1) || (TOK(mm->t0 - 1).lex & (LX_PREP | LX_STOP)) ||
      !quoth__lex_find(a->ls.snouns, quoth__tok_key(&a->toks, h), TOK(h).keylen))
    return m;
  for (size_t t = s0; t + 1 < mm->t0 && t - s0 < WINDOW; t++) {
    size_t n = a->at[t];
    if (n == QUOTH__NONE || doc->mentions[n].t0 != t || !doc->mentions[n].subject) continue;
    const quoth__mention *nm = &doc->mentions[n];
    int person = nm->kind == QUOTH__M_NAME ||
                 (nm->kind == QUOTH__M_PRONOUN && nm->owner == QUOTH__NONE);
    return person && nm->t1 < mm->t0 ? n : m;
  }
  return m;
}

static size_t speaker_left(attr *a, quoth_doc *doc, const cue *c, size_t s0);

/* "A spokeswoman for the House Armed Services Committee emailed
 * reporters ..., arguing, “Q”": a speaker found away from its cue that is
 * a role or noun phrase followed by "for" or "of" and a name or
 * organization is the whole phrase (next to its cue, phrase_head in
 * attr_np.c does the same).  Returns that phrase, or m. */
static size_t role_of_group(attr *a, quoth_doc *doc, size_t m, const cue *c) {
  const quoth__mention *mm = &doc->mentions[m];
  size_t p = mm->t1;
  if (mm->kind != QUOTH__M_NOMINAL || p + 1 >= c->a || !(is(a, p, "for") || is(a, p, "of")))
    return m;
  size_t n = mention_starting(a, doc, p + 1, c->a);
  if (n == QUOTH__NONE || (doc->mentions[n].kind != QUOTH__M_ORG &&
                           doc->mentions[n].kind != QUOTH__M_NAME))
    return m;
  size_t g = quoth__add_mention(&a->toks, doc, a->at, mm->t0, doc->mentions[n].t1,
                                QUOTH__M_NOMINAL);
  if (g == QUOTH__NONE) return m;
  doc->mentions[g].plural = doc->mentions[m].plural;
  doc->mentions[g].subject = doc->mentions[m].subject;
  return g;
}

/* The speaker of cue c from the left: the noun phrase before it, or the
 * sentence subject for a participle. */
size_t quoth__speaker_left(attr *a, quoth_doc *doc, const cue *c, size_t s0) {
  size_t r = speaker_left(a, doc, c, s0);
  return r != QUOTH__NONE && doc->mentions[r].t1 < c->a ? role_of_group(a, doc, r, c) : r;
}

static size_t speaker_left(attr *a, quoth_doc *doc, const cue *c, size_t s0) {
  size_t m = quoth__np_left(a, doc, c->a, s0);
  if (m != QUOTH__NONE) m = medium_subject(a, doc, c, m, s0);
  if (m != QUOTH__NONE) m = relative_head(a, doc, m, s0, c->a);
  if (m != QUOTH__NONE) m = coordinated_subject(a, doc, m, s0);
  if (m != QUOTH__NONE && absolute_subject(a, doc, m, c, s0)) return m;
  /* "with Trump calling for a ban": an object cue needs no clause */
  if (m != QUOTH__NONE && (c->flags & CF_OBJECT) && quoth__with_subject(a, doc, m, c)) return m;
  if (m != QUOTH__NONE && !quoth__subject_fits(a, doc, m, c)) {
    if (!(c->a > s0 && is_comma(a, c->a - 1) && ends_with(a, c->a, "ing"))) {
      /* the singular phrase before "say" ends a participle modifier */
      size_t h = doc->mentions[m].plural || ends_with(a, c->a, "ing")
                     ? QUOTH__NONE
                     : quoth__participle_head(a, doc, doc->mentions[m].t0, s0);
      return h != QUOTH__NONE && quoth__subject_fits(a, doc, h, c) ? h : QUOTH__NONE;
    }
    m = QUOTH__NONE; /* ", adding that ...": no subject here, a participle */
  }
  /* After a cue clause (", it added, stressing ..."), a participle only
   * elaborates the statement already made. */
  if (m == QUOTH__NONE) {
    size_t b = c->a;
    while (b > s0 && c->a - b < MAX_SKIP && quoth__skippable(a, b - 1)) b--;
    /* "..., she said, adding that ...": a participle with a that-clause of
     * its own reports a statement of its own */
    int own = quoth__participle_opens(a, doc, c) || /* also "adding on Friday that" */
              (c->flags & CF_OBJECT) || /* ", citing a poll", ", accusing him of ..." */
              after_cue_clause(a, doc, c, s0);
    if (own) m = object_clause_speaker(a, doc, c, s0);
    if (m == QUOTH__NONE &&
        (a->seg_n0 == doc->nstatements || own || (b > s0 && quoth__verb_coordinator(a, b - 1))))
      m = quoth__participle_subject(a, doc, c, s0, 1);
    if (m == QUOTH__NONE && own && a->seg_n0 < doc->nstatements && c->a > s0 &&
        is_comma(a, c->a - 1)) /* the speaker of the statement just made */
      m = doc->statements[doc->nstatements - 1].smention;
  }
  return m;
}
