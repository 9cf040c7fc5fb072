/* check_api.c - the public API contract: statuses, NULL safety, ownership. */
#include "testutil.h"

START_TEST(test_free_null) {
  quoth_lexicons_free(NULL);
  quoth_engine_free(NULL);
  quoth_doc_free(NULL);
  quoth_string_free(NULL);
}
END_TEST

START_TEST(test_strerror) {
  for (int s = 0; s >= -10; s--) {
    ck_assert_ptr_nonnull(quoth_strerror(s));
    ck_assert_str_ne(quoth_strerror(s), "unknown error");
  }
  ck_assert_str_eq(quoth_strerror(-999), "unknown error");
  ck_assert_ptr_nonnull(quoth_version());
}
END_TEST

START_TEST(test_null_accessors) {
  size_t len = 7;
  ck_assert_ptr_null(quoth_doc_text(NULL, &len));
  ck_assert_uint_eq(len, 0);
  ck_assert_uint_eq(quoth_doc_sentence_count(NULL), 0);
  ck_assert_uint_eq(quoth_doc_sentence(NULL, 3).end, 0);
  ck_assert_ptr_null(quoth_doc_statement(NULL, 0));
  ck_assert_ptr_null(quoth_doc_quote(NULL, 0));
  ck_assert_ptr_null(quoth_statement_speaker(NULL));
  ck_assert_uint_eq(quoth_statement_part_count(NULL), 0);
  ck_assert_str_eq(quoth_statement_rule(NULL), "");
  ck_assert_ptr_null(quoth_entity_name(NULL));
  ck_assert_ptr_null(quoth_entity_title(NULL, 0));
  ck_assert_uint_eq(quoth_entity_index(NULL), (size_t)-1);
  ck_assert_ptr_null(quoth_doc_diagnostic(NULL, 0));
  ck_assert_ptr_null(quoth_diagnostic_message(NULL));
  ck_assert_uint_eq(quoth_doc_codepoint_offset(NULL, 10), 0);
}
END_TEST

START_TEST(test_out_of_range) {
  quoth_doc *d = tu_process("One sentence.", 0);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 1);
  ck_assert_uint_eq(quoth_doc_sentence(d, 1).start, 0);
  ck_assert_uint_eq(quoth_doc_sentence(d, (size_t)-1).end, 0);
  ck_assert_ptr_null(quoth_doc_statement(d, 5));
  ck_assert_ptr_null(quoth_doc_entity(d, 5));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_bad_arguments) {
  quoth_engine *e = (quoth_engine *)1;
  ck_assert_int_eq(quoth_engine_new(NULL, "en", 0, &e), QUOTH_EINVAL);
  ck_assert_ptr_null(e);
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en;rm", 0, &e), QUOTH_ELOCALE);
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", 0, NULL), QUOTH_EINVAL);
  ck_assert_int_eq(quoth_lexicons_load(NULL, NULL, NULL, 0), QUOTH_EINVAL);
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), NULL, 0, &e), QUOTH_OK);
  quoth_doc *d = (quoth_doc *)1;
  ck_assert_int_eq(quoth_engine_process(e, NULL, 5, &d), QUOTH_EINVAL);
  ck_assert_ptr_null(d);
  ck_assert_int_eq(quoth_engine_process(e, NULL, 0, &d), QUOTH_OK); /* empty text */
  ck_assert_uint_eq(quoth_doc_statement_count(d), 0);
  quoth_doc_free(d);
  quoth_engine_free(e);
}
END_TEST

