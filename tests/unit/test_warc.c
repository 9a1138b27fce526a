/* WARC reader: records, HTTP responses, gzip/zstd containers, damage. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "ingest/http_response.h"
#include "ingest/readers.h"

/* ---- collecting what a reader hands out ---- */

#include "reader_capture.h"

static nm_status read_warc(const char *name, const void *data, size_t len, got *g,
                           size_t *failed)
{
    memset(g, 0, sizeof *g);
    *failed = 0;
    nm_reader_opts opts = {NM_AS_AUTO, on_warn, g};
    nm_error err;
    nm_error_clear(&err);
    return nm_read_warc(name, data, len, &opts, on_doc, g, failed, &err);
}

/* ---- building archives ---- */

static void record(nm_buf *out, const char *type, const char *id, const char *uri,
                   const char *ctype, const char *block, size_t block_len)
{
    nm_buf_printf(out, "WARC/1.1\r\nWARC-Type: %s\r\n", type);
    if (id)
        nm_buf_printf(out, "WARC-Record-ID: <%s>\r\n", id);
    nm_buf_puts(out, "WARC-Date: 2024-03-01T10:00:00Z\r\n");
    if (uri)
        nm_buf_printf(out, "WARC-Target-URI: %s\r\n", uri);
    if (ctype)
        nm_buf_printf(out, "Content-Type: %s\r\n", ctype);
    nm_buf_printf(out, "Content-Length: %zu\r\n\r\n", block_len);
    nm_buf_append(out, block, block_len);
    nm_buf_puts(out, "\r\n\r\n");
}

static void http_record(nm_buf *out, const char *id, const char *uri, const char *http)
{
    record(out, "response", id, uri, "application/http; msgtype=response", http, strlen(http));
}

static size_t gzip_member(nm_buf *out, const char *data, size_t len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t bound = deflateBound(&z, len) + 32;
    nm_buf_reserve(out, bound);
    z.next_in = (unsigned char *)(uintptr_t)data;
    z.avail_in = (unsigned)len;
    z.next_out = (unsigned char *)out->data + out->len;
    z.avail_out = (unsigned)bound;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t n = bound - z.avail_out;
    out->len += n;
    deflateEnd(&z);
    return n;
}

static const char *gzipped_body(size_t *len)
{
    static char out[256];
    const char *page = "<html><body><p>Compressed body paragraph.</p></body></html>";
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)(uintptr_t)page;
    z.avail_in = (unsigned)strlen(page);
    z.next_out = (unsigned char *)out;
    z.avail_out = sizeof out;
    deflate(&z, Z_FINISH);
    *len = sizeof out - z.avail_out;
    deflateEnd(&z);
    return out;
}

/* The sample archive, record by record: warcinfo, a plain 200 HTML
 * response, a chunked + gzip one, a text/plain resource, a request, a 404,
 * an image, a revisit. Three are articles. */
