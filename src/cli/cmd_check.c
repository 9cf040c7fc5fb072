/* cmd_check.c - quoth check: editorial diagnostics, compiler style or JSON.
 * The rules live in the library (src/checks.c); this file selects them,
 * turns byte offsets into line:column and prints. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "jsontext.h"
#include "input.h"
#include "opts.h"

enum { XOPT_ENABLE = 1, XOPT_DISABLE, XOPT_DISTANT };
enum { MAX_RULES = 64 };

typedef struct check_opts {
  int enabled[MAX_RULES]; /* by index in quoth_check_rule_name() */
  int enable_seen;
  long distant;
  int json, underline;
} check_opts;

static void check_usage(void) {
  fputs("usage: quoth check [OPTIONS] FILE...\n"
        "\n"
        "Editorial checks: prints file:line:column: severity: rule: message for each\n"
        "finding (column in characters), underlining the text on a terminal.\n"
        "\n"
        "  -f, --format text|json    output (default text); json: one object per document\n"
        "                            with byte and code point offsets\n"
        "      --enable R,...        only these rules\n"
        "      --disable R,...       every rule but these\n"
        "      --distant-pronoun N   distant-pronoun: antecedent more than N sentences\n"
        "                            back (default 3)\n"
        "      --lang, --lexicons, --input, --line-paragraphs, --replace-invalid,\n"
        "      --max-bytes, --min-confidence   as for extract (statements below the\n"
        "                            confidence count as unattributed)\n"
        "\n"
        "Rules (docs/checks.md):\n",
        stdout);
  for (size_t i = 0; i < quoth_check_rule_count(); i++)
    printf("  %-20s %s\n", quoth_check_rule_name(i), quoth_check_rule_summary(i));
  fputs("\nExit status: 0 no errors, 1 some error-severity finding (or unreadable input),\n"
        "2 usage error.\n",
        stdout);
}

static int rule_index(const char *name, size_t len) {
  for (size_t i = 0; i < quoth_check_rule_count() && i < MAX_RULES; i++)
    if (strlen(quoth_check_rule_name(i)) == len && !strncmp(quoth_check_rule_name(i), name, len))
      return (int)i;
  return -1;
}

/* Sets enabled[] for each rule named in the comma list to value. */
static int set_rules(check_opts *c, const char *list, int value, const char *opt) {
  for (const char *p = list; *p;) {
    size_t n = strcspn(p, ",");
    int i = rule_index(p, n);
    if (i < 0) {
      cli_error("check: %s: unknown rule '%.*s' (see 'quoth check --help')", opt, (int)n, p);
      return -1;
    }
    c->enabled[i] = value;
    p += n + (p[n] == ',');
  }
  return 0;
}

static int check_extra(int id, const char *arg, void *ctx) {
  check_opts *c = ctx;
  char *end;
  switch (id) {
  case XOPT_ENABLE:
    if (!c->enable_seen)
      for (int i = 0; i < MAX_RULES; i++) c->enabled[i] = 0;
    c->enable_seen = 1;
    return set_rules(c, arg, 1, "--enable");
  case XOPT_DISABLE:
    return set_rules(c, arg, 0, "--disable");
  case XOPT_DISTANT:
    c->distant = strtol(arg, &end, 10);
    if (!*arg || *end || c->distant < 0 || c->distant > 1000000) {
      cli_error("check: --distant-pronoun: expected a number of sentences, got '%s'", arg);
      return -1;
    }
    return 0;
  }
  return -1;
}

static int enabled(const check_opts *c, const quoth_diagnostic *d) {
  int i = rule_index(quoth_diagnostic_rule(d), strlen(quoth_diagnostic_rule(d)));
  return i < 0 || c->enabled[i];
}

/* ---- positions ---------------------------------------------------------------- */

/* Walks the text forward to byte offset `to`, counting lines and code
 * points; diagnostics come sorted, so the walk is linear overall. */
typedef struct cursor {
  const char *t;
  size_t pos, line, col, line_start;
} cursor;

static void advance(cursor *c, size_t to) {
  for (; c->pos < to; c->pos++) {
    unsigned char b = (unsigned char)c->t[c->pos];
    if (b == '\n' || (b == '\r' && c->t[c->pos + 1] != '\n')) {
      c->line++, c->col = 1, c->line_start = c->pos + 1;
    } else if ((b & 0xC0) != 0x80 && b != '\r') {
      c->col++;
    }
  }
}

/* The source line and a ^~~~ line under [start, end) (clipped to the line). */
static void underline(const char *t, size_t len, size_t line_start, size_t start, size_t end) {
  size_t eol = line_start;
  while (eol < len && t[eol] != '\n' && t[eol] != '\r') eol++;
  printf("  %.*s\n  ", (int)(eol - line_start), t + line_start);
  for (size_t i = line_start; i < start && i < eol; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) putchar(t[i] == '\t' ? '\t' : ' ');
  putchar('^');
  for (size_t i = start + 1; i < end && i < eol; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) putchar('~');
  putchar('\n');
}

/* ---- output ---------------------------------------------------------------------- */

typedef struct tally {
  size_t errors, warnings, notes;
} tally;

static void count(tally *t, quoth_severity s) {
  if (s == QUOTH_SEVERITY_ERROR) t->errors++;
  else if (s == QUOTH_SEVERITY_WARNING) t->warnings++;
  else t->notes++;
}

