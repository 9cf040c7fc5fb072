/* check_checks.c - the editorial checks, on documents built by hand (so
 * each rule is tested apart from the quality of attribution) and on a few
 * texts through the whole engine. */
#include <stdio.h>

#include "testutil.h"

#include "checks.h"
#include "doc.h"
#include "text.h"

/* ---- building documents by hand ----------------------------------------- */

/* A document with paragraphs and sentences (". " ends one; so does a line
 * break) but nothing else. */
static quoth_doc *doc_of(const char *text) {
  size_t len = strlen(text);
  quoth_doc *d = quoth__doc_new(text, len);
  ck_assert_ptr_nonnull(d);
  ck_assert_int_eq(quoth__offsets_build(&d->offsets, d->text, len), 0);
  ck_assert_int_eq(quoth__paragraphs(d->text, len, 0, &d->paragraphs, &d->nparagraphs), 0);
  size_t start = 0;
  for (size_t i = 0; i < len; i++) {
    int end = (text[i] == '.' && (i + 1 == len || text[i + 1] == ' ')) || text[i] == '\n';
    if (!end) continue;
    ck_assert_int_eq(quoth__doc_add_sentence(d, start, i + 1), 0);
    start = i + 1;
    while (start < len && (text[start] == ' ' || text[start] == '\n')) start++;
  }
  if (start < len) ck_assert_int_eq(quoth__doc_add_sentence(d, start, len), 0);
  return d;
}

/* The span of the nth (0-based) occurrence of s in the text. */
static quoth_span at_nth(const quoth_doc *d, const char *s, int nth) {
  const char *p = d->text;
  for (;;) {
    p = strstr(p, s);
    ck_assert_msg(p != NULL, "'%s' not in the text", s);
    if (nth-- == 0) break;
    p++;
  }
  size_t a = (size_t)(p - d->text);
  return (quoth_span){a, a + strlen(s)};
}

static quoth_span at(const quoth_doc *d, const char *s) { return at_nth(d, s, 0); }

static void add_quote(quoth_doc *d, const char *s, unsigned flags) {
  quoth_quote *q = quoth__doc_add_quote(d);
  ck_assert_ptr_nonnull(q);
  quoth_span sp = at(d, s);
  size_t o, c;
  quoth__utf8_decode(d->text, d->len, sp.start, &o);
  c = quoth__utf8_back(d->text, sp.end - 1);
  *q = (quoth_quote){.span = sp,
                     .inner = {o, flags & QUOTH_QUOTE_UNCLOSED ? sp.end : c},
                     .kind = QUOTH_QUOTE_SPEECH,
                     .flags = flags,
                     .parent = QUOTH__NONE,
                     .paragraph = quoth__doc_paragraph_at(d, sp.start)};
}

static size_t add_entity(quoth_doc *d, const char *name, quoth_entity_type type, int gender) {
  quoth_entity *e = quoth__doc_add_entity(d, name, strlen(name), type);
  ck_assert_ptr_nonnull(e);
  e->gender = gender;
  return e->index;
}

/* A mention of entity e at the nth occurrence of s; head == whole. */
static void add_mention(quoth_doc *d, const char *s, int nth, quoth__mention_kind kind,
                        int gender, size_t e) {
  quoth__mention *m = quoth__doc_add_mention(d);
  ck_assert_ptr_nonnull(m);
  quoth_span sp = at_nth(d, s, nth);
  *m = (quoth__mention){.span = sp, .head = sp, .kind = kind, .gender = gender,
                        .sentence = quoth__doc_sentence_at(d, sp.start), .entity = e,
                        .owner = QUOTH__NONE};
  if (e != QUOTH__NONE) {
    ck_assert_int_eq(quoth__entity_add_mention(&d->entities[e], sp), 0);
    if (kind == QUOTH__M_NAME)
      ck_assert_int_eq(quoth__entity_add_alias(d, &d->entities[e], s, strlen(s)), 0);
  }
}

/* A statement over the text s, said by entity e through mention (nth
 * occurrence of who) and cue. */
