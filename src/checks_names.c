/* checks_names.c - inconsistent-name: one surname spelled two ways
 * (Peskov / Peskow, al-Sarraj / Sarraj), at bounded cost.  See checks_int.h. */
#include <stdlib.h>
#include <string.h>

#include "checks_int.h"

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
int quoth__check_inconsistent_names(quoth_doc *doc) {
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
