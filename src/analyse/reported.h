/* Internal: reported speech and mixed quotes.
 *
 * Finds attributions without (or with only partly) quote marks:
 *   "X said (that) CLAUSE", "CLAUSE, X said.", "CLAUSE, said X.",
 *   "according to X, CLAUSE", "CLAUSE, according to X",
 *   "X told reporters CLAUSE", "X believes/warned/argued ... CLAUSE".
 * The content is the reported clause; the speaker is the subject noun
 * phrase as written (a name, "a spokeswoman for the campaign", "he",
 * relative "who"); the cue is the reporting verb phrase.
 *
 * Contract with quotes.c (which merges these with direct quotes):
 *  - every candidate has exactly one fragment (the clause, byte offsets);
 *  - kind is NM_QUOTE_MIXED when the clause holds a quote mark (the quoted
 *    part stays inside the fragment, marks included), else
 *    NM_QUOTE_REPORTED; a direct quote lying wholly inside a MIXED clause
 *    is the same attribution and should be dropped by the merger;
 *  - a clause made only of one quoted string (a direct quote) is never
 *    returned: quotes.c owns those;
 *  - `person` is the a->mentions person whose span overlaps the speaker,
 *    or -1 (pronouns, descriptions: left for quotes.c to resolve);
 *  - candidates are sorted by fragment start and never overlap each other.
 * The array and cue strings live in a->arena. */
#ifndef NM_ANALYSE_REPORTED_H
#define NM_ANALYSE_REPORTED_H

#include "segment.h"

/* Reported/mixed candidates of article `a` segmented as `seg`. Thread-safe
 * (lexicons are loaded once). On NM_OK *out (arena-owned, may be NULL when
 * *n_out is 0) holds *n_out candidates; when `cues_out` is non-NULL it gets
 * a parallel arena-owned array with each candidate's cue byte range. */
nm_status nm_reported_find(nm_article *a, const nm_segments *seg,
                           nm_quote **out, nm_range **cues_out, size_t *n_out);

#endif
