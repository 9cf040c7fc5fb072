/* sentence.c - see sentence.h.  The only file that includes ubrk.h.
 *
 *   1. ICU's boundaries for the whole document (a paragraph separator is a
 *      hard break for ICU, so this equals breaking each paragraph alone);
 *   2. per paragraph, forward scans propose boundaries ICU never makes: a
 *      full stop glued to the next word ("world.Today"), a plain word's full
 *      stop before a number ("kwamen. 81"), and the next item of a list the
 *      paragraph opens with ("1) a 2) b");
 *   3. one left-to-right pass over the merged, sorted candidates keeps,
 *      drops or (for "word. . . . Next") moves each ICU boundary, looking
 *      only at a bounded window of text around it (decide()).
 * Every step is linear in the input; spans stay byte offsets into the
 * caller's text, trimmed of white space. */
#include "sentence.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "lexicon.h"
#include "text.h"

/* How far (bytes) any rule looks left or right of a boundary. */
enum { WINDOW = 256, TOKEN_MAX = 48 };

typedef struct posvec {
  size_t *v;
  size_t n, cap;
} posvec;

struct quoth__splitter {
  UBreakIterator *bi;
  UText *ut;
  UChar *u16; /* the document as UTF-16 for ICU (reused, grows) */
  size_t u16cap;
  const quoth__lextable *abbrev;   /* <lang>/abbreviations */
  const quoth__lextable *starters; /* <lang>/sentence_starters */
  const quoth__lextable *ordinal;  /* <lang>/after_ordinal */
  const quoth__lextable *verbs;    /* <lang>/speech_verbs */
  size_t abbrev_max;               /* longest token worth looking up (bytes) */
  unsigned options;
  posvec icu, dots, list; /* per-paragraph scratch, reused */
  posvec held;            /* full stops ICU passed over, decided like its own */
};

static int posvec_push(posvec *p, size_t x) {
  if (p->n == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 64;
    size_t *v = realloc(p->v, cap * sizeof *v);
    if (!v) return QUOTH_ENOMEM;
    p->v = v;
    p->cap = cap;
  }
  p->v[p->n++] = x;
  return QUOTH_OK;
}

int quoth__splitter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                        quoth__splitter **out) {
  char locale[64];
  UErrorCode err = U_ZERO_ERROR;
  quoth__splitter *sp = calloc(1, sizeof *sp);
  if (!sp) return QUOTH_ENOMEM;
  if (!lang) lang = "en";
  /* ss=standard: ICU's own list of abbreviations that do not end sentences. */
  snprintf(locale, sizeof locale, "%s@ss=standard", lang);
  sp->bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &err);
  if (U_FAILURE(err)) {
    free(sp);
    return err == U_MEMORY_ALLOCATION_ERROR ? QUOTH_ENOMEM : QUOTH_EICU;
  }
  sp->abbrev = quoth__lex_table(lex, lang, "abbreviations");
  sp->starters = quoth__lex_table(lex, lang, "sentence_starters");
  sp->ordinal = quoth__lex_table(lex, lang, "after_ordinal");
  sp->verbs = quoth__lex_table(lex, lang, "speech_verbs");
  /* Keys are folded and NFC, which can shrink a token: leave a margin. */
  for (size_t i = 0; i < quoth__lex_count(sp->abbrev); i++) {
    size_t n = strlen(quoth__lex_row(sp->abbrev, i)->key);
    if (2 * n + 4 > sp->abbrev_max) sp->abbrev_max = 2 * n + 4;
  }
  sp->options = options;
  *out = sp;
  return QUOTH_OK;
}

void quoth__splitter_free(quoth__splitter *sp) {
  if (!sp) return;
  if (sp->bi) ubrk_close(sp->bi);
  if (sp->ut) utext_close(sp->ut);
  free(sp->u16);
  free(sp->icu.v);
  free(sp->dots.v);
  free(sp->list.v);
  free(sp->held.v);
  free(sp);
}

/* ---- characters --------------------------------------------------------- */

/* The paragraph being split: text s, limits [lo, hi). */
typedef struct para {
  const char *s;
  size_t lo, hi;
} para;

static int32_t cp_at(const para *p, size_t i, size_t *next) {
  if (i >= p->hi) {
    *next = i;
    return -1;
  }
  return quoth__utf8_decode(p->s, p->hi, i, next);
}

/* The code point that ends at i (i > lo), its start in *start. */
static int32_t cp_before(const para *p, size_t i, size_t *start) {
  size_t next;
  if (i <= p->lo) {
    *start = i;
    return -1;
  }
  if ((unsigned char)p->s[i - 1] < 0x80) { /* ASCII: no decoding */
    *start = i - 1;
    return (unsigned char)p->s[i - 1];
  }
  size_t b = quoth__utf8_back(p->s, i - 1);
  if (b < p->lo) b = p->lo;
  int32_t c = quoth__utf8_decode(p->s, p->hi, b, &next);
  if (next != i) { /* a lone or broken byte: step back one byte */
    *start = i - 1;
    return QUOTH__REPLACEMENT;
  }
  *start = b;
  return c;
}

