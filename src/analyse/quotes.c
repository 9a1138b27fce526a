/* Quotes and speakers: direct quotes from paired quote marks, merged with
 * the reported and mixed speech of reported.c into one list.
 *
 * For every quoted span (quotes_marks.c):
 *  1. an attribution right after the closing mark ("…,” says Mr. Zhebin",
 *     "…,” he said", "…,” according to X") or right before the opening
 *     mark ("X said: “…”", "He insisted that “…”", "by saying: “…”")
 *     makes it a direct quote with that cue and speaker;
 *  2. a quoted span that opens right after such an attribution continues
 *     the quote as a further fragment (“A,” he said. “B.”);
 *  3. a span opening its paragraph or sentence with no attribution of its
 *     own continues the voice of the quote just before it (the same
 *     speaker, e.g. a quote carried over into the next paragraph);
 *  4. anything else is a term or a scare quote ("roadmap", ‘wishes’) or a
 *     quoted part of reported speech, which reported.c turns into a mixed
 *     quote.
 * The merge keeps one quote per stretch of words: a mixed clause swallows
 * the direct quotes inside it; a reported clause that overlaps a direct
 * quote without holding it gives way. Pronoun speakers are resolved last,
 * in text order (coref.c). */
#include "quotes.h"

#include "quotes_ctx.h"
#include "quotes_direct.h"
#include "quotes_marks.h"
#include "quotes_mixed.h"
#include "reported.h"
#include "speakers.h"
#include "stance.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int cmp_quote(const void *x, const void *y)
{
    const nm_quote *a = x, *b = y;
    size_t sa = a->frags[0].start, sb = b->frags[0].start;
    return sa < sb ? -1 : sa > sb;
}

/* Smallest and largest byte of a quote. */
static nm_range quote_extent(const nm_quote *q)
{
    return (nm_range){q->frags[0].start, q->frags[q->n_frags - 1].end};
}

static bool overlaps(nm_range a, nm_range b) { return a.start < b.end && b.start < a.end; }

static bool contains(nm_range outer, nm_range inner)
{
    return outer.start <= inner.start && inner.end <= outer.end;
}

/* Does the direct quote `d` share words with `r`? Fragments are checked one
 * by one: the attribution between fragments may hold a reported clause. */
static bool direct_overlaps(const nm_quote *d, nm_range r)
{
    for (size_t k = 0; k < d->n_frags; k++)
        if (overlaps(d->frags[k], r))
            return true;
    return false;
}

static bool direct_inside(const nm_quote *d, nm_range r)
{
    for (size_t k = 0; k < d->n_frags; k++)
        if (!contains(r, d->frags[k]))
            return false;
    return true;
}

/* Is the quote starting at `q` set off from its cue by a colon or comma
 * ("answered by saying: “…”")? Without one ("he wants “…”") the quote
 * is the object of the verb inside a reported clause. */
static bool introduced(const char *t, nm_range cue, nm_range q)
{
    if (cue.end > q.start)
        return true; /* cue after the quote */
    for (size_t i = cue.end; i < q.start; i++)
        if (t[i] == ':' || t[i] == ',')
            return true;
    return false;
}

/* Does the clause r open at byte `at` (only spaces and quote marks before
 * it)? */
static bool opens_at(const char *t, nm_range r, size_t at)
{
    if (r.start > at)
        return false;
    for (size_t i = r.start; i < at; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch != ' ' && ch != '"' && ch != '\'' && ch < 0x80)
            return false; /* a word: curly marks are multibyte */
    }
    return true;
}

/* Is the quote's span `f` a sentence (capital first letter) whose opening
 * mark follows a colon or comma inside the clause r? */
static bool set_off_sentence(const char *t, nm_range r, nm_range f)
{
    unsigned char first = (unsigned char)t[f.start];
    if (first < 'A' || first > 'Z' || (r.end - r.start > 5 && !strncasecmp(t + r.start, "that ", 5)))
        return false;
    size_t i = f.start;
    while (i > r.start && (t[i - 1] == ' ' || (unsigned char)t[i - 1] >= 0x80 || t[i - 1] == '"'))
        i--; /* back over the opening mark and spaces */
    return i > r.start && (t[i - 1] == ':' || t[i - 1] == ',');
}

/* May the reported clause `q` (extent r) swallow the direct quote `d`
 * (meta m) it overlaps? Only a mixed clause holding all of the quote,
 * and not wrapping the quote's own attribution: a clause holding the
 * quote's cue and speaker, the cue set off by a colon or comma ("According
 * to X, Trump answered by saying: “…”"), or opening with the quote, leaves
 * the inner quote alone; so does a clause holding a firm mixed quote. */
