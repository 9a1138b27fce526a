/* Container detection and placeholder readers (WARC, JSON lines, feeds). */
#include "readers.h"

#include <string.h>
#include <strings.h>

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

nm_container nm_container_detect(const char *name, const char *data, size_t len)
{
    if (ends_with(name, ".warc") || ends_with(name, ".warc.gz") || ends_with(name, ".warc.zst"))
        return NM_CONTAINER_WARC;
    if (len >= 5 && !memcmp(data, "WARC/", 5))
        return NM_CONTAINER_WARC;
    if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson"))
        return NM_CONTAINER_JSONL;
    if (ends_with(name, ".rss") || ends_with(name, ".atom"))
        return NM_CONTAINER_FEED;
    return NM_CONTAINER_PLAIN;
}

nm_status nm_read_warc(const char *source, const char *data, size_t len,
                       const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                       size_t *failed, nm_error *err)
{
    (void)data; (void)len; (void)opts; (void)fn; (void)user; (void)failed;
    return nm_error_set(err, NM_ERR_UNSUPPORTED, NM_NO_OFFSET, "%s: WARC not supported yet", source);
}

nm_status nm_read_jsonl(const char *source, const char *data, size_t len,
                        const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                        size_t *failed, nm_error *err)
{
    (void)data; (void)len; (void)opts; (void)fn; (void)user; (void)failed;
    return nm_error_set(err, NM_ERR_UNSUPPORTED, NM_NO_OFFSET, "%s: JSON lines not supported yet", source);
}

nm_status nm_read_feed(const char *source, const char *data, size_t len,
                       const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                       size_t *failed, nm_error *err)
{
    (void)data; (void)len; (void)opts; (void)fn; (void)user; (void)failed;
    return nm_error_set(err, NM_ERR_UNSUPPORTED, NM_NO_OFFSET, "%s: feeds not supported yet", source);
}
