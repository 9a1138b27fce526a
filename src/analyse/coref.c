/* Pronoun speakers → people.
 *
 * "he"/"she" look back over the people mentioned before them (at most
 * NM_COREF_WINDOW bytes) and take, in this order:
 *  1. the nearest person standing as a clause subject (nm_segment_slot) in
 *     the pronoun's sentence or the NM_COREF_SUBJECT_SENTENCES before it:
 *     "while Lavrov expressed … during a meeting with Kim …, he threatened"
 *     is Lavrov, not the nearer Kim;
 *  2. else the nearest person that is no object of a preposition, no
 *     possessor ("Trump’s") and no half of a compound ("Trump-Kim");
 *  3. else the nearest person at all.
 * A person whose gender contradicts the pronoun is never taken; unknown
 * gender is compatible. "who" is the person named just before it; plural
 * and first-person pronouns resolve to no one. */
#include "coref.h"

#include "speakers.h"

#include <string.h>

static bool word_is(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n != k)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != w[i])
            return false;
    }
    return true;
}

/* True when the mention is joined to another word by a hyphen ("Trump-Kim
 * meeting"). */
static bool in_compound(const char *t, size_t len, nm_range span)
{
    return (span.start > 0 && t[span.start - 1] == '-') || (span.end < len && t[span.end] == '-');
}

/* True when the mention is followed by a possessive "’s" / "'s" or a bare
 * apostrophe ("Sanders’ campaign"). */
static bool is_possessive(const char *t, size_t len, nm_range span)
{
    if (span.end < len && t[span.end] == '\'')
        return true;
    return span.end + 2 < len && (unsigned char)t[span.end] == 0xE2 &&
           (unsigned char)t[span.end + 1] == 0x80 && (unsigned char)t[span.end + 2] == 0x99;
}

/* Most tokens of an apposition between a name and its relative "who"
 * ("McConnell, now the Senate majority leader, who …"). */
#define WHO_APPOS_MAX_TOKS 12

/* Index of the person whose mention ends at byte `end` (give or take a
 * closing bracket), or -1. */
static int person_ending_at(const nm_article *a, size_t end)
{
    for (size_t k = a->n_mentions; k-- > 0;) {
        nm_range s = a->mentions[k].span;
        if (s.end <= end && end - s.end <= 1)
            return a->mentions[k].person;
        if (s.end < end)
            return -1;
    }
    return -1;
}

/* The person "who" at `who` refers to: the name just before it ("Zhebin,
 * who said"), or the name before an apposition ("McConnell, now the
 * Senate majority leader, who"). */
static int person_before_who(const nm_article *a, const nm_segments *seg, nm_range who)
{
    size_t t = nm_segment_token_at(seg, who.start);
    if (t == 0 || t >= seg->n_toks)
        return -1;
    size_t j = t - 1;
    if (nm_token_is(a->text, &seg->toks[j], ","))
        j--;
    int p = person_ending_at(a, seg->toks[j].end);
    if (p >= 0 || j == t - 1)
        return p;
    /* back over an apposition to the comma that opens it */
    for (size_t k = j; k > 0 && j - k < WHO_APPOS_MAX_TOKS; k--) {
        const nm_token *u = &seg->toks[k];
        if (u->sent != seg->toks[t].sent || (u->flags & NM_TOK_QUOTE))
            return -1;
        if (nm_token_is(a->text, u, ","))
            return person_ending_at(a, seg->toks[k - 1].end);
    }
    return -1;
}

int nm_coref_person_named(const nm_article *a, const char *s, size_t n)
{
    int found = -1;
    for (size_t i = 0; i < a->n_people; i++) {
        const nm_person *p = &a->people[i];
        bool match = false;
        if (p->name) {
            const char *last = strrchr(p->name, ' ');
            last = last ? last + 1 : p->name;
            match = strlen(last) == n && !memcmp(last, s, n);
        }
        for (size_t k = 0; !match && k < p->n_aliases; k++)
            match = strlen(p->aliases[k]) == n && !memcmp(p->aliases[k], s, n);
        if (match) {
            if (found >= 0)
                return -1; /* two people go by that name */
            found = (int)i;
        }
    }
    return found;
}

/* Sentence index of byte `at`. */
static size_t sentence_of(const nm_segments *seg, size_t at)
{
    size_t t = nm_segment_token_at(seg, at);
    if (t >= seg->n_toks)
        return seg->n_toks ? seg->toks[seg->n_toks - 1].sent : 0;
    return seg->toks[t].sent;
}

/* Is the mention inside a direct quote (a name the speaker says, never
 * the one who speaks: "“… if Donald Trump is elected …,” he said")? */
