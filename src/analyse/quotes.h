/* Internal: direct, mixed and reported quotes with cues and speakers
 * (names, descriptions, pronouns resolved against a->people/mentions).
 * Fills a->quotes, sorted by first fragment. */
#ifndef NM_ANALYSE_QUOTES_H
#define NM_ANALYSE_QUOTES_H

#include "segment.h"

nm_status nm_quotes_analyse(nm_article *a, const nm_segments *seg);

/* Append to a->quotes the `n_cand` candidates that share no byte with a
 * quote already there (gap fillers: stance attributions, which direct,
 * mixed and reported speech win over). Leaves a->quotes unsorted. */
nm_status nm_quotes_fill_gaps(nm_article *a, const nm_quote *cand, size_t n_cand);

#endif
