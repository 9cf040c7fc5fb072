/* checks.c - see checks.h and docs/checks.md. */
#include "checks.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "text.h"

/* ---- the rule table (public: quoth_check_rule_*) ------------------------- */

static const struct check_rule {
  const char *name, *summary;
} check_rules[] = {
    {"unbalanced-quote", "an opening mark never closed, a stray closing mark, a mismatched pair"},
    {"unattributed-quote", "a direct quote with no speaker"},
    {"ambiguous-speaker", "a pronoun speaker with two or more candidates nearby"},
    {"distant-pronoun", "a pronoun speaker whose antecedent is more than N sentences back"},
    {"surname-first", "a speaker first referred to by surname or pronoun, before the full name"},
    {"inconsistent-name", "one name spelled two ways"},
    {"anonymous-source", "a statement attributed to an unnamed source"},
    {"loaded-verb", "an attribution verb that carries a judgment (claimed, admitted, ...)"},
    {"mixed-quote-style", "straight and curly marks, or two locales' marks, in one text"},
};
enum { NRULES = sizeof check_rules / sizeof *check_rules };

size_t quoth_check_rule_count(void) { return NRULES; }

const char *quoth_check_rule_name(size_t i) { return i < NRULES ? check_rules[i].name : NULL; }

const char *quoth_check_rule_summary(size_t i) {
  return i < NRULES ? check_rules[i].summary : NULL;
}

/* ---- the checker ---------------------------------------------------------- */

enum { MAX_PAIRS = 64 };

struct quoth__checker {
  const quoth__lextable *loaded; /* en/loaded_verbs: form, lemma, implies */
  int32_t pairs[MAX_PAIRS][2];   /* quotation mark pairs from common/quote_marks */
  size_t npairs;
  size_t distant;
};

static int32_t first_cp(const char *s) {
  size_t next;
  return *s ? quoth__utf8_decode(s, strlen(s), 0, &next) : -1;
}

int quoth__checker_new(const quoth_lexicons *lex, const char *lang, quoth__checker **out) {
  quoth__checker *ck = calloc(1, sizeof *ck);
  if (!ck) return QUOTH_ENOMEM;
  ck->loaded = quoth__lex_table(lex, lang, "loaded_verbs");
  ck->distant = QUOTH__DISTANT_PRONOUN_DEFAULT;
  const quoth__lextable *marks = quoth__lex_table(lex, "common", "quote_marks");
  for (size_t i = 0; i < quoth__lex_count(marks) && ck->npairs < MAX_PAIRS; i++) {
    const quoth__lexrow *r = quoth__lex_row(marks, i);
    ck->pairs[ck->npairs][0] = first_cp(quoth__lex_col(r, 0));
    ck->pairs[ck->npairs][1] = first_cp(quoth__lex_col(r, 1));
    ck->npairs++;
  }
  *out = ck;
  return QUOTH_OK;
}

void quoth__checker_free(quoth__checker *ck) { free(ck); }

void quoth__checker_set_distant(quoth__checker *ck, size_t n) {
  if (ck) ck->distant = n;
}

/* ---- small helpers -------------------------------------------------------- */

static int32_t cp_at(const quoth_doc *doc, size_t i) {
  size_t next;
  return i < doc->len ? quoth__utf8_decode(doc->text, doc->len, i, &next) : -1;
}

/* The code point that ends just before byte end. */
static int32_t cp_before(const quoth_doc *doc, size_t end) {
  return end ? cp_at(doc, quoth__utf8_back(doc->text, end - 1)) : -1;
}

static size_t cp_len(const quoth_doc *doc, size_t i) {
  size_t next;
  quoth__utf8_decode(doc->text, doc->len, i, &next);
  return next - i;
}

/* "“" for a code point, for messages (buf holds 5 bytes). */
static const char *cp_str(int32_t c, char *buf) {
  unsigned u = (unsigned)c;
  if (u < 0x80) buf[0] = (char)u, buf[1] = 0;
  else if (u < 0x800) buf[0] = (char)(0xC0 | u >> 6), buf[1] = (char)(0x80 | (u & 63)), buf[2] = 0;
  else if (u < 0x10000)
    buf[0] = (char)(0xE0 | u >> 12), buf[1] = (char)(0x80 | ((u >> 6) & 63)),
    buf[2] = (char)(0x80 | (u & 63)), buf[3] = 0;
  else
    buf[0] = (char)(0xF0 | u >> 18), buf[1] = (char)(0x80 | ((u >> 12) & 63)),
    buf[2] = (char)(0x80 | ((u >> 6) & 63)), buf[3] = (char)(0x80 | (u & 63)), buf[4] = 0;
  return buf;
}

