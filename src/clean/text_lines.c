/* Clutter lines, bullets and bylines of plain-text articles (text_lines.h).
 *
 * The clutter rule is structural, not a list of known lines: a line is
 * furniture when it is short, every word of it belongs to the vocabulary of
 * web-page interfaces (commands, services, their objects and glue words),
 * and at least one word is a command or a service. A sentence or a heading
 * always brings words from outside that vocabulary. */
#include "text_lines.h"

#include <string.h>

/* A furniture line is at most this many words and bytes: interface labels
 * are terse ("Share on Facebook", "Sign up for our daily newsletter"). */
#define CLUTTER_MAX_WORDS 8
#define CLUTTER_MAX_BYTES 80
/* A teaser label ("Recommended", "Read more", "Editor's picks") is at most
 * this many words before its colon; the teased headline after it at most
 * TEASER_MAX_WORDS words (a longer text after a label is a paragraph). */
#define TEASER_LABEL_MAX_WORDS 4
#define TEASER_MAX_WORDS 30
/* Longest word compared against the vocabularies. */
#define VOCAB_WORD_MAX 24

typedef struct vocab_word {
    const char *word;
    bool trigger; /* a command or service: its presence makes the line UI */
} vocab_word;

/* Interface vocabulary: commands and services (trigger) and the objects and
 * glue words they come with. Lower case. */
static const vocab_word ui_words[] = {
    /* commands */
    {"share", true}, {"sharing", true}, {"tweet", true}, {"email", true}, {"e-mail", true},
    {"print", true}, {"close", true}, {"view", true}, {"switch", true}, {"subscribe", true},
    {"sign", true}, {"log", true}, {"login", true}, {"register", true}, {"follow", true},
    {"like", true}, {"comment", true}, {"comments", true}, {"read", true}, {"continue", true},
    {"click", true}, {"tap", true}, {"skip", true}, {"jump", true}, {"download", true},
    {"watch", true}, {"listen", true}, {"play", true}, {"replay", true}, {"expand", true},
    {"enlarge", true}, {"zoom", true}, {"copy", true}, {"save", true}, {"bookmark", true},
    {"see", true}, {"hide", true}, {"show", true}, {"toggle", true}, {"menu", true},
    {"search", true}, {"next", true}, {"previous", true}, {"prev", true}, {"back", true},
    {"advertisement", true}, {"advertisements", true}, {"advert", true}, {"ads", true},
    {"ad", true}, {"advertising", true}, {"sponsored", true}, {"promoted", true},
    {"newsletter", true}, {"newsletters", true}, {"reprints", true}, {"permissions", true},
    {"gallery", true}, {"slideshow", true}, {"caption", true},
    /* services */
    {"facebook", true}, {"twitter", true}, {"linkedin", true}, {"whatsapp", true},
    {"pinterest", true}, {"reddit", true}, {"instagram", true}, {"youtube", true},
    {"telegram", true}, {"tumblr", true}, {"flipboard", true}, {"messenger", true},
    {"sms", true}, {"rss", true},
    /* objects and glue */
    {"this", false}, {"story", false}, {"stories", false}, {"article", false},
    {"articles", false}, {"page", false}, {"post", false}, {"on", false}, {"via", false},
    {"to", false}, {"by", false}, {"with", false}, {"the", false}, {"a", false}, {"an", false},
    {"our", false}, {"us", false}, {"now", false}, {"here", false}, {"in", false},
    {"up", false}, {"out", false}, {"for", false}, {"free", false}, {"full", false},
    {"screen", false}, {"fullscreen", false}, {"desktop", false}, {"mobile", false},
    {"site", false}, {"version", false}, {"app", false}, {"link", false}, {"x", false},
    {"photo", false}, {"photos", false}, {"image", false}, {"images", false},
    {"picture", false}, {"pictures", false}, {"video", false}, {"videos", false},
    {"all", false}, {"more", false}, {"reading", false}, {"below", false}, {"above", false},
    {"top", false}, {"home", false}, {"about", false}, {"these", false}, {"it", false},
    {"your", false}, {"friends", false}, {"opens", false}, {"new", false}, {"window", false},
    {"tab", false}, {"daily", false}, {"weekly", false}, {"alerts", false},
    {"updates", false}, {"latest", false}, {"news", false}, {"related", false},
    {"recommended", false}, {"most", false}, {"popular", false}, {"content", false},
    {"partner", false}, {"from", false}, {"and", false}, {"or", false}, {"of", false},
    {"audio", false}, {"article's", false}, {"story's", false}, {"options", false},
};

