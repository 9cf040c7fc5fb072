/* check_names.c - the names in the entity table: a title with "of" is no
 * part of the name, lower-case modifiers are not either, and a US party tag
 * ("R-Utah") names no one, a wire agency after a dateline is no alias of
 * the place, a place that speaks is no person, and a generational suffix
 * ("Jr.") is no surname.  Each with a negative case. */
#include "testutil.h"

#include <string.h>

/* Does the document have an entity named exactly name? */
static int has_entity(const quoth_doc *d, const char *name) {
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++)
    if (strcmp(quoth_entity_name(quoth_doc_entity(d, i)), name) == 0) return 1;
  return 0;
}

static void expect(const char *text, const char *present, const char *absent) {
  quoth_doc *d = tu_process(text, 0);
  if (present) ck_assert_msg(has_entity(d, present), "no entity \"%s\"", present);
  if (absent) ck_assert_msg(!has_entity(d, absent), "entity \"%s\"", absent);
  quoth_doc_free(d);
}

/* "Secretary of State John Kerry": the words after "of" are title. */
START_TEST(test_of_title) {
  expect("Secretary of State John Kerry said the talks would resume on Monday.", "John Kerry",
         "of State John Kerry");
  /* an apposition "Republican of New York" is all title, no "York" */
  expect("\"We will win,\" Representative Peter T. King, Republican of New York, said on Sunday.",
         "Peter T. King", "York");
  /* negative: a name with no title keeps all its words */
  expect("Mary Beth Smith said the talks would resume on Monday.", "Mary Beth Smith", NULL);
}
END_TEST

/* "Joseph R. Biden Jr." then "Mr. Biden": the surname is the word before a
 * generational suffix (word class name-suffix), so both are one person;
 * after a comma the suffix is part of the name, never a speaker. */
START_TEST(test_name_suffix) {
  expect("Vice President Joseph R. Biden Jr. spoke on Monday. \"We will not back down,\" "
         "Mr. Biden said.",
         "Joseph R. Biden Jr.", "Biden");
  expect("Joseph R. Biden, Jr. spoke on Monday. \"No,\" Biden said.", "Joseph R. Biden, Jr.",
         "Jr.");
  /* negative: a last word that is no suffix stays the surname; another
   * surname is another person */
  expect("Vice President Joseph R. Biden spoke on Monday. \"No,\" Mr. Jones said.", "Jones",
         NULL);
  expect("Vice President Joseph R. Biden Jr. spoke on Monday. \"No,\" Mr. Jones said.",
         "Jones", "Joseph R. Biden Jr.");
  /* another suffix is another person (father and son), found again by
   * surname and suffix */
  expect("Brent Bozell, Jr. wrote the book. \"We will win,\" Brent Bozell III said. \"Yes,\" "
         "Bozell III said. \"No,\" Brent Bozell Jr. said.",
         "Brent Bozell III", "Bozell III");
  expect("Brent Bozell, Jr. wrote the book. \"We will win,\" Brent Bozell III said. \"No,\" "
         "Brent Bozell Jr. said.",
         "Brent Bozell, Jr.", NULL);
}
END_TEST

/* "former secretary of state Hillary Clinton": the lower-case "state"
 * (or "elect") before the name is no part of it. */
START_TEST(test_lower_modifier) {
  expect("The debate was a showdown between former secretary of state Hillary Clinton and "
         "Sen. Bernie Sanders. Clinton said she would win.",
         "Hillary Clinton", "state Hillary Clinton");
  /* negative: a capitalized title stays out of the name too, the name is whole */
  expect("Former Gov. Jim Hodges said the race was close.", "Jim Hodges", "Gov. Jim Hodges");
}
END_TEST

/* "Rep. Jason Chaffetz, R-Utah, said": the party tag is no entity. */
START_TEST(test_party_tag) {
  expect("Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start soon.",
         "Jason Chaffetz", "R-Utah");
  expect("\"You can win,\" said Sen. Mike Lee (R-Utah), a Trump critic.", "Mike Lee", "R-Utah");
  /* negative: a hyphenated name elsewhere is still a name */
  expect("Mark Lewis-Francis said he would run again.", "Mark Lewis-Francis", NULL);
}
END_TEST

/* Does entity name have alias? */
static int has_alias(const quoth_doc *d, const char *name, const char *alias) {
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++) {
    const quoth_entity *e = quoth_doc_entity(d, i);
    if (strcmp(quoth_entity_name(e), name) != 0) continue;
    for (size_t j = 0; j < quoth_entity_alias_count(e); j++)
      if (strcmp(quoth_entity_alias(e, j), alias) == 0) return 1;
  }
  return 0;
}