/* White space, with ASCII answered inline (this runs at every boundary). */
static int is_space(int32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return quoth__is_space(c);
}

/* Closing quotes and brackets (ICU's general categories Pf, Pe). */
static int is_closer(int32_t c) {
  if (c < 0x80) return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
  return u_charType(c) == U_FINAL_PUNCTUATION || u_charType(c) == U_END_PUNCTUATION ||
         c == 0x201C || c == 0x2018; /* the German closing marks are Pi */
}

/* Opening quotes and brackets (Pi, Ps), and Spanish ¿ ¡. */
static int is_opener(int32_t c) {
  if (c < 0x80) return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{';
  return c == 0xBF || c == 0xA1 || /* ¿ ¡ */
         u_charType(c) == U_INITIAL_PUNCTUATION || u_charType(c) == U_START_PUNCTUATION;
}

static int is_format(int32_t c) { return c >= 0 && u_charType(c) == U_FORMAT_CHAR; }

static int is_sterm(int32_t c) { return c >= 0 && u_hasBinaryProperty(c, UCHAR_S_TERM); }

static int is_bullet(int32_t c) {
  return c == 0x2022 || c == 0x2043 || c == 0x25AA || c == 0x2023 || c == 0x25E6 ||
         c == 0xB7 || c == '*' || c == '-';
}

/* ---- lexicon look-ups --------------------------------------------------- */

enum { ABBR_NONE, ABBR_PLAIN, ABBR_TITLE, ABBR_NUMBER };

/* Two or more capitals and nothing else before the final '.': an acronym
 * ("MS.", "DEC."), which the case-folded look-up would take for "Ms."/"Dec.". */
static int is_acronym(const char *tok, size_t len) {
  size_t caps = 0;
  for (size_t i = 0; i + 1 < len; i++) {
    if (tok[i] < 'A' || tok[i] > 'Z') return 0;
    caps++;
  }
  return caps >= 2;
}

static int abbrev_kind(const quoth__splitter *sp, const char *tok, size_t len) {
  if (is_acronym(tok, len)) return ABBR_NONE;
  const quoth__lexrow *r = quoth__lex_find(sp->abbrev, tok, len);
  if (!r) return ABBR_NONE;
  const char *k = quoth__lex_col(r, 1);
  return !strcmp(k, "title") ? ABBR_TITLE : !strcmp(k, "number") ? ABBR_NUMBER : ABBR_PLAIN;
}

/* tok[0..len) is one or more single letters each followed by '.' ("E.",
 * "U.S.", "a.m."), format characters allowed in between. */
static int is_initials(const para *p, size_t a, size_t b) {
  size_t i = a, next;
  int letters = 0;
  while (i < b) {
    int32_t c = cp_at(p, i, &next);
    if (!quoth__is_letter(c)) return 0;
    i = next;
    while (i < b && is_format(cp_at(p, i, &next))) i = next;
    if (i >= b || p->s[i] != '.') return 0;
    i++, letters++;
  }
  return letters > 0;
}

/* The word that starts at i (letters, apostrophes), looked up in t. */
static int word_in(const para *p, size_t i, const quoth__lextable *t) {
  size_t j = i, next;
  if (!t) return 0;
  while (j < p->hi && j - i < TOKEN_MAX) {
    int32_t c = cp_at(p, j, &next);
    if (!quoth__is_letter(c) && c != '\'' && c != 0x2019) break;
    j = next;
  }
  return j > i && quoth__lex_find(t, p->s + i, j - i) != NULL;
}

/* ---- boundary context --------------------------------------------------- */

/* What surrounds a candidate boundary b: ...tok<term><closers><space>|<openers>r */
typedef struct bctx {
  size_t e;       /* end of the text before b, white space trimmed */
  size_t t;       /* end of the terminator: e minus closing quotes/brackets */
  int closed;     /* a closing quote or bracket lies between t and e */
  int32_t term;   /* code point before t, or -1 */
  size_t term_at; /* its offset */
  int linebreak;  /* the space before b holds a line break */
  size_t r_at;    /* first code point after b past space and openers */
  int32_t r;      /* that code point, or -1 at the paragraph end */
} bctx;

static void context(const para *p, size_t b, bctx *x) {
  size_t i = b, st, next;
  int32_t c;
  x->linebreak = 0;
  while ((c = cp_before(p, i, &st)) >= 0 && is_space(c) && b - st < WINDOW) {
    x->linebreak |= quoth__is_linebreak(c);
    i = st;
  }
  x->e = i;
  x->closed = 0;
  while ((c = cp_before(p, i, &st)) >= 0 && (is_closer(c) || is_format(c)) && x->e - st < 16) {
    x->closed |= !is_format(c);
    i = st;
  }
  x->t = i;
  x->term = cp_before(p, i, &x->term_at);
  i = b;
  while ((c = cp_at(p, i, &next)) >= 0 && (is_space(c) || is_opener(c)) &&
         next - b < WINDOW)
    i = next;
  x->r_at = i;
  x->r = cp_at(p, i, &next);
}

/* ---- list markers ------------------------------------------------------- */

typedef struct marker {
  char kind; /* 'n' number, 'a' lower-case letter */
  long val;
  char punct[3]; /* ".", ")" or ".)" */
  int bullet;
} marker;

/* Parses "[bullet][ ]N." / "N)" / "N.)" / "a." at i; returns the offset after
 * it (which must be followed by white space), or 0. */
static size_t parse_marker(const para *p, size_t i, marker *m) {
  size_t next, j;
  int32_t c = cp_at(p, i, &next);
  m->bullet = is_bullet(c);
  if (m->bullet) {
    i = next;
    if (i < p->hi && p->s[i] == ' ') i++;
  }
  m->val = 0;
  for (j = i; j < p->hi && j - i < 3 && p->s[j] >= '0' && p->s[j] <= '9'; j++)
    m->val = m->val * 10 + (p->s[j] - '0');
  m->kind = j > i ? 'n' : 0;
  if (!m->kind && i < p->hi && p->s[i] >= 'a' && p->s[i] <= 'z') {
    m->kind = 'a', m->val = p->s[i], j = i + 1;
  }
  if (!m->kind || j >= p->hi) return 0;
  size_t k = j;
  while (k < p->hi && k - j < 2 && (p->s[k] == '.' || p->s[k] == ')')) k++;
  if (k == j || (k - j == 2 && p->s[j] != '.') || (k - j == 2 && p->s[j + 1] != ')')) return 0;
  memset(m->punct, 0, sizeof m->punct);
  memcpy(m->punct, p->s + j, k - j);
  if (k >= p->hi || !is_space(cp_at(p, k, &next))) return 0;
  return k;
}

/* A paragraph that opens with a list marker ("1.)", "a.", "• 9.") gets a
 * boundary before each following marker in sequence, same style.  Lower-case
 * letter lists only, so "A. Smith" never opens a list. */
static int scan_list(quoth__splitter *sp, const para *p) {
  marker m0, m;
  size_t i = p->lo, end = parse_marker(p, i, &m0);
  if (!end || (m0.kind == 'a' && m0.val != 'a')) return QUOTH_OK;
  long want = m0.val + 1;
  for (i = end; i + 1 < p->hi; i++) {
    if (p->s[i] != ' ') continue;
    size_t k = parse_marker(p, i + 1, &m);
    if (!k || m.kind != m0.kind || m.val != want || m.bullet != m0.bullet ||
        strcmp(m.punct, m0.punct) != 0)
      continue;
    int st = posvec_push(&sp->list, i + 1);
    if (st) return st;
    want++;
    i = k - 1;
  }
  return QUOTH_OK;
}

/* [a, b) is nothing but a list marker ("1.", "2.)", "• 10.", "b."). */
static int marker_only(const para *p, size_t a, size_t b) {
  marker m;
  size_t next;
  while (a < b && is_space(cp_at(p, a, &next))) a = next;
  return b - a <= 12 && parse_marker(p, a, &m) == b;
}

/* ---- missing space after a full stop ------------------------------------ */

/* The token that ends at '.' (offset dot): back to white space, less any
 * opening quotes or brackets, at most TOKEN_MAX bytes; (size_t)-1 when it
 * is longer.  Apostrophes inside stay: "don't." is no initial "t.". */
static size_t token_start(const para *p, size_t dot) {
  size_t i = dot, st, next;
  int32_t c;
  while ((c = cp_before(p, i, &st)) >= 0 && !is_space(c)) {
    if (dot - st > TOKEN_MAX) return (size_t)-1;
    i = st;
  }
  while (i < dot && is_opener(cp_at(p, i, &next))) i = next; /* "(p." -> "p." */
  return i;
}

/* At i a Roman numeral of I, V and X (centuries, chapters, regnal numbers),
 * a space and a lower-case word ("XVIII ғасырдың"). */
static int roman_then_word(const para *p, size_t i) {
  size_t j = i, next;
  while (j < p->hi && j - i < 8 && strchr("IVX", p->s[j]) && p->s[j]) j++; /* I..XXXIX */
  return j > i && j + 1 < p->hi && p->s[j] == ' ' && quoth__is_lower(cp_at(p, j + 1, &next));
}

/* The token from i to white space looks like a capitalized word: no '@',
 * '/' or inner '.' (an e-mail address, a URL, "Halo.Bungie.Org") and not
 * all capitals ("W32.Bagle.AT", ".AU"). */
static int plain_word_after(const para *p, size_t i) {
  size_t j = i, next;
  int32_t second = cp_at(p, cp_at(p, i, &next) >= 0 ? next : i, &next);
  if (second == ' ') return p->s[i] == 'I' || p->s[i] == 'A'; /* "world.I dag" */
  if (!quoth__is_lower(second) && !roman_then_word(p, i)) return 0;
  while (j < p->hi && j - i < TOKEN_MAX && !is_space((unsigned char)p->s[j])) {
    char c = p->s[j];
    if (c == '@' || c == '/') return 0;
    if (c == '.' && j + 1 < p->hi && quoth__is_letter(cp_at(p, j + 1, &next))) return 0;
    j++;
  }
  return 1;
}

/* A full stop at dot glued to the next word ends a sentence: "world.Today",
 * "1,000.That", "example).This" - a lower-case letter, digit or closing
 * bracket or quote, '.', then a capitalized word.
 * Not when the token before holds a '.', '/', '@' or ':' (URLs, "U.S.A",
 * "e.g.This"), is an abbreviation ("Mr.Smith"), or the word after is no
 * plain word ("Jane.Doe@example.com", "W32.Bagle.AT"). */
static int glued_stop_ends(const quoth__splitter *sp, const para *p, size_t dot) {
  size_t st, next;
  int32_t prev = cp_before(p, dot, &st);
  if (!(quoth__is_lower(prev) || (prev >= '0' && prev <= '9') || is_closer(prev))) return 0;
  if (!quoth__is_upper(cp_at(p, dot + 1, &next))) return 0;
  int32_t second = cp_at(p, next, &next);
  if (!quoth__is_letter(second) && second != ' ') return 0;
  size_t a = token_start(p, dot);
  const char *s = p->s;
  if (a == (size_t)-1 || memchr(s + a, '/', dot - a) || memchr(s + a, '@', dot - a) ||
      memchr(s + a, ':', dot - a) || memchr(s + a, '.', dot - a))
    return 0;
  /* "world.I dag" but not "Zafi.A virus": a one-letter word only after a
   * lower-case one. */
  if (second == ' ' && !quoth__is_lower(cp_at(p, a, &next))) return 0;
  return abbrev_kind(sp, s + a, dot + 1 - a) == ABBR_NONE && plain_word_after(p, dot + 1);
}

/* "kwamen. 81 procent": ICU never breaks before a digit, but after a plain
 * word (two or more letters, the last lower-case, no inner '.', not an
 * abbreviation: "p. 55", "No. 10", "Jan. 5" stay) a full stop, a space and
 * a number start a sentence. */
static int stop_before_number(const quoth__splitter *sp, const para *p, size_t dot) {
  size_t st, i = dot, next;
  int32_t c = cp_before(p, dot, &st);
  if (!quoth__is_lower(c) || dot + 2 >= p->hi || !u_isdigit(cp_at(p, dot + 2, &next))) return 0;
  size_t letters = 0;
  while ((c = cp_before(p, i, &st)) >= 0 && quoth__is_letter(c) && dot - st <= TOKEN_MAX)
    i = st, letters++;
  if (letters < 2 || (c >= 0 && !is_space(c) && !is_opener(c))) return 0;
  return abbrev_kind(sp, p->s + i, dot + 1 - i) == ABBR_NONE;
}

/* The word at i is two or more capitals and no lower-case letter. */
static int caps_word(const para *p, size_t i) {
  size_t next, n = 0;
  int32_t c;
  while ((c = cp_at(p, i, &next)) >= 0 && quoth__is_letter(c) && n < TOKEN_MAX) {
    if (!quoth__is_upper(c)) return 0;
    i = next, n++;
  }
  return n >= 2;
}

/* The same for the word that ends at i. */
static int caps_word_before(const para *p, size_t i) {
  size_t st, n = 0;
  int32_t c;
  while ((c = cp_before(p, i, &st)) >= 0 && quoth__is_letter(c) && n < TOKEN_MAX) {
    if (!quoth__is_upper(c)) return 0;
    i = st, n++;
  }
  return n >= 2;
}

/* ICU's abbreviation filter (ss=standard) matches the end of a word, not a
 * whole word: "Redknapp." ends in "pp.", "POLITICO." in "O.", "IAAF." in
 * "F.", and it then passes over a real boundary ("said Redknapp. \"Maybe").
 * After a letter, a full stop, white space, openers and a capital letter,
 * the boundary goes to decide() as if ICU had proposed it, so the
 * splitter's own abbreviation lexicon and initials rules judge the token.
 * Returns the candidate (before the openers), or 0. */
static size_t held_stop(const para *p, size_t dot) {
  size_t st, i = dot + 1, next;
  if (!quoth__is_letter(cp_before(p, dot, &st))) return 0;
  while (i < p->hi && i - dot < 8 && p->s[i] == ' ') i++;
  size_t b = i;
  int32_t c;
  while ((c = cp_at(p, i, &next)) >= 0 && is_opener(c) && i - b < 8) i = next;
  if (!quoth__is_upper(c)) return 0;
  /* "ST. LOUIS —": capitals on both sides, and no lower-case word next, are
   * a headline or dateline ("on TNT. MTV Unplugged" is not) */
  if (!caps_word(p, i) || !caps_word_before(p, dot)) return b;
  while ((c = cp_at(p, i, &next)) >= 0 && quoth__is_letter(c) && i - b < WINDOW) i = next;
  while ((c = cp_at(p, i, &next)) >= 0 && (is_space(c) || is_opener(c)) && i - b < WINDOW) i = next;
  for (; (c = cp_at(p, i, &next)) >= 0 && quoth__is_letter(c) && i - b < WINDOW; i = next)
    if (quoth__is_lower(c)) return b;
  return 0;
}

/* Proposes a boundary after every glued full stop that ends a sentence, and
 * before every number that starts one. */
static int scan_missing_space(quoth__splitter *sp, const para *p) {
  const char *s = p->s;
  size_t i = p->lo;
  while (i < p->hi) {
    const char *d = memchr(s + i, '.', p->hi - i);
    if (!d) break;
    size_t dot = (size_t)(d - s);
    i = dot + 1;
    unsigned char after = dot + 1 < p->hi ? (unsigned char)s[dot + 1] : 0;
    if (after == ' ' && dot + 2 < p->hi && s[dot + 2] >= '0' && s[dot + 2] <= '9') {
      int rc = stop_before_number(sp, p, dot) ? posvec_push(&sp->dots, dot + 2) : QUOTH_OK;
      if (rc) return rc;
      continue;
    }
    if (after == ' ') {
      size_t b = held_stop(p, dot);
      int rc = b ? posvec_push(&sp->held, b) : QUOTH_OK;
      if (rc) return rc;
      continue;
    }
    if (after < 0x80 && (after < 'A' || after > 'Z')) continue; /* the usual ". " */
    if (!glued_stop_ends(sp, p, dot)) continue;
    int rc = posvec_push(&sp->dots, dot + 1);
    if (rc) return rc;
  }
  return QUOTH_OK;
}

/* ---- the decision at one ICU boundary ----------------------------------- */

enum { DROP = 0 };

/* Ellipses made of full stops.  Spaced ". . ." never ends a sentence, but
 * in "word. . . . Next" the first stop does: the boundary moves there.  A
 * bracketed "[...]" is an editorial cut.  Returns the decision, or b to
 * continue with other rules. */
static size_t decide_dots(const para *p, const bctx *x, size_t last, size_t b) {
  size_t i = x->t, st, first = x->t;
  int ndots = 0, spaced = 0;
  int32_t c;
  while ((c = cp_before(p, i, &st)) >= 0 && x->t - st < 32) {
    if (c == '.' || c == 0x2026) ndots += c == '.' ? 1 : 3, first = st;
    else if (c == ' ' && st > p->lo && p->s[st - 1] == '.' && p->s[i] == '.') spaced = 1;
    else break;
    i = st;
  }
  int32_t before = cp_before(p, first, &st);
  if (ndots >= 3 && x->closed && p->s[x->t] == ']' && before == '[') return DROP;
  if (ndots < 3 || !spaced) return b;
  /* "change?" . . . "Have you": the ellipsis cuts between two quoted
   * sentences, the first already ended */
  if (before == ' ') {
    size_t k = st, closers = 0;
    while ((c = cp_before(p, k, &st)) >= 0 && is_closer(c) && closers < 4) k = st, closers++;
    if (closers && is_sterm(c)) return b;
  }
  int attached = before >= 0 && !is_space(before) && p->s[first] == '.';
  if (ndots >= 4 && attached) return first + 1 > last ? first + 1 : DROP;
  return ndots >= 4 ? b : DROP; /* ". . . ." = an ellipsis and a full stop */
}

static int attribution_follows(const quoth__splitter *sp, const para *p, size_t i);

/* At i (just after an opening double quote) a quoted sentence: its closing
 * mark within WINDOW follows '.', '!' or '?', or a ',' and an attribution
 * ("“We lost,” he said"), or it runs on past WINDOW.  A quoted name or
 * phrase ("the U.S. \"War on Drugs\" for years") is not one. */
static int quoted_sentence(const quoth__splitter *sp, const para *p, size_t i) {
  size_t next, st;
  for (size_t j = i; j < p->hi && j - i < WINDOW; j = next) {
    int32_t c = cp_at(p, j, &next);
    if (c != '"' && c != 0x201D) continue;
    int32_t before = cp_before(p, j, &st);
    if (before == '.' || before == '!' || before == '?') return 1;
    if (before != ',') return 0;
    while (next < p->hi && p->s[next] == ' ') next++;
    return attribution_follows(sp, p, next);
  }
  return 1;
}

/* An abbreviation or initials before the boundary: "Gen. Haftar", "p. 55",
 * "U.S. Government", "Jonas E. Smith", but "you and I. Did". */
static size_t decide_abbrev(const quoth__splitter *sp, const para *p, const bctx *x,
                            size_t last, size_t b) {
  size_t a = token_start(p, x->term_at);
  if (a == (size_t)-1 || a >= x->term_at) return b;
  if (a < last) a = last; /* "Tuesday.Hr." after a glued stop: the token is "Hr." */
  /* "PARTY’“Mr.", "\">Mr.", "-Mrs.": the word starts after a quote mark,
   * bracket, '>' or '-' glued to it (not an apostrophe: "don't.") */
  for (size_t i = a, next; i < x->term_at; i = next) {
    int32_t c = cp_at(p, i, &next);
    int apostrophe = c == '\'' || c == 0x2018 || c == 0x2019;
    if (((is_opener(c) || is_closer(c)) && !apostrophe) || c == '>') a = next;
    /* "then-Sen." but not "Jay-Z.", "Liberty-X.": a single letter stays */
    if (c == '-' && x->term_at - next > 1) a = next;
  }
  if (a >= x->term_at) return b;
  /* Most tokens are plain words: look up only what could match. */
  int kind = x->t - a <= sp->abbrev_max ? abbrev_kind(sp, p->s + a, x->t - a) : ABBR_NONE;
  int chain = x->term_at - a <= 8 || p->s[x->term_at - 2] == '.' || p->s[x->term_at - 3] == '.';
  if (kind == ABBR_NONE && chain && is_initials(p, a, x->t)) kind = ABBR_PLAIN;
  /* "Robert P. Casey": a capital letter alone is an initial even where a
   * lower-case abbreviation shares its letter ("p. 55", page) */
  size_t next;
  if (kind == ABBR_NUMBER && x->t - a == 2 && quoth__is_upper(cp_at(p, a, &next)))
    kind = ABBR_PLAIN;
  int digit = x->r >= 0 && u_isdigit(x->r);
  /* "Casey Jr. (D-Pa.) said", "Acme Inc. (NYSE: ACM) rose": a bracket
   * after an abbreviation opens an aside, not a sentence */
  int aside = x->r_at > 0 && p->s[x->r_at - 1] == '(';
  switch (kind) {
  case ABBR_TITLE: return DROP;
  case ABBR_NUMBER: return digit || aside ? DROP : b;
  case ABBR_PLAIN:
    if (digit || aside) return DROP;
    if (quoth__is_upper(x->r) || (quoth__is_letter(x->r) && !quoth__is_lower(x->r))) {
      /* "in Binghamton, N.Y. “Secretary Clinton worked ...”" */
      int32_t open = cp_before(p, x->r_at, &next);
      if ((open == '"' || open == 0x201C) && quoted_sentence(sp, p, x->r_at)) return b;
      return word_in(p, x->r_at, sp->starters) ? b : DROP;
    }
    return b;
  default: break;
  }
  /* "vom 12. Juni": an ordinal written with a full stop, where the language
   * does that (lexicon after_ordinal lists the words that follow one). */
  size_t k = a;
  while (sp->ordinal && k < x->term_at && p->s[k] >= '0' && p->s[k] <= '9') k++;
  if (k == x->term_at && k > a && word_in(p, x->r_at, sp->ordinal)) return DROP;
  return b;
}

/* A short attribution follows a quotation that ends in '?' or '!':
 * "“Is it late?” Mr. Brown asked." - a speech verb (lexicon speech_verbs) as
 * the 2nd..5th word of a clause that ends within those five words.  The
 * caller makes sure no new quotation or sentence starter comes first. */
static int attribution_follows(const quoth__splitter *sp, const para *p, size_t i) {
  size_t next;
  if (!sp->verbs) return 0;
  for (int word = 1, verb = 0; word <= 5; word++) {
    size_t a = i;
    while (i < p->hi && i - a < TOKEN_MAX && !is_space(cp_at(p, i, &next))) i = next;
    size_t e = i;
    while (e > a && p->s[e - 1] && strchr(".,;:!?", p->s[e - 1])) e--;
    if (e == a) return 0;
    verb |= word > 1 && quoth__lex_find(sp->verbs, p->s + a, e - a) != NULL;
    if (e < i) { /* punctuation ends the word: the clause ends unless "Mr." */
      int abbrev = p->s[e] == '.' && abbrev_kind(sp, p->s + a, e + 1 - a) != ABBR_NONE;
      if (!abbrev) return verb;
    }
    while (i < p->hi && is_space(cp_at(p, i, &next))) i = next;
    if (i >= p->hi) return verb;
  }
  return 0;
}

/* The word that ends at i is capitalized, like a name that ends in '!' or
 * '?' ("Yahoo!", "Kerrang!", "Jeopardy!"). */
static int name_before(const para *p, size_t i) {
  size_t st;
  int32_t c, first = -1;
  while ((c = cp_before(p, i, &st)) >= 0 && quoth__is_letter(c) && i - st < TOKEN_MAX) {
    first = c;
    i = st;
  }
  return quoth__is_upper(first);
}

/* Straight double quotes counted from the paragraph start, carried forward
 * as the boundaries ascend (linear). */
typedef struct qcount {
  size_t at;
  unsigned long n;
} qcount;

static unsigned long quotes_before(const para *p, qcount *q, size_t i) {
  for (; q->at < i; q->at++) q->n += p->s[q->at] == '"';
  return q->n;
}

/* "the authorities."We got deceived": a straight quote glued between a full
 * stop and a capitalized word opens the next sentence when the quotes
 * before it are paired (an even count in the paragraph); ICU puts the
 * boundary after it.  Returns where the boundary goes, or 0. */
static size_t glued_opener(const para *p, const bctx *x, qcount *q, size_t b) {
  size_t next, st;
  if (!x->closed || x->e != b || !is_sterm(x->term) || !quoth__is_upper(cp_at(p, b, &next)))
    return 0;
  if (x->t + 1 == b && p->s[x->t] == '"') return quotes_before(p, q, x->t) % 2 == 0 ? x->t : 0;
  /* "criminals.”“Your facts": a left mark right after a right one opens */
  if (cp_before(p, b, &st) == 0x201C && st > x->t && cp_before(p, st, &next) == 0x201D) return st;
  return 0;
}

/* Keep (b), drop (0) or move the ICU boundary b; last is the previous kept
 * boundary. */
static size_t decide(const quoth__splitter *sp, const para *p, qcount *q, size_t last, size_t b) {
  bctx x;
  size_t next;
  context(p, b, &x);
  if (x.e <= last || x.r < 0) return b;
  size_t opener = x.t > last ? glued_opener(p, &x, q, b) : 0;
  if (opener) return opener;
  if (marker_only(p, last, x.e)) return DROP; /* "1.)" | "The first item" */
  if (!is_sterm(x.term) && x.term != 0x2026) {
    /* ICU ends a sentence at every line break; inside a paragraph a break
     * with no punctuation before it and a lower-case (or caseless) letter
     * after it is a wrap.  Bullets and capitals after it keep the break. */
    if (x.linebreak && (quoth__is_lower(x.r) || (quoth__is_letter(x.r) && !quoth__is_upper(x.r))))
      return DROP;
    return b;
  }
  /* A lower-case word goes on the sentence after a closing quote ("late?”
   * asked") or a name's '!'/'?' ("Yahoo! in"), not after a lower-case word
   * ("songs! it's", "кім? не?"). */
  if (quoth__is_lower(x.r) && (x.term == '.' || x.term == 0x2026 || x.closed ||
                                name_before(p, x.term_at)))
    return DROP;
  /* ICU breaks some glued stops ("W32.Bagle"); the missing-space scan
   * proposes the ones that end sentences. */
  if (x.term == '.' && x.e == b && x.t == b) {
    int32_t before = cp_before(p, x.term_at, &next);
    if (before != '.' && before != 0x2026) return DROP; /* ellipses keep ICU's break */
  }
  if (x.term == '.' || x.term == 0x2026) {
    size_t d = decide_dots(p, &x, last, b);
    if (d != b) return d;
  }
  if (x.term == '.' && !x.closed) return decide_abbrev(sp, p, &x, last, b);
  if ((x.term == '?' || x.term == '!') && x.closed && !is_opener(cp_at(p, b, &next)) &&
      !word_in(p, x.r_at, sp->starters) && attribution_follows(sp, p, x.r_at))
    return DROP;
  return b;
}

/* ---- driver ------------------------------------------------------------- */

/* Appends [a, b) trimmed of white space, if anything is left. */
static int add_trimmed(quoth_doc *doc, size_t a, size_t b) {
  size_t next;
  while (a < b && is_space(quoth__utf8_decode(doc->text, b, a, &next))) a = next;
  while (b > a) {
    size_t p = quoth__utf8_back(doc->text, b - 1);
    if (p < a) p = a;
    if (!is_space(quoth__utf8_decode(doc->text, b, p, &next)) || next != b) break;
    b = p;
  }
  return a < b ? quoth__doc_add_sentence(doc, a, b) : QUOTH_OK;
}

/* Eight ASCII bytes w (as loaded from memory) -> eight UTF-16 units. */
static inline void widen8(UChar *u, uint64_t w) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (int half = 0; half < 2; half++) { /* spread four bytes over four 16-bit lanes */
    uint64_t x = (w >> (32 * half)) & 0xFFFFFFFFULL;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFULL;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFULL;
    memcpy(u + 4 * half, &x, 8);
  }
#else
  unsigned char b[8];
  memcpy(b, &w, 8);
  for (int k = 0; k < 8; k++) u[k] = b[k];
#endif
}

