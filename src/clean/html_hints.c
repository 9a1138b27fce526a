/* Class / id hints: what a page's own markup says about a box ("comments",
 * "share-bar", "article-body"). A value is split into words at non-letters
 * and at camelCase humps ("relatedArticles" → related, articles); a keyword
 * matches a word it starts ("comment" matches "comments") or, for short
 * keywords marked exact, the whole word only ("ad" but not "address"). */
#include "html_internal.h"

#include <pthread.h>
#include <string.h>

typedef struct hint_word {
    const char *word;
    unsigned bits;
    bool exact;
    uint8_t len;
} hint_word;

#define W(word, bits, exact) {word, bits, exact, sizeof word - 1}

#define POS HX_H_POSITIVE
#define NEG HX_H_NEGATIVE
#define UNL (HX_H_UNLIKELY | HX_H_NEGATIVE)
#define MAY HX_H_MAYBE

static const hint_word words[] = {
    /* content */
    W("article", POS | MAY, false), W("body", POS | MAY, false), W("content", POS | MAY, false),
    W("entry", POS, false),         W("hentry", POS, false),     W("main", POS | MAY, false),
    W("post", POS, false),          W("text", POS, false),       W("blog", POS, false),
    W("story", POS, false),         W("prose", POS, false),      W("column", MAY, false),
    W("shadow", MAY, false),        W("tweet", POS | MAY, false),  W("embed", MAY, false),        W("richtext", POS, false),
    /* boilerplate likely enough to drop before scoring */
    W("banner", UNL, false),       W("breadcrumb", UNL, false), W("combx", UNL, false),
    W("comment", UNL | HX_H_COMMENT, false),      W("community", UNL, false),  W("disqus", UNL | HX_H_COMMENT, false),
    W("extra", UNL, false),        W("footer", UNL, false),       W("gdpr", UNL, false),
    W("header", UNL, false),       W("legends", UNL, false),    W("menu", UNL, false),
    W("related", UNL, false),      W("remark", UNL, false),     W("replies", UNL | HX_H_COMMENT, false),
    W("rss", UNL, true),           W("shoutbox", UNL, false),   W("sidebar", UNL, false),
    W("skyscraper", UNL, false),   W("social", UNL, false),     W("sponsor", UNL, false),
    W("supplemental", UNL, false), W("agegate", UNL, false),    W("pagination", UNL, false),
    W("pager", UNL, false),        W("popup", UNL, false),      W("newsletter", UNL | HX_H_AD, false),
    W("cookie", UNL | HX_H_AD, false), W("consent", UNL | HX_H_AD, false),
    W("outbrain", UNL, false),     W("taboola", UNL, false),    W("recirc", UNL, false),
    W("trending", UNL, false),     W("subscribe", UNL | HX_H_AD, false),
    W("signup", UNL | HX_H_AD, false), W("promo", UNL, false),  W("modal", UNL, false),
    W("masthead", UNL, false),     W("nav", UNL, true),         W("navbar", UNL, false),
    W("navigation", UNL, false),
    /* negative weight only */
    W("contact", NEG, false),   W("footnote", NEG, false),   W("media", NEG, false),  W("meta", NEG, false),
    W("scroll", NEG, false),    W("shopping", NEG, false), W("tags", NEG, true),
    W("tag", NEG, true),        W("tool", NEG, false),   W("widget", NEG, false),
    W("hid", NEG, true),        W("recommend", NEG, false), W("popular", NEG, false),
    W("share", NEG | HX_H_SHARE, false), W("sharing", NEG | HX_H_SHARE, false),
    W("caption", NEG | HX_H_CAPTION, false), W("credit", NEG | HX_H_CAPTION, false),
    W("figcaption", NEG | HX_H_CAPTION, false),
    W("ad", NEG | HX_H_AD, true), W("ads", NEG | HX_H_AD, true), W("advert", NEG | HX_H_AD, false),
    W("advertisement", NEG | HX_H_AD, false), W("adslot", NEG | HX_H_AD, false),
    W("dfp", NEG | HX_H_AD, true), W("byline", HX_H_BYLINE, false),
    W("author", HX_H_BYLINE, false), W("dateline", HX_H_BYLINE, false),
    W("writtenby", HX_H_BYLINE, false),
    /* not shown on screen */
    W("visuallyhidden", HX_H_HIDDEN, false), W("offscreen", HX_H_HIDDEN, false),
};

static bool is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

#define N_WORDS (sizeof words / sizeof *words)

/* Keywords grouped by first letter: by_letter[c - 'a'] lists indexes into
 * words[], built once. */
static uint8_t by_letter[26][16];
static uint8_t n_by_letter[26];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void build_index(void)
{
    for (size_t k = 0; k < N_WORDS; k++) {
        int c = words[k].word[0] - 'a';
        if (n_by_letter[c] < sizeof by_letter[c])
            by_letter[c][n_by_letter[c]++] = (uint8_t)k;
    }
}

static unsigned word_bits(const char *w, size_t n)
{
    unsigned bits = 0;
    if (w[0] < 'a' || w[0] > 'z')
        return 0;
    int c = w[0] - 'a';
    for (unsigned j = 0; j < n_by_letter[c]; j++) {
        const hint_word *h = &words[by_letter[c][j]];
        if (h->len > n || (h->exact && h->len != n) || memcmp(h->word, w, h->len) != 0)
            continue;
        bits |= h->bits;
    }
    return bits;
}

/* Word pairs that only mean something together ("sr only", "visually hidden"). */
static unsigned pair_bits(const char *a, size_t an, const char *b, size_t bn)
{
    if (an == 2 && !memcmp(a, "sr", 2) && bn == 4 && !memcmp(b, "only", 4))
        return HX_H_HIDDEN;
    if (an == 8 && !memcmp(a, "visually", 8) && bn >= 6 && !memcmp(b, "hidden", 6))
        return HX_H_HIDDEN;
    if (an == 6 && !memcmp(a, "screen", 6) && bn >= 6 && !memcmp(b, "reader", 6))
        return HX_H_HIDDEN;
    return 0;
}

/* Longest word looked at; longer ones are cut (no keyword is longer). */
#define HINT_WORD_MAX 32

unsigned hx_hints_of(const char *value)
{
    pthread_once(&index_once, build_index);
    unsigned bits = 0;
    char prev[HINT_WORD_MAX], cur[HINT_WORD_MAX];
    size_t prev_n = 0, n = 0;
    const unsigned char *s = (const unsigned char *)value;
    for (size_t i = 0;; i++) {
        unsigned char c = s[i];
        bool hump = n > 0 && c >= 'A' && c <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z';
        if (!is_alnum(c) || hump) {
            if (n > 0) {
                bits |= word_bits(cur, n);
                if (prev_n)
                    bits |= pair_bits(prev, prev_n, cur, n);
                memcpy(prev, cur, n);
                prev_n = n;
                n = 0;
            }
            if (c == 0)
                break;
            if (!hump)
                continue;
        }
        if (n < HINT_WORD_MAX)
            cur[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return bits;
}
