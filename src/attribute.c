/* attribute.c - see attribute.h.
 *
 * Works one segment (sentence, quotes kept whole) at a time: find the cues,
 * attach each speech quote with the direct patterns, then turn the cues
 * left over into reported statements, then give the quotes still without a
 * speaker to the previous statement's speaker (continuation).  Every
 * pattern looks at a bounded window of tokens around a cue or a quote, so
 * the stage is linear in the text. */
#include "attr_int.h"

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

/* ---- driver --------------------------------------------------------------- */

/* "On ABC News's “This Week,” Rubio said": a short quote owned by a
 * capitalized name is the title of a programme or a book, not what the
 * speaker after it said. */
static int owned_title(const attr *a, const quoth_doc *doc, size_t q, size_t s0) {
  const quoth_quote *qq = &doc->quotes[TOK(q).quote];
  char c0 = qq->inner.end > qq->inner.start ? doc->text[qq->inner.start] : 0;
  return q >= s0 + 2 && (TOK(q - 1).shape & TK_POSS) && (TOK(q - 2).shape & TK_CAP) && c0 >= 'A' &&
         c0 <= 'Z' && quoth__quote_words(doc, qq, 5) <= 4; /* not "Clinton's “genuine empathy”" */
}

/* "a website called “Cape Breton If Donald Trump Wins”", "a group called
 * the “We The People Foundation”", "a short film titled “Q”", "The
 * candidate labeled “a leader who has faced tough situations” continues
 * to lead": a quote right after a common noun and a naming participle is
 * the name of the thing, not something said.  Not "Obama has called “Q”" or "what he
 * called “Q”" (a speaker before the verb), nor "called Trump “Q”" (an
 * object between). */
static int named_thing(const attr *a, size_t q, size_t s0) {
  size_t v = q;
  if (v > s0 && is(a, v - 1, "the")) v--; /* not "called this “Q”": an object */
  if (v < s0 + 2) return 0;
  v--;
  if (!is(a, v, "called") && !is(a, v, "named") && !is(a, v, "titled") &&
      !is(a, v, "entitled") && !is(a, v, "dubbed") && !is(a, v, "labeled") &&
      !is(a, v, "labelled"))
    return 0;
  size_t n = v - 1;
  return is_word(a, n) && !(TOK(n).shape & (TK_CAP | TK_NUM)) &&
         !(TOK(n).lex & (LX_PRON | LX_SKIP | LX_STOP | LX_DET | LX_POSSDET | LX_PREP));
}

