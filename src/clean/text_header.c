/* The top of a plain-text article: headline, kicker, byline, date line.
 *
 * A headline is a short single line without the punctuation of a sentence
 * (the very first line may end in a period: text dumps often add one),
 * standing before the first body paragraph. When two such lines come
 * first, a short one followed by a longer one, the short one is a series
 * name or kicker ("This Week in Info War", "Analysis") and is dropped. */
#include "text_header.h"

#include "dates.h"
#include "text_lines.h"

#include <string.h>

/* Only the first paragraphs can be the header: further down, short lines
 * are section headings of the body. */
#define HEADER_MAX_PARAS 6
/* A headline has at most this many words and bytes. */
#define TITLE_MAX_WORDS 25
/* A headline may be broken over two lines ("Main head; \n sub-head."). */
#define TITLE_MAX_LINES 2
#define TITLE_MAX_BYTES 300
/* A kicker (series name, rubric) is at most this many words and shorter
 * than the headline below it. */
#define KICKER_MAX_WORDS 6
/* The headline under a kicker has at most this many words (longer: a dek). */
#define HEADLINE_BELOW_KICKER_MAX_WORDS 14
/* After the date on a date line, at most this many bytes of time and zone
 * ("10:32 AM EDT", "| 14:05 GMT"). */
#define DATELINE_TAIL_MAX 24

static char last_char(const char *s, size_t len)
{
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    return len ? s[len - 1] : '\0';
}

static bool has_letter(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (unsigned char)s[i] >= 0xC3)
            return true;
    return false;
}

static bool heading_like(const char *src, const nm_text_para *p, bool first)
{
    size_t len = p->end - p->start;
    const char *s = src + p->start;
    if (p->n_lines > TITLE_MAX_LINES || p->words == 0 || p->words > TITLE_MAX_WORDS ||
        len > TITLE_MAX_BYTES ||
        !has_letter(s, len))
        return false;
    char c = last_char(s, len);
    if (c == ',' || c == ';' || c == ':')
        return false;
    if (c == '.' && !(len >= 3 && s[len - 2] == '.' && s[len - 3] == '.'))
        return first;
    return true;
}

/* Case-insensitive prefix test; returns the prefix length or 0. */
static size_t prefix(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != p[i])
            return 0;
    return n;
}

/* "Published: June 5, 2018 10:32 AM", "Updated Tuesday, 5 June 2018",
 * "2018-06-05": a line that is a date (label and time of day allowed).
 * *modified is set for "Updated"-style labels. */
static bool date_line(const char *s, size_t len, nm_date_value *d, bool *modified)
{
    static const char *const labels[] = {"last updated", "updated", "last modified",
                                         "modified", "first published", "published",
                                         "posted", "date"};
    size_t i = 0;
    *modified = false;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t n = prefix(s, len, labels[k]);
        if (n && (n == len || !(((s[n] | 0x20) >= 'a') && ((s[n] | 0x20) <= 'z')))) {
            *modified = k < 4;
            i = n;
            while (i < len && (s[i] == ':' || s[i] == ' '))
                i++;
            size_t on = prefix(s + i, len - i, "on ");
            i += on;
            break;
        }
    }
    size_t n = nm_date_parse_at(s + i, len - i, d);
    if (!n || !d->year || !d->day)
        return false;
    i += n;
    if (len - i > DATELINE_TAIL_MAX)
        return false;
    for (; i < len; i++) {
        char c = s[i];
        bool ok = c == ' ' || c == ':' || c == ',' || c == '|' || c == '.' || c == '-' ||
                  (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == 'a' || c == 'p' ||
                  c == 'm' || c == 'T';
        if (!ok)
            return false;
    }
    return true;
}

static bool add_authors(nm_article *a, const char *s, size_t len)
{
    size_t b = 0;
    while (b < len) {
        size_t e = b, skip = 0;
        for (; e < len; e++) {
            if (e + 5 <= len && !memcmp(s + e, " and ", 5)) {
                skip = 5;
                break;
            }
            if (e + 3 <= len && !memcmp(s + e, " & ", 3)) {
                skip = 3;
                break;
            }
        }
        size_t t = e;
        while (t > b && s[t - 1] == ' ')
            t--;
        if (t > b && !nm_article_add_author(a, s + b, t - b))
            return false;
        b = e + skip;
        if (!skip)
            break;
    }
    return true;
}

