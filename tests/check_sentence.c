/* check_sentence.c - the sentence splitter: one test per repair, bad input,
 * offsets, and pathological inputs with generous time limits. */
#include <stdarg.h>
#include <stdio.h>

#include "testutil.h"

/* Splits text[0..len) in language lang; fails the test on error.  Caller
 * frees with quoth_doc_free(). */
static quoth_doc *split_n(const char *text, size_t len, const char *lang, unsigned opts) {
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), lang, opts | QUOTH_OPT_SENTENCES_ONLY, &e),
                   QUOTH_OK);
  int st = quoth_engine_process(e, text, len, &d);
  ck_assert_msg(st == QUOTH_OK, "process: %s", quoth_strerror(st));
  quoth_engine_free(e);
  return d;
}

/* Asserts that text splits into exactly the sentences given (NULL-ended). */
static void expect_lang(const char *lang, unsigned opts, const char *text, ...) {
  quoth_doc *d = split_n(text, strlen(text), lang, opts);
  va_list ap;
  va_start(ap, text);
  size_t i = 0;
  for (const char *want; (want = va_arg(ap, const char *)) != NULL; i++) {
    ck_assert_msg(i < quoth_doc_sentence_count(d), "%s: only %zu sentences, wanted '%s'", text,
                  quoth_doc_sentence_count(d), want);
    ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, i)), want);
  }
  va_end(ap);
  ck_assert_msg(quoth_doc_sentence_count(d) == i, "%s: %zu sentences, wanted %zu", text,
                quoth_doc_sentence_count(d), i);
  quoth_doc_free(d);
}

#define expect(text, ...) expect_lang("en", 0, text, __VA_ARGS__, NULL)

static size_t count_sentences(const char *text, unsigned opts) {
  quoth_doc *d = tu_process(text, opts | QUOTH_OPT_SENTENCES_ONLY);
  size_t n = quoth_doc_sentence_count(d);
  quoth_doc_free(d);
  return n;
}

START_TEST(test_basic) {
  expect("Hello World. My name is Jonas.", "Hello World.", "My name is Jonas.");
  ck_assert_uint_eq(count_sentences("No end here\n\nNor here", 0), 2);
  ck_assert_uint_eq(count_sentences("", 0), 0);
  ck_assert_uint_eq(count_sentences(" \n\t ", 0), 0);
}
END_TEST

START_TEST(test_abbreviations) {
  expect("I work for the U.S. Government in Virginia.",
         "I work for the U.S. Government in Virginia.");
  expect("I live in the U.S. How about you?", "I live in the U.S.", "How about you?");
  expect("Gen. Haftar said so. He left.", "Gen. Haftar said so.", "He left.");
  expect("He lives at No. 10 Downing Street.", "He lives at No. 10 Downing Street.");
  expect("Please turn to p. 55.", "Please turn to p. 55.");
  expect("At 5 a.m. Mr. Smith went to the bank.", "At 5 a.m. Mr. Smith went to the bank.");
  expect("St. Michael's Church is on 5th st. near the light.",
         "St. Michael's Church is on 5th st. near the light.");
  /* A number abbreviation only holds before a digit. */
  expect("He said no. Then he left.", "He said no.", "Then he left.");
  /* Acronyms are not the case-folded abbreviations Ms. and Dec. */
  expect("Patients with MS. Final approval is near.", "Patients with MS.",
         "Final approval is near.");
  expect("The money goes to the DEC. Officials agreed.", "The money goes to the DEC.",
         "Officials agreed.");
  /* An apostrophe inside a word is no token start: "don't." is not "t." */
  expect("You like it or you don't. Simple as that.", "You like it or you don't.",
         "Simple as that.");
}
END_TEST

START_TEST(test_initials) {
  expect("My name is Jonas E. Smith.", "My name is Jonas E. Smith.");
  expect("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
         "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?");
  expect("President George W. Bush spoke.", "President George W. Bush spoke.");
  expect("It was Plan B. The plan failed.", "It was Plan B.", "The plan failed.");
  /* A capital initial that is also a lower-case number abbreviation
   * ("p." page): "Robert P. Casey" holds, "see p. The" still breaks. */
  expect("Sen. Robert P. Casey Jr. said so.", "Sen. Robert P. Casey Jr. said so.");
  expect("See p. The next page says more.", "See p.", "The next page says more.");
  /* A bracket after an abbreviation opens an aside. */
  expect("Sen. Bob Casey Jr. (D-Pa.) said so. Acme Inc. (NYSE: ACM) rose.",
         "Sen. Bob Casey Jr. (D-Pa.) said so.", "Acme Inc. (NYSE: ACM) rose.");
}
END_TEST

