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
  /* "but said" with a bare clause: a second statement of the same speaker */
  d = tu_process("The spokesman refused to answer questions but said there was no call "
                 "planned with Trump.",
                 0);
  has(d, "there was no call planned with Trump");
  quoth_doc_free(d);
  /* "but" joining two clauses of the content keeps them together */
  tu_one("Smith said the plan was late but the money was there.",
         "the plan was late but the money was there", "Smith");
  /* a verb of thought with a bare clause goes on with the content */
  tu_one("Smith said the candidate knew about it and thought the criticism was a badge of honor.",
         "the candidate knew about it and thought the criticism was a badge of honor", "Smith");
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

/* ---- "as X noted" ---- */

/* The parts of the only statement of text, joined with " | ", and its
 * speaker mention. */
static void one_parts(const char *text, const char *want, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  char buf[512] = "";
  for (size_t i = 0; i < quoth_statement_part_count(st); i++) {
    if (i) strcat(buf, " | ");
    strcat(buf, tu_slice(d, quoth_statement_part(st, i)));
  }
  ck_assert_str_eq(buf, want);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), speaker);
  quoth_doc_free(d);
}

START_TEST(test_as_source_positions) {
  /* after a short lead, the lead is a part of the content */
  one_parts("Just a few weeks ago, as Western Journalism reported, Thor and Beck were meeting.",
            "Just a few weeks ago | Thor and Beck were meeting", "Western Journalism");
  /* after a sentence adverb or a discourse phrase, it is not */
  one_parts("However, as POLITICO has reported, cases that led to charges were different.",
            "cases that led to charges were different", "POLITICO");
  one_parts("Of course, as Joel Pollak observed, the biggest victor was the stage.",
            "the biggest victor was the stage", "Joel Pollak");
  /* after a clause and a conjunction, only the clause after it */
  one_parts("Employees can still get in trouble, and as Comey noted, people involved could "
            "face sanctions.",
            "people involved could face sanctions", "Comey");
  /* closing the sentence, the clause before it */
  one_parts("Clinton is the top recipient of bank money, as The Huffington Post reported.",
            "Clinton is the top recipient of bank money", "The Huffington Post");
  one_parts("Invoking Weimar is a classic scare tactic, as David Dayen noted in The Intercept.",
            "Invoking Weimar is a classic scare tactic", "David Dayen");
}
END_TEST

START_TEST(test_as_source_other_senses) {
  /* "as" of time or manner with a verb phrase after the cue */
  ck_assert_uint_eq(tu_count("In the meantime, as Mr. Kerry continues to pursue diplomacy, the "
                             "situation in Syria is growing murkier."),
                    0);
  ck_assert_uint_eq(tu_count("The relationship between Barack and Bibi, as they call each other, "
                             "has been a staple."),
                    0);
  ck_assert_uint_eq(tu_count("The new economic age will begin this week, as Yellen speaks in "
                             "Washington."),
                    0);
}
END_TEST

/* ---- where reported content ends ---- */

START_TEST(test_wish_is_no_cue_clause) {
  /* a wish after a comma is the main clause of the content, not another
   * source's clause */
  tu_one("After two decades in Congress as an independent, Sanders plans to remain a "
         "Democrat, Devine said.",
         "After two decades in Congress as an independent, Sanders plans to remain a Democrat",
         "Devine");
  /* a cue with its object after the comma is the content's main verb */
  tu_one("In Chicago, organizers added 160 officers along the route, the Sun-Times reported.",
         "In Chicago, organizers added 160 officers along the route", "the Sun-Times");
  /* a short lead with a predicate is a clause, not an adverbial */
  tu_one("There is serious concern about voter fraud, Stone said.",
         "There is serious concern about voter fraud", "Stone");
  ck_assert_uint_eq(tu_count("At one point, a woman said."), 0);
  /* a clause of saying after the comma still ends the content */
  quoth_doc *d = tu_process("After the vote, Sanders said the fight would go on, Devine said.", 0);
  has(d, "the fight would go on");
  quoth_doc_free(d);
}
END_TEST

/* ---- impersonal passives ---- */

