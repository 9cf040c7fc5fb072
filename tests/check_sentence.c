/* check_sentence.c - the sentence splitter. */
#include "testutil.h"

static size_t count_sentences(const char *text, unsigned opts) {
  quoth_doc *d = tu_process(text, opts | QUOTH_OPT_SENTENCES_ONLY);
  size_t n = quoth_doc_sentence_count(d);
  quoth_doc_free(d);
  return n;
}

START_TEST(test_basic) {
  quoth_doc *d = tu_process("Hello World. My name is Jonas.", QUOTH_OPT_SENTENCES_ONLY);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, 0)), "Hello World.");
  ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, 1)), "My name is Jonas.");
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_paragraphs_bound_sentences) {
  ck_assert_uint_eq(count_sentences("No end here\n\nNor here", 0), 2);
  ck_assert_uint_eq(count_sentences("", 0), 0);
}
END_TEST

START_TEST(test_linear_no_sentence_end) {
  size_t n = 10u << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i++) big[i] = (i % 7 == 6) ? ' ' : 'a';
  big[n] = '\0';
  double t0 = tu_seconds();
  ck_assert_uint_eq(count_sentences(big, 0), 1);
  ck_assert_msg(tu_seconds() - t0 < 10.0, "10 MB without a sentence end took too long");
  free(big);
}
END_TEST

static Suite *sentence_suite(void) {
  Suite *s = suite_create("sentence");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_basic);
  tcase_add_test(tc, test_paragraphs_bound_sentences);
  tcase_add_test(tc, test_linear_no_sentence_end);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(sentence_suite)
