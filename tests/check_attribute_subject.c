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

/* A reduced passive relative before the cue: the agent after "by" is no
 * speaker, the phrase the participle modifies is -- but "by" after a noun
 * ("A poll by Gallup") keeps its phrase whole. */
START_TEST(test_passive_relative) {
  tu_one("A witness interviewed by congressional staff said the hack was hidden.",
      "the hack was hidden", "A witness interviewed by congressional staff");
  tu_one("A poll by Gallup found that most voters were unhappy.", "most voters were unhappy",
      "A poll by Gallup");
  tu_one("Clinton, endorsed by the union, said the plan would pass.", "the plan would pass",
      "Clinton");
}
END_TEST

/* A cue in -ed followed by "by" and an agent is passive: "a measure
 * opposed by unions" reports nothing the measure said -- but "responded by
 * saying" is active. */
START_TEST(test_passive_cue) {
  ck_assert_uint_eq(tu_count("The party backed Proposition 226, a measure opposed by unions."), 0);
  ck_assert_uint_eq(
      tu_count("The state allowed it, a practice criticized by Miller and civil rights groups."), 0);
  tu_one("Brafman responded by saying that the sentence was fair.", "the sentence was fair",
      "Brafman");
}
END_TEST

/* A list set off by dashes is an apposition to the phrase before it --
 * but a name with a relative clause between dashes is left to the
 * apposition rules. */
START_TEST(test_dashed_list) {
  tu_one("Two senators -- Ted Cruz and Marco Rubio -- said the deal was bad.", "the deal was bad",
      "Two senators");
  tu_one("Three economists \xE2\x80\x94 David Autor, David Dorn and Gordon Hanson \xE2\x80\x94 "
         "found that the benefits were small.",
      "the benefits were small", "Three economists");
  tu_one("A former candidate -- John McCain, who lost in 2008 -- said the deal was bad.",
      "the deal was bad", "A former candidate");
}
END_TEST

/* The second predicate's subject skips a name inside an opening
 * prepositional phrase ("At a Trump campaign event in St. Clairsville,
 * Ohio,") -- but a sentence opening with its subject keeps it. */
START_TEST(test_opening_adjunct) {
  tu_one("At a Trump campaign event in St. Clairsville, Ohio, Brenda Johnson railed against "
         "immigrants, and explained how much it upset her.",
      "how much it upset her", "Brenda Johnson");
  tu_one("Brenda Johnson, who met Trump in St. Clairsville, Ohio, railed against immigrants, and "
         "explained how much it upset her.",
      "how much it upset her", "Brenda Johnson");
  tu_one("Hastily politicizing the tragedy, Trump cast the blame on his rivals, and emphasized "
         "that terrorism is a threat.",
      "terrorism is a threat", "Trump");
}
END_TEST

/* An indefinite head or a quantifier is named by its restrictive relative
 * clause ("some who advocate free speech argue") -- but a definite phrase
 * refers back to someone already introduced and stands alone. */
START_TEST(test_restrictive_relative) {
  tu_one("Still, people who have battled online threats say it could be doing more.",
      "it could be doing more", "people who have battled online threats");
  tu_one("But some who advocate free speech argue that the rule is wrong.", "the rule is wrong",
      "some who advocate free speech");
  tu_one("A woman who has accused Bill Clinton of rape said Sunday that he lied.", "he lied",
      "A woman who has accused Bill Clinton of rape");
  tu_one("The senator who made enemies with fellow Republicans said the deal was bad.",
      "the deal was bad", "The senator");
}
END_TEST

/* After an inverted cue, a restrictive modifier closing the clause goes
 * with a common noun ("said a person close to the Clintons") -- but not
 * an adjunct of the cue ("in a statement"). */
START_TEST(test_restrictive_tail) {
  tu_one("\"It is over,\" said a person close to the Clintons.", "\"It is over,\"",
      "a person close to the Clintons");
  tu_one("\"It is over,\" said one person with knowledge of the governor's dilemma, who spoke "
         "on the condition of anonymity.",
      "\"It is over,\"", "one person with knowledge of the governor's dilemma");
  tu_one("\"It is over,\" wrote a man calling himself Paul Paul.", "\"It is over,\"",
      "a man calling himself Paul Paul");
  tu_one("\"It is over,\" said a spokesman for the campaign in a statement.", "\"It is over,\"",
      "a spokesman for the campaign");
  tu_one("\"It is over,\" said the lawyer in a statement.", "\"It is over,\"", "the lawyer");
}
END_TEST

/* A dateline ("New York (AFP) - ", "WASHINGTON - ") opening the sentence
 * names no speaker of a later participle or predicate -- but a name set
 * off by dashes ("Sanders - the senator from Vermont -") is the subject. */