static quoth_statement *add_statement(quoth_doc *d, const char *s, quoth_kind kind, size_t e,
                                      const char *who, int nth, quoth_resolution how,
                                      const char *cue) {
  quoth_statement *st = quoth__doc_add_statement(d);
  ck_assert_ptr_nonnull(st);
  st->parts = quoth__arena_alloc(&d->arena, sizeof *st->parts);
  st->parts[0] = at(d, s);
  st->nparts = 1;
  st->kind = kind;
  st->speaker = e;
  st->resolved = how;
  if (who) st->speaker_mention = at_nth(d, who, nth);
  if (cue) st->cue = at(d, cue);
  st->rule = "test";
  st->sentence = quoth__doc_sentence_at(d, st->parts[0].start);
  return st;
}

static quoth__checker *checker(void) {
  quoth__checker *ck = NULL;
  ck_assert_int_eq(quoth__checker_new(tu_lexicons(), "en", &ck), 0);
  return ck;
}

/* Runs the checks and counts diagnostics of rule. */
static size_t run_count(quoth_doc *d, const char *rule) {
  quoth__checker *ck = checker();
  ck_assert_int_eq(quoth__run_checks(ck, d), 0);
  quoth__checker_free(ck);
  size_t n = 0;
  for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++)
    n += !strcmp(quoth_diagnostic_rule(quoth_doc_diagnostic(d, i)), rule);
  return n;
}

static size_t count(const quoth_doc *d, const char *rule) {
  size_t n = 0;
  for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++)
    n += !strcmp(quoth_diagnostic_rule(quoth_doc_diagnostic(d, i)), rule);
  return n;
}

static const quoth_diagnostic *first_of(const quoth_doc *d, const char *rule) {
  for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++)
    if (!strcmp(quoth_diagnostic_rule(quoth_doc_diagnostic(d, i)), rule))
      return quoth_doc_diagnostic(d, i);
  return NULL;
}

#define LQ "\xE2\x80\x9C" /* “ */
#define RQ "\xE2\x80\x9D" /* ” */

/* ---- rule table ------------------------------------------------------------ */

START_TEST(test_rule_names) {
  ck_assert_uint_eq(quoth_check_rule_count(), 9);
  ck_assert_str_eq(quoth_check_rule_name(0), "unbalanced-quote");
  ck_assert_ptr_null(quoth_check_rule_name(9));
  ck_assert_ptr_null(quoth_check_rule_summary(99));
  for (size_t i = 0; i < quoth_check_rule_count(); i++)
    ck_assert_ptr_nonnull(quoth_check_rule_summary(i));
}
END_TEST

/* ---- unattributed-quote ---------------------------------------------------- */

