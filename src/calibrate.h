/*
 * calibrate.h - statement confidence from measured precision, and the
 * --min-confidence filter.
 *
 * Each attribution rule sets a confidence by hand; how often a rule is right
 * depends on how its speaker was found (a "said Peskov" speaker is nearly
 * always right, a pronoun three sentences back much less so).  The table
 * <lang>/confidence maps "RULE/RESOLUTION" and "RULE" to the rate of
 * right statements measured on a gold set (docs/tools/calibrate.py), so a
 * confidence of 0.8 means "right about 8 times in 10".  The table is data:
 * a lexicon directory without it keeps the rules' own confidences.
 */
#ifndef QUOTH_CALIBRATE_H
#define QUOTH_CALIBRATE_H

#include "doc.h"
#include "lexicon.h"

/* Replaces each statement's confidence by its row in t ("RULE/RESOLUTION",
 * else "RULE"; a statement without a speaker only "RULE/none");
 * statements without a row keep theirs.  t may be NULL. */
void quoth__calibrate(const quoth__lextable *t, quoth_doc *doc);

/* Drops the statements whose confidence is below min, keeping the order. */
void quoth__drop_below(quoth_doc *doc, double min);

#endif
