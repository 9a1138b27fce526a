/* Segmentation: paragraphs, then tokens, then sentences over the tokens.
 * One pass over the bytes per stage; no backtracking beyond a few tokens. */
#include "segment.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- */
/* Code point classes                                                 */
/* ---------------------------------------------------------------- */

static int32_t decode_at(const char *s, size_t len, size_t i, size_t *next)
{
    if (i >= len) {
        *next = len;
        return -1;
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *next = i + 1;
        return c;
    }
    size_t j = i;
    int32_t cp = nm_utf8_decode(s, len, &j);
    *next = j;
    return cp;
}

static inline bool ascii_alnum(unsigned c)
{
    return (c | 32) - 'a' < 26 || c - '0' < 10;
}

static inline bool is_space(int32_t c)
{
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0x1680;
}

static bool is_word_char(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c < 0)
        return false;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

static bool is_letter(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return is_word_char(c) && utf8proc_category(c) <= UTF8PROC_CATEGORY_LO &&
           utf8proc_category(c) >= UTF8PROC_CATEGORY_LU;
}

static bool is_upper(int32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    if (c < 0)
        return false;
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static bool is_apostrophe(int32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

static bool is_hyphen(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

static bool is_quote_mark(int32_t c)
{
    switch (c) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019:
    case 0x201E: case 0x201A: case 0x201F: case 0x201B: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
        return true;
    default:
        return false;
    }
}

/* ---------------------------------------------------------------- */
/* Abbreviations                                                      */
/* ---------------------------------------------------------------- */

/* Titles before a name: their period never ends a sentence. */
static const char *const TITLE_ABBREVS[] = {
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps",
    "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
    "Rev", "Fr", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Gens",
    "Sec", "Brig", "Cdr", "Msgr", "Sr", "Jr", NULL};
/* Other abbreviations: their period ends a sentence only before a word
 * that typically starts one ("... Inc. The company"). */
static const char *const OTHER_ABBREVS[] = {
    "St", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "vs", "etc", "approx",
    "No", "Nos", "Vol", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Est", "est",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    "Calif", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex", "Va",
    "Wash", "Wis", "Conn", "Ariz", "Colo", "Ky", "La", "Md", "Mo", "Nev", "Okla",
    "Ore", "Ga", "Ala", "Ark", "Del", "Kan", "Neb", "Vt", "Wyo", "Pa", "Mont", "Ind", "cf", "al",
    "p", "pp", "ca", "Gov't", NULL};

/* Capitalised words that usually open a sentence: after an ambiguous
 * abbreviation ("U.S.", "Inc.", an initial) they mark a sentence end. */
static const char *const SENTENCE_OPENERS[] = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She",
    "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But",
    "And", "Or", "So", "Yet", "Then", "However", "Meanwhile", "In", "On", "At",
    "For", "With", "From", "By", "To", "As", "If", "When", "While", "After",
    "Before", "Since", "Although", "Though", "Because", "There", "Here", "What",
    "Who", "Which", "Where", "Why", "How", "Some", "Many", "Most", "All", "Both",
    "Each", "Even", "Still", "Also", "Now", "Such", "Not", "One", "Another",
    "Other", "According", "Indeed", "Thus", "Instead", "Officials", "Experts",
    NULL};

/* The three lists above in one hash table, built once: a word's kinds are
 * found with one hash instead of a scan of every list. */
enum word_kind { WK_TITLE = 1, WK_OTHER = 2, WK_OPENER = 4 };
/* Slots of the table: a power of two, at least twice the words listed. */
#define SEG_WORD_SLOTS 512

typedef struct word_slot {
    const char *word;
    unsigned char len, kinds;
} word_slot;

static word_slot g_words[SEG_WORD_SLOTS];
/* 1 for the ASCII letters and digits, by byte value (built with g_words). */
static unsigned char g_alnum[256];
static pthread_once_t g_words_once = PTHREAD_ONCE_INIT;

static size_t word_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h & (SEG_WORD_SLOTS - 1);
}

