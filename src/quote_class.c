/* quote_class.c - see quote_class.h. */
#include "quote_class.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "text.h"

enum {
  MAX_WORDS = 4,      /* words looked at before / after a quote */
  MAX_WORD_BYTES = 40,
  INNER_WINDOW = 600, /* bytes of a quote's inside that are examined ... */
  INNER_WORDS = 16,   /* ... and words: the decisions need no more */
  SHORT_WORDS = 4,    /* at most this many words: a term, not a statement */
  CLAUSE_WORDS = 12   /* words looked back for the verb of a reported clause */
};

struct quoth__qclass {
  const quoth__lextable *cues;  /* phrase -> term | title */
  const quoth__lextable *verbs; /* speech verb forms */
  const quoth__lextable *glue;  /* closed-class words that embed a quote */
  const quoth__lextable *func;  /* function words and ... */
  const quoth__lextable *pron;  /* ... pronouns: hosts of a contracted 's, not possessors */
  size_t cue_words;
};

int quoth__qclass_new(const quoth_lexicons *lex, const char *lang, quoth__qclass **out) {
  quoth__qclass *c = calloc(1, sizeof *c);
  if (!c) return QUOTH_ENOMEM;
  c->cues = quoth__lex_table(lex, lang, "term_cues");
  c->verbs = quoth__lex_table(lex, lang, "speech_verbs");
  c->glue = quoth__lex_table(lex, lang, "fragment_cues");
  c->func = quoth__lex_table(lex, lang, "function_words");
  c->pron = quoth__lex_table(lex, lang, "pronouns");
  c->cue_words = quoth__lex_max_words(c->cues);
  if (c->cue_words > MAX_WORDS) c->cue_words = MAX_WORDS;
  *out = c;
  return QUOTH_OK;
}

void quoth__qclass_free(quoth__qclass *c) { free(c); }

/* ---- reading around a quote -------------------------------------------- */

static int is_word_cp(int32_t c) {
  return quoth__is_letter(c) || quoth__is_digit(c) || c == '-' || c == '\'' || c == 0x2019;
}

static int is_close_mark(int32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A ||
         c == 0x201C || c == 0x300D || c == 0x300F || c == 0x301E || c == ')' || c == ']';
}

typedef struct words {
  quoth_span w[MAX_WORDS]; /* w[0] nearest the quote */
  size_t n;
  char punct; /* ',' or ':' between w[0] and the quote, else 0 */
} words;

/* Up to MAX_WORDS words that end at pos (only white space between them and
 * pos), going back no further than lo and stopping at punctuation. */
static words words_before(const quoth_doc *doc, size_t lo, size_t pos) {
  words ws = {.n = 0, .punct = 0};
  const char *t = doc->text;
  size_t i = pos, next;
  int punct = 0; /* one comma or colon may stand between: said, "... */
  while (ws.n < MAX_WORDS && i > lo) {
    size_t end = i;
    while (end > lo) { /* white space */
      size_t p = quoth__utf8_back(t, end - 1);
      if (!quoth__is_space(quoth__utf8_decode(t, end, p, &next))) break;
      end = p;
    }
    if (!ws.n && !punct && end > lo && (t[end - 1] == ',' || t[end - 1] == ':')) {
      punct = 1;
      ws.punct = t[end - 1];
      i = end - 1;
      continue;
    }
    size_t start = end;
    while (start > lo && end - start < MAX_WORD_BYTES) {
      size_t p = quoth__utf8_back(t, start - 1);
      if (!is_word_cp(quoth__utf8_decode(t, end, p, &next))) break;
      start = p;
    }
    if (start == end) break;
    ws.w[ws.n++] = (quoth_span){start, end};
    i = start;
  }
  return ws;
}

/* Up to MAX_WORDS words from pos on, stopping at punctuation other than one
 * leading comma ("No", he said). */