static int direct_quotes(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  for (size_t q = s0; q < s1; q++) {
    if (!is_free_quote(a, doc, q) || quoth__quote_continues_clause(doc, a, q, s0) ||
        owned_title(a, doc, q, s0) || named_thing(a, q, s0))
      continue;
    size_t after = 0;
    int r = quoth__p_quote_then_cue(a, doc, q, s0, s1, &after);
    if (r > 0) quoth__p_split_quote(a, doc, after, s1);
    if (!r) r = quoth__p_cue_then_quote(a, doc, q, s0, s1);
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
        quoth__p_according(a, doc, c, s0, s1) < 0)
      return QUOTH_ENOMEM;
  }
  for (size_t k = 0; k < a->ncues; k++) {
    cue *c = &a->cues[k];
    if (c->flags & CF_USED) continue;
    /* Each pattern checks its own shape; the order settles overlaps:
     * "..., said X" before "X said ...", a parenthetical before "..., X said". */
    if (c->flags & CF_RAISE) {
      if (quoth__p_raising(a, doc, c, s0, s1) < 0) return QUOTH_ENOMEM;
      continue;
    }
    int r = quoth__p_fronted(a, doc, c, s0, s1);
    if (!r) r = quoth__p_according(a, doc, c, s0, s1);
    if (!r) r = quoth__p_evidence(a, doc, c, s0, s1);
    if (!r) r = quoth__p_asked(a, doc, c, s0, s1);
    if (!r) r = quoth__p_called(a, doc, c, s0, s1);
    if (!r) r = quoth__p_statement_saying(a, doc, c, s0, s1);
    if (!r) r = quoth__p_see_as(a, doc, c, s0, s1);
    if (!r) r = quoth__p_as_source(a, doc, c, s0, s1);
    if (c->flags & CF_DESIRE) {
      if (!r) r = quoth__p_desire(a, doc, c, s0, s1);
      if (r < 0) return QUOTH_ENOMEM;
      continue;
    }
    if (!r && c->a > s0 && is_comma(a, c->a - 1)) r = quoth__p_content_then_cue(a, doc, c, s0, s1);
    if (!r) r = quoth__p_share_participle(a, doc, c, s0, s1);
    if (!r && !quoth__cue_adjunct_after(a, c, s1))
      r = quoth__p_speaker_cue_content(a, doc, c, s0, s1);
    if (!r && !(c->flags & CF_USED)) r = quoth__p_parenthetical(a, doc, c, s0, s1);
    if (!r && !(c->flags & CF_USED)) r = quoth__p_content_then_cue(a, doc, c, s0, s1);
    if (!r && !(c->flags & CF_USED)) r = quoth__p_content_appos_cue(a, doc, c, s0, s1);
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
  return single && e >= pe && quoth__quote_words(doc, qq, 7) <= 6;
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
    if (!is_free_quote(a, doc, q) || is_subheading(a, doc, q) || named_thing(a, q, s0)) continue;
    int r = quoth__p_dash_byline(a, doc, q);
    if (!r) r = quoth__p_quote_speaker_verb(a, doc, q);
    if (!r) r = quoth__p_continuation(a, doc, q, prev);
    if (!r && (r = quoth__p_leftover(a, doc, q, s0)) > 0) continued_fragment(a, doc, q, prev);
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
 * else the last one in the text.  Statements are made pattern by pattern,
 * not in text order: "In response to Sanders' charge that she has been
 * weak on climate change, she said she and Obama had made progress. “Q”"
 * goes on with "she said", not with the noun claim found after it. */
static size_t continued_statement(const quoth_doc *doc, size_t n0) {
  for (size_t i = doc->nstatements; i > n0; i--) {
    const quoth_statement *st = &doc->statements[i - 1];
    if (st->kind != QUOTH_KIND_INDIRECT && st->smention != QUOTH__NONE) return i - 1;
  }
  size_t last = doc->nstatements - 1;
  for (size_t i = n0; i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i], *l = &doc->statements[last];
    /* (no parts yet: a statement left unfinished by an allocation failure) */
    if (st->nparts && l->nparts && st->parts[0].start > l->parts[0].start) last = i;
  }
  return last;
}

/* The addressee named inside a "tell" phrase ("told reporters", "told the
 * crowd") of statement st, cued in segment tokens [s0, s1): its mention,
 * made when the mention scan found none (a common noun), or NONE. */
static size_t phrase_addressee(attr *a, quoth_doc *doc, const quoth_statement *st, size_t s0,
                               size_t s1) {
  size_t k = s0, hi = s1; /* the first token at the cue (segments may be long) */
  while (k < hi) {
    size_t mid = k + (hi - k) / 2;
    if (TOK(mid).start < st->cue.start) k = mid + 1;
    else hi = mid;
  }
  size_t ci = k < s1 ? a->cuemap[k] : QUOTH__NONE;
  if (ci == QUOTH__NONE || ci >= a->ncues || a->cues[ci].a != k ||
      !(a->cues[ci].flags & CF_HAS_ADDR))
    return QUOTH__NONE;
  const cue *c = &a->cues[ci];
  size_t m = a->at[c->a + 1];
  if (m != QUOTH__NONE && doc->mentions[m].t0 == c->a + 1 && doc->mentions[m].t1 <= c->b) return m;
  m = quoth__add_mention(&a->toks, doc, a->at, c->a + 1, c->b, QUOTH__M_NOMINAL);
  if (m == QUOTH__NONE) return m;
  quoth__mention *mm = &doc->mentions[m];
  mm->plural = doc->text[mm->span.end - 1] == 's';
  return m;
}

/* Statements of segment statements [n0, ..) cued by a "tell" phrase with
 * no addressee of their own get the one the phrase names. */
