/* tokens.c - see tokens.h. */
#include "tokens.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

enum { MAX_KEY = 64 };

/* ---- lexicon set ---------------------------------------------------------- */

static size_t key_hash(const char *s, size_t n) {
  return (size_t)quoth__hash_add(QUOTH__HASH_SEED, s, n);
}

/* The demonyms table is keyed by adjective; index its place column too. */
static int index_places(quoth__lexset *ls) {
  size_t n = quoth__lex_count(ls->demonyms), cap = 16;
  while (cap < n * 2 + 1) cap *= 2;
  ls->places = calloc(cap, sizeof *ls->places);
  if (!ls->places) return QUOTH_ENOMEM;
  ls->nplaces = cap;
  for (size_t i = 0; i < n; i++) {
    const quoth__lexrow *r = quoth__lex_row(ls->demonyms, i);
    char buf[MAX_KEY];
    const char *p = quoth__lex_col(r, 1);
    size_t k = quoth__fold(p, strlen(p), buf, sizeof buf);
    if (k == (size_t)-1 || !k) continue;
    size_t h = key_hash(buf, k) & (cap - 1);
    while (ls->places[h]) h = (h + 1) & (cap - 1);
    ls->places[h] = r;
  }
  return QUOTH_OK;
}

const quoth__lexrow *quoth__lexset_place(const quoth__lexset *ls, const char *key, size_t len) {
  if (!ls->nplaces) return NULL;
  size_t mask = ls->nplaces - 1, h = key_hash(key, len) & mask;
  for (; ls->places[h]; h = (h + 1) & mask) {
    char buf[MAX_KEY];
    const char *p = quoth__lex_col(ls->places[h], 1);
    size_t k = quoth__fold(p, strlen(p), buf, sizeof buf);
    if (k == len && memcmp(buf, key, len) == 0) return ls->places[h];
  }
  return NULL;
}

/* First words of the cue phrases, so a phrase is only tried where one can start. */
static int index_phrase_first(quoth__lexset *ls) {
  size_t n = quoth__lex_count(ls->phrases), cap = 16, total = 0;
  while (cap < n * 2 + 1) cap *= 2;
  for (size_t i = 0; i < n; i++) total += strlen(quoth__lex_row(ls->phrases, i)->key) + 1;
  ls->phrase_first = malloc(total + 1);
  ls->pf_slots = calloc(cap, sizeof *ls->pf_slots);
  if (!ls->phrase_first || !ls->pf_slots) return QUOTH_ENOMEM;
  ls->npf_slots = cap;
  size_t off = 0;
  for (size_t i = 0; i < n; i++) {
    const char *k = quoth__lex_row(ls->phrases, i)->key;
    size_t len = strcspn(k, " ");
    if (quoth__lexset_phrase_first(ls, k, len)) continue;
    memcpy(ls->phrase_first + off, k, len);
    ls->phrase_first[off + len] = '\0';
    size_t h = key_hash(k, len) & (cap - 1);
    while (ls->pf_slots[h]) h = (h + 1) & (cap - 1);
    ls->pf_slots[h] = off + 1;
    off += len + 1;
  }
  return QUOTH_OK;
}

int quoth__lexset_phrase_first(const quoth__lexset *ls, const char *key, size_t len) {
  if (!ls->npf_slots) return 0;
  size_t mask = ls->npf_slots - 1, h = key_hash(key, len) & mask;
  for (; ls->pf_slots[h]; h = (h + 1) & mask) {
    const char *k = ls->phrase_first + ls->pf_slots[h] - 1;
    if (strncmp(k, key, len) == 0 && k[len] == '\0') return 1;
  }
  return 0;
}

/* ---- phrases and their prefixes ------------------------------------------- */

static quoth__phrasenode *phrase_slot(quoth__phrasenode *ix, size_t cap, const char *key,
                                      size_t len, uint32_t h) {
  size_t mask = cap - 1, i = h & mask;
  for (; ix[i].key; i = (i + 1) & mask)
    if (ix[i].hash == h && ix[i].len == len && memcmp(ix[i].key, key, len) == 0) break;
  return &ix[i];
}

const quoth__phrasenode *quoth__lexset_phrase(const quoth__lexset *ls, const char *key,
                                              size_t len, uint64_t h) {
  if (!ls->nphrases_ix) return NULL;
  const quoth__phrasenode *p = phrase_slot(ls->phrases_ix, ls->nphrases_ix, key, len, (uint32_t)h);
  return p->key ? p : NULL;
}

/* Adds key[0..len); row when it is a whole phrase. */
static void phrase_add(quoth__lexset *ls, const char *key, size_t len, const quoth__lexrow *row) {
  uint32_t h = (uint32_t)quoth__hash_add(QUOTH__HASH_SEED, key, len);
  quoth__phrasenode *p = phrase_slot(ls->phrases_ix, ls->nphrases_ix, key, len, h);
  if (!p->key) *p = (quoth__phrasenode){key, (uint32_t)len, h, NULL};
  if (row) p->row = row;
}

