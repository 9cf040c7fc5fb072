/*
 * bench.c - `make bench`: extraction throughput against its baselines, in
 * one run and on the same bytes.
 *
 * Loads the "text" fields of a JSONL corpus, repeats them in memory to at
 * least --mb megabytes (each repetition a separate copy, so caches do not
 * flatter the later rounds), and reports the best of --rounds runs of:
 *
 *   floor     reading every byte once (memchr over the buffer: what `cat`
 *             to /dev/null costs once the file is in memory);
 *   icu       plain ICU sentence breaking (ubrk over utext_openUTF8), the
 *             cheapest linguistic pass anyone would make over the text;
 *   extract   quoth_engine_process + quoth_doc_render (JSONL) + free, for
 *             each document, with 1 and 2 threads (or --jobs LIST); one
 *             engine per thread, one shared lexicon set.
 *
 * MB are 10^6 bytes of document text.  Usage:
 *   quoth-bench --input FILE.jsonl [--mb 50] [--rounds 3] [--jobs 1,2]
 */
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unistd.h>

#include "quoth.h"

typedef struct corpus {
  char *buf; /* all texts, back to back */
  size_t *start, *len;
  size_t n, bytes;
} corpus;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what) {
  fprintf(stderr, "quoth-bench: %s\n", what);
  exit(2);
}

/* The "text" strings of a JSONL file, each malloc'ed. */
static size_t load_texts(const char *path, char ***texts, size_t **lens) {
  FILE *f = fopen(path, "rb");
  if (!f) die("cannot open the --input file (set BENCH_INPUT=FILE.jsonl)");
  char *line = NULL;
  size_t cap = 0, n = 0, room = 0;
  ssize_t got;
  while ((got = getline(&line, &cap, f)) > 0) {
    json_t *rec = json_loadb(line, (size_t)got, 0, NULL);
    json_t *t = json_object_get(rec, "text");
    if (json_is_string(t)) {
      if (n == room) {
        room = room ? room * 2 : 1024;
        *texts = realloc(*texts, room * sizeof **texts);
        *lens = realloc(*lens, room * sizeof **lens);
        if (!*texts || !*lens) die("out of memory");
      }
      size_t len = json_string_length(t);
      if (!((*texts)[n] = malloc(len ? len : 1))) die("out of memory");
      memcpy((*texts)[n], json_string_value(t), len);
      (*lens)[n++] = len;
    }
    json_decref(rec);
  }
  free(line);
  fclose(f);
  return n;
}

/* Repeats the texts to at least min_bytes, copying each repetition. */
static void build_corpus(corpus *c, const char *path, size_t min_bytes) {
  char **texts = NULL;
  size_t *lens = NULL, total = 0;
  size_t n = load_texts(path, &texts, &lens);
  for (size_t i = 0; i < n; i++) total += lens[i];
  if (!n || !total) die("no \"text\" fields in the input");
  size_t reps = (min_bytes + total - 1) / total;
  memset(c, 0, sizeof *c);
  c->n = n * reps;
  c->bytes = total * reps;
  c->buf = malloc(c->bytes);
  c->start = malloc(c->n * sizeof *c->start);
  c->len = malloc(c->n * sizeof *c->len);
  if (!c->buf || !c->start || !c->len) die("out of memory");
  size_t at = 0;
  for (size_t k = 0, d = 0; k < reps; k++)
    for (size_t i = 0; i < n; i++, d++) {
      memcpy(c->buf + at, texts[i], lens[i]);
      c->start[d] = at;
      c->len[d] = lens[i];
      at += lens[i];
    }
  for (size_t i = 0; i < n; i++) free(texts[i]);
  free(texts);
  free(lens);
}

/* ---- floor and ICU ---------------------------------------------------- */

static size_t run_floor(const corpus *c) {
  size_t lines = 0;
  const char *p = c->buf, *end = c->buf + c->bytes;
  while ((p = memchr(p, '\n', (size_t)(end - p)))) lines++, p++;
  return lines;
}

static size_t run_icu(const corpus *c) {
  UErrorCode err = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &err);
  UText *ut = NULL;
  size_t sentences = 0;
  for (size_t d = 0; d < c->n && U_SUCCESS(err); d++) {
    ut = utext_openUTF8(ut, c->buf + c->start[d], (int64_t)c->len[d], &err);
    ubrk_setUText(bi, ut, &err);
    while (U_SUCCESS(err) && ubrk_next(bi) != UBRK_DONE) sentences++;
  }
  if (U_FAILURE(err)) die(u_errorName(err));
  utext_close(ut);
  ubrk_close(bi);
  return sentences;
}

/* ---- end-to-end extraction -------------------------------------------- */

typedef struct extract_run {
  const corpus *c;
  const quoth_lexicons *lex;
  atomic_size_t next; /* next document to take */
  atomic_size_t statements, out_bytes, failures;
} extract_run;

enum { CHUNK = 16 }; /* documents taken at a time */

