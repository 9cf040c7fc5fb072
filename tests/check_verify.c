/* check_verify.c - quote verification against the example article, with
 * its statements and speakers set by hand (as in the gold file), so the
 * tests measure verification apart from attribution quality. */
#include <stdio.h>

#include "testutil.h"

#include "doc.h"
#include "text.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

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

static quoth_span find(const quoth_doc *d, const char *s) {
  const char *p = strstr(d->text, s);
  ck_assert_msg(p != NULL, "'%s' not in the text", s);
  return (quoth_span){(size_t)(p - d->text), (size_t)(p - d->text) + strlen(s)};
}

/* Every “...” pair becomes a quote. */
static void add_quotes(quoth_doc *d) {
  const char *p = d->text;
  while ((p = strstr(p, LQ))) {
    const char *e = strstr(p + 3, RQ);
    if (!e) break;
    quoth_quote *q = quoth__doc_add_quote(d);
    size_t a = (size_t)(p - d->text), b = (size_t)(e - d->text);
    *q = (quoth_quote){.span = {a, b + 3},
                       .inner = {a + 3, b},
                       .kind = QUOTH_QUOTE_SPEECH,
                       .parent = QUOTH__NONE,
                       .paragraph = quoth__doc_paragraph_at(d, a)};
    p = e + 3;
  }
}

static size_t entity(quoth_doc *d, const char *name, quoth_entity_type type, const char *alias) {
  quoth_entity *e = quoth__doc_add_entity(d, name, strlen(name), type);
  ck_assert_ptr_nonnull(e);
  if (alias) ck_assert_int_eq(quoth__entity_add_alias(d, e, alias, strlen(alias)), 0);
  return e->index;
}

static void statement(quoth_doc *d, const char *text, size_t speaker) {
  quoth_statement *st = quoth__doc_add_statement(d);
  st->parts = quoth__arena_alloc(&d->arena, sizeof *st->parts);
  st->parts[0] = find(d, text);
  st->nparts = 1;
  st->kind = text[0] == LQ[0] ? QUOTH_KIND_DIRECT : QUOTH_KIND_INDIRECT;
  st->speaker = speaker;
  st->rule = "test";
}

/* The article with the gold file's statements and speakers. */
static quoth_doc *article(void) {
  size_t len;
  char *text = read_example(&len);
  quoth_doc *d = quoth__doc_new(text, len);
  free(text);
  ck_assert_int_eq(quoth__offsets_build(&d->offsets, d->text, len), 0);
  ck_assert_int_eq(quoth__paragraphs(d->text, len, 0, &d->paragraphs, &d->nparagraphs), 0);
  add_quotes(d);
  size_t gut = entity(d, "Antonio Guterres", QUOTH_ENTITY_PERSON, "Guterres");
  size_t pes = entity(d, "Dmitry Peskov", QUOTH_ENTITY_PERSON, "Peskov");
  size_t sal = entity(d, "Matteo Salvini", QUOTH_ENTITY_PERSON, "Salvini");
  size_t haf = entity(d, "Khalifa Haftar", QUOTH_ENTITY_PERSON, "Haftar");
  size_t lna = entity(d, "Libyan National Army", QUOTH_ENTITY_ORGANIZATION, "LNA");
  statement(d, LQ "I leave Libya", gut);
  d->statements[0].parts[0].end = find(d, "Tripoli," RQ).end;
  statement(d, LQ "The UN is committed", gut);
  d->statements[1].parts[0].end = find(d, "Libyan people." RQ).end;
  statement(d, "the operation would continue until terrorism is defeated", haf);
  statement(d, LQ "We are closely following the situation in Libya," RQ, pes);
  statement(d, LQ "Of course, we consider", pes);
  d->statements[4].parts[0].end = find(d, "resolved peacefully." RQ).end;
  statement(d, "They have taken control of the areas", lna);
  statement(d, LQ "We need to throw water", sal);
  d->statements[6].parts[0].end = find(d, "devastating," RQ).end;
  size_t saleh = entity(d, "Aguila Saleh", QUOTH_ENTITY_PERSON, "Saleh");
  size_t spk = entity(d, "spokesman of Aguila Saleh", QUOTH_ENTITY_PERSON, NULL);
  d->entities[spk].linked = saleh;
  statement(d, "they had discussed ways to end the crisis and the planned conference", spk);
  return d;
}

static quoth_verdict *verify(quoth_verifier *v, const char *quote, const char *speaker) {
  quoth_verdict *vd = NULL;
  ck_assert_int_eq(quoth_verify(v, quote, strlen(quote), speaker, speaker ? strlen(speaker) : 0,
                                &vd),
                   QUOTH_OK);
  return vd;
}