static words words_after(const quoth_doc *doc, size_t pos, size_t hi) {
  words ws = {.n = 0, .punct = 0};
  const char *t = doc->text;
  size_t i = pos, next;
  int comma = 0;
  while (ws.n < MAX_WORDS && i < hi) {
    int32_t c = quoth__utf8_decode(t, hi, i, &next);
    if (quoth__is_space(c)) {
      i = next;
      continue;
    }
    if (c == ',' && !comma && !ws.n) {
      comma = 1;
      ws.punct = ',';
      i = next;
      continue;
    }
    size_t start = i;
    while (i < hi && i - start < MAX_WORD_BYTES && is_word_cp(quoth__utf8_decode(t, hi, i, &next)))
      i = next;
    if (i == start) break;
    ws.w[ws.n++] = (quoth_span){start, i};
  }
  return ws;
}

/* The last visible code point before pos and at or after lo, passing over
 * closing marks and brackets when skip_marks; 0 when none. */
static int32_t last_visible(const quoth_doc *doc, size_t lo, size_t pos, int skip_marks) {
  size_t i = pos, next;
  for (int steps = 0; i > lo && steps < 16; steps++) {
    size_t p = quoth__utf8_back(doc->text, i - 1);
    int32_t c = quoth__utf8_decode(doc->text, i, p, &next);
    if (!quoth__is_space(c) && !(skip_marks && is_close_mark(c))) return c;
    i = p;
  }
  return 0;
}

/* The lexicon row of the phrase made of words ws[n-1] .. ws[0], joined by
 * single spaces. */
static const quoth__lexrow *find_phrase(const quoth__lextable *t, const quoth_doc *doc,
                                        const words *ws, size_t n) {
  char buf[MAX_WORDS * (MAX_WORD_BYTES + 1)];
  size_t len = 0;
  for (size_t k = n; k-- > 0;) {
    size_t wl = ws->w[k].end - ws->w[k].start;
    if (len) buf[len++] = ' ';
    memcpy(buf + len, doc->text + ws->w[k].start, wl);
    len += wl;
  }
  return quoth__lex_find(t, buf, len);
}

/* A term cue ending right before the quote: its kind, or -1.  After a
 * colon the cue noun introduces speech (the report: "...").  After a comma
 * it names a work only when the quote looks like a name, short or in Title
 * Case (his book, "An American Son."); a quoted sentence there is what the
 * source says ("According to the report, "The contracts were awarded ..."),
 * and so is a short quote not in Title Case followed by its attribution
 * ('In the ad, "Stop the war," a veteran says'). */
static int cue_kind(const quoth__qclass *c, const quoth_doc *doc, const words *before,
                    int name_like) {
  if (before->punct == ':' || (before->punct == ',' && !name_like)) return -1;
  for (size_t n = c->cue_words < before->n ? c->cue_words : before->n; n > 0; n--) {
    const quoth__lexrow *r = find_phrase(c->cues, doc, before, n);
    if (r) return strcmp(quoth__lex_col(r, 1), "title") == 0 ? QUOTH_QUOTE_TITLE : QUOTH_QUOTE_TERM;
  }
  return -1;
}

static int has_speech_verb(const quoth__qclass *c, const quoth_doc *doc, const words *ws,
                           size_t n) {
  for (size_t k = 0; k < ws->n && k < n; k++)
    if (quoth__lex_find(c->verbs, doc->text + ws->w[k].start, ws->w[k].end - ws->w[k].start))
      return 1;
  return 0;
}

/* Is the word right before the quote (with no punctuation between) a
 * closed-class word that makes the quote part of the clause? */
static int glue_word(const quoth__qclass *c, const quoth_doc *doc, const words *before) {
  return before->n && !before->punct &&
         quoth__lex_find(c->glue, doc->text + before->w[0].start,
                         before->w[0].end - before->w[0].start) != NULL;
}

static int end_punct(int32_t c) { return c == '.' || c == '?' || c == '!' || c == 0x2026; }

/* Is there a speech verb in the clause before pos (up to CLAUSE_WORDS
 * words back, not past lo or a sentence end)?  "He said the plan was "a
 * disaster"": the quoted words belong to what he said. */
