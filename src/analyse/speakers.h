/* Internal: attribution cues and the speaker mentions standing at them.
 *
 * Shared by quotes.c (direct quotes) and reported.c (reported and mixed
 * speech). Every function reads the text and the tokens only; none keeps
 * state between calls, so all are thread-safe (the cue lexicon is loaded
 * once, under pthread_once).
 *
 * Cues come from data/lexicons/cues.txt: speech verbs in every inflection
 * ("says", "said", "saying", "told", "adds"...), multi-word cues
 * ("according to", "pointed out", "told reporters") and stance verbs
 * ("believes", "warned", "hopes") that attribute content without speech. */
#ifndef NM_ANALYSE_SPEAKERS_H
#define NM_ANALYSE_SPEAKERS_H

#include "segment.h"

/* What a cue can introduce. */
typedef enum nm_cue_class {
    NM_CUE_SPEECH = 1 << 0,   /* speech: says, told, added, asked, wrote... */
    NM_CUE_STANCE = 1 << 1,   /* belief or stance: believes, hopes, fears... */
    NM_CUE_ACCORDING = 1 << 2 /* "according to": source follows the cue */
} nm_cue_class;

/* Number of tokens of the cue starting at token `i` (longest match, e.g. 2
 * for "according to", 1 for "said"); 0 when no cue starts there. Sets
 * *cls (may be NULL) to the cue's nm_cue_class bits. Case-insensitive. */
size_t nm_cue_at(const char *text, const nm_segments *seg, size_t i,
                 unsigned *cls);

/* The subject mention of a cue at token `cue`: the noun phrase ending just
 * before it ("Spokeswoman Haley Morris says", "a senior official said"),
 * skipping adverbs and auxiliaries ("also", "has", "had previously") and an
 * apposition set off by commas ("Kolotov, a Far East expert at X, says" gives
 * "Kolotov"); a pronoun ("he", "they") or a relative "who" is a mention.
 * Searches no further back than token `floor`. True and *out set (byte range)
 * when found. */
bool nm_speaker_before(const nm_article *a, const nm_segments *seg,
                       size_t cue, size_t floor, nm_range *out);

/* The agent of a passive cue [cue_start, cue_end) ("Sanders was asked by
 * host Bill Maher, “…”"): the noun phrase after the "by" at token cue_end
 * when a form of "be" precedes the cue. True and *out set when found. */
bool nm_speaker_passive_agent(const nm_article *a, const nm_segments *seg, size_t cue_start,
                              size_t cue_end, nm_range *out);

/* The mention right after an inverted cue whose last token is `cue_end - 1`
 * ("says Mr. Zhebin", "said the official, who ...", "according to a
 * campaign spokesman"): the noun phrase starting at token `cue_end`, cut at
 * the first comma, clause word or end of sentence. True and *out set when
 * found. */
bool nm_speaker_after(const nm_article *a, const nm_segments *seg,
                      size_t cue_end, nm_range *out);

/* The subject of sentence `sent`, looked for before token `before`: past
 * openers ("But"), an introductory phrase closed by a comma ("In a
 * statement, …", "Asked about it, …"), a pronoun, a capitalised name with
 * its titles ("Senate Majority Leader Mitch McConnell") or a description
 * ("the former Republican presidential candidate"). True and *out set
 * when found. */
bool nm_speaker_subject(const nm_article *a, const nm_segments *seg, size_t sent, size_t before,
                        nm_range *out);

/* The subject phrase opening a clause at token `k` (before `end`) and
 * followed by its verb ("…, [Hillary] shot back", "…, [Gov. Pat McCrory
 * (R)] blamed"): a pronoun, a name with its titles or a description. True,
 * *out set and *verb the verb's token when found. */
bool nm_speaker_subject_at(const nm_article *a, const nm_segments *seg, size_t k, size_t end,
                           nm_range *out, size_t *verb);

/* A source label after a dash right before a colon, in the sentence
 * opening at token `first` ("Pollsters agree - Carl Bialik: “…”",
 * "HEADLINE -More from Blumenthal and Cohen: “…”"); `before` is the token
 * after the colon or the quote's opening mark. True and *out set (the
 * label's words) when found. */
bool nm_speaker_dash_label(const char *text, const nm_segments *seg, size_t first, size_t before,
                           nm_range *out);

/* Is token i a capitalised word that names no one where a subject would
 * stand: a preposition or adverb opening the sentence ("Despite",
 * "However"), a day or month ("Tuesday at a rally"), a participle
 * ("Speaking to reporters, …", "Reached by phone, …") that is no known
 * name? */
bool nm_token_names_no_one(const nm_article *a, const nm_segments *seg, size_t i);

/* Is token i a lower-case verb form: a word in "-ed" or "-ing" ("raised",
 * "saying") or an irregular one ("stood", "came", "spoke")? */
bool nm_token_is_verb(const char *text, const nm_segments *seg, size_t i);

/* Is token i the head of a time phrase: a day ("Monday", "yesterday") or
 * a period ("week", "years", "ago")? */
bool nm_token_is_time_word(const char *text, const nm_segments *seg, size_t i);

/* Is s[0..n) a plural noun without a final "s" ("people", "police",
 * "staff") or a plural pronoun? */
bool nm_word_is_plural_head(const char *s, size_t n);

/* The verb a participle at token i completes ("Perez just starts
 * [talking] about", "he spent more time [mocking]", "are left
 * [wondering]"): its token, looked for no further back than `floor`, or
 * (size_t)-1 when the participle completes none. */
size_t nm_catenative_before(const char *text, const nm_segments *seg, size_t i, size_t floor);

/* Person index (into a->people) named by `mention`: the a->mentions entry
 * overlapping it; for a pronoun or "who", the person it refers to (see
 * coref.h). -1 when the mention is not a resolvable person ("a source"). */
int nm_speaker_person(const nm_article *a, const nm_segments *seg,
                      nm_range mention);

/* True when s[0..len) is a personal or relative pronoun that can stand as a
 * speaker ("he", "She", "they", "who", "I", "we"). */
bool nm_speaker_is_pronoun(const char *s, size_t len);

/* Is token i the bare apostrophe of a plural possessive ("Sanders’
 * campaign manager", "the Clintons' lawyer"): a single mark right after a
 * word ending in "s", with a word after it? The segmenter makes it a quote
 * mark token. */
bool nm_token_is_plural_poss(const char *text, const nm_segments *seg, size_t i);

#endif
