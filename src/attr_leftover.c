/* attr_leftover.c - quotes left without a speaker by the patterns:
 * continuation, bylines, nearby cues. Part of the attribution stage: see
 * attribute.c for the order of the passes and attr_int.h for what the
 * modules share. */
#include "attr_int.h"

/* ---- quotes left over ----------------------------------------------------- */

/* A cue with a known speaker right after quote q (",'' said Senator John
 * McCain of Arizona"): the quote has its own attribution even where no
 * pattern took it. */
static int cue_follows(attr *a, const quoth_doc *doc, size_t q) {
  size_t s1 = a->toks.segstart[TOK(q).seg + 1], j = quoth__quote_end(a, q, s1);
  if (j < s1 && (is_comma(a, j) || is_dash(a, j))) j++;
  for (size_t k = j; k < s1 && k < j + 4; k++) {
    cue *c = quoth__cue_at(a, k);
    if (c)
      return !(c->flags & (CF_WEAK | CF_ACCORDING)) &&
             (mention_ending(a, doc, k) != QUOTH__NONE ||
              mention_starting(a, doc, c->b, s1) != QUOTH__NONE);
    if (!is_word(a, k)) return 0;
  }
  return 0;
}

/* Does a noun phrase at token t stand where the subject of the sentence
 * starting at s0 stands: opening it, or its main clause after an
 * introductory phrase and comma ("Earlier this year, Davis ..."), after a
 * lone conjunction ("But Bystrom ...") or after a possessor ("Iowa State
 * University's Dianne Bystrom")?  Not a name inside a phrase ("near the
 * city's lakefront Rock and Roll Hall of Fame"). */
static int subject_position(const attr *a, size_t s0, size_t t) {
  return t == s0 || is_comma(a, t - 1) || (TOK(t - 1).shape & TK_POSS) ||
         (t == s0 + 1 && (TOK(s0).lex & LX_STOP));
}

/* Is mention n a person that narration may be about: a name (not a lone
 * capitalized word opening the sentence, which may be no name: "Pause."),
 * he or she, or a title as the head of a noun phrase ("The judge then
 * turned to me.", "The Christian leader further related ...")? */
static int narrated_person_at(const attr *a, const quoth_doc *doc, size_t n) {
  const quoth__mention *nm = &doc->mentions[n];
  if (nm->plural) return 0;
  switch (nm->kind) {
  case QUOTH__M_NAME:
    return nm->t1 > nm->t0 + 1 || !(TOK(nm->t0).shape & TK_SEGSTART) ||
           (TOK(nm->t0).lex & LX_GIVEN);
  case QUOTH__M_PRONOUN: return nm->gender == 'm' || nm->gender == 'f';
  case QUOTH__M_NOMINAL: return (TOK(nm->t0).lex & LX_DET) && (TOK(nm->t1 - 1).lex & LX_TITLE);
  default: return 0;
  }
}

/* "“Q1,” said Craig Robinson. ¶ Dianne Bystrom agreed. “Q2”": a sentence
 * with no statement between the last statement and the quote, whose
 * subject is a person, introduces the next speaker: a name in subject
 * position (subject_position), not a possessor alone ("Alpert's metaphor
 * is telling"). */
static size_t narrated_subject(const attr *a, const quoth_doc *doc, size_t q, size_t m) {
  size_t seg = TOK(q).seg;
  if (seg == 0 || a->prev_seg + 1 >= seg) return m;
  size_t s0 = a->toks.segstart[seg - 1], s1 = a->toks.segstart[seg];
  for (size_t t = s0; t < s1 && t - s0 < WINDOW; t++) {
    size_t n = a->at[t];
    if (n == QUOTH__NONE || doc->mentions[n].t0 != t || !doc->mentions[n].subject) continue;
    if (!subject_position(a, s0, t)) return m;
    size_t e = doc->mentions[n].t1;
    if (e + 1 < s1 && (TOK(e).shape & TK_POSS)) {
      n = mention_starting(a, doc, e + 1, s1);
      if (n == QUOTH__NONE) return m;
    }
    return narrated_person_at(a, doc, n) ? n : m;
  }
  return m;
}

/* Does the quote's own text end with a comma, a question or exclamation
 * mark or a dash: the writer's sign that the sentence goes on? */
static int quote_ends_open(const quoth_doc *doc, const quoth_quote *qq) {
  size_t e = quoth__quote_words_end(doc, qq);
  char c = quoth__quote_last_char(doc, qq);
  return c == ',' || c == '?' || c == '!' ||
         (e - qq->inner.start >= 3 && memcmp(doc->text + e - 3, "\xE2\x80\x94", 3) == 0);
}

/* A verb of narration after a quote that the cue lexicon does not hold:
 * a lower-case past form ("pressed", "remembered") or any lower-case verb
 * with its particle ("went on", "shot back", "cut in").  Token v; the end
 * of the verb, or v itself when there is none. */
static size_t narration_verb(const attr *a, size_t v, size_t s1) {
  if (v >= s1 || !is_word(a, v) || (TOK(v).shape & TK_CAP) ||
      (TOK(v).lex & (LX_STOP | LX_PREP | LX_DET | LX_PRON | LX_POSSDET)) || (TOK(v).wc & WC_BE))
    return v;
  if (v + 1 < s1 && (is(a, v + 1, "on") || is(a, v + 1, "back") || is(a, v + 1, "in")))
    return v + 2;
  return ends_with(a, v, "ed") ? v + 1 : v;
}

/* "“Would it be negotiable?” Hannity pressed.", "“Q,” Trump went on, as if
 * he didn't hear her", "“Q,” remembered Roy Verley, HP's former
 * spokesman": a quote opening its sentence and ending open (quote_ends_open),
 * then a named person and a verb of narration closing the clause (or the
 * verb, then the name), is that person's although the verb is not a cue.
 * Not "“Q,” Trump supporters chanted" (the clause goes on past the verb)
 * nor "“Q,” Clinton aide Huma Abedin" (no verb). */
