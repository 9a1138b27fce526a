/* Internal: pairing of quote marks into quoted spans.
 *
 * Works on the text alone, paragraph by paragraph (paragraphs split on
 * blank lines, as the cleaners write them):
 *  - double marks: curly “ ” „ ‟, guillemets « », straight " (opening or
 *    closing told from the characters around it);
 *  - single marks ‘ ’ ' inside a double-quoted span are nested quotes and
 *    stay part of it; at top level a single-quoted span is reported with
 *    `single` set (British style, headings), an apostrophe never opens one;
 *  - a span still open at its paragraph's end is closed there with
 *    `unclosed` set: the next paragraph's opening mark continues it;
 *  - an opening mark met while a span is open closes the open span just
 *    before it (a missing closing mark), unless the next two double marks
 *    both close: then it opens a part nested in the span (“A “B” C”).
 * Spans are returned in text order and never overlap. */
#ifndef NM_ANALYSE_QUOTES_MARKS_H
#define NM_ANALYSE_QUOTES_MARKS_H

#include "newsmon.h"

/* Longest paragraph scanned for marks, in marks: a paragraph with more is
 * a list or code, not prose; its extra marks are ignored. */
#define NM_QMARKS_MAX_PER_PARA 512

typedef struct nm_qspan {
    size_t open;      /* byte offset of the opening mark */
    size_t open_len;  /* its length in bytes */
    size_t close;     /* byte offset of the closing mark (== inner.end) */
    size_t close_len; /* its length in bytes; 0 when unclosed */
    nm_range inner;   /* the words between the marks, whitespace trimmed */
    size_t para;      /* index of the paragraph (blank-line separated) */
    bool unclosed;    /* ran to the paragraph's end without a closing mark */
    bool single;      /* single quote marks */
} nm_qspan;

/* Quoted spans of text[0..len). On NM_OK *out (arena-owned, NULL when
 * *n_out is 0) holds *n_out spans in text order. */
nm_status nm_qmarks_find(const char *text, size_t len, nm_arena *arena,
                         nm_qspan **out, size_t *n_out);

/* Byte length of the quote mark starting at text[i] (1 to 3), or 0. Sets
 * *is_double (may be NULL) for double marks. */
size_t nm_qmark_len(const char *text, size_t len, size_t i, bool *is_double);

/* Does text[r.start, r.end) hold a double quote mark? Doubled apostrophes
 * ('' … '') are none. The one test of "mixed" rather than "reported" for
 * every finder's quotes. */
bool nm_qmarks_hold_double(const char *text, nm_range r);

#endif
