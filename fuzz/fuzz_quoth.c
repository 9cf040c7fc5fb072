/*
 * fuzz_quoth.c - libFuzzer target for the whole library.
 *
 * The first four bytes of an input choose what to do; the rest is the
 * payload (cmark's approach: one target, options chosen by the input):
 *
 *   byte 0  entry point (mod 3): 0 extract (process + render in every
 *           format and offset unit), 1 split only, 2 lexicon parsing (the
 *           payload replaces one lexicon file in a temporary directory,
 *           then a fixed text is processed with the result)
 *   byte 1  QUOTH_OPT_* bits (low 4 bits)
 *   byte 2  language tag (index into langs[]); in mode 2, which lexicon
 *           file the payload replaces
 *   byte 3  maximum document size: 0 = default, else byte * 7
 *
 * Every result is checked against the API's invariants (spans inside the
 * text and in order, indexes in range, JSONL output valid JSON and valid
 * UTF-8, one TSV row per statement with the header's columns); a violation
 * aborts, which is what the fuzzer reports.  fuzz/replay.c runs the same
 * function over the seed corpus in `make check`, so this file builds with
 * or without libFuzzer.
 */
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"
#include "quoth.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
void quoth_fuzz_teardown(void);

static const char *const langs[] = {"en", NULL, "en-GB", "de", "fr", "xx", "", "e",
                                    "en@x", "pt_BR", "zh-Hant-TW", "en;rm"};
enum { NLANGS = sizeof langs / sizeof *langs };

static quoth_lexicons *builtin;
static char tmpdir[256];

#define REQUIRE(cond)                                                            \
  do {                                                                           \
    if (!(cond)) {                                                               \
      fprintf(stderr, "fuzz_quoth: invariant failed: %s (%s:%d)\n", #cond,       \
              __FILE__, __LINE__);                                               \
      abort();                                                                   \
    }                                                                            \
  } while (0)

static int known_status(int st) { return st <= 0 && st >= QUOTH_ELOCALE; }

/* ---- invariants ---------------------------------------------------------- */

static void check_span(quoth_span s, size_t len) {
  REQUIRE(s.start <= s.end);
  REQUIRE(s.end <= len);
}

/* Spans in text order, each inside the text, none overlapping the next. */
static void check_ordered(const quoth_doc *d, size_t n, quoth_span (*get)(const quoth_doc *, size_t),
                          size_t len) {
  size_t prev_end = 0;
  for (size_t i = 0; i < n; i++) {
    quoth_span s = get(d, i);
    check_span(s, len);
    REQUIRE(s.start < s.end);
    REQUIRE(s.start >= prev_end);
    prev_end = s.end;
  }
  REQUIRE(get(d, n).start == 0 && get(d, n).end == 0);
}

static void check_quotes(const quoth_doc *d, size_t len) {
  size_t n = quoth_doc_quote_count(d);
  for (size_t i = 0; i < n; i++) {
    const quoth_quote *q = quoth_doc_quote(d, i);
    quoth_span s = quoth_quote_span(q), in = quoth_quote_inner(q);
    check_span(s, len);
    check_span(in, len);
    REQUIRE(in.start >= s.start && in.end <= s.end);
    size_t parent = quoth_quote_parent(q);
    REQUIRE(parent == (size_t)-1 || parent < n);
    REQUIRE(strcmp(quoth_quote_kind_name(quoth_quote_kind_of(q)), "unknown") != 0);
  }
  REQUIRE(quoth_doc_quote(d, n) == NULL);
}

static void check_entity(const quoth_entity *e, size_t i, size_t len) {
  REQUIRE(e != NULL);
  REQUIRE(quoth_entity_index(e) == i);
  REQUIRE(quoth_entity_name(e) != NULL);
  for (size_t k = 0; k < quoth_entity_title_count(e); k++) REQUIRE(quoth_entity_title(e, k));
  for (size_t k = 0; k < quoth_entity_alias_count(e); k++) REQUIRE(quoth_entity_alias(e, k));
  for (size_t k = 0; k < quoth_entity_mention_count(e); k++)
    check_span(quoth_entity_mention(e, k), len);
  REQUIRE(quoth_entity_title(e, quoth_entity_title_count(e)) == NULL);
}

