/* verify.c - see verify.h and quoth.h ("Quote verification"). */
#include "verify.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* ---- words ------------------------------------------------------------------ */

enum { W_QUOTED = 1, W_INTERLUDE = 2, KEY_MAX = 128 };

typedef struct vword {
  size_t start, end; /* bytes in the document */
  size_t key, klen;  /* folded key in the verifier's key buffer */
  uint64_t hash;
  unsigned flags;
} vword;

typedef struct vslot {
  uint64_t hash;
  size_t first; /* word index + 1; 0 = empty slot */
  size_t count;
} vslot;

typedef struct vpart {
  size_t start, end, st;
} vpart;

struct quoth_verifier {
  const quoth_doc *doc;
  vword *w;
  size_t n, capw;
  char *keys;
  size_t nkeys, capkeys;
  size_t *next; /* next occurrence of the same key, or QUOTH__NONE */
  vslot *slots;
  size_t nslots;
  vpart *parts; /* statement parts sorted by start */
  size_t nparts;
};

static uint64_t hash_key(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h;
}

static int is_word_cp(int32_t c) { return quoth__is_letter(c) || quoth__is_digit(c); }

/* The next word at or after *i: letters and digits, with apostrophes inside
 * ("Libya's").  Returns 0 at the end. */
static int next_word(const char *s, size_t len, size_t *i, size_t *ws, size_t *we) {
  size_t p = *i, next;
  while (p < len && !is_word_cp(quoth__utf8_decode(s, len, p, &next))) p = next;
  if (p >= len) return *i = len, 0;
  *ws = p;
  while (p < len) {
    int32_t c = quoth__utf8_decode(s, len, p, &next);
    if (is_word_cp(c)) {
      p = next;
      continue;
    }
    size_t after;
    if ((c == '\'' || c == 0x2019) && next < len &&
        is_word_cp(quoth__utf8_decode(s, len, next, &after))) {
      p = next;
      continue;
    }
    break;
  }
  *we = *i = p;
  return 1;
}

/* Folds s[0..n) into out (KEY_MAX bytes); falls back to the raw bytes. */
static size_t fold_word(const char *s, size_t n, char *out) {
  size_t k = quoth__fold(s, n, out, KEY_MAX);
  if (k != (size_t)-1) return k;
  k = n < KEY_MAX ? n : KEY_MAX;
  memcpy(out, s, k);
  return k;
}

/* ---- the verifier: index of the document's words ------------------------- */

static int add_word(quoth_verifier *v, size_t ws, size_t we) {
  char key[KEY_MAX];
  size_t k = fold_word(v->doc->text + ws, we - ws, key);
  if (quoth__grow((void **)&v->w, &v->capw, v->n + 1, sizeof *v->w) ||
      quoth__grow((void **)&v->keys, &v->capkeys, v->nkeys + k + 1, 1))
    return QUOTH_ENOMEM;
  memcpy(v->keys + v->nkeys, key, k);
  v->w[v->n++] = (vword){ws, we, v->nkeys, k, hash_key(key, k), 0};
  v->nkeys += k;
  return QUOTH_OK;
}

static int same_key(const quoth_verifier *v, uint64_t h, const char *key, size_t k,
                    const vword *w) {
  return w->hash == h && w->klen == k && !memcmp(v->keys + w->key, key, k);
}

static vslot *find_slot(const quoth_verifier *v, uint64_t h, const char *key, size_t k) {
  size_t mask = v->nslots - 1;
  for (size_t s = (size_t)h & mask;; s = (s + 1) & mask) {
    vslot *sl = &v->slots[s];
    if (!sl->first || (sl->hash == h && same_key(v, h, key, k, &v->w[sl->first - 1]))) return sl;
  }
}

/* Chains every word to the next occurrence of its key (ascending). */
static int build_index(quoth_verifier *v) {
  size_t ns = 16;
  while (ns < 2 * v->n + 1) ns *= 2;
  v->slots = calloc(ns, sizeof *v->slots);
  v->next = malloc((v->n + 1) * sizeof *v->next);
  if (!v->slots || !v->next) return QUOTH_ENOMEM;
  v->nslots = ns;
  for (size_t i = v->n; i-- > 0;) {
    vword *w = &v->w[i];
    vslot *sl = find_slot(v, w->hash, v->keys + w->key, w->klen);
    v->next[i] = sl->first ? sl->first - 1 : QUOTH__NONE;
    sl->hash = w->hash;
    sl->first = i + 1;
    sl->count++;
  }
  return QUOTH_OK;
}

