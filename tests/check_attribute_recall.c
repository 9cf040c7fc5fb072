/* check_attribute_recall.c - recall of reported (indirect) speech: the
 * subject shapes, cues and constructions that report a statement, each
 * with a negative case where the same words carry another sense. */
#include "testutil.h"

#include <stdio.h>

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* ---- subjects ---- */

START_TEST(test_quantifier_subject) {
  tu_one("Some say a recalibration is overdue.", "a recalibration is overdue", "Some");
  tu_one("But many argued the plan was late.", "the plan was late", "many");
  tu_one("Another says the party is hostile.", "the party is hostile", "Another");
  /* a quantifier before a noun form is a determiner: "some claims" */
  ck_assert_uint_eq(tu_count("He read some reports of fraud in the count."), 0);
  ck_assert_uint_eq(tu_count("She made some claims about the vote."), 0);
}
END_TEST

START_TEST(test_share_subject) {
  tu_one("About 4 in 10 say they want more liberal policies.", "they want more liberal policies",
      "About 4 in 10");
  tu_one("42% say they are liberal.", "they are liberal", "42%");
  tu_one("Nearly a third say they do not know.", "they do not know", "Nearly a third");
  tu_one("One in three said the party does not care.", "the party does not care", "One in three");
  tu_one("All but two said the party should act.", "the party should act", "All but two");
  /* "a third" before a noun is no subject */
  ck_assert_uint_eq(tu_count("He won a third term in the fall."), 0);
}
END_TEST

START_TEST(test_subject_shapes) {
  tu_one("Others, however, say a recalibration is overdue.", "a recalibration is overdue", "Others");
  tu_one("Leading Democrats say that this time is different.", "this time is different",
      "Leading Democrats");
  tu_one("Several delegate candidates said they are likely to support an effort.",
      "they are likely to support an effort", "Several delegate candidates");
  tu_one("Rachel Berg, a philanthropist from Monsey, New York, said the speeches moved her.",
      "the speeches moved her", "Rachel Berg");
  tu_one("Trump's rival, Ted Cruz, said the plan failed.", "the plan failed", "Ted Cruz");
  tu_one("People familiar with her thinking say she will run.", "she will run",
      "People familiar with her thinking");
  tu_one("Officials in Washington say the talks failed.", "the talks failed", "Officials in Washington");
  tu_one("Tom Emanuel of Laconia said he was leaning toward Trump.", "he was leaning toward Trump",
      "Tom Emanuel");
  /* a preposition opening the clause has no head before it */
  tu_one("In Iowa, Clinton said she would win.", "she would win", "Clinton");
  /* a name in -s takes the base form; a singular one does not */
  ck_assert_uint_eq(tu_count("The Bernie Sanders claim was false."), 0);
}
END_TEST

/* ---- raising verbs: the writer's judgment, no speaker ---- */

/* The parts of the only statement of text, joined with " | ". */
static void parts(const char *text, const char *want) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  char buf[512] = "";
  size_t n = 0;
  for (size_t i = 0; i < quoth_statement_part_count(st) && n < sizeof buf; i++)
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? " | " : "",
                          tu_slice(d, quoth_statement_part(st, i)));
  ck_assert_str_eq(buf, want);
  ck_assert_ptr_null(quoth_statement_speaker(st));
  ck_assert_str_eq(quoth_statement_rule(st), "raising-content");
  quoth_doc_free(d);
}

