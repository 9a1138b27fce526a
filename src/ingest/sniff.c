/* Content sniffing: HTML or text, binary or not (after WHATWG MIME Sniffing
 * §7.1, "identifying a resource with an unknown MIME type", simplified). */
#include "newsmon.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool starts_ci(const char *p, size_t n, const char *tag)
{
    size_t t = strlen(tag);
    return n >= t && strncasecmp(p, tag, t) == 0;
}

nm_content_kind nm_sniff_kind(const char *data, size_t len)
{
    size_t i = 0, lim = len < 4096 ? len : 4096;
    if (lim >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < lim && isspace((unsigned char)data[i]))
        i++;
    static const char *const tags[] = {"<!doctype html", "<html", "<head", "<body",
                                       "<meta", "<title", "<div", "<p>", "<p ",
                                       "<!--", "<?xml", "<script", "<article", "<h1"};
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++)
        if (starts_ci(data + i, lim - i, tags[k]))
            return NM_AS_HTML;
    /* UTF-16 with a BOM is almost always a saved web page. */
    if (len >= 2 && ((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE))
        return NM_AS_HTML;
    if (len >= 2 && ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))
        return NM_AS_HTML;
    /* Tag soup without a leading tag: many closing tags near the start. */
    size_t closing = 0;
    for (size_t k = i; k + 1 < lim; k++)
        if (data[k] == '<' && (data[k + 1] == '/' || isalpha((unsigned char)data[k + 1])))
            closing++;
    return closing >= 8 ? NM_AS_HTML : NM_AS_TEXT;
}

bool nm_looks_binary(const char *data, size_t len)
{
    size_t lim = len < 8192 ? len : 8192, ctrl = 0;
    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF)))
        return false; /* UTF-16 text: NULs are expected */
    for (size_t i = 0; i < lim; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ctrl++;
    }
    return lim > 0 && ctrl * 20 > lim; /* over 5% control bytes */
}
