/* attr_direct.c - the direct-quote patterns: “Q,” X said / X said: “Q” /
 * split quotes, with cited sources. Part of the attribution stage: see
 * attribute.c for the order of the passes and attr_int.h for what the
 * modules share. */
#include "attr_int.h"

/* ---- direct patterns ---------------------------------------------------- */

/* A quote the scanner flagged as words inside a reported clause ("said
 * the plan was “a disaster”") is a fragment of a mixed statement; any
 * other speech quote is direct (the agreed contract: the scanner, which
 * sees the whole clause, decides, not the word right before the mark). */
int quoth__quote_is_fragment(const quoth_doc *doc, const attr *a, size_t q) {
  return (doc->quotes[TOK(q).quote].flags & QUOTH_QUOTE_FRAGMENT) != 0;
}

/* Before a direct pattern is tried: a quote continuing running words
 * ("failed to find the cell and “should have acted sooner,” said X") is
 * left to the reported-speech patterns, which take the whole clause. */
int quoth__quote_continues_clause(const quoth_doc *doc, const attr *a, size_t q, size_t s0) {
  return quoth__quote_is_fragment(doc, a, q) ||
         (q > s0 && is_word(a, q - 1) && !(TOK(q - 1).lex & LX_CUE));
}

/* Do the words of quote token q open in lower case ("“we would be
 * looking ...”"), going on with the sentence around them rather than
 * standing as a sentence of their own? */
int quoth__quote_opens_lower(const quoth_doc *doc, const attr *a, size_t q) {
  const quoth_quote *qq = &doc->quotes[TOK(q).quote];
  size_t i = qq->inner.start;
  while (i < qq->inner.end && strchr(" \n'\"", doc->text[i])) i++;
  return i < qq->inner.end && doc->text[i] >= 'a' && doc->text[i] <= 'z';
}

/* Tokens a speaker phrase may hold: words, numbers ("the two"), possessives, a bracketed
 * affiliation ("Sen. Marco Rubio (R-Fla.)"), the commas of an apposition
 * ("Brent Bozell III, founder of the Media Research Center,") and the signs
 * in a name ("one P&G Amiens employee", "Fight for $15 organizing director
 * Kendall Fells"). */
static int in_speaker_phrase(const attr *a, size_t k) {
  return is_word(a, k) || (TOK(k).shape & (TK_POSS | TK_NUM)) || is(a, k, "(") || is(a, k, ")") ||
         is(a, k, "-") || is(a, k, ".") || is_comma(a, k) || is(a, k, "&") || is(a, k, "$");
}

/* The token after quote q, past the stray mark of ''... 'Fox and
 * Friends,''' (a single quote closing inside a double one). */
size_t quoth__quote_end(const attr *a, size_t q, size_t s1) {
  return q + 1 < s1 && is(a, q + 1, "'") ? q + 2 : q + 1;
}

/* ", CNN reported.", ", The Washington Post first reported.": a named
 * source and "report" closing the sentence from token k on; the mention
 * or QUOTH__NONE. */