START_TEST(test_lists) {
  expect("1.) The first item 2.) The second item", "1.) The first item",
         "2.) The second item");
  expect("1.) The first item. 2.) The second item.", "1.) The first item.",
         "2.) The second item.");
  expect("1) The first item 2) The second item", "1) The first item", "2) The second item");
  expect("1. The first item 2. The second item", "1. The first item", "2. The second item");
  expect("a. The first item b. The second item c. The third list item", "a. The first item",
         "b. The second item", "c. The third list item");
  expect("\xE2\x80\xA2 9. The first item \xE2\x80\xA2 10. The second item",
         "\xE2\x80\xA2 9. The first item", "\xE2\x80\xA2 10. The second item");
  expect("\xE2\x81\x83" "9. The first item \xE2\x81\x83" "10. The second item",
         "\xE2\x81\x83" "9. The first item", "\xE2\x81\x83" "10. The second item");
  /* A paragraph that does not open with a marker is no list. */
  expect("He scored 1 goal in 2 games.", "He scored 1 goal in 2 games.");
  /* An initial at the start of a paragraph opens no list. */
  expect("A. Smith met B. Jones.", "A. Smith met B. Jones.");
}
END_TEST

START_TEST(test_ellipses) {
  expect("I wasn\xE2\x80\x99t really ... well, what I mean...see . . . what I'm saying, the "
         "thing is . . . I didn\xE2\x80\x99t mean it.",
         "I wasn\xE2\x80\x99t really ... well, what I mean...see . . . what I'm saying, the "
         "thing is . . . I didn\xE2\x80\x99t mean it.");
  expect("It was weakened . . . was that of compounds. . . . The practice was not abandoned. . . .",
         "It was weakened . . . was that of compounds.",
         ". . . The practice was not abandoned. . . .");
  expect("End it with a period . . . . Next sentence.", "End it with a period . . . .",
         "Next sentence.");
  expect("\"Bohr [...] used stairways [...]\" (Smith 55).",
         "\"Bohr [...] used stairways [...]\" (Smith 55).");
  expect("He came... Then he left.", "He came...", "Then he left.");
  expect("He paused\xE2\x80\xA6 and went on.", "He paused\xE2\x80\xA6 and went on.");
}
END_TEST

START_TEST(test_exclamation_inside) {
  expect("She works at Yahoo! in the accounting department.",
         "She works at Yahoo! in the accounting department.");
  expect("Stop! Then go.", "Stop!", "Then go.");
  expect("He won Jeopardy! twice.", "He won Jeopardy! twice.");
  expect("Kerrang! editor Ashley Bird said so.", "Kerrang! editor Ashley Bird said so.");
  /* After a lower-case word ICU's break stands. */
  expect("It was put in! it will be fun.", "It was put in!", "it will be fun.");
  expect_lang("kk", 0, "\xD0\xBA\xD1\x96\xD0\xBC? \xD0\xBD\xD0\xB5?",
              "\xD0\xBA\xD1\x96\xD0\xBC?", "\xD0\xBD\xD0\xB5?", NULL);
  /* The repairs are off with QUOTH_OPT_PLAIN_ICU. */
  expect_lang("en", QUOTH_OPT_PLAIN_ICU, "She works at Yahoo! in the accounting department.",
              "She works at Yahoo!", "in the accounting department.", NULL);
}
END_TEST

