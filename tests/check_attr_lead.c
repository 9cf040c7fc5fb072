/* check_attr_lead.c - what opens a sentence before its content or quote:
 * a name that starts with a stop word is a noun phrase, not an adverbial
 * lead-in (attr_content.c adverbial_lead), and a noun phrase inside a
 * prepositional phrase is no speaker for the nearest-cue fallback
 * (attr_leftover.c prep_object). */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* The speaker mention text of the only statement whose span contains
 * needle, or "" when it has none; fails when no statement has it. */
static const char *speaker_of(quoth_doc *d, const char *needle) {
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    if (!strstr(tu_slice(d, quoth_statement_span(st)), needle)) continue;
    quoth_span m = quoth_statement_speaker_mention(st);
    return m.end > m.start ? tu_slice(d, m) : "";
  }
  ck_abort_msg("no statement holds: %s", needle);
  return NULL;
}

/* "No Child Left Behind ..., said X": the capitalized run after "No" is a
 * title, the subject of the content, so the inverted cue gets it. */
START_TEST(test_name_opening_with_stop_word_is_content) {
  quoth_doc *d = tu_process("No Child Left Behind failed poor students, said Gary Orfield.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  ck_assert_str_eq(speaker_of(d, "No Child Left Behind failed"), "Gary Orfield");
  quoth_doc_free(d);
}
END_TEST

/* Negative: a preposition or a subordinator before capitalized words
 * still opens an adverbial ("At one point", "When Barack Obama took
 * office"), which is no content. */
START_TEST(test_adverbial_lead_stays) {
  const char *texts[] = {"At one point, a woman said.",
                         "When Barack Obama took office, he said."};
  for (size_t i = 0; i < 2; i++) {
    quoth_doc *d = tu_process(texts[i], 0);
    ck_assert_msg(quoth_doc_statement_count(d) == 0, "statement in: %s", texts[i]);
    quoth_doc_free(d);
  }
}
END_TEST

/* "on a press call Friday, ... “Q”": "a press" is the object of "on" and
 * cut short before its noun; no speaker rather than a wrong one. */
START_TEST(test_prep_object_no_speaker) {
  quoth_doc *d = tu_process("She spoke on a press call Friday, and " LQ "We will win this," RQ
                            " was the message.", 0);
  ck_assert_str_ne(speaker_of(d, "We will win this"), "a press");
  quoth_doc_free(d);
}
END_TEST

/* Negative: a subject before the nearest cue still speaks, and a
 * clause opened by "after" keeps its subject when no comma closes the
 * phrase at the cue word. */
START_TEST(test_subject_before_nearby_cue_stays) {
  quoth_doc *d = tu_process("The protesters chanted " LQ "Chris Christie: Bad for New Jersey" RQ
                            " outside the hall.", 0);
  ck_assert_str_eq(speaker_of(d, "Bad for New Jersey"), "The protesters");
  quoth_doc_free(d);
}
END_TEST

/* "“Q1,” Trump said. Instead, “Q2.”": a quote after only a connective
 * of the writer's opens its sentence, so it continues the statement
 * before.  Negative: after a longer lead of narration it does not. */
START_TEST(test_connective_before_continued_quote) {
  quoth_doc *d = tu_process(LQ "He is supposed to be a cheerleader," RQ " Donald Trump said. "
                            "Instead, " LQ "he just acts like a defeated man." RQ, 0);
  ck_assert_str_eq(tu_speaker_name(d, "defeated man"), "Donald Trump");
  ck_assert_int_eq(quoth_statement_resolution(tu_statement(d, "defeated man")),
                   QUOTH_RESOLVED_CONTINUATION);
  quoth_doc_free(d);
  d = tu_process(LQ "He is supposed to be a cheerleader," RQ " Donald Trump said. "
                 "Aides of the president watched a video of " LQ "the defeated man." RQ, 0);
  const quoth_statement *st = tu_find(d, "the defeated man");
  ck_assert(!st || quoth_statement_resolution(st) != QUOTH_RESOLVED_CONTINUATION);
  quoth_doc_free(d);
}
END_TEST

static Suite *lead_suite(void) {
  Suite *s = suite_create("attr_lead");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_name_opening_with_stop_word_is_content);
  tcase_add_test(tc, test_adverbial_lead_stays);
  tcase_add_test(tc, test_prep_object_no_speaker);
  tcase_add_test(tc, test_subject_before_nearby_cue_stays);
  tcase_add_test(tc, test_connective_before_continued_quote);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(lead_suite)
