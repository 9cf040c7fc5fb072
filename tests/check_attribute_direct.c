/* check_attribute_direct.c - who said a direct or mixed quote when the
 * speaker is named: one test per pattern, each with a negative case. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* The speaker's name of the statement holding needle ("" for none). */
static const char *rule_of(quoth_doc *d, const char *needle) {
  const quoth_statement *st = tu_find(d, needle);
  ck_assert_msg(st != NULL, "no statement holds \"%s\"", needle);
  return quoth_statement_rule(st);
}

/* Expect the quote holding needle in text to be said by speaker. */
#define said_by(text, needle, speaker) tu_said_by(text, needle, speaker, NULL)

/* "Q&A", "AT&T": one word, so "A" after the ampersand is no article
 * opening a noun phrase ("A moderator") and "Q" no name. */
START_TEST(test_ampersand_abbreviation) {
  quoth_doc *d = tu_process(LQ "We will win," RQ " the Q&A moderator said.", 0);
  const quoth_statement *st = tu_find(d, "We will win");
  ck_assert_ptr_nonnull(st);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), "the Q&A moderator");
  quoth_doc_free(d);
  said_by(LQ "We will go," RQ " AT&T said.", "We will go", "AT&T");
  /* an ampersand with spaces between capitalized words names one firm
   * ("Marks & Spencer", "Ernst & Young"; two people are "Smith and
   * Jones"): the name is whole and an organization's */
  d = tu_process(LQ "We will go," RQ " Smith & Jones said.", 0);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(tu_find(d, "We will go"))),
                   "Smith & Jones");
  ck_assert_int_eq(quoth_entity_type_of(quoth_statement_speaker(tu_find(d, "We will go"))),
                   QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
  /* "Q&A:" opening a headline is a label (stopnames), no organization in
   * capitals speaking; negative: an acronym still speaks */
  d = tu_process("Q&A: Malcolm Glazer and Man Utd\n\nThe battle for control of Manchester "
                 "United has taken another turn after the club confirmed it had received a "
                 "fresh approach from Malcolm Glazer.\n", 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_entity *e = quoth_statement_speaker(quoth_doc_statement(d, i));
    ck_assert(!e || strcmp(quoth_entity_name(e), "Q&A") != 0);
  }
  quoth_doc_free(d);
  said_by(LQ "We will go," RQ " NATO said.", "We will go", "NATO");
}
END_TEST

/* A quote near cues that fit no pattern: the last cue before the quote
 * wins over one after it; a coordinated or participle cue ("and called",
 * ", saying") has the subject of its sentence as speaker, not the name
 * right before its comma. */
START_TEST(test_nearby_cue_choice) {
  quoth_doc *d = tu_process("Carson took the stage in Baltimore and called the system " LQ
                            "rotten to the core." RQ, 0);
  ck_assert_str_eq(tu_speaker_name(d, "rotten"), "Carson");
  ck_assert_str_eq(rule_of(d, "rotten"), "quote-nearby-cue");
  quoth_doc_free(d);
  said_by("The senator backed the plan, calling it " LQ "a good start," RQ " Cruz wrote later.",
          "good start", "the senator");
  said_by("Sen. Bernie Sanders visited NBC to discuss his remarks about his rival, Hillary "
          "Clinton, saying " LQ "on her worst day" RQ " she would be better.",
          "worst day", "Bernie Sanders");
  /* negative: with no cue before the quote, the one after it still counts;
   * a name set off by commas before "said" is still the speaker */
  said_by("Holding signs about Christie, the protesters chanted " LQ "Bad for New Jersey." RQ,
          "Bad for", "the protesters");
  said_by(LQ "We stay," RQ " one of the authors, Ari Fleischer, said.", "We stay",
          "Ari Fleischer");
}
END_TEST

/* A quote opening the next sentence continues the quoted speaker of the
 * sentence before, not a clause reported in passing after the quote. */
