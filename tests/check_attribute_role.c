/* check_attribute_role.c - subjects that are not the first phrase of their
 * sentence: a dateline before it, a role with a name in apposition, a time
 * adverbial between it and the cue.  Each with a negative case. */
#include "testutil.h"

#include <string.h>

/* The speaker's canonical name of the statement whose content is content
 * ("" when it has none); fails when no statement has that content. */
static const char *speaker_of(quoth_doc *d, const char *content) {
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    if (strcmp(tu_slice(d, quoth_statement_span(st)), content) != 0) continue;
    const quoth_entity *e = quoth_statement_speaker(st);
    return e ? quoth_entity_name(e) : "";
  }
  ck_abort_msg("no statement \"%s\"", content);
  return NULL;
}

static void check_speaker(const char *text, const char *content, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_str_eq(speaker_of(d, content), speaker);
  quoth_doc_free(d);
}

/* "WASHINGTON — X ... and said": the dateline's place is no subject; a
 * place in capitals followed by its verb is ("NATO ... and said"). */
START_TEST(test_dateline_not_subject) {
  check_speaker("WASHINGTON \xE2\x80\x94 Sen. Chuck Grassley on Wednesday downplayed the attack "
                "and said it was the same thing.",
                "it was the same thing", "Chuck Grassley");
  check_speaker("ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and "
                "said the country must act.",
                "the country must act", "Barack Obama");
  check_speaker("LOS ANGELES -- Mayor Eric Garcetti toured the site and said the city would help.",
                "the city would help", "Eric Garcetti");
  /* a dash before a lower-case word sets off an apposition */
  check_speaker("NATO \xE2\x80\x94 the alliance of 28 nations \xE2\x80\x94 met on Monday and "
                "said the members would act.",
                "the members would act", "NATO");
  /* no dash: the capitals are the subject */
  check_speaker("NATO met on Monday and said the alliance would act.", "the alliance would act",
                "NATO");
  /* a dash later in the sentence, after lower-case words, makes no dateline */
  check_speaker("UNICEF sent aid to the region \xE2\x80\x94 and the north \xE2\x80\x94 and said "
                "more was needed.",
                "more was needed", "UNICEF");
}
END_TEST

/* "The director of the Centre, Ina Kirsch, told ... and said": the name in
 * apposition to a role subject speaks for the second predicate too; a
 * role with no name in apposition stays the speaker. */
START_TEST(test_apposed_name) {
  check_speaker("The director of the European Centre, Ina Kirsch, told the AP her group never "
                "worked with him and said the group hired the lobbyists on its own.",
                "the group hired the lobbyists on its own", "Ina Kirsch");
  check_speaker("The campaign manager, Jeff Weaver, called the result a win and said the "
                "campaign was strong.",
                "the campaign was strong", "Jeff Weaver");
  /* no apposition: the role itself */
  quoth_doc *d = tu_process("The director of the European Centre met Jeff Weaver and said the "
                            "group hired the lobbyists.",
                            0);
  const char *s = speaker_of(d, "the group hired the lobbyists");
  ck_assert_ptr_null(strstr(s, "Weaver"));
  ck_assert_ptr_nonnull(strstr(s, "director"));
  quoth_doc_free(d);
}
END_TEST

/* A time adverbial between subject and cue: "less than two weeks ago",
 * "this past week", "earlier in the day".  Not before a participle ("a
 * report this month charging ..." has no speaker "a report"), and a time
 * noun heading a real subject stays ("The time said" is not skipped as a
 * bare "time"). */
START_TEST(test_time_adverbial) {
  tu_one("The State Department less than two weeks ago said that the server held secrets.",
         "the server held secrets", "The State Department");
  tu_one("Reince Priebus, the GOP chairman, this past week announced the creation of a website.",
         "the creation of a website", "Reince Priebus");
  tu_one("Chairman Trey Gowdy earlier in the day said that the panel made progress.",
         "the panel made progress", "Chairman Trey Gowdy");
  tu_one("Mr. Trump at the time said that he opposed the war.", "he opposed the war",
         "Mr. Trump");
  /* "yet" is an adverb between subject and cue, not the subject */
  tu_one("The senator has not yet said that he will run.", "he will run", "The senator");
  tu_one("Yet Clinton said that the plan works.", "the plan works", "Clinton");
  /* negative: a participle after a time phrase has no subject there */
  quoth_doc *d = tu_process("The museum issued a report this month charging the group with "
                            "crimes against humanity.",
                            0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    ck_assert_str_ne(tu_slice(d, quoth_statement_speaker_mention(st)), "a report");
  }
  quoth_doc_free(d);
  /* negative: a time noun with no determiner before it is a subject's head */
  tu_one("Time said that the award would go to the chancellor.",
         "the award would go to the chancellor", "Time");
}
END_TEST

/* "The Latest: Sanders declares ...", "EXCLUSIVE: ..., Saudis insist
 * ...": a label before a colon gives way to the named subject of a cue
 * after it; a person's name before the colon stays the speaker even when
 * the clause after it has a subject and a cue of its own. */
