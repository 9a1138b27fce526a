/* Metadata from what the parse collected: JSON-LD (schema.org Article),
 * Open Graph / article:* / Dublin Core / plain <meta>, <time datetime>,
 * itemprop/rel=author elements and bylines, <title>, <h1>, the URL.
 * Each field takes the first source that gives a plausible value, in the
 * order the code lists them (most explicit and least ambiguous first). */
#include "html_internal.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Authors kept per article; more are usually a parsing accident. */
#define MAX_AUTHORS 8
/* Longest plausible author name, in bytes. */
#define AUTHOR_MAX_BYTES 80
/* JSON-LD objects looked at per page (top level, @graph items). */
#define JSONLD_MAX_OBJECTS 64

typedef struct ld_fields {
    const char *headline, *published, *modified, *publisher;
    const char *authors[MAX_AUTHORS];
    size_t n_authors;
    int rank; /* 2: *Article/BlogPosting, 1: WebPage/other, 0: none */
} ld_fields;

static const char *meta_get(const hx_doc *d, const char *key)
{
    for (uint32_t i = 0; i < d->n_metas; i++)
        if (!strcmp(d->metas[i].key, key))
            return d->metas[i].value;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Dates                                                                */

static bool digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

static int month_of(const char *s, size_t *len)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; m++)
        if (!strncasecmp(s, names[m], 3)) {
            size_t n = 3;
            while (isalpha((unsigned char)s[n]))
                n++;
            if (s[n] == '.')
                n++;
            *len = n;
            return m + 1;
        }
    return 0;
}

static bool valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static const char *ymd(nm_arena *arena, int y, int m, int d)
{
    return valid_ymd(y, m, d) ? nm_arena_printf(arena, "%04d-%02d-%02d", y, m, d) : NULL;
}

const char *hx_date_normalise(nm_arena *arena, const char *s)
{
    if (!s)
        return NULL;
    while (isspace((unsigned char)*s))
        s++;
    /* ISO 8601: keep a timestamp as given (its characters checked) */
    if (digits(s, 4) && (s[4] == '-' || s[4] == '/') && digits(s + 5, 2) && s[7] == s[4] &&
        digits(s + 8, 2)) {
        int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
        if (!valid_ymd(y, m, d))
            return NULL;
        if (s[4] == '-' && (s[10] == 'T' || s[10] == ' ') && digits(s + 11, 2) && s[13] == ':') {
            size_t n = 11;
            while (s[n] && (isdigit((unsigned char)s[n]) || strchr(":.+-Z", s[n])))
                n++;
            char *t = nm_arena_strndup(arena, s, n);
            if (t)
                t[10] = 'T';
            return t;
        }
        return ymd(arena, y, m, d);
    }
    if (digits(s, 8) && !isdigit((unsigned char)s[8]))
        return ymd(arena, atoi((char[]){s[0], s[1], s[2], s[3], 0}),
                   atoi((char[]){s[4], s[5], 0}), atoi((char[]){s[6], s[7], 0}));
    /* "Tue, 19 Nov 2019", "19 November 2019", "November 19, 2019" */
    const char *p = s;
    if (isalpha((unsigned char)*p)) {
        size_t ml;
        int m = month_of(p, &ml);
        if (m && isspace((unsigned char)p[ml])) {
            int d = atoi(p + ml + 1);
            const char *c = strchr(p + ml, ',');
            if (d && c && digits(c + 2, 4))
                return ymd(arena, atoi(c + 2), m, d);
        }
        while (*p && *p != ' ')
            p++;
        while (*p == ' ')
            p++;
    }
    if (isdigit((unsigned char)*p)) {
        int d = atoi(p);
        while (isdigit((unsigned char)*p))
            p++;
        while (*p == ' ' || *p == '.')
            p++;
        size_t ml;
        int m = month_of(p, &ml);
        if (m) {
            p += ml;
            while (*p == ' ' || *p == ',')
                p++;
            if (digits(p, 4))
                return ymd(arena, atoi(p), m, d);
        }
    }
    return NULL;
}

