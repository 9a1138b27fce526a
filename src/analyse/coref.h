/* Internal: what a pronoun standing as a speaker refers to.
 *
 * "he"/"she" → a person mentioned before it whose gender does not
 * contradict the pronoun: the nearest one standing as a clause subject in
 * the pronoun's sentence or just before ("while Lavrov expressed … during a
 * meeting with Kim …, he threatened" is Lavrov), else the nearest one that
 * is no prepositional object, possessor ("Trump’s") or half of a compound
 * ("Trump-Kim"); relative "who" → the person named just before it
 * ("Zhebin, who said"). Plural and first-person pronouns resolve to no one.
 * Reads a->mentions, a->people and the tokens only: thread-safe. */
#ifndef NM_ANALYSE_COREF_H
#define NM_ANALYSE_COREF_H

#include "segment.h"

/* How far back a pronoun looks for its person, in bytes: about three
 * paragraphs of news prose; beyond that a pronoun is a new topic. */
#define NM_COREF_WINDOW 1500

/* How many sentences before the pronoun's own a clause subject is still
 * preferred over a nearer non-subject: news prose names the subject again
 * within a couple of sentences, so an older subject is a weaker guess than
 * a recent object. */
#define NM_COREF_SUBJECT_SENTENCES 2

/* Person index (into a->people) whose alias or last name is exactly
 * s[0..n) ("Trump", "Lynch"), or -1 when none or several. */
int nm_coref_person_named(const nm_article *a, const char *s, size_t n);

/* Person index (into a->people) the pronoun at `pronoun` refers to, or -1. */
int nm_coref_resolve(const nm_article *a, const nm_segments *seg, nm_range pronoun);

#endif
