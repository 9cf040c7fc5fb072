/* check_attr_kind.c - the content span and kind of statements that carry
 * a quotation: direct when the content is one whole quotation of the
 * speaker's in every part, mixed when a clause of the writer's holds a
 * quoted fragment; and the edges of the content (connectives, asides,
 * narration after the closing mark).  One test per rule, each with a
 * negative case. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"
#define RS "\xE2\x80\x99"

/* The statement holding needle spans exactly content and has this kind. */
static void content_kind(const char *text, const char *needle, const char *content,
                         quoth_kind kind) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = tu_find(d, needle);
  ck_assert_msg(st != NULL, "no statement holds \"%s\"", needle);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(st)), content);
  ck_assert_int_eq(quoth_statement_kind(st), kind);
  quoth_doc_free(d);
}

/* Content that is the quotation and nothing else is direct, whatever the
 * quote scanner thought of its place in the sentence (after "that", after
 * a cue taking an object). */
START_TEST(test_whole_quotation_is_direct) {
  content_kind("One ad argues that " LQ "only Ted Cruz can beat Donald Trump. John Kasich can" RS
               "t do it." RQ,
               "only Ted Cruz", LQ "only Ted Cruz can beat Donald Trump. John Kasich can" RS
               "t do it." RQ, QUOTH_KIND_DIRECT);
  content_kind("Ohio Gov. John Kasich has also called for " LQ "boots on the ground." RQ, "boots",
               LQ "boots on the ground." RQ, QUOTH_KIND_DIRECT);
  /* negative: a paraphrased clause around a fragment stays mixed; so do
   * two fragments the writer has joined, and a quoted predicate of a
   * naming verb with its object ("called it “Q”": the object is the
   * writer's) */
  content_kind("Peskov said Moscow " LQ "fully supports" RQ " the talks.", "fully supports",
               "Moscow " LQ "fully supports" RQ " the talks", QUOTH_KIND_MIXED);
  content_kind("Trump said that " LQ "ethanol people" RQ " " LQ "do a fantastic job." RQ,
               "ethanol", LQ "ethanol people" RQ " " LQ "do a fantastic job." RQ,
               QUOTH_KIND_MIXED);
  content_kind("A reporter for the agency called it " LQ "absolute chaos." RQ, "chaos",
               "it " LQ "absolute chaos." RQ, QUOTH_KIND_MIXED);
}
END_TEST

/* A lone connective set off by a comma before the quote, or a conjunction
 * left at the end, is the writer's. */
START_TEST(test_connectives_trimmed) {
  content_kind("Yet, " LQ "it is hard though to make a causal link," RQ
               " added Zarate, a former adviser.",
               "causal link", LQ "it is hard though to make a causal link," RQ,
               QUOTH_KIND_DIRECT);
  content_kind("Asked who would win, 21 percent said " LQ "not too likely" RQ
               " and 14 percent said " LQ "not at all likely." RQ,
               "not too likely", LQ "not too likely" RQ, QUOTH_KIND_DIRECT);
  content_kind("Another sign advised, " LQ "Aggressive driving is the path to the Dark Side," RQ
               " and " LQ "Speeding you are, arrested you will be." RQ,
               "Speeding", LQ "Speeding you are, arrested you will be." RQ, QUOTH_KIND_DIRECT);
  /* negative: before a reported clause a sentence adverb may be the
   * speaker's */
  content_kind("Cruz said that, however, the plan would fail.", "plan",
               "however, the plan would fail", QUOTH_KIND_INDIRECT);
  /* negative: an adjunct before a quote opening in lower case opens the
   * reported clause; a clause ending in a sentence adverb keeps it */
  content_kind("After the 2014 victories, " LQ "there is a sense of urgency," RQ " Law said.",
               "urgency", "After the 2014 victories, " LQ "there is a sense of urgency," RQ,
               QUOTH_KIND_MIXED);
  content_kind("Smith said he had never seen anything like it before.", "never seen",
               "he had never seen anything like it before", QUOTH_KIND_INDIRECT);
  content_kind("Smith said the mayor " LQ "failed" RQ " them too.", "failed",
               "the mayor " LQ "failed" RQ " them too", QUOTH_KIND_MIXED);
}
END_TEST

/* A quote ending in a quote of its own ("... say, 'Well done,' ") still
 * ends with its comma: the cue after it is no content. */
START_TEST(test_nested_quote_closes) {
  content_kind("\"You can shake his hand and say, 'Well done,' \" said Rep. Diane Russell, a "
               "Maine legislator.",
               "Well done", "\"You can shake his hand and say, 'Well done,' \"",
               QUOTH_KIND_DIRECT);
  /* negative: quoted words with no mark of their own run on into the
   * clause */
  content_kind("Fiorina said, " LQ "We have three weeks to go" RQ " until the caucuses.",
               "three weeks", LQ "We have three weeks to go" RQ " until the caucuses",
               QUOTH_KIND_MIXED);
}
END_TEST

/* A quote opening in upper case after a comma is a sentence of its own:
 * the words before it (a lead of the writer's, an adjunct of the cue, a
 * relative clause on the addressee) are no content. */
