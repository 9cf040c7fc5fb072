/* check_attribute_groups.c - statements whose source is a group, a share
 * of one or a poll: "A third of independents, 33%, say", "with 22 percent
 * saying", "...; 26 percent say", "A Quinnipiac poll this month found",
 * "... in the latest CNN/ORC poll".  Each rule has a negative case where
 * the same words carry no statement or another source. */
#include "testutil.h"

#include <stdio.h>

/* text has exactly two statements, in order, with these contents and
 * speaker mentions. */
static void two(const char *text, const char *c1, const char *s1, const char *c2,
                const char *s2) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  const char *want[2][2] = {{c1, s1}, {c2, s2}};
  for (size_t i = 0; i < 2; i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    ck_assert_str_eq(tu_slice(d, quoth_statement_span(st)), want[i][0]);
    ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), want[i][1]);
  }
  quoth_doc_free(d);
}

/* The speaker mention of the first statement of text ("" when none). */
static void first_speaker(const char *text, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_ge(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(quoth_doc_statement(d, 0))),
                   speaker);
  quoth_doc_free(d);
}

/* No statement of text comes from this rule. */
static void no_rule(const char *text, const char *rule) {
  quoth_doc *d = tu_process(text, 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++)
    ck_assert_str_ne(quoth_statement_rule(quoth_doc_statement(d, i)), rule);
  quoth_doc_free(d);
}

/* ---- share subjects ---- */

START_TEST(test_share_apposition) {
  tu_one("A third of independents, 33%, say they feel that way.", "they feel that way",
         "A third of independents, 33%");
  tu_one("Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for "
         "Trump.",
         "they will vote for Trump", "about two-thirds, 67 percent");
  tu_one("Just shy of half, 49%, say the economy has improved.", "the economy has improved",
         "Just shy of half, 49%");
  /* a group that is no share before the figure: the figure alone speaks */
  first_speaker("Among the voters, 26 percent said they were undecided.", "26 percent");
  /* an age between commas is no share */
  tu_one("Marvin Teske, 53, said he backs Clinton.", "he backs Clinton", "Marvin Teske");
}
END_TEST

/* Hyphenated shares: the fraction and tens words are word classes
 * (lexicons/en/word_classes.tsv), "-in-" a pattern. */
START_TEST(test_share_hyphenated) {
  tu_one("Among Republicans, about one-quarter, 25 percent, say they will vote for Trump.",
         "they will vote for Trump", "about one-quarter, 25 percent");
  tu_one("Among Republicans, about sixty-one, 61 percent, say they will vote for Trump.",
         "they will vote for Trump", "about sixty-one, 61 percent");
  tu_one("Among Republicans, about three-in-five, 60 percent, say they will vote for Trump.",
         "they will vote for Trump", "about three-in-five, 60 percent");
  /* a hyphenated word that is no share: the age is not restated */
  tu_one("A one-time donor, 45, said he will vote for Trump.", "he will vote for Trump",
         "A one-time donor");
}
END_TEST

START_TEST(test_share_clause_boundary) {
  two("Voters say they are paying attention; 26 percent of Democrats say they have not been.",
      "they are paying attention", "Voters", "they have not been", "26 percent of Democrats");
  two("Three in four said they were worried, and more than 4 in 10 said Trump would do better.",
      "they were worried", "Three in four", "Trump would do better", "more than 4 in 10");
  /* an amount without a clause cue after it stays in the content */
  tu_one("She said turnout was 26 percent of voters in the state.",
         "turnout was 26 percent of voters in the state", "She");
  /* an amount that is no share of a group does not open a clause */
  tu_one("He said the race was close; 40 delegates remain uncommitted.",
         "the race was close; 40 delegates remain uncommitted", "He");
}
END_TEST

START_TEST(test_share_participle) {
  tu_one("Graham comes in second, with 22 percent saying they would not support him.",
         "they would not support him", "22 percent");
  tu_one("Mr. Trump has improved his standing, with 30 percent of voters saying they like him.",
         "they like him", "30 percent of voters");
  /* the statement before ends where the share's begins */
  two("Two-thirds of caucus goers described themselves as liberals with about three in 10 saying "
      "they are very liberal.",
      "themselves as liberals", "Two-thirds of caucus goers", "they are very liberal",
      "about three in 10");
  /* an amount that is no share: "two hours" is no share speaking */
  no_rule("The rally ended with two hours of speeches saying the race was won.",
          "share-participle");
}
END_TEST

START_TEST(test_share_answer) {
  tu_one("Nearly 72 percent of Democrats said yes.", "yes", "Nearly 72 percent of Democrats");
  /* one word from a person is too little to report */
  ck_assert_uint_eq(tu_count("Smith said no."), 0);
}
END_TEST

START_TEST(test_group_by_example) {
  tu_one("Critics like Huffman say it would help the state.", "it would help the state",
         "Critics like Huffman");
  /* a singular head: the example speaks alone */
  first_speaker("A critic like Huffman says it would help the state.", "Huffman");
}
END_TEST

START_TEST(test_plural_conjuncts) {
  tu_one("Cyber security experts and U.S. officials said they believed Russia did it.",
         "they believed Russia did it", "Cyber security experts and U.S. officials");
  /* a clause before "and": its own subject */
  first_speaker("Voters cheered and officials said the count was over.", "officials");
}
END_TEST

/* ---- polls ---- */

