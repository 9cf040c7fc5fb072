/* check_attr_precision.c - precision of attribution: the span of a
 * statement built around a quote (the clause a reader counts), and text
 * that must yield no statement (cue words in another sense). */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

static const char *span_text(quoth_doc *d, size_t i) {
  return tu_slice(d, quoth_statement_span(quoth_doc_statement(d, i)));
}

/* The only statement of text: its kind, rule and span text. */
static void one_span(const char *text, quoth_kind kind, const char *rule, const char *span) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  ck_assert_int_eq(quoth_statement_kind(st), kind);
  if (rule) ck_assert_str_eq(quoth_statement_rule(st), rule);
  ck_assert_str_eq(span_text(d, 0), span);
  quoth_doc_free(d);
}

static void none(const char *text) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_msg(quoth_doc_statement_count(d) == 0, "expected no statement in: %s (first: %s)", text,
                quoth_doc_statement_count(d) ? span_text(d, 0) : "");
  quoth_doc_free(d);
}

/* ---- a quote inside a clause with no cue that fits ---- */

/* Quoted words after running words are part of the clause around them:
 * the statement runs from the start of the clause (or the "that" after a
 * cue word before it: "show that") to its end, and takes in a second
 * quote of the same clause. */
START_TEST(test_leftover_quote_takes_its_clause) {
  one_span("But that is not the same thing as " LQ "properly chargeable under the law." RQ,
           QUOTH_KIND_MIXED, "quote-unattributed",
           "But that is not the same thing as " LQ "properly chargeable under the law." RQ);
  one_span("First, they meant to show that the command was " LQ "disconnected from the rest of"
           " government," RQ " an idea that was " LQ "completely untrue." RQ,
           QUOTH_KIND_MIXED, "subject-quote",
           "the command was " LQ "disconnected from the rest of"
           " government," RQ " an idea that was " LQ "completely untrue." RQ);
}
END_TEST

/* A word before the quote that is also a cue form ("credit") does not
 * stop the clause: "calling Rubio's child care credit “...”" (the
 * participle "calling" is the fragment's cue, so the clause starts after
 * it: check_attribute_mixed test_participle_before_fragment). */
