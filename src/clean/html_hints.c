/* Class / id hints: what a page's own markup says about a box ("comments",
 * "share-bar", "article-body"). A value is split into words at non-letters
 * and at camelCase humps ("relatedArticles" → related, articles); a keyword
 * matches a word it starts ("comment" matches "comments") or, for short
 * keywords marked exact, the whole word only ("ad" but not "address"). */
#include "html_internal.h"

#include <string.h>

typedef struct hint_word {
    const char *word;
    unsigned bits;
    bool exact;
} hint_word;

#define POS HX_H_POSITIVE
#define NEG HX_H_NEGATIVE
#define UNL (HX_H_UNLIKELY | HX_H_NEGATIVE)
#define MAY HX_H_MAYBE

static const hint_word words[] = {
    /* content */
    {"article", POS | MAY, false}, {"body", POS | MAY, false}, {"content", POS | MAY, false},
    {"entry", POS, false},         {"hentry", POS, false},     {"main", POS | MAY, false},
    {"post", POS, false},          {"text", POS, false},       {"blog", POS, false},
    {"story", POS, false},         {"prose", POS, false},      {"column", MAY, false},
    {"shadow", MAY, false},        {"richtext", POS, false},
    /* boilerplate likely enough to drop before scoring */
    {"banner", UNL, false},       {"breadcrumb", UNL, false}, {"combx", UNL, false},
    {"comment", UNL, false},      {"community", UNL, false},  {"disqus", UNL, false},
    {"extra", UNL, false},        {"footer", UNL, false},       {"gdpr", UNL, false},
    {"header", UNL, false},       {"legends", UNL, false},    {"menu", UNL, false},
    {"related", UNL, false},      {"remark", UNL, false},     {"replies", UNL, false},
    {"rss", UNL, true},           {"shoutbox", UNL, false},   {"sidebar", UNL, false},
    {"skyscraper", UNL, false},   {"social", UNL, false},     {"sponsor", UNL, false},
    {"supplemental", UNL, false}, {"agegate", UNL, false},    {"pagination", UNL, false},
    {"pager", UNL, false},        {"popup", UNL, false},      {"newsletter", UNL | HX_H_AD, false},
    {"cookie", UNL | HX_H_AD, false}, {"consent", UNL | HX_H_AD, false},
    {"outbrain", UNL, false},     {"taboola", UNL, false},    {"recirc", UNL, false},
    {"trending", UNL, false},     {"subscribe", UNL | HX_H_AD, false},
    {"signup", UNL | HX_H_AD, false}, {"promo", UNL, false},  {"modal", UNL, false},
    {"masthead", UNL, false},     {"nav", UNL, true},         {"navbar", UNL, false},
    {"navigation", UNL, false},
    /* negative weight only */
    {"contact", NEG, false},   {"footnote", NEG, false},   {"media", NEG, false},  {"meta", NEG, false},
    {"scroll", NEG, false},    {"shopping", NEG, false}, {"tags", NEG, true},
    {"tag", NEG, true},        {"tool", NEG, false},   {"widget", NEG, false},
    {"hid", NEG, true},        {"recommend", NEG, false}, {"popular", NEG, false},
    {"share", NEG | HX_H_SHARE, false}, {"sharing", NEG | HX_H_SHARE, false},
    {"caption", NEG | HX_H_CAPTION, false}, {"credit", NEG | HX_H_CAPTION, false},
    {"figcaption", NEG | HX_H_CAPTION, false},
    {"ad", NEG | HX_H_AD, true}, {"ads", NEG | HX_H_AD, true}, {"advert", NEG | HX_H_AD, false},
    {"advertisement", NEG | HX_H_AD, false}, {"adslot", NEG | HX_H_AD, false},
    {"dfp", NEG | HX_H_AD, true}, {"byline", HX_H_BYLINE, false},
    {"author", HX_H_BYLINE, false}, {"dateline", HX_H_BYLINE, false},
    {"writtenby", HX_H_BYLINE, false},
    /* not shown on screen */
    {"visuallyhidden", HX_H_HIDDEN, false}, {"offscreen", HX_H_HIDDEN, false},
};

static bool is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static unsigned word_bits(const char *w, size_t n)
{
    unsigned bits = 0;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        const hint_word *h = &words[k];
        if (h->word[0] != w[0])
            continue;
        size_t hl = strlen(h->word);
        if (hl > n || (h->exact && hl != n) || memcmp(h->word, w, hl) != 0)
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
