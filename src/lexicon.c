/* lexicon.c - see lexicon.h. */
#include "lexicon.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "text.h"

/* Expected column counts per file stem; files not listed take 1..16.  A file
 * with required != 0 must exist in every lexicon directory. */
static const struct lex_schema {
  const char *path; /* "<lang>/<stem>" or "*\/<stem>" for any language */
  unsigned mincols, maxcols;
  int required;
} lex_schemas[] = {
    {"common/quote_marks", 3, 4, 1},
    {"*/abbreviations", 1, 2, 0},
    {"*/sentence_starters", 1, 1, 0},
    {"*/after_ordinal", 1, 1, 0},
    {"*/speech_verbs", 3, 3, 0},
    {"*/cognition_verbs", 3, 3, 0},
    {"*/speech_nouns", 3, 3, 0},
    {"*/cue_phrases", 3, 4, 0},
    {"*/titles", 2, 3, 0},
    {"*/title_modifiers", 1, 1, 0},
    {"*/honorifics", 2, 2, 0},
    {"*/pronouns", 4, 4, 0},
    {"*/org_heads", 1, 2, 0},
    {"*/anonymous_sources", 1, 2, 0},
    {"*/function_words", 2, 2, 0}, /* attribution: closed-class roles */
    {"*/clause_cues", 1, 1, 0},    /* attribution: cues with a bare clause */
    {"*/given_names", 2, 2, 0},    /* attribution: gender for pronouns */
    {"*/noun_cues", 1, 1, 0},      /* attribution: cue forms that are also nouns */
    {"*/object_cues", 1, 1, 0},    /* attribution: cues whose object is the content */
    {"*/evidence_sources", 1, 1, 0}, /* attribution: records and polls that "show" */

    {"*/demonyms", 2, 2, 0},
    {"*/stopnames", 1, 1, 0},
    {"*/known_names", 2, 2, 0},  /* mentions.c, entities.c: names typed org/place */
    {"*/place_heads", 1, 1, 0},  /* entities.c: last words of place names */
    {"*/org_name_heads", 1, 1, 0}, /* mentions.c: last words of organization names */
    {"*/term_cues", 2, 2, 0},
    {"*/loaded_verbs", 3, 3, 0},
    {"*/confidence", 2, 3, 0}, /* calibrate.c: rule[/resolution] -> confidence */
    {"*/word_classes", 2, 2, 0}, /* tokens.c: closed word classes (WC_*) */
    {"en/abbreviations", 1, 2, 1},
    {"en/speech_verbs", 3, 3, 1},
};

/* A hash slot: row index + 1 (0 = empty) and the key's length and hash, so
 * a probe compares bytes only when those match. */
typedef struct lex_slot {
  uint32_t row, len;
  size_t hash;
} lex_slot;

struct quoth__lextable {
  char *name; /* "<lang>/<stem>" */
  quoth__lexrow *rows;
  size_t nrows, caprows;
  lex_slot *slots; /* open addressing */
  size_t nslots;
  size_t max_words;
};

struct quoth_lexicons {
  quoth__arena arena;
  quoth__lextable *tables;
  size_t ntables, captables;
};

/* ---- hashing ------------------------------------------------------------ */

/* FNV-1a over eight bytes at a time (the tail zero-padded, the length mixed
 * in), then a final avalanche: look-ups hash every token and phrase prefix,
 * so a multiply per byte was most of their cost. */
static size_t lex_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL ^ n, w;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 1099511628211ULL;
  }
  if (i < n) { /* the tail, byte by byte: short keys made memcpy a call */
    w = 0;
    for (size_t k = 0; i + k < n; k++) w |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
    h = (h ^ w) * 1099511628211ULL;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return (size_t)h;
}

