/* Reported speech and mixed quotes: see reported.h.
 *
 * One pass over the sentences, linear in tokens. For each sentence:
 *  1. a trailing attribution ("CLAUSE, X said.", "CLAUSE, said X.",
 *     "CLAUSE, according to X.") takes the clause before its comma;
 *  2. else the first cue outside quote marks with a subject before it
 *     ("X said (that) CLAUSE", "X, a spokesman, said CLAUSE", "who said",
 *     "..., saying CLAUSE" with the sentence's subject) takes the rest of
 *     the sentence; a subject set off by commas inside the sentence
 *     ("CLAUSE, she said, CLAUSE") takes both sides;
 *     "According to X, CLAUSE" takes what follows the comma.
 * A clause that is one quoted string is a direct quote and left to
 * quotes.c; a clause holding a quoted part is MIXED.
 * The word tables, subjects, clause bounds and apostrophe quotes live in
 * reported_words.c, reported_subject.c, reported_clause.c and
 * reported_apos.c (shared context: reported_ctx.h). */
#include "reported.h"

#include "reported_ctx.h"
#include "speakers.h"

#include <string.h>

/* Mark the tokens inside double quote marks, paragraph by paragraph; a
 * quote left open runs to its paragraph's end (news style for quotes that
 * go on in the next paragraph). */
static void mark_quotes(ctx *c)
{
    const nm_segments *seg = c->seg;
    size_t para = (size_t)-1;
    bool open = false;
    for (size_t i = 0; i < seg->n_toks; i++) {
        size_t p = seg->sents[seg->toks[i].sent].para;
        if (p != para) {
            para = p;
            open = false;
        }
        if (tok_is_dquote(c, i)) {
            const unsigned char *s = (const unsigned char *)c->text + seg->toks[i].start;
            bool opening, closing;
            if (s[0] == 0xE2) {
                opening = s[2] == 0x9C || s[2] == 0x9E || s[2] == 0x9F;
                closing = !opening;
            } else if (s[0] == 0xC2) {
                opening = s[1] == 0xAB;
                closing = !opening;
            } else {
                opening = !open;
                closing = open;
            }
            /* '' is two tokens: treat the pair as one mark */
            if (s[0] == '\'' && i > 0 && seg->toks[i - 1].end == seg->toks[i].start &&
                c->text[seg->toks[i].start - 1] == '\'') {
                c->in_quote[i] = 1;
                continue;
            }
            if (opening && !open) {
                open = true;
                c->in_quote[i] = 1;
                continue;
            }
            if (closing && open) {
                c->in_quote[i] = 1;
                open = false;
                /* the second half of a '' pair closes with the first */
                if (i + 1 < seg->n_toks && s[0] == '\'' &&
                    seg->toks[i + 1].start == seg->toks[i].end)
                    c->in_quote[++i] = 1;
                continue;
            }
        }
        c->in_quote[i] = open;
    }
}

/* ------------------------------------------------------------------ */
/* Candidates                                                           */
/* ------------------------------------------------------------------ */

/* True when tokens [s, e) are one quoted string (a direct quote). */
static bool is_one_quote(const ctx *c, size_t s, size_t e)
{
    while (e > s && tok_flag(c, e - 1, NM_TOK_PUNCT) && !tok_is_dquote(c, e - 1))
        e--;
    if (e <= s || !tok_is_dquote(c, s))
        return false;
    for (size_t i = s; i < e; i++)
        if (!c->in_quote[i])
            return false;
    /* the first mark's quote must close at the end, not reopen inside */
    for (size_t i = s + 1; i + 1 < e; i++)
        if (tok_is_dquote(c, i) && !(i + 1 < e && tok_is_dquote(c, i + 1) &&
                                      c->seg->toks[i + 1].start == c->seg->toks[i].end) &&
            !(i > s && tok_is_dquote(c, i - 1) &&
              c->seg->toks[i - 1].end == c->seg->toks[i].start)) {
            /* a mark inside: a closing then an opening one */
            return false;
        }
    return true;
}

/* Append one candidate: `frags` (arena-owned) with its cue and speaker
 * token ranges; the speaker's person is the first one named in it ("X, an
 * adviser to Obama," is X). */
nm_status nm_r_push_candidate(ctx *c, out_list *o, nm_quote_kind kind, nm_range *frags,
                                size_t nf, size_t sp_s, size_t sp_e, size_t cue_s, size_t cue_e)
{
    const nm_token *t = c->seg->toks;
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 16;
        nm_quote *q = nm_arena_realloc(c->a->arena, o->q, o->cap * sizeof *q, cap * sizeof *q);
        nm_range *r = nm_arena_realloc(c->a->arena, o->cues, o->cap * sizeof *r, cap * sizeof *r);
        if (!q || !r)
            return NM_ERR_NOMEM;
        o->q = q;
        o->cues = r;
        o->cap = cap;
    }
    nm_quote *q = &o->q[o->n];
    memset(q, 0, sizeof *q);
    q->kind = kind;
    q->frags = frags;
    q->n_frags = nf;
    q->cue = nm_arena_strndup(c->a->arena, c->text + t[cue_s].start,
                              t[cue_e - 1].end - t[cue_s].start);
    q->has_speaker = sp_e > sp_s;
    q->speaker = q->has_speaker ? (nm_range){t[sp_s].start, t[sp_e - 1].end} : (nm_range){0, 0};
    q->person = -1;
    if (q->has_speaker)
        for (size_t m = 0; m < c->a->n_mentions; m++) {
            const nm_mention *mm = &c->a->mentions[m];
            if (mm->span.start >= q->speaker.end)
                break;
            /* the first person named: "X, an adviser to Obama," is X */
            if (mm->span.end > q->speaker.start) {
                q->person = mm->person;
                break;
            }
        }
    o->cues[o->n] = (nm_range){t[cue_s].start, t[cue_e - 1].end};
    o->n++;
    return NM_OK;
}

/* One-word answers ("46 percent said yes"), which PolNeAR marks as
 * content. */
static const char *const k_answers[] = {"yes", "no", NULL};

/* Is [s, e) a lone answer word, with no second fragment? */
static bool answer_word(const ctx *c, size_t s, size_t e, bool two)
{
    char w[WORD_MAX + 1];
    return !two && e == s + 1 && tok_lower(c, s, w) && in_list(k_answers, w);
}

static nm_status emit(ctx *c, out_list *o, size_t c1s, size_t c1e, size_t c2s,
                      size_t c2e, size_t sp_s, size_t sp_e, size_t cue_s, size_t cue_e)
{
    const nm_token *t = c->seg->toks;
    size_t words = count_words(c, c1s, c1e) + (c2e > c2s ? count_words(c, c2s, c2e) : 0);
    if (words < CLAUSE_MIN_WORDS && !answer_word(c, c1s, c1e, c2e > c2s))
        return NM_OK;
    /* a direct quote on either side is quotes.c's */
    if (is_one_quote(c, c1s, c1e) && (c2e <= c2s || is_one_quote(c, c2s, c2e)))
        return NM_OK;
    size_t nf = c2e > c2s ? 2 : 1;
    nm_range *fr = nm_arena_alloc(c->a->arena, nf * sizeof *fr);
    if (!fr)
        return NM_ERR_NOMEM;
    fr[0] = (nm_range){t[c1s].start, t[c1e - 1].end};
    if (nf == 2)
        fr[1] = (nm_range){t[c2s].start, t[c2e - 1].end};
    bool mixed = has_dquote(c, c1s, c1e) || (nf == 2 && has_dquote(c, c2s, c2e));
    return nm_r_push_candidate(c, o, mixed ? NM_QUOTE_MIXED : NM_QUOTE_REPORTED, fr, nf, sp_s,
                          sp_e, cue_s, cue_e);
}