START_TEST(test_unattributed) {
  quoth_doc *d = doc_of(LQ "We stay," RQ " the minister said. " LQ "We go." RQ);
  size_t e = add_entity(d, "the minister", QUOTH_ENTITY_PERSON, 0);
  add_statement(d, LQ "We stay," RQ, QUOTH_KIND_DIRECT, e, "the minister", 0,
                QUOTH_RESOLVED_EXPLICIT, "said");
  add_statement(d, LQ "We go." RQ, QUOTH_KIND_DIRECT, QUOTH__NONE, NULL, 0, QUOTH_RESOLVED_NONE,
                NULL);
  ck_assert_uint_eq(run_count(d, "unattributed-quote"), 1);
  const quoth_diagnostic *g = first_of(d, "unattributed-quote");
  ck_assert_int_eq(quoth_diagnostic_severity(g), QUOTH_SEVERITY_ERROR);
  ck_assert_str_eq(tu_slice(d, quoth_diagnostic_span(g)), LQ "We go." RQ);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_indirect_needs_no_quote_speaker) {
  quoth_doc *d = doc_of("Talks will go on, officials hoped.");
  add_statement(d, "Talks will go on", QUOTH_KIND_INDIRECT, QUOTH__NONE, NULL, 0,
                QUOTH_RESOLVED_NONE, NULL);
  ck_assert_uint_eq(run_count(d, "unattributed-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

/* ---- unbalanced-quote -------------------------------------------------------- */

START_TEST(test_mismatched_pair) {
  quoth_doc *d = doc_of("He said " LQ "we stay' and left.");
  add_quote(d, LQ "we stay'", 0);
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 1);
  ck_assert_ptr_nonnull(strstr(quoth_diagnostic_message(first_of(d, "unbalanced-quote")),
                               "mismatched"));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_matched_pairs_pass) {
  quoth_doc *d = doc_of("He said " LQ "we stay" RQ " and \"we go\" and \xC2\xAB" "non\xC2\xBB.");
  add_quote(d, LQ "we stay" RQ, 0);
  add_quote(d, "\"we go\"", 0);
  add_quote(d, "\xC2\xAB" "non\xC2\xBB", 0);
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_stray_marks) {
  /* The scanner found nothing: a lone opening and a lone closing mark. */
  quoth_doc *d = doc_of("He said " LQ "we stay.\n\nShe said we go" RQ " today.");
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 2);
  ck_assert_ptr_nonnull(strstr(quoth_diagnostic_message(quoth_doc_diagnostic(d, 1)),
                               "never opened"));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_continuation_convention) {
  /* Paragraph one stays open because paragraph two reopens the quote. */
  quoth_doc *d = doc_of(LQ "We stay.\n\n" LQ "We go," RQ " he said.");
  add_quote(d, LQ "We go," RQ, 0);
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_continued_quote_reopening_mark) {
  /* The scanner made one quote over two paragraphs: the mark reopening
   * the second paragraph belongs to it. */
  quoth_doc *d = doc_of(LQ "We stay.\n\n" LQ "We go," RQ " he said.");
  add_quote(d, LQ "We stay.\n\n" LQ "We go," RQ, QUOTH_QUOTE_CONTINUED);
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_unclosed_flag_and_scanner_dedup) {
  quoth_doc *d = doc_of("He said " LQ "we stay and left.");
  add_quote(d, LQ "we stay and left.", QUOTH_QUOTE_UNCLOSED);
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 1);
  quoth_doc_free(d);
  /* When the scanner reported it, the check adds nothing. */
  d = doc_of("He said " LQ "we stay and left.");
  add_quote(d, LQ "we stay and left.", QUOTH_QUOTE_UNCLOSED);
  ck_assert_int_eq(quoth__doc_add_diag(d, "unbalanced-quote", QUOTH_SEVERITY_ERROR,
                                       at(d, LQ), "scanner"), 0);
  ck_assert_uint_eq(run_count(d, "unbalanced-quote"), 1);
  ck_assert_str_eq(quoth_diagnostic_message(first_of(d, "unbalanced-quote")), "scanner");
  quoth_doc_free(d);
}
END_TEST

/* ---- mixed-quote-style ------------------------------------------------------- */

START_TEST(test_mixed_style) {
  quoth_doc *d = doc_of(LQ "One" RQ " and " LQ "two" RQ " and \"three\".");
  add_quote(d, LQ "One" RQ, 0);
  add_quote(d, LQ "two" RQ, 0);
  add_quote(d, "\"three\"", 0);
  ck_assert_uint_eq(run_count(d, "mixed-quote-style"), 1);
  ck_assert_str_eq(tu_slice(d, quoth_diagnostic_span(first_of(d, "mixed-quote-style"))), "\"");
  quoth_doc_free(d);
  /* Locales: English curly and French guillemets. */
  d = doc_of(LQ "One" RQ " and \xC2\xAB" "deux\xC2\xBB.");
  add_quote(d, LQ "One" RQ, 0);
  add_quote(d, "\xC2\xAB" "deux\xC2\xBB", 0);
  ck_assert_uint_eq(run_count(d, "mixed-quote-style"), 1);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_one_style_and_nesting_pass) {
  quoth_doc *d = doc_of(LQ "He said \xE2\x80\x98no\xE2\x80\x99" RQ " and " LQ "yes" RQ ".");
  add_quote(d, LQ "He said \xE2\x80\x98no\xE2\x80\x99" RQ, 0);
  add_quote(d, "\xE2\x80\x98no\xE2\x80\x99", 0);
  d->quotes[1].parent = 0;
  add_quote(d, LQ "yes" RQ, 0);
  ck_assert_uint_eq(run_count(d, "mixed-quote-style"), 0);
  quoth_doc_free(d);
}
END_TEST

/* ---- loaded-verb --------------------------------------------------------------- */

