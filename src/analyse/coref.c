/* Pronoun speakers → people: the nearest compatible person before. */
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

/* True when byte `i` of the text is next to a hyphen or dash joining the
 * mention to another word ("Trump-Kim meeting"). */
static bool in_compound(const char *t, size_t len, nm_range span)
{
    return (span.start > 0 && t[span.start - 1] == '-') || (span.end < len && t[span.end] == '-');
}

/* True when the mention is followed by a possessive "’s" / "'s". */
static bool is_possessive(const char *t, size_t len, nm_range span)
{
    if (span.end + 1 < len && t[span.end] == '\'' && t[span.end + 1] == 's')
        return true;
    return span.end + 3 < len && (unsigned char)t[span.end] == 0xE2 &&
           (unsigned char)t[span.end + 1] == 0x80 && (unsigned char)t[span.end + 2] == 0x99 &&
           t[span.end + 3] == 's';
}

/* Index of the person whose mention ends just before byte `at` (only
 * spaces, a comma and at most a short apposition between), or -1. */
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

int nm_coref_resolve(const nm_article *a, const nm_segments *seg, nm_range pronoun)
{
    (void)seg;
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
    int fallback = -1;
    for (size_t k = a->n_mentions; k-- > 0;) {
        const nm_mention *m = &a->mentions[k];
        if (m->span.end > pronoun.start)
            continue;
        if (m->span.start < floor)
            break;
        if (m->person < 0 || (size_t)m->person >= a->n_people)
            continue;
        if (a->people[m->person].gender == other)
            continue;
        if (in_compound(a->text, a->text_len, m->span))
            continue;
        if (is_possessive(a->text, a->text_len, m->span)) {
            if (fallback < 0)
                fallback = m->person;
            continue;
        }
        return m->person;
    }
    return fallback;
}
