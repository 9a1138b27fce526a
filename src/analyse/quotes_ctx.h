/* Internal to the quote finders: the per-article context and attribution
 * shared by quotes_direct.c (direct quotes) and quotes_mixed.c (mixed
 * quotes), token helpers, and the speaker helpers both halves use
 * (defined in quotes_ctx.c). Nothing here allocates: ranges point into
 * the article's text, the context borrows the article, its segments and
 * its quoted spans. */
#ifndef NM_ANALYSE_QUOTES_CTX_H
#define NM_ANALYSE_QUOTES_CTX_H

#include "quotes_marks.h"
#include "segment.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct attribution {
    bool found;
    size_t cue_s, cue_e;  /* cue tokens [cue_s, cue_e) */
    bool has_speaker;
    nm_range speaker;
    size_t end_tok;       /* first token after the attribution */
} attribution;

typedef struct ctx {
    nm_article *a;
    const nm_segments *seg;
    const char *t;
    const nm_qspan *spans; /* quoted spans of the text, in text order */
    size_t n_spans;
} ctx;

static inline const nm_token *tok(const ctx *c, size_t i) { return &c->seg->toks[i]; }

static inline size_t para_of(const ctx *c, size_t i) { return c->seg->sents[tok(c, i)->sent].para; }

static inline bool tok_char(const ctx *c, size_t i, char ch)
{
    const nm_token *k = tok(c, i);
    return k->end - k->start == 1 && c->t[k->start] == ch;
}

static inline bool tok_word(const ctx *c, size_t i, const char *w)
{
    const nm_token *k = tok(c, i);
    size_t n = strlen(w);
    if (k->end - k->start != n)
        return false;
    for (size_t j = 0; j < n; j++) {
        char ch = c->t[k->start + j];
        if (ch >= 'A' && ch <= 'Z')
            ch += 32;
        if (ch != w[j])
            return false;
    }
    return true;
}

static inline bool is_dash(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    const unsigned char *s = (const unsigned char *)c->t + k->start;
    return (k->end - k->start == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] >= 0x93 && s[2] <= 0x95)) ||
           tok_char(c, i, '-');
}

/* Punctuation that may end the words of a quote or clause. */
static inline bool is_clause_punct(const ctx *c, size_t i)
{
    return tok_char(c, i, '.') || tok_char(c, i, ',') || tok_char(c, i, ';') || tok_char(c, i, ':') ||
           tok_char(c, i, '!') || tok_char(c, i, '?') || (tok(c, i)->flags & NM_TOK_ELLIPSIS) ||
           is_dash(c, i) || tok_char(c, i, ')');
}

static inline bool in_list(const ctx *c, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (tok_word(c, i, *list))
            return true;
    return false;
}

/* Participles that open a new statement after a quoted part ("…, adding
 * that", "…, noting that", "…, saying"). */
static inline bool is_participle(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    size_t n = k->end - k->start;
    return (k->flags & NM_TOK_WORD) && !(k->flags & NM_TOK_CAP) && n > 5 &&
           !memcmp(c->t + k->end - 3, "ing", 3);
}

/* Is there a quote mark among tokens [from, to)? */
static inline bool quote_between(const ctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (tok(c, k)->flags & NM_TOK_QUOTE)
            return true;
    return false;
}

/* Words before a cue word that make it a noun ("a retort", "his claims");
 * NULL-terminated. */
extern const char *const nm_q_noun_markers[];

/* Is byte `at` inside a quoted span of c->spans closed by its own mark? */
bool nm_q_inside_quote(const ctx *c, size_t at);

/* The subject of the sentence of token `s`, before it, into *out: the
 * subject noun phrase, else its first person mention. False if none. */
bool nm_q_sentence_speaker(const ctx *c, size_t s, nm_range *out);

/* The subject of a participle at token `p` in an absolute phrase ("…, with
 * one of her ads asking"), into *out; no token before `floor` is looked
 * at. False if `p` is in no such phrase. */
bool nm_q_absolute_subject(const ctx *c, size_t p, size_t floor, nm_range *out);

/* The subject of a participle cue at token `cs` hanging on a clause ("…,
 * saying", "issued a statement saying"), into *out; `floor` as above.
 * False when the cue is no such participle or no subject is found. */
bool nm_q_participle_subject(const ctx *c, size_t cs, size_t floor, nm_range *out);

/* Replaces *out, a relative "that"/"which" after a document noun
 * ("released a video that said"), by the subject who issued the document,
 * when there is one; else leaves it. */
void nm_q_issuer_of_relative(const ctx *c, size_t floor, nm_range *out);

/* Is token i a noun of a document or message ("statement", "tweet",
 * "interview", "ad")? */
bool nm_q_is_document_noun(const ctx *c, size_t i);

/* Is the mention a personal pronoun or a phrase holding a capitalised word
 * (a name, "the Clinton campaign")? */
bool nm_q_named_or_pronoun(const ctx *c, nm_range m);

/* Is token i a form of one of `lemmas` (NULL-terminated): the lemma or its
 * stem followed by a regular verb ending? */
bool nm_q_verb_lemma_in(const ctx *c, size_t i, const char *const *lemmas);

/* Is the cue [cue, cue_end) a passive with no agent ("Blumenthal was
 * asked, “…”", "was said to be “furious”", "has been called a “…”")?
 * Its subject is the one spoken to or of: the speaker goes unnamed. */
bool nm_q_passive_cue(const nm_article *a, const nm_segments *seg, size_t cue, size_t cue_end);

#endif
