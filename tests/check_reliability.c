/*
 * check_reliability.c - resource limits and out-of-memory handling.
 *
 * Allocation failures are injected without any hook in the library: this
 * program is linked with -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc, so
 * every allocation made by the library's own code (statically linked from
 * libquoth_core) goes through the wrappers below, which fail the Nth call
 * once armed.  The test arms N = 0, 1, 2, ... until a run completes without
 * reaching N: every allocation site is failed once, and each run must end
 * in QUOTH_OK or QUOTH_ENOMEM with nothing leaked (ASan/valgrind in CI).
 * Allocations inside ICU, utf8proc and libc are not affected.
 */
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "testutil.h"
#include "text.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

static long fail_at = -1; /* -1: disarmed */
static long calls;
static int injected;

static int should_fail(void) {
  if (fail_at < 0) return 0;
  if (calls++ != fail_at) return 0;
  injected = 1;
  return 1;
}

void *__wrap_malloc(size_t n) { return should_fail() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t m) { return should_fail() ? NULL : __real_calloc(n, m); }
void *__wrap_realloc(void *p, size_t n) { return should_fail() ? NULL : __real_realloc(p, n); }

static void arm(long n) {
  fail_at = n;
  calls = 0;
  injected = 0;
}

static const char sample[] =
    "\xE2\x80\x9CWe will not leave,\xE2\x80\x9D Prime Minister Jane Doe told reporters on "
    "Monday. She said talks would continue.\n\n\"It is over,\" a senior official said. "
    "\xE2\x80\x98Never,\xE2\x80\x99 he said. Caf\xC3\xA9 \xF0\x9F\x98\x80 \xFF end.";

/* One full run: engine, process, render in every format.  Returns the
 * first non-OK status.  No ck_assert here: Check allocates when it records
 * a passing assertion, and this runs with failures armed. */
static int full_run(const quoth_lexicons *lex) {
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  int st = quoth_engine_new(lex, "en", QUOTH_OPT_REPLACE_INVALID, &e);
  if (!st) st = quoth_engine_process(e, sample, sizeof sample - 1, &d);
  for (int f = 0; !st && f < 3; f++) {
    char *out = NULL;
    size_t len;
    st = quoth_doc_render(d, (quoth_format)f, QUOTH_OFFSETS_UTF16, "\"id\"", &out, &len);
    if ((st == QUOTH_OK) != (out != NULL)) st = QUOTH_EINVAL; /* reported by the caller */
    quoth_string_free(out);
  }
  quoth_doc_free(d);
  quoth_engine_free(e);
  return st;
}

START_TEST(test_enomem_everywhere) {
  const quoth_lexicons *lex = tu_lexicons();
  long n;
  int failures = 0;
  for (n = 0; n < 100000; n++) {
    arm(n);
    int st = full_run(lex);
    int hit = injected;
    arm(-1);
    ck_assert_msg(st == QUOTH_OK || st == QUOTH_ENOMEM, "allocation %ld failed: status %d (%s)",
                  n, st, quoth_strerror(st));
    if (!hit) {
      ck_assert_int_eq(st, QUOTH_OK);
      break;
    }
    failures += st == QUOTH_ENOMEM;
  }
  printf("# %ld allocation sites failed in turn, %d gave QUOTH_ENOMEM\n", n, failures);
  ck_assert_msg(n > 10, "only %ld allocations: wrappers not in effect?", n);
  ck_assert_int_gt(failures, 0);
}
END_TEST

START_TEST(test_enomem_lexicons) {
  long n;
  for (n = 0; n < 1000000; n++) {
    quoth_lexicons *lex = NULL;
    char err[128];
    arm(n);
    int st = quoth_lexicons_load(NULL, &lex, err, sizeof err);
    int hit = injected;
    arm(-1);
    ck_assert_msg(st == QUOTH_OK || st == QUOTH_ENOMEM, "allocation %ld: status %d", n, st);
    ck_assert_int_eq(st == QUOTH_OK, lex != NULL);
    if (st == QUOTH_ENOMEM) ck_assert_str_eq(err, "out of memory while loading lexicons");
    quoth_lexicons_free(lex);
    if (!hit) break;
  }
  printf("# lexicons: %ld allocation sites failed in turn\n", n);
  ck_assert_int_gt(n, 10);
}
END_TEST

START_TEST(test_max_bytes) {
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  const char *text = "\"Hello,\" she said.";
  size_t len = strlen(text);
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", 0, &e), QUOTH_OK);
  quoth_engine_set_max_bytes(e, len);
  ck_assert_int_eq(quoth_engine_process(e, text, len, &d), QUOTH_OK); /* exactly the limit */
  quoth_doc_free(d);
  quoth_engine_set_max_bytes(e, len - 1);
  d = (quoth_doc *)1;
  ck_assert_int_eq(quoth_engine_process(e, text, len, &d), QUOTH_ETOOBIG);
  ck_assert_ptr_null(d);
  ck_assert_str_eq(quoth_strerror(QUOTH_ETOOBIG), "document larger than the maximum size");
  quoth_engine_set_max_bytes(e, 0); /* no limit */
  ck_assert_int_eq(quoth_engine_process(e, text, len, &d), QUOTH_OK);
  quoth_doc_free(d);
  quoth_engine_set_max_bytes(NULL, 5); /* NULL-safe */
  quoth_engine_free(e);
}
END_TEST

/* The default limit is 16 MiB: one byte more is refused before any copy. */
START_TEST(test_default_max_bytes) {
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  size_t big = ((size_t)16 << 20) + 1;
  char *text = malloc(big);
  ck_assert_ptr_nonnull(text);
  memset(text, 'a', big);
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", 0, &e), QUOTH_OK);
  double t0 = tu_seconds();
  ck_assert_int_eq(quoth_engine_process(e, text, big, &d), QUOTH_ETOOBIG);
  ck_assert_msg(tu_seconds() - t0 < 1.0, "refusing a big document must not scan it");
  quoth_engine_free(e);
  free(text);
}
END_TEST