START_TEST(test_leftover_after_cue_form) {
  quoth_doc *d = tu_process("Paul then interjected, calling Rubio\xE2\x80\x99s proposed child care credit "
                            LQ "a welfare transfer payment." RQ, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_int_eq(quoth_statement_kind(quoth_doc_statement(d, 0)), QUOTH_KIND_MIXED);
  ck_assert_str_eq(span_text(d, 0), "Rubio\xE2\x80\x99s proposed child care credit " LQ
                   "a welfare transfer payment." RQ);
  quoth_doc_free(d);
}
END_TEST

/* The clause starts after a cue that had no speaker of its own
 * ("..., saying the city embodied “...”"), not at the sentence start. */
START_TEST(test_leftover_clause_starts_after_cue) {
  quoth_doc *d = tu_process("Donald Trump has delivered a defense of " LQ "New York values," RQ
                            " saying the city embodied the " LQ
                            "bravery, heart and soul of America." RQ,
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(span_text(d, 0), "the city embodied the " LQ
                   "bravery, heart and soul of America." RQ);
  quoth_doc_free(d);
}
END_TEST

/* A quote standing as a sentence of its own stays a direct quote. */
START_TEST(test_standalone_quote_stays_direct) {
  one_span("The meeting ended late. " LQ "We will be back next week." RQ, QUOTH_KIND_DIRECT,
           "quote-unattributed", LQ "We will be back next week." RQ);
}
END_TEST

/* Words that run on after a direct quote in its clause belong to the
 * statement: after "X said, “Q”" to the end of the clause, before
 * ", X said" to the comma; a quote closed by its own comma stays whole. */
START_TEST(test_quote_runs_on) {
  one_span("Tyler said, " LQ "We have three weeks to go" RQ " until the Iowa caucuses.",
           QUOTH_KIND_MIXED, "speaker-cue-quote",
           LQ "We have three weeks to go" RQ " until the Iowa caucuses");
  one_span(LQ "We are frustrated and horrified by what happened" RQ " in Orlando last night,"
           " Adel Nefzi said.", QUOTH_KIND_MIXED, "quote-speaker-cue",
           LQ "We are frustrated and horrified by what happened" RQ " in Orlando last night");
  one_span("Tyler said, " LQ "We have three weeks to go," RQ " and left.", QUOTH_KIND_DIRECT,
           "speaker-cue-quote", LQ "We have three weeks to go," RQ);
}
END_TEST

/* "LEAD, “Q,” X said": the lead before the comma opens the reported
 * clause; a quote opening its sentence stays direct. */
START_TEST(test_quote_lead_before_comma) {
  one_span("But when it comes to Carrier, " LQ "we've all worked our butts off," RQ " he said.",
           QUOTH_KIND_MIXED, "quote-speaker-cue",
           "But when it comes to Carrier, " LQ "we've all worked our butts off," RQ);
  one_span(LQ "We have all worked our butts off," RQ " he said.", QUOTH_KIND_DIRECT,
           "quote-speaker-cue", LQ "We have all worked our butts off," RQ);
}
END_TEST

/* "X said CLAUSE, “Q”": the reported clause between the cue and the quote
 * belongs to the statement; an adjunct ("said in a statement, “Q”") or a
 * colon ("said yes: “Q”") leaves the quote alone. */
START_TEST(test_clause_between_cue_and_quote) {
  one_span("Clinton also said the turmoil was not mainly the fault of banks, " LQ
           "not by a long shot." RQ, QUOTH_KIND_MIXED, "speaker-cue-quote",
           "the turmoil was not mainly the fault of banks, " LQ "not by a long shot." RQ);
  one_span("Hier has said that while he fears comparing events, " LQ
           "I have never seen anything like it." RQ, QUOTH_KIND_MIXED, "speaker-cue-quote",
           "while he fears comparing events, " LQ "I have never seen anything like it." RQ);
  one_span("Clinton said in a statement on Friday, " LQ "We will win this state." RQ,
           QUOTH_KIND_DIRECT, "speaker-cue-quote", LQ "We will win this state." RQ);
}
END_TEST

/* The content is not cut at the comma that closes an apposition to its
 * own subject ("that Terris, the Post reporter, saw ..."), only at a cue
 * clause of another speaker. */
START_TEST(test_content_apposition_not_cut) {
  one_span("A reporter pointed out that Terris, the Post reporter, saw the incident unfold.",
           QUOTH_KIND_INDIRECT, "speaker-cue-content",
           "Terris, the Post reporter, saw the incident unfold");
}
END_TEST

/* A continued quote with running words after it takes them in. */
START_TEST(test_continuation_runs_on) {
  quoth_doc *d = tu_process("\"We will win,\" said Diana Ruocco, a student. \"But I think the dream"
                            " has changed,\" because of shifts in the economy.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  const quoth_statement *st = quoth_doc_statement(d, 1);
  ck_assert_str_eq(quoth_statement_rule(st), "continuation");
  ck_assert_int_eq(quoth_statement_kind(st), QUOTH_KIND_MIXED);
  ck_assert_str_eq(span_text(d, 1),
                   "\"But I think the dream has changed,\" because of shifts in the economy");
  quoth_doc_free(d);
}
END_TEST

/* ---- text that must yield no statement ---- */

/* A short quoted term inside a sentence with no cue is no statement. */
START_TEST(test_term_in_clause_no_statement) {
  none("The senator took a swipe at " LQ "New York values" RQ " on Monday.");
}
END_TEST

/* No statement may hold the given text as its content. */
static void no_content(const char *text, const char *bad) {
  quoth_doc *d = tu_process(text, 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++)
    ck_assert_msg(strstr(span_text(d, i), bad) == NULL, "statement %zu holds \"%s\"", i, bad);
  quoth_doc_free(d);
}

/* "LEAD, X has pledged to bolster ...": a cue followed by an infinitive
 * has its content after it, so the lead before the comma is none. */
START_TEST(test_infinitive_after_cue_no_lead_content) {
  no_content("As Europe faces pressure from Russia, Germany has pledged to bolster its military.",
             "As Europe faces pressure");
  no_content("With his bombastic swagger and changing positions, Mr. Trump has proved to be an"
             " irresistible subject for writers.", "With his bombastic swagger");
  /* an adjunct after the cue still ends the clause */
  one_span("The talks failed on the second day, the minister said to reporters.",
           QUOTH_KIND_INDIRECT, "content-speaker-cue", "The talks failed on the second day");
}
END_TEST

/* Only a verb of saying inverts ("..., said the spokesman"): after
 * "criticized" or "describing" the noun phrase is an object, no speaker. */
START_TEST(test_object_after_cue_is_no_speaker) {
  none("The agency met with the director of the film, criticized the plan.");
  no_content("He pointed to his record in Ohio, describing the state as a model.",
             "He pointed to his record in Ohio");
  one_span("The talks failed, said the spokesman.", QUOTH_KIND_INDIRECT, "content-cue-speaker",
           "The talks failed");
}
END_TEST

/* A negated auxiliary or "even" is no noun phrase: "a mayor who didn't
 * endorse X" has no speaker "didn't"; "Sanders hasn't said whether ..."
 * is Sanders's. */
START_TEST(test_negated_auxiliary_no_speaker) {
  none("The woes were inflicted to punish a mayor who didn\xE2\x80\x99t endorse Christie\xE2\x80\x99s"
       " re-election.");
  none("Many leaders have been hesitant to even endorse his candidacy.");
  quoth_doc *d = tu_process("Bernie Sanders hasn't said whether he has a strategy.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(quoth_entity_name(quoth_statement_speaker(quoth_doc_statement(d, 0))),
                   "Bernie Sanders");
  quoth_doc_free(d);
}
END_TEST

/* Words after a cue that are only an adjunct (a time, "as well") are no
 * reported content; a short clause with a subject is. */
START_TEST(test_adjunct_after_cue_no_content) {
  none("The panel was meeting in secret, as Breitbart reported a few days later.");
  none("Vice President Joe Biden weighed in as well.");
  none("Donors made their feelings known after he spoke up in 2014.");
  one_span("Labor Department officials said it would not.", QUOTH_KIND_INDIRECT,
           "speaker-cue-content", "it would not");
}
END_TEST

/* "..., said NAME, director of ...": an inverted cue whose name ends the
 * clause gives the speaker even when a comma before the cue looks like
 * the end of an apposition ("New York, a state she hoped to carry,"). */
START_TEST(test_inverted_cue_after_apposition) {
  quoth_doc *d = tu_process("Even as the race moves to New York, a state that she won in 2008,"
                            " the race will be tight, said Dan Gerstein, director of a firm.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  ck_assert_str_eq(quoth_statement_rule(st), "content-cue-speaker");
  ck_assert_str_eq(quoth_entity_name(quoth_statement_speaker(st)), "Dan Gerstein");
  quoth_doc_free(d);
  /* but the apposition keeps its subject when the cue takes "that" */
  d = tu_process("Mark Penn, the pollster who worked for both Clintons, argued that Dems\xE2\x80\x99"
                 " support for gun control hurt the party.",
                 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(quoth_entity_name(quoth_statement_speaker(quoth_doc_statement(d, 0))),
                   "Mark Penn");
  quoth_doc_free(d);
}
END_TEST

/* "told Randolph and others that ...": the addressee runs on to "that". */
START_TEST(test_addressee_runs_to_that) {
  one_span("Grayson told Randolph and others that she should step aside.", QUOTH_KIND_INDIRECT,
           "speaker-cue-content", "she should step aside");
}
END_TEST

/* After the object of an object cue, "that" opens a relative clause, not
 * the content: the content is the object and what follows it. */
START_TEST(test_object_cue_relative_that) {
  one_span("Khalif criticized Clinton for supporting the crime bill that was signed into law.",
           QUOTH_KIND_INDIRECT, "speaker-cue-content",
           "Clinton for supporting the crime bill that was signed into law");
}
END_TEST

/* What is left after a cue up to the next cue clause is only an adjunct
 * ("weighed in as well, telling Mic ..."): no statement of its own; a
 * participle before "by" is passive, so the noun before it is no
 * speaker. */
START_TEST(test_adjunct_before_cue_clause_and_passive) {
  one_span("Vice President Joe Biden weighed in as well, telling Mic in an interview that they"
           " were wrong.", QUOTH_KIND_INDIRECT, "speaker-cue-content", "they were wrong");
  none("The country described by the president on Tuesday night is the most powerful nation.");
}
END_TEST

/* A tally or a roster after "Name:" is not something said; a headline
 * statement is. */
START_TEST(test_name_colon_tally_or_roster) {
  none("Delegates so far.\n\nBernie Sanders: 1,501.\n");
  none("The members of the caucus:\n\nNew Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick"
       " Arnold, Rich Ashooh, Dean Barker.\n");
  one_span("Marco Rubio: I am not interested in being vice president.", QUOTH_KIND_INDIRECT,
           "name-colon-content", "I am not interested in being vice president");
}
END_TEST

/* "state" before a noun is the noun of government, no cue; the verb
 * takes a determiner or a subject, and "stating" is always the verb. */
START_TEST(test_state_as_noun) {
  none("The superdelegates include members of Congress, governors, state party chairs and other"
       " Democratic elites.");
  none("Cruz endorser and state Sen. Richard H. Black won a seat.");
  none("Trump won primaries in the Rust Belt states Indiana, Michigan and Ohio.");
  one_span("They state their goal is to expand the caliphate.", QUOTH_KIND_INDIRECT,
           "speaker-cue-content", "their goal is to expand the caliphate");
  one_span("Obama spoke last Thursday, stating state and local authorities are in charge.",
           QUOTH_KIND_INDIRECT, "speaker-cue-content",
           "state and local authorities are in charge");
}
END_TEST

/* A cue phrase opened by a noun form after a determiner or a number is a
 * noun phrase ("the three states that voted"); "maintain" with a plain
 * object is no report ("Clinton maintains a wide lead"). */
START_TEST(test_noun_phrase_cue_and_maintain) {
  none("Sanders campaigned hard in Arizona, the most populous of the three states that voted"
       " Tuesday.");
  none("Clinton maintains a wide lead over Sanders among black voters.");
  one_span("The campaign has long maintained that the emails were not marked classified.",
           QUOTH_KIND_INDIRECT, "speaker-cue-content",
           "the emails were not marked classified");
}
END_TEST

/* A participle after a preposition or determiner is an adjective; "think
 * tank" is a noun; "reported late Thursday" has no content after the cue. */
START_TEST(test_participle_adjective_and_compound) {
  none("Clinton was also the target of $768,000 in reported direct mail attacks by conservative"
       " groups.");
  none("Matt Bennett, a founder of the center-left think tank Third Way, arrived late.");
  none("In all, those promises add up to more than $8.5 million.");
  none("The latest hiccup adds to the drama that has surrounded the campaign.");
  /* the adjunct after the cue ends its clause, so the content is before it */
  one_span("Clinton was advised by Colin Powell, the New York Times reported late Thursday.",
           QUOTH_KIND_INDIRECT, "content-speaker-cue", "Clinton was advised by Colin Powell");
}
END_TEST

/* A paragraph of a few words in single marks is a subheading; a longer
 * one, or one in double marks, is still a quote. */
START_TEST(test_subheading_no_statement) {
  quoth_doc *d = tu_process("\"We will be back,\" said Maria Lopez, a worker.\n\n'A healthy"
                            " environment.'\n\nThe plant closed in May.\n",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
  d = tu_process("\"We will be back,\" said Maria Lopez, a worker.\n\n\"We will fight on.\"\n", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  quoth_doc_free(d);
}
END_TEST

/* A short capitalized quote owned by a name is a programme title, not
 * what the speaker after it said; a lower-case one is a fragment. */
START_TEST(test_owned_title_not_direct_quote) {
  quoth_doc *d = tu_process("On ABC News's " LQ "This Week," RQ " Rubio said that Democrats are"
                            " wrong.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(span_text(d, 0), "Democrats are wrong");
  quoth_doc_free(d);
}
END_TEST

/* "speaking to reporters", "appealed to voters": the object of these
 * phrases is the audience or the setting, not what was said. */
START_TEST(test_audience_phrase_no_content) {
  none("Clinton, who was speaking to the US Conference of Mayors, arrived late.");
  none("Mr. Trump spent the week speaking in small towns across Ohio.");
  none("The Clinton team will appeal to her base with the same arguments.");
  quoth_doc *d = tu_process("Clinton, speaking to reporters, said the plan would fail.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(span_text(d, 0), "the plan would fail");
  quoth_doc_free(d);
}
END_TEST

/* "the man he is seeking to succeed": an aim inside an object relative
 * clause states no aim of the speaker's; a plain one does. */
START_TEST(test_desire_in_relative_no_statement) {
  none("He met the man he is seeking to succeed.");
  none("It is a race she hoped to win by a large margin.");
  none("It was exactly what they want to hear.");
  quoth_doc *d = tu_process("Ms. Warren wants to run for governor next year.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
  d = tu_process("In Iowa, she wants to run a different campaign.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

/* An adjective right before a cue form makes it a noun ("racially
 * tinged attacks", "renewed fears"); a noun then a participle is still a
 * subject ("those surveyed say"). */
START_TEST(test_adjective_before_cue_no_speaker) {
  none("Donald Trump's highly personal, racially tinged attacks alarm legal experts.");
  none("Prior to the apology, Carson had made a bizarre, thinly-veiled attack.");
  none("It was a critique he made again and again during the debate, inviting vicious ridicule.");
  quoth_doc *d = tu_process("A majority of those surveyed say the economy is the top issue.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(span_text(d, 0), "the economy is the top issue");
  quoth_doc_free(d);
}
END_TEST

/* "a few weeks after Obama announced that ...": the speaker is the subject
 * after the subordinator, not a noun phrase running over it; a phrase
 * with a plain preposition still does ("officials in Ohio"). */
START_TEST(test_subordinator_ends_speaker) {
  quoth_doc *d = tu_process("It came a few weeks after Obama announced that the war would end.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(quoth_doc_statement(d, 0))), "Obama");
  quoth_doc_free(d);
  d = tu_process("Clinton won the Iowa caucuses before Sanders said that he would fight on.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(quoth_doc_statement(d, 0))), "Sanders");
  quoth_doc_free(d);
}
END_TEST

/* ---- prec3: other senses of cue words, titles credited "by" ---- */

/* "add" with a noun phrase and no "that" is a sum; with a clause it is
 * speech. */
START_TEST(test_add_as_sum) {
  none("In the past five years, we have added 1 million private sector jobs.");
  none("The admiral has added another facet to his job.");
  none("Schilling had shared it and added his own comment.");
  tu_one("He added that the plan would fail.", "the plan would fail", "He");
  tu_one("Smith added the plan would fail.", "the plan would fail", "Smith");
}
END_TEST

/* "decline" as a fall (an amount, a preposition, an adverb) is no
 * refusal; "declined to comment" and "declined comment" are. */
START_TEST(test_decline_as_fall) {
  none("Trade between the two nations declined 40 percent in the first six months.");
  none("Support for the plan declined significantly from 1989 to 2013.");
  none("It declined in almost every state, dropping roughly 50 percent in Texas.");
  tu_one("The senator declined to give a specific price tag.", "to give a specific price tag",
         "The senator");
  tu_one("The senator declined at first to criticize the group.",
         "at first to criticize the group", "The senator");
}
END_TEST

/* "health care", "email address": a cue form inside a compound noun. */
START_TEST(test_cue_in_compound_noun) {
  none("Voters want politicians to deliver on trade, immigration, health care, and national"
       " security.");
  none("Just click here, enter your email address, and click the button.");
  ck_assert_uint_eq(tu_count("The senator emailed that the fight goes on."), 1);
}
END_TEST

/* "mean" is a cue only with a person as its subject. */
START_TEST(test_mean_needs_a_person) {
  none("Intense political opposition to the tax means that it is unlikely to survive.");
  none("The nominee was blocked, meaning that the court will remain short-handed.");
  tu_one("By plausible, I mean that someone who is not related to them could listen.",
         "someone who is not related to them could listen", "I");
}
END_TEST

/* '"Title," by NAME' credits a piece of writing: no statement; a quote
 * followed by its speaker's cue still is one. */
START_TEST(test_byline_title_no_statement) {
  none("FAREWELL\xE2\x80\x94" LQ "The Living Room to close at the end of December," RQ
       " by Times' Ben Sisario.");
  none("One of his recent reads, " LQ "This Kind of War," RQ " by T.R. Fehrenbach, is about"
       " Korea.");
  ck_assert_uint_eq(tu_count(LQ "The Living Room will close at the end of December," RQ
                             " Ben Sisario said."), 1);
}
END_TEST

/* Words before the subject that are only adverbials (each comma piece
 * opens with a preposition, a subordinator or a time word) are no
 * content; a clause after such a lead still is. */
START_TEST(test_adverbial_lead_no_content) {
  none("In a subsequent interview with The New York Times, she joked about moving to New"
       " Zealand.");
  none("On Tuesday, even as shares of Valeant were tumbling, Mr. Ackman wrote to investors.");
  tu_one("In the long run, the deal will fail, Smith said.", "In the long run, the deal will fail",
         "Smith");
  tu_one("While most of those were upgraded, according to a State Department official, two in"
         " the latest batch were classified.",
         "two in the latest batch were classified", "a State Department official");
}
END_TEST

/* "that" with an auxiliary right after a noun opens a relative clause:
 * no statement; after the cue it may be a demonstrative subject. */
START_TEST(test_relative_that_no_content) {
  none("Bush also won narrower victories in coastal states that have moved firmly into the"
       " Democratic column.");
  none("The senator has spoken about Palestinian dignity in a manner that is unusual for a"
       " candidate.");
  tu_one("He said that is a distortion of the record.", "is a distortion of the record", "He");
  tu_one("The report states that the plan will fail.", "the plan will fail", "The report");
}
END_TEST

/* A short capitalized quote after "on" names a programme or publication
 * ('said on "Meet the Press."'): no statement of its own. */
START_TEST(test_programme_after_on_no_statement) {
  tu_one("Officials met on Monday. " LQ "I expect to be vetted," RQ " he said on " LQ
         "Meet the Press." RQ,
         LQ "I expect to be vetted," RQ, "he");
  tu_one("Officials met on Monday. He said, " LQ "Meet me there." RQ, LQ "Meet me there." RQ,
         "He");
}
END_TEST

/* A quoted label of a word or two ending in a colon ('"Related:"') is no
 * speech; a quoted sentence standing alone still is. */
START_TEST(test_quoted_label_no_statement) {
  none("Spending dwarfs that of the rest of the world.\n\n\"Related:\"\n\nThe debate goes on.");
  ck_assert_uint_eq(tu_count("Spending dwarfs that of the rest.\n\n\"We will win this.\"\n"), 1);
}
END_TEST

/* A Title Case quote that opens its sentence and runs on with no comma
 * is a name ('"Orange Is The New Black" star X'), whatever its length; a
 * Title Case quote closing on its comma before the cue is still speech. */
START_TEST(test_title_case_name_opens_sentence) {
  tu_one("The rally was loud. " LQ "Orange Is The New Black Star" RQ " Dascha Polanco opened up"
         " about her insecurities.",
         "her insecurities", "Dascha Polanco");
  tu_one("The rally was loud. " LQ "We Will Never Give Up Our Fight," RQ " he said.",
         LQ "We Will Never Give Up Our Fight," RQ, "he");
}
END_TEST

/* A capitalized label before a colon ("BOOM:", "UPDATE:") is no speaker;
 * a transcript speaker the text names ("FALLIN:" after "Mary Fallin") is. */
START_TEST(test_capital_label_colon_no_speaker) {
  none("BOOM: Trump Just Fired A Missile Directly At Hillary She Will Not Want To See.");
  tu_one("Gov. Mary Fallin spoke to CNN on Sunday.\n\nFALLIN: I think he is trying to campaign as"
         " a healer.\n",
         "I think he is trying to campaign as a healer", "FALLIN");
}
END_TEST

/* A quote in the apposition of a speaker who already has a statement
 * ('..., said James Andrew Miller, a co-author of "Those Guys Have All the
 * Fun."') makes no statement of its own. */
START_TEST(test_quote_in_speaker_apposition_no_statement) {
  tu_one(LQ "It is not an unfair criticism," RQ " said James Andrew Miller, a co-author of " LQ
         "Those Guys Have All the Fun." RQ,
         LQ "It is not an unfair criticism," RQ, "James Andrew Miller");
}
END_TEST

static Suite *precision_suite(void) {
  Suite *s = suite_create("attr_precision");
  TCase *tc = tcase_create("spans");
  tcase_add_test(tc, test_leftover_quote_takes_its_clause);
  tcase_add_test(tc, test_leftover_clause_starts_after_cue);
  tcase_add_test(tc, test_leftover_after_cue_form);
  tcase_add_test(tc, test_standalone_quote_stays_direct);
  tcase_add_test(tc, test_quote_runs_on);
  tcase_add_test(tc, test_inverted_cue_after_apposition);
  tcase_add_test(tc, test_addressee_runs_to_that);
  tcase_add_test(tc, test_continuation_runs_on);
  tcase_add_test(tc, test_quote_lead_before_comma);
  tcase_add_test(tc, test_clause_between_cue_and_quote);
  tcase_add_test(tc, test_content_apposition_not_cut);
  suite_add_tcase(s, tc);
  tc = tcase_create("negative");
  tcase_add_test(tc, test_term_in_clause_no_statement);
  tcase_add_test(tc, test_infinitive_after_cue_no_lead_content);
  tcase_add_test(tc, test_object_after_cue_is_no_speaker);
  tcase_add_test(tc, test_negated_auxiliary_no_speaker);
  tcase_add_test(tc, test_adjunct_after_cue_no_content);
  tcase_add_test(tc, test_object_cue_relative_that);
  tcase_add_test(tc, test_adjunct_before_cue_clause_and_passive);
  tcase_add_test(tc, test_name_colon_tally_or_roster);
  tcase_add_test(tc, test_state_as_noun);
  tcase_add_test(tc, test_noun_phrase_cue_and_maintain);
  tcase_add_test(tc, test_participle_adjective_and_compound);
  tcase_add_test(tc, test_subheading_no_statement);
  tcase_add_test(tc, test_owned_title_not_direct_quote);
  tcase_add_test(tc, test_audience_phrase_no_content);
  tcase_add_test(tc, test_desire_in_relative_no_statement);
  tcase_add_test(tc, test_adjective_before_cue_no_speaker);
  tcase_add_test(tc, test_subordinator_ends_speaker);
  tcase_add_test(tc, test_add_as_sum);
  tcase_add_test(tc, test_decline_as_fall);
  tcase_add_test(tc, test_cue_in_compound_noun);
  tcase_add_test(tc, test_mean_needs_a_person);
  tcase_add_test(tc, test_byline_title_no_statement);
  tcase_add_test(tc, test_adverbial_lead_no_content);
  tcase_add_test(tc, test_relative_that_no_content);
  tcase_add_test(tc, test_programme_after_on_no_statement);
  tcase_add_test(tc, test_quoted_label_no_statement);
  tcase_add_test(tc, test_title_case_name_opens_sentence);
  tcase_add_test(tc, test_capital_label_colon_no_speaker);
  tcase_add_test(tc, test_quote_in_speaker_apposition_no_statement);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(precision_suite)
