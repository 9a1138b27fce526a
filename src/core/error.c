/* Status names and error records. */
#include "newsmon.h"

#include <stdio.h>
#include <string.h>

const char *nm_status_str(nm_status status)
{
    switch (status) {
    case NM_OK: return "ok";
    case NM_ERR_NOMEM: return "out of memory";
    case NM_ERR_IO: return "input/output error";
    case NM_ERR_PARSE: return "malformed input";
    case NM_ERR_LIMIT: return "over a limit";
    case NM_ERR_USAGE: return "usage error";
    case NM_ERR_NOT_FOUND: return "not found";
    case NM_ERR_UNSUPPORTED: return "unsupported input";
    case NM_ERR_NO_ARTICLE: return "no article found";
    case NM_ERR_DB: return "store error";
    }
    return "unknown error";
}

void nm_error_clear(nm_error *err)
{
    if (!err)
        return;
    err->code = NM_OK;
    err->offset = NM_NO_OFFSET;
    err->line = 0;
    err->msg[0] = '\0';
}

nm_status nm_error_set(nm_error *err, nm_status code, uint64_t offset,
                       const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    err->offset = offset;
    err->line = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}