START_TEST(test_dateline_subject) {
  tu_one("New York (AFP) - Vice President Joe Biden on Monday hit the campaign trail, trashing "
         "Trump and accusing him of endangering the troops.",
      "him of endangering the troops", "Vice President Joe Biden");
  tu_one("WASHINGTON - Rallying hundreds of workers, Hillary Clinton tried to reach them and "
         "promised that wages would rise.",
      "wages would rise", "Hillary Clinton");
  tu_one("Sanders - the senator from Vermont - hit the campaign trail, trashing Trump and accusing "
         "him of endangering the troops.",
      "him of endangering the troops", "Sanders");
}
END_TEST

/* One bare word after "to", "no" or "not" is a verb or a modifier of a
 * noun cue ("quick to offer praise", "no specific mention"), not a
 * speaker -- but a bare plural noun opening its clause speaks. */
START_TEST(test_bare_word_after_to_or_not) {
  ck_assert_uint_eq(tu_count("The constitution makes no specific mention of nuclear weapons."), 0);
  ck_assert_uint_eq(tu_count("Both are quick to offer praise for teachers unions."), 0);
  ck_assert_uint_eq(
      tu_count("Others are wary, if not outright opposed, to campaigning with Cruz."), 0);
  tu_one("It is time to offer praise, officials said.", "It is time to offer praise", "officials");
}
END_TEST

/* An age or figure set off by commas after an indefinite phrase that
 * follows a fronted prepositional phrase ("Among Republicans,"): the
 * phrase is the speaker, not the object of the preposition -- any
 * preposition, also those of the object-prep class -- but a name opening
 * the sentence heads its apposition. */
START_TEST(test_fronted_phrase_apposition) {
  tu_one("Among Republicans, a donor, 45, says he will vote for Trump.", "he will vote for Trump",
      "a donor");
  tu_one("Amid the protests, a student, 19, said the police had gone too far.",
      "the police had gone too far", "a student");
  tu_one("In Iowa, a donor, 45, says he will vote for Trump.", "he will vote for Trump", "a donor");
  tu_one("Marvin Teske, 53, said he will vote for Trump.", "he will vote for Trump",
      "Marvin Teske");
  tu_one("Marvin Teske, a donor, 45, says he will vote for Trump.", "he will vote for Trump",
      "Marvin Teske");
}
END_TEST

/* "a State Department spokesman said": an indefinite article before
 * capitalized modifiers and a lower-case head noun belongs to the speaker
 * phrase -- but a name in apposition to such a phrase is the speaker, and
 * a phrase that is all capitals ("a Jim Smith") is not extended. */
START_TEST(test_article_before_modifiers) {
  tu_one("But the next day, a State Department spokesman indicated that the number was wrong.",
      "the number was wrong", "a State Department spokesman");
  tu_one("Later, an Obama adviser said that the number was wrong.", "the number was wrong",
      "an Obama adviser");
  tu_one("Later, a Clinton aide, Jim Smith, said that the number was wrong.",
      "the number was wrong", "Jim Smith");
  tu_one("Jim Smith, a Clinton aide, said that the number was wrong.", "the number was wrong",
      "Jim Smith");
}
END_TEST

/* A phrase right after a preposition is its object: a form that is also
 * a noun after it ("against Obama's handling of the Islamic State that
 * ...") heads that object, no clause -- but after "after", which also
 * opens a clause, "the Associated Press reports that" is one. */
START_TEST(test_noun_cue_after_preposition) {
  ck_assert_uint_eq(tu_count("There is a solid case to be made against Obama's handling of the "
                             "Islamic State that does not require a wall."),
      0);
  tu_one("The firm closed the account after the Associated Press reports that half of her "
         "meetings were with donors.",
      "half of her meetings were with donors", "the Associated Press");
}
END_TEST

/* "accused" right before "of" has no object, so the phrase before it is
 * its passive subject ("The man accused of purchasing the guns") -- but
 * "Trump accused Clinton of lying" is active. */
START_TEST(test_accused_of_passive) {
  tu_one("The man accused of purchasing two of the guns will remain in custody, a federal judge "
         "ruled Monday.",
      "The man accused of purchasing two of the guns will remain in custody", "a federal judge");
  ck_assert_uint_eq(tu_count("A Turkish religious movement accused of illegally financing travel "
                             "may have provided improper donations."),
      0);
  tu_one("Trump accused Clinton of lying about the emails.", "Clinton of lying about the emails",
      "Trump");
}
END_TEST

/* A sentence opening with a subordinate clause ("Although Bloomberg is
 * not yet a candidate,") holds no subject of a later participle -- but a
 * subordinate clause after the subject ("Trump sent ... although ...")
 * leaves it the subject. */
START_TEST(test_opening_subordinate_clause) {
  tu_one("Although Bloomberg is not yet a candidate, Trump sent a jab the billionaire's way by "
         "suggesting that Bloomberg was worth less.",
      "Bloomberg was worth less", "Trump");
  tu_one("While Republican business leaders push for free trade, Mr. Trump has rallied thousands "
         "by promising to impose tariffs on imported goods.",
      "to impose tariffs on imported goods", "Mr. Trump");
  tu_one("Trump sent a jab his way although Bloomberg is not yet a candidate, suggesting that "
         "Bloomberg was worth less.",
      "Bloomberg was worth less", "Trump");
}
END_TEST

