/*
 * quotes.h - the quotation-mark scanner.
 *
 * One left-to-right pass over each paragraph pairs opening and closing
 * marks (pairs and the locales that use them from
 * lexicons/common/quote_marks.tsv; straight and ambiguous marks classed by
 * the characters around them), tells apostrophes from single quotation
 * marks (don't, '90s, rock 'n' roll, lexicons/<lang>/elisions.txt), records
 * nesting, follows the newspaper convention for quotes that run over
 * several paragraphs (one quote flagged QUOTH_QUOTE_CONTINUED), and
 * re-synchronises on texts that lost their paragraph breaks ("One. "Two.").
 * Unbalanced marks never spoil the rest of the text: an open quote ends at
 * its paragraph's end or at the re-synchronisation point and is flagged
 * QUOTH_QUOTE_UNCLOSED; every unbalanced mark becomes an "unbalanced-quote"
 * diagnostic.  Each quote is then classified as speech (possibly a
 * fragment of a mixed quote), a term or a title by quote_class.h.
 *
 * The stack of open marks is heap-allocated and every decision looks at a
 * bounded window, so the pass is linear in the input however the marks are
 * (un)balanced or nested.
 */
#ifndef QUOTH_QUOTES_H
#define QUOTH_QUOTES_H

#include "doc.h"
#include "quoth.h"

typedef struct quoth__quoter quoth__quoter;

/* Builds the mark table for lang.  lex is borrowed and must outlive the
 * quoter.  Returns 0 or QUOTH_ENOMEM. */
int quoth__quoter_new(const quoth_lexicons *lex, const char *lang, unsigned options,
                      quoth__quoter **out);
void quoth__quoter_free(quoth__quoter *q);

/* Appends doc's quotes (sorted by start; a parent before its nested quotes)
 * and the unbalanced-quote diagnostics.  Needs paragraphs and sentences.
 * Returns 0 or QUOTH_ENOMEM. */
int quoth__scan_quotes(quoth__quoter *q, quoth_doc *doc);

#endif
