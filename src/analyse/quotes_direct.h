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

/* What the merge needs to know of a quote found here besides the quote. */
typedef struct nm_direct_meta {
    nm_range cue; /* the cue's bytes (a label's or byline's speaker when no cue word) */
    bool firm;    /* a mixed clause whose bounds a construction fixes ("calling [him
                     “…”]"): a reported clause holding it gives way */
    bool needs_clause; /* a quote after a sentence reporting speech that stands only
                          joined to the clause its cue reports (quotes.c) */
} nm_direct_meta;

/* Direct quotes of `a`, in text order, arena-owned (NULL when *n_out is 0).
 * `meta_out` (may be NULL) gets a parallel arena-owned array. */
nm_status nm_quotes_direct_find(nm_article *a, const nm_segments *seg,
                                nm_quote **out, nm_direct_meta **meta_out, size_t *n_out);

#endif