START_TEST(test_label_colon) {
  check_speaker("The Latest: Sanders declares that the revolution goes on.\n\nBernie Sanders "
                "spoke in Vermont.",
                "the revolution goes on", "Bernie Sanders");
  check_speaker("EXCLUSIVE: In memo to Congress, Saudis insist they are fighting terror.",
                "they are fighting terror", "Saudis");
  /* negative: a person's name before the colon */
  check_speaker("Trump: Clinton should have congratulated me for making history.\n\nDonald "
                "Trump said Friday that it would have been nice.",
                "Clinton should have congratulated me for making history", "Donald Trump");
  /* negative: a source in capitals with no cue after it keeps the statement */
  check_speaker("AP: The memo details the kingdom's efforts against terror.",
                "The memo details the kingdom's efforts against terror", "AP");
}
END_TEST

/* "The congressman also plans to vote ..., Welch said.": the speech cue
 * closing the clause reports the wish with it; a participle or a second
 * predicate after the comma does not ("Guardian hopes ..., pointing to
 * ..."). */
START_TEST(test_wish_reported_by_later_cue) {
  check_speaker("The Vermont congressman also plans to vote for Sanders at the convention, Welch "
                "said.",
                "The Vermont congressman also plans to vote for Sanders at the convention",
                "Welch");
  check_speaker("Mr. Trump intends to deliver an address at the National Press Club this month, "
                "Mr. Manafort said.",
                "Mr. Trump intends to deliver an address at the National Press Club this month",
                "Manafort");
  /* negative: a participle after the comma */
  check_speaker("Guardian hopes that the visit could help the city, pointing to a sale of land.",
                "the visit could help the city", "Guardian");
  /* negative: a second predicate ("and argue") */
  check_speaker("Some lawmakers seek to be removed from the lists, and argue that the lists are "
                "wrong.",
                "to be removed from the lists", "Some lawmakers");
}
END_TEST

/* "All ran counter to his earlier statements": "counter to" is no cue --
 * but "Clinton countered that ..." is. */
START_TEST(test_counter_to) {
  /* "counter to" is no cue; "his earlier statements that ..." reports
   * his statement (rule noun-claim, docs/recall.md "Second round") */
  tu_one("All ran counter to his earlier statements that the contact never occurred.",
         "the contact never occurred", "his");
  tu_one("Clinton countered that the plan would fail.", "the plan would fail", "Clinton");
}
END_TEST

/* Two full names sharing a surname with other given names are two people
 * ("Alan Grayson", "Mark Grayson"); a middle name, a short form or another
 * spelling of the same given name is one ("Hillary Rodham Clinton", "Ken
 * Starr" after "Kenneth Starr"). */
START_TEST(test_given_names) {
  const char *text = "Alan Grayson said the race was close. Mark Edward Grayson said he would "
                     "win. Mark Grayson said the polls were wrong. Grayson said he was proud.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_str_eq(speaker_of(d, "the race was close"), "Alan Grayson");
  ck_assert_str_eq(speaker_of(d, "he would win"), "Mark Edward Grayson");
  ck_assert_str_eq(speaker_of(d, "the polls were wrong"), "Mark Edward Grayson");
  ck_assert_str_eq(speaker_of(d, "he was proud"), "Alan Grayson");
  quoth_doc_free(d);
  /* negative: one person */
  d = tu_process("Hillary Clinton said the plan works. Hillary Rodham Clinton said she agreed. "
                 "Kenneth Starr said the case was closed. Ken Starr said it was sad.",
                 0);
  ck_assert_str_eq(speaker_of(d, "the plan works"), speaker_of(d, "she agreed"));
  ck_assert_str_eq(speaker_of(d, "the case was closed"), speaker_of(d, "it was sad"));
  quoth_doc_free(d);
}
END_TEST

/* "Most economists who favor consumption taxes agree": a lower-case
 * phrase right after "who" is the relative clause's predicate, and the
 * subject is the head the clause modifies, named with its clause when it
 * is indefinite -- but a subject of the relative
 * clause itself right before the cue speaks ("a man who many believe
 * betrayed ..."). */
START_TEST(test_relative_predicate) {
  tu_one("Most economists who favor consumption taxes agree that the move would help.",
         "the move would help", "Most economists who favor consumption taxes");
  tu_one("Hawkins and others who want to ban abortion said the ruling was wrong.",
         "the ruling was wrong", "Hawkins and others");
  tu_one("Cruz accepted the endorsement of a man who many believe betrayed the American people.",
         "betrayed the American people", "many");
  /* a longer relative clause (up to 14 words before the phrase at the cue) */
  tu_one("The senator who made enemies with fellow Republican senators and bragged about it to "
         "voters now says that he wants peace.",
         "he wants peace", "The senator");
  /* negative: across a comma the relative clause is closed; the cue has
   * its own subject */
  check_speaker("Voters who know the senator from his long years in the state, officials say, "
                "trust him.",
                "Voters who know the senator from his long years in the state", "officials");
}
END_TEST

static Suite *role_suite(void) {
  Suite *s = suite_create("attribute_role");
  TCase *tc = tcase_create("role");
  tcase_add_test(tc, test_dateline_not_subject);
  tcase_add_test(tc, test_apposed_name);
  tcase_add_test(tc, test_time_adverbial);
  tcase_add_test(tc, test_label_colon);
  tcase_add_test(tc, test_wish_reported_by_later_cue);
  tcase_add_test(tc, test_counter_to);
  tcase_add_test(tc, test_given_names);
  tcase_add_test(tc, test_relative_predicate);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(role_suite)