static int index_phrases(quoth__lexset *ls) {
  size_t n = quoth__lex_count(ls->phrases), total = 0, cap = 16;
  for (size_t i = 0; i < n; i++)
    for (const char *k = quoth__lex_row(ls->phrases, i)->key; *k; k++) total += *k == ' ';
  total += n;
  while (cap < total * 2 + 1) cap *= 2;
  ls->phrases_ix = calloc(cap, sizeof *ls->phrases_ix);
  if (!ls->phrases_ix) return QUOTH_ENOMEM;
  ls->nphrases_ix = cap;
  for (size_t i = 0; i < n; i++) {
    const char *k = quoth__lex_row(ls->phrases, i)->key;
    size_t len = strlen(k);
    for (size_t j = 0; j < len; j++)
      if (k[j] == ' ') phrase_add(ls, k, j, NULL);
    /* the row quoth__lex_get finds: the first of a duplicated key */
    phrase_add(ls, k, len, quoth__lex_get(ls->phrases, k, len));
  }
  return QUOTH_OK;
}

/* ---- the combined word table ------------------------------------------------ */

/* The probe slot of key: its entry's slot, or the empty slot where it
 * would go. */
static size_t word_slot(const quoth__lexset *ls, const char *key, size_t len, uint32_t h) {
  size_t mask = ls->nslots - 1, i = h & mask;
  for (; ls->slots[i].idx; i = (i + 1) & mask) {
    if (ls->slots[i].hash != h) continue;
    const quoth__wordclass *w = &ls->words[ls->slots[i].idx - 1];
    if (w->len == len && memcmp(ls->wordkeys + w->key - 1, key, len) == 0) break;
  }
  return i;
}

static const quoth__wordclass *word_find(const quoth__lexset *ls, const char *key, size_t len,
                                         uint32_t h) {
  if (!ls->nslots) return NULL;
  uint32_t idx = ls->slots[word_slot(ls, key, len, h)].idx;
  return idx ? &ls->words[idx - 1] : NULL;
}

const quoth__wordclass *quoth__lexset_word(const quoth__lexset *ls, const char *key, size_t len) {
  return word_find(ls, key, len, (uint32_t)key_hash(key, len));
}

/* The entry of key, added when absent (both arrays are sized beforehand). */
static quoth__wordclass *word_entry(quoth__lexset *ls, const char *key, size_t len) {
  uint32_t h = (uint32_t)key_hash(key, len);
  quoth__wordprobe *s = &ls->slots[word_slot(ls, key, len, h)];
  if (s->idx) return &ls->words[s->idx - 1];
  if (ls->nwords == ls->capwords) return NULL;
  if (quoth__grow((void **)&ls->wordkeys, &ls->wordkeycap, ls->wordkeylen + len + 1, 1))
    return NULL;
  memcpy(ls->wordkeys + ls->wordkeylen, key, len);
  ls->wordkeys[ls->wordkeylen + len] = '\0';
  quoth__wordclass *w = &ls->words[ls->nwords++];
  *w = (quoth__wordclass){ls->wordkeylen + 1, (uint32_t)len, h, 0, 0, NULL, NULL, NULL, NULL};
  ls->wordkeylen += len + 1;
  *s = (quoth__wordprobe){h, (uint32_t)ls->nwords};
  return w;
}

static uint32_t func_roles(const quoth__lexrow *r);

/* Adds every one-word key of table t with class bit. */
static int words_from(quoth__lexset *ls, const quoth__lextable *t, uint32_t bit) {
  for (size_t i = 0; i < quoth__lex_count(t); i++) {
    const quoth__lexrow *r = quoth__lex_row(t, i);
    size_t n = strlen(r->key);
    if (strchr(r->key, ' ')) continue;
    quoth__wordclass *w = word_entry(ls, r->key, n);
    if (!w) return QUOTH_ENOMEM;
    if (quoth__lex_get(t, r->key, n) != r) continue; /* the first row of a key wins */
    w->lex |= bit == LX_SKIP ? func_roles(r) : bit;
    if ((bit == LX_CUE || bit == LX_COG) && !w->cue) w->cue = r;
    if (bit == LX_PRON && !w->pron) w->pron = r;
    if (bit == LX_TITLE && !w->gend) w->gend = r;
    if (bit == LX_HON) w->gend = r;
    if (bit == LX_GIVEN) w->given = r;
  }
  return QUOTH_OK;
}

