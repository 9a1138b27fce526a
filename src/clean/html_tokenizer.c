/* WHATWG HTML tokenizer (HTML Living Standard §13.2.5), push events.
 *
 * One loop over the input, one `switch` per state; the states where pages
 * spend their bytes (data, tag name, attribute values, comments, raw text)
 * scan whole runs of ordinary bytes at once and hand text out as slices of
 * the input. Section numbers in comments are those of §13.2.5.
 *
 * Input preprocessing (§13.2.3.5): CR LF and lone CR become LF. */
#include "html_tokenizer.h"

#include "html_entities.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Byte classes. */
enum { C_WS = 1, C_ALPHA = 2, C_UPPER = 4, C_DIGIT = 8, C_HEX = 16 };

static uint8_t byte_class(unsigned c)
{
    uint8_t k = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r')
        k |= C_WS;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        k |= C_ALPHA;
    if (c >= 'A' && c <= 'Z')
        k |= C_UPPER;
    if (c >= '0' && c <= '9')
        k |= C_DIGIT | C_HEX;
    if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
        k |= C_HEX;
    return k;
}

/* Built once, on first use. */
static uint8_t cls[256];
static pthread_once_t cls_once = PTHREAD_ONCE_INIT;

static void cls_fill(void)
{
    for (unsigned c = 0; c < 256; c++)
        cls[c] = byte_class(c);
}

static void cls_init(void)
{
    pthread_once(&cls_once, cls_fill);
}

#define IS(c, k) (cls[(unsigned char)(c)] & (k))
#define LOWER(c) ((unsigned char)((c) | (IS(c, C_UPPER) ? 0x20 : 0)))

/* First byte in [p, end) equal to one of a, b, c, d (repeat one to look
 * for fewer), or end. Most of a page's bytes go through here (script
 * bodies, text, attribute values), so 16 bytes are compared at a time
 * where SSE2 is there (every x86-64); the plain loop gives the same. */
static inline const unsigned char *find_any(const unsigned char *p, const unsigned char *end,
                                            unsigned char a, unsigned char b, unsigned char c,
                                            unsigned char d)
{
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
    const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);
    while (end - p >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask)
            return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
    while (p < end && *p != a && *p != b && *p != c && *p != d)
        p++;
    return p;
}

