/* check_attribute_named.c - speakers of direct quotes against a named
 * speaker: a quote after a short opening adverbial continues the speaker
 * before it, and a title of the form "Chief of Staff" between an
 * organization and a name leaves a person.  Each test holds a negative
 * case. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* said_by: tu_said_by in testutil.h */
#define said_by tu_said_by

/* "“Q1,” Trump said. Instead, “Q2”": a quote after a short opening
 * adverbial (an adverb, a preposition or a subordinator, up to a comma or
 * colon) with no cue in its sentence goes on with the speaker before it,
 * as a quote opening its sentence does. */
START_TEST(test_continuation_after_adverbial) {
  const char *lead = LQ "He is supposed to be a cheerleader for this country," RQ " Trump said. ";
  char t[512];
  snprintf(t, sizeof t, "%sInstead, " LQ "he just acts like a defeated man." RQ, lead);
  said_by(t, "defeated man", "Trump", "continuation");
  snprintf(t, sizeof t, "%sUnless further rivals quit the race, " LQ
           "it is very difficult to see how he is stopped." RQ, lead);
  said_by(t, "very difficult", "Trump", "continuation");
  snprintf(t, sizeof t, "%s\n\nThen, later that month on CNN: " LQ "I never said that." RQ, lead);
  said_by(t, "never said", "Trump", "continuation");
  /* negative: a subject or a pronoun in the words before the quote says
   * it ("It continued:"), and a second part of the lead that is a clause
   * ("On a long evening, AS offers one view:") is no adverbial */
  snprintf(t, sizeof t, "%sThe affidavit was filed. It continued: " LQ "Probable cause exists." RQ,
           lead);
  quoth_doc *d = tu_process(t, 0);
  ck_assert_str_ne(tu_speaker_name(d, "Probable cause"), "Trump");
  quoth_doc_free(d);
  snprintf(t, sizeof t, "%sOn a long evening, AS offers one view: " LQ "Spain played better." RQ,
           lead);
  d = tu_process(t, 0);
  ck_assert_str_ne(tu_speaker_name(d, "Spain played"), "Trump");
  quoth_doc_free(d);
}
END_TEST

/* "White House Chief of Staff Denis McDonough": an organization, a title
 * "TITLE of Word" and a name make a person, of known gender, so that
 * "she" later is someone else. */