static int cmp_span_start(const void *a, const void *b) {
  const quoth_span *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Marks words inside quotation marks, then the narration words that sit
 * between two quoted words close by ("...," he said. "..."). */
static int flag_quoted(quoth_verifier *v) {
  const quoth_doc *d = v->doc;
  quoth_span *q = malloc((d->nquotes + 1) * sizeof *q);
  if (!q) return QUOTH_ENOMEM;
  for (size_t i = 0; i < d->nquotes; i++) q[i] = d->quotes[i].inner;
  qsort(q, d->nquotes, sizeof *q, cmp_span_start);
  size_t k = 0, reach = 0;
  for (size_t i = 0; i < v->n; i++) {
    while (k < d->nquotes && q[k].start <= v->w[i].start) reach = q[k].end > reach ? q[k].end : reach, k++;
    if (v->w[i].end <= reach) v->w[i].flags |= W_QUOTED;
  }
  free(q);
  size_t last = QUOTH__NONE; /* last quoted word */
  for (size_t i = 0; i < v->n; i++) {
    if (v->w[i].flags & W_QUOTED) last = i;
    else if (last != QUOTH__NONE && i - last <= QUOTH__VERIFY_INTERLUDE) v->w[i].flags |= W_INTERLUDE;
  }
  last = QUOTH__NONE;
  for (size_t i = v->n; i-- > 0;) {
    if (v->w[i].flags & W_QUOTED) last = i;
    else if (last == QUOTH__NONE || last - i > QUOTH__VERIFY_INTERLUDE) v->w[i].flags &= ~(unsigned)W_INTERLUDE;
  }
  return QUOTH_OK;
}

static int cmp_part(const void *a, const void *b) {
  const vpart *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static int index_parts(quoth_verifier *v) {
  const quoth_doc *d = v->doc;
  size_t n = 0;
  for (size_t i = 0; i < d->nstatements; i++) n += d->statements[i].nparts;
  v->parts = malloc((n + 1) * sizeof *v->parts);
  if (!v->parts) return QUOTH_ENOMEM;
  for (size_t i = 0; i < d->nstatements; i++)
    for (size_t p = 0; p < d->statements[i].nparts; p++) {
      quoth_span s = d->statements[i].parts[p];
      v->parts[v->nparts++] = (vpart){s.start, s.end, i};
    }
  qsort(v->parts, v->nparts, sizeof *v->parts, cmp_part);
  return QUOTH_OK;
}

int quoth_verifier_new(const quoth_doc *doc, quoth_verifier **out) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (!doc) return QUOTH_EINVAL;
  quoth_verifier *v = calloc(1, sizeof *v);
  if (!v) return QUOTH_ENOMEM;
  v->doc = doc;
  int r = QUOTH_OK;
  size_t i = 0, ws, we;
  while (!r && next_word(doc->text, doc->len, &i, &ws, &we)) r = add_word(v, ws, we);
  if (!r) r = build_index(v);
  if (!r) r = flag_quoted(v);
  if (!r) r = index_parts(v);
  if (r) {
    quoth_verifier_free(v);
    return r;
  }
  *out = v;
  return QUOTH_OK;
}

void quoth_verifier_free(quoth_verifier *v) {
  if (!v) return;
  free(v->w), free(v->keys), free(v->next), free(v->slots), free(v->parts);
  free(v);
}

/* ---- claims ------------------------------------------------------------------ */

enum { T_WORD, T_GAP, T_BRACKET };

typedef struct ctok {
  int kind;
  size_t start, end; /* bytes in the claim */
  char key[KEY_MAX];
  size_t klen;
  uint64_t hash;
} ctok;

typedef struct claim {
  ctok *t;
  size_t n, cap;
  size_t words, marks;
} claim;

static int add_tok(claim *c, int kind, size_t s, size_t e, const char *text) {
  if (kind != T_WORD && c->n && c->t[c->n - 1].kind == T_GAP && kind == T_GAP) {
    c->t[c->n - 1].end = e; /* ". . . […]" is one gap */
    return QUOTH_OK;
  }
  if (quoth__grow((void **)&c->t, &c->cap, c->n + 1, sizeof *c->t)) return QUOTH_ENOMEM;
  ctok *t = &c->t[c->n++];
  t->kind = kind, t->start = s, t->end = e, t->klen = 0, t->hash = 0;
  if (kind == T_WORD) {
    t->klen = fold_word(text + s, e - s, t->key);
    t->hash = hash_key(t->key, t->klen);
    c->words++;
  } else {
    c->marks++;
  }
  return QUOTH_OK;
}

/* An ellipsis ("...", "…", ". . .") at s[i], or 0; returns its end. */
static size_t ellipsis_at(const char *s, size_t len, size_t i) {
  if (i + 2 < len && !memcmp(s + i, "\xE2\x80\xA6", 3)) return i + 3;
  size_t p = i, dots = 0;
  while (p < len && (s[p] == '.' || (s[p] == ' ' && dots && p + 1 < len && s[p + 1] == '.')))
    dots += s[p++] == '.';
  return dots >= 3 ? p : 0;
}

/* "[…]" or "[...]" is a gap; "[the president]" an insertion; returns the
 * end of the bracket (0 when unclosed) and sets *kind. */
static size_t bracket_at(const char *s, size_t len, size_t i, int *kind) {
  const char *close = memchr(s + i, ']', len - i);
  if (!close) return 0;
  size_t e = (size_t)(close - s) + 1, p = i + 1, ws, we;
  *kind = next_word(s, e - 1, &p, &ws, &we) ? T_BRACKET : T_GAP;
  return e;
}

static int tokenize_claim(const char *s, size_t len, claim *c) {
  size_t i = 0, next;
  while (i < len && c->n < QUOTH__VERIFY_MAX_WORDS) {
    int32_t cp = quoth__utf8_decode(s, len, i, &next);
    size_t e;
    int kind, r = QUOTH_OK;
    if ((e = ellipsis_at(s, len, i))) r = add_tok(c, T_GAP, i, e, s), next = e;
    else if (cp == '[' && (e = bracket_at(s, len, i, &kind))) r = add_tok(c, kind, i, e, s), next = e;
    else if (is_word_cp(cp)) {
      size_t p = i, ws, we;
      next_word(s, len, &p, &ws, &we);
      r = add_tok(c, T_WORD, ws, we, s), next = we;
    }
    if (r) return r;
    i = next;
  }
  return QUOTH_OK;
}

/* ---- candidate diagonals ----------------------------------------------------- */

static int cmp_ll(const void *a, const void *b) {
  long long x = *(const long long *)a, y = *(const long long *)b;
  return x < y ? -1 : x > y;
}

static const vslot *lookup(const quoth_verifier *v, const ctok *t) {
  const vslot *sl = find_slot(v, t->hash, t->key, t->klen);
  return sl->first ? sl : NULL;
}

typedef struct voter {
  size_t tok, wi, count;
} voter;

static int cmp_voter(const void *a, const void *b) {
  const voter *x = a, *y = b;
  return x->count < y->count ? -1 : x->count > y->count ? 1 : (x->tok > y->tok) - (x->tok < y->tok);
}

/* The claim's words present in the text, rarest first. */
static voter *voters(const quoth_verifier *v, const claim *c, size_t *n) {
  voter *vs = malloc((c->words + 1) * sizeof *vs);
  if (!vs) return NULL;
  *n = 0;
  for (size_t i = 0, wi = 0; i < c->n; i++) {
    if (c->t[i].kind != T_WORD) continue;
    const vslot *sl = lookup(v, &c->t[i]);
    if (sl) vs[(*n)++] = (voter){i, wi, sl->count};
    wi++;
  }
  qsort(vs, *n, sizeof *vs, cmp_voter);
  return vs;
}

/* Occurrences of the claim's words vote for "text word - claim word"; the
 * rarest words vote first, within a budget of QUOTH__VERIFY_VOTES, so very
 * frequent words never cost time.  The densest few diagonals are the
 * candidates (starts of windows). */
static int candidates(const quoth_verifier *v, const claim *c, long long *cand, size_t *ncand) {
  size_t nvs, nv = 0;
  voter *vs = voters(v, c, &nvs);
  long long *votes = malloc((QUOTH__VERIFY_VOTES + 1) * sizeof *votes);
  if (!vs || !votes) return free(vs), free(votes), QUOTH_ENOMEM;
  for (size_t k = 0; k < nvs && (k == 0 || nv + vs[k].count <= QUOTH__VERIFY_VOTES); k++) {
    const vslot *sl = lookup(v, &c->t[vs[k].tok]);
    for (size_t p = sl->first - 1; p != QUOTH__NONE && nv < QUOTH__VERIFY_VOTES; p = v->next[p])
      votes[nv++] = (long long)p - (long long)vs[k].wi;
  }
  free(vs);
  qsort(votes, nv, sizeof *votes, cmp_ll);
  *ncand = 0;
  while (*ncand < QUOTH__VERIFY_CANDIDATES) {
    size_t best = 0, besti = 0;
    for (size_t i = 0, j = 0; i < nv; i++) {
      while (j < nv && votes[j] - votes[i] <= QUOTH__VERIFY_CLUSTER) j++;
      int taken = 0;
      for (size_t k = 0; k < *ncand; k++)
        taken |= votes[i] >= cand[k] - (long long)c->words && votes[i] <= cand[k] + (long long)c->words;
      if (!taken && j - i > best) best = j - i, besti = i;
    }
    if (!best) break;
    cand[(*ncand)++] = votes[besti];
  }
  free(votes);
  return QUOTH_OK;
}

/* ---- alignment ------------------------------------------------------------------ */

enum { B_START, B_DIAG, B_UP, B_LEFT };

typedef struct vedit {
  quoth_edit_kind kind;
  quoth_span claim, text;
} vedit;

/* One alignment of the claim against words [lo, hi). */
typedef struct valign {
  vedit *e;
  size_t n, cap;
  size_t cost, matched;
  quoth_span evidence;
} valign;

static int tok_eq(const quoth_verifier *v, const ctok *t, const vword *w) {
  return same_key(v, t->hash, t->key, t->klen, w);
}

/* Semi-global edit distance: the claim must be used whole, the window
 * need not.  back[] holds (T+1) x (W+1) moves; two rows of costs. */
static size_t align_fill(const quoth_verifier *v, const claim *c, size_t lo, size_t W,
                         unsigned char *back, size_t *row0, size_t *row1, size_t *endj) {
  size_t *prev = row0, *cur = row1;
  for (size_t j = 0; j <= W; j++) prev[j] = 0, back[j] = B_START;
  for (size_t i = 1; i <= c->n; i++) {
    const ctok *t = &c->t[i - 1];
    unsigned char *b = back + i * (W + 1);
    int word = t->kind == T_WORD;
    cur[0] = prev[0] + word, b[0] = B_UP;
    for (size_t j = 1; j <= W; j++) {
      const vword *w = &v->w[lo + j - 1];
      size_t up = prev[j] + word, best = up;
      unsigned char mv = B_UP;
      size_t left = cur[j - 1] + (word && !(w->flags & W_INTERLUDE));
      if (word) {
        size_t dg = prev[j - 1] + !tok_eq(v, t, w);
        if (dg <= best) best = dg, mv = B_DIAG;
      }
      if (left < best) best = left, mv = B_LEFT;
      cur[j] = best, b[j] = mv;
    }
    size_t *tmp = prev;
    prev = cur, cur = tmp;
  }
  size_t bj = 0;
  for (size_t j = 1; j <= W; j++)
    if (prev[j] < prev[bj]) bj = j;
  *endj = bj;
  return prev[bj];
}

static int push_edit(valign *a, quoth_edit_kind k, quoth_span claim_span, quoth_span text) {
  if (quoth__grow((void **)&a->e, &a->cap, a->n + 1, sizeof *a->e)) return QUOTH_ENOMEM;
  a->e[a->n++] = (vedit){k, claim_span, text};
  if (k == QUOTH_EDIT_CHANGED || k == QUOTH_EDIT_ADDED || k == QUOTH_EDIT_DROPPED) a->cost++;
  if (k == QUOTH_EDIT_SAME) a->matched++;
  if (text.end) {
    if (!a->evidence.end || text.start < a->evidence.start) a->evidence.start = text.start;
    if (text.end > a->evidence.end) a->evidence.end = text.end;
  }
  return QUOTH_OK;
}

/* Walks the moves back from (T, endj), emitting edits in reverse. */
static int align_trace(const quoth_verifier *v, const claim *c, size_t lo, size_t W,
                       const unsigned char *back, size_t endj, valign *a) {
  size_t i = c->n, j = endj;
  quoth_span absorbed = {0, 0}, none = {0, 0};
  int r = QUOTH_OK;
  while (!r && i > 0) {
    const ctok *t = &c->t[i - 1];
    quoth_span cs = {t->start, t->end};
    unsigned char mv = back[i * (W + 1) + j];
    const vword *w = j ? &v->w[lo + j - 1] : NULL;
    quoth_span ws = w ? (quoth_span){w->start, w->end} : none;
    if (mv == B_DIAG) {
      r = push_edit(a, tok_eq(v, t, w) ? QUOTH_EDIT_SAME : QUOTH_EDIT_CHANGED, cs, ws);
      i--, j--;
    } else if (mv == B_LEFT && t->kind == T_WORD) {
      r = push_edit(a, w->flags & W_INTERLUDE ? QUOTH_EDIT_SKIPPED : QUOTH_EDIT_DROPPED, none, ws);
      j--;
    } else if (mv == B_LEFT) {
      absorbed = (quoth_span){ws.start, absorbed.end ? absorbed.end : ws.end};
      j--;
    } else if (t->kind == T_WORD) {
      r = push_edit(a, QUOTH_EDIT_ADDED, cs, none);
      i--;
    } else {
      r = push_edit(a, t->kind == T_GAP ? QUOTH_EDIT_ELLIPSIS : QUOTH_EDIT_BRACKET, cs, absorbed);
      absorbed = none;
      i--;
    }
  }
  for (size_t k = 0; k < a->n / 2; k++) { /* into text order */
    vedit tmp = a->e[k];
    a->e[k] = a->e[a->n - 1 - k], a->e[a->n - 1 - k] = tmp;
  }
  return r;
}

/* Aligns the claim around diagonal d into a (zeroed). */
static int align_at(const quoth_verifier *v, const claim *c, long long d, unsigned char *back,
                    size_t *rows, valign *a) {
  long long slack = QUOTH__VERIFY_BAND + (long long)QUOTH__VERIFY_GAP_WORDS * (long long)c->marks;
  long long lo = d - slack, hi = d + (long long)c->words + slack + 4 * QUOTH__VERIFY_INTERLUDE;
  if (lo < 0) lo = 0;
  if (hi > (long long)v->n) hi = (long long)v->n;
  if (hi - lo > QUOTH__VERIFY_MAX_WINDOW) {
    lo = d - QUOTH__VERIFY_BAND < 0 ? 0 : d - QUOTH__VERIFY_BAND;
    hi = lo + QUOTH__VERIFY_MAX_WINDOW > (long long)v->n ? (long long)v->n : lo + QUOTH__VERIFY_MAX_WINDOW;
  }
  if (hi <= lo) return QUOTH_OK;
  size_t W = (size_t)(hi - lo), endj;
  align_fill(v, c, (size_t)lo, W, back, rows, rows + W + 1, &endj);
  return align_trace(v, c, (size_t)lo, W, back, endj, a);
}

/* ---- who is credited ----------------------------------------------------------- */

/* The statement whose parts overlap the evidence most, or QUOTH__NONE.  Looks
 * at a bounded number of parts around the evidence. */
static size_t covering_statement(const quoth_verifier *v, quoth_span ev) {
  size_t lo = 0, hi = v->nparts;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v->parts[mid].start <= ev.start) lo = mid + 1;
    else hi = mid;
  }
  size_t best = QUOTH__NONE, bestov = 0, from = lo > 8 ? lo - 8 : 0;
  for (size_t k = from; k < v->nparts && k < lo + 64 && v->parts[k].start < ev.end; k++) {
    const vpart *p = &v->parts[k];
    size_t s = p->start > ev.start ? p->start : ev.start, e = p->end < ev.end ? p->end : ev.end;
    if (e > s && e - s > bestov) bestov = e - s, best = p->st;
  }
  return best;
}

