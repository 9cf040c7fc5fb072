/* check_pronouns.c - pronoun and continuation speaker resolution: one test
 * per rule, each with a case the rule must leave alone. */
#include <stdio.h>

#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* The speaker name of the last statement of text (NULL when none). */
static const char *last_speaker(quoth_doc *d) {
  size_t n = quoth_doc_statement_count(d);
  ck_assert_uint_gt(n, 0);
  const quoth_entity *e = quoth_statement_speaker(quoth_doc_statement(d, n - 1));
  return e ? quoth_entity_name(e) : NULL;
}

static void expect_last(const char *text, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  const char *got = last_speaker(d);
  ck_assert_msg(got && strcmp(got, speaker) == 0, "want %s, got %s in: %s", speaker,
                got ? got : "(none)", text);
  quoth_doc_free(d);
}

/* "Senate Majority Leader Mitch McConnell": an organization, a title and a
 * name make a person, whom "he" then finds; a plain organization name that
 * ends in capitalized words after no title stays an organization. */
START_TEST(test_org_title_name) {
  expect_last("Donald Trump said the wall would be built.\n\n"
              "On Tuesday, Senate Majority Leader Mitch McConnell said the remarks were wrong.\n\n"
              LQ "It raises a level of skepticism," RQ " he said.",
              "Mitch McConnell");
  expect_last("Donald Trump said the wall would be built.\n\n"
              "White House spokesman Josh Earnest said Obama was not targeting Trump.\n\n"
              LQ "It is not uncommon," RQ " he said.",
              "Josh Earnest");
  quoth_doc *d = tu_process("The Organization of Islamic Cooperation said it was alarmed.", 0);
  const quoth_entity *e = quoth_statement_speaker(quoth_doc_statement(d, 0));
  ck_assert_int_eq(quoth_entity_type_of(e), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
  d = tu_process("The Federal Reserve Bank said rates would rise.", 0);
  e = quoth_statement_speaker(quoth_doc_statement(d, 0));
  ck_assert_int_eq(quoth_entity_type_of(e), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
}
END_TEST

/* "Mr. Clinton" after "Hillary Clinton" is another person, whom "he"
 * finds; "Mrs. Clinton" is still Hillary Clinton. */
START_TEST(test_surname_gender_split) {
  expect_last("Hillary Clinton said the economy was strong.\n\n"
              "Mr. Clinton praised her record at the rally on Monday.\n\n"
              LQ "She is ready," RQ " he said.",
              "Clinton");
  expect_last("Hillary Clinton said the economy was strong.\n\n"
              "Mrs. Clinton praised the workers at the rally on Monday.\n\n"
              LQ "We are ready," RQ " she said.",
              "Hillary Clinton");
}
END_TEST

/* A place or an all-capitals dateline is never "he"; an unknown one-word
 * name still is. */
START_TEST(test_place_not_person) {
  expect_last("Kopp arrived on Monday.\n\nNew Hampshire voted early.\n\n"
              LQ "We won," RQ " he said.", "Kopp");
  expect_last("Kopp arrived on Monday.\n\nATLANTIC CITY opened early.\n\n"
              LQ "We won," RQ " he said.", "Kopp");
  expect_last("Kopp arrived on Monday.\n\nBrandt voted early.\n\n"
              LQ "We won," RQ " he said.", "Brandt");
  /* a place that once spoke ("helped Atlantic City make the case") is
   * still no "he" */
  expect_last("ATLANTIC CITY \xE2\x80\x94 Ernest Coursey spoke on Monday.\n\n"
              "The negative press coverage from that convention helped Atlantic City make the "
              "case for legalized gambling.\n\n"
              LQ "All roads are leading through here," RQ " he said.",
              "Ernest Coursey");
  quoth_doc *d = tu_process("New Hampshire voted early.\n\n" LQ "We won," RQ " he said.", 0);
  ck_assert_ptr_null(last_speaker(d));
  quoth_doc_free(d);
}
END_TEST

/* "Ed Brookover spoke": a plain two-word name that opens its clause is a
 * person even with a given name the lexicon does not know, and wins over
 * an older speaker; "the Green Mountain Boys" after a determiner is not. */
START_TEST(test_plain_full_name) {
  expect_last("Donald Trump said the wall would be built.\n\n"
              "Ed Brookover spoke to reporters on Thursday.\n\n"
              LQ "It went well," RQ " he said.", "Ed Brookover");
  expect_last("Donald Trump said the wall would be built.\n\n"
              "The Green Mountain Boys played on Thursday.\n\n"
              LQ "It went well," RQ " he said.", "Donald Trump");
}
END_TEST

/* "Gustav Ando, research director for IHS Life Sciences, a consulting
 * company, said": the leftmost name heads a nested apposition, and a later
 * "he" finds him; so does "Michael Seaman, who lives outside the state
 * capital, Sacramento, said".  A name across "while" or "and", or in a
 * prepositional phrase ("On CNN Tuesday"), is no head. */
START_TEST(test_nested_apposition) {
  expect_last("Gustav Ando, research director for IHS Life Sciences, a consulting company,"
              " said the deal was risky.\n\n" LQ "It is a gamble," RQ " he said.",
              "Gustav Ando");
  expect_last("Michael Seaman, who lives outside the state capital, Sacramento, said he still"
              " hopes.\n\n" LQ "We are sick and tired of it," RQ " he said.",
              "Michael Seaman");
  expect_last("On CNN Tuesday, his wife, Jane Kopp, said the process was unfair.", "Jane Kopp");
  expect_last("Bobby Jindal signed an order to block the Syrian Refugee Program, while Mike"
              " Huckabee, the former Arkansas governor, said the plan was weak.",
              "Mike Huckabee");
}
END_TEST

/* ", but Representative Brooks, who ..., does not": the subject of a
 * clause after a conjunction is salient; an object after its verb is not. */
START_TEST(test_clause_subject) {
  expect_last("Donald Trump said the wall would be built.\n\n"
              "Senator Kopp was vague in the past, but Representative Brooks, who has welcomed"
              " support from the Tea Party, does not mince words.\n\n"
              LQ "We must act," RQ " he said.", "Brooks");
  expect_last("Donald Trump said the wall would be built.\n\n"
              "Others were vague in the past, and they thanked Representative Brooks for"
              " his help.\n\n"
              LQ "We must act," RQ " he said.", "Donald Trump");
}
END_TEST

/* "Paul Brandt said her family ...": a possessive or object pronoun does
 * not make its referent the most salient person; the subject stays so.  A subject
 * pronoun does keep its referent salient. */
START_TEST(test_object_pronoun_not_salient) {
  expect_last("Quinn Dole said the plan would fail.\n\nPaul Brandt said her family wanted"
              " privacy.\n\n" LQ "We must act," RQ " he said.", "Paul Brandt");
  expect_last("Mark Kopp spoke first.\n\nPaul Brandt cheered.\n\nLater Kopp met the mayor,"
              " and he smiled.\n\n" LQ "We must act," RQ " he said.", "Mark Kopp");
}
END_TEST

/* A name read out of a title-case headline ("Offensive Things Donald Trump")
 * gives way to the full name in the story; a bare surname does not replace
 * a headline name. */
START_TEST(test_headline_name) {
  expect_last("Offensive Things Donald Trump Has Said About Latinos\n\n"
              "Donald Trump said the wall would be built.", "Donald Trump");
  expect_last("Jason Chaffetz Says New Hearing On Emails Will Start\n\n"
              "Chaffetz said the hearing would start soon.", "Jason Chaffetz");
  /* A name seen only in the headline is no evidence of a person. */
  expect_last("Schlafly\xE2\x80\x99s Final Column Explains Why She Sees Hope In Trump\n\n"
              "Conservative icon Phyllis Schlafly, who died Monday, used her final column to"
              " praise the candidate.\n\n"
              LQ "Trump is the first candidate since Reagan," RQ " she wrote.",
              "Phyllis Schlafly");
}
END_TEST

/* A person named only as an object ("a post from Arianna Huffington") is
 * found by "she" when no salient person fits; a salient subject of the
 * right gender still wins over an object name of its own sentence (an
 * object in a later sentence: test_previous_sentence_named). */
START_TEST(test_object_name_fallback) {
  expect_last("The company said it would cover the campaign, according to a post from "
              "Arianna Huffington.\n\n"
              LQ "We will cover it as news," RQ " she wrote.",
              "Arianna Huffington");
  expect_last("Mary Smith met Sarah Jones on Monday.\n\n"
              LQ "It was a fair vote," RQ " she said.",
              "Mary Smith");
  /* A nearer subject with no evidence of a person gives way too. */
  expect_last("The vote was on Sunday.\n\n"
              "Ridgefield welcomed Mary Smith on Monday.\n\n"
              LQ "It is bad," RQ " she said.",
              "Mary Smith");
}
END_TEST

/* "Hillary Clinton and Elizabeth Warren ... They said": "they" is the pair,
 * named by its first member, over an older organization; a person and a
 * company ("Hillary Clinton and Microsoft") are no pair of speakers. */
START_TEST(test_pair_they) {
  expect_last("The GOP said it was angry.\n\n"
              "Hillary Clinton and Elizabeth Warren held a rally in Ohio on Monday.\n\n"
              "They said the economy was rigged.",
              "Hillary Clinton");
  expect_last("The GOP said it was angry.\n\n"
              "Hillary Clinton and Microsoft held talks on Monday.\n\n"
              "They said the economy was rigged.",
              "GOP");
}
END_TEST

/* "Democrats criticized ...": speech from a one-word name in -s is no
 * evidence of a person, so "she" finds the woman named before; with no
 * other candidate, a singular "Harris" is still found. */
START_TEST(test_plural_name_not_person) {
  expect_last("Mary Smith spoke on Sunday.\n\n"
              "Democrats criticized the plan on Monday.\n\n"
              LQ "It is bad," RQ " she said.",
              "Mary Smith");
  expect_last("The vote was on Sunday.\n\n"
              "Harris criticized the plan on Monday.\n\n"
              LQ "It is bad," RQ " he said.",
              "Harris");
}
END_TEST

/* "Democrats criticized ... They said": a one-word name in -s may be the
 * group "they" means; once "he said" has made "Sanders" one man, it is not. */
START_TEST(test_plural_name_they) {
  expect_last("The vote was on Sunday.\n\n"
              "Democrats criticized the plan on Monday.\n\n"
              "They said it was bad.",
              "Democrats");
  quoth_doc *d = tu_process("The vote was on Sunday.\n\n"
                            "Sanders criticized the plan on Monday.\n\n"
                            LQ "It is bad," RQ " he said.\n\n"
                            "They said it was bad.", 0);
  ck_assert_ptr_null(last_speaker(d));
  quoth_doc_free(d);
}
END_TEST

/* "Iowa State University's Dianne Bystrom agreed.": a name owned by the
 * name before it heads the subject, so the next quote is hers; a name
 * after a possessive inside a prepositional phrase stays an object. */
START_TEST(test_owned_name_subject) {
  expect_last(LQ "They have failed to compete," RQ " said Craig Robinson, an editor.\n\n"
              "Iowa State University's Dianne Bystrom agreed. "
              LQ "Mainstream Republicans are running out of time." RQ,
              "Dianne Bystrom");
  expect_last(LQ "They have failed to compete," RQ " said Craig Robinson, an editor.\n\n"
              "He spoke after Iowa State University's Dianne Bystrom agreed. "
              LQ "Mainstream Republicans are running out of time." RQ,
              "Craig Robinson");
}
END_TEST

/* "Choosing between Clinton and Sanders is ...": a name after a
 * preposition the lexicon leaves out (between, among, despite, ...) is an
 * object, not the subject "she" finds; a name opening the clause is. */
START_TEST(test_object_prep) {
  expect_last("Mary Smith is a nurse from Hemet.\n\n"
              "Choosing between Hillary Clinton and Bernie Sanders is a false choice, she said.",
              "Mary Smith");
  expect_last("Mary Smith is a nurse from Hemet.\n\n"
              "Hillary Clinton and Bernie Sanders are far apart on trade, she said.",
              "Hillary Clinton");
}
END_TEST

/* "As for Trump, he said ...": the topic named before the comma is whom
 * the pronoun means; not a phrase about him ("As for Trump's plan, he"). */
START_TEST(test_as_for_topic) {
  expect_last("Ted Cruz warned against a brokered convention on Monday.\n\n"
              "As for Donald Trump, he said he was not worried.",
              "Donald Trump");
  expect_last("Ted Cruz warned against a brokered convention on Monday.\n\n"
              "And as for Donald Trump, he said he was not worried.",
              "Donald Trump");
  expect_last("Ted Cruz warned against a brokered convention on Monday.\n\n"
              "As for Donald Trump's plan, he said it would fail.",
              "Ted Cruz");
}
END_TEST

/* A subject of unknown gender from an earlier sentence gives way to a
 * man or woman named later; not to one of the other gender, and not within
 * the subject's own sentence. */
START_TEST(test_gendered_named_later) {
  expect_last("Garin said the party could recover by the fall.\n\n"
              "The memo went to Stan Greenberg on Monday. " LQ "There is room to improve," RQ
              " he said.",
              "Stan Greenberg");
  expect_last("Garin said the party could recover by the fall.\n\n"
              "The memo went to Stan Greenberg on Monday. " LQ "There is room to improve," RQ
              " she said.",
              "Garin");
  expect_last("Garin said the party could recover and sent the memo to Stan Greenberg. "
              LQ "There is room to improve," RQ " he said.",
              "Garin");
}
END_TEST

/* Juan "Chico" Manriquez: a short quoted nickname between a given name and
 * a surname is part of the name, so "he" finds the man, not the city; a
 * quoted word after a given name that no surname follows is not. */
START_TEST(test_nickname) {
  expect_last("In downtown San Francisco, a group marched in silence. Juan " LQ "Chico" RQ
              " Manriquez of Oakland carried one of the photos. " LQ "I cried the whole parade," RQ
              " he said.",
              "Juan " LQ "Chico" RQ " Manriquez");
  expect_last("Mary Smith led the march in San Francisco. Her son, Juan " LQ "Chico" RQ
              ", was there too. " LQ "I cried the whole parade," RQ " she said.",
              "Mary Smith");
}
END_TEST

/* "Then there's Axelrod.": the name an existential sentence closes on is
 * its topic, whom "he" then finds; not a name inside a longer list. */
START_TEST(test_there_is_topic) {
  expect_last("David Axelrod advised Barack Obama in 2008. Jon Favreau wrote the speeches.\n\n"
              "Then there's Axelrod.\n\n" LQ "Kind of bewildering," RQ " he wrote.",
              "David Axelrod");
  expect_last("David Axelrod advised Barack Obama in 2008. Jon Favreau wrote the speeches.\n\n"
              "Then there's Axelrod and his book about the campaign.\n\n"
              LQ "Kind of bewildering," RQ " he wrote.",
              "Jon Favreau");
}
END_TEST

/* "Jeff Weaver, Sanders' campaign manager, said": the apostrophe of a
 * plural possessive is no quotation mark, so the apposition holds and the
 * next quote continues Weaver; the owner never becomes the speaker. */
START_TEST(test_plural_possessive) {
  const char *q1 = "\"This people-powered campaign is revolutionizing American politics,\" ";
  const char *q2 = ", said in a statement. \"What we are showing is that we can run a strong "
                   "national campaign without a super PAC.\"";
  char buf[512];
  snprintf(buf, sizeof buf, "%sJeff Weaver, Sanders' campaign manager%s", q1, q2);
  expect_last(buf, "Jeff Weaver");
  snprintf(buf, sizeof buf, "%sSanders' campaign manager%s", q1, q2);
  quoth_doc *d = tu_process(buf, 0);
  const char *got = last_speaker(d);
  ck_assert_msg(!got || (strcmp(got, "Sanders") != 0 && strcmp(got, "Bernie Sanders") != 0),
                "the owner %s became the speaker", got);
  quoth_doc_free(d);
}
END_TEST

/* "Cruz electrified the crowds ..., Stovall said.": the source closing
 * a sentence speaks after the clause he reports, so the next "he said" is
 * his; a name inside a reported clause ("the paper's Robert Costa had
 * reported", "The story that Robert Costa reported, about ...") is no
 * such source. */
START_TEST(test_reported_source) {
  expect_last("Robert Stovall joined Ted Cruz at Tea Party gatherings.\n\n"
              "Cruz electrified the small crowds with impassioned speeches and promises to "
              "shake things up in Washington if elected, Stovall said.\n\n"
              LQ "He was very articulate, smart, well-spoken," RQ " he said.",
              "Robert Stovall");
  /* a surname in -s ("Jones") is one person here, not a group */
  expect_last("Mark Jones joined Ted Cruz at Tea Party gatherings.\n\n"
              "Cruz electrified the small crowds with impassioned speeches and promises to "
              "shake things up in Washington if elected, Jones said.\n\n"
              "\"He was very articulate,\" he said.",
              "Mark Jones");
  /* with no comma before it, the verb must end the sentence */
  expect_last("Richard Viguerie spoke on Monday.\n\n"
              "Ted Cruz is not only right on the issues, he is also the most able candidate "
              "Viguerie argues.\n\n"
              "\"Cruz is our best debater,\" he says.",
              "Richard Viguerie");
  expect_last("Bernie Sanders said the story that Robert Costa reported, about the campaign, "
              "was wrong.\n\n"
              LQ "We are still with you," RQ " he said.",
              "Bernie Sanders");
  expect_last("Ben Carson spoke on CNN on Monday.\n\n"
              "Carson turned the story back on the Post, pointing out that the paper's "
              "Robert Costa had reported in June that the campaign was coming apart.\n\n"
              LQ "Apparently not," RQ " he said.",
              "Ben Carson");
}
END_TEST

/* A salient subject older than the sentence just before the pronoun's
 * gives way to a person of the pronoun's gender named there in any role
 * ("Footage of Al-Awlaki appears"); not to one of the other gender, and
 * not when that sentence's subject is a person described, not named ("The
 * former ambassador discussed ... Donald Trump. He ..." is still the
 * ambassador). */
START_TEST(test_previous_sentence_named) {
  expect_last("Donald Trump then appears in a clip from a stump speech.\n\n"
              "The crowd enthusiastically cheers the words.\n\n"
              "Footage of Anwar Awlaki again appears. "
              LQ "The West will eventually turn against its Muslim citizens," RQ " he says.",
              "Anwar Awlaki");
  expect_last("Donald Trump then appears in a clip from a stump speech.\n\n"
              "The crowd enthusiastically cheers the words.\n\n"
              "Footage of Hillary Clinton again appears. "
              LQ "We will win," RQ " he says.",
              "Donald Trump");
  expect_last("Mary Smith said the vote was close.\n\n"
              "The board met Sarah Jones on Monday.\n\n"
              LQ "It was a fair vote," RQ " she said.",
              "Sarah Jones");
  /* the writer's "I" is no described person */
  expect_last("Bill Clinton spoke at the convention on Monday.\n\n"
              "A slogan straight out of the 1990s came from John Podesta when I asked him how "
              "she would mount a defense.\n\n"
              LQ "She will fight for the American people," RQ " he said.",
              "John Podesta");
  expect_last("John Bolton spoke to the crowd in Indiana on Monday.\n\n"
              "The former ambassador also discussed the policies of GOP nominee Donald Trump.\n\n"
              LQ "Many conservatives are willing to serve," RQ " he said.",
              "John Bolton");
}
END_TEST

/* "Carson defied the question": a one-word name that opens the sentence
 * just before the pronoun's and did something is the nearer referent than
 * an older speaker; not from two sentences back, and not a sentence
 * adverb ("Nationally, ..."). */
START_TEST(test_past_agent) {
  expect_last("Ted Cruz admitted that his pick was political. "
              LQ "With an eye to February 20th, Carolina," RQ " he said.\n\n"
              "Carson defied the question, and didn't make a choice. "
              LQ "I will predict the winner," RQ " he said.",
              "Carson");
  expect_last("Ted Cruz admitted that his pick was political. "
              LQ "With an eye to February 20th, Carolina," RQ " he said.\n\n"
              "Carson defied the question. The crowd laughed. "
              LQ "I will predict the winner," RQ " he said.",
              "Ted Cruz");
  expect_last("Ted Cruz admitted that his pick was political. "
              LQ "With an eye to February 20th, Carolina," RQ " he said.\n\n"
              "Nationally, the odds favored Denver. "
              LQ "I will predict the winner," RQ " he said.",
              "Ted Cruz");
}
END_TEST

/* "“...,” he told Hannity": the speaker pronoun is not its own statement's
 * addressee, even when that one was the last subject ("Hannity asked Trump
 * how high the wall would be."); without an addressee the subject keeps it. */
START_TEST(test_not_addressee) {
  expect_last("Donald Trump spoke with Sean Hannity on Wednesday night.\n\n"
              "Hannity asked Trump how high the wall would be.\n\n"
              LQ "I think the height could be 35 to 45 feet," RQ " he told Hannity.",
              "Donald Trump");
  expect_last("Donald Trump spoke with Sean Hannity on Wednesday night.\n\n"
              "Hannity smiled at the crowd.\n\n"
              LQ "It is going to be huge," RQ " he said.",
              "Sean Hannity");
}
END_TEST

/* "Carson campaign manager Barry Bennett ... the campaign manager said he
 * needed ... "...," he told the AP": a definite nominal whose whole title
 * was given to a named person stands for that person as a "he" referent;
 * its own statement keeps the nominal.  "the former president" is not
 * "Vice President Joe Biden", and stays no referent. */
START_TEST(test_role_nominal_named) {
  const char *text =
      "Bill Millis said Carson had been led astray, and he singled out Carson campaign manager "
      "Barry Bennett as the problem.\n\n"
      "When the AP asked Bennett about it, the campaign manager said he needed to speak to the "
      "candidate first. " LQ "Why don't I call you back," RQ " he told the AP.";
  expect_last(text, "Barry Bennett");
  quoth_doc *d = tu_process(text, 0);
  const quoth_entity *e = quoth_statement_speaker(tu_find(d, "he needed"));
  ck_assert_str_eq(quoth_entity_name(e), "the campaign manager");
  quoth_doc_free(d);
  expect_last("Vice President Joe Biden spoke in Ohio on Monday.\n\n"
              "Bill Millis said the race was close.\n\n"
              "In New Hampshire, the former president said the party would win. " LQ
              "We are ready," RQ " he said.",
              "Bill Millis");
}
END_TEST

/* "Trump's wife, Melania, ... She ... she said": a name that is one given
 * name has that name's gender for "he"/"she"; not a possessive place
 * ("Sylvia's in Harlem"), nor a given name of the other gender. */
START_TEST(test_lone_given_name) {
  expect_last("Jan Brewer said security was a priority for women.\n\n"
              "On Monday, Trump's wife, Melania, is scheduled to speak. She is often by her "
              "husband's side. At a rally this spring, she said, " LQ "He will punch back." RQ,
              "Melania");
  expect_last("Jan Brewer said security was a priority for women.\n\n"
              "On Monday, Trump's son, Eric, is scheduled to speak. She is often at the "
              "rallies. At a rally this spring, she said, " LQ "He will punch back." RQ,
              "Jan Brewer");
  expect_last("Jan Brewer said security was a priority for women.\n\n"
              "Sanders had breakfast at Sylvia's in Harlem on Monday. She is often at the "
              "rallies. At a rally this spring, she said, " LQ "He will punch back." RQ,
              "Jan Brewer");
}
END_TEST

/* "Post Editor-in-Chief Martin Baron ... "...," said Baron. ¶ He
 * continued, "..."": a lone capitalized title word that is the surname of
 * a person named before is that person (and so "he"); not a lower-case
 * title ("the baron"), nor one no person was named by. */
START_TEST(test_title_word_surname) {
  const char *text = "Bob Woodward spoke to the realtors on Monday.\n\n"
                     "In a statement released by Post Editor-in-Chief Martin Baron, the plans "
                     "were discussed.\n\n"
                     LQ "Donald Trump is a candidate unlike any other," RQ " said Baron.\n\n"
                     "He continued, " LQ "That is what we intend to do." RQ;
  expect_last(text, "Martin Baron");
  quoth_doc *d = tu_process(text, 0);
  const quoth_entity *e = quoth_statement_speaker(tu_find(d, "unlike any"));
  ck_assert_str_eq(quoth_entity_name(e), "Martin Baron");
  quoth_doc_free(d);
  d = tu_process("Bob Woodward spoke to the realtors on Monday.\n\n"
                 LQ "Donald Trump is a candidate unlike any other," RQ " said Bishop.", 0);
  e = quoth_statement_speaker(tu_find(d, "unlike any"));
  ck_assert(e && strcmp(quoth_entity_name(e), "Bob Woodward") != 0);
  quoth_doc_free(d);
}
END_TEST

/* "Ryan did not exude confidence when Tapper asked whether ... ¶ "...,"
 * he said": the subject of a clause opened by a subordinator after the
 * main clause's subject is less salient than that subject.  Without a
 * subject before the subordinator ("The question came when ..."), or
 * without a subordinator ("..., and Tapper asked"), the asker stays the
 * most recent. */
START_TEST(test_subordinate_subject) {
  expect_last("Paul Ryan said he was not ready to back Trump.\n\n"
              "Ryan also did not exude confidence when Tapper asked whether Republicans"
              " would hold the Senate.\n\n"
              LQ "It is gonna be unpredictable," RQ " he said.",
              "Paul Ryan");
  expect_last("Paul Ryan said he was not ready to back Trump.\n\n"
              "Ryan smiled as CNN's Jake Tapper pressed him on the House.\n\n"
              LQ "It is gonna be unpredictable," RQ " he said.",
              "Paul Ryan");
  expect_last("Paul Ryan said he was not ready to back Trump.\n\n"
              "The question came when Jake Tapper asked whether Republicans would hold the"
              " Senate.\n\n"
              LQ "Can you predict it?" RQ " he said.",
              "Jake Tapper");
  expect_last("Paul Ryan said he was not ready to back Trump.\n\n"
              "Ryan paused, and Jake Tapper asked whether Republicans would hold the"
              " Senate.\n\n"
              LQ "Can you predict it?" RQ " he said.",
              "Jake Tapper");
}
END_TEST

/* "To Florida consultant Wilson, the party line is silly": the person
 * whose view the sentence gives is salient, as the topic of "As for X" is;
 * not a group ("For Democrats, ...").  It stays above the clause's own
 * subject ("For Jonathan Chait, Williamson is exposing ... "...," he
 * mocks"), not above a speaker ("For X, Williamson said ... he added"). */
START_TEST(test_viewpoint_topic) {
  expect_last("Donald Trump spoke in Florida on Monday.\n\n"
              "To Florida consultant Wilson, the official party line on Trump is just"
              " plain silly.\n\n"
              LQ "This is them trying to whistle past the graveyard," RQ " he said.",
              "Wilson");
  expect_last("Donald Trump spoke in Florida on Monday.\n\n"
              "And for campaign manager Weaver, the results were a relief.\n\n"
              LQ "We won big," RQ " he said.",
              "Weaver");
  expect_last("Donald Trump spoke in Florida on Monday.\n\n"
              "For Democrats, the official party line on Trump is just plain silly.\n\n"
              LQ "This is them trying to whistle past the graveyard," RQ " he said.",
              "Donald Trump");
  expect_last("Kevin Williamson wrote a piece on the white working class.\n\n"
              "For Jonathan Chait, Williamson is exposing the perverse logic of"
              " libertarianism. " LQ "The marketplace has not failed the white working class,"
              RQ " he mocks.",
              "Jonathan Chait");
  expect_last("Kevin Williamson wrote a piece on the white working class.\n\n"
              "For Jonathan Chait, Williamson said the logic was perverse. "
              LQ "The marketplace has not failed the white working class," RQ " he added.",
              "Kevin Williamson");
}
END_TEST

/* A quote opening the next sentence goes on with the sentence's last
 * statement in the text, not the last one a pattern made ("In response to
 * Sanders' charge that ..., she said ..." is hers, though the noun claim
 * "Sanders' charge that" is found after "she said"). */
START_TEST(test_continued_in_text_order) {
  const char *text = "Hillary Clinton repeatedly invoked President Obama.\n\n"
                     "In response to Sanders' charge that she has been weak on climate change,"
                     " she said she and Obama had made progress in the face of GOP opposition. "
                     LQ "I really believe that the president has done an incredible job." RQ;
  quoth_doc *d = tu_process(text, 0);
  const quoth_entity *e = quoth_statement_speaker(tu_find(d, "I really believe"));
  ck_assert(e && strcmp(quoth_entity_name(e), "Hillary Clinton") == 0);
  quoth_doc_free(d);
  expect_last("Hillary Clinton repeatedly invoked President Obama.\n\n"
              "She said the plan had worked, and Bernie Sanders said it had failed. "
              LQ "We need a revolution." RQ,
              "Bernie Sanders");
}
END_TEST

/* "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said", "backed by
 * Sen. Dianne Feinstein of California, the ranking Democrat on the Senate
 * Intelligence Committee, who said": the name before the "of" phrase heads
 * the apposition, and "who" is that person, not the committee; her "she
 * said" then follows.  A name that is itself the antecedent stays ("her
 * rival, Bernie Sanders, who"), and a name before a clause is no head of
 * the phrase after its verb ("Domestically, the row triggered a reaction
 * from President Barack Obama, who said"). */
START_TEST(test_of_place_apposition) {
  expect_last("Donald Trump met Paul Ryan on Thursday.\n\n"
              "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said his biggest worry was"
              " the map.",
              "Tom Cole");
  expect_last("Hillary Clinton defended her server on Friday.\n\n"
              "Clinton's position was supported Friday by Sen. Dianne Feinstein of California,"
              " the ranking Democrat on the Senate Intelligence Committee, who said none of the"
              " emails originated with Clinton.\n\n"
              LQ "It has never made sense to me," RQ " she said.",
              "Dianne Feinstein");
  expect_last("Hillary Clinton defended her server on Friday.\n\n"
              "Her plan was attacked by her rival, Bernie Sanders, who said it would fail.",
              "Bernie Sanders");
  quoth_doc *d = tu_process("Hillary Clinton defended her server on Friday.\n\n"
                            "Domestically, the row triggered a damning reaction from President"
                            " Barack Obama, who said the nominee was unfit to serve.", 0);
  const quoth_statement *st = tu_find(d, "unfit to serve");
  ck_assert(st != NULL);
  const quoth_entity *e = quoth_statement_speaker(st);
  ck_assert(!e || strcmp(quoth_entity_name(e), "Domestically") != 0);
  quoth_doc_free(d);
}
END_TEST

static Suite *pronouns_suite(void) {
  Suite *s = suite_create("pronouns");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_object_name_fallback);
  tcase_add_test(tc, test_pair_they);
  tcase_add_test(tc, test_plural_name_not_person);
  tcase_add_test(tc, test_plural_name_they);
  tcase_add_test(tc, test_org_title_name);
  tcase_add_test(tc, test_surname_gender_split);
  tcase_add_test(tc, test_place_not_person);
  tcase_add_test(tc, test_plain_full_name);
  tcase_add_test(tc, test_nested_apposition);
  tcase_add_test(tc, test_clause_subject);
  tcase_add_test(tc, test_object_pronoun_not_salient);
  tcase_add_test(tc, test_headline_name);
  tcase_add_test(tc, test_owned_name_subject);
  tcase_add_test(tc, test_object_prep);
  tcase_add_test(tc, test_as_for_topic);
  tcase_add_test(tc, test_gendered_named_later);
  tcase_add_test(tc, test_nickname);
  tcase_add_test(tc, test_there_is_topic);
  tcase_add_test(tc, test_plural_possessive);
  tcase_add_test(tc, test_reported_source);
  tcase_add_test(tc, test_previous_sentence_named);
  tcase_add_test(tc, test_past_agent);
  tcase_add_test(tc, test_not_addressee);
  tcase_add_test(tc, test_role_nominal_named);
  tcase_add_test(tc, test_lone_given_name);
  tcase_add_test(tc, test_title_word_surname);
  tcase_add_test(tc, test_subordinate_subject);
  tcase_add_test(tc, test_viewpoint_topic);
  tcase_add_test(tc, test_continued_in_text_order);
  tcase_add_test(tc, test_of_place_apposition);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(pronouns_suite)