/* End of the clause material of [a, b): drops final . ! ? ; : tokens. */
static size_t clause_end(const ctx *c, size_t a, size_t b)
{
    while (b > a && tok_flag(c, b - 1, NM_TOK_PUNCT) && !tok_flag(c, b - 1, NM_TOK_QUOTE))
        b--;
    return b;
}

/* First token of (a, e) that opens a new line with a capital or a digit, or
 * e: a headline or subtitle ends at its line ("Says He Will Run\nThe
 * senator said ..."), though the sentence splitter joins the lines. */
static size_t line_break_at(const ctx *c, size_t a, size_t e)
{
    const nm_token *t = c->seg->toks;
    for (size_t k = a + 1; k < e; k++)
        if (!c->in_quote[k] && (tok_flag(c, k, NM_TOK_CAP) || tok_flag(c, k, NM_TOK_DIGIT)) &&
            memchr(c->text + t[k - 1].end, '\n', t[k].start - t[k - 1].end))
            return k;
    return e;
}

/* After a final cue only adverbials may follow: time words ("he said
 * Tuesday") or a prepositional phrase ("she said in a video message to the
 * convention", "Carson said after the attacks"), up to a comma opening a
 * participle (", noting that …": the speaker's next attribution). */
#define TRAILER_MAX_TOKENS 16
/* The same without a prepositional phrase ("he said Tuesday night"). */
#define TRAILER_SHORT_TOKENS 8

/* Prepositions opening an adverbial phrase after a final speech cue
 * ("said in a video message", "said after the attacks"); not "to", "for",
 * "of", "with": those open the cue's object ("refused to …"). */
static const char *const k_trailer_preps[] = {
    "in", "at", "on", "during", "after", "before", "while", "when", "via", "outside", "from", NULL};

/* `speech`: the cue is a speech verb, which may take a longer
 * prepositional phrase. */
static bool only_adverbials(const ctx *c, size_t s, size_t e, bool speech)
{
    bool prep = false; /* inside a prepositional phrase: its object's words */
    for (size_t i = s; i < e; i++) {
        if (i - s >= (prep ? TRAILER_MAX_TOKENS : TRAILER_SHORT_TOKENS) || c->in_quote[i])
            return false;
        if (prep && tok_is_char(c, i, ',') && i + 1 < e && is_ing_word(c, i + 1))
            return true;
        if (tok_flag(c, i, NM_TOK_PUNCT))
            continue;
        unsigned cl = nm_r_tok_classes(c, i);
        char w[WORD_MAX + 1];
        if (speech && tok_lower(c, i, w) && in_list(k_trailer_preps, w) &&
            (prep || (i == s || tok_flag(c, i - 1, NM_TOK_CAP) || (nm_r_tok_classes(c, i - 1) & W_ADVERBIAL)))) {
            prep = true;
            continue;
        }
        if (tok_flag(c, i, NM_TOK_CAP) || (cl & W_ADVERBIAL) || tok_flag(c, i, NM_TOK_DIGIT))
            continue;
        if (prep && tok_flag(c, i, NM_TOK_WORD) && !(cl & (W_STOP | W_CUE | W_SKIP | W_PRONOUN)) &&
            !is_ing_word(c, i))
            continue;
        return false;
    }
    return true;
}

/* True when token i closes a quotation (a double mark, possibly after a
 * comma: `…,” he said` / `…”, he said`). */
static bool closes_quote_before(const ctx *c, size_t i, size_t a)
{
    while (i > a && tok_is_char(c, i - 1, ','))
        i--;
    return i > a && tok_is_dquote(c, i - 1);
}

/* True when [s, e) opens with a quotation that closes before e with only
 * an attribution after it: `“A,” X said` is a direct quote. */
static bool starts_with_quote(const ctx *c, size_t s, size_t e)
{
    while (s < e && !tok_is_word(c, s) && !tok_is_dquote(c, s))
        s++;
    return s < e && tok_is_dquote(c, s) && c->in_quote[s];
}

/* Cues whose object is the hearer: the clause follows "that" ("told
 * reporters Tuesday that ..."). */
static const char *const k_tell[] = {
    "tell", "tells", "told", "telling", "inform", "informs", "informed",
    "informing", "assure", "assures", "assured", "assuring", "remind",
    "reminds", "reminded", NULL};

/* Prepositions and links a subject may hold ("a source close to him",
 * "officials familiar with the talks", "Democrats and Republicans"). */
static const char *const k_np_inner[] = {
    "to", "with", "from", "about", "by", "and", "like", "into", NULL};

/* True when tokens [s, e) read as one noun phrase: words (and inner
 * hyphens, periods, possessives) with no clause word, cue or quote; it
 * opens with a name, a digit or a determiner-like word. */
static bool plain_np(const ctx *c, size_t s, size_t e)
{
    if (e <= s || !tok_is_word(c, s) || is_ly_adverb(c, s) ||
        (nm_r_tok_classes(c, s) & (W_STOP | W_SKIP | W_CUE | W_RELATIVE)))
        return false;
    for (size_t i = s; i < e; i++) {
        if (c->in_quote[i])
            return false;
        if (!tok_is_word(c, i)) {
            if (tok_is_char(c, i, '-') || tok_is_char(c, i, '.') || tok_flag(c, i, NM_TOK_QUOTE))
                continue;
            return false;
        }
        unsigned cl = nm_r_tok_classes(c, i);
        char w[WORD_MAX + 1];
        if ((cl & (W_CUE | W_RELATIVE)) ||
            ((cl & W_STOP) && !(tok_lower(c, i, w) && in_list(k_np_inner, w))))
            return false;
    }
    return true;
}

/* 1. "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, according to X." */
/* Longest source after an inverted cue that starts in lower case ("said
 * the official in charge of the count"), in tokens. */
#define INVERTED_LOWER_MAX_TOKENS 8

/* True when [a, comma) is "Name, apposition": capitalised words up to a
 * first comma. */
static bool opens_with_name_apposition(const ctx *c, size_t a, size_t comma)
{
    size_t i = a;
    while (i < comma && (tok_flag(c, i, NM_TOK_CAP) || tok_flag(c, i, NM_TOK_POSS) ||
                         tok_is_char(c, i, '.')) && !c->in_quote[i])
        i++;
    return i > a && i < comma && tok_is_char(c, i, ',') &&
           !(nm_r_tok_classes(c, a) & (W_FUNCTION | W_SKIP | W_ADVERBIAL | W_PRONOUN));
}

/* Commas tried for a trailing attribution, from the sentence end back. */
#define FINAL_COMMAS_MAX 4

