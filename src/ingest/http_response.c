/* HTTP/1.x responses inside WARC records: status, the few header fields
 * the pipeline needs, chunked transfer coding and gzip/deflate content
 * coding. Everything is bounds-checked: the bytes come from the web. */
#include "http_response.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

static const char *find_header_end(const char *p, size_t len, size_t *body)
{
    size_t lim = len < NM_HTTP_MAX_HEADER ? len : NM_HTTP_MAX_HEADER;
    for (size_t i = 0; i < lim; i++) {
        if (p[i] != '\n')
            continue;
        if (i + 1 < len && p[i + 1] == '\n') {
            *body = i + 2;
            return p + i + 1;
        }
        if (i + 2 < len && p[i + 1] == '\r' && p[i + 2] == '\n') {
            *body = i + 3;
            return p + i + 1;
        }
    }
    return NULL;
}

static size_t trim(const char **s, size_t n)
{
    while (n && (**s == ' ' || **s == '\t')) {
        (*s)++;
        n--;
    }
    while (n && ((*s)[n - 1] == ' ' || (*s)[n - 1] == '\t' || (*s)[n - 1] == '\r'))
        n--;
    return n;
}

static void copy_lower(char *dst, size_t cap, const char *s, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    for (size_t i = 0; i < n; i++)
        dst[i] = (char)tolower((unsigned char)s[i]);
    dst[n] = '\0';
}

void http_content_type(const char *value, size_t len, char *mime, size_t mime_cap,
                       char *charset, size_t charset_cap)
{
    mime[0] = charset[0] = '\0';
    const char *semi = memchr(value, ';', len);
    const char *m = value;
    size_t mlen = trim(&m, semi ? (size_t)(semi - value) : len);
    copy_lower(mime, mime_cap, m, mlen);
    /* parameters: ; name=value or ; name="value" (RFC 9110 §5.6.6) */
    while (semi) {
        const char *p = semi + 1;
        size_t rest = len - (size_t)(p - value);
        semi = memchr(p, ';', rest);
        size_t plen = trim(&p, semi ? (size_t)(semi - p) : rest);
        const char *eq = memchr(p, '=', plen);
        if (!eq)
            continue;
        const char *name = p;
        size_t nlen = trim(&name, (size_t)(eq - p));
        if (nlen != 7 || strncasecmp(name, "charset", 7) != 0)
            continue;
        const char *v = eq + 1;
        size_t vlen = trim(&v, plen - (size_t)(v - p));
        if (vlen >= 2 && v[0] == '"') {
            v++;
            vlen--;
            const char *q = memchr(v, '"', vlen);
            if (q)
                vlen = (size_t)(q - v);
        }
        copy_lower(charset, charset_cap, v, vlen);
    }
}

/* The last coding of a comma-separated list, lower case. */
static void last_coding(const char *s, size_t n, char *out, size_t cap)
{
    const char *comma = NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',')
            comma = s + i;
    const char *v = comma ? comma + 1 : s;
    size_t vlen = trim(&v, n - (size_t)(v - s));
    copy_lower(out, cap, v, vlen);
}

typedef struct field_acc {
    char value[512];
    size_t len;
} field_acc;

static void acc_put(field_acc *f, const char *s, size_t n, bool append)
{
    if (!append)
        f->len = 0;
    else if (f->len < sizeof f->value - 1)
        f->value[f->len++] = ' ';
    size_t room = sizeof f->value - 1 - f->len;
    if (n > room)
        n = room;
    memcpy(f->value + f->len, s, n);
    f->len += n;
    f->value[f->len] = '\0';
}

