/* check_attribute_called.c - a call and the clause of saying after it;
 * a cue phrase that holds its object ("issued a statement") before an
 * adjunct clause or a speech participle (branch called).  Each rule with
 * a case where the same words carry another reading. */
#include "testutil.h"

/* The statement whose content is exactly want, or NULL. */
static const quoth_statement *with_content(const quoth_doc *d, const char *want) {
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    if (strcmp(tu_slice(d, quoth_statement_span(st)), want) == 0) return st;
  }
  return NULL;
}

static void has(const char *text, const char *content, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = with_content(d, content);
  ck_assert_msg(st != NULL, "no statement \"%s\" in \"%s\"", content, text);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), speaker);
  quoth_doc_free(d);
}

static void lacks(const char *text, const char *needle) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_msg(tu_find(d, needle) == NULL, "a statement holds \"%s\" in \"%s\"", needle, text);
  quoth_doc_free(d);
}

START_TEST(test_call_then_said) {
  const char *t = "The senator, who calls Trump a “sociopath,” said he would "
                  "not vote for him.";
  has(t, "Trump a “sociopath,”", "The senator");
  has(t, "he would not vote for him", "The senator");
  has("The senator, who calls Trump a liar, said he would not vote for him.",
      "he would not vote for him", "The senator");
  /* no cue after the quotation: the call runs on */
  tu_one("Sanders called him a “fraud,” not a leader.",
         "him a “fraud,” not a leader", "Sanders");
}
END_TEST

START_TEST(test_statement_then_adjunct) {
  const char *t = "McCain issued a statement after Trump told reporters the senator was no hero.";
  lacks(t, "after Trump");
  has(t, "the senator was no hero", "Trump");
  lacks("The party issued a warning because the vote failed.", "because");
  /* a content after the adjunct stays: "that", or a subject pronoun */
  has("McCain told reporters after the meeting that he would resign.", "he would resign",
      "McCain");
  has("McCain told reporters after the meeting he would resign.", "he would resign", "McCain");
  /* no object of saying in the phrase: the verb takes the clause */
  has("The monitors said in a statement although the vote was a step, it was flawed.",
      "although the vote was a step, it was flawed", "The monitors");
  has("Clinton made it clear while the party is split, the voters are not.",
      "while the party is split, the voters are not", "Clinton");
}
END_TEST

START_TEST(test_statement_saying) {
  has("McCain issued a statement saying he would not vote for Trump.",
      "he would not vote for Trump", "McCain");
  has("The campaign released a statement Monday saying that the report was false.",
      "the report was false", "The campaign");
  /* a participle with a prepositional object keeps its verb */
  has("The committee issued a statement apologizing to Sanders for the emails.",
      "apologizing to Sanders for the emails", "The committee");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("attribute_called");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_call_then_said);
  tcase_add_test(tc, test_statement_then_adjunct);
  tcase_add_test(tc, test_statement_saying);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(suite)