static size_t speaker_verb_after(attr *a, const quoth_doc *doc, size_t q, size_t s1) {
  if (!(TOK(q).shape & TK_SEGSTART) || !quote_ends_open(doc, &doc->quotes[TOK(q).quote]))
    return QUOTH__NONE;
  size_t j = quoth__quote_end(a, q, s1), seg = TOK(q).seg, m, e;
  /* "“Q?” Hannity pressed.": the sentence splitter ends a sentence at the
   * question mark when no cue it knows follows; the clause after it is
   * the next segment */
  if (j >= s1) {
    if (seg + 2 > a->toks.nsegs || TOK(s1).para != TOK(q).para) return QUOTH__NONE;
    j = s1;
    s1 = a->toks.segstart[seg + 2];
  }
  m = mention_starting(a, doc, j, s1);
  if (m != QUOTH__NONE) {
    size_t v = doc->mentions[m].t1;
    if ((e = narration_verb(a, v, s1)) == v) return QUOTH__NONE;
  } else {
    if ((e = narration_verb(a, j, s1)) != j + 1) return QUOTH__NONE; /* "remembered X" */
    m = mention_starting(a, doc, e, s1);
    if (m == QUOTH__NONE || doc->mentions[m].kind == QUOTH__M_PRONOUN) return QUOTH__NONE;
    e = doc->mentions[m].t1;
  }
  const quoth__mention *mm = &doc->mentions[m];
  int person = (mm->kind == QUOTH__M_NAME && !mm->plural) ||
               (mm->kind == QUOTH__M_PRONOUN && (mm->gender == 'm' || mm->gender == 'f'));
  return person && (e >= s1 || is_final(a, e)) ? m : QUOTH__NONE;
}

int quoth__p_quote_speaker_verb(attr *a, quoth_doc *doc, size_t q) {
  size_t s1 = a->toks.segstart[TOK(q).seg + 1], m = speaker_verb_after(a, doc, q, s1);
  if (m == QUOTH__NONE) return 0;
  quoth_statement *st =
      quoth__new_statement(a, doc, QUOTH_KIND_DIRECT, q, q + 1, "quote-speaker-verb");
  if (!st) return -1;
  quoth__set_speaker(st, doc, m, 0.6);
  return 1;
}

/* "So is UKIP's job to destroy the Tories, as former member Robert
 * Kilroy-Silk once declared? “No. The aim of UKIP is ...”": a sentence of
 * the writer's that asks a question, though it holds a reported statement,
 * is answered by the quote right after it; the answer is the person asked,
 * not the source the question cites.  A direct quote that asks ("“Q?” he
 * asked. “Q2”") goes on as before. */
static int answers_question(const attr *a, const quoth_statement *p, size_t q) {
  size_t seg = TOK(q).seg;
  if (p->kind == QUOTH_KIND_DIRECT || seg == 0 || a->prev_seg + 1 != seg) return 0;
  return is(a, a->toks.segstart[seg] - 1, "?");
}

/* Does quote q open its sentence, or follow only a connective of the
 * writer's ("But “Q”", "Instead, “Q”", "Then, “Q”")? */
static int opens_sentence(const attr *a, size_t q) {
  if (TOK(q).shape & TK_SEGSTART) return 1;
  size_t s0 = a->toks.segstart[TOK(q).seg];
  if (q == s0 + 1) return quoth__opening_connective(a, s0);
  return q == s0 + 2 && quoth__opening_connective(a, s0) && is_comma(a, s0 + 1);
}

/* Longest opening adverbial before a quote that continues, in tokens. */
#define MAX_LEAD 12

/* Can token t open an adverbial: an adverb ("Instead", "Now",
 * "Specifically"), a preposition or a subordinator ("Unless")? */
static int lead_word(const attr *a, size_t t) {
  const quoth__tok *f = &TOK(t);
  return is_word(a, t) && !(f->lex & LX_PRON) &&
         ((f->wc & (WC_SENTENCE_ADVERB | WC_ADVERBIAL_OPENER | WC_SUBORDINATOR)) ||
          (f->lex & LX_PREP) || ((f->lex & LX_SKIP) && !(f->lex & LX_STOP)) ||
          ends_with(a, t, "ly"));
}

/* Does quote q open its clause: its sentence, or after a short opening
 * adverbial with no speaker of its own ("“Q1,” said Trump. Instead, “Q2”",
 * "Specifically, “Q2”", "Unless further rivals quit the race, “Q2”",
 * "Then, later that month on CNN: “Q2”")?  The adverbial opens with an
 * adverb, a preposition or a subordinator and ends with a comma or colon
 * right before the quote; the sentence has no cue, and no pronoun, verb
 * "be" or subject in the adverbial ("It continued: “Q”", "At the bottom
 * it reads, “Q”", "Trump leaned in: “Q”" are someone's own). */
static int opens_clause(const attr *a, const quoth_doc *doc, size_t q) {
  if (opens_sentence(a, q)) return 1;
  size_t s0 = a->toks.segstart[TOK(q).seg];
  if (a->ncues || q - s0 > MAX_LEAD || !(is_comma(a, q - 1) || is(a, q - 1, ":")) ||
      (TOK(q - 1).shape & TK_PARASTART))
    return 0;
  for (size_t t = s0; t + 1 < q; t++) {
    size_t m = a->at[t];
    if ((TOK(t).shape & TK_QUOTE) || (TOK(t).lex & LX_PRON) || (TOK(t).wc & WC_BE) ||
        (m != QUOTH__NONE && doc->mentions[m].subject))
      return 0;
    /* every part set off by a comma opens as an adverbial: "On a
     * controversial evening, AS offers one viewpoint: “Q”" has a clause */
    if ((t == s0 || is_comma(a, t - 1)) &&
        (!lead_word(a, t) || (t > s0 && (TOK(t).shape & TK_CAP)))) /* "AS", a paper */
      return 0;
  }
  return 1;
}

