/* check_attribute_participle.c - participial cue clauses (", saying ...",
 * "- arguing that ...", "After saying ..., X") and the boundaries of
 * reported content (docs/recall.md, "Participles and content
 * boundaries").  Each rule has a case where the same words carry another
 * sense. */
#include "testutil.h"

#include <stdio.h>

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* The statement of doc d whose content is text, or NULL. */
static const quoth_statement *with_content(const quoth_doc *d, const char *text) {
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    if (strcmp(tu_slice(d, quoth_statement_span(st)), text) == 0) return st;
  }
  return NULL;
}

/* text has a statement with this content whose speaker mention is
 * speaker. */
static void has(const char *text, const char *content, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_statement *st = with_content(d, content);
  ck_assert_msg(st != NULL, "no statement \"%s\" in: %s", content, text);
  ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), speaker);
  quoth_doc_free(d);
}

/* ---- a participle after the sentence's first statement ---- */

START_TEST(test_participle_after_object) {
  /* the statement of the object cue, then the participle's own */
  has("Sen. Bernie Sanders defended his call to raise the minimum wage, saying the positives "
      "would outweigh the costs.",
      "the positives would outweigh the costs", "Sen. Bernie Sanders");
  has("The judge sided with the Democrats, saying the law violated the Constitution.",
      "the law violated the Constitution", "The judge");
  /* the dateline is not the participle's subject */
  has("WASHINGTON - Sen. Bernie Sanders defended his call to raise the wage, saying he "
      "would not back down.",
      "he would not back down", "Sen. Bernie Sanders");
  /* right after a cue clause: what the speaker explained or recalled */
  has(LQ "Usually we get that back," RQ " Ms. Acosta said, explaining how the outlay could be "
      "justified.",
      "how the outlay could be justified", "Ms. Acosta");
  /* adverbs between the link and the participle */
  has("Maria Lopez spoke first, while also saying that she expects to do well.",
      "she expects to do well", "Maria Lopez");
  /* a participle with a plain object only elaborates the statement made */
  ck_assert_uint_eq(tu_count("The ministry called for calm, it added, stressing the importance "
                             "of unity."),
                    1);
}
END_TEST

/* ---- the subject that opens the sentence ---- */

START_TEST(test_participle_initial_subject) {
  /* the object of a preposition is no subject: the phrase opening the
   * sentence is */
  has("The families have filed a lawsuit against Remington, alleging that the company "
      "inspired the shooter.",
      "the company inspired the shooter", "The families");
  /* a time phrase opening the sentence has no predicate: the name is */
  has("A few minutes later, Murphy followed up by lamenting the churn of meaningless tasks.",
      "the churn of meaningless tasks", "Murphy");
}
END_TEST

/* "The protesters marched ..., chanting “Q”": a group of anonymous people
 * opening the sentence is the participle's subject; a single anonymous
 * source is not ("A source close to the campaign ..., saying" stays
 * without a speaker). */
START_TEST(test_participle_group_subject) {
  has("The protesters marched through the city on Monday, chanting " LQ "We will win this fight." RQ,
      LQ "We will win this fight." RQ, "The protesters");
  quoth_doc *d = tu_process("A source close to the campaign met reporters on Monday, saying " LQ
                            "We will win this fight." RQ,
                            0);
  const quoth_statement *st = with_content(d, LQ "We will win this fight." RQ);
  ck_assert(st == NULL || quoth_statement_speaker_mention(st).end == 0);
  quoth_doc_free(d);
}
END_TEST

/* "Hundreds of students marched ..., chanting “Q”", "200 students marched":
 * a counted group opening the sentence before its predicate is the
 * participle's subject; a count with no predicate after it ("200 miles
 * from the capital, ...") is none. */
START_TEST(test_participle_counted_subject) {
  has("Hundreds of students marched on the campus on Monday, chanting " LQ
      "We will win this fight." RQ,
      LQ "We will win this fight." RQ, "Hundreds of students");
  has("In 2015, 200 students marched on the campus, chanting " LQ "We will win this fight." RQ,
      LQ "We will win this fight." RQ, "200 students");
  /* after an opening phrase, "about" and a number open the subject, not a
   * second phrase */
  has("At the arena, about 200 protesters gathered in three groups, chanting " LQ
      "We will win this fight." RQ,
      LQ "We will win this fight." RQ, "about 200 protesters");
  quoth_doc *d = tu_process("200 miles from the capital, the students marched on Monday, chanting " LQ
                            "We will win this fight." RQ,
                            0);
  const quoth_statement *st = with_content(d, LQ "We will win this fight." RQ);
  ck_assert(st != NULL);
  ck_assert_str_ne(tu_slice(d, quoth_statement_speaker_mention(st)), "200 miles");
  quoth_doc_free(d);
}
END_TEST

