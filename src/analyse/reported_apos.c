/* Reported speech: quotes written in doubled apostrophes. See
 * reported_ctx.h. */
#include "reported_ctx.h"

#include "core/grow.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Quotes in doubled apostrophes                                       */
/* ------------------------------------------------------------------ */

/* Some newspaper archives write quote marks as two apostrophes
 * (''Yes,'' he said). quotes_marks.c, like PolNeAR's scorer, does not count
 * them as quote marks, so these quotes are reported speech: found here,
 * with the attribution after the closing mark ("''A,'' X said", "''A,''
 * said X") or before the opening one ("X said: ''A''"), and a second span
 * right after the attribution ("''A,'' he said. ''B.''") as a further
 * fragment of the same quote. */

/* Tokens from a closing mark to the cue of its attribution: a subject with
 * an apposition ("''…,'' Lance Beebe, 49, a Navy veteran, said"). */
#define APOS_AFTER_REACH 30
/* How far before a colon opening a quote its cue may stand, in tokens
 * ("X said in a recent issue of Foreign Policy magazine: ''"). */
#define APOS_COLON_REACH 12
/* Fragments one apostrophe quote is assembled from. */
#define APOS_MAX_FRAGS 3

typedef struct apos_span {
    size_t open;  /* first token of the opening mark */
    size_t inner; /* first token after it */
    size_t close; /* first token of the closing mark (paragraph end when unclosed) */
    size_t end;   /* first token after the closing mark */
    bool closed;
} apos_span;

static bool tok_is_apostrophe(const ctx *c, size_t i)
{
    return tok_is_char(c, i, '\'') && tok_flag(c, i, NM_TOK_QUOTE);
}

/* Length in tokens of the run of touching apostrophes at i (2 or more is a
 * doubled-apostrophe mark), 0 when i does not start one. */
static size_t apos_mark_len(const ctx *c, size_t i)
{
    const nm_token *t = c->seg->toks;
    if (!tok_is_apostrophe(c, i) ||
        (i > 0 && tok_is_apostrophe(c, i - 1) && t[i - 1].end == t[i].start))
        return 0;
    size_t k = i + 1;
    while (k < c->seg->n_toks && tok_is_apostrophe(c, k) && t[k - 1].end == t[k].start)
        k++;
    return k - i >= 2 ? k - i : 0;
}

static size_t para_of_tok(const ctx *c, size_t i) { return c->seg->sents[c->seg->toks[i].sent].para; }

/* Doubled-apostrophe spans, paired in turn within each paragraph; a span
 * still open at its paragraph's end runs to it. Arena-owned list. */
static nm_status apos_spans(const ctx *c, apos_span **out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    size_t cap = 0, n = 0;
    apos_span *v = NULL, cur = {0};
    bool open = false;
    const nm_segments *seg = c->seg;
    for (size_t i = 0; i <= seg->n_toks; i++) {
        bool para_end = i == seg->n_toks || (i > 0 && para_of_tok(c, i) != para_of_tok(c, i - 1));
        size_t len = i < seg->n_toks ? apos_mark_len(c, i) : 0;
        if (!(para_end && open) && !len)
            continue;
        if (para_end && open) {
            cur.close = cur.end = i;
            cur.closed = false;
        } else if (!open) {
            cur = (apos_span){i, i + len, 0, 0, false};
            open = true;
            i += len - 1;
            continue;
        } else {
            cur.close = i;
            cur.end = i + len;
            cur.closed = true;
        }
        open = false;
        if (!nm_arena_grow(c->a->arena, (void **)&v, &cap, n, sizeof *v, 16))
            return NM_ERR_NOMEM;
        v[n++] = cur;
        if (len) {
            if (para_end) {
                /* a mark opening the next paragraph */
                cur = (apos_span){i, i + len, 0, 0, false};
                open = true;
            }
            i += len - 1;
        } else if (i < seg->n_toks) {
            i--; /* look at the paragraph's first token again */
        }
    }
    *out = v;
    *n_out = n;
    return NM_OK;
}

/* Does a sentence end at token i (. ! ? or a paragraph change)? */
static bool ends_sentence(const ctx *c, size_t i)
{
    return tok_is_char(c, i, '.') || tok_is_char(c, i, '!') || tok_is_char(c, i, '?') ||
           tok_is_char(c, i, ';');
}

/* The attribution after a closing mark at token `e`: "X said", "X, a
 * spokesman, said", "said X", "according to X". Sets the source and cue
 * tokens and *after (the first token after the attribution). */
