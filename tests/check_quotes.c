/* check_quotes.c - the quotation-mark scanner: pair styles, apostrophes,
 * nesting, continuation, re-synchronisation, unbalanced marks, term and
 * fragment classification, and pathological inputs. */
#include <stdio.h>

#include "testutil.h"

#define NONE ((size_t)-1)
#define LDQ "\xE2\x80\x9C" /* “ */
#define RDQ "\xE2\x80\x9D" /* ” */
#define LSQ "\xE2\x80\x98" /* ‘ */
#define RSQ "\xE2\x80\x99" /* ’ */
#define LAQ "\xC2\xAB"         /* « */
#define RAQ "\xC2\xBB"         /* » */
#define NBSP "\xC2\xA0"

/* Processes text in language lang; caller frees with quoth_doc_free(). */
static quoth_doc *process_lang(const char *text, const char *lang) {
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), lang, 0, &e), QUOTH_OK);
  int st = quoth_engine_process(e, text, strlen(text), &d);
  ck_assert_msg(st == QUOTH_OK, "process: %s", quoth_strerror(st));
  quoth_engine_free(e);
  return d;
}

static size_t count_diags(const quoth_doc *d, const char *rule) {
  size_t n = 0;
  for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++)
    if (strcmp(quoth_diagnostic_rule(quoth_doc_diagnostic(d, i)), rule) == 0) n++;
  return n;
}

static const quoth_diagnostic *first_diag(const quoth_doc *d, const char *rule) {
  for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++)
    if (strcmp(quoth_diagnostic_rule(quoth_doc_diagnostic(d, i)), rule) == 0)
      return quoth_doc_diagnostic(d, i);
  return NULL;
}

/* ---- pair styles -------------------------------------------------------- */

static const struct pair_case {
  const char *lang, *open, *close;
} pair_cases[] = {
    {"en", LDQ, RDQ},         /* “…” */
    {"en", LSQ, RSQ},         /* ‘…’ */
    {"en", "\"", "\""},                             /* "…" */
    {"en", "'", "'"},                               /* '…' */
    {"en", "\xC2\xAB", "\xC2\xBB"},                 /* «…» */
    {"en", "\xE2\x80\xB9", "\xE2\x80\xBA"},         /* ‹…› */
    {"de", "\xE2\x80\x9E", LDQ},         /* „…“ */
    {"de", "\xE2\x80\x9A", LSQ},         /* ‚…‘ */
    {"de", "\xC2\xBB", "\xC2\xAB"},                 /* »…« */
    {"de", "\xE2\x80\xBA", "\xE2\x80\xB9"},         /* ›…‹ */
    {"pl", "\xE2\x80\x9E", RDQ},         /* „…” */
    {"sv", RDQ, RDQ},         /* ”…” */
    {"ja", "\xE3\x80\x8C", "\xE3\x80\x8D"},         /* 「…」 */
    {"ja", "\xE3\x80\x8E", "\xE3\x80\x8F"},         /* 『…』 */
    {"ja", "\xE3\x80\x9D", "\xE3\x80\x9E"},         /* 〝…〞 */
    {"ja", "\xEF\xBC\x82", "\xEF\xBC\x82"},         /* ＂…＂ */
    {"fr", "\xC2\xAB\xC2\xA0", "\xC2\xA0\xC2\xBB"}, /* « … » NBSP */
    {"fr", "\xC2\xAB\xE2\x80\xAF", "\xE2\x80\xAF\xC2\xBB"}, /* « … » NNBSP */
    {"en", LDQ, "\""},                   /* “…" */
    {"en", "\"", RDQ},                   /* "…” */
};

START_TEST(test_pair_style) {
  const struct pair_case *pc = &pair_cases[_i];
  char text[256];
  snprintf(text, sizeof text,
           "The minister spoke. %sWe stay here, whatever happens.%s Then she left.", pc->open,
           pc->close);
  quoth_doc *d = process_lang(text, pc->lang);
  ck_assert_msg(quoth_doc_quote_count(d) == 1, "%s: %zu quotes", text, quoth_doc_quote_count(d));
  const quoth_quote *q = quoth_doc_quote(d, 0);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(q)), "We stay here, whatever happens.");
  ck_assert_uint_eq(quoth_quote_span(q).start, strlen("The minister spoke. "));
  ck_assert_uint_eq(quoth_quote_span(q).end, strlen(text) - strlen(" Then she left."));
  ck_assert_uint_eq(quoth_quote_flags(q), 0);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

