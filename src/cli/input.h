/*
 * input.h - documents from files, directories (recursive, sorted, glob
 * filter, symlink loops detected), stdin, and JSONL records (jansson).
 *
 * A bad record (malformed JSON, missing or non-string text field) is
 * reported on stderr with its file and record number and skipped; the
 * reader counts it so the exit status can say some records failed.
 */
#ifndef QUOTH_CLI_INPUT_H
#define QUOTH_CLI_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "opts.h"

typedef struct cli_doc {
  char *text; /* owned; freed by cli_doc_clear */
  size_t len;
  char *id_json; /* the id as JSON text (owned) */
  char *keep_json; /* ,"field":value,... to splice into output, or NULL (owned) */
  char *keep_tsv;  /* \tvalue\tvalue... one per --keep-fields name, or NULL (owned) */
  char source[512]; /* "file" or "file:record" for messages */
  size_t seq;       /* 0-based position in the whole input */
  size_t pos;       /* input bytes consumed up to the end of this document */
  size_t recno;     /* 1-based JSONL line number, 0 for a text file */
  char *raw;        /* unparsed JSONL line when parsing is deferred (owned) */
  size_t raw_len;
  char *error;      /* deferred: why the record is bad (owned), or NULL */
} cli_doc;

void cli_doc_clear(cli_doc *d);

typedef struct cli_reader cli_reader;

/* paths may be empty (stdin); "-" is stdin.  Returns NULL on out of memory. */
cli_reader *cli_reader_new(const cli_opts *o);
void cli_reader_free(cli_reader *r);

/* Next document: 1 = got one, 0 = end.  Errors on individual files and
 * records are reported and counted, never fatal. */
int cli_reader_next(cli_reader *r, cli_doc *d);

/* Makes cli_reader_next() return JSONL records unparsed (raw set), and
 * bad records and unreadable files as documents with error set instead of
 * reporting them, so that the JSON parsing can run in worker threads and
 * every message come in input order; see cli_doc_parse(). */
void cli_reader_defer_parse(cli_reader *r);

/* Parses a deferred record in place (a no-op for other documents).
 * Returns 0, or -1 with *err set to the message "FILE:N: ...; record
 * skipped" (caller frees with free(); NULL when out of memory). */
int cli_doc_parse(const cli_opts *o, cli_doc *d, char **err);

/* Number of files or records that could not be read (in deferred mode,
 * bad records are not counted here: cli_doc_parse() reports them). */
size_t cli_reader_failures(const cli_reader *r);
/* Bytes consumed so far, and the total input size when known (0 if not). */
size_t cli_reader_bytes(const cli_reader *r);
size_t cli_reader_total(const cli_reader *r);

#endif
