/* Lexicon loading: every map is filled once from the embedded files. The
 * entries point into the static lexicon bytes; only the slot arrays are
 * allocated (and live as long as the process). */
#include "names_lexicon.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/lexicon.h"

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a: keys are short */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

const nm_lex_entry *nm_lexmap_find(const nm_lexmap *m, const char *s, size_t n)
{
    if (!m->slots)
        return NULL;
    size_t i = (size_t)hash_bytes(s, n) & m->mask;
    while (m->slots[i].key) {
        if (m->slots[i].klen == n && !memcmp(m->slots[i].key, s, n))
            return &m->slots[i];
        i = (i + 1) & m->mask;
    }
    return NULL;
}

static bool insert(nm_lexmap *m, const nm_lex_entry *e)
{
    size_t i = (size_t)hash_bytes(e->key, e->klen) & m->mask;
    while (m->slots[i].key) {
        if (m->slots[i].klen == e->klen && !memcmp(m->slots[i].key, e->key, e->klen))
            return true; /* first line wins */
        i = (i + 1) & m->mask;
    }
    m->slots[i] = *e;
    m->count++;
    unsigned words = 1;
    for (unsigned k = 0; k < e->klen; k++)
        words += e->key[k] == ' ';
    if (words > m->max_words)
        m->max_words = words;
    return true;
}

/* Parse lines "key[\tvalue]" ('#' comments) of one embedded file into m. */
static void for_each_line(const char *data, size_t len, nm_lexmap *m)
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - data) : len;
        size_t le = e;
        if (le > i && data[le - 1] == '\r')
            le--;
        if (le > i && data[i] != '#') {
            const char *tab = memchr(data + i, '\t', le - i);
            nm_lex_entry en;
            en.key = data + i;
            en.klen = (unsigned)((tab ? (size_t)(tab - data) : le) - i);
            en.val = tab ? tab + 1 : en.key;
            en.vlen = tab ? (unsigned)(le - (size_t)(tab + 1 - data)) : en.klen;
            if (en.klen)
                insert(m, &en);
        }
        i = e + 1;
    }
}

static size_t count_lines(const char *data, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += data[i] == '\n';
    return n;
}

/* Load the named lexicons (NULL-terminated) into one map. */
static bool load(nm_lexmap *m, const char *const *names)
{
    size_t lines = 0;
    for (size_t k = 0; names[k]; k++) {
        size_t len;
        const char *d = nm_lexicon_get(names[k], &len);
        if (d)
            lines += count_lines(d, len);
    }
    size_t cap = 16;
    while (cap < lines * 2) /* load factor <= 1/2 keeps probes short */
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots)
        return false;
    m->mask = cap - 1;
    for (size_t k = 0; names[k]; k++) {
        size_t len;
        const char *d = nm_lexicon_get(names[k], &len);
        if (d)
            for_each_line(d, len, m);
    }
    return true;
}

static nm_names_lex g_lex;
static bool g_ok;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void init_once(void)
{
    static const char *const places[] = {"places", "countries", "regions", "cities_tz", NULL};
    static const char *const demonyms[] = {"demonyms", NULL};
    static const char *const orgs[] = {"organizations", NULL};
    static const char *const titles[] = {"titles", NULL};
    static const char *const roles[] = {"roles", NULL};
    static const char *const heads[] = {"org_heads", NULL};
    static const char *const not_names[] = {"not_names", NULL};
    static const char *const common[] = {"common_words", NULL};
    static const char *const first[] = {"first_names_extra", "first_names", NULL};
    g_ok = load(&g_lex.places, places) && load(&g_lex.demonyms, demonyms) &&
           load(&g_lex.orgs, orgs) && load(&g_lex.titles, titles) &&
           load(&g_lex.roles, roles) && load(&g_lex.org_heads, heads) &&
           load(&g_lex.not_names, not_names) && load(&g_lex.common, common) &&
           load(&g_lex.first_names, first);
}

const nm_names_lex *nm_names_lex_get(void)
{
    pthread_once(&g_once, init_once);
    return g_ok ? &g_lex : NULL;
}
