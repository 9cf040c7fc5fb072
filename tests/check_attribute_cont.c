/* check_attribute_cont.c - speakers of quotes that no cue pattern took:
 * continuation, narration naming the next speaker, a verb of narration the
 * cue lexicon lacks, a subject that is no speaker.  Each test holds a
 * negative case. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* said_by: tu_said_by in testutil.h */
#define said_by tu_said_by

/* Expect no statement holding needle in text to come from rule. */
static void not_by_rule(const char *text, const char *needle, const char *rule) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = tu_find(d, needle);
  if (st) ck_assert_str_ne(quoth_statement_rule(st), rule);
  quoth_doc_free(d);
}

/* Narration between two quotes names the next speaker only when a person
 * is what the sentence is about: its subject at the start of the sentence
 * or its main clause, possibly after a possessor. */
START_TEST(test_narrated_subject_position) {
  const char *lead = LQ "It is a two-person race," RQ " said Craig Robinson, an editor.\n\n";
  char t[512];
  snprintf(t, sizeof t, "%sIowa State University's Dianne Bystrom agreed. " LQ
           "Mainstream Republicans are running out of time." RQ, lead);
  said_by(t, "running out", "Dianne Bystrom", "continuation");
  snprintf(t, sizeof t, "%sThe judge then turned to me. " LQ "Mr. Robinson?" RQ, lead);
  said_by(t, "Mr. Robinson?", "the judge", "continuation");
  /* negative: a name inside a phrase, or a possessor alone, is not what
   * the sentence is about; the quoted speaker goes on */
  snprintf(t, sizeof t, "%sScenes were filmed near the lakefront Rock and Roll Hall of Fame. " LQ
           "You get your house ready for a party." RQ, lead);
  said_by(t, "house ready", "Craig Robinson", "continuation");
  snprintf(t, sizeof t, "%sDianne Bystrom's metaphor is telling. " LQ
           "Mainstream Republicans are running out of time." RQ, lead);
  said_by(t, "running out", "Craig Robinson", "continuation");
}
END_TEST

/* "“Q?” Hannity pressed.": a quote ending open, then a named person and a
 * verb of narration that is no cue, is that person's, also where the
 * sentence splitter cut after the question mark. */
START_TEST(test_quote_speaker_verb) {
  const char *lead = "Donald Trump spoke to Sean Hannity on Monday.\n\n";
  char t[512];
  snprintf(t, sizeof t, "%s" LQ "Would it be negotiable?" RQ " Hannity pressed. " LQ
           "Maybe let some people stay?" RQ, lead);
  quoth_doc *d = tu_process(t, 0);
  ck_assert_str_eq(tu_speaker_name(d, "negotiable"), "Sean Hannity");
  ck_assert_str_eq(quoth_statement_rule(tu_statement(d, "negotiable")), "quote-speaker-verb");
  ck_assert_str_eq(tu_speaker_name(d, "people stay"), "Sean Hannity");
  quoth_doc_free(d);
  snprintf(t, sizeof t, "%s" LQ "You know, it happens, right?" RQ " Trump went on, as if he "
           "did not hear her.", lead);
  said_by(t, "it happens", "Donald Trump", "quote-speaker-verb");
  said_by(LQ "Analysts said no, and she did it anyway," RQ " remembered Roy Verley, a spokesman.",
          "Analysts", "Roy Verley", "quote-speaker-verb");
  /* negative: the clause goes on past the word after the name (a noun,
   * not a verb), or the quote's words close with a full stop */
  not_by_rule(LQ "Build the wall," RQ " Trump signs read across the hall.", "Build the wall",
              "quote-speaker-verb");
  snprintf(t, sizeof t, "%s" LQ "We will win." RQ " Hannity smiled.", lead);
  not_by_rule(t, "We will win", "quote-speaker-verb");
}
END_TEST

/* A subject followed by a passive verb is what the quoted words are about
 * or put to, not their speaker; the agent after "by" is, and "was
 * prompted to say" keeps its subject. */
