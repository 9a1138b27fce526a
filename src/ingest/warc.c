/* WARC 1.0/1.1 reader (ISO 28500; WARC 1.1 §4 file and record format, §5
 * named fields, §6 record types). One record at a time comes out of the
 * decoding stream (warc_stream.c); `response` records carrying a 2xx HTML
 * or text HTTP response and `resource` records of an HTML or text type
 * become documents. warcinfo, request, metadata, revisit, conversion and
 * continuation records are not articles and are passed over silently. */
#include "http_response.h"
#include "readers.h"
#include "warc_stream.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Largest record content block turned into a document. Bigger records are
 * skipped (decoded through, never held) with a report naming the offset;
 * news pages are a few hundred KiB. Also bounds an HTTP body after
 * Content-Encoding is undone (decompression bombs). */
#define NM_WARC_MAX_RECORD ((uint64_t)64 * 1024 * 1024)

/* Largest WARC header block (version line + named fields). */
#define NM_WARC_MAX_HEADER ((size_t)1024 * 1024)

/* How much of an oversized record is looked at to tell whether it would
 * have been an article (and so deserves a report) or not (an image...). */
#define NM_WARC_PEEK ((size_t)64 * 1024)

/* Offsets of the named fields the reader uses, relative to the record. */
typedef struct span {
    size_t off, len;
} span;

typedef struct warc_header {
    size_t len;        /* header block bytes, blank line included */
    span type, id, uri, date, content_type;
    bool has_length, has_segment;
    uint64_t length;   /* Content-Length */
} warc_header;

typedef struct warc_reader {
    const char *source;
    const nm_reader_opts *opts;
    nm_doc_fn fn;
    void *user;
    size_t *failed;
    warc_stream s;
    char base[256];     /* base name, for ids of records without one */
    nm_buf body;        /* de-chunked / decoded HTTP body */
    nm_buf scratch;
    nm_buf strings;     /* id, url, date, source of the current record */
    uint64_t rec_offset;/* where the current record is, for messages */
    uint64_t rec_inner;
    bool stop;
} warc_reader;

static void where(warc_reader *r)
{
    warc_stream_where(&r->s, &r->rec_offset, &r->rec_inner);
}

/* "record" (the report's offset says where), or inside one big compressed
 * member "record at uncompressed byte N of the member at byte M". */
static const char *record_place(const warc_reader *r, char *out, size_t cap)
{
    if (r->rec_inner == 0)
        snprintf(out, cap, "record");
    else
        snprintf(out, cap, "record at uncompressed byte %llu of the member at byte %llu",
                 (unsigned long long)r->rec_inner, (unsigned long long)r->rec_offset);
    return out;
}

static void stream_failure(warc_reader *r)
{
    nm_reader_report(r->opts, r->failed, NM_ERR_PARSE, r->source, r->s.error_offset,
                     0, "%s; records before it are kept", r->s.error);
}

/* Match `name` (case-insensitive, WARC 1.1 §4: field names are
 * case-insensitive) against the field at line[0..n). */
static bool field_is(const char *line, size_t n, const char *name)
{
    size_t m = strlen(name);
    return n == m && strncasecmp(line, name, m) == 0;
}

static bool parse_length(const char *v, size_t n, uint64_t *out)
{
    if (n == 0 || n > 19)
        return false;
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)v[i]))
            return false;
        x = x * 10 + (uint64_t)(v[i] - '0');
    }
    *out = x;
    return true;
}

/* WARC 1.1 §4: version line, then named fields "Name: value" CRLF, then
 * an empty line. LF-only lines are tolerated; lines without a colon and
 * folded continuation lines are ignored. */
