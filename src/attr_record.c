/* attr_record.c - raising cues (X seems to), on-the-record phrases and
 * "Name: content" lines. Part of the attribution stage: see attribute.c for
 * the order of the passes and attr_int.h for what the modules share. */
#include "attr_int.h"

/* The subject of a raising cue: the words before it back to the start of
 * the clause ("Their choice now appears to be"), after the auxiliaries and
 * adverbs in between; [*b, *e) or an empty range for an expletive ("it
 * seems"), a relative pronoun or a subject too long to be one. */
static int raising_subject(const attr *a, const cue *c, size_t s0, size_t *b, size_t *e) {
  size_t k = c->a;
  while (k > s0 && c->a - k < MAX_SKIP + 2 &&
         (quoth__skippable(a, k - 1) || is(a, k - 1, "n't") || is(a, k - 1, "do") ||
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

/* "Quintanilla seemed taken aback and mentioned that ...": "and" then a
 * verb of saying at token k starts the subject's second predicate, which
 * reports a statement of its own; the writer's judgment ends before it. */
static int second_predicate(attr *a, size_t k, size_t c1) {
  if (!is(a, k, "and") || k + 1 >= c1) return 0;
  size_t v = quoth__skip_adverbs(a, k + 1, c1);
  const cue *c = v < c1 ? quoth__cue_at(a, v) : NULL;
  return c && c->a == v && !(c->flags & (CF_WEAK | CF_RAISE)) && !(TOK(v).lex & LX_NOUNCUE) &&
         !(TOK(v).shape & TK_CAP);
}

/* SUBJECT seems/appears/is expected COMPLEMENT: the writer's judgment, with
 * no speaker; one statement whose parts are the subject and the
 * complement, as a PolNeAR-style annotation splits it. */
int quoth__p_raising(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  size_t sb, se, c0 = c->b, c1 = quoth__content_end(a, c->b, s1);
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
    if (is(a, k, ";") || (is_comma(a, k) && (relative || quoth__cue_clause_at(a, doc, k, c1))) ||
        ((is_comma(a, k) || is_dash(a, k)) && k + 1 < c1 &&
         (is(a, k + 1, "but") || is(a, k + 1, "while") || is(a, k + 1, "and"))) ||
        second_predicate(a, k, c1)) {
      c1 = k;
      break;
    }
  if (c1 <= c0 || quoth__overlaps_statement(a, doc, c0, c1)) return 0;
  for (size_t i = c0; i < c1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  if (se > sb && quoth__overlaps_statement(a, doc, sb, se)) sb = se;
  quoth_statement *st = se > sb ? quoth__new_statement(a, doc, quoth__clause_kind(a, doc, c0, c1),
                                                       sb, se, "raising-content")
                                : quoth__new_statement(a, doc, quoth__clause_kind(a, doc, c0, c1),
                                                       c0, c1, "raising-content");
  if (!st) return -1;
  if (se > sb) st->parts[st->nparts++] = (quoth_span){TOK(c0).start, TOK(c1 - 1).end};
  for (size_t i = c0; i < c1; i++)
    if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  quoth__set_cue(st, a, c);
  quoth__set_speaker(st, doc, QUOTH__NONE, 0.5);
  c->flags |= CF_USED;
  return 1;
}

/* "In the latest Washington Post-ABC News poll, conducted in May, Clinton
 * led Trump 47 percent to 39 percent": a clause after an opening "In" +
 * record phrase reports what the record shows; the record is its source.
 * Runs after the cue patterns, so a cue of the clause keeps its own
 * statement. */
int quoth__p_in_record(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  size_t i = s0;
  if (i < s1 && (is(a, i, "but") || is(a, i, "and"))) i++;
  if (i >= s1 || !is(a, i, "in")) return 0;
  size_t e = i + 1;
  int found = 0;
  while (e < s1 && e - i <= 14 && (is_word(a, e) || (TOK(e).shape & TK_POSS) || is(a, e, "-") ||
                                   is(a, e, "/")))
    found |= quoth__is_evidence_noun(a, e++);
  if (!found || e >= s1 || !is_comma(a, e) || e == i + 1) return 0;
  size_t c0 = e + 1;
  if (c0 < s1 && ends_with(a, c0, "ed")) { /* ", conducted in May," */
    size_t k = c0;
    while (k < s1 && k - c0 < 10 && is_word(a, k)) k++;
    if (k < s1 && is_comma(a, k)) c0 = k + 1;
  }
  size_t c1 = quoth__content_end(a, c0, s1);
  if (c1 <= c0 + 1 || !is_word(a, c0)) return 0;
  if (quoth__overlaps_statement(a, doc, i, c1)) {
    size_t m = quoth__add_mention(&a->toks, doc, a->at, i + 1, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) return -1;
    return quoth__poll_frames(a, doc, m, c0, c1) > 0;
  }
  for (size_t k = c0; k < c1; k++)
    if ((TOK(k).shape & TK_QUOTE) && a->qstat[TOK(k).quote] != QUOTH__NONE) return 0;
  size_t m = quoth__add_mention(&a->toks, doc, a->at, i + 1, e, QUOTH__M_NOMINAL);
  if (m == QUOTH__NONE) return -1;
  quoth_statement *st =
      quoth__new_statement(a, doc, quoth__clause_kind(a, doc, c0, c1), c0, c1, "in-record");
  if (!st) return -1;
  quoth__set_speaker(st, doc, m, 0.55);
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
int quoth__p_content_in_record(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  for (size_t i = s0 + MIN_CONTENT; i + 2 < s1; i++) {
    if (!is(a, i, "in")) continue;
    size_t e = poll_phrase_end(a, i, s1);
    if (e == QUOTH__NONE) continue;
    size_t c0 = quoth__content_start(a, s0, i), c1 = i;
    if (c0 < c1 && (is(a, c0, "but") || is(a, c0, "and"))) c0++;
    while (c1 > c0 && (TOK(c1 - 1).shape & TK_PUNCT)) c1--;
    /* "Despite his low standing in the polls, ...": the poll phrase closes
     * a subordinate clause, not the sentence's */
    if (c1 < c0 + MIN_CONTENT || (TOK(c0).wc & WC_SUBORDINATOR) ||
        quoth__overlaps_statement(a, doc, c0, c1))
      return 0;
    for (size_t k = c0; k < c1; k++)
      if (((TOK(k).shape & TK_QUOTE) && a->qstat[TOK(k).quote] != QUOTH__NONE) ||
          quoth__cue_at(a, k) || is(a, k, "who") ||
          is(a, k, "which")) /* "Rubio, who is third in many polls" */
        return 0;
    size_t m = quoth__add_mention(&a->toks, doc, a->at, i + 1, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) return -1;
    quoth_statement *st = quoth__new_statement(a, doc, quoth__clause_kind(a, doc, c0, c1), c0, c1,
                                               "content-in-record");
    if (!st) return -1;
    quoth__set_speaker(st, doc, m, 0.5);
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
int quoth__is_tally_or_list(const attr *a, size_t c0, size_t c1) {
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
    while (j > c0 && c->a - j < MAX_SKIP && quoth__skippable(a, j - 1)) j--;
    size_t m = mention_ending(a, doc, j);
    if (m != QUOTH__NONE && doc->mentions[m].t0 >= c0 && doc->mentions[m].kind != QUOTH__M_PRONOUN)
      return 1;
  }
  return 0;
}

int quoth__p_name_colon(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
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
  size_t c0 = colon + 1, c1 = quoth__content_end(a, c0, s1);
  if (c1 <= c0 || c1 - c0 < MIN_CONTENT) {
    if (!(c1 == c0 + 1 && is_free_quote(a, doc, c0))) return 0;
  }
  for (size_t i = c0; i < c1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  if (quoth__is_tally_or_list(a, c0, c1)) return 0;
  /* a label rather than a source: "The Latest", "EXCLUSIVE" (a person's
   * name opens with no article; a name in capitals is known elsewhere,
   * "TAPPER: ..." after "Jake Tapper") */
  int label = is(a, mm->t0, "the") ||
              (mm->t1 == mm->t0 + 1 && (TOK(mm->t0).shape & TK_ALLCAPS) &&
               !surname_elsewhere(a, doc, m));
  if (label && inner_speaker(a, doc, c0, c1)) return 0;
  quoth_kind kind = c1 == c0 + 1 && is_speech(a, doc, c0) ? QUOTH_KIND_DIRECT
                                                          : quoth__clause_kind(a, doc, c0, c1);
  quoth_statement *st = quoth__new_statement(a, doc, kind, c0, c1, "name-colon-content");
  if (!st) return -1;
  quoth__set_speaker(st, doc, m, 0.6);
  return 1;
}