static quoth_verdict_kind kind_of(quoth_verifier *v, const char *quote, const char *speaker) {
  quoth_verdict *vd = verify(v, quote, speaker);
  quoth_verdict_kind k = quoth_verdict_kind_of(vd);
  quoth_verdict_free(vd);
  return k;
}

static quoth_verifier *verifier(const quoth_doc *d) {
  quoth_verifier *v = NULL;
  ck_assert_int_eq(quoth_verifier_new(d, &v), QUOTH_OK);
  return v;
}

START_TEST(test_true_claims) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  const char *q = "I still hope it is possible to avoid a bloody confrontation in and around "
                  "Tripoli";
  quoth_verdict *vd = verify(v, q, "Antonio Guterres");
  ck_assert_int_eq(quoth_verdict_kind_of(vd), QUOTH_VERDICT_CONFIRMED);
  ck_assert_str_eq(tu_slice(d, quoth_verdict_evidence(vd)),
                   "I still hope it is possible to avoid a bloody confrontation in and around "
                   "Tripoli");
  ck_assert_str_eq(quoth_entity_name(quoth_verdict_credited(vd)), "Antonio Guterres");
  ck_assert_uint_eq(quoth_verdict_cost(vd), 0);
  quoth_verdict_free(vd);
  /* Other spellings of the speaker; case, quotes and punctuation differ. */
  ck_assert_int_eq(kind_of(v, q, "Guterres"), QUOTH_VERDICT_CONFIRMED);
  ck_assert_int_eq(kind_of(v, q, "UN Secretary-General Antonio Guterres"), QUOTH_VERDICT_CONFIRMED);
  ck_assert_int_eq(kind_of(v, "\"we need to throw water on the fire -- not petrol on the fire\"",
                           "Salvini"),
                   QUOTH_VERDICT_CONFIRMED);
  ck_assert_int_eq(kind_of(v, "They have taken control of the areas", "the LNA"),
                   QUOTH_VERDICT_CONFIRMED);
  ck_assert_int_eq(kind_of(v, "Libya\xE2\x80\x99s problems", NULL), QUOTH_VERDICT_UNATTRIBUTED);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_wrong_official) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  quoth_verdict *vd = verify(v, "We are closely following the situation in Libya", "Salvini");
  ck_assert_int_eq(quoth_verdict_kind_of(vd), QUOTH_VERDICT_MISATTRIBUTED);
  ck_assert_str_eq(quoth_entity_name(quoth_verdict_credited(vd)), "Dmitry Peskov");
  quoth_verdict_free(vd);
  ck_assert_int_eq(kind_of(v, "The UN is committed to facilitating a political solution",
                           "Dmitry Peskov"),
                   QUOTH_VERDICT_MISATTRIBUTED);
  ck_assert_int_eq(kind_of(v, "We are closely following the situation in Libya",
                           "Vladimir Putin"),
                   QUOTH_VERDICT_MISATTRIBUTED);
  /* The spokesman's words are not Saleh's own. */
  const char *spoke = "they had discussed ways to end the crisis";
  ck_assert_int_eq(kind_of(v, spoke, "Aguila Saleh"), QUOTH_VERDICT_MISATTRIBUTED);
  ck_assert_int_eq(kind_of(v, spoke, "Saleh's spokesman"), QUOTH_VERDICT_CONFIRMED);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_changed_word) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  quoth_verdict *vd = verify(v, "We are closely monitoring the situation in Libya", "Peskov");
  ck_assert_int_eq(quoth_verdict_kind_of(vd), QUOTH_VERDICT_ALTERED);
  ck_assert_uint_eq(quoth_verdict_cost(vd), 1);
  size_t changed = 0;
  for (size_t i = 0; i < quoth_verdict_edit_count(vd); i++) {
    if (quoth_verdict_edit_kind(vd, i) != QUOTH_EDIT_CHANGED) continue;
    changed++;
    ck_assert_str_eq(tu_slice(d, quoth_verdict_edit_text(vd, i)), "following");
    quoth_span c = quoth_verdict_edit_claim(vd, i);
    ck_assert_uint_eq(c.start, 15);
    ck_assert_uint_eq(c.end, 25);
  }
  ck_assert_uint_eq(changed, 1);
  ck_assert_str_eq(quoth_entity_name(quoth_verdict_credited(vd)), "Dmitry Peskov");
  quoth_verdict_free(vd);
  /* A dropped word and an added one. */
  ck_assert_int_eq(kind_of(v, "We are following the situation in Libya", "Peskov"),
                   QUOTH_VERDICT_ALTERED);
  ck_assert_int_eq(kind_of(v, "We are closely following the dire situation in Libya", "Peskov"),
                   QUOTH_VERDICT_ALTERED);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_editorial_marks) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  const char *guterres = "I leave Libya with a heavy heart \xE2\x80\xA6 I still hope it is possible";
  quoth_verdict *vd = verify(v, guterres, "Guterres");
  ck_assert_int_eq(quoth_verdict_kind_of(vd), QUOTH_VERDICT_CONFIRMED);
  size_t marks = 0;
  for (size_t i = 0; i < quoth_verdict_edit_count(vd); i++)
    if (quoth_verdict_edit_kind(vd, i) == QUOTH_EDIT_ELLIPSIS) {
      marks++;
      ck_assert_str_eq(tu_slice(d, quoth_verdict_edit_text(vd, i)), "and deeply concerned");
    }
  ck_assert_uint_eq(marks, 1);
  quoth_verdict_free(vd);
  ck_assert_int_eq(kind_of(v, "I leave Libya with a heavy heart... I still hope", "Guterres"),
                   QUOTH_VERDICT_CONFIRMED);
  ck_assert_int_eq(kind_of(v, "the most important thing is that [\xE2\x80\xA6] operations there "
                              "do not lead to bloodshed",
                           "Dmitry Peskov"),
                   QUOTH_VERDICT_CONFIRMED);
  ck_assert_int_eq(kind_of(v, "[Russia is] closely following the situation in Libya", "Peskov"),
                   QUOTH_VERDICT_CONFIRMED);
  /* An ellipsis does not excuse a changed word. */
  ck_assert_int_eq(kind_of(v, "I leave Libya with a heavy heart ... I still think it is possible",
                           "Guterres"),
                   QUOTH_VERDICT_ALTERED);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_across_narration) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  quoth_verdict *vd = verify(v, "We are closely following the situation in Libya. Of course, we "
                                "consider that the most important thing",
                             "Peskov");
  ck_assert_int_eq(quoth_verdict_kind_of(vd), QUOTH_VERDICT_CONFIRMED);
  size_t skipped = 0;
  for (size_t i = 0; i < quoth_verdict_edit_count(vd); i++)
    skipped += quoth_verdict_edit_kind(vd, i) == QUOTH_EDIT_SKIPPED;
  ck_assert_uint_eq(skipped, 3); /* he told reporters */
  quoth_verdict_free(vd);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_absent_claims) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  ck_assert_int_eq(kind_of(v, "We will never negotiate with terrorists", "Haftar"),
                   QUOTH_VERDICT_NOT_FOUND);
  ck_assert_int_eq(kind_of(v, "The situation in Tripoli is under control", "Guterres"),
                   QUOTH_VERDICT_NOT_FOUND);
  ck_assert_int_eq(kind_of(v, "", "Guterres"), QUOTH_VERDICT_NOT_FOUND);
  ck_assert_int_eq(kind_of(v, "\xE2\x80\xA6 [\xE2\x80\xA6]", NULL), QUOTH_VERDICT_NOT_FOUND);
  quoth_verdict *vd = verify(v, "zebra", NULL);
  ck_assert_uint_eq(quoth_verdict_edit_count(vd), 0);
  ck_assert_uint_eq(quoth_verdict_evidence(vd).end, 0);
  quoth_verdict_free(vd);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

