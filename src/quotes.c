/* quotes.c - see quotes.h.
 *
 * The scanner is one left-to-right pass over each paragraph with an explicit,
 * heap-allocated stack of open marks.  Every decision looks at a bounded
 * window around the mark (the code points on either side, a short elision
 * word after it), and every stack entry is pushed and popped once, so the
 * pass is linear however the marks are (un)balanced.
 *
 * A quote record is appended when its opening mark is seen, so the records
 * come out sorted by start with each parent before its nested quotes; quotes
 * that turn out not to be quotes (a single mark never closed, read as an
 * apostrophe) are marked dead and squeezed out at the end.
 */
#include "quotes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "quote_class.h"
#include "text.h"

enum { MAX_MARKS = 32 };

#define QUOTE_DEAD (1u << 31) /* internal: drop this record when compacting */

/* One distinct quotation mark code point and the roles the locale gives it. */
typedef struct mark {
  int32_t cp;
  uint32_t accepts; /* as an opener: mask of mark indices that close it */
  unsigned can_open : 1, can_close : 1;
  unsigned single : 1;   /* a single mark: may also be an apostrophe */
  unsigned straight : 1; /* opens and closes the same pair: classed by context */
} mark;

struct quoth__quoter {
  mark marks[MAX_MARKS];
  size_t nmarks;
  const quoth__lextable *elisions; /* "'em", "'n'", ... (may be NULL) */
  quoth__qclass *cls;
};

/* ---- the mark table ------------------------------------------------------ */

/* Does the comma-separated locale list name lang's language ("en-GB" -> en)? */
static int locale_matches(const char *list, const char *lang) {
  size_t ll = strcspn(lang, "-_");
  for (const char *p = list; *p;) {
    size_t n = strcspn(p, ",");
    while (n && p[n - 1] == ' ') n--;
    if ((n == 1 && *p == '*') || (n == ll && strncasecmp(p, lang, ll) == 0)) return 1;
    p += strcspn(p, ",");
    while (*p == ',' || *p == ' ') p++;
  }
  return 0;
}

static int32_t single_cp(const char *s) {
  size_t next, len = strlen(s);
  if (!len) return -1;
  int32_t c = quoth__utf8_decode(s, len, 0, &next);
  return next == len ? c : -1;
}

static int mark_slot(quoth__quoter *q, int32_t cp) {
  for (size_t k = 0; k < q->nmarks; k++)
    if (q->marks[k].cp == cp) return (int)k;
  if (q->nmarks == MAX_MARKS) return -1;
  q->marks[q->nmarks] = (mark){.cp = cp};
  return (int)q->nmarks++;
}

/* Adds the row's pair when its locales include lang. */
static void add_pair(quoth__quoter *q, const quoth__lexrow *r, const char *lang) {
  int32_t o = single_cp(quoth__lex_col(r, 0)), c = single_cp(quoth__lex_col(r, 1));
  if (o < 0 || c < 0 || !locale_matches(quoth__lex_col(r, 2), lang)) return;
  const char *flags = quoth__lex_col(r, 3);
  int ko = mark_slot(q, o), kc = mark_slot(q, c);
  if (ko < 0 || kc < 0) return;
  mark *mo = &q->marks[ko], *mc = &q->marks[kc];
  mo->can_open = 1;
  mo->accepts |= 1u << kc;
  mc->can_close = 1;
  if (strstr(flags, "single")) mo->single = mc->single = 1;
  if (o == c) mo->straight = 1;
}

int quoth__quoter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                      quoth__quoter **out) {
  (void)options;
  quoth__quoter *q = calloc(1, sizeof *q);
  if (!q) return QUOTH_ENOMEM;
  const quoth__lextable *t = quoth__lex_table(lex, "common", "quote_marks");
  for (size_t i = 0; i < quoth__lex_count(t); i++) add_pair(q, quoth__lex_row(t, i), lang);
  q->elisions = quoth__lex_table(lex, lang, "elisions");
  int st = quoth__qclass_new(lex, lang, &q->cls);
  if (st) {
    free(q);
    return st;
  }
  *out = q;
  return QUOTH_OK;
}

