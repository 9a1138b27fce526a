/* Bytes → UTF-8 before parsing.
 *
 * Order (after WHATWG HTML §13.2.3.2 "determining the character
 * encoding"): a byte-order mark, then the charset the caller declared (the
 * transport's Content-Type), then a <meta charset> / http-equiv found by a
 * prescan of the first bytes, then UTF-8 when the bytes are valid UTF-8,
 * else windows-1252 (the web's default for undeclared legacy pages).
 *
 * We convert with iconv ahead of the tokenizer (html_tokenizer.c), which
 * only reads UTF-8: every invalid byte becomes U+FFFD and is counted with
 * its offset (libxml2, used before, silently re-read the rest of a page as
 * Latin-1 after its first invalid byte). */
#include "html_internal.h"

#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

/* Bytes scanned for a <meta> charset declaration. WHATWG says 1024; real
 * pages often put theirs after long scripts in <head>, so look further. */
#define PRESCAN_BYTES 8192

/* Length of the valid UTF-8 prefix (fast path: 8 ASCII bytes at a time). */
static size_t utf8_valid_prefix(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t j = i;
        if (nm_utf8_decode(s, len, &j) < 0)
            return i;
        i = j;
    }
    return len;
}

static void sanitize_utf8(const char *data, size_t len, size_t valid, nm_buf *scratch,
                          hx_decoded *out)
{
    if (valid == len) {
        out->utf8 = data;
        out->len = len;
        return;
    }
    nm_buf_reset(scratch);
    nm_buf_append(scratch, data, valid);
    nm_buf tail;
    nm_buf_init(&tail);
    uint64_t first = NM_NO_OFFSET;
    out->invalid = nm_utf8_sanitize(data + valid, len - valid, &tail, &first);
    out->first_invalid = first == NM_NO_OFFSET ? NM_NO_OFFSET : valid + first;
    nm_buf_append(scratch, tail.data ? tail.data : "", tail.len);
    nm_buf_deinit(&tail);
    out->utf8 = scratch->data ? scratch->data : "";
    out->len = scratch->len;
}

typedef struct label_alias {
    const char *label;
    const char *iconv_name;
} label_alias;

/* WHATWG Encoding labels whose meaning differs from iconv's, or that iconv
 * does not know; anything else goes to iconv as written. */
static const label_alias aliases[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-8"}, /* a meta saying utf-16 in ASCII bytes is wrong */
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
    {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"},
    {"tis-620", "CP874"}, {"iso-8859-11", "CP874"}, {"windows-874", "CP874"},
    {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"gb_2312-80", "GB18030"},
    {"chinese", "GB18030"}, {"gb18030", "GB18030"},
    {"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"}, {"windows-31j", "CP932"}, {"csshiftjis", "CP932"},
    {"euc-kr", "CP949"}, {"ks_c_5601-1987", "CP949"}, {"korean", "CP949"},
    {"big5", "BIG5-HKSCS"}, {"x-x-big5", "BIG5-HKSCS"},
};

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == ':' || c == '.';
}

/* The iconv name for a charset label, or NULL for a label that is no
 * charset name at all (glibc's iconv_open tolerates junk in names and may
 * then pass bytes through unconverted). */
static const char *iconv_name_for(const char *label)
{
    for (const char *p = label; *p; p++)
        if (!name_char(*p))
            return NULL;
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        if (!strcasecmp(label, aliases[i].label))
            return aliases[i].iconv_name;
    return label;
}

/* charset=NAME after `p` within [p, end). */
static bool charset_value(const char *p, const char *end, char *name, size_t cap)
{
    while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
        p++;
    size_t n = 0;
    while (p < end && name_char(*p) && n + 1 < cap)
        name[n++] = *p++;
    name[n] = '\0';
    return n > 0;
}

bool hx_charset_prescan(const char *data, size_t len, char *name, size_t cap)
{
    size_t lim = len < PRESCAN_BYTES ? len : PRESCAN_BYTES;
    const char *end = data + lim;
    for (const char *p = data; p + 5 < end; p++) {
        if (*p != '<' || strncasecmp(p + 1, "meta", 4) != 0)
            continue;
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt)
            break;
        for (const char *q = p + 5; q + 7 < gt; q++)
            if (!strncasecmp(q, "charset", 7) && charset_value(q + 7, gt, name, cap))
                return true;
        p = gt;
    }
    return false;
}

