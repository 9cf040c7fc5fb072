/* input.c - see input.h. */
#define _GNU_SOURCE
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "jsonl_fast.h"

enum { LINE_SLACK = 65536, SHRINK_ABOVE = 4u << 20 };
#define LINE_EOF ((size_t)-1)
#define LINE_TOO_LONG ((size_t)-2)

struct cli_reader {
  const cli_opts *o;
  char **files; /* expanded inputs, "-" for stdin */
  size_t nfiles, capfiles, next_file;
  FILE *f;          /* current JSONL stream */
  const char *name; /* current file name */
  size_t recno;
  char *line; /* current JSONL line */
  size_t linecap;
  char block[65536]; /* read buffer of the current JSONL stream */
  size_t bpos, blen;
  size_t failures, bytes, total, seq;
  int defer; /* JSONL records are parsed by cli_doc_parse() */
};

void cli_doc_clear(cli_doc *d) {
  free(d->text);
  free(d->id_json);
  free(d->keep_json);
  free(d->keep_tsv);
  free(d->raw);
  free(d->error);
  memset(d, 0, sizeof *d);
}

static int add_file(cli_reader *r, const char *path) {
  if (r->nfiles == r->capfiles) {
    size_t cap = r->capfiles ? r->capfiles * 2 : 16;
    char **v = realloc(r->files, cap * sizeof *v);
    if (!v) return -1;
    r->files = v;
    r->capfiles = cap;
  }
  if (!(r->files[r->nfiles] = strdup(path))) return -1;
  r->nfiles++;
  return 0;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Directories on the current descent path, to detect symlink loops. */
typedef struct dir_stack {
  dev_t dev[64];
  ino_t ino[64];
  int n;
} dir_stack;

static void expand_dir(cli_reader *r, const char *dir, dir_stack *stk);

static void expand_path(cli_reader *r, const char *path, int top, dir_stack *stk) {
  struct stat sb;
  if (strcmp(path, "-") == 0) {
    add_file(r, path);
    return;
  }
  if (stat(path, &sb) != 0) {
    cli_error("%s: %s", path, strerror(errno));
    r->failures++;
    return;
  }
  if (S_ISDIR(sb.st_mode)) {
    for (int i = 0; i < stk->n; i++)
      if (stk->dev[i] == sb.st_dev && stk->ino[i] == sb.st_ino) {
        cli_error("%s: directory loop (symbolic link to an enclosing directory); skipped", path);
        r->failures++;
        return;
      }
    if (stk->n == 64) {
      cli_error("%s: directories nested too deep; skipped", path);
      r->failures++;
      return;
    }
    stk->dev[stk->n] = sb.st_dev;
    stk->ino[stk->n++] = sb.st_ino;
    expand_dir(r, path, stk);
    stk->n--;
    return;
  }
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  if (!top && r->o->glob && fnmatch(r->o->glob, base, 0) != 0) return;
  r->total += (size_t)sb.st_size;
  add_file(r, path);
}

static void expand_dir(cli_reader *r, const char *dir, dir_stack *stk) {
  DIR *d = opendir(dir);
  if (!d) {
    cli_error("%s: %s", dir, strerror(errno));
    r->failures++;
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *ent;
  while ((ent = readdir(d))) {
    if (ent->d_name[0] == '.') continue; /* hidden files, "." and ".." */
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      char **v = realloc(names, cap * sizeof *v);
      if (!v) break;
      names = v;
    }
    if (!(names[n] = strdup(ent->d_name))) break;
    n++;
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp_names);
  for (size_t i = 0; i < n; i++) {
    char *p = NULL;
    if (asprintf(&p, "%s/%s", dir, names[i]) >= 0) expand_path(r, p, 0, stk);
    free(p);
    free(names[i]);
  }
  free(names);
}

cli_reader *cli_reader_new(const cli_opts *o) {
  cli_reader *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->o = o;
  dir_stack stk = {.n = 0};
  if (o->npaths == 0) add_file(r, "-");
  for (int i = 0; i < o->npaths; i++) expand_path(r, o->paths[i], 1, &stk);
  return r;
}

void cli_reader_free(cli_reader *r) {
  if (!r) return;
  for (size_t i = 0; i < r->nfiles; i++) free(r->files[i]);
  free(r->files);
  if (r->f && r->f != stdin) fclose(r->f);
  free(r->line);
  free(r);
}

size_t cli_reader_failures(const cli_reader *r) { return r->failures; }
void cli_reader_defer_parse(cli_reader *r) { r->defer = 1; }
size_t cli_reader_bytes(const cli_reader *r) {
  return r->bytes - (r->f ? r->blen - r->bpos : 0); /* minus what is buffered */
}
size_t cli_reader_total(const cli_reader *r) { return r->total; }

static int is_jsonl_name(const cli_reader *r, const char *name) {
  if (r->o->input != CLI_INPUT_AUTO) return r->o->input == CLI_INPUT_JSONL;
  size_t n = strlen(name);
  return (n > 6 && strcmp(name + n - 6, ".jsonl") == 0) ||
         (n > 7 && strcmp(name + n - 7, ".ndjson") == 0);
}

/* Largest raw JSONL line accepted: the document limit plus room for the
 * record's other fields.  A longer line is skipped without being stored. */
static size_t line_limit(const cli_reader *r) {
  size_t m = r->o->max_bytes;
  return m == 0 || m > (size_t)-1 - LINE_SLACK ? (size_t)-1 : m + LINE_SLACK;
}

/* Refills the block buffer; returns the number of bytes now available. */
static size_t fill_block(cli_reader *r) {
  if (r->bpos < r->blen) return r->blen - r->bpos;
  r->bpos = 0;
  r->blen = fread(r->block, 1, sizeof r->block, r->f);
  r->bytes += r->blen;
  return r->blen;
}

/* Appends n bytes to r->line; -1 when out of memory. */
static int line_append(cli_reader *r, size_t len, const char *s, size_t n) {
  if (r->linecap - len <= n) {
    size_t cap = r->linecap ? r->linecap : 65536;
    while (cap - len <= n) cap *= 2;
    char *p = realloc(r->line, cap);
    if (!p) return -1;
    r->line = p;
    r->linecap = cap;
  }
  memcpy(r->line + len, s, n);
  return 0;
}

/* Reads one line (without its newline) into r->line.  Any byte, NUL
 * included, is part of the line; only '\n' ends it.  Returns its length,
 * LINE_EOF at end of input, or LINE_TOO_LONG when it exceeded the limit or
 * memory ran out (the rest of the line is read and dropped, never stored). */
static size_t read_line(cli_reader *r) {
  size_t len = 0, limit = line_limit(r);
  int too_long = 0, any = 0;
  if (r->linecap > SHRINK_ABOVE) { /* give back the memory of a huge line */
    free(r->line);
    r->line = NULL;
    r->linecap = 0;
  }
  for (;;) {
    size_t avail = fill_block(r);
    if (avail == 0) break;
    any = 1;
    const char *p = r->block + r->bpos;
    const char *nl = memchr(p, '\n', avail);
    size_t n = nl ? (size_t)(nl - p) : avail;
    r->bpos += n + (nl != NULL);
    if (!too_long && (n > limit - len || line_append(r, len, p, n))) too_long = 1;
    if (!too_long) len += n;
    if (nl) break;
  }
  if (!any) return LINE_EOF;
  if (too_long) return LINE_TOO_LONG;
  if (line_append(r, len, "", 1)) return LINE_TOO_LONG; /* room for the NUL */
  if (len && r->line[len - 1] == '\r') len--;
  r->line[len] = '\0';
  return len;
}

static char *dump_json(json_t *v) {
  return json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
}

/* A kept value as a TSV field: a string's contents, any other value as
 * JSON, with tabs and line breaks as spaces. */
static void put_tsv_value(FILE *m, json_t *v) {
  char *dumped = json_is_string(v) ? NULL : dump_json(v);
  const char *s = dumped ? dumped : json_is_string(v) ? json_string_value(v) : "";
  size_t n = dumped ? strlen(dumped) : json_is_string(v) ? json_string_length(v) : 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    fputc(c == '\t' || c == '\n' || c == '\r' || c == '\0' ? ' ' : c, m);
  }
  free(dumped);
}