static void check_entity_ref(const quoth_doc *d, const quoth_entity *e) {
  if (e) REQUIRE(quoth_doc_entity(d, quoth_entity_index(e)) == e);
}

static void check_statements(const quoth_doc *d, size_t len) {
  size_t n = quoth_doc_statement_count(d);
  for (size_t i = 0; i < n; i++) {
    const quoth_statement *st = quoth_doc_statement(d, i);
    REQUIRE(st != NULL);
    check_span(quoth_statement_span(st), len);
    for (size_t k = 0; k < quoth_statement_part_count(st); k++)
      check_span(quoth_statement_part(st, k), len);
    check_span(quoth_statement_cue(st), len);
    check_span(quoth_statement_speaker_mention(st), len);
    check_entity_ref(d, quoth_statement_speaker(st));
    check_entity_ref(d, quoth_statement_addressee(st));
    check_entity_ref(d, quoth_statement_reporter(st));
    REQUIRE(quoth_statement_rule(st) != NULL);
    size_t ns = quoth_doc_sentence_count(d), np = quoth_doc_paragraph_count(d);
    REQUIRE(quoth_statement_sentence(st) < (ns ? ns : 1));
    REQUIRE(quoth_statement_paragraph(st) < (np ? np : 1));
  }
  REQUIRE(quoth_doc_statement(d, n) == NULL);
  for (size_t i = 0; i < quoth_doc_entity_count(d); i++)
    check_entity(quoth_doc_entity(d, i), i, len);
  for (size_t i = 0; i < quoth_doc_diagnostic_count(d); i++) {
    const quoth_diagnostic *g = quoth_doc_diagnostic(d, i);
    check_span(quoth_diagnostic_span(g), len);
    REQUIRE(quoth_diagnostic_rule(g) && quoth_diagnostic_message(g));
  }
}

static void check_doc(const quoth_doc *d, size_t input_len) {
  size_t len = 0;
  const char *text = quoth_doc_text(d, &len);
  REQUIRE(text != NULL && len == input_len && text[len] == '\0');
  REQUIRE(quoth_doc_codepoint_offset(d, len) <= len);
  REQUIRE(quoth_doc_utf16_offset(d, len) <= len);
  REQUIRE(quoth_doc_codepoint_offset(d, len + 100) == quoth_doc_codepoint_offset(d, len));
  check_ordered(d, quoth_doc_paragraph_count(d), quoth_doc_paragraph, len);
  check_ordered(d, quoth_doc_sentence_count(d), quoth_doc_sentence, len);
  check_quotes(d, len);
  check_statements(d, len);
}

/* ---- rendering ----------------------------------------------------------- */

static void check_jsonl(const quoth_doc *d, const char *out, size_t outlen) {
  size_t bad;
  REQUIRE(quoth__utf8_check(out, outlen, &bad) == QUOTH_OK);
  REQUIRE(outlen > 0 && out[outlen - 1] == '\n' && memchr(out, '\n', outlen) == out + outlen - 1);
  json_error_t err;
  json_t *v = json_loadb(out, outlen, 0, &err);
  if (!v) fprintf(stderr, "fuzz_quoth: bad JSON: %s at %d\n", err.text, err.position);
  REQUIRE(v != NULL && json_is_object(v));
  REQUIRE(json_array_size(json_object_get(v, "quotes")) == quoth_doc_statement_count(d));
  REQUIRE(json_array_size(json_object_get(v, "entities")) == quoth_doc_entity_count(d));
  json_decref(v);
}

