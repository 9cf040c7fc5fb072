/* check_entity_types.c - entity types and names from mention finding
 * (src/mentions.c, src/entities.c): known names of organizations and
 * places, place head words, one-word groups, title-case headlines and
 * common words opening a sentence.  Each rule with a negative case. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

/* The entity named exactly name, or NULL. */
static const quoth_entity *find(const quoth_doc *d, const char *name) {
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++)
    if (strcmp(quoth_entity_name(quoth_doc_entity(d, i)), name) == 0) return quoth_doc_entity(d, i);
  return NULL;
}

/* The type of the entity named name in text; -1 when there is none. */
static int type_of(const char *text, const char *name) {
  quoth_doc *d = tu_process(text, 0);
  const quoth_entity *e = find(d, name);
  int ty = e ? (int)quoth_entity_type_of(e) : -1;
  quoth_doc_free(d);
  return ty;
}

static int has_entity(const char *text, const char *name) { return type_of(text, name) != -1; }

/* A body of running text so that the document's case profile counts. */
#define BODY                                                                                     \
  " The senator spoke to reporters in the capital on Tuesday and said the plan would cost "      \
  "more than the state could pay. Aides said the vote would be close, and the latest count "    \
  "showed the bill short of a majority in the chamber. Clinton said the bill was a good start, " \
  "and Smith said he agreed with her."

/* "Planned Parenthood said": a known organization name, no person. */
START_TEST(test_known_org) {
  ck_assert_int_eq(type_of("Planned Parenthood said the ruling was a victory for women.",
                           "Planned Parenthood"),
                   QUOTH_ENTITY_ORGANIZATION);
  ck_assert_int_eq(type_of("Islamic State said in a statement that it had carried out the attack.",
                           "Islamic State"),
                   QUOTH_ENTITY_ORGANIZATION);
  /* negative: an unknown two-word name is a person */
  ck_assert_int_eq(type_of("Planned Parsons said the ruling was a victory for women.",
                           "Planned Parsons"),
                   QUOTH_ENTITY_PERSON);
}
END_TEST

/* "Jupiter Research said": a capitalized company word ends an organization. */
START_TEST(test_org_name_head) {
  ck_assert_int_eq(type_of("Jupiter Research said sales would fall this year.", "Jupiter Research"),
                   QUOTH_ENTITY_ORGANIZATION);
  ck_assert_int_eq(type_of("OneStat.com said sales would fall this year.", "OneStat.com"),
                   QUOTH_ENTITY_ORGANIZATION);
  /* negative: an ending that is no listed domain */
  ck_assert_int_eq(type_of("OneStat.xyz said sales would fall this year.", "OneStat.xyz"),
                   QUOTH_ENTITY_PERSON);
  /* negative: the same first word before a surname is a person */
  ck_assert_int_eq(type_of("Jupiter Jones said sales would fall this year.", "Jupiter Jones"),
                   QUOTH_ENTITY_PERSON);
}
END_TEST

/* "Sony Corp said ... Sony said": the first word of an organization's
 * name alone names the organization. */
START_TEST(test_org_first_word) {
  const char *text = "Acme Corp said profits rose. Later Acme said sales had fallen.";
  ck_assert_int_eq(type_of(text, "Acme"), QUOTH_ENTITY_ORGANIZATION);
  /* negative: a given name opening an organization's name stays a person */
  const char *text2 = "Hillary Corp said profits rose. Later Hillary said sales had fallen.";
  ck_assert_int_ne(type_of(text2, "Hillary"), QUOTH_ENTITY_ORGANIZATION);
}
END_TEST

/* "the official Xinhua News Agency said": a lower-case modifier before an
 * organization's capitalized name is no part of its name. */
START_TEST(test_org_lower_modifier) {
  const char *text = "The official Xinhua News Agency said the plan would fail.";
  ck_assert_int_eq(type_of(text, "Xinhua News Agency"), QUOTH_ENTITY_ORGANIZATION);
  ck_assert(!has_entity(text, "official Xinhua News Agency"));
  ck_assert_int_eq(type_of("The independent Institute for Fiscal Studies said taxes would rise.",
                           "Institute for Fiscal Studies"),
                   QUOTH_ENTITY_ORGANIZATION);
  /* negative: a capitalized first word stays in the name */
  ck_assert_int_eq(type_of("The Official Monster Raving Loony Party said the plan would fail.",
                           "Official Monster Raving Loony Party"),
                   QUOTH_ENTITY_ORGANIZATION);
}
END_TEST

