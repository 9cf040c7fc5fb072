/* check_attribute_cues.c - long-tail cues of reported statements (branch
 * cues2): each construction with a case where the same words carry
 * another sense. */
#include "testutil.h"

/* ---- "X sees Y as Z" ---- */

START_TEST(test_sees_as) {
  tu_one("Democrats see Sanders as an agent in the decline of the party.",
      "Sanders as an agent in the decline of the party", "Democrats");
  tu_one("Israel regards all of Jerusalem as its capital.", "all of Jerusalem as its capital",
      "Israel");
  tu_one("Mr. Heer viewed the piece as a return to form.", "the piece as a return to form",
      "Mr. Heer");
  /* "as" opening a clause, an infinitive of sight, a passive, no "as" */
  ck_assert_uint_eq(tu_count("I could see his anger as he spoke."), 0);
  ck_assert_uint_eq(tu_count("It is fun to see the girls dressed as Rey."), 0);
  ck_assert_uint_eq(tu_count("Rubio was long viewed by many as the best choice."), 0);
  ck_assert_uint_eq(tu_count("Voters saw the debate on Tuesday."), 0);
}
END_TEST

/* ---- "X was asked whether ..." ---- */

START_TEST(test_passive_asked) {
  tu_one("Clinton was asked about securing the border at a town hall.",
      "about securing the border at a town hall", NULL);
  tu_one("Sanders was asked by host John Dickerson whether his aim was similar.",
      "whether his aim was similar", "host John Dickerson");
  tu_one("In an interview, he was asked what happened to the black vote.",
      "what happened to the black vote", NULL);
  /* no question or request after the passive */
  ck_assert_uint_eq(tu_count("He was asked for his ticket at the door."), 0);
  ck_assert_uint_eq(tu_count("The question was asked in seven states."), 0);
}
END_TEST

/* ---- "As X noted, CLAUSE" ---- */

/* The anonymity formula ("asked not to be named") is no statement; the
 * statement of the same source in the sentence stays, and "asked
 * whether" is still a question. */
START_TEST(test_anonymity_formula) {
  tu_one("The official, who asked not to be named, said the talks failed.", "the talks failed",
         "The official");
  tu_one("The aide, who requested to remain anonymous, said the talks failed.",
         "the talks failed", "The aide");
  ck_assert_uint_eq(tu_count("The aide asked not to be identified by name."), 0);
  ck_assert_uint_eq(tu_count("The senator asked whether the talks had failed."), 1);
}
END_TEST

START_TEST(test_as_source) {
  tu_one("As the paper noted, it is surprising because Trump has praised China.",
      "it is surprising because Trump has praised China", "the paper");
  tu_one("But as Clyburn noted, those voters will give Sanders a second look.",
      "those voters will give Sanders a second look", "Clyburn");
  /* an "as" clause closing the sentence reports the clause before it
   * (docs/recall.md "Second round"); "as" of time with no comma does not */
  tu_one("The vote was close, as the paper noted.", "The vote was close", "the paper");
  ck_assert_uint_eq(tu_count("As Smith reported for duty the base was quiet."), 0);
}
END_TEST

/* ---- "hope" and "fear" with a bare clause ---- */

START_TEST(test_bare_clause_hope_fear) {
  tu_one("Democrats hope the new tactic will dampen support for them.",
      "the new tactic will dampen support for them", "Democrats");
  tu_one("Analysts fear the deal will collapse within a year.",
      "the deal will collapse within a year", "Analysts");
  /* a preposition, a noun, no auxiliary */
  ck_assert_uint_eq(tu_count("Democrats hope for a better turnout next time."), 0);
  ck_assert_uint_eq(tu_count("The fear of losing the seat grew."), 0);
  ck_assert_uint_eq(tu_count("Supporters hope Sanders wins."), 0);
}
END_TEST

/* ---- verbs of thought with a bare clause ---- */

START_TEST(test_bare_clause_thought) {
  tu_one("Officials expect the vote will be close.", "the vote will be close", "Officials");
  tu_one("She knew the campaign had run out of money.", "the campaign had run out of money",
      "She");
  /* "like", a participle as an adjective, no auxiliary */
  ck_assert_uint_eq(tu_count("Voters feel like the race has been decided."), 0);
  ck_assert_uint_eq(tu_count("Material now deemed classified was sent to her."), 0);
  ck_assert_uint_eq(tu_count("She knew the senator from Ohio."), 0);
}
END_TEST

/* ---- "as X put it" ---- */

/* "put it" has its speaker before it ("as one activist put it"), never
 * after: "put it up for sale" names no source. */
START_TEST(test_put_it_speaker_before) {
  tu_one("They could rely on one secret weapon, as one activist put it.",
      "They could rely on one secret weapon", "one activist");
  ck_assert_uint_eq(tu_count("It spent the weekend going over the finances and then put it up for sale."),
                    0);
  ck_assert_uint_eq(tu_count("You can specify what you want by putting it together yourself."), 0);
}
END_TEST

static Suite *cues_suite(void) {
  Suite *s = suite_create("attribute_cues");
  TCase *tc = tcase_create("cues");
  tcase_add_test(tc, test_sees_as);
  tcase_add_test(tc, test_put_it_speaker_before);
  tcase_add_test(tc, test_passive_asked);
  tcase_add_test(tc, test_as_source);
  tcase_add_test(tc, test_anonymity_formula);
  tcase_add_test(tc, test_bare_clause_hope_fear);
  tcase_add_test(tc, test_bare_clause_thought);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(cues_suite)