/* Message text of a span: at most 60 bytes, cut at a code point boundary. */
static int span_arg(const quoth_doc *doc, quoth_span s) {
  size_t n = s.end > s.start ? s.end - s.start : 0;
  if (n > 60) n = quoth__utf8_back(doc->text, s.start + 60) - s.start;
  return (int)n;
}

static const quoth_entity *entity_at(const quoth_doc *doc, size_t i) {
  return i < doc->nentities ? &doc->entities[i] : NULL;
}

static size_t count_tokens(const char *s) {
  size_t n = 0;
  for (int in = 0; *s; s++) {
    int sp = *s == ' ';
    if (!sp && !in) n++;
    in = !sp;
  }
  return n;
}

/* ---- mentions in text order ----------------------------------------------- */

/* Mentions sorted by start, so rules can sweep them once (qsort has no
 * context argument, so each entry carries its own key). */
typedef struct mention_ref {
  size_t start, i;
} mention_ref;

typedef struct mention_order {
  mention_ref *ref;
  size_t n;
} mention_order;

static int cmp_ref(const void *a, const void *b) {
  const mention_ref *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

static int order_mentions(const quoth_doc *doc, mention_order *mo) {
  mo->n = doc->nmentions;
  mo->ref = malloc((mo->n ? mo->n : 1) * sizeof *mo->ref);
  if (!mo->ref) return QUOTH_ENOMEM;
  for (size_t i = 0; i < mo->n; i++) mo->ref[i] = (mention_ref){doc->mentions[i].span.start, i};
  qsort(mo->ref, mo->n, sizeof *mo->ref, cmp_ref);
  return QUOTH_OK;
}

static const quoth__mention *mention_nth(const quoth_doc *doc, const mention_order *mo,
                                         size_t k) {
  return &doc->mentions[mo->ref[k].i];
}

/* Position in mo of the mention starting at pos, or QUOTH__NONE. */
static size_t find_mention(const mention_order *mo, size_t pos) {
  size_t lo = 0, hi = mo->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (mo->ref[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < mo->n && mo->ref[lo].start == pos ? lo : QUOTH__NONE;
}

/* ---- unattributed-quote --------------------------------------------------- */

static int rule_unattributed(quoth_doc *doc) {
  for (size_t i = 0; i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i];
    if (st->kind == QUOTH_KIND_INDIRECT || st->speaker != QUOTH__NONE) continue;
    int r = quoth__doc_add_diag(doc, "unattributed-quote", QUOTH_SEVERITY_ERROR,
                                quoth_statement_span(st),
                                "%s quote has no speaker, neither named nor recoverable "
                                "from the context",
                                st->kind == QUOTH_KIND_MIXED ? "mixed" : "direct");
    if (r) return r;
  }
  return QUOTH_OK;
}

/* ---- anonymous-source ----------------------------------------------------- */

static int is_anonymous(const quoth_doc *doc, const quoth_statement *st) {
  const quoth_entity *e = entity_at(doc, st->speaker);
  return e && e->type == QUOTH_ENTITY_ANONYMOUS;
}

static int rule_anonymous(quoth_doc *doc) {
  size_t n = 0;
  for (size_t i = 0; i < doc->nstatements; i++) n += is_anonymous(doc, &doc->statements[i]);
  for (size_t i = 0; i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i];
    if (!is_anonymous(doc, st)) continue;
    quoth_span at = st->speaker_mention.end ? st->speaker_mention : quoth_statement_span(st);
    int r = quoth__doc_add_diag(doc, "anonymous-source", QUOTH_SEVERITY_WARNING, at,
                                "statement attributed to an unnamed source (\"%s\"); "
                                "%zu of %zu statements in this article cite unnamed sources",
                                doc->entities[st->speaker].name, n, doc->nstatements);
    if (r) return r;
  }
  return QUOTH_OK;
}

/* ---- loaded-verb ---------------------------------------------------------- */

/* What the cue implies, or NULL when it is neutral. */
static const char *loaded_cue(const quoth__checker *ck, const quoth_doc *doc,
                              const quoth_statement *st) {
  if (!st->cue.end) return NULL;
  const char *t = doc->text + st->cue.start;
  size_t n = st->cue.end - st->cue.start, w = strcspn(t, " \t\n");
  if (w > n) w = n;
  const quoth__lexrow *r = quoth__lex_find(ck->loaded, t, n);
  if (!r) r = quoth__lex_find(ck->loaded, t, w); /* "insisted on Monday" */
  if (!r && st->lemma) r = quoth__lex_find(ck->loaded, st->lemma, strlen(st->lemma));
  return r ? quoth__lex_col(r, 2) : NULL;
}

static int rule_loaded_verb(const quoth__checker *ck, quoth_doc *doc) {
  for (size_t i = 0; i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i];
    const char *why = loaded_cue(ck, doc, st);
    if (!why) continue;
    int r = quoth__doc_add_diag(doc, "loaded-verb", QUOTH_SEVERITY_WARNING, st->cue,
                                "\"%.*s\" %s; house style prefers \"said\"",
                                span_arg(doc, st->cue), doc->text + st->cue.start, why);
    if (r) return r;
  }
  return QUOTH_OK;
}

