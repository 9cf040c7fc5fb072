/* cmd_extract.c - quoth extract: statements and speakers for each document,
 * processed by --jobs engines in parallel and written in input order. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "opts.h"
#include "pipeline.h"
#include "progress.h"

/* Documents and input bytes waiting in the pipeline, at most: enough to
 * keep every worker busy, small enough for the memory budget. */
enum { QUEUE_DOCS_PER_JOB = 64, QUEUE_BYTES = 8u << 20 };

static void extract_usage(void) {
  fputs("usage: quoth [extract] [OPTIONS] [FILE|DIR...]\n"
        "\n"
        "Reads plain-text files (one document each), directories (recursively, sorted)\n"
        "or JSONL records, from stdin when no FILE or '-', and writes the statements\n"
        "in input order (docs/output-format.md).\n"
        "\n"
        "  -f, --format jsonl|tsv|text   output format (default jsonl)\n"
        "      --offsets codepoint|byte|utf16   offset unit (default codepoint)\n"
        "      --color auto|always|never colour in --format text (auto: on a terminal)\n"
        "      --input auto|text|jsonl   input format (auto: .jsonl/.ndjson are JSONL)\n"
        "      --text-field NAME         JSONL text field (default text)\n"
        "      --id-field NAME           JSONL id field (default id)\n"
        "      --keep-fields A,B         copy these JSONL fields to jsonl and tsv output\n"
        "      --glob PATTERN            only files matching PATTERN in directories\n"
        "      --lang TAG                language (default en)\n"
        "      --lexicons DIR            lexicon directory (default: built in)\n"
        "      --replace-invalid         treat invalid UTF-8, NUL, BOM as U+FFFD\n"
        "      --line-paragraphs         every line break ends a paragraph\n"
        "      --max-bytes N             largest document accepted (default 16 MiB)\n"
        "      --kinds LIST              only these kinds of statement, comma-separated:\n"
        "                                direct, indirect, mixed (default all)\n"
        "      --min-confidence X        leave out statements of confidence below X\n"
        "                                (0..1, calibrated: docs/evaluation.md)\n"
        "  -j, --jobs N                  worker threads (default: number of cores)\n"
        "  -q, --quiet                   no progress report on stderr\n"
        "      --progress                progress report even when stderr is no terminal\n"
        "\n"
        "Exit status: 0 all documents processed, 1 some failed, 2 usage or fatal error.\n",
        stdout);
}

typedef struct extract_ctx {
  const cli_opts *o;
  quoth_format fmt;
  size_t docs, failed;
  cli_progress *progress;
} extract_ctx;

static int parse_format(const char *s, quoth_format *f) {
  if (!s || !strcmp(s, "jsonl") || !strcmp(s, "json")) *f = QUOTH_FORMAT_JSONL;
  else if (!strcmp(s, "tsv")) *f = QUOTH_FORMAT_TSV;
  else if (!strcmp(s, "text")) *f = QUOTH_FORMAT_TEXT;
  else return -1;
  return 0;
}

/* --keep-fields names must not collide with the fields quoth writes. */
static int check_keep_fields(const char *list) {
  static const char *const ours[] = {"id", "quotes", "entities", "diagnostics"};
  for (const char *p = list; p && *p;) {
    size_t n = strcspn(p, ",");
    for (size_t i = 0; i < sizeof ours / sizeof *ours; i++)
      if (strlen(ours[i]) == n && !strncmp(p, ours[i], n)) {
        cli_error("--keep-fields: '%s' is a field quoth writes itself", ours[i]);
        return -1;
      }
    p += n + (p[n] == ',');
  }
  return 0;
}

/* out with extra spliced in before its closing "}\n" (JSONL) or before
 * the newline of every row (TSV); takes ownership of out. */
static char *splice(char *out, size_t *len, const char *extra, int every_line) {
  size_t xn = strlen(extra), rows = 0;
  for (size_t i = 0; i < *len; i++) rows += out[i] == '\n';
  if (!xn || !rows || (!every_line && (*len < 2 || out[*len - 2] != '}'))) return out;
  size_t at = every_line ? 0 : *len - 2, n = every_line ? rows : 1;
  char *s = malloc(*len + n * xn + 1), *w = s;
  if (!s) return free(out), NULL;
  for (size_t i = 0; i < *len; i++) {
    if ((every_line && out[i] == '\n') || (!every_line && i == at)) {
      memcpy(w, extra, xn);
      w += xn;
    }
    *w++ = out[i];
  }
  *w = '\0';
  *len = (size_t)(w - s);
  free(out);
  return s;
}