START_TEST(test_loaded_verb) {
  quoth_doc *d = doc_of("Smith claimed the vote was rigged. Jones said it was fair.");
  size_t s = add_entity(d, "Smith", QUOTH_ENTITY_PERSON, 0);
  size_t j = add_entity(d, "Jones", QUOTH_ENTITY_PERSON, 0);
  add_statement(d, "the vote was rigged", QUOTH_KIND_INDIRECT, s, "Smith", 0,
                QUOTH_RESOLVED_EXPLICIT, "claimed");
  add_statement(d, "it was fair", QUOTH_KIND_INDIRECT, j, "Jones", 0, QUOTH_RESOLVED_EXPLICIT,
                "said");
  ck_assert_uint_eq(run_count(d, "loaded-verb"), 1);
  ck_assert_str_eq(tu_slice(d, quoth_diagnostic_span(first_of(d, "loaded-verb"))), "claimed");
  quoth_doc_free(d);
}
END_TEST

/* ---- anonymous-source ------------------------------------------------------------ */

START_TEST(test_anonymous_source) {
  quoth_doc *d = doc_of("A senior official said talks failed. Diplomats said so too. "
                        "Smith said no.");
  size_t a = add_entity(d, "a senior official", QUOTH_ENTITY_ANONYMOUS, 0);
  size_t b = add_entity(d, "Diplomats", QUOTH_ENTITY_ANONYMOUS, 0);
  size_t s = add_entity(d, "Smith", QUOTH_ENTITY_PERSON, 0);
  add_statement(d, "talks failed", QUOTH_KIND_INDIRECT, a, "A senior official", 0,
                QUOTH_RESOLVED_EXPLICIT, "said");
  add_statement(d, "so too", QUOTH_KIND_INDIRECT, b, "Diplomats", 0, QUOTH_RESOLVED_EXPLICIT,
                "said");
  add_statement(d, "no", QUOTH_KIND_INDIRECT, s, "Smith", 0, QUOTH_RESOLVED_EXPLICIT, "said");
  ck_assert_uint_eq(run_count(d, "anonymous-source"), 2);
  ck_assert_ptr_nonnull(strstr(quoth_diagnostic_message(first_of(d, "anonymous-source")),
                               "2 of 3 statements"));
  quoth_doc_free(d);
}
END_TEST

/* ---- distant-pronoun and ambiguous-speaker ----------------------------------------- */

