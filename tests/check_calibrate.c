/* check_calibrate.c - calibrated confidences (lexicon en/confidence) and
 * the minimum-confidence filter. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calibrate.h"
#include "doc.h"
#include "lexicon.h"
#include "testutil.h"

/* A minimal lexicon tree whose en/confidence.tsv holds conf (NULL: no
 * such file); returns its path. */
static const char *make_dir(const char *conf) {
  const char *const files[][2] = {{"en/speech_verbs.tsv", "said\tsay\tneutral\n"},
                                  {"en/confidence.tsv", conf}};
  return tu_lexicon_dir(files, 2);
}

/* A document with one statement per (rule, resolution, confidence); a
 * statement resolved QUOTH_RESOLVED_NONE has no speaker, the others
 * entity 0 (calibration only asks whether there is one). */
static quoth_doc *doc_with(size_t n, const char *const *rules, const quoth_resolution *res,
                           const double *conf) {
  quoth_doc *d = quoth__doc_new("", 0);
  ck_assert_ptr_nonnull(d);
  for (size_t i = 0; i < n; i++) {
    quoth_statement *st = quoth__doc_add_statement(d);
    ck_assert_ptr_nonnull(st);
    st->rule = rules[i];
    st->resolved = res[i];
    st->confidence = conf[i];
    st->addressee = st->reporter = QUOTH__NONE;
    st->speaker = res[i] == QUOTH_RESOLVED_NONE ? QUOTH__NONE : 0;
  }
  return d;
}

START_TEST(test_exact_row_then_rule_row_then_own) {
  const char *dir = make_dir("# rows\nr1/explicit\t0.9\t100\nr1\t0.4\t300\nr3/none\t0.2\n");
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_OK);
  const char *rules[] = {"r1", "r1", "r2", "r1", "r3"};
  quoth_resolution res[] = {QUOTH_RESOLVED_EXPLICIT, QUOTH_RESOLVED_PRONOUN,
                            QUOTH_RESOLVED_EXPLICIT, QUOTH_RESOLVED_NONE, QUOTH_RESOLVED_NONE};
  double conf[] = {0.5, 0.5, 0.55, 0.3, 0.3};
  quoth_doc *d = doc_with(5, rules, res, conf);
  quoth__calibrate(quoth__lex_table(lex, "en", "confidence"), d);
  ck_assert_double_eq_tol(d->statements[0].confidence, 0.9, 1e-9);
  ck_assert_double_eq_tol(d->statements[1].confidence, 0.4, 1e-9); /* the rule's row */
  ck_assert_double_eq_tol(d->statements[2].confidence, 0.55, 1e-9); /* no row: its own */
  /* No speaker: the rule's row (measured on statements with one) does not
   * apply, only RULE/none. */
  ck_assert_double_eq_tol(d->statements[3].confidence, 0.3, 1e-9);
  ck_assert_double_eq_tol(d->statements[4].confidence, 0.2, 1e-9);
  quoth_doc_free(d);
  quoth_lexicons_free(lex);
  tu_remove_dir(dir);
}
END_TEST

START_TEST(test_no_table_keeps_rule_confidence) {
  const char *dir = make_dir(NULL);
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_OK);
  const quoth__lextable *t = quoth__lex_table(lex, "en", "confidence");
  ck_assert_ptr_null(t);
  const char *rules[] = {"r1"};
  quoth_resolution res[] = {QUOTH_RESOLVED_EXPLICIT};
  double conf[] = {0.65};
  quoth_doc *d = doc_with(1, rules, res, conf);
  quoth__calibrate(t, d);
  ck_assert_double_eq_tol(d->statements[0].confidence, 0.65, 1e-9);
  quoth_doc_free(d);
  quoth_lexicons_free(lex);
  tu_remove_dir(dir);
}
END_TEST

/* A confidence that is not a number in [0, 1] is a lexicon error naming
 * file:line, like any malformed lexicon line. */