static int clause_has_speech_verb(const quoth__qclass *c, const quoth_doc *doc, size_t lo,
                                  size_t pos) {
  const char *t = doc->text;
  size_t i = pos, next;
  for (int nwords = 0; nwords < CLAUSE_WORDS && i > lo;) {
    size_t p = quoth__utf8_back(t, i - 1);
    int32_t ch = quoth__utf8_decode(t, i, p, &next);
    if (ch == '.' || ch == '?' || ch == '!') return 0;
    if (!is_word_cp(ch)) {
      i = p;
      continue;
    }
    size_t end = i, start = i;
    while (start > lo && end - start < MAX_WORD_BYTES) {
      size_t b = quoth__utf8_back(t, start - 1);
      if (!is_word_cp(quoth__utf8_decode(t, end, b, &next))) break;
      start = b;
    }
    if (quoth__lex_find(c->verbs, t + start, end - start)) return 1;
    nwords++;
    i = start;
  }
  return 0;
}

/* ---- the inside of a quote --------------------------------------------- */

typedef struct shape {
  size_t nwords;      /* counted up to INNER_WORDS within INNER_WINDOW */
  size_t ncapitals;   /* words starting with a capital */
  size_t nminor;      /* lower-case articles and prepositions ("in", "the") */
  int32_t first;      /* first letter or digit */
  int32_t last;       /* last visible code point */
  int sentence_break; /* ". X" inside */
  int exclaim;        /* a "!" or "?" inside: an utterance, not a term */
} shape;

/* Is the word t[a, b) a lower-case article or preposition (function_words
 * roles det, prep), which Title Case leaves in lower case ("Who's Who in
 * the CIA")? */
static int minor_word(const quoth__qclass *c, const char *t, size_t a, size_t b) {
  if (b - a > 5 || !(t[a] >= 'a' && t[a] <= 'z')) return 0;
  const char *roles = quoth__lex_col(quoth__lex_find(c->func, t + a, b - a), 1);
  return strstr(roles, "det") != NULL || strstr(roles, "prep") != NULL;
}

static shape inner_shape(const quoth__qclass *qc, const quoth_doc *doc, quoth_span in) {
  shape sh = {0, 0, 0, 0, 0, 0, 0};
  const char *t = doc->text;
  size_t end = in.end - in.start > INNER_WINDOW ? in.start + INNER_WINDOW : in.end;
  size_t i = in.start, next, wstart = in.start;
  int in_word = 0;
  int32_t prev_visible = 0;
  while (i < end) {
    int32_t c = quoth__utf8_decode(t, end, i, &next);
    int w = quoth__is_letter(c) || quoth__is_digit(c);
    if (w && !in_word) {
      if (sh.nwords == INNER_WORDS) break;
      sh.nwords++;
      wstart = i;
      if (quoth__is_upper(c) || quoth__is_digit(c)) {
        sh.ncapitals++;
        if (end_punct(prev_visible)) sh.sentence_break = 1;
      }
      if (!sh.first) sh.first = c;
    }
    if (!quoth__is_space(c)) prev_visible = c;
    if (c == '!' || c == '?' || c == 0x203D) sh.exclaim = 1;
    if (!w && c != '\'' && c != 0x2019 && c != '-') {
      if (in_word && minor_word(qc, t, wstart, i)) sh.nminor++;
      in_word = 0;
    } else if (w) {
      in_word = 1;
    }
    i = next;
  }
  if (in_word && minor_word(qc, t, wstart, i)) sh.nminor++;
  sh.last = last_visible(doc, in.start, in.end, 1);
  return sh;
}

/* ---- markup left in scraped text ---------------------------------------- */

enum { TAG_WINDOW = 512 }; /* bytes looked back for the '<' of a tag */

/* Is the quote an attribute value of an angle-bracket tag (<tweet
 * id="123" author="x">, <a href="...">): '=' right before the opening
 * mark, and a '<' before it with no '>' between, within TAG_WINDOW bytes
 * of the same paragraph? */
static int in_tag(const quoth_doc *doc, size_t para_start, const quoth_quote *q) {
  const char *t = doc->text;
  size_t i = q->span.start;
  if (i <= para_start || t[i - 1] != '=') return 0;
  size_t lo = i - para_start > TAG_WINDOW ? i - TAG_WINDOW : para_start;
  for (i--; i > lo; i--) {
    if (t[i - 1] == '>') return 0;
    if (t[i - 1] == '<') return 1;
  }
  return 0;
}

