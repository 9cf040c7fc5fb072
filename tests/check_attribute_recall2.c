/* check_attribute_recall2.c - more constructions of reported speech
 * (docs/recall.md, "Second round"): coordinated cues, "as X noted"
 * clauses, impersonal passives.  Each with a case where the same words
 * report nothing. */
#include "testutil.h"

#include <stdio.h>

/* The statement of text whose content is want, or a failure. */
static const quoth_statement *has(const quoth_doc *d, const char *want) {
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    if (strcmp(tu_slice(d, quoth_statement_span(st)), want) == 0) return st;
  }
  ck_abort_msg("no statement \"%s\"", want);
  return NULL;
}

/* ---- coordinated cues ---- */

START_TEST(test_but_second_cue) {
  /* "acknowledged that A but noted that B": two statements */
  quoth_doc *d = tu_process("Jennifer Palmieri acknowledged that the candidate misspoke but noted "
                            "that experts say the group had mentioned him.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  has(d, "the candidate misspoke");
  quoth_doc_free(d);
  /* "but" joining two clauses of the content keeps them together */
  tu_one("Smith said the plan was late but the money was there.",
         "the plan was late but the money was there", "Smith");
}
END_TEST

START_TEST(test_though_other_speaker) {
  /* "..., though Mrs. Fiorina said ...": another speaker's statement */
  quoth_doc *d = tu_process("Carson said the history is a legitimate criticism, though Mrs. "
                            "Fiorina said she doubted voters would care.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  has(d, "the history is a legitimate criticism");
  has(d, "she doubted voters would care");
  quoth_doc_free(d);
  /* "though" opening a clause with no cue stays in the content */
  tu_one("Carson said the history is a legitimate criticism, though voters may not care.",
         "the history is a legitimate criticism, though voters may not care", "Carson");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("attribute_recall2");
  TCase *t = tcase_create("core");
  tcase_add_test(t, test_but_second_cue);
  tcase_add_test(t, test_though_other_speaker);
  suite_add_tcase(s, t);
  return s;
}

TU_MAIN(suite)