/* A quote opening its clause (opens_clause) after a statement by X, in
 * the same paragraph or up to MAX_PARA_GAP paragraphs before (quote
 * paragraphs in a row, or a line of narration between them), is X's.  Across two or more
 * paragraph breaks the guess is weak (on PolNeAR train about half of such
 * statements have the right speaker, against 0.88 within a paragraph;
 * docs/continuation.md): such a statement is "continuation-far", with a
 * confidence to match, so that a reader or --min-confidence can tell it
 * from a continuation proper. */
int quoth__p_continuation(attr *a, quoth_doc *doc, size_t q, size_t prev) {
  if (prev == QUOTH__NONE || !opens_clause(a, doc, q) || cue_follows(a, doc, q)) return 0;
  const quoth_statement *p = &doc->statements[prev];
  if (p->smention == QUOTH__NONE || p->paragraph + MAX_PARA_GAP < TOK(q).para ||
      answers_question(a, p, q))
    return 0;
  size_t smention = narrated_subject(a, doc, q, p->smention);
  int far = p->paragraph + 1 < TOK(q).para;
  /* “But I think the dream has changed,” because of shifts in the
   * economy: running words after the quote belong to the statement, when
   * the quote runs on or they open an adjunct of it.  After words closed
   * by their own mark a new clause of the writer's starts ("“Anybody but
   * Trump,” was another", "“Mr. D'Souza?” I had prepared a statement"). */
  size_t s1 = a->toks.segstart[TOK(q).seg + 1];
  int runs = q + 1 < s1 && is_word(a, q + 1) &&
             (quoth__quote_runs_on(a, doc, q, s1) ||
              (TOK(q + 1).wc & WC_SUBORDINATOR) || (TOK(q + 1).lex & LX_PREP));
  size_t t1 = runs ? quoth__clause_tail(a, doc, q, s1) : q + 1;
  if (t1 < q + 1) t1 = q + 1;
  quoth_statement *st =
      quoth__new_statement(a, doc, t1 > q + 1 ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT, q, t1,
                           far ? "continuation-far" : "continuation");
  if (!st) return -1;
  st->smention = smention;
  st->resolved = QUOTH_RESOLVED_CONTINUATION;
  st->confidence = far ? 0.5 : (TOK(q).shape & TK_PARASTART) ? 0.65 : 0.6;
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

int quoth__p_dash_byline(attr *a, quoth_doc *doc, size_t q) {
  size_t m = dash_byline(a, doc, q);
  if (m == QUOTH__NONE) return 0;
  quoth_statement *st =
      quoth__new_statement(a, doc, QUOTH_KIND_DIRECT, q, q + 1, "quote-dash-byline");
  if (!st) return -1;
  quoth__set_speaker(st, doc, m, 0.7);
  return 1;
}

/* "Duterte has been called “the Trump of the East”", "Trump was asked:
 * “Q?”", "the book is described as “riveting”": a subject (ending at token
 * e, before quote q) followed by a passive verb is what the words are
 * about or put to, not who said them.  Returns the token after the
 * participle, or 0 when the verb is not passive.  Before a colon, where
 * "X was pleased: “Q”" is X's, only a verb of speech counts ("was
 * asked:"). */
static size_t passive_after(const attr *a, size_t e, size_t q, int colon) {
  size_t k = e;
  while (k < q && k < e + 3 && is_word(a, k) && !(TOK(k).wc & WC_BE)) {
    if (!(TOK(k).lex & LX_SKIP)) return 0; /* has, often, also, ... */
    k++;
  }
  if (k >= q || !(TOK(k).wc & WC_BE)) return 0;
  for (k++; k < q && (TOK(k).lex & LX_SKIP); k++) ;
  if (k < q && (TOK(k).wc & WC_BE)) k++; /* "has been" */
  for (; k < q && (TOK(k).lex & LX_SKIP); k++) ;
  if (k >= q || !is_word(a, k) || (TOK(k).shape & TK_CAP) || (colon && !(TOK(k).lex & LX_CUE)))
    return 0;
  int participle = ends_with(a, k, "ed") || ends_with(a, k, "en") || ends_with(a, k, "wn") ||
                   is(a, k, "told") || is(a, k, "seen") || is(a, k, "thought");
  if (!participle || is(a, k, "quoted")) return 0; /* "X was quoted saying: “Q”" is X's */
  /* "was heard saying", "was named best female, sending a message of
   * thanks on video saying": the subject speaks */
  for (size_t i = k + 1; i < q && i < k + 20; i++)
    if (is(a, i, "saying") || is(a, i, "say")) return 0;
  return k + 1;
}

/* "As Akhil Amar, a professor, put it, “Q”", "As The Post's Ruth Marcus
 * notes, ...": a sentence opening with "as" and a verb of saying before
 * quote q names the source in its "as" clause, which is no adjunct to
 * skip. */
static int source_adjunct(const attr *a, size_t s0, size_t q) {
  if (!is(a, s0, "as")) return 0;
  for (size_t t = s0 + 1; t < q && t - s0 < MAX_APPOS; t++)
    if ((TOK(t).lex & LX_CUE) || is(a, t, "put") || is(a, t, "puts"))
      return 1;
  return 0;
}

/* "The Clinton campaign, in a Q&A on the controversy, worded it even
 * more carefully: “Q”": before a colon and quote q, a noun phrase opening
 * the sentence (after an opening adjunct), then an insertion opened by a
 * preposition between commas, then a lower-case word (the predicate): the
 * phrase is the subject, whatever the mention scan marked inside or after
 * it ("Q", "it").  NONE otherwise. */
static size_t set_off_subject(attr *a, quoth_doc *doc, size_t q, size_t s0) {
  if (q <= s0 + 1 || !is(a, q - 1, ":")) return QUOTH__NONE;
  size_t t = source_adjunct(a, s0, q) ? s0 : quoth__opening_adjunct_end(a, s0, q), k = t;
  if (!(TOK(t).lex & LX_DET) && !(TOK(t).shape & TK_CAP)) return QUOTH__NONE;
  while (k < q && k - t < 6 && is_word(a, k) && !(TOK(k).lex & (LX_PREP | LX_CUE | LX_PRON)))
    k++;
  if (k == t || k + 2 >= q || !is_comma(a, k) || !(TOK(k + 1).lex & LX_PREP)) return QUOTH__NONE;
  size_t c = k + 2;
  while (c + 1 < q && c - k < MAX_APPOS && !is_comma(a, c) && !(TOK(c).shape & TK_QUOTE)) c++;
  if (c + 1 >= q || !is_comma(a, c) || !is_word(a, c + 1) || (TOK(c + 1).shape & TK_CAP) ||
      (TOK(c + 1).lex & (LX_PREP | LX_DET | LX_STOP | LX_PRON)))
    return QUOTH__NONE;
  size_t m = quoth__np_left(a, doc, k, t);
  return m != QUOTH__NONE && doc->mentions[m].t0 == t && doc->mentions[m].t1 == k &&
                 doc->mentions[m].kind != QUOTH__M_PRONOUN
             ? m
             : QUOTH__NONE;
}

/* "The Illinois Board of Elections was conclusive in its findings: “Q”",
 * "Trump leaned in: “Q”": a quote after a colon in a sentence with no cue
 * is its subject's, with low confidence.  With anywhere set, a quote
 * anywhere in the sentence after its subject: a fragment in a sentence
 * with no cue is the subject's words as the writer reports them ("The ad
 * targets a “corrupt political system”", "His assumption was that “Q”",
 * "She urged the candidates “to admit that it's a real thing”") -- a
 * name, an organization, a noun phrase or a pronoun alike.  A passive
 * subject (passive_after) is no speaker, but the agent of "was asked by
 * host Bill Maher, “Q?”" is, and "was prompted to say, “Q”" keeps it. */
static size_t colon_subject(const attr *a, const quoth_doc *doc, size_t q, size_t s0,
                            int anywhere) {
  if (q <= s0 + 1 || (!anywhere && !is(a, q - 1, ":"))) return QUOTH__NONE;
  /* "As if addressing the magnate directly, the Illinois Board ...": the
   * main clause starts after an opening adjunct; its first noun phrase is
   * the subject, whatever the mention scan marked in the adjunct */
  size_t adj = source_adjunct(a, s0, q) ? s0 : quoth__opening_adjunct_end(a, s0, q);
  for (size_t t = adj; t + 1 < q && t - s0 < WINDOW; t++) {
    size_t m = a->at[t];
    if (m == QUOTH__NONE || doc->mentions[m].t0 != t || doc->mentions[m].kind == QUOTH__M_ANON ||
        !(doc->mentions[m].subject ||
          (adj > s0 && t == adj && !(TOK(t).lex & LX_POSSDET))))
      continue;
    size_t e = doc->mentions[m].t1, p = e < q ? passive_after(a, e, q, !anywhere) : 0;
    if (e >= q) return QUOTH__NONE;
    if (!p || (p < q && is(a, p, "to"))) return m;
    size_t agent = p + 1 < q && is(a, p, "by") ? mention_starting(a, doc, p + 1, q) : QUOTH__NONE;
    return agent != QUOTH__NONE && doc->mentions[agent].kind != QUOTH__M_PRONOUN ? agent
                                                                                 : QUOTH__NONE;
  }
  return QUOTH__NONE;
}

/* Words in a quote (whitespace-separated runs), counting at most max. */
size_t quoth__quote_words(const quoth_doc *doc, const quoth_quote *qq, size_t max) {
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
  char c = quoth__quote_last_char(doc, qq);
  return (c == '.' || c == '!' || c == '?') && quoth__quote_words(doc, qq, 2) >= 2;
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
      !(is(a, t0 - 1, "to") ||
        ((TOK(t0 - 1).lex & LX_CUE) && !quoth__cue_in_other_sense(a, t0 - 1, s0))))
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
  return quoth__overlaps_statement(a, doc, k, k + 1);
}