quoth__wclass quoth__word_class_bit(const char *name, size_t len) {
  static const struct {
    const char *name;
    quoth__wclass bit;
  } classes[] = {{"quantity-noun", WC_QUANTITY_NOUN},
                 {"plural-quantifier", WC_PLURAL_QUANTIFIER},
                 {"singular-quantifier", WC_SINGULAR_QUANTIFIER},
                 {"be", WC_BE},
                 {"day", WC_DAY},
                 {"verb-group-end", WC_VERB_GROUP_END},
                 {"share", WC_SHARE},
                 {"share-glue", WC_SHARE_GLUE},
                 {"clause-conj", WC_CLAUSE_CONJ},
                 {"subject-conj", WC_SUBJECT_CONJ},
                 {"sentence-adverb", WC_SENTENCE_ADVERB},
                 {"source-adjective", WC_SOURCE_ADJECTIVE},
                 {"question-opener", WC_QUESTION_OPENER},
                 {"adjunct", WC_ADJUNCT},
                 {"predicate-aux", WC_PREDICATE_AUX},
                 {"adverbial-opener", WC_ADVERBIAL_OPENER},
                 {"care-compound", WC_CARE_COMPOUND},
                 {"mail-compound", WC_MAIL_COMPOUND},
                 {"personal-subject", WC_PERSONAL_SUBJECT},
                 {"object-prep", WC_OBJECT_PREP},
                 {"subject-pronoun", WC_SUBJECT_PRONOUN},
                 {"participle-link", WC_PARTICIPLE_LINK},
                 {"fronted-lead", WC_FRONTED_LEAD},
                 {"fronted-prep", WC_FRONTED_PREP},
                 {"prepositional-participle", WC_PREP_PARTICIPLE},
                 {"object-participle", WC_OBJECT_PARTICIPLE},
                 {"no-predicate", WC_NO_PREDICATE},
                 {"time-unit", WC_TIME_UNIT},
                 {"time-count", WC_TIME_COUNT},
                 {"time-det", WC_TIME_DET},
                 {"time-prep", WC_TIME_PREP},
                 {"share-unit", WC_SHARE_UNIT},
                 {"record-modifier", WC_RECORD_MODIFIER},
                 {"poll-noun", WC_POLL_NOUN},
                 {"subordinator", WC_SUBORDINATOR},
                 {"standing", WC_STANDING},
                 {"evidence-verb", WC_EVIDENCE_VERB},
                 {"fraction", WC_FRACTION},
                 {"tens", WC_TENS},
                 {"say-catenative", WC_SAY_CATENATIVE},
                 {"past-verb", WC_PAST_VERB},
                 {"name-suffix", WC_NAME_SUFFIX},
                 {"perception-participle", WC_PERCEPTION},
                 {"count-plural", WC_COUNT_PLURAL},
                 {"programme-noun", WC_PROGRAMME},
                 {"courtesy-honorific", WC_COURTESY}};
  for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
    if (strlen(classes[i].name) == len && strncmp(classes[i].name, name, len) == 0)
      return classes[i].bit;
  return 0;
}

/* Adds the word classes of <lang>/word_classes (column 2, comma-separated). */
static int word_classes_from(quoth__lexset *ls) {
  for (size_t i = 0; i < quoth__lex_count(ls->wclasses); i++) {
    const quoth__lexrow *r = quoth__lex_row(ls->wclasses, i);
    if (strchr(r->key, ' ')) continue;
    quoth__wordclass *w = word_entry(ls, r->key, strlen(r->key));
    if (!w) return QUOTH_ENOMEM;
    for (const char *c = quoth__lex_col(r, 1); *c;) {
      size_t n = strcspn(c, ", ");
      w->wc |= quoth__word_class_bit(c, n);
      c += n;
      while (*c == ',' || *c == ' ') c++;
    }
  }
  return QUOTH_OK;
}

static int index_words(quoth__lexset *ls) {
  const struct {
    const quoth__lextable *t;
    uint32_t bit;
  } src[] = {{ls->verbs, LX_CUE},         {ls->pronouns, LX_PRON},   {ls->titles, LX_TITLE},
             {ls->mods, LX_MOD},          {ls->honorifics, LX_HON},  {ls->orgheads, LX_ORGHEAD},
             {ls->demonyms, LX_DEMONYM},  {ls->stopnames, LX_STOPNAME}, {ls->anon, LX_ANON},
             {ls->funcs, LX_SKIP /* roles from column 2 */}, {ls->cognition, LX_COG},
             {ls->given, LX_GIVEN}, {ls->nouncues, LX_NOUNCUE}};
  size_t total = 16 + ls->nplaces;
  for (size_t i = 0; i < sizeof src / sizeof *src; i++) total += quoth__lex_count(src[i].t);
  total += quoth__lex_count(ls->phrases) + quoth__lex_count(ls->wclasses);
  size_t cap = 16;
  while (cap < total * 2) cap *= 2;
  ls->slots = calloc(cap, sizeof *ls->slots);
  ls->words = calloc(total, sizeof *ls->words);
  if (!ls->slots || !ls->words) return QUOTH_ENOMEM;
  ls->nslots = cap, ls->capwords = total;
  for (size_t i = 0; i < sizeof src / sizeof *src; i++)
    if (words_from(ls, src[i].t, src[i].bit)) return QUOTH_ENOMEM;
  if (word_classes_from(ls)) return QUOTH_ENOMEM;
  for (size_t i = 0; i < quoth__lex_count(ls->demonyms); i++) {
    char buf[MAX_KEY];
    const char *p = quoth__lex_col(quoth__lex_row(ls->demonyms, i), 1);
    size_t k = quoth__fold(p, strlen(p), buf, sizeof buf);
    if (k == (size_t)-1 || !k || memchr(buf, ' ', k)) continue;
    quoth__wordclass *w = word_entry(ls, buf, k);
    if (!w) return QUOTH_ENOMEM;
    w->lex |= LX_PLACE;
  }
  for (size_t i = 0; i < quoth__lex_count(ls->phrases); i++) {
    const quoth__lexrow *r = quoth__lex_row(ls->phrases, i);
    const char *k = r->key;
    /* Phrases opening with a determiner or preposition are adjuncts ("in a
     * statement") unless their content lies elsewhere ("according to"). */
    const quoth__lexrow *f = quoth__lex_get(ls->funcs, k, strcspn(k, " "));
    if (f && (func_roles(f) & (LX_DET | LX_PREP)) &&
        strcmp(quoth__lex_col(r, 1), "according to") != 0 &&
        strcmp(quoth__lex_col(r, 3), "after") != 0)
      continue;
    quoth__wordclass *w = word_entry(ls, k, strcspn(k, " "));
    if (!w) return QUOTH_ENOMEM;
    w->lex |= LX_CUEPHRASE;
  }
  return QUOTH_OK;
}

