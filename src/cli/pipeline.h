/*
 * pipeline.h - process documents in parallel, write them in input order.
 *
 * The calling thread reads documents and puts them into a ring of slots;
 * `jobs` worker threads each own a private state (an engine) and turn a
 * slot's document into output bytes, which are emitted strictly in input
 * order (by whichever worker finds the next one finished; never two at
 * once).  The ring holds at most `max_docs` documents and
 * (beyond the first waiting one) `max_bytes` of input text, so memory stays
 * bounded whatever the input size, and the output is byte-identical for any
 * number of jobs.
 */
#ifndef QUOTH_CLI_PIPELINE_H
#define QUOTH_CLI_PIPELINE_H

#include <stddef.h>

#include "input.h"

/* What a worker produced for one document.  out and err are malloc'ed (or
 * NULL) and freed by the pipeline after emit. */
typedef struct cli_result {
  char *out;
  size_t len;
  char *err;  /* message for stderr (without "quoth: " or newline), or NULL */
  int failed; /* counts towards the "some records failed" exit status */
} cli_result;

typedef struct cli_pipeline {
  int jobs;
  size_t max_docs, max_bytes;
  /* workers[i] is the state of worker i (e.g. its engine). */
  void **workers;
  /* Runs in a worker thread; d->text may be freed by it (set to NULL). */
  void (*process)(void *worker, void *ctx, cli_doc *d, cli_result *res);
  /* Runs in input order, one call at a time (from any worker thread). */
  void (*emit)(void *ctx, const cli_doc *d, const cli_result *res);
  void *ctx;
} cli_pipeline;

/* Reads every document from r and runs it through p.  Returns the number
 * of documents whose result was marked failed, or (size_t)-1 when the
 * threads could not be started (nothing was processed). */
size_t cli_pipeline_run(const cli_pipeline *p, cli_reader *r);

#endif
