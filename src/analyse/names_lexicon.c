/* Lexicon loading: every map is filled once from the embedded files. The
 * entries point into the static lexicon bytes; only the slot arrays are
 * allocated (and live as long as the process). */
#include "names_lexicon.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/lexicon.h"

static uint64_t hash_bytes(const char *s, size_t n)
{
    return nm_lex_hash(NM_LEX_HASH_INIT, s, n); /* FNV-1a: keys are short */
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
    for (const char *sp = e->key, *end = e->key + e->klen;
         (sp = memchr(sp, ' ', (size_t)(end - sp))) != NULL; sp++)
        words++;
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
    for (const char *p = data, *end = data + len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        n++;
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

/* Load a NULL-terminated word list into m. */
static bool load_words(nm_lexmap *m, const char *const *words)
{
    size_t n = 0;
    while (words[n])
        n++;
    size_t cap = 16;
    while (cap < n * 2)
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots)
        return false;
    m->mask = cap - 1;
    for (size_t k = 0; k < n; k++) {
        nm_lex_entry e = {.key = words[k], .val = words[k]};
        e.klen = e.vlen = (unsigned)strlen(words[k]);
        insert(m, &e);
    }
    return true;
}

/* Verbs after a one-word name that show it names a person. */
static const char *const PERSON_VERBS[] = {
    "said", "says", "told", "tells", "added", "adds", "stressed", "insisted", "noted",
    "argued", "warned", "wrote", "writes", "explained", "asked", "answered", "replied",
    "responded", "claimed", "believes", "believed", "thinks", "thought", "calculates",
    "expressed", "reacted", "announced", "declared", "tweeted", "met", "visited",
    "signed", "urged", "promised", "vowed", "suggested", "acknowledged", "admitted",
    "recalled", "remarked", "stated", "confirmed", "denied", "praised", "criticized",
    "criticised", "accused", "hopes", "hoped", "wants", "wanted", "himself", "herself",
    NULL};

/* Words that end the search for a role in an apposition. */
static const char *const APPOS_STOP[] = {
    "who", "which", "while", "when", "where", "as", "and", "but", "or", "if", "that",
    "said", "says", "is", "was", "has", "had", "will", "would", "to", "called", "him",
    "them", "told", "says", "wrote", NULL};

/* Words an apposition's role may follow (", now his secretary of state"). */
static const char *const APPOS_SKIP[] = {
    "his", "her", "their", "its", "our", "now", "also", "currently", "formerly",
    "once", "then", "still", "longtime", "a", "an", "the", NULL};

/* Lower-case words that never modify a role noun before a name
 * ("harbour master X" yes; "the master X", "said master X" no). */
static const char *const MODIFIER_STOP[] = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at",
    "by", "with", "from", "as", "into", "about", "after", "before", "than", "said",
    "says", "told", "tells", "asked", "added", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "will", "would", "who", "which", "when", "while", "where",
    "whom", "if", "not", "also", "then", "according", "including", "like",
    "both", "all", "two", "three", "new", "because", "since", "although", "though",
    "so", "just", "even", "only", "however", "now", NULL};

/* Capitalised words that open a place name ("Port Ellery", "Lake Tahoe",
 * "Mount Kenya", "New Hampshire"): a run they start is a place, not a
 * person, unless the gazetteers say otherwise. */
static const char *const PLACE_OPENERS[] = {
    "Port", "Lake", "Mount", "Mt.", "Fort", "Ft.", "Cape", "Saint", "St.", "Sainte",
    "Ste.", "San", "Santa", "Santo", "Puerto", "Porto", "North", "South",
    "East", "West", "Upper", "Lower", "Greater", "Isle", NULL};

/* Capitalised nouns that end a place name ("Kent County", "Hyde Park"). */
static const char *const PLACE_HEADS[] = {
    "County", "City", "Park", "Street", "Avenue", "Road", "Square", "River", "Island",
    "Islands", "Valley", "Beach", "Hills", "Heights", "Bay", "Harbor", "Harbour", "Lake",
    "Creek", "Falls", "Springs", "Airport", "Station", "Bridge", "Mountains", "Coast",
    "Township", "Parish", "Province", "District", NULL};

