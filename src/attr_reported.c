/* attr_reported.c - reported speech: X said (that) CONTENT, the core pattern
 * and its helpers. Part of the attribution stage: see attribute.c for the
 * order of the passes and attr_int.h for what the modules share. */
#include "attr_int.h"

/* ---- reported speech ------------------------------------------------------ */

/* "stating during the debate that ...", "telling reporters on Friday
 * that ...": the "that" of participle p after a short adjunct opened by a
 * preposition, or after the addressee of a verb of telling -- plain words
 * only, no other cue.  Bounded look-ahead. */
static int that_after_adjunct(const attr *a, const cue *p) {
  static const size_t max_words = 6;
  size_t i = p->b;
  if (!(TOK(i).lex & LX_PREP) && !(p->flags & CF_TELL)) return 0;
  for (size_t k = i; k < a->toks.n && k - i <= max_words; k++) {
    if (is(a, k, "that")) return k > i;
    if (!is_word(a, k) || (a->cuemap[k] < a->ncues && a->cues[a->cuemap[k]].a == k))
      return 0; /* a cue of its own (quoth__cue_at, read-only) */
  }
  return 0;
}

/* Does participle p report a clause ("adding that ...", "saying the law
 * violated ...", "noting in a statement that ...")? */
int quoth__participle_opens(const attr *a, const quoth_doc *doc, const cue *p) {
  return p->b < a->toks.n &&
         (is(a, p->b, "that") || is(a, p->b - 1, "that") || quoth__participle_clause(a, doc, p) ||
          (ends_with(a, p->a, "ing") && that_after_adjunct(a, p)));
}

/* Is a cue clause starting at comma k (", according to X", ", X said",
 * ", and Y told ...")? */
int quoth__cue_clause_at(attr *a, const quoth_doc *doc, size_t k, size_t c1) {
  size_t j = k + 1;
  if (j < c1 && (is(a, j, "and") || is(a, j, "but"))) j++;
  if (j >= c1) return 0;
  /* a cue form that is also a noun ("requests were made") opens no clause */
  if (quoth__cue_at(a, j)) return !(TOK(j).lex & LX_NOUNCUE);
  size_t m = mention_starting(a, doc, j, c1);
  if (m == QUOTH__NONE) return 0;
  size_t k2 = quoth__skip_adverbs(a, doc->mentions[m].t1, c1);
  const cue *c2 = quoth__cue_at(a, k2);
  /* "..., Sanders plans to remain a Democrat ...", "..., Trump seems
   * ...": a wish or the writer's judgment is a main clause, no source */
  return c2 != NULL && !(c2->flags & (CF_DESIRE | CF_RAISE)) &&
         !(TOK(k2).lex & LX_NOUNCUE && TOK(k2).keylen == strlen(c2->lemma));
}

/* "... and noted that ...", "acknowledged that the candidate misspoke but
 * noted that ...": a second cue of the same speaker, followed by its own
 * content (not "the undivided and recognized capital"). */
static int second_cue_at(attr *a, size_t k, size_t c1, const cue *c) {
  /* "and has said that", "and later added that": auxiliaries and adverbs
   * before the second cue */
  size_t j = k + 1 < c1 ? quoth__skip_adverbs(a, k + 1, c1) : c1;
  cue *c2 = j < c1 ? quoth__cue_at(a, j) : NULL;
  if (!c2 || c2 == c || c2->b >= c1) return 0;
  /* "said the candidate knew all about it and thought the criticism was
   * a badge of honor": a verb of thought continues the reported clause */
  if (c2->flags & CF_WEAK) return 0;
  size_t n = c2->b;
  if (is(a, n, "that") || is(a, n - 1, "that") /* the phrase "noted that" */ ||
      (TOK(n).lex & (LX_PRON | LX_DET)) || is(a, n, ":"))
    return j == k + 1 || is(a, n, "that") || is(a, n - 1, "that");
  /* "but said there was no call", "and said his campaign had found it":
   * a verb of saying with a bare clause of its own -- inside a
   * that-clause only after a comma ("concluded that the Centre qualified
   * but said ...": the Centre may be the one who said) */
  if ((c2->flags & CF_CLAUSE) && j == k + 1 && quoth__bare_clause(a, n, c1) &&
      (!(c->b < a->toks.n && is(a, c->b, "that")) || (k > 0 && is_comma(a, k - 1))))
    return 1;
  /* "and suspected immediately that", "and questioned how he would" */
  size_t m = quoth__skip_adverbs(a, n, c1);
  return m < c1 &&
         (is(a, m, "that") || (m == n && (TOK(m).wc & WC_QUESTION_OPENER) && !is(a, m, "to")));
}

/* "... and one in four said ...", "..., while others say ...", "...,
 * though Mrs. Fiorina said she doubted ...": a conjunction opening a new
 * subject and its own clause cue. */
static int other_speaker_at(attr *a, size_t k, size_t c1, const cue *c) {
  if (!(is(a, k, "and") || is(a, k, "but") || is(a, k, "while") || is(a, k, "whereas") ||
        is(a, k, "though") || is(a, k, "although")))
    return 0;
  for (size_t i = k + 1; i < c1 && i <= k + 7; i++) {
    cue *c2 = quoth__cue_at(a, i);
    if (c2 && c2 != c) /* at least one word of subject before it */
      return i > k + 1 && (c2->flags & CF_CLAUSE) && !(c2->flags & CF_WEAK) &&
             !ends_with(a, i, "ing") && c2->b < c1;
    if (!is_word(a, i) && !(TOK(i).shape & TK_POSS) && !is(a, i, "%")) return 0;
    if ((TOK(i).lex & LX_STOP) && !(TOK(i).lex & (LX_DET | LX_PRON))) return 0;
  }
  return 0;
}

/* "...; 26 percent of Democrats say ...", "..., and more than 4 in 10
 * said ...": a semicolon, comma or conjunction at k opens a clause whose
 * subject is a share phrase and whose verb is a clause cue -- another
 * speaker's statement (the share phrase alone is no mention, so
 * cue_clause_at does not see it). */