START_TEST(test_raising) {
  parts("Trump is expected to deliver a victory speech later tonight.",
        "Trump | to deliver a victory speech later tonight");
  parts("Their choice now appears to be between two men.", "Their choice | to be between two men");
  parts("Cruz seemed lost, but that could change.", "Cruz | lost");
  parts("It seems increasingly likely that Trump will win.",
        "increasingly likely that Trump will win");
  parts("The plan, which on their face seemed fair, failed.", "fair");
  parts("The Club for Growth is reportedly spending a million dollars on ads.",
        "The Club for Growth | spending a million dollars on ads");
  /* other senses: "appeared on", an active "expected" */
  ck_assert_uint_eq(tu_count("Trump appeared on Fox News on Sunday."), 0);
  ck_assert_uint_eq(tu_count("She expected to win the state."), 0);
  ck_assert_uint_eq(tu_count("The senator will appear in court."), 0);
  /* a subject joined by "and", "of", "in" is one noun phrase; a pronoun
   * after "and" opens a clause of its own */
  parts("Mrs. Clinton and Mr. Sanders appeared to be locked in a close race.",
        "Mrs. Clinton and Mr. Sanders | to be locked in a close race");
  parts("Many of his supporters are expected to back her.",
        "Many of his supporters | to back her");
  parts("Trump lost Iowa and he seemed to be angry.", "he | to be angry");
  /* a plural possessive belongs to the subject */
  parts("The Republicans' strategy appears to be premised on the voters.",
        "The Republicans' strategy | to be premised on the voters");
  /* the comma of a number ends neither the subject nor the complement; a
   * comma after a relative clause still ends it */
  parts("More than 250,000 Iowans are expected to attend caucuses.",
        "250,000 Iowans | to attend caucuses");
  parts("The hall, which is expected to draw 50,000 delegates, opens today.",
        "to draw 50,000 delegates");
  parts("The hall, which is expected to draw delegates, 50 in all, opens today.",
        "to draw delegates");
  /* a relative "that"/"what" clause is part of a noun phrase, not a
   * judgment of its own; an infinitive or participle states an aim */
  ck_assert_uint_eq(tu_count("Voters feel trapped in a system that seems rigged against them."), 0);
  ck_assert_uint_eq(tu_count("He fought what appeared to be a long fight for delegates."), 0);
  ck_assert_uint_eq(tu_count("The candidates made an effort to appear more dignified."), 0);
  ck_assert_uint_eq(tu_count("His years of practice at appearing unpracticed showed."), 0);
  ck_assert_uint_eq(tu_count("Seeming calm, the senator left the room."), 0);
  /* "appeared Sunday", "appear together": to be present somewhere */
  parts("Trump appeared tired after the debate.", "Trump | tired after the debate");
  ck_assert_uint_eq(tu_count("Clinton and O'Malley appeared Sunday at the same event."), 0);
  ck_assert_uint_eq(tu_count("If they appear together, the crowd will grow."), 0);
  /* a question or a condition is no assertion */
  ck_assert_uint_eq(tu_count("That is the reason why she seemed so inevitable in the first place."), 0);
  ck_assert_uint_eq(tu_count("If the reasons seem so obvious, the deal will close."), 0);
  /* "allegedly" passes on an accusation, not the writer's report */
  ck_assert_uint_eq(tu_count("The robberies were allegedly committed by gangs of young men."), 0);
  /* "reportedly said" keeps the speaker of its cue */
  tu_one("Trump reportedly said the plan failed.", "the plan failed", "Trump");
}
END_TEST

/* ---- "according to" in any position ---- */

/* The parts of the only statement of text, joined with " | ", and its
 * speaker mention. */
static void according(const char *text, const char *want, const char *source) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  char buf[512] = "";
  size_t n = 0;
  for (size_t i = 0; i < quoth_statement_part_count(st) && n < sizeof buf; i++)
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? " | " : "",
                          tu_slice(d, quoth_statement_part(st, i)));
  ck_assert_str_eq(buf, want);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), source);
  quoth_doc_free(d);
}

