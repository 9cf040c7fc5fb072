/*
 * quote_class.h - what a quoted span is: speech, a term or a title.
 *
 * Quotation marks enclose more than speech: scare quotes ("so-called
 * "reforms""), nicknames, single quoted terms, titles of works.  And speech
 * quoted in the middle of a reported clause ("said the plan was "a
 * disaster"") is a fragment of a mixed quote, not a direct quote.  This
 * module decides both from the term cues lexicon (lexicons/<lang>/
 * term_cues.tsv), the speech verbs lexicon and the shape of the quote and
 * its sentence: length, capitals, punctuation inside, what precedes the
 * opening mark and what follows the closing one.  It looks only at a
 * bounded window around each quote, so a document takes linear time.
 */
#ifndef QUOTH_QUOTE_CLASS_H
#define QUOTH_QUOTE_CLASS_H

#include "doc.h"
#include "quoth.h"

typedef struct quoth__qclass quoth__qclass;

/* lex is borrowed and must outlive the classifier. */
int quoth__qclass_new(const quoth_lexicons *lex, const char *lang, quoth__qclass **out);
void quoth__qclass_free(quoth__qclass *c);

/* Sets the kind and the QUOTH_QUOTE_FRAGMENT flag of every quote of doc
 * (quotes sorted by start; sentences computed). */
void quoth__classify_quotes(const quoth__qclass *c, quoth_doc *doc);

#endif