/* doc->text as UTF-16 in sp->u16 (each invalid byte one U+FFFD, as the
 * text layer decodes it); its length in *n, or -1 when it does not fit
 * ICU's int32_t lengths. */
static int to_utf16(quoth__splitter *sp, const quoth_doc *doc, int32_t *n) {
  const char *s = doc->text;
  size_t len = doc->len, i = 0, j = 0, next;
  if (len > (size_t)INT32_MAX / 2) return *n = -1, QUOTH_OK; /* UTF-16 never exceeds len */
  if (len + 1 > sp->u16cap) {
    UChar *u = realloc(sp->u16, (len + 1) * sizeof *u);
    if (!u) return QUOTH_ENOMEM;
    sp->u16 = u, sp->u16cap = len + 1;
  }
  UChar *u = sp->u16;
  while (i < len) {
    uint64_t w;
    if (i + 8 <= len && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL))) {
      widen8(u + j, w);
      i += 8, j += 8;
      continue;
    }
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      u[j++] = b, i++;
      continue;
    }
    int32_t c = quoth__utf8_decode(s, len, i, &next);
    if (c >= 0x10000) {
      u[j++] = (UChar)(0xD7C0 + (c >> 10));
      u[j++] = (UChar)(0xDC00 | (c & 0x3FF));
    } else {
      u[j++] = (UChar)c;
    }
    i = next;
  }
  *n = (int32_t)j;
  return QUOTH_OK;
}

