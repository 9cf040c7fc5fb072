/* check_attribute_gname.c - speakers that are names: words that look like
 * a cue or a noun phrase but are neither (branch gname).  Each rule with a
 * case where the same words keep their usual reading. */
#include "testutil.h"

/* The speaker mention of the first statement whose text contains needle,
 * "" when it has none; fails when no statement holds needle. */
static void speaker_is(const char *text, const char *needle, const char *want) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_str_eq(tu_speaker_mention(d, needle), want);
  quoth_doc_free(d);
}

static void speaker_is_not(const char *text, const char *needle, const char *bad) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_str_ne(tu_speaker_mention(d, needle), bad);
  quoth_doc_free(d);
}

/* A capitalized cue word inside a sentence, after a lower-case word, is
 * part of a name or title ("former State policy planning director"). */
START_TEST(test_capitalized_cue_in_title) {
  speaker_is("\xE2\x80\x9CI have never been prouder,\xE2\x80\x9D former State policy planning "
             "director Anne-Marie Slaughter wrote to Clinton.",
             "prouder", "director Anne-Marie Slaughter");
  /* the verb in lower case stays a cue */
  speaker_is("\xE2\x80\x9CWe will win,\xE2\x80\x9D the senator stated.", "win", "the senator");
}
END_TEST

/* A past form or an -ing word after a quote opens a predicate, not a
 * speaker phrase. */
START_TEST(test_verb_is_no_speaker) {
  speaker_is_not("\xE2\x80\x9C" "Call the roll,\xE2\x80\x9D came shouts from the crowd.", "roll",
                 "came");
  speaker_is_not("Protesters marched on Monday, chanting \"No more wars,\" raising fresh "
                 "questions about the plan.",
                 "wars", "raising fresh");
  speaker_is("\xE2\x80\x9C" "Call the roll,\xE2\x80\x9D officials shouted.", "roll", "officials");
  /* an -ing word that is part of a noun phrase, not after a quote */
  speaker_is("Bush had to lend his campaign money last month, fundraising documents show.",
             "lend", "fundraising documents");
}
END_TEST

/* An -ing cue is no finite verb: neither "“Q,” X reporting" nor "“Q,”
 * promising X" is an attribution; "X was saying" and "according to X"
 * are. */
START_TEST(test_participle_cue_after_quote) {
  speaker_is("Trump said: \xE2\x80\x9CHe doesn\xE2\x80\x99t know me.\xE2\x80\x9D (Additional "
             "reporting by Kylie MacLellan.)",
             "know me", "Trump");
  speaker_is("Boreing said the members will meet, but said, \xE2\x80\x9CIt\xE2\x80\x99s time we "
             "change,\xE2\x80\x9D promising the Friends of Abe will return.",
             "time we change", "Boreing");
  speaker_is("\xE2\x80\x9CWe will win this state,\xE2\x80\x9D Smith was saying.", "win", "Smith");
  speaker_is("\xE2\x80\x9CWe will win this state,\xE2\x80\x9D according to Judicial Watch.", "win",
             "Judicial Watch");
  speaker_is("\xE2\x80\x9CIt\xE2\x80\x99s time,\xE2\x80\x9D said the Friends of Abe.", "time",
             "the Friends");
}
END_TEST

/* A subject before a colon or a quote stands in the main clause, after an
 * opening adjunct ("As if ...,", "Led by X,", "When ...,"); an opening
 * "as" clause with a verb of saying names the source itself. */
START_TEST(test_subject_after_opening_adjunct) {
  speaker_is("As if addressing the magnate directly, the Illinois Board of Elections was "
             "conclusive in its findings: \xE2\x80\x9C" "Further discussion on this issue is "
             "unnecessary.\xE2\x80\x9D",
             "Further discussion", "the Illinois Board of Elections");
  speaker_is("As The Post's Ruth Marcus puts it, Obama is trying to make Republicans \"an offer "
             "they can't afford to refuse.\"",
             "an offer", "Ruth Marcus");
  speaker_is_not("Led by Council Speaker Melissa Mark-Viverito, the rally denounced Trump's call "
                 "for \"a total and complete shutdown.\"",
                 "shutdown", "Led");
  /* the main clause's subject is a thing owned ("his response"): none */
  speaker_is("When Trump was questioned about the dispute, his response was brief: "
             "\xE2\x80\x9CI have nothing to add here.\xE2\x80\x9D",
             "nothing to add", "");
}
END_TEST

