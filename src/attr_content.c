/* attr_content.c - reported speech whose content comes first: CONTENT, X
 * said / parentheticals / fronted cues / according to X. Part of the
 * attribution stage: see attribute.c for the order of the passes and
 * attr_int.h for what the modules share. */
#include "attr_int.h"

/* The words after a cue clause must be adjuncts ("in a statement",
 * ", stressing ...") for the content to lie before it. */
int quoth__clause_ends(const attr *a, size_t k, size_t s1) {
  k = quoth__skip_time(a, k, s1); /* "Fiorina said Monday.", "told X earlier this week." */
  /* "..., Germany has pledged to bolster its military": "to" and a
   * lower-case word that opens no noun phrase is an infinitive, the
   * content of the cue, not an adjunct after it ("said to reporters": a
   * plural noun is an addressee). */
  if (k + 1 < s1 && is(a, k, "to") && is_word(a, k + 1) &&
      !(TOK(k + 1).shape & (TK_CAP | TK_NUM)) &&
      !(TOK(k + 1).lex & (LX_DET | LX_POSSDET | LX_PRON)) &&
      !(ends_with(a, k + 1, "s") && !ends_with(a, k + 1, "ss") && !ends_with(a, k + 1, "us")))
    return 0;
  if (k >= s1 || is_final(a, k) || (TOK(k).lex & LX_PREP)) return 1;
  /* "..., the Times reported late Thursday.": a few adjunct words, then the end */
  size_t e = k;
  while (e < s1 && e - k < 5 && is_word(a, e)) e++;
  return (e >= s1 || is_final(a, e)) && quoth__adjunct_only(a, k, e);
}

/* Does a name ending at token k end its clause ("said Dan Gerstein, director
 * of ...", "said Dan Gerstein.")?  A possessive goes on ("Dems' support"). */
static int name_ends_clause(const attr *a, size_t k, size_t s1) {
  return k >= s1 || is_comma(a, k) || (is_final(a, k) && !(TOK(k).shape & TK_POSS));
}

/* Can the speaker follow the cue ("..., said the spokesman", "...,
 * wrote the ambassador")?  Only a finite verb of saying inverts: after
 * "criticized", "posted" or "describing" the noun phrase is an object. */
int quoth__cue_inverts(const attr *a, const cue *c) {
  /* "..., told Fox News": the object of "tell" is its addressee */
  return (c->flags & CF_CLAUSE) && !(c->flags & (CF_OBJECT | CF_WEAK | CF_TELL)) &&
         !ends_with(a, c->a, "ing");
}

/* CONTENT, SPEAKER CUE.  /  CONTENT, CUE SPEAKER. */
/* "At one point, a woman said", "Through a spokeswoman, Ivanka Trump
 * said": a short phrase opened by a preposition or subordinator is an
 * adverbial before the clause, not reported content. */
static int adverbial_lead(const attr *a, size_t c0, size_t c1) {
  c0 = quoth__content_start(a, c0, c1);
  /* "But the plan failed, he said": a conjunction opens no adverbial */
  while (c0 + 1 < c1 && (is(a, c0, "but") || is(a, c0, "and") || is(a, c0, "so") ||
                         is(a, c0, "yet") || is(a, c0, "or")))
    c0++;
  /* "That criticism was warranted, he said": beyond "That night", "that"
   * opens a subject, not an adverbial */
  if (c1 > c0 + 3 && is(a, c0, "that")) return 0;
  if (!(c1 > c0 && c1 - c0 <= 8 && (TOK(c0).lex & (LX_PREP | LX_STOP)) &&
        !(TOK(c0).lex & (LX_DET | LX_PRON)) && !(TOK(c0).shape & TK_QUOTE)))
    return 0;
  /* "No Child Left Behind failed, said X": a stop word that is neither a
   * preposition nor a subordinator, opening a run of capitalized words,
   * begins a name or title -- a noun phrase, the subject of the content */
  if (!(TOK(c0).lex & LX_PREP) && !(TOK(c0).wc & WC_ADVERBIAL_OPENER) && c0 + 2 < c1 &&
      (TOK(c0 + 1).shape & TK_CAP) && (TOK(c0 + 2).shape & TK_CAP))
    return 0;
  /* "There is serious concern about fraud, he said", "What matters is
   * turnout": a predicate makes the lead a clause */
  for (size_t i = c0 + 1; i < c1; i++)
    if (TOK(i).wc & WC_PREDICATE_AUX) return 0;
  return 1;
}