START_TEST(test_missing_space) {
  expect("Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a "
         "lot.",
         "Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.",
         "That is a lot.");
  expect("Her email is Jane.Doe@example.com. I sent her an email.",
         "Her email is Jane.Doe@example.com.", "I sent her an email.");
  expect("See the fansite Halo.Bungie.Org today.", "See the fansite Halo.Bungie.Org today.");
  expect("The worm W32.Bagle.AT spread.", "The worm W32.Bagle.AT spread.");
  expect("Mr.Smith arrived.", "Mr.Smith arrived.");
  expect_lang("da", 0, "Hello world.I dag is Tuesday.Hr. Smith went.", "Hello world.",
              "I dag is Tuesday.", "Hr. Smith went.", NULL);
  expect("It was the end.XVIII century art began.", "It was the end.",
         "XVIII century art began.");
  expect("It was Bagle.CD in it.", "It was Bagle.CD in it.");
  expect("The Zafi.D virus spread.", "The Zafi.D virus spread.");
  expect("It was rare (in Belmarsh, for example).This country signs up.",
         "It was rare (in Belmarsh, for example).", "This country signs up.");
  /* A number after a plain word's full stop starts a sentence. */
  expect("Prices rose. 80% of costs are labour.", "Prices rose.", "80% of costs are labour.");
  expect("It moved to News Corp. 18 months ago.", "It moved to News Corp. 18 months ago.");
  expect("He won on Mar. 15 in Ohio.", "He won on Mar. 15 in Ohio.");
  /* A glued ellipsis keeps ICU's break. */
  expect("He paused...Then he left.", "He paused...", "Then he left.");
}
END_TEST

START_TEST(test_quotations) {
  expect("\xE2\x80\x9CIs it late?\xE2\x80\x9D asked Mr. Brown.",
         "\xE2\x80\x9CIs it late?\xE2\x80\x9D asked Mr. Brown.");
  expect("\xE2\x80\x9CI leave Libya\xE2\x80\xA6,\xE2\x80\x9D Antonio Guterres said.",
         "\xE2\x80\x9CI leave Libya\xE2\x80\xA6,\xE2\x80\x9D Antonio Guterres said.");
  expect("\xE2\x80\x9CIt should be resolved peacefully.\xE2\x80\x9D The General Secretariat met.",
         "\xE2\x80\x9CIt should be resolved peacefully.\xE2\x80\x9D",
         "The General Secretariat met.");
  expect("\"Where is it?\" he asked.", "\"Where is it?\" he asked.");
  /* A short attribution with a speech verb after "?" or "!" and a quote. */
  expect("\"Really?\" Mr. Smith said. Yes.", "\"Really?\" Mr. Smith said.", "Yes.");
  expect("\"Why?\" Smith said, smiling.", "\"Why?\" Smith said, smiling.");
  /* Not when a new quotation, a sentence starter or a long clause follows. */
  expect("\"Why?\" Tell him now.", "\"Why?\"", "Tell him now.");
  expect("\"Is it?\" \"If they say so,\" he said.", "\"Is it?\"",
         "\"If they say so,\" he said.");
  expect("\"Why?\" He said: \"We win.\"", "\"Why?\"", "He said: \"We win.\"");
  expect("\"Why not?\" The minister told reporters he would resign.", "\"Why not?\"",
         "The minister told reporters he would resign.");
}
END_TEST

START_TEST(test_line_wraps) {
  expect("This is a sentence\ncut off in the middle.", "This is a sentence\ncut off in the middle.");
  expect("It was a cold \nnight in the city.", "It was a cold \nnight in the city.");
  expect("Headline here\nThe body starts.", "Headline here", "The body starts.");
  expect("- item one\n- item two", "- item one", "- item two");
}
END_TEST

START_TEST(test_languages) {
  expect_lang("de", 0, "Was sind die Konsequenzen der Abstimmung vom 12. Juni?",
              "Was sind die Konsequenzen der Abstimmung vom 12. Juni?", NULL);
  expect_lang("de", 0, "Er kam am 12. Dann ging er.", "Er kam am 12.", "Dann ging er.", NULL);
  expect_lang("da", 0, "De holdt Skt. Hans i byen.", "De holdt Skt. Hans i byen.", NULL);
  expect_lang("da", 0, "Jeg bor i E.U. Hvad med dig?", "Jeg bor i E.U.", "Hvad med dig?", NULL);
  expect_lang("bg", 0, "\xD0\x9F\xD0\xBB. \"20 \xD0\x90\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBB\"",
              "\xD0\x9F\xD0\xBB. \"20 \xD0\x90\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBB\"", NULL);
  /* A regional tag falls back to its language's lexicons. */
  expect_lang("en-GB", 0, "Gen. Haftar spoke.", "Gen. Haftar spoke.", NULL);
}
END_TEST

/* ---- offsets and bad input ---------------------------------------------- */

