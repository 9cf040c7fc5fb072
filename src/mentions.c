/* mentions.c - see mentions.h. */
#include "mentions.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_NOMINAL = 4, MAX_RUN = 16, MAX_PP = 8, MAX_DATELINE = 10 };

int quoth__gender_code(const char *col) {
  switch (col ? col[0] : 0) {
  case 'm': case 'M': return 'm';
  case 'f': case 'F': return 'f';
  case 'n': case 'N': return 'n';
  default: return 0;
  }
}

static int is_word(const quoth__tok *k) { return (k->shape & TK_WORD) != 0; }
static int is_cap(const quoth__tok *k) {
  return (k->shape & (TK_CAP | TK_ALLCAPS | TK_INITIAL)) && !(k->shape & TK_NUM);
}
static int is_titleish(const quoth__tok *k) {
  return (k->lex & (LX_TITLE | LX_MOD | LX_HON | LX_DEMONYM)) != 0;
}
/* A nominal head: a role, an organization noun or an anonymous source. */
static int is_head(const quoth__tok *k) {
  return (k->lex & (LX_TITLE | LX_ORGHEAD | LX_ANON)) && !(k->lex & (LX_DET | LX_STOP | LX_PREP));
}

/* Does token i's folded key end with suffix, with more than two bytes
 * before it ("publicly", "releasing"; not "fly")? */
static int key_ends(const quoth__tokens *t, size_t i, const char *suffix) {
  size_t n = strlen(suffix), kl = t->v[i].keylen;
  return kl > n + 2 && memcmp(t->keys + t->v[i].key + kl - n, suffix, n) == 0;
}

/* ---- the document's case profile ---------------------------------------- */

/* How running text writes each word: a word the story writes in lower
 * case mid-sentence ("latest", "wades") and never capitalized there is a
 * common word where a capital is only positional (a sentence start, a
 * title-case headline); a word capitalized mid-sentence is a name there.
 * One pass over the tokens, a hash set of their keys: linear. */
enum { CP_LOWER = 1, CP_CAP = 2, MIN_BODY = 40, TC_WORDS = 12, TC_TOKENS = 32 };

typedef struct caseprof {
  uint32_t *slot;     /* token index + 1 of the word's first occurrence; 0 = empty */
  uint8_t *flags;     /* CP_* per slot */
  uint32_t *tslot;    /* per token: its word's slot + 1, 0 for no word */
  uint8_t *titlecase; /* per segment */
  size_t mask, body;  /* body: running-text words seen */
} caseprof;

/* Per-document state of the mention pass. */
typedef struct mctx {
  const quoth__lexset *ls;
  caseprof cp;
  int titlecase; /* the current segment is a title-case headline */
} mctx;

int quoth__title_case(const quoth__tokens *t, size_t seg) {
  size_t words = 0, caps = 0, s0 = t->segstart[seg];
  for (size_t i = s0; i < t->segstart[seg + 1] && i < s0 + TC_TOKENS && words < TC_WORDS; i++) {
    if (!(t->v[i].shape & TK_WORD) || t->v[i].shape & TK_NUM) continue;
    words++;
    if (t->v[i].shape & (TK_CAP | TK_ALLCAPS)) caps++;
  }
  return words >= 4 && caps * 10 >= words * 9;
}

/* The slot of token i's word (its own or an earlier occurrence's). */
static size_t cp_slot(const caseprof *cp, const quoth__tokens *t, size_t i) {
  const char *k = t->keys + t->v[i].key;
  size_t n = t->v[i].keylen;
  size_t h = (size_t)quoth__hash_add(QUOTH__HASH_SEED, k, n) & cp->mask;
  for (; cp->slot[h]; h = (h + 1) & cp->mask) {
    const quoth__tok *o = &t->v[cp->slot[h] - 1];
    if (o->keylen == n && memcmp(t->keys + o->key, k, n) == 0) break;
  }
  return h;
}

/* Is token i a word of running text: not a sentence's first word, not in
 * a headline, not after a quotation, not in capitals? */
static int cp_body(const caseprof *cp, const quoth__tokens *t, size_t i) {
  const quoth__tok *k = &t->v[i];
  return (k->shape & TK_WORD) && k->keylen && !(k->shape & (TK_NUM | TK_ALLCAPS | TK_SEGSTART |
         TK_PARASTART)) && !cp->titlecase[k->seg] && i > 0 && !(t->v[i - 1].shape & TK_QUOTE) &&
         !quoth__tok_is(t, i - 1, ":");
}

static int cp_build(caseprof *cp, const quoth__tokens *t) {
  size_t cap = 16;
  while (cap < t->n * 2) cap *= 2;
  cp->slot = calloc(cap, sizeof *cp->slot);
  cp->flags = calloc(cap, 1);
  cp->tslot = calloc(t->n + 1, sizeof *cp->tslot);
  cp->titlecase = calloc(t->nsegs + 1, 1);
  if (!cp->slot || !cp->flags || !cp->tslot || !cp->titlecase || t->n >= UINT32_MAX)
    return QUOTH_ENOMEM;
  cp->mask = cap - 1;
  for (size_t s = 0; s < t->nsegs; s++) cp->titlecase[s] = (uint8_t)quoth__title_case(t, s);
  for (size_t i = 0; i < t->n; i++) {
    if (!(t->v[i].shape & TK_WORD) || !t->v[i].keylen) continue;
    size_t h = cp_slot(cp, t, i); /* one look-up per word: later queries read tslot */
    if (!cp->slot[h]) cp->slot[h] = (uint32_t)(i + 1);
    cp->tslot[i] = (uint32_t)(h + 1);
    if (!cp_body(cp, t, i)) continue;
    cp->flags[h] |= (t->v[i].shape & TK_CAP) ? CP_CAP : CP_LOWER;
    cp->body++;
  }
  return QUOTH_OK;
}

static void cp_free(caseprof *cp) {
  free(cp->slot);
  free(cp->flags);
  free(cp->tslot);
  free(cp->titlecase);
}

/* CP_* flags of token i's word (0 when running text never has it). */
static int cp_flags(const caseprof *cp, size_t i) {
  if (!cp->tslot[i] || cp->body < MIN_BODY) return 0;
  return cp->flags[cp->tslot[i] - 1];
}

/* Words a lexicon knows as part of names or roles are never common. */
static const uint32_t NAMEISH = LX_GIVEN | LX_TITLE | LX_HON | LX_ORGHEAD | LX_PLACE | LX_DEMONYM;

/* "Latest", "Publicly", "Nuclear": a capitalized word the story otherwise
 * writes only in lower case. */
static int common_word(const mctx *x, const quoth__tokens *t, size_t i) {
  const quoth__tok *k = &t->v[i];
  /* "Anti-Trump" is written "anti-Trump" mid-sentence: keys are folded */
  return is_cap(k) && !(k->shape & TK_ALLCAPS) && !(k->lex & (NAMEISH | LX_PARTICLE)) &&
         !memchr(t->keys + k->key, '-', k->keylen) && cp_flags(&x->cp, i) == CP_LOWER;
}

/* "Publicly, Trump said", "Latest: ...": a common word alone before a
 * comma or colon, or an adverb in -ly, opens the sentence without naming
 * anyone ("Critics say" keeps its subject). */
static int common_opener(const mctx *x, const quoth__tokens *t, size_t i, size_t end) {
  if (!common_word(x, t, i)) return 0;
  if (i + 1 < end && (quoth__tok_is(t, i + 1, ",") || quoth__tok_is(t, i + 1, ":"))) return 1;
  return key_ends(t, i, "ly");
}