uint32_t hx_name_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* ------------------------------------------------------------------ */
/* Character references (§13.2.5.72-80)                                 */

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* §13.2.5.80: numbers 0x80-0x9F name windows-1252 characters. */
static const uint16_t c1_remap[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Exact lookup of name[0..n) in the generated table; -1 when absent. */
static int entity_find(const char *name, size_t n)
{
    unsigned char c0 = (unsigned char)name[0];
    if (c0 >= 128)
        return -1;
    int lo = hx_entity_range[c0][0], hi = hx_entity_range[c0][1];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const hx_entity *e = &hx_entities[mid];
        size_t el = e->name_len;
        int r = memcmp(hx_entity_names + e->name_off, name, el < n ? el : n);
        if (r == 0)
            r = el < n ? -1 : el > n ? 1 : 0;
        if (r == 0)
            return mid;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

size_t hx_char_ref(const char *s, size_t len, bool in_attribute, char out[8], size_t *out_len)
{
    cls_init();
    *out_len = 0;
    if (len == 0)
        return 0;
    if (s[0] == '#') { /* §13.2.5.75 numeric character reference */
        size_t i = 1;
        bool hex = i < len && (s[i] == 'x' || s[i] == 'X');
        if (hex)
            i++;
        size_t digits_at = i;
        uint32_t cp = 0;
        for (; i < len && IS(s[i], hex ? C_HEX : C_DIGIT); i++) {
            unsigned c = (unsigned char)s[i];
            unsigned d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            /* saturate: anything past U+10FFFF is an error all the same */
            cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + d;
        }
        if (i == digits_at) /* §13.2.5.76/77: absence of digits, not a reference */
            return 0;
        if (i < len && s[i] == ';')
            i++; /* else missing-semicolon, still a reference (§13.2.5.78/79) */
        /* §13.2.5.80 numeric character reference end */
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        else if (cp >= 0x80 && cp <= 0x9F)
            cp = c1_remap[cp - 0x80];
        *out_len = put_utf8(out, cp);
        return i;
    }
    /* §13.2.5.73 named character reference: the longest name in the table
     * that the text starts with. Names are alphanumerics plus an optional
     * final ';'; only the legacy names (no ';', at most
     * HX_ENTITY_NOSEMI_MAX letters) can match a shorter prefix. */
    size_t run = 0;
    while (run < len && run < HX_ENTITY_NAME_MAX && IS(s[run], C_ALPHA | C_DIGIT))
        run++;
    if (run == 0)
        return 0;
    int hit = -1;
    size_t used = 0;
    if (run < len && s[run] == ';' && (hit = entity_find(s, run + 1)) >= 0)
        used = run + 1;
    for (size_t n = run < HX_ENTITY_NOSEMI_MAX ? run : HX_ENTITY_NOSEMI_MAX; hit < 0 && n > 0; n--)
        if ((hit = entity_find(s, n)) >= 0)
            used = n;
    if (hit < 0) /* §13.2.5.74 ambiguous ampersand: the text stays as it is */
        return 0;
    if (in_attribute && s[used - 1] != ';' && used < len &&
        (s[used] == '=' || IS(s[used], C_ALPHA | C_DIGIT)))
        return 0; /* historical reasons: "&copy=" in URLs stays literal */
    const hx_entity *e = &hx_entities[hit];
    memcpy(out, e->value, e->value_len);
    *out_len = e->value_len;
    return used;
}

/* ------------------------------------------------------------------ */
/* Tokenizer state                                                      */

typedef enum state {
    S_DATA,            /* 13.2.5.1 */
    S_RCDATA,          /* 13.2.5.2 */
    S_RAWTEXT,         /* 13.2.5.3 */
    S_SCRIPT,          /* 13.2.5.4 and the escapes, 13.2.5.15-31 */
    S_PLAINTEXT,       /* 13.2.5.5 */
    S_TAG_OPEN,        /* 13.2.5.6 */
    S_END_TAG_OPEN,    /* 13.2.5.7 */
    S_TAG_NAME,        /* 13.2.5.8 */
    S_BEFORE_ATTR_NAME,   /* 13.2.5.32 */
    S_ATTR_NAME,          /* 13.2.5.33 */
    S_AFTER_ATTR_NAME,    /* 13.2.5.34 */
    S_BEFORE_ATTR_VALUE,  /* 13.2.5.35 */
    S_ATTR_VALUE_DQ,      /* 13.2.5.36 */
    S_ATTR_VALUE_SQ,      /* 13.2.5.37 */
    S_ATTR_VALUE_UNQ,     /* 13.2.5.38 */
    S_AFTER_ATTR_VALUE_Q, /* 13.2.5.39 */
    S_SELF_CLOSING,       /* 13.2.5.40 */
    S_BOGUS_COMMENT,      /* 13.2.5.41 */
    S_MARKUP_DECL,        /* 13.2.5.42 */
    S_COMMENT_START,      /* 13.2.5.43 */
    S_COMMENT_START_DASH, /* 13.2.5.44 */
    S_COMMENT,            /* 13.2.5.45 */
    S_COMMENT_LT,         /* 13.2.5.46 */
    S_COMMENT_LT_BANG,    /* 13.2.5.47 */
    S_COMMENT_LT_BANG_DASH,      /* 13.2.5.48 */
    S_COMMENT_LT_BANG_DASH_DASH, /* 13.2.5.49 */
    S_COMMENT_END_DASH,   /* 13.2.5.50 */
    S_COMMENT_END,        /* 13.2.5.51 */
    S_COMMENT_END_BANG,   /* 13.2.5.52 */
    S_DOCTYPE,            /* 13.2.5.53-68 */
} state;

/* Longest start tag name that can switch the text model ("plaintext");
 * the "appropriate end tag" check compares against it. */
#define RAW_NAME_MAX 16

typedef struct attr_rec {
    uint32_t name_off, name_len, value_off, value_len;
} attr_rec;

typedef struct tk {
    const unsigned char *p, *end;
    const hx_token_sink *sink;
    void *user;
    char *buf;              /* tag name, attributes or comment being built */
    size_t len, cap;
    attr_rec *recs;
    hx_attr *out;
    uint32_t n_recs, cap_recs;
    uint32_t name_len, name_hash;
    uint32_t attr_off;      /* where the attribute being read starts in buf */
    uint8_t attr_phase;     /* 0 none, 1 name, 2 value */
    bool attr_drop;         /* duplicate or over HX_TOK_MAX_ATTRS */
    bool is_end, self_closing;
    bool oom;
    char last_start[RAW_NAME_MAX];
    size_t last_start_len;
} tk;

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

static bool reserve(tk *t, size_t extra)
{
    if (t->len + extra <= t->cap)
        return true;
    if (t->oom)
        return false;
    size_t ncap = t->cap ? t->cap : 256;
    while (ncap < t->len + extra) {
        if (ncap > SIZE_MAX / 2) {
            t->oom = true;
            return false;
        }
        ncap *= 2;
    }
    char *nb = realloc(t->buf, ncap);
    if (!nb) {
        t->oom = true;
        return false;
    }
    t->buf = nb;
    t->cap = ncap;
    return true;
}

static inline void put(tk *t, char c)
{
    if (t->len < t->cap || reserve(t, 1))
        t->buf[t->len++] = c;
}

static void put_n(tk *t, const void *s, size_t n)
{
    if (n && reserve(t, n)) {
        memcpy(t->buf + t->len, s, n);
        t->len += n;
    }
}

static inline void text(tk *t, const void *s, size_t n)
{
    if (n)
        t->sink->text(t->user, (const char *)s, n);
}

/* --- tags ---------------------------------------------------------- */

static void tag_begin(tk *t, bool is_end)
{
    t->len = 0;
    t->n_recs = 0;
    t->is_end = is_end;
    t->self_closing = false;
    t->attr_phase = 0;
    t->name_hash = 2166136261u;
}

/* Append name bytes lower-cased (ASCII; NUL → U+FFFD), updating the hash. */
static void tag_name_put(tk *t, const unsigned char *s, size_t n)
{
    if (!reserve(t, n * 3))
        return;
    uint32_t h = t->name_hash;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == 0) {
            for (int k = 0; k < 3; k++) {
                t->buf[t->len++] = REPLACEMENT[k];
                h = (h ^ (unsigned char)REPLACEMENT[k]) * 16777619u;
            }
            continue;
        }
        c = LOWER(c);
        t->buf[t->len++] = (char)c;
        h = (h ^ c) * 16777619u;
    }
    t->name_hash = h;
}