/* Words run on after quote q within its clause ("said, “We have three
 * weeks to go” until the caucuses"): the quoted words end with no
 * punctuation of their own and a word follows. */
int quoth__quote_runs_on(const attr *a, const quoth_doc *doc, size_t q, size_t s1) {
  if (q + 1 >= s1 || !is_word(a, q + 1)) return 0;
  return !quoth__quote_closes(doc, &doc->quotes[TOK(q).quote]);
}

/* Do the quoted words end with punctuation of their own inside the marks
 * ("“...,”", "“... 'Well done,' ”": past the closing mark of a quote
 * nested at the end)?  Then the clause they stand in closes with them. */
int quoth__quote_closes(const quoth_doc *doc, const quoth_quote *qq) {
  if (!qq) return 0;
  const char *t = doc->text;
  size_t b = qq->inner.start, e = qq->inner.end;
  for (;;) {
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
    if (e > b && (t[e - 1] == '\'' || t[e - 1] == '"')) e--;
    else if (e >= b + 3 && (memcmp(t + e - 3, "\xE2\x80\x99", 3) == 0 ||
                            memcmp(t + e - 3, "\xE2\x80\x9D", 3) == 0))
      e -= 3;
    else
      break;
  }
  return e > b && strchr(",.!?;:", t[e - 1]) != NULL;
}

/* The start of the clause cue c reports, up to quote q: after its "that",
 * else after the cue and the addressee of a verb of telling ("asked the
 * crowd “If ...”", "telling her, “you are ...”").  With near set (c is
 * the cue the quote was attributed to), the words before a comma or colon
 * may be an adjunct of the cue (opening with a preposition or adverb: "say
 * about the storied doctor, “Q”") or the quote a sentence of its own
 * (quoth__clause_before_quote), not the object of a naming verb ("called
 * him, among other things, “a failed candidate”"); a cue
 * found further back may instead have the quote's subject there ("defend
 * the president's policies, “is seen as ...”"). */
