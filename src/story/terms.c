/* Story terms: stopwords out, Snowball stems in, entities as whole names. */
#include "terms.h"

#include "core/grow.h"
#include "core/lexicon.h"
#include "words.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Stopword hashes, sorted, built once from the embedded lexicon. */
static uint64_t *stop_hashes;
static size_t n_stop;
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void stop_load(void)
{
    size_t len;
    const char *data = nm_lexicon_get("stopwords", &len);
    if (!data)
        return;
    size_t cap = 0;
    for (size_t i = 0; i < len; i++)
        cap += data[i] == '\n';
    stop_hashes = malloc((cap + 1) * sizeof *stop_hashes);
    if (!stop_hashes)
        return;
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *t = e;
        while (t > p && (t[-1] == ' ' || t[-1] == '\r' || t[-1] == '\t'))
            t--;
        if (t > p && *p != '#')
            stop_hashes[n_stop++] = XXH3_64bits(p, (size_t)(t - p));
        p = e + 1;
    }
    qsort(stop_hashes, n_stop, sizeof *stop_hashes, cmp_u64);
}

bool nm_is_stopword(const char *word, size_t len)
{
    pthread_once(&stop_once, stop_load);
    uint64_t h = XXH3_64bits(word, len);
    return bsearch(&h, stop_hashes, n_stop, sizeof h, cmp_u64) != NULL;
}

/* Stemmers are not thread-safe: one per thread and language, kept for the
 * thread's life (a handful of small objects). */
#define STEMMER_CACHE 8
typedef struct stemmer_slot {
    char lang[8];
    struct sb_stemmer *st;
} stemmer_slot;
static _Thread_local stemmer_slot stemmers[STEMMER_CACHE];

static struct sb_stemmer *stemmer_for(const char *lang)
{
    char code[8] = "en";
    if (lang && lang[0] && lang[1] && (!lang[2] || lang[2] == '-' || lang[2] == '_')) {
        code[0] = (char)(lang[0] | 0x20);
        code[1] = (char)(lang[1] | 0x20);
    }
    for (int i = 0; i < STEMMER_CACHE; i++) {
        if (!stemmers[i].lang[0]) {
            struct sb_stemmer *st = sb_stemmer_new(code, "UTF_8");
            if (!st && strcmp(code, "en"))
                return stemmer_for("en");
            memcpy(stemmers[i].lang, code, sizeof code);
            stemmers[i].st = st;
            return st;
        }
        if (!strcmp(stemmers[i].lang, code))
            return stemmers[i].st;
    }
    return stemmers[0].st;
}

void nm_terms_init(nm_terms *t)
{
    memset(t, 0, sizeof *t);
}

void nm_terms_deinit(nm_terms *t)
{
    free(t->items);
    nm_terms_init(t);
}

static bool push(nm_terms *t, uint64_t term, uint32_t count)
{
    if (!nm_grow((void **)&t->items, &t->cap, t->n, sizeof *t->items, 256))
        return false;
    t->items[t->n++] = (nm_term_count){term, count};
    return true;
}

/* Digits only, or too short to name anything. Years (4 digits) stay. */
static bool weak_word(const nm_word_iter *it)
{
    if (it->word_cp < 3)
        return true;
    bool digits = true;
    for (size_t i = 0; i < it->word_len && digits; i++)
        digits = it->word[i] >= '0' && it->word[i] <= '9';
    return digits && it->word_cp != 4;
}

static bool add_words(nm_terms *t, struct sb_stemmer *st, const char *s, size_t len,
                      uint32_t weight)
{
    nm_word_iter it;
    nm_word_iter_init(&it, s, len);
    while (nm_word_next(&it)) {
        if (weak_word(&it) || nm_is_stopword(it.word, it.word_len))
            continue;
        const char *stem = it.word;
        size_t stem_len = it.word_len;
        if (st) {
            const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)it.word, (int)it.word_len);
            if (r) {
                stem = (const char *)r;
                stem_len = (size_t)sb_stemmer_length(st);
            }
        }
        uint32_t w = weight;
        if (it.capitalised && !it.sentence_start)
            w *= NM_TERM_NAME_WEIGHT;
        if (!push(t, XXH3_64bits(stem, stem_len), w))
            return false;
    }
    return true;
}

static bool add_entity(nm_terms *t, char kind, const char *name)
{
    if (!name || !*name)
        return true;
    char buf[256];
    size_t n = 0;
    buf[n++] = kind;
    buf[n++] = ':';
    nm_word_iter it;
    nm_word_iter_init(&it, name, strlen(name));
    while (nm_word_next(&it) && n + it.word_len + 1 < sizeof buf) {
        if (n > 2)
            buf[n++] = ' ';
        memcpy(buf + n, it.word, it.word_len);
        n += it.word_len;
    }
    return n <= 2 || push(t, XXH3_64bits(buf, n), NM_TERM_ENTITY_WEIGHT);
}

static int cmp_term(const void *a, const void *b)
{
    const nm_term_count *x = a, *y = b;
    return x->term < y->term ? -1 : x->term > y->term;
}

bool nm_terms_extract(const nm_article *a, nm_terms *out)
{
    out->n = 0;
    struct sb_stemmer *st = stemmer_for(a->lang);
    if (a->title && !add_words(out, st, a->title, strlen(a->title), NM_TERM_TITLE_WEIGHT))
        return false;
    if (a->text && !add_words(out, st, a->text, a->text_len, 1))
        return false;
    for (size_t i = 0; i < a->n_people; i++)
        if (!add_entity(out, 'p', a->people[i].name))
            return false;
    for (size_t i = 0; i < a->n_places; i++)
        if (!add_entity(out, 'l', a->places[i].name))
            return false;
    for (size_t i = 0; i < a->n_organizations; i++)
        if (!add_entity(out, 'o', a->organizations[i].name))
            return false;
    if (!out->n)
        return true;
    qsort(out->items, out->n, sizeof *out->items, cmp_term);
    size_t w = 0;
    for (size_t r = 1; r < out->n; r++) {
        if (out->items[r].term == out->items[w].term)
            out->items[w].count += out->items[r].count;
        else
            out->items[++w] = out->items[r];
    }
    out->n = w + 1;
    return true;
}