static void tag_name_end(tk *t)
{
    t->name_len = (uint32_t)t->len;
    put(t, '\0');
}

static void attr_finish(tk *t)
{
    uint8_t phase = t->attr_phase;
    if (phase == 0)
        return;
    t->attr_phase = 0;
    if (t->attr_drop || t->oom) {
        t->len = t->attr_off; /* forget it */
        return;
    }
    attr_rec *r = &t->recs[t->n_recs];
    if (phase == 1) { /* a name without value: "" */
        r->name_len = (uint32_t)(t->len - r->name_off);
        put(t, '\0');
        r->value_off = (uint32_t)t->len;
    }
    r->value_len = (uint32_t)(t->len - r->value_off);
    put(t, '\0');
    t->n_recs++;
}

/* §13.2.5.32: a new attribute starts (its name follows). */
static void attr_begin(tk *t)
{
    attr_finish(t);
    t->attr_phase = 1;
    t->attr_off = (uint32_t)t->len;
    t->attr_drop = t->n_recs >= HX_TOK_MAX_ATTRS || t->is_end;
    if (t->attr_drop)
        return;
    if (t->n_recs == t->cap_recs) {
        uint32_t ncap = t->cap_recs ? t->cap_recs * 2 : 16;
        attr_rec *nr = realloc(t->recs, ncap * sizeof *nr);
        hx_attr *no = nr ? realloc(t->out, ncap * sizeof *no) : NULL;
        if (nr)
            t->recs = nr;
        if (!no) {
            t->oom = true;
            t->attr_drop = true;
            return;
        }
        t->out = no;
        t->cap_recs = ncap;
    }
    t->recs[t->n_recs].name_off = (uint32_t)t->len;
}

/* Leaving the attribute name state (§13.2.5.33): a name already on this
 * tag makes the attribute a duplicate, dropped with its value. */
static void attr_name_end(tk *t)
{
    if (t->attr_phase != 1)
        return;
    t->attr_phase = 2;
    if (t->attr_drop) {
        put(t, '\0');
        return;
    }
    attr_rec *r = &t->recs[t->n_recs];
    r->name_len = (uint32_t)(t->len - r->name_off);
    for (uint32_t i = 0; i < t->n_recs && !t->oom; i++)
        if (t->recs[i].name_len == r->name_len &&
            !memcmp(t->buf + t->recs[i].name_off, t->buf + r->name_off, r->name_len)) {
            t->attr_drop = true;
            break;
        }
    put(t, '\0');
    r->value_off = (uint32_t)t->len;
}