static size_t after_cue(attr *a, quoth_doc *doc, const cue *c, size_t q, int near) {
  if (near && c->b + 1 < q && (is_comma(a, q - 1) || is(a, q - 1, ":")) &&
      (!quoth__quote_opens_lower(doc, a, q) || (TOK(c->b).lex & (LX_PREP | LX_SKIP))))
    return quoth__clause_before_quote(a, doc, c, q - 1, q);
  size_t th = quoth__find_that(a, c->b, q);
  if (th != QUOTH__NONE) return quoth__content_start(a, th + 1, q);
  size_t g = c->b;
  if (c->flags & CF_TELL) {
    size_t addr = quoth__np_right(a, doc, g, q);
    /* not the owner of a longer phrase ("told Obama's team that ...") */
    if (addr != QUOTH__NONE && !(TOK(doc->mentions[addr].t1).shape & TK_POSS))
      g = quoth__skip_adverbs(a, doc->mentions[addr].t1, q);
  }
  return quoth__content_start(a, g, q);
}

/* The first token of the clause holding quote q: after the "that" or the
 * cue before it, else back to the start of the sentence, a semicolon or a
 * statement already made. */
size_t quoth__clause_head(attr *a, quoth_doc *doc, size_t q, size_t s0, const cue *before) {
  if (before && before->b <= q) return after_cue(a, doc, before, q, 1);
  size_t k = q;
  while (k > s0 && q - k < MAX_CONTENT && !is(a, k - 1, ";") && !taken(a, doc, k - 1)) {
    const cue *c = quoth__cue_at(a, k - 1);
    if (c && !(c->flags & CF_ACCORDING)) /* "..., saying the city embodied “Q”" */
      return after_cue(a, doc, c, q, 0);
    k--;
  }
  return quoth__content_start(a, k, q);
}

/* The end (exclusive) of the clause holding quote q: up to a cue clause
 * (", Bob said"), a semicolon, a statement already made or the end of the
 * sentence, without final punctuation. */
size_t quoth__clause_tail(attr *a, const quoth_doc *doc, size_t q, size_t s1) {
  size_t k = q + 1;
  if (quoth__cue_clause_at(a, doc, q, s1)) return k; /* “Q,” Bob said */
  while (k < s1 && k - q < MAX_CONTENT && !is(a, k, ";") && !taken(a, doc, k) &&
         !(is_comma(a, k) && quoth__cue_clause_at(a, doc, k, s1)))
    k++;
  return quoth__content_end(a, q + 1, k);
}

/* Is the mention starting at t0 (before q), right after a cue, the
 * speaker of a statement already made ("..., said NAME, APPOSITION")?
 * Looks at the last few statements only: bounded work. */
static int speaker_of_used_cue(attr *a, const quoth_doc *doc, size_t s0, size_t t0, size_t q) {
  size_t m = t0 > s0 ? mention_starting(a, doc, t0, q) : QUOTH__NONE;
  if (m == QUOTH__NONE) return 0;
  int after_cue = 0;
  for (size_t k = t0; k > s0 && t0 - k < 4 && !after_cue; k--) {
    cue *c = quoth__cue_at(a, k - 1);
    after_cue = c && c->b == t0 && (c->flags & CF_USED);
  }
  if (!after_cue) return 0;
  size_t from = doc->nstatements - a->seg_n0 > 16 ? doc->nstatements - 16 : a->seg_n0;
  for (size_t i = from; i < doc->nstatements; i++)
    if (doc->statements[i].smention == m) return 1;
  return 0;
}

/* Where the reported clause of a fragment after its cue ends: at the
 * sentence end, a semicolon, a statement already made, a cue clause after
 * a comma (", saying ...", ", Bob said") or a second verb of saying after
 * "and" ('called it “shameful” and called on leaders “not to ...”', 'hits
 * Clinton for “Q1” and claims that “Q2”'): the words after it are what
 * that verb reports, not this fragment's clause. */
static size_t fragment_end(attr *a, const quoth_doc *doc, size_t q, size_t s1) {
  for (size_t k = q + 1; k < s1 && k - q < MAX_CONTENT; k++) {
    if (is(a, k, ";") || taken(a, doc, k) ||
        (is_comma(a, k) && quoth__cue_clause_at(a, doc, k, s1)))
      return k;
    if (!is(a, k, "and") || k + 1 >= s1) continue;
    size_t j = quoth__skip_adverbs(a, k + 1, s1);
    const cue *c = j < s1 ? quoth__cue_at(a, j) : NULL;
    if (c && c->a == j && !(c->flags & CF_WEAK) && !(TOK(j).lex & LX_NOUNCUE)) return k;
  }
  return s1;
}

/* Is mention m, found left of cue c, the object of a preposition rather
 * than a subject: "on a press call Friday, ... “Q”", "for the racial
 * remarks"?  A preposition never opens a clause, so the noun phrase after
 * it says nothing.  "After", "before", "since" and "until" do open clauses
 * ("after the senator spoke"): their phrase counts only when it closes
 * with a comma right after the cue word, which is then its head noun
 * ("After the Paris attacks, ...").  "Of", "with" (with_subject) and "by"
 * (a passive agent) are left to the other rules. */
static int prep_object(const attr *a, const quoth_doc *doc, size_t m, const cue *c, size_t s0,
                       size_t s1) {
  size_t t0 = doc->mentions[m].t0;
  if (t0 <= s0 || !((TOK(t0 - 1).lex & LX_PREP) || (TOK(t0 - 1).wc & WC_OBJECT_PREP)) ||
      is(a, t0 - 1, "of") || is(a, t0 - 1, "with") ||
      is(a, t0 - 1, "by"))
    return 0;
  if (is(a, t0 - 1, "after") || is(a, t0 - 1, "before") || is(a, t0 - 1, "since") ||
      is(a, t0 - 1, "until"))
    return doc->mentions[m].t1 == c->a && c->b < s1 && is_comma(a, c->b);
  return 1;
}

