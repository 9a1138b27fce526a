/* nm_clean_text: plain-text articles.
 *
 * 1. Invalid UTF-8 is replaced by U+FFFD (counted in the article).
 * 2. Lines are read one by one: blank, clutter (text_lines.c) or text.
 * 3. Text lines form paragraphs; a hard-wrapped paragraph keeps its line
 *    breaks verbatim, a bullet or a line after a finished sentence starts a
 *    new paragraph. A paragraph drops only its indentation and list marker.
 * 4. The top of the article gives title, kicker, byline, date line
 *    (text_header.c).
 * 5. a->text is the kept paragraphs joined by "\n\n": each one a verbatim
 *    substring of the input, so offsets map back paragraph by paragraph.
 * 6. Dates are found in a->text; a->date is the header's date, else a full
 *    date of a dateline or a photo caption near the top. Yearless dates take
 *    the year of that date (the article's own), never the clock's. */
#include "newsmon.h"

#include "core/grow.h"
#include "dates.h"
#include "text_header.h"
#include "text_lines.h"

#include <stdlib.h>
#include <string.h>

/* A line shorter than this ends its paragraph even without a final
 * period (unless it ends in a comma or semicolon): in hard-wrapped text
 * only the last line of a paragraph is short, and short lines are
 * headings. */
#define WRAP_MIN_LINE_BYTES 40
/* The article's date, when no header line gives it, comes from a dateline
 * or photo caption in this many paragraphs after the title (a dek or lead,
 * and a caption); further down, dates are history, not the day of the
 * report. */
#define DATE_LEAD_PARAS 2

typedef struct para_list {
    nm_text_para *items;
    size_t n, cap;
} para_list;

static bool para_push(para_list *l, const nm_text_para *p)
{
    if (!nm_grow((void **)&l->items, &l->cap, l->n, sizeof *l->items, 64))
        return false;
    l->items[l->n++] = *p;
    return true;
}

static bool is_space_at(const char *s, size_t i, size_t end, size_t *w)
{
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
        *w = 1;
        return true;
    }
    if ((unsigned char)s[i] == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0) {
        *w = 2; /* a no-break space alone on a line is still a blank line */
        return true;
    }
    return false;
}

/* Sentence-final punctuation at the end of a line: the paragraph may end
 * here (closing quotes and brackets count). */
static bool ends_sentence(const char *s, size_t start, size_t end)
{
    while (end > start) {
        unsigned char c = (unsigned char)s[end - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            end--;
            continue;
        }
        if (end - start >= 3 && c >= 0x9C && c <= 0x9D && (unsigned char)s[end - 2] == 0x80 &&
            (unsigned char)s[end - 3] == 0xE2) {
            end -= 3; /* ” “ */
            continue;
        }
        if (end - start >= 3 && (c == 0x99 || c == 0x98) && (unsigned char)s[end - 2] == 0x80 &&
            (unsigned char)s[end - 3] == 0xE2) {
            end -= 3; /* ’ ‘ */
            continue;
        }
        if (end - start >= 2 && c == 0xBB && (unsigned char)s[end - 2] == 0xC2) {
            end -= 2; /* » */
            continue;
        }
        break;
    }
    if (end == start)
        return false;
    char c = s[end - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' ||
           (end - start >= 3 && (unsigned char)s[end - 1] == 0xA6 &&
            (unsigned char)s[end - 2] == 0x80 && (unsigned char)s[end - 3] == 0xE2); /* … */
}

/* Split src into paragraphs of text lines, dropping blank and clutter
 * lines. */
static bool read_paragraphs(const char *src, size_t len, para_list *out)
{
    nm_text_para cur = {0};
    bool open = false;
    size_t prev_start = 0, prev_end = 0;
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(src + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - src) : len;
        size_t next = nl ? le + 1 : len;
        /* content: after indentation and list marker, before trailing space */
        size_t bullet = nm_text_bullet_len(src + ls, le - ls);
        size_t cs = ls + bullet, ce = le, w;
        while (ce > cs && is_space_at(src, ce - 1, le, &w) && w == 1)
            ce--;
        while (ce >= cs + 2 && (unsigned char)src[ce - 2] == 0xC2 &&
               (unsigned char)src[ce - 1] == 0xA0)
            ce -= 2;
        bool blank = true;
        for (size_t i = cs; i < ce && blank; i += w)
            blank = is_space_at(src, i, ce, &w);
        bool clutter = !blank && nm_text_line_is_clutter(src + cs, ce - cs);
        if (blank || clutter) {
            if (open && !para_push(out, &cur))
                return false;
            open = false;
            ls = next;
            continue;
        }
        bool has_marker = false;
        for (size_t i = ls; i < cs; i++)
            if (src[i] != ' ' && src[i] != '\t')
                has_marker = true;
        char prev_last = prev_end > prev_start ? src[prev_end - 1] : '\0';
        bool join = open && !has_marker && !ends_sentence(src, prev_start, prev_end) &&
                    (prev_end - prev_start >= WRAP_MIN_LINE_BYTES || prev_last == ';' ||
                     prev_last == ',');
        if (open && !join) {
            if (!para_push(out, &cur))
                return false;
            open = false;
        }
        if (!open) {
            memset(&cur, 0, sizeof cur);
            cur.start = cs;
            open = true;
        }
        cur.end = ce;
        cur.n_lines++;
        prev_start = cs;
        prev_end = ce;
        ls = next;
    }
    return !open || para_push(out, &cur);
}