enum { NAME_WORDS = 16 };

typedef struct name_words {
  char key[NAME_WORDS][KEY_MAX];
  size_t len[NAME_WORDS], n;
} name_words;

static void split_name(const char *s, size_t len, name_words *nw) {
  size_t i = 0, ws, we;
  nw->n = 0;
  while (nw->n < NAME_WORDS && next_word(s, len, &i, &ws, &we)) {
    size_t k = fold_word(s + ws, we - ws, nw->key[nw->n]);
    if (k > 2 && !memcmp(nw->key[nw->n] + k - 2, "'s", 2)) k -= 2; /* Saleh's */
    nw->len[nw->n++] = k;
  }
}

static int has_word(const name_words *nw, const char *k, size_t len) {
  for (size_t i = 0; i < nw->n; i++)
    if (nw->len[i] == len && !memcmp(nw->key[i], k, len)) return 1;
  return 0;
}

/* Does one spelling of the entity fit the claimed speaker?  Its last word
 * (the surname, or an organization's head) must be in the claim, and for
 * organizations at least half its words. */
static int spelling_fits(const char *spelling, int person, const name_words *claimed) {
  name_words nw;
  split_name(spelling, strlen(spelling), &nw);
  if (!nw.n || !has_word(claimed, nw.key[nw.n - 1], nw.len[nw.n - 1])) return 0;
  size_t hits = 0;
  for (size_t i = 0; i < nw.n; i++) hits += has_word(claimed, nw.key[i], nw.len[i]);
  return person || 2 * hits >= nw.n;
}

