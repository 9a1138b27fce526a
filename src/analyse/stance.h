/* Internal: stance attributions that involve no speech verb.
 *
 * PolNeAR-style news annotation attributes beliefs, intentions, backing
 * and findings, not only words said. This finder covers constructions
 * whose content is not a reported clause:
 *   "X endorsed Y", "groups backing Y", "X talked about Y"   (object NP)
 *   "X plans to V ...", "X sought to V ..."                   (infinitive)
 *   "voters know that ...", "lawmakers who thought she ..."   (clause)
 *   "The FBI is reportedly making ..."                        (no source)
 *   "her insistence that ...", "his vow to ...",
 *   "the senator's criticism of Y"                            (owner's noun)
 *   "In a new poll, CLAUSE", "In his view, CLAUSE"            (where it stands)
 * Word lists: data/lexicons/stance_verbs.txt. Candidates have the shape of
 * reported.c's (one fragment, kind REPORTED or MIXED, person -1). */
#ifndef NM_ANALYSE_STANCE_H
#define NM_ANALYSE_STANCE_H

#include "segment.h"

/* Stance candidates of article `a` segmented as `seg`, in text order. On
 * NM_OK *out (arena-owned, NULL when *n_out is 0) holds *n_out candidates.
 * Thread-safe (the lexicon is loaded once). */
nm_status nm_stance_find(nm_article *a, const nm_segments *seg, nm_quote **out, size_t *n_out);

#endif