/* Copies the --keep-fields of rec into d: keep_json is ,"a":..,"b":.. for
 * the fields present; keep_tsv is one tab-prefixed value per field (empty
 * when absent).  Returns -1 when out of memory. */
static int keep_fields(const cli_opts *o, json_t *rec, cli_doc *d) {
  if (!o->keep_fields) return 0;
  size_t jlen = 0, tlen = 0;
  FILE *mj = open_memstream(&d->keep_json, &jlen);
  FILE *mt = mj ? open_memstream(&d->keep_tsv, &tlen) : NULL;
  char name[256];
  for (const char *p = o->keep_fields; mt && *p;) {
    size_t n = strcspn(p, ",");
    if (n && n < sizeof name) {
      memcpy(name, p, n);
      name[n] = '\0';
      json_t *v = json_object_get(rec, name), *key = json_string(name);
      char *k = key ? dump_json(key) : NULL, *val = v ? dump_json(v) : NULL;
      json_decref(key);
      if (k && val) fprintf(mj, ",%s:%s", k, val);
      fputc('\t', mt);
      if (v) put_tsv_value(mt, v);
      free(k);
      free(val);
    }
    p += n + (p[n] == ',');
  }
  int bad = !mj || !mt;
  if (mj && fclose(mj)) bad = 1;
  if (mt && fclose(mt)) bad = 1;
  return bad ? -1 : 0;
}

