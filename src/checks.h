/*
 * checks.h - editorial checks that read a finished document and add
 * diagnostics (docs/checks.md lists every rule).
 *
 * The quote scanner adds its own unbalanced-quote diagnostics as it goes;
 * the checks here add everything that needs the whole document: quotes
 * with no speaker, pronoun speakers that are far from or ambiguous about
 * their antecedent, names spelled two ways, unnamed sources, judgmental
 * cue verbs, mixed quotation mark styles, and the unbalanced marks the
 * scanner did not report (mismatched pairs, stray marks).  Every rule is
 * linear in the document or bounded per item, so checks never dominate.
 */
#ifndef QUOTH_CHECKS_H
#define QUOTH_CHECKS_H

#include "doc.h"

typedef struct quoth__checker quoth__checker;

/* lex is borrowed and must outlive the checker. */
int quoth__checker_new(const quoth_lexicons *lex, const char *lang, quoth__checker **out);
void quoth__checker_free(quoth__checker *ck);

/* distant-pronoun fires when the antecedent is more than n sentences back. */
void quoth__checker_set_distant(quoth__checker *ck, size_t n);

/* Adds the checks' diagnostics to doc, then sorts all diagnostics by
 * position (stable).  ck == NULL runs with the defaults and no lexicons. */
int quoth__run_checks(const quoth__checker *ck, quoth_doc *doc);

/* Default for distant-pronoun. */
#define QUOTH__DISTANT_PRONOUN_DEFAULT 3

#endif