/* Is the inside of the quote a bare URL (a scheme or "www." and no space)? */
static int is_url(const quoth_doc *doc, quoth_span in) {
  static const char *const prefix[] = {"http://", "https://", "ftp://", "www."};
  const char *t = doc->text;
  size_t n = in.end - in.start, k;
  for (k = 0; k < sizeof prefix / sizeof *prefix; k++) {
    size_t pl = strlen(prefix[k]);
    if (n > pl && strncasecmp(t + in.start, prefix[k], pl) == 0) break;
  }
  if (k == sizeof prefix / sizeof *prefix) return 0;
  for (size_t i = in.start; i < in.end && i - in.start < INNER_WINDOW; i++)
    if ((unsigned char)t[i] <= ' ') return 0; /* ASCII space or control */
  return 1;
}

/* ---- the decision ------------------------------------------------------ */

/* Does the quote begin a clause of its own: at the start of its sentence (or
 * of its enclosing quote), after a colon, or after a comma or speech verb
 * that introduces quoted words ("he said, "We ..."")? */
static int starts_clause(const quoth__qclass *c, const quoth_doc *doc, size_t lo,
                         const quoth_quote *q, const shape *sh, const words *before) {
  int32_t p = last_visible(doc, lo, q->span.start, 0);
  if (!p) return 1;
  if (p == ':' || p == '(' || p == '[' || end_punct(p)) return 1;
  int32_t pm = last_visible(doc, lo, q->span.start, 1);
  if (pm != p && (end_punct(pm) || pm == 0)) return 1; /* ." "Next */
  int upper = quoth__is_upper(sh->first) || quoth__is_digit(sh->first);
  if (p == ',' || pm == ',') return upper || has_speech_verb(c, doc, before, 3);
  /* said "We ...", told reporters "We ...", but not said on "Meet the Press" */
  return upper && (has_speech_verb(c, doc, before, 1) ||
                   (!glue_word(c, doc, before) && has_speech_verb(c, doc, before, 2)));
}

/* Title Case: two words or more besides lower-case articles and
 * prepositions, two in three of them capitalized. */
static int title_case(const shape *sh) {
  size_t n = sh->nwords - sh->nminor;
  return n >= 2 && sh->ncapitals * 3 >= n * 2;
}

static quoth_quote_kind term_or_title(const shape *sh) {
  return title_case(sh) ? QUOTH_QUOTE_TITLE : QUOTH_QUOTE_TERM;
}

/* What a quote and its surroundings look like. */
typedef struct clues {
  shape sh;
  words before, after;
  int verb_after; /* "...," he said: a speech verb after a comma (or ! or ?) */
} clues;

static clues gather(const quoth__qclass *c, const quoth_doc *doc, const quoth_quote *q,
                    size_t lo) {
  clues k;
  k.sh = inner_shape(c, doc, q->inner);
  k.before = words_before(doc, lo, q->span.start);
  quoth_span para = doc->paragraphs[q->paragraph];
  k.after = words_after(doc, q->span.end, q->span.end < para.end ? para.end : q->span.end);
  /* not "... and said" */
  int32_t last = k.sh.last;
  k.verb_after = (last == ',' || last == '!' || last == '?' || k.after.punct == ',') &&
                 has_speech_verb(c, doc, &k.after, 3);
  return k;
}

/* Is the first visible code point after the quote an opening parenthesis
 * (a gloss: '"Refoulement" (forcible return) is forbidden')? */
static int gloss_after(const quoth_doc *doc, const quoth_quote *q) {
  size_t pend = doc->paragraphs[q->paragraph].end, i = q->span.end;
  while (i < pend && (doc->text[i] == ' ' || doc->text[i] == '\t')) i++;
  return i < pend && doc->text[i] == '(';
}

/* A quote that begins a clause is speech, unless it is a short name that
 * opens the sentence and the sentence goes on from it ("Saturday Night
 * Live" was ..., "Refoulement" (forcible return) is ...). */
static void classify_clause_start(const quoth_doc *doc, quoth_quote *q, const clues *k) {
  const shape *sh = &k->sh;
  /* a name in Title Case may be longer ('"Orange Is the New Black" star') */
  int is_short = (sh->nwords <= SHORT_WORDS || title_case(sh)) && !end_punct(sh->last) &&
                 !sh->sentence_break;
  int opens_sentence = !k->before.n && !k->before.punct;
  int goes_on = (k->after.n && k->after.w[0].start <= q->span.end + 1 && !k->verb_after) ||
                (!k->after.n && gloss_after(doc, q));
  q->kind = is_short && sh->last != ',' && opens_sentence && goes_on ? term_or_title(sh)
                                                                     : QUOTH_QUOTE_SPEECH;
}