/* The attribution after the comma at `comma`, if any: inverted ("said X"
 * to the end or to X's apposition) or plain ("X said" then adverbials).
 * Returns the tokens [*sp_s, *sp_e) of the source and [*cs, *ce) of the
 * cue, or false. */
static bool attribution_after_comma(const ctx *c, size_t a, size_t comma, size_t e, size_t *sp_s,
                                    size_t *sp_e, size_t *cs, size_t *ce)
{
    unsigned cls = 0;
    size_t n = nm_r_cue_at(c, comma + 1, e, &cls);
    if (n) {
        size_t from = comma + 1 + n;
        char w[WORD_MAX + 1];
        size_t wl = tok_lower(c, comma + 1, w);
        bool ing = !(cls & CUE_ACCORDING) && wl > 4 && !strcmp(w + wl - 3, "ing");
        /* "…, told The Times": a tell-cue's object is its hearer */
        if (ing || in_list(k_tell, w) || from >= e || !nm_r_inverted_subject_ok(c, from, e))
            return false;
        /* "according to" is an attribution wherever it stands: its source
         * is the noun phrase after it, whatever follows ("according to a
         * survey released on Thursday", "... adviser who requested
         * anonymity") */
        if (cls & CUE_ACCORDING) {
            size_t sp_end;
            if (!nm_r_np_after(c, from, e, &sp_end))
                return false;
            *sp_s = from;
            *sp_e = sp_end;
            *cs = comma + 1;
            *ce = from;
            return true;
        }
        /* the source runs to the sentence end or to a comma opening its
         * apposition ("said Lee Epstein, who teaches law") */
        size_t end = from;
        while (end < e && !tok_is_char(c, end, ',') && !c->in_quote[end])
            end++;
        while (end > from && tok_flag(c, end - 1, NM_TOK_PUNCT))
            end--;
        if (end == from || (end < e && !tok_is_char(c, end, ',')))
            return false;
        /* "Anna Berg, a spokeswoman, said the rally ...": the comma closes
         * an apposition to the sentence's subject, not a clause */
        if (!tok_flag(c, from, NM_TOK_CAP) && end - from > INVERTED_LOWER_MAX_TOKENS)
            return false;
        /* "…, said the group acted alone": a verb with its own object or
         * adverb makes the words after the cue a clause ("said a person
         * briefed on the talks" keeps its participle) */
        for (size_t k = from + 1; !tok_flag(c, from, NM_TOK_CAP) && k + 1 < end; k++)
            if (nm_token_is_verb(c->text, c->seg, k) && tok_is_word(c, k + 1) &&
                !(nm_r_tok_classes(c, k + 1) & (W_FUNCTION | W_STOP)))
                return false;
        if (opens_with_name_apposition(c, a, comma))
            return false;
        /* "said an official who was briefed": the source ends at its
         * relative clause; before it, no clause word ("..., said Tuesday
         * that he ..." is a subject's apposition, then its cue) */
        for (size_t k = from; k < end; k++) {
            unsigned kc = nm_r_tok_classes(c, k);
            char kw[WORD_MAX + 1];
            if (k > from && (kc & W_RELATIVE)) {
                end = k;
                break;
            }
            if ((kc & (W_SKIP | W_CUE)) && k > from)
                return false;
            if ((kc & W_STOP) && !(tok_lower(c, k, kw) && in_list(k_np_inner, kw)))
                return false;
        }
        *sp_s = from;
        *sp_e = end;
        *cs = comma + 1;
        *ce = from;
        return true;
    }
    for (size_t i = comma + 2; i < e && i < comma + 2 + SUBJECT_MAX_TOKENS; i++) {
        n = nm_r_cue_at(c, i, e, &cls);
        if (!n)
            continue;
        if (cls & CUE_ACCORDING)
            return false;
        size_t s, se = nm_r_skip_aux_left(c, i, comma + 1);
        if (!nm_r_np_before(c, se, comma + 1, &s) || is_ing_word(c, comma + 1))
            return false; /* ", drawing a sharp reply from X" is no subject */
        /* "a source close to him said", "officials familiar with the
         * talks said": the subject may hold a prepositional phrase */
        if (s != comma + 1 && !(s > comma + 1 && plain_np(c, comma + 1, se)))
            return false;
        s = comma + 1;
        if (!only_adverbials(c, i + n, e, cls & CUE_SPEECH))
            return false;
        *sp_s = s;
        *sp_e = se;
        *cs = i;
        *ce = i + n;
        return true;
    }
    return false;
}

/* Longest stretch from the end of an inserted attribution's source to the
 * comma closing it ("said Ana Ruiz, an expert at the institute,"), in
 * tokens. */
#define INSERT_TAIL_MAX_TOKENS 24

/* Where the clause an attribution was inserted into goes on after its
 * source ("Any reading of the law, said Ana Ruiz, an expert at the
 * institute, would find …", "His motive, according to an interview at the
 * time, was …"): the first token after a comma closing the source or its
 * aside when a finite verb comes next, else e. */
static size_t predicate_after_source(const ctx *c, size_t sp_e, size_t e)
{
    for (size_t m = sp_e; m < e && m < sp_e + INSERT_TAIL_MAX_TOKENS; m++) {
        if (c->in_quote[m] || (tok_flag(c, m, NM_TOK_PUNCT) && !tok_is_char(c, m, ',') &&
                               !tok_is_char(c, m, '.')))
            return e;
        if (!tok_is_char(c, m, ','))
            continue;
        size_t v = nm_r_skip_adverbs(c, m + 1, e);
        if (v < e && nm_r_finite_verb(c, v) && count_words(c, m + 1, e) >= CLAUSE_MIN_WORDS)
            return m + 1;
    }
    return e;
}

/* 1. "CLAUSE, X said." / "CLAUSE, said X, who ..." / "CLAUSE, according
 * to X." */
static nm_status final_attribution(ctx *c, out_list *o, size_t a, size_t e, bool *done)
{
    size_t k = e, tried = 0;
    while (k > a && tried < FINAL_COMMAS_MAX) {
        k--;
        if (!tok_is_char(c, k, ',') || c->in_quote[k])
            continue;
        tried++;
        size_t sp_s, sp_e, cs, ce;
        if (k == a || !attribution_after_comma(c, a, k, e, &sp_s, &sp_e, &cs, &ce))
            continue;
        *done = true;
        if (starts_with_quote(c, a, k) || closes_quote_before(c, k + 1, a))
            return NM_OK;
        /* "A, according to X, B": both sides are the content */
        size_t r = sp_e + 1;
        if (tok_word_is(c, cs, "according") && sp_e < e && tok_is_char(c, sp_e, ',') &&
            !c->in_quote[sp_e] && count_words(c, r, e) >= CLAUSE_MIN_WORDS)
            return emit(c, o, a, k, r, e, sp_s, sp_e, cs, ce);
        r = predicate_after_source(c, sp_e, e);
        if (r < e)
            return emit(c, o, a, k, r, e, sp_s, sp_e, cs, ce);
        return emit(c, o, a, k, 0, 0, sp_s, sp_e, cs, ce);
    }
    return NM_OK;
}