/* The locale decides what a mark does: in German “ closes „. */
START_TEST(test_locale_roles) {
  quoth_doc *d = process_lang("Er sagte: \xE2\x80\x9EWir bleiben.\xE2\x80\x9C Dann ging er.", "de");
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))), "Wir bleiben.");
  quoth_doc_free(d);
  d = process_lang("He said: \xE2\x80\x9CWe stay.\xE2\x80\x9D Then he left.", "en");
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))), "We stay.");
  quoth_doc_free(d);
}
END_TEST

/* Two apostrophes stand for a double mark in some newswire text. */
START_TEST(test_double_apostrophe) {
  quoth_doc *d = tu_process("''We will not leave,'' the mayor said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))), "We will not leave,");
  quoth_doc_free(d);
}
END_TEST

/* ---- apostrophes ----------------------------------------------------------- */

static const char *const apostrophe_texts[] = {
    "\"I don't like rock 'n' roll from the '90s,\" said O'Neill of the players' union. "
    "Ngũgĩ's book sold well. Get 'em all.",
    LDQ "I don" RSQ "t like rock " RSQ "n" RSQ " roll from the "
    LSQ "90s," RDQ " said O" RSQ "Neill of the players" RSQ " union. "
    "Ng\xC5\xA9g\xC4\xA9" RSQ "s book sold well. Get " RSQ "em all.",
    "\"The players' union backs the 'cause,\" he said, a 6' 2\" man born in the '80s.",
};

START_TEST(test_apostrophes) {
  quoth_doc *d = tu_process(apostrophe_texts[_i], 0);
  ck_assert_msg(quoth_doc_quote_count(d) == 1, "%zu quotes in %s", quoth_doc_quote_count(d),
                apostrophe_texts[_i]);
  ck_assert_uint_eq(quoth_quote_parent(quoth_doc_quote(d, 0)), NONE);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_apostrophe_inside_single_quotes) {
  quoth_doc *d = tu_process(LSQ "I don" RSQ "t know," RSQ " he said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "I don" RSQ "t know,");
  quoth_doc_free(d);
}
END_TEST

/* ---- nesting ----------------------------------------------------------------- */

/* 6’2”, 5'10": a digit, a foot mark, digits and a double mark is a
 * measurement; the quote goes on to its real closing mark. */
START_TEST(test_inch_marks) {
  quoth_doc *d = tu_process(LDQ "He is taller than me; he is like 6" RSQ "2" RDQ "," RDQ
                            " Rubio said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "He is taller than me; he is like 6" RSQ "2" RDQ ",");
  quoth_doc_free(d);
  d = tu_process("\"Someone who is 5'10\" tall. He is small,\" he said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "Someone who is 5'10\" tall. He is small,");
  quoth_doc_free(d);
  /* negative: no other closing mark follows, so the measurement's mark closes */
  d = tu_process(LDQ "He is 6" RSQ "2" RDQ " she said of him.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))), "He is 6" RSQ "2");
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 0)), 0);
  quoth_doc_free(d);
  /* negative: a year in marks is no measurement */
  d = tu_process(LDQ "We won in 2012" RDQ ", he said. " LDQ "Again," RDQ " she said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  quoth_doc_free(d);
}
END_TEST

/* ”Sorry Sarah, ...!!” posted X: a closer typed for the opener is closed
 * by the same mark, also after an invisible bidi control (U+202A). */
START_TEST(test_closer_as_opener) {
  const char *texts[] = {RDQ "Sorry Sarah, you should have said no!!" RDQ " posted Sharon Geyer.",
                         "\xE2\x80\xAA" RDQ "Sorry Sarah, you should have said no!!" RDQ
                         " posted Sharon Geyer."};
  for (size_t i = 0; i < 2; i++) {
    quoth_doc *d = tu_process(texts[i], 0);
    ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
    const quoth_quote *q = quoth_doc_quote(d, 0);
    ck_assert_str_eq(tu_slice(d, quoth_quote_inner(q)), "Sorry Sarah, you should have said no!!");
    ck_assert_uint_eq(quoth_quote_flags(q), 0);
    ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
    quoth_doc_free(d);
  }
  /* negative: a closer after a word stays a closer with no opener */
  quoth_doc *d = tu_process("He said no" RDQ " and left.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 0);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 1);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_nesting) {
  quoth_doc *d =
      tu_process(LDQ "He told me " LSQ "never" RSQ ", and left," RDQ " she said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  const quoth_quote *outer = quoth_doc_quote(d, 0), *inner = quoth_doc_quote(d, 1);
  ck_assert_uint_eq(quoth_quote_parent(outer), NONE);
  ck_assert_uint_eq(quoth_quote_parent(inner), 0);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(inner)), "never");
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(outer)),
                   "He told me " LSQ "never" RSQ ", and left,");
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1); /* the nested quote is no statement */
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_nesting_straight) {
  quoth_doc *d = tu_process("\"He told me 'never', and left,\" she said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  ck_assert_uint_eq(quoth_quote_parent(quoth_doc_quote(d, 1)), 0);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 1))), "never");
  quoth_doc_free(d);
}
END_TEST

/* A closing mark that matches an outer quote closes the inner one too. */
START_TEST(test_misnested_close) {
  quoth_doc *d = tu_process(LDQ "We said " LSQ "no to all of it," RDQ " she said. "
                            LDQ "And then?" RDQ " he asked.", 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "We said " LSQ "no to all of it,");
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 1); /* the single mark */
  quoth_doc_free(d);
}
END_TEST