typedef struct date_list {
    nm_date_hit *items;
    size_t n, cap;
    bool oom;
} date_list;

static bool collect_date(const nm_date_hit *hit, void *user)
{
    date_list *l = user;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        nm_date_hit *items = realloc(l->items, cap * sizeof *items);
        if (!items) {
            l->oom = true;
            return false;
        }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = *hit;
    return true;
}

/* A dateline opens a paragraph: up to this many bytes of capitalised place
 * name before the date ("WASHINGTON, June 5, 2018 —"). */
#define DATELINE_PLACE_MAX 40

/* Does a full date at `at` give the day of the report? Only in a dateline
 * (at a paragraph's start, after a capitalised place at most) or in a photo
 * caption ("... in this handout picture released on May 31, 2018"): full
 * dates elsewhere in a lead are as often history ("the attacks of Sept. 11,
 * 2012") as news. */
static bool dates_the_article(const char *text, size_t at)
{
    size_t b = at;
    while (b > 0 && !(text[b - 1] == '\n' && b >= 2 && text[b - 2] == '\n'))
        b--;
    bool dateline = at - b <= DATELINE_PLACE_MAX;
    for (size_t i = b; i < at && dateline; i++) {
        char c = text[i];
        dateline = (c >= 'A' && c <= 'Z') || c == ' ' || c == ',' || c == '.' || c == '-' ||
                   c == '(' || c == ')';
    }
    if (dateline)
        return true;
    const char *end = strstr(text + at, "\n\n");
    size_t len = end ? (size_t)(end - text) - b : strlen(text + b);
    static const char *const caption_words[] = {"photo", "picture", "handout", "pictured",
                                                "image", "file photo"};
    for (size_t k = 0; k < sizeof caption_words / sizeof *caption_words; k++)
        if (memmem(text + b, len, caption_words[k], strlen(caption_words[k])))
            return true;
    return false;
}

/* Dates of a->text; a->date when the header gave none. `lead_end` is the
 * text offset where the lead paragraphs end. */
static bool add_dates(nm_article *a, size_t lead_end)
{
    date_list l = {0};
    nm_dates_scan(a->text, a->text_len, collect_date, &l);
    if (l.oom) {
        free(l.items);
        return false;
    }
    nm_date_value ref = {0, 0, 0};
    bool have_ref = a->date && nm_date_parse_iso(a->date, &ref);
    for (size_t i = 0; i < l.n && !have_ref; i++) {
        const nm_date_value *v = &l.items[i].value;
        if (l.items[i].span.start >= lead_end)
            break;
        if (v->year && v->day && dates_the_article(a->text, l.items[i].span.start)) {
            char iso[11];
            nm_date_format_iso(v, iso);
            if (!(a->date = nm_arena_strdup(a->arena, iso))) {
                free(l.items);
                return false;
            }
            ref = *v;
            have_ref = true;
        }
    }
    bool ok = true;
    for (size_t i = 0; i < l.n && ok; i++) {
        nm_date_value v = l.items[i].value;
        char iso[11], md[8];
        bool yearless = !v.year;
        nm_date_format_month_day(&v, md);
        if (have_ref)
            nm_date_resolve_year(&v, &ref);
        const char *iso_copy = NULL, *md_copy = NULL;
        if (nm_date_format_iso(&v, iso))
            ok = (iso_copy = nm_arena_strdup(a->arena, iso)) != NULL;
        if (ok && yearless && md[0])
            ok = (md_copy = nm_arena_strdup(a->arena, md)) != NULL;
        ok = ok && nm_article_add_date(a, l.items[i].span, iso_copy);
        if (ok)
            a->dates[a->n_dates - 1].month_day = md_copy;
    }
    free(l.items);
    return ok;
}

nm_status nm_clean_text(nm_article *a, const char *data, size_t len, nm_error *err)
{
    nm_buf clean;
    nm_buf_init(&clean);
    a->invalid_bytes = nm_utf8_sanitize(data, len, &clean, &a->first_invalid);
    if (len && !clean.data)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "out of memory");
    const char *src = clean.data ? clean.data : "";
    para_list paras = {0};
    nm_buf text;
    nm_buf_init(&text);
    bool ok = read_paragraphs(src, clean.len, &paras) &&
              nm_text_header_read(a, src, paras.items, paras.n) && nm_buf_reserve(&text, clean.len);
    size_t lead_end = 0, body_paras = 0;
    for (size_t i = 0; i < paras.n && ok; i++) {
        const nm_text_para *p = &paras.items[i];
        if (p->role != NM_TEXT_BODY && p->role != NM_TEXT_TITLE)
            continue;
        if (text.len)
            ok = nm_buf_append(&text, "\n\n", 2);
        ok = ok && nm_buf_append(&text, src + p->start, p->end - p->start);
        if (p->role == NM_TEXT_BODY && body_paras++ < DATE_LEAD_PARAS)
            lead_end = text.len;
    }
    if (ok) {
        a->text = nm_arena_strndup(a->arena, text.data ? text.data : "", text.len);
        a->text_len = text.len;
        ok = a->text != NULL && add_dates(a, lead_end);
    }
    free(paras.items);
    nm_buf_deinit(&text);
    nm_buf_deinit(&clean);
    if (!ok)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "out of memory");
    return NM_OK;
}
