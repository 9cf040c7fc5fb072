/* check_lexicon.c - lexicon loading, lookup and error messages. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"
#include "testutil.h"

START_TEST(test_builtin_lookup) {
  const quoth__lextable *t = quoth__lex_table(tu_lexicons(), "en", "speech_verbs");
  ck_assert_ptr_nonnull(t);
  const quoth__lexrow *r = quoth__lex_find(t, "SAID", 4);
  ck_assert_ptr_nonnull(r);
  ck_assert_str_eq(quoth__lex_col(r, 1), "say");
  ck_assert_ptr_null(quoth__lex_find(t, "sandwich", 8));
  /* Regional tags fall back to the language. */
  ck_assert_ptr_eq(quoth__lex_table(tu_lexicons(), "en-GB", "speech_verbs"), t);
  ck_assert_ptr_null(quoth__lex_table(tu_lexicons(), "xx", "speech_verbs"));
  ck_assert_ptr_nonnull(quoth__lex_table(tu_lexicons(), "common", "quote_marks"));
}
END_TEST

/* Writes a lexicon tree under a temporary directory; returns its path. */
static char *make_dir(const char *verbs) {
  static char dir[64];
  strcpy(dir, "/tmp/quoth-lexXXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  char p[256];
  snprintf(p, sizeof p, "%s/common", dir);
  mkdir(p, 0700);
  snprintf(p, sizeof p, "%s/en", dir);
  mkdir(p, 0700);
  const char *files[][2] = {{"common/quote_marks.tsv", "\xE2\x80\x9C\t\xE2\x80\x9D\t*\n"},
                            {"en/abbreviations.txt", "Mr.\ttitle\n"},
                            {"en/speech_verbs.tsv", verbs}};
  for (int i = 0; i < 3; i++) {
    if (!files[i][1]) continue;
    snprintf(p, sizeof p, "%s/%s", dir, files[i][0]);
    FILE *f = fopen(p, "w");
    ck_assert_ptr_nonnull(f);
    fputs(files[i][1], f);
    fclose(f);
  }
  return dir;
}

static void remove_dir(const char *dir) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

START_TEST(test_dir_ok) {
  char *dir = make_dir("# comment\n\nwhispered\twhisper\tmanner\n");
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_OK);
  const quoth__lextable *t = quoth__lex_table(lex, "en", "speech_verbs");
  ck_assert_uint_eq(quoth__lex_count(t), 1);
  ck_assert_ptr_nonnull(quoth__lex_find(t, "Whispered", 9));
  ck_assert_uint_eq(quoth__lex_find(t, "whispered", 9)->line, 3);
  quoth_lexicons_free(lex);
  remove_dir(dir);
}
END_TEST

START_TEST(test_dir_malformed_line) {
  char *dir = make_dir("said\tsay\tneutral\nbroken line with no tabs\n");
  quoth_lexicons *lex = (quoth_lexicons *)1;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
  ck_assert_ptr_null(lex);
  ck_assert_msg(strstr(err, "en/speech_verbs.tsv:2: expected 3 to 3") != NULL, "got: %s", err);
  remove_dir(dir);
}
END_TEST

START_TEST(test_dir_missing) {
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load("/nonexistent/quoth", &lex, err, sizeof err), QUOTH_EIO);
  ck_assert_msg(strstr(err, "/nonexistent/quoth") != NULL, "got: %s", err);
  char *dir = make_dir(NULL); /* no speech_verbs.tsv */
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
  ck_assert_msg(strstr(err, "en/speech_verbs") && strstr(err, "missing"), "got: %s", err);
  remove_dir(dir);
}
END_TEST

START_TEST(test_dir_bad_utf8) {
  char *dir = make_dir("sa\xFFid\tsay\tneutral\n");
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
  ck_assert_msg(strstr(err, "invalid UTF-8") != NULL, "got: %s", err);
  remove_dir(dir);
}
END_TEST

static Suite *lexicon_suite(void) {
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_builtin_lookup);
  tcase_add_test(tc, test_dir_ok);
  tcase_add_test(tc, test_dir_malformed_line);
  tcase_add_test(tc, test_dir_missing);
  tcase_add_test(tc, test_dir_bad_utf8);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(lexicon_suite)
