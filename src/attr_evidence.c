/* attr_evidence.c - reported speech led by evidence, questions, calls, views
 * and wishes (a poll shows, X asked, X called on, X sees ... as, X hopes
 * to). Part of the attribution stage: see attribute.c for the order of the
 * passes and attr_int.h for what the modules share. */
#include "attr_int.h"

/* Is the cue an evidence verb ("the poll shows", "a study found", the
 * record verbs "has", "puts", "gave")?  Class evidence-verb of
 * word_classes; a one-word cue only ("found out" is no finding). */
static int is_evidence_cue(const attr *a, const cue *c) {
  return c->b == c->a + 1 && (TOK(c->a).wc & WC_EVIDENCE_VERB);
}

int quoth__is_evidence_noun(const attr *a, size_t i) {
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

const char *quoth__record_verb(const attr *a, size_t i, size_t s0, size_t s1) {
  const char *lemma = is(a, i, "has") || is(a, i, "had") || is(a, i, "have") ? "have"
                      : is(a, i, "put") || is(a, i, "puts")                  ? "put"
                      : is(a, i, "gave") || is(a, i, "gives")                ? "give"
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
         !quoth__is_evidence_noun(a, i))) /* a gerund: "record of serving ..." */
      return QUOTH__NONE;
    if (i + 1 == e || !quoth__is_evidence_noun(a, i)) continue;
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
int quoth__p_evidence(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  /* "with polls showing X", "a new poll showing X": a participle right
   * after its record noun */
  int ing = ends_with(a, c->a, "ing");
  if (!is_evidence_cue(a, c) || (ing && !(c->a > s0 && quoth__is_evidence_noun(a, c->a - 1))) ||
      (c->a > s0 && is(a, c->a - 1, "to"))) /* "evidence to suggest": an infinitive */
    return 0;
  size_t e = c->a;
  while (e > s0 && c->a - e < MAX_SKIP && quoth__skippable(a, e - 1)) e--;
  size_t e0 = e, h = record_tail(a, e, s0);
  if (h != QUOTH__NONE) { /* the head noun before "this month", ", released ...," */
    e0 = c->a;            /* the modifier keeps its time words ("released on Tuesday") */
    while (e0 > e && quoth__skippable(a, e0 - 1) && !(TOK(e0 - 1).shape & TK_CAP) &&
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
                (ends_with(a, b - 1, "ing") && !quoth__is_evidence_noun(a, b - 1))))
      break;
    found |= quoth__is_evidence_noun(a, b - 1);
    b--;
    /* "The latest poll", "this video"; but "records from the 2008 cycle" */
    if ((TOK(b).lex & LX_DET) && !(b > s0 && (TOK(b - 1).lex & LX_PREP))) break;
  }
  if (!found || b == e || (TOK(e - 1).lex & (LX_PRON | LX_PREP))) return 0;
  e = e0;
  size_t c0 = c->b;
  if (c0 < s1 && is(a, c0, "that")) c0++;
  size_t c1 = quoth__content_end(a, c0, s1);
  if (c1 <= c0 || (TOK(c0).lex & LX_PREP) || is_final(a, c0)) return 0;
  size_t m = mention_starting(a, doc, b, e);
  if (m == QUOTH__NONE || doc->mentions[m].t1 != e) {
    m = quoth__add_mention(&a->toks, doc, a->at, b, e, QUOTH__M_NOMINAL);
    if (m == QUOTH__NONE) return -1;
  }
  return quoth__add_reported(a, doc, c, m, c0, c1, "record-shows-content", 0.6);
}

/* "Asked if he was ever bullied, the candidate said no", "When asked by a
 * reporter whether ..., Trump said": a passive "asked" opening its clause
 * reports the question put to the subject; the asker (after "by") is its
 * speaker, else the question has none.  The question runs from the
 * wh-word (or after "about") to the comma. */