/* ---- paragraphs ----------------------------------------------------------------- */

START_TEST(test_continuation) {
  const char *text = LDQ "We will rebuild the bridge.\n\n"
                     LDQ "And we will do it this year," RDQ " the mayor said.\n\n"
                     "Work starts soon.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  const quoth_quote *q = quoth_doc_quote(d, 0);
  ck_assert_uint_eq(quoth_quote_flags(q), QUOTH_QUOTE_CONTINUED);
  ck_assert_uint_eq(quoth_quote_span(q).start, 0);
  ck_assert_str_eq(tu_slice(d, quoth_quote_span(q)),
                   LDQ "We will rebuild the bridge.\n\n"
                   LDQ "And we will do it this year," RDQ);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_continuation_three_paragraphs) {
  const char *text = "He said:\n\n\"One.\n\n\"Two.\n\n\"Three.\"\n\nEnd.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "One.\n\n\"Two.\n\n\"Three.");
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 0)), QUOTH_QUOTE_CONTINUED);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_continuation_french) {
  const char *text = "Il a dit" NBSP ": " LAQ NBSP "Nous restons.\n\n" LAQ NBSP
                     "Et nous luttons." NBSP RAQ " Fin.";
  quoth_doc *d = process_lang(text, "fr");
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 0)), QUOTH_QUOTE_CONTINUED);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "Nous restons.\n\n" LAQ NBSP "Et nous luttons.");
  quoth_doc_free(d);
}
END_TEST

/* A block quote in straight marks whose last paragraph opens with curly
 * marks (the source's own quote pasted in): the curly mark opens a nested
 * quote and the block goes on to its own straight closing mark. */
START_TEST(test_continuation_nested_style) {
  const char *text = "CNN reported:\n\n\"The hearing was closed.\n\n" LDQ "It was not,"
                     RDQ " King said.\"\n\nEnd.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  const quoth_quote *outer = quoth_doc_quote(d, 0), *inner = quoth_doc_quote(d, 1);
  ck_assert_uint_eq(quoth_quote_flags(outer), QUOTH_QUOTE_CONTINUED);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(outer)),
                   "The hearing was closed.\n\n" LDQ "It was not," RDQ " King said.");
  ck_assert_uint_eq(quoth_quote_parent(inner), 0);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(inner)), "It was not,");
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
  /* negative: the same style re-opens the quote, and its closer ends it */
  d = tu_process("CNN reported:\n\n\"The hearing was closed.\n\n\"It was not,\" King said.\n\nEnd.",
                 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))),
                   "The hearing was closed.\n\n\"It was not,");
  quoth_doc_free(d);
}
END_TEST

/* An open quote and a next paragraph without an opening mark: the quote
 * ends at its paragraph's end, and the rest of the text is unharmed. */
