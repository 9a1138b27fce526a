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

/* Index of the person whose mention ends just before byte `at` (only
 * spaces and a comma between), or -1. */
static int person_before_who(const nm_article *a, size_t at)
{
    for (size_t k = a->n_mentions; k-- > 0;) {
        nm_range s = a->mentions[k].span;
        if (s.end > at)
            continue;
        if (at - s.end > 3)
            return -1; /* "Zhebin, who" or "Zhebin who" only */
        return a->mentions[k].person;
    }
    return -1;
}

/* Sentence index of byte `at`. */
static size_t sentence_of(const nm_segments *seg, size_t at)
{
    size_t t = nm_segment_token_at(seg, at);
    if (t >= seg->n_toks)
        return seg->n_toks ? seg->toks[seg->n_toks - 1].sent : 0;
    return seg->toks[t].sent;
}

int nm_coref_resolve(const nm_article *a, const nm_segments *seg, nm_range pronoun)
{
    const char *p = a->text + pronoun.start;
    size_t n = pronoun.end - pronoun.start;
    if (word_is(p, n, "who"))
        return person_before_who(a, pronoun.start);
    nm_gender want;
    if (word_is(p, n, "he") || word_is(p, n, "him") || word_is(p, n, "his"))
        want = NM_GENDER_MALE;
    else if (word_is(p, n, "she") || word_is(p, n, "her") || word_is(p, n, "hers"))
        want = NM_GENDER_FEMALE;
    else
        return -1;
    nm_gender other = want == NM_GENDER_MALE ? NM_GENDER_FEMALE : NM_GENDER_MALE;
    size_t floor = pronoun.start > NM_COREF_WINDOW ? pronoun.start - NM_COREF_WINDOW : 0;
    size_t sent = seg && seg->n_toks ? sentence_of(seg, pronoun.start) : 0;
    int plain = -1, any = -1;
    /* binary search the first mention ending after the pronoun's start */
    size_t lo = 0, hi = a->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->mentions[mid].span.end <= pronoun.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0;) {
        const nm_mention *m = &a->mentions[k];
        if (m->span.start < floor)
            break;
        if (m->person < 0 || (size_t)m->person >= a->n_people)
            continue;
        if (a->people[m->person].gender == other)
            continue;
        if (any < 0)
            any = m->person;
        if (in_compound(a->text, a->text_len, m->span) || is_possessive(a->text, a->text_len, m->span))
            continue;
        if (!seg || !seg->n_toks)
            return m->person;
        nm_slot slot = nm_segment_slot(seg, a->text, m->span.start, m->span.end);
        bool near = sent - sentence_of(seg, m->span.start) <= NM_COREF_SUBJECT_SENTENCES;
        if (slot == NM_SLOT_SUBJECT && near)
            return m->person;
        if (!near)
            return plain >= 0 ? plain : m->person;
        if (slot != NM_SLOT_OBJECT && plain < 0)
            plain = m->person;
    }
    return plain >= 0 ? plain : any;
}