/* "Critics", "Respondents", "Democrats", "Americans": a one-word plural
 * name that running text writes in lower case, or whose singular is a
 * role or a nationality, names a group, not a person ("Sanders" is
 * neither).  2 for an anonymous source ("Aides"), else 1; 0 for none. */
static int group_word(const mctx *x, const quoth__tokens *t, size_t i) {
  const quoth__tok *k = &t->v[i];
  if (k->keylen < 3 || t->keys[k->key + k->keylen - 1] != 's' || (k->shape & TK_ALLCAPS)) return 0;
  if (k->lex & LX_ANON) return 2;
  if (common_word(x, t, i)) return 1;
  const quoth__wordclass *w = quoth__lexset_word(x->ls, t->keys + k->key, k->keylen - 1u);
  return w && (w->lex & (LX_TITLE | LX_DEMONYM));
}

/* "Trump", "Clinton": written capitalized in running text. */
static int body_name(const mctx *x, const quoth__tokens *t, size_t i) {
  return (cp_flags(&x->cp, i) & CP_CAP) != 0;
}

/* An inflected verb ending: "Wades", "Endorsed", "Releasing". */
static int verb_ending(const quoth__tokens *t, size_t i) {
  const char *k = t->keys + t->v[i].key;
  size_t n = t->v[i].keylen;
  if (n < 4) return 0;
  if (k[n - 1] == 's') return k[n - 2] != 's' && k[n - 2] != 'u' && k[n - 2] != 'i';
  return (k[n - 2] == 'e' && k[n - 1] == 'd') || (n > 4 && !memcmp(k + n - 3, "ing", 3));
}

/* "Clinton Wades In on Libya", "Carly Fiorina Endorses Ted Cruz": in a
 * title-case headline a name ends before a function word, a cue verb, or
 * a word running text never capitalizes that is a common word there or
 * looks inflected (with no running text to ask, only the first two). */
static int headline_break(const mctx *x, const quoth__tokens *t, size_t j) {
  const quoth__tok *k = &t->v[j];
  if (!x->titlecase || !is_cap(k) || (k->shape & TK_ALLCAPS) || (k->lex & (NAMEISH | LX_PARTICLE)))
    return 0;
  if (k->lex & (LX_PREP | LX_DET | LX_POSSDET | LX_PRON | LX_STOP | LX_SKIP)) return 1;
  if ((k->lex & (LX_CUE | LX_COG)) && !(k->lex & LX_NOUNCUE)) return 1;
  int f = cp_flags(&x->cp, j);
  return !(f & CP_CAP) && x->cp.body >= MIN_BODY && ((f & CP_LOWER) || verb_ending(t, j));
}

/* Where the name of run [a, b) ends in a headline: the first break, or b. */
static size_t headline_end(const mctx *x, const quoth__tokens *t, size_t a, size_t b) {
  for (size_t j = a + 1; j < b; j++)
    if (headline_break(x, t, j)) return j;
  return b;
}

/* "Newly Released ...", "Big Win For Bernie", "Paid Notice": a headline
 * name part [a, hb) of common words and -ly adverbs names no one. */
static int headline_opener(const mctx *x, const quoth__tokens *t, size_t a, size_t hb) {
  for (size_t j = a; j < hb; j++) {
    const quoth__tok *k = &t->v[j];
    int ly = key_ends(t, j, "ly") && !(k->lex & NAMEISH) && !body_name(x, t, j) &&
             x->cp.body >= MIN_BODY;
    if (!ly && !common_word(x, t, j)) return 0;
  }
  return 1;
}

/* "OneStat.com", "Latinohiphopradio.com": a word ending in a web domain
 * (org_name_heads entries that start with a period) names a site. */
static int web_domain(const mctx *x, const quoth__tokens *t, size_t i) {
  const quoth__tok *k = &t->v[i];
  const char *key = t->keys + k->key, *dot = NULL;
  for (size_t j = 1; j + 1 < k->keylen; j++)
    if (key[j] == '.') dot = key + j;
  return dot && quoth__lex_get(x->ls->orgnameheads, dot, (size_t)(key + k->keylen - dot)) != NULL;
}

/* The known_names type of the run [a, b) ("organization", "place",
 * "other"), or NULL. */
static const char *known_type(const mctx *x, const quoth__tokens *t, size_t a, size_t b) {
  char key[128];
  size_t n = 0;
  for (size_t j = a; j < b; j++) {
    size_t kl = t->v[j].keylen;
    if (!kl || !is_word(&t->v[j]) || n + kl + 1 >= sizeof key) return NULL;
    if (j > a) key[n++] = ' ';
    memcpy(key + n, t->keys + t->v[j].key, kl);
    n += kl;
  }
  const quoth__lexrow *r = n ? quoth__lex_get(x->ls->known, key, n) : NULL;
  return r ? quoth__lex_col(r, 1) : NULL;
}

size_t quoth__add_mention(const quoth__tokens *t, quoth_doc *doc, size_t *at, size_t t0,
                          size_t t1, quoth__mention_kind kind) {
  quoth__mention *m = quoth__doc_add_mention(doc);
  if (!m) return QUOTH__NONE;
  size_t idx = doc->nmentions - 1;
  m->span = (quoth_span){t->v[t0].start, t->v[t1 - 1].end};
  m->head = m->span;
  m->kind = kind;
  m->t0 = t0;
  m->t1 = t1;
  m->sentence = t->v[t0].seg;
  m->entity = m->owner = QUOTH__NONE;
  for (size_t k = t0; k < t1; k++) at[k] = idx;
  return idx;
}

/* Can token j continue a capitalized name run? */
/* Juan "Chico" Manriquez, John “Tig” Tiegen: a short quoted nickname
 * between a given name and a capitalized word is part of the name. */
static int nickname(const quoth__tokens *t, size_t j, size_t end) {
  const quoth__tok *k = &t->v[j];
  return (k->shape & TK_QUOTE) && k->end - k->start <= 24 && j > 0 && j + 1 < end &&
         (t->v[j - 1].lex & LX_GIVEN) && is_cap(&t->v[j - 1]) && is_word(&t->v[j - 1]) &&
         is_cap(&t->v[j + 1]) && is_word(&t->v[j + 1]) && !(t->v[j + 1].lex & LX_STOP);
}

/* "chairman and chief executive officer Bill Ford", "President and CEO
 * Jane Doe": "and" (or "&") joining two titles inside a title run. */
static int title_and(const quoth__tokens *t, size_t j, size_t end) {
  return (quoth__tok_is(t, j, "and") || quoth__tok_is(t, j, "&")) && j > 0 && j + 1 < end &&
         (t->v[j - 1].lex & LX_TITLE) && is_word(&t->v[j - 1]) &&
         ((t->v[j + 1].lex & LX_TITLE) || ((t->v[j + 1].lex & LX_MOD) && !is_cap(&t->v[j + 1]))) &&
         !(t->v[j + 1].lex & (LX_STOP | LX_DET));
}