static void parse_header(const char *rec, size_t hdr_len, warc_header *h)
{
    const char *end = rec + hdr_len;
    const char *line = memchr(rec, '\n', hdr_len);
    line = line ? line + 1 : end;
    while (line < end) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        if (n && line[n - 1] == '\r')
            n--;
        const char *colon = n && line[0] != ' ' && line[0] != '\t' ? memchr(line, ':', n) : NULL;
        if (colon) {
            size_t nlen = (size_t)(colon - line);
            while (nlen && (line[nlen - 1] == ' ' || line[nlen - 1] == '\t'))
                nlen--;
            const char *v = colon + 1;
            const char *vend = line + n;
            while (v < vend && (*v == ' ' || *v == '\t'))
                v++;
            while (vend > v && (vend[-1] == ' ' || vend[-1] == '\t'))
                vend--;
            span sp = {(size_t)(v - rec), (size_t)(vend - v)};
            if (field_is(line, nlen, "WARC-Type"))
                h->type = sp;
            else if (field_is(line, nlen, "WARC-Record-ID"))
                h->id = sp;
            else if (field_is(line, nlen, "WARC-Target-URI"))
                h->uri = sp;
            else if (field_is(line, nlen, "WARC-Date"))
                h->date = sp;
            else if (field_is(line, nlen, "Content-Type"))
                h->content_type = sp;
            else if (field_is(line, nlen, "WARC-Segment-Number"))
                h->has_segment = true;
            else if (field_is(line, nlen, "Content-Length"))
                h->has_length = parse_length(v, (size_t)(vend - v), &h->length);
        }
        line = nl ? nl + 1 : end;
    }
}

static bool span_is(const char *rec, span sp, const char *s)
{
    return sp.len == strlen(s) && strncasecmp(rec + sp.off, s, sp.len) == 0;
}