static void print_text(const quoth_doc *doc, const cli_doc *d, const check_opts *c, tally *t) {
  size_t len;
  const char *text = quoth_doc_text(doc, &len);
  cursor cur = {text, 0, 1, 1, 0};
  for (size_t i = 0; i < quoth_doc_diagnostic_count(doc); i++) {
    const quoth_diagnostic *g = quoth_doc_diagnostic(doc, i);
    if (!enabled(c, g)) continue;
    quoth_span s = quoth_diagnostic_span(g);
    advance(&cur, s.start);
    count(t, quoth_diagnostic_severity(g));
    printf("%s:%zu:%zu: %s: %s: %s\n", d->source, cur.line, cur.col,
           quoth_severity_name(quoth_diagnostic_severity(g)), quoth_diagnostic_rule(g),
           quoth_diagnostic_message(g));
    if (c->underline) underline(text, len, cur.line_start, s.start, s.end);
  }
}

static json_t *json_diag(const quoth_doc *doc, const quoth_diagnostic *g, const cursor *cur) {
  quoth_span s = quoth_diagnostic_span(g);
  return json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:o}", "rule",
                   quoth_diagnostic_rule(g), "severity",
                   quoth_severity_name(quoth_diagnostic_severity(g)), "message",
                   quoth_diagnostic_message(g), "line", (json_int_t)cur->line, "column",
                   (json_int_t)cur->col, "start",
                   (json_int_t)quoth_doc_codepoint_offset(doc, s.start), "end",
                   (json_int_t)quoth_doc_codepoint_offset(doc, s.end), "byte_start",
                   (json_int_t)s.start, "byte_end", (json_int_t)s.end, "text",
                   cli_json_span_text(doc, s));
}

static int print_json(const quoth_doc *doc, const cli_doc *d, const check_opts *c, tally *t) {
  size_t len;
  const char *text = quoth_doc_text(doc, &len);
  cursor cur = {text, 0, 1, 1, 0};
  tally mine = {0, 0, 0};
  json_t *arr = json_array(), *per_rule = json_object();
  for (size_t i = 0; arr && per_rule && i < quoth_doc_diagnostic_count(doc); i++) {
    const quoth_diagnostic *g = quoth_doc_diagnostic(doc, i);
    if (!enabled(c, g)) continue;
    advance(&cur, quoth_diagnostic_span(g).start);
    count(&mine, quoth_diagnostic_severity(g));
    json_array_append_new(arr, json_diag(doc, g, &cur));
    const char *rule = quoth_diagnostic_rule(g);
    json_int_t n = json_integer_value(json_object_get(per_rule, rule));
    json_object_set_new(per_rule, rule, json_integer(n + 1));
  }
  json_t *id = d->id_json ? json_loads(d->id_json, JSON_DECODE_ANY, NULL) : NULL;
  json_t *o = json_pack("{s:s, s:o, s:o, s:I, s:I, s:I, s:o}", "file", d->source, "id",
                        id ? id : json_null(), "diagnostics", arr, "errors",
                        (json_int_t)mine.errors, "warnings", (json_int_t)mine.warnings, "notes",
                        (json_int_t)mine.notes, "rules", per_rule);
  char *s = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
  json_decref(o);
  if (!s) return -1;
  puts(s);
  free(s);
  t->errors += mine.errors, t->warnings += mine.warnings, t->notes += mine.notes;
  return 0;
}

/* ---- the command ----------------------------------------------------------------- */

static int parse_check(int argc, char **argv, cli_opts *o, check_opts *c) {
  static const cli_extra_opt extra[] = {{"enable", 1, XOPT_ENABLE},
                                        {"disable", 1, XOPT_DISABLE},
                                        {"distant-pronoun", 1, XOPT_DISTANT},
                                        {0, 0, 0}};
  memset(c, 0, sizeof *c);
  for (int i = 0; i < MAX_RULES; i++) c->enabled[i] = 1;
  c->distant = -1;
  int rc = cli_parse(argc, argv, o, extra, check_extra, c, check_usage);
  if (rc) return rc;
  if (o->format && strcmp(o->format, "text") && strcmp(o->format, "json")) {
    cli_error("check: --format: expected text or json, got '%s'", o->format);
    return EXIT_USAGE;
  }
  c->json = o->format && !strcmp(o->format, "json");
  c->underline = !c->json && isatty(STDOUT_FILENO);
  return 0;
}

int cmd_check(int argc, char **argv) {
  cli_opts o;
  check_opts c;
  int rc = parse_check(argc, argv, &o, &c);
  if (rc) return rc;
  quoth_lexicons *lex;
  quoth_engine *eng;
  if ((rc = cli_make_engine(&o, &lex, &eng))) return rc;
  if (c.distant >= 0) quoth_engine_set_distant_pronoun(eng, (size_t)c.distant);
  cli_reader *r = cli_reader_new(&o);
  size_t failed = 0;
  tally t = {0, 0, 0};
  cli_doc d;
  while (r && cli_reader_next(r, &d)) {
    quoth_doc *doc = NULL;
    int st = quoth_engine_process(eng, d.text, d.len, &doc);
    if (st) {
      cli_report_process_error(st, eng, &d, "not checked");
      failed++;
    } else if (c.json) {
      failed += print_json(doc, &d, &c, &t) != 0;
    } else {
      print_text(doc, &d, &c, &t);
    }
    quoth_doc_free(doc);
    cli_doc_clear(&d);
  }
  failed += r ? cli_reader_failures(r) : 1;
  cli_reader_free(r);
  quoth_engine_free(eng);
  quoth_lexicons_free(lex);
  if (!c.json && !o.quiet && (t.errors || t.warnings || t.notes))
    fprintf(stderr, "quoth: check: %zu error%s, %zu warning%s, %zu note%s\n", t.errors,
            t.errors == 1 ? "" : "s", t.warnings, t.warnings == 1 ? "" : "s", t.notes,
            t.notes == 1 ? "" : "s");
  if (fflush(stdout)) return EXIT_USAGE;
  return failed || t.errors ? EXIT_SOME_FAILED : EXIT_OK;
}