/* "From Bush's Facebook post: “Q”", "Trump's Twitter post read": the name
 * before a noun of saying is a medium or a modifier when a person owns
 * the phrase; the owner is the speaker.  Returns the owner, or m. */
static size_t medium_owner(const attr *a, const quoth_doc *doc, size_t m) {
  size_t t0 = doc->mentions[m].t0;
  if (t0 < 2 || !(TOK(t0 - 1).shape & TK_POSS) || doc->mentions[m].kind == QUOTH__M_PRONOUN)
    return m;
  size_t o = mention_ending(a, doc, t0 - 1);
  return o != QUOTH__NONE && doc->mentions[o].kind == QUOTH__M_NAME ? o : m;
}

/* "Clinton, speaking to reporters, said of Chaffetz's latest request:
 * “Q”", "Clinton said in the spring, when the private server email story
 * broke, “Q”": a later word before the quote that may be a noun of
 * saying ("request", "email"), whose speaker is a noun phrase the scan
 * did not mark as a subject (one built around the word), does not replace
 * a person who is the subject of an earlier cue (m). */
static int lesser_speaker(const attr *a, const quoth_doc *doc, size_t m, size_t cm) {
  const quoth__mention *p = &doc->mentions[m], *n = &doc->mentions[cm];
  int person = p->subject && (p->kind == QUOTH__M_NAME || p->kind == QUOTH__M_PRONOUN);
  return person && !n->subject && n->kind == QUOTH__M_NOMINAL && cm >= a->nbase;
}

/* "calling the two lengthy investigative reports “Q”", "winning the key
 * states of Florida", "another, more sympathetic tweet about ...": a noun
 * cue right after a phrase whose last word is in lower case and no
 * speaking head a lexicon knows (a role, an organization, an anonymous
 * source, a pronoun, a record or a noun of saying) heads that phrase; the
 * words before it modify it and say nothing ("the document states", "the
 * senator notes", "it calls" still speak). */
int quoth__modifies_noun_cue(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  const quoth__mention *mm = &doc->mentions[m];
  if (!(TOK(c->a).lex & LX_NOUNCUE) || mm->t1 != c->a || mm->t1 <= mm->t0 ||
      mm->kind == QUOTH__M_PRONOUN)
    return 0;
  size_t h = mm->t1 - 1;
  if (!is_word(a, h)) return 0;
  /* "“Q,” the researchers report", "many parents state": a plural noun
   * before the base form agrees with it as subject and verb */
  size_t kl = TOK(h).keylen;
  const char *hk = quoth__tok_key(&a->toks, h);
  if (kl > 3 && hk[kl - 1] == 's' && hk[kl - 2] != 's' && !(TOK(h).shape & TK_NUM) &&
      TOK(c->a).keylen == strlen(c->lemma) &&
      memcmp(quoth__tok_key(&a->toks, c->a), c->lemma, TOK(c->a).keylen) == 0)
    return 0;
  /* "the March states account for", "Russian claims that": a month, a day
   * or a nationality adjective modifies the noun (a country may speak:
   * "Russia states") */
  if (TOK(h).shape & (TK_CAP | TK_ALLCAPS | TK_INITIAL))
    return (TOK(h).lex & (LX_STOPNAME | LX_DEMONYM)) && !(TOK(h).lex & (LX_PLACE | LX_DET)) &&
           !(TOK(h).wc & (WC_PLURAL_QUANTIFIER | WC_SINGULAR_QUANTIFIER)) && /* "Another notes" */
           mm->t1 == mm->t0 + 1 + (mm->t0 + 1 < mm->t1 && (TOK(mm->t0).lex & LX_DET));
  /* "Podliska's most explosive claim is that": the owner speaks */
  for (size_t i = mm->t0 > 0 ? mm->t0 - 1 : 0; i < h; i++)
    if ((TOK(i).shape & TK_POSS) || (TOK(i).lex & LX_POSSDET)) return 0;
  if (TOK(h).lex & (LX_TITLE | LX_ORGHEAD | LX_ANON | LX_PRON)) return 0;
  if (quoth__is_evidence_noun(a, h)) return 0;
  return !(a->ls.snouns && TOK(h).keylen &&
           quoth__lex_find(a->ls.snouns, quoth__tok_key(&a->toks, h), TOK(h).keylen));
}

/* "go beyond Trump's controversial pledge to be “neutral”": the owner
 * inside a phrase that a noun cue heads is its speaker when "to" or
 * "that" opens the noun's content right after it, wherever the phrase
 * stands (after a preposition too); not for a noun that is only the
 * object of another verb ("attacked Labour's new pledges as “vacuous”",
 * "said of Chaffetz's latest request: “Q”").  The owner, or NONE. */
static size_t noun_cue_owner(attr *a, quoth_doc *doc, size_t m, const cue *c, size_t s1) {
  const quoth__mention *mm = &doc->mentions[m];
  if (!(TOK(c->a).lex & LX_NOUNCUE) || mm->t1 != c->a || c->b >= s1 ||
      !(is(a, c->b, "to") || is(a, c->b, "that")))
    return QUOTH__NONE;
  size_t t0 = mm->t0;
  for (size_t i = t0 + 1; i < mm->t1; i++) {
    if (!(TOK(i).shape & TK_POSS)) continue;
    size_t o = mention_ending(a, doc, i);
    if (o != QUOTH__NONE)
      return doc->mentions[o].kind != QUOTH__M_PRONOUN ? o : QUOTH__NONE;
    /* the phrase took in the owner's name: a mention of its own */
    for (size_t k = t0; k < i; k++)
      if (!is_word(a, k) || !(TOK(k).shape & TK_CAP) || i - t0 > 4) return QUOTH__NONE;
    return quoth__add_mention(&a->toks, doc, a->at, t0, i, QUOTH__M_NAME);
  }
  return QUOTH__NONE;
}