/* Emit the current tag; returns the state to continue in. */
static state tag_emit(tk *t)
{
    attr_finish(t);
    if (t->oom)
        return S_DATA;
    hx_token_tag tok;
    tok.name = t->buf;
    tok.name_len = t->name_len;
    tok.name_hash = t->name_hash;
    tok.self_closing = t->self_closing;
    tok.attrs = t->out;
    tok.n_attrs = 0;
    if (t->is_end) {
        t->sink->end_tag(t->user, &tok);
        return S_DATA;
    }
    for (uint32_t i = 0; i < t->n_recs; i++) {
        const attr_rec *r = &t->recs[i];
        t->out[i].name = t->buf + r->name_off;
        t->out[i].name_len = r->name_len;
        t->out[i].value = t->buf + r->value_off;
        t->out[i].value_len = r->value_len;
    }
    tok.n_attrs = t->n_recs;
    hx_text_model m = t->sink->start_tag(t->user, &tok);
    if (m == HX_TEXT_DATA || tok.name_len > RAW_NAME_MAX)
        return S_DATA;
    memcpy(t->last_start, tok.name, tok.name_len);
    t->last_start_len = tok.name_len;
    switch (m) {
    case HX_TEXT_RCDATA: return S_RCDATA;
    case HX_TEXT_RAWTEXT: return S_RAWTEXT;
    case HX_TEXT_SCRIPT: return S_SCRIPT;
    case HX_TEXT_PLAINTEXT: return S_PLAINTEXT;
    default: return S_DATA;
    }
}

/* "Appropriate end tag" (§13.2.5.11, 14, 17, 25): p at '<'; true when
 * "</" + the last start tag's name (any case) + whitespace, '/' or '>'
 * follows. Then the end tag is begun and p left on that delimiter, which
 * the tag name state handles. Otherwise the spec's end-tag-name states
 * give back "</" and the letters as text, which is what the caller does
 * by treating '<' as text. */
static bool appropriate_end(tk *t, const unsigned char *p)
{
    size_t n = t->last_start_len;
    if ((size_t)(t->end - p) < n + 3 || p[1] != '/')
        return false;
    for (size_t i = 0; i < n; i++)
        if (LOWER(p[2 + i]) != (unsigned char)t->last_start[i])
            return false;
    unsigned char d = p[2 + n];
    if (!IS(d, C_WS) && d != '/' && d != '>')
        return false;
    tag_begin(t, true);
    tag_name_put(t, (const unsigned char *)t->last_start, n);
    t->p = p + 2 + n;
    return true;
}

/* Text runs with CR normalised: emit s[0..n) where n stops at a CR. */
static const unsigned char *text_cr(tk *t, const unsigned char *p)
{
    /* p at '\r' */
    if (p + 1 < t->end && p[1] == '\n')
        return p + 1; /* the LF starts the next run */
    text(t, "\n", 1);
    return p + 1;
}

/* §13.2.5.1-3, 5: data, RCDATA, RAWTEXT, PLAINTEXT. Returns next state. */
static state text_state(tk *t, state st)
{
    const unsigned char *p = t->p, *end = t->end;
    for (;;) {
        const unsigned char *s = p;
        if (st == S_DATA || st == S_RCDATA)
            p = find_any(p, end, '<', '&', '\r', 0);
        else if (st == S_RAWTEXT)
            p = find_any(p, end, '<', '<', '\r', 0);
        else
            p = find_any(p, end, '\r', '\r', '\r', 0);
        text(t, s, (size_t)(p - s));
        if (p >= end) {
            t->p = p;
            return st;
        }
        switch (*p) {
        case '\r':
            p = text_cr(t, p);
            break;
        case 0:
            if (st != S_DATA) /* data: dropped (see the header) */
                text(t, REPLACEMENT, 3);
            p++;
            break;
        case '&': {
            char ref[8];
            size_t n;
            size_t used = hx_char_ref((const char *)p + 1, (size_t)(end - p - 1), false, ref, &n);
            if (used) {
                text(t, ref, n);
                p += 1 + used;
            } else {
                text(t, p, 1);
                p++;
            }
            break;
        }
        case '<':
            if (st == S_DATA) {
                t->p = p + 1;
                return S_TAG_OPEN;
            }
            if (appropriate_end(t, p))
                return S_TAG_NAME;
            text(t, p, 1);
            p++;
            break;
        default:
            break;
        }
    }
}

/* §13.2.5.4, 15-31: script data and its escaped / double-escaped states.
 * Text goes out as slices of the input; the sub-states only decide where
 * "</script" counts as the end tag. */
/* 13.2.5.26 / 13.2.5.31: the letters at *p (skipped) and, when a whitespace,
 * "/" or ">" follows them, that delimiter too (a CR is left for the
 * normaliser). True when the letters spell "script" (any case) and the
 * delimiter is there. */
static bool script_then_delimiter(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *q = *pp;
    char nm[7];
    size_t n = 0;
    while (q < end && IS(*q, C_ALPHA)) {
        if (n < sizeof nm)
            nm[n] = (char)LOWER(*q);
        n++;
        q++;
    }
    bool script = false;
    if (q < end && (IS(*q, C_WS) || *q == '/' || *q == '>')) {
        script = n == 6 && !memcmp(nm, "script", 6);
        if (*q != '\r')
            q++;
    }
    *pp = q;
    return script;
}