/* "Sandy Hook", "Vigo County": a known place or a place head word. */
START_TEST(test_place_names) {
  ck_assert_int_ne(type_of("Sandy Hook said it was a day of mourning.", "Sandy Hook"),
                   QUOTH_ENTITY_PERSON);
  ck_assert_int_ne(type_of("Vigo County said the count would finish on Monday.", "Vigo County"),
                   QUOTH_ENTITY_PERSON);
  /* negative: a person whose surname is no place word */
  ck_assert_int_eq(type_of("Sandy Phillips said it was a day of mourning.", "Sandy Phillips"),
                   QUOTH_ENTITY_PERSON);
}
END_TEST

/* "ATLANTIC CITY, N.J. —": a dateline place, even when the place is
 * named again in running text. */
START_TEST(test_dateline_place) {
  const char *text = "ATLANTIC CITY, N.J. \xE2\x80\x94 Atlantic City said on Monday it would "
                     "pay its bills.\n\nMary Smith said the city would survive.";
  ck_assert_int_ne(type_of(text, "Atlantic City"), QUOTH_ENTITY_PERSON);
  /* negative: the person in the same story stays a person */
  ck_assert_int_eq(type_of(text, "Mary Smith"), QUOTH_ENTITY_PERSON);
}
END_TEST

/* "Democrats said", "Critics say": a one-word group is no person. */
START_TEST(test_groups) {
  ck_assert_int_eq(type_of("Democrats said the bill would fail." BODY, "Democrats"),
                   QUOTH_ENTITY_OTHER);
  ck_assert_int_ne(type_of("Critics said the bill would fail." BODY, "Critics"),
                   QUOTH_ENTITY_PERSON);
  /* negative: a surname in -s that speaks is a person */
  ck_assert_int_eq(type_of("Sanders said the bill would fail." BODY, "Sanders"),
                   QUOTH_ENTITY_PERSON);
}
END_TEST

/* "Clinton Wades In on Libya: ...": a headline verb ends the name. */
START_TEST(test_headline_verb) {
  const char *text = "Clinton Wades In On Libya: \xE2\x80\x9CWe must act now.\xE2\x80\x9D\n\n"
                     "Hillary Clinton spoke on Monday." BODY;
  ck_assert(!has_entity(text, "Clinton Wades In"));
  ck_assert(!has_entity(text, "Clinton Wades"));
  const char *text2 = "Carly Fiorina Endorses Ted Cruz: \xE2\x80\x9CHe can win.\xE2\x80\x9D\n\n"
                      "Fiorina spoke to reporters on Monday." BODY;
  ck_assert(!has_entity(text2, "Carly Fiorina Endorses Ted Cruz"));
  ck_assert(has_entity(text2, "Carly Fiorina"));
  /* negative: a surname the story capitalizes stays in the name */
  const char *text3 = "Bernie Sanders Wins In Michigan: \xE2\x80\x9CWe did it.\xE2\x80\x9D\n\n"
                      "On Monday, Sanders spoke to reporters." BODY;
  ck_assert(has_entity(text3, "Bernie Sanders"));
}
END_TEST

/* "Newly Released Report Says: ...": a headline name part of -ly adverbs
 * and common words names no one. */
START_TEST(test_headline_opener) {
  const char *text = "Newly Released Report Says: \xE2\x80\x9CThe plan failed.\xE2\x80\x9D\n\n"
                     "The report was released on Monday." BODY;
  ck_assert(!has_entity(text, "Newly"));
  ck_assert_int_ne(type_of(text, "Newly Released Report"), QUOTH_ENTITY_PERSON);
  /* negative: a given name in -ly is a name */
  const char *text2 = "Kelly Says Plan Failed: \xE2\x80\x9CThe plan failed.\xE2\x80\x9D\n\n"
                      "The report was released on Monday." BODY;
  ck_assert(has_entity(text2, "Kelly"));
}
END_TEST

/* "Publicly, Clinton said": a common word opening a sentence names no one. */
START_TEST(test_common_opener) {
  const char *text = "Publicly, Clinton said the plan was sound." BODY;
  ck_assert(!has_entity(text, "Publicly"));
  ck_assert(has_entity(text, "Clinton"));
  /* negative: a name opening a sentence before a comma is a speaker */
  const char *text2 = "Smith, the senator, said the plan was sound." BODY;
  ck_assert(has_entity(text2, "Smith"));
}
END_TEST

/* "Celebrating Clinton ...": an -ing word before a name of the story. */
START_TEST(test_gerund_before_name) {
  const char *text = "Celebrating Clinton said the plan was sound." BODY;
  ck_assert(!has_entity(text, "Celebrating Clinton"));
  /* negative: a name in -ing the story capitalizes stays whole */
  const char *text2 = "Manning Clinton said the plan was sound. Later Manning Clinton left." BODY;
  ck_assert(has_entity(text2, "Manning Clinton"));
}
END_TEST

