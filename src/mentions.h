/*
 * mentions.h - possible speakers outside quotes: names, title + name
 * chains, organizations, nominals, pronouns, anonymous sources.
 *
 * One left-to-right pass over the tokens appends doc->mentions in text
 * order and records, per token, the mention covering it, so the
 * attribution patterns can ask "which mention ends just before this cue?"
 * in constant time.
 */
#ifndef QUOTH_MENTIONS_H
#define QUOTH_MENTIONS_H

#include "doc.h"
#include "tokens.h"

/* Fills doc->mentions and at[0..t->n) (mention index or QUOTH__NONE).
 * 0 or QUOTH_ENOMEM. */
int quoth__find_mentions(const quoth__tokens *t, const quoth__lexset *ls, quoth_doc *doc,
                         size_t *at);

/* Adds a mention over tokens [t0, t1) of the given kind and marks at[];
 * returns its index or QUOTH__NONE when out of memory. */
size_t quoth__add_mention(const quoth__tokens *t, quoth_doc *doc, size_t *at, size_t t0,
                          size_t t1, quoth__mention_kind kind);

/* Is segment seg a title-case headline ("Medal Of Honor Winner Opens Up
 * About Backing Clinton")?  Its first words, up to a bound, are nearly all
 * capitalized. */
int quoth__title_case(const quoth__tokens *t, size_t seg);

/* Gender code ('m', 'f', 'n' or 0) from a lexicon gender column. */
int quoth__gender_code(const char *col);

#endif
