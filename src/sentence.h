/*
 * sentence.h - sentence spans.
 *
 * ICU's UBRK_SENTENCE iterator (with the "ss=standard" suppressions) over
 * each paragraph, then news-specific repairs driven by the abbreviation
 * lexicons: abbreviations and initials, ellipses, quotations that end in
 * "?" or "!" but continue with the attribution, and so on.  This is the only
 * module that includes ICU's break-iterator headers.
 */
#ifndef QUOTH_SENTENCE_H
#define QUOTH_SENTENCE_H

#include "doc.h"
#include "quoth.h"

typedef struct quoth__splitter quoth__splitter;

/* options: QUOTH_OPT_PLAIN_ICU turns the repairs off.  lex is borrowed. */
int quoth__splitter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                        quoth__splitter **out);
void quoth__splitter_free(quoth__splitter *sp);

/* Appends the sentences of every paragraph of doc to doc->sentences. */
int quoth__split(quoth__splitter *sp, quoth_doc *doc);

#endif