/* Fills d from the record's JSON object; returns 0, or -1 with what is
 * wrong in why. */
static int fill_doc(const cli_opts *o, json_t *rec, cli_doc *d, char *why, size_t n) {
  json_t *text = json_object_get(rec, o->text_field);
  if (!json_is_object(rec)) return snprintf(why, n, "record is not a JSON object"), -1;
  if (!text) return snprintf(why, n, "no \"%s\" field", o->text_field), -1;
  if (!json_is_string(text))
    return snprintf(why, n, "field \"%s\" is not a string", o->text_field), -1;
  json_t *id = json_object_get(rec, o->id_field);
  d->len = json_string_length(text);
  d->text = malloc(d->len + 1);
  if (d->text) memcpy(d->text, json_string_value(text), d->len + 1);
  if (id) d->id_json = dump_json(id);
  else if (asprintf(&d->id_json, "%zu", d->recno) < 0) d->id_json = NULL;
  if (keep_fields(o, rec, d) || !d->text || !d->id_json)
    return snprintf(why, n, "out of memory"), -1;
  return 0;
}

enum { MAX_KEEP = 32 };

/* A value's raw JSON as jansson would write it (compact). */
static json_t *load_value(cli_slice v) {
  return json_loadb(v.p, v.n, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
}

/* The flat-record fast path (jsonl_fast.h): 1 = d filled, otherwise
 * nothing is kept and jansson decides (and words any error). */
static int parse_fast(const cli_opts *o, const char *line, size_t len, cli_doc *d) {
  const char *want[1 + MAX_KEEP];
  char names[MAX_KEEP][256];
  size_t nwant = 0;
  want[nwant++] = o->id_field;
  for (const char *p = o->keep_fields; p && *p; p += strcspn(p, ",") + (p[strcspn(p, ",")] == ',')) {
    size_t n = strcspn(p, ",");
    if (!n || n >= sizeof names[0]) continue; /* keep_fields() skips these too */
    if (nwant == 1 + MAX_KEEP) return 0;
    memcpy(names[nwant - 1], p, n);
    names[nwant - 1][n] = '\0';
    want[nwant] = names[nwant - 1];
    nwant++;
  }
  cli_slice got[1 + MAX_KEEP];
  int st = cli_fast_record(line, len, o->text_field, want, nwant, got, &d->text, &d->len);
  if (st <= 0) return st;
  json_t *mini = json_object(), *id = got[0].p ? load_value(got[0]) : NULL;
  int bad = !mini || (got[0].p && !id);
  for (size_t w = 1; !bad && w < nwant; w++) {
    json_t *v = got[w].p ? load_value(got[w]) : NULL;
    bad = (got[w].p && !v) || (v && json_object_set_new(mini, want[w], v));
  }
  if (!bad && id) bad = !(d->id_json = dump_json(id));
  else if (!bad && asprintf(&d->id_json, "%zu", d->recno) < 0) bad = 1, d->id_json = NULL;
  if (!bad) bad = keep_fields(o, mini, d);
  json_decref(id);
  json_decref(mini);
  if (!bad) return 1;
  free(d->text), free(d->id_json), free(d->keep_json), free(d->keep_tsv);
  d->text = d->id_json = d->keep_json = d->keep_tsv = NULL;
  d->len = 0;
  return 0; /* let jansson try, and report */
}

/* Parses line[0..len) as record d->recno of d->source's file.  Returns 0,
 * or -1 with a message ("FILE:N: ...; record skipped") in msg. */
static int parse_record(const cli_opts *o, const char *line, size_t len, cli_doc *d,
                        char *msg, size_t msglen) {
  if (!o->json_general && parse_fast(o, line, len, d) == 1) return 0;
  json_error_t err;
  json_t *rec = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
  char why[256];
  int st = 0;
  if (rec) st = fill_doc(o, rec, d, why, sizeof why);
  else st = -1, snprintf(why, sizeof why, "invalid JSON: %s at column %d", err.text, err.column);
  json_decref(rec);
  if (!st) return 0;
  snprintf(msg, msglen, "%s: %s; record skipped", d->source, why);
  free(d->text), free(d->id_json), free(d->keep_json), free(d->keep_tsv);
  d->text = d->id_json = d->keep_json = d->keep_tsv = NULL;
  d->len = 0;
  return -1;
}

int cli_doc_parse(const cli_opts *o, cli_doc *d, char **err) {
  char msg[1024];
  *err = NULL;
  if (d->error) {
    *err = d->error;
    d->error = NULL;
    return -1;
  }
  if (!d->raw) return 0; /* already parsed */
  int st = parse_record(o, d->raw, d->raw_len, d, msg, sizeof msg);
  free(d->raw);
  d->raw = NULL;
  if (st && !(*err = strdup(msg))) *err = NULL;
  return st;
}

static void record_error(cli_reader *r, const char *msg) {
  cli_error("%s", msg);
  r->failures++;
}

/* The current line as record d: parsed now, or kept raw for
 * cli_doc_parse() when parsing is deferred.  1 = document, 0 = skipped. */
static int take_record(cli_reader *r, size_t len, cli_doc *d) {
  char msg[1024];
  d->recno = r->recno;
  snprintf(d->source, sizeof d->source, "%s:%zu", r->name, r->recno);
  if (len == LINE_TOO_LONG) {
    snprintf(msg, sizeof msg, "%s: line longer than the maximum document size (--max-bytes); "
             "record skipped", d->source);
    if (!r->defer) return record_error(r, msg), 0;
    return (d->error = strdup(msg)) != NULL;
  }
  if (!r->defer) {
    if (parse_record(r->o, r->line, len, d, msg, sizeof msg) == 0) return 1;
    return record_error(r, msg), 0;
  }
  if (!(d->raw = malloc(len + 1))) return record_error(r, "out of memory"), 0;
  memcpy(d->raw, r->line, len + 1);
  d->raw_len = len;
  return 1;
}

static int next_record(cli_reader *r, cli_doc *d) {
  for (;;) {
    size_t len = read_line(r);
    if (len == LINE_EOF) return 0;
    r->recno++;
    size_t i = 0;
    while (len != LINE_TOO_LONG && i < len && (r->line[i] == ' ' || r->line[i] == '\t')) i++;
    if (i == len) continue; /* blank line */
    if (take_record(r, len, d)) return 1;
  }
}

/* Reads f to the end into *buf (NUL-terminated).  Returns NULL, or why it
 * failed; stops reading as soon as the content exceeds limit. */
static const char *slurp(cli_reader *r, FILE *f, size_t limit, char **buf, size_t *len) {
  size_t cap = 0, n = 0;
  char *b = NULL;
  struct stat sb;
  if (f != stdin && fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) &&
      (size_t)sb.st_size > limit) {
    r->bytes += (size_t)sb.st_size; /* skipped unread */
    return "larger than the maximum document size (--max-bytes)";
  }
  for (;;) {
    if (cap - n < 65536) {
      size_t ncap = cap ? cap * 2 : 131072;
      char *p = realloc(b, ncap);
      if (!p) return free(b), "out of memory";
      b = p, cap = ncap;
    }
    size_t got = fread(b + n, 1, cap - n - 1, f);
    n += got;
    r->bytes += got;
    if (n > limit) return free(b), "larger than the maximum document size (--max-bytes)";
    if (got == 0) break;
  }
  if (ferror(f)) return free(b), strerror(EIO);
  b[n] = '\0';
  *buf = b;
  *len = n;
  return NULL;
}