static int share_clause_at(attr *a, size_t k, size_t c1, const cue *c) {
  int with = is(a, k, "with"); /* "..., with 22 percent saying ...": p_share_participle's */
  if (!(with || is(a, k, ";") || is_comma(a, k) || is(a, k, "and") || is(a, k, "but") ||
        is(a, k, "while")))
    return 0;
  size_t j = k + 1, i;
  if (j < c1 && !is(a, k, "and") && (is(a, j, "and") || is(a, j, "but") || is(a, j, "while")))
    j++;
  int num = 0;
  for (i = j;
       i < c1 && i - j < 8 && (is_word(a, i) || is(a, i, "%")) && !quoth__cue_at(a, i) &&
       !(TOK(i).lex & LX_PRON) && (!(TOK(i).lex & (LX_PREP | LX_STOP)) || quoth__share_glue(a, i));
       i++)
    num |= quoth__share_word(a, i);
  if (!num || i - j < 2 || !quoth__share_amount(a, j, i) ||
      !((TOK(j).shape & TK_NUM) || quoth__share_glue(a, j) || quoth__share_word(a, j)))
    return 0;
  i = quoth__skip_adverbs(a, i, c1);
  cue *c2 = quoth__cue_at(a, i);
  return c2 && c2 != c && (c2->flags & CF_CLAUSE) && with == ends_with(a, i, "ing") && c2->b < c1;
}

/* Does [t0, t1) overlap a statement of this segment? */
int quoth__overlaps_statement(const attr *a, const quoth_doc *doc, size_t t0, size_t t1) {
  size_t b0 = TOK(t0).start, b1 = TOK(t1 - 1).end;
  size_t from = doc->nstatements - a->seg_n0 > 16 ? doc->nstatements - 16 : a->seg_n0;
  for (size_t i = from; i < doc->nstatements; i++) /* the last few: bounded work */
    for (size_t p = 0; p < doc->statements[i].nparts; p++)
      if (doc->statements[i].parts[p].start < b1 && doc->statements[i].parts[p].end > b0) return 1;
  return 0;
}

/* A reported clause ending "... CUE, “Q”" ("released a statement saying,
 * “...”", "..., adding: “...”", "said the same thing everywhere: “...”"):
 * the quote stands as a clause of its own,
 * so it is direct; returns its token (the clause is cut before that cue),
 * else NONE.  A quote the scanner flagged as a fragment stays in the clause. */
static size_t trailing_quote(attr *a, const quoth_doc *doc, size_t c0, size_t c1, size_t *cut) {
  size_t q = c1 - 1;
  if (c1 < c0 + 3 || !is_free_quote(a, doc, q) ||
      (doc->quotes[TOK(q).quote].flags & QUOTH_QUOTE_FRAGMENT) ||
      !(is_comma(a, q - 1) || is(a, q - 1, ":")))
    return QUOTH__NONE;
  if (is(a, q - 1, ":")) { /* "said the same thing at every stop: “Q”" */
    *cut = q - 1;
    return q;
  }
  for (size_t k = q - 1; k > c0 && k + 3 > q; k--) {
    cue *p = quoth__cue_at(a, k - 1);
    if (p && p->b == q - 1) {
      *cut = k - 1;
      while (*cut > c0 && is_comma(a, *cut - 1)) (*cut)--;
      return q;
    }
  }
  return QUOTH__NONE;
}

/* Tokens of content [c0, c1), a speech quote counting as the words it
 * holds (up to MIN_CONTENT): 'Biden “has a lot of roles to play,” said
 * Doyle' reports enough words. */
static size_t content_size(const attr *a, const quoth_doc *doc, size_t c0, size_t c1) {
  size_t n = c1 - c0;
  for (size_t i = c0; i < c1 && n < MIN_CONTENT; i++)
    if (is_speech(a, doc, i)) {
      quoth_span in = doc->quotes[TOK(i).quote].inner;
      size_t w = 0;
      for (size_t k = in.start; k < in.end && w < MIN_CONTENT; k++)
        w += doc->text[k] == ' ' && k + 1 < in.end && doc->text[k + 1] != ' ';
      n += w; /* spaces between words: words - 1 more than the one token */
    }
  return n;
}


/* "pointed out that Terris, the Post reporter, saw the incident": the
 * comma at k closes an apposition to the name that opens the content at
 * c0, so the cue after it is the content's own verb. */
static int opens_with_apposition(attr *a, const quoth_doc *doc, size_t c0, size_t k) {
  size_t h = quoth__apposition_left(a, doc, k, c0);
  return h != QUOTH__NONE && doc->mentions[h].t0 == c0;
}

/* "He endorsed Clinton", "Brown endorsed her, citing ...": the object of
 * a cue of judgment may be one person. */
static int object_person(const attr *a, const quoth_doc *doc, const cue *c, size_t c0,
                         size_t c1) {
  if (!(c->flags & CF_OBJECT) || c0 != c->b || c1 != c0 + 1) return 0;
  size_t m = a->at[c0];
  if (m == QUOTH__NONE || doc->mentions[m].t0 != c0 || doc->mentions[m].t1 != c1) return 0;
  return doc->mentions[m].kind == QUOTH__M_NAME ||
         is(a, c0, "him") || is(a, c0, "her") || is(a, c0, "them");
}

/* "72 percent of Democrats said yes", "after half said so": a poll's
 * share answers in one word. */
static int share_answer(const attr *a, const quoth_doc *doc, size_t m, const cue *c, size_t c0,
                        size_t c1) {
  return c1 == c0 + 1 && c0 == c->b && m != QUOTH__NONE &&
         (is(a, c0, "yes") || is(a, c0, "no") || is(a, c0, "so")) &&
         quoth__share_mention(a, doc, m);
}

/* "said it could not file in time, warning that it could default",
 * "dismissed the accusations -- saying the campaign chose ...", "and
 * arguing that ...", "by saying he would ...": a speech participle with a
 * clause of its own, linked at token k, ends the content before it; it is
 * a statement of its own. */
static int participle_break(attr *a, const quoth_doc *doc, size_t k, size_t c1, const cue *c) {
  size_t j = k;
  if (is_comma(a, k) || is_dash(a, k) || is(a, k, "-")) { /* ", saying", "- and arguing" */
    j = k + 1;
    if (j < c1 && quoth__participle_link(a, j) && !is_comma(a, j)) j++;
  } else if (k + 1 < c1 && quoth__comma_quote(a, doc, k))
    j = k + 1; /* '“... party,” claiming that' */
  else if ((TOK(k).wc & WC_PARTICIPLE_LINK) && !(TOK(k).wc & WC_ADVERBIAL_OPENER) &&
           (c->flags & CF_OBJECT) && !(c->flags & CF_CLAUSE))
    /* "defended his position by citing a poll", "slammed the senator ...
     * and calling for ...": after a cue whose content is its object, a
     * participle joined by "by" or "and" belongs to the speaker's own
     * clause (after a reported clause it may be the clause's own: "said
     * Clinton lost by saying she would ..."; after "while", "after" it is
     * often background: "also calling on ... after citing ...") */
    j = k + 1;
  else return 0;
  cue *p = j < c1 ? quoth__cue_at(a, j) : NULL;
  if (!p || p == c || !ends_with(a, j, "ing") || p->b >= c1) return 0;
  /* '“... prosecution," citing an instance ...': after a comma inside the
   * marks, a participle whose object is its content also opens a clause,
   * as it does after a plain comma (cue_clause_at) */
  return quoth__participle_opens(a, doc, p) ||
         (j == k + 1 && !is_comma(a, k) && (p->flags & CF_OBJECT));
}