/* Where the header block ends ("\r\n\r\n", or "\n\n"), 0 if not yet. */
static size_t header_end(const char *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] != '\n')
            continue;
        if (p[i + 1] == '\n')
            return i + 2;
        if (i + 2 < n && p[i + 1] == '\r' && p[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

/* What a media type becomes: HTML, text, sniffed (no type), or nothing. */
static bool classify_mime(const char *mime, nm_content_kind *kind)
{
    if (!strcmp(mime, "text/html") || !strcmp(mime, "application/xhtml+xml"))
        *kind = NM_AS_HTML;
    else if (!strcmp(mime, "text/plain"))
        *kind = NM_AS_TEXT;
    else if (!mime[0])
        *kind = NM_AS_AUTO;
    else
        return false;
    return true;
}

/* Copy the record's strings into r->strings and point the doc at them. */
static bool fill_strings(warc_reader *r, const char *rec, const warc_header *h, nm_doc *doc)
{
    nm_buf *b = &r->strings;
    nm_buf_reset(b);
    size_t id_at = b->len;
    const char *id = rec + h->id.off;
    size_t id_len = h->id.len;
    if (id_len >= 2 && id[0] == '<' && id[id_len - 1] == '>') {
        id++;
        id_len -= 2;
    }
    bool ok = id_len ? nm_buf_append(b, id, id_len)
                     : nm_buf_printf(b, "%s#%llu", r->base, (unsigned long long)r->rec_offset);
    ok = ok && nm_buf_putc(b, '\0');
    size_t src_at = b->len;
    ok = ok && (r->rec_inner
                    ? nm_buf_printf(b, "%s#%llu+%llu", r->source,
                                    (unsigned long long)r->rec_offset,
                                    (unsigned long long)r->rec_inner)
                    : nm_buf_printf(b, "%s#%llu", r->source, (unsigned long long)r->rec_offset));
    ok = ok && nm_buf_putc(b, '\0');
    size_t uri_at = b->len;
    /* WARC 1.0 examples wrote the target URI in angle brackets */
    const char *uri = rec + h->uri.off;
    size_t uri_len = h->uri.len;
    if (uri_len >= 2 && uri[0] == '<' && uri[uri_len - 1] == '>') {
        uri++;
        uri_len -= 2;
    }
    ok = ok && nm_buf_append(b, uri, uri_len) && nm_buf_putc(b, '\0');
    size_t date_at = b->len;
    ok = ok && nm_buf_append(b, rec + h->date.off, h->date.len) && nm_buf_putc(b, '\0');
    if (!ok)
        return false;
    doc->id = b->data + id_at;
    doc->source = b->data + src_at;
    doc->url = uri_len ? b->data + uri_at : NULL;
    doc->date = h->date.len ? b->data + date_at : NULL;
    return true;
}

/* A `response` record: the block is an HTTP response (WARC 1.1 §6.3). */
static nm_status http_payload(warc_reader *r, const char *block, size_t len, nm_doc *doc,
                              char *charset, size_t charset_cap, bool *skip)
{
    char place[128];
    http_response resp;
    nm_error e;
    nm_error_clear(&e);
    *skip = true;
    if (http_response_parse(block, len, &resp, &e) != NM_OK) {
        nm_reader_report(r->opts, r->failed, NM_ERR_PARSE, r->source, r->rec_offset, 0,
                         "%s: %s", record_place(r, place, sizeof place), e.msg);
        return NM_OK;
    }
    if (resp.status < 200 || resp.status > 299 || !classify_mime(resp.mime, &doc->kind))
        return NM_OK; /* redirects, errors, images, scripts: not articles */
    const char *body = resp.body;
    size_t body_len = resp.body_len;
    if (resp.chunked) {
        nm_buf_reset(&r->scratch);
        nm_status st = http_dechunk(body, body_len, &r->scratch, &e);
        if (st == NM_ERR_NOMEM)
            return st;
        /* Some crawlers store the body de-chunked but keep the header:
         * a body that is not chunked at all is taken as it is. */
        if (st == NM_OK || r->scratch.len > 0) {
            body = r->scratch.data ? r->scratch.data : "";
            body_len = r->scratch.len;
        }
    }
    if (resp.encoding[0]) {
        nm_buf_reset(&r->body);
        nm_status st = http_decode(resp.encoding, body, body_len, NM_WARC_MAX_RECORD, &r->body, &e);
        if (st == NM_ERR_NOMEM)
            return st;
        if (st != NM_OK) {
            nm_reader_report(r->opts, r->failed, st, r->source, r->rec_offset, 0, "%s: %s",
                             record_place(r, place, sizeof place), e.msg);
            return NM_OK;
        }
        body = r->body.data ? r->body.data : "";
        body_len = r->body.len;
    }
    if (doc->kind == NM_AS_AUTO && nm_looks_binary(body, body_len))
        return NM_OK;
    snprintf(charset, charset_cap, "%s", resp.charset);
    doc->data = body;
    doc->len = body_len;
    *skip = body_len == 0;
    return NM_OK;
}

/* One complete record rec[0 .. h->len + h->length). */
static nm_status handle_record(warc_reader *r, const char *rec, const warc_header *h)
{
    const char *block = rec + h->len;
    size_t len = (size_t)h->length;
    nm_doc doc = {0};
    char mime[128], charset[64];
    http_content_type(rec + h->content_type.off, h->content_type.len, mime, sizeof mime,
                      charset, sizeof charset);
    if (span_is(rec, h->type, "response")) {
        /* application/http; msgtype=response, or untyped HTTP */
        if (mime[0] ? strcmp(mime, "application/http") != 0 : (len < 5 || memcmp(block, "HTTP/", 5)))
            return NM_OK;
        bool skip;
        nm_status st = http_payload(r, block, len, &doc, charset, sizeof charset, &skip);
        if (st != NM_OK || skip)
            return st;
    } else if (span_is(rec, h->type, "resource")) {
        /* WARC 1.1 §6.4: the block is the resource itself */
        if (!classify_mime(mime, &doc.kind) || len == 0)
            return NM_OK;
        if (doc.kind == NM_AS_AUTO && nm_looks_binary(block, len))
            return NM_OK;
        doc.data = block;
        doc.len = len;
    } else {
        return NM_OK;
    }
    if (!fill_strings(r, rec, h, &doc))
        return NM_ERR_NOMEM;
    doc.charset = charset[0] ? charset : NULL;
    doc.offset = r->rec_inner ? r->s.pos : r->rec_offset;
    if (!r->fn(&doc, r->user))
        r->stop = true;
    return NM_OK;
}

/* Would this oversized record have been an article? Looks at its start. */
static bool oversized_is_article(warc_reader *r, const warc_header *h)
{
    if (warc_stream_fill(&r->s, h->len + NM_WARC_PEEK) == WARC_FILL_NOMEM)
        return true;
    const char *rec = warc_stream_data(&r->s);
    size_t have = warc_stream_avail(&r->s);
    size_t peek = have > h->len ? have - h->len : 0;
    char mime[128], charset[64];
    nm_content_kind kind;
    http_content_type(rec + h->content_type.off, h->content_type.len, mime, sizeof mime,
                      charset, sizeof charset);
    if (span_is(rec, h->type, "resource"))
        return classify_mime(mime, &kind);
    if (!span_is(rec, h->type, "response"))
        return false;
    http_response resp;
    if (http_response_parse(rec + h->len, peek, &resp, NULL) != NM_OK)
        return true;
    return resp.status >= 200 && resp.status <= 299 && classify_mime(resp.mime, &kind);
}

/* Drop the CRLF CRLF that ends a record (WARC 1.1 §4); tolerant of
 * writers that put fewer or LF only. */
static void skip_record_end(warc_reader *r)
{
    for (int i = 0; i < 4; i++) {
        if (warc_stream_fill(&r->s, 1) != WARC_FILL_OK)
            return;
        char c = warc_stream_data(&r->s)[0];
        if (c != '\r' && c != '\n')
            return;
        warc_stream_consume(&r->s, 1);
    }
}

/* After garbage: go to the next line that starts "WARC/" (a record).
 * Inside a compressed member, give up on the member after
 * NM_WARC_MAX_RECORD bytes without one and go to the next member, so a
 * member inflating to gigabytes of junk is not decoded to its end. */
static warc_fill resync(warc_reader *r)
{
    static const char mark[] = "\nWARC/";
    warc_stream_consume(&r->s, 1);
    uint64_t scanned = 0;
    for (;;) {
        if (scanned > NM_WARC_MAX_RECORD && r->s.codec != WARC_PLAIN) {
            warc_stream_skip_member(&r->s);
            return WARC_FILL_OK;
        }
        warc_fill f = warc_stream_fill(&r->s, NM_WARC_STREAM_CHUNK);
        size_t n = warc_stream_avail(&r->s);
        const char *p = warc_stream_data(&r->s);
        const char *hit = n ? memmem(p, n, mark, sizeof mark - 1) : NULL;
        if (hit) {
            warc_stream_consume(&r->s, (size_t)(hit - p) + 1);
            return WARC_FILL_OK;
        }
        if (f != WARC_FILL_OK) {
            warc_stream_consume(&r->s, n);
            return f;
        }
        warc_stream_consume(&r->s, n - (sizeof mark - 2));
        scanned += n - (sizeof mark - 2);
    }
}

/* Fill until the header block is complete; 0 when it cannot be. */
static warc_fill read_header(warc_reader *r, size_t *hdr_len)
{
    size_t scanned = 0;
    for (;;) {
        size_t n = warc_stream_avail(&r->s);
        if (n > NM_WARC_MAX_HEADER)
            n = NM_WARC_MAX_HEADER; /* plain input: the window is the whole rest */
        size_t from = scanned > 3 ? scanned - 3 : 0;
        size_t end = header_end(warc_stream_data(&r->s) + from, n - from);
        if (end) {
            *hdr_len = from + end;
            return WARC_FILL_OK;
        }
        scanned = n;
        if (n >= NM_WARC_MAX_HEADER)
            return WARC_FILL_EOF;
        size_t want = n + 4096 < NM_WARC_MAX_HEADER ? n + 4096 : NM_WARC_MAX_HEADER;
        warc_fill f = warc_stream_fill(&r->s, want);
        if (f != WARC_FILL_OK && warc_stream_avail(&r->s) == n)
            return f;
    }
}

static nm_status read_records(warc_reader *r)
{
    char place[128];
    while (!r->stop) {
        /* blank lines between records are tolerated */
        warc_fill f;
        while ((f = warc_stream_fill(&r->s, 1)) == WARC_FILL_OK &&
               (warc_stream_data(&r->s)[0] == '\r' || warc_stream_data(&r->s)[0] == '\n'))
            warc_stream_consume(&r->s, 1);
        if (f == WARC_FILL_NOMEM)
            return NM_ERR_NOMEM;
        if (f == WARC_FILL_ERROR) {
            stream_failure(r);
            if (!warc_stream_recover(&r->s))
                break;
            continue;
        }
        if (f == WARC_FILL_EOF)
            break;
        where(r);
        size_t hdr_len = 0;
        f = read_header(r, &hdr_len);
        if (f == WARC_FILL_NOMEM)
            return NM_ERR_NOMEM;
        const char *rec = warc_stream_data(&r->s);
        size_t have = warc_stream_avail(&r->s);
        if (have < 5 || memcmp(rec, "WARC/", 5) != 0) {
            nm_reader_report(r->opts, r->failed, NM_ERR_PARSE, r->source, r->rec_offset, 0,
                             "no WARC record (\"WARC/\" version line) where a %s should start",
                             record_place(r, place, sizeof place));
            f = resync(r);
            if (f == WARC_FILL_NOMEM)
                return NM_ERR_NOMEM;
            if (f == WARC_FILL_ERROR) {
                stream_failure(r);
                if (!warc_stream_recover(&r->s))
                    break;
            }
            continue;
        }
        if (f == WARC_FILL_ERROR) {
            stream_failure(r);
            if (!warc_stream_recover(&r->s))
                break;
            continue;
        }
        if (f == WARC_FILL_EOF) {
            nm_reader_report(r->opts, r->failed, NM_ERR_PARSE, r->source, r->rec_offset, 0,
                             have >= NM_WARC_MAX_HEADER
                                 ? "%s header block over the 1 MiB limit"
                                 : "%s truncated inside its header",
                             record_place(r, place, sizeof place));
            if (have < NM_WARC_MAX_HEADER)
                break;
            if (resync(r) == WARC_FILL_NOMEM)
                return NM_ERR_NOMEM;
            continue;
        }
        warc_header h;
        memset(&h, 0, sizeof h);
        h.len = hdr_len;
        parse_header(rec, hdr_len, &h);
        if (!h.has_length) {
            nm_reader_report(r->opts, r->failed, NM_ERR_PARSE, r->source, r->rec_offset, 0,
                             "%s without a valid Content-Length",
                             record_place(r, place, sizeof place));
            if (resync(r) == WARC_FILL_NOMEM)
                return NM_ERR_NOMEM;
            continue;
        }
        if (h.length > NM_WARC_MAX_RECORD || h.has_segment) {
            if (h.has_segment)
                nm_reader_report(r->opts, r->failed, NM_ERR_UNSUPPORTED, r->source,
                                 r->rec_offset, 0, "%s is a segment; segmented records are not read",
                                 record_place(r, place, sizeof place));
            else if (oversized_is_article(r, &h))
                nm_reader_report(r->opts, r->failed, NM_ERR_LIMIT, r->source, r->rec_offset, 0,
                                 "%s of %llu bytes, over the %llu MiB record limit, skipped",
                                 record_place(r, place, sizeof place),
                                 (unsigned long long)h.length,
                                 (unsigned long long)(NM_WARC_MAX_RECORD >> 20));
            warc_stream_consume(&r->s, hdr_len);
            f = warc_stream_skip(&r->s, h.length);
        } else {
            f = warc_stream_fill(&r->s, hdr_len + (size_t)h.length);
            if (f == WARC_FILL_OK) {
                nm_status st = handle_record(r, warc_stream_data(&r->s), &h);
                if (st != NM_OK)
                    return st;
                warc_stream_consume(&r->s, hdr_len + (size_t)h.length);
            }
        }
        if (f == WARC_FILL_NOMEM)
            return NM_ERR_NOMEM;
        if (f == WARC_FILL_EOF) {
            nm_reader_report(r->opts, r->failed, NM_ERR_PARSE, r->source, r->rec_offset, 0,
                             "%s truncated (Content-Length %llu, the input ends first)",
                             record_place(r, place, sizeof place),
                             (unsigned long long)h.length);
            break;
        }
        if (f == WARC_FILL_ERROR) {
            stream_failure(r);
            if (!warc_stream_recover(&r->s))
                break;
            continue;
        }
        skip_record_end(r);
    }
    return NM_OK;
}

nm_status nm_read_warc(const char *source, const char *data, size_t len,
                       const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                       size_t *failed, nm_error *err)
{
    warc_reader r;
    memset(&r, 0, sizeof r);
    r.source = source;
    r.opts = opts;
    r.fn = fn;
    r.user = user;
    r.failed = failed;
    nm_reader_base_name(source, r.base, sizeof r.base);
    nm_buf_init(&r.body);
    nm_buf_init(&r.scratch);
    nm_buf_init(&r.strings);
    nm_status st = NM_OK;
    if (!warc_stream_init(&r.s, data, len)) {
        if (r.s.error[0])
            nm_reader_report(opts, failed, NM_ERR_PARSE, source, 0, 0, "%s", r.s.error);
        else
            st = nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", source);
    } else {
        st = read_records(&r);
        if (st == NM_ERR_NOMEM)
            nm_error_set(err, st, r.rec_offset, "%s: out of memory", source);
    }
    warc_stream_deinit(&r.s);
    nm_buf_deinit(&r.body);
    nm_buf_deinit(&r.scratch);
    nm_buf_deinit(&r.strings);
    return st;
}