/* Runs in a worker: engine -> rendered bytes (or an error message). */
static void extract_process(void *worker, void *ctx, cli_doc *d, cli_result *res) {
  quoth_engine *eng = worker;
  const extract_ctx *x = ctx;
  quoth_doc *doc = NULL;
  if (cli_doc_parse(x->o, d, &res->err)) { /* a deferred JSONL record */
    res->failed = 1;
    return;
  }
  int st = quoth_engine_process(eng, d->text, d->len, &doc);
  free(d->text); /* the document holds its own copy */
  d->text = NULL;
  if (st == QUOTH_OK) {
    st = quoth_doc_render(doc, x->fmt, x->o->offsets, d->id_json, &res->out, &res->len);
    quoth_doc_free(doc);
    if (st == QUOTH_OK && x->fmt == QUOTH_FORMAT_JSONL && d->keep_json)
      res->out = splice(res->out, &res->len, d->keep_json, 0);
    if (st == QUOTH_OK && x->fmt == QUOTH_FORMAT_TSV && d->keep_tsv)
      res->out = splice(res->out, &res->len, d->keep_tsv, 1);
    if (st == QUOTH_OK && !res->out) st = QUOTH_ENOMEM;
  }
  if (st != QUOTH_OK) {
    res->failed = 1;
    res->err = cli_process_error(st, eng, d, "skipped");
  }
}

/* Runs in input order, one document at a time. */
static void extract_emit(void *ctx, const cli_doc *d, const cli_result *res) {
  extract_ctx *x = ctx;
  if (res->err) cli_error("%s", res->err);
  else if (res->failed) cli_error("%s: out of memory; skipped", d->source);
  if (res->out) fwrite(res->out, 1, res->len, stdout);
  x->docs += !res->failed;
  x->failed += res->failed != 0;
  cli_progress_update(x->progress, x->docs, x->failed, d->pos);
}

static void write_header(const cli_opts *o, quoth_format fmt) {
  if (fmt != QUOTH_FORMAT_TSV) return;
  const char *h = quoth_tsv_header();
  fwrite(h, 1, strlen(h) - 1, stdout); /* without its newline */
  for (const char *p = o->keep_fields; p && *p;) {
    size_t n = strcspn(p, ",");
    if (n) printf("\t%.*s", (int)n, p);
    p += n + (p[n] == ',');
  }
  putchar('\n');
}

/* Engines for every job; returns 0 or EXIT_USAGE (all freed). */
static int make_engines(const cli_opts *o, quoth_lexicons **lex, void ***engines) {
  quoth_engine *first;
  int rc = cli_make_engine(o, lex, &first);
  if (rc) return rc;
  void **v = calloc((size_t)o->jobs, sizeof *v);
  if (v) v[0] = first;
  for (int i = 1; v && i < o->jobs && !rc; i++) rc = cli_new_engine(o, *lex, (quoth_engine **)&v[i]);
  if (!v || rc) {
    for (int i = 0; v && i < o->jobs; i++) quoth_engine_free(v[i]);
    if (!v) quoth_engine_free(first), cli_error("out of memory");
    free(v);
    quoth_lexicons_free(*lex);
    return EXIT_USAGE;
  }
  *engines = v;
  return 0;
}

static int resolve_format(cli_opts *o, quoth_format *fmt) {
  if (parse_format(o->format, fmt)) {
    cli_error("--format: expected jsonl, tsv or text, got '%s'", o->format);
    return EXIT_USAGE;
  }
  if (check_keep_fields(o->keep_fields)) return EXIT_USAGE;
  int colour = o->colour >= 0 ? o->colour : isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
  if (*fmt == QUOTH_FORMAT_TEXT && colour) *fmt = QUOTH_FORMAT_TEXT_COLOR;
  o->progress_forced = o->progress > 0;
  if (o->progress < 0) o->progress = !o->quiet && isatty(STDERR_FILENO);
  return 0;
}

static size_t run(cli_opts *o, quoth_format fmt, void **engines, cli_reader *r) {
  extract_ctx x = {o, fmt, 0, 0, NULL};
  if (o->progress) x.progress = cli_progress_new(cli_reader_total(r), o->progress_forced);
  cli_pipeline p = {o->jobs, (size_t)o->jobs * QUEUE_DOCS_PER_JOB, QUEUE_BYTES, engines,
                    extract_process, extract_emit, &x};
  write_header(o, fmt);
  size_t failed = cli_pipeline_run(&p, r);
  cli_progress_finish(x.progress);
  return failed;
}

int cmd_extract(int argc, char **argv) {
  cli_opts o;
  quoth_format fmt;
  int rc = cli_parse(argc, argv, &o, NULL, NULL, NULL, extract_usage);
  if (rc || (rc = resolve_format(&o, &fmt))) return rc;
  quoth_lexicons *lex;
  void **engines;
  if ((rc = make_engines(&o, &lex, &engines))) return rc;
  cli_reader *r = cli_reader_new(&o);
  if (r) cli_reader_defer_parse(r);
  size_t failed = r ? run(&o, fmt, engines, r) : (size_t)-1;
  if (failed == (size_t)-1) cli_error("out of memory or cannot start threads");
  else failed += cli_reader_failures(r);
  cli_reader_free(r);
  for (int i = 0; i < o.jobs; i++) quoth_engine_free(engines[i]);
  free(engines);
  quoth_lexicons_free(lex);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("error writing output");
    return EXIT_USAGE;
  }
  if (failed == (size_t)-1) return EXIT_USAGE;
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