static state script_state(tk *t)
{
    enum { D, ESC, ESC_DASH, ESC_DASH_DASH, DESC, DESC_DASH, DESC_DASH_DASH } sub = D;
    const unsigned char *p = t->p, *end = t->end, *run = p;
    while (p < end) {
        unsigned char c = *p;
        if (sub == D) {
            p = find_any(p, end, '<', '<', '\r', 0);
            if (p >= end)
                break;
            c = *p;
        }
        if (c == 0 || c == '\r') {
            text(t, run, (size_t)(p - run));
            if (c == 0) {
                text(t, REPLACEMENT, 3);
                p++;
            } else {
                p = text_cr(t, p);
            }
            run = p;
            if (sub == ESC_DASH || sub == ESC_DASH_DASH)
                sub = ESC;
            else if (sub == DESC_DASH || sub == DESC_DASH_DASH)
                sub = DESC;
            continue;
        }
        switch (sub) {
        case D: /* 13.2.5.4, 15: script data (less-than sign) */
            if (appropriate_end(t, p)) {
                text(t, run, (size_t)(p - run));
                return S_TAG_NAME;
            }
            /* 13.2.5.18-19: "<!--" enters the escaped state */
            if (p + 3 < end && p[1] == '!' && p[2] == '-' && p[3] == '-') {
                p += 4;
                sub = ESC_DASH_DASH;
            } else {
                p++;
            }
            break;
        case ESC:
        case ESC_DASH:
        case ESC_DASH_DASH: /* 13.2.5.20-22 */
            if (c == '-') {
                sub = sub == ESC ? ESC_DASH : ESC_DASH_DASH;
                p++;
            } else if (c == '>' && sub == ESC_DASH_DASH) {
                sub = D;
                p++;
            } else if (c == '<') {
                /* 13.2.5.23-25: escaped less-than sign / end tag */
                if (appropriate_end(t, p)) {
                    text(t, run, (size_t)(p - run));
                    return S_TAG_NAME;
                }
                sub = ESC;
                p++;
                /* 13.2.5.26 double escape start: "<script" + delimiter */
                if (p < end && IS(*p, C_ALPHA) && script_then_delimiter(&p, end))
                    sub = DESC;
            } else {
                sub = ESC;
                p++;
            }
            break;
        default: /* 13.2.5.27-31: double escaped */
            if (c == '-') {
                sub = sub == DESC ? DESC_DASH : DESC_DASH_DASH;
                p++;
            } else if (c == '>' && sub == DESC_DASH_DASH) {
                sub = D;
                p++;
            } else if (c == '<') {
                sub = DESC;
                p++;
                /* 13.2.5.31 double escape end: "</script" + delimiter */
                if (p < end && *p == '/' && (++p, script_then_delimiter(&p, end)))
                    sub = ESC;
            } else {
                sub = DESC;
                p++;
            }
            break;
        }
    }
    text(t, run, (size_t)(p - run));
    t->p = p;
    return S_SCRIPT; /* at EOF */
}

/* Append an attribute value run with CR normalised, NUL → U+FFFD and
 * character references decoded; stops before `stop1`/`stop2` (quote, or
 * whitespace/'>' when unquoted) and returns there. */