START_TEST(test_unclosed_at_paragraph_end) {
  const char *text = "\"We will rebuild the bridge, the mayor said.\n\n"
                     "Work starts soon. \"It is good news,\" a resident said.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  const quoth_quote *q = quoth_doc_quote(d, 0);
  ck_assert_uint_eq(quoth_quote_flags(q), QUOTH_QUOTE_UNCLOSED);
  ck_assert_str_eq(tu_slice(d, quoth_quote_span(q)),
                   "\"We will rebuild the bridge, the mayor said.");
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 1))), "It is good news,");
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 1)), 0);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 1);
  const quoth_diagnostic *g = first_diag(d, "unbalanced-quote");
  ck_assert_int_eq(quoth_diagnostic_severity(g), QUOTH_SEVERITY_ERROR);
  ck_assert_uint_eq(quoth_diagnostic_span(g).start, 0);
  ck_assert_uint_eq(quoth_diagnostic_span(g).end, 1);
  ck_assert_ptr_nonnull(strstr(quoth_diagnostic_message(g), "never closed"));
  quoth_doc_free(d);
}
END_TEST

/* Lost paragraph breaks: "One. "Two." re-synchronises on the second mark. */
START_TEST(test_resync) {
  const char *text = "He said: \"Sentence one is here. \"Sentence two is there.\" Then he left.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  const quoth_quote *a = quoth_doc_quote(d, 0), *b = quoth_doc_quote(d, 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_span(a)), "\"Sentence one is here.");
  ck_assert_uint_eq(quoth_quote_flags(a), QUOTH_QUOTE_UNCLOSED);
  ck_assert_uint_eq(quoth_quote_parent(b), NONE);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(b)), "Sentence two is there.");
  ck_assert_uint_eq(quoth_quote_flags(b), 0);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 1);
  ck_assert_int_eq(quoth_diagnostic_severity(first_diag(d, "unbalanced-quote")),
                   QUOTH_SEVERITY_WARNING);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  quoth_doc_free(d);
}
END_TEST

/* "One. He added: "Two.": the first quote ends at its last sentence end. */
START_TEST(test_resync_after_colon) {
  const char *text =
      "\"I was with that label for a year. He added: \"The whole world is waiting.\"";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  ck_assert_str_eq(tu_slice(d, quoth_quote_span(quoth_doc_quote(d, 0))),
                   "\"I was with that label for a year.");
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 0)), QUOTH_QUOTE_UNCLOSED);
  ck_assert_uint_eq(quoth_quote_parent(quoth_doc_quote(d, 1)), NONE);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 1))),
                   "The whole world is waiting.");
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 1);
  quoth_doc_free(d);
  /* without a sentence end inside, a colon does not end the open quote */
  d = tu_process("\"He told me: 'Go home,' and left,\" she said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  ck_assert_uint_eq(quoth_quote_parent(quoth_doc_quote(d, 1)), 0);
  quoth_doc_free(d);
}
END_TEST

/* A mark after a sentence end that closes the open quote is no resync. */
START_TEST(test_no_resync_on_close) {
  quoth_doc *d = tu_process("\"It is over.\" \"No, it is not,\" she said.", 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 0)), 0);
  ck_assert_uint_eq(quoth_quote_flags(quoth_doc_quote(d, 1)), 0);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_stray_closing_mark) {
  const char *text = "The talks ended." RDQ " Then " LDQ "We are done," RDQ " she said.";
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 1);
  ck_assert_str_eq(tu_slice(d, quoth_quote_inner(quoth_doc_quote(d, 0))), "We are done,");
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 1);
  const quoth_diagnostic *g = first_diag(d, "unbalanced-quote");
  ck_assert_int_eq(quoth_diagnostic_severity(g), QUOTH_SEVERITY_ERROR);
  ck_assert_uint_eq(quoth_diagnostic_span(g).start, strlen("The talks ended."));
  ck_assert_ptr_nonnull(strstr(quoth_diagnostic_message(g), "no opening mark"));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_only_marks) {
  static const char *const texts[] = {"\"", RDQ, "'", "\"\"", LDQ "\n\n" LDQ,
                                      "''''", "\xC2\xAB", "\" \" \"", ""};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    quoth_doc *d = tu_process(texts[i], 0);
    for (size_t k = 0; k < quoth_doc_quote_count(d); k++) {
      quoth_span s = quoth_quote_span(quoth_doc_quote(d, k));
      quoth_span in = quoth_quote_inner(quoth_doc_quote(d, k));
      ck_assert(s.start <= in.start && in.start <= in.end && in.end <= s.end);
      ck_assert(s.end <= strlen(texts[i]));
    }
    quoth_doc_free(d);
  }
}
END_TEST

