/* cmd_extract.c - quoth extract: statements and speakers for each document. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "opts.h"

static void extract_usage(void) {
  fputs("usage: quoth [extract] [OPTIONS] [FILE|DIR...]\n"
        "\n"
        "Reads plain-text files (one document each), directories (recursively, sorted)\n"
        "or JSONL records, from stdin when no FILE or '-', and writes the statements.\n"
        "\n"
        "  -f, --format jsonl|tsv|text   output format (default jsonl)\n"
        "      --offsets codepoint|byte|utf16   offset unit (default codepoint)\n"
        "      --input auto|text|jsonl   input format (auto: .jsonl/.ndjson are JSONL)\n"
        "      --text-field NAME         JSONL text field (default text)\n"
        "      --id-field NAME           JSONL id field (default id)\n"
        "      --keep-fields A,B         copy these JSONL fields to the output\n"
        "      --glob PATTERN            only files matching PATTERN in directories\n"
        "      --lang TAG                language (default en)\n"
        "      --lexicons DIR            lexicon directory (default: built in)\n"
        "      --replace-invalid         treat invalid UTF-8, NUL, BOM as U+FFFD\n"
        "      --line-paragraphs         every line break ends a paragraph\n"
        "      --max-bytes N             largest document accepted (default 64 MiB)\n"
        "  -j, --jobs N                  worker threads (default: number of cores)\n"
        "  -q, --quiet                   no progress; --progress forces it\n"
        "\n"
        "Exit status: 0 all documents processed, 1 some failed, 2 usage or fatal error.\n",
        stdout);
}

static int parse_format(const char *s, quoth_format *f) {
  if (!s || !strcmp(s, "jsonl") || !strcmp(s, "json")) *f = QUOTH_FORMAT_JSONL;
  else if (!strcmp(s, "tsv")) *f = QUOTH_FORMAT_TSV;
  else if (!strcmp(s, "text")) *f = QUOTH_FORMAT_TEXT;
  else return -1;
  return 0;
}

/* The id, with --keep-fields spliced after it (the renderer writes id_json
 * verbatim after "id":, so `"a1","source":"x"` carries the fields along). */
static char *id_with_fields(const cli_doc *d) {
  const char *id = d->id_json ? d->id_json : "null";
  const char *keep = d->keep_json ? d->keep_json : "";
  char *s = malloc(strlen(id) + strlen(keep) + 1);
  if (s) strcat(strcpy(s, id), keep);
  return s;
}

/* Processes one document and writes it; returns 0 or 1 (failed). */
static int extract_one(quoth_engine *eng, const cli_opts *o, quoth_format fmt, const cli_doc *d) {
  quoth_doc *doc = NULL;
  int st = quoth_engine_process(eng, d->text, d->len, &doc);
  if (st) {
    if (st == QUOTH_EUTF8 || st == QUOTH_ENUL || st == QUOTH_EBOM)
      cli_error("%s: %s at byte %zu; skipped (use --replace-invalid to process it)", d->source,
                quoth_strerror(st), quoth_engine_error_offset(eng));
    else cli_error("%s: %s; skipped", d->source, quoth_strerror(st));
    return 1;
  }
  char *id = fmt == QUOTH_FORMAT_JSONL ? id_with_fields(d) : NULL;
  char *out = NULL;
  size_t len = 0;
  st = quoth_doc_render(doc, fmt, o->offsets, id ? id : d->id_json, &out, &len);
  if (st == QUOTH_OK) fwrite(out, 1, len, stdout);
  else cli_error("%s: %s; skipped", d->source, quoth_strerror(st));
  quoth_string_free(out);
  free(id);
  quoth_doc_free(doc);
  return st != QUOTH_OK;
}

int cmd_extract(int argc, char **argv) {
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, NULL, NULL, NULL, extract_usage);
  if (rc) return rc;
  quoth_format fmt;
  if (parse_format(o.format, &fmt)) {
    cli_error("--format: expected jsonl, tsv or text, got '%s'", o.format);
    return EXIT_USAGE;
  }
  quoth_lexicons *lex;
  quoth_engine *eng;
  if ((rc = cli_make_engine(&o, &lex, &eng))) return rc;
  cli_reader *r = cli_reader_new(&o);
  if (!r) {
    cli_error("out of memory");
    return EXIT_USAGE;
  }
  if (fmt == QUOTH_FORMAT_TSV) fputs(quoth_tsv_header(), stdout);
  size_t failed = 0;
  cli_doc d;
  while (cli_reader_next(r, &d)) {
    failed += (size_t)extract_one(eng, &o, fmt, &d);
    cli_doc_clear(&d);
  }
  failed += cli_reader_failures(r);
  cli_reader_free(r);
  quoth_engine_free(eng);
  quoth_lexicons_free(lex);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("error writing output");
    return EXIT_USAGE;
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
