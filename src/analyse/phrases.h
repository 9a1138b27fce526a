/* Internal: a word-phrase lexicon in sections, matched token by token.
 *
 * File format (data/lexicons/NAME.txt): "[section]" lines open a section,
 * "#" lines are comments, any other line is one phrase of up to
 * NM_PHRASE_MAX_WORDS words separated by single spaces. Matching is
 * case-insensitive and prefers the longest phrase starting at a token.
 * A table is filled once (the caller guards it with pthread_once) and is
 * read-only afterwards, so lookups are thread-safe. */
#ifndef NM_ANALYSE_PHRASES_H
#define NM_ANALYSE_PHRASES_H

#include "segment.h"

#define NM_PHRASE_MAX_WORDS 3
/* Phrases kept per table (cues.txt holds ~500); a longer file is cut there
 * and the table counts what it lost in n_cut (tests/unit/test_phrases.c
 * fails on any). */
#define NM_PHRASE_MAX 1024
/* Hash slots for first words: a power of two above NM_PHRASE_MAX. */
#define NM_PHRASE_SLOTS 2048

typedef struct nm_phrase {
    const char *w[NM_PHRASE_MAX_WORDS];
    size_t wl[NM_PHRASE_MAX_WORDS];
    size_t n_words;
    unsigned section; /* bit of its section (1 << index in the names given) */
    int next;         /* next phrase with the same first-word hash, or -1 */
} nm_phrase;

typedef struct nm_phrases {
    nm_phrase p[NM_PHRASE_MAX];
    int slots[NM_PHRASE_SLOTS];
    size_t n;
    size_t n_cut; /* phrases past NM_PHRASE_MAX, not kept: 0 unless the file outgrew the cap */
} nm_phrases;

/* Fill `t` from the embedded lexicon `name`; `sections` is a NULL-ended
 * list of section names (without brackets): phrases under sections[k] get
 * bit 1 << k, phrases under an unknown section are skipped. */
void nm_phrases_load(nm_phrases *t, const char *name, const char *const *sections);

/* Number of tokens of the longest phrase starting at token i (all in i's
 * sentence), 0 when none; *section (may be NULL) gets its section bits
 * (a phrase listed under several sections has several). */
size_t nm_phrases_at(const nm_phrases *t, const char *text, const nm_segments *seg, size_t i,
                     unsigned *section);

/* Is s[0..n) a one-word phrase of `t` (any section), ignoring case? */
bool nm_phrases_has_word(const nm_phrases *t, const char *s, size_t n);

/* True when the words a[0..an) and b[0..bn) are equal, ignoring ASCII case. */
bool nm_word_eq(const char *a, size_t an, const char *b, size_t bn);

/* True when token `t` of `text` is the ASCII word `w`, ignoring case. */
bool nm_token_word_is(const char *text, const nm_token *t, const char *w);

/* True when token `t` is one of the NULL-ended words `list`, ignoring case. */
bool nm_token_in(const char *text, const nm_token *t, const char *const *list);

#endif
