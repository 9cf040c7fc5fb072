/*
 * arena.h - region allocator for everything one document owns.
 *
 * A document's strings, spans and records are allocated from one arena and
 * released together by quoth__arena_free(), so result objects need no
 * per-field ownership rules.  Allocation failure returns NULL; callers turn
 * it into QUOTH_ENOMEM.
 */
#ifndef QUOTH_ARENA_H
#define QUOTH_ARENA_H

#include <stddef.h>

typedef struct quoth__arena_block quoth__arena_block;
typedef struct quoth__arena {
  quoth__arena_block *head;
} quoth__arena;

void quoth__arena_init(quoth__arena *a);
void quoth__arena_free(quoth__arena *a);
/* Zero-filled, 16-byte aligned; NULL on overflow or out of memory. */
void *quoth__arena_alloc(quoth__arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *quoth__arena_strndup(quoth__arena *a, const char *s, size_t len);

/* Growable array helper: ensures *cap >= need elements of size elsize,
 * reallocating *p with realloc (not the arena).  Returns 0 or -1.  Called
 * per token and per record, so the common case (room left) is inline. */
int quoth__grow_slow(void **p, size_t *cap, size_t need, size_t elsize);
static inline int quoth__grow(void **p, size_t *cap, size_t need, size_t elsize) {
  return need <= *cap ? 0 : quoth__grow_slow(p, cap, need, elsize);
}

#endif