/* The title as metadata: its line break and runs of spaces made one space,
 * without the period text dumps add ("... to Iowa." → "... to Iowa", "‘in
 * Their Heads.’" → "‘in Their Heads’") unless the period ends an
 * abbreviation ("U.S.", "Jr.") or an ellipsis. */
static char *title_string(nm_arena *arena, const char *s, size_t len)
{
    char *out = nm_arena_alloc(arena, len + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = k > 0;
            continue;
        }
        if (space)
            out[k++] = ' ';
        space = false;
        out[k++] = c;
    }
    out[k] = '\0';
    /* closing quote after the period: ’ (E2 80 99), ” (E2 80 9D), ' or " */
    size_t q = 0;
    if (k >= 4 && (unsigned char)out[k - 3] == 0xE2 && (unsigned char)out[k - 2] == 0x80 &&
        ((unsigned char)out[k - 1] == 0x99 || (unsigned char)out[k - 1] == 0x9D))
        q = 3;
    else if (k >= 2 && (out[k - 1] == '\'' || out[k - 1] == '"'))
        q = 1;
    size_t dot = k - q - 1; /* index of the would-be period */
    if (k < q + 3 || out[dot] != '.' || out[dot - 1] == '.')
        return out;
    char c = out[dot - 1];
    size_t w = dot;
    while (w > 0 && out[w - 1] != ' ')
        w--;
    bool abbrev = (dot - w) <= 3 && out[w] >= 'A' && out[w] <= 'Z';
    bool lower_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if ((lower_or_digit || q) && !abbrev)
        memmove(out + dot, out + dot + 1, k - dot); /* moves the NUL too */
    return out;
}

/* Most words of four letters or more are capitalised: "Qualified Support
 * in Moscow for Korean Summit", "THIS WEEK IN INFO WAR". */
static bool title_case(const char *s, size_t len)
{
    size_t long_words = 0, capitalised = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < len && s[i] != ' ')
            i++;
        if (i - w >= 4) {
            long_words++;
            capitalised += s[w] >= 'A' && s[w] <= 'Z';
        }
    }
    return capitalised * 10 >= long_words * 6;
}

/* `cur` is a kicker over the headline `next`: a rubric of one or two words,
 * or a short title-case line ("This Week in Info War", "Harbour Radio
 * News"), over a longer line of headline length. A long line below a short
 * headline is a dek, and leaves the headline alone. */
static bool kicker_above(const char *src, const nm_text_para *cur, const nm_text_para *next)
{
    if (cur->words > KICKER_MAX_WORDS || next->words <= cur->words ||
        next->words > HEADLINE_BELOW_KICKER_MAX_WORDS)
        return false;
    return cur->words <= 2 || title_case(src + cur->start, cur->end - cur->start);
}

bool nm_text_header_read(nm_article *a, const char *src, nm_text_para *paras, size_t n)
{
    size_t cand[HEADER_MAX_PARAS], n_cand = 0;
    bool first = true;
    for (size_t i = 0; i < n && i < HEADER_MAX_PARAS; i++) {
        nm_text_para *p = &paras[i];
        const char *s = src + p->start;
        size_t len = p->end - p->start;
        p->words = nm_text_word_count(s, len);
        size_t ns, nl;
        nm_date_value d;
        bool modified;
        if (p->n_lines == 1 && nm_text_byline(s, len, &ns, &nl)) {
            p->role = NM_TEXT_BYLINE;
            if (!add_authors(a, s + ns, nl))
                return false;
            continue;
        }
        if (p->n_lines == 1 && date_line(s, len, &d, &modified)) {
            char iso[11];
            p->role = NM_TEXT_DATELINE;
            nm_date_format_iso(&d, iso);
            const char **slot = modified ? &a->modified : &a->date;
            if (!*slot && !(*slot = nm_arena_strdup(a->arena, iso)))
                return false;
            continue;
        }
        if (!heading_like(src, p, first))
            break;
        first = false;
        cand[n_cand++] = i;
    }
    if (n_cand == 0)
        return true;
    size_t t = 0;
    while (t + 1 < n_cand) {
        const nm_text_para *cur = &paras[cand[t]], *next = &paras[cand[t + 1]];
        if (!kicker_above(src, cur, next))
            break;
        paras[cand[t]].role = NM_TEXT_KICKER;
        t++;
    }
    nm_text_para *title = &paras[cand[t]];
    title->role = NM_TEXT_TITLE;
    a->title = title_string(a->arena, src + title->start, title->end - title->start);
    return a->title != NULL;
}
