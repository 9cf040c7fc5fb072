/*
 * attribute.h - speaker attribution.
 *
 * Given a document with sentences and quotes, tokenizes it (tokens.h),
 * finds mentions (mentions.h), then statements -- direct quotes, reported
 * speech, mixed quotes -- with cue patterns driven by the lexicons, one
 * small function per pattern, and finally resolves speakers to canonical
 * entities (entities.h).
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
