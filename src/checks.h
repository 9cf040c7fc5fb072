/*
 * checks.h - editorial checks that read a finished document and add
 * diagnostics (unattributed quotes, ...).  The quote scanner adds its own
 * unbalanced-quote diagnostics as it goes.
 */
#ifndef QUOTH_CHECKS_H
#define QUOTH_CHECKS_H

#include "doc.h"

int quoth__run_checks(quoth_doc *doc);

#endif
