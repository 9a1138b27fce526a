/* Shared helpers of the container readers: member reports and base names. */
#include "readers.h"

#include <stdio.h>
#include <string.h>

void nm_reader_report(const nm_reader_opts *opts, size_t *failed, nm_status code,
                      const char *source, uint64_t offset, long line, const char *fmt, ...)
{
    if (code != NM_ERR_UNSUPPORTED && failed)
        (*failed)++;
    if (!opts || !opts->warn)
        return;
    nm_error e;
    nm_error_clear(&e);
    e.code = code;
    e.offset = offset;
    e.line = line;
    int n = snprintf(e.msg, sizeof e.msg, "%s: ", source);
    if (n < 0 || (size_t)n >= sizeof e.msg)
        n = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.msg + n, sizeof e.msg - (size_t)n, fmt, ap);
    va_end(ap);
    opts->warn(source, &e, opts->user);
}

void nm_reader_base_name(const char *path, char *out, size_t cap)
{
    if (!cap)
        return;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t n = strlen(base);
    /* drop a compression suffix, then one extension */
    static const char *const packed[] = {".gz", ".zst"};
    for (size_t k = 0; k < 2; k++) {
        size_t m = strlen(packed[k]);
        if (n > m && !strcmp(base + n - m, packed[k])) {
            n -= m;
            break;
        }
    }
    for (size_t i = n; i > 1; i--)
        if (base[i - 1] == '.') {
            n = i - 1;
            break;
        }
    if (n >= cap)
        n = cap - 1;
    memcpy(out, base, n);
    out[n] = '\0';
}
