/* Internal to the names stage: the per-article working state shared by
 * names.c (token tagging, organizations, places) and names_people.c
 * (people, roles, aliases, mentions). Everything lives in the arena. */
#ifndef NM_ANALYSE_NAMES_INTERNAL_H
#define NM_ANALYSE_NAMES_INTERNAL_H

#include "names.h"
#include "names_lexicon.h"

/* What a capitalised token was recognised as. */
typedef enum nm_name_tag {
    NM_TAG_NONE = 0,
    NM_TAG_NAME,     /* unknown capitalised word: part of a person's name? */
    NM_TAG_CONN,     /* name particle between name words ("bin", "van") */
    NM_TAG_TITLE,    /* role title before a name ("Foreign Minister") */
    NM_TAG_HON,      /* honorific ("Mr.") */
    NM_TAG_DEMONYM,  /* "Russian" */
    NM_TAG_PLACE,    /* "North Korea" */
    NM_TAG_ORG,      /* "Kremlin", "St. Petersburg State University" */
    NM_TAG_NOTNAME   /* month, weekday, function word */
} nm_name_tag;

/* Tokens of one recognised span: every token of it carries the tag; the
 * first also its length and lexicon entry. */
typedef struct nm_tagged {
    unsigned char tag;
    unsigned char common;        /* cache of nm_names_is_common: 0 unknown, 1 no, 2 yes */
    unsigned short span_len;     /* tokens, on the span's first token; else 0 */
    const nm_lex_entry *entry;   /* lexicon entry (canonical in ->val), or NULL */
} nm_tagged;

/* Slots of the per-article memo of "is this word in the text" answers. */
#define NM_NAMES_MEMO_SLOTS 64

/* One memo slot: a word's hash and length, and the answer (0 = empty). */
typedef struct nm_word_memo {
    uint32_t hash;
    unsigned short len;
    signed char answer; /* 0 empty, 1 yes, -1 no */
} nm_word_memo;

typedef struct nm_names_ctx {
    nm_article *a;
    const nm_segments *seg;
    const char *text;
    const nm_names_lex *lx;
    nm_tagged *tags; /* one per token */
    nm_word_memo *memo; /* NM_NAMES_MEMO_SLOTS answers of text_has_word */
} nm_names_ctx;

/* Text of token i. */
static inline const char *nm_tok_text(const nm_names_ctx *c, size_t i, size_t *len)
{
    *len = c->seg->toks[i].end - c->seg->toks[i].start;
    return c->text + c->seg->toks[i].start;
}

/* True when token i is a lower-case word equal to s. */
bool nm_names_tok_is(const nm_names_ctx *c, size_t i, const char *s);

/* True when token i, in lower case, is a common English word (cached). */
bool nm_names_is_common(const nm_names_ctx *c, size_t i);

/* True when the sentence of token i is in headline case (3/4 of its 4+
 * words capitalised). */
bool nm_names_in_headline(const nm_names_ctx *c, size_t i);

/* People, their mentions, roles and aliases from the tagged tokens. */
nm_status nm_names_people(nm_names_ctx *c);

#endif