static void convert(const char *data, size_t len, const char *from, size_t unit, nm_buf *scratch,
                    hx_decoded *out, bool *ok)
{
    *ok = false;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return;
    nm_buf_reset(scratch);
    char *in = (char *)data;
    size_t in_left = len;
    while (in_left > 0) {
        if (!nm_buf_reserve(scratch, in_left * 2 + 16))
            break;
        char *o = scratch->data + scratch->len;
        size_t o_left = scratch->cap - scratch->len - 1;
        size_t r = iconv(cd, &in, &in_left, &o, &o_left);
        scratch->len = (size_t)(o - scratch->data);
        scratch->data[scratch->len] = '\0';
        if (r != (size_t)-1 || errno == E2BIG)
            continue;
        /* EILSEQ or EINVAL (truncated at the end): replace one unit */
        if (out->invalid++ == 0)
            out->first_invalid = (uint64_t)(in - data);
        nm_buf_append(scratch, "\xEF\xBF\xBD", 3);
        size_t skip = unit < in_left ? unit : in_left;
        in += skip;
        in_left -= skip;
    }
    iconv_close(cd);
    /* glibc's decoders accept some sequences UTF-8 does not (code points
     * past U+10FFFF from "UTF-8" under another name): check, and replace
     * what is left in the rare case. */
    if (scratch->data && utf8_valid_prefix(scratch->data, scratch->len) < scratch->len) {
        nm_buf clean;
        nm_buf_init(&clean);
        uint64_t first;
        size_t bad = nm_utf8_sanitize(scratch->data, scratch->len, &clean, &first);
        if (clean.data) {
            nm_buf_reset(scratch);
            nm_buf_append(scratch, clean.data, clean.len);
            if (out->invalid == 0)
                out->first_invalid = NM_NO_OFFSET; /* offsets of the output, not the input */
            out->invalid += bad;
        }
        nm_buf_deinit(&clean);
    }
    out->utf8 = scratch->data ? scratch->data : "";
    out->len = scratch->len;
    snprintf(out->charset, sizeof out->charset, "%s", from);
    *ok = true;
}

void hx_decode(const char *data, size_t len, const char *declared, nm_buf *scratch,
               hx_decoded *out)
{
    memset(out, 0, sizeof *out);
    out->first_invalid = NM_NO_OFFSET;
    strcpy(out->charset, "UTF-8");
    const unsigned char *u = (const unsigned char *)data;
    size_t bom = 0;
    const char *enc = NULL;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        bom = 3;
        enc = "UTF-8";
    } else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        bom = 2;
        enc = "UTF-16LE";
    } else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        bom = 2;
        enc = "UTF-16BE";
    }
    char meta[64];
    if (!enc && declared && *declared)
        enc = iconv_name_for(declared);
    if (!enc && hx_charset_prescan(data, len, meta, sizeof meta))
        enc = iconv_name_for(meta);
    data += bom;
    len -= bom;
    size_t valid = 0;
    if (!enc) {
        /* undeclared: UTF-8 when it mostly decodes as such */
        valid = utf8_valid_prefix(data, len);
        if (valid < len) {
            size_t bad = 0, good = 0, i = valid;
            while (i < len && bad + good < 4096) {
                if ((unsigned char)data[i] < 0x80) {
                    i++;
                    continue;
                }
                if (nm_utf8_decode(data, len, &i) < 0)
                    bad++;
                else
                    good++;
            }
            enc = bad > good ? "WINDOWS-1252" : "UTF-8";
        } else
            enc = "UTF-8";
    } else if (!strcasecmp(enc, "UTF-8"))
        valid = utf8_valid_prefix(data, len);
    if (!strcasecmp(enc, "UTF-8")) {
        sanitize_utf8(data, len, valid, scratch, out);
        if (out->first_invalid != NM_NO_OFFSET)
            out->first_invalid += bom;
        return;
    }
    bool ok;
    size_t unit = strncasecmp(enc, "UTF-16", 6) == 0 ? 2 : 1;
    convert(data, len, enc, unit, scratch, out, &ok);
    if (out->first_invalid != NM_NO_OFFSET)
        out->first_invalid += bom;
    if (!ok) {
        out->unknown_charset = true;
        snprintf(out->charset, sizeof out->charset, "%s", enc);
        sanitize_utf8(data, len, utf8_valid_prefix(data, len), scratch, out);
        if (out->first_invalid != NM_NO_OFFSET)
            out->first_invalid += bom;
    }
}
