/* UTF-8 decoding, validation and JSON string escaping (RFC 3629, RFC 8259). */
#include "newsmon.h"

#include <stdio.h>
#include <string.h>

int32_t nm_utf8_decode(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t p = *i;
    unsigned char c = u[p];
    if (c < 0x80) {
        *i = p + 1;
        return c;
    }
    int n;
    int32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; min = 0x10000; }
    else { *i = p + 1; return -1; }
    if ((size_t)n >= len - p) { /* truncated sequence */
        *i = p + 1;
        return -1;
    }
    for (int k = 1; k <= n; k++) {
        unsigned char cc = u[p + (size_t)k];
        if ((cc & 0xC0) != 0x80) {
            *i = p + 1;
            return -1;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i = p + 1;
        return -1;
    }
    *i = p + (size_t)n + 1;
    return cp;
}

size_t nm_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0)
        return 0;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return 0;
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= 0x10FFFF) {
        o[0] = (unsigned char)(0xF0 | (cp >> 18));
        o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (unsigned char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

size_t nm_utf8_sanitize(const char *in, size_t len, nm_buf *out, uint64_t *first_bad)
{
    size_t bad = 0, i = 0, run = 0;
    if (first_bad)
        *first_bad = NM_NO_OFFSET;
    nm_buf_reserve(out, len);
    while (i < len) {
        unsigned char c = (unsigned char)in[i];
        if (c < 0x80) { i++; continue; }
        size_t j = i;
        if (nm_utf8_decode(in, len, &j) >= 0) { i = j; continue; }
        nm_buf_append(out, in + run, i - run);
        nm_buf_append(out, "\xEF\xBF\xBD", 3);
        if (first_bad && bad == 0)
            *first_bad = i;
        bad++;
        i = j;
        run = i;
    }
    nm_buf_append(out, in + run, len - run);
    return bad;
}

size_t nm_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

bool nm_json_escape(nm_buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char tmp[7];
        size_t next = i + 1; /* first byte after what `esc` replaces */
        if (c >= 0x80) {
            size_t j = i;
            int32_t cp = nm_utf8_decode(s, len, &j);
            if (cp >= 0 && cp != 0x85 && cp != 0x2028 && cp != 0x2029) {
                i = j - 1;
                continue;
            }
            if (cp < 0) {
                /* JSON is UTF-8: an invalid byte from any producer becomes
                 * U+FFFD here rather than an unreadable record. */
                esc = "\xEF\xBF\xBD";
            } else {
                /* NEL, LS and PS are valid in JSON strings but split lines
                 * for readers that use Unicode line breaks (Python's
                 * splitlines), so they are written as escapes. */
                tmp[0] = '\\'; tmp[1] = 'u';
                tmp[2] = hex[(cp >> 12) & 15]; tmp[3] = hex[(cp >> 8) & 15];
                tmp[4] = hex[(cp >> 4) & 15]; tmp[5] = hex[cp & 15]; tmp[6] = 0;
                esc = tmp;
                next = j;
            }
        } else if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20 || c == 0x7F) {
            tmp[0] = '\\'; tmp[1] = 'u'; tmp[2] = '0'; tmp[3] = '0';
            tmp[4] = hex[c >> 4]; tmp[5] = hex[c & 15]; tmp[6] = 0;
            esc = tmp;
        } else
            continue;
        if (!nm_buf_append(out, s + run, i - run) || !nm_buf_puts(out, esc))
            return false;
        run = next;
        i = next - 1;
    }
    return nm_buf_append(out, s + run, len - run);
}

bool nm_json_string(nm_buf *out, const char *s)
{
    if (!s)
        return nm_buf_append(out, "null", 4);
    return nm_buf_putc(out, '"') && nm_json_escape(out, s, strlen(s)) &&
           nm_buf_putc(out, '"');
}