/* Byte offsets of the UTF-16 boundaries in sp->icu, in place: one forward
 * walk, as the boundaries ascend. */
static void utf16_to_bytes(quoth__splitter *sp, const quoth_doc *doc) {
  const char *s = doc->text;
  size_t len = doc->len, i = 0, j = 0, next;
  for (size_t k = 0; k < sp->icu.n; k++) {
    size_t target = sp->icu.v[k];
    while (j < target && i < len) {
      uint64_t w; /* eight ASCII bytes: eight units */
      if (j + 8 <= target && i + 8 <= len && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL))) {
        i += 8, j += 8;
        continue;
      }
      int32_t c = quoth__utf8_decode(s, len, i, &next);
      j += c >= 0x10000 ? 2 : 1;
      i = next;
    }
    sp->icu.v[k] = i;
  }
}

/* ICU's boundaries over the whole document into sp->icu.  A paragraph
 * separator is a hard break in ICU's rules (SB4) and no rule looks across
 * one, so this equals breaking each paragraph alone, without re-arming the
 * iterator per paragraph.  ICU runs over a UTF-16 copy: its UTF-8 UText
 * converts chunk by chunk on every access, which cost about 40% of the
 * breaking time; the boundaries are the same code point positions. */
static int icu_boundaries(quoth__splitter *sp, const quoth_doc *doc) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t n16;
  sp->icu.n = 0;
  int st = to_utf16(sp, doc, &n16);
  if (st) return st;
  if (n16 >= 0) {
    ubrk_setText(sp->bi, sp->u16, n16, &err);
  } else {
    sp->ut = utext_openUTF8(sp->ut, doc->text, (int64_t)doc->len, &err);
    if (U_FAILURE(err)) return QUOTH_EICU;
    ubrk_setUText(sp->bi, sp->ut, &err);
  }
  if (U_FAILURE(err)) return QUOTH_EICU;
  for (int32_t b = ubrk_next(sp->bi); b != UBRK_DONE; b = ubrk_next(sp->bi)) {
    st = posvec_push(&sp->icu, (size_t)b);
    if (st) return st;
  }
  if (n16 >= 0) utf16_to_bytes(sp, doc);
  return QUOTH_OK;
}

