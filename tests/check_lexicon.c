/* check_lexicon.c - lexicon loading, lookup and error messages. */
#include <stdio.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"
#include "testutil.h"
#include "tokens.h"

START_TEST(test_builtin_lookup) {
  const quoth__lextable *t = quoth__lex_table(tu_lexicons(), "en", "speech_verbs");
  ck_assert_ptr_nonnull(t);
  const quoth__lexrow *r = quoth__lex_find(t, "SAID", 4);
  ck_assert_ptr_nonnull(r);
  ck_assert_str_eq(quoth__lex_col(r, 1), "say");
  ck_assert_ptr_null(quoth__lex_find(t, "sandwich", 8));
  /* Regional tags fall back to the language. */
  ck_assert_ptr_eq(quoth__lex_table(tu_lexicons(), "en-GB", "speech_verbs"), t);
  ck_assert_ptr_null(quoth__lex_table(tu_lexicons(), "xx", "speech_verbs"));
  ck_assert_ptr_nonnull(quoth__lex_table(tu_lexicons(), "common", "quote_marks"));
}
END_TEST

/* Every class named in en/word_classes is one the code knows (a typo would
 * silently drop the word from its class), and every class has words. */
START_TEST(test_word_classes_known) {
  const quoth__lextable *t = quoth__lex_table(tu_lexicons(), "en", "word_classes");
  ck_assert_ptr_nonnull(t);
  quoth__wclass seen = 0;
  for (size_t i = 0; i < quoth__lex_count(t); i++) {
    const quoth__lexrow *r = quoth__lex_row(t, i);
    for (const char *c = quoth__lex_col(r, 1); *c;) {
      size_t n = strcspn(c, ",");
      quoth__wclass bit = quoth__word_class_bit(c, n);
      ck_assert_msg(bit != 0, "word_classes.tsv:%zu: unknown class '%.*s'", r->line, (int)n, c);
      seen |= bit;
      c += n + (c[n] == ',');
    }
  }
  ck_assert(seen == WC_COURTESY * 2 - 1); /* every class, the last one included */
  ck_assert(quoth__word_class_bit("no-such-class", 13) == 0);
}
END_TEST

/* A minimal lexicon tree whose en/speech_verbs.tsv holds verbs (NULL: no
 * such file); returns its path. */
static const char *make_dir(const char *verbs) {
  const char *const files[][2] = {{"en/speech_verbs.tsv", verbs}};
  return tu_lexicon_dir(files, 1);
}

START_TEST(test_dir_ok) {
  const char *dir = make_dir("# comment\n\nwhispered\twhisper\tmanner\n");
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_OK);
  const quoth__lextable *t = quoth__lex_table(lex, "en", "speech_verbs");
  ck_assert_uint_eq(quoth__lex_count(t), 1);
  ck_assert_ptr_nonnull(quoth__lex_find(t, "Whispered", 9));
  ck_assert_uint_eq(quoth__lex_find(t, "whispered", 9)->line, 3);
  quoth_lexicons_free(lex);
  tu_remove_dir(dir);
}
END_TEST

START_TEST(test_dir_malformed_line) {
  const char *dir = make_dir("said\tsay\tneutral\nbroken line with no tabs\n");
  quoth_lexicons *lex = (quoth_lexicons *)1;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
  ck_assert_ptr_null(lex);
  ck_assert_msg(strstr(err, "en/speech_verbs.tsv:2: expected 3 to 3") != NULL, "got: %s", err);
  tu_remove_dir(dir);
}
END_TEST

START_TEST(test_dir_missing) {
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load("/nonexistent/quoth", &lex, err, sizeof err), QUOTH_EIO);
  ck_assert_msg(strstr(err, "/nonexistent/quoth") != NULL, "got: %s", err);
  const char *dir = make_dir(NULL); /* no speech_verbs.tsv */
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
  ck_assert_msg(strstr(err, "en/speech_verbs") && strstr(err, "missing"), "got: %s", err);
  tu_remove_dir(dir);
}
END_TEST