START_TEST(test_offsets_trimmed) {
  quoth_doc *d = split_n("  Hello.   World.  ", 19, "en", 0);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_uint_eq(quoth_doc_sentence(d, 0).start, 2);
  ck_assert_uint_eq(quoth_doc_sentence(d, 0).end, 8);
  ck_assert_uint_eq(quoth_doc_sentence(d, 1).start, 11);
  ck_assert_uint_eq(quoth_doc_sentence(d, 1).end, 17);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_invalid_utf8) {
  const char *t = "Bad \xff\xfe byte. Next \xc0\xaf one.";
  quoth_engine *e;
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", QUOTH_OPT_SENTENCES_ONLY, &e), 0);
  ck_assert_int_eq(quoth_engine_process(e, t, strlen(t), &d), QUOTH_EUTF8);
  ck_assert_uint_eq(quoth_engine_error_offset(e), 4);
  quoth_engine_free(e);
  d = split_n(t, strlen(t), "en", QUOTH_OPT_REPLACE_INVALID);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, 0)), "Bad \xff\xfe byte.");
  ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, 1)), "Next \xc0\xaf one.");
  quoth_doc_free(d);
  /* A truncated sequence at the very end. */
  d = split_n("Cut. Off \xe2\x80", 11, "en", QUOTH_OPT_REPLACE_INVALID);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_uint_eq(quoth_doc_sentence(d, 1).end, 11);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_nul_and_bom) {
  static const char nul[] = "One.\0 Two. Three.";
  quoth_doc *d = split_n(nul, sizeof nul - 1, "en", QUOTH_OPT_REPLACE_INVALID);
  ck_assert_uint_ge(quoth_doc_sentence_count(d), 2);
  size_t n = quoth_doc_sentence_count(d);
  ck_assert_uint_eq(quoth_doc_sentence(d, n - 1).end, sizeof nul - 1);
  quoth_doc_free(d);
  /* A leading BOM is accepted and not part of the first sentence. */
  d = split_n("\xEF\xBB\xBFHello. World.", 16, "en", 0);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_uint_eq(quoth_doc_sentence(d, 0).start, 3);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_line_breaks) {
  /* CRLF: a wrap inside a paragraph, then a blank line. */
  quoth_doc *d = split_n("Line one\r\nline two.\r\n\r\nNew para.", 32, "en", 0);
  ck_assert_uint_eq(quoth_doc_sentence_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, 0)), "Line one\r\nline two.");
  ck_assert_str_eq(tu_slice(d, quoth_doc_sentence(d, 1)), "New para.");
  quoth_doc_free(d);
  expect("First.\xC2\x85Second.", "First.", "Second.");              /* NEL */
  expect("It was a cold\xE2\x80\xA8night.", "It was a cold\xE2\x80\xA8night."); /* LS */
  expect("One\xE2\x80\xA9two", "One", "two");                          /* PS */
  /* Every line its own paragraph on request. */
  ck_assert_uint_eq(count_sentences("a cold\nnight", QUOTH_OPT_LINE_PARAGRAPHS), 2);
}
END_TEST

START_TEST(test_no_break_spaces) {
  expect("Mr.\xC2\xA0Smith arrived.\xC2\xA0He left.", "Mr.\xC2\xA0Smith arrived.", "He left.");
  expect("The U.S.\xE2\x80\xAFGovernment met.", "The U.S.\xE2\x80\xAFGovernment met.");
  /* Sentences are trimmed of no-break spaces too. */
  expect("\xC2\xA0Hi there.\xC2\xA0", "Hi there.");
}
END_TEST

/* ---- pathological input: linear time ------------------------------------ */

static char *repeat(const char *unit, size_t total) {
  size_t u = strlen(unit), n = total / u * u;
  char *s = malloc(n + 1);
  ck_assert_ptr_nonnull(s);
  for (size_t i = 0; i < n; i += u) memcpy(s + i, unit, u);
  s[n] = '\0';
  return s;
}

static void time_split(const char *unit, size_t total, double limit) {
  char *big = repeat(unit, total);
  double t0 = tu_seconds();
  size_t n = count_sentences(big, 0);
  double dt = tu_seconds() - t0;
  ck_assert_msg(dt < limit, "%zu bytes of '%s' took %.2f s (%zu sentences)", strlen(big), unit,
                dt, n);
  free(big);
}