int quoth__p_asked(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
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
  /* "... declined to say when asked whether ...": "when" or "after" opens
   * the adverbial clause anywhere */
  if (!passive && !(k == s0 || k < c->a || is_comma(a, k - 1) || is(a, k - 1, "and"))) return 0;
  size_t j = c->b, m = QUOTH__NONE;
  if (j < s1 && is(a, j, "by")) {
    m = quoth__np_right(a, doc, j + 1, s1);
    if (m == QUOTH__NONE) return 0;
    j = doc->mentions[m].t1;
  }
  while (j < s1 && j - c->b <= 4 && (TOK(j).lex & LX_SKIP)) j++; /* "asked Sunday" */
  size_t q = quoth__question_start(a, c, j, s1);
  if (j < s1 && is(a, j, "about")) q = j;
  /* "Asked on Fox News who leads the party": an adjunct before the
   * question, not an addressee */
  int adjunct = j < s1 && (TOK(j).lex & LX_PREP) && !is(a, j, "about") && !is(a, j, "to");
  if (q == QUOTH__NONE || q >= s1 || (q > j + 1 && !adjunct)) return 0;
  if (passive) {
    size_t e = quoth__content_end(a, q, s1);
    if (e - q < 2) return 0;
    return quoth__add_reported(a, doc, c, m, q, e, "asked-question", 0.6);
  }
  size_t e = q;
  while (e < s1 && !is_comma(a, e) && !is_final(a, e)) e++;
  /* "..., Trump said when asked how ties would fare.": closing the
   * sentence, the question runs to its end */
  int closing = k > s0 && k < c->a && !(is_comma(a, e) && e + 1 < s1 && !is_final(a, e + 1));
  if (closing) e = quoth__content_end(a, q, s1);
  if (e >= s1 || !(is_comma(a, e) || closing) || e - q < 2 || e - q > MAX_CONTENT) return 0;
  return quoth__add_reported(a, doc, c, m, q, e, "asked-question", 0.6);
}

/* SPEAKER called OBJECT PREDICATE: "Sanders called him divisive", "Friedan
 * called Mrs. Schlafly an ''Aunt Tom''", "Gowdy's office calls the whole
 * thing an attack": the object with what it was called is the content.
 * The object must be a known mention followed by more words; "called a
 * meeting", "called Cruz on Tuesday", "a website called X" are other
 * senses. */
/* Where the call's content ends: at a comma, or a quotation whose comma
 * closes inside the marks, that a cue follows ("who calls Trump a
 * “sociopath,” said he would not vote"): the next clause of saying is
 * its own statement.  The quotation stays with the call. */
static size_t called_end(attr *a, const quoth_doc *doc, size_t b, size_t s1) {
  size_t e = quoth__content_end(a, b, s1);
  for (size_t k = b + 1; k + 1 < e; k++) {
    if (is_comma(a, k) && quoth__cue_at(a, k + 1)) return k;
    if (quoth__comma_quote(a, doc, k) && quoth__cue_at(a, k + 1)) return k + 1;
  }
  return e;
}

int quoth__p_called(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (strcmp(c->lemma, "call") != 0 || c->b != c->a + 1 || ends_with(a, c->a, "ing")) return 0;
  size_t o = mention_starting(a, doc, c->b, s1);
  if (o == QUOTH__NONE || doc->mentions[o].kind == QUOTH__M_ANON) return 0;
  size_t p = doc->mentions[o].t1;
  if (p >= s1 || !is_word(a, p) || (TOK(p).lex & (LX_PREP | LX_SKIP | LX_STOP)) ||
      (TOK(p).shape & TK_NUM) || quoth__skippable(a, p) || quoth__cue_at(a, p) ||
      ends_with(a, p, "ing"))
    return 0;
  size_t m = quoth__speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  const quoth__mention *sm = &doc->mentions[m];
  if (sm->kind == QUOTH__M_NOMINAL && (is(a, sm->t0, "a") || is(a, sm->t0, "an"))) return 0;
  return quoth__add_reported(a, doc, c, m, c->b, called_end(a, doc, c->b, s1), "speaker-called-object",
                             0.6);
}

/* Does cue phrase c hold its own object, a noun of saying
 * (speech_nouns.tsv): "issued a statement", "put out a statement",
 * "issue a warning"?  Not with a preposition inside ("said in a
 * statement": the noun is an adjunct, the verb still takes a clause) nor
 * an adjective ("made it clear"). */
static int object_phrase(const attr *a, const cue *c) {
  if (c->b <= c->a + 1 || !a->ls.snouns) return 0;
  for (size_t k = c->a + 1; k < c->b; k++)
    if (TOK(k).lex & LX_PREP) return 0;
  size_t n = c->b - 1;
  return quoth__lex_find(a->ls.snouns, quoth__tok_key(&a->toks, n), TOK(n).keylen) != NULL;
}