/* A file name as a JSON string; bytes that are not UTF-8 (file names
 * need not be) become U+FFFD so the id stays valid JSON. */
static char *path_id(const char *path) {
  size_t n = strlen(path), w = 0;
  char *clean = malloc(3 * n + 1), *out = NULL;
  if (!clean) return NULL;
  for (size_t i = 0; i < n;) {
    json_t *one = NULL;
    size_t k = 1;
    while (k <= 4 && i + k <= n && !(one = json_stringn(path + i, k))) k++;
    if (one) memcpy(clean + w, path + i, k), w += k, i += k;
    else memcpy(clean + w, "\xEF\xBF\xBD", 3), w += 3, i++;
    json_decref(one);
  }
  json_t *id = json_stringn(clean, w);
  if (id) out = dump_json(id);
  json_decref(id);
  free(clean);
  return out;
}

/* Reads a whole file (or stdin) as one document. */
static int read_text_file(cli_reader *r, const char *path, cli_doc *d) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  size_t len = 0, limit = r->o->max_bytes ? r->o->max_bytes : (size_t)-1;
  char *buf = NULL, msg[1024];
  const char *why = f ? slurp(r, f, limit, &buf, &len) : strerror(errno);
  if (f && f != stdin) fclose(f);
  if (why) {
    snprintf(msg, sizeof msg, "%s: %s; skipped", path, why);
    snprintf(d->source, sizeof d->source, "%s", path);
    if (r->defer) return (d->error = strdup(msg)) != NULL; /* reported in order */
    record_error(r, msg);
    return 0;
  }
  d->text = buf;
  d->len = len;
  d->id_json = path_id(strcmp(path, "-") == 0 ? "stdin" : path);
  snprintf(d->source, sizeof d->source, "%s", path);
  return 1;
}

int cli_reader_next(cli_reader *r, cli_doc *d) {
  memset(d, 0, sizeof *d);
  for (;;) {
    if (r->f) {
      if (next_record(r, d)) break;
      if (ferror(r->f)) {
        cli_error("%s: read error after record %zu", r->name, r->recno);
        r->failures++;
      }
      if (r->f != stdin) fclose(r->f);
      r->f = NULL;
      continue;
    }
    if (r->next_file == r->nfiles) return 0;
    const char *path = r->files[r->next_file++];
    if (!is_jsonl_name(r, path)) {
      if (read_text_file(r, path, d)) break;
      continue;
    }
    r->f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    r->name = strcmp(path, "-") == 0 ? "stdin" : path;
    r->recno = 0;
    r->bpos = r->blen = 0;
    if (!r->f) {
      cli_error("%s: %s", path, strerror(errno));
      r->failures++;
    }
  }
  d->seq = r->seq++;
  d->pos = cli_reader_bytes(r);
  return 1;
}