static bool in_direct_quote(const nm_article *a, nm_range span)
{
    for (size_t i = 0; i < a->n_quotes; i++) {
        const nm_quote *q = &a->quotes[i];
        if (q->frags[0].start > span.start)
            break; /* sorted by first fragment */
        if (q->kind != NM_QUOTE_DIRECT)
            continue;
        for (size_t k = 0; k < q->n_frags; k++)
            if (q->frags[k].start <= span.start && span.end <= q->frags[k].end)
                return true;
    }
    return false;
}

/* Lower-case words that cannot follow a subject. */
static const char *const not_verbs[] = {
    "of", "and", "or", "in", "at", "on", "for", "to", "with", "the", "a", "an", "who",
    "which", "whose", "from", "by", "as", "than", "but", "nor", "that", "this", "into",
    "about", "after", "before", "over", "under", NULL};

static const char *const prepositions[] = {
    "with", "to", "by", "from", "for", "at", "on", "in", "of", "about", "against", "between",
    "among", "toward", "towards", "into", "onto", "over", "under", "without", "via", "than",
    "like", "upon", "after", "before", "since", "unlike", "despite", "through", "including", NULL};

static bool tok_in(const char *text, const nm_token *t, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (nm_token_is(text, t, list[i]))
            return true;
    return false;
}

/* Does the mention stand as the subject of a clause: a clause slot
 * subject (segment.h), the sentence's first word, or a name right before
 * a verb-like word and not after a preposition ("NBC colleague Matt Lauer
 * faced", "director Jennifer Palmieri said")? */
static bool subject_like(const nm_article *a, const nm_segments *seg, nm_range span)
{
    nm_slot slot = nm_segment_slot(seg, a->text, span.start, span.end);
    if (slot != NM_SLOT_OTHER)
        return slot == NM_SLOT_SUBJECT;
    size_t t0 = nm_segment_token_at(seg, span.start), t1 = nm_segment_token_at(seg, span.end);
    if (t0 >= seg->n_toks || t1 >= seg->n_toks || seg->toks[t1].sent != seg->toks[t0].sent)
        return false;
    const nm_token *next = &seg->toks[t1];
    if (seg->toks[t0].flags & NM_TOK_FIRST_WORD) {
        /* "Lynch said", "Donna Sampson Rawlings, 59, of Ashton, said" */
        return !(next->flags & NM_TOK_POSS);
    }
    /* after a preposition it is an object; after "said" or "that" the
     * subject of reported content ("McLenney said Clinton doesn't …"),
     * not of the story's clause */
    if (t0 > 0 && (tok_in(a->text, &seg->toks[t0 - 1], prepositions) ||
                   nm_token_is(a->text, &seg->toks[t0 - 1], "that") ||
                   nm_cue_at(a->text, seg, t0 - 1, NULL)))
        return false;
    return (next->flags & NM_TOK_WORD) && !(next->flags & (NM_TOK_CAP | NM_TOK_DIGIT | NM_TOK_POSS)) &&
           !tok_in(a->text, next, not_verbs);
}

/* How many earlier pronouns a pronoun may go through to its person ("…,”
 * he said. That's why, he argued, …"): each step is a pronoun of the same
 * gender standing as a subject nearer than any named subject. */
#define COREF_CHAIN_MAX 4

/* The nearest pronoun of gender `want` standing as a subject (opening a
 * sentence or a clause after a comma or quote) in tokens [from, to);
 * n_toks when none. */
static size_t pronoun_between(const nm_article *a, const nm_segments *seg, size_t from, size_t to,
                              nm_gender want)
{
    const char *w = want == NM_GENDER_MALE ? "he" : "she";
    for (size_t k = to; k-- > from;) {
        const nm_token *u = &seg->toks[k];
        if (!nm_token_is(a->text, u, w) && !(u->end - u->start == strlen(w) &&
                                              (a->text[u->start] == 'H' || a->text[u->start] == 'S') &&
                                              !strncmp(a->text + u->start + 1, w + 1, strlen(w) - 1)))
            continue;
        if (k == 0 || (u->flags & NM_TOK_FIRST_WORD))
            return k;
        const nm_token *p = &seg->toks[k - 1];
        if (p->flags & NM_TOK_QUOTE || nm_token_is(a->text, p, ","))
            return k;
    }
    return seg->n_toks;
}

/* The person named by the first word of sentence `sent` (or of the
 * NM_COREF_SUBJECT_SENTENCES before it), when that word is no mention of
 * a->mentions but is a person's alias or last name and its gender is
 * compatible; its byte offset in *at. -1 when none. */