static int run_continues(const quoth__tokens *t, size_t j, size_t end, int orgish) {
  const quoth__tok *k = &t->v[j];
  if (nickname(t, j, end)) return 1;
  /* "Marks & Spencer", "Procter & Gamble": an ampersand between capitalized
   * words joins one name */
  if (quoth__tok_is(t, j, "&") && j > 0 && j + 1 < end && is_cap(&t->v[j - 1]) &&
      is_word(&t->v[j - 1]) && is_cap(&t->v[j + 1]) && is_word(&t->v[j + 1]))
    return 1;

  if (!is_word(k) || (k->lex & LX_PRON && !is_cap(k))) return 0;
  if (is_cap(k)) {
    /* "Rubio Says Abandoning ...": in a title-case headline a cue verb
     * ends the name. */
    if ((k->lex & LX_CUE) && !(k->lex & (LX_NOUNCUE | LX_TITLE | LX_ORGHEAD)) && k->keylen > 3 &&
        j > 0 && is_cap(&t->v[j - 1])) {
      const char *key = t->keys + k->key;
      char last = key[k->keylen - 1];
      if (last == 's' || (last == 'd' && key[k->keylen - 2] == 'e') || !strcmp(key, "said") ||
          !strcmp(key, "told"))
        return 0;
    }
    return !(k->lex & LX_STOP) || (k->shape & TK_ALLCAPS);
  }
  int next_cap = j + 1 < end && is_cap(&t->v[j + 1]) && is_word(&t->v[j + 1]);
  if (k->lex & LX_PARTICLE) return next_cap;
  if (is_titleish(k) && !(k->lex & (LX_STOP | LX_DET)))
    return next_cap || (j + 1 < end && is_titleish(&t->v[j + 1])) || title_and(t, j + 1, end) ||
           /* "White House official": a role closes a capitalized run */
           (j > 0 && is_cap(&t->v[j - 1]) && is_word(&t->v[j - 1]) && (k->lex & LX_TITLE));
  if (title_and(t, j, end)) return 1;
  if (quoth__tok_is(t, j, "of") || quoth__tok_is(t, j, "for")) {
    size_t n = j + 1;
    if (n < end && quoth__tok_is(t, n, "the")) n++;
    return orgish && n < end && is_cap(&t->v[n]) && is_word(&t->v[n]);
  }
  if (quoth__tok_is(t, j, "the") && orgish) return j > 0 && (quoth__tok_is(t, j - 1, "of") ||
                                                              quoth__tok_is(t, j - 1, "for"));
  return 0;
}

/* "#Franceisstrong Mr. Trump", "Manhattan-made Mr. Trump": an abbreviated
 * gendered honorific inside a run opens a name of its own after a
 * capitalized word that is no title ("New Jersey Gov. Chris Christie"
 * keeps its state). */
static int honorific_break(const quoth__tokens *t, size_t a, size_t j) {
  const quoth__tok *k = &t->v[j];
  return j > a && (k->lex & LX_HON) && !(k->lex & LX_TITLE) && k->keylen > 1 &&
         t->keys[k->key + k->keylen - 1] == '.' && k->gend &&
         quoth__gender_code(quoth__lex_col(k->gend, 1)) && is_cap(&t->v[j - 1]) &&
         is_word(&t->v[j - 1]) && !is_titleish(&t->v[j - 1]);
}

/* End of the name run starting at a (exclusive). */
static size_t run_end(const quoth__tokens *t, size_t a, size_t end) {
  size_t j = a;
  int orgish = 0;
  while (j < end && j - a < MAX_RUN && run_continues(t, j, end, orgish) &&
         !honorific_break(t, a, j)) {
    if (t->v[j].lex & (LX_ORGHEAD | LX_TITLE) && is_cap(&t->v[j])) orgish = 1;
    j++;
  }
  /* Do not end on a connector. */
  while (j > a && !is_cap(&t->v[j - 1]) && !(t->v[j - 1].lex & (LX_TITLE | LX_ORGHEAD))) j--;
  /* "Joseph R. Biden, Jr.": a generational suffix after a comma is part of
   * the name, not a speaker of its own. */
  if (j > a && j + 1 < end && quoth__tok_is(t, j, ",") && (t->v[j + 1].wc & WC_NAME_SUFFIX) &&
      is_cap(&t->v[j + 1]))
    j += 2;
  return j;
}

/* "Secretary of State John Kerry", "Archbishop of Canterbury": a title
 * ending at p followed by "of"/"for" [the] and capitalized words.  The
 * words after "of" belong to the title up to the name, which starts at the
 * first known given name, else is the last one or two words; with a single
 * word after "of", or after a comma (an apposition), the whole run is a
 * title (returns b).  Without "of",
 * returns p unchanged. */
static size_t of_title(const quoth__tokens *t, size_t a, size_t p, size_t b) {
  if (p >= b || !(quoth__tok_is(t, p, "of") || quoth__tok_is(t, p, "for"))) return p;
  size_t j = p + 1;
  if (j < b && quoth__tok_is(t, j, "the")) j++;
  if (j >= b) return p;
  for (size_t i = j; i < b; i++)
    if (!is_cap(&t->v[i]) || !is_word(&t->v[i])) return p;
  size_t n = b - j;
  if (n == 1) return b;
  for (size_t g = j + 1; g + 1 < b; g++)
    if ((t->v[g].lex & LX_GIVEN) && !(t->v[g].lex & (LX_PLACE | LX_ORGHEAD | LX_TITLE)))
      return g;
  /* "Peter King, Republican of New York, said": after a comma the run is
   * an apposition, all title. */
  if (a > 0 && quoth__tok_is(t, a - 1, ",")) return b;
  return n >= 3 ? b - 2 : b - 1;
}

/* "Colleen Deacon", "Editor Martin Baron", "Ms King": a capitalized title
 * word that closes a run directly after a given name or a courtesy
 * honorific is a surname, not a title ("Senate Majority Leader" has no
 * given name before "Leader", "Lord Chancellor" no courtesy honorific). */
static int surname_title(const quoth__tokens *t, size_t j, size_t b) {
  const quoth__tok *g = &t->v[j - 1];
  if (j + 1 != b || !is_cap(&t->v[j]) || !(g->shape & TK_CAP)) return 0;
  if (g->wc & WC_COURTESY) return 1;
  return (g->lex & LX_GIVEN) && !(g->lex & (LX_TITLE | LX_HON | LX_ORGHEAD | LX_PLACE | LX_DEMONYM));
}

/* Length of the title prefix of run [a, b): demonyms, modifiers, titles,
 * honorifics, and acronyms or capitalized words directly before a title
 * ("UN Secretary-General", "Kremlin spokesman"). */
static size_t title_prefix(const quoth__tokens *t, size_t a, size_t b) {
  size_t j = a, last = a;
  while (j < b) {
    const quoth__tok *k = &t->v[j];
    if (is_titleish(k) && !(j > a && surname_title(t, j, b))) {
      j++;
      if (k->lex & (LX_TITLE | LX_HON)) last = j;
      continue;
    }
    if (j > a && j + 1 < b && title_and(t, j, b)) {
      j++;
      continue;
    }
    if (j + 1 < b && (t->v[j + 1].lex & LX_TITLE) && is_cap(k) && !surname_title(t, j + 1, b)) {
      j++;
      continue;
    }
    break;
  }
  return last > a ? of_title(t, a, last, b) : a;
}

static int run_has(const quoth__tokens *t, size_t a, size_t b, uint32_t bits) {
  for (size_t j = a; j < b; j++)
    if (t->v[j].lex & bits && is_cap(&t->v[j])) return 1;
  return 0;
}