static void add_words(const char *const *list, unsigned char kind)
{
    for (size_t k = 0; list[k]; k++) {
        size_t n = strlen(list[k]);
        size_t i = word_hash(list[k], n);
        while (g_words[i].word && !(g_words[i].len == n && !memcmp(g_words[i].word, list[k], n)))
            i = (i + 1) & (SEG_WORD_SLOTS - 1);
        g_words[i].word = list[k];
        g_words[i].len = (unsigned char)n;
        g_words[i].kinds |= kind;
    }
}

static void build_words(void)
{
    for (unsigned c = 0; c < 0x80; c++)
        g_alnum[c] = ascii_alnum(c);
    add_words(TITLE_ABBREVS, WK_TITLE);
    add_words(OTHER_ABBREVS, WK_OTHER);
    add_words(SENTENCE_OPENERS, WK_OPENER);
}

/* Kinds (enum word_kind bits) of the word s[0..n); 0 when listed nowhere. */
static unsigned word_kinds(const char *s, size_t n)
{
    if (n > 16)
        return 0; /* every listed word is short */
    for (size_t i = word_hash(s, n); g_words[i].word; i = (i + 1) & (SEG_WORD_SLOTS - 1))
        if (g_words[i].len == n && !memcmp(g_words[i].word, s, n))
            return g_words[i].kinds;
    return 0;
}

/* Kinds of abbreviation tokens, for the sentence splitter. */
enum abbrev_kind { ABBR_NONE = 0, ABBR_TITLE, ABBR_OTHER };

/* ---------------------------------------------------------------- */
/* Growable arrays in the arena                                       */
/* ---------------------------------------------------------------- */

typedef struct seg_state {
    nm_arena *arena;
    const char *text;
    size_t len;
    nm_segments *out;
    size_t cap_paras, cap_sents, cap_toks;
    unsigned char *abbr; /* abbrev kind per token (parallel to toks) */
} seg_state;

/* Initial capacities; arrays double as needed. */
#define SEG_INITIAL_TOKENS 256
#define SEG_INITIAL_SENTS 32
#define SEG_INITIAL_PARAS 16
/* Bytes per token / sentence used to pre-size the arrays (under-estimates
 * of typical news text, so one allocation usually suffices). */
#define SEG_BYTES_PER_TOKEN 6
#define SEG_BYTES_PER_SENTENCE 100
/* Slack added to those estimates for short texts. */
#define SEG_SLACK_TOKENS 256
#define SEG_SLACK_SENTS 32