const char *hx_date_from_url(nm_arena *arena, const char *url)
{
    if (!url)
        return NULL;
    const char *path = strstr(url, "://");
    path = path ? strchr(path + 3, '/') : url;
    for (const char *p = path; p && *p; p++) {
        if (*p != '/' && *p != '-' && *p != '_')
            continue;
        const char *q = p + 1;
        /* /2019/11/19/ or /2019-11-19 */
        if (digits(q, 4) && (q[4] == '/' || q[4] == '-') && digits(q + 5, 2) && q[7] == q[4] &&
            digits(q + 8, 2) && !isdigit((unsigned char)q[10])) {
            const char *r = ymd(arena, atoi(q), atoi(q + 5), atoi(q + 8));
            if (r)
                return r;
        }
        /* /20191119/ */
        if (digits(q, 8) && (q[8] == '/' || q[8] == '-' || q[8] == '_')) {
            char y[5] = {q[0], q[1], q[2], q[3], 0}, m[3] = {q[4], q[5], 0}, dd[3] = {q[6], q[7], 0};
            const char *r = ymd(arena, atoi(y), atoi(m), atoi(dd));
            if (r)
                return r;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Authors                                                              */

static bool contains_ci(const char *s, size_t len, const char *word)
{
    size_t wl = strlen(word);
    for (size_t i = 0; i + wl <= len; i++)
        if (!strncasecmp(s + i, word, wl))
            return true;
    return false;
}

bool hx_author_plausible(const char *s, size_t len)
{
    if (len < 3 || len > AUTHOR_MAX_BYTES)
        return false;
    static const char *const junk[] = {"http", "www.", "@", ".com", "staff", "email", "e-mail",
                                       "author", "editor", "admin", "contributor", "newsroom",
                                       "follow", "twitter", "facebook", "view all", "posts by",
                                       "more from", "read more", "updated", "published", "team",
                                       "desk", "subscribe", "/"};
    for (size_t k = 0; k < sizeof junk / sizeof *junk; k++)
        if (contains_ci(s, len, junk[k]))
            return false;
    size_t words = 1;
    for (size_t i = 0; i < len; i++) {
        if (isdigit((unsigned char)s[i]))
            return false;
        if (s[i] == ' ')
            words++;
    }
    if (words > 5)
        return false;
    unsigned char c = (unsigned char)s[0];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool add_author(nm_article *a, const char *s, size_t len)
{
    while (len && isspace((unsigned char)*s)) {
        s++;
        len--;
    }
    while (len && (isspace((unsigned char)s[len - 1]) || s[len - 1] == ',' || s[len - 1] == '.'))
        len--;
    static const char *const prefixes[] = {"by ", "written by ", "words by ", "von ", "par "};
    for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++) {
        size_t pl = strlen(prefixes[k]);
        if (len > pl && !strncasecmp(s, prefixes[k], pl)) {
            s += pl;
            len -= pl;
        }
    }
    if (!hx_author_plausible(s, len) || a->n_authors >= MAX_AUTHORS)
        return false;
    for (size_t i = 0; i < a->n_authors; i++)
        if (strlen(a->authors[i]) == len && !strncasecmp(a->authors[i], s, len))
            return true;
    return nm_article_add_author(a, s, len);
}

/* "A, B and C" → three authors. Returns how many were added. */
static size_t add_author_list(nm_article *a, const char *s)
{
    size_t before = a->n_authors;
    while (s && *s) {
        size_t n = strcspn(s, ",;&|\n");
        const char *and = NULL;
        for (size_t i = 0; i + 5 <= n; i++)
            if (!strncmp(s + i, " and ", 5)) {
                and = s + i;
                break;
            }
        if (and)
            n = (size_t)(and - s);
        add_author(a, s, n);
        s += n;
        if (and)
            s += 5;
        else if (*s)
            s++;
    }
    return a->n_authors - before;
}

/* ------------------------------------------------------------------ */
/* JSON-LD                                                              */

static const char *json_str(nm_arena *arena, json_t *v)
{
    if (json_is_string(v))
        return nm_arena_strndup(arena, json_string_value(v), json_string_length(v));
    if (json_is_array(v) && json_array_size(v) > 0)
        return json_str(arena, json_array_get(v, 0));
    if (json_is_object(v))
        return json_str(arena, json_object_get(v, "name"));
    return NULL;
}

static int type_rank(json_t *obj)
{
    json_t *t = json_object_get(obj, "@type");
    const char *s = NULL;
    if (json_is_string(t))
        s = json_string_value(t);
    else if (json_is_array(t)) {
        for (size_t i = 0; i < json_array_size(t); i++)
            if (json_is_string(json_array_get(t, i)) &&
                strstr(json_string_value(json_array_get(t, i)), "Article"))
                return 2;
        if (json_array_size(t))
            s = json_string_value(json_array_get(t, 0));
    }
    if (!s)
        return 0;
    if (strstr(s, "Article") || !strcmp(s, "BlogPosting") || !strcmp(s, "Report") ||
        !strcmp(s, "LiveBlogPosting"))
        return 2;
    if (strstr(s, "WebPage") || !strcmp(s, "CreativeWork"))
        return 1;
    return 0;
}

static void ld_author(nm_arena *arena, ld_fields *f, json_t *v)
{
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v) && f->n_authors < MAX_AUTHORS; i++) {
            json_t *item = json_array_get(v, i);
            if (!json_is_array(item))
                ld_author(arena, f, item);
        }
        return;
    }
    if (json_is_object(v)) {
        json_t *t = json_object_get(v, "@type");
        if (json_is_string(t) && !strcmp(json_string_value(t), "Organization"))
            return;
    } else if (!json_is_string(v))
        return;
    const char *name = json_str(arena, v);
    if (name && f->n_authors < MAX_AUTHORS)
        f->authors[f->n_authors++] = name;
}