nm_status http_response_parse(const char *block, size_t len, http_response *resp,
                              nm_error *err)
{
    memset(resp, 0, sizeof *resp);
    /* status-line = HTTP-version SP status-code SP [ reason ] (RFC 9112 §4);
     * "HTTP/2 200" from some crawlers is accepted too. */
    if (len < 12 || memcmp(block, "HTTP/", 5) != 0)
        return nm_error_set(err, NM_ERR_PARSE, 0, "no HTTP status line");
    size_t i = 5;
    while (i < len && i < 16 && block[i] != ' ')
        i++;
    while (i < len && block[i] == ' ')
        i++;
    if (i + 3 > len || !isdigit((unsigned char)block[i]) ||
        !isdigit((unsigned char)block[i + 1]) || !isdigit((unsigned char)block[i + 2]) ||
        (i + 3 < len && !strchr(" \r\n", block[i + 3])))
        return nm_error_set(err, NM_ERR_PARSE, i, "bad HTTP status code");
    resp->status = (block[i] - '0') * 100 + (block[i + 1] - '0') * 10 + (block[i + 2] - '0');

    size_t body = len;
    const char *end = find_header_end(block, len, &body);
    if (!end) {
        if (len > NM_HTTP_MAX_HEADER)
            return nm_error_set(err, NM_ERR_PARSE, 0,
                                "HTTP header block longer than %zu KiB",
                                NM_HTTP_MAX_HEADER >> 10);
        end = block + len; /* headers only, no body */
    }
    resp->body = block + body;
    resp->body_len = len - body;

    field_acc ct = {{0}, 0}, te = {{0}, 0}, ce = {{0}, 0};
    field_acc *last = NULL;
    const char *line = memchr(block, '\n', (size_t)(end - block));
    line = line ? line + 1 : end;
    while (line < end) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        if (n && (line[0] == ' ' || line[0] == '\t')) {
            /* obsolete line folding (RFC 9112 §5.2): continue the field */
            const char *v = line;
            size_t vlen = trim(&v, n);
            if (last)
                acc_put(last, v, vlen, true);
        } else {
            const char *colon = memchr(line, ':', n);
            last = NULL;
            if (colon) { /* lines without a colon are ignored */
                const char *name = line;
                size_t nlen = trim(&name, (size_t)(colon - line));
                const char *v = colon + 1;
                size_t vlen = trim(&v, n - (size_t)(v - line));
                if (nlen == 12 && !strncasecmp(name, "Content-Type", 12))
                    last = &ct;
                else if (nlen == 17 && !strncasecmp(name, "Transfer-Encoding", 17))
                    last = &te;
                else if (nlen == 16 && !strncasecmp(name, "Content-Encoding", 16))
                    last = &ce;
                if (last)
                    acc_put(last, v, vlen, false);
            }
        }
        line = nl ? nl + 1 : end;
    }
    http_content_type(ct.value, ct.len, resp->mime, sizeof resp->mime, resp->charset,
                      sizeof resp->charset);
    char coding[32];
    last_coding(te.value, te.len, coding, sizeof coding);
    resp->chunked = !strcmp(coding, "chunked");
    last_coding(ce.value, ce.len, resp->encoding, sizeof resp->encoding);
    if (!strcmp(resp->encoding, "identity"))
        resp->encoding[0] = '\0';
    return NM_OK;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)tolower((unsigned char)c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

nm_status http_dechunk(const char *body, size_t len, nm_buf *out, nm_error *err)
{
    size_t i = 0;
    for (;;) {
        /* chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF (RFC 9112 §7.1) */
        size_t start = i, size = 0;
        while (i < len && hexval(body[i]) >= 0) {
            if (size > (SIZE_MAX >> 4))
                return nm_error_set(err, NM_ERR_PARSE, start, "chunk size overflows");
            size = size << 4 | (size_t)hexval(body[i]);
            i++;
        }
        if (i == start) {
            if (i >= len) /* no last-chunk: a truncated capture, keep it */
                return NM_OK;
            return nm_error_set(err, NM_ERR_PARSE, start, "bad chunk size");
        }
        const char *nl = memchr(body + i, '\n', len - i);
        if (!nl)
            return NM_OK;
        i = (size_t)(nl - body) + 1;
        if (size == 0)
            return NM_OK; /* last-chunk; trailer fields are ignored */
        if (size > len - i)
            size = len - i; /* cut short by the capture */
        if (!nm_buf_append(out, body + i, size))
            return nm_error_set(err, NM_ERR_NOMEM, start, "out of memory");
        i += size;
        if (i < len && body[i] == '\r')
            i++;
        if (i < len && body[i] == '\n')
            i++;
        if (i >= len)
            return NM_OK;
    }
}

static nm_status inflate_into(int window_bits, const char *body, size_t len, size_t limit,
                              nm_buf *out, nm_error *err)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, window_bits) != Z_OK)
        return nm_error_set(err, NM_ERR_NOMEM, 0, "out of memory");
    z.next_in = (unsigned char *)(uintptr_t)body;
    z.avail_in = len > UINT_MAX ? UINT_MAX : (unsigned)len;
    nm_status st = NM_OK;
    for (;;) {
        if (out->len >= limit) {
            st = nm_error_set(err, NM_ERR_LIMIT, 0,
                              "%s body inflates past the %zu MiB record limit",
                              window_bits < 0 ? "deflate" : "gzip", limit >> 20);
            break;
        }
        size_t room = limit - out->len;
        if (room > 65536)
            room = 65536;
        if (!nm_buf_reserve(out, room)) {
            st = nm_error_set(err, NM_ERR_NOMEM, 0, "out of memory");
            break;
        }
        z.next_out = (unsigned char *)out->data + out->len;
        z.avail_out = (unsigned)room;
        int r = inflate(&z, Z_NO_FLUSH);
        out->len += room - z.avail_out;
        out->data[out->len] = '\0';
        if (r == Z_STREAM_END)
            break;
        if (r == Z_BUF_ERROR && z.avail_in == 0)
            break; /* truncated body: keep what inflated */
        if (r != Z_OK && r != Z_BUF_ERROR) {
            st = nm_error_set(err, NM_ERR_PARSE, z.total_in, "corrupt %s body: %s",
                              window_bits < 0 ? "deflate" : "gzip",
                              z.msg ? z.msg : "bad data");
            break;
        }
    }
    inflateEnd(&z);
    return st;
}

nm_status http_decode(const char *encoding, const char *body, size_t len, size_t limit,
                      nm_buf *out, nm_error *err)
{
    if (!strcmp(encoding, "gzip") || !strcmp(encoding, "x-gzip"))
        return inflate_into(15 + 32, body, len, limit, out, err);
    if (!strcmp(encoding, "deflate")) {
        /* "deflate" means zlib (RFC 9110 §8.4.1.2) but servers send raw
         * deflate too: try zlib first. */
        nm_status st = inflate_into(15 + 32, body, len, limit, out, err);
        if (st != NM_ERR_PARSE || out->len > 0)
            return st;
        nm_buf_reset(out);
        return inflate_into(-15, body, len, limit, out, err);
    }
    return nm_error_set(err, NM_ERR_UNSUPPORTED, 0, "Content-Encoding '%s' not supported",
                        encoding);
}
