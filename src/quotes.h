/*
 * quotes.h - the quotation-mark scanner.
 *
 * One left-to-right pass over the text pairs opening and closing marks
 * (pairs and locales from lexicons/common/quote_marks.tsv), tells
 * apostrophes from quote marks, records nesting, follows the newspaper
 * convention for quotes that run over several paragraphs, and reports
 * unbalanced marks as diagnostics.  Each quoted span is classified as
 * speech, a term or a title.
 */
#ifndef QUOTH_QUOTES_H
#define QUOTH_QUOTES_H

#include "doc.h"
#include "quoth.h"

typedef struct quoth__quoter quoth__quoter;

/* lex is borrowed and must outlive the quoter. */
int quoth__quoter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                      quoth__quoter **out);
void quoth__quoter_free(quoth__quoter *q);

/* Appends doc's quotes (sorted by start; nested quotes after their parent)
 * and the unbalanced-quote diagnostics.  Needs paragraphs and sentences. */
int quoth__scan_quotes(quoth__quoter *q, quoth_doc *doc);

#endif
