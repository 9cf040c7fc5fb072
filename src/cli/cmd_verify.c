/* cmd_verify.c - quoth verify: claimed quotes against the text, one JSONL
 * verdict per claim.  Matching lives in the library (src/verify.c); this
 * file reads claims, keeps each claim's best verdict over all documents
 * and writes it. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "jsontext.h"
#include "input.h"
#include "opts.h"

enum { XOPT_CLAIMS = 1 };

typedef struct vclaim {
  char *quote, *speaker; /* owned (speaker may be NULL) */
  size_t qlen, slen;
  json_t *id;            /* owned reference, or NULL */
  size_t rank;           /* of the best verdict so far; lower is better */
  json_t *best;          /* owned: the best verdict so far */
} vclaim;

typedef struct claims {
  vclaim *c;
  size_t n, cap, bad;
  const char *path;
} claims;

static void verify_usage(void) {
  fputs("usage: quoth verify --claims CLAIMS.jsonl [OPTIONS] [FILE...]\n"
        "\n"
        "Checks each claim {\"quote\": ..., \"speaker\": ..., \"id\": ...} against the\n"
        "documents and writes one JSON verdict per claim, in order:\n"
        "  confirmed      the words are there, credited to that speaker\n"
        "  misattributed  the words are there, credited to someone else (credited_to)\n"
        "  altered        close but not exact; \"diff\" lists the word edits\n"
        "  unattributed   the words are there, credited to no one\n"
        "  not-found\n"
        "Ellipses (..., \xE2\x80\xA6, [\xE2\x80\xA6]) and bracketed insertions ([the minister]) in\n"
        "a claim are editorial marks, not changes.  Offsets: start/end in code points,\n"
        "byte_start/byte_end in bytes.\n"
        "\n"
        "      --claims FILE         the claims, JSONL (required)\n"
        "      --lang, --lexicons, --input, --text-field, --id-field,\n"
        "      --line-paragraphs, --replace-invalid, --max-bytes, --min-confidence\n"
        "                            as for extract\n"
        "\n"
        "Exit status: 0 every claim confirmed, 1 some claim not confirmed (or a bad\n"
        "claim or document), 2 usage error.\n",
        stdout);
}

static int verify_extra(int id, const char *arg, void *ctx) {
  if (id == XOPT_CLAIMS) *(const char **)ctx = arg;
  return 0;
}

/* ---- claims --------------------------------------------------------------------- */

static char *dup_str(const char *s, size_t n) {
  char *d = malloc(n + 1);
  if (d) memcpy(d, s, n), d[n] = '\0';
  return d;
}

static int add_claim(claims *cl, json_t *o, size_t lineno) {
  json_t *q = json_object_get(o, "quote"), *s = json_object_get(o, "speaker");
  if (!json_is_string(q) || (s && !json_is_string(s) && !json_is_null(s))) {
    cli_error("%s:%zu: a claim needs a string \"quote\" (and \"speaker\" a string); skipped",
              cl->path, lineno);
    cl->bad++;
    return 0;
  }
  void *grown = realloc(cl->c, (cl->n + 1) * sizeof *cl->c);
  if (!grown) return -1;
  cl->c = grown;
  vclaim *c = &cl->c[cl->n++];
  memset(c, 0, sizeof *c);
  c->qlen = json_string_length(q);
  c->quote = dup_str(json_string_value(q), c->qlen);
  if (json_is_string(s)) {
    c->slen = json_string_length(s);
    c->speaker = dup_str(json_string_value(s), c->slen);
  }
  c->id = json_incref(json_object_get(o, "id"));
  c->rank = (size_t)-1;
  return c->quote ? 0 : -1;
}