/* "said that after the rape, Bill Clinton called her": content [c0, k)
 * after "that" that is only an adverbial opened by a preposition or a subordinator
 * ("after the rape", "when he arrived") is not a clause of its own; the
 * comma at k closes it, and the clause after it is the content's main
 * clause, not another speaker's cue clause. */
static int fronted_adverbial(attr *a, size_t c0, size_t k, size_t c1) {
  static const size_t max_words = 8;
  /* after a complementizer only: "disclosed that after the rape, ...";
   * right after the cue the words may be its adjunct ("weighed in as
   * well, telling Mic ...") */
  if (k <= c0 + 1 || k - c0 > max_words || c0 == 0 || !is(a, c0 - 1, "that")) return 0;
  if (!(TOK(c0).lex & LX_PREP) && !(TOK(c0).wc & (WC_SUBJECT_CONJ | WC_CLAUSE_CONJ))) return 0;
  if (is(a, c0, "and") || is(a, c0, "but") || is(a, c0, "or") || is(a, c0, "that")) return 0;
  for (size_t i = c0 + 1; i < k; i++)
    if (!is_word(a, i) && !(TOK(i).shape & (TK_POSS | TK_NUM))) return 0;
  /* the clause after the comma goes on past its verb ("Bill Clinton called
   * her to ..."); an inverted cue clause ends there (", a Chinese official
   * said.") */
  for (size_t i = k + 1; i < c1 && i - k <= 8; i++) {
    const cue *c2 = quoth__cue_at(a, i);
    if (c2) return !quoth__clause_ends(a, c2->b, c1);
  }
  return 0;
}

/* "In Chicago, organizers added 160 officers, the Sun-Times reported":
 * in content before its cue, a cue clause after the comma at k whose verb
 * goes on with an object is the content's main clause; only one that
 * closes right after its cue (", X said, ...") is another source's. */
static int content_main_clause(attr *a, const quoth_doc *doc, size_t k, size_t c1) {
  size_t j = k + 1;
  if (j < c1 && (is(a, j, "and") || is(a, j, "but"))) j++;
  size_t m = mention_starting(a, doc, j, c1);
  if (m == QUOTH__NONE) return 0;
  const cue *c2 = quoth__cue_at(a, quoth__skip_adverbs(a, doc->mentions[m].t1, c1));
  return c2 && c2->b < c1 && !is_final(a, c2->b) && !quoth__clause_ends(a, c2->b, c1);
}

/* "..., when asked whether he would run", "... after being asked about
 * it": the question put to the speaker after token k is no part of the
 * content (p_asked reports it). */
static int asked_clause_at(const attr *a, size_t k, size_t c1) {
  if (!is_comma(a, k) && !is(a, k, "when") && !is(a, k, "after")) return 0;
  size_t j = k + 1;
  if (j < c1 && is_comma(a, k) && (is(a, j, "when") || is(a, j, "after"))) j++;
  if (j < c1 && is(a, j, "being")) j++;
  return j + 1 < c1 && is(a, j, "asked") && j > k + (is_comma(a, k) ? 1 : 0) - 1 &&
         ((TOK(j + 1).wc & WC_QUESTION_OPENER) || is(a, j + 1, "about") || is(a, j + 1, "by"));
}

int quoth__add_reported(attr *a, quoth_doc *doc, cue *c, size_t m, size_t c0, size_t c1,
                        const char *rule, double conf) {
  c0 = quoth__content_start(a, c0, c1);
  if (c1 > c0 + MAX_CONTENT) c1 = c0 + MAX_CONTENT;
  /* 'stressed that "the way is ...," suggesting that ...': a quote
   * opening the content, its comma inside the marks, links the participle
   * after it as a comma would -- the quote alone is the content */
  if (c0 >= c->b && c0 + 1 < c1 && quoth__comma_quote(a, doc, c0) &&
      participle_break(a, doc, c0, c1, c))
    c1 = c0 + 1;
  for (size_t k = c0 + 1; k < c1; k++) { /* the content ends where another cue clause starts */
    if ((is_comma(a, k) && !(k + 1 < c1 && a->at[k + 1] == m) &&
         quoth__cue_clause_at(a, doc, k, c1) && !opens_with_apposition(a, doc, c0, k) &&
         !fronted_adverbial(a, c0, k, c1) &&
         !(c1 <= c->a && content_main_clause(a, doc, k, c1))) ||
        ((is(a, k, "and") || is(a, k, "but")) && second_cue_at(a, k, c1, c)) ||
        other_speaker_at(a, k, c1, c) ||
        share_clause_at(a, k, c1, c) || (c0 >= c->b && participle_break(a, doc, k, c1, c)) ||
        (c0 >= c->b && asked_clause_at(a, k, c1))) {
      if ((TOK(k).shape & TK_QUOTE) && !quoth__participle_link(a, k)) k++; /* the quote stays */
      c1 = k;
      while (c1 > c0 && is_final(a, c1 - 1)) c1--; /* "works, while others say" */
      break;
    }
  }
  /* a quote already attributed ends the content after the cue ("said he
   * backed a bill, which he called “a cartel”"): the words before it stand */
  for (size_t i = c0 + 4; c0 >= c->b && i < c1; i++)
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) {
      while (i > c0 && (TOK(i - 1).shape & TK_PUNCT)) i--;
      if (i >= c0 + 4) c1 = i;
      break;
    }
  if (c1 > c0 && quoth__overlaps_statement(a, doc, c0, c1)) return 0;
  if (c1 <= c0 || (content_size(a, doc, c0, c1) < (c0 >= c->b ? MIN_AFTER : MIN_CONTENT) &&
                   !object_person(a, doc, c, c0, c1) && !share_answer(a, doc, m, c, c0, c1)))
    return 0;
  /* "weighed in as well, telling Mic ...": what is left after the cue,
   * up to the next cue clause, is only an adjunct */
  if (c0 >= c->b && !is(a, c0 - 1, "that") && !is(a, c0 - 1, ":") && quoth__adjunct_only(a, c0, c1))
    return 0;
  if (c1 - c0 == 1 && (TOK(c0).shape & TK_QUOTE)) return 0;
  for (size_t i = c0; i < c1; i++) /* a quote already attributed stays where it is */
    if ((TOK(i).shape & TK_QUOTE) && a->qstat[TOK(i).quote] != QUOTH__NONE) return 0;
  size_t cut = c1, tq = trailing_quote(a, doc, c0, c1, &cut);
  if (tq != QUOTH__NONE) {
    quoth_statement *d = quoth__new_statement(a, doc, QUOTH_KIND_DIRECT, tq, tq + 1, rule);
    if (!d) return -1;
    quoth__set_cue(d, a, c);
    quoth__set_speaker(d, doc, m, quoth__mention_conf(doc, m, conf));
    d->rmention = c->reporter;
    c->flags |= CF_USED;
    if (cut - c0 < (c0 >= c->b ? MIN_AFTER : MIN_CONTENT)) return 1;
    c1 = cut;
  }
  quoth_statement *st =
      quoth__new_statement(a, doc, quoth__clause_kind(a, doc, c0, c1), c0, c1, rule);
  if (!st) return -1;
  quoth__set_cue(st, a, c);
  quoth__set_speaker(st, doc, m, quoth__mention_conf(doc, m, conf));
  st->rmention = c->reporter;
  c->flags |= CF_USED;
  return 1;
}