START_TEST(test_capital_quote_stands_alone) {
  content_kind("When Trump used the words, " LQ "I" RS "m not quite there yet," RQ
               " he was echoing Ryan.",
               "quite there", LQ "I" RS "m not quite there yet," RQ, QUOTH_KIND_DIRECT);
  content_kind("He also stated a day earlier, " LQ "If Cruz catches on, we will have to go to war." RQ,
               "catches on", LQ "If Cruz catches on, we will have to go to war." RQ,
               QUOTH_KIND_DIRECT);
  content_kind("But, she told the mayors who gathered in Indianapolis, " LQ
               "no one should be confused about our commitment." RQ,
               "confused", LQ "no one should be confused about our commitment." RQ,
               QUOTH_KIND_DIRECT);
  /* negative: before a quote in lower case the words open its clause;
   * before one in upper case, a lead that is no subordinate clause may
   * still be the speaker's */
  content_kind("But with other voters split among a half-dozen competitors, \"Donald Trump's "
               "loyal 22% goes a long way in New Hampshire,\" says David Paleologos, a pollster.",
               "loyal 22%", "But with other voters split among a half-dozen competitors, "
               "\"Donald Trump's loyal 22% goes a long way in New Hampshire,\"",
               QUOTH_KIND_MIXED);
  content_kind("But when it comes to Carrier, " LQ "we" RS "ve all worked," RQ " he said.",
               "all worked", "But when it comes to Carrier, " LQ "we" RS "ve all worked," RQ,
               QUOTH_KIND_MIXED);
  content_kind("He said the turmoil was not the banks" RS " fault, " LQ "not by a long shot." RQ,
               "long shot", "the turmoil was not the banks" RS " fault, " LQ
               "not by a long shot." RQ, QUOTH_KIND_MIXED);
}
END_TEST

/* Words closed by their own mark right after the cue are all it reports;
 * narration after a continued quote is no content. */
START_TEST(test_closed_quote_ends_clause) {
  content_kind("Kasich cautioned " LQ "let" RS "s not get ahead of ourselves," RQ
               " before optimistically predicting that a contested convention could heal the "
               "party.",
               "ahead of", LQ "let" RS "s not get ahead of ourselves," RQ, QUOTH_KIND_DIRECT);
  content_kind(LQ "We will win," RQ " Smith said. " LQ "Mr. Jones?" RQ
               " I had prepared a short statement to read.",
               "Jones", LQ "Mr. Jones?" RQ, QUOTH_KIND_DIRECT);
  /* negative: after a clause of the writer's, the clause goes on past
   * the mark */
  content_kind("The group said the DNC " LQ "failed to implement reasonable measures," RQ
               " which led to the disclosure.",
               "reasonable", "the DNC " LQ "failed to implement reasonable measures," RQ
               " which led to the disclosure", QUOTH_KIND_MIXED);
}
END_TEST

/* After the cue a quote was attributed to, an adjunct set off by a comma
 * (opening with a preposition) is the writer's; the object of a naming
 * verb is not. */
START_TEST(test_adjunct_after_cue) {
  content_kind("As they say about the storied doctor, " LQ "gifted hands, enhanced imagination." RQ,
               "gifted hands", LQ "gifted hands, enhanced imagination." RQ, QUOTH_KIND_DIRECT);
  /* negative: the object of "called" stays with its quoted predicate */
  content_kind("Trump called him, among other things, " LQ "a failed candidate." RQ, "failed",
               "him, among other things, " LQ "a failed candidate." RQ, QUOTH_KIND_MIXED);
}
END_TEST

/* A quote after its subject and a verb the cue lexicon lacks is the
 * subject's words alone. */
START_TEST(test_subject_verb_quote) {
  content_kind("Trump spoke on Monday. He offered " LQ "my thoughts and prayers for all of the "
               "victims" RS " families." RQ,
               "prayers", LQ "my thoughts and prayers for all of the victims" RS " families." RQ,
               QUOTH_KIND_DIRECT);
  /* negative: with more than the verb before the quote the clause stays */
  quoth_doc *d = tu_process("Trump spoke on Monday. He offered condolences and " LQ
                            "my thoughts and prayers for all of the victims" RS " families." RQ,
                            0);
  const quoth_statement *st = tu_find(d, "condolences and");
  ck_assert_msg(st != NULL, "the clause is no longer content");
  ck_assert_int_eq(quoth_statement_kind(st), QUOTH_KIND_MIXED);
  quoth_doc_free(d);
}
END_TEST

/* Words running on after a quote that ends without punctuation belong to
 * the statement only up to a comma or dash before the attribution; with
 * none, they are the cue or the speaker phrase. */
START_TEST(test_run_on_stops_at_attribution) {
  content_kind("\"For months we have had to stand by while leaks spread\" said Nick Merrill, a "
               "campaign spokesman.",
               "For months", "\"For months we have had to stand by while leaks spread\"",
               QUOTH_KIND_DIRECT);
  content_kind("\"Dr. Carson invited both Bob and me to his house\" the Post's senior editor "
               "Steven Ginsberg responded.",
               "Dr. Carson", "\"Dr. Carson invited both Bob and me to his house\"",
               QUOTH_KIND_DIRECT);
  /* negative: words up to a comma before the speaker run on with the quote */
  content_kind(LQ "We have three weeks to go" RQ " until the caucuses, Clinton said.", "three weeks",
               LQ "We have three weeks to go" RQ " until the caucuses", QUOTH_KIND_MIXED);
}
END_TEST

static Suite *kind_suite(void) {
  Suite *s = suite_create("attr_kind");
  TCase *tc = tcase_create("kind");
  tcase_add_test(tc, test_whole_quotation_is_direct);
  tcase_add_test(tc, test_connectives_trimmed);
  tcase_add_test(tc, test_nested_quote_closes);
  tcase_add_test(tc, test_capital_quote_stands_alone);
  tcase_add_test(tc, test_closed_quote_ends_clause);
  tcase_add_test(tc, test_adjunct_after_cue);
  tcase_add_test(tc, test_subject_verb_quote);
  tcase_add_test(tc, test_run_on_stops_at_attribution);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(kind_suite)