/* "his campaign said": an owned organization noun is an organization. */
START_TEST(test_owned_org) {
  const char *text = "Bernie Sanders spoke on Monday. His campaign said the count was wrong.";
  quoth_doc *d = tu_process(text, 0);
  int found = 0;
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++) {
    const quoth_entity *e = quoth_doc_entity(d, i);
    if (strstr(quoth_entity_name(e), "ampaign")) {
      found = 1;
      ck_assert_int_eq(quoth_entity_type_of(e), QUOTH_ENTITY_ORGANIZATION);
    }
  }
  quoth_doc_free(d);
  ck_assert(found);
  /* negative: an owned role is a person */
  const char *text2 = "Bernie Sanders spoke on Monday. His spokesman said the count was wrong.";
  d = tu_process(text2, 0);
  found = 0;
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++) {
    const quoth_entity *e = quoth_doc_entity(d, i);
    if (strstr(quoth_entity_name(e), "spokesman")) {
      found = 1;
      ck_assert_int_eq(quoth_entity_type_of(e), QUOTH_ENTITY_PERSON);
    }
  }
  quoth_doc_free(d);
  ck_assert(found);
}
END_TEST

/* Type of the first entity whose name contains part, or -1. */
static int type_containing(const char *text, const char *part) {
  quoth_doc *d = tu_process(text, 0);
  int ty = -1;
  for (size_t i = 0; i < quoth_doc_entity_count(d) && ty < 0; i++)
    if (strstr(quoth_entity_name(quoth_doc_entity(d, i)), part))
      ty = (int)quoth_entity_type_of(quoth_doc_entity(d, i));
  quoth_doc_free(d);
  return ty;
}

/* "the poll said": a record that speaks is typed other, no organization. */
START_TEST(test_record_nominal) {
  ck_assert_int_eq(type_containing("The report said the program had failed.", "report"),
                   QUOTH_ENTITY_OTHER);
  /* negative: an organization noun stays an organization */
  ck_assert_int_eq(type_containing("The ministry said the program had failed.", "ministry"),
                   QUOTH_ENTITY_ORGANIZATION);
}
END_TEST

/* The name of the speaker of the last statement of text ("" for none). */
static void last_speaker(const char *text, char *out, size_t n) {
  quoth_doc *d = tu_process(text, 0);
  size_t ns = quoth_doc_statement_count(d);
  const quoth_entity *e = ns ? quoth_statement_speaker(quoth_doc_statement(d, ns - 1)) : NULL;
  snprintf(out, n, "%s", e ? quoth_entity_name(e) : "");
  quoth_doc_free(d);
}

/* "Colleen Deacon", "Martin Baron": a title word closing a run right after
 * a given name is a surname. */
START_TEST(test_title_surname) {
  ck_assert_int_eq(type_of("Colleen Deacon said the race was close.", "Colleen Deacon"),
                   QUOTH_ENTITY_PERSON);
  ck_assert_int_eq(type_of("Editor Martin Baron said the race was close.", "Martin Baron"),
                   QUOTH_ENTITY_PERSON);
  /* negative: a title after a word that is no given name stays a title */
  ck_assert_int_ne(type_of("Senate Deacon said the race was close.", "Senate Deacon"),
                   QUOTH_ENTITY_PERSON);
  /* negative: a title before the name is still a title */
  ck_assert_int_eq(type_of("Senate Majority Leader Mitch McConnell said the race was close.",
                           "Mitch McConnell"),
                   QUOTH_ENTITY_PERSON);
}
END_TEST

/* "Mayor Don Guardian": an organization noun after a given name is a surname. */
START_TEST(test_given_orghead) {
  ck_assert_int_eq(type_containing("Mayor Don Guardian said the city was broke.", "Guardian"),
                   QUOTH_ENTITY_PERSON);
  /* negative: the newspaper is an organization */
  ck_assert_int_eq(type_of("The Guardian said the city was broke.", "Guardian"),
                   QUOTH_ENTITY_ORGANIZATION);
  /* negative: a name before two organization words names the organization */
  ck_assert_int_eq(type_containing("Don Guardian Foundation said the city was broke.", "Guardian"),
                   QUOTH_ENTITY_ORGANIZATION);
}
END_TEST

/* "8 p.m. EST": a known time zone in capitals is no acronym of an
 * organization, so "it" does not find it. */
START_TEST(test_known_caps_thing) {
  const char *text = "The vote closes at 8 p.m. EST on Monday, the state said. "
                     "It said the count would be slow.";
  ck_assert_int_eq(has_entity(text, "EST"), 0);
  /* negative: an unknown word in capitals is still an organization */
  ck_assert_int_eq(type_of("The vote closes at 8 p.m. on Monday, the NRA said. "
                           "It said the count would be slow.",
                           "NRA"),
                   QUOTH_ENTITY_ORGANIZATION);
}
END_TEST

/* "Bernie Sanders ... Bernie said": a lone given name is the one person
 * named in full with it. */