START_TEST(test_linear_no_sentence_end) {
  size_t n = 10u << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i++) big[i] = (i % 7 == 6) ? ' ' : 'a';
  big[n] = '\0';
  double t0 = tu_seconds();
  ck_assert_uint_eq(count_sentences(big, 0), 1);
  ck_assert_msg(tu_seconds() - t0 < 10.0, "10 MB without a sentence end took too long");
  free(big);
}
END_TEST

START_TEST(test_linear_spaced_dots) { time_split(". ", 1u << 20, 10.0); }
END_TEST

START_TEST(test_linear_other_shapes) {
  time_split("Mr. ", 1u << 20, 10.0);      /* every boundary a title */
  time_split("A. ", 1u << 20, 10.0);       /* initials */
  time_split("word.Word ", 1u << 20, 10.0); /* missing spaces */
  time_split("... ", 1u << 20, 10.0);
  time_split("\xE2\x80\xA6 ", 1u << 20, 10.0);
  time_split("Yes! no? ", 1u << 20, 10.0);
  time_split("x\n", 1u << 20, 10.0);        /* line wraps */
  time_split("                ", 1u << 20, 10.0);
}
END_TEST

START_TEST(test_linear_list) {
  /* A list paragraph with the most items a marker can number (999), each
   * long, and a megabyte of the same marker over and over. */
  size_t cap = 2u << 20, len = 0;
  char *s = malloc(cap);
  for (int i = 1; i <= 999; i++)
    len += (size_t)snprintf(s + len, cap - len, "%d. item %01000d ", i, 0);
  double t0 = tu_seconds();
  ck_assert_uint_eq(count_sentences(s, 0), 999);
  ck_assert_msg(tu_seconds() - t0 < 10.0, "a 999-item list took too long");
  free(s);
  time_split("1. ", 1u << 20, 10.0);
}
END_TEST

/* ICU's abbreviation filter matches word endings ("Redknapp." in "pp.",
 * "POLITICO." in "O."); the splitter's own lexicon judges those stops. */
START_TEST(test_held_stops) {
  expect("\"I am proud,\" said Redknapp. \"Maybe I will be.\"", "\"I am proud,\" said Redknapp.",
         "\"Maybe I will be.\"");
  expect("He told POLITICO. \xe2\x80\x9cHe is away,\xe2\x80\x9d she said.", "He told POLITICO.",
         "\xe2\x80\x9cHe is away,\xe2\x80\x9d she said.");
  expect("It is not covered by the Act. However, it is.", "It is not covered by the Act.",
         "However, it is.");
  /* negatives: abbreviations, initials before a quoted name, datelines */
  expect("Buzz was called Mr. \"Buzz\" Aldrin by all.", "Buzz was called Mr. \"Buzz\" Aldrin by all.");
  expect("They fought the U.S. \"War on Drugs\" for years.",
         "They fought the U.S. \"War on Drugs\" for years.");
  expect("ST. LOUIS \xe2\x80\x94 Trump spoke.", "ST. LOUIS \xe2\x80\x94 Trump spoke.");
  expect("Bush and Govs. Chris Christie spoke.", "Bush and Govs. Chris Christie spoke.");
  expect("Das Volk vs. The State.", "Das Volk vs. The State.");
}
END_TEST

/* The word before a full stop starts after a glued quote mark, bracket or
 * hyphen ("PARTY\u201cMr.", "then-Sen."), but a hyphenated single letter is no
 * initial ("Jay-Z."), nor the letter after an apostrophe ("don't."). */
START_TEST(test_glued_abbreviation) {
  expect("She ran against then-Sen. Barack Obama in 2008.",
         "She ran against then-Sen. Barack Obama in 2008.");
  expect("PARTY\xe2\x80\x9cMr. Barna gave a bash.", "PARTY\xe2\x80\x9cMr. Barna gave a bash.");
  expect("Nominees include Jay-Z. Soul singer Stevie Wonder won.", "Nominees include Jay-Z.",
         "Soul singer Stevie Wonder won.");
  expect("I don't. Smith came.", "I don't.", "Smith came.");
}
END_TEST

/* A straight quote glued between a full stop and a capital opens the next
 * sentence when the quotes before it are paired, else it closes one. */
