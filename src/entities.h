/*
 * entities.h - the entity registry: mentions -> canonical speakers through
 * aliases, pronouns, roles and continuation.
 */
#ifndef QUOTH_ENTITIES_H
#define QUOTH_ENTITIES_H

#include "doc.h"

#endif
