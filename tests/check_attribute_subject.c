/* check_attribute_subject.c - speakers of reported (indirect) statements:
 * words between a subject and its cue that are not the subject themselves,
 * each with a negative case where the same word is the subject. */
#include "testutil.h"

/* Adverbs of time and degree are skipped: "has long said", "seldom says". */
START_TEST(test_adverb_not_speaker) {
  tu_one("Mr. Ryan has long said that he will support the nominee.", "he will support the nominee",
      "Mr. Ryan");
  tu_one("Sanders supporters have long argued that the party was unfair.", "the party was unfair",
      "Sanders supporters");
  tu_one("Mr. Trump seldom says that he regrets anything.", "he regrets anything", "Mr. Trump");
  /* an adjective heading its own phrase is still read: "The critics said" */
  tu_one("The critics said that the plan was late.", "the plan was late", "The critics");
}
END_TEST

/* A floated quantifier: "X and Y have both urged" -- but "Both said". */
START_TEST(test_floated_quantifier) {
  tu_one("Senate Republicans have both argued that the deal failed.", "the deal failed",
      "Senate Republicans");
  tu_one("Both said that the deal failed.", "the deal failed", "Both");
}
END_TEST

/* A plural possessive owner: "Sanders' campaign says" -- but a lone
 * apostrophe not after -s ("the '90s") makes no owner. */
START_TEST(test_plural_possessive) {
  tu_one("Bernie Sanders\xE2\x80\x99 campaign says it raised more money.", "it raised more money",
      "Bernie Sanders\xE2\x80\x99 campaign");
  tu_one("The voters' leaders say the plan failed.", "the plan failed", "The voters' leaders");
  tu_one("The campaign says it raised more money.", "it raised more money", "The campaign");
}
END_TEST

/* Two conjuncts opening the clause speak together -- but not the object
 * of a clause before "and" ("Trump met Clinton and the officials said"). */
START_TEST(test_coordinated_subject) {
  tu_one("Current and former officials said the conviction was fair.", "the conviction was fair",
      "Current and former officials");
  tu_one("They and their supporters argue that the tax will hurt.", "the tax will hurt",
      "They and their supporters");
  tu_one("Trump met Clinton and the officials said the plan failed.", "the plan failed",
      "the officials");
}
END_TEST

static Suite *subject_suite(void) {
  Suite *s = suite_create("attribute_subject");
  TCase *tc = tcase_create("subjects");
  tcase_add_test(tc, test_adverb_not_speaker);
  tcase_add_test(tc, test_floated_quantifier);
  tcase_add_test(tc, test_plural_possessive);
  tcase_add_test(tc, test_coordinated_subject);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(subject_suite)
