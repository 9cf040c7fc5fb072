/* check_attr_missed.c - speakers that are no speakers and quotes that
 * name things (branch missed): a noun cue heading a noun phrase, ... Each
 * rule with a case where the same words carry the other reading. */
#include "testutil.h"

/* The speaker mention of the statement holding needle, or "" when it has
 * none. */
static const char *mention_of(const char *text, const char *needle, char *out, size_t n) {
  quoth_doc *d = tu_process(text, 0);
  snprintf(out, n, "%s", tu_speaker_mention(d, needle));
  quoth_doc_free(d);
  return out;
}

/* A noun cue ("states", "reports", "tweet") right after words in lower
 * case that are no speaking head is the head of their noun phrase: the
 * modifiers say nothing. */
START_TEST(test_noun_cue_modifier) {
  char b[4096];
  ck_assert_str_ne(mention_of("For someone who conceded she is \"not a natural politician,\" "
                              "Clinton had a good night, winning the key states of Florida.",
                              "natural politician", b, sizeof b),
                   "the key");
  ck_assert_str_ne(mention_of("Then came another, more sympathetic tweet about the tragedy, in "
                              "which he took credit for \"being right on terrorism.\"",
                              "being right", b, sizeof b),
                   "more sympathetic");
  /* a month or a nationality adjective modifies it too ... */
  {
    quoth_doc *d = tu_process("Clinton can secure the nomination, while the March states "
                              "account for \"more than half\" of the delegates.",
                              0);
    ck_assert(tu_find(d, "more than half") == NULL ||
              !strstr(tu_speaker_mention(d, "more than half"), "March"));
    quoth_doc_free(d);
  }
  /* ... a country speaks */
  tu_one("“The strikes were a mistake and a crime,” Russia states.",
         "“The strikes were a mistake and a crime,”", "Russia");
  /* a role, an organization, a record or a pronoun before it speaks */
  ck_assert_str_eq(mention_of("The ad claims “Jeb is the conservative leader we need.”",
                              "conservative leader", b, sizeof b),
                   "The ad");
  ck_assert_str_eq(mention_of("The senator notes “the law has not changed in ten years.”",
                              "the law has", b, sizeof b),
                   "The senator");
  /* an owner before the modifiers speaks */
  ck_assert_str_eq(mention_of("Podliska’s most explosive claim is that the panel is a “witch "
                              "hunt” launched to “get” Clinton.",
                              "witch", b, sizeof b),
                   "Podliska");
}
END_TEST

/* The same after a quote: the verb after the noun phrase is the cue. */
START_TEST(test_noun_cue_after_quote) {
  tu_one("“The computer had been hacked by a foreign government,” the congressional report said.",
         "“The computer had been hacked by a foreign government,”", "the congressional report");
  /* an organization or a role before the noun form: that form is the verb */
  tu_one("“The computer had been hacked by a foreign government,” the company reports.",
         "“The computer had been hacked by a foreign government,”", "the company");
  tu_one("“The computer had been hacked by a foreign government,” the senator notes.",
         "“The computer had been hacked by a foreign government,”", "the senator");
  /* a plural noun before the base form: subject and verb */
  tu_one("“The effect was small and short-lived,” the researchers report.",
         "“The effect was small and short-lived,”", "the researchers");
  tu_one("“The schools are not safe for our kids,” many parents state.",
         "“The schools are not safe for our kids,”", "many parents");
}
END_TEST

/* A phrase after a preposition ("atop", "beneath" too) is its object and
 * no speaker of a cue after it; the owner of a noun cue whose content
 * follows ("pledge to ...") speaks wherever the phrase stands. */