/* ICU's boundaries strictly inside a paragraph: icu[*k, end). */
typedef struct slice {
  const size_t *v;
  size_t n;
} slice;

static slice icu_slice(const quoth__splitter *sp, const para *p, size_t *k) {
  while (*k < sp->icu.n && sp->icu.v[*k] <= p->lo) ++*k;
  size_t a = *k;
  while (*k < sp->icu.n && sp->icu.v[*k] < p->hi) ++*k;
  return (slice){sp->icu.v + a, *k - a};
}

static int split_plain(quoth_doc *doc, const para *p, slice icu) {
  int st = QUOTH_OK;
  size_t prev = p->lo;
  for (size_t i = 0; !st && i < icu.n; i++) {
    st = add_trimmed(doc, prev, icu.v[i]);
    prev = icu.v[i];
  }
  return st ? st : add_trimmed(doc, prev, p->hi);
}

static size_t min2(size_t a, size_t b) { return a < b ? a : b; }

/* Walks the four sorted candidate lists in order: ICU's boundaries and the
 * held full stops are decided, the glued stops and list markers kept. */
static int split_repaired(quoth__splitter *sp, quoth_doc *doc, const para *p, slice icu) {
  sp->dots.n = sp->list.n = sp->held.n = 0;
  int st = scan_missing_space(sp, p);
  if (!st) st = scan_list(sp, p);
  size_t i = 0, j = 0, k = 0, h = 0, last = p->lo;
  qcount q = {p->lo, 0};
  const size_t NONE = (size_t)-1;
  while (!st) {
    size_t a = i < icu.n ? icu.v[i] : NONE;
    size_t d = j < sp->dots.n ? sp->dots.v[j] : NONE;
    size_t l = k < sp->list.n ? sp->list.v[k] : NONE;
    size_t o = h < sp->held.n ? sp->held.v[h] : NONE;
    size_t pos = min2(min2(a, d), min2(l, o));
    if (pos == NONE) break;
    int ours = (pos == d) | (pos == l);
    i += pos == a, j += pos == d, k += pos == l, h += pos == o;
    if (pos <= last) continue;
    size_t keep = ours ? pos : decide(sp, p, &q, last, pos);
    if (keep == DROP || keep <= last) continue;
    st = add_trimmed(doc, last, keep);
    last = keep;
  }
  return st ? st : add_trimmed(doc, last, p->hi);
}

int quoth__split(quoth__splitter *sp, quoth_doc *doc) {
  if (!doc->nparagraphs) return QUOTH_OK;
  int st = icu_boundaries(sp, doc);
  size_t k = 0;
  for (size_t i = 0; !st && i < doc->nparagraphs; i++) {
    para p = {doc->text, doc->paragraphs[i].start, doc->paragraphs[i].end};
    slice icu = icu_slice(sp, &p, &k);
    st = (sp->options & QUOTH_OPT_PLAIN_ICU) ? split_plain(doc, &p, icu)
                                             : split_repaired(sp, doc, &p, icu);
  }
  return st;
}
