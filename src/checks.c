/* checks.c - see checks.h and docs/checks.md. */
#include "checks.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "checks_int.h"

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
  r = quoth__check_unbalanced(ck, doc);
  if (!r) r = rule_unattributed(doc);
  if (!r) r = rule_pronouns(ck, doc, &mo);
  if (!r) r = rule_surname_first(doc, &mo);
  if (!r) r = quoth__check_inconsistent_names(doc);
  if (!r) r = rule_anonymous(doc);
  if (!r) r = rule_loaded_verb(ck, doc);
  if (!r) r = quoth__check_mixed_style(doc);
  free(mo.ref);
  return r ? r : sort_diags(doc);
}
