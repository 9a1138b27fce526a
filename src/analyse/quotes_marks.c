/* Quote-mark pairing: which marks open and close which quoted span. */
#include "quotes_marks.h"

#include "core/grow.h"

#include <string.h>

/* Code point ending just before byte i, or -1 at the start. */
static int32_t prev_cp(const char *t, size_t i)
{
    if (i == 0)
        return -1;
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    size_t k = j;
    return nm_utf8_decode(t, i, &k);
}

/* Code point starting at byte i, or -1 at the end. */
static int32_t next_cp(const char *t, size_t len, size_t i)
{
    if (i >= len)
        return -1;
    return nm_utf8_decode(t, len, &i);
}

static bool is_space_cp(int32_t c)
{
    return c == -1 || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
           c == 0xA0 || c == 0x2009 || c == 0x200A || c == 0x202F ||
           c == 0x2002 || c == 0x2003;
}

/* Letters and digits: any code point above ASCII that is not punctuation
 * we know counts as a letter, which is right for the scripts news uses. */
static bool is_alnum_cp(int32_t c)
{
    if (c < 0)
        return false;
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xAB || c == 0xBB)
        return false;
    return true;
}

/* Characters after which a straight mark opens a quote. */
static bool opens_after(int32_t c)
{
    return is_space_cp(c) || c == '(' || c == '[' || c == '{' || c == '/' ||
           c == 0x2014 || c == 0x2013 || c == '-' || c == 0x201C || c == 0x2018 ||
           c == ':';
}

size_t nm_qmark_len(const char *t, size_t len, size_t i, bool *is_double)
{
    unsigned char c = (unsigned char)t[i];
    bool dbl = false;
    size_t n = 0;
    if (c == '"') {
        dbl = true;
        n = 1;
    } else if (c == '\'') {
        n = 1;
    } else if (c == 0xE2 && i + 2 < len + 0 && (unsigned char)t[i + 1] == 0x80) {
        unsigned char d = (unsigned char)t[i + 2];
        if (d == 0x9C || d == 0x9D || d == 0x9E || d == 0x9F) {
            dbl = true;
            n = 3;
        } else if (d == 0x98 || d == 0x99) {
            n = 3;
        }
    } else if (c == 0xC2 && i + 1 < len) {
        unsigned char d = (unsigned char)t[i + 1];
        if (d == 0xAB || d == 0xBB) {
            dbl = true;
            n = 2;
        }
    }
    if (n && is_double)
        *is_double = dbl;
    return n;
}

bool nm_qmarks_hold_double(const char *t, nm_range r)
{
    for (size_t i = r.start; i < r.end; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch != '"' && ch != 0xE2 && ch != 0xC2)
            continue;
        bool dbl = false;
        if (nm_qmark_len(t, r.end, i, &dbl) && dbl)
            return true;
    }
    return false;
}

/* Bytes that can start a quote mark: " ' and the lead bytes of the
 * two- and three-byte marks (U+00AB/BB, U+2018-201F). */
static const bool mark_lead[256] = {['"'] = true, ['\''] = true, [0xC2] = true, [0xE2] = true};

typedef enum { ROLE_OPEN, ROLE_CLOSE, ROLE_EITHER, ROLE_NONE } mark_role;

/* Role of the double mark at t[i] (n bytes), from the mark and its
 * neighbours. */
static mark_role double_role(const char *t, size_t len, size_t i, size_t n)
{
    int32_t p = prev_cp(t, i), q = next_cp(t, len, i + n);
    unsigned char last = (unsigned char)t[i + n - 1];
    bool open_ctx = opens_after(p) && !is_space_cp(q);
    bool close_ctx = !is_space_cp(p) && (is_space_cp(q) || !is_alnum_cp(q));
    if (n == 3 && (last == 0x9C || last == 0x9E || last == 0x9F)) /* “ „ ‟ */
        return close_ctx && !open_ctx ? ROLE_EITHER : ROLE_OPEN;
    if (n == 3 && last == 0x9D) /* ” */
        return open_ctx && !close_ctx ? ROLE_EITHER : ROLE_CLOSE;
    if (n == 2)
        return last == 0xAB ? ROLE_OPEN : ROLE_CLOSE;
    if (open_ctx && !close_ctx)
        return ROLE_OPEN;
    if (close_ctx && !open_ctx)
        return ROLE_CLOSE;
    if (is_space_cp(p) && is_space_cp(q))
        return ROLE_NONE; /* a lone mark (inches, ditto) */
    return ROLE_EITHER;
}