/* "McCain issued a statement after Trump told reporters ...", "issued a
 * warning when the vote failed": a cue phrase that holds its own object
 * ("issued a statement") followed by a subordinate clause ("after",
 * "when", "because", ...) has no content after it: the clause is an
 * adjunct, and a cue inside it speaks for itself.  Not when a "that" or a
 * subject pronoun soon follows ("told reporters after the meeting that
 * ...", "... after the vote he would ..."): content_from finds that
 * content past the adjunct.  "if" may open a question ("asked the
 * question if ..."), so it does not count. */
int quoth__cue_adjunct_after(attr *a, const cue *c, size_t s1) {
  if (c->b >= s1 || !object_phrase(a, c)) return 0;
  if (!(TOK(c->b).wc & WC_SUBORDINATOR) || is(a, c->b, "if")) return 0;
  for (size_t k = c->b + 1; k < s1 && k - c->b <= MAX_THAT && is_word(a, k); k++)
    if (is(a, k, "that") || ((TOK(k).lex & LX_PRON) && !(TOK(k).lex & LX_POSSDET) && k - c->b <= 4))
      return 0;
  return 1;
}

/* "McCain issued a statement saying he would not vote", "the campaign
 * released a statement Monday saying that ...": a cue phrase that holds
 * its object, then a speech participle.  The subject of the phrase said
 * it (the statement is only its medium); the content is what follows the
 * participle, which the statement uses up. */
int quoth__p_statement_saying(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->b >= s1 || !object_phrase(a, c)) return 0;
  cue *p = quoth__cue_at(a, quoth__skip_time(a, c->b, s1));
  if (!p || !ends_with(a, p->a, "ing") || (p->flags & (CF_USED | CF_WEAK | CF_OBJECT)) ||
      !(p->flags & CF_CLAUSE) || p->b >= s1)
    return 0;
  size_t j = is(a, p->b, "that") ? p->b + 1 : p->b;
  if (j >= s1 || !is_word(a, j) || (TOK(j).lex & LX_PREP)) return 0; /* "apologizing to" */
  size_t m = quoth__speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  int r = quoth__add_reported(a, doc, c, m, j, quoth__content_end(a, j, s1),
                              "speaker-statement-saying", 0.75);
  if (r > 0) p->flags |= CF_USED;
  return r;
}

/* SPEAKER sees/views/regards OBJECT as PREDICATE: "Democrats see Sanders as
 * an agent in Clinton's decline", "Israel regards all of Jerusalem as its
 * capital": a verb of judgment with "as" reports the speaker's view; the
 * object with its predicate is the content.  "as" must follow the object
 * within a few words and open a noun phrase or an adjective, not a clause
 * ("could see his love as he spoke"); an infinitive ("to see all the girls
 * dressed as Rey") or a passive ("viewed by many as") is left alone. */
int quoth__p_see_as(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (strcmp(c->lemma, "see") != 0 && strcmp(c->lemma, "view") != 0 &&
      strcmp(c->lemma, "regard") != 0)
    return 0;
  if (c->b != c->a + 1 || ends_with(a, c->a, "ing") || is(a, c->a, "seen") ||
      (c->a > s0 && is(a, c->a - 1, "to")))
    return 0;
  size_t k = c->b;
  if (k >= s1 || !is_word(a, k) || is(a, k, "by") || is(a, k, "as")) return 0;
  while (k < s1 && k - c->b <= 7 && is_word(a, k) && !is(a, k, "as") && !quoth__cue_at(a, k)) k++;
  if (k + 1 >= s1 || !is(a, k, "as") || k == c->b || !is_word(a, k + 1)) return 0;
  /* "as he spoke", "as it was": a subject pronoun opens a clause */
  if ((TOK(k + 1).lex & LX_PRON) && !(TOK(k + 1).lex & LX_POSSDET)) return 0;
  if (is(a, k + 1, "well") || is(a, k + 1, "long") || is(a, k + 1, "soon") ||
      is(a, k + 1, "much") || is(a, k + 1, "if") || is(a, k + 1, "though"))
    return 0;
  size_t m = quoth__speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  return quoth__add_reported(a, doc, c, m, c->b, quoth__content_end(a, c->b, s1), "speaker-sees-as",
                             0.5);
}