/* A parenthesized acronym after a name: "(OIC)".  Returns tokens consumed. */
static size_t paren_acronym(const quoth__tokens *t, size_t j, size_t end) {
  if (j + 2 < end && quoth__tok_is(t, j, "(") && (t->v[j + 1].shape & TK_ALLCAPS) &&
      quoth__tok_is(t, j + 2, ")"))
    return 3;
  return 0;
}

/* Are all the words of [a, b) in capitals? */
static int all_caps(const quoth__tokens *t, size_t a, size_t b) {
  for (size_t j = a; j < b; j++)
    if (is_word(&t->v[j]) && !(t->v[j].shape & TK_ALLCAPS)) return 0;
  return 1;
}

static int mention_gender(const quoth__tokens *t, size_t a, size_t b) {
  for (size_t j = a; j < b; j++) {
    if (t->v[j].given && j + 1 < b && (t->v[j].shape & TK_CAP)) { /* "Hillary Clinton" */
      int g = quoth__gender_code(quoth__lex_col(t->v[j].given, 1));
      if (g) return g;
    }
    if (t->v[j].gend) {
      int g = quoth__gender_code(quoth__lex_col(t->v[j].gend, t->v[j].lex & LX_HON ? 1 : 2));
      if (g) return g;
    }
  }
  return 0;
}

/* Is token i a cue verb (not a form that is also a noun), after at most
 * two adverbs or auxiliaries ("has also said")? */
static int cue_verb_at(const quoth__tokens *t, size_t i, size_t end) {
  for (int k = 0; k < 2 && i < end && (t->v[i].lex & LX_SKIP) && !(t->v[i].lex & LX_CUE); k++) i++;
  return i < end && (t->v[i].lex & LX_CUE) && !(t->v[i].lex & LX_NOUNCUE);
}

/* "Senate Majority Leader Mitch McConnell", "White House spokesman Josh
 * Earnest": an organization, a title, then one to three plain capitalized
 * words name a person, and the organization belongs to the title.  Returns
 * where the name starts, or a when the run has no such shape. */
static size_t org_title_name(const quoth__tokens *t, size_t a, size_t b) {
  const uint32_t not_name = LX_TITLE | LX_HON | LX_ORGHEAD | LX_PLACE | LX_DEMONYM | LX_MOD;
  size_t j = b;
  while (j > a && is_cap(&t->v[j - 1]) && !(t->v[j - 1].lex & not_name) &&
         !(t->v[j - 1].shape & TK_ALLCAPS) && b - j < 4)
    j--;
  if (j == b || j == a || b - j > 3) return a;
  if (t->v[j - 1].lex & (LX_TITLE | LX_HON)) return run_has(t, a, j, LX_ORGHEAD) ? j : a;
  /* "White House Chief of Staff Denis McDonough": a title "TITLE of Word"
   * ends right before the name, its last word taken for the name's */
  if (j + 2 < b && j >= a + 2 && quoth__tok_is(t, j - 1, "of") && (t->v[j - 2].lex & LX_TITLE) &&
      (t->v[j + 1].lex & LX_GIVEN))
    return run_has(t, a, j - 1, LX_ORGHEAD) ? j + 1 : a;
  return a;
}

/* "Don Guardian", "Mayor Don Guardian": an organization noun closing a
 * run directly after a given name is a surname, the run a person's name
 * ("The Guardian", "Hillary Clinton Foundation" keep theirs: no given name
 * just before, or another organization noun). */
static int given_orghead(const quoth__tokens *t, size_t a, size_t b) {
  if (b < a + 2 || !(t->v[b - 1].lex & LX_ORGHEAD) || !(t->v[b - 1].shape & TK_CAP)) return 0;
  const quoth__tok *g = &t->v[b - 2];
  if (!(g->lex & LX_GIVEN) || !(g->shape & TK_CAP) || (g->shape & TK_ALLCAPS) ||
      (g->lex & (LX_ORGHEAD | LX_TITLE | LX_PLACE | LX_DEMONYM)))
    return 0;
  return !run_has(t, a, b - 1, LX_ORGHEAD);
}

/* "security firm Sophos", "oil giant Yukos", "Russian oil giant Yukos":
 * a lower-case organization noun right before a name that opens with no
 * given name describes it, so the name is an organization's (not "club
 * Arsene Wenger", nor a title's: "firm boss Tom Smith"). */
static int org_described(const quoth__tokens *t, size_t a, size_t p, size_t b) {
  if (a == 0 || p != a) return 0;
  const quoth__tok *w = &t->v[a - 1];
  return (w->lex & LX_ORGHEAD) && !(w->shape & TK_CAP) && w->seg == t->v[a].seg &&
         !run_has(t, a, b, LX_GIVEN) && b <= a + 3;
}

/* "Marks & Spencer", "Ernst & Young": names joined by "&" are a firm's. */
static int run_has_ampersand(const quoth__tokens *t, size_t a, size_t b) {
  for (size_t j = a; j < b; j++)
    if (quoth__tok_is(t, j, "&")) return 1;
  return 0;
}

/* Classifies and records the run [a, b) (det before a when withdet); the
 * mention runs on to tail ("Clinton Wades In" of a headline is named
 * "Clinton" but still spans the words the attribution patterns read). */
