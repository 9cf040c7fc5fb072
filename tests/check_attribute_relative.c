/* check_attribute_relative.c - reported speech in a non-restrictive
 * relative clause ("Flake, who said ..., is ..."): the antecedent speaks,
 * and the content ends where the relative clause closes.  Each test holds
 * a negative case. */
#include "testutil.h"

/* The statement holding needle has this content and speaker mention. */
static void content_is(const char *text, const char *needle, const char *content,
                       const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = tu_find(d, needle);
  ck_assert_msg(st != NULL, "no statement holds \"%s\"", needle);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(st)), content);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), speaker);
  quoth_doc_free(d);
}

/* The relative clause closes before the main clause's predicate. */
START_TEST(test_relative_closes) {
  content_is("Sen. Jeff Flake, who said last week that he would not vote for Trump, is a "
             "Republican.",
             "vote for Trump", "he would not vote for Trump", "Sen. Jeff Flake");
  content_is("Trump, who has accused Bill Clinton of being a rapist, may have met Tyson.",
             "rapist", "Bill Clinton of being a rapist", "Trump");
  content_is("The governor, who told reporters the plan was dead, has resigned.", "plan",
             "the plan was dead", "The governor");
  /* negative: a comma inside the content followed by a list item or a
   * noun phrase does not close the clause */
  content_is("Clinton, who has argued that the deal raises taxes, fees and rents.", "deal",
             "the deal raises taxes, fees and rents", "Clinton");
  /* negative: outside a relative clause the content runs on as before */
  content_is("Flake said that he would not vote for Trump, who is a Republican.", "vote",
             "he would not vote for Trump, who is a Republican", "Flake");
}
END_TEST

/* No statement from "who" as a question, a bare object or a pronoun
 * object, or a relative clause whose verb is no cue. */
START_TEST(test_relative_negatives) {
  ck_assert_uint_eq(tu_count("Who said that? Nobody knows."), 0);
  ck_assert_uint_eq(tu_count("The senator, who said nothing, was angry."), 0);
  ck_assert_uint_eq(tu_count("The mayor, who told me, was angry."), 0);
  ck_assert_uint_eq(tu_count("The man, who was born in Ohio, is a Republican."), 0);
}
END_TEST

/* An irregular past form (word_classes past-verb) closes the clause as an
 * "-ed" form does. */
START_TEST(test_relative_irregular_past) {
  content_is("Sen. Jeff Flake, who said he would not vote for Trump, made no comment.", "vote",
             "he would not vote for Trump", "Sen. Jeff Flake");
  content_is("The mayor, who told reporters the city was broke, left the meeting early.", "broke",
             "the city was broke", "The mayor");
  /* negative: outside a relative clause the same comma closes nothing */
  content_is("Flake said that Trump, who lost, made a mistake.", "mistake",
             "Trump, who lost, made a mistake", "Flake");
}
END_TEST

/* The cue as the second verb of the relative clause ("who endorsed X and
 * said"), and an "-ly" adverb before the resuming predicate. */
START_TEST(test_relative_coordinated) {
  content_is("Sanders, who endorsed Canova in May and said he would campaign with him, "
             "ultimately did not show up.",
             "campaign", "he would campaign with him", "Sanders");
  /* negative: "and" with no relative word before it is no relative clause */
  content_is("Sanders endorsed Canova in May and said that the race, narrowly lost, was over.",
             "race", "the race, narrowly lost, was over", "Sanders");
}
END_TEST

/* "which" after an organization or a record that speaks: the antecedent
 * is the speaker, as with "who". */
START_TEST(test_relative_which) {
  content_is("The NAACP, which argued that the law was racist, is appealing the ruling.", "racist",
             "the law was racist", "The NAACP");
  content_is("The ministry, which said the talks had failed, will meet again.",
             "talks", "the talks had failed", "The ministry");
  /* negative: "which" after a thing (a plan, a bill) makes no speaker */
  ck_assert_uint_eq(tu_count("The plan, which says taxes will rise, was approved."), 0);
  ck_assert_uint_eq(tu_count("The bill, which says that taxes will rise, was approved."), 0);
  ck_assert_uint_eq(
      tu_count("The Affordable Care Act, which says that insurers must cover everyone, passed."), 0);
}
END_TEST

static Suite *relative_suite(void) {
  Suite *s = suite_create("attribute-relative");
  TCase *tc = tcase_create("relative");
  tcase_add_test(tc, test_relative_closes);
  tcase_add_test(tc, test_relative_negatives);
  tcase_add_test(tc, test_relative_which);
  tcase_add_test(tc, test_relative_irregular_past);
  tcase_add_test(tc, test_relative_coordinated);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(relative_suite)