/* "“Q.” The cable indicated ...": a cue with a complement after a quote
 * closed by a full stop opens the next sentence; "“Q.” Smith said." is
 * still an attribution. */
START_TEST(test_cue_in_next_sentence) {
  speaker_is("In the July cable, Stevens reported, \xE2\x80\x9CSecurity conditions continue to "
             "be unpredictable.\xE2\x80\x9D The cable indicated 13 security personnel would be "
             "needed.",
             "unpredictable", "Stevens");
  speaker_is("\xE2\x80\x9CWe will win this state.\xE2\x80\x9D Smith said.", "win this", "Smith");
}
END_TEST

/* ", explained Rosenberg, “Q”": an inverted cue before the quote; a
 * participle there names no speaker. */
START_TEST(test_inverted_cue_before_quote) {
  speaker_is("Because of how Democrats crafted the primary schedule, explained Rosenberg, "
             "\xE2\x80\x9Cwith this thing being over by mid-March, it is hard to see.\xE2\x80\x9D",
             "mid-March", "Rosenberg");
  speaker_is_not("The senator spoke for an hour, citing Rosenberg, \xE2\x80\x9Cwith this thing "
                 "being over by mid-March, it is hard to see.\xE2\x80\x9D",
                 "mid-March", "Rosenberg");
}
END_TEST

/* A noun of saying after the subject's own cue ("said of Chaffetz's latest
 * request:") does not take the quote from the subject; a verb after a
 * clause break ("at which point the crowd chanted") still does. */
START_TEST(test_noun_cue_keeps_subject) {
  speaker_is("Clinton, speaking to reporters Tuesday, said of Chaffetz's latest request: \"The "
             "FBI resolved all of this.\"",
             "FBI resolved", "Clinton");
  speaker_is("Clinton initially said in the spring, when the private server email story broke, "
             "\xE2\x80\x9CI did not email any classified material.\xE2\x80\x9D",
             "classified", "Clinton");
  speaker_is("He said, \"Donald Trump will build the wall\" - at which point the crowd chanted "
             "\"Build the wall!\"",
             "Build the wall!", "the crowd");
}
END_TEST

/* "and I quote" is the writer's aside; a noun of saying that is a verb's
 * object before a speech participle is the medium, not the speaker. */
START_TEST(test_aside_and_medium) {
  speaker_is("No wonder Trump said, and I quote, \"We love the poorly educated.\" He is wrong.",
             "poorly educated", "Trump");
  /* "I quote" as the attribution itself stays the writer's */
  speaker_is("At the end of the letter I quote, \"We love the poorly educated.\"",
             "poorly educated", "I");
  speaker_is("President Obama released a statement Thursday night condemning \"what appears to "
             "be a horrific terrorist attack in Nice, France.\"",
             "horrific", "President Obama");
  /* a subject that is no person leaves the medium alone */
  speaker_is("In the evening the page carried a statement Thursday night condemning \"what "
             "appears to be a horrific terrorist attack in Nice, France.\"",
             "horrific", "a statement");
}
END_TEST

/* "According to Paul Sperry of Counter Jihad, “Q”": in a line of many
 * capitals a capitalized cue word after a preposition is a name too. */
START_TEST(test_capitalized_cue_after_preposition) {
  speaker_is("According to Paul Sperry of Counter Jihad, \xE2\x80\x9CJudicial Watch revealed "
             "the firm has been moving loads.\xE2\x80\x9D",
             "moving loads", "Paul Sperry");
}
END_TEST

/* Noun phrase boundaries of a speaker: a day word after the article
 * ("a Wednesday editorial"), a role's "for"/"of" group away from its cue
 * ("A spokeswoman for the House Armed Services Committee ..., arguing"). */
START_TEST(test_speaker_phrase_bounds) {
  speaker_is("\xE2\x80\x9CThere are invertebrates with more spine than Sen. Charles "
             "Grassley,\xE2\x80\x9D reads a Wednesday editorial in The Des Moines Register.",
             "invertebrates", "a Wednesday editorial");
  /* a day word alone after the article is no noun phrase of its own */
  speaker_is_not("\xE2\x80\x9CWe will win,\xE2\x80\x9D said a Wednesday.", "win", "a Wednesday");
  speaker_is("A spokeswoman for the House Armed Services Committee emailed reporters with the "
             "text of the law, arguing, \xE2\x80\x9C" "As you can see, the law says nothing of the "
             "kind.\xE2\x80\x9D",
             "nothing of the kind", "A spokeswoman for the House Armed Services Committee");
  /* a group that is no name or organization stays out */
  speaker_is("A spokeswoman for the campaign emailed reporters with the text of the law, arguing, "
             "\xE2\x80\x9C" "As you can see, the law says nothing of the kind.\xE2\x80\x9D",
             "nothing of the kind", "A spokeswoman");
}
END_TEST