START_TEST(test_impersonal_passive) {
  quoth_doc *d = tu_process("Thiel made the news when it was revealed that he bankrolled the "
                            "lawsuits.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = has(d, "he bankrolled the lawsuits");
  ck_assert_ptr_null(quoth_statement_speaker(st)); /* no source: no speaker */
  quoth_doc_free(d);
  tu_one("It's been reported that Weiner has been sexting again.", "Weiner has been sexting again",
         NULL);
  tu_one("It was widely reported that Mr. Trump paid $100 million.", "Mr. Trump paid $100 million",
         NULL);
  /* no that-clause, or "it" the object of another verb: no report */
  ck_assert_uint_eq(tu_count("The merger was announced Tuesday, and it was reported in May."), 0);
  ck_assert_uint_eq(tu_count("The deal was reported that week by the paper."), 0);
}
END_TEST

/* ---- nouns of saying ---- */

START_TEST(test_noun_claim) {
  quoth_doc *d = tu_process("Hillary Clinton spoke in Ohio. Voters cheered as she repeated her "
                            "promise that she would not raise taxes on the middle class.",
                            0);
  const quoth_statement *st = has(d, "she would not raise taxes on the middle class");
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), "her");
  quoth_doc_free(d);
  tu_one("The campaign pushed back on Sanders's suggestion that she is not a great fit.",
         "she is not a great fit", "Sanders");
  /* "that" and a verb: a relative clause; a subject noun phrase: no
   * end of the clause to be seen */
  ck_assert_uint_eq(tu_count("He read her statement that ended the campaign."), 0);
  ck_assert_uint_eq(tu_count("Trump's claim that he was right was false."), 0);
}
END_TEST

/* ---- questions put to the speaker ---- */

START_TEST(test_when_asked) {
  /* closing the sentence: the question is a statement of its own, with
   * no speaker, and it ends the content before it */
  quoth_doc *d = tu_process("Trump said he would win, when asked how ties would fare.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  has(d, "he would win");
  ck_assert_ptr_null(quoth_statement_speaker(has(d, "how ties would fare")));
  quoth_doc_free(d);
  d = tu_process("Voters reported no opinion when asked whether they would vote for Clinton.", 0);
  has(d, "whether they would vote for Clinton");
  quoth_doc_free(d);
  /* an adjunct before the question */
  d = tu_process("Asked on Fox News who leads the party, he said Ryan.", 0);
  has(d, "who leads the party");
  quoth_doc_free(d);
  /* an active "asked" with its addressee closing a sentence is the
   * subject's own question, not one put to the subject */
  d = tu_process("McConnell says he spoke to Trump and asked him to condemn violence.", 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++)
    ck_assert_str_ne(quoth_statement_rule(quoth_doc_statement(d, i)), "asked-question");
  quoth_doc_free(d);
}
END_TEST

/* ---- a verb of saying in the infinitive ---- */

START_TEST(test_catenative_say) {
  tu_one("Even after the complaint was filed, Lewandowski continued to say he had never "
         "touched Fields.",
         "he had never touched Fields", "Lewandowski");
  tu_one("Voters are more likely to say Clinton represents their positions.",
         "Clinton represents their positions", "Voters");
  /* a cue phrase ending in a verb of saying takes a bare clause */
  tu_one("Smith went on to say the plan would fail.", "the plan would fail", "Smith");
  /* an object before "to" says nothing yet; "used ... to" is no
   * catenative of saying */
  quoth_doc *d = tu_process("He asked Smith to say the plan would fail.", 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++)
    ck_assert_str_ne(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, i))),
                     "the plan would fail");
  quoth_doc_free(d);
  ck_assert_uint_eq(tu_count("Mourners used markers to write notes on a paper banner."), 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("attribute_recall2");
  TCase *t = tcase_create("core");
  tcase_add_test(t, test_but_second_cue);
  tcase_add_test(t, test_though_other_speaker);
  tcase_add_test(t, test_as_source_positions);
  tcase_add_test(t, test_as_source_other_senses);
  tcase_add_test(t, test_wish_is_no_cue_clause);
  tcase_add_test(t, test_impersonal_passive);
  tcase_add_test(t, test_noun_claim);
  tcase_add_test(t, test_when_asked);
  tcase_add_test(t, test_catenative_say);
  suite_add_tcase(s, t);
  return s;
}

TU_MAIN(suite)