/* Cues whose content is an infinitive ("declined to comment", "vowed to
 * fight on"): PolNeAR's content starts at "to". */
static const char *const k_to_cues[] = {
    "declined", "declines", "refused", "refuses", "promised", "promises", "vowed",
    "vows", "pledged", "pledges", "threatened", "threatens", "hoped", "hopes",
    "want", "wants", "wanted", "decided", "agreed", "offered", "seeks", "sought",
    "plans", "intends", "intended", "urged", "urges", "called on", "calls on", NULL};

/* Fewest words before an "according to" without a comma for them to be
 * its content ("82 percent of whom view Trump unfavorably according to the
 * poll"). */
#define ACCORDING_CLAUSE_MIN_WORDS 4

/* 2. cues with their subject before them, and "According to X, CLAUSE". */
/* Verbs that attribute an impression or expectation with no one saying it
 * ("Trump appears to be ignorant of ...", "The Fed is expected to act"):
 * PolNeAR marks them with no source, the subject and the complement as two
 * pieces of content. */
static const char *const k_raising[] = {
    "seemed", "seems", "seem", "appear", "appears", "appeared", NULL};

/* Prepositions after "appeared" that make it a physical appearance
 * ("appeared on Fox News"), not an impression. */
static const char *const k_appear_preps[] = {
    "on", "in", "at", "with", "before", "alongside", "onstage", "during", "for",
    "as", "together", "live", "via", "by", "outside", "inside", NULL};

/* The raising construction at token i, if any: sets the cue [*vs, *ve) and
 * the complement start *cs. */
static bool raising_at(const ctx *c, size_t i, size_t e, size_t *vs, size_t *ve, size_t *cs)
{
    char w[WORD_MAX + 1];
    if (!tok_lower(c, i, w))
        return false;
    if (in_list(k_raising, w)) {
        if (i + 1 >= e || c->in_quote[i + 1] || !tok_is_word(c, i + 1))
            return false;
        char n[WORD_MAX + 1];
        if (!tok_lower(c, i + 1, n) || in_list(k_appear_preps, n) || !strcmp(n, "that") ||
            tok_flag(c, i + 1, NM_TOK_CAP))
            return false;
        *vs = i;
        *ve = i + 1;
        *cs = i + 1;
        return true;
    }
    /* "is expected to" */
    if ((nm_r_tok_classes(c, i) & W_BE) && i + 2 < e && tok_word_is(c, i + 1, "expected") &&
        tok_word_is(c, i + 2, "to")) {
        *vs = i;
        *ve = i + 2;
        *cs = i + 2;
        return true;
    }
    return false;
}

/* Is token i one of k_raising? */
bool nm_r_is_raising_word(const ctx *c, size_t i)
{
    char w[WORD_MAX + 1];
    return tok_lower(c, i, w) && in_list(k_raising, w);
}

/* Is token i a raising verb before "to" and a cue ("Obama seemed to
 * recognize …", "Voters seem to care about …")? PolNeAR marks the cue's
 * attribution with the subject as its source, not an impression. */
static bool raised_cue_at(const ctx *c, size_t i, size_t e)
{
    unsigned cls = 0;
    size_t n = i + 2 < e && nm_r_is_raising_word(c, i) && tok_word_is(c, i + 1, "to") && !c->in_quote[i + 2]
                   ? nm_r_cue_at(c, i + 2, e, &cls)
                   : 0;
    /* only before a clause ("seems to feel the case will …", "seem to show
     * that …"); with an object the impression is the writer's ("seemed to
     * dismiss the issue") */
    char w[WORD_MAX + 1];
    return n && !(cls & CUE_ACCORDING) && i + 2 + n < e && tok_lower(c, i + 2 + n, w) &&
           (!strcmp(w, "that") || in_list(nm_r_subject_pronouns, w) || tok_word_is(c, i + 3 + n, "will") ||
            tok_word_is(c, i + 3 + n, "would"));
}

/* Words that open the question after a passive "asked" ("Asked whether
 * he would run, Rubio said ...", "was asked by host John Dickerson if"). */
static const char *const k_question_words[] = {
    "whether", "if", "about", "what", "how", "why", "who", "when", "where", "to",
    "which", "whom", NULL};
/* Longest stretch between "asked" and its question, in tokens ("asked in
 * Iowa recently whether", "asked by host John Dickerson whether"). */
#define ASKED_REACH 8

/* Passive "asked": at the sentence start ("Asked ...", "When asked ...")
 * or after "was/were/being". The question is the content, up to the next
 * comma; the asker after "by" is the source, else there is none. */
static nm_status passive_asked(ctx *c, out_list *o, size_t a, size_t i, size_t e, bool *done,
                               size_t *q_end)
{
    *done = false;
    if (!tok_word_is(c, i, "asked") || c->in_quote[i])
        return NM_OK;
    /* "Asked ...", "When asked ...", "..., he said when asked about X" */
    bool start = i == a || (i > a && tok_word_is(c, i - 1, "when"));
    bool passive = i > a && (tok_word_is(c, i - 1, "was") || tok_word_is(c, i - 1, "were") ||
                             tok_word_is(c, i - 1, "being"));
    if (!start && !passive)
        return NM_OK;
    size_t sp_s = 0, sp_e = 0, k = i + 1;
    if (k < e && tok_word_is(c, k, "by") && nm_r_np_after(c, k + 1, e, &sp_e)) {
        sp_s = k + 1;
        k = sp_e;
    }
    char w[WORD_MAX + 1];
    while (k < e && k < i + 1 + ASKED_REACH && !c->in_quote[k] && !tok_is_char(c, k, ',') &&
           !(tok_lower(c, k, w) && in_list(k_question_words, w)))
        k++;
    /* "by X who" stops nm_r_np_after at the question word itself */
    if (k >= e || !(tok_lower(c, k, w) && in_list(k_question_words, w)))
        return NM_OK;
    size_t ce = k;
    while (ce < e && (c->in_quote[ce] || !tok_is_char(c, ce, ',')) && !nm_r_closes_with_comma(c, ce, k))
        ce++;
    if (ce < e && c->in_quote[ce])
        ce++; /* the question ends with a title: “… on “This Week,” X said” */
    /* "Asked whether X, which friends described as grim, hurt him, Mr.
     * Trump said …": an opening question runs to the comma before the main
     * clause's subject and verb */
    char rw[WORD_MAX + 1];
    bool relative = ce + 1 < e && tok_lower(c, ce + 1, rw) &&
                    (in_list(nm_r_trailing_relatives, rw) || !strcmp(rw, "which"));
    if (start && ce < e && !c->in_quote[ce] && !(nm_r_tok_classes(c, ce + 1) & W_PRONOUN) &&
        !nm_r_new_clause_at(c, ce + 1, e) && !(relative && !nm_r_closed_relative(c, ce + 2, e)))
        for (size_t m = ce + 1; m + 1 < e; m++)
            if (!c->in_quote[m] && tok_is_char(c, m, ',') &&
                ((nm_r_tok_classes(c, m + 1) & W_PRONOUN) || nm_r_new_clause_at(c, m + 1, e))) {
                ce = m;
                break;
            }
    if (count_words(c, k, ce) < CLAUSE_MIN_WORDS + 1)
        return NM_OK;
    *done = true;
    *q_end = ce;
    return emit(c, o, k, ce, 0, 0, sp_s, sp_e, i, i + 1);
}

