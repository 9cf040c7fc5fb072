/* check_quotes.c - the quotation-mark scanner. */
#include "testutil.h"

START_TEST(test_curly_pair) {
  quoth_doc *d = tu_process("\xE2\x80\x9CWe stay,\xE2\x80\x9D he said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  const quoth_quote *q = quoth_doc_quote(d, 0);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(q)), "We stay,");
  ck_assert_uint_eq(quoth_quote_span(q).start, 0);
  quoth_doc_free(d);
}
END_TEST

static Suite *quotes_suite(void) {
  Suite *s = suite_create("quotes");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_curly_pair);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(quotes_suite)
