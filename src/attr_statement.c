/* attr_statement.c - building statements: parts, cue, speaker, content
 * bounds and the confidence of a mention. Part of the attribution stage: see
 * attribute.c for the order of the passes and attr_int.h for what the
 * modules share. */
#include "attr_int.h"

/* ---- statements ------------------------------------------------------------ */

/* A lone conjunction or sentence adverb that may open a content span
 * before a quote ("Yet, “Q”"), and a conjunction that may be left over at
 * its end (not a subordinator or sentence adverb, which may end a clause
 * as an adverb: "never seen it before", "... it too"). */
int quoth__opening_connective(const attr *a, size_t i) {
  return is_word(a, i) && (TOK(i).wc & (WC_CLAUSE_CONJ | WC_SUBJECT_CONJ | WC_SENTENCE_ADVERB |
                                        WC_FRONTED_LEAD));
}
static int closing_connective(const attr *a, size_t i) {
  return is_word(a, i) && (TOK(i).wc & WC_CLAUSE_CONJ) && !(TOK(i).wc & WC_SENTENCE_ADVERB);
}
/* The writer's connectives at the edges of a content span are no content:
 * "Yet, “it is hard to make a causal link,” added Zarate" (before a
 * reported clause the word may be the speaker's, so only before a quote),
 * "21 percent said “not too likely” and 14 percent ..." (at the end).
 * Trims [*t0, *t1) in place; never below one token. */
static void trim_connectives(const attr *a, size_t *t0, size_t *t1) {
  while (*t0 + 2 < *t1 && quoth__opening_connective(a, *t0) && is_comma(a, *t0 + 1) &&
         (TOK(*t0 + 2).shape & TK_QUOTE))
    *t0 += 2;
  /* '“Q1,” and “Q2.”': a coordinator right before the next quote */
  if (*t0 + 1 < *t1 && is_word(a, *t0) && (TOK(*t0).wc & WC_CLAUSE_CONJ) &&
      !(TOK(*t0).wc & (WC_SUBORDINATOR | WC_QUESTION_OPENER)) && (TOK(*t0 + 1).shape & TK_QUOTE))
    (*t0)++;
  size_t e = *t1;
  while (e > *t0 + 1 && closing_connective(a, e - 1)) e--;
  while (e > *t0 + 1 && e < *t1 && is_comma(a, e - 1)) e--;
  *t1 = e;
}