/* ---- distant-pronoun and ambiguous-speaker -------------------------------- */

enum { AMBIG_LOOKBACK = 32 };

/* Can a mention of entity e be what pronoun p stands for? */
static int pronoun_fits(const quoth_doc *doc, const quoth__mention *p, size_t e) {
  const quoth_entity *ent = entity_at(doc, e);
  if (!ent) return 0;
  if (p->gender == 'm' || p->gender == 'f')
    return ent->type == QUOTH_ENTITY_PERSON && (ent->gender == p->gender || ent->gender == 0);
  if (p->gender == 'n') return ent->type != QUOTH_ENTITY_PERSON;
  return 0;
}

/* A rival must fit for sure: a proper name of a person of the pronoun's
 * (known) gender, or an organization's name for "it".  Unknown genders and
 * common nouns ("the firm") would make every pronoun look ambiguous. */
static int rival_fits(const quoth_doc *doc, const quoth__mention *p, const quoth__mention *m) {
  const quoth_entity *ent = entity_at(doc, m->entity);
  if (!ent || (m->kind != QUOTH__M_NAME && m->kind != QUOTH__M_ORG)) return 0;
  if (p->gender == 'm' || p->gender == 'f')
    return ent->type == QUOTH_ENTITY_PERSON && ent->gender == p->gender;
  return p->gender == 'n' && ent->type == QUOTH_ENTITY_ORGANIZATION;
}

/* Is the mention the subject pronoun "he", "she" or "it"?  Other forms
 * ("his", "himself") are not speakers. */
static int subject_pronoun(const quoth_doc *doc, const quoth__mention *p) {
  static const char *const forms[] = {"he", "she", "it"};
  size_t n = p->span.end - p->span.start;
  for (size_t i = 0; i < 3; i++)
    if (n == strlen(forms[i]) && !strncasecmp(doc->text + p->span.start, forms[i], n)) return 1;
  return 0;
}

/* Entities other than the speaker that pronoun mention k could stand for:
 * names in its own and the previous sentence, at most AMBIG_LOOKBACK
 * mentions back.  Returns the first rival, or QUOTH__NONE. */
static size_t rival_candidate(const quoth_doc *doc, const mention_order *mo, size_t k,
                              size_t speaker) {
  const quoth__mention *p = mention_nth(doc, mo, k);
  if (p->plural) return QUOTH__NONE;
  size_t rival = QUOTH__NONE;
  int speaker_seen = 0;
  for (size_t j = k, steps = 0; j-- > 0 && steps < AMBIG_LOOKBACK; steps++) {
    const quoth__mention *m = mention_nth(doc, mo, j);
    if (m->sentence + 1 < p->sentence) break;
    if (m->kind == QUOTH__M_PRONOUN || m->entity == QUOTH__NONE) continue;
    if (m->entity == speaker) speaker_seen |= pronoun_fits(doc, p, m->entity);
    else if (rival == QUOTH__NONE && rival_fits(doc, p, m)) rival = m->entity;
  }
  return speaker_seen ? rival : QUOTH__NONE;
}

/* Sentence of the last non-pronoun mention of each pronoun mention's
 * entity before it (QUOTH__NONE when none), indexed like mo. */
static int antecedent_sentences(const quoth_doc *doc, const mention_order *mo, size_t **out) {
  size_t *last = malloc((doc->nentities + 1) * sizeof *last);
  size_t *ante = malloc((mo->n + 1) * sizeof *ante);
  if (!last || !ante) {
    free(last), free(ante);
    return QUOTH_ENOMEM;
  }
  for (size_t e = 0; e < doc->nentities; e++) last[e] = QUOTH__NONE;
  for (size_t k = 0; k < mo->n; k++) {
    const quoth__mention *m = mention_nth(doc, mo, k);
    ante[k] = QUOTH__NONE;
    if (m->entity >= doc->nentities) continue;
    if (m->kind == QUOTH__M_PRONOUN) ante[k] = last[m->entity];
    else last[m->entity] = m->sentence;
  }
  free(last);
  *out = ante;
  return QUOTH_OK;
}