START_TEST(test_bad_arguments) {
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  quoth_verdict *vd = NULL;
  ck_assert_int_eq(quoth_verify(v, "\xff", 1, NULL, 0, &vd), QUOTH_EUTF8);
  ck_assert_ptr_null(vd);
  ck_assert_int_eq(quoth_verify(NULL, "a", 1, NULL, 0, &vd), QUOTH_EINVAL);
  ck_assert_int_eq(quoth_verify(v, "a", 1, NULL, 0, NULL), QUOTH_EINVAL);
  quoth_verifier *none = v;
  ck_assert_int_eq(quoth_verifier_new(NULL, &none), QUOTH_EINVAL);
  ck_assert_ptr_null(none);
  ck_assert_int_eq(quoth_verifier_new(d, NULL), QUOTH_EINVAL);
  ck_assert_int_eq(quoth_verdict_kind_of(NULL), QUOTH_VERDICT_NOT_FOUND);
  ck_assert_uint_eq(quoth_verdict_edit_count(NULL), 0);
  ck_assert_str_eq(quoth_verdict_kind_name(QUOTH_VERDICT_MISATTRIBUTED), "misattributed");
  ck_assert_str_eq(quoth_edit_kind_name(QUOTH_EDIT_BRACKET), "bracket");
  quoth_verifier_free(NULL);
  quoth_verdict_free(NULL);
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

/* About 6 MB of words plus the article repeated: claims stay fast because
 * the work per claim is bounded by the claim, not the document. */
START_TEST(test_large_input) {
  size_t len;
  char *art = read_example(&len);
  size_t cap = 8u << 20, n = 0;
  char *text = malloc(cap);
  unsigned x = 12345;
  size_t next_article = 0;
  while (n + 2 * len + 16 < cap) {
    if (n >= next_article) { /* the article every megabyte */
      memcpy(text + n, art, len);
      n += len;
      next_article += 1u << 20;
    }
    x = x * 1103515245u + 12345u;
    n += (size_t)sprintf(text + n, "w%u ", (x >> 8) % 200000u);
  }
  text[n] = '\0';
  double t0 = tu_seconds();
  quoth_doc *d = tu_process(text, 0);
  quoth_verifier *v = verifier(d);
  double t1 = tu_seconds();
  for (int i = 0; i < 200; i++) {
    quoth_verdict *vd = verify(v, i % 2 ? "We are closely monitoring the situation in Libya"
                                        : "we need to throw water on the fire",
                               "Peskov");
    ck_assert_int_ne(quoth_verdict_kind_of(vd), QUOTH_VERDICT_NOT_FOUND);
    quoth_verdict_free(vd);
  }
  double t2 = tu_seconds();
  ck_assert_msg(t2 - t1 < 20.0, "200 claims took %.2fs", t2 - t1);
  ck_assert_msg(t1 - t0 < 60.0, "processing and indexing took %.2fs", t1 - t0);
  quoth_verifier_free(v);
  quoth_doc_free(d);
  free(text);
  free(art);
}
END_TEST

/* Random claims built from words, marks, brackets and odd bytes never
 * crash and always give a verdict whose spans lie inside their strings. */
START_TEST(test_random_claims) {
  static const char *const pieces[] = {"Libya", "the", "We", "are", "[", "]", "...", "\xE2\x80\xA6",
                                       "[\xE2\x80\xA6]", "'", "\xE2\x80\x9C", ".", "situation",
                                       "Tripoli", "[the UN]", "  ", "-", "hope", "'s", "\xC3\xA9"};
  quoth_doc *d = article();
  quoth_verifier *v = verifier(d);
  unsigned x = 7;
  char claim[512];
  for (int i = 0; i < 3000; i++) {
    size_t n = 0;
    claim[0] = '\0';
    x = x * 1103515245u + 12345u;
    for (unsigned k = 0, len = (x >> 16) % 24; k < len; k++) {
      x = x * 1103515245u + 12345u;
      const char *p = pieces[(x >> 16) % (sizeof pieces / sizeof *pieces)];
      n += (size_t)snprintf(claim + n, sizeof claim - n, "%s%s", p, (x >> 8) % 3 ? " " : "");
    }
    quoth_verdict *vd = verify(v, claim, "Peskov");
    for (size_t e = 0; e < quoth_verdict_edit_count(vd); e++) {
      ck_assert_uint_le(quoth_verdict_edit_claim(vd, e).end, n);
      ck_assert_uint_le(quoth_verdict_edit_text(vd, e).end, d->len);
    }
    ck_assert_uint_le(quoth_verdict_evidence(vd).end, d->len);
    quoth_verdict_free(vd);
  }
  quoth_verifier_free(v);
  quoth_doc_free(d);
}
END_TEST

/* Through the engine: whatever attribution finds, the quote's words are
 * found and the verdict is never "not-found" or "altered". */
START_TEST(test_through_engine) {
  size_t len;
  char *text = read_example(&len);
  quoth_doc *d = tu_process(text, 0);
  quoth_verifier *v = verifier(d);
  quoth_verdict_kind k = kind_of(v, "The situation should be resolved peacefully", "Peskov");
  ck_assert(k != QUOTH_VERDICT_NOT_FOUND && k != QUOTH_VERDICT_ALTERED);
  quoth_verifier_free(v);
  quoth_doc_free(d);
  free(text);
}
END_TEST

static Suite *verify_suite(void) {
  Suite *s = suite_create("verify");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_true_claims);
  tcase_add_test(tc, test_wrong_official);
  tcase_add_test(tc, test_changed_word);
  tcase_add_test(tc, test_editorial_marks);
  tcase_add_test(tc, test_across_narration);
  tcase_add_test(tc, test_absent_claims);
  tcase_add_test(tc, test_bad_arguments);
  tcase_add_test(tc, test_large_input);
  tcase_add_test(tc, test_random_claims);
  tcase_add_test(tc, test_through_engine);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(verify_suite)
