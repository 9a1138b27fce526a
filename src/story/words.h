/* Internal: split text into lowercased words (letters and digits), the unit
 * that fingerprints and story terms are built from. */
#ifndef NM_STORY_WORDS_H
#define NM_STORY_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* Longest word kept, in code points: longer runs (URLs, base64, tables
 * flattened into text) are cut there; no real word is that long. */
#define NM_WORD_MAX_CP 48

typedef struct nm_word_iter {
    const char *text;
    size_t len;
    size_t pos;
    char word[NM_WORD_MAX_CP * 4 + 1]; /* lowercased UTF-8, NUL-terminated */
    size_t word_len;                    /* bytes */
    size_t word_cp;                     /* code points */
    bool capitalised;   /* first letter uppercase (titlecase) */
    bool sentence_start; /* first word of the text, a line or a sentence */
    bool after_stop;    /* internal: a sentence end was seen since the last word */
} nm_word_iter;

void nm_word_iter_init(nm_word_iter *it, const char *text, size_t len);
/* Next word into it->word; false at the end. Apostrophes inside a word
 * ("won't", "Russia’s") are dropped so the word stays one token. */
bool nm_word_next(nm_word_iter *it);

#endif