START_TEST(test_dir_bad_utf8) {
  const char *dir = make_dir("sa\xFFid\tsay\tneutral\n");
  quoth_lexicons *lex = NULL;
  char err[256];
  ck_assert_int_eq(quoth_lexicons_load(dir, &lex, err, sizeof err), QUOTH_ELEXICON);
  ck_assert_msg(strstr(err, "invalid UTF-8") != NULL, "got: %s", err);
  tu_remove_dir(dir);
}
END_TEST


/* ---- the built-in English lexicons (data spot checks) ------------------- */

static const quoth__lextable *en_table(const char *stem) {
  const quoth__lextable *t = quoth__lex_table(tu_lexicons(), "en", stem);
  ck_assert_msg(t != NULL, "en/%s missing", stem);
  ck_assert_msg(quoth__lex_count(t) > 0, "en/%s empty", stem);
  return t;
}

/* Row for text in en/stem (must exist); its columns are then checked. */
static const quoth__lexrow *en_row(const char *stem, const char *text) {
  const quoth__lexrow *r = quoth__lex_find(en_table(stem), text, strlen(text));
  ck_assert_msg(r != NULL, "en/%s: no row for \"%s\"", stem, text);
  return r;
}

static void expect_cols(const char *stem, const char *text, const char *c1, const char *c2,
                        const char *c3) {
  const quoth__lexrow *r = en_row(stem, text);
  const char *want[3] = {c1, c2, c3};
  for (size_t i = 0; i < 3; i++)
    if (want[i])
      ck_assert_msg(strcmp(quoth__lex_col(r, i + 1), want[i]) == 0,
                    "en/%s \"%s\" column %zu: got \"%s\", want \"%s\"", stem, text, i + 1,
                    quoth__lex_col(r, i + 1), want[i]);
}

static void expect_absent(const char *stem, const char *text) {
  ck_assert_msg(quoth__lex_find(en_table(stem), text, strlen(text)) == NULL,
                "en/%s: unexpected row for \"%s\"", stem, text);
}

START_TEST(test_en_speech_verbs) {
  expect_cols("speech_verbs", "warned", "warn", "stance", NULL);
  expect_cols("speech_verbs", "Emphasised", "emphasize", "stance", NULL);
  expect_cols("speech_verbs", "whispering", "whisper", "manner", NULL);
  expect_cols("speech_verbs", "tweeted", "tweet", "written", NULL);
  expect_cols("speech_verbs", "written", "write", "written", NULL);
  expect_cols("speech_verbs", "replied", "reply", "neutral", NULL);
  expect_cols("speech_verbs", "admitted", "admit", "stance", NULL);
  expect_cols("speech_verbs", "acknowledges", "acknowledge", "stance", NULL);
  expect_absent("speech_verbs", "ate");
  expect_absent("speech_verbs", "telled"); /* irregulars have no regular forms */
  expect_absent("speech_verbs", "sayed");
  expect_absent("speech_verbs", "related"); /* "related to": too ambiguous */
  expect_absent("speech_verbs", "believes"); /* cognition_verbs, not speech */
  expect_cols("speech_verbs", "welcomed", "welcome", "stance", NULL);
  expect_absent("cognition_verbs", "welcomed"); /* one verb, one file */
  expect_cols("cognition_verbs", "discussed", "discuss", "topic", NULL);
  expect_cols("cognition_verbs", "believes", "believe", "belief", NULL);
  expect_cols("cognition_verbs", "sought", "seek", "aim", NULL);
  expect_cols("cognition_verbs", "favoured", "favor", "support", NULL);
  expect_cols("cognition_verbs", "seemed", "seem", "appearance", NULL);
  expect_cols("speech_nouns", "allegations", "allege", "stance", NULL);
  expect_cols("speech_nouns", "statement", "state", "neutral", NULL);
  expect_cols("speech_nouns", "press release", NULL, "written", NULL);
}
END_TEST