/* The "as" that opens the clause of source m ("as Clyburn noted", "As The
 * Atlantic noted": the name scan leaves out the article), or NONE. */
static size_t as_before(const attr *a, const quoth_doc *doc, size_t m, size_t s0) {
  size_t t = doc->mentions[m].t0;
  if (t > s0 + 1 && is(a, t - 1, "the") && (TOK(t - 1).shape & TK_CAP)) t--;
  return t > s0 && is(a, t - 1, "as") ? t - 1 : QUOTH__NONE;
}

/* Where the clause "as X CUE" closes: right after the cue, or after a
 * time ("on Saturday"), an adverb ("before", "previously") or a short
 * phrase opened by a preposition ("in The Intercept", "at the meeting");
 * returns that comma or final mark, or NONE.  "as they call each other",
 * "as Kerry continues to pursue diplomacy", "as voters responded to
 * Republican efforts" (a verb phrase after the cue) close no clause of
 * saying. */
static size_t as_clause_end(attr *a, const cue *c, size_t s1) {
  size_t k = quoth__skip_time(a, c->b, s1);
  while (k < s1 && is_word(a, k) && (ends_with(a, k, "ly") || is(a, k, "before")) && k - c->b < 3)
    k++;
  if (k < s1 && is_word(a, k) && (TOK(k).lex & LX_PREP) && !(TOK(k).lex & LX_SKIP) &&
      !is(a, k, "to") && !is(a, k, "that") && !is(a, k, "of")) {
    size_t p = k++;
    while (k < s1 && k - p <= 5 && (is_word(a, k) || (TOK(k).shape & TK_POSS)) &&
           !quoth__cue_at(a, k))
      k++;
  }
  return k < s1 && (is_comma(a, k) || is_final(a, k)) && !is(a, k, "(") ? k : QUOTH__NONE;
}

/* A short lead before ", as X noted, CLAUSE": 1 when it belongs to the
 * clause ("Just a few weeks ago", "In the old Soviet Union": at most six
 * words, no cue, no quote); 0 when it is no content (a conjunction or a
 * sentence adverb, "However", "And", or a two-word phrase opened by a
 * preposition, "Of course", "In fact"); -1 when it is longer, a clause of
 * its own. */
static int as_lead(attr *a, size_t s0, size_t e, size_t *b) {
  *b = quoth__content_start(a, s0, e);
  if (*b < e && (is(a, *b, "and") || is(a, *b, "but"))) (*b)++;
  if (e <= *b || e - *b > 6) return -1;
  for (size_t i = *b; i < e; i++)
    if (!is_word(a, i) || quoth__cue_at(a, i) || (TOK(i).shape & TK_QUOTE)) return -1;
  if (e == *b + 1 && ((TOK(*b).lex & LX_STOP) || (TOK(*b).wc & WC_SENTENCE_ADVERB))) return 0;
  return !(e <= *b + 2 && (TOK(*b).lex & LX_PREP));
}

/* "As the paper noted, it is surprising ...", "But as Clyburn noted,
 * those voters will ...", "As The Washington Post reported just today,
 * ...": an "as" clause of saying opening the sentence names the source of
 * the clause after its comma.  Between the cue and the comma only a few
 * words of time or manner ("in December", "just today"); the content runs
 * to the end of the clause.  After a short lead ("Just a few weeks ago,
 * as Western Journalism reported, Thor and Beck were ...") the lead is a
 * part of the content; after a conjunction or a sentence adverb
 * ("However, as POLITICO has reported, ...") it is not.  Closing the
 * sentence ("..., as David Dayen noted in The Intercept.") the clause
 * before the comma is the content. */