static bool apos_attribution_after(const ctx *c, size_t e, size_t *sp_s, size_t *sp_e,
                                   size_t *cs, size_t *ce, size_t *after)
{
    size_t n_toks = c->seg->n_toks;
    size_t j = e;
    if (j < n_toks && tok_is_char(c, j, ','))
        j++;
    if (j >= n_toks || para_of_tok(c, j) != para_of_tok(c, e - 1) || !tok_is_word(c, j))
        return false;
    unsigned cls = 0;
    size_t n = nm_r_cue_at(c, j, n_toks, &cls);
    if (n) {
        /* "said X" / "according to X" */
        size_t from = j + n, pe = from;
        while (pe < n_toks && para_of_tok(c, pe) == para_of_tok(c, j))
            pe++;
        size_t sp_end;
        char w[WORD_MAX + 1];
        size_t wl = tok_lower(c, j, w);
        if (wl > 4 && !strcmp(w + wl - 3, "ing"))
            return false;
        if (from >= pe || !nm_r_inverted_subject_ok(c, from, pe) || !nm_r_np_after(c, from, pe, &sp_end))
            return false;
        *sp_s = from;
        *sp_e = sp_end;
        *cs = j;
        *ce = from;
        *after = sp_end;
        return true;
    }
    for (size_t k = j + 1; k < n_toks && k < j + APOS_AFTER_REACH; k++) {
        if (para_of_tok(c, k) != para_of_tok(c, j) || ends_sentence(c, k) ||
            apos_mark_len(c, k) || tok_is_dquote(c, k))
            return false;
        n = nm_r_cue_at(c, k, n_toks, &cls);
        if (!n || (cls & CUE_ACCORDING))
            continue;
        size_t s, se;
        if (!nm_r_subject_before(c, k, j, &s, &se) || s != j)
            return false;
        *sp_s = s;
        *sp_e = se;
        *cs = k;
        *ce = k + n;
        *after = k + n;
        return true;
    }
    return false;
}

/* The attribution before an opening mark at token `o`: "X said: ''",
 * "X said, ''", "X said that ''" (content then starts at "that"). */
static bool apos_attribution_before(const ctx *c, size_t o, size_t *sp_s, size_t *sp_e,
                                    size_t *cs, size_t *ce, size_t *content)
{
    size_t floor = c->seg->sents[c->seg->toks[o].sent].tok_start;
    size_t k = o;
    *content = o;
    if (k > floor && tok_is_char(c, k - 1, ':')) {
        /* "X said in a recent interview: ''": the cue may stand a little
         * before the colon */
        k--;
        for (size_t j = k; j > floor && j + APOS_COLON_REACH > k; j--) {
            unsigned cls = 0;
            size_t n = nm_r_cue_at(c, j - 1, k, &cls);
            if (n && !(cls & CUE_ACCORDING) && !c->in_quote[j - 1]) {
                size_t s, se;
                if (!nm_r_subject_before(c, j - 1, floor, &s, &se))
                    break;
                *sp_s = s;
                *sp_e = se;
                *cs = j - 1;
                *ce = j - 1 + n;
                return true;
            }
            if (tok_is_char(c, j - 1, ',') || tok_is_char(c, j - 1, ';'))
                break;
        }
        return false;
    } else if (k > floor && tok_is_char(c, k - 1, ','))
        k--;
    else if (k > floor && tok_word_is(c, k - 1, "that")) {
        k--;
        *content = k;
    }
    for (size_t n = 1; n <= CUE_MAX_WORDS && n <= k - floor; n++) {
        size_t s0 = k - n;
        unsigned cls = 0;
        if (c->in_quote[s0] && !apos_mark_len(c, s0) && nm_r_cue_at(c, s0, k, &cls) != n)
            continue;
        if (nm_r_cue_at(c, s0, k, &cls) != n || (cls & CUE_ACCORDING))
            continue;
        if (s0 > floor && (tok_word_is(c, s0 - 1, "to") || (nm_r_tok_classes(c, s0 - 1) & W_BE)))
            return false;
        size_t s, se;
        if (!nm_r_subject_before(c, s0, floor, &s, &se)) {
            char w[WORD_MAX + 1];
            size_t wl = tok_lower(c, s0, w);
            bool ing = wl > 4 && !strcmp(w + wl - 3, "ing");
            if (!(ing && s0 > floor && tok_is_char(c, s0 - 1, ',')) ||
                !nm_r_sentence_subject(c, floor, s0, &s, &se))
                return false;
        }
        *sp_s = s;
        *sp_e = se;
        *cs = s0;
        *ce = k;
        return true;
    }
    return false;
}

/* Longest attribution sentence after a closing mark that a further span
 * may follow ("''A,'' said X, a strategist for Y who …. ''B''"), in
 * tokens. */
#define APOS_CONTINUE_REACH 60

/* Where the next span would have to open to continue a quote whose
 * attribution ends at `after`: the start of the next sentence ("''A,'' he
 * said on Tuesday. ''B.''", "''A,'' said X, who ... . ''B''") or right after
 * a comma or colon ("''A,'' he said, ''B.''"); n_toks when a mark or the
 * paragraph's end comes first. A title or phrase in marks inside the
 * attribution (`he said on ''This Week.''`, `who noted prices had
 * ''cratered''`) is passed over; one closing the sentence ends it. */