/* Role of a single mark at top level: apostrophes are ROLE_NONE. */
static mark_role single_role(const char *t, size_t len, size_t i, size_t n)
{
    int32_t p = prev_cp(t, i), q = next_cp(t, len, i + n);
    bool open_ctx = !is_alnum_cp(p) && p != '.' && p != ',' && is_alnum_cp(q);
    bool close_ctx = !is_space_cp(p) && !is_alnum_cp(q);
    if (open_ctx && (n == 1 || (unsigned char)t[i + 2] == 0x98))
        return ROLE_OPEN;
    if (close_ctx && (n == 1 || (unsigned char)t[i + 2] == 0x99))
        return ROLE_CLOSE;
    return ROLE_NONE;
}

typedef struct span_list {
    nm_arena *arena;
    nm_qspan *v;
    size_t n, cap;
} span_list;

static bool push_span(span_list *l, const char *t, size_t open, size_t open_len,
                      size_t close, size_t close_len, size_t para, bool single)
{
    size_t s = open + open_len, e = close;
    while (s < e && is_space_cp(next_cp(t, e, s))) {
        size_t k = s;
        nm_utf8_decode(t, e, &k);
        s = k;
    }
    while (e > s && is_space_cp(prev_cp(t, e))) {
        size_t k = e - 1;
        while (k > s && ((unsigned char)t[k] & 0xC0) == 0x80)
            k--;
        e = k;
    }
    if (s >= e)
        return true;
    if (!nm_arena_grow(l->arena, (void **)&l->v, &l->cap, l->n, sizeof *l->v, 32))
        return false;
    nm_qspan *q = &l->v[l->n++];
    q->open = open;
    q->open_len = open_len;
    q->close = close_len ? close : e;
    q->close_len = close_len;
    q->inner = (nm_range){s, e};
    q->para = para;
    q->unclosed = close_len == 0;
    q->single = single;
    return true;
}

/* End of the paragraph starting at `i`: the first blank line, or the first
 * newline when the text has no blank lines at all. */