/* A lemma is itself a form, so callers can go from lemma to row. */
static size_t check_lemmas_are_forms(const char *stem) {
  const quoth__lextable *t = en_table(stem);
  size_t lemmas = 0;
  for (size_t i = 0; i < quoth__lex_count(t); i++) {
    const quoth__lexrow *r = quoth__lex_row(t, i);
    const char *lemma = quoth__lex_col(r, 1);
    const quoth__lexrow *l = quoth__lex_find(t, lemma, strlen(lemma));
    ck_assert_msg(l != NULL, "en/%s line %zu: lemma \"%s\" is not a form", stem, r->line, lemma);
    ck_assert_msg(strcmp(quoth__lex_col(l, 1), lemma) == 0, "lemma \"%s\" maps to \"%s\"", lemma,
                  quoth__lex_col(l, 1));
    lemmas += l == r;
  }
  return lemmas;
}

START_TEST(test_en_verb_lemmas_are_forms) {
  size_t n = check_lemmas_are_forms("speech_verbs");
  ck_assert_msg(n >= 100, "only %zu speech verb lemmas", n);
  ck_assert_uint_ge(check_lemmas_are_forms("cognition_verbs"), 40);
}
END_TEST

START_TEST(test_en_cue_phrases) {
  expect_cols("cue_phrases", "according to", "according to", "neutral", "either");
  expect_cols("cue_phrases", "was quoted as saying", "quote", "neutral", NULL);
  expect_cols("cue_phrases", "told reporters", "tell", "neutral", "either");
  expect_cols("cue_phrases", "said in a statement", "say", NULL, NULL);
  expect_cols("cue_phrases", "calling on", "call on", "stance", "before");
  expect_cols("cue_phrases", "expressed its concern", "express concern", "stance", "before");
  expect_cols("cue_phrases", "wrote on Twitter", "write", "written", NULL);
  ck_assert_uint_ge(quoth__lex_max_words(en_table("cue_phrases")), 4);
}
END_TEST

START_TEST(test_en_titles) {
  expect_cols("titles", "Secretary-General", "diplomatic", NULL, NULL);
  expect_cols("titles", "President", "political", NULL, NULL);
  expect_cols("titles", "prime minister", "political", NULL, NULL);
  expect_cols("titles", "spokeswoman", NULL, "f", NULL);
  expect_cols("titles", "chairman", NULL, "m", NULL);
  expect_cols("titles", "Field Marshal", "military", NULL, NULL);
  expect_cols("titles", "attorney general", "judicial", NULL, NULL);
  expect_cols("titles", "chief executive", "corporate", NULL, NULL);
  expect_cols("titles", "imam", "religious", NULL, NULL);
  expect_cols("titles", "professor", "academic", NULL, NULL);
  /* Keys are case-insensitive: no acronym that is also a common word or
   * name particle ("5 pm", "da Silva"). */
  expect_absent("titles", "pm");
  expect_absent("titles", "da");
  const quoth__lextable *m = en_table("title_modifiers");
  ck_assert_ptr_nonnull(quoth__lex_find(m, "Deputy", 6));
  ck_assert_ptr_nonnull(quoth__lex_find(m, "ex-", 3));
  ck_assert_ptr_null(quoth__lex_find(m, "Italian", 7));
}
END_TEST

START_TEST(test_en_people_words) {
  expect_cols("honorifics", "Mr.", "m", NULL, NULL);
  expect_cols("honorifics", "Mrs", "f", NULL, NULL);
  expect_cols("honorifics", "Gen.", "-", NULL, NULL);
  expect_cols("pronouns", "her", "3", "sg", "f");
  expect_cols("pronouns", "He", "3", "sg", "m");
  expect_cols("pronouns", "it", "3", "sg", "n");
  expect_cols("pronouns", "they", "3", "pl", "-");
  expect_cols("pronouns", "we", "1", "pl", "-");
  expect_cols("pronouns", "he\xE2\x80\x99s", "3", "sg", "m"); /* typographic apostrophe */
  expect_absent("pronouns", "the");
}
END_TEST