/* Smith is named in sentence 0; "he" speaks in sentence `gap`. */
static quoth_doc *pronoun_doc(int gap) {
  char text[512] = "Smith arrived. ";
  for (int i = 1; i < gap; i++) strcat(text, "It rained. ");
  strcat(text, LQ "We stay," RQ " he said.");
  quoth_doc *d = doc_of(text);
  size_t s = add_entity(d, "Smith", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Smith", 0, QUOTH__M_NAME, 'm', s);
  add_mention(d, "he", 0, QUOTH__M_PRONOUN, 'm', s);
  add_statement(d, LQ "We stay," RQ, QUOTH_KIND_DIRECT, s, "he", 0, QUOTH_RESOLVED_PRONOUN,
                "said");
  return d;
}

START_TEST(test_distant_pronoun) {
  quoth_doc *d = pronoun_doc(3);
  ck_assert_uint_eq(run_count(d, "distant-pronoun"), 0);
  quoth_doc_free(d);
  d = pronoun_doc(4);
  ck_assert_uint_eq(run_count(d, "distant-pronoun"), 1);
  ck_assert_str_eq(tu_slice(d, quoth_diagnostic_span(first_of(d, "distant-pronoun"))), "he");
  quoth_doc_free(d);
  /* Configurable: with N = 5 the same text passes. */
  d = pronoun_doc(4);
  quoth__checker *ck = checker();
  quoth__checker_set_distant(ck, 5);
  ck_assert_int_eq(quoth__run_checks(ck, d), 0);
  quoth__checker_free(ck);
  ck_assert_uint_eq(count(d, "distant-pronoun"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_ambiguous_speaker) {
  quoth_doc *d = doc_of("Smith met Jones. " LQ "We stay," RQ " he said.");
  size_t s = add_entity(d, "Smith", QUOTH_ENTITY_PERSON, 'm');
  size_t j = add_entity(d, "Jones", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Smith", 0, QUOTH__M_NAME, 'm', s);
  add_mention(d, "Jones", 0, QUOTH__M_NAME, 'm', j);
  add_mention(d, "he", 0, QUOTH__M_PRONOUN, 'm', s);
  add_statement(d, LQ "We stay," RQ, QUOTH_KIND_DIRECT, s, "he", 0, QUOTH_RESOLVED_PRONOUN,
                "said");
  ck_assert_uint_eq(run_count(d, "ambiguous-speaker"), 1);
  ck_assert_ptr_nonnull(strstr(quoth_diagnostic_message(first_of(d, "ambiguous-speaker")),
                               "Jones"));
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_unambiguous_by_gender) {
  quoth_doc *d = doc_of("Smith met Jones. " LQ "We stay," RQ " she said.");
  size_t s = add_entity(d, "Smith", QUOTH_ENTITY_PERSON, 'f');
  size_t j = add_entity(d, "Jones", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Smith", 0, QUOTH__M_NAME, 'f', s);
  add_mention(d, "Jones", 0, QUOTH__M_NAME, 'm', j);
  add_mention(d, "she", 0, QUOTH__M_PRONOUN, 'f', s);
  add_statement(d, LQ "We stay," RQ, QUOTH_KIND_DIRECT, s, "she", 0, QUOTH_RESOLVED_PRONOUN,
                "said");
  ck_assert_uint_eq(run_count(d, "ambiguous-speaker"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_unknown_gender_rival_passes) {
  /* "Tories" (no known gender) and "the firm" are not rivals for "he". */
  quoth_doc *d = doc_of("Smith met the Tories and the firm. " LQ "We stay," RQ " he said.");
  size_t s = add_entity(d, "Smith", QUOTH_ENTITY_PERSON, 'm');
  size_t t = add_entity(d, "Tories", QUOTH_ENTITY_PERSON, 0);
  size_t f = add_entity(d, "the firm", QUOTH_ENTITY_ORGANIZATION, 'n');
  add_mention(d, "Smith", 0, QUOTH__M_NAME, 'm', s);
  add_mention(d, "Tories", 0, QUOTH__M_NAME, 0, t);
  add_mention(d, "the firm", 0, QUOTH__M_NOMINAL, 'n', f);
  add_mention(d, "he", 0, QUOTH__M_PRONOUN, 'm', s);
  add_statement(d, LQ "We stay," RQ, QUOTH_KIND_DIRECT, s, "he", 0, QUOTH_RESOLVED_PRONOUN,
                "said");
  ck_assert_uint_eq(run_count(d, "ambiguous-speaker"), 0);
  quoth_doc_free(d);
}
END_TEST

/* ---- surname-first ------------------------------------------------------------- */

START_TEST(test_surname_first) {
  quoth_doc *d = doc_of("Peskov spoke. Dmitry Peskov said talks failed.");
  size_t p = add_entity(d, "Dmitry Peskov", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Peskov", 0, QUOTH__M_NAME, 'm', p);
  add_mention(d, "Dmitry Peskov", 0, QUOTH__M_NAME, 'm', p);
  add_statement(d, "talks failed", QUOTH_KIND_INDIRECT, p, "Dmitry Peskov", 0,
                QUOTH_RESOLVED_EXPLICIT, "said");
  ck_assert_uint_eq(run_count(d, "surname-first"), 1);
  ck_assert_str_eq(tu_slice(d, quoth_diagnostic_span(first_of(d, "surname-first"))), "Peskov");
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_full_name_first_and_headline_pass) {
  quoth_doc *d = doc_of("Peskov says talks failed\n\nDmitry Peskov said talks failed. "
                        "Peskov left.");
  size_t p = add_entity(d, "Dmitry Peskov", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Peskov", 0, QUOTH__M_NAME, 'm', p); /* in the headline */
  add_mention(d, "Dmitry Peskov", 0, QUOTH__M_NAME, 'm', p);
  add_mention(d, "Peskov", 2, QUOTH__M_NAME, 'm', p);
  add_statement(d, "talks failed", QUOTH_KIND_INDIRECT, p, "Dmitry Peskov", 0,
                QUOTH_RESOLVED_EXPLICIT, "said");
  ck_assert_uint_eq(run_count(d, "surname-first"), 0);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_pronoun_first) {
  quoth_doc *d = doc_of("He arrived late. Dmitry Peskov said talks failed. Peskov himself left.");
  size_t p = add_entity(d, "Dmitry Peskov", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "He", 0, QUOTH__M_PRONOUN, 'm', p);
  add_mention(d, "Dmitry Peskov", 0, QUOTH__M_NAME, 'm', p);
  add_statement(d, "talks failed", QUOTH_KIND_INDIRECT, p, "Dmitry Peskov", 0,
                QUOTH_RESOLVED_EXPLICIT, "said");
  ck_assert_uint_eq(run_count(d, "surname-first"), 1);
  ck_assert_str_eq(tu_slice(d, quoth_diagnostic_span(first_of(d, "surname-first"))), "He");
  quoth_doc_free(d);
  /* "himself" first, or a lower-case "full name", is not reported. */
  d = doc_of("The man himself arrived. Former Ahold said talks failed.");
  p = add_entity(d, "former Ahold", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "himself", 0, QUOTH__M_PRONOUN, 'm', p);
  add_mention(d, "Ahold", 0, QUOTH__M_NAME, 'm', p);
  add_statement(d, "talks failed", QUOTH_KIND_INDIRECT, p, "Ahold", 0, QUOTH_RESOLVED_EXPLICIT,
                "said");
  ck_assert_uint_eq(run_count(d, "surname-first"), 0);
  quoth_doc_free(d);
}
END_TEST

/* A one-word mention that is not the speaker's surname (a mention linked to
 * the wrong entity) is not surname-first. */
START_TEST(test_surname_first_needs_surname) {
  quoth_doc *d = doc_of("Twitter was down. Dmitry Peskov said talks failed.");
  size_t p = add_entity(d, "Dmitry Peskov", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Twitter", 0, QUOTH__M_NAME, 0, p);
  add_mention(d, "Dmitry Peskov", 0, QUOTH__M_NAME, 'm', p);
  add_statement(d, "talks failed", QUOTH_KIND_INDIRECT, p, "Dmitry Peskov", 0,
                QUOTH_RESOLVED_EXPLICIT, "said");
  ck_assert_uint_eq(run_count(d, "surname-first"), 0);
  quoth_doc_free(d);
}
END_TEST

/* ---- inconsistent-name ---------------------------------------------------------- */

START_TEST(test_inconsistent_name) {
  quoth_doc *d = doc_of("Dmitry Peskov spoke. Peskow left. Fayez al-Sarraj came. Sarraj went.");
  size_t p = add_entity(d, "Dmitry Peskov", QUOTH_ENTITY_PERSON, 'm');
  size_t w = add_entity(d, "Peskow", QUOTH_ENTITY_PERSON, 'm');
  size_t s = add_entity(d, "Fayez al-Sarraj", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "Dmitry Peskov", 0, QUOTH__M_NAME, 'm', p);
  add_mention(d, "Peskow", 0, QUOTH__M_NAME, 'm', w);
  add_mention(d, "Fayez al-Sarraj", 0, QUOTH__M_NAME, 'm', s);
  add_mention(d, "Sarraj", 1, QUOTH__M_NAME, 'm', s);
  ck_assert_uint_eq(run_count(d, "inconsistent-name"), 2);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_different_people_pass) {
  quoth_doc *d = doc_of("John Smith spoke. Jane Smyth left. Ali Sarraj came. Ali Sarraj went.");
  size_t a = add_entity(d, "John Smith", QUOTH_ENTITY_PERSON, 'm');
  size_t b = add_entity(d, "Jane Smyth", QUOTH_ENTITY_PERSON, 'f');
  size_t c = add_entity(d, "Ali Sarraj", QUOTH_ENTITY_PERSON, 'm');
  add_mention(d, "John Smith", 0, QUOTH__M_NAME, 'm', a);
  add_mention(d, "Jane Smyth", 0, QUOTH__M_NAME, 'f', b);
  add_mention(d, "Ali Sarraj", 0, QUOTH__M_NAME, 'm', c);
  add_mention(d, "Ali Sarraj", 1, QUOTH__M_NAME, 'm', c);
  ck_assert_uint_eq(run_count(d, "inconsistent-name"), 0);
  quoth_doc_free(d);
}
END_TEST

/* ---- through the engine ----------------------------------------------------------- */

START_TEST(test_diagnostics_sorted) {
  quoth_doc *d = doc_of("\"a\" and " LQ "b" RQ " and " LQ "c" RQ " and x" RQ ".");
  add_quote(d, "\"a\"", 0);
  add_quote(d, LQ "b" RQ, 0);
  add_quote(d, LQ "c" RQ, 0);
  run_count(d, "");
  ck_assert_uint_ge(quoth_doc_diagnostic_count(d), 2);
  for (size_t i = 1; i < quoth_doc_diagnostic_count(d); i++)
    ck_assert_uint_le(quoth_diagnostic_span(quoth_doc_diagnostic(d, i - 1)).start,
                      quoth_diagnostic_span(quoth_doc_diagnostic(d, i)).start);
  quoth_doc_free(d);
}
END_TEST

static char *read_example(size_t *len) {
  const char *dir = getenv("srcdir");
  char path[1024];
  snprintf(path, sizeof path, "%s/docs/examples/libya-tripoli.txt", dir ? dir : ".");
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  char *buf = malloc(1 << 16);
  *len = fread(buf, 1, (1 << 16) - 1, f);
  buf[*len] = '\0';
  fclose(f);
  return buf;
}

/* The example article has balanced marks; once attribution finds speakers
 * (any entity at all), every quote in it must have one. */
START_TEST(test_example_article) {
  size_t len;
  char *text = read_example(&len);
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(count(d, "unbalanced-quote"), 0);
  ck_assert_uint_eq(count(d, "mixed-quote-style"), 0);
  if (quoth_doc_entity_count(d) > 0) ck_assert_uint_eq(count(d, "unattributed-quote"), 0);
  quoth_doc_free(d);
  free(text);
}
END_TEST

/* 100k stray closing marks and 100k quotes stay fast (linear). */
START_TEST(test_pathological_marks) {
  size_t n = 100000, len = n * 3;
  char *text = malloc(len + 1);
  for (size_t i = 0; i < n; i++) memcpy(text + 3 * i, RQ, 3);
  text[len] = '\0';
  double t0 = tu_seconds();
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_ge(quoth_doc_diagnostic_count(d), 1);
  quoth_doc_free(d);
  for (size_t i = 0; i < n / 2; i++) memcpy(text + 6 * i, i % 3 ? LQ RQ : "\"\"\"\"\"\"", 6);
  d = tu_process(text, 0);
  quoth_doc_free(d);
  ck_assert_msg(tu_seconds() - t0 < 10.0, "too slow: %.2fs", tu_seconds() - t0);
  free(text);
}
END_TEST

static Suite *checks_suite(void) {
  Suite *s = suite_create("checks");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_rule_names);
  tcase_add_test(tc, test_unattributed);
  tcase_add_test(tc, test_indirect_needs_no_quote_speaker);
  tcase_add_test(tc, test_mismatched_pair);
  tcase_add_test(tc, test_matched_pairs_pass);
  tcase_add_test(tc, test_stray_marks);
  tcase_add_test(tc, test_continuation_convention);
  tcase_add_test(tc, test_continued_quote_reopening_mark);
  tcase_add_test(tc, test_unclosed_flag_and_scanner_dedup);
  tcase_add_test(tc, test_mixed_style);
  tcase_add_test(tc, test_one_style_and_nesting_pass);
  tcase_add_test(tc, test_loaded_verb);
  tcase_add_test(tc, test_anonymous_source);
  tcase_add_test(tc, test_distant_pronoun);
  tcase_add_test(tc, test_ambiguous_speaker);
  tcase_add_test(tc, test_unambiguous_by_gender);
  tcase_add_test(tc, test_surname_first);
  tcase_add_test(tc, test_full_name_first_and_headline_pass);
  tcase_add_test(tc, test_surname_first_needs_surname);
  tcase_add_test(tc, test_pronoun_first);
  tcase_add_test(tc, test_unknown_gender_rival_passes);
  tcase_add_test(tc, test_inconsistent_name);
  tcase_add_test(tc, test_different_people_pass);
  tcase_add_test(tc, test_diagnostics_sorted);
  tcase_add_test(tc, test_example_article);
  tcase_add_test(tc, test_pathological_marks);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(checks_suite)