static int lex_index(quoth__lextable *t) {
  size_t n = 16;
  while (n < t->nrows * 2 + 1) n *= 2;
  t->slots = calloc(n, sizeof *t->slots);
  if (!t->slots) return QUOTH_ENOMEM;
  t->nslots = n;
  for (size_t r = 0; r < t->nrows; r++) {
    const char *k = t->rows[r].key;
    size_t len = strlen(k), hash = lex_hash(k, len), h = hash & (n - 1);
    int dup = 0;
    while (t->slots[h].row) {
      if (strcmp(t->rows[t->slots[h].row - 1].key, k) == 0) dup = 1;
      if (dup) break; /* the first row with a key wins */
      h = (h + 1) & (n - 1);
    }
    if (!dup) t->slots[h] = (lex_slot){(uint32_t)(r + 1), (uint32_t)len, hash};
  }
  return QUOTH_OK;
}

const quoth__lexrow *quoth__lex_get(const quoth__lextable *t, const char *key, size_t len) {
  if (!t || !t->nslots) return NULL;
  size_t hash = lex_hash(key, len), mask = t->nslots - 1, h = hash & mask;
  for (; t->slots[h].row; h = (h + 1) & mask) {
    const lex_slot *sl = &t->slots[h];
    if (sl->hash != hash || sl->len != len) continue;
    const quoth__lexrow *r = &t->rows[sl->row - 1];
    if (memcmp(r->key, key, len) == 0) return r;
  }
  return NULL;
}

const quoth__lexrow *quoth__lex_find(const quoth__lextable *t, const char *text, size_t len) {
  char buf[256];
  if (!t) return NULL;
  size_t n = quoth__fold(text, len, buf, sizeof buf);
  return n == (size_t)-1 ? NULL : quoth__lex_get(t, buf, n);
}

size_t quoth__lex_count(const quoth__lextable *t) { return t ? t->nrows : 0; }

const quoth__lexrow *quoth__lex_row(const quoth__lextable *t, size_t i) {
  return t && i < t->nrows ? &t->rows[i] : NULL;
}

size_t quoth__lex_max_words(const quoth__lextable *t) { return t ? t->max_words : 0; }

const char *quoth__lex_col(const quoth__lexrow *r, size_t i) {
  return r && i < r->ncols ? r->cols[i] : "";
}

/* ---- lookup of tables --------------------------------------------------- */

static const quoth__lextable *lex_table_exact(const quoth_lexicons *lex, const char *lang,
                                              size_t langlen, const char *stem) {
  for (size_t i = 0; i < lex->ntables; i++) {
    const char *nm = lex->tables[i].name;
    if (strncmp(nm, lang, langlen) == 0 && nm[langlen] == '/' &&
        strcmp(nm + langlen + 1, stem) == 0)
      return &lex->tables[i];
  }
  return NULL;
}

const quoth__lextable *quoth__lex_table(const quoth_lexicons *lex, const char *lang,
                                        const char *stem) {
  if (!lex || !lang || !stem) return NULL;
  const quoth__lextable *t = lex_table_exact(lex, lang, strlen(lang), stem);
  if (t) return t;
  size_t base = strcspn(lang, "-_@."); /* "en-GB" -> "en" */
  return lex_table_exact(lex, lang, base, stem);
}

int quoth__lex_has_lang(const quoth_lexicons *lex, const char *lang) {
  if (!lex || !lang) return 0;
  size_t base = strcspn(lang, "-_@.");
  for (size_t i = 0; i < lex->ntables; i++)
    if (strncmp(lex->tables[i].name, lang, base) == 0 && lex->tables[i].name[base] == '/')
      return 1;
  return 0;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct lex_err {
  char *buf;
  size_t len;
} lex_err;

static int lex_fail(lex_err *e, int status, const char *fmt, ...) {
  if (e->buf && e->len) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->buf, e->len, fmt, ap);
    va_end(ap);
  }
  return status;
}

static const struct lex_schema *lex_schema_for(const char *name) {
  const char *stem = strchr(name, '/');
  stem = stem ? stem + 1 : name;
  const struct lex_schema *any = NULL;
  for (size_t i = 0; i < sizeof lex_schemas / sizeof *lex_schemas; i++) {
    const char *p = lex_schemas[i].path;
    if (strcmp(p, name) == 0) return &lex_schemas[i];
    if (p[0] == '*' && strcmp(p + 2, stem) == 0) any = &lex_schemas[i];
  }
  return any;
}