START_TEST(test_en_orgs_and_sources) {
  expect_cols("org_heads", "ministry", "government", NULL, NULL);
  expect_cols("org_heads", "TV", "media", NULL, NULL);
  expect_cols("org_heads", "news agency", "media", NULL, NULL);
  expect_cols("org_heads", "army", "military", NULL, NULL);
  expect_cols("org_heads", "party", "party", NULL, NULL);
  expect_cols("anonymous_sources", "a senior official", "sg", NULL, NULL);
  expect_cols("anonymous_sources", "sources close to", "pl", NULL, NULL);
  expect_cols("anonymous_sources", "diplomats", "pl", NULL, NULL);
  expect_cols("demonyms", "Italian", "Italy", NULL, NULL);
  expect_cols("demonyms", "Kremlin", "Russia", NULL, NULL);
  expect_cols("demonyms", "U.S.", "United States", NULL, NULL);
  expect_cols("demonyms", "UN", "United Nations", NULL, NULL);
  expect_cols("demonyms", "Libyan", "Libya", NULL, NULL);
  const quoth__lextable *s = en_table("stopnames");
  ck_assert_ptr_nonnull(quoth__lex_find(s, "However", 7));
  ck_assert_ptr_nonnull(quoth__lex_find(s, "Monday", 6));
  ck_assert_ptr_null(quoth__lex_find(s, "May", 3)); /* Theresa May */
}
END_TEST

/* Column values come from closed sets; a typo in a data file fails here. */
static void expect_values(const char *stem, size_t col, const char *const *allowed) {
  const quoth__lextable *t = en_table(stem);
  for (size_t i = 0; i < quoth__lex_count(t); i++) {
    const quoth__lexrow *r = quoth__lex_row(t, i);
    const char *v = quoth__lex_col(r, col);
    int ok = 0;
    for (const char *const *a = allowed; *a && !ok; a++) ok = strcmp(*a, v) == 0;
    ck_assert_msg(ok, "en/%s line %zu: bad column %zu value \"%s\"", stem, r->line, col, v);
  }
}

START_TEST(test_en_closed_values) {
  static const char *const cls[] = {"neutral", "stance", "manner", "written", NULL};
  static const char *const pos[] = {"before", "after", "either", NULL};
  static const char *const cat[] = {"political", "diplomatic", "military", "judicial", "corporate",
                                    "religious", "media",     "academic", "other",    NULL};
  static const char *const gender[] = {"m", "f", "-", NULL};
  static const char *const pgender[] = {"m", "f", "n", "-", NULL};
  static const char *const person[] = {"1", "2", "3", NULL};
  static const char *const number[] = {"sg", "pl", NULL};
  static const char *const kind[] = {"government", "military", "media", "company", "ngo",
                                     "party",      "court",    "police", "other",  "record",
                                     NULL};
  static const char *const ktype[] = {"organization", "place", "other", NULL};
  static const char *const att[] = {"belief",   "aim",     "desire", "emotion", "appearance",
                                    "evidence", "support", "topic",  NULL};
  expect_values("speech_verbs", 2, cls);
  expect_values("cognition_verbs", 2, att);
  expect_values("speech_nouns", 2, cls);
  expect_values("cue_phrases", 2, cls);
  expect_values("cue_phrases", 3, pos);
  expect_values("titles", 1, cat);
  expect_values("titles", 2, gender);
  expect_values("honorifics", 1, gender);
  expect_values("pronouns", 1, person);
  expect_values("pronouns", 2, number);
  expect_values("pronouns", 3, pgender);
  expect_values("org_heads", 1, kind);
  expect_values("known_names", 1, ktype);
  expect_values("anonymous_sources", 1, number);
  expect_values("given_names", 1, gender);
}
END_TEST

/* A key listed twice keeps its first row; a later row that says something
 * else would be silently ignored, so curators hear about it here. */
START_TEST(test_en_no_shadowed_rows) {
  static const char *const stems[] = {
      "speech_verbs", "cognition_verbs", "speech_nouns",      "cue_phrases", "titles",
      "honorifics",   "pronouns",        "anonymous_sources", "org_heads",   "demonyms"};
  for (size_t s = 0; s < sizeof stems / sizeof *stems; s++) {
    const quoth__lextable *t = en_table(stems[s]);
    for (size_t i = 0; i < quoth__lex_count(t); i++) {
      const quoth__lexrow *r = quoth__lex_row(t, i);
      const quoth__lexrow *first = quoth__lex_get(t, r->key, strlen(r->key));
      ck_assert_ptr_nonnull(first);
      for (size_t c = 1; c < r->ncols || c < first->ncols; c++)
        ck_assert_msg(strcmp(quoth__lex_col(r, c), quoth__lex_col(first, c)) == 0,
                      "en/%s line %zu: \"%s\" repeats line %zu with different column %zu",
                      stems[s], r->line, r->key, first->line, c);
    }
  }
}
END_TEST