START_TEST(test_record_with_modifier) {
  tu_one("A Quinnipiac University poll this month found Mr. Trump about even with Mrs. Clinton.",
         "Mr. Trump about even with Mrs. Clinton", "A Quinnipiac University poll this month");
  tu_one("A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a lead.",
         "Mr. Trump with a lead", "A CNN/ORC poll of South Carolina released on Tuesday");
  tu_one("The poll, released on Wednesday by the institute, showed Mrs. Clinton leading.",
         "Mrs. Clinton leading", "The poll");
  tu_one("New research to be released this week by four leading economists suggests that the "
         "damage was larger.",
         "the damage was larger",
         "New research to be released this week by four leading economists");
  /* a clause between the record noun and the verb: not the record's finding */
  ck_assert_uint_eq(tu_count("The poll numbers hurt Clinton and the campaign found donors."), 0);
  ck_assert_uint_eq(tu_count("The poll worried Clinton, and aides found new donors."), 0);
  /* a gerund after the record noun, an infinitive cue: no record speaks */
  no_rule("His record of serving the powerful shows that he is cautious.", "record-shows-content");
  no_rule("There is no evidence to suggest that he lied.", "record-shows-content");
}
END_TEST

START_TEST(test_according_slash) {
  tu_one("According to a Reuters/Ipsos poll, the two candidates are in a dead heat.",
         "the two candidates are in a dead heat", "a Reuters/Ipsos poll");
}
END_TEST

START_TEST(test_content_in_record) {
  quoth_doc *d;
  tu_one("Trump leads by 57 percent to 33 percent in the 50-state poll.",
         "Trump leads by 57 percent to 33 percent", "the 50-state poll");
  tu_one("But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.",
         "he fell to 10 percent", "the latest CNN/ORC poll released Wednesday");
  /* a subordinate clause, a relative clause, a poll with a verb of its
   * own, a place to vote: no statement */
  ck_assert_uint_eq(tu_count("Despite his low standing in the polls, he stayed in the race."), 0);
  ck_assert_uint_eq(tu_count("Rubio, who is third in many polls, spoke on Monday."), 0);
  ck_assert_uint_eq(tu_count("The margin of error in the poll is three points."), 0);
  ck_assert_uint_eq(tu_count("Voters stood in front of a polling place in Manchester."), 0);
  ck_assert_uint_eq(tu_count("The crowd thinned out in the hours after the polls closed."), 0);
  /* the poll phrase inside a subject before its cue: the cue's statement */
  d = tu_process("Some 20 percent of people in a recent poll said they were unsure.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_ne(quoth_statement_rule(quoth_doc_statement(d, 0)), "content-in-record");
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_poll_frames_share) {
  tu_one("In a CNN/ORC poll released Monday, 31 percent of Republicans said they were excited.",
         "they were excited", "a CNN/ORC poll released Monday");
  tu_one("Nearly three in four say they would buy American goods, according to the survey.",
         "they would buy American goods", "the survey");
  tu_one("Sixty-seven percent of Americans said they had an unfavorable view, according to a new "
         "poll.",
         "they had an unfavorable view", "a new poll");
  /* a source that is no record, a speaker who is no share: theirs */
  first_speaker("Nearly three in four say they would buy American goods, according to officials.",
                "Nearly three in four");
  first_speaker("In a CNN poll released Monday, Clinton said she was ahead.", "Clinton");
}
END_TEST

START_TEST(test_record_participle) {
  tu_one("He will need their support, with recent polls showing a tightening of the race.",
         "a tightening of the race", "recent polls");
  /* a participle after a comma belongs to the sentence's subject */
  no_rule("The poll came out on Monday, showing a tightening of the race.",
          "record-shows-content");
  ck_assert_uint_eq(tu_count("He spoke with reporters showing a tightening of the race."), 0);
}
END_TEST

START_TEST(test_record_verb) {
  tu_one("Wednesday's Quinnipiac poll has Clinton leading Trump by six points.",
         "Clinton leading Trump by six points", "Wednesday's Quinnipiac poll");
  tu_one("A CNN-ORC survey released Friday had him at 4 percent in the field.",
         "him at 4 percent in the field", "A CNN-ORC survey released Friday");
  tu_one("Gallup's tracking poll puts Obama's approval at 49.5 percent.",
         "Obama's approval at 49.5 percent", "Gallup's tracking poll");
  tu_one("The CBS poll gave Clinton a much higher lead than other polls.",
         "Clinton a much higher lead than other polls", "The CBS poll");
  /* no standing after the verb, a verb group, another subject: nothing */
  ck_assert_uint_eq(tu_count("The poll has a margin of error of three points."), 0);
  ck_assert_uint_eq(tu_count("The poll has been criticized for leading questions."), 0);
  ck_assert_uint_eq(tu_count("The campaign has Clinton leading the rally at 4 p.m."), 0);
}
END_TEST

static Suite *groups_suite(void) {
  Suite *s = suite_create("attribute_groups");
  TCase *tc = tcase_create("groups");
  tcase_add_test(tc, test_share_apposition);
  tcase_add_test(tc, test_share_hyphenated);
  tcase_add_test(tc, test_share_clause_boundary);
  tcase_add_test(tc, test_share_participle);
  tcase_add_test(tc, test_share_answer);
  tcase_add_test(tc, test_group_by_example);
  tcase_add_test(tc, test_plural_conjuncts);
  tcase_add_test(tc, test_record_with_modifier);
  tcase_add_test(tc, test_according_slash);
  tcase_add_test(tc, test_content_in_record);
  tcase_add_test(tc, test_poll_frames_share);
  tcase_add_test(tc, test_record_participle);
  tcase_add_test(tc, test_record_verb);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(groups_suite)