static size_t para_end(const char *t, size_t len, size_t i, bool lines)
{
    for (; i < len; i++) {
        const char *nl = memchr(t + i, '\n', len - i);
        if (!nl)
            return len;
        i = (size_t)(nl - t);
        if (lines)
            return i;
        size_t j = i + 1;
        while (j < len && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
            j++;
        if (j >= len || t[j] == '\n')
            return i;
    }
    return len;
}

static bool has_blank_line(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        const char *nl = memchr(t + i, '\n', len - i);
        if (!nl)
            return false;
        i = (size_t)(nl - t);
        size_t j = i + 1;
        while (j < len && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
            j++;
        if (j < len && t[j] == '\n')
            return true;
    }
    return false;
}

/* The next double mark at or after byte i (before pe) and its role; pe
 * when none. */
static size_t next_double(const char *t, size_t pe, size_t i, mark_role *role)
{
    for (; i < pe; i++) {
        if (!mark_lead[(unsigned char)t[i]])
            continue;
        bool dbl = false;
        size_t n = nm_qmark_len(t, pe, i, &dbl);
        if (n && dbl) {
            *role = double_role(t, pe, i, n);
            return i;
        }
    }
    return pe;
}

/* After an opening double mark met inside an open span, ending at byte
 * i: when the next two double marks both close, the inner one closes a
 * quoted part nested in the span and the outer one the span; returns the
 * outer one's byte, else (size_t)-1. */
static size_t nested_close(const char *t, size_t pe, size_t i)
{
    mark_role r1 = ROLE_NONE, r2 = ROLE_NONE;
    size_t m1 = next_double(t, pe, i, &r1);
    if (m1 >= pe || r1 != ROLE_CLOSE)
        return (size_t)-1;
    size_t m2 = next_double(t, pe, m1 + nm_qmark_len(t, pe, m1, NULL), &r2);
    if (m2 >= pe || r2 != ROLE_CLOSE)
        return (size_t)-1;
    return m2;
}

static bool scan_para(span_list *l, const char *t, size_t ps, size_t pe, size_t para)
{
    const size_t none = (size_t)-1;
    size_t nested = none;
    size_t d_open = none, d_len = 0; /* open double span */
    size_t s_open = none, s_len = 0; /* open top-level single span */
    size_t marks = 0;
    for (size_t i = ps; i < pe;) {
        /* skip to the next byte that can start a mark */
        while (i < pe && !mark_lead[(unsigned char)t[i]])
            i++;
        if (i >= pe)
            break;
        bool dbl = false;
        size_t n = nm_qmark_len(t, pe, i, &dbl);
        if (!n) {
            i++;
            continue;
        }
        if (++marks > NM_QMARKS_MAX_PER_PARA)
            break;
        if (dbl) {
            mark_role r = double_role(t, pe, i, n);
            /* "… 'to the center,' " she said": a straight mark after a
             * space that follows a closing single mark closes the span */
            if (r == ROLE_NONE && d_open != none && t[i] == '"' && i >= ps + 2 && t[i - 1] == ' ' &&
                (t[i - 2] == '\'' || (i >= ps + 4 && (unsigned char)t[i - 4] == 0xE2 &&
                                      (unsigned char)t[i - 3] == 0x80 && (unsigned char)t[i - 2] == 0x99)))
                r = ROLE_CLOSE;
            /* a right mark written for a left one: "” … in the case of
             * Wyoming,” wrote Time" at a paragraph's start, or after the
             * comma or colon of an attribution ("He says,” there are…") */
            if (r == ROLE_CLOSE && d_open == none && n == 3 && (unsigned char)t[i + 2] == 0x9D) {
                int32_t pc = prev_cp(t, i);
                if (i == ps || pc == ',' || pc == ':')
                    r = ROLE_OPEN;
            }
            if (d_open == none) {
                if (r == ROLE_OPEN || r == ROLE_EITHER) {
                    d_open = i;
                    d_len = n;
                    s_open = none; /* a single mark left open was an apostrophe */
                }
            } else if (r == ROLE_CLOSE || r == ROLE_EITHER) {
                if (!push_span(l, t, d_open, d_len, i, n, para, false))
                    return false;
                d_open = none;
            } else if (r == ROLE_OPEN && i > d_open + d_len && (nested = nested_close(t, pe, i + n)) != none) {
                /* “A “B” C”: a double-quoted part inside the span (the
                 * writer did not switch to single marks) stays in it;
                 * not two marks in a row ("“A,” he said.") */
                if (!push_span(l, t, d_open, d_len, nested, nm_qmark_len(t, pe, nested, NULL), para, false))
                    return false;
                d_open = none;
                i = nested + nm_qmark_len(t, pe, nested, NULL);
                continue;
            } else if (r == ROLE_OPEN) {
                /* the open span lacks its closing mark: it ends here */
                if (!push_span(l, t, d_open, d_len, i, 0, para, false))
                    return false;
                d_open = i;
                d_len = n;
            }
        } else if (d_open == none) {
            mark_role r = single_role(t, pe, i, n);
            if (s_open == none && r == ROLE_OPEN) {
                s_open = i;
                s_len = n;
            } else if (s_open != none && r == ROLE_CLOSE) {
                if (!push_span(l, t, s_open, s_len, i, n, para, true))
                    return false;
                s_open = none;
            }
        }
        i += n;
    }
    if (d_open != none && !push_span(l, t, d_open, d_len, pe, 0, para, false))
        return false;
    return true;
}

nm_status nm_qmarks_find(const char *text, size_t len, nm_arena *arena,
                         nm_qspan **out, size_t *n_out)
{
    span_list l = {arena, NULL, 0, 0};
    bool lines = !has_blank_line(text, len);
    size_t para = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && (text[i] == '\n' || text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
            i++;
        if (i >= len)
            break;
        size_t e = para_end(text, len, i, lines);
        if (!scan_para(&l, text, i, e, para))
            return NM_ERR_NOMEM;
        para++;
        i = e;
    }
    *out = l.v;
    *n_out = l.n;
    return NM_OK;
}