START_TEST(test_continuation_skips_passing_clause) {
  const char *t = LQ "Your reputation is amazing," RQ " Trump assured Jones, after Jones assured "
                  "Trump that most of his listeners supported him. " LQ "I will not let you down." RQ;
  said_by(t, "let you down", "Trump");
  /* negative: with no quote in the sentence before, the reported speaker
   * goes on */
  said_by("Jones assured Trump that most of his listeners supported him. " LQ
          "I will not let you down." RQ, "let you down", "Jones");
}
END_TEST

/* A name and a quote before an inverted cue are content enough: the quote
 * counts as the words it holds. */
START_TEST(test_quote_counts_as_content) {
  const char *t = "Biden " LQ "has a lot of really good roles to play," RQ " said Doyle, whose home "
                  "state of Wisconsin is a target for Trump.";
  said_by(t, "good roles", "Doyle");
  quoth_doc *d = tu_process(t, 0);
  ck_assert_str_eq(rule_of(d, "good roles"), "content-cue-speaker");
  quoth_doc_free(d);
  /* negative: a one-word quote is no clause */
  d = tu_process("Biden " LQ "wins," RQ " said Doyle.", 0);
  ck_assert_ptr_null(tu_find(d, "wins"));
  quoth_doc_free(d);
}
END_TEST

/* A cue word inside a title before a name ("state Sen.") is part of the
 * name, not the cue of the quote. */