/* One TSV row per statement, each with the header's number of columns. */
static void check_tsv(const quoth_doc *d, const char *out, size_t outlen) {
  size_t rows = 0, tabs = 0, want = 0;
  for (const char *h = quoth_tsv_header(); *h; h++) want += *h == '\t';
  for (size_t i = 0; i < outlen; i++) {
    if (out[i] == '\t') tabs++;
    if (out[i] == '\n') {
      REQUIRE(tabs == want);
      rows++, tabs = 0;
    }
  }
  REQUIRE(tabs == 0);
  REQUIRE(rows == quoth_doc_statement_count(d));
}

static void render_all(const quoth_doc *d) {
  static const char *const ids[] = {NULL, "\"a1\"", "42", "\"t\\tab\""};
  for (int f = QUOTH_FORMAT_JSONL; f <= QUOTH_FORMAT_TEXT; f++)
    for (int o = QUOTH_OFFSETS_CODEPOINT; o <= QUOTH_OFFSETS_UTF16; o++) {
      char *out = NULL;
      size_t outlen = 0;
      int st = quoth_doc_render(d, (quoth_format)f, (quoth_offsets)o, ids[(f + o) % 4], &out,
                                &outlen);
      REQUIRE(st == QUOTH_OK || st == QUOTH_ENOMEM);
      if (st == QUOTH_OK) {
        REQUIRE(out != NULL && strlen(out) == outlen);
        if (f == QUOTH_FORMAT_JSONL) check_jsonl(d, out, outlen);
        if (f == QUOTH_FORMAT_TSV) check_tsv(d, out, outlen);
      }
      quoth_string_free(out);
    }
}

/* ---- entry points -------------------------------------------------------- */

static const quoth_lexicons *lexicons(void) {
  if (!builtin) {
    char err[256];
    if (quoth_lexicons_load(NULL, &builtin, err, sizeof err) != QUOTH_OK) {
      fprintf(stderr, "fuzz_quoth: built-in lexicons: %s\n", err);
      abort();
    }
  }
  return builtin;
}

/* Engines on the built-in lexicons are cached per (language, options) and
 * reused across inputs: faster, and it tests that an engine carries no
 * state from one document to the next. */
static quoth_engine *cached[NLANGS][32];

static void run_doc(quoth_engine *e, unsigned opts, size_t max, const char *text, size_t len);

static void run_builtin(unsigned langi, unsigned opts, size_t max, const char *text, size_t len) {
  quoth_engine **slot = &cached[langi % NLANGS][opts & 31];
  if (!*slot) {
    int st = quoth_engine_new(lexicons(), langs[langi % NLANGS], opts, slot);
    REQUIRE(known_status(st));
    REQUIRE((st == QUOTH_OK) == (*slot != NULL));
    if (st) return;
  }
  quoth_engine_set_max_bytes(*slot, max ? max : (size_t)64 << 20);
  run_doc(*slot, opts, max, text, len);
}

static void run_text(const quoth_lexicons *lex, const char *lang, unsigned opts, size_t max,
                     const char *text, size_t len) {
  quoth_engine *e = NULL;
  int st = quoth_engine_new(lex, lang, opts, &e);
  REQUIRE(known_status(st));
  if (st) {
    REQUIRE(e == NULL);
    return;
  }
  if (max) quoth_engine_set_max_bytes(e, max);
  run_doc(e, opts, max, text, len);
  quoth_engine_free(e);
}

static void run_doc(quoth_engine *e, unsigned opts, size_t max, const char *text, size_t len) {
  quoth_doc *d = NULL;
  int st = quoth_engine_process(e, text, len, &d);
  REQUIRE(known_status(st));
  REQUIRE((st == QUOTH_OK) == (d != NULL));
  if (st == QUOTH_EUTF8 || st == QUOTH_ENUL || st == QUOTH_EBOM) {
    REQUIRE(!(opts & QUOTH_OPT_REPLACE_INVALID));
    REQUIRE(quoth_engine_error_offset(e) < len);
  }
  if (st == QUOTH_ETOOBIG) REQUIRE(max && len > max);
  if (d) {
    check_doc(d, len);
    render_all(d);
  }
  quoth_doc_free(d);
}

