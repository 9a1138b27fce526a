/* Doubling arrays, on the heap or in an arena (see grow.h). */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

/* The capacity after *cap when n elements must fit: 0 when it would
 * overflow. */
static size_t next_cap(size_t cap, size_t n, size_t elem, size_t first_cap)
{
    size_t new_cap = cap ? cap * 2 : first_cap;
    return new_cap <= n || new_cap > SIZE_MAX / elem ? 0 : new_cap;
}

bool nm_grow(void **items, size_t *cap, size_t n, size_t elem, size_t first_cap)
{
    if (n < *cap)
        return true;
    size_t new_cap = next_cap(*cap, n, elem, first_cap);
    void *p = new_cap ? realloc(*items, new_cap * elem) : NULL;
    if (!p)
        return false;
    *items = p;
    *cap = new_cap;
    return true;
}

bool nm_arena_grow(nm_arena *arena, void **items, size_t *cap, size_t n, size_t elem, size_t first_cap)
{
    if (n < *cap)
        return true;
    size_t new_cap = next_cap(*cap, n, elem, first_cap);
    void *p = new_cap ? nm_arena_realloc(arena, *items, *cap * elem, new_cap * elem) : NULL;
    if (!p)
        return false;
    *items = p;
    *cap = new_cap;
    return true;
}