static bool grow(nm_arena *arena, void **arr, size_t *cap, size_t n, size_t elem, size_t initial)
{
    if (n < *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : initial;
    void *p = nm_arena_realloc(arena, *arr, *cap * elem, nc * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = nc;
    return true;
}

static inline bool push_token(seg_state *st, size_t start, size_t end, unsigned flags, enum abbrev_kind ak)
{
    nm_segments *o = st->out;
    size_t old_cap = st->cap_toks;
    if (!grow(st->arena, (void **)&o->toks, &st->cap_toks, o->n_toks, sizeof(nm_token),
              SEG_INITIAL_TOKENS))
        return false;
    if (st->cap_toks != old_cap) {
        unsigned char *a = nm_arena_realloc(st->arena, st->abbr, old_cap, st->cap_toks);
        if (!a)
            return false;
        st->abbr = a;
    }
    nm_token *t = &o->toks[o->n_toks];
    t->start = start;
    t->end = end;
    t->flags = flags;
    t->sent = 0;
    st->abbr[o->n_toks] = (unsigned char)ak;
    o->n_toks++;
    return true;
}

/* ---------------------------------------------------------------- */
/* Paragraphs                                                         */
/* ---------------------------------------------------------------- */

static bool line_is_blank(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

static bool push_para(seg_state *st, size_t a, size_t b)
{
    const char *s = st->text;
    /* trim ASCII and Unicode spaces */
    while (a < b) {
        size_t nx;
        int32_t c = decode_at(s, b, a, &nx);
        if (!is_space(c))
            break;
        a = nx;
    }
    while (b > a) {
        size_t k = b - 1;
        while (k > a && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        size_t nx;
        int32_t c = decode_at(s, b, k, &nx);
        if (!is_space(c))
            break;
        b = k;
    }
    if (a >= b)
        return true;
    nm_segments *o = st->out;
    if (!grow(st->arena, (void **)&o->paras, &st->cap_paras, o->n_paras, sizeof(nm_range),
              SEG_INITIAL_PARAS))
        return false;
    o->paras[o->n_paras].start = a;
    o->paras[o->n_paras].end = b;
    o->n_paras++;
    return true;
}

/* Blank lines split paragraphs; without any blank line, every line does. */
static bool split_paragraphs(seg_state *st)
{
    const char *s = st->text;
    size_t len = st->len;
    bool has_blank = false;
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(s + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - s) : len;
        if (nl && line_is_blank(s, ls, le) && ls > 0) {
            has_blank = true;
            break;
        }
        ls = le + 1;
    }
    size_t para_start = 0;
    for (size_t ls = 0; ls <= len;) {
        const char *nl = ls < len ? memchr(s + ls, '\n', len - ls) : NULL;
        size_t le = nl ? (size_t)(nl - s) : len;
        bool split = has_blank ? line_is_blank(s, ls, le) : true;
        if (split || !nl) {
            size_t end = (split && has_blank) ? ls : le;
            if (!push_para(st, para_start, end))
                return false;
            para_start = le + 1;
        }
        if (!nl)
            break;
        ls = le + 1;
    }
    return true;
}

/* ---------------------------------------------------------------- */
/* Tokens                                                             */
/* ---------------------------------------------------------------- */

/* Length of an ellipsis at i: "...", ". . ." (any count >= 3 of dots
 * separated by single spaces) or "…"; 0 when none. */
static size_t ellipsis_len(const char *s, size_t end, size_t i)
{
    if (i + 3 <= end && !memcmp(s + i, "\xE2\x80\xA6", 3))
        return 3;
    if (s[i] != '.')
        return 0;
    size_t j = i, dots = 0, last_dot = i;
    while (j < end && s[j] == '.') {
        dots++;
        last_dot = j;
        j++;
        if (j + 1 < end && s[j] == ' ' && s[j + 1] == '.')
            j++;
    }
    return dots >= 3 ? last_dot + 1 - i : 0;
}

/* Scan a word starting at i; returns its end and sets *dotted when it is a
 * dotted abbreviation body like "U.S" (final period not included). */
static size_t scan_word(const char *s, size_t end, size_t i, bool *dotted, bool *poss_next)
{
    *dotted = false;
    *poss_next = false;
    size_t j = i, seg_chars = 0;
    bool all_single = true; /* every dot-separated part so far is one letter */
    int32_t prev = -1;
    for (;;) {
        /* ASCII letters and digits: the common case, one table look-up a byte */
        size_t run = j;
        while (j < end && g_alnum[(unsigned char)s[j]])
            j++;
        if (j > run) {
            prev = (unsigned char)s[j - 1];
            seg_chars += j - run;
        }
        size_t nx;
        int32_t c = decode_at(s, end, j, &nx);
        if (c >= 0x80 && is_word_char(c)) {
            prev = c;
            seg_chars++;
            j = nx;
            continue;
        }
        if (j >= end || prev < 0)
            break;
        size_t nx2;
        int32_t c2 = decode_at(s, end, nx, &nx2);
        if (is_hyphen(c) && is_word_char(c2)) {
            j = nx;
            seg_chars = 0;
            all_single = false;
            continue;
        }
        if (is_apostrophe(c) && is_letter(prev) && is_letter(c2)) {
            /* "’s" at the end of the word is split off */
            size_t nx3;
            int32_t c3 = decode_at(s, end, nx2, &nx3);
            if ((c2 == 's' || c2 == 'S') && !is_word_char(c3)) {
                *poss_next = true;
                break;
            }
            j = nx;
            seg_chars = 0;
            all_single = false;
            continue;
        }
        if ((c == '.' || c == ',') && is_digit(prev) && is_digit(c2)) {
            j = nx;
            continue;
        }
        if (c == '.' && is_letter(prev) && is_letter(c2) && seg_chars == 1 && all_single) {
            /* "U.S": next part must be one letter followed by '.' */
            size_t nx3;
            int32_t c3 = decode_at(s, end, nx2, &nx3);
            if (c3 == '.') {
                *dotted = true;
                j = nx;
                seg_chars = 0;
                continue;
            }
        }
        if (c == '.' && seg_chars != 1)
            all_single = false;
        break;
    }
    return j;
}

static bool tokenize_para(seg_state *st, size_t a, size_t b)
{
    const char *s = st->text;
    bool space_before = true;
    size_t i = a;
    while (i < b) {
        if (s[i] == ' ' || s[i] == '\n') { /* ASCII spacing: the common case */
            space_before = true;
            if (st->out->n_toks && st->out->toks[st->out->n_toks - 1].end == i)
                st->out->toks[st->out->n_toks - 1].flags |= NM_TOK_SPACE_AFTER;
            while (++i < b && (s[i] == ' ' || s[i] == '\n'))
                ;
            continue;
        }
        size_t nx;
        int32_t c = decode_at(s, b, i, &nx);
        if (is_space(c)) {
            space_before = true;
            if (st->out->n_toks && st->out->toks[st->out->n_toks - 1].end == i)
                st->out->toks[st->out->n_toks - 1].flags |= NM_TOK_SPACE_AFTER;
            i = nx;
            continue;
        }
        unsigned sb = space_before ? NM_TOK_SPACE_BEFORE : 0;
        space_before = false;
        if (c < 0x80 ? ascii_alnum((unsigned)c) : is_word_char(c)) {
            bool dotted, poss;
            size_t we = scan_word(s, b, i, &dotted, &poss);
            unsigned fl = NM_TOK_WORD | sb;
            if (is_upper(c))
                fl |= NM_TOK_CAP;
            else if (is_digit(c))
                fl |= NM_TOK_DIGIT;
            enum abbrev_kind ak = ABBR_NONE;
            if (!poss && we < b && s[we] == '.' && ellipsis_len(s, b, we) == 0) {
                size_t wl = we - i;
                bool single_upper = is_upper(c) && nx == we;
                unsigned kinds = word_kinds(s + i, wl);
                if (kinds & WK_TITLE)
                    ak = ABBR_TITLE;
                else if (dotted || single_upper || (kinds & WK_OTHER))
                    ak = ABBR_OTHER;
                if (ak != ABBR_NONE) {
                    we++;
                    fl |= NM_TOK_ABBREV;
                }
            }
            if (fl & NM_TOK_CAP) {
                /* all capitals: at least two letters and no lower case */
                size_t k = i, letters = 0;
                bool lower = false;
                while (k < we && !lower) {
                    unsigned char ch = (unsigned char)s[k];
                    if (ch < 0x80) { /* ASCII: no decoding */
                        letters += (unsigned)((ch | 32) - 'a') < 26u;
                        lower = (unsigned)(ch - 'a') < 26u;
                        k++;
                        continue;
                    }
                    size_t kn;
                    int32_t ck = decode_at(s, we, k, &kn);
                    if (is_letter(ck)) {
                        letters++;
                        if (!is_upper(ck))
                            lower = true;
                    }
                    k = kn;
                }
                if (letters >= 2 && !lower)
                    fl |= NM_TOK_ALLCAPS;
            }
            if (!push_token(st, i, we, fl, ak))
                return false;
            i = we;
            if (poss) { /* apostrophe + s */
                size_t ap_end;
                decode_at(s, b, i, &ap_end);
                size_t ps = i;
                i = ap_end + 1;
                if (!push_token(st, ps, i, NM_TOK_WORD | NM_TOK_POSS, ABBR_NONE))
                    return false;
            }
            continue;
        }
        size_t el = ellipsis_len(s, b, i);
        if (el) {
            if (!push_token(st, i, i + el, NM_TOK_PUNCT | NM_TOK_ELLIPSIS | sb, ABBR_NONE))
                return false;
            i += el;
            continue;
        }
        unsigned fl = NM_TOK_PUNCT | sb;
        if (is_quote_mark(c))
            fl |= NM_TOK_QUOTE;
        if (!push_token(st, i, nx, fl, ABBR_NONE))
            return false;
        i = nx;
    }
    if (st->out->n_toks && st->out->toks[st->out->n_toks - 1].end <= b)
        st->out->toks[st->out->n_toks - 1].flags |= NM_TOK_SPACE_AFTER;
    return true;
}

/* ---------------------------------------------------------------- */
/* Sentences                                                          */
/* ---------------------------------------------------------------- */

static bool tok_char(const seg_state *st, const nm_token *t, char c)
{
    return t->end == t->start + 1 && st->text[t->start] == c;
}

static bool is_closing(const seg_state *st, const nm_token *t)
{
    if (t->flags & NM_TOK_SPACE_BEFORE)
        return false;
    if (t->flags & NM_TOK_QUOTE)
        return true;
    return tok_char(st, t, ')') || tok_char(st, t, ']');
}

static bool is_terminal(const seg_state *st, const nm_token *t)
{
    return tok_char(st, t, '.') || tok_char(st, t, '!') || tok_char(st, t, '?') ||
           (t->flags & NM_TOK_ELLIPSIS);
}

/* First word token at or after k (skipping opening quotes/brackets), or n. */
static size_t next_word(const seg_state *st, size_t k, size_t n)
{
    const nm_token *toks = st->out->toks;
    for (size_t j = k; j < n && j < k + 3; j++)
        if (toks[j].flags & NM_TOK_WORD)
            return j;
    return n;
}

static bool push_sentence(seg_state *st, size_t para, size_t t0, size_t t1)
{
    if (t0 >= t1)
        return true;
    nm_segments *o = st->out;
    if (!grow(st->arena, (void **)&o->sents, &st->cap_sents, o->n_sents, sizeof(nm_sentence),
              SEG_INITIAL_SENTS))
        return false;
    nm_sentence *se = &o->sents[o->n_sents];
    se->start = o->toks[t0].start;
    se->end = o->toks[t1 - 1].end;
    se->para = para;
    se->tok_start = t0;
    se->tok_end = t1;
    o->toks[t0].flags |= NM_TOK_SENT_START;
    bool first_word = true;
    for (size_t k = t0; k < t1; k++) {
        o->toks[k].sent = (uint32_t)o->n_sents;
        if (first_word && (o->toks[k].flags & NM_TOK_WORD)) {
            o->toks[k].flags |= NM_TOK_FIRST_WORD;
            first_word = false;
        }
    }
    o->n_sents++;
    return true;
}

/* Does a sentence end after token k (with closers up to j)? */
static bool ends_sentence(const seg_state *st, size_t k, size_t j, size_t n)
{
    const nm_token *toks = st->out->toks;
    if (j >= n)
        return true; /* paragraph end: the caller closes anyway */
    const nm_token *nt = &toks[j];
    if (!(nt->flags & NM_TOK_SPACE_BEFORE) && !(toks[j - 1].flags & NM_TOK_QUOTE))
        return false; /* "3.2", "Jeb!," glued to what follows */
    size_t w = next_word(st, j, n);
    bool opener_punct = !(nt->flags & NM_TOK_WORD);
    if (w >= n)
        return opener_punct && (tok_char(st, nt, '(') || tok_char(st, nt, '[') ||
                                (nt->flags & NM_TOK_QUOTE));
    const nm_token *wt = &toks[w];
    bool cap = (wt->flags & NM_TOK_CAP) || (wt->flags & NM_TOK_DIGIT && opener_punct);
    if (!cap)
        return false;
    unsigned ak = st->abbr[k];
    if (ak == ABBR_TITLE)
        return false;
    if (ak == ABBR_OTHER)
        return opener_punct ||
               (word_kinds(st->text + wt->start, wt->end - wt->start) & WK_OPENER);
    return true;
}

static bool split_sentences(seg_state *st, size_t para, size_t t0, size_t t1)
{
    const nm_token *toks = st->out->toks;
    size_t start = t0;
    for (size_t k = t0; k < t1; k++) {
        bool term = is_terminal(st, &toks[k]) || st->abbr[k] != ABBR_NONE;
        if (!term)
            continue;
        size_t j = k + 1;
        /* further terminal marks and closing quotes/brackets stay with it */
        while (j < t1 && (is_closing(st, &toks[j]) ||
                          (is_terminal(st, &toks[j]) &&
                           !(toks[j].flags & NM_TOK_SPACE_BEFORE))))
            j++;
        if (j < t1 && ends_sentence(st, k, j, t1)) {
            if (!push_sentence(st, para, start, j))
                return false;
            start = j;
            k = j - 1;
        }
    }
    return push_sentence(st, para, start, t1);
}

/* ---------------------------------------------------------------- */

nm_status nm_segment(const char *text, size_t len, nm_arena *arena, nm_segments *out)
{
    memset(out, 0, sizeof *out);
    if (!text || !len)
        return NM_OK;
    pthread_once(&g_words_once, build_words);
    seg_state st = {.arena = arena, .text = text, .len = len, .out = out};
    /* size the arrays from the text length so they rarely grow (the arena
     * zeroes all it hands out, so no more than needed): news text averages
     * one token per 6-8 bytes and one sentence per 150-170; denser texts
     * grow the arrays once or twice */
    if (!grow(arena, (void **)&out->toks, &st.cap_toks, 0, sizeof(nm_token),
              len / SEG_BYTES_PER_TOKEN + SEG_SLACK_TOKENS) ||
        !(st.abbr = nm_arena_alloc(arena, st.cap_toks)) ||
        !grow(arena, (void **)&out->sents, &st.cap_sents, 0, sizeof(nm_sentence),
              len / SEG_BYTES_PER_SENTENCE + SEG_SLACK_SENTS))
        return NM_ERR_NOMEM;
    if (!split_paragraphs(&st))
        return NM_ERR_NOMEM;
    for (size_t p = 0; p < out->n_paras; p++) {
        size_t t0 = out->n_toks;
        if (!tokenize_para(&st, out->paras[p].start, out->paras[p].end))
            return NM_ERR_NOMEM;
        if (!split_sentences(&st, p, t0, out->n_toks))
            return NM_ERR_NOMEM;
    }
    return NM_OK;
}

size_t nm_segment_token_at(const nm_segments *seg, size_t offset)
{
    size_t lo = 0, hi = seg->n_toks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (seg->toks[mid].end <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool nm_token_is(const char *text, const nm_token *t, const char *s)
{
    size_t n = t->end - t->start;
    /* strncmp stops at the end of s; s[n] must then be its end too */
    return text[t->start] == s[0] && !strncmp(text + t->start, s, n) && s[n] == '\0';
}

/* ---------------------------------------------------------------- */
/* Clause slots                                                       */
/* ---------------------------------------------------------------- */

/* Most tokens of an apposition skipped between a subject and its verb
 * ("Lavrov, the foreign minister, said"). */
#define SEG_APPOS_MAX_TOKENS 12

static const char *const PREPOSITIONS[] = {
    "with", "to", "by", "from", "for", "at", "on", "in", "of", "about", "against",
    "between", "among", "toward", "towards", "into", "onto", "over", "under", "without",
    "via", "including", "alongside", "beside", "behind", "than", "like", "upon",
    "after", "before", "since", "near", "per", "unlike", "despite", "through", NULL};

/* Words after which a clause (and so a subject) starts. */
static const char *const CLAUSE_OPENERS[] = {
    "and", "but", "or", "while", "when", "as", "because", "although", "though", "if",
    "that", "whereas", "so", "then", "where", "after", "before", "since", "until",
    "once", "unless", "yet", NULL};

/* Lower-case words that are not verbs, so they cannot follow a subject. */
static const char *const NOT_VERBS[] = {
    "of", "and", "or", "in", "at", "on", "for", "to", "with", "the", "a", "an", "who",
    "which", "whose", "from", "by", "as", "than", "but", "nor", "that", "this", NULL};

static bool tok_in_list(const char *text, const nm_token *t, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (nm_token_is(text, t, list[i]))
            return true;
    return false;
}

static bool is_verb_like(const char *text, const nm_token *t)
{
    unsigned f = t->flags;
    if (!(f & NM_TOK_WORD) || (f & (NM_TOK_CAP | NM_TOK_DIGIT)))
        return false;
    if (f & NM_TOK_POSS) /* "he’s" */
        return true;
    return !tok_in_list(text, t, NOT_VERBS);
}

static bool is_opening_mark(const char *text, const nm_token *t)
{
    if (t->flags & NM_TOK_QUOTE)
        return true;
    size_t n = t->end - t->start;
    const char *s = text + t->start;
    return n == 1 && (*s == ',' || *s == ';' || *s == ':' || *s == '(' || *s == '-');
}

nm_slot nm_segment_slot(const nm_segments *seg, const char *text, size_t start, size_t end)
{
    size_t t0 = nm_segment_token_at(seg, start);
    if (t0 >= seg->n_toks)
        return NM_SLOT_OTHER;
    size_t t1 = nm_segment_token_at(seg, end);
    const nm_sentence *se = &seg->sents[seg->toks[t0].sent];
    const nm_token *next = t1 < se->tok_end ? &seg->toks[t1] : NULL;
    if (next && (next->flags & NM_TOK_POSS))
        return NM_SLOT_OTHER; /* "Lavrov’s commitment" */
    /* the verb after the mention, past an apposition ", the minister," */
    bool verb = false;
    if (next && is_verb_like(text, next)) {
        verb = true;
    } else if (next && nm_token_is(text, next, ",")) {
        for (size_t k = t1 + 1; k < se->tok_end && k <= t1 + SEG_APPOS_MAX_TOKENS; k++)
            if (nm_token_is(text, &seg->toks[k], ",")) {
                verb = k + 1 < se->tok_end && is_verb_like(text, &seg->toks[k + 1]);
                break;
            }
    }
    if (t0 == se->tok_start)
        return verb ? NM_SLOT_SUBJECT : NM_SLOT_OTHER;
    const nm_token *prev = &seg->toks[t0 - 1];
    bool opener = is_opening_mark(text, prev) || tok_in_list(text, prev, CLAUSE_OPENERS);
    /* "After", "While" opening the sentence */
    if (!opener && t0 - 1 == se->tok_start && (prev->flags & NM_TOK_WORD)) {
        char low[16];
        size_t n = prev->end - prev->start;
        if (n < sizeof low) {
            for (size_t k = 0; k < n; k++) {
                char ch = text[prev->start + k];
                low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            low[n] = '\0';
            for (size_t i = 0; CLAUSE_OPENERS[i] && !opener; i++)
                opener = !strcmp(low, CLAUSE_OPENERS[i]);
        }
    }
    if (opener && verb)
        return NM_SLOT_SUBJECT;
    if (tok_in_list(text, prev, PREPOSITIONS))
        return NM_SLOT_OBJECT;
    return NM_SLOT_OTHER;
}
