/* check_attr_edges.c - the edges of a content span that holds one
 * quotation (attr_statement.c settle_edges): narration glued before the
 * quote (a digest heading in capitals, an adjunct of the cue, a participle
 * of saying, the statement's own cue) or after it (the cue repeated, an
 * adjunct of time or occasion, a new predicate, a sentence the splitter
 * missed) is the writer's, and the statement is direct.  Each rule with a
 * negative case. */
#include "testutil.h"

/* The first part of the statement holding needle is exactly content, and
 * the statement has this kind. */
static void content_kind(const char *text, const char *needle, const char *content,
                         quoth_kind kind) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = tu_find(d, needle);
  ck_assert_msg(st != NULL, "no statement holds \"%s\"", needle);
  ck_assert_str_eq(tu_slice(d, quoth_statement_part(st, 0)), content);
  ck_assert_int_eq(quoth_statement_kind(st), kind);
  quoth_doc_free(d);
}

START_TEST(test_cue_repeated_after_quote) {
  content_kind("Feinstein said \"I don't know anything about the emails,\" she said.", "emails",
               "\"I don't know anything about the emails,\"", QUOTH_KIND_DIRECT);
  /* negative: after a quote in lower case the second cue is the speaker's;
   * the first "said" belongs to the writer's clause, not to this quote */
  content_kind("Nothing the president said \"will assuage people's fears,\" the senator said.",
               "assuage", "\"will assuage people's fears,\" the senator said", QUOTH_KIND_MIXED);
}
END_TEST

START_TEST(test_adjunct_of_cue_after_quote) {
  content_kind("Carson said \"pray for him\" in response.", "pray",
               "\"pray for him\"", QUOTH_KIND_DIRECT);
  content_kind("Ten percent said \"no opinion\" when asked.", "opinion",
               "\"no opinion\"", QUOTH_KIND_DIRECT);
  content_kind("Trump posted a message on Twitter reading \"Thank you Georgia\" moments after "
               "polls closed.",
               "Georgia", "\"Thank you Georgia\"", QUOTH_KIND_DIRECT);
  content_kind("Protesters chanted \"no contract, no peace\" after the union failed to reach a "
               "deal.",
               "contract", "\"no contract, no peace\"", QUOTH_KIND_DIRECT);
  /* negative: a participle after "before" goes on with the speaker's act,
   * and a clause after "when" may be the quote's own */
  content_kind("One insider said \"a merger could be on the agenda\" when the executives meet.",
               "merger", "\"a merger could be on the agenda\" when the executives meet",
               QUOTH_KIND_MIXED);
  content_kind("Clinton vows to \"defend the law against repeal\" before sketching out her "
               "own ideas.",
               "defend", "\"defend the law against repeal\" before sketching out her own ideas",
               QUOTH_KIND_MIXED);
}
END_TEST

START_TEST(test_new_predicate_after_quote) {
  content_kind("Trump says \"The Hispanics\" and swears Latinos love him.", "Hispanics",
               "\"The Hispanics\"", QUOTH_KIND_DIRECT);
  /* negative: "and" with a noun phrase coordinates objects of the cue */
  content_kind("Trump says \"The Hispanics\" and the wall.", "Hispanics",
               "\"The Hispanics\" and the wall", QUOTH_KIND_MIXED);
}
END_TEST

/* A relative clause after a quote closed by its own comma is the writer's
 * comment on the quoted words. */
START_TEST(test_comment_after_closed_quote) {
  content_kind("Trump denounced \"self-deportation,\" which is like a sundae compared to his "
               "plans.",
               "deportation", "\"self-deportation,\"", QUOTH_KIND_DIRECT);
  /* negative: with no comma of its own the quote is a noun the clause goes
   * on with */
  content_kind("Trump denounced \"self-deportation\" which is like a sundae compared to his "
               "plans.",
               "deportation", "\"self-deportation\" which is like a sundae compared to his plans",
               QUOTH_KIND_MIXED);
}
END_TEST

START_TEST(test_new_sentence_after_quote) {
  content_kind("Smith said \"the plan failed.\" Critics agreed with her.", "plan failed",
               "\"the plan failed.\"", QUOTH_KIND_DIRECT);
  /* negative: a word in lower case after the closing mark opens no sentence */
  content_kind("Trump said \"we need more coal.\" it was a mistake.", "coal",
               "\"we need more coal.\" it was a mistake", QUOTH_KIND_MIXED);
}
END_TEST

START_TEST(test_adjunct_lead_before_quote) {
  content_kind("Biden weighed in as well, telling Mic in an interview published on Monday, "
               "\"But gosh almighty, they're both qualified,\" he said, adding, \"Hillary is "
               "qualified.\"",
               "gosh", "\"But gosh almighty, they're both qualified,\"", QUOTH_KIND_DIRECT);
  /* negative: after "that" the adjunct opens the reported clause */
  content_kind("Biden weighed in as well, telling Mic that on Monday, \"Both are qualified,\" he "
               "said, adding, \"Hillary is qualified.\"",
               "Both are", "on Monday, \"Both are qualified,\"", QUOTH_KIND_MIXED);
}
END_TEST

START_TEST(test_capitals_heading) {
  content_kind("EBOLA SURVIVORS, THROUGH THE LENS \"It's about creating agency for communities.\"",
               "agency", "\"It's about creating agency for communities.\"", QUOTH_KIND_DIRECT);
  /* negative: a noun phrase of ordinary case before a participle is the
   * writer's clause ("said the ruling “dramatically transforms” ...") */
  content_kind("Blixt said the ruling \"dramatically transforms\" the lawsuit.", "transforms",
               "the ruling \"dramatically transforms\" the lawsuit", QUOTH_KIND_MIXED);
}
END_TEST

static Suite *edges_suite(void) {
  Suite *s = suite_create("attr_edges");
  TCase *tc = tcase_create("edges");
  tcase_add_test(tc, test_cue_repeated_after_quote);
  tcase_add_test(tc, test_adjunct_of_cue_after_quote);
  tcase_add_test(tc, test_new_predicate_after_quote);
  tcase_add_test(tc, test_comment_after_closed_quote);
  tcase_add_test(tc, test_new_sentence_after_quote);
  tcase_add_test(tc, test_adjunct_lead_before_quote);
  tcase_add_test(tc, test_capitals_heading);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(edges_suite)
