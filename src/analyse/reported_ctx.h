/* Internal to the reported-speech finder (reported.c and the files split
 * from it): the per-article context, word classes, limits more than one
 * file uses, token helpers, and the functions and word lists one file
 * defines for the others (prefixed nm_r_). Nothing here allocates: the
 * context borrows the article and its segments.
 *
 *   reported_words.c    word classes and cue lexicon, hashed once; shared word lists
 *   reported_subject.c  subjects and speakers before and after a cue
 *   reported_clause.c   where a reported clause starts and ends
 *   reported_apos.c     quotes in doubled apostrophes
 *   reported.c          candidates, the attribution patterns, the scan and nm_reported_find */
#ifndef NM_ANALYSE_REPORTED_CTX_H
#define NM_ANALYSE_REPORTED_CTX_H

#include "segment.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

enum word_class {
    W_CUE = 1 << 0,       /* first word of a cue (see cue table) */
    W_SKIP = 1 << 1,      /* adverb/auxiliary between subject and cue */
    W_STOP = 1 << 2,      /* clause word: never part of a subject */
    W_PRONOUN = 1 << 3,   /* personal pronoun: a whole subject */
    W_RELATIVE = 1 << 4,  /* "who", "which": a subject in a relative clause */
    W_BE = 1 << 5,        /* forms of "be": a cue after them is passive */
    W_ADVERBIAL = 1 << 6, /* time words allowed after a final cue */
    W_FUNCTION = 1 << 7   /* determiners, prepositions: not a subject head */
};

enum cue_class { CUE_SPEECH = 1, CUE_STANCE = 2, CUE_ACCORDING = 4 };

/* Longest cue in words ("told reporters", "according to"). */
#define CUE_MAX_WORDS 3
/* Longest word kept in the tables, in bytes; longer tokens never match. */
#define WORD_MAX 24
/* Longest subject noun phrase, in tokens. */
#define SUBJECT_MAX_TOKENS 14
/* Fewest words in a reported clause ("he said no" is not worth it). */
#define CLAUSE_MIN_WORDS 2

typedef struct ctx {
    nm_article *a;
    const nm_segments *seg;
    const char *text;
    unsigned char *in_quote; /* per token: inside double quote marks */
} ctx;

typedef struct out_list {
    nm_quote *q;
    nm_range *cues;
    size_t n, cap;
} out_list;

/* ------------------------------------------------------------------ */
/* Token helpers                                                        */
/* ------------------------------------------------------------------ */

/* Lower-cased token into buf (WORD_MAX + 1); its length, or 0 when the
 * token is too long or not a word. */
static inline size_t tok_lower(const ctx *c, size_t i, char *buf)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    if (n == 0 || n > WORD_MAX)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char ch = c->text[t->start + k];
        buf[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
    }
    buf[n] = 0;
    return n;
}

static inline bool tok_flag(const ctx *c, size_t i, unsigned f)
{
    return (c->seg->toks[i].flags & f) != 0;
}

static inline bool tok_is_char(const ctx *c, size_t i, char ch)
{
    const nm_token *t = &c->seg->toks[i];
    return t->end - t->start == 1 && c->text[t->start] == ch;
}

static inline bool tok_word_is(const ctx *c, size_t i, const char *w)
{
    char buf[WORD_MAX + 1];
    size_t n = tok_lower(c, i, buf);
    return n && !strcmp(buf, w);
}

/* A double quote mark token: “ ” „ ‟ « » " (and '' written as two). */
static inline bool tok_is_dquote(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    if (!(t->flags & NM_TOK_QUOTE))
        return false;
    const unsigned char *s = (const unsigned char *)c->text + t->start;
    size_t n = t->end - t->start;
    if (n == 1)
        return s[0] == '"' ||
               (s[0] == '\'' && i + 1 < c->seg->n_toks &&
                c->seg->toks[i + 1].start == t->end &&
                c->text[t->end] == '\'') ||
               (s[0] == '\'' && i > 0 && c->seg->toks[i - 1].end == t->start &&
                c->text[t->start - 1] == '\'');
    if (n == 2)
        return (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB));
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E || s[2] == 0x9F;
    return false;
}

static inline bool tok_is_word(const ctx *c, size_t i)
{
    return tok_flag(c, i, NM_TOK_WORD) || tok_flag(c, i, NM_TOK_POSS);
}

/* A lower-case word in "-ly" ("publicly", "originally"): an adverb. */
static inline bool is_ly_adverb(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    return n > 4 && !(t->flags & NM_TOK_CAP) && c->text[t->end - 2] == 'l' &&
           c->text[t->end - 1] == 'y';
}

/* A lower-case word in "-ed" ("raised hopes that"): a verb, not the head
 * of a subject. */
static inline bool is_ed_verb(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    return n > 4 && !(t->flags & NM_TOK_CAP) && c->text[t->end - 2] == 'e' &&
           c->text[t->end - 1] == 'd';
}

static inline bool has_dquote(const ctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (tok_is_dquote(c, i))
            return true;
    return false;
}

