/* check_attribute_said.c - reported speech with the plainest cues (said,
 * says, told, added): the shapes of content and subject that must not keep
 * them from being found, each with a negative case. */
#include "testutil.h"

#include <string.h>

/* "said NAME verb ... that": the "that" after the subject's verb opens a
 * relative clause, so the content starts at the name; "said Thursday in
 * a statement that" still skips to the "that". */
START_TEST(test_name_subject_not_adjunct) {
  tu_one("Mr. Kopachko said Mr. Manafort envisioned an approach that exploited old divisions.",
      "Mr. Manafort envisioned an approach that exploited old divisions", "Mr. Kopachko");
  tu_one("Smith said Thursday in a statement that the plan would fail.", "the plan would fail",
      "Smith");
}
END_TEST

/* "X did one thing, but says ...": "but" joins the cue to the sentence
 * subject's predicate; not inside a relative clause, not before an object
 * ("but said little"), and the subject comes before the first predicate
 * (not "the Centre" of "concluded that the Centre qualified"). */
START_TEST(test_but_predicate) {
  tu_one("Clinton has disputed both critiques, but says that in retrospect she would have made a "
      "different decision.",
      "in retrospect she would have made a different decision", "Clinton");
  ck_assert_uint_eq(tu_count("Sanders pledged Saturday to rid the world of the group but said little "
                          "about how."),
                    0);
  ck_assert_uint_eq(
      tu_count("Pompeo, who has seen the messages but says they were harmless, agreed with that point."),
      0);
  tu_one("A legal opinion concluded that the Centre qualified as an agent but said disclosure was not "
      "required.",
      "the Centre qualified as an agent but said disclosure was not required", "A legal opinion");
}
END_TEST

/* "Republican activists clamoring to block Donald Trump say": a singular
 * name before base-form "say" ends a participle modifier; the plural noun
 * phrase before the participle is the subject.  A singular one is not. */
START_TEST(test_participle_modifier) {
  tu_one("Republican activists clamoring to block Donald Trump say they will fight the nomination.",
      "they will fight the nomination", "activists");
  ck_assert_uint_eq(tu_count("The lawyer representing Donald Trump say they will fight the case."), 0);
  /* the same before an "including" insertion */
  tu_one("But numerous military veterans interviewed at rallies this week, including Mr. Jebens, said "
      "they had no problem with the comments.",
      "they had no problem with the comments", "numerous military veterans");
  ck_assert_uint_eq(tu_count("The crowd interviewed at rallies this week, including Mr. Jebens, said "
                          "they had no problem."),
                    0);
}
END_TEST

/* CONTENT, SPEAKER said: a conjunction or a "that" subject opening the
 * content is no adverbial lead; "At one point" and "That night" are. */
START_TEST(test_content_lead) {
  tu_one("That criticism was often warranted, Mr. Sykes said.", "That criticism was often warranted",
      "Mr. Sykes");
  tu_one("But the plan failed, Smith said.", "But the plan failed", "Smith");
  tu_one("But that is not good enough, said Howard Rubel.", "But that is not good enough",
      "Howard Rubel");
  ck_assert_uint_eq(tu_count("But at one point, Smith said."), 0);
  ck_assert_uint_eq(tu_count("That night, Smith said."), 0);
}
END_TEST

/* A time phrase with a determiner after the cue is an adjunct ("told
 * POLITICO earlier this week"), not content. */
START_TEST(test_time_adjunct) {
  tu_one("The union will sit out the election, Phil Smith told POLITICO earlier this week.",
      "The union will sit out the election", "Phil Smith");
  tu_one("The union will sit out the election, Smith said this morning.",
      "The union will sit out the election", "Smith");
  /* "this" before a noun that is no time word opens content */
  tu_one("Smith said this plan would fail.", "this plan would fail", "Smith");
}
END_TEST

/* CONTENT, ROLE NAME said: a few words of role between the comma and the
 * name; a verb or a determiner there ends the reading. */
START_TEST(test_role_before_name) {
  tu_one("The couple were among the passengers, ministry spokesman Benali Abdelaziz said Thursday.",
      "The couple were among the passengers", "spokesman Benali Abdelaziz");
  tu_one("The plan will fail, Algerian foreign affairs spokesman Ali Omar said.",
      "The plan will fail", "spokesman Ali Omar");
  ck_assert_uint_eq(tu_count("When the plan failed, the reporters met Ali Omar said."), 0);
}
END_TEST

/* SPEAKER said AMOUNT ...: an amount after the cue opens the content;
 * another prepositional phrase is an adjunct.  A cue phrase that ends in
 * "that" takes its content right after it, but not a relative clause. */