static int check_pronoun(const quoth__checker *ck, quoth_doc *doc, const mention_order *mo,
                         const size_t *ante, const quoth_statement *st) {
  size_t k = find_mention(mo, st->speaker_mention.start);
  if (k == QUOTH__NONE) return QUOTH_OK;
  const quoth__mention *p = mention_nth(doc, mo, k);
  /* A pronoun that cannot stand for its entity is an attribution error,
   * not an editorial one. */
  if (!subject_pronoun(doc, p) || !pronoun_fits(doc, p, st->speaker)) return QUOTH_OK;
  const char *name = doc->entities[st->speaker].name;
  int pl = span_arg(doc, p->span);
  const char *pt = doc->text + p->span.start;
  if (ante[k] != QUOTH__NONE && p->sentence > ante[k] + ck->distant) {
    int r = quoth__doc_add_diag(doc, "distant-pronoun", QUOTH_SEVERITY_WARNING, p->span,
                                "\"%.*s\" stands for %s, last named %zu sentences earlier "
                                "(more than %zu); name the speaker again",
                                pl, pt, name, p->sentence - ante[k], ck->distant);
    if (r) return r;
  }
  size_t rival = rival_candidate(doc, mo, k, st->speaker);
  if (rival == QUOTH__NONE) return QUOTH_OK;
  return quoth__doc_add_diag(doc, "ambiguous-speaker", QUOTH_SEVERITY_WARNING, p->span,
                             "\"%.*s\" could be %s or %s", pl, pt, name,
                             doc->entities[rival].name);
}

static int rule_pronouns(const quoth__checker *ck, quoth_doc *doc, const mention_order *mo) {
  size_t *ante = NULL;
  int r = antecedent_sentences(doc, mo, &ante);
  for (size_t i = 0; !r && i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i];
    if (st->resolved != QUOTH_RESOLVED_PRONOUN || st->speaker >= doc->nentities) continue;
    r = check_pronoun(ck, doc, mo, ante, st);
  }
  free(ante);
  return r;
}

/* ---- surname-first -------------------------------------------------------- */

/* A first paragraph with no sentence-final punctuation is a headline, where
 * surnames alone are the norm. */
static size_t headline_end(const quoth_doc *doc) {
  if (doc->nparagraphs < 2) return 0;
  quoth_span p = doc->paragraphs[0];
  int32_t last = cp_before(doc, p.end);
  if (last == '.' || last == '!' || last == '?' || last == 0x201D || last == '"') return 0;
  for (size_t i = p.start; i < p.end; i++)
    if (doc->text[i] == '\n') return 0;
  return p.end;
}

/* Two or more words, each capitalized: "Dmitry Peskov", not "former Ahold". */
static int is_full_name(const char *s) {
  if (count_tokens(s) < 2) return 0;
  for (const char *w = s; w; w = strchr(w, ' ')) {
    while (*w == ' ') w++;
    if (!*w) break;
    size_t next;
    if (!quoth__is_upper(quoth__utf8_decode(w, strlen(w), 0, &next))) return 0;
  }
  return 1;
}

/* The entity's longest full name, or NULL. */
static const char *full_name(const quoth_entity *e) {
  const char *best = is_full_name(e->name) ? e->name : NULL;
  for (size_t i = 0; i < e->naliases; i++)
    if (is_full_name(e->aliases[i]) && (!best || strlen(e->aliases[i]) > strlen(best)))
      best = e->aliases[i];
  return best;
}

/* Is the mention's name a single word equal to the full name's last word
 * (the surname)?  Comparing the words guards against mentions linked to
 * the wrong entity. */
static int surname_only(const quoth_doc *doc, const quoth__mention *m, const char *full) {
  quoth_span h = m->head.end ? m->head : m->span;
  for (size_t i = h.start; i < h.end; i++)
    if (doc->text[i] == ' ' || doc->text[i] == '\n') return 0;
  const char *last = strrchr(full, ' ');
  last = last ? last + 1 : full;
  char a[64], b[64];
  size_t na = quoth__fold(doc->text + h.start, h.end - h.start, a, sizeof a);
  size_t nb = quoth__fold(last, strlen(last), b, sizeof b);
  return na != (size_t)-1 && na == nb && !memcmp(a, b, na);
}