/* In the middle of a sentence: short quotes are terms unless a speech verb
 * governs them (then they are fragments) or they are exclamations; whole utterances and quotes
 * followed by their attribution are speech; after a closed-class word (or a
 * comma, when short) the quote is a fragment of the reported clause; after
 * a content word ("chanted", "the sign read") it is a clause of its own. */
static void classify_mid_sentence(const quoth__qclass *c, const quoth_doc *doc, quoth_quote *q,
                                  size_t lo, const clues *k) {
  const shape *sh = &k->sh;
  int verb_before = has_speech_verb(c, doc, &k->before, 2);
  if (sh->nwords <= SHORT_WORDS && !verb_before && !k->verb_after && !sh->exclaim) {
    if (clause_has_speech_verb(c, doc, lo, q->span.start)) { /* said the plan was "a disaster" */
      q->kind = QUOTH_QUOTE_SPEECH;
      q->flags |= QUOTH_QUOTE_FRAGMENT;
    } else {
      q->kind = term_or_title(sh);
    }
    return;
  }
  q->kind = QUOTH_QUOTE_SPEECH;
  int utterance = sh->last == '!' || sh->last == '?' || (sh->exclaim && sh->nwords <= SHORT_WORDS);
  if (utterance || k->verb_after) return; /* chants of "Ted! Ted!"; voters, "...," Kunin said */
  /* said Clinton "would destroy the country": lower case, in a clause
   * whose speech verb stands further back */
  int in_clause = quoth__is_lower(sh->first) && !k->before.punct &&
                  !has_speech_verb(c, doc, &k->before, 1) &&
                  clause_has_speech_verb(c, doc, lo, q->span.start);
  if (!k->before.n || glue_word(c, doc, &k->before) ||
      (k->before.punct == ',' && sh->nwords <= SHORT_WORDS) || in_clause)
    q->flags |= QUOTH_QUOTE_FRAGMENT;
}

/* '"Sam Mendes leaves 'Chocolate Factory'," by Times' Michael Paulson',
 * 'his recent read, "This Kind of War," by T.R. Fehrenbach': a quote that
 * closes on its comma and is credited "by" a capitalized name is the title
 * of a piece of writing (a speaker's words are "said by" no one). */
static int byline(const quoth_doc *doc, const clues *k) {
  if (k->sh.last != ',' || k->after.punct || k->after.n < 2) return 0;
  quoth_span by = k->after.w[0], who = k->after.w[1];
  size_t next;
  return by.end - by.start == 2 && memcmp(doc->text + by.start, "by", 2) == 0 &&
         quoth__is_upper(quoth__utf8_decode(doc->text, who.end, who.start, &next));
}

/* ---- names of works and cited material ---------------------------------- */

/* Does the quote look like a name: a few words or Title Case, with no
 * sentence inside and no final stop, "!" or "?" ("Scandal", "The Lead with
 * Jake Tapper", "silver standard")? */
static int name_shaped(const shape *sh) {
  return (sh->nwords <= SHORT_WORDS || title_case(sh)) && !sh->sentence_break &&
         !end_punct(sh->last) && !sh->exclaim;
}

static int word_is(const quoth_doc *doc, quoth_span w, const char *s) {
  size_t n = strlen(s);
  return w.end - w.start == n && strncasecmp(doc->text + w.start, s, n) == 0;
}

/* Is the word right before the quote (no punctuation between) a possessive
 * noun ("television's "Scandal"", "CNN's "The Lead with Jake Tapper"")?
 * Then a capitalized quote names something the possessor has; nobody says
 * it.  (In lower case it is as often a speaker's word: the nation's
 * "broken" system, Clinton's "genuine empathy," Starr said.)  "it's",
 * "that's", "he's" (a pronoun or function word before the 's) are
 * contractions. */