/* "that" within MAX_THAT words after token j, or NONE. */
size_t quoth__find_that(const attr *a, size_t j, size_t s1) {
  /* "warning darkly that", "added hopefully that": a manner adverb right
   * before it */
  if (j + 1 < s1 && is_word(a, j) && !(TOK(j).shape & TK_CAP) && ends_with(a, j, "ly") &&
      quoth__tok_is(&a->toks, j + 1, "that"))
    return j + 1;
  /* Only across adjuncts ("said on Friday that"), not a noun ("envisioned an
   * approach that": a relative clause). */
  if (j < s1 && !quoth__tok_is(&a->toks, j, "that") && !(TOK(j).lex & (LX_PREP | LX_SKIP)) &&
      !(TOK(j).shape & TK_CAP))
    return QUOTH__NONE;
  /* "said Mr. Manafort envisioned an approach that": after a capitalized
   * word (a subject, not an adjunct) a plain lowercase word is its verb,
   * and a "that" after it opens a relative clause. */
  int cap = j < s1 && !(TOK(j).lex & (LX_PREP | LX_SKIP)) && (TOK(j).shape & TK_CAP);
  for (size_t k = j; k < s1 && k - j <= MAX_THAT; k++) {
    if (quoth__tok_is(&a->toks, k, "that")) return k;
    if (!is_word(a, k)) break;
    if (cap && !(TOK(k).shape & TK_CAP) && !(TOK(k).lex & (LX_PREP | LX_SKIP | LX_DET)))
      break;
  }
  return QUOTH__NONE;
}

/* Is the speaker inside a relative clause ("which officials said ...",
 * "which even critics say was ...", "whom many believed was ...")?  With
 * no pronoun, a plain noun right before it opens a contact relative ("a
 * probe the agency said was ongoing", "a dynamic Greenberg said could
 * ..."); not "what" ("what she said is ...": a free relative) nor a
 * function word or a verb of saying. */
static int relative_subject(const attr *a, const quoth_doc *doc, size_t m, const cue *c) {
  size_t k = doc->mentions[m].t0;
  if (k == 0) return 0;
  k--;
  if (is(a, k, "which") || is(a, k, "that") || is(a, k, "whom")) return 1;
  if (is(a, doc->mentions[m].t0, "you")) return 0; /* "Who do you think will win?" */
  if (k > 0 && (is(a, k - 1, "which") || is(a, k - 1, "whom")) && (TOK(k).lex & LX_SKIP) &&
      !(TOK(k).wc & WC_PREDICATE_AUX))
    return 1; /* "which even critics say" */
  /* the cue right after the subject ("a candidate we could believe will
   * build" is no report); "everything Trump says is true": the pronoun is
   * the subject */
  return c->a == doc->mentions[m].t1 && is_word(a, k) && !(TOK(k).shape & (TK_CAP | TK_NUM)) &&
         !TOK(k).cue &&
         !(TOK(k).lex & (LX_DET | LX_POSSDET | LX_SKIP | LX_PREP | LX_STOP | LX_PRON | LX_CUE)) &&
         !ends_with(a, k, "ly") && !ends_with(a, k, "thing");
}

static int is_question_cue(const cue *c) {
  return strcmp(c->lemma, "ask") == 0 || strcmp(c->lemma, "wonder") == 0 ||
         strcmp(c->lemma, "inquire") == 0;
}

/* "asked Sanders if he would ...", "asked why ...", "asked the department
 * to investigate": the reported question or request starts at the
 * wh-word (or "to"), after at most an addressee. */
size_t quoth__question_start(const attr *a, const cue *c, size_t j, size_t s1) {
  if (!is_question_cue(c)) return QUOTH__NONE;
  for (size_t k = j; k < s1 && k - j <= MAX_THAT; k++) {
    if (!is_word(a, k) && !(TOK(k).shape & TK_POSS)) break;
    if (TOK(k).wc & WC_QUESTION_OPENER) return k;
  }
  return QUOTH__NONE;
}

/* A nested attribution: the content starts with SPEAKER CUE ("Al-Arabiya
 * TV said Haftar told Guterres that ..."); the inner cue gets the outer
 * speaker as its reporter. */
static int nested(attr *a, const quoth_doc *doc, cue *c, size_t m, size_t j, size_t s1) {
  size_t inner = mention_starting(a, doc, j, s1);
  if (inner == QUOTH__NONE || doc->mentions[inner].kind == QUOTH__M_PRONOUN) return 0;
  cue *c2 = quoth__cue_at(a, quoth__skip_adverbs(a, doc->mentions[inner].t1, s1));
  if (!c2 || c2 == c || (c2->flags & CF_ACCORDING) || !(c2->flags & (CF_TELL | CF_CLAUSE)) ||
      quoth__clause_ends(a, c2->b, s1)) /* "... that Sanders had conceded." is no attribution */
    return 0;
  c2->reporter = m;
  return 1;
}

/* Does an amount start at token j ("about half", "at least 100", "over 40
 * percent")?  Such a preposition opens the content, not an adjunct. */
