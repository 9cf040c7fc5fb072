/*
 * bench_split.c - throughput of quoth's sentence splitter against plain ICU
 * sentence breaking of the same bytes, in one run (make bench-split).
 *
 *   quoth-bench-split --input FILE.jsonl [--mb N] [--rounds R] [--lang L]
 *
 * Reads the "text" of every JSONL line, repeats the texts until at least N MB
 * (default 25), then times, R rounds each (best round reported):
 *   icu          ubrk UBRK_SENTENCE (<lang>@ss=standard) over utext_openUTF8,
 *                one document at a time, every boundary visited;
 *   quoth        quoth_engine_process with QUOTH_OPT_SENTENCES_ONLY
 *                (validation, paragraphs, offsets, ICU, repairs, spans);
 *   quoth-plain  the same with QUOTH_OPT_PLAIN_ICU (the pipeline without
 *                repairs, to show where the overhead is).
 * Prints MB/s per mode and the ratios to icu.  Not a test: numbers depend on
 * the machine; the ratios are what docs/benchmarks.md records.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "quoth.h"

typedef struct corpus {
  char **text;
  size_t *len;
  size_t n, cap, bytes;
} corpus;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *msg) {
  fprintf(stderr, "quoth-bench-split: %s\n", msg);
  exit(1);
}

static void corpus_add(corpus *c, char *t, size_t len) {
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 1024;
    c->text = realloc(c->text, c->cap * sizeof *c->text);
    c->len = realloc(c->len, c->cap * sizeof *c->len);
    if (!c->text || !c->len) die("out of memory");
  }
  c->text[c->n] = t;
  c->len[c->n++] = len;
  c->bytes += len;
}

/* The texts of a JSONL file, repeated until min_bytes. */
static void corpus_load(corpus *c, const char *path, size_t min_bytes) {
  FILE *f = fopen(path, "r");
  if (!f) die("cannot open the input (use --input FILE.jsonl)");
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) > 0) {
    json_t *o = json_loadb(line, (size_t)n, 0, NULL);
    json_t *t = o ? json_object_get(o, "text") : NULL;
    if (json_is_string(t)) {
      size_t len = json_string_length(t);
      char *s = malloc(len + 1);
      if (!s) die("out of memory");
      memcpy(s, json_string_value(t), len + 1);
      corpus_add(c, s, len);
    }
    json_decref(o);
  }
  free(line);
  fclose(f);
  if (!c->n) die("no texts in the input");
  for (size_t i = 0, base = c->n; c->bytes < min_bytes; i = (i + 1) % base)
    corpus_add(c, c->text[i], c->len[i]); /* repeats share the buffers */
}

static double run_icu(const corpus *c, const char *lang, size_t *nbreaks) {
  char locale[64];
  UErrorCode err = U_ZERO_ERROR;
  snprintf(locale, sizeof locale, "%s@ss=standard", lang);
  UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &err);
  UText *ut = NULL;
  if (U_FAILURE(err)) die("ubrk_open failed");
  double t0 = now();
  *nbreaks = 0;
  for (size_t i = 0; i < c->n; i++) {
    ut = utext_openUTF8(ut, c->text[i], (int64_t)c->len[i], &err);
    ubrk_setUText(bi, ut, &err);
    if (U_FAILURE(err)) die("ICU failed");
    while (ubrk_next(bi) != UBRK_DONE) ++*nbreaks;
  }
  double dt = now() - t0;
  utext_close(ut);
  ubrk_close(bi);
  return dt;
}

static double run_quoth(const corpus *c, const quoth_lexicons *lex, const char *lang,
                        unsigned opts, size_t *nsent) {
  quoth_engine *e;
  if (quoth_engine_new(lex, lang, opts | QUOTH_OPT_SENTENCES_ONLY, &e)) die("engine");
  double t0 = now();
  *nsent = 0;
  for (size_t i = 0; i < c->n; i++) {
    quoth_doc *d;
    int st = quoth_engine_process(e, c->text[i], c->len[i], &d);
    if (st) die(quoth_strerror(st));
    *nsent += quoth_doc_sentence_count(d);
    quoth_doc_free(d);
  }
  double dt = now() - t0;
  quoth_engine_free(e);
  return dt;
}

int main(int argc, char **argv) {
  const char *input = NULL, *lang = "en";
  double mb = 25;
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--input")) input = argv[i + 1];
    else if (!strcmp(argv[i], "--mb")) mb = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--rounds")) rounds = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--lang")) lang = argv[i + 1];
    else die("usage: quoth-bench-split --input FILE.jsonl [--mb N] [--rounds R] [--lang L]");
  }
  if (!input || mb <= 0 || rounds < 1) die("usage: quoth-bench-split --input FILE.jsonl ...");
  corpus c = {0};
  corpus_load(&c, input, (size_t)(mb * 1e6));
  quoth_lexicons *lex;
  char err[256];
  if (quoth_lexicons_load(NULL, &lex, err, sizeof err)) die(err);

  double best[3] = {1e30, 1e30, 1e30};
  size_t counts[3] = {0, 0, 0};
  for (int r = 0; r < rounds; r++) { /* interleaved, so drift hits all modes */
    double t;
    if ((t = run_icu(&c, lang, &counts[0])) < best[0]) best[0] = t;
    if ((t = run_quoth(&c, lex, lang, 0, &counts[1])) < best[1]) best[1] = t;
    if ((t = run_quoth(&c, lex, lang, QUOTH_OPT_PLAIN_ICU, &counts[2])) < best[2]) best[2] = t;
  }
  static const char *names[3] = {"icu", "quoth", "quoth-plain"};
  double mbs[3];
  printf("input: %s, %zu documents, %.1f MB, lang %s, best of %d rounds\n", input, c.n,
         c.bytes / 1e6, lang, rounds);
  for (int m = 0; m < 3; m++) {
    mbs[m] = c.bytes / 1e6 / best[m];
    printf("%-12s %8.1f MB/s  %8.3f s  %zu %s\n", names[m], mbs[m], best[m], counts[m],
           m ? "sentences" : "boundaries");
  }
  printf("ratio quoth/icu %.2f  quoth-plain/icu %.2f  quoth/quoth-plain %.2f\n",
         mbs[1] / mbs[0], mbs[2] / mbs[0], mbs[1] / mbs[2]);
  quoth_lexicons_free(lex);
  return 0;
}