size_t quoth__reporting_source(attr *a, const quoth_doc *doc, size_t k, size_t s1) {
  size_t m = mention_starting(a, doc, k, s1);
  if (m == QUOTH__NONE || doc->mentions[m].kind == QUOTH__M_PRONOUN) return QUOTH__NONE;
  size_t j = quoth__skip_adverbs(a, doc->mentions[m].t1, s1);
  cue *c = j < s1 ? quoth__cue_at(a, j) : NULL;
  if (!c || strcmp(c->lemma, "report") != 0) return QUOTH__NONE;
  size_t e = quoth__skip_time(a, c->b, s1);
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
void quoth__credit_source(quoth_statement *st, quoth_doc *doc, size_t m) {
  st->rmention = m;
  doc->mentions[m].reporter = 1; /* an entity even when a nominal */
}

int quoth__cited_source(attr *a, quoth_doc *doc, quoth_statement *st, size_t k, size_t s0,
                        size_t s1) {
  k = quoth__skip_time(a, k, s1);
  if (k + 1 >= s1 || !is_comma(a, k)) return 1;
  cue *c = quoth__cue_at(a, k + 1);
  size_t r = quoth__reporting_source(a, doc, k + 1, s1);
  if (r != QUOTH__NONE) {
    quoth__credit_source(st, doc, r);
    return 1;
  }
  if (!c || !(c->flags & CF_ACCORDING) || strcmp(c->lemma, "according to") != 0) return 1;
  size_t e, m = quoth__according_source(a, doc, c, s0, s1, &e);
  if (m == QUOTH__NONE) return e ? 1 : -1;
  if (e < s1 && !is_comma(a, e) && !is_final(a, e)) return 1; /* "according to X who ..." */
  quoth__credit_source(st, doc, m);
  c->flags |= CF_USED;
  return 1;
}

/* "“Q,” Paris, who used to work on Capitol Hill, said", "“Q,” Texas
 * delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said":
 * a speaker right after the quote, set off by a relative, participle or
 * apposition clause the speaker phrase cannot hold, with the cue after the
 * clause's closing comma.  The cue, its speaker in *m; NULL when the
 * sentence ends, or a colon or semicolon comes, before such a cue. */
static cue *cue_after_aside(attr *a, quoth_doc *doc, size_t j, size_t s1, size_t *m) {
  if (j >= s1) return NULL;
  size_t n = mention_starting(a, doc, j, s1), p = j;
  if (n != QUOTH__NONE) {
    if (doc->mentions[n].kind == QUOTH__M_PRONOUN) return NULL;
    p = doc->mentions[n].t1;
  } else if (((TOK(j).lex & LX_DET) || (TOK(j).shape & TK_CAP)) && !(TOK(j).lex & LX_PREP)) {
    /* "“Q,” an intelligence source, who was not authorized ..., told":
     * an anonymous source or a common noun is a mention only once a cue
     * asks for it (quoth__np_left): a few words up to the comma, built
     * once the cue after the aside is found */
    while (p < s1 && p - j < 6 && is_word(a, p) && !quoth__cue_at(a, p)) p++;
  }
  size_t k = p;
  if (k == j || k >= s1 || !is_comma(a, k)) return NULL;
  /* k == p: a stray comma between the speaker and a finite cue ("“Q,”
   * shop owner Hayriye Evren, told AP") */
  for (; k < s1 && k - j <= MAX_APPOS; k++) {
    if (is_comma(a, k)) {
      size_t v = k == p ? k + 1 : quoth__skip_adverbs(a, k + 1, s1);
      cue *c = v < s1 ? quoth__cue_at(a, v) : NULL;
      if (c && k == p && ends_with(a, c->a, "ing")) c = NULL;
      if (c && !(c->flags & (CF_WEAK | CF_ACCORDING | CF_USED))) {
        if (n == QUOTH__NONE) {
          n = quoth__np_left(a, doc, p, j);
          if (n == QUOTH__NONE || doc->mentions[n].t0 != j || doc->mentions[n].t1 != p ||
              doc->mentions[n].kind == QUOTH__M_PRONOUN)
            return NULL;
        }
        *m = n;
        return c;
      }
    } else if ((TOK(k).shape & TK_PUNCT) && !is(a, k, "-") && !is(a, k, "(") && !is(a, k, ")") &&
               !is_dash(a, k) && !(is(a, k, ".") && k + 1 < s1 && is_word(a, k + 1))) {
      return NULL; /* the clause ends: "“Q,” Smith, 45; then ..." */
    }
  }
  return NULL;
}

/* "“Q.” The cable indicated 13 security personnel would be needed",
 * '"eminent domain!" A campaign TV ad released Thursday accuses Trump':
 * after a quote closed by a full stop (or "!", "?"), a capitalized phrase and a cue that goes
 * on with a complement open the next sentence (which the splitter did not
 * end there); "“Q.” Smith said." (a cue that ends the sentence, after a
 * time or place adjunct at most) is still a sloppy attribution. */
static int new_sentence_cue(const attr *a, const quoth_doc *doc, size_t q, const cue *c,
                            size_t s1) {
  char end = quoth__quote_last_char(doc, &doc->quotes[TOK(q).quote]);
  if (q + 1 >= s1 || !(TOK(q + 1).shape & TK_CAP)) return 0;
  if (end != '.' && end != '!' && end != '?') return 0;
  size_t k = quoth__skip_time(a, c->b, s1);
  /* after "!" or "?" a cue with a prepositional adjunct still attributes
   * ('"Perpetual motion!" Rep. Glenn Thompson said of the swirl') */
  if (end != '.' && k < s1 && (TOK(k).lex & LX_PREP)) {
    /* ... unless a "that" clause follows the adjunct: '“Q!” She replied to
     * him that it was an honor' reports a reply of its own */
    for (size_t t = k + 1; t < s1 && t < k + 4; t++)
      if (is(a, t, "that")) return 1;
    return 0;
  }
  return k < s1 && !is_final(a, k);
}

/* "When someone in the audience shouted, “Cruz,” Beck joked", "As the
 * crowd chanted, “Build the wall,” Trump smiled": a quote right after the
 * cue and comma of a subordinate clause opening the sentence is that
 * clause's; the main clause after it speaks for itself. */
static int subordinate_cue_before(attr *a, size_t q, size_t s0) {
  if (q < s0 + 3 || !is_comma(a, q - 1)) return 0;
  size_t h = s0;
  if (TOK(h).wc & WC_FRONTED_LEAD) h++; /* "But when ..." */
  if (!(TOK(h).wc & WC_SUBORDINATOR) || is(a, h, "with") || is(a, h, "despite")) return 0;
  const cue *c = quoth__cue_at(a, q - 2);
  if (!c || c->b != q - 1 || (c->flags & (CF_WEAK | CF_ACCORDING))) return 0;
  for (size_t k = h + 1; k < c->a; k++) /* one clause: no comma or quote before its cue */
    if (is_comma(a, k) || (TOK(k).shape & TK_QUOTE)) return 0;
  return 1;
}

/* "in a clip that Judge Michael Mosman called “distasteful,” Santilli
 * expressed ...": a quote right after a cue whose subject stands right
 * before it is that cue's object, not the next clause's. */
static int object_of_cue_before(attr *a, const quoth_doc *doc, size_t q, size_t s0) {
  for (size_t t = q; t > s0 + 1 && q - t < 3; t--) {
    const cue *c = quoth__cue_at(a, t - 1);
    if (!c) continue;
    if (c->b != q || (c->flags & (CF_WEAK | CF_ACCORDING | CF_RAISE))) return 0;
    size_t m = mention_ending(a, doc, c->a);
    return m != QUOTH__NONE && doc->mentions[m].kind != QUOTH__M_ANON;
  }
  return 0;
}

/* End of the words running on after quote q up to the attribution at
 * token b: they close at the last comma or dash before it ("“Q” by the
 * United States and NATO, Clinton said"); with none, the words are the
 * speaker phrase or the cue ('"Q" the Post's editor Steven Ginsberg
 * responded', '"Q" said Nick Merrill') and the content is the quote. */
static size_t run_on_end(const attr *a, size_t q, size_t b) {
  size_t k = b;
  while (k > q + 1 && !is_comma(a, k - 1) && !is_dash(a, k - 1)) k--;
  if (k <= q + 1) return q + 1;
  size_t e = quoth__content_end(a, q + 1, k);
  return e < q + 1 ? q + 1 : e;
}

/* "“Q,” Will wrote.", "“Q,” From said.", "“Q,” May said on Monday.": a
 * capitalized function word (a modal, a preposition) after the quote's
 * comma, right before a finite cue that ends the clause or takes an
 * adjunct ("said on Monday", "wrote in the Post"), can only be a
 * surname; the mention finder passed it by.  The new mention, or NONE.
 * Also for a quote inside a clause (attr_leftover.c). */
size_t quoth__function_word_name(attr *a, quoth_doc *doc, size_t q, size_t j, size_t s1) {
  /* "“Q.” That said, she ...": after a full stop the word opens a sentence */
  char end = quoth__quote_last_char(doc, &doc->quotes[TOK(q).quote]);
  if (!end || end == '.') return QUOTH__NONE;
  if (j + 1 >= s1 || !is_word(a, j) || !(TOK(j).shape & TK_CAP) || a->at[j] != QUOTH__NONE ||
      (TOK(j).lex & LX_PRON) || (TOK(j).shape & TK_SEGSTART))
    return QUOTH__NONE;
  const cue *c = quoth__cue_at(a, j + 1);
  if (!c || (c->flags & (CF_WEAK | CF_ACCORDING | CF_RAISE | CF_USED)) ||
      ends_with(a, c->a, "ing"))
    return QUOTH__NONE;
  size_t t = quoth__skip_time(a, c->b, s1);
  if (t < s1 && !is_final(a, t) && !is_comma(a, t) && !(TOK(t).lex & LX_PREP)) return QUOTH__NONE;
  return quoth__add_mention(&a->toks, doc, a->at, j, j + 1, QUOTH__M_NAME);
}

/* “Q,” SPEAKER CUE.  /  “Q,” CUE SPEAKER.  /  “Q,” according to SPEAKER. */
int quoth__p_quote_then_cue(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1,
                            size_t *after) {
  if (subordinate_cue_before(a, q, s0) || object_of_cue_before(a, doc, q, s0)) return 0;
  size_t j = quoth__quote_end(a, q, s1), m;
  if (j < s1 && (is_comma(a, j) || is(a, j, "\xE2\x80\x94"))) j++;
  const char *rule = "quote-speaker-cue";
  cue *c = NULL;
  /* SPEAKER CUE: the first cue within a few words, with the speaker phrase
   * ending right before it ("White House press secretary Josh Earnest said"). */
  for (size_t k = j + 1;
       !quoth__cue_at(a, j) && k < s1 && k <= j + MAX_APPOS && in_speaker_phrase(a, k - 1); k++) {
    /* "“Q1” - at which point the crowd chanted “Q2” - “Q3”": a relative
     * clause after the quote is an aside, its subject no speaker of Q1 */
    if (is(a, k - 1, "which")) break;
    cue *ck = quoth__cue_at(a, k);
    if (!ck) continue;
    /* "(Additional reporting by ...)", "“Q,” is one common saying": an
     * -ing form is no finite verb, so no "SPEAKER CUE" clause, unless
     * after a form of "be" ("“Q,” Smith was saying"), also with a
     * participle of perception between ("“Q?” a reporter can be heard
     * asking Trump", "he is seen asking") */
    if (ends_with(a, ck->a, "ing") && !(TOK(ck->a - 1).wc & WC_BE) &&
        !((TOK(ck->a - 1).wc & WC_PERCEPTION) && ck->a >= j + 2 && (TOK(ck->a - 2).wc & WC_BE)))
      break;
    /* "21 percent said “not too likely” and 14 percent said “not at all
     * likely”": after a conjunction, a cue with a quote of its own opens
     * the next clause */
    if ((TOK(j).wc & WC_CLAUSE_CONJ) && ck->b < s1 && (TOK(ck->b).shape & TK_QUOTE)) break;
    if (!(ck->flags & (CF_ACCORDING | CF_WEAK)) && !new_sentence_cue(a, doc, q, ck, s1) &&
        (m = quoth__np_left(a, doc, k, j)) != QUOTH__NONE) {
      /* "“Q,” the congressional report said": a noun form the words
       * before modify heads the speaker phrase; the verb comes later */
      if (quoth__modifies_noun_cue(a, doc, m, ck)) continue;
      c = ck, *after = c->b;
    }
    break;
  }
  if (!c && (m = quoth__function_word_name(a, doc, q, j, s1)) != QUOTH__NONE)
    c = quoth__cue_at(a, j + 1), *after = c->b;
  if (!c && !quoth__cue_at(a, j) && (c = cue_after_aside(a, doc, j, s1, &m)) != NULL)
    *after = c->b;
  /* "“Q,” promising the Friends of Abe will return": a participle after
   * the quote opens a clause of its own; only a finite verb inverts */
  if (!c && quoth__cue_at(a, j) && ends_with(a, j, "ing") &&
      !(quoth__cue_at(a, j)->flags & CF_ACCORDING))
    return 0;
  /* "“Q,” told Fox News": the object of "tell" is the addressee, never
   * the speaker */
  if (!c && (c = quoth__cue_at(a, j)) != NULL && !(c->flags & CF_WEAK)) {
    if (c->flags & CF_TELL) return 0;
    rule = c->flags & CF_ACCORDING ? "quote-according" : "quote-cue-speaker";
    m = quoth__np_right(a, doc, c->b, s1);
    if (m == QUOTH__NONE) return 0;
    *after = doc->mentions[m].t1;
  }
  if (!c || (c->flags & CF_WEAK)) return 0;
  /* “Q” by the United States and NATO, Clinton said: the words run on to
   * the comma before the speaker and belong to the statement. */
  size_t t0 = q, t1 = q + 1;
  if (doc->mentions[m].t0 > j && quoth__quote_runs_on(a, doc, q, s1))
    t1 = run_on_end(a, q, c->a < doc->mentions[m].t0 ? c->a : doc->mentions[m].t0);
  /* "After the 2014 victories, “there is a sense of urgency,” Law said",
   * "But when it comes to Carrier, “we've all worked,” he said": the
   * words before the comma open the reported clause. */
  /* Not a subordinate clause before a quote opening in upper case, a
   * sentence of its own: that clause is the writer's narration ("When
   * Trump used the words, “I'm not quite there yet,” he was echoing
   * Ryan"); other leads may be the speaker's ("But with other voters
   * split, “Donald Trump's loyal 22% goes a long way,” says X"). */
  if (q > s0 + 1 && is_comma(a, q - 1)) {
    size_t h = quoth__clause_head(a, doc, q, s0, NULL);
    if (h + 1 < q &&
        (quoth__quote_opens_lower(doc, a, q) || !(TOK(h).wc & WC_SUBORDINATOR) ||
         (TOK(h).lex & LX_PREP)))
      t0 = h;
  }
  quoth_statement *st = quoth__new_statement(
      a, doc, t0 < q || t1 > q + 1 ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT, t0, t1, rule);
  if (!st) return -1;
  quoth__set_cue(st, a, c);
  quoth__set_speaker(st, doc, m, quoth__mention_conf(doc, m, 0.9));
  if (c->flags & CF_TELL) st->amention = quoth__np_right(a, doc, c->b, s1);
  c->flags |= CF_USED;
  if (strcmp(rule, "quote-according") != 0) return quoth__cited_source(a, doc, st, *after, s0, s1);
  return 1;
}

/* “Q1,” SPEAKER CUE, “Q2.”: Q2 joins Q1's statement. */
void quoth__p_split_quote(attr *a, quoth_doc *doc, size_t after, size_t s1) {
  quoth_statement *st = &doc->statements[doc->nstatements - 1];
  /* Words, possessives and commas of an apposition ("said Stephanie
   * Formas, Clinton's communications director, “and ...”") up to the
   * comma or colon right before the second quote. */
  for (size_t k = after; k < s1 && k - after <= MAX_GAP + 8; k++) {
    /* "“Q1,” Cruz said as the heckler yelled: “Q2”": a cue of another
     * clause (its subject before it, not ", adding") speaks for Q2 */
    const cue *o = k > after ? quoth__cue_at(a, k) : NULL;
    if (o && o->a == k && !(o->flags & CF_WEAK) && is_word(a, k - 1) &&
        !(TOK(k).lex & LX_NOUNCUE))
      return;
    if (is_comma(a, k) || is(a, k, ":")) {
      if (k + 1 < s1 && is_free_quote(a, doc, k + 1)) {
        quoth__add_part(st, a, k + 1);
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
    cue *c = quoth__cue_at(a, t - 1);
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
  size_t m = quoth__np_left_plain(a, doc, colon, s0);
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
  int dashed = lead > s0 && (is(a, lead - 1, "-") || is_dash(a, lead - 1));
  if (colon - s0 > 10 && !dashed) return 0;
  /* "Then, later that month on CNN:", "She then addressed the supporters
   * again:": a noun phrase after a preposition, or after the subject of
   * the lead-in's own verb (back to a full stop or a dash before it), is
   * what the lead-in is about, not a source ("From the report:" is one);
   * the subject (subject-colon-quote) may be */
  if (!dashed && lead > s0 && (TOK(lead - 1).lex & LX_PREP) && !is(a, lead - 1, "from")) return 0;
  for (size_t t = lead; !dashed && t > s0 && !is(a, t - 1, ".") && !is(a, t - 1, "-") &&
                      !is_dash(a, t - 1);
       t--) {
    size_t n = a->at[t - 1];
    if (n != QUOTH__NONE && n != m && doc->mentions[n].t0 == t - 1 && doc->mentions[n].subject &&
        (doc->mentions[n].kind == QUOTH__M_NAME || doc->mentions[n].kind == QUOTH__M_PRONOUN))
      return 0;
  }
  quoth_statement *st =
      quoth__new_statement(a, doc, QUOTH_KIND_DIRECT, q, q + 1, "speaker-colon-quote");
  if (!st) return -1;
  quoth__set_speaker(st, doc, m, 0.6);
  return 1;
}

/* The start of the statement of “Q” after cue c, the quote's comma or
 * colon at token j: the quote itself, or the reported clause between cue
 * and quote ("told reporters that the mayor has met the challenges
 * “quite directly”", "said the turmoil was not the banks' fault, “not by
 * a long shot”").  Adjuncts ("said in a statement, “Q”") are no clause. */
size_t quoth__clause_before_quote(attr *a, quoth_doc *doc, const cue *c, size_t j, size_t q) {
  size_t g = c->b;
  /* after a colon the quote stands alone ("said yes and took the
   * opportunity: “Q”") */
  if ((c->flags & CF_ACCORDING) || !is_comma(a, j)) return q;
  if (c->flags & CF_TELL) {
    size_t addr = quoth__np_right(a, doc, g, j);
    if (addr != QUOTH__NONE) g = doc->mentions[addr].t1;
    /* "told the mayors who gathered in Indianapolis, “Q”": a relative
     * clause after the addressee is about the addressee */
    if (addr != QUOTH__NONE && g < j && (TOK(g).wc & WC_NO_PREDICATE) &&
        (TOK(g).wc & WC_QUESTION_OPENER) && !is(a, g, "what") && !is(a, g, "if"))
      return q;
  }
  size_t th = quoth__find_that(a, g, j); /* "noted that", "said on Friday that" */
  if (th != QUOTH__NONE) return th + 1 < j ? th + 1 : q;
  /* "stated a day earlier, “If [Cruz] catches on, ...”", "concluded so
   * eloquently, “With malice toward none ...”": with no "that", a quote
   * opening in upper case is a sentence of its own; the words between cue
   * and quote are an adjunct of the cue, not a clause the quote ends */
  if (!quoth__quote_opens_lower(doc, a, q)) return q;
  if (g >= j || !(c->flags & CF_CLAUSE) || !is_word(a, g) || (TOK(g).lex & (LX_PREP | LX_SKIP)) ||
      (TOK(g).shape & TK_NUM) || j - g < 3 || is(a, g, "as") || is(a, g, "when") ||
      is(a, g, "while")) /* "said as he arrived, “Q”" */
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
  return quoth__overlaps_statement(a, doc, s0, e) ? QUOTH__NONE : e;
}

/* "Trump said, and I quote, “Q”": the writer's "(and) I quote" set off by
 * commas between a cue and its quote (comma j) is an aside, not the
 * attribution.  Returns the comma before the aside, or NONE. */
static size_t writer_aside(const attr *a, const cue *c, size_t j, size_t s0) {
  if (strcmp(c->lemma, "quote") != 0 || c->b != j || c->a < s0 + 2 || !is(a, c->a - 1, "i"))
    return QUOTH__NONE;
  size_t k = c->a - 2;
  if (is(a, k, "and") && k > s0) k--;
  return is_comma(a, k) ? k : QUOTH__NONE;
}

/* "Because of how Democrats crafted the schedule, explained Rosenberg,
 * “Q”": a finite cue set off by a comma (or opening the sentence), then a
 * name that ends right at the quote's comma or colon j, is an inverted
 * attribution.  Not a participle (", adding Smith, “Q”" does not occur;
 * ", citing Smith, “Q”" names no speaker) nor a pronoun. */
static size_t inverted_before_quote(attr *a, quoth_doc *doc, const cue *c, size_t j, size_t s0) {
  if (ends_with(a, c->a, "ing") || (c->flags & (CF_TELL | CF_OBJECT)) ||
      (c->a > s0 && !is_comma(a, c->a - 1)))
    return QUOTH__NONE;
  size_t m = quoth__np_right(a, doc, c->b, j);
  if (m == QUOTH__NONE || doc->mentions[m].t1 != j || doc->mentions[m].t0 != c->b ||
      doc->mentions[m].kind != QUOTH__M_NAME)
    return QUOTH__NONE;
  return m;
}

/* SPEAKER CUE: “Q”  /  SPEAKER CUE, “Q”  /  According to SPEAKER, “Q”. */
int quoth__p_cue_then_quote(attr *a, quoth_doc *doc, size_t q, size_t s0, size_t s1) {
  if (q == s0) return 0;
  size_t j = q;
  if (is(a, j - 1, ":") || is_comma(a, j - 1)) j--;
  else if (q + 1 < s1 && !is_final(a, q + 1)) return 0; /* X said “Q” and ...: mixed */
  cue *c = cue_before(a, j, s0);
  size_t aside = c ? writer_aside(a, c, j, s0) : QUOTH__NONE;
  if (aside != QUOTH__NONE) c = cue_before(a, aside, s0);
  /* "As Breitbart's Joel Pollak reported after the FBI appears to have
   * abandoned the crime scene:": a raising verb ("appears to") is the
   * writer's judgment inside the clause of the cue before it */
  if (c && (c->flags & CF_RAISE)) {
    cue *said = cue_before(a, c->a, s0);
    if (said && !(said->flags & CF_RAISE)) c = said;
  }
  if (!c && is(a, j, ":")) return p_colon_quote(a, doc, q, j, s0);
  if (!c || (c->flags & CF_USED)) return 0;
  size_t m;
  const char *rule = "speaker-cue-quote";
  if (c->flags & CF_ACCORDING) {
    m = quoth__np_right(a, doc, c->b, j);
    rule = "according-quote";
    if (m == QUOTH__NONE && strcmp(c->lemma, "according to") != 0) { /* "X put it: “Q”" */
      m = quoth__speaker_left(a, doc, c, s0);
      rule = "speaker-cue-quote";
    }
  } else {
    m = quoth__speaker_left(a, doc, c, s0);
    if (m == QUOTH__NONE) m = inverted_before_quote(a, doc, c, j, s0);
  }
  if (m == QUOTH__NONE) return 0;
  /* X said, “We have three weeks to go” until the caucuses: the words run
   * on to the end of the clause and belong to the statement. */
  size_t t1 = quoth__quote_runs_on(a, doc, q, s1) ? quoth__clause_tail(a, doc, q, s1) : q + 1;
  if (t1 < q + 1) t1 = q + 1;
  size_t t0 = quoth__clause_before_quote(a, doc, c, j, q);
  size_t lead = t0 == q && !(c->flags & CF_ACCORDING) ? lead_before_source(a, doc, c, m, j, q, s0)
                                                      : QUOTH__NONE;
  quoth_statement *st;
  if (lead != QUOTH__NONE) { /* two parts: the lead, then the quote */
    st = quoth__new_statement(a, doc, QUOTH_KIND_MIXED, s0, lead, rule);
    if (!st) return -1;
    st->parts[st->nparts++] = (quoth_span){TOK(q).start, TOK(t1 - 1).end};
    for (size_t i = q; i < t1; i++)
      if (TOK(i).shape & TK_QUOTE) a->qstat[TOK(i).quote] = doc->nstatements - 1;
  } else {
    st = quoth__new_statement(a, doc, t0 < q || t1 > q + 1 ? QUOTH_KIND_MIXED : QUOTH_KIND_DIRECT,
                              t0, t1, rule);
    if (!st) return -1;
  }
  quoth__set_cue(st, a, c);
  quoth__set_speaker(st, doc, m, quoth__mention_conf(doc, m, 0.9));
  st->rmention = c->reporter;
  if (c->flags & CF_TELL) st->amention = quoth__np_right(a, doc, c->b, j);
  c->flags |= CF_USED;
  return 1;
}