/* Size the gazetteer: every key of the four maps and all its word prefixes. */
static size_t gaz_capacity(const nm_lexmap *const *maps, size_t n_maps)
{
    size_t keys = 0;
    for (size_t m = 0; m < n_maps; m++)
        for (size_t i = 0; i <= maps[m]->mask; i++)
            if (maps[m]->slots[i].key) {
                keys += 2; /* the key, and a demonym's plural */
                for (unsigned k = 0; k < maps[m]->slots[i].klen; k++)
                    keys += maps[m]->slots[i].key[k] == ' ';
            }
    size_t cap = 16;
    while (cap < keys * 2)
        cap *= 2;
    return cap;
}

static nm_gaz_entry *gaz_slot(nm_gazetteer *g, const char *key, unsigned klen)
{
    uint64_t h = hash_bytes(key, klen);
    size_t i = (size_t)h & g->mask;
    while (g->slots[i].key) {
        if (g->slots[i].hash == h && g->slots[i].klen == klen &&
            !memcmp(g->slots[i].key, key, klen))
            return &g->slots[i];
        i = (i + 1) & g->mask;
    }
    g->slots[i].key = key;
    g->slots[i].klen = klen;
    g->slots[i].hash = h;
    unsigned words = 1;
    for (unsigned k = 0; k < klen; k++)
        words += key[k] == ' ';
    if (words > g->max_words)
        g->max_words = words;
    return &g->slots[i];
}

/* Add every key of m with `kind` (offset of the pointer field), and mark
 * every word prefix of it. */
static void gaz_add(nm_gazetteer *g, const nm_lexmap *m, size_t kind)
{
    for (size_t i = 0; i <= m->mask; i++) {
        const nm_lex_entry *e = &m->slots[i];
        if (!e->key)
            continue;
        nm_gaz_entry *ge = gaz_slot(g, e->key, e->klen);
        const nm_lex_entry **field = (const nm_lex_entry **)((char *)ge + kind);
        if (!*field)
            *field = e;
        for (unsigned k = 0; k < e->klen; k++)
            if (e->key[k] == ' ')
                gaz_slot(g, e->key, k)->prefix = true;
    }
}

/* Storage of the plural demonym keys ("Koreans"), alive for the process. */
static char *g_plurals;

static bool build_gazetteer(nm_names_lex *lx)
{
    const nm_lexmap *maps[] = {&lx->orgs, &lx->places, &lx->demonyms, &lx->titles};
    nm_gazetteer *g = &lx->gaz;
    size_t cap = gaz_capacity(maps, 4);
    g->slots = calloc(cap, sizeof *g->slots);
    if (!g->slots)
        return false;
    g->mask = cap - 1;
    gaz_add(g, &lx->orgs, offsetof(nm_gaz_entry, org));
    gaz_add(g, &lx->places, offsetof(nm_gaz_entry, place));
    gaz_add(g, &lx->demonyms, offsetof(nm_gaz_entry, demonym));
    gaz_add(g, &lx->titles, offsetof(nm_gaz_entry, title));
    /* plural nationality nouns: "North Koreans" -> the demonym "North Korean" */
    size_t bytes = 0;
    for (size_t i = 0; i <= lx->demonyms.mask; i++)
        bytes += lx->demonyms.slots[i].key ? lx->demonyms.slots[i].klen + 1 : 0;
    g_plurals = malloc(bytes + 1);
    if (!g_plurals)
        return false;
    char *w = g_plurals;
    for (size_t i = 0; i <= lx->demonyms.mask; i++) {
        const nm_lex_entry *e = &lx->demonyms.slots[i];
        if (!e->key)
            continue;
        memcpy(w, e->key, e->klen);
        w[e->klen] = 's';
        nm_gaz_entry *ge = gaz_slot(g, w, e->klen + 1);
        if (!ge->demonym)
            ge->demonym = e;
        w += e->klen + 1;
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
           load(&g_lex.first_names, first) && build_gazetteer(&g_lex) &&
           load_words(&g_lex.person_verbs, PERSON_VERBS) &&
           load_words(&g_lex.appos_stop, APPOS_STOP) &&
           load_words(&g_lex.appos_skip, APPOS_SKIP) &&
           load_words(&g_lex.modifier_stop, MODIFIER_STOP) &&
           load_words(&g_lex.place_openers, PLACE_OPENERS) &&
           load_words(&g_lex.place_heads, PLACE_HEADS);
}

const nm_names_lex *nm_names_lex_get(void)
{
    pthread_once(&g_once, init_once);
    return g_ok ? &g_lex : NULL;
}
