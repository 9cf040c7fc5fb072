/*
 * engine.h - the per-thread pipeline: text check -> paragraphs ->
 * sentences -> quote marks -> attribution -> checks.
 */
#ifndef QUOTH_ENGINE_H
#define QUOTH_ENGINE_H

#include "attribute.h"
#include "checks.h"
#include "quotes.h"
#include "sentence.h"

struct quoth_engine {
  const quoth_lexicons *lex;
  char lang[32];
  unsigned options;
  size_t max_bytes;
  size_t error_offset;
  double min_confidence;                /* statements below are dropped */
  unsigned kinds;                       /* QUOTH_KIND_BIT mask of statements kept */
  const struct quoth__lextable *confidence; /* calibration table or NULL */
  quoth__splitter *splitter;
  quoth__quoter *quoter;
  quoth__attributor *attributor;
  quoth__checker *checker;
};

#endif
