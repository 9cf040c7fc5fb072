/*
 * entities.h - the entity registry: mentions -> canonical speakers through
 * aliases (surnames, acronyms), pronouns (most recent compatible subject or
 * speaker), roles ("the spokesman", "his spokesman") and continuation.
 *
 * Works on doc->mentions and doc->statements after the attribution
 * patterns ran; fills doc->entities with the entities the statements refer
 * to (speakers, addressees, reporters and the entities they are linked to).
 */
#ifndef QUOTH_ENTITIES_H
#define QUOTH_ENTITIES_H

#include "doc.h"
#include "tokens.h"

typedef struct quoth__registry quoth__registry;

int quoth__registry_new(quoth__registry **out);
void quoth__registry_free(quoth__registry *r);

/* Resolves every mention of doc (tokens t) and sets the statements'
 * speaker, addressee, reporter and resolution.  0 or QUOTH_ENOMEM. */
int quoth__resolve_entities(quoth__registry *r, const quoth__tokens *t, const quoth__lexset *ls,
                            quoth_doc *doc);

#endif