/* ---- classification ------------------------------------------------------ */

static const struct class_case {
  const char *text;
  quoth_quote_kind kind;
  unsigned fragment;
} class_cases[] = {
    {"The so-called " LDQ "reforms" RDQ " failed.", QUOTH_QUOTE_TERM, 0},
    {"A man known as " LDQ "Shorty" RDQ " was arrested.", QUOTH_QUOTE_TERM, 0},
    {"She watched the film " LDQ "Gone with the Wind" RDQ " again.", QUOTH_QUOTE_TITLE, 0},
    {"His memoir, titled \"A Long Way Home: Notes From the Road,\" sold well.", QUOTH_QUOTE_TITLE,
     0},
    {LDQ "Saturday Night Live" RDQ " is a television show.", QUOTH_QUOTE_TITLE, 0},
    {"The bill was a " LDQ "giveaway" RDQ " to the banks.", QUOTH_QUOTE_TERM, 0},
    {"He said the plan was " LDQ "a disaster" RDQ " and left.", QUOTH_QUOTE_SPEECH,
     QUOTH_QUOTE_FRAGMENT},
    {"Trump said Clinton \"would destroy the country and everything in it\" if elected.",
     QUOTH_QUOTE_SPEECH, QUOTH_QUOTE_FRAGMENT},
    {"Supporters chanted \"Four more years for the governor!\" outside.", QUOTH_QUOTE_SPEECH, 0},
    {"He said the plan was " LDQ "a disaster for the whole region" RDQ " and left.",
     QUOTH_QUOTE_SPEECH, QUOTH_QUOTE_FRAGMENT},
    {"She warned that the cuts would \"hurt the poorest families most,\" officials said.",
     QUOTH_QUOTE_SPEECH, 0},
    {LDQ "We will win," RDQ " he said.", QUOTH_QUOTE_SPEECH, 0},
    {"He said: " LDQ "We will win." RDQ, QUOTH_QUOTE_SPEECH, 0},
    {"He said, " LDQ "We will win." RDQ, QUOTH_QUOTE_SPEECH, 0},
    {"\"No\", he said.", QUOTH_QUOTE_SPEECH, 0},
    {"The crowd chanted " LDQ "USA! USA!" RDQ " for an hour.", QUOTH_QUOTE_SPEECH, 0},
    {"The minister said the agreement was \"a historic step forward for peace and for the whole "
     "region\" and a model for others.",
     QUOTH_QUOTE_SPEECH, QUOTH_QUOTE_FRAGMENT},
    /* a cue noun before a comma: the source of a quoted sentence ... */
    {"According to the report, " LDQ "The contracts were awarded without a tender." RDQ,
     QUOTH_QUOTE_SPEECH, 0},
    /* ... or, before a name, the work it names */
    /* markup and addresses left in scraped text */
    {"See <a href=\"http://example.com/story?id=4\">the story</a> for more.", QUOTH_QUOTE_TERM,
     0},
    {"The full list is at \"https://example.org/list.pdf\" now.", QUOTH_QUOTE_TERM, 0},
    {"The senator's 2012 book, " LDQ "An American Son," RDQ " sold well.", QUOTH_QUOTE_TITLE, 0},
    {"In his autobiography, " LDQ "A Time for Truth," RDQ " published in 2015, he told it.",
     QUOTH_QUOTE_TITLE, 0},
    /* Title Case leaves articles and prepositions in lower case ... */
    {"He helped write a book, " LDQ "Who" RSQ "s Who in the CIA," RDQ " that outed agents.",
     QUOTH_QUOTE_TITLE, 0},
    /* ... which a sentence does not make Title Case */
    {"In the ad, " LDQ "Stop the war," RDQ " a veteran says.", QUOTH_QUOTE_SPEECH, 0},
    /* after a possessive noun the quote names what the possessor has ... */
    {"Washington, star of television" RSQ "s " LDQ "Scandal," RDQ " thanked Obama.",
     QUOTH_QUOTE_TERM, 0},
    /* ... a word in lower case there may be the speaker's */
    {"Remarking upon Clinton's \"genuine empathy,\" Starr said more.", QUOTH_QUOTE_SPEECH, 0},
    {"In an interview with CNN" RSQ "s " LDQ "The Lead with Jake Tapper," RDQ " Trump went on.",
     QUOTH_QUOTE_TITLE, 0},
    /* ... but "it's" is no possessor */
    {"It's " LDQ "a total disgrace," RDQ " he said.", QUOTH_QUOTE_SPEECH, 0},
    /* a programme told, not words said */
    {"Fiorina told \"Fox and Friends,\" reminding the hosts of it.", QUOTH_QUOTE_TITLE, 0},
    {"Fiorina told CNN, \"We will win.\"", QUOTH_QUOTE_SPEECH, 0},
    /* a work named by the noun phrase after it ... */
    {"Scribner will publish " LDQ "Trump Revealed," RDQ " a biography written by Marc Fisher.",
     QUOTH_QUOTE_TITLE, 0},
    {LDQ "Tales From the Crypt," RDQ " an HBO series, will be resurrected.", QUOTH_QUOTE_TITLE, 0},
    {LDQ "Hawaii Five-0," RDQ " the 1960s procedural that CBS revived, is a model.",
     QUOTH_QUOTE_TITLE, 0},
    {"He published " LDQ "Character Studies," RDQ " a 2005 collection of his writing.",
     QUOTH_QUOTE_TITLE, 0},
    {"He returns with his acclaimed concert, " LDQ "Girls, Girls, Girls." RDQ, QUOTH_QUOTE_TITLE,
     0},
    {"On the tour, " LDQ "we will win this one," RDQ " he said.", QUOTH_QUOTE_SPEECH, 0},
    /* ... not by a speaker or a report that says it */
    {LDQ "We will win," RDQ " a spokesman said.", QUOTH_QUOTE_SPEECH, 0},
    {LDQ "No Deal Yet," RDQ " a report said.", QUOTH_QUOTE_SPEECH, 0},
    {LDQ "No Deal Yet," RDQ " the report said.", QUOTH_QUOTE_SPEECH, 0},
    /* a Title Case quote a relative clause describes is a name ... */
    {LDQ "Opening Belle," RDQ " which will be in bookstores on Tuesday, is a novel.",
     QUOTH_QUOTE_TITLE, 0},
    {LDQ "MTV Unplugged," RDQ " whose heyday was in the 1990s, is back.", QUOTH_QUOTE_TITLE, 0},
    /* ... not words said, with their speaker, or in lower case */
    {LDQ "We Will Win," RDQ " he said, which surprised no one.", QUOTH_QUOTE_SPEECH, 0},
    {LDQ "We will win this race," RDQ " which was his line, drew cheers.", QUOTH_QUOTE_SPEECH, 0},
    /* cited slogans and headlines: a year or a source in parentheses ... */
    {LDQ "No special rights for foreigners!" RDQ " (2015).", QUOTH_QUOTE_TERM, 0},
    {"I agree with Romney (" LDQ "Romney blasts Trump as a fraud," RDQ " USATODAY.com, Thursday).",
     QUOTH_QUOTE_TITLE, 0},
    /* ... unless someone says it there */
    {LDQ "We will win," RDQ " he said (in 2015).", QUOTH_QUOTE_SPEECH, 0},
    {"He agreed (" LDQ "We will win," RDQ " Trump said, Thursday).", QUOTH_QUOTE_SPEECH, 0},
    /* a term glossed in parentheses opens its sentence */
    {LDQ "Refoulement" RDQ " (forcible return) is forbidden by international law.",
     QUOTH_QUOTE_TERM, 0},
    {LDQ "No." RDQ " (He shook his head.)", QUOTH_QUOTE_SPEECH, 0},
};