int quoth__quantity_start(const attr *a, size_t j, size_t s1) {
  if (j + 1 >= s1) return 0;
  if (is(a, j, "at") && (is(a, j + 1, "least") || is(a, j + 1, "most"))) j++;
  else if (!is(a, j, "about") && !is(a, j, "around") && !is(a, j, "over") && !is(a, j, "under"))
    return 0;
  return j + 1 < s1 && ((TOK(j + 1).shape & TK_NUM) || is(a, j + 1, "half") ||
                        is(a, j + 1, "one") || is(a, j + 1, "two") || is(a, j + 1, "three"));
}

/* "said Thursday the party ...", "said last week Smith ...": time words
 * after the cue, then a determiner or a known mention opening a subject. */
static int time_then_subject(const attr *a, const quoth_doc *doc, size_t j, size_t s1) {
  size_t t = j + 1 < s1 && is(a, j, "on") ? j + 1 : j, k = quoth__skip_time(a, t, s1);
  if (k == t || k + 1 >= s1 || (TOK(t).lex & LX_STOP)) return 0;
  if ((TOK(k).lex & LX_DET) && !(TOK(k).lex & LX_STOP)) return 1;
  size_t m = a->at[k];
  return m != QUOTH__NONE && doc->mentions[m].t0 == k && doc->mentions[m].kind != QUOTH__M_ANON;
}

/* Content that is only an adjunct ("as Breitbart reported a few days
 * later", "concluded this year", "spoke up in 2014", "weighed in as
 * well"): a few words, none of them a content word. */
int quoth__adjunct_only(const attr *a, size_t c0, size_t c1) {
  if (c1 <= c0 || c1 - c0 > 5) return 0;
  for (size_t i = c0; i < c1; i++) {
    if (!is_word(a, i) || (TOK(i).lex & LX_PRON)) return 0; /* "it would not" is a clause */
    if ((TOK(i).shape & TK_NUM) ||
        (TOK(i).lex & (LX_DET | LX_POSSDET | LX_SKIP | LX_PREP | LX_STOP)))
      continue;
    if (!(TOK(i).wc & WC_ADJUNCT)) return 0;
  }
  return 1;
}

/* "..., with 22 percent saying they would not support him", "with 30
 * percent of voters saying ...": a share after "with" is the subject of
 * the participle cue; the content runs to the end of the clause. */
int quoth__p_share_participle(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (!(c->flags & CF_CLAUSE) || (c->flags & CF_WEAK) || !ends_with(a, c->a, "ing") ||
      c->a < s0 + 3)
    return 0;
  size_t b = quoth__share_start(a, c->a, s0);
  if (b == QUOTH__NONE || b <= s0 || !is(a, b - 1, "with") || !quoth__share_amount(a, b, c->a))
    return 0;
  size_t j = c->b;
  if (j < s1 && is(a, j, "that")) j++;
  if (j >= s1 || !(is_word(a, j) || is_speech(a, doc, j))) return 0;
  size_t m = quoth__add_share(a, doc, b, c->a);
  if (m == QUOTH__NONE) return -1;
  return quoth__add_reported(a, doc, c, m, j, quoth__content_end(a, j, s1), "share-participle",
                             0.6);
}

/* "the plan would fail", "the city is safe": a noun phrase with an
 * auxiliary after it within a few words, before any punctuation, is a
 * clause. */
static int clause_follows(const attr *a, size_t j, size_t s1) {
  for (size_t k = j + 1; k < s1 && k < j + 7 && is_word(a, k); k++)
    if (TOK(k).wc & WC_PREDICATE_AUX) return 1;
  return 0;
}

/* The words at j right after the cue, with no "that", show it in another
 * sense: "added 1 million jobs", "will add another element to the mix"
 * (a sum: "add" reports speech with a clause or a quote); "declined
 * significantly", "declined 40 percent in the first six months", "relative
 * decline and weakness" (a fall: "decline" reports a refusal with its
 * infinitive, "declined at first to criticize", or the thing refused,
 * "declined comment"). */
static int not_said(const attr *a, const cue *c, size_t j, size_t s1) {
  if (j >= s1) return 0;
  if (strcmp(c->lemma, "add") == 0)
    return ((TOK(j).lex & (LX_DET | LX_POSSDET)) || (TOK(j).shape & TK_NUM) ||
            is(a, j, "another") || is(a, j, "around") || is(a, j, "about")) &&
           !clause_follows(a, j, s1);
  if (strcmp(c->lemma, "decline") != 0) return 0;
  for (size_t k = j; k + 1 < s1 && k < j + 4; k++) /* "to" + a verb, not "to 2013" */
    if (is(a, k, "to") && !(TOK(k + 1).shape & TK_NUM)) return 0;
  return (TOK(j).shape & (TK_NUM | TK_PUNCT)) || ends_with(a, j, "ly") || is(a, j, "and") ||
         is(a, j, "by") || is(a, j, "from") || is(a, j, "in") || is(a, j, "since");
}

/* "spoke about Palestinian dignity in a manner that is unusual", "Rust
 * Belt states that have suffered": a "that" with an auxiliary right after
 * it, after a noun (one the cue runs on to, or a plural noun form of the
 * cue itself), is the subject of a relative clause, not a complementizer
 * ("He says that wasn't the first time" keeps its demonstrative). */
static int relative_that(const attr *a, const cue *c, size_t th, size_t s1) {
  if (th == QUOTH__NONE && c->b == c->a + 2 && is(a, c->a + 1, "that")) th = c->a + 1;
  if (th == QUOTH__NONE || th + 1 >= s1 || !(TOK(th + 1).wc & WC_PREDICATE_AUX)) return 0;
  if (th > c->b)
    return is_word(a, th - 1) && !(TOK(th - 1).lex & (LX_SKIP | LX_PREP | LX_PRON)) &&
           !quoth__weekday(a, th - 1);
  /* the cue itself right before "that" ("states that") */
  return th == c->a + 1 && (TOK(c->a).lex & LX_NOUNCUE) && ends_with(a, c->a, "s");
}

/* A verb of belief or emotion in the active voice ("expects", "knew",
 * "fear"), not one of evidence ("shows how much ...") nor a participle
 * after "be" or used as an adjective ("People seen as likely disrupters",
 * "several supposed alternatives", "material now deemed classified"). */
static int thought_verb(const attr *a, const cue *c, size_t s0) {
  const char *cls = TOK(c->a).cue ? quoth__lex_col(TOK(c->a).cue, 2) : "";
  if (strcmp(cls, "belief") != 0 && strcmp(cls, "emotion") != 0) return 0;
  if (c->a > s0 && (TOK(c->a - 1).wc & WC_BE)) return 0;
  return !(ends_with(a, c->a, "ed") || ends_with(a, c->a, "en")) || c->a == s0 ||
         (TOK(c->a - 1).lex & LX_PRON) || (TOK(c->a - 1).shape & TK_CAP) ||
         ends_with(a, c->a - 1, "s");
}