static size_t add_run(const mctx *x, const quoth__tokens *t, quoth_doc *doc, size_t *at,
                      size_t d, size_t a, size_t b, size_t tail, size_t end, int *err) {
  size_t p = title_prefix(t, a, b);
  /* "Planned Parenthood", "Islamic State": a known name of an organization
   * (places and things are typed by the entities stage). */
  const char *known = known_type(x, t, a, b);
  if (!known && p > a && p < b) known = known_type(x, t, p, b);
  /* "Jupiter Research", "WMC Resources": a capitalized company word ends it */
  const quoth__tok *last = &t->v[b - 1];
  if (!known && b >= a + 2 && (last->shape & TK_CAP) && last->keylen &&
      quoth__lex_get(x->ls->orgnameheads, t->keys + last->key, last->keylen))
    known = "organization";
  if (!known && web_domain(x, t, b - 1)) known = "organization"; /* "OneStat.com said" */
  int orghead = run_has(t, p < b ? p : a, b, LX_ORGHEAD) && !given_orghead(t, a, b);
  if (orghead) {
    size_t q = org_title_name(t, a, b);
    if (q > a) p = q;
  }
  quoth__mention_kind kind;
  if (!is_cap(&t->v[b - 1]) && (t->v[b - 1].lex & LX_TITLE)) kind = QUOTH__M_NOMINAL;
  else if (known && !strcmp(known, "organization")) kind = QUOTH__M_ORG;
  else if (run_has(t, p < b ? p : a, b, LX_ORGHEAD) && !given_orghead(t, a, b)) kind = QUOTH__M_ORG;
  else if (p == b) kind = QUOTH__M_NOMINAL;
  else if (org_described(t, a, p, b) || run_has_ampersand(t, p, b)) kind = QUOTH__M_ORG;
  else if (p + 1 == b && known && (t->v[p].shape & TK_ALLCAPS))
    return QUOTH__NONE; /* "EST": a known thing in capitals, no acronym */
  else if (p + 1 == b && (t->v[p].shape & TK_ALLCAPS) &&
           (t->v[p].lex & (LX_STOPNAME | LX_PRON)) != LX_STOPNAME)
    kind = QUOTH__M_ORG; /* not "WATCH:", "Q&A:" (labels in capitals) */
  else if (p + 1 == b && (t->v[p].lex & (LX_PLACE | LX_DEMONYM)) && cue_verb_at(t, b, end))
    kind = QUOTH__M_ORG; /* "Beijing said": a capital or country speaks for its government */
  else if (p + 1 == b && (t->v[p].lex & (LX_PLACE | LX_STOPNAME | LX_DEMONYM))) return QUOTH__NONE;
  else kind = QUOTH__M_NAME;
  /* "LOS ANGELES (AP) —": after a name in capitals (a dateline) the
   * bracket holds a wire agency, no acronym of the name. */
  size_t acr = all_caps(t, a, b) ? 0 : paren_acronym(t, b, end);
  size_t mi = quoth__add_mention(t, doc, at, d, tail > b + acr ? tail : b + acr, kind);
  if (mi == QUOTH__NONE) {
    *err = QUOTH_ENOMEM;
    return mi;
  }
  quoth__mention *m = &doc->mentions[mi];
  if (kind == QUOTH__M_NAME) {
    /* "elect Hillary Clinton", "state Hillary Clinton": lower-case
     * modifiers with no title are not part of the name. */
    size_t h = p;
    if (p == a)
      while (h + 1 < b && !is_cap(&t->v[h]) && is_titleish(&t->v[h])) h++;
    m->head = (quoth_span){t->v[h].start, t->v[b - 1].end};
    if (p > a) m->title = (quoth_span){t->v[a].start, t->v[p - 1].end};
  } else {
    /* "former Republican National Committee data strategists": a
     * lower-case modifier before a capitalized organization name is no
     * part of its name (the mention keeps it). */
    size_t h = a;
    if (kind == QUOTH__M_ORG)
      while (h + 1 < b && !is_cap(&t->v[h]) && is_titleish(&t->v[h]) && is_cap(&t->v[h + 1])) h++;
    m->head = (quoth_span){t->v[h].start, t->v[b - 1].end};
  }
  if (acr) m->alias = (quoth_span){t->v[b + 1].start, t->v[b + 1].end};
  m->gender = kind == QUOTH__M_ORG ? 'n' : mention_gender(t, a, b);
  /* "Democrats", "Analysts": a one-word name in -s may be plural. */
  if ((kind == QUOTH__M_NAME || kind == QUOTH__M_ORG) && b == a + 1 && t->v[a].keylen > 3 &&
      t->keys[t->v[a].key + t->v[a].keylen - 1] == 's' && !(t->v[a].shape & TK_ALLCAPS))
    m->plural = 1; /* "Companies say" */
  m->group = kind == QUOTH__M_NAME && b == a + 1 ? group_word(x, t, a) : 0; /* "MPs say" */
  return mi;
}

/* "the defense ministry", "his spokesman", "a senior official": a
 * determiner, up to MAX_NOMINAL modifiers, and a head noun.  Returns the end
 * of the head, or 0. */
static size_t nominal_end(const quoth__tokens *t, size_t d, size_t end) {
  size_t head = 0;
  for (size_t j = d + 1; j < end && j <= d + MAX_NOMINAL + 1; j++) {
    const quoth__tok *k = &t->v[j];
    /* "the two firms", "the 10 companies": a count after the determiner */
    if (j == d + 1 && ((k->wc & WC_PLURAL_QUANTIFIER) || (k->shape & TK_NUM)) &&
        !(k->lex & (LX_POSSDET | LX_PRON)))
      continue;
    if (!is_word(k) || k->lex & (LX_STOP | LX_DET | LX_POSSDET | LX_PREP | LX_PRON) ||
        (k->lex & LX_CUE && !(k->lex & LX_NOUNCUE)))
      break;
    if (is_head(k)) head = j + 1;
    else if (head) break;
  }
  return head;
}

static int pronoun_mention(const quoth__tokens *t, quoth_doc *doc, size_t *at, size_t i) {
  size_t mi = quoth__add_mention(t, doc, at, i, i + 1, QUOTH__M_PRONOUN);
  if (mi == QUOTH__NONE) return QUOTH_ENOMEM;
  quoth__mention *m = &doc->mentions[mi];
  m->gender = quoth__gender_code(quoth__lex_col(t->v[i].pron, 3));
  m->plural = quoth__lex_col(t->v[i].pron, 2)[0] == 'p';
  m->person = quoth__lex_col(t->v[i].pron, 1)[0] - '0';
  return QUOTH_OK;
}

/* "Beijing said", "Reading said": a capitalized "-ing" word opening a
 * sentence is a name, not a gerund, when the lexicons know it as a place or
 * a cue verb follows it directly. */
static int is_place_subject(const quoth__tokens *t, size_t a, size_t end) {
  if (t->v[a].lex & (LX_DEMONYM | LX_PLACE)) return 1;
  return cue_verb_at(t, a + 1, end);
}

/* "Sen. Mike Lee (R-Utah)", "Rep. Jason Chaffetz, R-Utah,": a US party
 * letter, a hyphen and a state after a bracket or comma tag a name and
 * name no one themselves. */
static int party_tag(const quoth__tokens *t, size_t i) {
  const quoth__tok *k = &t->v[i];
  const char *key = t->keys + k->key;
  return i > 0 && is_cap(k) && k->keylen > 2 && key[1] == '-' &&
         (key[0] == 'r' || key[0] == 'd' || key[0] == 'i') &&
         (quoth__tok_is(t, i - 1, "(") || quoth__tok_is(t, i - 1, ","));
}

/* "Using Ted Cruz ...", "Interrupting Mr Sukul, ...": a capitalized
 * "-ing" word opening a name run (a sentence or a title-case headline),
 * directly before a given name or an honorific, is a verb, not the start of the name ("Irving Berlin":
 * a given name itself; "Reading" or "Wyoming": a place). */
static int gerund_before_name(const mctx *x, const quoth__tokens *t, size_t a, size_t end) {
  const quoth__tok *k = &t->v[a];
  if (a + 1 >= end || !(k->shape & TK_CAP) || (k->shape & TK_ALLCAPS) || k->keylen <= 4 ||
      memcmp(t->keys + k->key + k->keylen - 3, "ing", 3) != 0 ||
      (k->lex & (LX_GIVEN | LX_PLACE | LX_DEMONYM | LX_TITLE | LX_ORGHEAD | LX_HON)))
    return 0;
  const quoth__tok *n = &t->v[a + 1];
  if (n->keylen && quoth__lex_get(x->ls->placeheads, t->keys + n->key, n->keylen))
    return 0; /* "Downing Street" */
  /* "Celebrating Clinton", "Bashing Trump": or before a word running text
   * capitalizes (a name of the story) when it never capitalizes the -ing
   * word itself ("Manning" and "Fielding" are names there too) */
  return is_cap(n) && is_word(n) &&
         ((n->lex & (LX_GIVEN | LX_HON)) || (body_name(x, t, a + 1) && !body_name(x, t, a)));
}

/* "Clinton campaign manager Robby Mook", "Ayotte campaign manager Jon
 * Kohan": a name run ending at b, one or two lower-case organization
 * nouns or title modifiers, then a
 * lower-case title leading into a capitalized name.  The name before is a
 * modifier of the title, not a mention of its own.  Returns the title's
 * token, or 0. */