static size_t count_words(const char *k) {
  size_t n = 0;
  for (int in = 0; *k; k++) {
    int sp = *k == ' ';
    if (!sp && !in) n++;
    in = !sp;
  }
  return n;
}

static char *trim(char *s, char *end) {
  while (s < end && (*s == ' ' || *s == '\r')) s++;
  while (end > s && (end[-1] == ' ' || end[-1] == '\r')) end--;
  *end = '\0';
  return s;
}

/* Columns (1-based) that must hold a number in [0, 1], per file stem. */
static const struct lex_unit_col {
  const char *stem;
  unsigned col;
} lex_unit_cols[] = {{"confidence", 2}};

/* The unit column of table name ("en/confidence"), or 0. */
static unsigned unit_col_for(const char *name) {
  const char *stem = strrchr(name, '/');
  stem = stem ? stem + 1 : name;
  for (size_t i = 0; i < sizeof lex_unit_cols / sizeof *lex_unit_cols; i++)
    if (!strcmp(stem, lex_unit_cols[i].stem)) return lex_unit_cols[i].col;
  return 0;
}

/* A decimal number in [0, 1], nothing else ("0.85", "1", not "85%"). */
static int is_unit_number(const char *s) {
  char *end;
  if (!*s || !((*s >= '0' && *s <= '9') || *s == '.')) return 0;
  double v = strtod(s, &end);
  return !*end && v >= 0.0 && v <= 1.0;
}

/* Row r's column uc (1-based; 0 = none) holds a number in [0, 1]. */
static int check_unit_col(const quoth__lexrow *r, unsigned uc, const char *file, size_t lineno,
                          lex_err *e) {
  if (!uc || uc > r->ncols || is_unit_number(r->cols[uc - 1])) return QUOTH_OK;
  return lex_fail(e, QUOTH_ELEXICON, "%s:%zu: column %u: expected a number from 0 to 1, found '%s'",
                  file, lineno, uc, r->cols[uc - 1]);
}

/* Splits one line (NUL-terminated, writable) into the row r. */
static int lex_parse_row(quoth_lexicons *lex, const struct lex_schema *sc, char *line,
                         quoth__lexrow *r, const char *file, size_t lineno, lex_err *e) {
  char *cols[16];
  size_t n = 0;
  for (char *p = line;;) {
    char *tab = strchr(p, '\t');
    char *end = tab ? tab : p + strlen(p);
    if (n == 16) return lex_fail(e, QUOTH_ELEXICON, "%s:%zu: more than 16 columns", file, lineno);
    cols[n++] = trim(p, end);
    if (!tab) break;
    p = tab + 1;
  }
  unsigned lo = sc ? sc->mincols : 1, hi = sc ? sc->maxcols : 16;
  if (n < lo || n > hi)
    return lex_fail(e, QUOTH_ELEXICON, "%s:%zu: expected %u to %u tab-separated columns, found %zu",
                    file, lineno, lo, hi, n);
  if (!cols[0][0]) return lex_fail(e, QUOTH_ELEXICON, "%s:%zu: empty key", file, lineno);
  const char **cp = quoth__arena_alloc(&lex->arena, n * sizeof *cp);
  if (!cp) return QUOTH_ENOMEM;
  for (size_t i = 0; i < n; i++)
    if (!(cp[i] = quoth__arena_strndup(&lex->arena, cols[i], strlen(cols[i])))) return QUOTH_ENOMEM;
  char key[512];
  size_t kl = quoth__fold(cols[0], strlen(cols[0]), key, sizeof key);
  if (kl == (size_t)-1)
    return lex_fail(e, QUOTH_ELEXICON, "%s:%zu: key too long or not normalizable", file, lineno);
  if (!(r->key = quoth__arena_strndup(&lex->arena, key, kl))) return QUOTH_ENOMEM;
  r->cols = cp;
  r->ncols = n;
  r->line = lineno;
  return QUOTH_OK;
}

static int is_blank_or_comment(const char *s) {
  while (*s == ' ' || *s == '\t' || *s == '\r') s++;
  return *s == '\0' || *s == '#';
}