static int sentence_first_name(const nm_article *a, const nm_segments *seg, size_t sent,
                               size_t before, nm_gender want, size_t *at)
{
    nm_gender other = want == NM_GENDER_MALE ? NM_GENDER_FEMALE : NM_GENDER_MALE;
    for (size_t s = sent + 1; s-- > 0 && sent - s <= NM_COREF_SUBJECT_SENTENCES;) {
        const nm_sentence *se = &seg->sents[s];
        size_t k = se->tok_start;
        while (k < se->tok_end && !(seg->toks[k].flags & NM_TOK_WORD))
            k++;
        if (k >= se->tok_end)
            continue;
        const nm_token *t = &seg->toks[k];
        if (t->start >= before || !(t->flags & NM_TOK_CAP) || !subject_like(a, seg, (nm_range){t->start, t->end}))
            continue;
        if (nm_segment_slot(seg, a->text, t->start, t->end) == NM_SLOT_OBJECT)
            continue;
        /* already a mention: the main loop sees it */
        size_t lo = 0, hi = a->n_mentions;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (a->mentions[mid].span.end <= t->start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < a->n_mentions && a->mentions[lo].span.start <= t->start)
            continue;
        int p = nm_coref_person_named(a, a->text + t->start, t->end - t->start);
        if (p >= 0 && a->people[p].gender != other) {
            *at = t->start;
            return p;
        }
    }
    return -1;
}

static int resolve(const nm_article *a, const nm_segments *seg, nm_range pronoun, nm_gender want,
                   int depth)
{
    nm_gender other = want == NM_GENDER_MALE ? NM_GENDER_FEMALE : NM_GENDER_MALE;
    size_t floor = pronoun.start > NM_COREF_WINDOW ? pronoun.start - NM_COREF_WINDOW : 0;
    size_t sent = seg->n_toks ? sentence_of(seg, pronoun.start) : 0;
    int plain = -1, any = -1;
    nm_range plain_span = {0, 0};
    /* binary search the first mention ending after the pronoun's start */
    size_t lo = 0, hi = a->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->mentions[mid].span.end <= pronoun.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* a known name opening one of the sentences looked at, which names.c
     * may leave out ("Trump never missed …"): the nearest is a subject */
    size_t bare_at = 0;
    int bare = seg->n_toks ? sentence_first_name(a, seg, sent, pronoun.start, want, &bare_at) : -1;
    for (size_t k = lo; k-- > 0;) {
        const nm_mention *m = &a->mentions[k];
        if (m->span.start < floor)
            break;
        if (bare >= 0 && m->span.end <= bare_at)
            return bare; /* the bare name is nearer than any subject left */
        if (m->person < 0 || (size_t)m->person >= a->n_people)
            continue;
        if (a->people[m->person].gender == other)
            continue;
        if (in_direct_quote(a, m->span))
            continue;
        if (any < 0)
            any = m->person;
        if (in_compound(a->text, a->text_len, m->span) || is_possessive(a->text, a->text_len, m->span))
            continue;
        if (!seg->n_toks)
            return m->person;
        bool near = sent - sentence_of(seg, m->span.start) <= NM_COREF_SUBJECT_SENTENCES;
        if (near && subject_like(a, seg, m->span))
            return m->person;
        if (plain < 0 && nm_segment_slot(seg, a->text, m->span.start, m->span.end) != NM_SLOT_OBJECT) {
            plain = m->person;
            plain_span = m->span;
        }
        if (!near)
            break;
    }
    if (bare >= 0 && (plain < 0 || plain_span.end <= bare_at))
        return bare;
    if (plain < 0)
        return any;
    /* no named subject nearby: an earlier pronoun of the same gender, as a
     * subject between the guess and this one, is a surer link */
    if (depth < COREF_CHAIN_MAX && seg->n_toks) {
        size_t from = nm_segment_token_at(seg, plain_span.end);
        size_t to = nm_segment_token_at(seg, pronoun.start);
        size_t k = pronoun_between(a, seg, from, to, want);
        if (k < seg->n_toks)
            return resolve(a, seg, (nm_range){seg->toks[k].start, seg->toks[k].end}, want, depth + 1);
    }
    return plain;
}

int nm_coref_resolve(const nm_article *a, const nm_segments *seg, nm_range pronoun)
{
    const char *p = a->text + pronoun.start;
    size_t n = pronoun.end - pronoun.start;
    if (word_is(p, n, "who"))
        return seg && seg->n_toks ? person_before_who(a, seg, pronoun) : -1;
    nm_gender want;
    if (word_is(p, n, "he") || word_is(p, n, "him") || word_is(p, n, "his"))
        want = NM_GENDER_MALE;
    else if (word_is(p, n, "she") || word_is(p, n, "her") || word_is(p, n, "hers"))
        want = NM_GENDER_FEMALE;
    else
        return -1;
    static const nm_segments none = {0};
    return resolve(a, seg ? seg : &none, pronoun, want, 0);
}