static void *extract_thread(void *arg) {
  extract_run *r = arg;
  quoth_engine *eng;
  if (quoth_engine_new(r->lex, "en", 0, &eng)) die("cannot create an engine");
  size_t statements = 0, out_bytes = 0, failures = 0;
  for (;;) {
    size_t first = atomic_fetch_add(&r->next, CHUNK);
    if (first >= r->c->n) break;
    for (size_t d = first; d < first + CHUNK && d < r->c->n; d++) {
      quoth_doc *doc;
      char *out;
      size_t len;
      if (quoth_engine_process(eng, r->c->buf + r->c->start[d], r->c->len[d], &doc)) {
        failures++;
        continue;
      }
      statements += quoth_doc_statement_count(doc);
      if (quoth_doc_render(doc, QUOTH_FORMAT_JSONL, QUOTH_OFFSETS_CODEPOINT, "0", &out, &len))
        failures++;
      else out_bytes += len;
      quoth_string_free(out);
      quoth_doc_free(doc);
    }
  }
  quoth_engine_free(eng);
  atomic_fetch_add(&r->statements, statements);
  atomic_fetch_add(&r->out_bytes, out_bytes);
  atomic_fetch_add(&r->failures, failures);
  return NULL;
}

static size_t run_extract(const corpus *c, const quoth_lexicons *lex, int jobs) {
  extract_run r = {.c = c, .lex = lex};
  pthread_t tids[64];
  for (int i = 0; i < jobs; i++)
    if (pthread_create(&tids[i], NULL, extract_thread, &r)) die("cannot start a thread");
  for (int i = 0; i < jobs; i++) pthread_join(tids[i], NULL);
  if (r.failures) die("some documents failed");
  return r.statements;
}

/* ---- driver ------------------------------------------------------------ */

typedef struct measure {
  double best, cpu; /* best wall seconds; CPU seconds of that round */
  size_t count;
} measure;

/* Best of rounds runs of one benchmark (kind 0 floor, 1 ICU, 2 extract). */
static measure time_it(int kind, const corpus *c, const quoth_lexicons *lex, int jobs,
                       int rounds) {
  measure m = {1e30, 0, 0};
  for (int i = 0; i < rounds; i++) {
    double t0 = now(), c0 = cpu_now();
    m.count = kind == 0 ? run_floor(c) : kind == 1 ? run_icu(c) : run_extract(c, lex, jobs);
    double t = now() - t0;
    if (t < m.best) m.best = t, m.cpu = cpu_now() - c0;
  }
  return m;
}

/* Prints a line; returns wall-clock MB/s.  "per cpu-s" divides by the CPU
 * time of all threads instead, which other processes on a busy machine do
 * not distort: when it stays flat from 1 to 2 threads, the threads add no
 * overhead and the wall-clock speed-up is limited only by idle cores. */
static double report(const char *name, const corpus *c, measure m, const char *unit) {
  double mb = (double)c->bytes / 1e6, mbs = mb / m.best;
  printf("  %-30s %8.1f MB/s  %7.1f MB per cpu-s  %6.2f s  %zu %s\n", name, mbs,
         m.cpu > 0 ? mb / m.cpu : 0.0, m.best, m.count, unit);
  fflush(stdout);
  return mbs;
}

int main(int argc, char **argv) {
  const char *input = NULL, *jobs_list = "1,2";
  size_t mb = 50;
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--input")) input = argv[i + 1];
    else if (!strcmp(argv[i], "--mb")) mb = (size_t)atol(argv[i + 1]);
    else if (!strcmp(argv[i], "--rounds")) rounds = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--jobs")) jobs_list = argv[i + 1];
    else die("usage: quoth-bench --input FILE.jsonl [--mb N] [--rounds N] [--jobs 1,2]");
  }
  if (!input || rounds < 1) die("usage: quoth-bench --input FILE.jsonl [--mb N] [--rounds N]");
  corpus c;
  build_corpus(&c, input, mb * 1000000);
  quoth_lexicons *lex;
  char err[256];
  if (quoth_lexicons_load(NULL, &lex, err, sizeof err)) die(err);
  double load[1] = {0};
  if (getloadavg(load, 1) < 1) load[0] = -1;
  printf("quoth-bench: quoth %s, %.1f MB in %zu documents from %s; best of %d rounds; "
         "%ld cores online, load average %.2f\n",
         quoth_version(), (double)c.bytes / 1e6, c.n, input, rounds,
         sysconf(_SC_NPROCESSORS_ONLN), load[0]);
  double floor = report("memory read floor (memchr)", &c, time_it(0, &c, lex, 1, rounds), "lines");
  double icu = report("ICU sentence breaking (ubrk)", &c, time_it(1, &c, lex, 1, rounds),
                      "sentences");
  double one = 0;
  for (const char *p = jobs_list; *p;) {
    int jobs = atoi(p);
    if (jobs < 1 || jobs > 64) die("--jobs: 1..64");
    char name[64];
    snprintf(name, sizeof name, "quoth extract, %d thread%s", jobs, jobs == 1 ? "" : "s");
    double mbs = report(name, &c, time_it(2, &c, lex, jobs, rounds), "statements");
    if (jobs == 1) one = mbs;
    else if (one > 0) printf("  %-30s %8.2fx\n", "  speed-up over 1 thread", mbs / one);
    p += strcspn(p, ",");
    p += *p == ',';
  }
  if (one > 0)
    printf("  1 thread vs ICU breaking: %.2fx; vs memory floor: %.4fx\n", one / icu, one / floor);
  quoth_lexicons_free(lex);
  free(c.buf);
  free(c.start);
  free(c.len);
  return 0;
}