/* Regression (fuzzer, fuzz/corpus/nul): with QUOTH_OPT_REPLACE_INVALID a NUL
 * byte inside a statement was written as \u0000 (JSON) or a raw NUL (TSV,
 * text) instead of the promised U+FFFD. */
START_TEST(test_render_nul_replaced) {
  static const char text[] = "\"one\0two,\" he said.";
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", QUOTH_OPT_REPLACE_INVALID, &e), QUOTH_OK);
  ck_assert_int_eq(quoth_engine_process(e, text, sizeof text - 1, &d), QUOTH_OK);
  ck_assert_uint_ge(quoth_doc_statement_count(d), 1);
  for (int f = 0; f < 3; f++) {
    char *out = NULL;
    size_t len = 0;
    ck_assert_int_eq(quoth_doc_render(d, (quoth_format)f, QUOTH_OFFSETS_BYTE, NULL, &out, &len),
                     QUOTH_OK);
    ck_assert_uint_eq(strlen(out), len); /* no raw NUL */
    ck_assert_ptr_null(strstr(out, "\\u0000"));
    ck_assert_ptr_nonnull(strstr(out, f == QUOTH_FORMAT_JSONL ? "one\\ufffdtwo" : "one\xEF\xBF\xBDtwo"));
    quoth_string_free(out);
  }
  quoth_doc_free(d);
  quoth_engine_free(e);
}
END_TEST

/* Regression (fuzzer, fuzz/corpus/regress-bom-render): with
 * QUOTH_OPT_REPLACE_INVALID a BOM inside a statement was copied into the
 * output instead of the promised U+FFFD; entity names and lemmas were
 * copied unchecked, so invalid UTF-8 in them would have made invalid JSON. */
START_TEST(test_render_bom_replaced) {
  static const char text[] = "Start. \xEF\xBB\xBF\"Mid \xEF\xBB\xBF here,\" she said.";
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", QUOTH_OPT_REPLACE_INVALID, &e), QUOTH_OK);
  ck_assert_int_eq(quoth_engine_process(e, text, sizeof text - 1, &d), QUOTH_OK);
  ck_assert_uint_ge(quoth_doc_statement_count(d), 1);
  for (int f = 0; f < 3; f++) {
    char *out = NULL;
    size_t len = 0, bad;
    ck_assert_int_eq(quoth_doc_render(d, (quoth_format)f, QUOTH_OFFSETS_BYTE, NULL, &out, &len),
                     QUOTH_OK);
    ck_assert_ptr_null(strstr(out, "\xEF\xBB\xBF"));
    ck_assert_ptr_nonnull(strstr(out, f == QUOTH_FORMAT_JSONL ? "Mid \\ufffd here" : "Mid \xEF\xBF\xBD here"));
    ck_assert_int_eq(quoth__utf8_check(out, len, &bad), QUOTH_OK);
    quoth_string_free(out);
  }
  quoth_doc_free(d);
  quoth_engine_free(e);
}
END_TEST

/* The writers' escaping: every invalid byte, NUL and U+FEFF -> U+FFFD. */
START_TEST(test_buf_sanitizes) {
  static const char in[] = "a\xFF" "b\0c\xEF\xBB\xBF" "d\xE2\x80\"\t\x01\xC3\xA9";
  quoth__buf b;
  quoth__buf_init(&b);
  quoth__buf_json_escape(&b, in, sizeof in - 1);
  quoth__buf_terminate(&b);
  ck_assert_str_eq(b.data, "a\\ufffdb\\ufffdc\\ufffdd\\ufffd\\ufffd\\\"\\t\\u0001\xC3\xA9");
  quoth__buf_free(&b);
  quoth__buf_text(&b, in, sizeof in - 1, 1);
  quoth__buf_text(&b, "x\r\ny\xE2\x80\xA8z\xC2\x85", 10, 1);
  quoth__buf_terminate(&b);
  ck_assert_str_eq(b.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD\" \x01\xC3\xA9"
                           "x  y z ");
  quoth__buf_free(&b);
}
END_TEST

/* Regression (fuzzer, fuzz/corpus/regress-paragraph-inverted): a stray
 * continuation byte right after U+2029 made the paragraph trimmer step back
 * into the separator and produce a span with end < start; ICU then failed
 * (QUOTH_EICU) and the splitter's UText leaked. */
START_TEST(test_paragraph_after_separator) {
  static const char *const texts[] = {"\xE2\x80\xA9\x80", "a\xE2\x80\xA9\x80\x80 b",
                                      "\xE3\x80\x80\n\n\x80", "x\xC2\x85\xA0"};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    quoth_doc *d = tu_process(texts[i], QUOTH_OPT_REPLACE_INVALID);
    for (size_t k = 0; k < quoth_doc_paragraph_count(d); k++) {
      quoth_span p = quoth_doc_paragraph(d, k);
      ck_assert_uint_lt(p.start, p.end);
    }
    quoth_doc_free(d);
  }
}
END_TEST

static Suite *reliability_suite(void) {
  Suite *s = suite_create("reliability");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, test_max_bytes);
  tcase_add_test(tc, test_default_max_bytes);
  tcase_add_test(tc, test_enomem_everywhere);
  tcase_add_test(tc, test_enomem_lexicons);
  tcase_add_test(tc, test_render_nul_replaced);
  tcase_add_test(tc, test_render_bom_replaced);
  tcase_add_test(tc, test_buf_sanitizes);
  tcase_add_test(tc, test_paragraph_after_separator);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(reliability_suite)