/* "X seemed taken aback and mentioned that ...": the second predicate's
 * statement is X's, not part of the writer's judgment; "and" before a
 * word that is no cue stays inside it. */
START_TEST(test_second_predicate_after_raising) {
  speaker_is("Quintanilla seemed taken aback and mentioned that the picture had been on the site.",
             "the picture had been", "Quintanilla");
  quoth_doc *d = tu_process("Quintanilla seemed taken aback and clearly angry about the picture.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_ptr_nonnull(tu_find(d, "clearly angry"));
  quoth_doc_free(d);
}
END_TEST

/* A split quote joins the first statement unless a cue of another clause
 * comes between ("“Q1,” Cruz said as the heckler yelled: “Q2”"); ", adding,"
 * elaborates the same statement. */
START_TEST(test_split_quote_other_clause) {
  const char *t = "\"There's a young man who's having some problems,\" Cruz said as the heckler "
                  "yelled: \"You suck!\"";
  speaker_is(t, "You suck", "the heckler");
  speaker_is(t, "young man", "Cruz");
  quoth_doc *d = tu_process("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said on Monday, adding, "
                            "\xE2\x80\x9C" "and we will win big.\xE2\x80\x9D",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

/* "When someone shouted, “Cruz,” Beck joked, ...": the quote after the cue
 * of an opening subordinate clause is that clause's. */
START_TEST(test_quote_of_subordinate_clause) {
  const char *t = "When someone in the audience shouted, \xE2\x80\x9C" "Cruz,\xE2\x80\x9D Beck joked, "
                  "again using an accent, \xE2\x80\x9C" "Amen, brother! Come on up!\xE2\x80\x9D";
  speaker_is(t, "Cruz", "someone in the audience");
  speaker_is(t, "Amen", "Beck");
  /* no cue closing the opening clause: the quote is the main clause's */
  speaker_is("When asked about the polls, \xE2\x80\x9CWe will win this state,\xE2\x80\x9D Smith said.",
             "win this", "Smith");
}
END_TEST

/* Capitalized words that open a sentence or a form field and are no
 * names (lexicons/en/stopnames.txt): "Wait,", "Name:", "Additional". */
START_TEST(test_stopnames_are_no_speakers) {
  speaker_is_not("Wait, it gets better: \"By law, the president sets the maximum number.\"",
                 "By law", "Wait");
  speaker_is("Brown, in an interview, put it bluntly: \"By law, the president sets the maximum "
             "number.\"",
             "By law", "Brown");
}
END_TEST

/* "From Bush's Facebook post: “Q”": a person owning the phrase of a noun of
 * saying is its speaker; an owner that is no name leaves it alone. */
START_TEST(test_owner_of_medium) {
  speaker_is("Aides say the governor plans to back Cruz. From Bush's Facebook post: \"For the "
             "sake of our party, we must move on.\"",
             "For the sake", "Bush");
  speaker_is("Aides say the governor plans to back Cruz. From the campaign's Facebook post: "
             "\"For the sake of our party, we must move on.\"",
             "For the sake", "Facebook");
}
END_TEST

/* A dateline with a date ("WASHINGTON, Dec. 8 (UPI) —") ends before the
 * opening adjunct, whose noun phrases are no subjects of a participle. */
START_TEST(test_dateline_with_date) {
  speaker_is("WASHINGTON, Dec. 8 (UPI) \xE2\x80\x94 In response to the proposal to bar Muslims, "
             "Smith rallied supporters, saying: \xE2\x80\x9CWe have to be ready to stop "
             "him.\xE2\x80\x9D",
             "ready to stop", "Smith");
  /* a capitalized subject and a number before a dash is no dateline */
  speaker_is("NATO 28 \xE2\x80\x94 the alliance of nations \xE2\x80\x94 rallied supporters, "
             "saying: \xE2\x80\x9CWe have to be ready to stop him.\xE2\x80\x9D",
             "ready to stop", "NATO");
}
END_TEST

/* "a clip that Judge Mosman called “distasteful,” Santilli expressed ...":
 * a quote right after a cue with its subject is that cue's object; after a
 * participle with no subject of its own the quote may still be the next
 * clause's. */
START_TEST(test_quote_object_of_cue_before) {
  speaker_is("And, in a clip that U.S. District Judge Michael W. Mosman called \"distasteful,\" "
             "Santilli expressed a desire to leave.",
             "distasteful", "U.S. District Judge Michael W. Mosman");
  speaker_is("The aide left the room early, saying \"it is over,\" Smith said.", "it is over",
             "Smith");
}
END_TEST

/* "“Q,” an intelligence source, who ..., told Fox News": a common-noun
 * speaker phrase (a mention only once a cue asks for it) set off by a
 * relative clause still speaks the quote; the object of "told" after a
 * quote is its addressee, never the speaker. */
START_TEST(test_anonymous_source_before_aside) {
  speaker_is("\xE2\x80\x9CThe agents involved are under a lot of pressure,\xE2\x80\x9D an "
             "intelligence source, who was not authorized to speak on the record, told Fox News.",
             "pressure", "an intelligence source");
  speaker_is_not("\xE2\x80\x9CThe agents involved are under a lot of pressure,\xE2\x80\x9D told "
                 "Fox News.",
                 "pressure", "Fox News");
  /* a named subject before "told" stays; "said" still inverts */
  speaker_is("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith told Fox News.", "win", "Smith");
  speaker_is("\xE2\x80\x9CWe will win,\xE2\x80\x9D said the spokesman.", "win", "the spokesman");
  /* a prepositional phrase running on after the quote is no speaker */
  speaker_is("\"It looks great and I expect that to be the case\" in 2005, said Kurt Karl, head "
             "of research.",
             "looks great", "Kurt Karl");
}
END_TEST

/* A capitalized function word right after a quote and before a finite
 * cue that ends the clause is a surname ("“Q,” Will wrote", "“Q,” From
 * said"); after a quote closed by a full stop it opens a sentence ("That
 * said"). */
START_TEST(test_function_word_surname) {
  speaker_is("\xE2\x80\x9CThis might hasten the eclipse of Carly Fiorina,\xE2\x80\x9D Will wrote.",
             "eclipse", "Will");
  speaker_is("\"The circumstances are changed,\" From said.", "circumstances", "From");
  speaker_is("\"It is over,\" May said on Monday.", "over", "May");
  speaker_is_not("Smith spoke. \"You're left more to your own devices.\" That said, she is "
                 "working on a feature.",
                 "own devices", "That");
  /* "Will" before a verb that is no cue is no speaker */
  speaker_is_not("\"It is over,\" he said. \"Will we ever win,\" Smith asked.", "ever win",
                 "Will");
}
END_TEST

/* A raising verb ("appears to") between a cue and its quote is the
 * writer's judgment inside the cue's clause; the cue before it names the
 * speaker.  Without such a cue nothing changes. */
START_TEST(test_raising_verb_inside_cue_clause) {
  speaker_is("As Joel Pollak reported after the FBI appears to have abandoned the crime scene:\n\n"
             "\"The government has done almost nothing with the information.\"",
             "almost nothing", "Joel Pollak");
  speaker_is("As Joel Pollak reported after the police left the scene: \"The government has done "
             "nothing.\"",
             "done nothing", "Joel Pollak");
  speaker_is_not("As Joel Pollak reported after the FBI appears to have abandoned the crime "
                 "scene:\n\n\"The government has done almost nothing with the information.\"",
                 "almost nothing", "the FBI");
}
END_TEST

/* "X makes that clear: “Q”" is a cue phrase like "makes it clear"; the
 * complement "clear" is no speaker phrase. */
START_TEST(test_make_that_clear) {
  speaker_is("A footnote in the report makes that clear: \"These assessments do not apply to the "
             "system.\"",
             "assessments", "A footnote in the report");
  /* a lead-in naming a source keeps it */
  speaker_is("More from the report: \"These assessments do not apply.\"", "assessments",
             "the report");
}
END_TEST

/* After a quote closed by "?" or "!", a capitalized phrase and a cue with
 * a complement open the next sentence, as after a full stop; a cue with
 * a prepositional adjunct ("said of ...") still attributes the quote. */
START_TEST(test_new_sentence_after_question) {
  speaker_is("Clinton responds to Mills with, \xE2\x80\x9CWhy now? That was on my way to "
             "Libya?\xE2\x80\x9D Mills then writes back, \xE2\x80\x9CYou look cute.\xE2\x80\x9D",
             "Why now", "Clinton");
  speaker_is("Clinton responds to Mills with, \xE2\x80\x9CWhy now? That was on my way to "
             "Libya?\xE2\x80\x9D Mills then writes back, \xE2\x80\x9CYou look cute.\xE2\x80\x9D",
             "look cute", "Mills");
  speaker_is("\"Perpetual motion!\" Rep. Glenn Thompson said of the swirl of convention "
             "activities.",
             "Perpetual", "Rep. Glenn Thompson");
}
END_TEST

/* A noun phrase opening the sentence, an insertion opened by a
 * preposition between commas, then the predicate: before a colon and a
 * quote, the phrase is the subject (not a word inside the insertion, nor
 * the object pronoun after the verb). */
START_TEST(test_subject_before_insertion) {
  speaker_is("The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more "
             "carefully: \"Clinton emailed officials on their accounts.\"",
             "emailed officials", "The Clinton campaign");
  /* an opening adjunct is no subject: the subject follows it */
  speaker_is("In a statement on Friday, the Illinois Board of Elections was conclusive: \"Further "
             "discussion is unnecessary.\"",
             "Further discussion", "the Illinois Board of Elections");
}
END_TEST

/* "“Q1” and X said “Q2”": after a conjunction, a cue with a quote of its
 * own opens the next clause and is not Q1's; a split quote ("“Q1,” X
 * said, “Q2”") keeps one speaker. */
START_TEST(test_conjoined_cue_with_own_quote) {
  speaker_is_not("Asked about Clinton, 21 percent said \xE2\x80\x9Cnot too likely\xE2\x80\x9D"
                 " and 14 percent said \xE2\x80\x9Cnot at all likely.\xE2\x80\x9D",
                 "not too likely", "14 percent");
  speaker_is("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said, \xE2\x80\x9C" "and we will "
             "govern.\xE2\x80\x9D",
             "We will win", "Smith");
}
END_TEST

/* A phrase opening the sentence, then a participle clause between commas,
 * then the cue: the phrase is the subject even when it is no mention yet
 * ("Others"); not a phrase with a comma of its own ("Chappaqua, N.Y.,"). */
START_TEST(test_subject_before_participle_aside) {
  speaker_is("Others, reacting to the gap between the shooting and the video's release, shouted, "
             "\"Stop the coverup!\"",
             "coverup", "Others");
  speaker_is_not("Officials familiar with the server taken from the house in Chappaqua, N.Y., "
                 "speaking on the condition of anonymity, said \"it did appear secure.\"",
                 "appear secure", "N.Y.");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("attribute_gname");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_capitalized_cue_in_title);
  tcase_add_test(tc, test_verb_is_no_speaker);
  tcase_add_test(tc, test_participle_cue_after_quote);
  tcase_add_test(tc, test_subject_after_opening_adjunct);
  tcase_add_test(tc, test_cue_in_next_sentence);
  tcase_add_test(tc, test_inverted_cue_before_quote);
  tcase_add_test(tc, test_noun_cue_keeps_subject);
  tcase_add_test(tc, test_aside_and_medium);
  tcase_add_test(tc, test_capitalized_cue_after_preposition);
  tcase_add_test(tc, test_speaker_phrase_bounds);
  tcase_add_test(tc, test_second_predicate_after_raising);
  tcase_add_test(tc, test_split_quote_other_clause);
  tcase_add_test(tc, test_quote_of_subordinate_clause);
  tcase_add_test(tc, test_stopnames_are_no_speakers);
  tcase_add_test(tc, test_owner_of_medium);
  tcase_add_test(tc, test_dateline_with_date);
  tcase_add_test(tc, test_quote_object_of_cue_before);
  tcase_add_test(tc, test_anonymous_source_before_aside);
  tcase_add_test(tc, test_function_word_surname);
  tcase_add_test(tc, test_raising_verb_inside_cue_clause);
  tcase_add_test(tc, test_make_that_clear);
  tcase_add_test(tc, test_new_sentence_after_question);
  tcase_add_test(tc, test_subject_before_insertion);
  tcase_add_test(tc, test_conjoined_cue_with_own_quote);
  tcase_add_test(tc, test_subject_before_participle_aside);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(suite)
