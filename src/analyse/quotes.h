/* Internal: direct, mixed and reported quotes with cues and speakers
 * (names, descriptions, pronouns resolved against a->people/mentions).
 * Fills a->quotes, sorted by first fragment. */
#ifndef NM_ANALYSE_QUOTES_H
#define NM_ANALYSE_QUOTES_H

#include "segment.h"

nm_status nm_quotes_analyse(nm_article *a, const nm_segments *seg);

#endif
