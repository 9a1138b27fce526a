/* Internal: the weighted terms that place an article in a story. */
#ifndef NM_STORY_TERMS_H
#define NM_STORY_TERMS_H

#include "newsmon.h"

/* A title word says more about the event than a body word. */
#define NM_TERM_TITLE_WEIGHT 3
/* A capitalised word inside a sentence is most likely a name (a person, a
 * place, an organization): names tell one event from another better than
 * common words, and this works before any entity recognition. */
#define NM_TERM_NAME_WEIGHT 2
/* A named entity (person, place, organization) counts as much again. */
#define NM_TERM_ENTITY_WEIGHT 2

typedef struct nm_term_count {
    uint64_t term;  /* hash of the stem ("p:", "l:", "o:" + name for entities) */
    uint32_t count; /* weighted occurrences */
} nm_term_count;

/* Heap array, sorted by term after nm_terms_extract. */
typedef struct nm_terms {
    nm_term_count *items;
    size_t n, cap;
} nm_terms;

void nm_terms_init(nm_terms *t);
void nm_terms_deinit(nm_terms *t);

/* Terms of an article: title and text words minus stopwords (and words
 * under 3 letters or short numbers), stemmed with the Snowball stemmer of
 * the article's language (English when unknown), plus its people, places
 * and organizations. Thread-safe (one stemmer per thread). False on OOM. */
bool nm_terms_extract(const nm_article *a, nm_terms *out);

/* True when `word` (lowercase) is in data/lexicons/stopwords.txt. */
bool nm_is_stopword(const char *word, size_t len);

#endif
