/* Internal: paragraphs, sentences and tokens of an article's text.
 * All offsets are BYTE offsets into the text; arrays live in the arena. */
#ifndef NM_ANALYSE_SEGMENT_H
#define NM_ANALYSE_SEGMENT_H

#include "newsmon.h"

typedef enum nm_token_flag {
    NM_TOK_WORD = 1 << 0,    /* letters/digits */
    NM_TOK_CAP = 1 << 1,     /* starts with an upper-case letter */
    NM_TOK_PUNCT = 1 << 2,   /* punctuation */
    NM_TOK_QUOTE = 1 << 3,   /* a quote mark (straight or curly, single or double) */
    NM_TOK_SENT_START = 1 << 4
} nm_token_flag;

typedef struct nm_token {
    size_t start, end;
    unsigned flags;
    size_t sent;           /* index of its sentence */
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
 * quotes that end sentences. */
nm_status nm_segment(const char *text, size_t len, nm_arena *arena, nm_segments *out);

#endif