START_TEST(test_malformed_value_names_line) {
  const char *bad[] = {"r1\t0.4\nr2\t1.5\n", "r1\t0.4\nr2\thigh\n", "r1\t0.4\nr2\t-0.1\n",
                       "r1\t0.4\nr2\t\n"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    const char *dir = make_dir(bad[i]);
    quoth_lexicons *lex = (quoth_lexicons *)1;
    char err[256];
    ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
    ck_assert_ptr_null(lex);
    ck_assert_msg(strstr(err, "en/confidence.tsv:2:") != NULL, "got: %s", err);
    tu_remove_dir(dir);
  }
}
END_TEST

START_TEST(test_drop_below_keeps_order) {
  const char *rules[] = {"a", "b", "c", "d"};
  quoth_resolution res[4] = {0};
  double conf[] = {0.2, 0.9, 0.5, 0.7};
  quoth_doc *d = doc_with(4, rules, res, conf);
  quoth__drop_below(d, 0.5);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 3);
  ck_assert_str_eq(quoth_statement_rule(quoth_doc_statement(d, 0)), "b");
  ck_assert_str_eq(quoth_statement_rule(quoth_doc_statement(d, 1)), "c"); /* == min is kept */
  ck_assert_str_eq(quoth_statement_rule(quoth_doc_statement(d, 2)), "d");
  quoth_doc_free(d);
}
END_TEST

/* The built-in table is applied: a statement's confidence is its row's. */
START_TEST(test_builtin_table_applied) {
  const quoth__lextable *t = quoth__lex_table(tu_lexicons(), "en", "confidence");
  ck_assert_ptr_nonnull(t);
  quoth_doc *d = tu_process("\xE2\x80\x9CWe will not retreat,\xE2\x80\x9D Peskov said.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  char key[128];
  snprintf(key, sizeof key, "%s/%s", quoth_statement_rule(st),
           quoth_resolution_name(quoth_statement_resolution(st)));
  const quoth__lexrow *r = quoth__lex_find(t, key, strlen(key));
  ck_assert_msg(r != NULL, "no row %s", key);
  ck_assert_double_eq_tol(quoth_statement_confidence(st), strtod(quoth__lex_col(r, 1), NULL), 1e-9);
  quoth_doc_free(d);
}
END_TEST

/* The engine option: a threshold above every confidence leaves no
 * statement; 0 keeps them all. */
START_TEST(test_engine_min_confidence) {
  const char *text = "\xE2\x80\x9CWe will not retreat,\xE2\x80\x9D Peskov said. "
                     "The ministry said the talks would resume.";
  quoth_engine *e = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", 0, &e), QUOTH_OK);
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_process(e, text, strlen(text), &d), QUOTH_OK);
  size_t all = quoth_doc_statement_count(d);
  ck_assert_uint_eq(all, 2);
  double lo = 1.0;
  for (size_t i = 0; i < all; i++) {
    double c = quoth_statement_confidence(quoth_doc_statement(d, i));
    if (c < lo) lo = c;
  }
  quoth_doc_free(d);
  quoth_engine_set_min_confidence(e, lo + 0.001);
  ck_assert_int_eq(quoth_engine_process(e, text, strlen(text), &d), QUOTH_OK);
  ck_assert_uint_lt(quoth_doc_statement_count(d), all);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++)
    ck_assert(quoth_statement_confidence(quoth_doc_statement(d, i)) > lo);
  quoth_doc_free(d);
  quoth_engine_set_min_confidence(e, 0);
  ck_assert_int_eq(quoth_engine_process(e, text, strlen(text), &d), QUOTH_OK);
  ck_assert_uint_eq(quoth_doc_statement_count(d), all);
  quoth_doc_free(d);
  quoth_engine_free(e);
}
END_TEST

static Suite *calibrate_suite(void) {
  Suite *s = suite_create("calibrate");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_exact_row_then_rule_row_then_own);
  tcase_add_test(tc, test_no_table_keeps_rule_confidence);
  tcase_add_test(tc, test_malformed_value_names_line);
  tcase_add_test(tc, test_drop_below_keeps_order);
  tcase_add_test(tc, test_builtin_table_applied);
  tcase_add_test(tc, test_engine_min_confidence);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(calibrate_suite)