static inline size_t count_words(const ctx *c, size_t s, size_t e)
{
    size_t n = 0;
    for (size_t i = s; i < e; i++)
        n += tok_flag(c, i, NM_TOK_WORD);
    return n;
}

static inline bool is_ing_word(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    return tok_flag(c, i, NM_TOK_WORD) && !tok_flag(c, i, NM_TOK_CAP) && t->end - t->start > 4 &&
           !memcmp(c->text + t->end - 3, "ing", 3);
}

static inline bool in_list(const char *const *list, const char *w)
{
    /* the first letter rules out most entries without a call */
    for (; *list; list++)
        if (**list == *w && !strcmp(*list, w))
            return true;
    return false;
}

/* Lower-cased text of tokens [i, i + n) joined by spaces into buf. */
static inline void cue_text(const ctx *c, size_t i, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = 0;
    for (size_t k = 0; k < n; k++) {
        char w[WORD_MAX + 1];
        size_t wl = tok_lower(c, i + k, w);
        if (len + wl + 2 >= cap)
            return;
        if (k)
            buf[len++] = ' ';
        memcpy(buf + len, w, wl);
        len += wl;
        buf[len] = 0;
    }
}

/* A dash setting off a clause: " - ", "–", "—". */
static inline bool is_dash_tok(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    const unsigned char *u = (const unsigned char *)c->text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && u[0] == '-' && tok_flag(c, i, NM_TOK_SPACE_BEFORE)) ||
           (n == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94));
}

/* ------------------------------------------------------------------ */
/* Shared between the files                                            */
/* ------------------------------------------------------------------ */

/* reported_words.c: word lists used by more than one file (NULL-terminated) */
extern const char *const nm_r_not_reported[];
extern const char *const nm_r_subject_pronouns[];
extern const char *const nm_r_subordinators[];
extern const char *const nm_r_trailing_relatives[];
extern const char *const nm_r_irregular_past[];
extern const char *const nm_r_finite_aux[];

/* reported_words.c: loads the word tables once (thread-safe) */
void nm_r_words_init(void);
/* Word classes (enum word_class) of token i; 0 for a word in no table. */
unsigned nm_r_tok_classes(const ctx *c, size_t i);
/* Cue starting at token i: its length in tokens (0: none) and class. */
size_t nm_r_cue_at(const ctx *c, size_t i, size_t end, unsigned *cls);

/* reported_subject.c: subjects and sources, as token ranges */
bool nm_r_np_before(const ctx *c, size_t end, size_t floor, size_t *s);
bool nm_r_np_after(const ctx *c, size_t from, size_t end, size_t *e);
size_t nm_r_skip_aux_right(const ctx *c, size_t i, size_t e);
size_t nm_r_skip_aux_left(const ctx *c, size_t end, size_t floor);
size_t nm_r_skip_time_left(const ctx *c, size_t end, size_t floor);
bool nm_r_subject_before(const ctx *c, size_t cue, size_t floor, size_t *s, size_t *e);
bool nm_r_sentence_subject(const ctx *c, size_t a, size_t b, size_t *s, size_t *e);
bool nm_r_coordinated_subject(const ctx *c, size_t from, size_t i, size_t *s, size_t *e);
bool nm_r_absolute_subject(const ctx *c, size_t floor, size_t i, size_t *s, size_t *e);
bool nm_r_clause_subject(const ctx *c, size_t floor, size_t i, bool sub, size_t *s, size_t *e);
bool nm_r_inverted_subject_ok(const ctx *c, size_t from, size_t e);

/* reported_clause.c: clause boundaries and the verb forms they rest on */
size_t nm_r_clause_start(const ctx *c, size_t p, size_t e, bool tell);
size_t nm_r_next_attribution_comma(const ctx *c, size_t cs, size_t e, bool *bare);
size_t nm_r_contrast_cut(const ctx *c, size_t cs, size_t ce);
size_t nm_r_second_predicate_cut(const ctx *c, size_t cs, size_t ce);
size_t nm_r_object_adjunct_cut(const ctx *c, size_t cs, size_t ce);
bool nm_r_closes_with_comma(const ctx *c, size_t j, size_t cs);
bool nm_r_closed_relative(const ctx *c, size_t s, size_t ce);
bool nm_r_new_clause_at(const ctx *c, size_t s, size_t ce);
bool nm_r_finite_verb(const ctx *c, size_t k);
bool nm_r_clause_verb(const ctx *c, size_t k);
bool nm_r_present_verb(const ctx *c, size_t k, size_t e);
size_t nm_r_skip_adverbs(const ctx *c, size_t k, size_t ce);

/* reported.c */
nm_status nm_r_push_candidate(ctx *c, out_list *o, nm_quote_kind kind, nm_range *frags, size_t nf,
                              size_t sp_s, size_t sp_e, size_t cue_s, size_t cue_e);
bool nm_r_is_raising_word(const ctx *c, size_t i);

/* reported_apos.c: quotes in doubled apostrophes, sorted, into *o */
nm_status nm_r_apos_quotes(ctx *c, out_list *o);

#endif