/* ---- an absolute clause: "with X saying ..." ---- */

START_TEST(test_absolute_participle) {
  has("Republicans were quick to chime in, with Donald Trump tweeting that it was a disaster "
      "for Clinton.",
      "it was a disaster for Clinton", "Donald Trump");
  /* no clause after the participle: no statement */
  ck_assert_uint_eq(tu_count("Republicans were quick to chime in, with Donald Trump tweeting "
                             "his support."),
                    0);
}
END_TEST

/* ---- a participle ends the content before it ---- */

START_TEST(test_participle_ends_content) {
  has("On Tuesday, the company said it would not file its statement in time, warning that it "
      "could default on its debt.",
      "it would not file its statement in time", "the company");
  has("On Tuesday, the company said it would not file its statement in time, warning that it "
      "could default on its debt.",
      "it could default on its debt", "the company");
  has("Debbie Wasserman Schultz dismissed the accusations of the rival campaign " "\xE2\x80\x94"
      " saying the campaign chose not to accept the same help.",
      "the campaign chose not to accept the same help", "Debbie Wasserman Schultz");
  has("Trump insisted that he has " LQ "expanded the party," RQ " claiming that he is "
      "responsible for higher turnout.",
      "he is responsible for higher turnout", "Trump");
  /* a participle that is no speech verb stays in the content */
  tu_one("Smith said the senator left the room, shaking his head.",
         "the senator left the room, shaking his head", "Smith");
  /* nor one after a dash with a plain object */
  tu_one("Smith said the senator left the room - stressing the need for calm.",
         "the senator left the room - stressing the need for calm", "Smith");
}
END_TEST

/* ---- a participle whose "that" follows an adjunct or an addressee ---- */

START_TEST(test_participle_adjunct_that) {
  /* the first content ends before the participle; the second is its own */
  has("Trump hailed the decision as " LQ "fantastic," RQ " telling reporters on Friday that "
      "the court got it right.",
      "the decision as " LQ "fantastic," RQ, "Trump");
  has("Trump hailed the decision as " LQ "fantastic," RQ " telling reporters on Friday that "
      "the court got it right.",
      "the court got it right", "Trump");
  has("Jones said the plan would fail, adding in a statement that the cost was too high.",
      "the plan would fail", "Jones");
  has("Jones said the plan would fail, adding in a statement that the cost was too high.",
      "the cost was too high", "Jones");
  /* a quote opening the content, its comma inside the marks */
  has("Cardin stressed that \"the way to proceed is to work together,\" suggesting that the "
      "only way might be to pass a bill.",
      "the only way might be to pass a bill", "Cardin");
  /* after a comma inside the marks, a participle whose object is its
   * content ("citing", "describing") opens its own statement ... */
  has("The two lawmakers argue that the law is \"clear on this point,\" citing an instance "
      "in which a Marine was found guilty.",
      "the law is \"clear on this point,\"", "The two lawmakers");
  has("The two lawmakers argue that the law is \"clear on this point,\" citing an instance "
      "in which a Marine was found guilty.",
      "an instance in which a Marine was found guilty", "The two lawmakers");
  /* ... one of emphasis with a plain object, or no cue, stays */
  tu_one("Smith said the plan was \"a good start,\" stressing the importance of unity.",
         "the plan was \"a good start,\" stressing the importance of unity", "Smith");
  tu_one("Smith said the plan was \"a good start,\" leaving the room early.",
         "the plan was \"a good start,\" leaving the room early", "Smith");
  /* after a cue whose content is its object, "by", "and" + participle
   * is the speaker's own clause ... */
  has("Trump defended his position on the ban by citing a poll conducted by the center.",
      "his position on the ban", "Trump");
  has("Trump defended his position on the ban by citing a poll conducted by the center.",
      "a poll conducted by the center", "Trump");
  has("Trump slammed the Texas senator for his votes and calling for a new law.",
      "a new law", "Trump");
  /* ... not after a temporal or adverbial opener ("while", "after"),
   * often the background of the act */
  tu_one("Tester dismissed the efforts of some Republicans while saying they will still vote "
         "for the nominee.",
         "the efforts of some Republicans while saying they will still vote for the nominee",
         "Tester");
  /* ... after a reported clause it may be the clause's own: it stays */
  tu_one("Smith said Clinton lost the debate by saying she would raise taxes.",
         "Clinton lost the debate by saying she would raise taxes", "Smith");
  /* a manner adverb before "that" is no content */
  tu_one("The senator spoke, warning darkly that the rule of law is in danger.",
         "the rule of law is in danger", "The senator");
  /* ... a capitalized word in "-ly" is a name (the addressee here) */
  tu_one("Smith told Kelly that the plan failed.", "the plan failed", "Smith");
  /* a plain object before "that" is no adjunct: the participle stays */
  tu_one("Smith said the senator left the room - stressing the importance of the bill that "
         "passed.",
         "the senator left the room - stressing the importance of the bill that passed", "Smith");
  /* ... while an adjunct before it is ("stressing in the hall that") */
  has("Smith said the senator left the room - stressing in the hall that the bill passed.",
      "the bill passed", "Smith");
  /* a participle that is no cue stays in the content */
  tu_one("Smith said the man standing outside was a police officer.",
         "the man standing outside was a police officer", "Smith");
}
END_TEST

