/* Internal: the gazetteers and word lists used to find names, loaded once
 * from the embedded data/lexicons files into read-only hash maps.
 * Thread-safe: built under pthread_once, never modified afterwards. */
#ifndef NM_ANALYSE_NAMES_LEXICON_H
#define NM_ANALYSE_NAMES_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/* One entry: key (multi-word keys use single spaces) and its value (the
 * second column, or the key itself when the line has one column). */
typedef struct nm_lex_entry {
    const char *key, *val;
    unsigned klen, vlen;
} nm_lex_entry;

/* Open-addressing hash map over entries that point into the static data. */
typedef struct nm_lexmap {
    nm_lex_entry *slots;
    size_t mask;       /* slots - 1 (a power of two) */
    size_t count;
    unsigned max_words; /* most words in one key */
} nm_lexmap;

typedef struct nm_names_lex {
    nm_lexmap places;      /* countries + regions + cities_tz + places: canonical */
    nm_lexmap demonyms;    /* "Russian" -> "Russia" */
    nm_lexmap orgs;        /* organizations: canonical */
    nm_lexmap titles;      /* "Foreign Minister" -> "role\t-" / "Mr." -> "hon\tm" */
    nm_lexmap roles;       /* lower-case role nouns */
    nm_lexmap org_heads;   /* "University", "Council", ... */
    nm_lexmap not_names;   /* months, weekdays, function words */
    nm_lexmap common;      /* lower-case English words */
    nm_lexmap first_names; /* "Vladimir" -> "m" / "f" / "u" */
} nm_names_lex;

/* The loaded lexicons (static; built on first call); NULL only on OOM. */
const nm_names_lex *nm_names_lex_get(void);

/* Entry for key s[0..n), or NULL. */
const nm_lex_entry *nm_lexmap_find(const nm_lexmap *m, const char *s, size_t n);

static inline bool nm_lexmap_has(const nm_lexmap *m, const char *s, size_t n)
{
    return nm_lexmap_find(m, s, n) != NULL;
}

#endif
