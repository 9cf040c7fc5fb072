/* check_mention_lead.c - what a word before or inside a name says about
 * it: "security firm Sophos" is an organization (mentions.c
 * org_described), "US Attorney" holds no pronoun (tokens.c classify),
 * "Our Principles PAC" is a name (mentions.c mention_at), and "our
 * correspondent" in narration is the paper's, no entity's (entities.c
 * compatible).  Each test holds a negative case. */
#include "testutil.h"

/* The type of the speaker of the statement holding needle. */
static quoth_entity_type speaker_type(quoth_doc *d, const char *needle) {
  const quoth_entity *e = quoth_statement_speaker(tu_statement(d, needle));
  ck_assert_ptr_nonnull(e);
  return quoth_entity_type_of(e);
}

START_TEST(test_described_organization) {
  quoth_doc *d = tu_process("Security firm Sophos said the virus was spreading fast.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "virus"), "Sophos");
  ck_assert_int_eq(speaker_type(d, "virus"), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
  d = tu_process("Russian oil giant Yukos said it would appeal.", 0);
  ck_assert_int_eq(speaker_type(d, "appeal"), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
  /* negative: a given name after the noun is a person of that body */
  d = tu_process("The club John Smith manages won, and John Smith said it was fair.", 0);
  ck_assert_int_eq(speaker_type(d, "was fair"), QUOTH_ENTITY_PERSON);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_capital_us_is_no_pronoun) {
  quoth_doc *d = tu_process("\"They defrauded the public,\" said US Attorney Roslynn Mauskopf.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "defrauded"), "Roslynn Mauskopf");
  quoth_doc_free(d);
  /* negative: "us" in lower case is still a pronoun, with no antecedent */
  d = tu_process("Diplomats met on Monday. One of us said the talks went well.", 0);
  const quoth_statement *st = tu_find(d, "talks went well");
  ck_assert(!st || !quoth_statement_speaker(st) ||
            strcmp(quoth_entity_name(quoth_statement_speaker(st)), "Diplomats"));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_capitalized_pronoun_opens_name) {
  quoth_doc *d = tu_process("The ads come from Our Principles PAC, a Super PAC. "
                            "On Monday Our Principles PAC said Trump was a fraud.", 0);
  ck_assert_int_eq(speaker_type(d, "was a fraud"), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
  /* negative: opening the sentence it is the possessive ("Our sources") */
  d = tu_process("Our sources said Trump was a fraud.", 0);
  const quoth_statement *st = tu_find(d, "was a fraud");
  ck_assert(!st || !quoth_statement_speaker(st) ||
            !strstr(quoth_entity_name(quoth_statement_speaker(st)), "Our"));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_our_correspondent_is_no_ones) {
  quoth_doc *d = tu_process("The union Unison met ministers on Monday. This would allow months "
                            "of talks, said our correspondent.", 0);
  const quoth_statement *st = tu_statement(d, "months");
  const quoth_entity *e = quoth_statement_speaker(st);
  ck_assert(!e || !strstr(quoth_entity_name(e), "Unison"));
  quoth_doc_free(d);
  /* negative: a third-person owner still links the role */
  d = tu_process("Aguila Saleh met the envoy. His spokesman said the talks went well.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "talks went well"), "spokesman of Aguila Saleh");
  quoth_doc_free(d);
}
END_TEST

/* The addressee of the statement holding needle, or "". */
static const char *addressee_of(quoth_doc *d, const char *needle) {
  const quoth_entity *e = quoth_statement_addressee(tu_statement(d, needle));
  return e ? quoth_entity_name(e) : "";
}

/* "told the BBC News website", "told Reuters news agency", "told CNN's
 * Jake Tapper": a cue phrase ending in a name that goes on is the verb
 * alone, the addressee the whole noun phrase (attr_cues.c phrase_at,
 * attr_reported.c past_addressee, attr_np.c quoth__np_right). */
START_TEST(test_addressee_goes_on) {
  quoth_doc *d = tu_process("Antony Townsden told the BBC News website it was a laughable "
                            "suggestion.", 0);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(tu_statement(d, "laughable"))),
                   "it was a laughable suggestion");
  ck_assert_str_eq(addressee_of(d, "laughable"), "BBC News website");
  quoth_doc_free(d);
  d = tu_process("Antony Townsden told Reuters news agency it was a laughable suggestion.", 0);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(tu_statement(d, "laughable"))),
                   "it was a laughable suggestion");
  ck_assert_str_eq(addressee_of(d, "laughable"), "Reuters");
  quoth_doc_free(d);
  d = tu_process("Mr Blair told BBC Radio 4's Today programme the money would not be diverted.",
                 0);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(tu_statement(d, "diverted"))),
                   "the money would not be diverted");
  quoth_doc_free(d);
  /* negative: a programme noun opening the content after a nominal stays */
  d = tu_process("Mr Brown said on Monday a programme had been agreed.", 0);
  ck_assert_ptr_nonnull(tu_find(d, "a programme had been agreed"));
  quoth_doc_free(d);
  d = tu_process("Mr Blair told Labour MPs the Labour party would win.", 0);
  ck_assert_ptr_nonnull(tu_find(d, "the Labour party would win"));
  quoth_doc_free(d);
  d = tu_process("Antony Townsden told CNN's Jake Tapper it was a laughable suggestion.", 0);
  ck_assert_str_eq(addressee_of(d, "laughable"), "Jake Tapper");
  quoth_doc_free(d);
  /* negatives: a capitalized subject of the content, and "according to"
   * before an organization noun, leave the phrase whole */
  d = tu_process("Antony Townsden told the BBC Mr Howard was wrong.", 0);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(tu_statement(d, "wrong"))),
                   "Mr Howard was wrong");
  quoth_doc_free(d);
  d = tu_process("Prices rose at the fastest rate in six years, according to government data.",
                 0);
  ck_assert_ptr_nonnull(tu_find(d, "fastest rate"));
  quoth_doc_free(d);
}
END_TEST

