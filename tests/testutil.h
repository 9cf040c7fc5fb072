/*
 * testutil.h - shared helpers for the Check unit tests: a TAP main, the
 * built-in lexicons loaded once, and a one-call "process this text".
 */
#ifndef QUOTH_TESTUTIL_H
#define QUOTH_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quoth.h"

static quoth_lexicons *tu_lex;

static inline const quoth_lexicons *tu_lexicons(void) {
  if (!tu_lex) {
    char err[256];
    int st = quoth_lexicons_load(NULL, &tu_lex, err, sizeof err);
    ck_assert_msg(st == QUOTH_OK, "built-in lexicons: %s", err);
  }
  return tu_lex;
}

/* Processes NUL-terminated text with the given options; fails the test on
 * error.  Caller frees with quoth_doc_free(). */
static inline quoth_doc *tu_process(const char *text, unsigned options) {
  quoth_engine *e = NULL;
  quoth_doc *d = NULL;
  ck_assert_int_eq(quoth_engine_new(tu_lexicons(), "en", options, &e), QUOTH_OK);
  int st = quoth_engine_process(e, text, strlen(text), &d);
  ck_assert_msg(st == QUOTH_OK, "process: %s", quoth_strerror(st));
  quoth_engine_free(e);
  return d;
}

/* The text of span s in doc, in a static buffer (tests only). */
static inline const char *tu_slice(const quoth_doc *d, quoth_span s) {
  static char buf[4096];
  size_t len;
  const char *t = quoth_doc_text(d, &len);
  size_t n = s.end - s.start < sizeof buf - 1 ? s.end - s.start : sizeof buf - 1;
  memcpy(buf, t + s.start, n);
  buf[n] = '\0';
  return buf;
}

/* The first statement of d whose text contains needle, or NULL. */
static inline const quoth_statement *tu_find(const quoth_doc *d, const char *needle) {
  for (size_t i = 0; i < quoth_doc_statement_count(d); i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    if (strstr(tu_slice(d, quoth_statement_span(st)), needle)) return st;
  }
  return NULL;
}

/* The first statement of d whose text contains needle; fails the test
 * when there is none. */
static inline const quoth_statement *tu_statement(const quoth_doc *d, const char *needle) {
  const quoth_statement *st = tu_find(d, needle);
  ck_assert_msg(st != NULL, "no statement holds \"%s\"", needle);
  return st;
}

/* The canonical name of the speaker of the statement holding needle ("" for
 * none). */
static inline const char *tu_speaker_name(const quoth_doc *d, const char *needle) {
  const quoth_entity *e = quoth_statement_speaker(tu_statement(d, needle));
  return e ? quoth_entity_name(e) : "";
}

/* Expects the statement holding needle in text to be said by speaker
 * (canonical name, "" for none) under rule (any rule when NULL). */
static inline void tu_said_by(const char *text, const char *needle, const char *speaker,
                              const char *rule) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_str_eq(tu_speaker_name(d, needle), speaker);
  if (rule) ck_assert_str_eq(quoth_statement_rule(tu_statement(d, needle)), rule);
  quoth_doc_free(d);
}

/* The speaker mention's text of the statement holding needle ("" for
 * none). */
static inline const char *tu_speaker_mention(const quoth_doc *d, const char *needle) {
  const quoth_statement *st = tu_statement(d, needle);
  quoth_span m = quoth_statement_speaker_mention(st);
  return quoth_statement_speaker(st) && m.end > m.start ? tu_slice(d, m) : "";
}

/* Writes a minimal lexicon tree (the three required files) under a new
 * temporary directory, plus extra[i][0] (a path under it) holding
 * extra[i][1] for i < n; returns the directory (static storage). */
static inline const char *tu_lexicon_dir(const char *const (*extra)[2], size_t n) {
  static char dir[64];
  strcpy(dir, "/tmp/quoth-lexXXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  char p[256];
  snprintf(p, sizeof p, "%s/common", dir);
  mkdir(p, 0700);
  snprintf(p, sizeof p, "%s/en", dir);
  mkdir(p, 0700);
  const char *const base[][2] = {{"common/quote_marks.tsv", "\xE2\x80\x9C\t\xE2\x80\x9D\t*\n"},
                                 {"en/abbreviations.txt", "Mr.\ttitle\n"}};
  for (size_t i = 0; i < 2 + n; i++) {
    const char *const *f = i < 2 ? base[i] : extra[i - 2];
    if (!f[1]) continue;
    snprintf(p, sizeof p, "%s/%s", dir, f[0]);
    FILE *out = fopen(p, "w");
    ck_assert_ptr_nonnull(out);
    fputs(f[1], out);
    fclose(out);
  }
  return dir;
}

static inline void tu_remove_dir(const char *dir) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

/* The number of statements in text. */
static inline size_t tu_count(const char *text) {
  quoth_doc *d = tu_process(text, 0);
  size_t n = quoth_doc_statement_count(d);
  quoth_doc_free(d);
  return n;
}

/* text has exactly one statement, with this content and speaker mention
 * (NULL: not checked). */
static inline void tu_one(const char *text, const char *content, const char *speaker) {
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_statement *st = quoth_doc_statement(d, 0);
  ck_assert_str_eq(tu_slice(d, quoth_statement_span(st)), content);
  if (speaker) ck_assert_str_eq(tu_slice(d, quoth_statement_speaker_mention(st)), speaker);
  quoth_doc_free(d);
}

static inline double tu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Each test program's main: run the suite, report as TAP on stdout. */
#define TU_MAIN(make_suite)                                  \
  int main(void) {                                           \
    SRunner *sr = srunner_create(make_suite());              \
    srunner_set_tap(sr, "-");                                \
    srunner_run_all(sr, CK_SILENT);                          \
    int failed = srunner_ntests_failed(sr);                  \
    srunner_free(sr);                                        \
    quoth_lexicons_free(tu_lex);                             \
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;             \
  }

#endif
