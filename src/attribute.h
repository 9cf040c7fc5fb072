/*
 * attribute.h - speaker attribution.
 *
 * Given a document with sentences, quotes and mentions, finds statements
 * (direct quotes, reported speech, mixed quotes) and their speakers with
 * cue-verb patterns driven by the lexicons.  One small function per
 * pattern; entities.c then resolves speakers to canonical entities.
 */
#ifndef QUOTH_ATTRIBUTE_H
#define QUOTH_ATTRIBUTE_H

#include "doc.h"
#include "quoth.h"

typedef struct quoth__attributor quoth__attributor;

/* lex is borrowed and must outlive the attributor. */
int quoth__attributor_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                          quoth__attributor **out);
void quoth__attributor_free(quoth__attributor *a);

/* Runs mentions, attribution and entity resolution on doc. */
int quoth__attribute(quoth__attributor *a, quoth_doc *doc);

#endif
