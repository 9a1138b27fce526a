/* Headline and extractive summary of a story.
 *
 * Every sentence of every article is weighed by centrality: the summed
 * weight of its distinct terms over the whole story (terms used often and
 * by many of the articles weigh most), divided by the square root of its
 * term count so length alone does not win, and damped by its position
 * (news puts the point first). Quotes, captions, headings and fragments are
 * no summary material. The best sentences are taken greedily, skipping one
 * that repeats a chosen one (a near-duplicate article says it again). */
#include "digest_model.h"
#include "terms.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Summary sentences have this many words (shorter: fragments and
 * headings; longer: run-ons that read badly alone). */
#define SUMMARY_MIN_WORDS 8
#define SUMMARY_MAX_WORDS 60
/* Each later sentence of an article counts this much less. */
#define POSITION_DAMPING 0.12
/* A sentence sharing more than this share of terms (Jaccard) with a chosen
 * one repeats it. */
#define REDUNDANT_JACCARD 0.35
/* Distinct terms compared per sentence. */
#define SENTENCE_MAX_TERMS 96

typedef struct candidate {
    const char *text;
    size_t len;
    size_t article;
    double score;
    size_t *terms;
    size_t n_terms;
} candidate;

static bool is_upper_start(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return false;
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(')
        return true;
    /* “ ‘ */
    return c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98);
}

/* Abbreviations whose period does not end a sentence. */
static bool abbreviation_before(const char *s, size_t dot)
{
    static const char *const abbrevs[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep",
                                          "Gov", "Jr", "Sr", "Lt", "Col", "Prof", "Inc", "Corp",
                                          "Co", "No", "vs", "Mt", "Sgt", "Capt", "Adm", "Rev"};
    size_t b = dot;
    while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '(')
        b--;
    size_t n = dot - b;
    if (n == 1 && s[b] >= 'A' && s[b] <= 'Z')
        return true; /* an initial: "George W. Bush" */
    if (memchr(s + b, '.', n))
        return true; /* "U.S." "a.m." */
    for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
        if (strlen(abbrevs[i]) == n && !memcmp(abbrevs[i], s + b, n))
            return true;
    return false;
}

/* End of the sentence starting at i in s[0..len). */
static size_t sentence_end(const char *s, size_t len, size_t i)
{
    for (size_t j = i; j < len; j++) {
        char c = s[j];
        if (c != '.' && c != '!' && c != '?')
            continue;
        size_t k = j + 1;
        for (;;) { /* closing quotes and brackets belong to the sentence */
            if (k < len && (s[k] == '"' || s[k] == '\'' || s[k] == ')'))
                k++;
            else if (k + 2 < len && (unsigned char)s[k] == 0xE2 &&
                     (unsigned char)s[k + 1] == 0x80 &&
                     ((unsigned char)s[k + 2] == 0x9D || (unsigned char)s[k + 2] == 0x99))
                k += 3;
            else
                break;
        }
        if (k >= len)
            return len;
        if (s[k] != ' ' && s[k] != '\n')
            continue;
        size_t n = k;
        while (n < len && (s[n] == ' ' || s[n] == '\n'))
            n++;
        if (!is_upper_start(s, len, n))
            continue;
        if (c == '.' && k == j + 1 && abbreviation_before(s, j))
            continue;
        return k;
    }
    return len;
}

static bool has_double_quote(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"')
            return true;
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D))
            return true;
        if (c == 0xC2 && i + 1 < len &&
            ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB))
            return true;
    }
    return false;
}

/* A photo caption: a one-sentence paragraph speaking of a picture. */
static bool caption_like(const char *p, size_t len, size_t n_sentences)
{
    static const char *const words[] = {"photo", "picture", "pictured", "handout", "image",
                                        "caption", "courtesy of", "file photo"};
    if (n_sentences != 1)
        return false;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (memmem(p, len, words[i], strlen(words[i])))
            return true;
    return false;
}