/* "who" with an elided auxiliary ("who'd", "who've", one token) opens a
 * relative clause as "who" does: an indefinite head keeps it -- a
 * definite head still stands alone. */
START_TEST(test_elided_relative_who) {
  tu_one("Some voters who\xE2\x80\x99ve backed Ben Carson said the deal was bad.", "the deal was bad",
      "Some voters who\xE2\x80\x99ve backed Ben Carson");
  tu_one("The senator who'd made enemies with fellow Republicans said the deal was bad.",
      "the deal was bad", "The senator");
}
END_TEST

/* Two prepositional phrases joined by "and" modify one head: "officials
 * in the FBI and at the Justice Department said" -- but a bare phrase
 * after "and" is a conjunct of its own ("... in the FBI and the Justice
 * Department said"). */
START_TEST(test_coordinated_prepositional_phrases) {
  tu_one("Officials in the FBI and at the Justice Department have said investigators are trying.",
      "investigators are trying", "Officials in the FBI and at the Justice Department");
  tu_one("He met officials in the FBI and the Justice Department said investigators are trying.",
      "investigators are trying", "the Justice Department");
}
END_TEST

/* A form that is also a noun ("claims", "reports", "estimates") after a
 * one-word name opening the sentence is the verb when a subject pronoun
 * or a complementizer "that" follows -- but not after a phrase of the
 * writer's ("amid claims they were") nor before a relative "that were". */
START_TEST(test_noun_form_verb_before_clause) {
  tu_one("Napster claims it has 500,000 users.", "it has 500,000 users", "Napster");
  tu_one("Yukos claims that the rights of its shareholders have been ignored.",
         "the rights of its shareholders have been ignored", "Yukos");
  /* negative: a noun phrase, no statement */
  ck_assert_uint_eq(tu_count("Insurance claims that were filed last year rose sharply."), 0);
  ck_assert_uint_eq(tu_count("The play was dropped amid claims they were anti-Semitic."), 0);
}
END_TEST

/* A semicolon followed by a subject and its own cue ends the reported
 * clause; the second clause is its own statement.  Without a cue after it,
 * the clause runs on. */
START_TEST(test_semicolon_clause) {
  const char *text = "Fiat claims that GM is obliged to buy the unit; GM says the contract is void.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 0))),
                   "GM is obliged to buy the unit");
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 1))),
                   "the contract is void");
  quoth_doc_free(d);
  /* negative: no cue after the semicolon */
  tu_one("Analysts said the plan was bold; it would cost billions.",
         "the plan was bold; it would cost billions", "Analysts");
}
END_TEST

/* Between "told" and its "that": an addressee with a place named with
 * its state ("a town hall in Salem, New Hampshire on Monday"); a comma
 * that sets off a clause still ends the search. */
START_TEST(test_tell_place_comma) {
  tu_one("Clinton told a town hall in Salem, New Hampshire on Monday that the plan would work.",
         "the plan would work", "Clinton");
  tu_one("Clinton told voters in Salem, Oregon that the plan would work.", "the plan would work",
         "Clinton");
  /* negative: a comma before a lower-case word ends the search, so the
   * "that" belongs to the next clause's own cue */
  tu_one("Clinton told a town hall in Salem, and everyone knew that the plan would work.",
         "the plan would work", "everyone");
}
END_TEST

static Suite *subject_suite(void) {
  Suite *s = suite_create("attribute_subject");
  TCase *tc = tcase_create("subjects");
  tcase_add_test(tc, test_adverb_not_speaker);
  tcase_add_test(tc, test_floated_quantifier);
  tcase_add_test(tc, test_plural_possessive);
  tcase_add_test(tc, test_coordinated_subject);
  tcase_add_test(tc, test_passive_relative);
  tcase_add_test(tc, test_passive_cue);
  tcase_add_test(tc, test_dashed_list);
  tcase_add_test(tc, test_opening_adjunct);
  tcase_add_test(tc, test_restrictive_relative);
  tcase_add_test(tc, test_restrictive_tail);
  tcase_add_test(tc, test_dateline_subject);
  tcase_add_test(tc, test_bare_word_after_to_or_not);
  tcase_add_test(tc, test_fronted_phrase_apposition);
  tcase_add_test(tc, test_article_before_modifiers);
  tcase_add_test(tc, test_noun_cue_after_preposition);
  tcase_add_test(tc, test_accused_of_passive);
  tcase_add_test(tc, test_opening_subordinate_clause);
  tcase_add_test(tc, test_elided_relative_who);
  tcase_add_test(tc, test_coordinated_prepositional_phrases);
  tcase_add_test(tc, test_noun_form_verb_before_clause);
  tcase_add_test(tc, test_semicolon_clause);
  tcase_add_test(tc, test_tell_place_comma);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(subject_suite)