static size_t sample_records(nm_buf recs[8])
{
    for (int i = 0; i < 8; i++)
        nm_buf_init(&recs[i]);
    const char *info = "software: test\r\nformat: WARC File Format 1.1\r\n";
    record(&recs[0], "warcinfo", "urn:uuid:info", NULL, "application/warc-fields", info,
           strlen(info));
    http_record(&recs[1], "urn:uuid:one", "https://example.org/one",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n"
                "Server: x\r\nthis line has no colon\r\n\r\n"
                "<html><body><p>First page.</p></body></html>");
    size_t zlen;
    const char *z = gzipped_body(&zlen);
    nm_buf http;
    nm_buf_init(&http);
    nm_buf_printf(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                         "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n");
    size_t half = zlen / 2;
    nm_buf_printf(&http, "%zx;ext=1\r\n", half);
    nm_buf_append(&http, z, half);
    nm_buf_printf(&http, "\r\n%zX\r\n", zlen - half);
    nm_buf_append(&http, z + half, zlen - half);
    nm_buf_puts(&http, "\r\n0\r\nTrailer: x\r\n\r\n");
    record(&recs[2], "response", "urn:uuid:two", "https://example.org/two",
           "application/http; msgtype=response", http.data, http.len);
    nm_buf_deinit(&http);
    const char *text = "A plain text resource.\n";
    record(&recs[3], "resource", "urn:uuid:three", "https://example.org/three.txt",
           "text/plain; charset=utf-8", text, strlen(text));
    const char *req = "GET /one HTTP/1.1\r\nHost: example.org\r\n\r\n";
    record(&recs[4], "request", "urn:uuid:req", "https://example.org/one",
           "application/http; msgtype=request", req, strlen(req));
    http_record(&recs[5], "urn:uuid:404", "https://example.org/gone",
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>");
    http_record(&recs[6], "urn:uuid:img", "https://example.org/a.png",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n");
    record(&recs[7], "revisit", "urn:uuid:rev", "https://example.org/one",
           "application/http; msgtype=response", "", 0);
    return 8;
}

static void free_records(nm_buf recs[8])
{
    for (int i = 0; i < 8; i++)
        nm_buf_deinit(&recs[i]);
}

static void check_sample_docs(const got *g)
{
    assert_int_equal(g->n, 3);
    assert_string_equal(g->docs[0].id, "urn:uuid:one");
    assert_string_equal(g->docs[0].url, "https://example.org/one");
    assert_string_equal(g->docs[0].date, "2024-03-01T10:00:00Z");
    assert_string_equal(g->docs[0].charset, "iso-8859-1");
    assert_int_equal(g->docs[0].kind, NM_AS_HTML);
    assert_string_equal(g->docs[0].body, "<html><body><p>First page.</p></body></html>");
    assert_string_equal(g->docs[1].id, "urn:uuid:two");
    assert_string_equal(g->docs[1].body,
                        "<html><body><p>Compressed body paragraph.</p></body></html>");
    assert_string_equal(g->docs[2].id, "urn:uuid:three");
    assert_int_equal(g->docs[2].kind, NM_AS_TEXT);
    assert_string_equal(g->docs[2].charset, "utf-8");
    assert_string_equal(g->docs[2].body, "A plain text resource.\n");
}

static void plain_warc_yields_articles_only(void **state)
{
    (void)state;
    nm_buf recs[8], all;
    sample_records(recs);
    nm_buf_init(&all);
    size_t at_one = 0;
    for (int i = 0; i < 8; i++) {
        if (i == 1)
            at_one = all.len;
        nm_buf_append(&all, recs[i].data, recs[i].len);
    }
    got g;
    size_t failed;
    assert_int_equal(read_warc("a.warc", all.data, all.len, &g, &failed), NM_OK);
    check_sample_docs(&g);
    assert_int_equal(failed, 0);
    assert_int_equal(g.warnings, 0);
    assert_int_equal(g.docs[0].offset, at_one);
    char src[64];
    snprintf(src, sizeof src, "a.warc#%zu", at_one);
    assert_string_equal(g.docs[0].source, src);
    nm_buf_deinit(&all);
    free_records(recs);
}

static void gzip_members_and_single_stream(void **state)
{
    (void)state;
    nm_buf recs[8], plain, gz, whole;
    sample_records(recs);
    nm_buf_init(&plain);
    nm_buf_init(&gz);
    nm_buf_init(&whole);
    size_t member_two = 0;
    for (int i = 0; i < 8; i++) {
        if (i == 2)
            member_two = gz.len;
        gzip_member(&gz, recs[i].data, recs[i].len);
        nm_buf_append(&plain, recs[i].data, recs[i].len);
    }
    gzip_member(&whole, plain.data, plain.len);
    got g;
    size_t failed;
    assert_int_equal(read_warc("a.warc.gz", gz.data, gz.len, &g, &failed), NM_OK);
    check_sample_docs(&g);
    assert_int_equal(failed, 0);
    assert_int_equal(g.docs[1].offset, member_two); /* the member's file offset */
    assert_int_equal(read_warc("b.warc.gz", whole.data, whole.len, &g, &failed), NM_OK);
    check_sample_docs(&g);
    assert_int_equal(failed, 0);
    assert_non_null(strstr(g.docs[0].source, "b.warc.gz#0+"));
    nm_buf_deinit(&plain);
    nm_buf_deinit(&gz);
    nm_buf_deinit(&whole);
    free_records(recs);
}

static void zstd_frames(nm_buf *out, nm_buf recs[8], const void *dict, size_t dict_len)
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    for (int i = 0; i < 8; i++) {
        size_t bound = ZSTD_compressBound(recs[i].len);
        nm_buf_reserve(out, bound);
        size_t n = dict ? ZSTD_compress_usingDict(c, out->data + out->len, bound, recs[i].data,
                                                  recs[i].len, dict, dict_len, 3)
                        : ZSTD_compressCCtx(c, out->data + out->len, bound, recs[i].data,
                                            recs[i].len, 3);
        assert_false(ZSTD_isError(n));
        out->len += n;
        if (i == 3) { /* a skippable frame in the middle is ignored */
            static const unsigned char skip[] = {0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 'a', 'b', 'c'};
            nm_buf_append(out, skip, sizeof skip);
        }
    }
    ZSTD_freeCCtx(c);
}

static void skippable_header(nm_buf *out, const void *payload, size_t len)
{
    unsigned char h[8] = {0x5d, 0x2a, 0x4d, 0x18, (unsigned char)len,
                          (unsigned char)(len >> 8), (unsigned char)(len >> 16),
                          (unsigned char)(len >> 24)};
    nm_buf_append(out, h, 8);
    nm_buf_append(out, payload, len);
}

static void zstd_plain_and_with_dictionary(void **state)
{
    (void)state;
    nm_buf recs[8], zs;
    sample_records(recs);
    nm_buf_init(&zs);
    zstd_frames(&zs, recs, NULL, 0);
    got g;
    size_t failed;
    assert_int_equal(read_warc("a.warc.zst", zs.data, zs.len, &g, &failed), NM_OK);
    check_sample_docs(&g);
    assert_int_equal(failed, 0);

    /* A raw-content dictionary in the leading 0x184D2A5D frame. */
    const char dict[] = "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; "
                        "msgtype=response\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
    nm_buf_reset(&zs);
    skippable_header(&zs, dict, sizeof dict - 1);
    zstd_frames(&zs, recs, dict, sizeof dict - 1);
    assert_int_equal(read_warc("d.warc.zst", zs.data, zs.len, &g, &failed), NM_OK);
    check_sample_docs(&g);
    assert_int_equal(failed, 0);

    /* The same dictionary, itself zstd-compressed inside the frame. */
    char packed[512];
    size_t plen = ZSTD_compress(packed, sizeof packed, dict, sizeof dict - 1, 3);
    assert_false(ZSTD_isError(plen));
    nm_buf_reset(&zs);
    skippable_header(&zs, packed, plen);
    zstd_frames(&zs, recs, dict, sizeof dict - 1);
    assert_int_equal(read_warc("e.warc.zst", zs.data, zs.len, &g, &failed), NM_OK);
    check_sample_docs(&g);
    nm_buf_deinit(&zs);
    free_records(recs);
}

static void truncated_gzip_keeps_earlier_records(void **state)
{
    (void)state;
    nm_buf recs[8], gz;
    sample_records(recs);
    nm_buf_init(&gz);
    size_t member_three = 0;
    for (int i = 0; i < 4; i++) {
        if (i == 3)
            member_three = gz.len;
        gzip_member(&gz, recs[i].data, recs[i].len);
    }
    got g;
    size_t failed;
    assert_int_equal(read_warc("t.warc.gz", gz.data, gz.len - 40, &g, &failed), NM_OK);
    assert_int_equal(g.n, 2); /* one, two; three was cut */
    assert_int_equal(failed, 1);
    assert_int_equal(g.last_warn_offset, member_three);
    assert_non_null(strstr(g.last_warn, "truncated"));
    nm_buf_deinit(&gz);
    free_records(recs);
}

static void corrupt_member_is_skipped_and_reading_resumes(void **state)
{
    (void)state;
    nm_buf recs[8], gz;
    sample_records(recs);
    nm_buf_init(&gz);
    size_t member_one = 0;
    for (int i = 0; i < 8; i++) {
        if (i == 1)
            member_one = gz.len;
        gzip_member(&gz, recs[i].data, recs[i].len);
    }
    /* damage the deflate data of member 1 (after its 10-byte header) */
    for (size_t k = 12; k < 30; k++)
        gz.data[member_one + k] = (char)0xff;
    got g;
    size_t failed;
    assert_int_equal(read_warc("c.warc.gz", gz.data, gz.len, &g, &failed), NM_OK);
    assert_true(failed >= 1);
    assert_int_equal(g.n, 2); /* two and three survive */
    assert_string_equal(g.docs[0].id, "urn:uuid:two");
    assert_string_equal(g.docs[1].id, "urn:uuid:three");
    nm_buf_deinit(&gz);
    free_records(recs);
}

static void bad_lengths_and_headers(void **state)
{
    (void)state;
    nm_buf w;
    nm_buf_init(&w);
    const char *page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>ok</p>";
    /* garbage, negative and overflowing Content-Length values */
    nm_buf_puts(&w, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\nxx\r\n\r\n");
    nm_buf_puts(&w, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 12ab\r\n\r\nxx\r\n\r\n");
    nm_buf_puts(&w, "WARC/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\nx\r\n\r\n");
    static const char nuls[] = "WARC/1.1\r\nno colon here\r\n\0\0\r\n\r\n";
    nm_buf_append(&w, nuls, sizeof nuls - 1);
    http_record(&w, "urn:uuid:ok", "https://example.org/ok", page);
    got g;
    size_t failed;
    assert_int_equal(read_warc("b.warc", w.data, w.len, &g, &failed), NM_OK);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.docs[0].id, "urn:uuid:ok");
    assert_int_equal(failed, 4);
    nm_buf_deinit(&w);
}

static void huge_record_is_skipped_with_its_offset(void **state)
{
    (void)state;
    nm_buf w;
    nm_buf_init(&w);
    http_record(&w, "urn:uuid:a", "https://example.org/a",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>a</p>");
    size_t at = w.len;
    nm_buf_puts(&w, "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\n"
                    "Content-Length: 1000000000000\r\n\r\nHTTP/1.1 200 OK\r\n"
                    "Content-Type: text/html\r\n\r\n<p>");
    got g;
    size_t failed;
    assert_int_equal(read_warc("h.warc", w.data, w.len, &g, &failed), NM_OK);
    assert_int_equal(g.n, 1);
    assert_true(failed >= 1);
    assert_int_equal(g.last_warn_offset, at);
    nm_buf_deinit(&w);
}

static void http_parsing_edges(void **state)
{
    (void)state;
    http_response r;
    nm_error e;
    const char *folded = "HTTP/1.0 203 Fine\nContent-Type: text/html;\n charset=koi8-r\n"
                         "Transfer-Encoding: gzip, chunked\n\nbody";
    assert_int_equal(http_response_parse(folded, strlen(folded), &r, &e), NM_OK);
    assert_int_equal(r.status, 203);
    assert_string_equal(r.mime, "text/html");
    assert_string_equal(r.charset, "koi8-r");
    assert_true(r.chunked);
    assert_int_equal(r.body_len, 4);
    assert_int_equal(http_response_parse("HTTP/1.1 2x0 OK\r\n\r\n", 19, &r, &e), NM_ERR_PARSE);
    assert_int_equal(http_response_parse("GARBAGE", 7, &r, &e), NM_ERR_PARSE);

    nm_buf out;
    nm_buf_init(&out);
    const char *chunks = "4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n";
    assert_int_equal(http_dechunk(chunks, strlen(chunks), &out, &e), NM_OK);
    assert_string_equal(out.data, "Wikipedia");
    nm_buf_reset(&out);
    const char *overflow = "FFFFFFFFFFFFFFFFFFFF\r\nabc";
    assert_int_equal(http_dechunk(overflow, strlen(overflow), &out, &e), NM_ERR_PARSE);
    nm_buf_reset(&out);
    const char *cut = "10\r\nonly a little"; /* size past the end: kept, cut short */
    assert_int_equal(http_dechunk(cut, strlen(cut), &out, &e), NM_OK);
    assert_string_equal(out.data, "only a little");
    nm_buf_reset(&out);
    /* a gzip bomb stops at the limit */
    static char zeros[1 << 20];
    nm_buf bomb;
    nm_buf_init(&bomb);
    gzip_member(&bomb, zeros, sizeof zeros);
    assert_int_equal(http_decode("gzip", bomb.data, bomb.len, 4096, &out, &e), NM_ERR_LIMIT);
    assert_true(out.len <= 4096);
    assert_int_equal(http_decode("br", "x", 1, 4096, &out, &e), NM_ERR_UNSUPPORTED);
    nm_buf_deinit(&bomb);
    nm_buf_deinit(&out);
}

static void container_detection(void **state)
{
    (void)state;
    assert_int_equal(nm_container_detect("x.warc.gz", "", 0), NM_CONTAINER_WARC);
    assert_int_equal(nm_container_detect("-", "WARC/1.0\r\n", 10), NM_CONTAINER_WARC);
    nm_buf gz;
    nm_buf_init(&gz);
    gzip_member(&gz, "WARC/1.1\r\n", 10);
    assert_int_equal(nm_container_detect("-", gz.data, gz.len), NM_CONTAINER_WARC);
    nm_buf_reset(&gz);
    gzip_member(&gz, "<html>", 6);
    assert_int_equal(nm_container_detect("-", gz.data, gz.len), NM_CONTAINER_PLAIN);
    nm_buf_deinit(&gz);
    assert_int_equal(nm_container_detect("-", "\x28\xb5\x2f\xfd....", 8), NM_CONTAINER_WARC);
    const char *rss = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c -->\n"
                      "<!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss version=\"2.0\">";
    assert_int_equal(nm_container_detect("feed.xml", rss, strlen(rss)), NM_CONTAINER_FEED);
    assert_int_equal(nm_container_detect("-", "<feed xmlns=\"x\">", 16), NM_CONTAINER_FEED);
    assert_int_equal(nm_container_detect("page.html", rss, strlen(rss)), NM_CONTAINER_PLAIN);
    assert_int_equal(nm_container_detect("x.xml", "<html>", 6), NM_CONTAINER_PLAIN);
    assert_int_equal(nm_container_detect("-", "{\"a\":1}\n{\"b\":2}\n", 16), NM_CONTAINER_JSONL);
    assert_int_equal(nm_container_detect("a.ndjson", "", 0), NM_CONTAINER_JSONL);
    assert_int_equal(nm_container_detect("-", "{not json lines", 15), NM_CONTAINER_PLAIN);
    assert_int_equal(nm_container_detect("a.txt", "{\"a\":1}", 7), NM_CONTAINER_PLAIN);
}

/* A member inflating to junk without any record is abandoned after the
 * record limit; the next member's record is still read. */
static void junk_member_is_abandoned(void **state)
{
    (void)state;
    size_t junk_len = (size_t)80 << 20;
    char *junk = malloc(junk_len);
    memset(junk, 'x', junk_len);
    nm_buf gz;
    nm_buf_init(&gz);
    gzip_member(&gz, junk, junk_len);
    free(junk);
    nm_buf rec;
    nm_buf_init(&rec);
    record(&rec, "resource", "urn:x:good", NULL, "text/plain", "hello", 5);
    gzip_member(&gz, rec.data, rec.len);
    got g;
    size_t failed;
    assert_int_equal(read_warc("j.warc.gz", gz.data, gz.len, &g, &failed), NM_OK);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.docs[0].id, "urn:x:good");
    assert_int_equal(failed, 1);
    nm_buf_deinit(&rec);
    nm_buf_deinit(&gz);
}

/* Random damage to valid archives of every codec: never crash, never read
 * out of bounds (run under ASan), always finish. */
static void random_damage_never_crashes(void **state)
{
    (void)state;
    nm_buf recs[8], plain, gz, zs;
    sample_records(recs);
    nm_buf_init(&plain);
    nm_buf_init(&gz);
    nm_buf_init(&zs);
    for (int i = 0; i < 8; i++) {
        nm_buf_append(&plain, recs[i].data, recs[i].len);
        gzip_member(&gz, recs[i].data, recs[i].len);
    }
    zstd_frames(&zs, recs, NULL, 0);
    nm_buf *inputs[3] = {&plain, &gz, &zs};
    uint32_t seed = 12345;
    for (int round = 0; round < 600; round++) {
        nm_buf *src = inputs[round % 3];
        char *copy = malloc(src->len);
        memcpy(copy, src->data, src->len);
        int flips = 1 + round % 8;
        for (int k = 0; k < flips; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % src->len;
            seed = seed * 1103515245u + 12345u;
            copy[at] = (char)(seed >> 16);
        }
        seed = seed * 1103515245u + 12345u;
        size_t len = round % 5 == 0 ? (seed >> 4) % src->len : src->len;
        got g;
        size_t failed;
        /* exact-size heap copy so ASan sees any overread */
        char *exact = malloc(len ? len : 1);
        memcpy(exact, copy, len);
        assert_int_equal(read_warc("r.warc", exact, len, &g, &failed), NM_OK);
        assert_true(g.n <= 8);
        free(exact);
        free(copy);
    }
    nm_buf_deinit(&plain);
    nm_buf_deinit(&gz);
    nm_buf_deinit(&zs);
    free_records(recs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_warc_yields_articles_only),
        cmocka_unit_test(gzip_members_and_single_stream),
        cmocka_unit_test(zstd_plain_and_with_dictionary),
        cmocka_unit_test(truncated_gzip_keeps_earlier_records),
        cmocka_unit_test(corrupt_member_is_skipped_and_reading_resumes),
        cmocka_unit_test(bad_lengths_and_headers),
        cmocka_unit_test(huge_record_is_skipped_with_its_offset),
        cmocka_unit_test(http_parsing_edges),
        cmocka_unit_test(container_detection),
        cmocka_unit_test(junk_member_is_abandoned),
        cmocka_unit_test(random_damage_never_crashes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
