/* cmd_split.c - quoth split: sentences, one per line or as JSONL. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "opts.h"

enum { SPLIT_LINES, SPLIT_JSONL, SPLIT_JSON };
enum { XOPT_PLAIN_ICU = 1 };

static void split_usage(void) {
  fputs("usage: quoth split [OPTIONS] [FILE...]\n"
        "\n"
        "Splits each document into sentences.\n"
        "\n"
        "  -f, --format lines|jsonl|json  lines: one sentence per line (white space\n"
        "                                 holding a line break becomes one space); jsonl: one object per\n"
        "                                 document with offsets; json: one array of\n"
        "                                 sentence strings per document\n"
        "      --lang TAG                 language (default en)\n"
        "      --offsets codepoint|byte|utf16   offset unit for jsonl\n"
        "      --input auto|text|jsonl    input format (as for extract)\n"
        "      --line-paragraphs          every line break ends a paragraph\n"
        "      --plain-icu                ICU's sentence breaks with no repairs\n"
        "      --lexicons DIR, --replace-invalid, --max-bytes N (as for extract)\n",
        stdout);
}

static int split_extra(int id, const char *arg, void *ctx) {
  (void)arg;
  if (id == XOPT_PLAIN_ICU) *(unsigned *)ctx |= QUOTH_OPT_PLAIN_ICU;
  return 0;
}

/* Length of the white space (ASCII, NEL, U+2028, U+2029) at t[i], and
 * whether it holds a line break. */
static size_t space_run(const char *t, size_t i, size_t end, int *brk) {
  size_t j = i;
  *brk = 0;
  while (j < end) {
    unsigned char c = (unsigned char)t[j];
    if (c == ' ' || c == '\t') j++;
    else if (c == '\n' || c == '\r' || c == '\v' || c == '\f') j++, *brk = 1;
    else if (c == 0xC2 && j + 1 < end && (unsigned char)t[j + 1] == 0x85) j += 2, *brk = 1;
    else if (c == 0xE2 && j + 2 < end && (unsigned char)t[j + 1] == 0x80 &&
             ((unsigned char)t[j + 2] == 0xA8 || (unsigned char)t[j + 2] == 0xA9))
      j += 3, *brk = 1;
    else break;
  }
  return j - i;
}

/* flat: a run of white space that holds a line break becomes one space, so
 * each sentence is one line ("a cold \nnight" -> "a cold night"). */
static void put_span_text(const char *t, quoth_span s, int flat) {
  for (size_t i = s.start; i < s.end;) {
    int brk;
    size_t n = flat ? space_run(t, i, s.end, &brk) : 0;
    if (n && brk) {
      putchar(' ');
      i += n;
    } else if (n) {
      fwrite(t + i, 1, n, stdout);
      i += n;
    } else {
      putchar(t[i++]);
    }
  }
}

/* The library escapes, so invalid bytes (with --replace-invalid) become
 * U+FFFD and the output stays valid UTF-8 JSON. */
static void put_json_string(const quoth_doc *doc, quoth_span s) {
  char *js = NULL;
  size_t n = 0;
  if (quoth_doc_span_json(doc, s, &js, &n) == QUOTH_OK) fwrite(js, 1, n, stdout);
  else fputs("null", stdout);
  quoth_string_free(js);
}

static void write_split(const quoth_doc *doc, const cli_doc *d, int fmt, quoth_offsets off) {
  size_t len, n = quoth_doc_sentence_count(doc);
  const char *t = quoth_doc_text(doc, &len);
  if (fmt == SPLIT_JSONL) printf("{\"id\":%s,\"sentences\":[", d->id_json ? d->id_json : "null");
  if (fmt == SPLIT_JSON) putchar('[');
  for (size_t i = 0; i < n; i++) {
    quoth_span s = quoth_doc_sentence(doc, i);
    if (fmt == SPLIT_LINES) {
      put_span_text(t, s, 1);
      putchar('\n');
      continue;
    }
    if (i) putchar(',');
    if (fmt == SPLIT_JSONL) {
      size_t a = off == QUOTH_OFFSETS_BYTE ? s.start : off == QUOTH_OFFSETS_UTF16 ?
                 quoth_doc_utf16_offset(doc, s.start) : quoth_doc_codepoint_offset(doc, s.start);
      size_t b = off == QUOTH_OFFSETS_BYTE ? s.end : off == QUOTH_OFFSETS_UTF16 ?
                 quoth_doc_utf16_offset(doc, s.end) : quoth_doc_codepoint_offset(doc, s.end);
      printf("{\"start\":%zu,\"end\":%zu,\"text\":", a, b);
    }
    put_json_string(doc, s);
    if (fmt == SPLIT_JSONL) putchar('}');
  }
  if (fmt == SPLIT_JSONL) fputs("]}\n", stdout);
  if (fmt == SPLIT_JSON) fputs("]\n", stdout);
}

int cmd_split(int argc, char **argv) {
  static const cli_extra_opt extra[] = {{"plain-icu", 0, XOPT_PLAIN_ICU}, {0, 0, 0}};
  unsigned plain = 0;
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, extra, split_extra, &plain, split_usage);
  if (rc) return rc;
  int fmt = !o.format || !strcmp(o.format, "lines") ? SPLIT_LINES
            : !strcmp(o.format, "jsonl")            ? SPLIT_JSONL
            : !strcmp(o.format, "json")             ? SPLIT_JSON
                                                    : -1;
  if (fmt < 0) {
    cli_error("split: --format: expected lines, jsonl or json, got '%s'", o.format);
    return EXIT_USAGE;
  }
  o.engine_options |= QUOTH_OPT_SENTENCES_ONLY | plain;
  quoth_lexicons *lex;
  quoth_engine *eng;
  if ((rc = cli_make_engine(&o, &lex, &eng))) return rc;
  cli_reader *r = cli_reader_new(&o);
  size_t failed = 0;
  cli_doc d;
  while (r && cli_reader_next(r, &d)) {
    quoth_doc *doc = NULL;
    int st = quoth_engine_process(eng, d.text, d.len, &doc);
    if (st) {
      cli_report_process_error(st, eng, &d, "skipped");
      failed++;
      if (fmt == SPLIT_JSON) fputs("[]\n", stdout); /* keep one line per input */
    } else {
      write_split(doc, &d, fmt, o.offsets);
    }
    quoth_doc_free(doc);
    cli_doc_clear(&d);
  }
  failed += r ? cli_reader_failures(r) : 1;
  cli_reader_free(r);
  quoth_engine_free(eng);
  quoth_lexicons_free(lex);
  return fflush(stdout) ? EXIT_USAGE : failed ? EXIT_SOME_FAILED : EXIT_OK;
}
