/* Story terms: words → Snowball English stems (libstemmer) in an
 * open-addressing hash table. */
#include "terms.h"

#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Words longer than this are not terms (URLs, glued tokens). */
#define TERM_MAX_BYTES 40
/* Table starts with this many slots and doubles at 50% load. */
#define TERMS_INITIAL_SLOTS 1024

typedef struct term_slot {
    char *key; /* NULL: empty */
    size_t len;
    size_t count;
    size_t articles;     /* how many articles use it */
    size_t last_article; /* +1, so 0 means none yet */
} term_slot;

struct nm_terms {
    term_slot *slots;
    size_t cap, used;
    struct sb_stemmer *stemmer;
};

/* Function words and reporting verbs: frequent everywhere, central nowhere. */
static const char *const stopwords[] = {
    "the", "and", "for", "that", "with", "was", "are", "were", "but", "not", "this", "will",
    "its", "it's", "which", "their", "they", "them", "his", "her", "hers", "him", "she",
    "said", "says", "say", "saying", "told", "would", "could", "should", "been", "being",
    "more", "than", "also", "after", "about", "into", "over", "who", "whom", "what", "when",
    "where", "how", "there", "some", "any", "all", "can", "may", "one", "two", "new", "out",
    "our", "you", "your", "those", "these", "such", "other", "only", "very", "just", "most",
    "while", "because", "from", "has", "have", "had", "does", "did", "done", "here", "then",
    "mr.", "mrs.", "ms.", "both", "each", "many", "much", "might", "must", "even", "still",
    "yet", "week", "last", "year", "years", "day", "days", "time", "like", "well", "way",
    "get", "got", "make", "made", "see", "seen", "take", "taken", "going", "according",
    "added", "adds", "noted", "before", "since", "until", "under", "between", "against",
    "through", "during", "without", "within", "whether", "own", "same", "too", "now",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "don't", "won't", "can't", "didn't", "isn't", "aren't",
};

static bool is_stopword(const char *w, size_t len)
{
    for (size_t i = 0; i < sizeof stopwords / sizeof *stopwords; i++)
        if (strlen(stopwords[i]) == len && !memcmp(stopwords[i], w, len))
            return true;
    return false;
}

nm_terms *nm_terms_new(void)
{
    nm_terms *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->cap = TERMS_INITIAL_SLOTS;
    t->slots = calloc(t->cap, sizeof *t->slots);
    t->stemmer = sb_stemmer_new("english", "UTF_8");
    if (!t->slots || !t->stemmer) {
        nm_terms_free(t);
        return NULL;
    }
    return t;
}

void nm_terms_free(nm_terms *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->cap; i++)
        free(t->slots[i].key);
    free(t->slots);
    if (t->stemmer)
        sb_stemmer_delete(t->stemmer);
    free(t);
}

static uint64_t hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static size_t find_slot(const nm_terms *t, const char *k, size_t len)
{
    size_t i = (size_t)hash(k, len) & (t->cap - 1);
    while (t->slots[i].key && !(t->slots[i].len == len && !memcmp(t->slots[i].key, k, len)))
        i = (i + 1) & (t->cap - 1);
    return i;
}

static bool grow(nm_terms *t)
{
    term_slot *old = t->slots;
    size_t old_cap = t->cap;
    term_slot *slots = calloc(old_cap * 2, sizeof *slots);
    if (!slots)
        return false;
    t->slots = slots;
    t->cap = old_cap * 2;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            t->slots[find_slot(t, old[i].key, old[i].len)] = old[i];
    free(old);
    return true;
}

static bool word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '\'' || c == '-' || c >= 0x80;
}

/* Next term of s from *i: lower-cased, "'s" dropped, stemmed. Sets *term
 * (stemmer-owned until the next call) and *tlen; false at the end. */
static bool next_term(nm_terms *t, const char *s, size_t len, size_t *i, const char **term,
                      size_t *tlen)
{
    char w[TERM_MAX_BYTES];
    while (*i < len) {
        size_t j = *i;
        while (j < len && !word_byte((unsigned char)s[j]))
            j++;
        size_t b = j;
        /* curly quotes and dashes are no word bytes though >= 0x80 */
        while (j < len && word_byte((unsigned char)s[j])) {
            if ((unsigned char)s[j] == 0xE2 && j + 2 < len && (unsigned char)s[j + 1] == 0x80 &&
                (unsigned char)s[j + 2] != 0x99)
                break;
            j++;
        }
        *i = j > b ? j : j + 1;
        size_t n = j - b;
        if (n < 3 || n > TERM_MAX_BYTES)
            continue;
        bool alpha = false;
        for (size_t k = 0; k < n; k++) {
            char c = s[b + k];
            w[k] = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;
            alpha |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        if (!alpha)
            continue;
        if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
            n -= 2;
        else if (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4))
            n -= 4;
        while (n > 0 && (w[n - 1] == '\'' || w[n - 1] == '-'))
            n--;
        if (n < 3 || is_stopword(w, n))
            continue;
        const sb_symbol *stem = sb_stemmer_stem(t->stemmer, (const sb_symbol *)w, (int)n);
        if (!stem)
            return false;
        *term = (const char *)stem;
        *tlen = (size_t)sb_stemmer_length(t->stemmer);
        return true;
    }
    return false;
}

bool nm_terms_add_text(nm_terms *t, const char *s, size_t len, size_t article)
{
    size_t i = 0, tl;
    const char *term;
    while (next_term(t, s, len, &i, &term, &tl)) {
        if (t->used * 2 >= t->cap && !grow(t))
            return false;
        size_t k = find_slot(t, term, tl);
        term_slot *slot = &t->slots[k];
        if (!slot->key) {
            if (!(slot->key = malloc(tl ? tl : 1)))
                return false;
            memcpy(slot->key, term, tl);
            slot->len = tl;
            t->used++;
        }
        slot->count++;
        if (slot->last_article != article + 1) {
            slot->articles++;
            slot->last_article = article + 1;
        }
    }
    return true;
}

size_t nm_terms_ids(nm_terms *t, const char *s, size_t len, size_t *ids, size_t max)
{
    size_t i = 0, tl, n = 0;
    const char *term;
    while (n < max && next_term(t, s, len, &i, &term, &tl)) {
        size_t k = find_slot(t, term, tl);
        if (!t->slots[k].key)
            continue;
        bool seen = false;
        for (size_t j = 0; j < n && !seen; j++)
            seen = ids[j] == k;
        if (!seen)
            ids[n++] = k;
    }
    return n;
}

double nm_terms_weight(const nm_terms *t, size_t id, size_t n_articles)
{
    const term_slot *slot = &t->slots[id];
    if (!slot->key || n_articles == 0)
        return 0.0;
    return log1p((double)slot->count) * (double)slot->articles / (double)n_articles;
}