/* "LOS ANGELES (AP) —": the wire agency after a dateline is no acronym of
 * the place, so "AP said" is not the place's. */
START_TEST(test_dateline_agency) {
  quoth_doc *d = tu_process("LOS ANGELES (AP) \xE2\x80\x94 Hillary Clinton told union workers on "
                            "Monday that the economy was rigged.\n\nAP said the poll was new.",
                            0);
  ck_assert(!has_entity(d, "LOS ANGELES"));
  ck_assert(has_entity(d, "AP"));
  quoth_doc_free(d);
  /* negative: an organization's bracketed acronym stays its alias */
  d = tu_process("The Organization of Islamic Cooperation (OIC) said the meeting was over.", 0);
  ck_assert(has_alias(d, "Organization of Islamic Cooperation", "OIC"));
  quoth_doc_free(d);
}
END_TEST

/* The type of the entity named name (fails when there is none). */
static quoth_entity_type type_of(const char *text, const char *name) {
  quoth_doc *d = tu_process(text, 0);
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++) {
    const quoth_entity *e = quoth_doc_entity(d, i);
    if (strcmp(quoth_entity_name(e), name) != 0) continue;
    quoth_entity_type ty = quoth_entity_type_of(e);
    quoth_doc_free(d);
    return ty;
  }
  quoth_doc_free(d);
  ck_abort_msg("no entity \"%s\"", name);
  return QUOTH_ENTITY_OTHER;
}

/* "New Hampshire said": a known place that speaks is no person. */
START_TEST(test_place_speaker) {
  ck_assert_int_ne(type_of("New Hampshire said the count would finish on Monday.", "New Hampshire"),
                   QUOTH_ENTITY_PERSON);
  ck_assert_int_ne(type_of("Downing Street said it would publish the plan.", "Downing Street"),
                   QUOTH_ENTITY_PERSON);
  /* negative: a person's full name that speaks is a person */
  ck_assert_int_eq(type_of("Ed Brookover said the count would finish on Monday.", "Ed Brookover"),
                   QUOTH_ENTITY_PERSON);
}
END_TEST

/* Does any entity have a mention whose text is exactly text? */
static int has_mention(const quoth_doc *d, const char *text) {
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++) {
    const quoth_entity *e = quoth_doc_entity(d, i);
    for (size_t j = 0; j < quoth_entity_mention_count(e); j++)
      if (strcmp(tu_slice(d, quoth_entity_mention(e, j)), text) == 0) return 1;
  }
  return 0;
}

static void expect_mention(const char *text, const char *present, const char *absent) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_msg(has_mention(d, present), "no mention \"%s\"", present);
  if (absent) ck_assert_msg(!has_mention(d, absent), "mention \"%s\"", absent);
  quoth_doc_free(d);
}

/* "Using Ted Cruz as a foil", "Interrupting Mr Sukul": the verb opening
 * the sentence is no part of the name; "Hours later" names no one. */
START_TEST(test_opener_not_name) {
  expect_mention("Using Ted Cruz as a foil, the governor said the race was over. Ted Cruz said "
                 "he would stay in.",
                 "Ted Cruz", "Using Ted Cruz");
  expect_mention("Interrupting Mr Sukul, the judge asked a question. \"The men were busy,\" "
                 "Mr Sukul said.",
                 "Mr Sukul", "Interrupting Mr Sukul");
  expect_mention("Hours later, Donald Trump said the vote was rigged.", "Donald Trump", "Hours");
  /* negative: a given name in -ing opens the name */
  expect_mention("Irving Berlin said the song was new.", "Irving Berlin", NULL);
}
END_TEST

/* "said Clinton campaign manager Robby Mook": the candidate's name
 * modifies the role and is no mention of its own; the speaker is Mook. */
START_TEST(test_modifier_title) {
  quoth_doc *d = tu_process("\"We are confident,\" said Clinton campaign manager Robby Mook in "
                            "a statement.",
                            0);
  ck_assert(has_entity(d, "Robby Mook"));
  ck_assert(!has_entity(d, "Clinton"));
  quoth_doc_free(d);
  /* negative: a verb between is a clause, the first name keeps its mention */
  expect_mention("Philippe Sella believes coach Bernard Laporte is wrong.", "Philippe Sella", NULL);
}
END_TEST

static Suite *names_suite(void) {
  Suite *s = suite_create("names");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_of_title);
  tcase_add_test(tc, test_lower_modifier);
  tcase_add_test(tc, test_party_tag);
  tcase_add_test(tc, test_dateline_agency);
  tcase_add_test(tc, test_place_speaker);
  tcase_add_test(tc, test_opener_not_name);
  tcase_add_test(tc, test_modifier_title);
  tcase_add_test(tc, test_name_suffix);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(names_suite)
