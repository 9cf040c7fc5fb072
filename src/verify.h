/*
 * verify.h - is this quote really in the text, and credited to that
 * speaker?  (quoth_verifier_* / quoth_verify in quoth.h; docs/checks.md.)
 *
 * A verifier indexes one finished document's words once (folded keys,
 * whether each word is inside quotation marks); each claim is then matched
 * in time bounded by its own length, whatever the document's size:
 *
 *   1. the claim's words vote for alignment diagonals through the index
 *      (rarest words first, within a fixed budget, so frequent words cost
 *      nothing), and the densest few diagonals are kept;
 *   2. around each, a window of the document (claim length + a small band +
 *      room for each editorial mark, capped) is aligned word by word with
 *      the claim by a semi-global edit distance in which an ellipsis or a
 *      bracketed insertion in the claim stands for any run of words, and
 *      narration between two quoted passages ("...," he said. "...") may
 *      be skipped for free;
 *   3. the cheapest alignment gives the evidence span and the word diff,
 *      and the statement covering it gives the credited speaker.
 */
#ifndef QUOTH_VERIFY_H
#define QUOTH_VERIFY_H

#include "doc.h"

/* Limits that bound the cost of one claim. */
enum {
  QUOTH__VERIFY_MAX_WORDS = 600,   /* claim words considered */
  QUOTH__VERIFY_VOTES = 16384,     /* occurrences that vote, rarest words first */
  QUOTH__VERIFY_CANDIDATES = 8,    /* diagonals aligned per claim */
  QUOTH__VERIFY_CLUSTER = 3,       /* votes this close count as one diagonal */
  QUOTH__VERIFY_BAND = 8,          /* words of slack on each side */
  QUOTH__VERIFY_GAP_WORDS = 120,   /* words an ellipsis may stand for */
  QUOTH__VERIFY_BRACKET_WORDS = 8, /* words a bracketed insertion may replace */
  QUOTH__VERIFY_MAX_WINDOW = 4096, /* document words per alignment */
  QUOTH__VERIFY_INTERLUDE = 12     /* narration words skippable between quotes */
};

#endif