/* Does token k open an adverbial (a preposition, a subordinator or a time
 * word, over a leading "and"/"but")?  "Of", "to" and amounts ("about 270
 * people") open noun phrases or infinitives. */
static int opens_adverbial(const attr *a, size_t k, size_t c1) {
  if (k + 1 < c1 && (is(a, k, "and") || is(a, k, "but"))) k++;
  if (k + 1 < c1 && is(a, k, "even") &&
      ((TOK(k + 1).wc & WC_ADVERBIAL_OPENER) || (TOK(k + 1).lex & LX_PREP)))
    return 1; /* "even as shares were tumbling" */
  if (is(a, k, "of") || is(a, k, "to") || quoth__quantity_start(a, k, c1)) return 0;
  return (TOK(k).wc & WC_ADVERBIAL_OPENER) || quoth__weekday(a, k) || (TOK(k).lex & LX_PREP);
}

/* "In a subsequent interview with The New York Times, she joked about
 * ...", "On Tuesday, even as shares of Valeant were tumbling, Mr. Ackman
 * wrote to investors": words before the subject that are adverbials only
 * (every comma-separated piece opens with a preposition, a subordinator
 * or a time word) set the scene of the clause; they report nothing. */
static int adverbials_only(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  c0 = quoth__content_start(a, c0, c1);
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
    if (quoth__np_breaker(a, k - 1) || (TOK(k - 1).lex & LX_DET)) return QUOTH__NONE;
  }
  return QUOTH__NONE;
}

/* CONTENT, SPEAKER, APPOSITION, CUE [ADDRESSEE].  "Sanders remains in the
 * race, his top aide, Tad Devine, told The Huffington Post.": the comma
 * before the cue closes an apposition, the one before the subject ends the
 * content.  Runs after the other patterns, so "Whitman, the former
 * governor, told X the plan failed" keeps its content after the cue. */
int quoth__p_content_appos_cue(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if ((c->flags & CF_ACCORDING) || c->a <= s0 + 1 || !is_comma(a, c->a - 1)) return 0;
  size_t ap = quoth__apposition_left(a, doc, c->a - 1, s0);
  size_t m = quoth__np_left(a, doc, c->a, s0);
  if (m == QUOTH__NONE || !quoth__subject_fits(a, doc, m, c)) return 0;
  size_t t0 = ap != QUOTH__NONE && doc->mentions[ap].t0 < doc->mentions[m].t0 ? doc->mentions[ap].t0
                                                                              : doc->mentions[m].t0;
  size_t comma = comma_end(a, doc, t0, s0), k = c->b;
  /* "..., his top aide, Tad Devine, told": the role before the name */
  size_t nm = mention_ending(a, doc, c->a - 1);
  if (nm != QUOTH__NONE && doc->mentions[nm].kind == QUOTH__M_NAME &&
      doc->mentions[nm].t0 > s0 + 1 && is_comma(a, doc->mentions[nm].t0 - 1)) {
    size_t r = doc->mentions[nm].t0 - 1, b = r;
    while (b > s0 && r - b < 5 && is_word(a, b - 1) && !(TOK(b - 1).lex & (LX_DET | LX_POSSDET)) &&
           !quoth__np_breaker(a, b - 1))
      b--;
    if (b > s0 && b < r && (TOK(b - 1).lex & (LX_DET | LX_POSSDET)) &&
        !(TOK(b - 1).lex & LX_STOP) && comma_end(a, doc, b - 1, s0) != QUOTH__NONE)
      comma = comma_end(a, doc, b - 1, s0), m = nm;
  }
  if (comma == QUOTH__NONE) return 0;
  if (c->flags & CF_TELL) {
    size_t addr = quoth__np_right(a, doc, k, s1);
    if (addr != QUOTH__NONE) k = doc->mentions[addr].t1;
  }
  if (!quoth__clause_ends(a, k, s1) || adverbial_lead(a, s0, comma) ||
      adverbials_only(a, doc, s0, comma))
    return 0;
  return quoth__add_reported(a, doc, c, m, s0, comma, "content-speaker-cue", 0.7);
}

