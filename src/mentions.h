/*
 * mentions.h - possible speakers outside quotes: names, title + name
 * chains, organizations, nominals, pronouns, anonymous sources.
 */
#ifndef QUOTH_MENTIONS_H
#define QUOTH_MENTIONS_H

#include "doc.h"

#endif