START_TEST(test_passive_subject) {
  said_by("Rodrigo Duterte has been called " LQ "the Trump of the East" RQ " for his remarks.",
          "Trump of the East", "", NULL);
  said_by("Sanders was asked by host Bill Maher, " LQ "Has the story not moved a little bit?" RQ,
          "story not moved", "Bill Maher", "subject-quote");
  /* negative: an active subject, and a passive that goes on to its own
   * verb of speech, are the speaker */
  said_by("Mr. Trump was prompted to say, " LQ "So far, I cannot believe how civil it is." RQ,
          "how civil", "Trump", NULL);
  said_by("Senator Dale Hansen wrote in his newsletter that " LQ "the plan is a disgrace" RQ
          " to the state.", "disgrace", "Dale Hansen", NULL);
  said_by("Mr John Houston was quoted in the Herald saying: " LQ "They have over-reacted." RQ,
          "over-reacted", "John Houston", NULL);
  said_by("Britney Spears was named best female, sending a message of thanks on video saying "
          "the award " LQ "means so much to me" RQ ".", "means so much", "Britney Spears", NULL);
}
END_TEST

/* "Fiorina was not one for “Q,” said one former executive": a cue right
 * after a quote inside a clause names the speaker after it. */
START_TEST(test_cue_after_clause_quote) {
  said_by("Carly Fiorina was not one for " LQ "engaging her team in decisions," RQ
          " said one former executive.", "engaging her team", "one former executive", NULL);
  /* negative: with no cue after it, the quote stays the subject's words */
  said_by("Carly Fiorina was not one for " LQ "engaging her team in decisions" RQ
          " and rarely asked for advice.", "engaging her team", "Carly Fiorina", NULL);
}
END_TEST

/* "“Q,” Paris, who used to work on Capitol Hill, said": a speaker right
 * after the quote, set off by a clause the speaker phrase cannot hold,
 * with the cue after the clause. */
START_TEST(test_speaker_aside_cue) {
  said_by(LQ "You get your house ready for a party," RQ " Jeremy Paris, who used to work on "
          "Capitol Hill, said about the work.", "house ready", "Jeremy Paris", "quote-speaker-cue");
  said_by(LQ "We have had better conventions," RQ " delegate Bill Eastland, wearing a cowboy hat "
          "and " LQ "Ted Cruz" RQ " pins, said as confetti fell.", "better conventions",
          "Bill Eastland", "quote-speaker-cue");
  /* negative: the clause ends before any cue, so no speaker comes from it */
  not_by_rule("Jones spoke first. " LQ "You get your house ready for a party," RQ " Jeremy Paris, "
              "who used to work on Capitol Hill; the mayor said nothing.", "house ready",
              "quote-speaker-cue");
}
END_TEST

/* A continuation across two or more paragraph breaks (a paragraph of
 * narration between) is a weak guess: its own rule, with a lower
 * confidence than a continuation proper. */
START_TEST(test_continuation_far) {
  const char *t = LQ "We will win the state," RQ " said Craig Robinson, an editor.\n\n"
                  LQ "Turnout will decide it." RQ "\n\n"
                  "The weather was cold across the state, and lines were long.\n\n"
                  LQ "Nobody expected this many voters." RQ;
  quoth_doc *d = tu_process(t, 0);
  const quoth_statement *near = tu_statement(d, "Turnout"), *far = tu_statement(d, "Nobody");
  /* negative: the next paragraph is a continuation proper */
  ck_assert_str_eq(quoth_statement_rule(near), "continuation");
  ck_assert_str_eq(tu_speaker_name(d, "Turnout"), "Craig Robinson");
  ck_assert_str_eq(quoth_statement_rule(far), "continuation-far");
  ck_assert_str_eq(tu_speaker_name(d, "Nobody"), "Craig Robinson");
  ck_assert(quoth_statement_confidence(far) < quoth_statement_confidence(near));
  quoth_doc_free(d);
}
END_TEST

