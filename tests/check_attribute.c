/* check_attribute.c - statements and speakers. */
#include "testutil.h"

START_TEST(test_quote_is_statement) {
  quoth_doc *d = tu_process("\xE2\x80\x9CWe stay,\xE2\x80\x9D he said.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  ck_assert_int_eq(quoth_statement_kind(st), QUOTH_KIND_DIRECT);
  quoth_doc_free(d);
}
END_TEST

static Suite *attribute_suite(void) {
  Suite *s = suite_create("attribute");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_quote_is_statement);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(attribute_suite)