static int phrase_addressees(attr *a, quoth_doc *doc, size_t n0, size_t s0, size_t s1) {
  for (size_t i = n0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (st->amention != QUOTH__NONE || st->cue.end <= st->cue.start) continue;
    size_t nm = doc->nmentions;
    size_t m = phrase_addressee(a, doc, st, s0, s1);
    if (m == QUOTH__NONE && doc->nmentions > nm) return QUOTH_ENOMEM;
    st = &doc->statements[i];
    st->amention = m;
  }
  return QUOTH_OK;
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

/* The top-level quote after quote q when only blanks separate them, else
 * QUOTH__NONE. */
static size_t adjacent_quote(const quoth_doc *doc, size_t q) {
  size_t end = doc->quotes[q].span.end;
  for (size_t n = q + 1; n < doc->nquotes; n++) {
    if (doc->quotes[n].parent != QUOTH__NONE) continue;
    size_t i = end;
    while (i < doc->quotes[n].span.start && strchr(" \t\r\n", doc->text[i])) i++;
    return i == doc->quotes[n].span.start ? n : QUOTH__NONE;
  }
  return QUOTH__NONE;
}

/* "“One. “Two,” said Holmes.": the quotes of a quotation run over
 * paragraphs whose breaks were lost (QUOTH__QUOTE_GOES_ON) are one
 * speaker's, so a piece that no rule gave a speaker takes the one of the
 * piece that goes on with it, the last piece first so a chain passes it
 * back.  (Where the breaks are intact, the scanner already reads the
 * whole quotation as one quote.) */
static void lost_break_speakers(attr *a, quoth_doc *doc) {
  for (size_t q = doc->nquotes; q-- > 0;) {
    size_t i = a->qstat[q], n;
    if (!(doc->quotes[q].flags & QUOTH__QUOTE_GOES_ON) || i == QUOTH__NONE ||
        doc->statements[i].smention != QUOTH__NONE ||
        (n = adjacent_quote(doc, q)) == QUOTH__NONE || a->qstat[n] == QUOTH__NONE)
      continue;
    const quoth_statement *next = &doc->statements[a->qstat[n]];
    quoth_statement *st = &doc->statements[i];
    if (next->smention == QUOTH__NONE || next->kind == QUOTH_KIND_INDIRECT) continue;
    st->smention = next->smention;
    st->speaker_mention = next->speaker_mention;
    st->resolved = QUOTH_RESOLVED_CONTINUATION;
    st->rule = "continuation";
    st->confidence = 0.6;
  }
}

int quoth__attribute(quoth__attributor *a, quoth_doc *doc) {
  int st = prepare(a, doc);
  size_t prev = QUOTH__NONE;
  for (size_t s = 0; !st && s < a->toks.nsegs; s++) {
    size_t s0 = a->toks.segstart[s], s1 = a->toks.segstart[s + 1], n0 = doc->nstatements;
    a->seg_n0 = n0;
    st = quoth__find_cues(a, doc, s0, s1);
    if (!st && quoth__p_name_colon(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st) st = direct_quotes(a, doc, s0, s1);
    if (!st) st = reported(a, doc, s0, s1);
    if (!st && quoth__p_noun_claim(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st && quoth__p_in_record(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st && quoth__p_content_in_record(a, doc, s0, s1) < 0) st = QUOTH_ENOMEM;
    if (!st) st = leftovers(a, doc, s0, s1, prev);
    if (!st) st = phrase_addressees(a, doc, n0, s0, s1);
    source_for_speakerless(doc, n0);
    if (doc->nstatements > n0) prev = continued_statement(doc, n0), a->prev_seg = s;
  }
  if (!st) lost_break_speakers(a, doc);
  for (size_t i = 0; !st && i < doc->nstatements; i++) {
    quoth__settle_kind(a, doc, &doc->statements[i]);
    st = split_at_paragraphs(doc, &doc->statements[i]);
  }
  if (st) return st;
  if (doc->nstatements > 1)
    qsort(doc->statements, doc->nstatements, sizeof *doc->statements, cmp_statement);
  return quoth__resolve_entities(a->reg, &a->toks, &a->ls, doc);
}