/* Head nouns of a poll named after "in" ("in the latest CNN/ORC poll"):
 * PolNeAR makes the poll the source of the finding around it. */
static const char *const k_poll_nouns[] = {"poll", "polls", "survey", "surveys", NULL};

/* Longest "in" phrase naming a poll, up to the poll noun, in tokens. */
#define POLL_NP_MAX_TOKENS 10

/* Words after a poll noun that still belong to its phrase ("the poll
 * released Sunday", "a survey conducted this month"). */
#define POLL_TAIL_MAX_TOKENS 5

/* Words a poll's phrase may hold besides names and modifiers
 * ("the RealClearPolitics average of recent polls", "Post and ABC"). */
static const char *const k_poll_inner[] = {
    "the", "a", "an", "of", "and", "this", "these", "his", "her", "their", "its", "our", NULL};

/* Does "in" at i open a phrase naming a poll? Its poll noun's end in *pe
 * (the source [i + 1, *pe)) and in *ne where the finding goes on: the
 * verb of the clause the phrase sits in ("His rating in the latest Fox
 * poll stands at 53%"), a comma, or e; a participle and time words after
 * the noun are the phrase's ("a poll released Sunday"). */
static bool poll_phrase(const ctx *c, size_t i, size_t e, size_t *pe, size_t *ne)
{
    if (c->in_quote[i] || !tok_word_is(c, i, "in"))
        return false;
    char w[WORD_MAX + 1];
    for (size_t k = i + 1; k < e && k <= i + POLL_NP_MAX_TOKENS; k++) {
        bool word = tok_lower(c, k, w) > 0;
        if (c->in_quote[k] || tok_is_char(c, k, ',') || tok_is_char(c, k, '(') || is_dash_tok(c, k) ||
            (word && (nm_r_tok_classes(c, k) & (W_STOP | W_FUNCTION)) && !in_list(k_poll_inner, w)) ||
            (k > i + 1 && (nm_r_finite_verb(c, k) || (nm_r_tok_classes(c, k) & (W_CUE | W_RELATIVE)))))
            return false;
        if (!(word && in_list(k_poll_nouns, w)))
            continue;
        /* a named poll ("the latest CNN/ORC poll", "Monday's poll", "a
         * 50-state survey"); "in the polls", "in national polls" speak of
         * standing in general */
        bool named = false;
        for (size_t m = i + 1; m < k; m++)
            named = named || tok_flag(c, m, NM_TOK_CAP) || tok_flag(c, m, NM_TOK_DIGIT);
        if (!named)
            return false;
        *pe = k + 1;
        size_t m = k + 1;
        if (m < e && (is_ed_verb(c, m) || (nm_r_tok_classes(c, m) & W_ADVERBIAL)) &&
            !(tok_lower(c, m, w) && in_list(nm_r_finite_aux, w)))
            while (m < e && m <= k + POLL_TAIL_MAX_TOKENS && !c->in_quote[m] && tok_is_word(c, m) &&
                   !(tok_lower(c, m, w) && in_list(nm_r_finite_aux, w)) && !nm_r_present_verb(c, m, e) &&
                   !(nm_r_tok_classes(c, m) & W_CUE))
                m++;
        size_t wn = m < e && !tok_flag(c, m, NM_TOK_CAP) ? tok_lower(c, m, w) : 0;
        bool verb = wn && (in_list(nm_r_finite_aux, w) || in_list(nm_r_irregular_past, w) ||
                           (nm_r_tok_classes(c, m) & W_CUE) ||
                           /* "stands at 53%" */
                           (wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's'));
        *ne = verb || (m < e && tok_is_char(c, m, ',')) ? m : e;
        return true;
    }
    return false;
}

/* Speech cues that respondents of a poll use ("38 percent said"): no
 * attribution of their own inside the poll's finding. */
static const char *const k_respondent_cues[] = {"said", "say", "says", NULL};

/* "In a CNN poll, 38 percent said A, while 60 percent said B", "Clinton
 * leads by 9 points in the latest Fox poll", "Some 20 percent of people in
 * a recent poll said A": the finding is the poll's, the source the phrase
 * after "in"; a sentence holding another cue than the respondents' is left
 * to the other patterns. */
static nm_status poll_attribution(ctx *c, out_list *o, size_t a, size_t e, bool *done, size_t *rest)
{
    *rest = e;
    size_t i = a, pe = 0, ne = 0;
    while (i < e && !poll_phrase(c, i, e, &pe, &ne))
        i++;
    if (i >= e)
        return NM_OK;
    unsigned cls = 0;
    char w[WORD_MAX + 1];
    for (size_t k = a; k < e; k++)
        if (!c->in_quote[k] && (k < i || k >= pe) && nm_r_cue_at(c, k, e, &cls) &&
            !(tok_lower(c, k, w) && in_list(k_respondent_cues, w)))
            return NM_OK;
    nm_status st = NM_OK;
    if (i == a && ne < e && tok_is_char(c, ne, ',')) {
        /* "In a CNN poll, CLAUSE" */
        if (count_words(c, ne + 1, e) >= CLAUSE_MIN_WORDS + 1)
            st = emit(c, o, ne + 1, e, 0, 0, i + 1, pe, i, i + 1);
    } else if (i > a) {
        size_t s = a, se;
        if (nm_r_sentence_subject(c, a, i, &s, &se) && s > i)
            s = a;
        /* "His support in a new poll stands at 53%": the clause goes on
         * after it, up to a comma opening another attribution ("While 86
         * percent in a poll liked her, 43 said …"); "One in four voters in
         * a poll said A" is the respondents' */
        size_t r = ne < e && !tok_is_char(c, ne, ',') ? ne : e, re = r;
        if (r < e && tok_lower(c, r, w) && in_list(k_respondent_cues, w))
            return NM_OK;
        if (r < e) {
            bool bare;
            re = nm_r_next_attribution_comma(c, r, e, &bare);
        }
        if (count_words(c, s, i) >= CLAUSE_MIN_WORDS + 1)
            st = emit(c, o, s, i, r, re, i + 1, pe, i, i + 1);
        /* the rest of the sentence may hold an attribution of its own */
        if (re < e)
            *rest = re + 1;
    }
    *done = true;
    return st;
}

/* The comma closing "As X said[ on Saturday]," from p (the token after
 * the cue): right there, or after time words or a short prepositional
 * phrase; else e. */
static size_t adverbials_comma(const ctx *c, size_t p, size_t e)
{
    for (size_t m = p; m < e && m <= p + TRAILER_MAX_TOKENS; m++) {
        if (c->in_quote[m])
            return e;
        if (tok_is_char(c, m, ','))
            return only_adverbials(c, p, m, true) ? m : e;
    }
    return e;
}

/* Longest source of an opening "According to X," in tokens. */
#define ACCORDING_SOURCE_MAX_TOKENS 24

/* The comma ending an opening "According to" phrase from s: the first one
 * within ACCORDING_SOURCE_MAX_TOKENS with no quote, clause verb or cue
 * before it, else e. */