START_TEST(test_content_opening) {
  tu_one("The budget office said about half of the adjustment reflected tax cuts.",
      "about half of the adjustment reflected tax cuts", "The budget office");
  tu_one("Smith said at least 100 people had attended the party.",
      "at least 100 people had attended the party", "Smith");
  tu_one("Smith added that at least 100 people had attended the party.",
      "at least 100 people had attended the party", "Smith");
  /* a year is no amount: "in 2012" is not taken as content */
  quoth_doc *d = tu_process("Smith said in 2012 the party failed.", 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++)
    ck_assert_ptr_null(
        strstr(tu_slice(d, quoth_statement_span(quoth_doc_statement(d, i))), "in 2012"));
  quoth_doc_free(d);
}
END_TEST

/* SUBJECT who ... OBJECT say: the subject is the noun phrase the relative
 * clause modifies (an indefinite one with its clause, docs/subjects.md),
 * not the object at its end; "that" is left alone, and a pronoun after
 * "who said" opens a clause of its own. */
START_TEST(test_relative_clause_subject) {
  tu_one("Senior advisers who have run the numbers argue that Clinton will win.", "Clinton will win",
      "Senior advisers who have run the numbers");
  tu_one("The man who hired Smith said the plan failed.", "the plan failed", "The man");
  tu_one("It is a plan that Smith said would fail.", "would fail", "Smith");
}
END_TEST

/* Subject noun phrases with a possessive inside: a known word after the
 * possessive ("the state's party leader") and a noun in -ing after it
 * ("Thursday's meeting"); a bare participle is still no noun. */
START_TEST(test_possessive_subject) {
  tu_one("The state's party leader said the process was fair.", "the process was fair",
      "The state's party leader");
  tu_one("A source close to Thursday's meeting says the talks will focus on unity.",
      "the talks will focus on unity", NULL);
  quoth_doc *d = tu_process("Superdelegates declaring said the race was over.", 0);
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const char *sp = tu_slice(d, quoth_statement_speaker_mention(quoth_doc_statement(d, i)));
    ck_assert_ptr_null(strstr(sp, "declaring"));
  }
  quoth_doc_free(d);
}
END_TEST

/* SPEAKER said TIME CONTENT: time words after the cue, then a subject
 * (a determiner, a known mention or a possessive); time words alone are
 * no content. */
START_TEST(test_time_then_content) {
  tu_one("Rachel Berg said Thursday the speeches led her to count Trump out.",
      "the speeches led her to count Trump out", "Rachel Berg");
  tu_one("Smith said on Thursday the speeches led her to count Trump out.",
      "the speeches led her to count Trump out", "Smith");
  tu_one("Smith said last week Clinton would win.", "Clinton would win", "Smith");
  tu_one("Rachel Berg said Thursday's speeches led her to count Trump out.",
      "Thursday's speeches led her to count Trump out", "Rachel Berg");
  ck_assert_uint_eq(tu_count("Smith said Thursday."), 0);
}
END_TEST

/* CONTENT, ROLE, NAME, CUE: the comma before the role ends the content,
 * with or without commas around the name; a subject that opens the
 * sentence ("Whitman, the former governor, told X.") leaves no content. */
START_TEST(test_apposition_after_content) {
  tu_one("Sanders remains in the race, his top aide, Tad Devine, told The Huffington Post.",
      "Sanders remains in the race", "Tad Devine");
  tu_one("Sanders remains in the race, his aide Tad Devine said.", "Sanders remains in the race",
      NULL);
  tu_one("The plan failed, Rachel Berg, a philanthropist from Monsey, said.", "The plan failed",
      "Rachel Berg");
  ck_assert_uint_eq(tu_count("Whitman, the former governor, told The Star-Ledger."), 0);
  ck_assert_uint_eq(tu_count("He met the aide Tad Devine said."), 0);
}
END_TEST

/* SUBJECT, like/including X, say: the subject before the insertion; a
 * comma phrase opened by another word is no insertion. */
START_TEST(test_like_insertion) {
  tu_one("Democratic economists, like their Republican counterparts, say taxes encourage savings.",
      "taxes encourage savings", "economists");
  tu_one("Even the field's biggest hawks, like Rubio and Bush, say the troops should be Arab.",
      "the troops should be Arab", "the field's biggest hawks");
  tu_one("They, like their rivals, say taxes encourage savings.", "taxes encourage savings", "They");
  /* a comma phrase opened by another word is no such insertion */
  ck_assert_uint_eq(tu_count("The economists, in their view, say."), 0);
}
END_TEST

/* A cue inside a relative clause with the gap right after it ("a probe
 * the agency said was ongoing", "which even critics say was ..."): the
 * content is the rest of the clause.  Not a question ("Who do you think
 * will win?"), not "everything X says is true" (the pronoun is the
 * subject), not a subject apart from its cue ("a candidate we could
 * believe will ..."). */
