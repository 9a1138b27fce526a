/* Internal: mixed quotes — the reported clause holding a quoted part
 * ("Warren said Trump was a “proven failure” in business"), for
 * quotes_direct.c.
 *
 * Each finder looks back from the quoted part's opening mark at token
 * `open_tok`, within its sentence, and returns the attribution it found
 * (`found` false when none; cue tokens, speaker and, where it applies,
 * `end_tok` set as in quotes_ctx.h). On success *clause_tok gets the first
 * token of the clause PolNeAR marks; on failure it may be left as is.
 * Nothing is allocated: the ranges point into the article's text. */
#ifndef NM_ANALYSE_QUOTES_MIXED_H
#define NM_ANALYSE_QUOTES_MIXED_H

#include "quotes_ctx.h"

/* Reported speech holding the part: a speech cue with its speaker earlier
 * in the sentence ("Warren said Trump was a “proven failure”"). */
attribution nm_q_find_mixed_before(const ctx *c, size_t open_tok, size_t *clause_tok);

/* The part as the object of a verb outside the cue list ("He called [it
 * “shameful”]"). */
attribution nm_q_find_mixed_verb(const ctx *c, size_t open_tok, size_t *clause_tok);

/* The part naming what "call" takes as its object ("calling [him “a total
 * stiff.”]"); the clause starts after the verb. */
attribution nm_q_find_naming_verb(const ctx *c, size_t open_tok, size_t *clause_tok);

/* The part after a possessed noun of saying ("her claim [that she “…”]",
 * "his call for [a “revolution”]"); *noun_phrase is set true when the
 * clause is a noun phrase (after "for", "of", "on", "about" or right after
 * the noun), false after "that" or "to". */
attribution nm_q_find_speech_noun(const ctx *c, size_t open_tok, size_t *clause_tok, bool *noun_phrase);

/* The part naming a verb's object "as" something ("identified [the judge
 * as “Spanish,”]"); the clause starts at the object. */
attribution nm_q_find_as_complement(const ctx *c, size_t open_tok, size_t *clause_tok);

/* Replaces *r (and *clause_tok) by an earlier speech cue of the sentence
 * starting at token `sent_first` that reports the clause holding r's
 * speaker ("Trump said Sunday [that he believed …]"), when there is one;
 * `strict` asks for a pronoun right after the outer cue. */
void nm_q_outer_attribution(const ctx *c, attribution *r, size_t sent_first, size_t *clause_tok, bool strict);

/* End (byte) of the mixed clause holding span `s` (marks at tokens
 * `open_tok`, `close_tok`) when no attribution follows it: the sentence's
 * end or the first clause boundary after the part, never before its
 * closing mark. `comma_in`: the part's words end with a comma;
 * `np_object`: the part is a noun phrase after a noun of saying, ending
 * at the verb it is the subject of. */
size_t nm_q_mixed_clause_end(const ctx *c, const nm_qspan *s, size_t open_tok, size_t close_tok, bool comma_in,
                             bool np_object);

/* Is the text range a title: every word of it capitalised ("Star Wars")? */
bool nm_q_is_title(const ctx *c, nm_range r);

/* Does the title opening at `open_tok` name a work where something was
 * said (after a possessive or a preposition: "told ABC's “Good Morning
 * America.”")? */
bool nm_q_names_a_work(const ctx *c, size_t open_tok);

/* May `inner`, a quote found by quotes_direct.c with its cue at bytes
 * `cue`, stand inside a longer reported clause `clause` of reported.c
 * rather than be swallowed by it? True for a mixed clause whose cue opens
 * a clause of its own that reaches the quoted part unbroken: a second
 * predicate of the outer subject ("… and wrote in an email that …") or an
 * adverbial clause ("when he claimed …", "after telling …"). */
bool nm_q_inner_clause_stands(const nm_article *a, const nm_segments *seg, nm_range clause, const nm_quote *inner,
                              nm_range cue);

#endif