/* ---- en/given_names ------------------------------------------------------ */

/* Each name once: a second row would be ignored, and a name used for both
 * genders is one row with "-". */
START_TEST(test_en_given_names_unique) {
  const quoth__lextable *t = en_table("given_names");
  ck_assert_uint_gt(quoth__lex_count(t), 2000);
  for (size_t i = 0; i < quoth__lex_count(t); i++) {
    const quoth__lexrow *r = quoth__lex_row(t, i);
    ck_assert_msg(quoth__lex_get(t, r->key, strlen(r->key)) == r,
                  "en/given_names line %zu: \"%s\" is listed twice", r->line, r->key);
  }
}
END_TEST

/* A given name that is also a stop name, place, nationality, title,
 * honorific or organization noun would make that word open a person's
 * name (and give it a gender) wherever it is capitalized. */
START_TEST(test_en_given_names_not_other_words) {
  static const char *const stems[] = {"stopnames", "demonyms", "titles", "honorifics",
                                      "org_heads", "function_words"};
  /* "said Will Doyle", "Ben Carson": tokens.c reads these as names only
   * before a capitalized word inside a sentence. */
  static const char *const allowed[] = {"will", "ben", NULL};
  const quoth__lextable *g = en_table("given_names"), *dem = en_table("demonyms");
  const quoth__lextable *other[sizeof stems / sizeof *stems];
  for (size_t s = 0; s < sizeof stems / sizeof *stems; s++) other[s] = en_table(stems[s]);
  for (size_t i = 0; i < quoth__lex_count(g); i++) {
    const char *k = quoth__lex_row(g, i)->key;
    int ok = 0;
    for (const char *const *a = allowed; *a && !ok; a++) ok = strcmp(*a, k) == 0;
    if (ok) continue;
    for (size_t s = 0; s < sizeof stems / sizeof *stems; s++)
      ck_assert_msg(quoth__lex_get(other[s], k, strlen(k)) == NULL,
                    "en/given_names: \"%s\" is also in en/%s", k, stems[s]);
  }
  /* one lookup per place, not a scan of the places per name */
  for (size_t j = 0; j < quoth__lex_count(dem); j++) {
    const char *place = quoth__lex_col(quoth__lex_row(dem, j), 1);
    ck_assert_msg(quoth__lex_find(g, place, strlen(place)) == NULL,
                  "en/given_names: \"%s\" is a place", place);
  }
}
END_TEST

START_TEST(test_en_given_names_rows) {
  expect_cols("given_names", "Phyllis", "f", NULL, NULL);
  expect_cols("given_names", "Ghazala", "f", NULL, NULL);
  expect_cols("given_names", "Brianne", "f", NULL, NULL);
  expect_cols("given_names", "Mohammed", "m", NULL, NULL);
  expect_cols("given_names", "Fayez", "m", NULL, NULL);
  expect_cols("given_names", "Khalifa", "m", NULL, NULL);
  expect_cols("given_names", "Sergei", "m", NULL, NULL);
  expect_cols("given_names", "Jose", "m", NULL, NULL);
  expect_cols("given_names", "José", "m", NULL, NULL); /* keys keep accents */
  expect_cols("given_names", "Ngozi", "f", NULL, NULL);
  expect_cols("given_names", "Kim", "-", NULL, NULL);  /* both genders; a Korean surname */
  expect_cols("given_names", "Andrea", "-", NULL, NULL); /* a man in Italy */
  /* common words, places and titles that open other names */
  static const char *const absent[] = {"May",    "June",     "April",  "Faith", "Hope",
                                       "Grace",  "Art",      "Said",   "Virginia", "Jordan",
                                       "Georgia", "Carolina", "Sheikh", "Marine", "Clinton",
                                       "German", NULL};
  for (const char *const *a = absent; *a; a++) expect_absent("given_names", *a);
}
END_TEST