/* SPEAKER CUE [ADDRESSEE] [that] CONTENT. */
/* The token after statement i, which ends at or before token e (bounded:
 * a content is at most MAX_CONTENT tokens). */
static size_t statement_end(const attr *a, const quoth_doc *doc, size_t i, size_t e) {
  const quoth_statement *st = &doc->statements[i];
  size_t end = st->parts[st->nparts - 1].end;
  for (size_t n = 0; e > 0 && TOK(e - 1).end > end && n < MAX_CONTENT; n++) e--;
  return e;
}

/* Is the cue at c->a a participle in an impersonal passive: "it was
 * reported that", "it is widely said that", "It's been revealed that",
 * "it has been announced that"? */
static int impersonal_passive(const attr *a, const cue *c, size_t s0) {
  if (!ends_with(a, c->a, "ed") && !is(a, c->a, "said")) return 0;
  size_t k = c->a;
  while (k > s0 && c->a - k < 2 && ends_with(a, k - 1, "ly")) k--; /* "widely" */
  if (k > s0 && is(a, k - 1, "been")) {
    k--;
    if (k > s0 && (is(a, k - 1, "has") || is(a, k - 1, "had") || is(a, k - 1, "'s") ||
                   is(a, k - 1, "\xE2\x80\x99s")))
      k--;
    else return 0;
  } else if (k > s0 && (TOK(k - 1).wc & WC_BE) && !is(a, k - 1, "be") && !is(a, k - 1, "being"))
    k--;
  else if (k > s0 && (is(a, k - 1, "'s") || is(a, k - 1, "\xE2\x80\x99s")))
    k--;
  else return 0;
  return k > s0 && is(a, k - 1, "it") && c->b < a->toks.n && is(a, c->b, "that");
}

/* "It was reported that ...", "when it was revealed that ...": a report
 * with no source -- the statement has no speaker. */
static int impersonal(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if ((c->flags & (CF_WEAK | CF_RAISE | CF_DESIRE | CF_TELL | CF_ACCORDING)) ||
      !impersonal_passive(a, c, s0))
    return 0;
  size_t c0 = c->b + 1;
  if (c0 >= s1 || !(is_word(a, c0) || is_speech(a, doc, c0))) return 0;
  return quoth__add_reported(a, doc, c, QUOTH__NONE, c0, quoth__content_end(a, c0, s1),
                             "impersonal-content", 0.5);
}

/* "Lewandowski continued to say he had never touched Fields", "He went
 * out of his way to say ...", "Democratic voters are more likely to say
 * ...": a verb of saying in the infinitive after a verb phrase of its
 * subject, ending in a word of class say-catenative (word_classes.tsv).  The
 * subject is the mention before that phrase; the words between are plain
 * lower-case words (no object: "asked Smith to say" is Smith's, and
 * reports nothing said yet). */
static size_t catenative_subject(attr *a, const quoth_doc *doc, const cue *c, size_t s0) {
  if (!(c->flags & CF_CLAUSE) || (c->flags & CF_WEAK) || c->a < s0 + 3 || !is(a, c->a - 1, "to") ||
      !is(a, c->a, c->lemma) || !(TOK(c->a - 2).wc & WC_SAY_CATENATIVE))
    return QUOTH__NONE;
  for (size_t h = c->a - 1; h > s0 && c->a - 1 - h < 7; h--) {
    size_t m = mention_ending(a, doc, h);
    if (m != QUOTH__NONE && !(TOK(h - 1).lex & LX_POSSDET)) /* not "his way" */
      return h < c->a - 1 &&
                     !(doc->mentions[m].t0 > s0 && (TOK(doc->mentions[m].t0 - 1).lex & LX_PREP))
                 ? m
                 : QUOTH__NONE;
    if (!is_word(a, h - 1) || (TOK(h - 1).shape & TK_CAP) ||
        ((TOK(h - 1).lex & (LX_PRON | LX_DET)) && !(TOK(h - 1).lex & LX_POSSDET)) ||
        is(a, h - 1, "to")) /* "went out of his way to say" */
      return QUOTH__NONE;
  }
  return QUOTH__NONE;
}

/* A word between a "tell" cue and its "that", or the comma of a place
 * named with its state or country ("a town hall in Salem, New Hampshire
 * on Monday that"). */
static int addressee_word(const attr *a, size_t k, size_t s1) {
  if (is_word(a, k)) return 1;
  return is_comma(a, k) && k > 0 && k + 1 < s1 && (TOK(k - 1).shape & TK_CAP) &&
         (TOK(k + 1).shape & TK_CAP) && is_word(a, k - 1) && is_word(a, k + 1);
}

/* A lower-case noun saying what a named addressee is: an organization
 * noun ("news agency", "newspaper") or a programme noun ("programme"). */
static int addressee_noun(const attr *a, size_t e) {
  return is_word(a, e) && !(TOK(e).shape & TK_CAP) &&
         ((TOK(e).lex & LX_ORGHEAD) || (TOK(e).wc & WC_PROGRAMME));
}

/* A word of a programme's title between a name and its noun: a
 * capitalized word, a number, a possessive, or "with", "of", "and" before
 * a capitalized word ("Radio 4's Today", "Breakfast with Frost"). */
static int show_title_word(const attr *a, size_t e, size_t s1) {
  if (TOK(e).shape & TK_POSS) return 1;
  if (!is_word(a, e)) return 0;
  if (TOK(e).shape & (TK_CAP | TK_NUM)) return 1;
  return (is(a, e, "with") || is(a, e, "of") || is(a, e, "and")) && e + 1 < s1 &&
         (TOK(e + 1).shape & TK_CAP);
}

/* Where the addressee of a "tell" cue ends, from its mention m: "told
 * Reuters news agency", "the Guardian newspaper", "BBC Radio 4's Today
 * programme" run to the noun saying what a named addressee is; without
 * such a noun within MAX_SHOW_TITLE words, or after a nominal ("the story
 * of Oxford school ..."), the mention's end. */