/* "said chairman and chief executive officer Bill Ford": titles joined by
 * "and" are one title (mentions.c title_and).  Negative: "and" before a
 * name that has no title of its own joins nothing. */
START_TEST(test_titles_joined_by_and) {
  quoth_doc *d = tu_process("\"Our company gained momentum,\" said chairman and chief executive "
                            "officer Bill Ford.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "momentum"), "Bill Ford");
  quoth_doc_free(d);
  d = tu_process("Japanese journalist and author Hiro Aida said the remark was insensitive.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "insensitive"), "Hiro Aida");
  quoth_doc_free(d);
  d = tu_process("\"We won,\" said the manager, and Tom Smith agreed.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "We won"), "the manager");
  quoth_doc_free(d);
}
END_TEST

/* "“Q,” Trump told reporters", "told the crowd that": a "tell" phrase names
 * its addressee (attribute.c phrase_addressees).  Negative: "said" alone
 * has none. */
START_TEST(test_phrase_addressee) {
  quoth_doc *d = tu_process("\"Mexico will pay,\" Trump told reporters.", 0);
  ck_assert_str_eq(addressee_of(d, "Mexico"), "reporters");
  quoth_doc_free(d);
  d = tu_process("Trump told the crowd that Mexico would pay.", 0);
  ck_assert_str_eq(addressee_of(d, "Mexico"), "the crowd");
  quoth_doc_free(d);
  d = tu_process("Trump said that Mexico would pay.", 0);
  ck_assert_str_eq(addressee_of(d, "Mexico"), "");
  quoth_doc_free(d);
}
END_TEST

/* "Ms King", "Mr Major": a title word after a courtesy honorific is a
 * surname; "Brian May", "Al From": a capitalized function word after a
 * given name too (mentions.c surname_title, stopword_surname).  Negative:
 * "Lord Chancellor" stays a title. */
START_TEST(test_surnames_that_are_words) {
  quoth_doc *d = tu_process("Ms King has represented the seat since 1997. She said she was "
                            "delighted.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "delighted"), "King");
  quoth_doc_free(d);
  d = tu_process("Brian May said he expects to tour.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "expects"), "Brian May");
  quoth_doc_free(d);
  d = tu_process("The Lord Chancellor said it was fair.", 0);
  ck_assert_int_ne(speaker_type(d, "fair"), QUOTH_ENTITY_PERSON);
  quoth_doc_free(d);
}
END_TEST

/* "A Conservative spokeswoman said ... She said": an unnamed person by
 * title is "he" or "she" (entities.c compatible, personal); "said a
 * Juventus official ... he added" is one entity with its article or
 * without (same_phrase), and the resolution is "pronoun".  Negative: an
 * organization noun is no "he". */
START_TEST(test_pronoun_to_unnamed_person) {
  quoth_doc *d = tu_process("A Conservative spokeswoman said the party kept the rules. She "
                            "said: \"We do apply TPS.\"", 0);
  ck_assert_str_eq(tu_speaker_name(d, "apply TPS"), "A Conservative spokeswoman");
  ck_assert_int_eq(quoth_statement_resolution(tu_statement(d, "apply TPS")),
                   QUOTH_RESOLVED_PRONOUN);
  quoth_doc_free(d);
  d = tu_process("\"Mutu will be in the stand,\" said a Juventus official, who declined to be "
                 "named. \"Then he will meet people,\" he added.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "meet people"), "a Juventus official");
  quoth_doc_free(d);
  d = tu_process("The ministry said the talks failed. He said: \"We tried.\"", 0);
  const quoth_entity *e = quoth_statement_speaker(tu_statement(d, "We tried"));
  ck_assert(!e || strcmp(quoth_entity_name(e), "the ministry"));
  quoth_doc_free(d);
}
END_TEST

/* "Morrisons, Woolworths, Marks & Spencer and Big Food all said": a comma
 * list of names before "X and Y" speaks as one (attr_subject.c
 * list_start); "Marks & Spencer" is one organization's name.  Negative:
 * names that are a verb's objects ("Trump met Smith, Jones and Brown
 * said") are no list subject. */
START_TEST(test_list_of_names_speaks) {
  quoth_doc *d = tu_process("Morrisons, Woolworths, Marks & Spencer and Big Food all said that "
                            "the festive period was disappointing.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "festive"),
                   "Morrisons, Woolworths, Marks & Spencer and Big Food");
  quoth_doc_free(d);
  d = tu_process("Marks & Spencer said sales fell.", 0);
  ck_assert_int_eq(speaker_type(d, "sales fell"), QUOTH_ENTITY_ORGANIZATION);
  quoth_doc_free(d);
  d = tu_process("Trump met Smith, Jones and Brown said the talks failed.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "talks failed"), "Brown");
  quoth_doc_free(d);
}
END_TEST

/* "The two firms signed a Memorandum of Understanding, and say ...": a
 * count after the determiner and plural organization nouns still make a
 * nominal, the subject of the coordinated cue (mentions.c nominal_end).
 * Negative: the name inside the first predicate does not speak. */
START_TEST(test_counted_nominal_subject) {
  quoth_doc *d = tu_process("The two firms signed a Memorandum of Understanding, and say they "
                            "expect to seal a deal.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "seal a deal"), "the two firms");
  quoth_doc_free(d);
}
END_TEST

/* "Arsenal striker Thierry Henry scored twice. The 27-year-old said": an
 * age epithet stands for the person last in view (entities.c
 * age_epithet).  Negatives: with nobody in view it stays itself; an
 * indefinite "a 27-year-old fan" is someone new. */
START_TEST(test_age_epithet) {
  quoth_doc *d = tu_process("Arsenal striker Thierry Henry scored twice. The 27-year-old said it "
                            "was a great night.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "great night"), "Thierry Henry");
  quoth_doc_free(d);
  d = tu_process("The 27-year-old said it was a great night.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "great night"), "the 27-year-old");
  quoth_doc_free(d);
  d = tu_process("Thierry Henry scored twice. A 27-year-old fan said it was a great night.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "great night"), "A 27-year-old fan");
  quoth_doc_free(d);
}
END_TEST

static Suite *mention_lead_suite(void) {
  Suite *s = suite_create("mention_lead");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_described_organization);
  tcase_add_test(tc, test_capital_us_is_no_pronoun);
  tcase_add_test(tc, test_capitalized_pronoun_opens_name);
  tcase_add_test(tc, test_our_correspondent_is_no_ones);
  tcase_add_test(tc, test_addressee_goes_on);
  tcase_add_test(tc, test_titles_joined_by_and);
  tcase_add_test(tc, test_phrase_addressee);
  tcase_add_test(tc, test_surnames_that_are_words);
  tcase_add_test(tc, test_pronoun_to_unnamed_person);
  tcase_add_test(tc, test_list_of_names_speaks);
  tcase_add_test(tc, test_counted_nominal_subject);
  tcase_add_test(tc, test_age_epithet);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(mention_lead_suite)