static const unsigned char *attr_value(tk *t, const unsigned char *p, unsigned char quote)
{
    const unsigned char *end = t->end;
    for (;;) {
        const unsigned char *s = p;
        if (quote) {
            p = find_any(p, end, quote, '&', '\r', 0);
        } else {
            while (p < end && !IS(*p, C_WS) && *p != '>' && *p != '&' && *p != 0)
                p++;
        }
        if (!t->attr_drop)
            put_n(t, s, (size_t)(p - s));
        if (p >= end)
            return p;
        unsigned char c = *p;
        if (c == '&') {
            char ref[8];
            size_t n;
            size_t used = hx_char_ref((const char *)p + 1, (size_t)(end - p - 1), true, ref, &n);
            if (!t->attr_drop) {
                if (used)
                    put_n(t, ref, n);
                else
                    put(t, '&');
            }
            p += 1 + used;
        } else if (c == 0) {
            if (!t->attr_drop)
                put_n(t, REPLACEMENT, 3);
            p++;
        } else if (c == '\r' && quote) {
            if (!t->attr_drop)
                put(t, '\n');
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else {
            return p; /* the quote, or whitespace / '>' unquoted */
        }
    }
}

/* Comment data: append with CR normalised and NUL → U+FFFD. */
static void comment_put(tk *t, const unsigned char *s, size_t n)
{
    const unsigned char *end = s + n;
    while (s < end) {
        const unsigned char *q = find_any(s, end, '\r', '\r', '\r', 0);
        put_n(t, s, (size_t)(q - s));
        if (q >= end)
            break;
        if (*q == 0)
            put_n(t, REPLACEMENT, 3);
        else if (!(q + 1 < end && q[1] == '\n'))
            put(t, '\n');
        s = q + 1;
    }
}

static void comment_emit(tk *t)
{
    if (t->sink->comment && !t->oom)
        t->sink->comment(t->user, t->buf ? t->buf : "", t->len);
}

static bool ascii_prefix_ci(const unsigned char *p, const unsigned char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (LOWER(p[i]) != (unsigned char)word[i])
            return false;
    return true;
}

bool hx_tokenize(const char *html, size_t len, const hx_token_sink *sink, void *user)
{
    cls_init();
    tk t;
    memset(&t, 0, sizeof t);
    t.p = (const unsigned char *)html;
    t.end = t.p + len;
    t.sink = sink;
    t.user = user;
    state st = S_DATA;
    while (!t.oom) {
        const unsigned char *end = t.end;
        const unsigned char *p = t.p;
        if (st <= S_PLAINTEXT) {
            if (p >= end)
                break; /* EOF in a text state: nothing pending */
            st = st == S_SCRIPT ? script_state(&t) : text_state(&t, st);
            if (st <= S_PLAINTEXT && t.p >= end)
                break;
            continue;
        }
        bool eof = p >= end;
        unsigned char c = eof ? 0 : *p;
        switch (st) {
        case S_TAG_OPEN: /* 13.2.5.6 */
            if (!eof && c == '!') {
                t.p = p + 1;
                st = S_MARKUP_DECL;
            } else if (!eof && c == '/') {
                t.p = p + 1;
                st = S_END_TAG_OPEN;
            } else if (!eof && IS(c, C_ALPHA)) {
                tag_begin(&t, false);
                st = S_TAG_NAME;
            } else if (!eof && c == '?') {
                t.len = 0;
                st = S_BOGUS_COMMENT; /* reconsume */
            } else {
                text(&t, "<", 1); /* EOF or anything else: '<' is text */
                st = S_DATA;
            }
            break;
        case S_END_TAG_OPEN: /* 13.2.5.7 */
            if (eof) {
                text(&t, "</", 2);
                st = S_DATA;
            } else if (IS(c, C_ALPHA)) {
                tag_begin(&t, true);
                st = S_TAG_NAME;
            } else if (c == '>') {
                t.p = p + 1; /* missing-end-tag-name: nothing */
                st = S_DATA;
            } else {
                t.len = 0;
                st = S_BOGUS_COMMENT;
            }
            break;
        case S_TAG_NAME: { /* 13.2.5.8 */
            const unsigned char *s = p;
            while (p < end && !IS(*p, C_WS) && *p != '/' && *p != '>')
                p++;
            tag_name_put(&t, s, (size_t)(p - s));
            t.p = p;
            if (p >= end) {
                st = S_DATA; /* eof-in-tag: the tag is dropped */
                t.p = end;
                goto done;
            }
            tag_name_end(&t);
            if (*p == '>') {
                t.p = p + 1;
                st = tag_emit(&t);
            } else {
                t.p = p + 1;
                st = *p == '/' ? S_SELF_CLOSING : S_BEFORE_ATTR_NAME;
            }
            break;
        }
        case S_BEFORE_ATTR_NAME: /* 13.2.5.32 */
            while (p < end && IS(*p, C_WS))
                p++;
            t.p = p;
            if (p >= end || *p == '/' || *p == '>') {
                st = S_AFTER_ATTR_NAME;
            } else {
                attr_begin(&t);
                if (*p == '=') { /* unexpected-equals-sign: part of the name */
                    put(&t, '=');
                    t.p = p + 1;
                }
                st = S_ATTR_NAME;
            }
            break;
        case S_ATTR_NAME: { /* 13.2.5.33 */
            const unsigned char *s = p;
            while (p < end && !IS(*p, C_WS) && *p != '/' && *p != '>' && *p != '=')
                p++;
            /* lower-case; NUL → U+FFFD */
            for (const unsigned char *q = s; q < p; q++) {
                if (*q == 0)
                    put_n(&t, REPLACEMENT, 3);
                else
                    put(&t, (char)LOWER(*q));
            }
            t.p = p;
            attr_name_end(&t);
            if (p < end && *p == '=') {
                t.p = p + 1;
                st = S_BEFORE_ATTR_VALUE;
            } else {
                st = S_AFTER_ATTR_NAME;
            }
            break;
        }
        case S_AFTER_ATTR_NAME: /* 13.2.5.34 */
            while (p < end && IS(*p, C_WS))
                p++;
            t.p = p;
            if (p >= end)
                goto done; /* eof-in-tag */
            if (*p == '/') {
                t.p = p + 1;
                st = S_SELF_CLOSING;
            } else if (*p == '=') {
                t.p = p + 1;
                st = S_BEFORE_ATTR_VALUE;
            } else if (*p == '>') {
                t.p = p + 1;
                st = tag_emit(&t);
            } else {
                attr_begin(&t);
                st = S_ATTR_NAME;
            }
            break;
        case S_BEFORE_ATTR_VALUE: /* 13.2.5.35 */
            while (p < end && IS(*p, C_WS))
                p++;
            t.p = p;
            if (p < end && (*p == '"' || *p == '\'')) {
                t.p = p + 1;
                st = *p == '"' ? S_ATTR_VALUE_DQ : S_ATTR_VALUE_SQ;
            } else if (p < end && *p == '>') {
                t.p = p + 1; /* missing-attribute-value */
                st = tag_emit(&t);
            } else {
                st = S_ATTR_VALUE_UNQ;
            }
            break;
        case S_ATTR_VALUE_DQ: /* 13.2.5.36 */
        case S_ATTR_VALUE_SQ: /* 13.2.5.37 */
            p = attr_value(&t, p, st == S_ATTR_VALUE_DQ ? '"' : '\'');
            if (p >= end) {
                t.p = end;
                goto done; /* eof-in-tag */
            }
            t.p = p + 1;
            st = S_AFTER_ATTR_VALUE_Q;
            break;
        case S_ATTR_VALUE_UNQ: /* 13.2.5.38 */
            p = attr_value(&t, p, 0);
            if (p >= end) {
                t.p = end;
                goto done;
            }
            if (*p == '>') {
                t.p = p + 1;
                st = tag_emit(&t);
            } else {
                t.p = p + 1;
                st = S_BEFORE_ATTR_NAME;
            }
            break;
        case S_AFTER_ATTR_VALUE_Q: /* 13.2.5.39 */
            if (eof)
                goto done;
            if (IS(c, C_WS)) {
                t.p = p + 1;
                st = S_BEFORE_ATTR_NAME;
            } else if (c == '/') {
                t.p = p + 1;
                st = S_SELF_CLOSING;
            } else if (c == '>') {
                t.p = p + 1;
                st = tag_emit(&t);
            } else {
                st = S_BEFORE_ATTR_NAME; /* missing whitespace: reconsume */
            }
            break;
        case S_SELF_CLOSING: /* 13.2.5.40 */
            if (eof)
                goto done;
            if (c == '>') {
                t.self_closing = true;
                t.p = p + 1;
                st = tag_emit(&t);
            } else {
                st = S_BEFORE_ATTR_NAME; /* unexpected-solidus: reconsume */
            }
            break;
        case S_BOGUS_COMMENT: { /* 13.2.5.41 (t.len already holds its start) */
            const unsigned char *gt = memchr(p, '>', (size_t)(end - p));
            const unsigned char *stop = gt ? gt : end;
            comment_put(&t, p, (size_t)(stop - p));
            comment_emit(&t);
            t.p = gt ? gt + 1 : end;
            st = S_DATA;
            break;
        }
        case S_MARKUP_DECL: /* 13.2.5.42 */
            t.len = 0;
            if (p + 1 < end && p[0] == '-' && p[1] == '-') {
                t.p = p + 2;
                st = S_COMMENT_START;
            } else if (ascii_prefix_ci(p, end, "doctype")) {
                t.p = p + 7;
                st = S_DOCTYPE;
            } else if ((size_t)(end - p) >= 7 && !memcmp(p, "[CDATA[", 7)) {
                put_n(&t, "[CDATA[", 7); /* not foreign content: a bogus comment */
                t.p = p + 7;
                st = S_BOGUS_COMMENT;
            } else {
                st = S_BOGUS_COMMENT; /* incorrectly-opened-comment */
            }
            break;
        case S_COMMENT_START: /* 13.2.5.43 */
            if (!eof && c == '-') {
                t.p = p + 1;
                st = S_COMMENT_START_DASH;
            } else if (!eof && c == '>') {
                t.p = p + 1; /* abrupt-closing-of-empty-comment */
                comment_emit(&t);
                st = S_DATA;
            } else {
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_START_DASH: /* 13.2.5.44 */
            if (eof) {
                comment_emit(&t);
                goto done;
            }
            if (c == '-') {
                t.p = p + 1;
                st = S_COMMENT_END;
            } else if (c == '>') {
                t.p = p + 1;
                comment_emit(&t);
                st = S_DATA;
            } else {
                put(&t, '-');
                st = S_COMMENT;
            }
            break;
        case S_COMMENT: { /* 13.2.5.45 */
            const unsigned char *s = p;
            p = find_any(p, end, '<', '-', '-', '-');
            comment_put(&t, s, (size_t)(p - s));
            t.p = p;
            if (p >= end) {
                comment_emit(&t);
                goto done;
            }
            if (*p == '<') {
                put(&t, '<');
                st = S_COMMENT_LT;
            } else {
                st = S_COMMENT_END_DASH; /* '-' appended once known to be data */
            }
            t.p = p + 1;
            break;
        }
        case S_COMMENT_LT: /* 13.2.5.46 */
            if (!eof && c == '!') {
                put(&t, '!');
                t.p = p + 1;
                st = S_COMMENT_LT_BANG;
            } else if (!eof && c == '<') {
                put(&t, '<');
                t.p = p + 1;
            } else {
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_LT_BANG: /* 13.2.5.47 */
            if (!eof && c == '-') {
                t.p = p + 1;
                st = S_COMMENT_LT_BANG_DASH;
            } else {
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_LT_BANG_DASH: /* 13.2.5.48 */
            if (!eof && c == '-') {
                t.p = p + 1;
                st = S_COMMENT_LT_BANG_DASH_DASH;
            } else {
                st = S_COMMENT_END_DASH;
            }
            break;
        case S_COMMENT_LT_BANG_DASH_DASH: /* 13.2.5.49: nested-comment error only */
            st = S_COMMENT_END;
            break;
        case S_COMMENT_END_DASH: /* 13.2.5.50 */
            if (eof) {
                comment_emit(&t);
                goto done;
            }
            if (c == '-') {
                t.p = p + 1;
                st = S_COMMENT_END;
            } else {
                put(&t, '-');
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_END: /* 13.2.5.51 */
            if (eof) {
                comment_emit(&t);
                goto done;
            }
            if (c == '>') {
                t.p = p + 1;
                comment_emit(&t);
                st = S_DATA;
            } else if (c == '!') {
                t.p = p + 1;
                st = S_COMMENT_END_BANG;
            } else if (c == '-') {
                put(&t, '-');
                t.p = p + 1;
            } else {
                put_n(&t, "--", 2);
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_END_BANG: /* 13.2.5.52 */
            if (eof) {
                comment_emit(&t);
                goto done;
            }
            if (c == '-') {
                put_n(&t, "--!", 3);
                t.p = p + 1;
                st = S_COMMENT_END_DASH;
            } else if (c == '>') {
                t.p = p + 1; /* incorrectly-closed-comment */
                comment_emit(&t);
                st = S_DATA;
            } else {
                put_n(&t, "--!", 3);
                st = S_COMMENT;
            }
            break;
        case S_DOCTYPE: { /* 13.2.5.53-68: every DOCTYPE state ends at '>' or EOF */
            while (p < end && IS(*p, C_WS))
                p++;
            const unsigned char *s = p;
            while (p < end && !IS(*p, C_WS) && *p != '>')
                p++;
            for (const unsigned char *q = s; q < p; q++) {
                if (*q == 0)
                    put_n(&t, REPLACEMENT, 3);
                else
                    put(&t, (char)LOWER(*q));
            }
            const unsigned char *gt = memchr(p, '>', (size_t)(end - p));
            if (t.sink->doctype && !t.oom)
                t.sink->doctype(t.user, t.buf ? t.buf : "", t.len);
            t.p = gt ? gt + 1 : end;
            st = S_DATA;
            break;
        }
        default:
            st = S_DATA;
            break;
        }
    }
done:
    free(t.buf);
    free(t.recs);
    free(t.out);
    return !t.oom;
}

hx_text_model hx_text_model_of(const char *name, size_t len)
{
    switch (len) {
    case 3:
        if (!memcmp(name, "xmp", 3))
            return HX_TEXT_RAWTEXT;
        break;
    case 5:
        if (!memcmp(name, "title", 5))
            return HX_TEXT_RCDATA;
        if (!memcmp(name, "style", 5))
            return HX_TEXT_RAWTEXT;
        break;
    case 6:
        if (!memcmp(name, "script", 6))
            return HX_TEXT_SCRIPT;
        if (!memcmp(name, "iframe", 6))
            return HX_TEXT_RAWTEXT;
        break;
    case 7:
        if (!memcmp(name, "noembed", 7))
            return HX_TEXT_RAWTEXT;
        break;
    case 8:
        if (!memcmp(name, "textarea", 8))
            return HX_TEXT_RCDATA;
        if (!memcmp(name, "noframes", 8) || !memcmp(name, "noscript", 8))
            return HX_TEXT_RAWTEXT;
        break;
    case 9:
        if (!memcmp(name, "plaintext", 9))
            return HX_TEXT_PLAINTEXT;
        break;
    default:
        break;
    }
    return HX_TEXT_DATA;
}
