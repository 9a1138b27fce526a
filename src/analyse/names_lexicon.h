/* Internal: the gazetteers and word lists used to find names, loaded once
 * from the embedded data/lexicons files into read-only hash maps.
 * Thread-safe: built under pthread_once, never modified afterwards. */
#ifndef NM_ANALYSE_NAMES_LEXICON_H
#define NM_ANALYSE_NAMES_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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

/* The four gazetteers matched on capitalised runs, merged into one map so
 * that a run is matched token by token with one incremental hash: each key
 * says which gazetteers hold it, and whether a longer key continues it
 * (`prefix`), so a match stops at the first token no key continues. */
typedef struct nm_gaz_entry {
    const char *key;
    unsigned klen;
    bool prefix;            /* some longer key starts with key + ' ' */
    uint64_t hash;          /* nm_lex_hash of the key */
    const nm_lex_entry *org, *place, *demonym, *title; /* NULL when absent */
} nm_gaz_entry;

typedef struct nm_gazetteer {
    nm_gaz_entry *slots;
    size_t mask;
    unsigned max_words;
} nm_gazetteer;

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
    nm_gazetteer gaz;      /* orgs + places + demonyms (also plural) + titles */
    nm_lexmap person_verbs; /* verbs after a name that show a person ("said") */
    nm_lexmap appos_stop;  /* words that end the search for an apposition role */
    nm_lexmap appos_skip;  /* words before an apposition's role ("now", "his") */
    nm_lexmap modifier_stop; /* lower-case words that cannot modify a role noun */
    nm_lexmap place_openers; /* "Port", "Lake", "Mount": they open a place name */
    nm_lexmap place_heads; /* "County", "Park", "Street": they end a place name */
} nm_names_lex;

/* FNV-1a, incremental: nm_lex_hash(h, s, n) continues hash h over s[0..n).
 * A multi-word key hashes as its words joined by single spaces. */
#define NM_LEX_HASH_INIT 1469598103934665603ULL
static inline uint64_t nm_lex_hash(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The loaded lexicons (static; built on first call); NULL only on OOM. */
const nm_names_lex *nm_names_lex_get(void);

/* Entry for key s[0..n), or NULL. */
const nm_lex_entry *nm_lexmap_find(const nm_lexmap *m, const char *s, size_t n);

static inline bool nm_lexmap_has(const nm_lexmap *m, const char *s, size_t n)
{
    return nm_lexmap_find(m, s, n) != NULL;
}

#endif