static void ld_object(nm_arena *arena, ld_fields *best, json_t *obj)
{
    int rank = type_rank(obj);
    if (rank == 0 || rank < best->rank)
        return;
    if (rank == best->rank && best->published)
        return; /* first of equal rank wins */
    ld_fields f = {0};
    f.rank = rank;
    f.headline = json_str(arena, json_object_get(obj, "headline"));
    if (!f.headline && rank == 2)
        f.headline = json_str(arena, json_object_get(obj, "name"));
    f.published = json_str(arena, json_object_get(obj, "datePublished"));
    f.modified = json_str(arena, json_object_get(obj, "dateModified"));
    f.publisher = json_str(arena, json_object_get(obj, "publisher"));
    ld_author(arena, &f, json_object_get(obj, "author"));
    if (!f.n_authors)
        ld_author(arena, &f, json_object_get(obj, "creator"));
    *best = f;
}

static void read_jsonld(const hx_doc *d, ld_fields *best)
{
    if (!d->jsonld.data)
        return; /* no JSON-LD on the page (and NULL + 0 is undefined) */
    const char *p = d->jsonld.data, *end = p + d->jsonld.len;
    size_t seen = 0;
    while (p < end) {
        size_t n = strlen(p);
        json_error_t jerr;
        json_t *root = json_loadb(p, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
        p += n + 1;
        if (!root)
            continue;
        /* explicit work list instead of recursion: top level, arrays,
         * @graph and mainEntity, JSONLD_MAX_OBJECTS at most */
        json_t *work[JSONLD_MAX_OBJECTS];
        size_t nw = 0;
        work[nw++] = root;
        for (size_t i = 0; i < nw && seen < JSONLD_MAX_OBJECTS; i++, seen++) {
            json_t *v = work[i];
            if (json_is_array(v)) {
                for (size_t k = 0; k < json_array_size(v) && nw < JSONLD_MAX_OBJECTS; k++)
                    work[nw++] = json_array_get(v, k);
                continue;
            }
            if (!json_is_object(v))
                continue;
            json_t *graph = json_object_get(v, "@graph");
            if (graph && nw < JSONLD_MAX_OBJECTS)
                work[nw++] = graph;
            json_t *main = json_object_get(v, "mainEntity");
            if (json_is_object(main) && nw < JSONLD_MAX_OBJECTS)
                work[nw++] = main;
            ld_object(d->arena, best, v);
        }
        json_decref(root);
    }
}

/* ------------------------------------------------------------------ */
/* Title                                                                */

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

const char *hx_title_strip_site(nm_arena *arena, const char *title, const char *outlet)
{
    if (!title)
        return NULL;
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                       " \xC2\xB7 ", " \xC2\xBB ", " \xC2\xAB ", " / "};
    size_t len = strlen(title);
    while (len && title[len - 1] == ' ')
        len--;
    while (len && *title == ' ') {
        title++;
        len--;
    }
    /* suffix: the last separator, when what follows is short or the outlet */
    const char *cut = NULL;
    size_t cut_sep = 0;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sl = strlen(seps[k]);
        /* the whole separator must lie inside the trimmed title */
        for (const char *p = title; (p = strstr(p, seps[k])) != NULL && p + sl <= title + len; p++)
            if (!cut || p > cut) {
                cut = p;
                cut_sep = sl;
            }
    }
    if (cut) {
        const char *site = cut + cut_sep;
        size_t site_len = (size_t)(title + len - site);
        size_t head_words = count_words(title, (size_t)(cut - title));
        bool is_outlet = outlet && *outlet && contains_ci(site, site_len, outlet);
        if ((is_outlet || count_words(site, site_len) <= 4) && head_words >= 3)
            len = (size_t)(cut - title);
    }
    /* prefix "Outlet: Title" / "Outlet | Title" */
    if (outlet) {
        size_t ol = strlen(outlet);
        if (ol && len > ol + 3 && !strncasecmp(title, outlet, ol)) {
            for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
                size_t sl = strlen(seps[k]);
                if (!strncmp(title + ol, seps[k], sl)) {
                    title += ol + sl;
                    len -= ol + sl;
                    break;
                }
            }
        }
    }
    return nm_arena_strndup(arena, title, len);
}

