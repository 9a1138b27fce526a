/* Internal: room for one more element in an array that doubles, on the
 * heap or in an arena. Core utility, no pipeline headers (like redis's
 * sds/adlist). */
#ifndef NM_CORE_GROW_H
#define NM_CORE_GROW_H

#include <stdbool.h>
#include <stddef.h>

#include "newsmon.h"

/* Make `*items` (holding `n` elements of `elem` bytes, capacity `*cap`) hold
 * at least n + 1: the capacity doubles, starting at `first_cap`. false on
 * out of memory or overflow (the array stays as it was). */
bool nm_grow(void **items, size_t *cap, size_t n, size_t elem, size_t first_cap);

/* The same for an array owned by `arena` (grown with nm_arena_realloc; the
 * old block stays in the arena until it is freed). */
bool nm_arena_grow(nm_arena *arena, void **items, size_t *cap, size_t n, size_t elem, size_t first_cap);

#endif