static size_t modifier_title(const quoth__tokens *t, size_t b, size_t end) {
  const uint32_t stop = LX_STOP | LX_DET | LX_POSSDET | LX_PREP | LX_PRON | LX_SKIP | LX_CUE;
  for (size_t j = b; j < end && j < b + 3; j++) {
    const quoth__tok *k = &t->v[j];
    if (!is_word(k) || is_cap(k)) return 0;
    if (j > b && (k->lex & LX_TITLE) && !(k->lex & stop))
      return j + 1 < end && is_cap(&t->v[j + 1]) && is_word(&t->v[j + 1]) &&
                     !(t->v[j + 1].lex & LX_STOP)
                 ? j
                 : 0;
    /* the nouns between are organization nouns or title modifiers
     * ("campaign", "press", "senior"): "Sella believes coach Laporte" is
     * a clause */
    if ((k->lex & (stop | LX_TITLE)) || !(k->lex & (LX_ORGHEAD | LX_MOD))) return 0;
  }
  return 0;
}

/* "Anwar al-Awlaki", "Ahmed el-Tayeb": a lower-case particle joined by a
 * hyphen to a capitalized surname continues the name of the capitalized
 * word before it ("al-Qaida-linked" after a name is no part of it: the
 * rest after the particle must be capitalized). */
static int particle_surname(const mctx *x, const quoth__tokens *t, const quoth_doc *doc,
                            size_t j, size_t end) {
  if (j == 0 || j >= end || !is_word(&t->v[j]) || is_cap(&t->v[j]) || !is_cap(&t->v[j - 1]) ||
      !is_word(&t->v[j - 1]))
    return 0;
  const quoth__tok *k = &t->v[j];
  const char *key = t->keys + k->key, *h = memchr(key, '-', k->keylen);
  size_t p = h ? (size_t)(h - key) : 0; /* the particle's length */
  if (!p || p > 4 || p + 2 > k->keylen) return 0;
  const quoth__wordclass *w = quoth__lexset_word(x->ls, key, p);
  if (!w || !(w->lex & LX_PARTICLE)) return 0;
  size_t after = k->start + p + 1; /* keys are folded bytes of the text */
  if (after >= k->end || doc->text[after - 1] != '-' || memchr(h + 1, '-', k->keylen - p - 1))
    return 0;
  return doc->text[after] >= 'A' && doc->text[after] <= 'Z';
}

/* "Brian May said", "Al From, who ...": a capitalized function word after
 * a known given name inside a sentence is the surname ("may", "from" are
 * never capitalized there).  Not in a title-case headline ("Hillary Will
 * Win"). */
static int stopword_surname(const mctx *x, const quoth__tokens *t, size_t j, size_t end) {
  if (x->titlecase || j == 0 || j >= end || !is_word(&t->v[j]) || !is_cap(&t->v[j])) return 0;
  const quoth__tok *k = &t->v[j], *g = &t->v[j - 1];
  return (k->lex & LX_STOP) && !(k->shape & (TK_SEGSTART | TK_ALLCAPS)) && (g->lex & LX_GIVEN) &&
         is_cap(g) && !(g->lex & (LX_TITLE | LX_HON | LX_STOP));
}

/* "Footage of Al-Awlaki appears", "Video of the event": a capitalized word
 * alone opening a sentence before "of", that running text never
 * capitalizes and no lexicon knows as part of a name, is a common noun
 * ("Sanders of Vermont" is written capitalized mid-sentence). */
static int common_head_of(const mctx *x, const quoth__tokens *t, size_t a, size_t b,
                          size_t end) {
  const quoth__tok *k = &t->v[a];
  if (b != a + 1 || b >= end || !quoth__tok_is(t, b, "of") || (k->shape & TK_ALLCAPS) ||
      (k->lex & (NAMEISH | LX_PARTICLE)))
    return 0;
  if (common_word(x, t, a)) return 1;
  return (k->shape & TK_SEGSTART) && x->cp.body >= MIN_BODY && !body_name(x, t, a);
}

/* Mentions starting at token i (a word outside quotes); returns the next
 * token to look at. */
/* "Understated Perez raises political profile", "Embattled Clinton
 * ...": a word in -ed opening a sentence, never capitalized inside one,
 * before a word running text writes capitalized, is a modifier of the
 * name, not a given name ("Ahmed", "Fred" are capitalized there or given
 * names). */
static int opening_participle(const mctx *x, const quoth__tokens *t, size_t a, size_t b) {
  const quoth__tok *k = &t->v[a];
  /* "United Gun Group", "Allied Insurance Co.": a word of an organization's
   * name ("Houston-based Continental" is no name) */
  if (!memchr(t->keys + k->key, '-', k->keylen) && run_has(t, a, b, LX_ORGHEAD)) return 0;
  return a + 1 < b && (k->shape & TK_SEGSTART) && is_cap(k) && !(k->shape & TK_ALLCAPS) &&
         !(k->lex & (NAMEISH | LX_PARTICLE)) && k->keylen >= 6 && key_ends(t, a, "ed") &&
         !key_ends(t, a, "eed") && x->cp.body >= MIN_BODY && !body_name(x, t, a) &&
         body_name(x, t, a + 1);
}

