/* check_attribute_mixed.c - mixed quotes (a reported clause holding a
 * quoted fragment): who speaks and where the statement starts and ends.
 * One test per rule, each with a negative case. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* Expect the statement holding needle in text to be said by speaker. */
#define said_by(text, needle, speaker) tu_said_by(text, needle, speaker, NULL)

/* The statement holding needle has this speaker and reporting source. */
static void reported_by(const char *text, const char *needle, const char *speaker,
                        const char *reporter) {
  said_by(text, needle, speaker);
  quoth_doc *d = tu_process(text, 0);
  const quoth_entity *r = quoth_statement_reporter(tu_find(d, needle));
  ck_assert_str_eq(r ? quoth_entity_name(r) : "", reporter);
  quoth_doc_free(d);
}

/* The statement holding needle spans exactly content and is mixed. */
static void mixed_span(const char *text, const char *needle, const char *content) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = tu_find(d, needle);
  ck_assert_msg(st != NULL, "no statement holds \"%s\"", needle);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(st)), content);
  ck_assert_int_eq(quoth_statement_kind(st), QUOTH_KIND_MIXED);
  quoth_doc_free(d);
}

/* "..., with McCain calling it “a Chinese menu”": the noun phrase right
 * after "with" and before a participle cue is the participle's subject
 * (an absolute clause), not the subject of the sentence. */
START_TEST(test_with_absolute_clause) {
  said_by("Republicans were irritated about the lack of detail, with Sen. John McCain calling "
          "it a " LQ "Chinese menu." RQ,
          "Chinese menu", "John McCain");
  said_by("Republicans were quick to chime in, with Donald Trump tweeting that it was a " LQ
          "disaster" RQ " for Clinton.",
          "disaster", "Donald Trump");
  /* negative: a participle after a comma with no "with" keeps the
   * sentence subject; so does one after "met with NAME," */
  said_by("Republicans were irritated about the lack of detail, calling it a " LQ
          "Chinese menu." RQ,
          "Chinese menu", "Republicans");
  said_by("Senator Ted Cruz met with Donald Trump, calling the talks " LQ "productive" RQ
          " and warm.",
          "productive", "Ted Cruz");
}
END_TEST

/* A quoted fragment in a sentence with no cue is its subject's words,
 * whatever the subject is: a name, a noun phrase, a pronoun. */
START_TEST(test_subject_fragment) {
  said_by("The Florida senator's answer was that " LQ "the most important institution in "
          "society is the family," RQ " so government should help families.",
          "most important", "Florida senator");
  said_by("Donald Trump spoke in Ohio on Monday. He promised voters " LQ
          "a total and complete ban" RQ " on lobbyists in his cabinet.",
          "total and complete", "Donald Trump");
  /* negative: a subject after the quote speaks for no fragment */
  said_by("After " LQ "a deeply troubling turn of events for the whole community and the "
          "city," RQ " the board resigned on Monday.",
          "deeply troubling", "");
}
END_TEST

/* "“Q,” Welch said, according to Vermont Edition": the source the writer
 * cites for the quote is its speaker (the outermost attribution). */
START_TEST(test_cited_source) {
  /* The speaker keeps the words; the cited source is the reporter. */
  reported_by(LQ "I'll be voting on the first of March," RQ " Peter Welch said, according to "
              "Vermont Edition.",
              "be voting", "Peter Welch", "Vermont Edition");
  reported_by(LQ "Delegates should be able to vote the way they see fit," RQ
              " Walker said Monday, according to an Associated Press account.",
              "Delegates", "Walker", "an Associated Press account");
  reported_by("On Monday, Donald Trump said he was " LQ "happy to see" RQ
              " that Khan was voted in, according to The New York Times.",
              "happy to see", "Donald Trump", "New York Times");
  reported_by("Trump welcomed the news, saying the Ohio Republican was " LQ
              "doing the right thing," RQ " CNN reported.",
              "right thing", "Trump", "CNN");
  /* negative: a plain reported clause keeps its speaker; so does a quote
   * whose source is cited in the next sentence, and one whose "reported"
   * clause runs on */
  said_by("His campaign manager, Jeff Weaver, said the streak is proof the candidate can "
          "close the gap, according to The Associated Press.",
          "streak", "Jeff Weaver");
  said_by(LQ "I'll be voting on the first of March," RQ " Peter Welch said. According to "
          "Vermont Edition, he had decided a week before.",
          "be voting", "Peter Welch");
  said_by("Trump welcomed the news, saying the Ohio Republican was " LQ
          "doing the right thing," RQ " CNN reported in a story that ran on its website.",
          "right thing", "Trump");
}
END_TEST