quoth_statement *quoth__new_statement(attr *a, quoth_doc *doc, quoth_kind kind, size_t t0,
                                      size_t t1, const char *rule) {
  trim_connectives(a, &t0, &t1);
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

void quoth__set_cue(quoth_statement *st, const attr *a, const cue *c) {
  st->cue = (quoth_span){TOK(c->a).start, TOK(c->b - 1).end};
  st->lemma = c->lemma;
}

void quoth__set_speaker(quoth_statement *st, quoth_doc *doc, size_t m, double conf) {
  st->smention = m;
  if (m != QUOTH__NONE) {
    st->speaker_mention = doc->mentions[m].span;
    doc->mentions[m].speaker = 1;
  }
  st->confidence = conf;
}

void quoth__add_part(quoth_statement *st, const attr *a, size_t q) {
  if (st->nparts >= 4) return;
  st->parts[st->nparts++] = (quoth_span){TOK(q).start, TOK(q).end};
}

/* Skips adverbs and auxiliaries from token k on. */
size_t quoth__skip_adverbs(const attr *a, size_t k, size_t end) {
  for (int s = 0; s < MAX_SKIP && k < end && (TOK(k).lex & LX_SKIP) && !(TOK(k).lex & LX_PRON); s++)
    k++;
  return k;
}

/* Skips adverbs and time words from token k on, with a determiner before a
 * time word ("earlier this week", "this morning"). */
size_t quoth__skip_time(const attr *a, size_t k, size_t end) {
  k = quoth__skip_adverbs(a, k, end);
  if (k + 1 < end && (is(a, k, "this") || is(a, k, "next") || is(a, k, "that")) &&
      (TOK(k + 1).lex & LX_SKIP) && !(TOK(k + 1).lex & LX_STOP))
    k = quoth__skip_adverbs(a, k + 1, end);
  return k;
}

/* "Fiat claims that GM must buy the unit; GM says the contract is void":
 * after the semicolon at k, a subject of a few words and a cue of its own
 * open another statement. */
static int semicolon_clause(const attr *a, size_t k, size_t s1) {
  for (size_t v = k + 2; v < s1 && v <= k + 2 + MAX_SKIP + 2; v++) {
    if (!is_word(a, v - 1)) return 0;
    size_t ci = a->cuemap[v];
    if (ci < a->ncues && a->cues[ci].a == v)
      return !(a->cues[ci].flags & (CF_WEAK | CF_ACCORDING | CF_RAISE));
  }
  return 0;
}

/* End of a clause's content: the segment end without final punctuation,
 * or a semicolon opening another statement (within MAX_CONTENT tokens). */
size_t quoth__content_end(const attr *a, size_t c0, size_t s1) {
  for (size_t k = c0; k < s1 && k - c0 < MAX_CONTENT; k++)
    if (is(a, k, ";") && semicolon_clause(a, k, s1)) {
      s1 = k;
      break;
    }
  while (s1 > c0 && is_final(a, s1 - 1)) s1--;
  return s1;
}

size_t quoth__content_start(const attr *a, size_t c0, size_t c1) {
  while (c0 < c1 && (TOK(c0).shape & TK_PUNCT)) c0++;
  return c0;
}

/* Kind of a reported clause: mixed when it holds a speech quote. */
quoth_kind quoth__clause_kind(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  for (size_t i = c0; i < c1; i++)
    if (is_speech(a, doc, i)) return QUOTH_KIND_MIXED;
  return QUOTH_KIND_INDIRECT;
}

/* The first token starting at or after offset off (binary search). */
static size_t token_at(const attr *a, size_t off) {
  size_t lo = 0, hi = a->toks.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (TOK(mid).start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Is part sp one speech quote and nothing else but punctuation ("“Q”",
 * "“Q”.")?  Two quotes side by side in one part ('that “ethanol people”
 * “do a fantastic job”') are fragments the writer has joined. */
static int one_quote(const attr *a, const quoth_doc *doc, quoth_span sp) {
  size_t i = token_at(a, sp.start);
  if (i >= a->toks.n || TOK(i).start != sp.start || !is_speech(a, doc, i)) return 0;
  for (i++; i < a->toks.n && TOK(i).start < sp.end; i++)
    if ((TOK(i).shape & TK_QUOTE) || is_word(a, i) || !(TOK(i).shape & TK_PUNCT)) return 0;
  return 1;
}

/* ---- content edges around a quotation ---------------------------------------- */

/* Is token i a word in capitals only ("EBOLA", "U.S."), with two letters
 * or more? */
static int capitals_word(const attr *a, const quoth_doc *doc, size_t i) {
  if (!is_word(a, i)) return 0;
  size_t letters = 0;
  for (size_t b = TOK(i).start; b < TOK(i).end; b++) {
    unsigned char ch = (unsigned char)doc->text[b];
    if (ch >= 'a' && ch <= 'z') return 0;
    if (ch >= 'A' && ch <= 'Z') letters++;
  }
  return letters >= 2;
}

/* "EBOLA SURVIVORS, THROUGH THE LENS “It's about ...”": a run of words in
 * capitals right before quote q, from the start of the part at t0, is a
 * digest heading glued to the quote, not content.  Two capitals words at
 * least, and nothing but capitals words and commas. */
static int capitals_heading(const attr *a, const quoth_doc *doc, size_t t0, size_t q) {
  size_t words = 0;
  for (size_t i = t0; i < q; i++) {
    if (capitals_word(a, doc, i)) words++;
    else if (!is_comma(a, i) && !is(a, i, ":")) return 0;
  }
  return words >= 2;
}

/* "telling Mic in an interview published on Monday, “But gosh almighty,
 * ...”", "said after the vote, “We ...”": a short adjunct set off by a
 * comma (a preposition or a day word opens it; not a subordinator, which
 * may state the speaker's condition), then a
 * quote opening in upper case, a sentence of its own.  The adjunct is the
 * writer's setting of the cue, not content.  Tokens [t0, q). */
static int adjunct_lead(const attr *a, const quoth_doc *doc, size_t t0, size_t q) {
  if (q < t0 + 3 || q - t0 > 8 || !is_comma(a, q - 1) || quoth__quote_opens_lower(doc, a, q))
    return 0;
  /* "recalled that in 2009, “I called all my lenders ...”": after "that"
   * the adjunct is the reported clause's */
  if (t0 > 0 && is(a, t0 - 1, "that")) return 0;
  if (!((TOK(t0).lex & LX_PREP) || (TOK(t0).wc & WC_DAY) ||
        quoth__weekday(a, t0)))
    return 0;
  /* "of the plan, “Q”", "to the crowd, “Q”": an object's tail, not an adjunct */
  if (is(a, t0, "of") || is(a, t0, "to")) return 0;
  for (size_t i = t0; i + 1 < q; i++)
    if (!is_word(a, i) || (TOK(i).lex & LX_CUE)) return 0;
  return 1;
}

/* "posted a message on Twitter reading “Thank you Georgia”": the lead
 * [t0, q) ends with a participle of saying whose object the quote is (not
 * a noun: "said the ruling “dramatically transforms” ..."). */
static int participle_lead(const attr *a, size_t t0, size_t q) {
  return q - t0 <= 10 && (TOK(q - 1).lex & LX_CUE) && !(TOK(q - 1).lex & LX_NOUNCUE) &&
         ends_with(a, q - 1, "ing");
}

/* "said “I don't know ...,” she said": the cue repeated after quote q (a
 * speaker and a cue verb, or the reverse, from token k to the end t1) --
 * after a quote in upper case, a sentence of its own ("Nothing the
 * president said “will assuage people's fears,” the senator said": the
 * first "said" is not the speaker's). */
static int repeated_cue(const attr *a, const quoth_doc *doc, size_t q, size_t k, size_t t1) {
  if (quoth__quote_opens_lower(doc, a, q)) return 0;
  size_t m = mention_starting(a, doc, k, t1);
  if (m != QUOTH__NONE && doc->mentions[m].t1 < t1 &&
      (TOK(doc->mentions[m].t1).lex & LX_CUE) &&
      quoth__skip_time(a, doc->mentions[m].t1 + 1, t1) == t1)
    return 1;
  if (!(TOK(k).lex & LX_CUE) || ends_with(a, k, "ing")) return 0;
  m = mention_starting(a, doc, k + 1, t1);
  return m != QUOTH__NONE && doc->mentions[m].t1 == t1;
}

/* An adjunct of time or occasion of the cue from token k: "on Friday
 * afternoon", "in response", "moments after polls closed", "when asked",
 * "after the union failed to ...".  Not "before discussing specifics" (a
 * participle goes on with the speaker's act), nor "when the executives
 * meet" or "until the caucuses" (the quote's own clause may go on). */
static int cue_adjunct(const attr *a, size_t k, size_t t1) {
  if ((TOK(k).wc & WC_DAY) || quoth__weekday(a, k)) return 1;
  if (k + 1 >= t1 || !is_word(a, k + 1)) return 0;
  if ((is(a, k, "on") || is(a, k, "late") || is(a, k, "early") || is(a, k, "earlier") ||
       is(a, k, "later")) &&
      ((TOK(k + 1).wc & WC_DAY) || quoth__weekday(a, k + 1)))
    return 1;
  if (is(a, k, "in") && (is(a, k + 1, "response") || is(a, k + 1, "reply"))) return 1;
  if ((TOK(k).wc & (WC_TIME_UNIT | WC_ADJUNCT)) &&
      (is(a, k + 1, "after") || is(a, k + 1, "before")))
    return 1; /* "moments after polls closed" */
  if (is(a, k, "when"))
    return !(TOK(k + 1).shape & TK_CAP) &&
           (ends_with(a, k + 1, "ed") || (TOK(k + 1).wc & WC_PAST_VERB));
  return (is(a, k, "after") || is(a, k, "before")) && !ends_with(a, k + 1, "ing");
}

/* The words after a complement quote q up to t1 that are narration: the
 * cue repeated, an adjunct of the cue ("tweeted, “Q” on Friday
 * afternoon"), a new sentence the splitter missed ("“Q.” Speaking at a
 * rally, ..."), the writer's comment on the quoted words ("“self-
 * deportation,” which is like ...") or a new predicate or clause ("says
 * “spoiling the party,” and voters cheer", "says “The Hispanics” and
 * swears ...").  Not a further complement ("“Q,” and that ...") nor an
 * object ("“The Hispanics” and the wall"). */
static int narration_tail(const attr *a, const quoth_doc *doc, size_t q, size_t t1) {
  size_t k = q + 1;
  if (k < t1 && is_comma(a, k)) k++;
  if (k >= t1 || !is_word(a, k)) return 0;
  if (repeated_cue(a, doc, q, k, t1) || cue_adjunct(a, k, t1)) return 1;
  int closes = quoth__quote_closes(doc, &doc->quotes[TOK(q).quote]);
  if ((TOK(k).shape & TK_CAP) && k == q + 1) {
    char last = quoth__quote_last_char(doc, &doc->quotes[TOK(q).quote]);
    if (last && strchr(".!?", last)) return 1;
  }
  if (is(a, k, "which") && closes) return 1;
  if (!is(a, k, "and") || k + 1 >= t1 || !is_word(a, k + 1) || is(a, k + 1, "that")) return 0;
  return ((TOK(k + 1).lex & LX_CUE) && ends_with(a, k + 1, "s")) || closes;
}

/* Settles the edges of each part of statement st that holds one speech
 * quote with words of narration before or after it (see capitals_heading,
 * adjunct_lead, narration_tail).  Parts with more quotes, or whose words
 * hold the content around a quoted fragment, are left as they are. */
static void settle_edges(const attr *a, const quoth_doc *doc, quoth_statement *st) {
  for (size_t p = 0; p < st->nparts; p++) {
    size_t t0 = token_at(a, st->parts[p].start), t1 = token_at(a, st->parts[p].end), q = t0;
    if (t0 >= a->toks.n || t1 <= t0 + 1) continue;
    while (q < t1 && q - t0 <= 12 && !(TOK(q).shape & TK_QUOTE)) q++;
    if (q >= t1 || !is_speech(a, doc, q)) continue;
    size_t n = 0;
    for (size_t i = t0; i < t1; i++) n += (TOK(i).shape & TK_QUOTE) != 0;
    if (n != 1) continue;
    /* only when the quote is all that is left ("said the ruling “dramatically
     * transforms” the lawsuit" keeps its clause whole) */
    size_t e = t1;
    while (e > q + 1 && (TOK(e - 1).shape & TK_PUNCT) && !(TOK(e - 1).shape & TK_QUOTE)) e--;
    int lead = q > t0 && (capitals_heading(a, doc, t0, q) || adjunct_lead(a, doc, t0, q) ||
                          participle_lead(a, t0, q));
    int tail = e > q + 1 && narration_tail(a, doc, q, t1);
    if ((lead || tail) && (q == t0 || lead) && (e == q + 1 || tail))
      st->parts[p] = (quoth_span){TOK(q).start, TOK(q).end};
  }
}

/* The kind a reader gives a statement, once its content is settled: direct
 * when every part is one quotation of the speaker's and nothing else, however
 * the pattern that found it read the clause.  "X argues that “only Ted
 * Cruz can beat Donald Trump. ...”", "X called for “boots on the ground.”"
 * and "“Q1,” he said, adding, “Q2.”" quote all they report, so they are
 * direct; "Peskov said Moscow “fully supports” the talks" paraphrases a
 * clause around a quoted fragment and stays mixed.  Kind is decided on the
 * content alone: a fragment flag from the quote scanner says how the quote
 * sits in the sentence, not whether anything but the quote is reported. */
void quoth__settle_kind(const attr *a, const quoth_doc *doc, quoth_statement *st) {
  if (st->kind == QUOTH_KIND_DIRECT || st->nparts == 0) return;
  settle_edges(a, doc, st);
  for (size_t i = 0; i < st->nparts; i++)
    if (!one_quote(a, doc, st->parts[i])) return;
  st->kind = QUOTH_KIND_DIRECT;
}

double quoth__mention_conf(const quoth_doc *doc, size_t m, double base) {
  if (m == QUOTH__NONE) return 0.2;
  return doc->mentions[m].kind == QUOTH__M_PRONOUN ? base - 0.1 : base;
}