static size_t mention_at(const mctx *x, const quoth__tokens *t, quoth_doc *doc, size_t *at,
                         size_t i, size_t end, int *err) {
  const quoth__tok *k = &t->v[i];
  size_t d = i, a = i;
  int cap_next = i + 1 < end && is_cap(&t->v[i + 1]) && is_word(&t->v[i + 1]) &&
                 !(t->v[i + 1].lex & LX_DEMONYM) && !(t->v[i + 1].shape & TK_ALLCAPS);
  /* "Us magazine", "Our Principles PAC": a capitalized pronoun inside a
   * sentence, before a capitalized word, opens a name */
  int name_pron = (k->lex & LX_PRON) && is_cap(k) && !(k->shape & TK_SEGSTART) && cap_next &&
                  !quoth__tok_is(t, i, "i");
  if ((k->lex & (LX_DET | LX_POSSDET)) && !name_pron) {
    size_t h = cap_next && !(k->lex & LX_POSSDET) ? 0 : nominal_end(t, i, end);
    /* "the Libyan National Army": a capitalized head makes it a name. */
    if (h && is_cap(&t->v[h - 1]) && !(k->lex & LX_POSSDET) && !(t->v[h - 1].shape & TK_ALLCAPS))
      h = 0;
    if (h && !(h < end && is_cap(&t->v[h]) && is_word(&t->v[h]) && !(t->v[h].lex & LX_STOP))) {
      if (k->lex & LX_POSSDET && k->pron && pronoun_mention(t, doc, at, i)) goto oom;
      size_t owner = (k->lex & LX_POSSDET && k->pron) ? doc->nmentions - 1 : QUOTH__NONE;
      int anon = (t->v[h - 1].lex & LX_ANON) && !(t->v[h - 1].lex & (LX_TITLE | LX_ORGHEAD));
      size_t mi = quoth__add_mention(t, doc, at, i, h,
                                     anon ? QUOTH__M_ANON : QUOTH__M_NOMINAL);
      if (mi == QUOTH__NONE) goto oom;
      doc->mentions[mi].owner = owner;
      doc->mentions[mi].plural = t->v[h - 1].end > t->v[h - 1].start &&
                                 doc->text[t->v[h - 1].end - 1] == 's';
      doc->mentions[mi].gender = mention_gender(t, i, h);
      if (t->v[h - 1].lex & LX_ORGHEAD) doc->mentions[mi].gender = 'n';
      return h;
    }
    if (!quoth__tok_is(t, i, "the")) {
      if (k->lex & LX_PRON && pronoun_mention(t, doc, at, i)) goto oom;
      return i + 1;
    }
    a = i + 1;
  } else if ((k->lex & LX_PRON) && !name_pron) {
    if (pronoun_mention(t, doc, at, i)) goto oom;
    return i + 1;
  }
  if (a >= end || !is_word(&t->v[a])) return a > i ? a : i + 1;
  if (party_tag(t, a)) return a + 1;
  /* A capitalized run, or a lower-case title leading into one. */
  size_t a0 = a;
  while (a < end && is_cap(&t->v[a]) && (t->v[a].lex & LX_STOPNAME) && !(t->v[a].lex & LX_TITLE) &&
         a + 1 < end && is_word(&t->v[a + 1]))
    a++, d = a;
  if (gerund_before_name(x, t, a, end)) a++, d = a;
  /* "'Black Lives Matter' Sends Brutal Message To Hillary": a headline
   * verb opens no name (a common word stays in the mention: "Hacker
   * Guccifer:") */
  while (a + 1 < end && headline_break(x, t, a) && !common_word(x, t, a) && is_cap(&t->v[a + 1]) &&
         is_word(&t->v[a + 1]))
    a++, d = a;
  /* "Then she added": after a skipped sentence opener, look at the next
   * word afresh (a pronoun, a determiner). */
  if (a > a0 && !is_cap(&t->v[a])) return a;
  if (!is_cap(&t->v[a]) && !(is_titleish(&t->v[a]) && run_continues(t, a, end, 0))) {
    if (t->v[a].lex & LX_ANON && is_head(&t->v[a])) {
      size_t mi = quoth__add_mention(t, doc, at, a, a + 1, QUOTH__M_ANON);
      if (mi == QUOTH__NONE) goto oom;
      doc->mentions[mi].plural = 1;
    }
    return a + 1;
  }
  size_t b = run_end(t, a, end);
  if (b <= a) return a + 1;
  if (b - a < MAX_RUN && particle_surname(x, t, doc, b, end)) b++;
  else if (b - a < MAX_RUN && stopword_surname(x, t, b, end)) b++;
  if (b == a + 1 && (common_opener(x, t, a, end) || common_head_of(x, t, a, b, end))) return b;
  if (b == a + 1 && !(t->v[a].shape & TK_ALLCAPS) && !(t->v[a].lex & (LX_TITLE | LX_ORGHEAD))) {
    /* "Losing a race", "the Democratic debate": a gerund opening a sentence
     * or an adjective before a noun is no name. */
    size_t kl = t->v[a].keylen;
    int gerund = kl > 4 && memcmp(t->keys + t->v[a].key + kl - 3, "ing", 3) == 0 &&
                 (t->v[a].shape & TK_SEGSTART) && !is_place_subject(t, a, end);
    int modifier = d < a && b < end && is_word(&t->v[b]) && !is_cap(&t->v[b]) &&
                   !(t->v[b].lex & (LX_CUE | LX_SKIP | LX_STOP | LX_PREP));
    if (gerund || modifier) return b;
  }
  size_t ta = modifier_title(t, b, end);
  if (ta) { /* the mention spans the modifier, the name starts after the title */
    size_t b2 = run_end(t, ta, end);
    if (b2 > ta + 1) {
      add_run(x, t, doc, at, d, ta, headline_end(x, t, ta, b2), b2, end, err);
      return b2 + paren_acronym(t, b2, end);
    }
  }
  size_t hb = headline_end(x, t, a, b);
  if (x->titlecase && headline_opener(x, t, a, hb)) return b;
  /* "Hacker Guccifer:", "New EU rules": a common word opening a sentence
   * is no part of the name (the mention keeps it) */
  if (a + 1 < hb && (common_word(x, t, a) || opening_participle(x, t, a, hb))) a++;
  add_run(x, t, doc, at, d, a, hb, b, end, err);
  return b + paren_acronym(t, b, end);
oom:
  *err = QUOTH_ENOMEM;
  return end;
}

/* The subject of a segment: the first mention outside prepositional
 * phrases and possessives.  (Preferring a mention followed by a predicate
 * was tried and resolved fewer pronouns right on PolNeAR.) */
static int is_comma_tok(const quoth__tokens *t, size_t i) { return quoth__tok_is(t, i, ","); }

/* "his wife, Jane, offered", "Another superdelegate, Michael Brown of ...,":
 * the name in apposition to the subject is a subject too (and, coming
 * later, the one a following "he" or "she" finds first). */
static void mark_apposition(const quoth__tokens *t, quoth_doc *doc, size_t m) {
  size_t c = doc->mentions[m].t1;
  /* "a worker named Antonio Arroyo has ...": the name of the subject is
   * the subject too */
  if (doc->mentions[m].kind != QUOTH__M_NAME && c + 1 < t->n &&
      (quoth__tok_is(t, c, "named") || quoth__tok_is(t, c, "called")) && m + 1 < doc->nmentions &&
      doc->mentions[m + 1].t0 == c + 1 && doc->mentions[m + 1].kind == QUOTH__M_NAME) {
    doc->mentions[m + 1].subject = 1;
    return;
  }
  /* "The director of the European Centre, Ina Kirsch, told": a role's own
   * short prepositional phrase comes before the name in apposition. */
  if (doc->mentions[m].kind != QUOTH__M_NAME && c < t->n && (t->v[c].lex & LX_PREP) &&
      !(t->v[c].lex & LX_SKIP)) {
    size_t e = c + 1;
    while (e < t->n && e - c < MAX_PP && (is_word(&t->v[e]) || (t->v[e].shape & TK_POSS)) &&
           !(t->v[e].lex & LX_CUE))
      e++;
    c = e;
  }
  if (c >= t->n || !is_comma_tok(t, c)) return;
  for (size_t k = m + 1; k < doc->nmentions && doc->mentions[k].t0 <= c + 1; k++) {
    quoth__mention *n = &doc->mentions[k];
    if (n->t0 == c + 1 && n->kind == QUOTH__M_NAME && n->t1 < t->n &&
        (is_comma_tok(t, n->t1) || quoth__tok_is(t, n->t1, "of")))
      n->subject = 1;
  }
}

/* A dash of a dateline: "—", "―", "–", "--" or a spaced "-". */
static int dateline_dash(const quoth__tokens *t, size_t i) {
  return quoth__tok_is(t, i, "\xE2\x80\x94") || quoth__tok_is(t, i, "\xE2\x80\x95") ||
         quoth__tok_is(t, i, "\xE2\x80\x93") ||
         (quoth__tok_is(t, i, "-") && i > 0 && t->v[i - 1].end < t->v[i].start);
}

/* "WASHINGTON — Sen. Chuck Grassley on Wednesday said", "ORLANDO, Fla.
 * (Reuters) - President Barack Obama met": a paragraph opening with a
 * place in capitals, then at most a state, a date and an agency in
 * brackets, then a dash, is a dateline.  Returns the token after the dash,
 * or s0 when the segment has none. */