static size_t source_comma(const ctx *c, size_t s, size_t e)
{
    for (size_t m = s + 1; m < e && m <= s + ACCORDING_SOURCE_MAX_TOKENS; m++) {
        if (c->in_quote[m] || nm_r_clause_verb(c, m) || (nm_r_tok_classes(c, m) & W_CUE))
            return e;
        if (tok_is_char(c, m, ','))
            return m;
    }
    return e;
}

static nm_status forward_scan(ctx *c, out_list *o, size_t a, size_t e)
{
    size_t lo = a; /* start of what no earlier attribution has taken */
    size_t last_s = 0, last_se = 0; /* subject of the last attribution here */
    for (size_t i = a; i < e; i++) {
        if (c->in_quote[i] || !tok_is_word(c, i))
            continue;
        bool asked = false;
        size_t q_end = e;
        nm_status ast = passive_asked(c, o, a, i, e, &asked, &q_end);
        if (ast != NM_OK || (asked && q_end >= e))
            return ast;
        if (asked) {
            /* "Asked whether ..., Clinton said she ...": the answer is
             * an attribution of its own */
            i = q_end;
            lo = q_end + 1;
            continue;
        }
        size_t vs, ve, rcs, rs;
        if (!raised_cue_at(c, i, e) && raising_at(c, i, e, &vs, &ve, &rcs)) {
            size_t se = nm_r_skip_aux_left(c, vs, lo);
            if (nm_r_np_before(c, se, lo, &rs) && !tok_word_is(c, rs, "it") &&
                !tok_word_is(c, rs, "there") && !closes_quote_before(c, rs, lo)) {
                /* the impression ends at the first comma ("appears to
                 * be weak, but ...") */
                size_t rce = rcs;
                while (rce < e && (c->in_quote[rce] || !tok_is_char(c, rce, ',')))
                    rce++;
                if (count_words(c, rcs, rce) >= 2) {
                    nm_status st = emit(c, o, rs, se, rcs, rce, 0, 0, vs, ve);
                    if (st != NM_OK || rce == e)
                        return st;
                    i = rce;
                    lo = rce + 1;
                    continue;
                }
            }
        }
        unsigned cls = 0;
        size_t n = nm_r_cue_at(c, i, e, &cls);
        if (!n)
            continue;
        char cw[3 * (WORD_MAX + 1)];
        cue_text(c, i, n, cw, sizeof cw);
        if (in_list(nm_r_not_reported, cw))
            continue;
        if (cls & CUE_ACCORDING) {
            size_t sp_e;
            bool np = nm_r_np_after(c, i + n, e, &sp_e);
            /* "According to the officer in charge of the base that night,
             * CLAUSE", "According to a Reuters/Ipsos poll, …": opening the
             * clause, the source runs to its comma */
            if ((i == a || (i == a + 1 && (nm_r_tok_classes(c, a) & W_STOP))) &&
                !(np && sp_e < e && tok_is_char(c, sp_e, ','))) {
                size_t m = source_comma(c, i + n, e);
                np = m < e;
                sp_e = np ? m : sp_e;
            }
            if (!np)
                continue;
            if (sp_e < e && tok_is_char(c, sp_e, ',')) {
                size_t cs = sp_e + 1;
                if (starts_with_quote(c, cs, e) && is_one_quote(c, cs, e))
                    return NM_OK;
                return emit(c, o, cs, e, 0, 0, i + n, sp_e, i, i + n);
            }
            /* "CLAUSE according to X" without a comma, or in brackets
             * ("(93 percent were white, according to exit polls)") */
            size_t from = lo;
            for (size_t k = i; k > lo; k--)
                if (tok_is_char(c, k - 1, '(')) {
                    from = k;
                    break;
                }
            size_t to = i;
            while (to > from && tok_flag(c, to - 1, NM_TOK_PUNCT) && !tok_is_dquote(c, to - 1))
                to--;
            if (to > from && count_words(c, from, to) >= ACCORDING_CLAUSE_MIN_WORDS &&
                !starts_with_quote(c, from, to))
                return emit(c, o, from, to, 0, 0, i + n, sp_e, i, i + n);
            continue;
        }
        /* "As reported by Western Journalism, CLAUSE": the source after
         * "by", the clause after the comma */
        if (i > a && tok_word_is(c, i - 1, "as") && i + n < e && tok_word_is(c, i + n, "by") &&
            !c->in_quote[i - 1]) {
            size_t m = source_comma(c, i + n, e);
            if (m + 1 < e && m > i + n + 1) {
                bool bare2;
                size_t ce2 = nm_r_next_attribution_comma(c, m + 1, e, &bare2);
                if (is_one_quote(c, m + 1, ce2))
                    return NM_OK;
                nm_status st = emit(c, o, m + 1, nm_r_contrast_cut(c, m + 1, ce2), 0, 0, i + n + 1, m, i, i + n);
                if (st != NM_OK || ce2 >= e)
                    return st;
                i = ce2;
                lo = ce2 + 1;
                continue;
            }
        }
        /* passives and infinitives are not this cue's attribution, but
         * "seemed to recognize" is */
        if (i > a && ((tok_word_is(c, i - 1, "to") && !(i > a + 1 && raised_cue_at(c, i - 2, e))) ||
                      (nm_r_tok_classes(c, i - 1) & W_BE)))
            continue;
        size_t s, se;
        /* "X rallied supporters, saying ...", "X issued a statement
         * saying ...": a participle's speaker is the sentence's subject */
        char cb[WORD_MAX + 1];
        size_t cbn = tok_lower(c, i, cb);
        bool participle = cbn > 4 && !strcmp(cb + cbn - 3, "ing") && i > a &&
                          !(nm_r_tok_classes(c, i - 1) & W_BE);
        /* a subject of its own since the last attribution ("…, and the
         * ACLU has sued …, saying") comes first */
        /* "are left wondering", "spent more time mocking": the subject of
         * the verb the participle completes */
        size_t cat = participle ? nm_catenative_before(c->text, c->seg, i, lo) : (size_t)-1;
        bool have = participle && ((cat != (size_t)-1 && nm_r_subject_before(c, cat, lo, &s, &se)) ||
                                   nm_r_absolute_subject(c, lo, i, &s, &se) ||
                                   nm_r_clause_subject(c, lo, i, false, &s, &se));
        if (!have && participle && last_se > last_s) {
            have = true;
            if (!nm_r_coordinated_subject(c, last_se, i, &s, &se)) {
                s = last_s;
                se = last_se;
            }
        } else if (!have)
            have = participle && nm_r_sentence_subject(c, a, i, &s, &se) && se <= i;
        if (!have)
            have = nm_r_subject_before(c, i, lo, &s, &se);
        if (!have) {
            char buf[WORD_MAX + 1];
            size_t len = tok_lower(c, i, buf);
            bool ing = len > 4 && !strcmp(buf + len - 3, "ing");
            size_t pre = nm_r_skip_time_left(c, nm_r_skip_aux_left(c, i, a), a);
            bool after_and = pre > a && (tok_word_is(c, pre - 1, "and") ||
                                         tok_word_is(c, pre - 1, "but"));
            if (after_and && nm_r_clause_subject(c, lo, i, true, &s, &se))
                have = true; /* "… they reversed themselves … and said" */
            else if (((ing && i > a && tok_is_char(c, i - 1, ',')) || after_and) &&
                     last_se > last_s) {
                /* "X declined to name them but said ...": X again */
                s = last_s;
                se = last_se;
                have = true;
            } else if ((ing && i > a && tok_is_char(c, i - 1, ',')) || after_and)
                have = nm_r_sentence_subject(c, a, i, &s, &se);
            if (!have)
                continue;
        }
        /* `“A,” X said ...`: a direct quote, quotes.c's */
        size_t p = i + n;
        if (closes_quote_before(c, s, lo)) {
            /* the rest may hold a participle of the same speaker ("“A,”
             * X said, adding that B", "..., referring to Y") */
            last_s = s;
            last_se = se;
            i = p - 1;
            lo = p;
            continue;
        }
        /* "CLAUSE, she said, CLAUSE": subject right after a comma and a
         * comma after the cue */
        if (s > lo && tok_is_char(c, s - 1, ',') && !c->in_quote[s - 1] && p < e &&
            tok_is_char(c, p, ',') && s - 1 > lo) {
            if (starts_with_quote(c, lo, s - 1))
                return NM_OK;
            /* "CLAUSE, Nefzi said, adding ...": the participle opens an
             * attribution of its own, with the same speaker */
            unsigned cls2 = 0;
            char w2[WORD_MAX + 1];
            size_t w2n = p + 1 < e ? tok_lower(c, p + 1, w2) : 0;
            if (w2n > 4 && !strcmp(w2 + w2n - 3, "ing") && nm_r_cue_at(c, p + 1, e, &cls2)) {
                nm_status st = emit(c, o, lo, s - 1, 0, 0, s, se, i, i + n);
                if (st != NM_OK)
                    return st;
                last_s = s;
                last_se = se;
                i = p;
                lo = p + 1;
                continue;
            }
            /* the second part ends like any clause ("…, officials said,
             * could be undone by events, whether …") */
            bool bare2;
            size_t ce2 = nm_r_next_attribution_comma(c, p + 1, e, &bare2);
            size_t cut2 = nm_r_contrast_cut(c, p + 1, ce2);
            nm_status st = emit(c, o, lo, s - 1, p + 1, cut2, s, se, i, i + n);
            if (st != NM_OK || cut2 >= e)
                return st;
            last_s = s;
            last_se = se;
            i = cut2;
            lo = cut2 + 1;
            continue;
        }
        /* "While X said A, B ...": the clause ends with the subordinate
         * clause; "As X said, CLAUSE": the clause is the main one */
        char sw[WORD_MAX + 1];
        bool subordinate = s > a && !c->in_quote[s - 1] && tok_lower(c, s - 1, sw) &&
                           in_list(nm_r_subordinators, sw);
        size_t pc = subordinate && !strcmp(sw, "as") ? adverbials_comma(c, p, e) : e;
        if (pc + 1 < e) {
            bool bare2;
            size_t ce2 = nm_r_next_attribution_comma(c, pc + 1, e, &bare2);
            if (is_one_quote(c, pc + 1, ce2))
                return NM_OK;
            nm_status st = emit(c, o, pc + 1, nm_r_contrast_cut(c, pc + 1, ce2), 0, 0, s, se, i, i + n);
            if (st != NM_OK || ce2 == e)
                return st;
            i = ce2;
            lo = ce2 + 1;
            continue;
        }
        size_t cs = p < e && tok_word_is(c, p, "to") && !c->in_quote[p] && in_list(k_to_cues, cw)
                        ? p
                        : nm_r_clause_start(c, p, e, in_list(k_tell, cw));
        if (cs >= e)
            continue;
        bool bare;
        size_t ce = nm_r_next_attribution_comma(c, cs, e, &bare);
        /* "fields, which he said had harmed the economy, ...": the
         * relative word and the verb phrase after the cue are the content */
        char rw[WORD_MAX + 1];
        if (s > lo && !c->in_quote[s - 1] && tok_lower(c, s - 1, rw) &&
            (!strcmp(rw, "which") || !strcmp(rw, "that")) && cs == p &&
            (nm_r_tok_classes(c, cs) & (W_SKIP | W_BE)) && !(nm_r_tok_classes(c, cs) & W_PRONOUN)) {
            size_t rce = cs;
            while (rce < ce && (c->in_quote[rce] || !tok_is_char(c, rce, ',')))
                rce++;
            nm_status st = emit(c, o, s - 1, s, cs, rce, s, se, i, i + n);
            if (st != NM_OK || rce >= e)
                return st;
            i = rce;
            lo = rce + 1;
            continue;
        }
        if (subordinate)
            for (size_t j = cs + 1; j < ce; j++)
                if (tok_is_char(c, j, ',') && !c->in_quote[j]) {
                    ce = j;
                    bare = false;
                    break;
                }
        if (is_one_quote(c, cs, ce))
            return NM_OK;
        /* "X, a founder of the think tank Y, said ...": a cue inside the
         * aside of the next cue's subject is no attribution; "X, who says
         * A, said B" is one, and X is still the next cue's subject */
        bool aside = bare && s > lo && tok_is_char(c, s - 1, ',');
        if (!(aside && !(nm_r_tok_classes(c, s) & W_RELATIVE))) {
            size_t cut = nm_r_object_adjunct_cut(c, cs, nm_r_second_predicate_cut(c, cs, nm_r_contrast_cut(c, cs, ce)));
            /* a clause cut at its closing mark keeps the mark */
            size_t stop = cut == ce && ce < e && c->in_quote[ce] && tok_is_dquote(c, ce) ? ce + 1 : cut;
            nm_status st = emit(c, o, cs, stop, 0, 0, s, se, i, i + n);
            if (st != NM_OK || (ce == e && cut == e))
                return st;
            if (!(nm_r_tok_classes(c, s) & W_RELATIVE)) {
                last_s = s;
                last_se = se;
            }
            if (cut < ce) {
                /* ", which he said ...": the writer's own clause may hold
                 * another attribution */
                i = cut;
                lo = cut + 1;
                continue;
            }
        }
        i = ce; /* the next attribution starts after that comma */
        if (!bare)
            lo = ce + 1;
    }
    return NM_OK;
}