static int read_claims(claims *cl) {
  FILE *f = fopen(cl->path, "rb");
  if (!f) {
    cli_error("verify: cannot read claims '%s'", cl->path);
    return EXIT_USAGE;
  }
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t n;
  int rc = 0;
  while (!rc && (n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (strspn(line, " \t\r\n") == (size_t)n) continue;
    json_error_t err;
    json_t *o = json_loadb(line, (size_t)n, 0, &err);
    if (!json_is_object(o)) {
      cli_error("%s:%zu: invalid JSON claim%s%s; skipped", cl->path, lineno, o ? "" : ": ",
                o ? "" : err.text);
      cl->bad++;
    } else if (add_claim(cl, o, lineno)) {
      cli_error("verify: out of memory");
      rc = EXIT_USAGE;
    }
    json_decref(o);
  }
  free(line);
  fclose(f);
  return rc;
}

static void free_claims(claims *cl) {
  for (size_t i = 0; i < cl->n; i++) {
    free(cl->c[i].quote), free(cl->c[i].speaker);
    json_decref(cl->c[i].id), json_decref(cl->c[i].best);
  }
  free(cl->c);
}

/* ---- verdicts as JSON ---------------------------------------------------------- */

static json_t *json_span(const quoth_doc *doc, quoth_span s) {
  return json_pack("{s:I, s:I, s:I, s:I, s:o}", "start",
                   (json_int_t)quoth_doc_codepoint_offset(doc, s.start), "end",
                   (json_int_t)quoth_doc_codepoint_offset(doc, s.end), "byte_start",
                   (json_int_t)s.start, "byte_end", (json_int_t)s.end, "text",
                   cli_json_span_text(doc, s));
}

static quoth_span join(quoth_span a, quoth_span b) {
  if (!a.end) return b;
  if (!b.end) return a;
  return (quoth_span){a.start < b.start ? a.start : b.start, a.end > b.end ? a.end : b.end};
}

/* The diff, or NULL when every word is the same.  Runs of one kind of edit
 * (other than editorial marks) are joined into one entry. */
static json_t *json_diff(const quoth_doc *doc, const quoth_verdict *vd, const vclaim *c) {
  size_t n = quoth_verdict_edit_count(vd), plain = 0;
  for (size_t i = 0; i < n; i++) plain += quoth_verdict_edit_kind(vd, i) == QUOTH_EDIT_SAME;
  if (plain == n) return NULL;
  json_t *arr = json_array();
  for (size_t i = 0; arr && i < n;) {
    quoth_edit_kind k = quoth_verdict_edit_kind(vd, i);
    quoth_span cs = quoth_verdict_edit_claim(vd, i), ts = quoth_verdict_edit_text(vd, i);
    for (i++; i < n && quoth_verdict_edit_kind(vd, i) == k && k != QUOTH_EDIT_ELLIPSIS &&
              k != QUOTH_EDIT_BRACKET;
         i++)
      cs = join(cs, quoth_verdict_edit_claim(vd, i)), ts = join(ts, quoth_verdict_edit_text(vd, i));
    json_t *e = json_pack("{s:s}", "op", quoth_edit_kind_name(k));
    if (cs.end) json_object_set_new(e, "claim", json_stringn(c->quote + cs.start, cs.end - cs.start));
    if (ts.end) json_object_set_new(e, "text", json_span(doc, ts));
    json_array_append_new(arr, e);
  }
  return arr;
}

static json_t *json_verdict(const quoth_doc *doc, const quoth_verdict *vd, const vclaim *c,
                            const char *source) {
  const quoth_entity *who = quoth_verdict_credited(vd);
  quoth_span ev = quoth_verdict_evidence(vd);
  const quoth_statement *st = quoth_verdict_statement(vd);
  int found = quoth_verdict_kind_of(vd) != QUOTH_VERDICT_NOT_FOUND;
  json_t *o = json_pack("{s:O?, s:s, s:s%, s:s?, s:s?, s:s?}", "id", c->id, "verdict",
                        quoth_verdict_kind_name(quoth_verdict_kind_of(vd)), "quote", c->quote,
                        c->qlen, "speaker", c->speaker, "credited_to",
                        who ? quoth_entity_name(who) : NULL, "source", found ? source : NULL);
  if (!o) return NULL;
  json_object_set_new(o, "evidence", found ? json_span(doc, ev) : json_null());
  json_object_set_new(o, "statement",
                      found && st ? json_span(doc, quoth_statement_span(st)) : json_null());
  json_object_set_new(o, "claim_words", json_integer((json_int_t)quoth_verdict_claim_words(vd)));
  json_object_set_new(o, "matched_words",
                      json_integer((json_int_t)quoth_verdict_matched_words(vd)));
  json_object_set_new(o, "edits", json_integer((json_int_t)quoth_verdict_cost(vd)));
  json_t *diff = found ? json_diff(doc, vd, c) : NULL;
  if (diff) json_object_set_new(o, "diff", diff);
  return o;
}

/* Lower is better across documents: confirmed, misattributed, unattributed,
 * altered (fewer edits first), not found. */
static size_t verdict_rank(const quoth_verdict *vd) {
  switch (quoth_verdict_kind_of(vd)) {
  case QUOTH_VERDICT_CONFIRMED: return 0;
  case QUOTH_VERDICT_MISATTRIBUTED: return 1;
  case QUOTH_VERDICT_UNATTRIBUTED: return 2;
  case QUOTH_VERDICT_ALTERED: return 3 + quoth_verdict_cost(vd);
  default: return (size_t)-2;
  }
}

/* Checks every claim against one document. */
static int verify_doc(const quoth_doc *doc, const char *source, claims *cl) {
  quoth_verifier *v = NULL;
  int st = quoth_verifier_new(doc, &v);
  for (size_t i = 0; !st && i < cl->n; i++) {
    vclaim *c = &cl->c[i];
    quoth_verdict *vd = NULL;
    st = quoth_verify(v, c->quote, c->qlen, c->speaker, c->slen, &vd);
    if (st == QUOTH_EUTF8) { /* jansson only gives valid UTF-8; defensive */
      st = QUOTH_OK;
      continue;
    }
    size_t rk = vd ? verdict_rank(vd) : (size_t)-1;
    if (!st && rk < c->rank) {
      json_t *j = json_verdict(doc, vd, c, source);
      if (j) json_decref(c->best), c->best = j, c->rank = rk;
    }
    quoth_verdict_free(vd);
  }
  quoth_verifier_free(v);
  return st;
}

/* A claim no document came close to. */
static json_t *not_found(const vclaim *c) {
  return json_pack("{s:O?, s:s, s:s%, s:s?, s:n, s:n, s:n, s:n}", "id", c->id, "verdict",
                   "not-found", "quote", c->quote, c->qlen, "speaker", c->speaker,
                   "credited_to", "source", "evidence", "statement");
}

static size_t write_verdicts(claims *cl) {
  size_t unconfirmed = 0;
  for (size_t i = 0; i < cl->n; i++) {
    vclaim *c = &cl->c[i];
    json_t *j = c->best ? json_incref(c->best) : not_found(c);
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    if (s) puts(s);
    free(s);
    json_decref(j);
    unconfirmed += c->rank != 0;
  }
  return unconfirmed;
}

int cmd_verify(int argc, char **argv) {
  const char *path = NULL;
  static const cli_extra_opt extra[] = {{"claims", 1, XOPT_CLAIMS}, {0, 0, 0}};
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, extra, verify_extra, &path, verify_usage);
  if (rc) return rc;
  if (!path) {
    cli_error("verify: --claims CLAIMS.jsonl is required (see 'quoth verify --help')");
    return EXIT_USAGE;
  }
  claims cl = {.path = path};
  if ((rc = read_claims(&cl))) return free_claims(&cl), rc;
  quoth_lexicons *lex;
  quoth_engine *eng;
  if ((rc = cli_make_engine(&o, &lex, &eng))) return free_claims(&cl), rc;
  cli_reader *r = cli_reader_new(&o);
  size_t failed = 0;
  cli_doc d;
  while (r && cli_reader_next(r, &d)) {
    quoth_doc *doc = NULL;
    int st = quoth_engine_process(eng, d.text, d.len, &doc);
    if (st) cli_report_process_error(st, eng, &d, "not searched");
    else if ((st = verify_doc(doc, d.source, &cl)))
      cli_error("%s: %s; not searched", d.source, quoth_strerror(st));
    failed += st != 0;
    quoth_doc_free(doc);
    cli_doc_clear(&d);
  }
  failed += r ? cli_reader_failures(r) : 1;
  cli_reader_free(r);
  quoth_engine_free(eng);
  quoth_lexicons_free(lex);
  size_t unconfirmed = write_verdicts(&cl);
  failed += cl.bad;
  free_claims(&cl);
  if (fflush(stdout)) return EXIT_USAGE;
  return failed || unconfirmed ? EXIT_SOME_FAILED : EXIT_OK;
}