static size_t dateline_end(const quoth__tokens *t, size_t s0, size_t end) {
  if (s0 >= end || !(t->v[s0].shape & TK_PARASTART) || !(t->v[s0].shape & TK_ALLCAPS))
    return s0;
  for (size_t i = s0 + 1; i < end && i - s0 < MAX_DATELINE; i++) {
    if (dateline_dash(t, i)) {
      while (i + 1 < end && quoth__tok_is(t, i + 1, "-")) i++; /* "--" */
      /* the story's first sentence opens after it ("NATO -- the alliance
       * -- said" is an apposition, not a dateline) */
      return i + 1 < end && (is_cap(&t->v[i + 1]) || (t->v[i + 1].shape & TK_QUOTE)) ? i + 1 : s0;
    }
    const quoth__tok *k = &t->v[i];
    int cap = is_word(k) && (is_cap(k) || (k->shape & TK_NUM));
    int punct = quoth__tok_is(t, i, ",") || quoth__tok_is(t, i, "(") || quoth__tok_is(t, i, ")") ||
                quoth__tok_is(t, i, ".") || quoth__tok_is(t, i, "-");
    if (!cap && !punct && !(k->shape & TK_NUM)) return s0;
  }
  return s0;
}

/* "Iowa State University's Dianne Bystrom", "CNN's Jake Tapper": a name
 * owned by the name before it is the noun phrase's head, so the subject. */
static int owned_name(const quoth__tokens *t, const quoth_doc *doc, size_t m) {
  const quoth__mention *o = &doc->mentions[m];
  if (m + 1 >= doc->nmentions || o->t1 >= t->n || !(t->v[o->t1].shape & TK_POSS)) return 0;
  if (o->kind != QUOTH__M_NAME && o->kind != QUOTH__M_ORG) return 0;
  const quoth__mention *n = &doc->mentions[m + 1];
  return n->t0 == o->t1 + 1 && n->kind == QUOTH__M_NAME;
}

/* A preposition before a name makes it an object: the function_words
 * prep role, or one of the word_classes object-prep words that role leaves
 * out ("Choosing between Clinton and Sanders is a false choice, she said"). */
static int object_prep(const quoth__tokens *t, size_t i) {
  return (t->v[i].lex & LX_PREP) || (t->v[i].wc & WC_OBJECT_PREP);
}

/* "As for Trump, ...", "And as for Trump, ...": a topic before the clause. */
static int as_for_topic(const quoth__tokens *t, size_t s0, size_t t0) {
  return t0 >= s0 + 2 && t0 <= s0 + 3 && quoth__tok_is(t, t0 - 2, "as") &&
         quoth__tok_is(t, t0 - 1, "for") &&
         (t0 == s0 + 2 || quoth__tok_is(t, s0, "and") || quoth__tok_is(t, s0, "but"));
}

/* "To Florida consultant Wilson, the party line is just plain silly",
 * "For Jonathan Chait, ...": the person whose view the sentence gives,
 * named first and set off by a comma (the caller checks the comma; a
 * plural is a group the sentence is about: "For African-Americans, ..."). */
static int viewpoint(const quoth__tokens *t, size_t s0, size_t t0) {
  size_t k = t0 == s0 + 2 && (quoth__tok_is(t, s0, "and") || quoth__tok_is(t, s0, "but")) ? s0 + 1
                                                                                          : s0;
  return t0 == k + 1 && (quoth__tok_is(t, k, "to") || quoth__tok_is(t, k, "for"));
}

static void mark_subject(const quoth__tokens *t, quoth_doc *doc, size_t first, size_t s0) {
  size_t skipped_end = QUOTH__NONE; /* end of the last mention skipped as a prepositional object */
  size_t dl = dateline_end(t, s0, t->n);
  for (size_t m = first; m < doc->nmentions; m++) {
    size_t t0 = doc->mentions[m].t0;
    if (t0 < dl) continue; /* the dateline's place */
    int owned = m > first && owned_name(t, doc, m - 1) && !(doc->mentions[m - 1].t0 > s0 &&
                (t->v[doc->mentions[m - 1].t0 - 1].lex & LX_PREP));
    /* "As for Trump, he said ...": the topic is whom the clause is about,
     * so it is salient too, though the clause has its own subject. */
    int vp = viewpoint(t, s0, t0) && !doc->mentions[m].plural;
    if ((as_for_topic(t, s0, t0) || vp) && doc->mentions[m].kind == QUOTH__M_NAME &&
        doc->mentions[m].t1 < t->n && is_comma_tok(t, doc->mentions[m].t1)) {
      doc->mentions[m].subject = 1;
      doc->mentions[m].viewpoint = vp;
      skipped_end = doc->mentions[m].t1;
      continue;
    }
    /* "Then there's Axelrod.": the 's is a verb, the name closing the
     * sentence its topic ("there's Cleveland and questions about ..." is
     * a list of things) */
    size_t t1 = doc->mentions[m].t1;
    int there = t0 >= s0 + 2 && (t->v[t0 - 1].shape & TK_POSS) &&
                (quoth__tok_is(t, t0 - 2, "there") || quoth__tok_is(t, t0 - 2, "here")) &&
                t1 < t->n && (quoth__tok_is(t, t1, ".") || is_comma_tok(t, t1));
    int in_pp = !owned && !there && t0 > s0 &&
                (object_prep(t, t0 - 1) || t->v[t0 - 1].shape & TK_POSS);
    if (!in_pp && owned_name(t, doc, m)) continue;
    /* "in Salem, New Hampshire, Trump went": the place's state goes with it */
    int place_tail = t0 > s0 + 1 && skipped_end == t0 - 1 && is_comma_tok(t, t0 - 1) &&
                     doc->mentions[m].t1 < t->n && is_comma_tok(t, doc->mentions[m].t1);
    if (in_pp || place_tail) {
      skipped_end = doc->mentions[m].t1;
      continue;
    }
    if (doc->mentions[m].owner != QUOTH__NONE && doc->mentions[m].kind == QUOTH__M_PRONOUN)
      continue;
    doc->mentions[m].subject = 1;
    mark_apposition(t, doc, m);
    return;
  }
}

/* "..., but Representative Brooks, who ..., doesn't mince words": the
 * first noun phrase of a clause joined by a conjunction after a comma or
 * semicolon is a subject too. */
static void mark_clause_subjects(const quoth__tokens *t, quoth_doc *doc, size_t first, size_t s0) {
  for (size_t m = first; m < doc->nmentions; m++) {
    quoth__mention *mm = &doc->mentions[m];
    size_t t0 = mm->t0;
    if (mm->subject || mm->kind == QUOTH__M_ANON ||
        (mm->kind == QUOTH__M_PRONOUN && mm->owner != QUOTH__NONE))
      continue;
    if (t0 > s0 && quoth__tok_is(t, t0 - 1, ";")) {
      mm->subject = 1;
      continue;
    }
    if (t0 < s0 + 2 || !is_comma_tok(t, t0 - 2)) continue;
    if (t->v[t0 - 1].wc & WC_SUBJECT_CONJ) mm->subject = 1;
  }
}

int quoth__find_mentions(const quoth__tokens *t, const quoth__lexset *ls, quoth_doc *doc,
                         size_t *at) {
  mctx x = {.ls = ls};
  for (size_t i = 0; i < t->n; i++) at[i] = QUOTH__NONE;
  int err = cp_build(&x.cp, t);
  for (size_t s = 0; s < t->nsegs && !err; s++) {
    size_t end = t->segstart[s + 1], first = doc->nmentions;
    x.titlecase = x.cp.titlecase[s];
    for (size_t i = t->segstart[s]; i < end && !err;) {
      if (!is_word(&t->v[i])) {
        i++;
        continue;
      }
      i = mention_at(&x, t, doc, at, i, end, &err);
    }
    mark_subject(t, doc, first, t->segstart[s]);
    mark_clause_subjects(t, doc, first, t->segstart[s]);
  }
  cp_free(&x.cp);
  return err;
}
