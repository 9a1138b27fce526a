/* Internal: byte offsets → Unicode code-point offsets for one text, at a
 * bounded cost per lookup in any order. The record writer and the store use
 * it; library ranges are bytes, output and stored offsets are code points. */
#ifndef NM_CORE_CP_INDEX_H
#define NM_CORE_CP_INDEX_H

#include <stddef.h>

/* A table holds the code-point count at every NM_CP_STRIDE-th byte, so a
 * lookup counts at most that many bytes, whatever order offsets come in (a
 * continued quote may point back at a speaker far before it). */
#define NM_CP_STRIDE 256

typedef struct nm_cp_index {
    const char *text;
    size_t len;
    size_t *marks; /* marks[k] = code points in text[0 .. k*NM_CP_STRIDE); NULL: no memory */
    size_t byte, cp; /* last answer, for counting on when there is no table */
} nm_cp_index;

/* Build the table for text[0..len); the text must outlive the index. Never
 * fails: without memory, lookups count on from the previous answer. */
void nm_cp_index_init(nm_cp_index *ix, const char *text, size_t len);
/* Code-point offset of byte offset `byte` (clamped to the text). */
size_t nm_cp_index_at(nm_cp_index *ix, size_t byte);
void nm_cp_index_deinit(nm_cp_index *ix);

#endif