int quoth__lexset_init(quoth__lexset *ls, const quoth_lexicons *lex, const char *lang) {
  memset(ls, 0, sizeof *ls);
  ls->verbs = quoth__lex_table(lex, lang, "speech_verbs");
  ls->phrases = quoth__lex_table(lex, lang, "cue_phrases");
  ls->pronouns = quoth__lex_table(lex, lang, "pronouns");
  ls->titles = quoth__lex_table(lex, lang, "titles");
  ls->mods = quoth__lex_table(lex, lang, "title_modifiers");
  ls->honorifics = quoth__lex_table(lex, lang, "honorifics");
  ls->orgheads = quoth__lex_table(lex, lang, "org_heads");
  ls->demonyms = quoth__lex_table(lex, lang, "demonyms");
  ls->stopnames = quoth__lex_table(lex, lang, "stopnames");
  ls->funcs = quoth__lex_table(lex, lang, "function_words");
  ls->anon = quoth__lex_table(lex, lang, "anonymous_sources");
  ls->abbrev = quoth__lex_table(lex, lang, "abbreviations");
  ls->clause = quoth__lex_table(lex, lang, "clause_cues");
  ls->cognition = quoth__lex_table(lex, lang, "cognition_verbs");
  ls->given = quoth__lex_table(lex, lang, "given_names");
  ls->nouncues = quoth__lex_table(lex, lang, "noun_cues");
  ls->objcues = quoth__lex_table(lex, lang, "object_cues");
  ls->evidence = quoth__lex_table(lex, lang, "evidence_sources");
  ls->wclasses = quoth__lex_table(lex, lang, "word_classes");
  ls->snouns = quoth__lex_table(lex, lang, "speech_nouns");
  ls->known = quoth__lex_table(lex, lang, "known_names");
  ls->placeheads = quoth__lex_table(lex, lang, "place_heads");
  ls->orgnameheads = quoth__lex_table(lex, lang, "org_name_heads");
  if (index_places(ls) || index_phrase_first(ls) || index_words(ls) ||
      index_phrases(ls)) return QUOTH_ENOMEM;
  return QUOTH_OK;
}

void quoth__lexset_free(quoth__lexset *ls) {
  free(ls->places);
  free(ls->phrase_first);
  free(ls->pf_slots);
  free(ls->slots);
  free(ls->words);
  free(ls->wordkeys);
  free(ls->phrases_ix);
  memset(ls, 0, sizeof *ls);
}

/* ---- keys and classes ----------------------------------------------------- */

/* Folds s[0..len) into out: an ASCII fast path that also maps U+2019 to an
 * apostrophe, so words like "don’t" need no allocation. */
static size_t fold_key(const char *s, size_t len, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
      if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
          (unsigned char)s[i + 2] == 0x99) {
        if (o >= MAX_KEY) return (size_t)-1;
        out[o++] = '\'';
        i += 2;
        continue;
      }
      return quoth__fold(s, len, out, MAX_KEY);
    }
    if (o >= MAX_KEY) return (size_t)-1;
    out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  return o;
}

static uint32_t func_roles(const quoth__lexrow *r) {
  static const struct {
    const char *name;
    uint32_t bit;
  } roles[] = {{"det", LX_DET},   {"poss", LX_POSSDET}, {"skip", LX_SKIP}, {"particle", LX_PARTICLE},
               {"prep", LX_PREP}, {"stop", LX_STOP},    {"tell", LX_TELL}};
  const char *c = quoth__lex_col(r, 1);
  uint32_t bits = 0;
  while (*c) {
    size_t n = strcspn(c, ", ");
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
      if (strlen(roles[i].name) == n && strncmp(roles[i].name, c, n) == 0) bits |= roles[i].bit;
    c += n;
    while (*c == ',' || *c == ' ') c++;
  }
  return bits;
}

static void classify(quoth__tok *tk, const quoth__lexset *ls, const char *k, size_t n,
                     uint32_t h) {
  const quoth__wordclass *w = word_find(ls, k, n, h);
  if (!w) return;
  tk->lex = w->lex;
  tk->wc = w->wc;
  tk->cue = w->cue;
  tk->pron = w->pron;
  tk->gend = w->gend;
  tk->given = w->given;
  /* "US Attorney", "IT firms": a pronoun spelled in capitals is an
   * abbreviation (a headline in capitals loses little by it) */
  if ((tk->shape & TK_ALLCAPS) && (tk->lex & LX_PRON)) {
    tk->lex &= ~(LX_PRON | LX_POSSDET);
    tk->pron = NULL;
  }
}

