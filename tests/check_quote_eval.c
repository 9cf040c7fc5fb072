/* check_quote_eval.c - the quote layer alone, in the scorer's format.
 *
 *   tests/check_quote_eval FILE.jsonl > quotes.jsonl
 *   python3 score_quotes.py --kinds direct GOLD.jsonl quotes.jsonl
 *
 * writes, for every JSONL record ({"id", "text"}), the quotes that the
 * scanner classifies as direct quotes (top-level speech, not a fragment),
 * with code point offsets; a quote continued over paragraphs is one quote
 * with one part per paragraph, as the scorer counts them.  Invalid UTF-8 is
 * replaced rather than skipped.  Run with no argument (as `make check`
 * does) it checks its own output on a built-in sample and prints TAP.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quoth.h"

static int is_direct(const quoth_quote *q) {
  return quoth_quote_kind_of(q) == QUOTH_QUOTE_SPEECH && quoth_quote_parent(q) == (size_t)-1 &&
         !(quoth_quote_flags(q) & QUOTH_QUOTE_FRAGMENT);
}

static json_t *cp_offset(const quoth_doc *d, size_t byte) {
  return json_integer((json_int_t)quoth_doc_codepoint_offset(d, byte));
}

/* The quote span cut into its paragraphs, as [start, end] code point pairs. */
static json_t *quote_parts(const quoth_doc *d, quoth_span s) {
  json_t *parts = json_array();
  for (size_t p = 0; p < quoth_doc_paragraph_count(d); p++) {
    quoth_span ps = quoth_doc_paragraph(d, p);
    size_t a = ps.start > s.start ? ps.start : s.start, b = ps.end < s.end ? ps.end : s.end;
    if (a >= b) continue;
    json_t *pair = json_array();
    json_array_append_new(pair, cp_offset(d, a));
    json_array_append_new(pair, cp_offset(d, b));
    json_array_append_new(parts, pair);
  }
  return parts;
}

static json_t *doc_quotes(const quoth_doc *d) {
  json_t *qs = json_array();
  for (size_t i = 0; i < quoth_doc_quote_count(d); i++) {
    const quoth_quote *q = quoth_doc_quote(d, i);
    if (!is_direct(q)) continue;
    quoth_span s = quoth_quote_span(q);
    json_t *o = json_object();
    json_object_set_new(o, "start", cp_offset(d, s.start));
    json_object_set_new(o, "end", cp_offset(d, s.end));
    json_object_set_new(o, "speaker", json_null());
    json_object_set_new(o, "parts", quote_parts(d, s));
    json_array_append_new(qs, o);
  }
  return qs;
}

/* The scorer line for one text, or NULL on error; caller frees. */
static char *eval_text(quoth_engine *e, const char *id, const char *text, size_t len) {
  quoth_doc *d = NULL;
  if (quoth_engine_process(e, text, len, &d) != QUOTH_OK) return NULL;
  json_t *out = json_object();
  json_object_set_new(out, "id", json_string(id));
  json_object_set_new(out, "quotes", doc_quotes(d));
  char *s = json_dumps(out, JSON_COMPACT);
  json_decref(out);
  quoth_doc_free(d);
  return s;
}

static int eval_file(quoth_engine *e, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    return 1;
  }
  char *line = NULL;
  size_t cap = 0;
  int bad = 0;
  while (getline(&line, &cap, f) > 0) {
    json_t *j = json_loads(line, 0, NULL);
    json_t *id = json_object_get(j, "id"), *tx = json_object_get(j, "text");
    char *s = json_is_string(tx) ? eval_text(e, json_string_value(id) ? json_string_value(id) : "",
                                             json_string_value(tx), json_string_length(tx))
                                 : NULL;
    if (s) puts(s);
    else bad = 1;
    free(s);
    json_decref(j);
  }
  free(line);
  fclose(f);
  return bad;
}

/* No argument: the output format on a sample with a continued quote. */
static int self_test(quoth_engine *e) {
  const char *text = "\"We stay.\n\n\"We fight,\" he said. The so-called \"reforms\" failed.";
  char *s = eval_text(e, "x", text, strlen(text));
  const char *want = "{\"id\":\"x\",\"quotes\":[{\"start\":0,\"end\":22,\"speaker\":null,"
                     "\"parts\":[[0,9],[11,22]]}]}";
  int ok = s && strcmp(s, want) == 0;
  printf("1..1\n%s 1 - continued quote as one part per paragraph, terms left out\n",
         ok ? "ok" : "not ok");
  if (!ok) printf("# got  %s\n# want %s\n", s ? s : "(error)", want);
  free(s);
  return !ok;
}

int main(int argc, char **argv) {
  quoth_lexicons *lex = NULL;
  quoth_engine *e = NULL;
  char err[256];
  if (quoth_lexicons_load(NULL, &lex, err, sizeof err) != QUOTH_OK ||
      quoth_engine_new(lex, "en", QUOTH_OPT_REPLACE_INVALID, &e) != QUOTH_OK) {
    fprintf(stderr, "check_quote_eval: cannot set up: %s\n", err);
    return 2;
  }
  int st = argc > 1 ? eval_file(e, argv[1]) : self_test(e);
  quoth_engine_free(e);
  quoth_lexicons_free(lex);
  return st;
}