static size_t continuation_at(const ctx *c, size_t after)
{
    size_t n_toks = c->seg->n_toks;
    bool inside = false;
    for (size_t i = after; i < n_toks && i < after + APOS_CONTINUE_REACH; i++) {
        if (para_of_tok(c, i) != para_of_tok(c, after - 1))
            return n_toks;
        size_t len = apos_mark_len(c, i);
        if (len) {
            if (inside) {
                inside = false;
                if (ends_sentence(c, i - 1) && !tok_is_char(c, i - 1, ';'))
                    return i + len;
            } else if (i > after && (tok_is_char(c, i - 1, ',') || tok_is_char(c, i - 1, ':')))
                return i;
            else
                inside = true;
            i += len - 1;
            continue;
        }
        if (tok_is_dquote(c, i))
            return n_toks;
        if (!inside && (tok_is_char(c, i, '.') || tok_is_char(c, i, '!') || tok_is_char(c, i, '?') ||
                        c->seg->sents[c->seg->toks[i].sent].tok_end == i + 1))
            return i + 1;
    }
    return n_toks;
}

/* Longest clause before a quote's opening mark that the quote brings
 * along, in tokens (bounds the work per quote). */
#define APOS_CLAUSE_MAX_TOKENS 80

/* First token of the clause an opening mark at o closes, when words stand
 * before it in its sentence ("The French are big fans of ''Prison
 * Break,''"), else o: none after a colon, a dash or a bracket, which set
 * the quote off. */
static size_t clause_before_mark(const ctx *c, size_t o)
{
    size_t s0 = c->seg->sents[c->seg->toks[o].sent].tok_start;
    if (o - s0 > APOS_CLAUSE_MAX_TOKENS || count_words(c, s0, o) == 0)
        return o;
    for (size_t k = s0; k < o; k++)
        if (tok_is_char(c, k, ':') || tok_is_char(c, k, '(') || is_dash_tok(c, k) || tok_is_dquote(c, k))
            return o;
    return s0;
}

static nm_status emit_frags(ctx *c, out_list *o, const nm_range *fr, size_t nf, size_t sp_s,
                            size_t sp_e, size_t cue_s, size_t cue_e)
{
    nm_range *frags = nm_arena_alloc(c->a->arena, nf * sizeof *frags);
    if (!frags)
        return NM_ERR_NOMEM;
    memcpy(frags, fr, nf * sizeof *frags);
    return nm_r_push_candidate(c, o, NM_QUOTE_REPORTED, frags, nf, sp_s, sp_e, cue_s, cue_e);
}

/* Byte range of span `sp` marks included (a span left open ends at its
 * last word). */
static nm_range apos_range(const ctx *c, const apos_span *sp)
{
    size_t last = sp->end - 1;
    while (!sp->closed && last > sp->inner && !tok_is_word(c, last))
        last--;
    return (nm_range){c->seg->toks[sp->open].start, c->seg->toks[last].end};
}

nm_status nm_r_apos_quotes(ctx *c, out_list *o)
{
    apos_span *v;
    size_t n;
    nm_status st = apos_spans(c, &v, &n);
    if (st != NM_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        if (count_words(c, v[i].inner, v[i].close) < CLAUSE_MIN_WORDS)
            continue;
        nm_range fr[APOS_MAX_FRAGS];
        size_t nf = 0, sp_s, sp_e, cs, ce, after = 0, content;
        bool found = false;
        if (v[i].closed && apos_attribution_after(c, v[i].end, &sp_s, &sp_e, &cs, &ce, &after)) {
            fr[nf++] = apos_range(c, &v[i]);
            /* "The French are big fans of ''Prison Break,'' he said": a
             * quote closing a clause brings the clause along */
            size_t s0 = clause_before_mark(c, v[i].open);
            if (s0 < v[i].open && !ends_sentence(c, v[i].close - 1))
                fr[0].start = c->seg->toks[s0].start;
            found = true;
        } else if (apos_attribution_before(c, v[i].open, &sp_s, &sp_e, &cs, &ce, &content)) {
            nm_range r = apos_range(c, &v[i]);
            r.start = c->seg->toks[content].start;
            fr[nf++] = r;
            found = true;
        }
        if (!found)
            continue;
        /* ''A,'' he said. ''B.'' — B goes on with the same voice */
        if (after) {
            size_t at = continuation_at(c, after), j = i + 1;
            /* spans inside the attribution ("on ''This Week''") are no
             * continuation */
            while (j < n && v[j].open < at && v[j].open >= after)
                j++;
            while (j < n && nf < APOS_MAX_FRAGS && v[j].open == at &&
                   para_of_tok(c, at) == para_of_tok(c, after - 1)) {
                i = j++;
                fr[nf++] = apos_range(c, &v[i]);
                at = v[i].end; /* a further span right after it */
            }
        }
        st = emit_frags(c, o, fr, nf, sp_s, sp_e, cs, ce);
        if (st != NM_OK)
            return st;
    }
    return NM_OK;
}