static int rule_surname_first(quoth_doc *doc, const mention_order *mo) {
  unsigned char *state = calloc(doc->nentities + 1, 1); /* 1 speaks, 2 seen */
  if (!state) return QUOTH_ENOMEM;
  for (size_t i = 0; i < doc->nstatements; i++)
    if (doc->statements[i].speaker < doc->nentities) state[doc->statements[i].speaker] = 1;
  size_t skip = headline_end(doc);
  int r = QUOTH_OK;
  for (size_t k = 0; k < mo->n && !r; k++) {
    const quoth__mention *m = mention_nth(doc, mo, k);
    if (m->entity >= doc->nentities || m->span.start < skip || state[m->entity] != 1) continue;
    state[m->entity] = 2;
    const quoth_entity *e = &doc->entities[m->entity];
    const char *full = full_name(e);
    if (e->type != QUOTH_ENTITY_PERSON || !full) continue;
    if (m->kind == QUOTH__M_PRONOUN && subject_pronoun(doc, m) && pronoun_fits(doc, m, m->entity))
      r = quoth__doc_add_diag(doc, "surname-first", QUOTH_SEVERITY_WARNING, m->span,
                              "speaker first appears as \"%.*s\"; the full name \"%s\" "
                              "comes later",
                              span_arg(doc, m->span), doc->text + m->span.start, full);
    else if (m->kind == QUOTH__M_NAME && surname_only(doc, m, full))
      r = quoth__doc_add_diag(doc, "surname-first", QUOTH_SEVERITY_WARNING, m->span,
                              "\"%.*s\" first appears by surname only; the full name \"%s\" "
                              "comes later",
                              span_arg(doc, m->span), doc->text + m->span.start, full);
  }
  free(state);
  return r;
}

/* ---- inconsistent-name ---------------------------------------------------- */

enum { NAME_KEY = 48, NAME_NEIGHBOURS = 16 };

/* One surname spelling: the last word of an entity's name or alias. */
typedef struct spelling {
  char key[NAME_KEY];  /* folded, particle (al-, el-...) and hyphens dropped */
  char fold[NAME_KEY]; /* folded as written */
  const char *raw;     /* the word as written (in the doc's arena) */
  size_t rawlen, entity;
} spelling;

static const char *const particles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-",
                                        "az-", "an-", "ul-", "bin-", "ibn-"};

static int make_spelling(const char *name, size_t entity, spelling *s) {
  const char *w = strrchr(name, ' ');
  w = w ? w + 1 : name;
  size_t n = strlen(w), f = quoth__fold(w, n, s->fold, sizeof s->fold - 1);
  if (f == (size_t)-1 || f < 3) return 0;
  s->fold[f] = '\0';
  const char *k = s->fold;
  for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
    if (!strncmp(k, particles[i], strlen(particles[i]))) k += strlen(particles[i]);
  size_t o = 0;
  for (; *k; k++)
    if (*k != '-' && *k != '\'') s->key[o++] = *k;
  s->key[o] = '\0';
  s->raw = w, s->rawlen = n, s->entity = entity;
  return o >= 3;
}

static int cmp_spelling(const void *a, const void *b) {
  const spelling *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : strcmp(x->fold, y->fold);
}

/* Levenshtein distance between a and b, or max + 1 when larger (two rows,
 * words are short). */
static size_t edit_distance(const char *a, const char *b, size_t max) {
  size_t la = strlen(a), lb = strlen(b), row[NAME_KEY + 1], prev[NAME_KEY + 1];
  if ((la > lb ? la - lb : lb - la) > max) return max + 1;
  for (size_t j = 0; j <= lb; j++) prev[j] = j;
  for (size_t i = 1; i <= la; i++) {
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= lb; j++) {
      size_t c = prev[j - 1] + (a[i - 1] != b[j - 1]);
      if (prev[j] + 1 < c) c = prev[j] + 1;
      if (row[j - 1] + 1 < c) c = row[j - 1] + 1;
      row[j] = c;
      if (c < best) best = c;
    }
    if (best > max) return max + 1;
    memcpy(prev, row, (lb + 1) * sizeof *row);
  }
  return prev[lb];
}

/* Two spellings of one name?  Same key (al-Sarraj / Sarraj) or a small
 * edit (Peskov / Peskow), and not two people with different first names. */