static bool swallows(const char *t, const nm_quote *q, nm_range r, nm_range qcue, const nm_quote *d,
                     nm_direct_meta m)
{
    if (m.firm)
        return false;
    /* the clause of the quote's own cue holding only circumstances and
     * the quote, a sentence set off by a colon or comma ("Kelly responded
     * pointedly, with a smile: “Can happen …”"): the direct quote */
    if (d->n_frags == 1 && qcue.start == m.cue.start && qcue.end == m.cue.end && m.cue.end <= d->frags[0].start &&
        set_off_sentence(t, r, d->frags[0]))
        return false;
    nm_range dc = m.cue;
    bool nested = contains(r, dc) && (!d->has_speaker || contains(r, d->speaker)) &&
                  introduced(t, dc, d->frags[0]);
    /* a clause opening with a one-span direct quote ("chanting [“No
     * contract, no peace” after the union failed …]") is that quote with
     * circumstances after it: PolNeAR keeps the quote alone */
    if (d->n_frags == 1 && opens_at(t, r, d->frags[0].start))
        nested = true;
    return q->kind == NM_QUOTE_MIXED && direct_inside(d, r) && !nested && !contains(quote_extent(d), r);
}

/* A quote whose cue is a passive without agent ("Blumenthal was asked,
 * “…”", "Priebus was said to be “furious”") names no speaker: the
 * cue's subject is spoken to or of, whoever the finders took. */
static void unnamed_if_passive(const nm_article *a, const nm_segments *seg, nm_quote *q, nm_range cue)
{
    if (!q->has_speaker || !q->cue || cue.end <= cue.start)
        return;
    size_t s = nm_segment_token_at(seg, cue.start), e = nm_segment_token_at(seg, cue.end - 1);
    if (s < seg->n_toks && e < seg->n_toks && nm_q_passive_cue(a, seg, s, e + 1))
        q->has_speaker = false;
}

/* The direct quote going on with the reported clause `r` in the next
 * sentence: one that opens that sentence (in the clause's paragraph or
 * the next one) with the clause's speaker mention, when the clause's
 * sentence holds no quote mark ("Greene added that the Fed …. “They
 * don't like …”", "Valastro praised Christie's record.¶¶“We need …”").
 * PolNeAR marks clause and quote as one. Index into `d`, or -1. */
static long continued_by(const nm_article *a, const nm_segments *seg, const nm_quote *r, const nm_quote *d,
                         const bool *drop, size_t n)
{
    if (r->kind != NM_QUOTE_REPORTED || !r->has_speaker || r->n_frags == 0)
        return -1;
    size_t last = nm_segment_token_at(seg, r->frags[r->n_frags - 1].end - 1);
    if (last >= seg->n_toks)
        return -1;
    const nm_sentence *se = &seg->sents[seg->toks[last].sent];
    if (nm_qmarks_hold_double(a->text, (nm_range){se->start, se->end}) || se->tok_end >= seg->n_toks)
        return -1;
    size_t next = se->tok_end; /* first token of the next sentence */
    if (!(seg->toks[next].flags & NM_TOK_QUOTE) || seg->sents[seg->toks[next].sent].para > se->para + 1)
        return -1;
    /* the direct quotes are in text order: the first one at the mark */
    size_t lo = 0, hi = n, at = seg->toks[next].start;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d[mid].frags[0].start < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= n || drop[lo] || d[lo].kind != NM_QUOTE_DIRECT || !d[lo].has_speaker ||
        d[lo].frags[0].start > seg->toks[next].end + 1)
        return -1;
    return d[lo].speaker.start == r->speaker.start && d[lo].speaker.end == r->speaker.end ? (long)lo : -1;
}

/* Appends the fragments of `d` to the clause `r`: one mixed quote. */
static bool join_quote(nm_article *a, nm_quote *r, const nm_quote *d)
{
    nm_range *nf = nm_arena_realloc(a->arena, r->frags, r->n_frags * sizeof *nf,
                                    (r->n_frags + d->n_frags) * sizeof *nf);
    if (!nf)
        return false;
    memcpy(nf + r->n_frags, d->frags, d->n_frags * sizeof *nf);
    r->frags = nf;
    r->n_frags += d->n_frags;
    r->kind = NM_QUOTE_MIXED;
    return true;
}

static int cmp_range(const void *x, const void *y)
{
    const nm_range *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

nm_status nm_quotes_fill_gaps(nm_article *a, const nm_quote *cand, size_t n_cand)
{
    if (n_cand == 0)
        return NM_OK;
    /* extents of the quotes found, sorted by start, with the running
     * largest end: a candidate [s, e) overlaps one iff some quote starting
     * before e ends after s */
    size_t n = a->n_quotes;
    nm_range *ext = nm_arena_alloc(a->arena, (n + 1) * sizeof *ext);
    size_t *max_end = nm_arena_alloc(a->arena, (n + 1) * sizeof *max_end);
    if (!ext || !max_end)
        return NM_ERR_NOMEM;
    for (size_t k = 0; k < n; k++)
        ext[k] = quote_extent(&a->quotes[k]);
    qsort(ext, n, sizeof *ext, cmp_range);
    for (size_t k = 0; k < n; k++)
        max_end[k] = k && max_end[k - 1] > ext[k].end ? max_end[k - 1] : ext[k].end;
    for (size_t i = 0; i < n_cand; i++) {
        nm_range r = quote_extent(&cand[i]);
        size_t lo = 0, hi = n; /* quotes [0, lo) start before r.end */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (ext[mid].start < r.end)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo && max_end[lo - 1] > r.start)
            continue;
        if (!nm_article_add_quote(a, &cand[i]))
            return NM_ERR_NOMEM;
    }
    return NM_OK;
}

