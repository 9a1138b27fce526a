/* Internal: a streaming HTML tokenizer after the WHATWG HTML Living
 * Standard §13.2.5 "Tokenization", pushing tokens to callbacks (no DOM).
 *
 * The whole document is given at once (the extractor always has it in
 * memory); tokens are pushed in document order as they end. Nothing recurses
 * and nothing is allocated per token: tag names, attributes and comments are
 * built in buffers reused for the whole document, text is handed out as
 * slices of the input wherever no character reference, NUL or CR changed it.
 *
 * Differences from the spec's token stream, all on the tree builder's side
 * of the line (§13.2.6), and why:
 *   - NUL in the data state is dropped (the spec emits it and "in body"
 *     ignores it); elsewhere NUL becomes U+FFFD as specified. So no token
 *     ever holds a NUL byte and every string is also a C string.
 *   - The caller's start_tag callback returns the text model the tokenizer
 *     continues in: that is how the spec's tree builder switches the
 *     tokenizer to RCDATA, RAWTEXT, script data or PLAINTEXT.
 *   - CDATA sections are bogus comments (the spec treats them as CDATA
 *     only in SVG/MathML, whose content the extractor never reads).
 *   - DOCTYPE public/system identifiers are not reported (only the name).
 * Input must be UTF-8 (html_charset.c converts before); invalid sequences
 * pass through untouched. */
#ifndef NM_CLEAN_HTML_TOKENIZER_H
#define NM_CLEAN_HTML_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Attributes kept per tag. Browsers keep any number; the extractor reads a
 * dozen names, and the duplicate check (§13.2.5.33) is quadratic in the
 * count, so the rest of an absurd tag is tokenized and dropped. */
#define HX_TOK_MAX_ATTRS 512

typedef struct hx_attr {
    const char *name;   /* lower case, NUL-terminated */
    const char *value;  /* character references decoded; "" when absent */
    uint32_t name_len, value_len;
} hx_attr;

/* A start or end tag. Pointers are valid during the callback only. */
typedef struct hx_token_tag {
    const char *name;   /* lower case (ASCII), NUL-terminated */
    uint32_t name_len;
    uint32_t name_hash; /* hx_name_hash(name, name_len) */
    const hx_attr *attrs; /* first of each name only (§13.2.5.33) */
    uint32_t n_attrs;     /* always 0 on end tags */
    bool self_closing;
} hx_token_tag;

/* Text models (§13.2.5.1-5): the state the tokenizer reads text in. */
typedef enum hx_text_model {
    HX_TEXT_DATA = 0,  /* markup and character references */
    HX_TEXT_RCDATA,    /* character references only: title, textarea */
    HX_TEXT_RAWTEXT,   /* nothing but the end tag: style, xmp, iframe... */
    HX_TEXT_SCRIPT,    /* script data, with its comment-like escapes */
    HX_TEXT_PLAINTEXT  /* everything to the end is text */
} hx_text_model;

typedef struct hx_token_sink {
    /* Returns the text model to continue in (HX_TEXT_DATA normally). */
    hx_text_model (*start_tag)(void *user, const hx_token_tag *tag);
    void (*end_tag)(void *user, const hx_token_tag *tag);
    /* Character tokens, decoded UTF-8, in pieces cut between characters. */
    void (*text)(void *user, const char *s, size_t n);
    /* Optional (may be NULL): comment data, DOCTYPE name. */
    void (*comment)(void *user, const char *s, size_t n);
    void (*doctype)(void *user, const char *name, size_t n);
} hx_token_sink;

/* Tokenize `len` bytes of UTF-8 HTML, pushing tokens to `sink`.
 * Returns false only when out of memory (tokens up to there were pushed). */
bool hx_tokenize(const char *html, size_t len, const hx_token_sink *sink, void *user);

/* The text model the spec's tree builder sets after an HTML start tag of
 * this (lower-case) name, scripting enabled: RCDATA for title and textarea,
 * RAWTEXT for style, xmp, iframe, noembed, noframes and noscript, script
 * data for script, PLAINTEXT for plaintext; else HX_TEXT_DATA. */
hx_text_model hx_text_model_of(const char *name, size_t len);

/* The hash the tokenizer gives tag names (32-bit FNV-1a). */
uint32_t hx_name_hash(const char *s, size_t len);

/* Decode the character reference at s[0..len) (s just after '&', §13.2.5.72
 * to 80) into out (at least 8 bytes). Returns the bytes consumed after '&',
 * 0 when the text is not a character reference (then '&' stays literal).
 * `in_attribute` applies the spec's rule for legacy names followed by '='
 * or an alphanumeric in attribute values. */
size_t hx_char_ref(const char *s, size_t len, bool in_attribute, char out[8], size_t *out_len);

#endif