/* A fragment with neither cue nor subject right after a statement in the
 * same paragraph goes on with that statement's speaker. */
START_TEST(test_continued_fragment) {
  said_by(LQ "We thought only Trump was an insensitive guy," RQ " said Hiro Aida. Biden " LQ
          "kind of misspoke. This is not something he should talk about." RQ,
          "kind of misspoke", "Hiro Aida");
  /* negative: in the next paragraph the fragment stays unattributed */
  said_by(LQ "We thought only Trump was an insensitive guy," RQ " said Hiro Aida.\n\nBiden " LQ
          "kind of misspoke. This is not something he should talk about." RQ,
          "kind of misspoke", "");
}
END_TEST

/* "X asked for three years, calling his hacking “an addiction”": the
 * fragment belongs to the participle after the comma (or "and") that
 * comes between the first cue and the quote; the statement starts after
 * that participle and keeps the clause's speaker. */
START_TEST(test_participle_before_fragment) {
  const char *t = "Lazar's lawyer asked for a sentence of three years, calling his hacking "
                  "expeditions " LQ "an addiction of sorts." RQ;
  mixed_span(t, "addiction", "his hacking expeditions " LQ "an addiction of sorts." RQ);
  said_by(t, "addiction", "Lazar's lawyer");
  mixed_span("She has pushed back against accusations of sexism, saying he has been a pioneer "
             "in promoting women and calling him " LQ "a feminist." RQ,
             "feminist", "him " LQ "a feminist." RQ);
  /* negative: a participle that is no cue ("leaving") moves nothing: the
   * clause still starts after the cue */
  mixed_span("Lazar's lawyer asked for a sentence of three years, leaving his hacking "
             "expeditions " LQ "an addiction of sorts." RQ,
             "addiction",
             "for a sentence of three years, leaving his hacking expeditions " LQ
             "an addiction of sorts." RQ);
}
END_TEST

/* The clause of a fragment after its cue ends before a second verb of
 * saying after "and" or a cue clause after a comma: the words after it
 * are that verb's. */
START_TEST(test_fragment_ends_at_second_cue) {
  mixed_span("Obama spoke on Monday. He called it \"shameful\" and called on leaders \"not to "
             "feed that dark impulse.\"",
             "shameful", "it \"shameful\"");
  mixed_span("Obama spoke on Monday. He called it \"shameful\" and said the leaders were "
             "\"not to feed that dark impulse.\"",
             "shameful", "it \"shameful\"");
  /* the next fragment's clause starts after the words of the first */
  mixed_span("He pledged to enact judicial reform, fix the nation\xE2\x80\x99s " LQ "broken" RQ
             " campaign finance system and he, once again, pledged a " LQ "political revolution" RQ
             " on Tuesday.",
             "political revolution", "a " LQ "political revolution" RQ " on Tuesday");
  /* negative: "and" before a verb that is no cue goes on with the clause */
  mixed_span("Obama spoke on Monday. He called it \"shameful\" and left the room early.",
             "shameful", "it \"shameful\" and left the room early");
}
END_TEST

/* Naming verbs (lexicons/en/speech_verbs.tsv: dub, label, brand,
 * characterize ...) report a quoted name as their subject's words; the
 * same verb as a term cue ("a movement dubbed “...”") or a noun ("the
 * brand “...”") makes no statement. */
START_TEST(test_naming_verbs) {
  said_by("Trump dubbed her " LQ "Crooked Hillary" RQ " at a rally.", "Crooked", "Trump");
  said_by("Critics have labeled the bill " LQ "a giveaway" RQ " to banks.", "giveaway", "Critics");
  quoth_doc *d = tu_process("He leads a movement dubbed " LQ "alt-right" RQ " by its critics.", 0);
  ck_assert_ptr_null(tu_find(d, "alt-right"));
  quoth_doc_free(d);
  d = tu_process("The brand " LQ "Trump" RQ " is worth billions.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 0);
  quoth_doc_free(d);
}
END_TEST

static Suite *mixed_suite(void) {
  Suite *s = suite_create("attribute_mixed");
  TCase *tc = tcase_create("mixed");
  tcase_add_test(tc, test_with_absolute_clause);
  tcase_add_test(tc, test_naming_verbs);
  tcase_add_test(tc, test_subject_fragment);
  tcase_add_test(tc, test_cited_source);
  tcase_add_test(tc, test_continued_fragment);
  tcase_add_test(tc, test_participle_before_fragment);
  tcase_add_test(tc, test_fragment_ends_at_second_cue);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(mixed_suite)