/* Longest speaker label opening a paragraph before a colon, in tokens
 * ("Sen. Ted Cruz:", "Q:", "FALLIN:"). */
#define LABEL_MAX_TOKENS 5
/* Fewest words after a label for it to be a statement. */
#define LABEL_CONTENT_MIN_WORDS 3

/* "Name: WORDS" opening paragraph sentence `si` (a headline "Marco Rubio:
 * I'm Not Interested", an interview turn "Q: ..."): the statement runs to
 * the paragraph's end. *done tells whether it was taken. */
static nm_status label_statement(ctx *c, out_list *o, size_t si, bool *done)
{
    const nm_segments *seg = c->seg;
    const nm_sentence *s = &seg->sents[si];
    *done = false;
    if (si > 0 && seg->sents[si - 1].para == s->para)
        return NM_OK;
    size_t a = s->tok_start, k = a;
    /* a transcript quoted whole, one paragraph per turn: “PENCE: Well, …” */
    bool quoted = tok_is_dquote(c, a) && c->in_quote[a] && a + 2 < s->tok_end;
    if (quoted)
        k = ++a;
    while (k < s->tok_end && k < a + LABEL_MAX_TOKENS && !tok_is_char(c, k, ':')) {
        if (!(tok_flag(c, k, NM_TOK_CAP) || tok_flag(c, k, NM_TOK_POSS) ||
              (tok_is_char(c, k, '.') && k > a)) ||
            tok_flag(c, k, NM_TOK_DIGIT) || (c->in_quote[k] && !quoted) ||
            (quoted && !tok_flag(c, k, NM_TOK_ALLCAPS) && !tok_is_char(c, k, '.')))
            return NM_OK;
        k++;
    }
    if (k == a || k >= s->tok_end || !tok_is_char(c, k, ':') ||
        (nm_r_tok_classes(c, a) & (W_FUNCTION | W_STOP | W_SKIP | W_ADVERBIAL)))
        return NM_OK;
    /* the paragraph's last sentence */
    size_t last = si;
    while (last + 1 < seg->n_sents && seg->sents[last + 1].para == s->para)
        last++;
    size_t cs = k + 1;
    size_t ce = clause_end(c, cs, line_break_at(c, cs, seg->sents[last].tok_end));
    /* the transcript's own closing mark is not the speaker's */
    if (quoted && ce > cs && tok_is_dquote(c, ce - 1))
        ce = clause_end(c, cs, ce - 1);
    if (ce <= cs || count_words(c, cs, ce) < LABEL_CONTENT_MIN_WORDS)
        return NM_OK;
    nm_status st = emit(c, o, cs, ce, 0, 0, a, k, k, k + 1);
    if (st == NM_OK)
        *done = true;
    return st;
}