/* Parses the whole file data[0..len) (copied) as table name. */
static int lex_parse_file(quoth_lexicons *lex, const char *name, const char *data, size_t len,
                          const char *display, lex_err *e) {
  size_t bad;
  if (quoth__utf8_check(data, len, &bad) != QUOTH_OK)
    return lex_fail(e, QUOTH_ELEXICON, "%s: invalid UTF-8 or NUL at byte %zu", display, bad);
  if (quoth__grow((void **)&lex->tables, &lex->captables, lex->ntables + 1, sizeof *lex->tables))
    return QUOTH_ENOMEM;
  quoth__lextable *t = &lex->tables[lex->ntables++];
  memset(t, 0, sizeof *t);
  if (!(t->name = quoth__arena_strndup(&lex->arena, name, strlen(name)))) return QUOTH_ENOMEM;
  const struct lex_schema *sc = lex_schema_for(name);
  unsigned uc = unit_col_for(name);
  char *copy = malloc(len + 1);
  if (!copy) return QUOTH_ENOMEM;
  memcpy(copy, data, len);
  copy[len] = '\0';
  int st = QUOTH_OK;
  size_t lineno = 0;
  for (char *p = copy; *p && st == QUOTH_OK;) {
    char *nl = strchr(p, '\n');
    if (nl) *nl = '\0';
    lineno++;
    if (!is_blank_or_comment(p)) {
      if (quoth__grow((void **)&t->rows, &t->caprows, t->nrows + 1, sizeof *t->rows))
        st = QUOTH_ENOMEM;
      else if ((st = lex_parse_row(lex, sc, p, &t->rows[t->nrows], display, lineno, e)) == 0 &&
               (st = check_unit_col(&t->rows[t->nrows], uc, display, lineno, e)) == 0) {
        size_t w = count_words(t->rows[t->nrows].key);
        if (w > t->max_words) t->max_words = w;
        t->nrows++;
      }
    }
    if (!nl) break;
    p = nl + 1;
  }
  free(copy);
  return st ? st : lex_index(t);
}

/* Strips the extension: "en/titles.tsv" -> "en/titles". */
static void table_name(const char *path, char *out, size_t cap) {
  snprintf(out, cap, "%s", path);
  char *dot = strrchr(out, '.');
  char *slash = strrchr(out, '/');
  if (dot && (!slash || dot > slash)) *dot = '\0';
}

static int lex_load_embedded(quoth_lexicons *lex, lex_err *e) {
  for (const quoth__embedded_file *f = quoth__embedded_lexicons; f->name; f++) {
    char name[256];
    table_name(f->name, name, sizeof name);
    const char *d = f->data ? f->data : "";
    int st = lex_parse_file(lex, name, d, strlen(d), f->name, e);
    if (st) return st;
  }
  return QUOTH_OK;
}

