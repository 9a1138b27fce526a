/* Internal: paragraphs, sentences and tokens of an article's text.
 * All offsets are BYTE offsets into the text; arrays live in the arena.
 *
 * Tokens (see docs/names.md for the full rules):
 *  - words: letters/digits with internal hyphens ("Jong-un"), internal
 *    apostrophes ("O’Malley", "don’t"), digit groups ("3.2", "800,000") and
 *    dotted abbreviations ("U.S.");
 *  - a final period belongs to the word when the word is an abbreviation
 *    ("Mr.", "St.", "U.S.", the initial "F."): flag NM_TOK_ABBREV;
 *  - a possessive or contracted "’s"/"'s" is split off as its own word token
 *    with NM_TOK_POSS ("Russia’s" → "Russia" + "’s"), so names stand alone;
 *  - every quote mark (" ' “ ” ‘ ’ „ « » ‹ ›) outside a word is one
 *    NM_TOK_QUOTE|NM_TOK_PUNCT token; ’ inside a word is an apostrophe;
 *  - ". . .", "..." and "…" are one NM_TOK_ELLIPSIS|NM_TOK_PUNCT token;
 *  - any other non-space code point is one NM_TOK_PUNCT token.
 * Paragraphs split on blank lines; a text without any blank line but with
 * several lines has one paragraph per line. Sentences never cross
 * paragraphs; closing quote marks and brackets right after the final
 * punctuation belong to the sentence they close. */
#ifndef NM_ANALYSE_SEGMENT_H
#define NM_ANALYSE_SEGMENT_H

#include <stdint.h>

#include "newsmon.h"

typedef enum nm_token_flag {
    NM_TOK_WORD = 1 << 0,    /* letters/digits */
    NM_TOK_CAP = 1 << 1,     /* starts with an upper-case letter */
    NM_TOK_PUNCT = 1 << 2,   /* punctuation */
    NM_TOK_QUOTE = 1 << 3,   /* a quote mark (straight or curly, single or double) */
    NM_TOK_SENT_START = 1 << 4, /* first token of its sentence */
    NM_TOK_ABBREV = 1 << 5,  /* word whose final period is part of it ("Mr.") */
    NM_TOK_POSS = 1 << 6,    /* split-off "’s" / "'s" (possessive or "is") */
    NM_TOK_ELLIPSIS = 1 << 7, /* ". . .", "..." or "…" */
    NM_TOK_FIRST_WORD = 1 << 8, /* first word token of its sentence */
    NM_TOK_SPACE_BEFORE = 1 << 9, /* whitespace (or paragraph start) before */
    NM_TOK_SPACE_AFTER = 1 << 10, /* whitespace (or paragraph end) after */
    NM_TOK_DIGIT = 1 << 11,  /* word starting with a digit */
    NM_TOK_ALLCAPS = 1 << 12 /* word of 2+ letters, all upper case ("KCNA") */
} nm_token_flag;

typedef struct nm_token {
    size_t start, end;
    unsigned flags;
    uint32_t sent;         /* index of its sentence (texts stay far below 4 G tokens) */
} nm_token;

typedef struct nm_sentence {
    size_t start, end;     /* byte range, trimmed */
    size_t para;           /* index of its paragraph */
    size_t tok_start, tok_end; /* [tok_start, tok_end) into toks */
} nm_sentence;

typedef struct nm_segments {
    nm_range *paras;       /* paragraphs (split on blank lines), trimmed */
    size_t n_paras;
    nm_sentence *sents;
    size_t n_sents;
    nm_token *toks;
    size_t n_toks;
} nm_segments;

/* Split text into paragraphs, sentences and tokens. Sentence ends survive
 * abbreviations ("Mr.", "U.S.", "St. Petersburg"), ellipses (". . .") and
 * quotes that end sentences. Arrays are owned by `arena`. */
nm_status nm_segment(const char *text, size_t len, nm_arena *arena, nm_segments *out);

/* Index of the first token whose end is after byte `offset` (the token
 * holding it, or the next one); n_toks when none. O(log n). */
size_t nm_segment_token_at(const nm_segments *seg, size_t offset);

/* Where a mention stands in its clause, from surface cues only. */
typedef enum nm_slot {
    NM_SLOT_OTHER = 0, /* none of the below (possessor "Lavrov’s", list item, ...) */
    NM_SLOT_SUBJECT,   /* opens a clause (sentence start, after ",", "and", "while",
                        * "that", an opening quote...) and a verb-like lower-case
                        * word follows, possibly after an apposition:
                        * "while Lavrov expressed", "Lavrov, 70, said" */
    NM_SLOT_OBJECT     /* after a preposition: "with Kim", "to Kim", "by Kim" */
} nm_slot;

/* Slot of the mention at bytes [start, end) of `text` (tokens of `seg`).
 * For pronoun resolution: prefer a SUBJECT antecedent over an OBJECT one
 * ("while Lavrov met Kim …, he threatened" → Lavrov). O(log n + apposition). */
nm_slot nm_segment_slot(const nm_segments *seg, const char *text, size_t start, size_t end);

/* True when token `t` of `text` is exactly the ASCII string `s`. */
bool nm_token_is(const char *text, const nm_token *t, const char *s);

/* True when the token carries every flag of `flags`. */
static inline bool nm_token_has(const nm_token *t, unsigned flags)
{
    return (t->flags & flags) == flags;
}

#endif