static int after_possessive(const quoth__qclass *c, const quoth_doc *doc, const words *before) {
  if (!before->n || before->punct) return 0;
  quoth_span w = before->w[0];
  const char *t = doc->text;
  size_t n = w.end - w.start, stem;
  if (n > 2 && t[w.end - 1] == 's' && t[w.end - 2] == '\'')
    stem = n - 2;
  else if (n > 4 && t[w.end - 1] == 's' && memcmp(t + w.end - 4, "\xE2\x80\x99", 3) == 0)
    stem = n - 4;
  else
    return 0;
  return !quoth__lex_find(c->func, t + w.start, stem) &&
         !quoth__lex_find(c->pron, t + w.start, stem);
}

/* Is the word right before the quote a form of "tell" with nothing between
 * ('told "Fox and Friends,"')?  A Title Case name there is the programme
 * told, not the words said. */
static int after_tell(const quoth__qclass *c, const quoth_doc *doc, const words *before) {
  if (!before->n || before->punct) return 0;
  quoth_span w = before->w[0];
  const quoth__lexrow *r = quoth__lex_find(c->verbs, doc->text + w.start, w.end - w.start);
  return r && strcmp(quoth__lex_col(r, 1), "tell") == 0;
}

/* '"Trump Revealed," a biography written by ...', '"Tales From the
 * Crypt," an HBO series', '"Hawaii Five-0," the 1960s procedural that ...':
 * the quote closes on its comma and a noun phrase headed by a work noun
 * (term_cues, kind title) follows.  The
 * noun may be followed by a participle and "by", not by a verb of saying
 * ('"...," a report said' is a report's words). */
static int work_apposition(const quoth__qclass *c, const quoth_doc *doc, const clues *k) {
  const words *af = &k->after;
  if (!(k->sh.last == ',' || af->punct == ',') || af->n < 2) return 0;
  if (!word_is(doc, af->w[0], "a") && !word_is(doc, af->w[0], "an") &&
      !word_is(doc, af->w[0], "the"))
    return 0;
  for (size_t n = 1; n < af->n && n <= 2; n++) {
    const quoth__lexrow *r =
        quoth__lex_find(c->cues, doc->text + af->w[n].start, af->w[n].end - af->w[n].start);
    if (!r || strcmp(quoth__lex_col(r, 1), "title") != 0) continue;
    words rest = {.n = 0, .punct = 0};
    if (n + 1 < af->n) rest.w[rest.n++] = af->w[n + 1];
    if (has_speech_verb(c, doc, &rest, 1) && !(n + 2 < af->n && word_is(doc, af->w[n + 2], "by")))
      return 0;
    return 1;
  }
  return 0;
}

/* '"Opening Belle," which will be in bookstores', '"MTV Unplugged," whose
 * heyday ...': a Title Case quote that closes on its comma with "which" or
 * "whose" right after it is a noun phrase the relative clause describes -
 * a name; words said are followed by their speaker ('"Thank You," he said')
 * or go on as a sentence. */
static int relative_after(const quoth_doc *doc, const clues *k) {
  const words *af = &k->after;
  return k->sh.last == ',' && !af->punct && af->n >= 1 && title_case(&k->sh) &&
         (word_is(doc, af->w[0], "which") || word_is(doc, af->w[0], "whose"));
}

enum { CITE_WINDOW = 80 }; /* bytes of a parenthesis after a quote that are read */

/* Is the quote a citation, with no verb of saying after it: a slogan,
 * headline or work cited, not words spoken?  CITE_YEAR: followed at once by
 * a parenthesis holding a year ('"No special rights for foreigners!"
 * (2015)', '... (election poster 2003)'); CITE_SOURCE: opening a
 * parenthesis and followed there by a capitalized source ('("Romney blasts
 * Trump," USATODAY.com, Thursday)'), the title of a piece. */
enum { CITE_NONE, CITE_YEAR, CITE_SOURCE };