START_TEST(test_cue_word_in_title) {
  quoth_doc *d = tu_process(LQ "We are tying their hands," RQ " state Sen. Jason Holsman (D) said "
                            "during the filibuster.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "tying"), "Jason Holsman");
  ck_assert_str_eq(rule_of(d, "tying"), "quote-speaker-cue");
  quoth_doc_free(d);
  /* negative: the same word as the verb of its clause is a cue */
  said_by("Jason Holsman will state " LQ "We are tying their hands." RQ, "tying",
          "Jason Holsman");
  /* negative: a Title Case headline keeps its verb */
  d = tu_process("Trump Calls On Obama To Resign Over Attack", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

/* A sentence after a quote that opens with SPEAKER CUE attributes the
 * quote ("“We won.” Smith said on Friday."), unless the cue reports a
 * clause of its own ("Kasich said he would have fired him"). */
START_TEST(test_attribution_tail) {
  said_by(LQ "We won." RQ " Smith said on Friday.", "We won", "Smith");
  said_by(LQ "Did you know it was Mussolini?" RQ " Todd asked the real estate mogul.", "Mussolini",
          "Todd");
  quoth_doc *d;
  const char *t = LQ "It is a very sad development," RQ " Cruz told reporters in Milwaukee. " LQ
                  "That has no place in a political campaign." RQ " Ohio Gov. John Kasich said he "
                  "would have fired the manager.";
  said_by(t, "no place", "Cruz");
  said_by(t, "would have fired", "John Kasich");
  said_by(LQ "That has no place here." RQ " Kasich said that he would have fired him.", "fired",
          "Kasich");
  /* a name with an apposition after a question */
  said_by(LQ "How are you today?" RQ " Miller, a retired worker from a nuclear plant, said into "
          "the phone.", "How are you", "Miller");
  /* negative: a parenthetical cue in a sentence of its own stays there */
  /* negative: a cue that introduces a quote of its own ("Trump replied:
   * “...”", "Noah quipped, “...”" after a full stop) is no tail */
  t = LQ "I know what you meant," RQ " Hewitt said. " LQ "You meant that he lost the peace." RQ
      "\nTrump replied: " LQ "No, I meant he is the founder." RQ "\nA flabbergasted Noah quipped, " LQ
      "It is like a lawyer with the dumbest client ever." RQ;
  said_by(t, "lost the peace", "Hewitt");
  said_by(t, "I meant he is", "Trump");
  said_by(t, "dumbest client", "Noah");
  said_by(LQ "Why now?" RQ " Jones asked, " LQ "Why not last year?" RQ, "Why now", "Jones");
  d = tu_process("Smith spoke. " LQ "We fight on." RQ " It was, he said, the worst day of his "
                 "presidency.", 0);
  ck_assert_str_eq(rule_of(d, "worst day"), "parenthetical");
  ck_assert_str_eq(tu_speaker_name(d, "worst day"), "Smith");
  quoth_doc_free(d);
}
END_TEST

/* Quote paragraphs continue the last speaker across a line of narration
 * ("Viguerie is upbeat ... ¶ “Q”") and a run of quote paragraphs. */
START_TEST(test_continuation_across_paragraphs) {
  const char *t = LQ "Reagan was a uniter," RQ " Viguerie notes.\n\nViguerie is upbeat about the "
                  "chances of his candidate.\n\n" LQ "Not only can he win, he has the best "
                  "chance." RQ "\n\n" LQ "He may be the only one." RQ;
  said_by(t, "best chance", "Viguerie");
  said_by(t, "only one", "Viguerie");
  /* negative: a quote with an attribution of its own right after it is
   * not a continuation, even where no pattern takes it whole */
  said_by(LQ "Reagan was a uniter," RQ " Viguerie notes.\n\n" LQ "I have this memory of it, and it "
          "appeared on 'Fox and Friends,'" RQ " said Tommy Vietor, a former spokesman.",
          "this memory", "Tommy Vietor");
  /* negative: five paragraphs on, the speaker is forgotten */
  said_by(LQ "Reagan was a uniter," RQ " Viguerie notes.\n\nOne.\n\nTwo.\n\nThree.\n\nFour."
          "\n\n" LQ "Not only can he win, he has the best chance." RQ, "best chance", "");
}
END_TEST

/* ''... 'Fox and Friends,''' said X: the single mark closing inside the
 * double one does not hide the cue. */
START_TEST(test_stray_mark_after_quote) {
  said_by("''I have this memory of it, and it appeared on 'Fox and Friends,''' said Tommy Vietor, "
          "a former spokesman.", "this memory", "Tommy Vietor");
  said_by("''I have this memory of it,'' said Tommy Vietor.", "this memory", "Tommy Vietor");
}
END_TEST

/* The speaker before a cue: past adverbs ("has even claimed"), past an
 * adjunct set off by commas ("Clinton, during a meeting in Columbus,
 * Ohio, said"), not the place after a place ("of Flint, Mich., said"). */
START_TEST(test_speaker_before_adjunct) {
  said_by("Trump has even claimed he will enact an initiative to " LQ "create the biggest boom." RQ,
          "biggest boom", "Trump");
  said_by("Clinton, during a town hall meeting in Columbus, Ohio, said she was " LQ
          "going to put a lot of coal miners out of business." RQ, "coal miners", "Clinton");
  said_by("Cory James, 22, of Flint, Mich., said he had not given up hope.", "given up hope",
          "Cory James");
  said_by("The story also noted that only one of the members publicly supports Trump.",
          "only one", "the story");
  /* negative: a name in apposition after a subject, and a relative clause
   * opened by a preposition, still give the name */
  said_by("The director of the European Centre, Ina Kirsch, told the AP her group never worked "
          "with him.", "never worked", "Ina Kirsch");
  said_by("He protected the delegates in 1976, in what Bay Buchanan, a treasurer for the "
          "campaign, called " LQ "hand-to-hand combat." RQ, "combat", "Bay Buchanan");
}
END_TEST

/* Speaker phrases: a nominal modifying the head ("the committee
 * chairmen"), a name after an owner ("his campaign manager Jeff
 * Weaver"). */
START_TEST(test_speaker_phrase_compounds) {
  said_by(LQ "The evidence contradicts her testimony," RQ " the committee chairmen wrote.",
          "evidence", "the committee chairmen");
  said_by(LQ "We are going to start chipping away at the lead," RQ " added his campaign manager "
          "Jeff Weaver, speaking to CNN.", "chipping", "Jeff Weaver");
  said_by(LQ "The biggest concern for me is the court," RQ " said Idaho nutritional-supplement "
          "executive Frank VanderSloot, who had backed Rubio.", "biggest concern",
          "Frank VanderSloot");
  /* negative: an owner with no name after it stays the speaker */
  quoth_doc *d = tu_process("Smith spoke.\n\n" LQ "We won," RQ " said his spokesman.", 0);
  ck_assert_str_eq(rule_of(d, "We won"), "quote-cue-speaker");
  quoth_doc_free(d);
}
END_TEST

/* ", X said, adding, “Q”": the participle belongs to the cue right before
 * it, not to the subject of the sentence; a hyphen inside a word
 * ("D.C.-based") sets off no apposition. */
START_TEST(test_participle_after_cue) {
  said_by("Ryan and Trump will meet next week, Spicer said, adding, " LQ
          "They need to sit down and have a good talk." RQ, "good talk", "Spicer");
  said_by("James Zogby, the president of the D.C.-based Arab American Institute, said: " LQ
          "I just do not think it is possible." RQ, "not think", "James Zogby");
  /* negative: with no cue clause before it, the subject of the sentence */
  said_by("Ryan met Trump next week, adding, " LQ "They need to sit down and talk." RQ,
          "sit down", "Ryan");
}
END_TEST

/* A prepositional phrase between subject and cue: "of"/"for" belong to
 * the speaker phrase ("A spokeswoman for the committee"); a time or a
 * participle phrase does not ("Trump at the time said", "A source
 * speaking to Fox News said"). */
START_TEST(test_phrase_before_cue) {
  said_by("A spokeswoman for the House Armed Services Committee said the text says nothing.",
          "text says", "A spokeswoman for the House Armed Services Committee");
  said_by("Trump at the time said he would pay the fees.", "pay the fees", "Trump");
  said_by("A source speaking to Fox News said, " LQ "The agents are investigating." RQ, "agents",
          "A source");
  said_by("Sen. Bernie Sanders of Vermont said the system was corrupt.", "system was corrupt",
          "Bernie Sanders");
  /* negative: with no phrase before the preposition, the name itself */
  said_by("In Vermont, Sanders said the system was corrupt.", "system was corrupt", "Sanders");
}
END_TEST

/* A phrase right after a verb group is its complement, not a speaker:
 * "it gets better:", "a reporter can be heard asking". */
START_TEST(test_complement_no_speaker) {
  quoth_doc *d = tu_process("Wait, it gets better: " LQ "By law, the president sets the maximum "
                            "number of refugees." RQ, 0);
  ck_assert_str_ne(rule_of(d, "By law"), "speaker-colon-quote");
  quoth_doc_free(d);
  /* negative: a noun phrase before a cue still speaks */
  said_by("Wait, the report is clear: the critics say " LQ "it is a disaster." RQ, "disaster",
          "the critics");
}
END_TEST

/* A sentence with no statement between the last statement and a quote,
 * whose subject is a named person, introduces the next speaker. */
START_TEST(test_narrated_subject) {
  said_by(LQ "No changes now," RQ " John Ryder wrote.\n\nIf anything, Bruce Ash argued in his "
          "email, the incident is an illustration of the problem.\n\n" LQ "In light of this "
          "breach, the rules must change." RQ, "In light of", "Bruce Ash");
  /* negative: a lone capitalized word opening the sentence is no person */
  said_by(LQ "How are you today?" RQ " Eva Miller said into the phone.\n\nPause.\n\n" LQ
          "Well, thank you so much." RQ, "thank you so much", "Eva Miller");
}
END_TEST

/* A quantifier before a cue is its subject ("many said", "the two
 * write"), unlike an article ("the said property"). */
START_TEST(test_quantifier_subject) {
  said_by("Many said the plan would fail.", "would fail", "Many");
  said_by(LQ "It is over," RQ " the two write.", "It is over", "the two");
  /* negative: after an article the cue form is no verb */
  quoth_doc *d = tu_process("The said property was sold on Friday.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 0);
  quoth_doc_free(d);
}
END_TEST

/* "HEADLINE - Frank Newport and Jim Harter: “Q”": two names joined by
 * "and" before the colon are one source. */
START_TEST(test_colon_two_names) {
  said_by("VOTERS CARE MORE ABOUT INSPIRATION - Frank Newport and Jim Harter: " LQ "We found "
          "that the strengths most correlated with the vote were inspiring." RQ, "We found",
          "Frank Newport and Jim Harter");
  /* negative: one name keeps its own name */
  said_by("VOTERS CARE MORE ABOUT INSPIRATION - Jim Harter: " LQ "We found that the strengths "
          "most correlated with the vote were inspiring." RQ, "We found", "Jim Harter");
}
END_TEST

/* "responded in a text message:": a bare cue form after "a" and another
 * bare cue form is a noun, so the cue before them takes the quote. */
START_TEST(test_noun_after_noun_cue) {
  said_by("When asked why, Sembler responded in a text message: " LQ "Trump will be the "
          "nominee." RQ, "nominee", "Sembler");
  /* negative: a verb form after the noun is still a cue */
  said_by("A text message said " LQ "Trump will be the nominee." RQ, "nominee",
          "A text message");
}
END_TEST

/* "X emailed supporters saying: “Q”": the addressee of a verb of
 * communication before a participle is not the speaker. */
START_TEST(test_addressee_participle) {
  said_by("The Vermont senator emailed supporters saying: " LQ "The struggle continues" RQ
          " and vowing to compete.", "struggle", "Vermont senator");
  /* negative: with no addressee before it, the participle keeps the
   * subject of its own clause */
  said_by("Supporters gathered outside the hall, chanting " LQ "The struggle continues." RQ,
          "struggle", "Supporters");
}
END_TEST

/* A quote that is its whole paragraph, signed on the next line by a dash
 * and a name, is that person's, not the last speaker's. */
START_TEST(test_dash_byline) {
  const char *t = LQ "We will win this state," RQ " Reid said.\n\n" LQ
                  "Boeing and GE pay zero taxes." RQ "\n\n- Sanders.\n\nThe claim is "
                  "misleading.";
  quoth_doc *d = tu_process(t, 0);
  ck_assert_str_eq(tu_speaker_name(d, "zero taxes"), "Sanders");
  ck_assert_str_eq(rule_of(d, "zero taxes"), "quote-dash-byline");
  quoth_doc_free(d);
  said_by(LQ "She never quits." RQ "\n\n" LQ "It needs to stop." RQ
          "\n\n-Michelle Marks, Philadelphia.", "needs to stop", "Michelle Marks");
  /* negative: a dashed line that reads on as a sentence signs nothing; the
   * quote continues the speaker before it */
  said_by(LQ "We will win this state," RQ " Reid said.\n\n" LQ
          "Boeing and GE pay zero taxes." RQ "\n\n- Sanders says the companies pay nothing "
          "at all.", "zero taxes", "Reid");
}
END_TEST

/* "said one of those advisers, who ...": a quantifier and "of" before a
 * noun phrase after an inverted cue are the speaker. */
START_TEST(test_quantifier_of_speaker) {
  said_by(LQ "There won't be a path," RQ " said one of those advisers, who spoke on the "
          "condition of anonymity.", "a path", "one of those advisers");
  said_by(LQ "It was awful," RQ " said one of two witnesses who saw it.", "awful",
          "one of two witnesses");
  /* negative: a pronoun after "of" is no speaker phrase */
  said_by(LQ "It was awful," RQ " said two of them.", "awful", "");
}
END_TEST

/* After a quote that ended its sentence, a cue followed by a name, a
 * number or "to" opens a clause of its own ("He said Clinton would ...",
 * "The aide declined to specify ..."): the quote goes on with the speaker
 * before it, not the subject of that sentence. */
START_TEST(test_tail_opens_clause) {
  const char *t = LQ "We are winning," RQ " O'Malley said. " LQ "It's just not true." RQ
                  " He said Clinton would not go far enough.";
  said_by(t, "not true", "O'Malley");
  said_by(t, "not go far", "O'Malley");
  t = "A White House official said, " LQ "There are talks." RQ " The aide declined to specify "
      "the nature of those talks.";
  said_by(t, "There are talks", "A White House official");
  /* negative: a time word or an addressee after the cue is still a tail,
   * and so is any cue after a quote that ends in a comma */
  said_by(LQ "We won." RQ " Smith said Tuesday.", "We won", "Smith");
  said_by(LQ "We won." RQ " Smith told Fox News.", "We won", "Smith");
  said_by(LQ "We won," RQ " Smith said.", "We won", "Smith");
}
END_TEST

/* "... election - More from Jones: “Q”": "More from" between the dash and
 * the name still sets the name off as the quote's source. */
START_TEST(test_dash_more_from) {
  said_by("What that means for this year's presidential election in the states - More from "
          "Jones: " LQ "The partisanship of the state population is a starting point." RQ,
          "partisanship", "Jones");
  /* negative: "from" in a long lead-in with no dash names no source */
  quoth_doc *d = tu_process("Signs of momentum shifts were there all along in letters from "
                            "Blumenthal and Cohen: " LQ "Data collected by our firm helps "
                            "confirm it." RQ, 0);
  ck_assert_str_ne(tu_speaker_name(d, "Data collected"), "Blumenthal and Cohen");
  quoth_doc_free(d);
}
END_TEST

/* "“...,” read one.", "tweeted another.": a bare quantifier closing the
 * clause after an inverted cue is the speaker, not the last one quoted. */
START_TEST(test_bare_quantifier_speaker) {
  const char *t = LQ "Yet another state we would have won," RQ " a supporter wrote on Reddit.\n\n" LQ
                  "Better watch out," RQ " tweeted another.";
  said_by(t, "Better watch", "another");
  said_by("Planes filled the skies. " LQ "Trump is disgusting," RQ " read one.", "disgusting",
          "one");
  /* negative: a quantifier before a noun heads the phrase */
  said_by(LQ "We won," RQ " said one adviser.", "We won", "one adviser");
}
END_TEST

/* "said master of ceremonies Asab Al-Tabchi": "of" inside a lower-case
 * title before the name after an inverted cue. */
START_TEST(test_title_of_before_name) {
  said_by("Trump spoke first. " LQ "Thanks for welcoming these refugees," RQ " said master of "
          "ceremonies Asab Al-Tabchi, a Syrian engineer.", "refugees", "Asab Al-Tabchi");
  said_by(LQ "We will act," RQ " said director of communications Jane Doe.", "act", "Jane Doe");
  /* negative: "of" before a determiner is a phrase of its own, not a title */
  said_by(LQ "We will act," RQ " said one of the aides.", "act", "one of the aides");
}
END_TEST

static Suite *direct_suite(void) {
  Suite *s = suite_create("attribute-direct");
  TCase *tc = tcase_create("named");
  tcase_add_test(tc, test_nearby_cue_choice);
  tcase_add_test(tc, test_continuation_skips_passing_clause);
  tcase_add_test(tc, test_quote_counts_as_content);
  tcase_add_test(tc, test_cue_word_in_title);
  tcase_add_test(tc, test_attribution_tail);
  tcase_add_test(tc, test_continuation_across_paragraphs);
  tcase_add_test(tc, test_stray_mark_after_quote);
  tcase_add_test(tc, test_speaker_before_adjunct);
  tcase_add_test(tc, test_speaker_phrase_compounds);
  tcase_add_test(tc, test_participle_after_cue);
  tcase_add_test(tc, test_phrase_before_cue);
  tcase_add_test(tc, test_complement_no_speaker);
  tcase_add_test(tc, test_narrated_subject);
  tcase_add_test(tc, test_quantifier_subject);
  tcase_add_test(tc, test_colon_two_names);
  tcase_add_test(tc, test_noun_after_noun_cue);
  tcase_add_test(tc, test_addressee_participle);
  tcase_add_test(tc, test_dash_byline);
  tcase_add_test(tc, test_quantifier_of_speaker);
  tcase_add_test(tc, test_tail_opens_clause);
  tcase_add_test(tc, test_dash_more_from);
  tcase_add_test(tc, test_bare_quantifier_speaker);
  tcase_add_test(tc, test_title_of_before_name);
  tcase_add_test(tc, test_ampersand_abbreviation);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(direct_suite)