/* The speaker cue c gives quote q as a nearby cue, or NONE; best and m are
 * the cue and speaker found so far (the last cue before the quote wins,
 * else the first after it). */
static size_t cue_speaker(attr *a, quoth_doc *doc, const cue *c, size_t q, size_t s0, size_t s1,
                          const cue *best, size_t m) {
  size_t cm = quoth__np_left(a, doc, c->a, s0);
  if (cm != QUOTH__NONE) cm = addressee_participle(a, doc, c, cm, s0);
  size_t own = cm != QUOTH__NONE ? noun_cue_owner(a, doc, cm, c, s1) : QUOTH__NONE;
  if (own != QUOTH__NONE)
    cm = own;
  else if (cm != QUOTH__NONE &&
           (prep_object(a, doc, cm, c, s0, s1) || quoth__modifies_noun_cue(a, doc, cm, c)))
    cm = QUOTH__NONE;
  /* "the use of executive orders": a noun, not a cue with a speaker */
  if (cm != QUOTH__NONE && !(TOK(c->a).lex & LX_NOUNCUE) && !quoth__subject_fits(a, doc, cm, c) &&
      !quoth__with_subject(a, doc, cm, c))
    cm = QUOTH__NONE;
  if (cm == QUOTH__NONE && !best) cm = quoth__participle_subject(a, doc, c, s0, 0);
  /* "X asked for three years, calling his hacking “an addiction”": a
   * participle after a comma or "and", between the cue found and the
   * quote, is the verb the quoted words belong to; its subject is the
   * clause's, so the speaker stays and the statement starts after it */
  if (cm == QUOTH__NONE && best && best->b <= c->a && c->b <= q && c->a > s0 &&
      !(c->flags & CF_USED) && (is_comma(a, c->a - 1) || is(a, c->a - 1, "and")) &&
      ends_with(a, c->a, "ing"))
    cm = m;
  /* "Fiorina was not one for “engaging her team,” said one former
   * executive": a cue right after the quote's comma, its speaker after
   * it; not a term of a few words ("Biden “wins,” said Doyle"), nor
   * the addressee of "told" */
  if (cm == QUOTH__NONE && c->a > q && c->a == quoth__quote_end(a, q, s1) &&
      !(c->flags & CF_TELL) && quote_ends_open(doc, &doc->quotes[TOK(q).quote]) &&
      quoth__quote_words(doc, &doc->quotes[TOK(q).quote], MAX_TERM_WORDS) > MAX_TERM_WORDS)
    cm = quoth__np_right(a, doc, c->b, s1);
  /* "Many Americans saw the Democrats as “the party of government,”
   * From said": the surname that is a function word, as after a quote
   * opening its sentence (quoth__function_word_name) */
  if (cm == QUOTH__NONE && !best && c->a > q) {
    size_t j = quoth__quote_end(a, q, s1);
    if (j < s1 && is_comma(a, j)) j++;
    if (c->a == j + 1) cm = quoth__function_word_name(a, doc, q, j, s1);
  }
  if (cm != QUOTH__NONE && (TOK(c->a).lex & LX_NOUNCUE)) cm = medium_owner(a, doc, cm);
  if (cm != QUOTH__NONE && best && c->a < q && (TOK(c->a).lex & LX_NOUNCUE) &&
      !ends_with(a, c->a, "ed") && lesser_speaker(a, doc, m, cm))
    cm = QUOTH__NONE;
  return cm;
}

/* The cue near quote q whose speaker it takes (the last before it, else
 * the first after it, within WINDOW tokens), its speaker in *m; or NULL. */
static cue *nearby_cue(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1, size_t *m) {
  cue *best = NULL;
  size_t from = q - s0 > WINDOW ? q - WINDOW : s0, to = s1 - q > WINDOW ? q + WINDOW : s1;
  for (size_t t = from; t < to; t++) {
    cue *c = quoth__cue_at(a, t);
    if (!c || (c->flags & (CF_ACCORDING | CF_WEAK))) continue;
    /* "the crowd chanted “Build the wall!” - “and restore ...”": a cue
     * whose own quote follows it at once spoke that quote, not a later one */
    if (c->b < q && (TOK(c->b).shape & TK_QUOTE) && a->qstat[TOK(c->b).quote] != QUOTH__NONE &&
        !is(a, c->b - 1, "that"))
      continue;
    if (c->a > q && best) break; /* a cue before the quote wins over one after it */
    size_t cm = cue_speaker(a, doc, c, q, s0, s1, best, *m);
    if (cm != QUOTH__NONE) *m = cm, best = c;
    if (c->a > q && best) break;
  }
  return best;
}

/* A fragment after its cue: the statement is the reported clause around it
 * ("observers note the White House wouldn't truly “close” the prison").
 * Sets [*t0, *t1). */
static void fragment_span(attr *a, quoth_doc *doc, const cue *best, size_t q, size_t s1,
                          size_t *t0, size_t *t1) {
  *t0 = after_cue(a, doc, best, q, 1);
  /* words right after the cue, closed by their own mark, are all it
   * reports: "Kasich cautioned “let's not get ahead of ourselves,” before
   * optimistically predicting ..." (after a clause of the writer's the
   * clause may go on past the mark: 'that the DNC “failed to implement
   * reasonable measures,” which led to ...') */
  size_t e = *t0 == q && quoth__quote_closes(doc, &doc->quotes[TOK(q).quote])
                 ? q + 1
                 : quoth__content_end(a, *t0, fragment_end(a, doc, q, s1));
  if (e > q + MAX_CONTENT) e = q + MAX_CONTENT;
  *t1 = e > q ? e : q + 1;
  /* the words of a statement already made stay in it: the clause
   * starts after them ("pledged to enact ... “broken” ... and, once
   * again, pledged a “political revolution”") */
  size_t h = *t0;
  while (*t0 < q && taken(a, doc, *t0)) (*t0)++;
  *t0 = quoth__content_start(a, *t0, q);
  const cue *c2 = *t0 > h && *t0 < q ? quoth__cue_at(a, *t0) : NULL;
  if (c2 && c2->a == *t0 && c2->b <= q) *t0 = c2->b; /* its own cue is no content */
}