static int citation(const quoth__qclass *c, const quoth_doc *doc, const quoth_quote *q, size_t lo,
                    const clues *k) {
  const char *t = doc->text;
  size_t pend = doc->paragraphs[q->paragraph].end, i = q->span.end;
  if (has_speech_verb(c, doc, &k->after, MAX_WORDS)) return CITE_NONE;
  while (i < pend && (t[i] == ' ' || t[i] == '\t')) i++;
  if (i < pend && t[i] == '(') {
    size_t run = 0;
    for (size_t j = i + 1; j < pend && j - i < CITE_WINDOW && t[j] != ')'; j++) {
      run = (t[j] >= '0' && t[j] <= '9') ? run + 1 : 0;
      if (run == 4 && (t[j - 3] == '1' || t[j - 3] == '2') &&
          !(j + 1 < pend && t[j + 1] >= '0' && t[j + 1] <= '9'))
        return CITE_YEAR;
    }
    return CITE_NONE;
  }
  size_t next;
  return last_visible(doc, lo, q->span.start, 0) == '(' && k->sh.last == ',' && k->after.n &&
                 quoth__is_upper(
                     quoth__utf8_decode(t, k->after.w[0].end, k->after.w[0].start, &next))
             ? CITE_SOURCE
             : CITE_NONE;
}

static void classify(const quoth__qclass *c, quoth_doc *doc, quoth_quote *q, size_t lo) {
  q->flags &= ~QUOTH_QUOTE_FRAGMENT;
  /* Markup and addresses are nobody's words; kept as terms so that the
   * marks stay paired and checks can still see them.  A mark followed at
   * once by '>' closes an attribute value of a tag whose '<' was lost. */
  if (in_tag(doc, doc->paragraphs[q->paragraph].start, q) || is_url(doc, q->inner) ||
      (q->inner.start < q->inner.end && doc->text[q->inner.start] == '>')) {
    q->kind = QUOTH_QUOTE_TERM;
    return;
  }
  clues k = gather(c, doc, q, lo);
  /* A title can be long but is capitalized (not 'will play "diverse
   * songs"'); a term (so-called, known as, dubbed) is short. */
  int cue = cue_kind(c, doc, &k.before,
                     title_case(&k.sh) || (k.sh.nwords <= SHORT_WORDS && !k.verb_after));
  int named = quoth__is_upper(k.sh.first) || quoth__is_digit(k.sh.first);
  if ((cue == QUOTH_QUOTE_TITLE && named) ||
      (cue == QUOTH_QUOTE_TERM && k.sh.nwords <= SHORT_WORDS)) {
    q->kind = (quoth_quote_kind)cue;
    return;
  }
  if (named && byline(doc, &k)) {
    q->kind = QUOTH_QUOTE_TITLE;
    return;
  }
  /* names of works and things, and cited slogans or headlines */
  if (name_shaped(&k.sh) &&
      ((named && (after_possessive(c, doc, &k.before) || work_apposition(c, doc, &k) ||
                  relative_after(doc, &k))) ||
       (title_case(&k.sh) && after_tell(c, doc, &k.before)))) {
    q->kind = term_or_title(&k.sh);
    return;
  }
  int cite = citation(c, doc, q, lo, &k);
  if (cite != CITE_NONE) {
    q->kind = cite == CITE_SOURCE ? QUOTH_QUOTE_TITLE : term_or_title(&k.sh);
    return;
  }
  /* '"Related:"' standing alone: a label, not speech */
  if (k.sh.last == ':' && k.sh.nwords <= 2) {
    q->kind = QUOTH_QUOTE_TERM;
    return;
  }
  if (starts_clause(c, doc, lo, q, &k.sh, &k.before))
    classify_clause_start(doc, q, &k);
  else
    classify_mid_sentence(c, doc, q, lo, &k);
}

/* Quotes come sorted by start, so one forward cursor finds each sentence. */
void quoth__classify_quotes(const quoth__qclass *c, quoth_doc *doc) {
  size_t s = 0;
  for (size_t i = 0; i < doc->nquotes; i++) {
    quoth_quote *q = &doc->quotes[i];
    while (s + 1 < doc->nsentences && doc->sentences[s + 1].start <= q->span.start) s++;
    size_t lo = doc->paragraphs[q->paragraph].start;
    if (doc->nsentences && doc->sentences[s].start > lo && doc->sentences[s].start <= q->span.start)
      lo = doc->sentences[s].start;
    if (q->parent != QUOTH__NONE && doc->quotes[q->parent].inner.start > lo)
      lo = doc->quotes[q->parent].inner.start;
    classify(c, doc, q, lo);
  }
}
