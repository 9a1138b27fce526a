/* Byte → code-point offsets (see cp_index.h). */
#include "cp_index.h"

#include "newsmon.h"

#include <stdlib.h>
#include <string.h>

void nm_cp_index_init(nm_cp_index *ix, const char *text, size_t len)
{
    memset(ix, 0, sizeof *ix);
    ix->text = text;
    ix->len = len;
    size_t n = len / NM_CP_STRIDE + 1;
    ix->marks = malloc(n * sizeof *ix->marks);
    if (!ix->marks)
        return;
    ix->marks[0] = 0;
    for (size_t k = 1; k < n; k++)
        ix->marks[k] = ix->marks[k - 1] +
                       nm_utf8_count(text + (k - 1) * NM_CP_STRIDE, NM_CP_STRIDE);
}

size_t nm_cp_index_at(nm_cp_index *ix, size_t byte)
{
    if (byte > ix->len)
        byte = ix->len;
    if (ix->marks) {
        size_t k = byte / NM_CP_STRIDE;
        return ix->marks[k] + nm_utf8_count(ix->text + k * NM_CP_STRIDE, byte - k * NM_CP_STRIDE);
    }
    if (byte < ix->byte)
        ix->cp -= nm_utf8_count(ix->text + byte, ix->byte - byte);
    else
        ix->cp += nm_utf8_count(ix->text + ix->byte, byte - ix->byte);
    ix->byte = byte;
    return ix->cp;
}

void nm_cp_index_deinit(nm_cp_index *ix)
{
    free(ix->marks);
    ix->marks = NULL;
}