START_TEST(test_input_errors) {
  quoth_engine *e;
  quoth_doc *d;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", 0, &e), QUOTH_OK);
  ck_assert_int_eq(quoth_engine_process(e, "ok \xFF bad", 8, &d), QUOTH_EUTF8);
  ck_assert_uint_eq(quoth_engine_error_offset(e), 3);
  ck_assert_int_eq(quoth_engine_process(e, "nul\0x", 5, &d), QUOTH_ENUL);
  ck_assert_uint_eq(quoth_engine_error_offset(e), 3);
  quoth_engine_set_max_bytes(e, 4);
  ck_assert_int_eq(quoth_engine_process(e, "too long", 8, &d), QUOTH_ETOOBIG);
  /* no limit still means below 4 GiB - 1 (32-bit token offsets); the
   * length is refused before a byte is read */
  quoth_engine_set_max_bytes(e, 0);
  ck_assert_int_eq(quoth_engine_process(e, "x", (size_t)UINT32_MAX, &d), QUOTH_ETOOBIG);
  ck_assert_ptr_null(d);
  quoth_engine_free(e);
  /* With the replace option, bad bytes are processed and offsets still point
   * into the original bytes. */
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", QUOTH_OPT_REPLACE_INVALID, &e), QUOTH_OK);
  ck_assert_int_eq(quoth_engine_process(e, "Bad \xFF here. Next one.", 21, &d), QUOTH_OK);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_uint_eq(quoth_doc_sentence(d, 1).start, 12);
  quoth_doc_free(d);
  quoth_engine_free(e);
}
END_TEST

START_TEST(test_render_all_formats) {
  quoth_doc *d = tu_process("\xE2\x80\x9CWe stay,\xE2\x80\x9D he said.", 0);
  const quoth_format fmts[] = {QUOTH_FORMAT_JSONL, QUOTH_FORMAT_TSV, QUOTH_FORMAT_TEXT};
  for (int i = 0; i < 3; i++) {
    char *out = NULL;
    size_t len = 0;
    ck_assert_int_eq(quoth_doc_render(d, fmts[i], QUOTH_OFFSETS_CODEPOINT, "\"x\"", &out, &len),
                     QUOTH_OK);
    ck_assert_uint_eq(strlen(out), len);
    ck_assert(len > 0);
    quoth_string_free(out);
  }
  char *out = (char *)1;
  ck_assert_int_eq(quoth_doc_render(NULL, QUOTH_FORMAT_JSONL, 0, NULL, &out, NULL), QUOTH_EINVAL);
  ck_assert_ptr_null(out);
  quoth_doc_free(d);
}
END_TEST

/* quoth_engine_set_kinds selects statements by kind after the checks: the
 * unattributed direct quote is still diagnosed when only reported speech
 * is kept, and 0 or QUOTH_KINDS_ALL keep everything. */
START_TEST(test_engine_kinds) {
  const char *text = "\xE2\x80\x9CNobody knows the answer.\xE2\x80\x9D\n\n"
                     "The ministry said the talks would resume.\n\n"
                     "\xE2\x80\x9CWe will not retreat,\xE2\x80\x9D Peskov said.";
  quoth_engine *e = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", 0, &e), QUOTH_OK);
  const unsigned masks[] = {0, QUOTH_KINDS_ALL, QUOTH_KIND_BIT(QUOTH_KIND_DIRECT),
                            QUOTH_KIND_BIT(QUOTH_KIND_INDIRECT)};
  const size_t want[] = {3, 3, 2, 1};
  for (size_t m = 0; m < 4; m++) {
    quoth_doc *d = NULL;
    quoth_engine_set_kinds(e, masks[m]);
    ck_assert_int_eq(quoth_engine_process(e, text, strlen(text), &d), QUOTH_OK);
    ck_assert_uint_eq(quoth_doc_statement_count(d), want[m]);
    for (size_t i = 0; masks[m] && i < quoth_doc_statement_count(d); i++)
      ck_assert(masks[m] & QUOTH_KIND_BIT(quoth_statement_kind(quoth_doc_statement(d, i))));
    int unattributed = 0;
    for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++)
      unattributed |= !strcmp(quoth_diagnostic_rule(quoth_doc_diagnostic(d, i)), "unattributed-quote");
    ck_assert_int_eq(unattributed, 1);
    quoth_doc_free(d);
  }
  quoth_engine_set_kinds(NULL, 1); /* no crash */
  quoth_engine_free(e);
}
END_TEST

static Suite *api_suite(void) {
  Suite *s = suite_create("api");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_free_null);
  tcase_add_test(tc, test_strerror);
  tcase_add_test(tc, test_null_accessors);
  tcase_add_test(tc, test_out_of_range);
  tcase_add_test(tc, test_bad_arguments);
  tcase_add_test(tc, test_input_errors);
  tcase_add_test(tc, test_render_all_formats);
  tcase_add_test(tc, test_engine_kinds);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(api_suite)
