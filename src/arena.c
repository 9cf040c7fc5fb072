/* arena.c - see arena.h. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 16384, ARENA_ALIGN = 16 };

struct quoth__arena_block {
  quoth__arena_block *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
};

void quoth__arena_init(quoth__arena *a) { a->head = NULL; }

void quoth__arena_free(quoth__arena *a) {
  quoth__arena_block *b = a->head;
  while (b) {
    quoth__arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
}

static quoth__arena_block *arena_block_new(size_t size) {
  if (size > SIZE_MAX - sizeof(quoth__arena_block)) return NULL;
  quoth__arena_block *b = malloc(sizeof(*b) + size);
  if (!b) return NULL;
  b->next = NULL;
  b->used = 0;
  b->size = size;
  return b;
}

void *quoth__arena_alloc(quoth__arena *a, size_t size) {
  if (size > SIZE_MAX - ARENA_ALIGN) return NULL;
  size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  quoth__arena_block *b = a->head;
  if (!b || b->size - b->used < size) {
    /* Big requests get a block of their own behind the current one, so the
     * current block's free space is not wasted. */
    b = arena_block_new(size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK);
    if (!b) return NULL;
    if (a->head && size > ARENA_BLOCK / 4) {
      b->next = a->head->next;
      a->head->next = b;
    } else {
      b->next = a->head;
      a->head = b;
    }
  }
  void *p = b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *quoth__arena_strndup(quoth__arena *a, const char *s, size_t len) {
  if (len == SIZE_MAX) return NULL;
  char *p = quoth__arena_alloc(a, len + 1);
  if (!p) return NULL;
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

int quoth__grow_slow(void **p, size_t *cap, size_t need, size_t elsize) {
  if (need <= *cap) return 0;
  size_t n = *cap ? *cap : 8;
  while (n < need) {
    if (n > SIZE_MAX / 2) return -1;
    n *= 2;
  }
  if (n > SIZE_MAX / elsize) return -1;
  void *q = realloc(*p, n * elsize);
  if (!q) return -1;
  *p = q;
  *cap = n;
  return 0;
}