/* ------------------------------------------------------------------ */

static const char *first_meta(const hx_doc *d, const char *const *keys)
{
    for (size_t k = 0; keys[k]; k++) {
        const char *v = meta_get(d, keys[k]);
        if (v && *v)
            return v;
    }
    return NULL;
}

static const char *first_date(const hx_doc *d, nm_arena *arena, const char *const *keys)
{
    for (size_t k = 0; keys[k]; k++) {
        const char *v = hx_date_normalise(arena, meta_get(d, keys[k]));
        if (v)
            return v;
    }
    return NULL;
}

static const char *resolve_url(nm_arena *arena, const char *href, const char *base)
{
    if (!href || !*href)
        return NULL;
    if (strstr(href, "://"))
        return href;
    if (!base)
        return NULL;
    const char *scheme_end = strstr(base, "://");
    if (!scheme_end)
        return NULL;
    if (href[0] == '/' && href[1] == '/')
        return nm_arena_printf(arena, "%.*s:%s", (int)(scheme_end - base), base, href);
    if (href[0] != '/')
        return NULL;
    const char *host_end = strchr(scheme_end + 3, '/');
    size_t host_len = host_end ? (size_t)(host_end - base) : strlen(base);
    return nm_arena_printf(arena, "%.*s%s", (int)host_len, base, href);
}

void hx_fill_meta(const hx_doc *d, nm_article *a)
{
    nm_arena *arena = a->arena;
    ld_fields ld = {0};
    read_jsonld(d, &ld);

    static const char *const site_keys[] = {"og:site_name", "application-name", NULL};
    a->outlet = first_meta(d, site_keys);
    if (!a->outlet && ld.publisher)
        a->outlet = ld.publisher;

    static const char *const title_keys[] = {"og:title", "twitter:title", "headline", NULL};
    const char *t = first_meta(d, title_keys);
    if (!t)
        t = ld.headline;
    if (!t)
        t = d->title_tag;
    if (!t)
        t = d->h1;
    if (t)
        a->title = hx_title_strip_site(arena, t, a->outlet);

    static const char *const pub_keys[] = {
        "article:published_time", "og:article:published_time", "datepublished", "pubdate",
        "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued",
        "dc.date", "dcterms.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
        "article:published", "citation_publication_date", "og:published_time", NULL};
    a->date = hx_date_normalise(arena, ld.published);
    if (!a->date)
        a->date = first_date(d, arena, pub_keys);
    if (!a->date)
        a->date = hx_date_normalise(arena, d->time_datetime);
    if (!a->date)
        a->date = hx_date_from_url(arena, a->url);
    const char *canon = d->canonical ? d->canonical : meta_get(d, "og:url");
    a->canonical_url = resolve_url(arena, canon, a->url);
    if (!a->date)
        a->date = hx_date_from_url(arena, canon);

    static const char *const mod_keys[] = {"article:modified_time", "og:updated_time",
                                           "datemodified", "dcterms.modified", "last-modified",
                                           "article.updated", NULL};
    a->modified = hx_date_normalise(arena, ld.modified);
    if (!a->modified)
        a->modified = first_date(d, arena, mod_keys);

    for (size_t i = 0; i < ld.n_authors; i++)
        add_author_list(a, ld.authors[i]);
    if (!a->n_authors) {
        static const char *const author_keys[] = {"author", "article:author", "byl",
                                                  "dc.creator", "sailthru.author",
                                                  "parsely-author", "dcterms.creator", NULL};
        for (size_t k = 0; author_keys[k] && !a->n_authors; k++)
            for (uint32_t i = 0; i < d->n_metas; i++)
                if (!strcmp(d->metas[i].key, author_keys[k]))
                    add_author_list(a, d->metas[i].value);
    }
    for (uint32_t i = 0; i < d->n_metas && !a->n_authors; i++)
        if (!strcmp(d->metas[i].key, "author-element"))
            add_author_list(a, d->metas[i].value);
    for (uint32_t i = 0; i < d->n_metas && !a->n_authors; i++)
        if (!strcmp(d->metas[i].key, "byline-element"))
            add_author_list(a, d->metas[i].value);

    a->lang = d->lang;
    if (!a->lang)
        a->lang = meta_get(d, "content-language");
}