/* Teaser label words; triggers name the teaser ("Recommended", "Related"). */
static const vocab_word teaser_words[] = {
    {"recommended", true}, {"related", true}, {"see", true}, {"read", true},
    {"trending", true}, {"popular", true}, {"watch", true}, {"listen", true},
    {"sponsored", true}, {"advertisement", true}, {"further", true}, {"picks", true},
    {"pick", true}, {"promoted", true}, {"suggested", true}, {"miss", true}, {"more", true},
    {"also", false}, {"must", false}, {"don't", false}, {"dont", false}, {"most", false},
    {"viewed", false}, {"coverage", false}, {"stories", false}, {"story", false},
    {"articles", false}, {"article", false}, {"reading", false}, {"editor's", false},
    {"editors'", false}, {"editors", false}, {"top", false}, {"videos", false},
    {"video", false}, {"photos", false}, {"you", false}, {"may", false}, {"might", false},
    {"like", false}, {"from", false}, {"our", false}, {"partners", false}, {"other", false},
    {"news", false}, {"on", false}, {"this", false}, {"topic", false}, {"content", false},
};

/* -1: not in the vocabulary; 0: glue/object; 1: trigger. */
static int vocab_lookup(const vocab_word *v, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i].word, w))
            return v[i].trigger ? 1 : 0;
    return -1;
}

/* Bytes of the separator (a character that is no part of a word) at j, or
 * 0 when a word character starts there. Word characters: ASCII letters,
 * digits, apostrophes (also U+2019), hyphens, and non-ASCII letters.
 * Separators: other ASCII, Latin-1 punctuation and spaces (C2 xx), general
 * punctuation (U+2000–U+206F: dashes, curly quotes, bullets), arrows and
 * geometric shapes (U+2190–U+25FF). */
static size_t separator_len(const char *s, size_t len, size_t j)
{
    unsigned char c = (unsigned char)s[j];
    if (c < 0x80) {
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '\'' || c == '-';
        return word ? 0 : 1;
    }
    unsigned char c1 = j + 1 < len ? (unsigned char)s[j + 1] : 0;
    unsigned char c2 = j + 2 < len ? (unsigned char)s[j + 2] : 0;
    if (c == 0xC2 && c1)
        return 2;
    if (c == 0xE2 && c1 == 0x80 && c2 == 0x99)
        return 0; /* ’ */
    if (c == 0xE2 && c2 && (c1 == 0x80 || c1 == 0x81 || (c1 >= 0x86 && c1 <= 0x97)))
        return 3;
    return 0;
}

/* Bytes of the UTF-8 character at j (1 for a stray byte). */
static size_t char_len(const char *s, size_t len, size_t j)
{
    unsigned char c = (unsigned char)s[j];
    size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return j + n <= len ? n : 1;
}

/* Next word at *i, lower-cased (ASCII) into w, with U+2019 folded to an
 * apostrophe and the multiplication/ballot X signs (×, ✕, ✖, ✗) to "x".
 * Other non-ASCII letters become '#', so the word matches no vocabulary.
 * Returns false at the end of the line. */
static bool next_word(const char *s, size_t len, size_t *i, char w[VOCAB_WORD_MAX + 1])
{
    size_t j = *i, sep;
    while (j < len && (sep = separator_len(s, len, j)))
        j += sep;
    if (j >= len) {
        *i = j;
        return false;
    }
    size_t n = 0;
    while (j < len && !separator_len(s, len, j)) {
        unsigned char c = (unsigned char)s[j];
        size_t step = char_len(s, len, j);
        char out;
        if (step == 3 && c == 0xE2 && (unsigned char)s[j + 1] == 0x80)
            out = '\''; /* ’ */
        else if ((step == 2 && c == 0xC3 && (unsigned char)s[j + 1] == 0x97) ||
                 (step == 3 && c == 0xE2 && (unsigned char)s[j + 1] == 0x9C &&
                  (unsigned char)s[j + 2] >= 0x95 && (unsigned char)s[j + 2] <= 0x97))
            out = 'x';
        else if (c >= 0x80)
            out = '#';
        else
            out = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : (char)c;
        if (n < VOCAB_WORD_MAX)
            w[n++] = out;
        else
            w[0] = '#'; /* too long for any vocabulary word */
        j += step;
    }
    w[n] = '\0';
    *i = j;
    return true;
}

static bool all_digits(const char *w)
{
    if (!*w)
        return false;
    for (; *w; w++)
        if (*w < '0' || *w > '9')
            return false;
    return true;
}

/* Interface line: short, every word in the vocabulary, one trigger. */
static bool is_interface_line(const char *s, size_t len)
{
    if (len > CLUTTER_MAX_BYTES)
        return false;
    char w[VOCAB_WORD_MAX + 1];
    size_t i = 0, words = 0;
    bool trigger = false;
    while (next_word(s, len, &i, w)) {
        if (++words > CLUTTER_MAX_WORDS)
            return false;
        if (all_digits(w))
            continue; /* counters: "Comments (12)" */
        int v = vocab_lookup(ui_words, sizeof ui_words / sizeof *ui_words, w);
        if (v < 0)
            return false;
        trigger |= v == 1;
    }
    /* Sentences end in a period and questions in a question mark; labels
     * do not ("Read more..." is fine). */
    size_t e = len;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e >= 2 && s[e - 1] == '.' && s[e - 2] != '.')
        return false;
    if (e >= 1 && (s[e - 1] == '?' || s[e - 1] == '!'))
        return false;
    return words > 0 && trigger;
}