static int speaker_fits(const quoth_entity *e, const char *speaker, size_t slen) {
  name_words claimed;
  split_name(speaker, slen, &claimed);
  if (!claimed.n) return 1;
  if (e->linked != QUOTH__NONE) {
    /* "spokesman of Aguila Saleh": the claim must name the role too, or
     * the spokesman's words would be confirmed as Saleh's own. */
    name_words role;
    split_name(e->name, strlen(e->name), &role);
    if (role.n && !has_word(&claimed, role.key[0], role.len[0])) return 0;
  }
  int person = e->type == QUOTH_ENTITY_PERSON;
  if (spelling_fits(e->name, person, &claimed)) return 1;
  for (size_t i = 0; i < e->naliases; i++)
    if (spelling_fits(e->aliases[i], person, &claimed)) return 1;
  return 0;
}

/* ---- verdicts ------------------------------------------------------------------------ */

struct quoth_verdict {
  quoth_verdict_kind kind;
  valign a;
  size_t words;
  const quoth_statement *st;
  const quoth_entity *credited;
};

static int close_enough(const valign *a, size_t words) {
  if (!a->evidence.end) return 0;
  if (a->cost == 0) return 1;
  /* Altered: at most one edit in four words, three in four words intact
   * (measured in docs/checks.md: 1 false "altered" in 500 absent claims). */
  return a->matched >= 2 && a->matched * 4 >= words * 3 && a->cost * 4 <= words;
}