/* ---- scanning ------------------------------------------------------------- */

static int is_apos(int32_t c) { return c == '\'' || c == 0x2019; }

/* ASCII fast paths; the Unicode tables only for the rest. */
static inline int word_char(int32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return quoth__is_letter(c) || quoth__is_digit(c);
}

static inline int space_char(int32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return quoth__is_space(c);
}

typedef struct scan {
  quoth__tokens *t;
  const quoth__lexset *ls;
  const quoth_doc *doc;
} scan;

static quoth__tok *push(scan *s, size_t start, size_t end, unsigned shape) {
  quoth__tokens *t = s->t;
  if (quoth__grow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v)) return NULL;
  quoth__tok *tk = &t->v[t->n++];
  memset(tk, 0, sizeof *tk);
  tk->start = start;
  tk->end = end;
  tk->shape = (uint16_t)shape;
  tk->quote = UINT32_MAX; /* read only under TK_QUOTE */
  return tk;
}

static int store_key(scan *s, quoth__tok *tk, const char *key, size_t n, uint32_t h);

/* Folds the token's text into its key (punctuation, possessives and words
 * with non-ASCII letters). */
static int set_key(scan *s, quoth__tok *tk) {
  char buf[MAX_KEY];
  size_t n = fold_key(s->doc->text + tk->start, tk->end - tk->start, buf);
  if (n == (size_t)-1 || n == 0) return QUOTH_OK;
  return store_key(s, tk, buf, n, (uint32_t)key_hash(buf, n));
}

/* Shape of a word: capitalization, all caps, digits (the general path,
 * for words with letters outside ASCII). */
static unsigned word_shape(const char *text, size_t a, size_t b) {
  size_t i = a, next;
  unsigned shape = TK_WORD, upper = 0, lower = 0, first = 1;
  while (i < b) {
    int32_t c = quoth__utf8_decode(text, b, i, &next);
    int up = c < 0x80 ? (c >= 'A' && c <= 'Z') : quoth__is_upper(c);
    int low = c < 0x80 ? (c >= 'a' && c <= 'z') : quoth__is_lower(c);
    if (up) {
      upper++;
      if (first) shape |= TK_CAP;
    } else if (low) {
      lower++;
    } else if (first && c >= '0' && c <= '9') {
      shape |= TK_NUM;
    }
    if (word_char(c)) first = 0;
    i = next;
  }
  if (upper >= 2 && !lower) shape |= TK_ALLCAPS;
  return shape;
}

/* A word read in one pass: its end, and for words of ASCII letters (plus
 * U+2019 apostrophes) also its shape counts, folded key and key hash, so
 * the common case never reads the word again.  `wide` words (other
 * non-ASCII letters) fall back to word_shape and fold_key. */
typedef struct wordscan {
  size_t end;
  int wide, dot;           /* wide: needs the Unicode path; dot: has a '.' */
  unsigned upper, lower, shape;
  size_t n;                /* key length (may exceed MAX_KEY: then no key) */
  uint64_t h, h1, h2;      /* key hash after n, n - 1 and n - 2 bytes */
  char *key;               /* MAX_KEY + 2 bytes at the end of the key buffer */
} wordscan;

