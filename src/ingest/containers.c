/* Container detection: by file name first, then by content (stdin and
 * unknown names). */
#include "readers.h"

#include <string.h>
#include <strings.h>
#include <zlib.h>
#include <zstd.h>

/* How far into a file content detection looks for a feed's root element
 * (past the XML declaration, comments and a DOCTYPE). */
#define NM_DETECT_PROLOG_BYTES ((size_t)64 * 1024)

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

static bool starts_with(const char *p, size_t n, const char *prefix)
{
    size_t m = strlen(prefix);
    return n >= m && memcmp(p, prefix, m) == 0;
}

/* Does the first gzip member of data start with "WARC/"? Inflates only a
 * few bytes. */
static bool gzip_holds_warc(const char *data, size_t len)
{
    unsigned char out[8];
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 16 + 15) != Z_OK)
        return false;
    z.next_in = (unsigned char *)(uintptr_t)data;
    z.avail_in = len > 65536 ? 65536 : (unsigned)len;
    z.next_out = out;
    z.avail_out = 5;
    int r = inflate(&z, Z_NO_FLUSH);
    bool yes = (r == Z_OK || r == Z_STREAM_END || r == Z_BUF_ERROR) && z.avail_out == 0 &&
               !memcmp(out, "WARC/", 5);
    inflateEnd(&z);
    return yes;
}

/* zstd: a frame (or a leading skippable frame, the WARC dictionary). */
static bool zstd_magic(const unsigned char *p, size_t len)
{
    if (len < 4)
        return false;
    uint32_t m = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                 (uint32_t)p[3] << 24;
    return m == ZSTD_MAGICNUMBER || (m & ZSTD_MAGIC_SKIPPABLE_MASK) == ZSTD_MAGIC_SKIPPABLE_START;
}

/* The root element after the XML prolog: <rss, <feed or <rdf:RDF. */
static bool looks_like_feed(const char *p, size_t len)
{
    size_t i = 0, lim = len < NM_DETECT_PROLOG_BYTES ? len : NM_DETECT_PROLOG_BYTES;
    if (lim >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < lim) {
        char c = p[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            i++;
            continue;
        }
        if (c != '<')
            return false;
        const char *rest = p + i;
        size_t n = lim - i;
        const char *close = NULL; /* the construct's last character */
        if (starts_with(rest, n, "<?")) {
            close = memmem(rest, n, "?>", 2);
            close = close ? close + 1 : NULL;
        } else if (starts_with(rest, n, "<!--")) {
            close = memmem(rest, n, "-->", 3);
            close = close ? close + 2 : NULL;
        } else if (starts_with(rest, n, "<!")) { /* DOCTYPE, maybe with [internal subset] */
            const char *gt = memchr(rest, '>', n), *sub = memchr(rest, '[', n);
            close = gt;
            if (sub && (!gt || sub < gt)) {
                close = memmem(sub, n - (size_t)(sub - rest), "]>", 2);
                close = close ? close + 1 : NULL;
            }
        } else {
            return starts_with(rest, n, "<rss") || starts_with(rest, n, "<feed") ||
                   starts_with(rest, n, "<rdf:RDF") || starts_with(rest, n, "<RDF");
        }
        if (!close)
            return false;
        i = (size_t)(close - p) + 1;
    }
    return false;
}

/* JSON lines: the first non-blank line starts with '{' and ends with '}'. */
static bool looks_like_jsonl(const char *p, size_t len)
{
    size_t i = 0;
    if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    if (i >= len || p[i] != '{')
        return false;
    const char *nl = memchr(p + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - p) : len;
    while (end > i && (p[end - 1] == ' ' || p[end - 1] == '\t' || p[end - 1] == '\r'))
        end--;
    return end > i && p[end - 1] == '}';
}

nm_container nm_container_detect(const char *name, const char *data, size_t len)
{
    const unsigned char *u = (const unsigned char *)data;
    if (ends_with(name, ".warc") || ends_with(name, ".warc.gz") || ends_with(name, ".warc.zst"))
        return NM_CONTAINER_WARC;
    if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") || ends_with(name, ".json-lines"))
        return NM_CONTAINER_JSONL;
    if (ends_with(name, ".rss") || ends_with(name, ".atom"))
        return NM_CONTAINER_FEED;
    /* Content: what a WARC starts with is unambiguous under any name. */
    if (starts_with(data, len, "WARC/"))
        return NM_CONTAINER_WARC;
    if (len >= 2 && u[0] == 0x1f && u[1] == 0x8b && gzip_holds_warc(data, len))
        return NM_CONTAINER_WARC;
    if (zstd_magic(u, len))
        return NM_CONTAINER_WARC; /* zstd only ever carries WARC here */
    /* Pages keep their kind whatever they start with. */
    if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".txt") ||
        ends_with(name, ".text"))
        return NM_CONTAINER_PLAIN;
    if (looks_like_feed(data, len))
        return NM_CONTAINER_FEED;
    if (looks_like_jsonl(data, len))
        return NM_CONTAINER_JSONL;
    return NM_CONTAINER_PLAIN;
}
