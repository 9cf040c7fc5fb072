/* check_render.c - the writers' helpers: offset cursor, plain ids,
 * locale-independent numbers, colour. */
#include <locale.h>
#include <stdio.h>

#include "render.h"
#include "testutil.h"

/* Astral, 2- and 3-byte characters and (with REPLACE_INVALID) stray,
 * truncated and overlong bytes, so every decoding path is crossed. */
static const char mixed[] =
    "A \xF0\x9F\x98\x80 b\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \x80\xBF x\xC3 y\xE0\x80\x80 "
    "\xF0\x9D\x90\x80\xF0\x9D\x90\x81 end \xE6\x9D\xB1\xE4\xBA\xAC.";

static void cursor_agrees(quoth_offsets mode) {
  quoth_doc *d = tu_process(mixed, QUOTH_OPT_REPLACE_INVALID);
  size_t len = sizeof mixed - 1;
  quoth__offset_cursor c;
  quoth__cursor_init(&c, d, mode);
  for (size_t b = 0; b <= len + 2; b++) /* in order, including past the end */
    ck_assert_uint_eq(quoth__cursor_offset(&c, b), quoth__render_offset(d, mode, b));
  unsigned seed = 7;
  for (int k = 0; k < 2000; k++) { /* jumps back and forth */
    seed = seed * 1103515245u + 12345u;
    size_t b = (seed >> 8) % (len + 1);
    ck_assert_uint_eq(quoth__cursor_offset(&c, b), quoth__render_offset(d, mode, b));
  }
  quoth_doc_free(d);
}

START_TEST(cursor_codepoint) { cursor_agrees(QUOTH_OFFSETS_CODEPOINT); }
END_TEST

START_TEST(cursor_utf16) { cursor_agrees(QUOTH_OFFSETS_UTF16); }
END_TEST

START_TEST(cursor_long_text) {
  /* Beyond one checkpoint step, with walks longer than the cursor window. */
  char *t = malloc(20001);
  for (int i = 0; i < 20000; i++) t[i] = i % 7 == 0 ? ' ' : 'a';
  memcpy(t + 5000, "\xF0\x9F\x98\x80", 4);
  t[20000] = '\0';
  quoth_doc *d = tu_process(t, 0);
  quoth__offset_cursor c;
  quoth__cursor_init(&c, d, QUOTH_OFFSETS_UTF16);
  for (size_t b = 0; b <= 20000; b += 37)
    ck_assert_uint_eq(quoth__cursor_offset(&c, b), quoth__render_offset(d, QUOTH_OFFSETS_UTF16, b));
  quoth_doc_free(d);
  free(t);
}
END_TEST

static const char *plain_id(const char *id_json) {
  static char out[256];
  quoth__buf b;
  quoth__buf_init(&b);
  quoth__render_id_plain(&b, id_json, "dflt");
  quoth__buf_terminate(&b);
  snprintf(out, sizeof out, "%s", b.data ? b.data : "");
  quoth__buf_free(&b);
  return out;
}

START_TEST(id_plain) {
  ck_assert_str_eq(plain_id(NULL), "dflt");
  ck_assert_str_eq(plain_id("42"), "42");
  ck_assert_str_eq(plain_id("\"a1\""), "a1");
  ck_assert_str_eq(plain_id("\"tab\\there \\\"q\\\" \\\\\""), "tab here \"q\" \\");
  ck_assert_str_eq(plain_id("\"\\u00e9\\ud83d\\ude00\""), "\xC3\xA9\xF0\x9F\x98\x80");
  ck_assert_str_eq(plain_id("\"lone \\ud83d x\""), "lone \xEF\xBF\xBD x");
  ck_assert_str_eq(plain_id("\"nul\\u0000\""), "nul\xEF\xBF\xBD");
  ck_assert_str_eq(plain_id("\"cut \\u12"), "cut u12"); /* malformed: no crash */
  ck_assert_str_eq(plain_id("{\"a\":\n1}"), "{\"a\": 1}");
}
END_TEST

START_TEST(numbers_ignore_locale) {
  /* A comma decimal separator must not leak into JSON. */
  if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "fr_FR.UTF-8"))
    setlocale(LC_NUMERIC, "C");
  quoth__buf b;
  quoth__buf_init(&b);
  quoth__render_fixed2(&b, 0.5);
  quoth__buf_putc(&b, ' ');
  quoth__render_fixed2(&b, 0.996);
  quoth__buf_putc(&b, ' ');
  quoth__render_fixed2(&b, 0.0 / 0.0);
  quoth__buf_putc(&b, ' ');
  quoth__render_fixed2(&b, -0.25);
  quoth__buf_terminate(&b);
  ck_assert_str_eq(b.data, "0.50 1.00 0.00 -0.25");
  quoth__buf_free(&b);
  setlocale(LC_NUMERIC, "C");
}
END_TEST

START_TEST(colour_same_words) {
  quoth_doc *d = tu_process("\xE2\x80\x9CHello,\xE2\x80\x9D she said.", 0);
  char *plain, *colour;
  size_t np, nc;
  ck_assert_int_eq(quoth_doc_render(d, QUOTH_FORMAT_TEXT, 0, "\"x\"", &plain, &np), QUOTH_OK);
  ck_assert_int_eq(quoth_doc_render(d, QUOTH_FORMAT_TEXT_COLOR, 0, "\"x\"", &colour, &nc), QUOTH_OK);
  ck_assert_ptr_nonnull(strstr(colour, "\033["));
  /* Removing the escapes gives the plain form back. */
  size_t w = 0;
  for (size_t i = 0; i < nc; i++) {
    if (colour[i] == '\033') {
      while (i < nc && colour[i] != 'm') i++;
      continue;
    }
    colour[w++] = colour[i];
  }
  colour[w] = '\0';
  ck_assert_str_eq(colour, plain);
  quoth_string_free(plain);
  ck_assert_int_eq(quoth_doc_render(d, (quoth_format)99, 0, NULL, &plain, &np), QUOTH_EINVAL);
  ck_assert_ptr_null(plain);
  quoth_string_free(colour);
  quoth_doc_free(d);
}
END_TEST

static Suite *render_suite(void) {
  Suite *s = suite_create("render");
  TCase *tc = tcase_create("helpers");
  tcase_add_test(tc, cursor_codepoint);
  tcase_add_test(tc, cursor_utf16);
  tcase_add_test(tc, cursor_long_text);
  tcase_add_test(tc, id_plain);
  tcase_add_test(tc, numbers_ignore_locale);
  tcase_add_test(tc, colour_same_words);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(render_suite)
