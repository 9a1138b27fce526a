/* Growable, always NUL-terminated byte buffer. */
#include "newsmon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nm_buf_init(nm_buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void nm_buf_deinit(nm_buf *b)
{
    free(b->data);
    nm_buf_init(b);
}

void nm_buf_reset(nm_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

bool nm_buf_reserve(nm_buf *b, size_t extra)
{
    if (extra >= SIZE_MAX - b->len - 1)
        return false;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p)
        return false;
    b->data = p;
    b->cap = cap;
    return true;
}

bool nm_buf_append(nm_buf *b, const void *data, size_t len)
{
    if (!nm_buf_reserve(b, len))
        return false;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return true;
}

bool nm_buf_puts(nm_buf *b, const char *s)
{
    return nm_buf_append(b, s, strlen(s));
}

bool nm_buf_putc(nm_buf *b, char c)
{
    return nm_buf_append(b, &c, 1);
}

bool nm_buf_vprintf(nm_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || !nm_buf_reserve(b, (size_t)n))
        return false;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return true;
}

bool nm_buf_printf(nm_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool ok = nm_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return ok;
}

char *nm_buf_detach(nm_buf *b, size_t *len_out)
{
    if (!b->data && !nm_buf_reserve(b, 0))
        return NULL;
    char *p = b->data;
    if (len_out)
        *len_out = b->len;
    nm_buf_init(b);
    return p;
}