/* Teaser: "Label words: linked headline". */
static bool is_teaser_line(const char *s, size_t len)
{
    const char *colon = memchr(s, ':', len < 48 ? len : 48);
    if (!colon)
        return false;
    size_t label_len = (size_t)(colon - s);
    char w[VOCAB_WORD_MAX + 1];
    size_t i = 0, words = 0;
    bool trigger = false;
    while (next_word(s, label_len, &i, w)) {
        if (++words > TEASER_LABEL_MAX_WORDS)
            return false;
        int v = vocab_lookup(teaser_words, sizeof teaser_words / sizeof *teaser_words, w);
        if (v < 0)
            return false;
        trigger |= v == 1;
    }
    if (!trigger)
        return false;
    return nm_text_word_count(colon + 1, len - label_len - 1) <= TEASER_MAX_WORDS;
}

/* Only markup tags (an embed left as "<tweet …><tweet/>.") or one URL. */
static bool is_markup_or_url_line(const char *s, size_t len)
{
    size_t b = 0, e = len;
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        b++;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '.'))
        e--;
    if (b == e)
        return false;
    if (s[b] == '<' && s[e - 1] == '>') {
        /* every character outside <...> must be space */
        bool in_tag = false;
        for (size_t k = b; k < e; k++) {
            if (s[k] == '<')
                in_tag = true;
            else if (s[k] == '>')
                in_tag = false;
            else if (!in_tag && s[k] != ' ')
                return false;
        }
        return true;
    }
    bool url = (e - b > 8 && (!strncmp(s + b, "http://", 7) || !strncmp(s + b, "https://", 8))) ||
               (e - b > 4 && !strncmp(s + b, "www.", 4));
    if (!url)
        return false;
    for (size_t k = b; k < e; k++)
        if (s[k] == ' ' || s[k] == '\t')
            return false;
    return true;
}

bool nm_text_line_is_clutter(const char *s, size_t len)
{
    return is_interface_line(s, len) || is_teaser_line(s, len) ||
           is_markup_or_url_line(s, len);
}

size_t nm_text_bullet_len(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t marker = 0;
    if (i < len && (s[i] == '*' || s[i] == '-'))
        marker = 1;
    else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xA2 || (unsigned char)s[i + 2] == 0xA3))
        marker = 3; /* • ‣ */
    else if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7)
        marker = 2; /* · */
    if (marker && i + marker < len && (s[i + marker] == ' ' || s[i + marker] == '\t')) {
        i += marker;
        while (i < len && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    return i;
}

size_t nm_text_word_count(const char *s, size_t len)
{
    size_t n = 0, i = 0;
    char w[VOCAB_WORD_MAX + 1];
    while (next_word(s, len, &i, w))
        n++;
    return n;
}

/* Most tokens of a byline are capitalised names; "and" joins them. */
#define BYLINE_MAX_WORDS 8

bool nm_text_byline(const char *s, size_t len, size_t *names_start, size_t *names_len)
{
    if (len < 5 || !(s[0] == 'B' || s[0] == 'b') || !(s[1] == 'y' || s[1] == 'Y') || s[2] != ' ')
        return false;
    size_t b = 3, e = len;
    /* the names end at a separator: "|", " - ", ",", " — " */
    for (size_t k = b; k < len; k++) {
        if (s[k] == '|' || s[k] == ',' || (s[k] == '-' && k > 0 && s[k - 1] == ' ') ||
            ((unsigned char)s[k] == 0xE2 && k + 2 < len && (unsigned char)s[k + 1] == 0x80 &&
             ((unsigned char)s[k + 2] == 0x94 || (unsigned char)s[k + 2] == 0x93))) {
            e = k;
            break;
        }
    }
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e <= b)
        return false;
    size_t words = 0;
    size_t i = b;
    while (i < e) {
        while (i < e && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < e && s[i] != ' ')
            i++;
        if (i == w)
            break;
        words++;
        bool cap = s[w] >= 'A' && s[w] <= 'Z';
        bool joiner = (i - w == 3 && !strncmp(s + w, "and", 3)) || (i - w == 1 && s[w] == '&');
        if (!cap && !joiner && (unsigned char)s[w] < 0x80)
            return false;
    }
    if (words == 0 || words > BYLINE_MAX_WORDS)
        return false;
    *names_start = b;
    *names_len = e - b;
    return true;
}