START_TEST(test_org_title_of_name) {
  const char *t = LQ "Pat Kennedy is the greatest," RQ
                  " said White House Chief of Staff Denis McDonough.\n\n"
                  "McDonough was responding to a message from Wendy Sherman. " LQ
                  "Tunis plane wheels up a few minutes ago," RQ " she wrote.";
  quoth_doc *d = tu_process(t, 0);
  const quoth_entity *e = quoth_statement_speaker(tu_statement(d, "greatest"));
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(quoth_entity_name(e), "Denis McDonough");
  ck_assert_int_eq(quoth_entity_type_of(e), QUOTH_ENTITY_PERSON);
  ck_assert_str_eq(tu_speaker_name(d, "Tunis plane"), "Wendy Sherman");
  quoth_doc_free(d);
  /* negative: an organization named "X of Y" stays one ("Bank of America
   * said") */
  d = tu_process(LQ "We are done," RQ " Bank of America said.", 0);
  e = quoth_statement_speaker(tu_statement(d, "done"));
  ck_assert_ptr_nonnull(e);
  ck_assert_int_eq(quoth_entity_type_of(e), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
}
END_TEST

/* "doctors at clinics have admitting privileges": an -ing form right
 * after "have" is no verb of saying, so it gives no speaker a later quote
 * could continue. */
START_TEST(test_have_ing_no_cue) {
  const char *t = "Richards also spoke about the case before the court. The laws require that "
                  "doctors at clinics have admitting privileges at local hospitals.\n\n" LQ
                  "Roe v. Wade is the law of the land, and a constitutional right." RQ;
  said_by(t, "Roe v. Wade", "Richards", "continuation");
  /* negative: with a verb after the noun a word is missing ("has claiming
   * voters had": "has been claiming"), and the cue stays */
  quoth_doc *d = tu_process("The Lib Dems are keen, with Charles Kennedy has claiming voters had "
                            "a fundamental lack of trust in the prime minister.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "lack of trust"), "Charles Kennedy");
  quoth_doc_free(d);
}
END_TEST

/* "He said, “Q1” - at which point the crowd chanted “Q2” - “Q3”": a
 * relative clause after a quote is an aside; its subject does not say the
 * quote before it. */
START_TEST(test_relative_aside_after_quote) {
  said_by("Sheriff Joe Arpaio spoke next.\n\nHe said, \"Donald Trump will build the wall\" - at "
          "which point the crowd chanted \"Build the wall!\" - \"and restore law and order.\"",
          "will build the wall", "Joe Arpaio", NULL);
  /* negative: a speaker phrase with no relative pronoun still says it */
  said_by(LQ "Donald Trump will build the wall," RQ " the crowd chanted.", "will build", "the crowd",
          NULL);
}
END_TEST

/* "The candidate labeled “Q” continues to lead": a naming participle
 * after a common noun makes the quote a label, not the noun's words. */
START_TEST(test_labeled_is_no_speech) {
  quoth_doc *d = tu_process("The candidate labeled " LQ
                            "a leader who has faced tough real-life situations before, and won" RQ
                            " continues to lead the Republican field.", 0);
  const quoth_statement *st = tu_find(d, "tough real-life");
  ck_assert(st == NULL || quoth_statement_speaker(st) == NULL);
  quoth_doc_free(d);
  /* negative: a named speaker before the verb labels the thing himself */
  d = tu_process("Trump labeled " LQ "a total disaster and a complete embarrassment to us all" RQ
                 " the deal he was offered.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "total disaster"), "Trump");
  quoth_doc_free(d);
}
END_TEST

/* "Texas and Mississippi ..., but the 50-state poll suggests ...": a
 * record (a poll, a report) takes no country adjective from its sentence,
 * as an organization noun does ("the defense ministry" after Tunisia). */
START_TEST(test_record_has_no_country) {
  said_by("Texas and Mississippi have been loyal to Republicans, but the 50-state poll suggests "
          "Clinton could be competitive in both states.",
          "Clinton could be competitive", "the 50-state poll", NULL);
  said_by("Ethiopia produced more crops in 2004 than in 2003, a report says.", "more crops",
          "a report", NULL);
  said_by("Tunisia closed its border on Friday, a ministry said.", "closed its border", "a ministry",
          NULL); /* an indefinite phrase: something new, of no country */
  /* negative: a definite organization noun keeps the country of its
   * sentence */
  said_by("Tunisia closed its border on Friday, the defense ministry said.", "closed its border",
          "Tunisian defense ministry", NULL);
}
END_TEST

/* "Outside the sports arena, about 200 protesters congregated ..., holding
 * signs and chanting “Q”": "outside" opens an adverbial as "across" does,
 * so the subject after it speaks; "a worker named Antonio Arroyo has ...
 * “Q,” he said": the name of a subject is the subject too. */
START_TEST(test_outside_and_named_subject) {
  said_by("Outside the sports arena in downtown Washington, about 200 protesters congregated in "
          "three clusters, holding signs and chanting \"Dump Trump.\"",
          "Dump Trump", "about 200 protesters", NULL);
  const char *t = "Robert McDonough, who works at the plant, said it was closing.\n\n"
                  "Outside Carrier's plant in Santa Catarina, a worker named Antonio Arroyo has "
                  "nothing but positive things to say. " LQ
                  "The atmosphere is relaxed, a healthy environment," RQ " he said.";
  said_by(t, "atmosphere is relaxed", "Antonio Arroyo", NULL);
  /* negative: the object of "outside" says nothing ("connected outside
   * the office, it announced" is not the office's) */
  quoth_doc *d = tu_process("Reflecting the need to be connected outside the office, it announced "
                            "it would introduce a flat-fee tariff for people in the UK.", 0);
  const quoth_statement *st = tu_find(d, "flat-fee");
  ck_assert(st == NULL || strcmp(tu_speaker_name(d, "flat-fee"), "the office") != 0);
  quoth_doc_free(d);
}
END_TEST

static Suite *named_suite(void) {
  Suite *s = suite_create("attribute-named");
  TCase *tc = tcase_create("named");
  tcase_add_test(tc, test_continuation_after_adverbial);
  tcase_add_test(tc, test_org_title_of_name);
  tcase_add_test(tc, test_have_ing_no_cue);
  tcase_add_test(tc, test_relative_aside_after_quote);
  tcase_add_test(tc, test_labeled_is_no_speech);
  tcase_add_test(tc, test_record_has_no_country);
  tcase_add_test(tc, test_outside_and_named_subject);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(named_suite)