int quoth__p_content_then_cue(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & CF_ACCORDING) return 0;
  size_t m, comma, k;
  const char *rule;
  if (c->a > s0 && !is_comma(a, c->a - 1) && comma_end(a, doc, c->a, s0) != QUOTH__NONE) {
    /* a fragment closing with its comma: "... ''acted sooner,'' said X" */
    m = quoth__cue_inverts(a, c) ? quoth__np_right(a, doc, c->b, s1) : QUOTH__NONE;
    if (m == QUOTH__NONE) m = quoth__np_left(a, doc, c->a, s0);
    if (m == QUOTH__NONE) return 0;
    comma = c->a;
    k = m < doc->nmentions && doc->mentions[m].t0 >= c->b ? doc->mentions[m].t1 : c->b;
    rule = "content-cue-speaker";
  } else if (c->a > s0 && is_comma(a, c->a - 1)) {
    /* "Whitman, the former governor, told The Star-Ledger ...": the comma
     * closes an apposition, not the content. */
    if (!quoth__cue_inverts(a, c)) return 0;
    /* "Trump's rival, Ted Cruz, said the plan failed": a name set off by
     * commas right before the cue is its subject */
    size_t nm = mention_ending(a, doc, c->a - 1);
    if (nm != QUOTH__NONE && doc->mentions[nm].kind == QUOTH__M_NAME && doc->mentions[nm].t0 > s0 &&
        is_comma(a, doc->mentions[nm].t0 - 1) && quoth__np_right(a, doc, c->b, s1) != QUOTH__NONE &&
        !is_final(a, c->b))
      return 0;
    m = quoth__np_right(a, doc, c->b, s1);
    /* ... unless a name follows that ends the clause: "New York, a state
     * she hoped to carry, will be tight, said Dan Gerstein, director of
     * ...". */
    if (quoth__apposition_left(a, doc, c->a - 1, s0) != QUOTH__NONE &&
        ((c->flags & CF_TELL) || is(a, c->b - 1, "that") || m == QUOTH__NONE ||
         doc->mentions[m].kind != QUOTH__M_NAME || !name_ends_clause(a, doc->mentions[m].t1, s1)))
      return 0;
    if (m == QUOTH__NONE || object_not_speaker(a, doc, m, s1)) return 0;
    comma = c->a - 1;
    k = doc->mentions[m].t1;
    rule = "content-cue-speaker";
  } else {
    m = quoth__np_left(a, doc, c->a, s0);
    if (m == QUOTH__NONE || !quoth__subject_fits(a, doc, m, c)) return 0;
    comma = comma_end(a, doc, doc->mentions[m].t0, s0);
    if (comma == QUOTH__NONE) comma = comma_before_role(a, doc, m, s0);
    if (comma == QUOTH__NONE) return 0;
    k = c->b;
    if (c->flags & CF_TELL) {
      size_t addr = quoth__np_right(a, doc, k, s1);
      if (addr != QUOTH__NONE) k = doc->mentions[addr].t1;
    }
    rule = "content-speaker-cue";
  }
  if (!quoth__clause_ends(a, k, s1) || adverbial_lead(a, s0, comma) ||
      adverbials_only(a, doc, s0, comma))
    return 0;
  return quoth__add_reported(a, doc, c, m, s0, comma, rule, 0.75);
}

/* CONTENT1, SPEAKER CUE, CONTENT2.  A parenthetical cue clause inside the
 * content: one statement in two parts. */