/* Longest stretch of one sentence scanned as a whole, in tokens: real
 * sentences are far shorter (PolNeAR's longest is about 200 tokens);
 * longer ones are read in windows of this size, which keeps the pass
 * linear in the text's length. */
#define SENTENCE_WINDOW_TOKENS 400

/* Does a fragment of q overlap one of the sorted, disjoint ranges fr[0..n)?
 * (binary search per fragment) */
static bool overlaps_any(const nm_quote *q, const nm_range *fr, size_t n)
{
    for (size_t f = 0; f < q->n_frags; f++) {
        size_t lo = 0, hi = n;
        while (lo < hi) { /* first range ending after the fragment's start */
            size_t mid = lo + (hi - lo) / 2;
            if (fr[mid].end <= q->frags[f].start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < n && fr[lo].start < q->frags[f].end)
            return true;
    }
    return false;
}

nm_status nm_reported_find(nm_article *a, const nm_segments *seg,
                           nm_quote **out, nm_range **cues_out, size_t *n_out)
{
    *out = NULL;
    if (cues_out)
        *cues_out = NULL;
    *n_out = 0;
    if (!seg || seg->n_toks == 0)
        return NM_OK;
    nm_r_words_init();
    ctx c = {a, seg, a->text, NULL};
    c.in_quote = nm_arena_alloc(a->arena, seg->n_toks);
    if (!c.in_quote)
        return NM_ERR_NOMEM;
    mark_quotes(&c);
    out_list o = {0};
    for (size_t si = 0; si < seg->n_sents; si++) {
        const nm_sentence *s = &seg->sents[si];
        size_t e = clause_end(&c, s->tok_start, s->tok_end);
        if (e <= s->tok_start)
            continue;
        bool done = false;
        nm_status st = label_statement(&c, &o, si, &done);
        if (st == NM_OK && done) {
            while (si + 1 < seg->n_sents && seg->sents[si + 1].para == s->para)
                si++;
            continue;
        }
        /* a run-on "sentence" (lists, unpunctuated text) is read in
         * windows: the scans below look back over their sentence for each
         * attribution, so the work per window is bounded */
        for (size_t w = s->tok_start; st == NM_OK && w < e; w += SENTENCE_WINDOW_TOKENS) {
            size_t we = e - w > SENTENCE_WINDOW_TOKENS ? w + SENTENCE_WINDOW_TOKENS : e;
            /* each line of a headline and its subtitle on its own */
            for (size_t l = w; st == NM_OK && l < we;) {
                size_t le = line_break_at(&c, l, we), lce = clause_end(&c, l, le);
                done = false;
                size_t rest = lce;
                if (lce > l)
                    st = poll_attribution(&c, &o, l, lce, &done, &rest);
                if (st == NM_OK && done && rest < lce)
                    st = forward_scan(&c, &o, rest, lce);
                if (st == NM_OK && !done && lce > l)
                    st = final_attribution(&c, &o, l, lce, &done);
                if (st == NM_OK && !done && lce > l)
                    st = forward_scan(&c, &o, l, lce);
                l = le;
            }
        }
        if (st != NM_OK)
            return st;
    }
    /* apostrophe quotes take precedence over clauses overlapping them;
     * both lists are sorted and without overlaps: merge them */
    out_list ap = {0};
    nm_status st = nm_r_apos_quotes(&c, &ap);
    if (st != NM_OK)
        return st;
    if (ap.n) {
        /* the apostrophe quotes' fragments, in text order: a clause
         * overlapping one gives way, one between two fragments (an
         * attribution's own clause) stays */
        size_t nfr = 0;
        for (size_t k = 0; k < ap.n; k++)
            nfr += ap.q[k].n_frags;
        nm_range *afr = nm_arena_alloc(a->arena, nfr * sizeof *afr);
        if (!afr)
            return NM_ERR_NOMEM;
        nfr = 0;
        for (size_t k = 0; k < ap.n; k++)
            for (size_t f = 0; f < ap.q[k].n_frags; f++)
                afr[nfr++] = ap.q[k].frags[f];
        out_list m = {0};
        size_t i = 0, j = 0;
        while (i < o.n || j < ap.n) {
            bool take_ap = i >= o.n || (j < ap.n && ap.q[j].frags[0].start < o.q[i].frags[0].start);
            if (!take_ap && overlaps_any(&o.q[i], afr, nfr)) {
                i++;
                continue;
            }
            const out_list *from = take_ap ? &ap : &o;
            size_t at = take_ap ? j++ : i++;
            if (m.n == m.cap) {
                size_t cap = m.cap ? m.cap * 2 : 16;
                nm_quote *q = nm_arena_realloc(a->arena, m.q, m.cap * sizeof *q, cap * sizeof *q);
                nm_range *rr = nm_arena_realloc(a->arena, m.cues, m.cap * sizeof *rr, cap * sizeof *rr);
                if (!q || !rr)
                    return NM_ERR_NOMEM;
                m.q = q;
                m.cues = rr;
                m.cap = cap;
            }
            m.q[m.n] = from->q[at];
            m.cues[m.n] = from->cues[at];
            m.n++;
        }
        o = m;
    }
    *out = o.q;
    if (cues_out)
        *cues_out = o.cues;
    *n_out = o.n;
    return NM_OK;
}
