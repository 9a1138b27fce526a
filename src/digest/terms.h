/* Internal: the content terms of a story (stemmed, lower-cased words that
 * are not function words), with how often and in how many articles each
 * occurs. Used to weigh sentences and titles by centrality. */
#ifndef NM_DIGEST_TERMS_H
#define NM_DIGEST_TERMS_H

#include "newsmon.h"

typedef struct nm_terms nm_terms;

/* New table; NULL on OOM. Not thread-safe (one per digest build). */
nm_terms *nm_terms_new(void);
void nm_terms_free(nm_terms *t);

/* Count the terms of s[0..len) as seen in article `article` (articles are
 * added in increasing order). False on OOM. */
bool nm_terms_add_text(nm_terms *t, const char *s, size_t len, size_t article);

/* Term ids of s[0..len), each at most once, into ids (capacity max).
 * Terms never added get no id. Returns how many were written. */
size_t nm_terms_ids(nm_terms *t, const char *s, size_t len, size_t *ids, size_t max);

/* Weight of a term: log(1 + occurrences) times the share of the story's
 * `n_articles` articles that use it. */
double nm_terms_weight(const nm_terms *t, size_t id, size_t n_articles);

#endif