int quoth__p_as_source(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & (CF_WEAK | CF_RAISE | CF_DESIRE | CF_ACCORDING | CF_TELL)) return 0;
  size_t k = c->b;
  while (k < s1 && k - c->b < 4 && is_word(a, k) && !is(a, k, "that") && !quoth__cue_at(a, k) &&
         !(TOK(k).lex & (LX_PRON | LX_DET | LX_POSSDET)))
    k++;
  size_t m = quoth__speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  size_t as = as_before(a, doc, m, s0);
  if (as == QUOTH__NONE) return 0;
  size_t end = as > s0 ? as_clause_end(a, c, s1) : k;
  if (end == QUOTH__NONE || strcmp(c->lemma, "speak") == 0) return 0; /* "as Yellen speaks" */
  if (as > s0 + 1 && is_comma(a, as - 1) && !is_comma(a, end)) {
    /* "..., as X noted in Y." */
    size_t b = quoth__content_start(a, s0, as - 1);
    if (b < as - 1 && (is(a, b, "and") || is(a, b, "but"))) b++;
    return as - 1 >= b + MIN_CONTENT
               ? quoth__add_reported(a, doc, c, m, b, as - 1, "content-as-source", 0.6)
               : 0;
  }
  if (end + 2 >= s1 || !is_comma(a, end)) return 0;
  size_t c0 = end + 1, b = s0;
  if (!is_word(a, c0) && !is_speech(a, doc, c0)) return 0;
  /* "..., and as Comey noted, people ...": a clause of its own before */
  int conj = as > s0 && (is(a, as - 1, "but") || is(a, as - 1, "and"));
  if (as == s0 || (conj && (as == s0 + 1 || is_comma(a, as - 2))))
    return quoth__add_reported(a, doc, c, m, c0, quoth__content_end(a, c0, s1),
                               "as-source-content", 0.6);
  if (as < s0 + 2 || !is_comma(a, as - 1)) return 0;
  int lead = as_lead(a, s0, as - 1, &b);
  if (lead > 0)
    return quoth__add_two_parts(a, doc, c, m, b, as - 1, c0, quoth__content_end(a, c0, s1),
                                "as-source-content");
  /* "However, as POLITICO has reported, ...": no lead; "..., given that,
   * as The Times reported, he has ...": the clause before is the writer's */
  return quoth__add_reported(a, doc, c, m, c0, quoth__content_end(a, c0, s1), "as-source-content",
                             0.6);
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
  return is_word(a, p) && !(TOK(p).shape & TK_CAP) && !(TOK(p).lex & fn) && !quoth__cue_at(a, p) &&
         !ends_with(a, p, "ly") && !ends_with(a, p, "ed");
}

/* "The congressman also plans to vote for Sanders, Welch said.": a cue of
 * speech closing the clause after a comma ("..., Welch said", "...,
 * said Welch", "..., according to a lawsuit", "..., the campaign told USA
 * TODAY") reports the whole clause, the wish with it.  Not a participle
 * (", pointing to ..."), a second predicate (", and argue that ...") nor
 * a clause of its own (", the Democrats stressed the need ..."). */
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
      if (quoth__cue_inverts(a, d) && quoth__np_right(a, doc, d->b, s1) != QUOTH__NONE) return 1;
      continue;
    }
    size_t p = d->a;
    while (p > c->b && d->a - p <= 6 && !is_comma(a, p - 1)) p--;
    if (p <= c->b || !is_comma(a, p - 1) || quoth__verb_coordinator(a, p) || is(a, p, "or"))
      continue;
    size_t m = quoth__speaker_left(a, doc, d, p);
    if (m == QUOTH__NONE || doc->mentions[m].t0 != p) continue;
    size_t e = d->b;
    if (d->flags & CF_TELL) { /* "told USA TODAY." */
      size_t n = quoth__np_right(a, doc, e, s1);
      if (n != QUOTH__NONE) e = doc->mentions[n].t1;
    }
    if (quoth__clause_ends(a, e, s1) || is_comma(a, e)) return 1;
  }
  return 0;
}

/* SPEAKER hopes to/that CONTENT. */
int quoth__p_desire(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (!(c->flags & CF_DESIRE)) return 0;
  if (reported_by_later_cue(a, doc, c, s1)) return 0;
  /* "dampened plans to", "had better plan to": a noun or a bare infinitive */
  if (c->a > s0 && (ends_with(a, c->a - 1, "ed") || is(a, c->a - 1, "better"))) return 0;
  size_t m = quoth__speaker_left(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  if (desire_in_relative(a, doc, m, s0)) return 0;
  size_t c0 = is(a, c->b, "that") ? c->b + 1 : c->b;
  return quoth__add_reported(a, doc, c, m, c0, quoth__content_end(a, c0, s1),
                             "speaker-desire-content", 0.5);
}
