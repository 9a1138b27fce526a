/* Internal: direct quotes — quoted spans tied to an attribution.
 *
 * A quoted span becomes a direct quote when an attribution stands right
 * after its closing mark ("…,” says Mr. Zhebin"; "…,” he said"), right
 * before its opening mark ("He said: “…”", "noting that “…”"), or when it
 * opens a sentence right after another quote's attribution or paragraph
 * (the same voice going on). Spans without any of these are terms, titles,
 * scare quotes or the quoted part of reported speech, and are skipped.
 * `person` is left -1 (quotes.c resolves speakers in text order). */
#ifndef NM_ANALYSE_QUOTES_DIRECT_H
#define NM_ANALYSE_QUOTES_DIRECT_H

#include "segment.h"

/* Most fragments one direct quote is assembled from (“A,” he said, “B.”
 * has two); further spans start a new quote with the same speaker. */
#define NM_QUOTE_MAX_FRAGS 8

/* Direct quotes of `a`, in text order, arena-owned (NULL when *n_out is 0).
 * `cues_out` (may be NULL) gets a parallel arena-owned array with each
 * quote's cue byte range. */
nm_status nm_quotes_direct_find(nm_article *a, const nm_segments *seg,
                                nm_quote **out, nm_range **cues_out, size_t *n_out);

#endif