void quoth__quoter_free(quoth__quoter *q) {
  if (!q) return;
  quoth__qclass_free(q->cls);
  free(q);
}

static int mark_index(const quoth__quoter *q, int32_t c) {
  if (c < 0x80 && c != '"' && c != '\'') return -1; /* fast path */
  for (size_t k = 0; k < q->nmarks; k++)
    if (q->marks[k].cp == c) return (int)k;
  return -1;
}

/* The mark at t[i] and the offset after it in *next, or -1.  Two
 * apostrophes in a row ('') stand for a straight double mark, as in some
 * newswire text. */
static int mark_at(const quoth__quoter *q, const char *t, size_t end, size_t i, int32_t *cp,
                   size_t *next) {
  *cp = quoth__utf8_decode(t, end, i, next);
  if (*cp == '\'' && *next < end && t[*next] == '\'') {
    int k = mark_index(q, '"');
    if (k >= 0) {
      *next += 1;
      *cp = '"';
      return k;
    }
  }
  return mark_index(q, *cp);
}

/* ---- plain text ------------------------------------------------------------ */

static inline int is_ascii_space(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

/* The first offset in [i, end) holding a byte >= 0x80, '"' or '\'' (the
 * only bytes mark_at can take), or end; eight bytes at a time. */
static size_t skip_plain(const char *t, size_t i, size_t end) {
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  while (i + 8 <= end) {
    uint64_t w, dq, sq;
    memcpy(&w, t + i, 8);
    dq = w ^ (ones * '"'), sq = w ^ (ones * '\'');
    /* a zero byte in dq or sq is a mark; false alarms fall to the byte loop */
    if ((w | ((dq - ones) & ~dq) | ((sq - ones) & ~sq)) & high) break;
    i += 8;
  }
  while (i < end) {
    unsigned char b = (unsigned char)t[i];
    if (b >= 0x80 || b == '"' || b == '\'') break;
    i++;
  }
  return i;
}

/* ---- the scanner state ----------------------------------------------------- */

typedef struct open_mark {
  size_t quote; /* index into doc->quotes */
  size_t stop;  /* end of the last sentence inside it (while on top), or NONE */
  uint32_t accepts;
  unsigned char single, mark;
} open_mark;

typedef struct scan {
  const quoth__quoter *q;
  quoth_doc *doc;
  open_mark *stack;
  size_t depth, cap;
  size_t accepting[MAX_MARKS]; /* open entries each mark would close */
  size_t family[2];            /* open entries: [0] double, [1] single */
  size_t para;
  size_t skip; /* offset of a continuation mark to pass over, or NONE */
  int any_dead;
} scan;

/* The code points around a mark, and what came before it in the paragraph. */
typedef struct ctx {
  size_t pos, next, para_end;
  int32_t prev, after;  /* neighbours; ' ' at paragraph edges */
  int32_t last_visible; /* last non-space code point before pos, or 0 */
  int gap;              /* white space between last_visible and pos */
} ctx;

static int is_punct(int32_t c) {
  return !quoth__is_space(c) && !quoth__is_letter(c) && !quoth__is_digit(c);
}

/* CommonMark's flanking rules: could this mark open / close? */
static int left_flanking(const ctx *x) {
  return !quoth__is_space(x->after) &&
         (!is_punct(x->after) || quoth__is_space(x->prev) || is_punct(x->prev));
}

static int right_flanking(const ctx *x) {
  return !quoth__is_space(x->prev) &&
         (!is_punct(x->prev) || quoth__is_space(x->after) || is_punct(x->after));
}

static inline int sentence_final(int32_t c) {
  return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F;
}

static int push_mark(scan *s, int k, const ctx *x) {
  const mark *m = &s->q->marks[k];
  if (quoth__grow((void **)&s->stack, &s->cap, s->depth + 1, sizeof *s->stack))
    return QUOTH_ENOMEM;
  quoth_quote *qt = quoth__doc_add_quote(s->doc);
  if (!qt) return QUOTH_ENOMEM;
  size_t parent = s->depth ? s->stack[s->depth - 1].quote : QUOTH__NONE;
  if (s->depth) s->stack[s->depth - 1].stop = QUOTH__NONE; /* never cut before a nested quote */
  *qt = (quoth_quote){{x->pos, x->next}, {x->next, x->next}, QUOTH_QUOTE_SPEECH, 0, parent,
                      s->para};
  /* a closer typed for an opener (”Hello”) is closed by its own kind */
  uint32_t accepts = m->can_open ? m->accepts : 1u << k;
  s->stack[s->depth++] =
      (open_mark){s->doc->nquotes - 1, QUOTH__NONE, accepts, m->single, (unsigned char)k};
  for (size_t j = 0; j < s->q->nmarks; j++)
    if (accepts & (1u << j)) s->accepting[j]++;
  s->family[m->single]++;
  return QUOTH_OK;
}

static open_mark pop_mark(scan *s) {
  open_mark e = s->stack[--s->depth];
  for (size_t j = 0; j < s->q->nmarks; j++)
    if (e.accepts & (1u << j)) s->accepting[j]--;
  s->family[e.single]--;
  return e;
}

/* b moved back over white space, but not below a. */
static size_t trim_end(const quoth_doc *doc, size_t a, size_t b) {
  size_t next;
  while (b > a) {
    size_t p = quoth__utf8_back(doc->text, b - 1);
    if (p < a || !quoth__is_space(quoth__utf8_decode(doc->text, b, p, &next))) break;
    b = p;
  }
  return b;
}

/* [a, b) without white space at its ends (empty at b when all space). */
static quoth_span trim(const quoth_doc *doc, size_t a, size_t b) {
  size_t next;
  b = trim_end(doc, a, b);
  while (a < b && quoth__is_space(quoth__utf8_decode(doc->text, b, a, &next))) a = next;
  return (quoth_span){a, b};
}

static void close_quote(scan *s, open_mark e, size_t mark_start, size_t mark_end) {
  quoth_quote *qt = &s->doc->quotes[e.quote];
  qt->inner = trim(s->doc, qt->inner.start, mark_start);
  qt->span.end = mark_end;
}

/* Why an open quote is cut short, for the diagnostic. */
typedef enum cut_reason { CUT_PARAGRAPH, CUT_RESYNC, CUT_INTRO, CUT_OUTER } cut_reason;

/* Ends the popped entry e at offset end without a closing mark and reports
 * it.  An unclosed single mark is most likely an apostrophe we did not
 * recognize, so it stops being a quote. */
static int cut_quote(scan *s, open_mark e, size_t end, cut_reason why) {
  quoth_quote *qt = &s->doc->quotes[e.quote];
  quoth_span mk = {qt->span.start, qt->inner.start};
  const char *m = s->doc->text + mk.start;
  int ml = (int)(mk.end - mk.start);
  if (e.single) {
    qt->flags |= QUOTE_DEAD;
    s->any_dead = 1;
    return quoth__doc_add_diag(s->doc, "unbalanced-quote", QUOTH_SEVERITY_WARNING, mk,
                               "single quotation mark %.*s is never closed; read as an "
                               "apostrophe",
                               ml, m);
  }
  qt->span.end = trim_end(s->doc, qt->inner.start, end);
  qt->inner = trim(s->doc, qt->inner.start, qt->span.end);
  qt->flags |= QUOTH_QUOTE_UNCLOSED;
  if (why == CUT_INTRO)
    return quoth__doc_add_diag(
        s->doc, "unbalanced-quote", QUOTH_SEVERITY_WARNING, mk,
        "quotation mark %.*s is not closed before a new quotation is introduced with a colon; "
        "the quote is taken to end at its last sentence end (byte %zu)",
        ml, m, qt->span.end);
  if (why == CUT_RESYNC)
    return quoth__doc_add_diag(
        s->doc, "unbalanced-quote", QUOTH_SEVERITY_WARNING, mk,
        "quotation mark %.*s is not closed before a new quotation opens after a sentence end "
        "at byte %zu; the quote is taken to end there (lost paragraph break?)",
        ml, m, end);
  return quoth__doc_add_diag(s->doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR, mk,
                             "quotation mark %.*s is never closed; the quote is taken to end "
                             "at the end of its %s (byte %zu)",
                             ml, m, why == CUT_OUTER ? "enclosing quote" : "paragraph",
                             qt->span.end);
}

/* Pops down to depth `keep`, cutting every popped quote at end. */
static int cut_to(scan *s, size_t keep, size_t end, cut_reason why) {
  while (s->depth > keep) {
    int st = cut_quote(s, pop_mark(s), end, why);
    if (st) return st;
  }
  return QUOTH_OK;
}

/* ---- apostrophes ------------------------------------------------------------- */

/* "'em", "'90s", "'n'": a single mark before an elided word.  Returns the
 * offset just past the elision (so a closing "'" of "'n'" is passed over
 * too), or 0 when there is none. */
static size_t elision_end(const scan *s, const ctx *x) {
  const char *t = s->doc->text;
  size_t i = x->next, end = x->para_end, next;
  size_t word_end = i;
  int ndigits = 0, nletters = 0;
  while (word_end < end && word_end - i < 12) {
    int32_t c = quoth__utf8_decode(t, end, word_end, &next);
    if (quoth__is_digit(c)) ndigits++;
    else if (quoth__is_letter(c)) nletters++;
    else break;
    word_end = next;
  }
  if (word_end == i) return 0;
  int32_t follow = word_end < end ? quoth__utf8_decode(t, end, word_end, &next) : ' ';
  if (ndigits == 2 && !nletters) return word_end; /* '90, '08 */
  if (ndigits == 2 && nletters == 1 && (t[word_end - 1] == 's')) return word_end; /* '90s */
  if (ndigits || quoth__is_letter(follow) || !s->q->elisions) return 0;
  if (mark_index(s->q, follow) >= 0 && s->q->marks[mark_index(s->q, follow)].single) {
    char key[16];
    size_t n = word_end - i;
    if (n + 1 < sizeof key) {
      memcpy(key, t + i, n);
      key[n] = '\'';
      if (quoth__lex_find(s->q->elisions, key, n + 1)) return next; /* 'n' */
    }
  }
  return quoth__lex_find(s->q->elisions, t + i, word_end - i) ? word_end : 0;
}

/* A single mark that is an apostrophe: inside a word, after a digit (a
 * prime), or before an elided word. */
static int is_apostrophe(const scan *s, int k, const ctx *x, size_t *resume) {
  int wl = quoth__is_letter(x->prev) || quoth__is_digit(x->prev);
  int wr = quoth__is_letter(x->after) || quoth__is_digit(x->after);
  if (wl && wr) return 1; /* don't, O'Neill, Ngũgĩ's, 6'2 */
  if (quoth__is_digit(x->prev) && !s->accepting[k]) return 1; /* 1990s', 5' */
  if (!wl && wr) {
    size_t e = elision_end(s, x);
    if (e) {
      *resume = e;
      return 1;
    }
  }
  return 0;
}

/* ---- one mark -------------------------------------------------------------- */

typedef enum action { ACT_SKIP, ACT_OPEN, ACT_CLOSE } action;

enum { INCH_LOOKAHEAD = 1000 }; /* bytes searched for the mark that closes instead */

/* Is the double mark at x an inch sign: 6’2”, 5'10" (a digit, a foot mark,
 * one or two digits, then this mark)?  With a quote open it is one only when
 * another closing double mark follows in the paragraph (within
 * INCH_LOOKAHEAD bytes): 'he’s like 6’2”,” Rubio said', not '“He is 6’2”'. */
static int inch_mark(const scan *s, const ctx *x) {
  const char *t = s->doc->text;
  size_t i = x->pos, lo = s->doc->paragraphs[s->para].start, ndig = 0;
  while (i > lo && ndig < 3 && t[i - 1] >= '0' && t[i - 1] <= '9') i--, ndig++;
  if (ndig < 1 || ndig > 2 || i <= lo) return 0;
  if (t[i - 1] == '\'') i--;
  else if (i - lo >= 3 && memcmp(t + i - 3, "\xE2\x80\x99", 3) == 0) i -= 3;
  else return 0;
  if (i <= lo || !(t[i - 1] >= '0' && t[i - 1] <= '9')) return 0;
  if (!s->depth) return 1;
  size_t end = x->para_end - x->next > INCH_LOOKAHEAD ? x->next + INCH_LOOKAHEAD : x->para_end;
  for (size_t j = x->next; j < end; j++)
    if (t[j] == '"' || (j + 3 <= end && memcmp(t + j, "\xE2\x80\x9D", 3) == 0)) return 1;
  return 0;
}

/* Opening or closing, by the locale's roles and the flanking rules. */
static action classify_mark(const scan *s, int k, const ctx *x) {
  const mark *m = &s->q->marks[k];
  int left = left_flanking(x), right = right_flanking(x);
  int can_close_here = s->accepting[k] > 0;
  /* 5' 10" tall: a straight mark after a digit with nothing open is a prime */
  if (m->straight && !can_close_here && quoth__is_digit(x->prev)) return ACT_SKIP;
  if (!m->single && quoth__is_digit(x->prev) && inch_mark(s, x)) return ACT_SKIP;
  if (m->can_open && m->can_close) {
    /* audiences,"Katie Packer said: punctuation that ends quoted words */
    if (can_close_here && (x->prev == ',' || sentence_final(x->prev) || x->prev == ';'))
      return ACT_CLOSE;
    if (left && !right) return ACT_OPEN;
    if (right && !left) return ACT_CLOSE;
    return can_close_here ? ACT_CLOSE : ACT_OPEN;
  }
  if (m->can_open) {
    /* “Wins“: an opener typed for a closer, plainly at the end of a word */
    if (!m->single && right && !left && s->depth && !s->stack[s->depth - 1].single &&
        !s->q->marks[s->stack[s->depth - 1].mark].straight)
      return ACT_CLOSE;
    return ACT_OPEN;
  }
  /* ”Hello”: a closer typed for an opener, plainly at the start of a word */
  if (!m->single && left && !right && !can_close_here) return ACT_OPEN;
  return ACT_CLOSE;
}

/* Re-synchronisation: an opening mark right after a sentence end while a
 * quote of the same family is open, at the start of a new sentence.  Texts
 * that lost their paragraph breaks look like "One. "Two." */
static int resync_point(const scan *s, int k, const ctx *x) {
  const mark *m = &s->q->marks[k];
  return s->family[m->single] && x->gap && sentence_final(x->last_visible) &&
         !quoth__is_lower(x->after) && !quoth__is_space(x->after);
}

/* The same after a colon ("One. He added: "Two."): a quote that has seen a
 * sentence end is taken to have ended there, so a new quotation introduced
 * with a colon is not swallowed as a nested one. */
static int intro_point(const scan *s, int k, const ctx *x) {
  const mark *m = &s->q->marks[k];
  return s->depth && s->stack[s->depth - 1].single == m->single &&
         s->stack[s->depth - 1].stop != QUOTH__NONE && x->gap && x->last_visible == ':' &&
         !quoth__is_lower(x->after) && !quoth__is_space(x->after);
}

static int do_open(scan *s, int k, const ctx *x) {
  if (intro_point(s, k, x)) {
    int st = cut_to(s, s->depth - 1, s->stack[s->depth - 1].stop, CUT_INTRO);
    if (st) return st;
  } else if (resync_point(s, k, x)) {
    size_t keep = s->depth;
    while (keep && s->stack[keep - 1].single != s->q->marks[k].single) keep--;
    if (s->stack[keep - 1].mark == k)
      s->doc->quotes[s->stack[keep - 1].quote].flags |= QUOTH__QUOTE_GOES_ON;
    int st = cut_to(s, keep - 1, x->pos, CUT_RESYNC);
    if (st) return st;
  }
  return push_mark(s, k, x);
}

static int do_close(scan *s, int k, const ctx *x) {
  const mark *m = &s->q->marks[k];
  if (!s->accepting[k] && s->depth && !m->single && !s->stack[s->depth - 1].single &&
      m->can_open && !m->straight) /* typo closer (“…“): closes the innermost double */
    return close_quote(s, pop_mark(s), x->pos, x->next), QUOTH_OK;
  if (!s->accepting[k]) {
    if (m->single) return QUOTH_OK; /* the players' union */
    return quoth__doc_add_diag(s->doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR,
                               (quoth_span){x->pos, x->next},
                               "closing quotation mark %.*s has no opening mark",
                               (int)(x->next - x->pos), s->doc->text + x->pos);
  }
  size_t keep = s->depth;
  while (!(s->stack[keep - 1].accepts & (1u << k))) keep--;
  int st = cut_to(s, keep, x->pos, CUT_OUTER);
  if (st) return st;
  close_quote(s, pop_mark(s), x->pos, x->next);
  return QUOTH_OK;
}

/* Handles the mark k described by x; may move *resume past an elision. */
static int handle_mark(scan *s, int k, const ctx *x, size_t *resume) {
  if (s->q->marks[k].single && is_apostrophe(s, k, x, resume)) return QUOTH_OK;
  switch (classify_mark(s, k, x)) {
  case ACT_OPEN: return do_open(s, k, x);
  case ACT_CLOSE: return do_close(s, k, x);
  case ACT_SKIP: break;
  }
  return QUOTH_OK;
}

/* ---- paragraphs ------------------------------------------------------------ */

/* How a paragraph left inside an open quote goes on. */
typedef enum cont { CONT_NONE, CONT_REOPEN, CONT_NESTED } cont;

/* The newspaper convention: a paragraph that ends inside a quote and a next
 * paragraph that opens with a mark of the same family continue one quote;
 * that mark re-opens it.  A block quote set in one style of marks ("...)
 * whose paragraph opens with the other style (“...”, the quoted source's
 * own marks pasted in) goes on too, but that mark opens a quote nested in
 * it: 'CNN reported: "One.\n\n“Two,” King said."' is CNN's block, closed
 * by its own straight mark, not King's words from its first paragraph. */
static cont continues(const scan *s, size_t p) {
  if (!s->depth || p + 1 >= s->doc->nparagraphs) return CONT_NONE;
  quoth_span np = s->doc->paragraphs[p + 1];
  size_t next;
  int32_t c;
  int k = mark_at(s->q, s->doc->text, np.end, np.start, &c, &next);
  if (k < 0 || !s->q->marks[k].can_open || s->q->marks[k].single != s->stack[0].single)
    return CONT_NONE;
  if (s->q->marks[k].can_close && /* a straight mark must open a word: "Next */
      !(next < np.end && !quoth__is_space(quoth__utf8_decode(s->doc->text, np.end, next, &next))))
    return CONT_NONE;
  if (s->q->marks[k].straight != s->q->marks[s->stack[0].mark].straight) return CONT_NESTED;
  return CONT_REOPEN; /* also « Suite (French spacing) */
}

static int end_paragraph(scan *s, size_t p) {
  size_t end = s->doc->paragraphs[p].end;
  cont how = continues(s, p);
  if (how != CONT_NONE) {
    int st = cut_to(s, 1, end, CUT_PARAGRAPH);
    if (st) return st;
    s->doc->quotes[s->stack[0].quote].flags |= QUOTH_QUOTE_CONTINUED;
    if (how == CONT_REOPEN) s->skip = s->doc->paragraphs[p + 1].start;
    return QUOTH_OK;
  }
  return cut_to(s, 0, end, CUT_PARAGRAPH);
}

static int scan_paragraph(scan *s, size_t p) {
  quoth_span para = s->doc->paragraphs[p];
  const char *t = s->doc->text;
  ctx x = {.para_end = para.end, .prev = ' '};
  size_t i = para.start, next;
  s->para = p;
  while (i < para.end) {
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80 && b != '"' && b != '\'') {
      /* Fast path: a run of ASCII bytes that are no marks (mark_index never
       * takes other ASCII) only updates the context, as below. */
      int32_t prev = x.prev, last = x.last_visible;
      int gap = x.gap;
      if (!s->depth) { /* no quote open: no stop to record, only find the next mark */
        size_t j = skip_plain(t, i, para.end), k = j;
        while (k > i && is_ascii_space((unsigned char)t[k - 1])) k--;
        if (k > i) last = (unsigned char)t[k - 1];
        x.prev = (unsigned char)t[j - 1], x.last_visible = last, x.gap = k < j;
        i = j;
        continue;
      }
      do {
        if (is_ascii_space(b)) {
          if (!gap && sentence_final(last))
            s->stack[s->depth - 1].stop = i;
          gap = 1;
        } else {
          last = b;
          gap = 0;
        }
        prev = b;
        if (++i == para.end) break;
        b = (unsigned char)t[i];
      } while (b < 0x80 && b != '"' && b != '\'');
      x.prev = prev, x.last_visible = last, x.gap = gap;
      continue;
    }
    int32_t c;
    int k = mark_at(s->q, t, para.end, i, &c, &next);
    if (i == s->skip) k = -1;
    size_t resume = next;
    if (k >= 0) {
      size_t after_next;
      x.pos = i, x.next = next;
      x.after = next < para.end ? quoth__utf8_decode(t, para.end, next, &after_next) : ' ';
      int st = handle_mark(s, k, &x, &resume);
      if (st) return st;
    }
    if (quoth__is_space(c)) {
      if (!x.gap && sentence_final(x.last_visible) && s->depth) s->stack[s->depth - 1].stop = i;
      x.gap = 1;
    } else {
      x.last_visible = c;
      x.gap = 0;
    }
    x.prev = c;
    if (resume != next) { /* passed over an elision */
      x.prev = 'a';
      x.last_visible = 'a';
      x.gap = 0;
    }
    i = resume;
  }
  return end_paragraph(s, p);
}

/* Squeezes out dead records, re-pointing parents past them. */
static int compact(quoth_doc *doc) {
  size_t *map = malloc((doc->nquotes ? doc->nquotes : 1) * sizeof *map), n = 0;
  if (!map) return QUOTH_ENOMEM;
  for (size_t i = 0; i < doc->nquotes; i++) {
    quoth_quote q = doc->quotes[i];
    size_t parent = q.parent == QUOTH__NONE ? QUOTH__NONE : map[q.parent];
    if (q.flags & QUOTE_DEAD) {
      map[i] = parent;
      continue;
    }
    q.parent = parent;
    map[i] = n;
    doc->quotes[n++] = q;
  }
  doc->nquotes = n;
  free(map);
  return QUOTH_OK;
}

int quoth__scan_quotes(quoth__quoter *q, quoth_doc *doc) {
  scan s = {.q = q, .doc = doc, .skip = QUOTH__NONE};
  int st = QUOTH_OK;
  for (size_t p = 0; p < doc->nparagraphs && !st; p++) st = scan_paragraph(&s, p);
  free(s.stack);
  if (!st && s.any_dead) st = compact(doc);
  if (!st) quoth__classify_quotes(q->cls, doc);
  return st;
}