static size_t addressee_end(const attr *a, const quoth_doc *doc, size_t m, size_t s1) {
  size_t t = doc->mentions[m].t1;
  if (doc->mentions[m].kind != QUOTH__M_NAME && doc->mentions[m].kind != QUOTH__M_ORG) return t;
  for (size_t e = t; e < s1 && e < t + MAX_SHOW_TITLE; e++) {
    if (addressee_noun(a, e)) {
      while (e < s1 && addressee_noun(a, e)) e++;
      return e;
    }
    if (!show_title_word(a, e, s1)) break;
  }
  return t;
}

/* After a "tell" cue at j, the addressee and the words up to its "that"
 * ("told Randolph and others that ...", "told FBI agents that ...", "told
 * a Wall Street Journal lunch group that ..."): moves *j past them and sets
 * *addr (or NONE).  0 when no content can follow. */
static int past_addressee(attr *a, quoth_doc *doc, size_t *j, size_t *addr, size_t s1) {
  *addr = quoth__np_right(a, doc, *j, s1);
  if (*addr != QUOTH__NONE) {
    size_t t = addressee_end(a, doc, *addr, s1), k = t;
    while (k < s1 && k - t <= MAX_THAT && addressee_word(a, k, s1) && !is(a, k, "that") &&
           !quoth__cue_at(a, k))
      k++;
    *j = k > t && k < s1 && is(a, k, "that") ? k : t;
    return 1;
  }
  size_t k = *j;
  while (k < s1 && k - *j <= MAX_THAT + 2 && addressee_word(a, k, s1) && !is(a, k, "that")) k++;
  if (k >= s1 || !is(a, k, "that") || k == *j) return 0;
  *j = k;
  return 1;
}

/* Where the content of cue c starts, from token j (after the cue and its
 * addressee), given the "that" at th and the question word at wh (or
 * NONE); bare: a verb of thought with a bare clause.  NONE when the words
 * after the cue are no content. */
static size_t content_from(attr *a, quoth_doc *doc, const cue *c, size_t m, size_t j, size_t th,
                           size_t wh, int bare, size_t s1) {
  if ((c->b > c->a + 1 && is(a, c->b - 1, "that") && j < s1 && !(TOK(j).lex & LX_SKIP)) ||
      quoth__quantity_start(a, j, s1)) {
    /* "added that at least 100 ...": the cue phrase ends with its "that"
     * (but "states that will hold ...": a relative clause); "said about
     * half of ...": an amount opens the content */
  } else if (wh != QUOTH__NONE && is(a, wh, "to") && wh > j) {
    /* "asked the Supreme Court to intervene": the request takes its addressee */
  } else if (wh != QUOTH__NONE) j = wh;
  else if (is_question_cue(c)) return QUOTH__NONE;
  else if (th != QUOTH__NONE) j = th + 1;
  else if (j == c->b && is(a, j - 1, "that")) {
    /* a cue phrase ending in "that" ("noted that only one ...") */
  } else if (!(c->flags & (CF_CLAUSE | CF_OBJECT)) && !bare && !is(a, j, ":")) return QUOTH__NONE;
  else if (c->flags & CF_OBJECT) {
    if (j >= s1) return QUOTH__NONE;
  } else if (j < s1 && (TOK(j).lex & LX_SKIP) && relative_subject(a, doc, m, c)) {
    /* "changes, which officials said will go into effect": the content
     * continues the relative clause */
  } else if (j + 1 < s1 && (TOK(j).lex & LX_SKIP) && !(TOK(j).lex & LX_STOP) &&
             (TOK(j + 1).shape & TK_POSS)) {
    /* "said Thursday's speeches had ...": a time word owning a noun */
  } else if (j < s1 && (TOK(j).lex & (LX_SKIP | LX_PREP)) && time_then_subject(a, doc, j, s1)) {
    j = quoth__skip_time(a, is(a, j, "on") ? j + 1 : j,
                         s1); /* "said (on) Thursday the party ..." */
  } else if (j < s1 && (TOK(j).lex & (LX_PREP | LX_SKIP))) {
    /* "said on Friday he met ...": a short adjunct, then a subject pronoun */
    size_t k = j + 1;
    while (k < s1 && k <= j + 4 && is_word(a, k) && !(TOK(k).lex & LX_PRON)) k++;
    if (k >= s1 || k > j + 4 || !(TOK(k).lex & LX_PRON) || (TOK(k).lex & LX_POSSDET))
      return QUOTH__NONE;
    j = k;
  } else if (j >= s1 || !(is_word(a, j) || is_speech(a, doc, j))) return QUOTH__NONE;
  else if (th == QUOTH__NONE && (is(a, c->a, "state") || is(a, c->a, "states")) &&
           c->b == c->a + 1 && !(TOK(j).lex & (LX_PRON | LX_DET | LX_POSSDET)))
    /* "state party chairs", "Illinois state Rep.", "Rust Belt states
     * Indiana, Michigan": "state" before a noun is the noun of government;
     * the verb takes a subject or a determiner ("they state their goal") */
    return QUOTH__NONE;
  return j;
}

/* Content from token j that is no content after all: an adjunct, a
 * negated or passive cue, a time phrase ("X, Smith said this morning."),
 * "described by the president" (a passive participle). */
static int no_content(const attr *a, const cue *c, size_t j, size_t th, size_t s1) {
  if (th == QUOTH__NONE && quoth__adjunct_only(a, j, quoth__content_end(a, j, s1))) return 1;
  if (th == QUOTH__NONE && j == c->b && !is(a, j - 1, "that") && not_said(a, c, j, s1)) return 1;
  /* "the country described by the president ...": a participle before
   * "by" is passive; the noun before it is no speaker */
  if (th == QUOTH__NONE && j == c->b && j < s1 && is(a, j, "by") && ends_with(a, c->a, "ed"))
    return 1;
  if (quoth__skip_time(a, j, s1) >= quoth__content_end(a, j, s1)) return 1;
  return 0;
}

/* Adds the statement of speaker m with content [j, ...) and addressee
 * addr: the content ends before a closing relative clause or reporting
 * clause ('..., CNN reported' names CNN as the reporter). */