START_TEST(test_relative_gap) {
  tu_one("The FBI opened an investigation into the breach, a probe the law enforcement agency said "
      "was ongoing as of earlier this month.",
      "was ongoing as of earlier this month", "the law enforcement agency");
  tu_one("She gave a speech in Concord, which even critics say was the most powerful of her campaign.",
      "was the most powerful of her campaign", "critics");
  ck_assert_uint_eq(tu_count("While not everything Trump says is true, the crowd cheered."), 0);
  ck_assert_uint_eq(tu_count("If there was ever a candidate we could believe will build a wall, it "
                          "is Trump."),
                    0);
  ck_assert_uint_eq(tu_count("Who do you think will win the Super Bowl?"), 0);
}
END_TEST

/* "Survival, Mr. VandeHei says, depends on ...": a one-word lead before a
 * parenthetical source is the first part of the content; a conjunction
 * ("But, he said, ...") or a sentence adverb ("Still, ...") is not. */
static size_t first_parts(const char *text, char *first, size_t n) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  size_t parts = quoth_statement_part_count(st);
  const char *p = tu_slice(d, quoth_statement_part(st, 0));
  size_t len = strlen(p) < n ? strlen(p) : n - 1;
  memcpy(first, p, len);
  first[len] = '\0';
  quoth_doc_free(d);
  return parts;
}

START_TEST(test_one_word_lead) {
  char first[128];
  ck_assert_uint_eq(first_parts("Survival, Mr. VandeHei says, depends on giving readers what they "
                                "want.",
                                first, sizeof first),
                    2);
  ck_assert_str_eq(first, "Survival");
  ck_assert_uint_eq(first_parts("But, he said, it is a risky strategy at a time of anger.", first,
                                sizeof first),
                    1);
  ck_assert_str_eq(first, "it is a risky strategy at a time of anger");
  ck_assert_uint_eq(first_parts("Still, he said, officials have to decide who gets scrutiny.", first,
                                sizeof first),
                    1);
  /* a quantifier before the source ("..., some Democrats said, that ...") */
  ck_assert_uint_eq(first_parts("There is a risk, some Democrats said, that Mr. Sanders would push "
                                "the party too far.",
                                first, sizeof first),
                    2);
  ck_assert_str_eq(first, "There is a risk");
  /* an addressee after "told" ("The solution, the partner told them, was
   * simple"); nothing after the source is no statement */
  ck_assert_uint_eq(first_parts("The solution, the partner told them, was simple.", first,
                                sizeof first),
                    2);
  ck_assert_str_eq(first, "The solution");
  ck_assert_uint_eq(tu_count("The solution, the partner told them."), 0);
  /* with no comma before the quantifier it opens the sentence subject */
  ck_assert_uint_eq(first_parts("Some Democrats said that Mr. Sanders would push the "
                                "party too far.",
                                first, sizeof first),
                    1);
  ck_assert_str_eq(first, "Mr. Sanders would push the party too far");
}
END_TEST

/* "An economic downturn, he said, “could be a good time ...”": a quote
 * opening in lower case goes on with the words before its parenthetical
 * source, which are the statement's first part.  Not a quote opening in
 * upper case, an adjunct lead ("In the United States, ..."), a lone "But"
 * or an existential "There was". */
START_TEST(test_lead_before_quote) {
  char first[128];
  ck_assert_uint_eq(first_parts("An economic downturn, he said, “could be a good time to borrow.”",
                                first, sizeof first),
                    2);
  ck_assert_str_eq(first, "An economic downturn");
  ck_assert_uint_eq(first_parts("The economy, he said, “We will win this race.”", first, sizeof first),
                    1);
  ck_assert_uint_eq(first_parts("In the United States, they write, “to be religious is normal.”",
                                first, sizeof first),
                    1);
  ck_assert_uint_eq(first_parts("But, he said, “there was never any question about it.”", first,
                                sizeof first),
                    1);
  ck_assert_uint_eq(first_parts("There was, she said, “an implicit bargain.”", first, sizeof first),
                    1);
}
END_TEST

static Suite *said_suite(void) {
  Suite *s = suite_create("attribute_said");
  TCase *tc = tcase_create("said");
  tcase_add_test(tc, test_content_lead);
  tcase_add_test(tc, test_time_adjunct);
  tcase_add_test(tc, test_role_before_name);
  tcase_add_test(tc, test_content_opening);
  tcase_add_test(tc, test_relative_clause_subject);
  tcase_add_test(tc, test_possessive_subject);
  tcase_add_test(tc, test_time_then_content);
  tcase_add_test(tc, test_apposition_after_content);
  tcase_add_test(tc, test_like_insertion);
  tcase_add_test(tc, test_name_subject_not_adjunct);
  tcase_add_test(tc, test_but_predicate);
  tcase_add_test(tc, test_participle_modifier);
  tcase_add_test(tc, test_relative_gap);
  tcase_add_test(tc, test_one_word_lead);
  tcase_add_test(tc, test_lead_before_quote);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(said_suite)