/* Writes data[0..n) to dir/name, creating the language folder. */
static void write_file(const char *name, const char *data, size_t n) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  char *slash = strrchr(path, '/');
  *slash = '\0';
  if (mkdir(path, 0700) != 0 && errno != EEXIST) abort();
  *slash = '/';
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (n && fwrite(data, 1, n, f) != n) abort();
  if (fclose(f) != 0) abort();
}

static void remove_files(void) {
  char path[512];
  for (const quoth__embedded_file *f = quoth__embedded_lexicons; f->name; f++) {
    snprintf(path, sizeof path, "%s/%s", tmpdir, f->name);
    unlink(path);
    *strrchr(path, '/') = '\0';
    rmdir(path); /* fails while not yet empty; the last file's call works */
  }
}

static const char sample[] =
    "\xE2\x80\x9CWe will not leave,\xE2\x80\x9D Prime Minister Jane Doe told reporters on "
    "Monday. She said the talks would go on. \xE2\x80\x98Never,\xE2\x80\x99 he said.\n\n"
    "\"It is over,\" a senior official, who asked not to be named, said. Mr. Smith added: "
    "\xC2\xAB Bien s\xC3\xBBr \xC2\xBB.";

/* The payload replaces one lexicon file; the others are the built-in ones. */
static void run_lexicon(unsigned which, unsigned opts, const char *data, size_t size) {
  size_t nfiles = 0;
  while (quoth__embedded_lexicons[nfiles].name) nfiles++;
  if (!nfiles || !tmpdir[0]) return;
  which %= (unsigned)nfiles;
  for (size_t i = 0; i < nfiles; i++) {
    const quoth__embedded_file *f = &quoth__embedded_lexicons[i];
    if (i == which) write_file(f->name, data, size);
    else write_file(f->name, f->data ? f->data : "", f->data ? strlen(f->data) : 0);
  }
  quoth_lexicons *lex = NULL;
  char err[128];
  int st = quoth_lexicons_load(tmpdir, &lex, err, sizeof err);
  REQUIRE(st == QUOTH_OK || st == QUOTH_ELEXICON || st == QUOTH_ENOMEM || st == QUOTH_EIO);
  REQUIRE((st == QUOTH_OK) == (lex != NULL));
  if (st != QUOTH_OK) REQUIRE(err[0] != '\0' && strlen(err) < sizeof err);
  if (lex) run_text(lex, "en", opts, 0, sample, sizeof sample - 1);
  quoth_lexicons_free(lex);
  remove_files();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  const char *base = getenv("TMPDIR");
  snprintf(tmpdir, sizeof tmpdir, "%s/quoth-fuzz-XXXXXX", base && *base ? base : "/tmp");
  if (!mkdtemp(tmpdir)) tmpdir[0] = '\0';
  atexit(quoth_fuzz_teardown);
  lexicons();
  return 0;
}

void quoth_fuzz_teardown(void) {
  if (tmpdir[0]) {
    remove_files();
    rmdir(tmpdir);
    tmpdir[0] = '\0';
  }
  for (size_t i = 0; i < NLANGS; i++)
    for (size_t k = 0; k < 32; k++) {
      quoth_engine_free(cached[i][k]);
      cached[i][k] = NULL;
    }
  quoth_lexicons_free(builtin);
  builtin = NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint8_t hdr[4] = {0, 0, 0, 0};
  size_t h = size < 4 ? size : 4;
  memcpy(hdr, data, h);
  const char *text = (const char *)data + h;
  size_t len = size - h;
  unsigned opts = hdr[1] & 0x0F;
  size_t max = (size_t)hdr[3] * 7;
  switch (hdr[0] % 3) {
  case 0: run_builtin(hdr[2], opts, max, text, len); break;
  case 1: run_builtin(hdr[2], opts | QUOTH_OPT_SENTENCES_ONLY, max, text, len); break;
  case 2: run_lexicon(hdr[2], opts, text, len); break;
  }
  return 0;
}