static int read_file(const char *path, char **data, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return QUOTH_EIO;
  size_t cap = 0, n = 0;
  char *d = NULL;
  for (;;) {
    if (quoth__grow((void **)&d, &cap, n + 65536, 1)) {
      free(d);
      fclose(f);
      return QUOTH_ENOMEM;
    }
    size_t got = fread(d + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  int err = ferror(f);
  fclose(f);
  if (err) {
    free(d);
    return QUOTH_EIO;
  }
  *data = d;
  *len = n;
  return QUOTH_OK;
}

static int has_lexicon_ext(const char *n) {
  size_t l = strlen(n);
  return l > 4 && n[0] != '.' && (strcmp(n + l - 4, ".tsv") == 0 || strcmp(n + l - 4, ".txt") == 0);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir that pass keep(); caller frees each and the array. */
static int list_dir(const char *dir, int (*keep)(const char *dir, const char *name),
                    char ***out, size_t *n) {
  DIR *d = opendir(dir);
  size_t cap = 0;
  *out = NULL;
  *n = 0;
  if (!d) return QUOTH_EIO;
  struct dirent *ent;
  int st = QUOTH_OK;
  while ((ent = readdir(d)) && st == QUOTH_OK) {
    if (!keep(dir, ent->d_name)) continue;
    char *s = strdup(ent->d_name);
    if (!s || quoth__grow((void **)out, &cap, *n + 1, sizeof **out)) {
      free(s);
      st = QUOTH_ENOMEM;
      break;
    }
    (*out)[(*n)++] = s;
  }
  closedir(d);
  if (*n) qsort(*out, *n, sizeof **out, cmp_str);
  return st;
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

static int keep_subdir(const char *dir, const char *name) {
  char p[4096];
  struct stat sb;
  if (name[0] == '.') return 0;
  snprintf(p, sizeof p, "%s/%s", dir, name);
  return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int keep_file(const char *dir, const char *name) {
  (void)dir;
  return has_lexicon_ext(name);
}

static int lex_load_lang_dir(quoth_lexicons *lex, const char *dir, const char *lang, lex_err *e) {
  char sub[4096];
  char **files;
  size_t nf;
  snprintf(sub, sizeof sub, "%s/%s", dir, lang);
  int st = list_dir(sub, keep_file, &files, &nf);
  for (size_t i = 0; i < nf && st == QUOTH_OK; i++) {
    char path[4096], rel[512], name[512];
    char *data = NULL;
    size_t len = 0;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", sub, files[i]) >= sizeof path ||
        (size_t)snprintf(rel, sizeof rel, "%s/%s", lang, files[i]) >= sizeof rel) {
      st = lex_fail(e, QUOTH_EIO, "%s/%s: path too long", sub, files[i]);
      break;
    }
    table_name(rel, name, sizeof name);
    st = read_file(path, &data, &len);
    if (st == QUOTH_EIO) lex_fail(e, st, "%s: %s", path, strerror(errno));
    if (st == QUOTH_OK) st = lex_parse_file(lex, name, data, len, path, e);
    free(data);
  }
  free_list(files, nf);
  return st;
}

static int lex_load_dir(quoth_lexicons *lex, const char *dir, lex_err *e) {
  char **langs;
  size_t nl;
  int st = list_dir(dir, keep_subdir, &langs, &nl);
  if (st == QUOTH_EIO) return lex_fail(e, st, "%s: cannot read lexicon directory: %s", dir,
                                       strerror(errno));
  for (size_t i = 0; i < nl && st == QUOTH_OK; i++) st = lex_load_lang_dir(lex, dir, langs[i], e);
  free_list(langs, nl);
  return st;
}

/* Every file marked required must be present. */
static int lex_check_required(const quoth_lexicons *lex, const char *where, lex_err *e) {
  for (size_t i = 0; i < sizeof lex_schemas / sizeof *lex_schemas; i++) {
    const struct lex_schema *sc = &lex_schemas[i];
    if (!sc->required) continue;
    int found = 0;
    for (size_t t = 0; t < lex->ntables && !found; t++)
      found = strcmp(lex->tables[t].name, sc->path) == 0;
    if (!found)
      return lex_fail(e, QUOTH_ELEXICON, "%s/%s.*: required lexicon file is missing", where,
                      sc->path);
  }
  return QUOTH_OK;
}

void quoth_lexicons_free(quoth_lexicons *lex) {
  if (!lex) return;
  for (size_t i = 0; i < lex->ntables; i++) {
    free(lex->tables[i].rows);
    free(lex->tables[i].slots);
  }
  free(lex->tables);
  quoth__arena_free(&lex->arena);
  free(lex);
}

int quoth_lexicons_load(const char *dir, quoth_lexicons **out, char *errbuf, size_t errlen) {
  lex_err e = {errbuf, errlen};
  if (errbuf && errlen) errbuf[0] = '\0';
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  quoth_lexicons *lex = calloc(1, sizeof *lex);
  if (!lex) return lex_fail(&e, QUOTH_ENOMEM, "out of memory while loading lexicons");
  quoth__arena_init(&lex->arena);
  int st = dir ? lex_load_dir(lex, dir, &e) : lex_load_embedded(lex, &e);
  if (st == QUOTH_OK) st = lex_check_required(lex, dir ? dir : "(built-in)", &e);
  if (st != QUOTH_OK) {
    if (st == QUOTH_ENOMEM) lex_fail(&e, st, "out of memory while loading lexicons");
    quoth_lexicons_free(lex);
    return st;
  }
  *out = lex;
  return QUOTH_OK;
}