static int add_with_sources(attr *a, quoth_doc *doc, cue *c, size_t m, size_t addr, size_t j,
                            size_t s0, size_t s1) {
  size_t n0 = doc->nstatements, e = quoth__content_end(a, j, s1), rep = QUOTH__NONE;
  /* "Flake, who said ... Trump, is a Republican": the relative clause
   * closes before the main clause's predicate */
  if (quoth__relative_cue(a, c, s0)) e = quoth__relative_end(a, doc, j, e);
  /* 'the Ohio Republican was "doing the right thing," CNN reported': the
   * reporting clause closing the sentence is not content; a clause with a
   * quote names CNN as its reporter (cited_source) */
  for (size_t k = e; k > j + 1 && e - k < 8 && rep == QUOTH__NONE; k--)
    if (quoth__comma_quote(a, doc, k - 1) &&
        (rep = quoth__reporting_source(a, doc, k, s1)) != QUOTH__NONE)
      e = k;
  int r = quoth__add_reported(a, doc, c, m, j, e,
                              c->flags & CF_WEAK ? "speaker-belief-content" : "speaker-cue-content",
                              c->flags & CF_WEAK ? 0.5 : 0.75);
  if (r > 0 && doc->nstatements > n0) {
    doc->statements[n0].amention = addr;
    for (size_t i = n0; rep != QUOTH__NONE && i < doc->nstatements; i++)
      quoth__credit_source(&doc->statements[i], doc, rep);
    size_t k = statement_end(a, doc, doc->nstatements - 1, e);
    /* only a clause holding quoted words: a plain reported clause
     * ("Weaver said ..., according to the AP") keeps its speaker as often */
    for (size_t i = n0; r > 0 && i < doc->nstatements; i++)
      if (doc->statements[i].kind != QUOTH_KIND_INDIRECT)
        r = quoth__cited_source(a, doc, &doc->statements[i], k, s0, s1);
  }
  return r;
}

int quoth__p_speaker_cue_content(attr *a, quoth_doc *doc, cue *c, size_t s0, size_t s1) {
  if (c->flags & CF_ACCORDING) return 0;
  int r0 = impersonal(a, doc, c, s0, s1);
  if (r0) return r0;
  /* "Many expect Trump will win", "she knows it is over": a verb of
   * thought with a bare clause, its auxiliary within a few words */
  int bare = (c->flags & CF_WEAK) && !(c->flags & CF_CLAUSE) && thought_verb(a, c, s0) &&
             quoth__bare_clause(a, c->b, s1);
  if ((c->flags & CF_WEAK) && !(c->flags & CF_CLAUSE) && !is(a, c->b, "that") && !bare) return 0;
  size_t m = quoth__speaker_left(a, doc, c, s0), j = c->b, addr = QUOTH__NONE;
  if (m == QUOTH__NONE) m = catenative_subject(a, doc, c, s0);
  if (m == QUOTH__NONE) return 0;
  if ((c->flags & CF_TELL) && !past_addressee(a, doc, &j, &addr, s1)) return 0;
  if (nested(a, doc, c, m, j, s1)) return 0;
  size_t th = quoth__find_that(a, j, s1), wh = quoth__question_start(a, c, j, s1);
  /* "criticized Clinton for supporting the crime bill that was signed":
   * after the object of an object cue, "that" opens a relative clause */
  if (th != QUOTH__NONE && th > j && (c->flags & CF_OBJECT) && !(c->flags & CF_CLAUSE))
    th = QUOTH__NONE;
  if (relative_that(a, c, th, s1)) return 0;
  j = content_from(a, doc, c, m, j, th, wh, bare, s1);
  if (j == QUOTH__NONE || no_content(a, c, j, th, s1)) return 0;
  return add_with_sources(a, doc, c, m, addr, j, s0, s1);
}

/* The possessor of the noun at n ("his claim", "Trump's repeated
 * assertion", "the senator's warning"): its mention, or NONE.  At most two
 * plain words (adjectives) between them. */
static size_t noun_possessor(attr *a, quoth_doc *doc, size_t n, size_t s0) {
  size_t p = n;
  while (p > s0 && n - p < 2 && is_word(a, p - 1) && !(TOK(p - 1).shape & TK_CAP) &&
         !(TOK(p - 1).lex & (LX_POSSDET | LX_DET | LX_PREP | LX_STOP | LX_CUE | LX_COG)) &&
         !(TOK(p - 1).shape & TK_POSS))
    p--;
  if (p <= s0) return QUOTH__NONE;
  if (TOK(p - 1).lex & LX_POSSDET) {
    size_t m = a->at[p - 1];
    if (m != QUOTH__NONE && doc->mentions[m].t0 == p - 1) return m;
    return quoth__add_mention(&a->toks, doc, a->at, p - 1, p, QUOTH__M_PRONOUN);
  }
  if (!(TOK(p - 1).shape & TK_POSS)) return QUOTH__NONE;
  size_t m = mention_ending(a, doc, p);
  if (m == QUOTH__NONE) m = mention_ending(a, doc, p - 1);
  return m != QUOTH__NONE && doc->mentions[m].kind != QUOTH__M_PRONOUN ? m : QUOTH__NONE;
}

/* "rejected Trump's assertion that she had lied", "repeated her promise
 * that she would not raise taxes": a noun of saying (speech_nouns.tsv)
 * with a possessor and a that-clause reports the possessor's statement.
 * Only in object position, after a verb or a preposition: as a subject
 * ("Trump's claim that he opposed the war was false") the clause ends
 * before a predicate that words alone do not show.  "the statement that
 * was released" ("that" and a verb) is a relative clause. */
int quoth__p_noun_claim(attr *a, quoth_doc *doc, size_t s0, size_t s1) {
  if (!a->ls.snouns) return 0;
  int made = 0;
  for (size_t n = s0 + 1; n + 2 < s1; n++) {
    if (!is(a, n + 1, "that") || !is_word(a, n) || (TOK(n).shape & TK_CAP)) continue;
    const quoth__lexrow *row =
        quoth__lex_find(a->ls.snouns, quoth__tok_key(&a->toks, n), TOK(n).keylen);
    size_t c0 = n + 2;
    if (!row || !is_word(a, c0) || (TOK(c0).lex & LX_SKIP) ||
        !((TOK(c0).lex & (LX_PRON | LX_DET | LX_POSSDET)) || (TOK(c0).shape & (TK_CAP | TK_NUM)) ||
          quoth__bare_clause(a, c0, s1))) /* "that progressive energy will ..." */
      continue;
    size_t m = noun_possessor(a, doc, n, s0);
    if (m == QUOTH__NONE) continue;
    size_t p = doc->mentions[m].t0;
    if (p <= s0 || !is_word(a, p - 1) || (TOK(p - 1).shape & TK_CAP) ||
        (TOK(p - 1).lex & (LX_DET | LX_POSSDET)))
      continue;
    cue c = {n, n + 1, quoth__lex_col(row, 1), CF_CLAUSE, QUOTH__NONE};
    int r = quoth__add_reported(a, doc, &c, m, c0, quoth__content_end(a, c0, s1), "noun-claim",
                                0.6);
    if (r < 0) return -1;
    made |= r;
  }
  return made;
}