/* Fills verdict from its alignment. */
static void judge(const quoth_verifier *v, quoth_verdict *vd, const char *speaker, size_t slen) {
  const quoth_doc *d = v->doc;
  if (!close_enough(&vd->a, vd->words)) {
    vd->kind = QUOTH_VERDICT_NOT_FOUND;
    return;
  }
  size_t st = covering_statement(v, vd->a.evidence);
  vd->st = st != QUOTH__NONE ? &d->statements[st] : NULL;
  vd->credited = vd->st ? quoth_statement_speaker(vd->st) : NULL;
  if (vd->a.cost) vd->kind = QUOTH_VERDICT_ALTERED;
  else if (!vd->credited) vd->kind = QUOTH_VERDICT_UNATTRIBUTED;
  else if (!speaker || speaker_fits(vd->credited, speaker, slen)) vd->kind = QUOTH_VERDICT_CONFIRMED;
  else vd->kind = QUOTH_VERDICT_MISATTRIBUTED;
}

/* Lower is better: found before not, then fewer edits, then the claimed
 * speaker before someone else. */
static size_t rank(const quoth_verdict *vd) {
  if (vd->kind == QUOTH_VERDICT_NOT_FOUND) return (size_t)-1;
  return vd->a.cost * 4 + (vd->kind == QUOTH_VERDICT_CONFIRMED ? 0 : 1);
}

