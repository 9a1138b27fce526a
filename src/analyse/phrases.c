/* Word-phrase lexicons in sections: see phrases.h. */
#include "phrases.h"

#include "core/lexicon.h"

#include <string.h>

static unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

bool nm_word_eq(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++)
        if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
            return false;
    return true;
}

static size_t slot_of(const char *s, size_t n)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ lower((unsigned char)s[i])) * 16777619u;
    return h & (NM_PHRASE_SLOTS - 1);
}

/* Section bit of the header d[s..e) ("[name]"), 0 when unknown. */
static unsigned section_bit(const char *d, size_t s, size_t e, const char *const *sections)
{
    if (e - s < 3 || d[e - 1] != ']')
        return 0;
    for (unsigned k = 0; sections[k]; k++)
        if (nm_word_eq(d + s + 1, e - s - 2, sections[k], strlen(sections[k])))
            return 1u << k;
    return 0;
}

void nm_phrases_load(nm_phrases *t, const char *name, const char *const *sections)
{
    for (size_t i = 0; i < NM_PHRASE_SLOTS; i++)
        t->slots[i] = -1;
    t->n = 0;
    t->n_cut = 0;
    size_t len = 0;
    const char *d = nm_lexicon_get(name, &len);
    unsigned section = 0;
    for (size_t i = 0; d && i < len;) {
        size_t e = i;
        while (e < len && d[e] != '\n')
            e++;
        size_t s = i;
        i = e + 1;
        while (e > s && (d[e - 1] == ' ' || d[e - 1] == '\r'))
            e--;
        if (e == s || d[s] == '#')
            continue;
        if (d[s] == '[') {
            section = section_bit(d, s, e, sections);
            continue;
        }
        if (!section)
            continue;
        if (t->n == NM_PHRASE_MAX) {
            t->n_cut++;
            continue;
        }
        nm_phrase *p = &t->p[t->n];
        p->n_words = 0;
        for (size_t k = s; k < e && p->n_words < NM_PHRASE_MAX_WORDS;) {
            size_t w = k;
            while (w < e && d[w] != ' ')
                w++;
            p->w[p->n_words] = d + k;
            p->wl[p->n_words++] = w - k;
            k = w + 1;
        }
        p->section = section;
        size_t h = slot_of(p->w[0], p->wl[0]);
        p->next = t->slots[h];
        t->slots[h] = (int)t->n++;
    }
}

size_t nm_phrases_at(const nm_phrases *t, const char *text, const nm_segments *seg, size_t i,
                     unsigned *section)
{
    if (i >= seg->n_toks || !(seg->toks[i].flags & NM_TOK_WORD))
        return 0;
    const nm_token *first = &seg->toks[i];
    size_t best = 0;
    unsigned best_section = 0;
    for (int k = t->slots[slot_of(text + first->start, first->end - first->start)]; k >= 0;
         k = t->p[k].next) {
        const nm_phrase *p = &t->p[k];
        if (p->n_words < best || i + p->n_words > seg->n_toks)
            continue;
        size_t w = 0;
        for (; w < p->n_words; w++) {
            const nm_token *u = &seg->toks[i + w];
            if (u->sent != first->sent || !nm_word_eq(text + u->start, u->end - u->start, p->w[w], p->wl[w]))
                break;
        }
        if (w == p->n_words) {
            /* one phrase listed in several sections: all of them */
            best_section = p->n_words > best ? p->section : best_section | p->section;
            best = p->n_words;
        }
    }
    if (section)
        *section = best_section;
    return best;
}

bool nm_phrases_has_word(const nm_phrases *t, const char *s, size_t n)
{
    for (int k = t->slots[slot_of(s, n)]; k >= 0; k = t->p[k].next)
        if (t->p[k].n_words == 1 && nm_word_eq(t->p[k].w[0], t->p[k].wl[0], s, n))
            return true;
    return false;
}

bool nm_token_word_is(const char *text, const nm_token *t, const char *w)
{
    return nm_word_eq(text + t->start, t->end - t->start, w, strlen(w));
}

bool nm_token_in(const char *text, const nm_token *t, const char *const *list)
{
    if (t->end == t->start)
        return false;
    /* most list words differ in their first letter: test it before the
     * length and the rest (this runs for most tokens of every sentence) */
    unsigned char first = lower((unsigned char)text[t->start]);
    for (; *list; list++)
        if (lower((unsigned char)**list) == first && nm_token_word_is(text, t, *list))
            return true;
    return false;
}