START_TEST(test_classification) {
  const struct class_case *cc = &class_cases[_i];
  quoth_doc *d = tu_process(cc->text, 0);
  ck_assert_msg(quoth_doc_quote_count(d) == 1, "%s: %zu quotes", cc->text,
                quoth_doc_quote_count(d));
  const quoth_quote *q = quoth_doc_quote(d, 0);
  ck_assert_msg(quoth_quote_kind_of(q) == cc->kind, "%s: kind %s", cc->text,
                quoth_quote_kind_name(quoth_quote_kind_of(q)));
  ck_assert_msg((quoth_quote_flags(q) & QUOTH_QUOTE_FRAGMENT) == cc->fragment, "%s: flags %u",
                cc->text, quoth_quote_flags(q));
  /* the contract with attribution: terms and titles are no statements */
  ck_assert_uint_eq(quoth_doc_statement_count(d), cc->kind == QUOTH_QUOTE_SPEECH);
  quoth_doc_free(d);
}
END_TEST

/* Every attribute value of a tag is a term, whatever it looks like; the
 * text after the tag is still read ('>' ends the tag). */
START_TEST(test_markup_attributes) {
  quoth_doc *d = tu_process("<tweet id=\"672138506081275904\" author=\"@MissDBunker\" "
                            "text=\"We are leaving now!\"> Shots fired. </tweet> The mayor "
                            "said: " LDQ "We will rebuild." RDQ,
                            0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 4);
  for (size_t i = 0; i < 3; i++)
    ck_assert_int_eq(quoth_quote_kind_of(quoth_doc_quote(d, i)), QUOTH_QUOTE_TERM);
  ck_assert_int_eq(quoth_quote_kind_of(quoth_doc_quote(d, 3)), QUOTH_QUOTE_SPEECH);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

/* A mark followed at once by '>' closes the attribute value of a tag whose
 * '<' went missing in scraping: markup, not speech; a quote after it is. */
START_TEST(test_markup_lost_tag) {
  quoth_doc *d = tu_process("Continue fracking.\">Here are nine reasons to vote:<tweet/>.\n\n"
                            "The mayor said: " LDQ "We will rebuild." RDQ,
                            0);
  ck_assert_uint_eq(quoth_doc_quote_count(d), 2);
  ck_assert_int_eq(quoth_quote_kind_of(quoth_doc_quote(d, 0)), QUOTH_QUOTE_TERM);
  ck_assert_int_eq(quoth_quote_kind_of(quoth_doc_quote(d, 1)), QUOTH_QUOTE_SPEECH);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  quoth_doc_free(d);
}
END_TEST

/* ---- pathological input --------------------------------------------------- */

static char *repeat(const char *unit, size_t n) {
  size_t ul = strlen(unit);
  char *s = malloc(ul * n + 1);
  ck_assert_ptr_nonnull(s);
  for (size_t i = 0; i < n; i++) memcpy(s + i * ul, unit, ul);
  s[ul * n] = '\0';
  return s;
}

START_TEST(test_many_unmatched_marks) {
  static const struct {
    const char *unit;
    size_t quotes, diags;
  } cases[] = {
      {LDQ "word ", 100000, 100000},   /* nested, all cut at the paragraph end */
      {"\"word ", 100000, 100000},     /* the same with straight marks */
      {LDQ "Word. ", 100000, 100000},  /* re-synchronised at every mark */
      {LSQ "word ", 0, 100000},        /* single marks never closed: apostrophes */
      {RDQ " word ", 0, 100000},       /* stray closing marks */
  };
  char *text = repeat(cases[_i].unit, 100000);
  double t0 = tu_seconds();
  quoth_doc *d = tu_process(text, 0);
  double dt = tu_seconds() - t0;
  ck_assert_msg(dt < 10.0, "took %.2f s", dt);
  ck_assert_uint_eq(quoth_doc_quote_count(d), cases[_i].quotes);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), cases[_i].diags);
  quoth_doc_free(d);
  free(text);
}
END_TEST