START_TEST(test_according_positions) {
  according("But, according to the poll, 46 percent of voters remain undecided.",
            "46 percent of voters remain undecided", "the poll");
  according("Since last November, according to Human Rights Watch, security forces have killed"
            " 400 protesters.",
            "security forces have killed 400 protesters", "Human Rights Watch");
  according("Fundraising, according to the campaign, has surged in the same period.",
            "Fundraising | has surged in the same period", "the campaign");
  according("The bill died in committee, according to the Human Rights Campaign, an advocacy"
            " group.",
            "The bill died in committee", "the Human Rights Campaign");
  according("According to early results of exit polls conducted for the Associated Press and"
            " television networks by Edison Research, most voters were angry.",
            "most voters were angry",
            "early results of exit polls conducted for the Associated Press and television"
            " networks by Edison Research");
  /* a participle after the source is no content */
  ck_assert_uint_eq(tu_count("According to Jack Kelly, writing for a website."), 0);
}
END_TEST

/* ---- records and polls that show ---- */

START_TEST(test_record_shows) {
  tu_one("The latest Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37 percent.",
      "Trump leading Clinton 44 percent to 37 percent", NULL);
  tu_one("FEC records from the 2008 election cycle show he backed John McCain.",
      "he backed John McCain", "FEC records from the 2008 election cycle");
  tu_one("A study by the watchdog group Media Matters found the nominee garnered more airtime.",
      "the nominee garnered more airtime", "A study by the watchdog group Media Matters");
  tu_one("Recent polling shows that Bill Clinton is popular.", "Bill Clinton is popular",
      "Recent polling");
  /* a subject that is no record: another sense of show and find */
  ck_assert_uint_eq(tu_count("A jury found Zimmerman not guilty."), 0);
  ck_assert_uint_eq(tu_count("The senator showed restraint in the debate."), 0);
}
END_TEST

/* ---- a participle with a that-clause of its own ---- */

START_TEST(test_participle_that) {
  quoth_doc *d = tu_process(LQ "We will see," RQ " Smith said, adding that the"
                            " count was wrong.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  const quoth_statement *st = quoth_doc_statement(d, 1);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(st)), "the count was wrong");
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), "Smith");
  quoth_doc_free(d);
  d = tu_process(LQ "We will see," RQ " Smith said, accusing the board of hiding the count.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 1))),
                   "the board of hiding the count");
  quoth_doc_free(d);
  /* a participle with a plain object only elaborates the statement made */
  d = tu_process("The ministry called for calm, it added, stressing the importance of unity.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

/* ---- "Asked whether ..., X said" ---- */

START_TEST(test_asked_question) {
  tu_one("Asked if he was ever bullied, the candidate said no.", "if he was ever bullied", NULL);
  tu_one("When asked by a reporter whether this differed from the law, Trump said nothing.",
      "whether this differed from the law", "a reporter");
  /* an active "asked" with an object and no question */
  ck_assert_uint_eq(tu_count("He asked the clerk for a receipt."), 0);
}
END_TEST

/* ---- headlines and records without a cue verb ---- */

START_TEST(test_surname_colon) {
  quoth_doc *d = tu_process("Issa: Clinton honesty is in question.\n\nOn Sunday, Rep. Darrell Issa"
                            " spoke on Fox.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 0))),
                   "Clinton honesty is in question");
  quoth_doc_free(d);
  /* no full name ends in the word: a label, not a speaker */
  ck_assert_uint_eq(tu_count("Update: the vote count is over.\n\nRep. Darrell Issa spoke."), 0);
}
END_TEST

START_TEST(test_in_record) {
  tu_one("In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent"
      " to 39 percent.",
      "Clinton led Trump 47 percent to 39 percent", "the latest Washington Post-ABC News poll");
  /* a place, not a record */
  ck_assert_uint_eq(tu_count("In Iowa, Trump won the caucuses easily."), 0);
}
END_TEST

/* ---- "X called Y Z" and requests with their addressee ---- */

START_TEST(test_called_object) {
  tu_one("Trump called Clinton a liar.", "Clinton a liar", "Trump");
  tu_one("Ms. Friedan called Mrs. Schlafly an Aunt Tom.", "Mrs. Schlafly an Aunt Tom", "Ms. Friedan");
  /* phoning, naming, and a participle are other senses */
  ck_assert_uint_eq(tu_count("Trump called Cruz on Tuesday."), 0);
  ck_assert_uint_eq(tu_count("Clinton called Sanders shortly after the result."), 0);
  ck_assert_uint_eq(tu_count("They traced the story to a website called Real News Right Now."), 0);
}
END_TEST

START_TEST(test_request_addressee) {
  tu_one("The governor asked the Supreme Court to intervene in the case.",
      "the Supreme Court to intervene in the case", "The governor");
}
END_TEST

START_TEST(test_object_person) {
  tu_one("On Tuesday, Gov. Jerry Brown endorsed her.", "her", "Gov. Jerry Brown");
  tu_one("The union endorsed Hillary Clinton.", "Hillary Clinton", "The union");
  /* one word that is no person is too little content */
  ck_assert_uint_eq(tu_count("The union endorsed it."), 0);
}
END_TEST

START_TEST(test_desire) {
  tu_one("Sanders hopes that a large share of delegates will give him momentum.",
      "a large share of delegates will give him momentum", "Sanders");
  tu_one("Trump wants to simplify the tax code.", "to simplify the tax code", "Trump");
  /* a plain object is no stated position; nor is a need */
  ck_assert_uint_eq(tu_count("Trump wants a wall on the border."), 0);
  ck_assert_uint_eq(tu_count("Trump needs to win Ohio in November."), 0);
  tu_one("Some sought to raise money from the video.", "to raise money from the video", "Some");
  /* a noun "plans", "to" before a noun phrase, a generic "you", a hedge */
  ck_assert_uint_eq(tu_count("The bill would fund her own plans to boost incomes."), 0);
  ck_assert_uint_eq(tu_count("He listed the increase he seeks to the minimum wage."), 0);
  ck_assert_uint_eq(tu_count("If you want to understand the debate, read this book."), 0);
  ck_assert_uint_eq(tu_count("Senate leaders may want to reconsider after this week."), 0);
}
END_TEST

/* ---- span boundaries ---- */

START_TEST(test_second_speaker_ends_content) {
  quoth_doc *d = tu_process("One in three said the party does not care and one in four said the"
                            " party was hostile.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 0))),
                   "the party does not care");
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 1))),
                   "the party was hostile");
  quoth_doc_free(d);
  /* a coordinated verb phrase of the content is no second speaker */
  tu_one("He said the party cares and the voters know it.", "the party cares and the voters know it",
      "He");
}
END_TEST