nm_status nm_quotes_analyse(nm_article *a, const nm_segments *seg)
{
    if (!seg || seg->n_toks == 0)
        return NM_OK;
    nm_quote *direct = NULL, *rep = NULL;
    size_t n_direct = 0, n_rep = 0;
    nm_direct_meta *meta = NULL;
    nm_status st = nm_quotes_direct_find(a, seg, &direct, &meta, &n_direct);
    if (st != NM_OK)
        return st;
    nm_range *rcue = NULL;
    st = nm_reported_find(a, seg, &rep, &rcue, &n_rep);
    if (st != NM_OK)
        return st;

    /* Mixed clauses swallow the direct quotes they hold; other reported
     * clauses give way to any direct quote they overlap. */
    bool *drop_d = nm_arena_alloc(a->arena, n_direct + 1);
    bool *drop_r = nm_arena_alloc(a->arena, n_rep + 1);
    if (!drop_d || !drop_r)
        return NM_ERR_NOMEM;
    for (size_t i = 0; i < n_rep; i++) {
        if (rep[i].n_frags == 0) {
            drop_r[i] = true;
            continue;
        }
        /* one definition of quote marks for the whole list: a clause whose
         * only marks are doubled apostrophes ('' … '') is reported speech */
        if (rep[i].kind == NM_QUOTE_MIXED && !nm_qmarks_hold_double(a->text, quote_extent(&rep[i])))
            rep[i].kind = NM_QUOTE_REPORTED;
        nm_range r = quote_extent(&rep[i]);
        /* first: does the clause survive every direct quote it meets? */
        for (size_t k = 0; k < n_direct && !drop_r[i]; k++)
            if (!drop_d[k] && direct_overlaps(&direct[k], r) &&
                (!swallows(a->text, &rep[i], r, rcue[i], &direct[k], meta[k]) ||
                 nm_q_inner_clause_stands(a, seg, r, &direct[k], meta[k].cue)))
                drop_r[i] = true;
        if (drop_r[i])
            continue;
        /* then it swallows the quotes it holds: one mixed quote, with
         * its own speaker — a clause that found none names none ("in
         * which he doubled down on the “king of debt” moniker" does not
         * take the inner quote's) */
        for (size_t k = 0; k < n_direct; k++)
            if (!drop_d[k] && direct_overlaps(&direct[k], r))
                drop_d[k] = true;
    }
    /* a clause going on with a quote in the next sentence: one quote */
    for (size_t i = 0; i < n_rep; i++)
        if (!drop_r[i]) {
            long k = continued_by(a, seg, &rep[i], direct, drop_d, n_direct);
            if (k >= 0) {
                if (!join_quote(a, &rep[i], &direct[k]))
                    return NM_ERR_NOMEM;
                drop_d[k] = true;
            }
        }
    for (size_t k = 0; k < n_direct; k++)
        if (meta[k].needs_clause)
            drop_d[k] = true; /* joined above, or left out */
    for (size_t k = 0; k < n_direct; k++)
        unnamed_if_passive(a, seg, &direct[k], meta[k].cue);
    for (size_t i = 0; i < n_rep; i++)
        unnamed_if_passive(a, seg, &rep[i], rcue[i]);
    for (size_t k = 0; k < n_direct; k++)
        if (!drop_d[k] && !nm_article_add_quote(a, &direct[k]))
            return NM_ERR_NOMEM;
    for (size_t i = 0; i < n_rep; i++)
        if (!drop_r[i] && !nm_article_add_quote(a, &rep[i]))
            return NM_ERR_NOMEM;
    /* stance attributions fill gaps only */
    nm_quote *stance = NULL;
    size_t n_stance = 0;
    if ((st = nm_stance_find(a, seg, &stance, &n_stance)) != NM_OK ||
        (st = nm_quotes_fill_gaps(a, stance, n_stance)) != NM_OK)
        return st;
    if (a->n_quotes > 1)
        qsort(a->quotes, a->n_quotes, sizeof *a->quotes, cmp_quote);

    /* speakers to people, in text order */
    for (size_t i = 0; i < a->n_quotes; i++) {
        nm_quote *q = &a->quotes[i];
        if (q->has_speaker && q->person < 0)
            q->person = nm_speaker_person(a, seg, q->speaker);
        if (!q->has_speaker)
            q->person = -1;
    }
    return NM_OK;
}