static void valign_free(valign *a) { free(a->e); }

/* Aligns at each candidate and keeps the best verdict in *best. */
static int try_candidates(const quoth_verifier *v, const claim *c, const long long *cand,
                          size_t ncand, const char *speaker, size_t slen, quoth_verdict *best) {
  size_t W = QUOTH__VERIFY_MAX_WINDOW;
  if (!ncand) return QUOTH_OK;
  unsigned char *back = malloc((c->n + 1) * (W + 1));
  size_t *rows = malloc(2 * (W + 1) * sizeof *rows);
  int r = back && rows ? QUOTH_OK : QUOTH_ENOMEM;
  for (size_t k = 0; !r && k < ncand; k++) {
    quoth_verdict vd = {.words = c->words};
    r = align_at(v, c, cand[k], back, rows, &vd.a);
    if (!r) judge(v, &vd, speaker, slen);
    if (!r && rank(&vd) < rank(best)) {
      valign_free(&best->a);
      *best = vd;
    } else {
      valign_free(&vd.a);
    }
  }
  free(back), free(rows);
  return r;
}

int quoth_verify(quoth_verifier *v, const char *quote, size_t qlen, const char *speaker,
                 size_t slen, quoth_verdict **out) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (!v || (!quote && qlen) || (!speaker && slen)) return QUOTH_EINVAL;
  size_t bad;
  if (quoth__utf8_check(quote ? quote : "", qlen, &bad) ||
      quoth__utf8_check(speaker ? speaker : "", slen, &bad))
    return QUOTH_EUTF8;
  quoth_verdict *vd = calloc(1, sizeof *vd);
  claim c = {0};
  long long cand[QUOTH__VERIFY_CANDIDATES];
  size_t ncand = 0;
  int r = vd ? tokenize_claim(quote ? quote : "", qlen, &c) : QUOTH_ENOMEM;
  if (!r) vd->kind = QUOTH_VERDICT_NOT_FOUND, vd->words = c.words;
  if (!r && c.words) r = candidates(v, &c, cand, &ncand);
  if (!r) r = try_candidates(v, &c, cand, ncand, slen ? speaker : NULL, slen, vd);
  free(c.t);
  if (r) {
    quoth_verdict_free(vd);
    return r;
  }
  *out = vd;
  return QUOTH_OK;
}