START_TEST(test_glued_quote) {
  expect("\"All lies,\" said one owner who feared the authorities.\"We got deceived.\" He left.",
         "\"All lies,\" said one owner who feared the authorities.", "\"We got deceived.\"",
         "He left.");
  expect("He said \"go.\"Then he left.", "He said \"go.\"", "Then he left.");
  /* a left curly mark glued after a right one opens the next quotation */
  expect("A study proving \xe2\x80\x9cthey are fewer.\xe2\x80\x9d\xe2\x80\x9cYour facts are wrong,"
         "\xe2\x80\x9d he wrote.",
         "A study proving \xe2\x80\x9cthey are fewer.\xe2\x80\x9d",
         "\xe2\x80\x9cYour facts are wrong,\xe2\x80\x9d he wrote.");
  expect("\xe2\x80\x9eSie kommt.\xe2\x80\x9c" "Dann ging er.", "\xe2\x80\x9eSie kommt.\xe2\x80\x9c",
         "Dann ging er.");
}
END_TEST

/* A spaced ellipsis after a quoted sentence that has ended cuts between two
 * quotations; one inside an unfinished quotation does not. */
/* Initials before an opening quote: a quoted sentence starts a sentence, a
 * quoted name or phrase does not. */
START_TEST(test_initials_before_quote) {
  expect("He spoke in Binghamton, N.Y. \xe2\x80\x9c" "Clinton worked to export fracking.\xe2\x80\x9d",
         "He spoke in Binghamton, N.Y.",
         "\xe2\x80\x9c" "Clinton worked to export fracking.\xe2\x80\x9d");
  expect("He lives in Washington, D.C. \"We lost,\" he said.", "He lives in Washington, D.C.",
         "\"We lost,\" he said.");
  expect("They fought the U.S. \"War on Drugs\" for years.",
         "They fought the U.S. \"War on Drugs\" for years.");
  expect("They fought the U.S. \"War on Drugs,\" which failed.",
         "They fought the U.S. \"War on Drugs,\" which failed.");
  expect("Buzz was called Mr. \"Buzz.\" Aldrin did not mind.",
         "Buzz was called Mr. \"Buzz.\"", "Aldrin did not mind.");
}
END_TEST

START_TEST(test_ellipsis_between_quotes) {
  expect("They asked: \"Is it time?\" . . . \"Have you erred?\"", "They asked: \"Is it time?\" . . .",
         "\"Have you erred?\"");
  expect("He said \"well . . . \" and left.", "He said \"well . . . \" and left.");
  expect("He said \"maybe.\" . . . and left.", "He said \"maybe.\" . . . and left.");
}
END_TEST

static Suite *sentence_suite(void) {
  Suite *s = suite_create("sentence");
  TCase *tc = tcase_create("repairs");
  tcase_add_test(tc, test_basic);
  tcase_add_test(tc, test_abbreviations);
  tcase_add_test(tc, test_initials);
  tcase_add_test(tc, test_lists);
  tcase_add_test(tc, test_ellipses);
  tcase_add_test(tc, test_exclamation_inside);
  tcase_add_test(tc, test_missing_space);
  tcase_add_test(tc, test_quotations);
  tcase_add_test(tc, test_line_wraps);
  tcase_add_test(tc, test_languages);
  tcase_add_test(tc, test_held_stops);
  tcase_add_test(tc, test_glued_abbreviation);
  tcase_add_test(tc, test_glued_quote);
  tcase_add_test(tc, test_ellipsis_between_quotes);
  tcase_add_test(tc, test_initials_before_quote);
  suite_add_tcase(s, tc);
  TCase *bad = tcase_create("input");
  tcase_add_test(bad, test_offsets_trimmed);
  tcase_add_test(bad, test_invalid_utf8);
  tcase_add_test(bad, test_nul_and_bom);
  tcase_add_test(bad, test_line_breaks);
  tcase_add_test(bad, test_no_break_spaces);
  suite_add_tcase(s, bad);
  TCase *lin = tcase_create("linear");
  tcase_set_timeout(lin, 60);
  tcase_add_test(lin, test_linear_no_sentence_end);
  tcase_add_test(lin, test_linear_spaced_dots);
  tcase_add_test(lin, test_linear_other_shapes);
  tcase_add_test(lin, test_linear_list);
  suite_add_tcase(s, lin);
  return s;
}

TU_MAIN(sentence_suite)