START_TEST(test_content_before_attributed_quote) {
  quoth_doc *d = tu_process("DeSantis said he has backed a bill that would curb the accreditation"
                            " bodies, which he called " LQ "a cartel for education." RQ, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, 0))),
                   "he has backed a bill that would curb the accreditation bodies, which he called");
  quoth_doc_free(d);
  /* a quote right after the cue is no content of a clause */
  d = tu_process("He said " LQ "we will win" RQ " and left.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

static Suite *recall_suite(void) {
  Suite *s = suite_create("attribute_recall");
  TCase *tc = tcase_create("subjects");
  tcase_add_test(tc, test_quantifier_subject);
  tcase_add_test(tc, test_share_subject);
  tcase_add_test(tc, test_subject_shapes);
  suite_add_tcase(s, tc);
  tc = tcase_create("cues");
  tcase_add_test(tc, test_raising);
  tcase_add_test(tc, test_according_positions);
  tcase_add_test(tc, test_record_shows);
  tcase_add_test(tc, test_participle_that);
  tcase_add_test(tc, test_asked_question);
  tcase_add_test(tc, test_surname_colon);
  tcase_add_test(tc, test_in_record);
  tcase_add_test(tc, test_called_object);
  tcase_add_test(tc, test_request_addressee);
  tcase_add_test(tc, test_desire);
  tcase_add_test(tc, test_object_person);
  tcase_add_test(tc, test_content_before_attributed_quote);
  tcase_add_test(tc, test_second_speaker_ends_content);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(recall_suite)