START_TEST(test_object_of_preposition) {
  quoth_doc *d = tu_process("Nixon’s appeal for “law and order,” and Bush’s refusal to condemn "
                            "the display of the flag from atop its state capitol all spoke to a "
                            "constituency.",
                            0);
  const quoth_statement *st = tu_find(d, "law and order");
  ck_assert(st == NULL || strcmp(tu_speaker_mention(d, "law and order"), "its state capitol"));
  quoth_doc_free(d);
  char b[4096];
  ck_assert_str_eq(mention_of("The concerns go beyond Trump's controversial pledge to be "
                              "\"neutral\" during peace talks.",
                              "neutral", b, sizeof b),
                   "Trump");
  /* a noun that is the object of another verb: its owner is no speaker */
  ck_assert_str_ne(mention_of("The Tory co-chairman attacked Labour's six new pledges as "
                              "\"vacuous\" on Monday.",
                              "vacuous", b, sizeof b),
                   "Labour");
}
END_TEST

/* A participle in -ed opening a headline before a name the story writes
 * capitalized is no part of that name ("Understated Perez", "Injured
 * Chelsea winger Arjen Robben"); a word of an organization's name is. */
static const char *headline_speaker(const char *headline, char *out, size_t n) {
  char text[1024];
  snprintf(text, sizeof text,
           "%s says \"We want no part in it.\"\n\n"
           "Labor Secretary Thomas Perez stopped writing his speech, packed up his papers and "
           "moved to the cramped last row of the plane before it took off from the airport in "
           "the morning.\n\nIn city after city, Perez lobbies for a higher minimum wage and paid "
           "leave for parents, and he has become a regular voice for the administration on the "
           "road, aides to Group say.\n",
           headline);
  quoth_doc *d = tu_process(text, 0);
  snprintf(out, n, "%s", tu_speaker_name(d, "no part"));
  quoth_doc_free(d);
  return out;
}

START_TEST(test_headline_participle) {
  char b[256];
  ck_assert_str_eq(headline_speaker("Embattled Perez", b, sizeof b), "Thomas Perez");
  ck_assert_str_eq(headline_speaker("United Gun Group", b, sizeof b), "United Gun Group");
}
END_TEST

/* Verbs of jeering cue the words shouted; with an object, or as nouns,
 * they report nothing. */
START_TEST(test_jeer_cues) {
  tu_one("Freddy circled the boat as his friends jeered, “Do svidaniya!”", "“Do svidaniya!”",
         "his friends");
  tu_one("Protesters taunted, “Go home!”", "“Go home!”", "Protesters");
  ck_assert_uint_eq(tu_count("The crowd booed and jeered him until he left."), 0);
  ck_assert_uint_eq(tu_count("He left the stage amid jeers and taunts from the crowd."), 0);
}
END_TEST

/* '“Q1” - at which point the crowd chanted “Q2” - “and Q3”': the cue in
 * the writer's relative clause, and a cue whose own quote follows it, are
 * no cue of the quotes around them. */
START_TEST(test_writer_clause_between_quotes) {
  const char *t = "Earlier, Sheriff Joe Arpaio vouched for the proposal to build a wall.\n\n"
                  "He said, \"Donald Trump will build the wall\" - at which point the crowd "
                  "chanted \"Build the wall!\" - \"and restore law and order and keep drugs "
                  "out.\"";
  quoth_doc *d = tu_process(t, 0);
  ck_assert_str_eq(tu_speaker_name(d, "will build the wall"), "Joe Arpaio");
  ck_assert_str_eq(tu_speaker_name(d, "Build the wall!"), "the crowd");
  ck_assert_str_eq(tu_speaker_name(d, "and restore law"), "Joe Arpaio");
  quoth_doc_free(d);
  /* a relative inside the speaker's apposition is no writer's clause */
  tu_one("“We will hold the hearing next week,” Jones, who chairs the committee, said.",
         "“We will hold the hearing next week,”", "Jones");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("attr_missed");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_noun_cue_modifier);
  tcase_add_test(tc, test_noun_cue_after_quote);
  tcase_add_test(tc, test_object_of_preposition);
  tcase_add_test(tc, test_headline_participle);
  tcase_add_test(tc, test_jeer_cues);
  tcase_add_test(tc, test_writer_clause_between_quotes);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(suite)