/* ---- "and" + a verb of thought continues the reported clause ---- */

START_TEST(test_and_thought_continues) {
  tu_one("Paul Manafort told friends that the candidate knew all about his work and thought the "
         "criticism was a badge of honor.",
         "the candidate knew all about his work and thought the criticism was a badge of honor",
         "Paul Manafort");
  /* a second speech verb is the speaker's own statement */
  quoth_doc *d = tu_process("Peter Welch said he was focused on the platform and noted that "
                            "Sanders had conceded.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  quoth_doc_free(d);
}
END_TEST

/* ---- "and" + a second cue of the speaker ---- */

START_TEST(test_second_cue_after_and) {
  has("Chris Brownell said he makes $41,000 a year and questioned how he would be helped by "
      "the plan.",
      "he makes $41,000 a year", "Chris Brownell");
  has("Chris Brownell said he makes $41,000 a year and questioned how he would be helped by "
      "the plan.",
      "how he would be helped by the plan", "Chris Brownell");
  has("Donald Trump describes himself as antiabortion and has said that he would nominate "
      "conservative justices.",
      "he would nominate conservative justices", "Donald Trump");
  /* a request after "and": no reported clause of its own */
  tu_one("Smith said the plan works well and asked to be excused.",
         "the plan works well and asked to be excused", "Smith");
}
END_TEST

/* ---- a fronted adverbial inside the content ---- */

START_TEST(test_fronted_adverbial_in_content) {
  tu_one("On Sunday, she disclosed for the first time that after the rape, Bill Clinton called "
         "her to get together again.",
         "after the rape, Bill Clinton called her to get together again", "she");
  /* an inverted cue clause after the comma still ends the content */
  has("Washington did not complain when the spending helped global growth, a Chinese official "
      "said.",
      "when the spending helped global growth", "Washington");
}
END_TEST

/* ---- a participial clause before the main clause ---- */

START_TEST(test_fronted_participle) {
  has("Noting that both leaders battled the media, Schlafly put her finger on the problem.",
      "both leaders battled the media", "Schlafly");
  has("After saying he was nervous to ask a question, the man ended up in the middle of the "
      "room.",
      "he was nervous to ask a question", "the man");
  has("In addition to stating that the plan is flawed, Clinton has vowed to repeal it.",
      "the plan is flawed", "Clinton");
  /* an adjunct after the participle is not something said */
  ck_assert_uint_eq(tu_count("Speaking at a town hall in Salem, Clinton thanked the crowd."), 0);
  /* a participle that is a preposition */
  ck_assert_uint_eq(tu_count("Regarding the military action, Obama has been firm."), 0);
}
END_TEST

static Suite *participle_suite(void) {
  Suite *s = suite_create("attribute_participle");
  TCase *tc = tcase_create("participles");
  tcase_add_test(tc, test_participle_after_object);
  tcase_add_test(tc, test_participle_initial_subject);
  tcase_add_test(tc, test_participle_ends_content);
  tcase_add_test(tc, test_participle_adjunct_that);
  tcase_add_test(tc, test_absolute_participle);
  tcase_add_test(tc, test_fronted_participle);
  tcase_add_test(tc, test_and_thought_continues);
  tcase_add_test(tc, test_second_cue_after_and);
  tcase_add_test(tc, test_fronted_adverbial_in_content);
  tcase_add_test(tc, test_participle_group_subject);
  tcase_add_test(tc, test_participle_counted_subject);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(participle_suite)
