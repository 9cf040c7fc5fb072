/*
 * sentence.h - sentence spans.
 *
 * ICU's UBRK_SENTENCE iterator ("<lang>@ss=standard", so ICU's own
 * abbreviation suppressions apply) over the document, then news-specific
 * repairs per paragraph driven by the lexicons <lang>/abbreviations,
 * <lang>/sentence_starters, <lang>/after_ordinal and <lang>/speech_verbs:
 * abbreviations and initials, list markers, ellipses, "!"/"?" inside a
 * sentence, a missing space after a full stop, line wraps, and quotations
 * that end in "?" or "!" but continue with the attribution.  Each repair
 * looks at a bounded window around one candidate boundary, so splitting is
 * linear in the input; spans are byte offsets into the caller's text,
 * trimmed of white space.  This is the only module that includes ICU's
 * break-iterator headers.
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
