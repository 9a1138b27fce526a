/* Internal: an HTTP/1.x response as stored in a WARC `response` record
 * (RFC 9112 §4 status line, §5 fields, §7.1 chunked coding; RFC 9110
 * §8.3 Content-Type, §8.4 Content-Encoding). */
#ifndef NM_INGEST_HTTP_RESPONSE_H
#define NM_INGEST_HTTP_RESPONSE_H

#include "newsmon.h"

/* Largest HTTP header block (status line + fields). Real servers stay
 * far below; more is taken as a record that is not HTTP. */
#define NM_HTTP_MAX_HEADER ((size_t)256 * 1024)

typedef struct http_response {
    int status;              /* 100..999 */
    char mime[128];          /* Content-Type media type, lower case, or "" */
    char charset[64];        /* charset parameter, or "" */
    bool chunked;            /* Transfer-Encoding ends in chunked */
    char encoding[32];       /* Content-Encoding, lower case, or "" */
    const char *body;        /* points into the block given to parse */
    size_t body_len;
} http_response;

/* Parse the status line and header fields of `block`. Field lines without
 * a colon are ignored; header folding is undone. NM_ERR_PARSE (message in
 * err, offset relative to the block) when there is no status line or no
 * end of the header block. */
nm_status http_response_parse(const char *block, size_t len, http_response *resp,
                              nm_error *err);

/* Parse a Content-Type value into lower-case mime and charset. */
void http_content_type(const char *value, size_t len, char *mime, size_t mime_cap,
                       char *charset, size_t charset_cap);

/* Undo chunked transfer coding into `out`. Chunk sizes that overflow or
 * pass the end are errors; a missing last-chunk is accepted (truncated
 * captures are common) with what was read. */
nm_status http_dechunk(const char *body, size_t len, nm_buf *out, nm_error *err);

/* Undo Content-Encoding gzip / x-gzip / deflate into `out`, writing at
 * most `limit` bytes (NM_ERR_LIMIT beyond: decompression bombs).
 * NM_ERR_UNSUPPORTED for other codings (br, compress...). */
nm_status http_decode(const char *encoding, const char *body, size_t len, size_t limit,
                      nm_buf *out, nm_error *err);

#endif