static int same_name(const quoth_doc *doc, const spelling *a, const spelling *b) {
  if (!strcmp(a->fold, b->fold)) return 0;
  size_t len = strlen(a->key) < strlen(b->key) ? strlen(a->key) : strlen(b->key);
  size_t max = len >= 9 ? 2 : len >= 5 ? 1 : 0;
  if (strcmp(a->key, b->key) && edit_distance(a->key, b->key, max) > max) return 0;
  if (a->entity == b->entity) return 1;
  const char *na = doc->entities[a->entity].name, *nb = doc->entities[b->entity].name;
  size_t ga = strcspn(na, " "), gb = strcspn(nb, " ");
  if (!na[ga] || !nb[gb]) return 1; /* one has no first name */
  return ga == gb && !strncmp(na, nb, ga);
}

/* The first mention of entity e spelled s, for the diagnostic's span. */
static quoth_span spelling_span(const quoth_doc *doc, const spelling *s) {
  const quoth_entity *e = &doc->entities[s->entity];
  for (size_t i = 0; i < e->nmentions; i++) {
    quoth_span m = e->mentions[i];
    if (m.end - m.start >= s->rawlen && !memcmp(doc->text + m.end - s->rawlen, s->raw, s->rawlen))
      return m;
  }
  return e->nmentions ? e->mentions[0] : (quoth_span){0, 0};
}

static int collect_spellings(const quoth_doc *doc, spelling **out, size_t *n) {
  size_t cap = 0;
  for (size_t e = 0; e < doc->nentities; e++) cap += 1 + doc->entities[e].naliases;
  spelling *sp = malloc((cap + 1) * sizeof *sp);
  if (!sp) return QUOTH_ENOMEM;
  size_t k = 0;
  for (size_t e = 0; e < doc->nentities; e++) {
    const quoth_entity *ent = &doc->entities[e];
    if (ent->type != QUOTH_ENTITY_PERSON) continue;
    k += make_spelling(ent->name, e, &sp[k]);
    for (size_t a = 0; a < ent->naliases; a++) k += make_spelling(ent->aliases[a], e, &sp[k]);
  }
  qsort(sp, k, sizeof *sp, cmp_spelling);
  *out = sp, *n = k;
  return QUOTH_OK;
}

/* Sorting by key puts variants next to each other; each spelling is
 * compared with at most NAME_NEIGHBOURS followers, so the cost is bounded
 * however many names the text holds. */
static int rule_inconsistent_name(quoth_doc *doc) {
  spelling *sp;
  size_t n;
  int r = collect_spellings(doc, &sp, &n);
  if (r) return r;
  for (size_t i = 0; !r && i < n; i++) {
    if (i && !strcmp(sp[i].fold, sp[i - 1].fold)) continue; /* one per spelling */
    for (size_t j = i + 1; !r && j < n && j <= i + NAME_NEIGHBOURS; j++) {
      if (!strcmp(sp[j].fold, sp[j - 1].fold) || !same_name(doc, &sp[i], &sp[j])) continue;
      quoth_span at = spelling_span(doc, &sp[j]);
      r = quoth__doc_add_diag(doc, "inconsistent-name", QUOTH_SEVERITY_WARNING, at,
                              "\"%.*s\" and \"%.*s\" look like one name spelled two ways",
                              (int)sp[i].rawlen, sp[i].raw, (int)sp[j].rawlen, sp[j].raw);
    }
  }
  free(sp);
  return r;
}

/* ---- unbalanced-quote (what the scanner did not report) ------------------- */

static int cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* Sorted byte offsets of every mark the scanner paired (or left open), and
 * sorted starts of the scanner's own unbalanced-quote diagnostics. */
typedef struct mark_index {
  size_t *marks, nmarks, capmarks;
  quoth_span *diags;
  size_t ndiags;
} mark_index;