static inline void ws_put(wordscan *w, unsigned char c) {
  if (w->n < MAX_KEY) w->key[w->n] = (char)c;
  w->n++;
  w->h2 = w->h1;
  w->h1 = w->h;
  w->h = (w->h ^ c) * 1099511628211ULL;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* The comma at i groups a number's thousands ("250,000", "1,200,000"):
 * digits before it in this word, exactly three digits after it. */
static int thousands_comma(const char *text, size_t len, size_t i, const wordscan *w) {
  if (!(w->shape & TK_NUM) || i == 0 || !is_digit(text[i - 1]) || i + 3 >= len) return 0;
  return is_digit(text[i + 1]) && is_digit(text[i + 2]) && is_digit(text[i + 3]) &&
         (i + 4 == len || !is_digit(text[i + 4]));
}

/* Ends a word at i: letters and digits, joined by apostrophes, hyphens and
 * periods that stand between letters ("al-Sarraj", "U.S"), by the
 * commas of a number ("250,000"), and by an ampersand in a capitalized
 * abbreviation ("Q&A", "AT&T": not the name "Q" and the article "A"). */
static void scan_word(const char *text, size_t len, size_t i, wordscan *w) {
  size_t next;
  int first = 1;
  w->wide = w->dot = 0;
  w->upper = w->lower = 0;
  w->shape = TK_WORD;
  w->n = 0;
  w->h = w->h1 = w->h2 = 1469598103934665603ULL;
  while (i < len) {
    int32_t c = quoth__utf8_decode(text, len, i, &next);
    if (word_char(c)) {
      if (c >= 0x80) {
        w->wide = 1;
      } else if (c >= 'A' && c <= 'Z') {
        w->upper++;
        if (first) w->shape |= TK_CAP;
        c += 32;
      } else if (c >= 'a' && c <= 'z') {
        w->lower++;
      } else if (first) {
        w->shape |= TK_NUM;
      }
      first = 0;
      ws_put(w, (unsigned char)c);
      i = next;
      continue;
    }
    if (c == ',' && thousands_comma(text, len, i, w)) {
      ws_put(w, ',');
      i = next;
      continue;
    }
    /* Q&A, AT&T, S&P: an ampersand between capitals, all-capital word */
    if (c == '&' && !first && !w->lower && w->upper && next < len && text[next] >= 'A' &&
        text[next] <= 'Z') {
      ws_put(w, '&');
      i = next;
      continue;
    }
    if (c == '-' || c == '.' || is_apos(c)) {
      size_t n2;
      if (next < len && word_char(quoth__utf8_decode(text, len, next, &n2))) {
        if (c == '.') w->dot = 1;
        ws_put(w, c == 0x2019 ? '\'' : (unsigned char)c);
        i = next;
        continue;
      }
    }
    break;
  }
  w->end = i;
}

/* Keeps a final period on initials ("J."), dotted abbreviations ("U.S.")
 * and known abbreviations ("Gen."). */
static int keeps_period(scan *s, size_t a, size_t b, int dot) {
  const char *text = s->doc->text;
  if (b >= s->doc->len || text[b] != '.') return 0;
  if (dot) return 1;
  size_t next;
  quoth__utf8_decode(text, b, a, &next);
  if (next == b && quoth__is_upper(quoth__utf8_decode(text, b, a, &next))) return 1;
  return quoth__lex_find(s->ls->abbrev, text + a, b + 1 - a) != NULL;
}

/* Stores key[0..n) as token tk's key; classifies words (h = key hash). */
static int store_key(scan *s, quoth__tok *tk, const char *key, size_t n, uint32_t h) {
  quoth__tokens *t = s->t;
  if (quoth__grow((void **)&t->keys, &t->keycap, t->keylen + n + 1, 1)) return QUOTH_ENOMEM;
  memcpy(t->keys + t->keylen, key, n);
  t->keys[t->keylen + n] = '\0';
  tk->key = (uint32_t)t->keylen;
  tk->keylen = (uint16_t)n;
  t->keylen += n + 1;
  if (tk->shape & TK_WORD) classify(tk, s->ls, key, n, h);
  else if (tk->shape & TK_POSS) { /* "she's expected": only the word classes ("'s" is be) */
    const quoth__wordclass *w = word_find(s->ls, key, n, h);
    tk->wc = w ? w->wc : 0;
  }
  return QUOTH_OK;
}

/* The word's key and shape from the one-pass scan, which folded it in
 * place at the end of the key buffer; kn key bytes (the possessive
 * stripped), `period` when a final '.' is kept. */
static void word_key(scan *s, quoth__tok *tk, wordscan *w, size_t kn, int period) {
  uint64_t h = kn == w->n ? w->h : w->h2; /* a possessive strips two key bytes */
  if (period) {
    if (kn < MAX_KEY) w->key[kn] = '.';
    kn++;
    h = (h ^ '.') * 1099511628211ULL;
  }
  if (kn == 0 || kn > MAX_KEY) return;
  quoth__tokens *t = s->t;
  w->key[kn] = '\0';
  tk->key = (uint32_t)t->keylen;
  tk->keylen = (uint16_t)kn;
  t->keylen += kn + 1;
  classify(tk, s->ls, w->key, kn, (uint32_t)h);
}

static int push_word(scan *s, size_t a, size_t *end) {
  const char *text = s->doc->text;
  quoth__tokens *t = s->t;
  if (quoth__grow((void **)&t->keys, &t->keycap, t->keylen + MAX_KEY + 2, 1)) return QUOTH_ENOMEM;
  wordscan w;
  w.key = t->keys + t->keylen;
  scan_word(text, s->doc->len, a, &w);
  size_t b = w.end, poss = 0;
  /* A possessive 's / ’s becomes its own token. */
  if (b - a > 2 && (text[b - 1] == 's' || text[b - 1] == 'S')) {
    if (text[b - 2] == '\'') poss = 2;
    else if (b - a > 4 && (unsigned char)text[b - 2] == 0x99 && (unsigned char)text[b - 3] == 0x80 &&
             (unsigned char)text[b - 4] == 0xE2)
      poss = 4;
  }
  size_t wb = b - poss;
  int period = !poss && keeps_period(s, a, b, w.dot);
  if (period) b++, wb = b;
  unsigned shape;
  if (w.wide) {
    shape = word_shape(text, a, wb);
  } else {
    unsigned upper = w.upper, lower = w.lower;
    if (poss) text[wb + poss - 1] == 's' ? lower-- : upper--;
    shape = w.shape | (upper >= 2 && !lower ? TK_ALLCAPS : 0);
  }
  quoth__tok *tk = push(s, a, wb, shape);
  if (!tk) return QUOTH_ENOMEM;
  if (wb - a == 2 && text[wb - 1] == '.' && (tk->shape & TK_CAP)) tk->shape |= TK_INITIAL;
  int st = QUOTH_OK;
  if (w.wide) st = set_key(s, tk);
  else word_key(s, tk, &w, poss ? w.n - 2 : w.n, period);
  if (!st && poss) {
    quoth__tok *p = push(s, wb, b, TK_POSS);
    if (!p) return QUOTH_ENOMEM;
    st = set_key(s, p);
  }
  *end = b;
  return st;
}

/* An apostrophe at [i, next) right after a letter s and before a space
 * and a word: "Sanders' campaign", "the Clintons' foundation". */
static int plural_apostrophe(const char *text, size_t len, size_t i, size_t next) {
  int apos = (next == i + 1 && text[i] == '\'') ||
             (next == i + 3 && memcmp(text + i, "\xE2\x80\x99", 3) == 0);
  return apos && i > 0 && (text[i - 1] == 's' || text[i - 1] == 'S') && next + 1 < len &&
         text[next] == ' ' && ((text[next + 1] | 0x20) >= 'a' && (text[next + 1] | 0x20) <= 'z');
}

/* Index of the first top-level quote starting at or after pos. */
static size_t next_quote(const quoth_doc *doc, size_t qi, size_t pos) {
  while (qi < doc->nquotes &&
         (doc->quotes[qi].parent != QUOTH__NONE || doc->quotes[qi].span.start < pos))
    qi++;
  return qi;
}

static int new_segment(quoth__tokens *t) {
  if (quoth__grow((void **)&t->segstart, &t->capseg, t->nsegs + 2, sizeof *t->segstart))
    return QUOTH_ENOMEM;
  t->segstart[t->nsegs++] = t->n;
  return QUOTH_OK;
}

/* "Kasich said he would have fired him", "Clinton said the plan ...",
 * "Trump replied: “...”": a cue followed by a subject, "that" or a colon
 * and a quote reports a clause of its own, so the
 * sentence is not an attribution of the quote before it (an addressee may
 * follow "told" or "asked": "Smith told the crowd."). */
static int reports_clause(const quoth__tokens *t, size_t i, size_t b, int stop) {
  if (i + 1 >= b) return 0;
  const quoth__tok *n = &t->v[i + 1];
  const char *lemma = t->v[i].cue ? quoth__lex_col(t->v[i].cue, 1) : "";
  int addressee = (t->v[i].lex & LX_TELL) || strcmp(lemma, "ask") == 0;
  while (i + 2 < b && (n->lex & LX_SKIP) && !(n->lex & LX_PRON)) n = &t->v[++i + 1]; /* "said Monday he" */
  if (quoth__tok_is(t, i + 1, "that")) return 1;
  /* "Trump replied: “No, ...”": the cue introduces a quote of its own; so
   * does a comma after a quote that ended its sentence ("“... peace.” Noah
   * quipped, “...”"), not after a question ("“Why?” he asked, “...”") */
  if ((quoth__tok_is(t, i + 1, ":") || (stop && quoth__tok_is(t, i + 1, ","))) && i + 2 < b &&
      (t->v[i + 2].shape & TK_QUOTE))
    return 1;
  /* after a quote that ended its sentence, "“...” He said Clinton would
   * ...", "The cable indicated 13 guards would ...", "The aide declined to
   * ...": a name, a number or "to" after the subject's cue opens a clause
   * of the sentence's own */
  if (stop && !addressee &&
      (((n->shape & TK_WORD) && (n->shape & (TK_CAP | TK_NUM))) || quoth__tok_is(t, i + 1, "to")))
    return 1;
  return (n->lex & (LX_PRON | LX_POSSDET | LX_DET)) && !addressee;
}

/* `“We won.” Smith said.`: the sentence splitter ends a sentence after the
 * quote, but a following sentence that opens with its attribution (at most
 * a few words, then a cue) belongs to it.  Likewise a quote that follows a
 * sentence ending in a colon ("Cruz continued:"), even in the next
 * paragraph. */
static int attribution_tail(const quoth__tokens *t, size_t a, size_t b, int stop) {
  int commas = 0, name = 1; /* only capitalized words so far */
  for (size_t i = a; i < b && i < a + (commas ? 16 : 10); i++) {
    if (t->v[i].lex & LX_CUE)
      return (commas == 0 || (commas == 2 && quoth__tok_is(t, i - 1, ","))) &&
             !reports_clause(t, i, b, stop && i > a); /* "Adding, “...”" goes on */
    if (t->v[i].shape & TK_WORD) {
      name &= (t->v[i].shape & TK_CAP) && !(t->v[i].lex & LX_PRON);
      continue;
    }
    /* brackets and abbreviation periods of "Marco Rubio (R-Fla.)", the
     * commas of an apposition after a name ("Miller, a retired worker,
     * said"; not "It was, he said, ...") */
    char ch = t->v[i].keylen == 1 ? t->keys[t->v[i].key] : 0;
    if (ch == ',' && commas < 2 && (commas || (name && i > a && i + 1 < b &&
                                                !(t->v[i + 1].lex & (LX_PRON | LX_CUE))))) {
      commas++;
      continue;
    }
    if (ch != '(' && ch != ')' && ch != '.' && ch != '-') return 0;
  }
  return 0;
}

/* Does the quote of token k end with a full stop inside its marks? */
static int ends_with_stop(const quoth__tokens *t, const quoth_doc *doc, size_t k) {
  if (!(t->v[k].shape & TK_QUOTE)) return 0;
  return quoth__quote_last_char(doc, &doc->quotes[t->v[k].quote]) == '.';
}

static void merge_tails(quoth__tokens *t, const quoth_doc *doc) {
  size_t out = 1;
  for (size_t s = 1; s < t->nsegs; s++) {
    size_t a = t->segstart[s], b = t->segstart[s + 1];
    const quoth__tok *last = &t->v[a - 1];
    int colon = last->keylen == 1 && t->keys[last->key] == ':' && (t->v[a].shape & TK_QUOTE);
    /* "... Sen. | Marco Rubio said": a title abbreviation ends no sentence */
    int title = (last->lex & LX_HON) && (t->v[a].shape & TK_CAP) && !(t->v[a].shape & TK_PARASTART);
    int after_quote = (last->shape & TK_QUOTE) ||
                      (a >= 2 && (last->lex & LX_HON) && (t->v[a - 2].shape & TK_QUOTE));
    if (colon || title ||
        (after_quote && !(t->v[a].shape & TK_PARASTART) &&
         attribution_tail(t, a, b, ends_with_stop(t, doc, a - 1)))) {
      t->v[a].shape &= (uint16_t)~TK_SEGSTART;
      continue;
    }
    t->segstart[out++] = a;
  }
  t->segstart[out] = t->n;
  t->nsegs = out;
  for (size_t s = 0; s < t->nsegs; s++)
    for (size_t i = t->segstart[s]; i < t->segstart[s + 1]; i++) t->v[i].seg = s;
}

/* "said Will Doyle": a capitalized function word inside a sentence that is
 * also a given name, followed by a capitalized word, is the name. */
static void given_name_words(quoth__tokens *t) {
  const uint32_t func = LX_DET | LX_POSSDET | LX_SKIP | LX_PREP | LX_STOP | LX_TELL;
  for (size_t k = 0; k + 1 < t->n; k++) {
    quoth__tok *tk = &t->v[k];
    if ((tk->lex & LX_GIVEN) && (tk->lex & func) && (tk->shape & TK_CAP) &&
        !(tk->shape & (TK_SEGSTART | TK_ALLCAPS)) && (t->v[k + 1].shape & TK_WORD) &&
        (t->v[k + 1].shape & TK_CAP) && t->v[k + 1].seg == tk->seg)
      tk->lex &= ~func;
  }
}

int quoth__tokenize(quoth__tokens *t, const quoth__lexset *ls, const quoth_doc *doc) {
  scan s = {t, ls, doc};
  const char *text = doc->text;
  size_t len = doc->len, i = 0, next, qi = next_quote(doc, 0, 0), si = 0, pi = 0;
  int newseg = 1, newpara = 1;
  t->n = t->keylen = t->nsegs = 0;
  while (i < len) {
    int32_t c = quoth__utf8_decode(text, len, i, &next);
    if (space_char(c)) {
      i = next;
      continue;
    }
    /* Segment and paragraph boundaries at sentence / paragraph starts
     * (checked at the next token: spaces start none). */
    while (pi < doc->nparagraphs && doc->paragraphs[pi].end <= i) pi++, newpara = newseg = 1;
    while (si < doc->nsentences && doc->sentences[si].start <= i) si++, newseg = 1;
    if (newseg) {
      if (new_segment(t)) return QUOTH_ENOMEM;
      newseg = 0;
    }
    size_t first = t->n;
    qi = next_quote(doc, qi, i);
    if (qi < doc->nquotes && doc->quotes[qi].span.start == i) {
      quoth__tok *tk = push(&s, i, doc->quotes[qi].span.end, TK_QUOTE);
      if (!tk) return QUOTH_ENOMEM;
      tk->quote = qi;
      i = doc->quotes[qi].span.end > i ? doc->quotes[qi].span.end : next;
      /* Sentence starts inside the quote do not split segments. */
      while (si < doc->nsentences && doc->sentences[si].start < i) si++;
      while (pi < doc->nparagraphs && doc->paragraphs[pi].end < i) pi++;
    } else if (word_char(c)) {
      if (push_word(&s, i, &i)) return QUOTH_ENOMEM;
    } else {
      quoth__tok *tk = push(&s, i, next, TK_PUNCT);
      if (!tk || set_key(&s, tk)) return QUOTH_ENOMEM;
      /* "Sanders' campaign manager": an apostrophe closing a word in -s
       * (and no quotation) is the plural possessive, like "Sanders's". */
      if (plural_apostrophe(doc->text, doc->len, i, next)) tk->shape |= TK_POSS;
      i = next;
    }
    for (size_t k = first; k < t->n; k++) {
      t->v[k].seg = t->nsegs - 1;
      t->v[k].para = (t->v[k].shape & TK_QUOTE) ? doc->quotes[t->v[k].quote].paragraph : pi;
    }
    if (first == t->segstart[t->nsegs - 1]) t->v[first].shape |= TK_SEGSTART;
    if (newpara) t->v[first].shape |= TK_PARASTART, newpara = 0;
  }
  if (new_segment(t)) return QUOTH_ENOMEM;
  t->nsegs--; /* the sentinel: segstart[nsegs] == n */
  if (t->nsegs > 1) merge_tails(t, doc);
  given_name_words(t);
  return QUOTH_OK;
}

void quoth__tokens_free(quoth__tokens *t) {
  free(t->v);
  free(t->keys);
  free(t->segstart);
  memset(t, 0, sizeof *t);
}
