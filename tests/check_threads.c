/*
 * check_threads.c - one lexicon set shared by many threads, each with its
 * own engine, must give exactly the single-threaded results.
 *
 * The reference output of every text is rendered first on the main thread;
 * then THREADS threads each create an engine on the shared lexicons and
 * process all texts ROUNDS times in a thread-dependent order, comparing
 * each rendering byte for byte.  Built with --enable-tsan, this is the
 * ThreadSanitizer test of "lexicons immutable and shared, engines per
 * thread" (CI runs it in a TSan build).
 */
#include <pthread.h>
#include <stdio.h>

#include "testutil.h"

enum { THREADS = 8, ROUNDS = 6, NTEXTS = 7 };

static const char *texts[NTEXTS] = {
    NULL, /* the example article, read from $srcdir */
    "\xE2\x80\x9CWe will not leave,\xE2\x80\x9D Prime Minister Jane Doe told reporters. "
    "She said talks would continue.",
    "\"It is over,\" a senior official said. \xE2\x80\x98Never,\xE2\x80\x99 he added.\n\n"
    "Mr. Smith, the U.S. envoy, said: \xE2\x80\x9CWe will see.\xE2\x80\x9D",
    "invalid \xFF bytes \xC0\xAF and a mid-text BOM \xEF\xBB\xBF here. \"Quote\" end.",
    "\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C unbalanced \xE2\x80\x9D and \" stray \" \" marks.",
    "",
    "Line one.\rLine two.\r\nLine three\xE2\x80\xA8 and \xC2\x85 more. \xC2\xAB Bien \xC2\xBB",
};

static char *refs[NTEXTS][2];
static const unsigned optsets[2] = {QUOTH_OPT_REPLACE_INVALID,
                                    QUOTH_OPT_REPLACE_INVALID | QUOTH_OPT_LINE_PARAGRAPHS};
static char *article;

static char *read_article(void) {
  const char *srcdir = getenv("srcdir");
  char path[4096];
  snprintf(path, sizeof path, "%s/docs/examples/libya-tripoli.txt", srcdir ? srcdir : ".");
  FILE *f = fopen(path, "rb");
  ck_assert_msg(f != NULL, "cannot open %s", path);
  char *buf = calloc(1, 1 << 20);
  ck_assert_ptr_nonnull(buf);
  size_t n = fread(buf, 1, (1 << 20) - 1, f);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

/* JSONL of text i with engine e; caller frees.  NULL on failure. */
static char *render(quoth_engine *e, size_t i) {
  quoth_doc *d = NULL;
  char *out = NULL;
  size_t len;
  if (quoth_engine_process(e, texts[i], strlen(texts[i]), &d) != QUOTH_OK) return NULL;
  if (quoth_doc_render(d, QUOTH_FORMAT_JSONL, QUOTH_OFFSETS_UTF16, "\"x\"", &out, &len))
    out = NULL;
  quoth_doc_free(d);
  return out;
}

typedef struct worker {
  int id;
  int mismatches, errors;
} worker;

static void *work(void *arg) {
  worker *w = arg;
  for (int o = 0; o < 2; o++) {
    quoth_engine *e = NULL;
    if (quoth_engine_new(tu_lex, "en", optsets[o], &e) != QUOTH_OK) {
      w->errors++;
      continue;
    }
    for (int r = 0; r < ROUNDS; r++)
      for (size_t k = 0; k < NTEXTS; k++) {
        size_t i = (k * 3 + (size_t)w->id + (size_t)r) % NTEXTS; /* varied order */
        char *out = render(e, i);
        if (!out) w->errors++;
        else if (strcmp(out, refs[i][o]) != 0) w->mismatches++;
        quoth_string_free(out);
      }
    quoth_engine_free(e);
  }
  return NULL;
}

START_TEST(test_shared_lexicons) {
  tu_lexicons();
  texts[0] = article = read_article();
  for (int o = 0; o < 2; o++) {
    quoth_engine *e = NULL;
    ck_assert_int_eq(quoth_engine_new(tu_lex, "en", optsets[o], &e), QUOTH_OK);
    for (size_t i = 0; i < NTEXTS; i++) ck_assert_ptr_nonnull(refs[i][o] = render(e, i));
    quoth_engine_free(e);
  }
  pthread_t th[THREADS];
  worker w[THREADS];
  for (int t = 0; t < THREADS; t++) {
    w[t] = (worker){t, 0, 0};
    ck_assert_int_eq(pthread_create(&th[t], NULL, work, &w[t]), 0);
  }
  int mismatches = 0, errors = 0;
  for (int t = 0; t < THREADS; t++) {
    pthread_join(th[t], NULL);
    mismatches += w[t].mismatches;
    errors += w[t].errors;
  }
  for (size_t i = 0; i < NTEXTS; i++) free(refs[i][0]), free(refs[i][1]);
  free(article);
  ck_assert_int_eq(errors, 0);
  ck_assert_int_eq(mismatches, 0);
}
END_TEST

/* Loading lexicons concurrently: the loader has no hidden shared state. */
static void *load_and_free(void *arg) {
  quoth_lexicons *lex = NULL;
  *(int *)arg = quoth_lexicons_load(NULL, &lex, NULL, 0);
  quoth_lexicons_free(lex);
  return NULL;
}

START_TEST(test_concurrent_load) {
  pthread_t th[4];
  int st[4];
  for (int t = 0; t < 4; t++) ck_assert_int_eq(pthread_create(&th[t], NULL, load_and_free, &st[t]), 0);
  for (int t = 0; t < 4; t++) {
    pthread_join(th[t], NULL);
    ck_assert_int_eq(st[t], QUOTH_OK);
  }
}
END_TEST

static Suite *threads_suite(void) {
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_shared_lexicons);
  tcase_add_test(tc, test_concurrent_load);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(threads_suite)