int quoth__p_parenthetical(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & CF_ACCORDING) return 0;
  size_t m = quoth__np_left(a, doc, c->a, s0);
  if (m == QUOTH__NONE || doc->mentions[m].t0 <= s0) return 0;
  if (!quoth__subject_fits(a, doc, m, c)) return 0;
  size_t c1 = doc->mentions[m].t0 - 1, k = c->b;
  /* "..., some Democrats said, that ...": a quantifier before the noun */
  if (c1 > s0 && (TOK(c1).wc & WC_PLURAL_QUANTIFIER) && is_comma(a, c1 - 1)) c1--;
  if (!is_comma(a, c1)) return 0;
  if (c->flags & CF_TELL) { /* "The solution, the partner told them, was simple" */
    size_t addr = quoth__np_right(a, doc, k, s1);
    if (addr != QUOTH__NONE) k = doc->mentions[addr].t1;
  }
  while (k < s1 && k - c->b <= 4 && is_word(a, k) &&
         (TOK(k).lex & (LX_PREP | LX_SKIP | LX_DET) || (TOK(k).shape & TK_CAP)))
    k++;
  if (k >= s1 || !is_comma(a, k) || k + 1 >= s1 || ends_with(a, k + 1, "ing") ||
      quoth__cue_at(a, k + 1))
    return 0;
  size_t e = quoth__content_end(a, k + 1, s1), b0 = quoth__content_start(a, s0, c1);
  if (e <= k + 1 || e - (k + 1) < 2) return 0;
  /* "Survival, Mr. VandeHei says, depends ...", "Now, he says, at least
   * seven ...": a one-word lead is content too, but not a conjunction or
   * a determiner ("But, he said, it is ...", "That, he said, is ..."), a
   * sentence adverb ("Still, he said, ..."), nor the lead of a verb of
   * thought ("Yes, we know, ...") */
  if (c1 <= b0 || (c1 - b0 == 1 && ((TOK(b0).lex & LX_STOP) || (TOK(b0).wc & WC_SENTENCE_ADVERB) ||
                                    (c->flags & CF_WEAK))))
    b0 = c1 = k + 1;
  if (quoth__is_tally_or_list(a, b0, e))
    return 0; /* "ColorOfChange.org, ..., American Family Voices, ..." */
  for (size_t i = b0; i < e; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  int one = b0 == c1;
  quoth_statement *st = quoth__new_statement(a, doc, quoth__clause_kind(a, doc, b0, e), b0,
                                             one ? e : c1, "parenthetical");
  if (!st) return -1;
  if (!one) st->parts[st->nparts++] = (quoth_span){TOK(k + 1).start, TOK(e - 1).end};
  for (size_t i = k + 1; i < e; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  quoth__set_cue(st, a, c);
  quoth__set_speaker(st, doc, m, quoth__mention_conf(doc, m, 0.7));
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
int quoth__add_two_parts(attr *a, quoth_doc *doc, cue *c, size_t m, size_t b0, size_t e0,
                         size_t b1, size_t e1, const char *rule) {
  if (quoth__overlaps_statement(a, doc, b0, e0) || quoth__overlaps_statement(a, doc, b1, e1))
    return 0;
  for (size_t i = b0; i < e1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  quoth_kind kind = quoth__clause_kind(a, doc, b0, e0) == QUOTH_KIND_MIXED
                        ? QUOTH_KIND_MIXED
                        : quoth__clause_kind(a, doc, b1, e1);
  quoth_statement *st = quoth__new_statement(a, doc, kind, b0, e0, rule);
  if (!st) return -1;
  st->parts[st->nparts++] = (quoth_span){TOK(b1).start, TOK(e1 - 1).end};
  for (size_t i = b1; i < e1; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  quoth__set_cue(st, a, c);
  quoth__set_speaker(st, doc, m, quoth__mention_conf(doc, m, 0.75));
  c->flags |= CF_USED;
  return 1;
}

/* Is mention m a share of a group ("75 percent of Republicans", "Nearly
 * three in four")? */
int quoth__share_mention(const attr *a, const quoth_doc *doc, size_t m) {
  const quoth__mention *mm = &doc->mentions[m];
  size_t k = mm->t0;
  while (k < mm->t1 && quoth__share_glue(a, k) && !quoth__share_word(a, k)) k++;
  return k < mm->t1 && quoth__share_word(a, k) && quoth__share_amount(a, mm->t0, mm->t1);
}

/* "In a CNN poll, 75 percent of Republicans said ...", "Nearly three in
 * four say ..., according to the survey": a poll frames what a share of
 * its respondents said; the poll (mention poll) is the source of the
 * statements of this segment in tokens [t0, t1) whose speaker is a share.
 * Returns how many it took. */
int quoth__poll_frames(const attr *a, quoth_doc *doc, size_t poll, size_t t0, size_t t1) {
  size_t b0 = TOK(t0).start, b1 = TOK(t1 - 1).end;
  int n = 0;
  for (size_t i = a->seg_n0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (st->smention == QUOTH__NONE || st->smention == poll || st->nparts == 0 ||
        st->parts[0].start < b0 || st->parts[st->nparts - 1].end > b1 ||
        !quoth__share_mention(a, doc, st->smention))
      continue;
    doc->mentions[st->smention].speaker = 0;
    quoth__set_speaker(st, doc, poll, st->confidence);
    n++;
  }
  return n;
}

/* Does the phrase [b, e) name a record ("a new AP-GfK poll")? */
static int names_record(const attr *a, size_t b, size_t e) {
  for (size_t k = b; k < e; k++)
    if (quoth__is_evidence_noun(a, k)) return 1;
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
int quoth__p_fronted(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
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
    return quoth__add_reported(a, doc, c, m, j, k, "participle-subject", 0.6);
  }
  return 0;
}

/* According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER.  /
 * CONTENT1, according to SPEAKER, CONTENT2. */
/* The source after "according to" (cue c): it runs to the next
 * punctuation, a known mention when it covers it all, else the whole
 * phrase ("a national Gallup Poll taken last week").  Sets *end to the
 * token after it; QUOTH__NONE for none, *end = 0 when out of memory. */
size_t quoth__according_source(attr *a, quoth_doc *doc, const cue *c, size_t s0, size_t s1,
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

int quoth__p_according(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (!(c->flags & CF_ACCORDING)) return 0;
  size_t e;
  size_t m = quoth__according_source(a, doc, c, s0, s1, &e);
  if (m == QUOTH__NONE) return e ? 0 : -1;
  /* the words before the cue, less punctuation and a conjunction ("and,
   * according to officials, adopted ...") */
  size_t b0 = quoth__content_start(a, s0, c->a), e0 = c->a;
  while (e0 > b0 && (TOK(e0 - 1).shape & TK_PUNCT)) e0--;
  int conj = e0 > b0 && (is(a, e0 - 1, "and") || is(a, e0 - 1, "but") || is(a, e0 - 1, "or") ||
                         is(a, e0 - 1, "after") || is(a, e0 - 1, "because") ||
                         is(a, e0 - 1, "while") || is(a, e0 - 1, "although"));
  if (conj) e0--;
  while (e0 > b0 && (TOK(e0 - 1).shape & TK_PUNCT)) e0--;
  /* the words after the source, when a comma or dash sets it off */
  size_t b1 = e, e1 = quoth__content_end(a, e, s1);
  if (b1 < e1 && (is_comma(a, b1) || is_dash(a, b1))) {
    while (b1 < e1 && (TOK(b1).shape & TK_PUNCT)) b1++;
  } else if (m < a->nbase && doc->mentions[m].t1 < e && c->a == b0) {
    b1 = doc->mentions[m].t1; /* "According to Reuters the talks failed" */
  } else {
    b1 = e1;
  }
  size_t before = e0 > b0 ? e0 - b0 : 0, after = e1 > b1 ? e1 - b1 : 0;
  if (names_record(a, c->b, e) && quoth__poll_frames(a, doc, m, b0, e1 > e0 ? e1 : e0)) {
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
    return quoth__add_reported(a, doc, c, m, b1, e1, "according-content", 0.75);
  if (after >= MIN_AFTER && before && continues_predicate(a, b1, e1))
    return quoth__add_two_parts(a, doc, c, m, b0, e0, b1, e1, "content-according");
  if (before) return quoth__add_reported(a, doc, c, m, b0, e0, "content-according", 0.75);
  return 0;
}