START_TEST(test_deep_nesting) {
  enum { DEPTH = 10000 };
  char *open = repeat(LDQ "a " LSQ "b ", DEPTH / 2);
  char *close = repeat(RSQ " c" RDQ " ", DEPTH / 2);
  size_t lo = strlen(open), lc = strlen(close);
  char *text = malloc(lo + lc + 1);
  memcpy(text, open, lo);
  memcpy(text + lo, close, lc + 1);
  double t0 = tu_seconds();
  quoth_doc *d = tu_process(text, 0);
  ck_assert_msg(tu_seconds() - t0 < 10.0, "too slow");
  ck_assert_uint_eq(quoth_doc_quote_count(d), DEPTH);
  ck_assert_uint_eq(quoth_quote_parent(quoth_doc_quote(d, DEPTH - 1)), DEPTH - 2);
  ck_assert_uint_eq(count_diags(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
  free(text);
  free(open);
  free(close);
}
END_TEST

/* Random mixtures of marks, words, punctuation and paragraph breaks: the
 * records stay well formed (sorted, parents first and enclosing, spans
 * inside the text).  A fixed-seed generator keeps runs reproducible. */
START_TEST(test_random_invariants) {
  static const char *const langs[] = {"en", "de", "sv", "ja"};
  static const char *const pieces[] = {
      LDQ, RDQ, LSQ, RSQ, "\"", "'", "''", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E", "word",
      "Word", " ", " ", ". ", ", ", "! ", ": ", "\n\n", "n't", "9", "(", ")", NBSP,
      "\xE2\x80\x94"};
  enum { NPIECES = sizeof pieces / sizeof *pieces };
  unsigned long long seed = 0x9E3779B97F4A7C15ull;
  char text[4096];
  seed += (unsigned long long)_i;
  for (int round = 0; round < 1000; round++) {
    size_t len = 0;
    while (len < sizeof text - 16) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      if ((seed >> 60) == 0 && len > 0) break;
      const char *p = pieces[(seed >> 33) % NPIECES];
      size_t pl = strlen(p);
      memcpy(text + len, p, pl);
      len += pl;
    }
    text[len] = '\0';
    quoth_doc *d = process_lang(text, langs[_i]);
    for (size_t i = 0; i < quoth_doc_quote_count(d); i++) {
      const quoth_quote *q = quoth_doc_quote(d, i);
      quoth_span s = quoth_quote_span(q), in = quoth_quote_inner(q);
      ck_assert_msg(s.start <= in.start && in.start <= in.end && in.end <= s.end && s.end <= len,
                    "round %d quote %zu", round, i);
      if (i) ck_assert_uint_le(quoth_quote_span(quoth_doc_quote(d, i - 1)).start, s.start);
      size_t parent = quoth_quote_parent(q);
      if (parent != NONE) {
        ck_assert_uint_lt(parent, i);
        quoth_span ps = quoth_quote_span(quoth_doc_quote(d, parent));
        ck_assert_msg(ps.start <= s.start && s.end <= ps.end, "round %d quote %zu", round, i);
      }
    }
    quoth_doc_free(d);
  }
}
END_TEST

static Suite *quotes_suite(void) {
  Suite *s = suite_create("quotes");
  TCase *tc = tcase_create("marks");
  tcase_add_loop_test(tc, test_pair_style, 0, sizeof pair_cases / sizeof *pair_cases);
  tcase_add_test(tc, test_locale_roles);
  tcase_add_test(tc, test_double_apostrophe);
  tcase_add_loop_test(tc, test_apostrophes, 0, sizeof apostrophe_texts / sizeof *apostrophe_texts);
  tcase_add_test(tc, test_apostrophe_inside_single_quotes);
  tcase_add_test(tc, test_nesting);
  tcase_add_test(tc, test_nesting_straight);
  tcase_add_test(tc, test_misnested_close);
  suite_add_tcase(s, tc);
  tc = tcase_create("balance");
  tcase_add_test(tc, test_continuation);
  tcase_add_test(tc, test_continuation_three_paragraphs);
  tcase_add_test(tc, test_continuation_french);
  tcase_add_test(tc, test_continuation_nested_style);
  tcase_add_test(tc, test_inch_marks);
  tcase_add_test(tc, test_closer_as_opener);
  tcase_add_test(tc, test_unclosed_at_paragraph_end);
  tcase_add_test(tc, test_resync);
  tcase_add_test(tc, test_resync_after_colon);
  tcase_add_test(tc, test_no_resync_on_close);
  tcase_add_test(tc, test_stray_closing_mark);
  tcase_add_test(tc, test_only_marks);
  tcase_add_loop_test(tc, test_random_invariants, 0, 4);
  suite_add_tcase(s, tc);
  tc = tcase_create("classification");
  tcase_add_test(tc, test_markup_attributes);
  tcase_add_test(tc, test_markup_lost_tag);
  tcase_add_loop_test(tc, test_classification, 0, sizeof class_cases / sizeof *class_cases);
  suite_add_tcase(s, tc);
  tc = tcase_create("pathological");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, test_many_unmatched_marks, 0, 5);
  tcase_add_test(tc, test_deep_nesting);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(quotes_suite)
