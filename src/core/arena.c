/* Bump allocator: an article's strings and arrays die together. */
#include "newsmon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NM_ARENA_DEFAULT_BLOCK (64 * 1024)
#define NM_ARENA_ALIGN 16
/* Largest single allocation: far above any real need, and low enough that
 * rounding and the block header can never overflow size_t. */
#define NM_ARENA_MAX_ALLOC (SIZE_MAX / 4)

typedef struct block {
    struct block *next;
    size_t cap;
    size_t used;
    _Alignas(NM_ARENA_ALIGN) unsigned char data[];
} block;

struct nm_arena {
    block *head;
    size_t block_size;
    size_t total;
    void *last;      /* latest allocation, for in-place growth */
};

nm_arena *nm_arena_new(size_t block_size)
{
    nm_arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->block_size = block_size ? block_size : NM_ARENA_DEFAULT_BLOCK;
    return a;
}

void nm_arena_free(nm_arena *a)
{
    if (!a)
        return;
    for (block *b = a->head, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    free(a);
}

static size_t round_up(size_t n)
{
    return (n + NM_ARENA_ALIGN - 1) & ~(size_t)(NM_ARENA_ALIGN - 1);
}

void *nm_arena_alloc(nm_arena *a, size_t size)
{
    if (!a || size > NM_ARENA_MAX_ALLOC)
        return NULL;
    size_t need = round_up(size ? size : 1);
    block *b = a->head;
    if (!b || b->cap - b->used < need) {
        size_t cap = need > a->block_size ? need : a->block_size;
        block *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->cap = cap;
        nb->used = 0;
        /* A big one-off block goes behind the head so the head keeps its room. */
        if (b && need > a->block_size) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    a->last = p;
    memset(p, 0, need);
    return p;
}

void *nm_arena_realloc(nm_arena *a, void *ptr, size_t old_size, size_t new_size)
{
    if (!ptr)
        return nm_arena_alloc(a, new_size);
    if (new_size <= old_size)
        return ptr;
    if (new_size > NM_ARENA_MAX_ALLOC)
        return NULL;
    block *b = a->head;
    if (ptr == a->last && b && (unsigned char *)ptr >= b->data &&
        (unsigned char *)ptr < b->data + b->cap) {
        size_t off = (size_t)((unsigned char *)ptr - b->data);
        size_t need = round_up(new_size);
        if (off + need <= b->cap) {
            size_t old_used = b->used;
            b->used = off + need;
            a->total += b->used - old_used;
            memset((unsigned char *)ptr + old_size, 0, new_size - old_size);
            return ptr;
        }
    }
    /* A big array alone in its own block (see nm_arena_alloc) grows with
     * realloc(): copying would leave every old copy in the arena, and an
     * array grown by doubling would then cost twice its final size. */
    if (old_size > a->block_size / 2) {
        for (block **link = &a->head; *link; link = &(*link)->next) {
            block *ob = *link;
            if ((void *)ob->data != ptr || ob->used != round_up(old_size))
                continue;
            size_t need = round_up(new_size);
            bool was_last = a->last == ptr;
            block *nb = realloc(ob, sizeof *nb + need);
            if (!nb)
                return NULL;
            *link = nb;
            nb->cap = nb->used = need;
            a->total += need - round_up(old_size);
            memset(nb->data + old_size, 0, need - old_size);
            if (was_last)
                a->last = nb->data;
            return nb->data;
        }
    }
    void *p = nm_arena_alloc(a, new_size);
    if (p)
        memcpy(p, ptr, old_size);
    return p;
}

char *nm_arena_strndup(nm_arena *a, const char *s, size_t len)
{
    if (len > NM_ARENA_MAX_ALLOC)
        return NULL;
    char *p = nm_arena_alloc(a, len + 1);
    if (p && len)
        memcpy(p, s, len);
    return p;
}

char *nm_arena_strdup(nm_arena *a, const char *s)
{
    return s ? nm_arena_strndup(a, s, strlen(s)) : NULL;
}

char *nm_arena_printf(nm_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = nm_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t nm_arena_used(const nm_arena *a)
{
    return a ? a->total : 0;
}