/* "NAME: “Q”" takes the name before the colon as the source, but not a
 * noun phrase after a preposition or after the lead-in's own subject and
 * verb: that subject is the speaker. */
START_TEST(test_colon_lead_in) {
  said_by("Hillary Clinton spoke first.\n\nShe then addressed the supporters again: " LQ
          "Here is what I regret." RQ, "what I regret", "Hillary Clinton", "subject-colon-quote");
  quoth_doc *d = tu_process("Then, later that month on CNN: " LQ "I never said that." RQ, 0);
  const quoth_statement *st = tu_find(d, "never said");
  ck_assert(st == NULL || strcmp(tu_speaker_name(d, "never said"), "CNN") != 0);
  quoth_doc_free(d);
  /* negative: a name alone, or "From the report:", is the source */
  said_by("Jeffrey M. Jones: " LQ "Red states outnumber blue states." RQ, "Red states",
          "Jeffrey M. Jones", NULL);
  said_by("Not all web panels are equal. From the report: " LQ "Samples with more weighting "
          "did better." RQ, "Samples", "the report", "speaker-colon-quote");
}
END_TEST

/* A quote right after a common noun and "called" / "named" / "titled" is
 * the name of a thing, no statement; after a speaker and "called" it is
 * what the speaker called something. */
START_TEST(test_named_thing) {
  quoth_doc *d = tu_process("Rob Calabrese, a radio host, has set up a website called " LQ
                            "Cape Breton If Donald Trump Wins" RQ " for refugees.", 0);
  ck_assert_ptr_null(tu_find(d, "Cape Breton If"));
  quoth_doc_free(d);
  d = tu_process("They joined a group called the " LQ "We The People Foundation." RQ, 0);
  ck_assert_ptr_null(tu_find(d, "We The People"));
  quoth_doc_free(d);
  /* negative: a speaker before the verb, or an object after it */
  said_by("The Commons education select committee called this " LQ "morally indefensible" RQ
          " on Friday.", "morally", "Commons education select committee", NULL);
  said_by("The deal was praised by many, but Senator Jim Webb called it " LQ
          "a disaster for the country." RQ, "disaster", "Jim Webb", NULL);
  said_by("He spoke of what Senator Jim Webb called " LQ "a disaster for the country." RQ,
          "disaster", "Jim Webb", NULL);
}
END_TEST

/* Signs inside a speaker phrase ("P&G", "$15") do not end it. */
START_TEST(test_speaker_phrase_signs) {
  said_by(LQ "They care about two things," RQ " Fight for $15 organizing director Kendall Fells "
          "told reporters.", "two things", "Kendall Fells", "quote-speaker-cue");
  quoth_doc *d = tu_process(LQ "We are shocked," RQ " one P&G employee told French television.", 0);
  ck_assert_str_eq(quoth_statement_rule(tu_statement(d, "shocked")), "quote-speaker-cue");
  ck_assert_ptr_nonnull(strstr(tu_speaker_name(d, "shocked"), "employee"));
  quoth_doc_free(d);
  /* negative: a sentence end still closes the phrase */
  not_by_rule(LQ "We are shocked," RQ " one P&G employee. Then Jones told reporters.", "shocked",
              "quote-speaker-cue");
}
END_TEST

/* cont3: the writer's question citing a source ("as X once declared?") is
 * answered by the quote after it: no continuation of X. */