START_TEST(test_lone_given) {
  char who[128];
  last_speaker("Bernie Sanders spoke in Iowa on Monday. Later, Bernie said the race was close.",
               who, sizeof who);
  ck_assert_str_eq(who, "Bernie Sanders");
  /* negative: two people share the given name, so it names neither */
  last_speaker("Bernie Sanders and Bernie Smith spoke in Iowa on Monday. Later, Bernie said the "
               "race was close.",
               who, sizeof who);
  ck_assert_str_eq(who, "Bernie");
}
END_TEST

/* "Marty Walz ... she said": a unisex given name gives no gender. */
START_TEST(test_unisex_given) {
  char who[128];
  last_speaker("Marty Walz spoke in Boston on Monday. \"We will win,\" she said.", who, sizeof who);
  ck_assert_str_eq(who, "Marty Walz");
  /* negative: a man's given name keeps its gender */
  last_speaker("Martin Walz spoke in Boston on Monday. \"We will win,\" she said.", who, sizeof who);
  ck_assert_str_ne(who, "Martin Walz");
}
END_TEST

/* "cleric Anwar al-Awlaki": a hyphenated lower-case particle before a
 * capitalized surname continues the name. */
START_TEST(test_particle_surname) {
  char who[128];
  last_speaker("The cleric Anwar al-Awlaki met them. \"We will fight,\" he said.", who, sizeof who);
  ck_assert_str_eq(who, "Anwar al-Awlaki");
  /* negative: a lower-case word after the hyphen is no surname */
  last_speaker("The cleric Anwar al-awlaki met them. \"We will fight,\" he said.", who, sizeof who);
  ck_assert_str_eq(who, "Anwar");
}
END_TEST

/* "Footage of Al-Awlaki appears", "Proponents of the bill said": a
 * sentence-initial common noun before "of" is no name (the noun phrase is
 * a group, not a person called "Proponents"). */
START_TEST(test_common_head_of) {
  char who[512];
  last_speaker(BODY " Proponents of the bill said it would help.", who, sizeof who);
  ck_assert_str_eq(who, "Proponents of the bill");
  ck_assert_int_eq(type_of(BODY " Proponents of the bill said it would help.", "Proponents"), -1);
  /* negative: a name the story capitalizes mid-sentence stays a name */
  last_speaker(BODY " Smith of Vermont said it would help.", who, sizeof who);
  ck_assert_str_eq(who, "Smith");
}
END_TEST

/* "Manhattan-made Mr. Trump": a gendered honorific opens a new name. */
START_TEST(test_honorific_break) {
  ck_assert_int_eq(has_entity("Outspoken Mr. Trump said the race was close.", "Trump"), 1);
  /* negative: a state before a political title stays with the name's title */
  ck_assert_int_eq(has_entity("New Jersey Gov. Chris Christie said the race was close.", "New Jersey"),
                   0);
}
END_TEST

/* "Alan Grayson ... Dena Minning Grayson": two given names, two people. */
START_TEST(test_given_names_split) {
  char who[128];
  last_speaker("Rep. Alan Grayson spoke first. His wife, Dena Minning Grayson, spoke next. "
               "\"We will win,\" Dena Grayson said.",
               who, sizeof who);
  ck_assert_str_eq(who, "Dena Minning Grayson");
  /* negative: a bare surname goes to the first of them */
  last_speaker("Rep. Alan Grayson spoke first. His wife, Dena Minning Grayson, spoke next. "
               "\"We will win,\" Grayson said.",
               who, sizeof who);
  ck_assert_str_eq(who, "Alan Grayson");
}
END_TEST

static Suite *entity_types_suite(void) {
  Suite *s = suite_create("entity_types");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_known_org);
  tcase_add_test(tc, test_org_name_head);
  tcase_add_test(tc, test_org_first_word);
  tcase_add_test(tc, test_org_lower_modifier);
  tcase_add_test(tc, test_record_nominal);
  tcase_add_test(tc, test_place_names);
  tcase_add_test(tc, test_dateline_place);
  tcase_add_test(tc, test_groups);
  tcase_add_test(tc, test_headline_verb);
  tcase_add_test(tc, test_headline_opener);
  tcase_add_test(tc, test_common_opener);
  tcase_add_test(tc, test_gerund_before_name);
  tcase_add_test(tc, test_owned_org);
  tcase_add_test(tc, test_title_surname);
  tcase_add_test(tc, test_given_orghead);
  tcase_add_test(tc, test_known_caps_thing);
  tcase_add_test(tc, test_lone_given);
  tcase_add_test(tc, test_unisex_given);
  tcase_add_test(tc, test_particle_surname);
  tcase_add_test(tc, test_common_head_of);
  tcase_add_test(tc, test_honorific_break);
  tcase_add_test(tc, test_given_names_split);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(entity_types_suite)