void quoth_verdict_free(quoth_verdict *vd) {
  if (!vd) return;
  valign_free(&vd->a);
  free(vd);
}

/* ---- accessors -------------------------------------------------------------------------- */

static const quoth_span no_span = {0, 0};

quoth_verdict_kind quoth_verdict_kind_of(const quoth_verdict *vd) {
  return vd ? vd->kind : QUOTH_VERDICT_NOT_FOUND;
}

const char *quoth_verdict_kind_name(quoth_verdict_kind k) {
  static const char *const names[] = {"confirmed", "misattributed", "altered", "unattributed",
                                      "not-found"};
  return (unsigned)k < 5 ? names[k] : "not-found";
}

const char *quoth_edit_kind_name(quoth_edit_kind k) {
  static const char *const names[] = {"same",     "changed", "added",  "dropped",
                                      "ellipsis", "bracket", "skipped"};
  return (unsigned)k < 7 ? names[k] : "same";
}

quoth_span quoth_verdict_evidence(const quoth_verdict *vd) {
  return vd && vd->kind != QUOTH_VERDICT_NOT_FOUND ? vd->a.evidence : no_span;
}

const quoth_statement *quoth_verdict_statement(const quoth_verdict *vd) { return vd ? vd->st : NULL; }

const quoth_entity *quoth_verdict_credited(const quoth_verdict *vd) {
  return vd ? vd->credited : NULL;
}

size_t quoth_verdict_cost(const quoth_verdict *vd) { return vd ? vd->a.cost : 0; }

size_t quoth_verdict_claim_words(const quoth_verdict *vd) { return vd ? vd->words : 0; }

size_t quoth_verdict_matched_words(const quoth_verdict *vd) { return vd ? vd->a.matched : 0; }

size_t quoth_verdict_edit_count(const quoth_verdict *vd) {
  return vd && vd->kind != QUOTH_VERDICT_NOT_FOUND ? vd->a.n : 0;
}

quoth_edit_kind quoth_verdict_edit_kind(const quoth_verdict *vd, size_t i) {
  return i < quoth_verdict_edit_count(vd) ? vd->a.e[i].kind : QUOTH_EDIT_SAME;
}

quoth_span quoth_verdict_edit_claim(const quoth_verdict *vd, size_t i) {
  return i < quoth_verdict_edit_count(vd) ? vd->a.e[i].claim : no_span;
}

quoth_span quoth_verdict_edit_text(const quoth_verdict *vd, size_t i) {
  return i < quoth_verdict_edit_count(vd) ? vd->a.e[i].text : no_span;
}