/* Quoted words inside a clause with no cue that fits ("Many Americans saw
 * the Democrats as “the party of government,” From said", "the Pacific
 * Command was “disconnected from the rest of government,”"): the statement
 * is the clause around them, as a reader counts it.  Sets [*t0, *t1). */
static void clause_span(attr *a, quoth_doc *doc, const cue *best, size_t q, size_t s0, size_t s1,
                        size_t *t0, size_t *t1) {
  *t0 = quoth__clause_head(a, doc, q, s0, best);
  *t1 = quoth__clause_tail(a, doc, q, s1);
  /* but a quote after a comma or colon that opens in upper case is a
   * sentence of its own ("told the Reuters news agency simply, “We
   * lost.”"), and words closed by their own mark end the clause ("“Q,”
   * drawing loud jeers", "what Gingrich called “Q,” the former House
   * Speaker is ...") */
  if (q > s0 && (is_comma(a, q - 1) || is(a, q - 1, ":")) && !quoth__quote_opens_lower(doc, a, q))
    *t0 = q;
  if (*t0 == q && quoth__quote_closes(doc, &doc->quotes[TOK(q).quote]) &&
      !(q > s0 && is(a, q - 1, "that")) && /* 'was that “Q,” so government should ...' */
      !(q + 2 < s1 && (TOK(q + 1).wc & WC_CLAUSE_CONJ) && is_speech(a, doc, q + 2)))
    *t1 = q + 1; /* (but a list goes on: "“Q1,” and “Q2.”") */
}

/* With no cue near quote q: the subject of its sentence speaks, set off
 * before a colon (not for a fragment) or before the quote itself (*rule
 * says which), or NONE.  "He offered “my thoughts and prayers ...”" moves
 * *t0 to the quote. */
static size_t subject_speaker(attr *a, quoth_doc *doc, size_t q, size_t s0, int frag,
                              size_t *t0, const char **rule) {
  size_t cm = frag ? QUOTH__NONE : set_off_subject(a, doc, q, s0);
  if (cm == QUOTH__NONE && !frag) cm = colon_subject(a, doc, q, s0, 0);
  *rule = cm != QUOTH__NONE ? "subject-colon-quote" : "quote-unattributed";
  if (cm != QUOTH__NONE || (TOK(q).shape & TK_SEGSTART)) return cm;
  cm = colon_subject(a, doc, q, s0, 1);
  if (cm == QUOTH__NONE) return cm;
  *rule = "subject-quote";
  /* the speaker is no part of what was said: the quote alone when only
   * the subject and its verb (one the cue lexicon lacks) come before it */
  size_t e = doc->mentions[cm].t1;
  if (*t0 <= doc->mentions[cm].t0 && e < q) {
    size_t v = quoth__skip_adverbs(a, e, q);
    if (v + 1 == q && is_word(a, v) && !(TOK(v).wc & WC_BE)) *t0 = q;
  }
  return cm;
}

/* A quote in a sentence whose cue did not fit a pattern: the nearest cue's
 * speaker, with low confidence; otherwise no speaker.  A short quote inside
 * a sentence with no cue anywhere near (a name, a slogan, a markup
 * attribute value) is a term, not a statement; standing as a sentence of
 * its own ("“We fight on.”") it is one. */
int quoth__p_leftover(attr *a, quoth_doc *doc, size_t q, size_t s0) {
  size_t m = QUOTH__NONE, s1 = a->toks.segstart[TOK(q).seg + 1];
  if (is_attribute_value(doc, &doc->quotes[TOK(q).quote])) return 0;
  /* "told ABC's “Good Morning America”": a quote owned by a name with no
   * cue of its own is a title (a programme, a book), not a statement. */
  if (q >= s0 + 2 && (TOK(q - 1).shape & TK_POSS) && (TOK(q - 2).shape & TK_CAP)) return 0;
  cue *best = nearby_cue(a, doc, q, s0, s1, &m);
  if (!best && !(TOK(q).shape & TK_SEGSTART) && !ends_utterance(doc, &doc->quotes[TOK(q).quote]) &&
      quoth__quote_words(doc, &doc->quotes[TOK(q).quote], MAX_TERM_WORDS) <= MAX_TERM_WORDS)
    return 0;
  int frag = quoth__quote_is_fragment(doc, a, q);
  size_t t0 = q, t1 = q + 1;
  if (frag && best && best->b <= q) {
    fragment_span(a, doc, best, q, s1, &t0, &t1);
  } else if ((q > s0 && is_word(a, q - 1)) || quoth__quote_runs_on(a, doc, q, s1)) {
    clause_span(a, doc, best, q, s0, s1, &t0, &t1);
    frag = frag || t0 < q || t1 > q + 1;
    /* '..., said James Andrew Miller, a co-author of "Those Guys Have All
     * the Fun."': the clause is the speaker and apposition of a cue that
     * already has its statement; the quote names a work */
    if (speaker_of_used_cue(a, doc, s0, t0, q)) return 0;
  }
  const char *rule = "quote-nearby-cue";
  size_t cm = best ? QUOTH__NONE : subject_speaker(a, doc, q, s0, frag, &t0, &rule);
  quoth_statement *st =
      quoth__new_statement(a, doc, frag ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT, t0, t1, rule);
  if (!st) return -1;
  if (best) {
    quoth__set_cue(st, a, best);
    quoth__set_speaker(st, doc, m, 0.45);
  } else if (cm != QUOTH__NONE) {
    quoth__set_speaker(st, doc, cm, strcmp(rule, "subject-quote") ? 0.4 : 0.35);
  }
  return 1;
}
