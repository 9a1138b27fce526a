/* Doubling heap arrays (see grow.h). */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

bool nm_grow(void **items, size_t *cap, size_t n, size_t elem, size_t first_cap)
{
    if (n < *cap)
        return true;
    size_t new_cap = *cap ? *cap * 2 : first_cap;
    if (new_cap <= n || new_cap > SIZE_MAX / elem)
        return false;
    void *p = realloc(*items, new_cap * elem);
    if (!p)
        return false;
    *items = p;
    *cap = new_cap;
    return true;
}