/* The given name sets the gender of a full name, so "he" and "she" find
 * the right person; a name the list does not know gives none. */
static const char *speaker_of_only(const char *text) {
  static char buf[128];
  quoth_doc *d = tu_process(text, 0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 1);
  const quoth_entity *e = quoth_statement_speaker(quoth_doc_statement(d, 0));
  snprintf(buf, sizeof buf, "%s", e ? quoth_entity_name(e) : "(none)");
  quoth_doc_free(d);
  return buf;
}

START_TEST(test_en_given_names_gender) {
#define SAID(who) "\n\n\xE2\x80\x9CWe talked,\xE2\x80\x9D " who " said."
  ck_assert_str_eq(speaker_of_only("Sergei Ivanov spoke first. Phyllis Smith spoke next." SAID("he")),
                   "Sergei Ivanov");
  ck_assert_str_eq(speaker_of_only("Ghazala Khan spoke first. Khizr Khan spoke next." SAID("she")),
                   "Ghazala Khan");
  /* "Virginia Gov." is a state, not a woman's name. */
  ck_assert_str_eq(speaker_of_only("Nancy Pelosi spoke first. Virginia Gov. Terry McAuliffe "
                                   "spoke next." SAID("she")),
                   "Nancy Pelosi");
  ck_assert_str_eq(speaker_of_only("Nancy Pelosi spoke first. Virginia Gov. Terry McAuliffe "
                                   "spoke next." SAID("he")),
                   "Terry McAuliffe");
  /* Kim names women and men: no gender, so "she" may be Kim Davis. */
  ck_assert_str_eq(speaker_of_only("Sergei Ivanov spoke first. Kim Davis spoke next." SAID("she")),
                   "Kim Davis");
#undef SAID
}
END_TEST

/* A one-word subject opening a sentence before a cue that is also a noun
 * ("notes") is a speaker only when it is a known given name: a common
 * word there ("Grace notes", "Faith notes") must stay out of the list. */
START_TEST(test_en_given_names_sentence_start) {
  static const char *const words[] = {"Faith", "Grace", "Hope", "Art", NULL};
  char text[96];
  for (const char *const *w = words; *w; w++) {
    snprintf(text, sizeof text, "%s notes the plan would fail.", *w);
    quoth_doc *d = tu_process(text, 0);
    ck_assert_msg(quoth_doc_statement_count(d) == 0, "\"%s\" read as a name", text);
    quoth_doc_free(d);
  }
  ck_assert_str_eq(speaker_of_only("Phyllis notes the plan would fail."), "Phyllis");
  ck_assert_str_eq(speaker_of_only("Ghazala notes the plan would fail."), "Ghazala");
}
END_TEST

static Suite *lexicon_suite(void) {
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_builtin_lookup);
  tcase_add_test(tc, test_word_classes_known);
  tcase_add_test(tc, test_dir_ok);
  tcase_add_test(tc, test_dir_malformed_line);
  tcase_add_test(tc, test_dir_missing);
  tcase_add_test(tc, test_dir_bad_utf8);
  suite_add_tcase(s, tc);
  TCase *en = tcase_create("en");
  tcase_add_test(en, test_en_speech_verbs);
  tcase_add_test(en, test_en_verb_lemmas_are_forms);
  tcase_add_test(en, test_en_cue_phrases);
  tcase_add_test(en, test_en_titles);
  tcase_add_test(en, test_en_people_words);
  tcase_add_test(en, test_en_orgs_and_sources);
  tcase_add_test(en, test_en_closed_values);
  tcase_add_test(en, test_en_no_shadowed_rows);
  tcase_add_test(en, test_en_given_names_unique);
  tcase_add_test(en, test_en_given_names_not_other_words);
  tcase_add_test(en, test_en_given_names_rows);
  tcase_add_test(en, test_en_given_names_gender);
  tcase_add_test(en, test_en_given_names_sentence_start);
  suite_add_tcase(s, en);
  return s;
}

TU_MAIN(lexicon_suite)