START_TEST(test_question_answered) {
  const char *lead = LQ "Europe is the threat," RQ " said Dick Morris, a strategist.\n\n";
  char t[512];
  snprintf(t, sizeof t, "%sSo is the party's job to destroy the Tories, as former member "
           "Robert Kilroy-Silk once declared? " LQ "No. The aim is to leave the EU." RQ, lead);
  quoth_doc *d = tu_process(t, 0);
  ck_assert_str_ne(tu_speaker_name(d, "aim is"), "Robert Kilroy-Silk");
  quoth_doc_free(d);
  /* negative: the same reported statement in a sentence that asks nothing
   * goes on in the quote after it */
  snprintf(t, sizeof t, "%sThe party's job is to destroy the Tories, as former member "
           "Robert Kilroy-Silk once declared. " LQ "The aim is to leave the EU." RQ, lead);
  said_by(t, "aim is", "Robert Kilroy-Silk", "continuation");
  /* nor a direct quote that asks */
  said_by(LQ "Is it over?" RQ " asked Robert Kilroy-Silk. " LQ "No. The aim is to leave." RQ,
          "aim is", "Robert Kilroy-Silk", "continuation");
}
END_TEST

/* cont3: "be" + a participle of perception before an -ing cue after a
 * quote keeps the cue the subject's ("“Q?” a reporter can be heard
 * asking Trump"). */
START_TEST(test_perceived_cue) {
  said_by("Trump spoke in Iowa.\n\n" LQ "Should there be a database?" RQ
          " a reporter can be heard asking Trump after an event.",
          "database", "a reporter", "quote-speaker-cue");
  said_by(LQ "It was fine," RQ " the judge was heard saying.", "fine", "the judge",
          "quote-speaker-cue");
  /* negative: without "be" the participle opens no verb group of the
   * subject's; the -ing form is no finite cue */
  not_by_rule(LQ "It was fine," RQ " the judge heard saying.", "fine", "quote-speaker-cue");
}
END_TEST

/* cont3: a surname that is a function word after a quote inside a clause
 * ("... as “the party of government,” From said") is the speaker, as
 * after a quote opening its sentence. */
START_TEST(test_function_word_surname_clause) {
  said_by("Al From ran the council.\n\nMany Americans then saw the Democrats as "
          LQ "the party of overwhelming government," RQ " From said.",
          "overwhelming", "Al From", "quote-nearby-cue");
  /* negative: after a quote closed by a full stop the word opens the next
   * sentence */
  quoth_doc *d = tu_process("Al From ran the council.\n\nMany Americans then saw the Democrats "
                            "as " LQ "the party of overwhelming government." RQ
                            " From said nothing.", 0);
  const quoth_statement *st = tu_find(d, "overwhelming");
  ck_assert(st == NULL || strcmp(tu_speaker_name(d, "overwhelming"), "Al From") != 0);
  quoth_doc_free(d);
}
END_TEST

/* cont3: after a quote closed by "!" or "?", a capitalized subject and a
 * cue whose adjunct is followed by a "that" clause report a statement of
 * their own; the quote keeps the cue before it. */
START_TEST(test_reply_that_after_exclamation) {
  said_by("David Axelrod emailed her, telling her, " LQ "you are an all-star player and we "
          "need you for the long run!" RQ " She replied to him that it was an honor.",
          "all-star", "David Axelrod", NULL);
  /* negative: with no "that" clause the adjunct belongs to the cue of the
   * quote */
  said_by(LQ "Perpetual motion!" RQ " Glenn Thompson said of the swirl.", "Perpetual",
          "Glenn Thompson", NULL);
}
END_TEST

static Suite *cont_suite(void) {
  Suite *s = suite_create("attribute-cont");
  TCase *tc = tcase_create("leftover");
  tcase_add_test(tc, test_narrated_subject_position);
  tcase_add_test(tc, test_question_answered);
  tcase_add_test(tc, test_perceived_cue);
  tcase_add_test(tc, test_function_word_surname_clause);
  tcase_add_test(tc, test_reply_that_after_exclamation);
  tcase_add_test(tc, test_quote_speaker_verb);
  tcase_add_test(tc, test_passive_subject);
  tcase_add_test(tc, test_cue_after_clause_quote);
  tcase_add_test(tc, test_speaker_aside_cue);
  tcase_add_test(tc, test_continuation_far);
  tcase_add_test(tc, test_colon_lead_in);
  tcase_add_test(tc, test_named_thing);
  tcase_add_test(tc, test_speaker_phrase_signs);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(cont_suite)
