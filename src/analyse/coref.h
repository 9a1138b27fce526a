/* Internal: what a pronoun standing as a speaker refers to.
 *
 * "he"/"she" → the nearest person mentioned before it whose gender does not
 * contradict the pronoun, preferring mentions that stand as a subject (not
 * a possessive "Trump’s", not half of a compound "Trump-Kim"); relative
 * "who" → the person named just before it ("Zhebin, who said"). Plural
 * and first-person pronouns resolve to no one. Reads a->mentions and
 * a->people only: thread-safe. */
#ifndef NM_ANALYSE_COREF_H
#define NM_ANALYSE_COREF_H

#include "segment.h"

/* How far back a pronoun looks for its person, in bytes: about three
 * paragraphs of news prose; beyond that a pronoun is a new topic. */
#define NM_COREF_WINDOW 1500

/* Person index (into a->people) the pronoun at `pronoun` refers to, or -1. */
int nm_coref_resolve(const nm_article *a, const nm_segments *seg, nm_range pronoun);

#endif