static size_t count_words(const char *s, size_t len)
{
    size_t n = 0;
    bool in = false;
    for (size_t i = 0; i < len; i++) {
        bool sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

/* Paragraph i of a->text at *pos: [*b, *e). False at the end. */
static bool next_paragraph(const nm_article *a, size_t *pos, size_t *b, size_t *e)
{
    const char *t = a->text;
    size_t len = a->text_len;
    while (*pos < len && (t[*pos] == '\n' || t[*pos] == ' '))
        (*pos)++;
    if (*pos >= len)
        return false;
    *b = *pos;
    const char *brk = memmem(t + *pos, len - *pos, "\n\n", 2);
    *e = brk ? (size_t)(brk - t) : len;
    *pos = *e;
    return true;
}

static bool is_title_paragraph(const nm_article *a, size_t b, size_t e)
{
    if (!a->title)
        return false;
    size_t tl = strlen(a->title);
    return e - b >= tl && e - b <= tl + 1 && !memcmp(a->text + b, a->title, tl);
}

/* A sentence leaning on the one before ("But ...", "It also ...") reads
 * badly alone: its score is multiplied by DEPENDENT_PENALTY. */
#define DEPENDENT_PENALTY 0.5

static bool leans_on_context(const char *s, size_t len)
{
    static const char *const openers[] = {
        "But",  "And",  "Yet",  "So",  "Also", "Still", "Indeed", "However", "Meanwhile",
        "Thus", "Then", "It",   "He",  "She",  "They",  "This",   "That",    "These",
        "Those", "His", "Her",  "Its", "Their", "Such", "There",  "Instead", "Moreover"};
    size_t n = 0;
    while (n < len && ((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z'))
        n++;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (strlen(openers[i]) == n && !memcmp(openers[i], s, n))
            return true;
    return false;
}

/* Bytes of a wire dateline opening a sentence ("PORT ELLERY, May 15
 * (Meridian Wire) – "): a capitalised place, anything short, then a dash
 * between spaces. 0 when there is none. The summary shows the sentence
 * without it. */
#define DATELINE_MAX_BYTES 80

static size_t dateline_len(const char *s, size_t len)
{
    size_t caps = 0;
    while (caps < len && ((s[caps] >= 'A' && s[caps] <= 'Z') || s[caps] == ' ' || s[caps] == '.'))
        caps++;
    if (caps < 3 || (caps < len && s[caps] >= 'a' && s[caps] <= 'z'))
        return 0;
    size_t lim = len < DATELINE_MAX_BYTES ? len : DATELINE_MAX_BYTES;
    for (size_t i = caps; i + 2 < lim; i++) {
        if (s[i] != ' ')
            continue;
        size_t dash = 0;
        if (s[i + 1] == '-')
            dash = 1;
        else if (i + 3 < lim && (unsigned char)s[i + 1] == 0xE2 && (unsigned char)s[i + 2] == 0x80 &&
                 ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94))
            dash = 3;
        if (dash && i + 1 + dash < len && s[i + 1 + dash] == ' ')
            return i + 2 + dash;
    }
    return 0;
}

static double centrality(const nm_terms *terms, const size_t *ids, size_t n, size_t n_articles)
{
    double sum = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += nm_terms_weight(terms, ids[i], n_articles);
    return n ? sum / sqrt((double)n) : 0.0;
}

static double jaccard(const candidate *x, const candidate *y)
{
    size_t shared = 0;
    for (size_t i = 0; i < x->n_terms; i++)
        for (size_t j = 0; j < y->n_terms; j++)
            if (x->terms[i] == y->terms[j]) {
                shared++;
                break;
            }
    size_t uni = x->n_terms + y->n_terms - shared;
    return uni ? (double)shared / (double)uni : 1.0;
}

static int by_score(const void *pa, const void *pb)
{
    const candidate *a = pa, *b = pb;
    return (a->score < b->score) - (a->score > b->score);
}

static bool choose_headline(nm_digest_model *m, nm_terms *terms)
{
    double best = -1.0;
    size_t ids[SENTENCE_MAX_TERMS];
    for (size_t i = 0; i < m->n_articles; i++) {
        const char *title = m->articles[i]->title;
        if (!title || !*title)
            continue;
        size_t n = nm_terms_ids(terms, title, strlen(title), ids, SENTENCE_MAX_TERMS);
        double score = centrality(terms, ids, n, m->n_articles);
        if (score > best) {
            best = score;
            m->headline = title;
            m->headline_article = i;
        }
    }
    return true;
}

bool nm_digest_summarise(nm_digest_model *m)
{
    nm_terms *terms = nm_terms_new();
    if (!terms)
        return false;
    bool ok = true;
    for (size_t i = 0; i < m->n_articles && ok; i++) {
        const nm_article *a = m->articles[i];
        if (a->text)
            ok = nm_terms_add_text(terms, a->text, a->text_len, i);
        if (ok && a->title)
            ok = nm_terms_add_text(terms, a->title, strlen(a->title), i);
    }
    ok = ok && choose_headline(m, terms);

    candidate *cands = NULL;
    size_t n_cands = 0, cap = 0;
    for (size_t i = 0; i < m->n_articles && ok; i++) {
        const nm_article *a = m->articles[i];
        if (!a->text)
            continue;
        size_t pos = 0, b, e, rank = 0;
        while (ok && next_paragraph(a, &pos, &b, &e)) {
            if (is_title_paragraph(a, b, e))
                continue;
            size_t n_sent = 0;
            for (size_t s = b; s < e; n_sent++)
                s = sentence_end(a->text, e, s) + 1;
            if (caption_like(a->text + b, e - b, n_sent))
                continue;
            for (size_t s = b; s < e && ok;) {
                size_t se = sentence_end(a->text, e, s);
                const char *text = a->text + s;
                size_t len = se - s, words = count_words(text, len);
                char last = len ? text[len - 1] : '\0';
                bool usable = words >= SUMMARY_MIN_WORDS && words <= SUMMARY_MAX_WORDS &&
                              (last == '.' || last == '!' || last == '?') &&
                              !has_double_quote(text, len);
                if (usable) {
                    candidate *c = nm_digest_push(m->arena, (void **)&cands, &n_cands, &cap,
                                                  sizeof *c);
                    size_t *ids = c ? nm_arena_alloc(m->arena, SENTENCE_MAX_TERMS * sizeof *ids)
                                    : NULL;
                    if (!ids) {
                        ok = false;
                        break;
                    }
                    c->text = text;
                    c->len = len;
                    c->article = i;
                    c->terms = ids;
                    c->n_terms = nm_terms_ids(terms, text, len, ids, SENTENCE_MAX_TERMS);
                    c->score = centrality(terms, ids, c->n_terms, m->n_articles) /
                               (1.0 + POSITION_DAMPING * (double)rank);
                    if (leans_on_context(text, len))
                        c->score *= DEPENDENT_PENALTY;
                }
                rank++;
                s = se;
                while (s < e && (a->text[s] == ' ' || a->text[s] == '\n'))
                    s++;
            }
        }
    }
    if (ok && n_cands) {
        qsort(cands, n_cands, sizeof *cands, by_score);
        size_t chosen[NM_DIGEST_SUMMARY_MAX], n_chosen = 0;
        for (size_t i = 0; i < n_cands && n_chosen < NM_DIGEST_SUMMARY_MAX; i++) {
            bool repeats = false;
            for (size_t j = 0; j < n_chosen && !repeats; j++)
                repeats = jaccard(&cands[i], &cands[chosen[j]]) > REDUNDANT_JACCARD;
            if (!repeats)
                chosen[n_chosen++] = i;
        }
        for (size_t j = 0; j < n_chosen; j++) {
            const candidate *c = &cands[chosen[j]];
            size_t skip = dateline_len(c->text, c->len);
            m->summary[j] = (nm_digest_sentence){c->text + skip, c->len - skip, c->article};
        }
        m->n_summary = n_chosen;
    }
    nm_terms_free(terms);
    return ok;
}