static int cmp_span(const void *a, const void *b) {
  const quoth_span *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static int add_mark(mark_index *mi, size_t pos) {
  if (quoth__grow((void **)&mi->marks, &mi->capmarks, mi->nmarks + 1, sizeof *mi->marks))
    return QUOTH_ENOMEM;
  mi->marks[mi->nmarks++] = pos;
  return QUOTH_OK;
}

/* A quote's own marks, and for a quote continued over paragraphs the
 * opening marks that start each following paragraph inside it. */
static int add_quote_marks(const quoth_doc *doc, mark_index *mi, const quoth_quote *q) {
  int r = add_mark(mi, q->span.start);
  if (!r && !(q->flags & QUOTH_QUOTE_UNCLOSED) && q->span.end > q->span.start)
    r = add_mark(mi, quoth__utf8_back(doc->text, q->span.end - 1));
  if (!(q->flags & QUOTH_QUOTE_CONTINUED)) return r;
  for (size_t p = q->paragraph + 1;
       !r && p < doc->nparagraphs && doc->paragraphs[p].start < q->span.end; p++)
    r = add_mark(mi, doc->paragraphs[p].start);
  return r;
}

static int index_marks(const quoth_doc *doc, mark_index *mi) {
  *mi = (mark_index){0};
  mi->diags = malloc((doc->ndiags + 1) * sizeof *mi->diags);
  if (!mi->diags) return QUOTH_ENOMEM;
  int r = QUOTH_OK;
  for (size_t i = 0; !r && i < doc->nquotes; i++) r = add_quote_marks(doc, mi, &doc->quotes[i]);
  if (r) return r;
  for (size_t i = 0; i < doc->ndiags; i++)
    if (!strcmp(doc->diags[i].rule, "unbalanced-quote")) mi->diags[mi->ndiags++] = doc->diags[i].span;
  qsort(mi->marks, mi->nmarks, sizeof *mi->marks, cmp_size);
  qsort(mi->diags, mi->ndiags, sizeof *mi->diags, cmp_span);
  return QUOTH_OK;
}

static int is_mark(const mark_index *mi, size_t pos) {
  return bsearch(&pos, mi->marks, mi->nmarks, sizeof pos, cmp_size) != NULL;
}

/* Did the scanner already report something at pos? */
static int scanner_reported(const mark_index *mi, size_t pos) {
  size_t lo = 0, hi = mi->ndiags;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (mi->diags[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (size_t k = lo, steps = 0; k-- > 0 && steps < 8; steps++)
    if (mi->diags[k].start == pos || mi->diags[k].end > pos) return 1;
  return 0;
}

static int is_pair(const quoth__checker *ck, int32_t open, int32_t close) {
  for (size_t i = 0; i < ck->npairs; i++)
    if (ck->pairs[i][0] == open && ck->pairs[i][1] == close) return 1;
  return ck->npairs == 0; /* no lexicon: nothing to compare with */
}

static int check_pair(const quoth__checker *ck, quoth_doc *doc, const mark_index *mi,
                      const quoth_quote *q) {
  char a[5], b[5];
  int32_t open = cp_at(doc, q->span.start);
  if (scanner_reported(mi, q->span.start)) return QUOTH_OK;
  if (q->flags & QUOTH_QUOTE_UNCLOSED) {
    if (q->flags & QUOTH_QUOTE_CONTINUED) return QUOTH_OK;
    quoth_span at = {q->span.start, q->span.start + cp_len(doc, q->span.start)};
    return quoth__doc_add_diag(doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR, at,
                               "quotation mark %s is never closed", cp_str(open, a));
  }
  int32_t close = cp_before(doc, q->span.end);
  if (is_pair(ck, open, close)) return QUOTH_OK;
  return quoth__doc_add_diag(doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR, q->span,
                             "mismatched quotation marks: opened with %s, closed with %s",
                             cp_str(open, a), cp_str(close, b));
}

/* Marks that are never apostrophes, so a stray one is always an error. */
static int unambiguous_mark(int32_t c, int *opening) {
  switch (c) {
  case 0x201C: case 0xAB: case 0x201E: case 0x300C: case 0x300E: *opening = 1; return 1;
  case 0x201D: case 0xBB: case 0x300D: case 0x300F: *opening = 0; return 1;
  default: return 0;
  }
}

/* Newspaper convention: a quote running over paragraphs leaves each one
 * open and reopens the next with an opening mark. */
static int continues(const quoth_doc *doc, size_t pos) {
  size_t p = quoth__doc_paragraph_at(doc, pos);
  if (p + 1 >= doc->nparagraphs) return 0;
  int opening = 0;
  return unambiguous_mark(cp_at(doc, doc->paragraphs[p + 1].start), &opening) && opening;
}

static int check_stray_marks(quoth_doc *doc, const mark_index *mi) {
  char a[5];
  for (size_t i = 0, next; i < doc->len; i = next) {
    int opening = 0;
    int32_t c = quoth__utf8_decode(doc->text, doc->len, i, &next);
    if (c < 0x80 || !unambiguous_mark(c, &opening) || is_mark(mi, i)) continue;
    if (scanner_reported(mi, i) || (opening && continues(doc, i))) continue;
    int r = quoth__doc_add_diag(doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR,
                                (quoth_span){i, next},
                                opening ? "quotation mark %s is never closed"
                                        : "closing quotation mark %s was never opened",
                                cp_str(c, a));
    if (r) return r;
  }
  return QUOTH_OK;
}

static int rule_unbalanced(const quoth__checker *ck, quoth_doc *doc) {
  mark_index mi;
  int r = index_marks(doc, &mi);
  for (size_t i = 0; !r && i < doc->nquotes; i++) r = check_pair(ck, doc, &mi, &doc->quotes[i]);
  if (!r) r = check_stray_marks(doc, &mi);
  free(mi.marks), free(mi.diags);
  return r;
}

/* ---- mixed-quote-style ---------------------------------------------------- */

static const char *const style_names[] = {
    "straight \"...\"", "curly \xE2\x80\x9C...\xE2\x80\x9D", "low-high \xE2\x80\x9E...\xE2\x80\x9C",
    "guillemets \xC2\xAB...\xC2\xBB", "reversed guillemets \xC2\xBB...\xC2\xAB",
    "Swedish \xE2\x80\x9D...\xE2\x80\x9D", "corner brackets \xE3\x80\x8C...\xE3\x80\x8D"};
enum { NSTYLES = sizeof style_names / sizeof *style_names };

static int quote_style(int32_t open) {
  switch (open) {
  case '"': case '\'': case 0xFF02: return 0;
  case 0x201C: case 0x2018: return 1;
  case 0x201E: case 0x201A: return 2;
  case 0xAB: case 0x2039: return 3;
  case 0xBB: case 0x203A: return 4;
  case 0x201D: case 0x2019: return 5;
  case 0x300C: case 0x300E: case 0x301D: return 6;
  default: return -1;
  }
}

static int rule_mixed_style(quoth_doc *doc) {
  size_t count[NSTYLES] = {0}, first[NSTYLES];
  for (size_t i = 0; i < doc->nquotes; i++) {
    if (doc->quotes[i].parent != QUOTH__NONE) continue; /* nested marks alternate */
    int s = quote_style(cp_at(doc, doc->quotes[i].span.start));
    if (s >= 0 && !count[s]++) first[s] = i;
  }
  int main_style = -1;
  for (int s = 0; s < NSTYLES; s++)
    if (count[s] && (main_style < 0 || count[s] > count[main_style] ||
                     (count[s] == count[main_style] && first[s] < first[main_style])))
      main_style = s;
  for (size_t i = 0; main_style >= 0 && i < doc->nquotes; i++) {
    const quoth_quote *q = &doc->quotes[i];
    int s = q->parent == QUOTH__NONE ? quote_style(cp_at(doc, q->span.start)) : -1;
    if (s < 0 || s == main_style) continue;
    quoth_span at = {q->span.start, q->span.start + cp_len(doc, q->span.start)};
    int r = quoth__doc_add_diag(doc, "mixed-quote-style", QUOTH_SEVERITY_WARNING, at,
                                "%s marks in a text that mostly uses %s marks (%zu quotes)",
                                style_names[s], style_names[main_style], count[main_style]);
    if (r) return r;
  }
  return QUOTH_OK;
}

/* ---- the runner ----------------------------------------------------------- */

typedef struct diag_ref {
  quoth_diagnostic d;
  size_t i;
} diag_ref;

static int cmp_diag(const void *a, const void *b) {
  const diag_ref *x = a, *y = b;
  if (x->d.span.start != y->d.span.start) return x->d.span.start < y->d.span.start ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Stable sort by start, so writers list diagnostics in text order. */
static int sort_diags(quoth_doc *doc) {
  diag_ref *t = malloc((doc->ndiags + 1) * sizeof *t);
  if (!t) return QUOTH_ENOMEM;
  for (size_t i = 0; i < doc->ndiags; i++) t[i] = (diag_ref){doc->diags[i], i};
  qsort(t, doc->ndiags, sizeof *t, cmp_diag);
  for (size_t i = 0; i < doc->ndiags; i++) doc->diags[i] = t[i].d;
  free(t);
  return QUOTH_OK;
}

int quoth__run_checks(const quoth__checker *ck, quoth_doc *doc) {
  static const quoth__checker defaults = {.distant = QUOTH__DISTANT_PRONOUN_DEFAULT};
  if (!ck) ck = &defaults;
  mention_order mo;
  int r = order_mentions(doc, &mo);
  if (r) return r;
  r = rule_unbalanced(ck, doc);
  if (!r) r = rule_unattributed(doc);
  if (!r) r = rule_pronouns(ck, doc, &mo);
  if (!r) r = rule_surname_first(doc, &mo);
  if (!r) r = rule_inconsistent_name(doc);
  if (!r) r = rule_anonymous(doc);
  if (!r) r = rule_loaded_verb(ck, doc);
  if (!r) r = rule_mixed_style(doc);
  free(mo.ref);
  return r ? r : sort_diags(doc);
}
