/* check_text.c - the Unicode text layer: validation, offsets, paragraphs, keys. */
#include "testutil.h"
#include "text.h"

START_TEST(test_valid_utf8) {
  size_t bad = 99;
  const char *s = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80";
  ck_assert_int_eq(quoth__utf8_check(s, strlen(s), &bad), QUOTH_OK);
  ck_assert_int_eq(quoth__utf8_check("\xEF\xBB\xBFok", 5, &bad), QUOTH_OK); /* leading BOM */
}
END_TEST

static void expect_bad(const char *s, size_t len, int status, size_t offset) {
  size_t bad = 999;
  ck_assert_int_eq(quoth__utf8_check(s, len, &bad), status);
  ck_assert_uint_eq(bad, offset);
}

START_TEST(test_invalid_utf8) {
  expect_bad("ab\xC0\xAF", 4, QUOTH_EUTF8, 2);         /* overlong */
  expect_bad("ab\xE0\x80\xAF", 5, QUOTH_EUTF8, 2);     /* overlong 3-byte */
  expect_bad("x\xED\xA0\x80", 4, QUOTH_EUTF8, 1);      /* surrogate */
  expect_bad("xy\xE2\x80", 4, QUOTH_EUTF8, 2);         /* truncated */
  expect_bad("\xF5\x80\x80\x80", 4, QUOTH_EUTF8, 0);   /* > U+10FFFF lead */
  expect_bad("a\x80", 2, QUOTH_EUTF8, 1);              /* stray continuation */
  expect_bad("ab\0cd", 5, QUOTH_ENUL, 2);              /* NUL */
  expect_bad("ab\xEF\xBB\xBF", 5, QUOTH_EBOM, 2);      /* BOM inside */
}
END_TEST

START_TEST(test_decode_replacement) {
  size_t next;
  ck_assert_int_eq(quoth__utf8_decode("\xC3", 1, 0, &next), QUOTH__REPLACEMENT);
  ck_assert_uint_eq(next, 1);
  ck_assert_int_eq(quoth__utf8_decode("\xC3\xA9", 2, 0, &next), 0xE9);
  ck_assert_uint_eq(next, 2);
}
END_TEST

START_TEST(test_offsets) {
  /* é is 2 bytes / 1 code point / 1 UTF-16 unit; 😀 is 4 / 1 / 2. */
  char s[2000];
  strcpy(s, "\xC3\xA9\xF0\x9F\x98\x80");
  for (int i = 0; i < 300; i++) strcat(s, "\xC3\xA9");
  quoth__offsets o;
  ck_assert_int_eq(quoth__offsets_build(&o, s, strlen(s)), QUOTH_OK);
  ck_assert_uint_eq(quoth__offsets_cp(&o, 2), 1);
  ck_assert_uint_eq(quoth__offsets_cp(&o, 6), 2);
  ck_assert_uint_eq(quoth__offsets_u16(&o, 6), 3);
  ck_assert_uint_eq(quoth__offsets_cp(&o, 6 + 2 * 300), 302);
  ck_assert_uint_eq(quoth__offsets_u16(&o, 6 + 2 * 300), 303);
  ck_assert_uint_eq(quoth__offsets_cp(&o, 100000), 302); /* clamped */
  quoth__offsets_free(&o);
}
END_TEST

static size_t paras(const char *s, int per_line, quoth_span *first) {
  quoth_span *v;
  size_t n;
  ck_assert_int_eq(quoth__paragraphs(s, strlen(s), per_line, &v, &n), QUOTH_OK);
  if (n && first) *first = v[0];
  free(v);
  return n;
}

START_TEST(test_paragraphs) {
  quoth_span f;
  ck_assert_uint_eq(paras("One.\nStill one.\n\nTwo.", 0, &f), 2);
  ck_assert_uint_eq(f.start, 0);
  ck_assert_uint_eq(f.end, 15);
  ck_assert_uint_eq(paras("One.\r\n\r\nTwo.\r\n  \r\nThree.", 0, NULL), 3);
  ck_assert_uint_eq(paras("One.\nTwo.\nThree.", 1, NULL), 3);
  ck_assert_uint_eq(paras("One.\xE2\x80\xA9Two.", 0, NULL), 2);          /* U+2029 */
  ck_assert_uint_eq(paras("One.\xE2\x80\xA8Two.", 0, NULL), 1);          /* U+2028 */
  ck_assert_uint_eq(paras("One.\xC2\x85\xC2\x85Two.", 0, NULL), 2);      /* NEL NEL */
  ck_assert_uint_eq(paras("  \n\n \xC2\xA0 \n", 0, NULL), 0);            /* only spaces */
  ck_assert_uint_eq(paras("", 0, NULL), 0);
}
END_TEST

START_TEST(test_fold) {
  char out[64];
  size_t n = quoth__fold("Said", 4, out, sizeof out);
  ck_assert_uint_eq(n, 4);
  ck_assert(memcmp(out, "said", 4) == 0);
  n = quoth__fold("\xC3\x89LYS\xC3\x89" "E", 8, out, sizeof out); /* ÉLYSÉE */
  ck_assert_uint_eq(n, 8);
  ck_assert(memcmp(out, "\xC3\xA9lys\xC3\xA9" "e", 8) == 0);
  n = quoth__fold("Libya\xE2\x80\x99s", 9, out, sizeof out); /* typographic apostrophe */
  ck_assert_uint_eq(n, 7);
  ck_assert(memcmp(out, "libya's", 7) == 0);
  ck_assert_uint_eq(quoth__fold("abcdef", 6, out, 3), (size_t)-1);
}
END_TEST

START_TEST(test_classes) {
  ck_assert(quoth__is_space(0xA0));   /* no-break space */
  ck_assert(quoth__is_space(0x202F)); /* narrow no-break space */
  ck_assert(!quoth__is_space('x'));
  ck_assert(quoth__is_upper(0xC9));
  ck_assert(quoth__is_letter(0x169)); /* ũ */
  ck_assert(quoth__is_dash(0x2014));
}
END_TEST

static Suite *text_suite(void) {
  Suite *s = suite_create("text");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_valid_utf8);
  tcase_add_test(tc, test_invalid_utf8);
  tcase_add_test(tc, test_decode_replacement);
  tcase_add_test(tc, test_offsets);
  tcase_add_test(tc, test_paragraphs);
  tcase_add_test(tc, test_fold);
  tcase_add_test(tc, test_classes);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(text_suite)
