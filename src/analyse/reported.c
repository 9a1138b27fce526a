/* Reported speech and mixed quotes: see reported.h.
 *
 * One pass over the sentences, linear in tokens. For each sentence:
 *  1. a trailing attribution ("CLAUSE, X said.", "CLAUSE, said X.",
 *     "CLAUSE, according to X.") takes the clause before its comma;
 *  2. else the first cue outside quote marks with a subject before it
 *     ("X said (that) CLAUSE", "X, a spokesman, said CLAUSE", "who said",
 *     "..., saying CLAUSE" with the sentence's subject) takes the rest of
 *     the sentence; a subject set off by commas inside the sentence
 *     ("CLAUSE, she said, CLAUSE") takes both sides;
 *     "According to X, CLAUSE" takes what follows the comma.
 * A clause that is one quoted string is a direct quote and left to
 * quotes.c; a clause holding a quoted part is MIXED. */
#include "reported.h"

#include "speakers.h"

#include "core/lexicon.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Word classes, hashed once                                           */
/* ------------------------------------------------------------------ */

enum word_class {
    W_CUE = 1 << 0,       /* first word of a cue (see cue table) */
    W_SKIP = 1 << 1,      /* adverb/auxiliary between subject and cue */
    W_STOP = 1 << 2,      /* clause word: never part of a subject */
    W_PRONOUN = 1 << 3,   /* personal pronoun: a whole subject */
    W_RELATIVE = 1 << 4,  /* "who", "which": a subject in a relative clause */
    W_BE = 1 << 5,        /* forms of "be": a cue after them is passive */
    W_ADVERBIAL = 1 << 6, /* time words allowed after a final cue */
    W_FUNCTION = 1 << 7   /* determiners, prepositions: not a subject head */
};

enum cue_class { CUE_SPEECH = 1, CUE_STANCE = 2, CUE_ACCORDING = 4 };

/* Longest cue in words ("told reporters", "according to"). */
#define CUE_MAX_WORDS 3
/* Longest word kept in the tables, in bytes; longer tokens never match. */
#define WORD_MAX 24
/* Hash slots for words (power of two; the lexicons hold ~700 words). */
#define WORD_SLOTS 4096
/* Cue phrases kept (cues.txt holds ~450). */
#define CUE_MAX 1024

typedef struct word_entry {
    char word[WORD_MAX + 1];
    unsigned classes;
    int first_cue; /* index of the first cue starting with this word, or -1 */
} word_entry;

typedef struct cue_entry {
    char words[CUE_MAX_WORDS][WORD_MAX + 1];
    int n_words;
    unsigned cls;
    int next; /* next cue with the same first word, or -1 */
} cue_entry;

static word_entry g_words[WORD_SLOTS];
static cue_entry g_cues[CUE_MAX];
static int g_n_cues;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static uint32_t hash_word(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Slot of `s` (lower case), inserting it when `insert`; NULL when absent or
 * the table is full. */
static word_entry *word_slot(const char *s, size_t n, bool insert)
{
    if (n == 0 || n > WORD_MAX)
        return NULL;
    uint32_t h = hash_word(s, n) & (WORD_SLOTS - 1);
    for (size_t probe = 0; probe < WORD_SLOTS; probe++) {
        word_entry *e = &g_words[(h + probe) & (WORD_SLOTS - 1)];
        if (!e->word[0]) {
            if (!insert)
                return NULL;
            memcpy(e->word, s, n);
            e->word[n] = 0;
            e->first_cue = -1;
            return e;
        }
        if (strlen(e->word) == n && !memcmp(e->word, s, n))
            return e;
    }
    return NULL;
}

static void add_words(const char *const *list, unsigned cls)
{
    for (; *list; list++) {
        word_entry *e = word_slot(*list, strlen(*list), true);
        if (e)
            e->classes |= cls;
    }
}

/* Grammar words: closed classes of English, not topic lexicons. */
static const char *const k_skip[] = {
    "also", "has", "have", "had", "previously", "later", "then", "repeatedly",
    "recently", "publicly", "once", "often", "again", "already", "would",
    "will", "could", "may", "might", "did", "does", "do", "never", "always",
    "reportedly", "privately", "initially", "first", "last", "earlier",
    "still", "further", "simply", "flatly", "quickly", "directly", "openly",
    "bluntly", "frequently", "long", "consistently", "falsely", "wrongly",
    "correctly", "even", "just", "only", "now", "has also", "should", "must",
    "can", "specifically", "explicitly", "clearly", "firmly", "strongly",
    "widely", "generally", "largely", "mostly", "usually", "subsequently",
    "separately", "personally", "apparently", "allegedly", "instead", NULL};
static const char *const k_stop[] = {
    "that", "which", "where", "when", "while", "if", "because", "as",
    "since", "although", "though", "but", "or", "so", "after", "before",
    "until", "whether", "than", "what", "how", "why", "whom", "whose",
    "not", "to", "and", "nor", "yet", "unless", "once", "said", "says",
    "say", "told", "with", "by", "from", "about", "into", "like",
    "is", "was", "are", "were", "be", "been", "being", "am", NULL};
static const char *const k_pronoun[] = {
    "he", "she", "they", "it", "we", "i", "you", "one", NULL};
static const char *const k_relative[] = {"who", "which", NULL};
static const char *const k_be[] = {
    "is", "was", "are", "were", "be", "been", "being", "am", "get", "got",
    "gets", "getting", "become", "became", NULL};
static const char *const k_adverbial[] = {
    "on", "in", "at", "during", "last", "this", "earlier", "later", "today",
    "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "week", "month", "year", "morning",
    "afternoon", "evening", "night", "a", "an", "the", "statement",
    "interview", "email", "e-mail", "recently", "previously", "also",
    "then", "there", "here", "to", "reporters", "told", "speech", "briefing",
    "conference", "call", "telephone", "phone", "news", "press", "his",
    "her", "their", "its", "recent", "separate", "written", "emailed",
    "weekend", "ago", "days", "weeks", "months", "years", "of", "after",
    "before", NULL};
static const char *const k_function[] = {
    "the", "a", "an", "of", "to", "in", "for", "with", "on", "at", "by",
    "from", "and", "or", "but", "that", "this", "these", "those", "his",
    "her", "their", "its", "our", "my", "your", "as", "than", "into",
    "about", "over", "under", "after", "before", "not", "no", NULL};

/* Parse a cue lexicon (cues.txt, reporting_verbs.txt): "[speech]" / "[stance]" / "[according]" sections, one
 * cue per line, words separated by single spaces. */
static void load_cues(const char *name)
{
    size_t len = 0;
    const char *p = nm_lexicon_get(name, &len);
    if (!p)
        return;
    const char *end = p + len;
    unsigned cls = CUE_SPEECH;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        const char *q = p, *r = eol;
        while (q < r && (*q == ' ' || *q == '\t'))
            q++;
        while (r > q && (r[-1] == ' ' || r[-1] == '\t' || r[-1] == '\r'))
            r--;
        if (q < r && *q == '[') {
            if (r - q >= 7 && !memcmp(q, "[stance", 7))
                cls = CUE_STANCE;
            else if (r - q >= 10 && !memcmp(q, "[according", 10))
                cls = CUE_ACCORDING;
            else
                cls = CUE_SPEECH;
        } else if (q < r && *q != '#' && g_n_cues < CUE_MAX) {
            cue_entry *c = &g_cues[g_n_cues];
            memset(c, 0, sizeof *c);
            bool ok = true;
            while (q < r && ok) {
                const char *w = q;
                while (q < r && *q != ' ')
                    q++;
                size_t n = (size_t)(q - w);
                if (n > WORD_MAX || c->n_words == CUE_MAX_WORDS)
                    ok = false;
                else {
                    memcpy(c->words[c->n_words], w, n);
                    c->words[c->n_words][n] = 0;
                    c->n_words++;
                }
                while (q < r && *q == ' ')
                    q++;
            }
            word_entry *e = ok ? word_slot(c->words[0], strlen(c->words[0]), true) : NULL;
            if (e) {
                c->cls = cls;
                /* keep longer cues first so the first match is the longest */
                int *link = &e->first_cue;
                while (*link >= 0 && g_cues[*link].n_words >= c->n_words)
                    link = &g_cues[*link].next;
                c->next = *link;
                *link = g_n_cues;
                e->classes |= W_CUE;
                g_n_cues++;
            }
        }
        p = eol + 1;
    }
}

static void tables_init(void)
{
    add_words(k_skip, W_SKIP);
    add_words(k_stop, W_STOP);
    add_words(k_pronoun, W_PRONOUN);
    add_words(k_relative, W_RELATIVE);
    add_words(k_be, W_BE);
    add_words(k_adverbial, W_ADVERBIAL);
    add_words(k_function, W_FUNCTION);
    load_cues("cues");
    load_cues("reporting_verbs");
}

/* ------------------------------------------------------------------ */
/* Token helpers                                                        */
/* ------------------------------------------------------------------ */

typedef struct ctx {
    nm_article *a;
    const nm_segments *seg;
    const char *text;
    unsigned char *in_quote; /* per token: inside double quote marks */
} ctx;

/* Lower-cased token into buf (WORD_MAX + 1); its length, or 0 when the
 * token is too long or not a word. */
static size_t tok_lower(const ctx *c, size_t i, char *buf)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    if (n == 0 || n > WORD_MAX)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char ch = c->text[t->start + k];
        buf[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
    }
    buf[n] = 0;
    return n;
}

static const word_entry *tok_entry(const ctx *c, size_t i)
{
    char buf[WORD_MAX + 1];
    size_t n = tok_lower(c, i, buf);
    return n ? word_slot(buf, n, false) : NULL;
}

static unsigned tok_classes(const ctx *c, size_t i)
{
    const word_entry *e = tok_entry(c, i);
    return e ? e->classes : 0;
}

static bool tok_flag(const ctx *c, size_t i, unsigned f)
{
    return (c->seg->toks[i].flags & f) != 0;
}

static bool tok_is_char(const ctx *c, size_t i, char ch)
{
    const nm_token *t = &c->seg->toks[i];
    return t->end - t->start == 1 && c->text[t->start] == ch;
}

static bool tok_word_is(const ctx *c, size_t i, const char *w)
{
    char buf[WORD_MAX + 1];
    size_t n = tok_lower(c, i, buf);
    return n && !strcmp(buf, w);
}

/* A double quote mark token: “ ” „ ‟ « » " (and '' written as two). */
static bool tok_is_dquote(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    if (!(t->flags & NM_TOK_QUOTE))
        return false;
    const unsigned char *s = (const unsigned char *)c->text + t->start;
    size_t n = t->end - t->start;
    if (n == 1)
        return s[0] == '"' ||
               (s[0] == '\'' && i + 1 < c->seg->n_toks &&
                c->seg->toks[i + 1].start == t->end &&
                c->text[t->end] == '\'') ||
               (s[0] == '\'' && i > 0 && c->seg->toks[i - 1].end == t->start &&
                c->text[t->start - 1] == '\'');
    if (n == 2)
        return (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB));
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E || s[2] == 0x9F;
    return false;
}

/* Mark the tokens inside double quote marks, paragraph by paragraph; a
 * quote left open runs to its paragraph's end (news style for quotes that
 * go on in the next paragraph). */
static void mark_quotes(ctx *c)
{
    const nm_segments *seg = c->seg;
    size_t para = (size_t)-1;
    bool open = false;
    for (size_t i = 0; i < seg->n_toks; i++) {
        size_t p = seg->sents[seg->toks[i].sent].para;
        if (p != para) {
            para = p;
            open = false;
        }
        if (tok_is_dquote(c, i)) {
            const unsigned char *s = (const unsigned char *)c->text + seg->toks[i].start;
            bool opening, closing;
            if (s[0] == 0xE2) {
                opening = s[2] == 0x9C || s[2] == 0x9E || s[2] == 0x9F;
                closing = !opening;
            } else if (s[0] == 0xC2) {
                opening = s[1] == 0xAB;
                closing = !opening;
            } else {
                opening = !open;
                closing = open;
            }
            /* '' is two tokens: treat the pair as one mark */
            if (s[0] == '\'' && i > 0 && seg->toks[i - 1].end == seg->toks[i].start &&
                c->text[seg->toks[i].start - 1] == '\'') {
                c->in_quote[i] = 1;
                continue;
            }
            if (opening && !open) {
                open = true;
                c->in_quote[i] = 1;
                continue;
            }
            if (closing && open) {
                c->in_quote[i] = 1;
                open = false;
                /* the second half of a '' pair closes with the first */
                if (i + 1 < seg->n_toks && s[0] == '\'' &&
                    seg->toks[i + 1].start == seg->toks[i].end)
                    c->in_quote[++i] = 1;
                continue;
            }
        }
        c->in_quote[i] = open;
    }
}

/* Cue starting at token i: its length in tokens (0: none) and class. */
static size_t cue_at(const ctx *c, size_t i, size_t end, unsigned *cls)
{
    const word_entry *e = tok_entry(c, i);
    if (!e || !(e->classes & W_CUE))
        return 0;
    for (int k = e->first_cue; k >= 0; k = g_cues[k].next) {
        const cue_entry *q = &g_cues[k];
        if (i + (size_t)q->n_words > end)
            continue;
        bool ok = true;
        for (int w = 1; w < q->n_words && ok; w++)
            ok = tok_word_is(c, i + (size_t)w, q->words[w]);
        if (ok) {
            *cls = q->cls;
            return (size_t)q->n_words;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Subjects                                                             */
/* ------------------------------------------------------------------ */

static bool is_dash_tok(const ctx *c, size_t i);
static bool in_list(const char *const *list, const char *w);

/* Longest subject noun phrase, in tokens. */
#define SUBJECT_MAX_TOKENS 14
/* Longest bracketed aside inside a subject ("(D-Ga.)"), in tokens. */
#define BRACKET_MAX_TOKENS 8

static bool tok_is_word(const ctx *c, size_t i)
{
    return tok_flag(c, i, NM_TOK_WORD) || tok_flag(c, i, NM_TOK_POSS);
}

/* A lower-case word in "-ly" ("publicly", "originally"): an adverb. */
static bool is_ly_adverb(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    return n > 4 && !(t->flags & NM_TOK_CAP) && c->text[t->end - 2] == 'l' &&
           c->text[t->end - 1] == 'y';
}

/* A lower-case word in "-ed" ("raised hopes that"): a verb, not the head
 * of a subject. */
static bool is_ed_verb(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    return n > 4 && !(t->flags & NM_TOK_CAP) && c->text[t->end - 2] == 'e' &&
           c->text[t->end - 1] == 'd';
}

/* The noun phrase ending at token `end - 1`, scanning back no further than
 * `floor`: [*s, end). Words, possessives and hyphens; stops at clause words
 * and punctuation; a pronoun or relative is a whole subject. */
static bool np_before_ed(const ctx *c, size_t end, size_t floor, size_t *s, bool allow_ed);

static bool np_before(const ctx *c, size_t end, size_t floor, size_t *s)
{
    return np_before_ed(c, end, floor, s, false);
}

/* As np_before; with allow_ed an "-ed" word may end the phrase ("56
 * percent of Cuban-Americans polled said"), for cues that are never nouns. */
static bool np_before_ed(const ctx *c, size_t end, size_t floor, size_t *s, bool allow_ed)
{
    if (end <= floor)
        return false;
    size_t i = end - 1;
    /* "Rep. Hank Johnson (D-Ga.) said": the bracket belongs to the subject,
     * its head is the word before it */
    if (tok_is_char(c, i, ')') && !c->in_quote[i]) {
        size_t k = i;
        while (k > floor && i - k < BRACKET_MAX_TOKENS && !tok_is_char(c, k, '('))
            k--;
        if (!tok_is_char(c, k, '(') || k <= floor)
            return false;
        i = k - 1;
    }
    if (!tok_is_word(c, i) || c->in_quote[i])
        return false;
    unsigned cl = tok_classes(c, i);
    if (cl & (W_PRONOUN | W_RELATIVE)) {
        *s = i;
        return true;
    }
    if ((cl & (W_STOP | W_FUNCTION | W_SKIP | W_CUE)) || is_ly_adverb(c, i) ||
        (is_ed_verb(c, i) && !allow_ed))
        return false;
    size_t start = i;
    while (start > floor && end - start < SUBJECT_MAX_TOKENS) {
        size_t j = start - 1;
        if (c->in_quote[j])
            break;
        if (tok_is_char(c, j, ')')) {
            /* "Rep. Hank Johnson (D-Ga.) said": step over the brackets */
            size_t k = j;
            while (k > floor && j - k < BRACKET_MAX_TOKENS && !tok_is_char(c, k, '('))
                k--;
            if (tok_is_char(c, k, '(') && k > floor && tok_is_word(c, k - 1)) {
                start = k;
                continue;
            }
            break;
        }
        if (tok_flag(c, j, NM_TOK_PUNCT)) {
            /* hyphen or apostrophe inside a word run */
            if ((tok_is_char(c, j, '-') || tok_flag(c, j, NM_TOK_QUOTE)) &&
                !tok_flag(c, j, NM_TOK_SPACE_BEFORE) && j > floor &&
                tok_is_word(c, j - 1) && !tok_flag(c, j, NM_TOK_QUOTE)) {
                start = j;
                continue;
            }
            break;
        }
        unsigned jc = tok_classes(c, j);
        if (jc & (W_PRONOUN | W_RELATIVE))
            break;
        if (jc & W_STOP) {
            /* "Putin and Lavrov": names joined by "and" */
            if (tok_word_is(c, j, "and") && j > floor &&
                tok_flag(c, j - 1, NM_TOK_CAP) && tok_flag(c, start, NM_TOK_CAP) &&
                !tok_flag(c, j - 1, NM_TOK_FIRST_WORD)) {
                start = j;
                continue;
            }
            break;
        }
        if (jc & W_CUE)
            break;
        start = j;
    }
    /* a subject does not start with a preposition or conjunction */
    while (start < i && (tok_classes(c, start) & W_FUNCTION) &&
           !(tok_word_is(c, start, "the") || tok_word_is(c, start, "a") ||
             tok_word_is(c, start, "an") || tok_word_is(c, start, "his") ||
             tok_word_is(c, start, "her") || tok_word_is(c, start, "their") ||
             tok_word_is(c, start, "its") || tok_word_is(c, start, "this") ||
             tok_word_is(c, start, "these") || tok_word_is(c, start, "those") ||
             tok_word_is(c, start, "our") || tok_word_is(c, start, "no")))
        start++;
    *s = start;
    return true;
}

/* Longest name that opens a new attribution inside a clause, in tokens. */
#define NEW_SUBJECT_MAX_TOKENS 6

/* A contracted auxiliary: a negation ("don’t", "wouldn't", "cannot") or
 * the "’s" of "he’s" / "who’s" ("has", "is") after a pronoun. */
static bool is_contraction(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    const char *e = c->text + t->end;
    size_t n = t->end - t->start;
    if (tok_flag(c, i, NM_TOK_POSS))
        return i > 0 && (tok_classes(c, i - 1) & (W_PRONOUN | W_RELATIVE));
    if (tok_flag(c, i, NM_TOK_CAP))
        return false;
    return (n > 3 && e[-3] == 'n' && e[-2] == '\'' && e[-1] == 't') ||
           (n > 5 && e[-5] == 'n' && !memcmp(e - 4, "\xE2\x80\x99t", 4)) || tok_word_is(c, i, "cannot");
}

static bool is_aux(const ctx *c, size_t i)
{
    return (tok_classes(c, i) & W_SKIP) || is_ly_adverb(c, i) || is_contraction(c, i);
}

/* Skip adverbs and auxiliaries rightwards from `i` ("he also stated"). */
static size_t skip_aux_right(const ctx *c, size_t i, size_t e)
{
    while (i < e && tok_is_word(c, i) && !c->in_quote[i] && is_aux(c, i))
        i++;
    return i;
}

/* Skip adverbs and auxiliaries leftwards from `end` ("has also said",
 * "I don’t think"). */
static size_t skip_aux_left(const ctx *c, size_t end, size_t floor)
{
    while (end > floor && tok_is_word(c, end - 1) && !c->in_quote[end - 1] && is_aux(c, end - 1)) {
        end--;
        /* "most recently defended", "more openly said" */
        if (end > floor && is_ly_adverb(c, end) && (tok_word_is(c, end - 1, "most") || tok_word_is(c, end - 1, "more")))
            end--;
    }
    return end;
}

/* Cue words that are never nouns: the word before them ends a subject
 * even when it looks like a verb ("those polled said"). */
static const char *const k_verb_only_cues[] = {"said", "says", "say", "told", NULL};

/* Comma-delimited asides a subject may carry before its cue ("Lance Beebe,
 * 49, a Navy veteran who ..., said", "Sen. Chuck Grassley, facing a
 * challenge in Iowa, a swing state, said"). */
#define APPOSITION_MAX_SEGMENTS 4
/* Longest stretch of asides between a subject and its cue, in tokens. */
#define APPOSITION_MAX_TOKENS 45

/* Longest time phrase between a subject and its cue, in tokens ("on
 * Monday", "this past week", "earlier this year"). */
#define TIME_PHRASE_MAX_TOKENS 4

/* Skip a time phrase ending at `end - 1` leftwards ("Scott on Monday
 * announced", "Priebus this past week announced", "Trump, whose …, last
 * year proposed"), and the auxiliaries before it. */
static size_t skip_time_left(const ctx *c, size_t end, size_t floor)
{
    static const char *const time_words[] = {"on", "last", "this", "past", "next", "earlier",
                                             "early", "late", "later", "same", NULL};
    if (end <= floor + 1 || c->in_quote[end - 1] || !nm_token_is_time_word(c->text, c->seg, end - 1))
        return end;
    size_t k = end - 1;
    char w[WORD_MAX + 1];
    while (k > floor && end - k < TIME_PHRASE_MAX_TOKENS && !c->in_quote[k - 1] &&
           (nm_token_is_time_word(c->text, c->seg, k - 1) ||
            (tok_lower(c, k - 1, w) && !tok_flag(c, k - 1, NM_TOK_CAP) && in_list(time_words, w))))
        k--;
    /* "a poll released Sunday", "his Friday night show", "over the last
     * weeks": the time belongs to the phrase before it */
    if (k <= floor || is_ed_verb(c, k - 1) ||
        ((tok_classes(c, k - 1) & W_FUNCTION) && !tok_word_is(c, k - 1, "and") && !tok_word_is(c, k - 1, "but")) ||
        tok_flag(c, k - 1, NM_TOK_POSS))
        return end;
    return skip_aux_left(c, k, floor);
}

static bool subject_det(const ctx *c, size_t i);

/* Longest relative clause ending at a subject's verb ("who watched the
 * debate", "whose homes were flooded"), in tokens. */
#define RELATIVE_MAX_TOKENS 8

/* Can the phrase [s, end) be a subject by its first word? A lower-case
 * verb opening it, alone or before its object, makes the cue a noun
 * ("raising [fears]", "offered her firmest [promise]", "highlighted
 * Trump’s proposed [ban]"); an adjective in "-ed" does not ("retired
 * generals said"). */
static bool opens_subject(const ctx *c, size_t s, size_t end)
{
    if (tok_flag(c, s, NM_TOK_CAP) || !nm_token_is_verb(c->text, c->seg, s))
        return true;
    /* the end of a relative clause ("Democrats who [watched the debate]
     * said", "officials whose laws have been [invalidated] said") keeps
     * the phrase for the clause's subject */
    if (s > 0 && ((tok_classes(c, s - 1) & (W_RELATIVE | W_BE | W_SKIP)) || tok_word_is(c, s - 1, "that")))
        return true;
    if (s + 1 == end)
        return false;
    return !subject_det(c, s + 1) && !(tok_classes(c, s + 1) & W_PRONOUN) &&
           !(tok_flag(c, s + 1, NM_TOK_CAP) && s + 2 < end && tok_flag(c, s + 2, NM_TOK_POSS));
}

static bool finite_verb_at(const ctx *c, size_t v, size_t b);
static bool is_raising_word(const ctx *c, size_t i);

/* Subject of the cue at `cue`: [*s, *e). Handles "X, a spokesman, said"
 * (and several asides) by returning the whole "X, a spokesman," stretch. */
static bool subject_before(const ctx *c, size_t cue, size_t floor, size_t *s, size_t *e)
{
    size_t end = skip_aux_left(c, cue, floor);
    /* "Obama himself seemed to recognize" */
    if (end > floor + 2 && tok_word_is(c, end - 1, "to") && is_raising_word(c, end - 2))
        end = skip_aux_left(c, end - 2, floor);
    end = skip_time_left(c, end, floor);
    /* a floating quantifier stands for the subject before it ("the
     * rivals, Cruz and Rubio, have both urged", "they all said", "elders —
     * whose … — both suggested"); opening its clause it is the subject
     * ("Both agreed", "and each recognized", "…, both are") */
    if (end > floor + 1 && !c->in_quote[end - 1] &&
        (tok_word_is(c, end - 1, "both") || tok_word_is(c, end - 1, "all") || tok_word_is(c, end - 1, "each"))) {
        size_t q = end - 1, pre = skip_aux_left(c, q, floor);
        bool np_end = pre > floor && !c->in_quote[pre - 1] &&
                      ((tok_is_word(c, pre - 1) && !(tok_classes(c, pre - 1) & (W_STOP | W_FUNCTION))) ||
                       is_dash_tok(c, pre - 1) || (pre < q && tok_is_char(c, pre - 1, ',')));
        if (np_end)
            end = pre;
    }
    if (end > floor && tok_is_char(c, end - 1, ',') && !c->in_quote[end - 1]) {
        /* asides closed by a comma: walk back comma by comma to the name
         * they describe */
        size_t k = end - 1;
        size_t limit = k > floor + APPOSITION_MAX_TOKENS ? k - APPOSITION_MAX_TOKENS : floor;
        /* a description that is itself an aside ("Giovanni Vian, the
         * editor of the paper, L'Osservatore, said"): kept while a name
         * opening the clause is looked for further back */
        size_t desc_s = 0;
        for (int seg = 0; seg < APPOSITION_MAX_SEGMENTS; seg++) {
            while (k > limit) {
                k--;
                /* a quoted phrase inside an aside ("X, citing ''the magic
                 * of Trump,'' said") but not a quote before the cue */
                if (c->in_quote[k] && (seg == 0 && k + 2 >= end))
                    return false;
                if (c->in_quote[k])
                    continue;
                if (tok_is_char(c, k, ';') || tok_is_char(c, k, ':'))
                    return false;
                if (tok_is_char(c, k, ','))
                    break;
            }
            if (!tok_is_char(c, k, ',') || k <= floor)
                break;
            size_t ns;
            /* only names and descriptions take appositions, not clauses;
             * past the first aside the name must open its clause */
            if (!np_before(c, k, floor, &ns) ||
                !(tok_flag(c, ns, NM_TOK_CAP) || (tok_classes(c, ns) & (W_FUNCTION | W_PRONOUN))) ||
                !(seg == 0 || ns == floor || !tok_is_word(c, ns - 1) || (tok_classes(c, ns - 1) & W_STOP)))
                continue;
            bool name = tok_flag(c, ns, NM_TOK_CAP);
            if (seg == 0 && !name && ns > floor && tok_is_char(c, ns - 1, ',') && !c->in_quote[ns - 1]) {
                desc_s = ns;
                continue;
            }
            if (desc_s && !name)
                break;
            *s = ns;
            *e = end - 1;
            return true;
        }
        if (desc_s) {
            *s = desc_s;
            *e = end - 1;
            return true;
        }
        return false;
    }
    /* "Donald Trump - who previously said ... - said": an aside in dashes */
    if (end > floor + 2 && is_dash_tok(c, end - 1) && !c->in_quote[end - 1]) {
        size_t k = end - 1;
        while (k > floor && end - k < APPOSITION_MAX_TOKENS) {
            k--;
            if (is_dash_tok(c, k) && !c->in_quote[k])
                break;
        }
        size_t ns;
        if (is_dash_tok(c, k) && k > floor && np_before(c, k, floor, &ns) &&
            (tok_flag(c, ns, NM_TOK_CAP) || (tok_classes(c, ns) & W_FUNCTION))) {
            *s = ns;
            *e = k;
            return true;
        }
        return false;
    }
    size_t ns;
    char cw[WORD_MAX + 1];
    bool verb_only = tok_lower(c, cue, cw) && in_list(k_verb_only_cues, cw);
    if (!np_before_ed(c, end, floor, &ns, verb_only) || !opens_subject(c, ns, end))
        return false;
    /* "Officials who watched the debate said": the relative clause's
     * verb phrase belongs to the noun before it */
    size_t rel = ns, as;
    while (rel > floor + 1 && ns - rel < RELATIVE_MAX_TOKENS && !c->in_quote[rel - 1] && tok_is_word(c, rel - 1) &&
           !tok_word_is(c, rel - 1, "who") && !tok_word_is(c, rel - 1, "that") && !tok_word_is(c, rel - 1, "whose"))
        rel--;
    /* the clause's verb opens the phrase ("who watched the debate"), or
     * the relative's own ("economists who [favor] consumption taxes agree",
     * "groups that [have endorsed] him say", "officials who [spoke] with
     * The Post said") */
    bool rel_verb = nm_token_is_verb(c->text, c->seg, ns) ||
                    (rel == ns && !tok_word_is(c, rel - 1, "that") && !(tok_classes(c, rel) & W_PRONOUN)) ||
                    finite_verb_at(c, rel, end);
    if (rel > floor + 1 && ns - rel < RELATIVE_MAX_TOKENS && rel_verb &&
        !c->in_quote[rel - 1] &&
        (tok_word_is(c, rel - 1, "who") || tok_word_is(c, rel - 1, "that") || tok_word_is(c, rel - 1, "whose")) &&
        np_before(c, rel - 1, floor, &as) && !(tok_classes(c, as) & (W_PRONOUN | W_RELATIVE)))
        ns = as;
    *s = ns;
    *e = end;
    return true;
}

/* The noun phrase starting at `from` after an inverted cue or "according
 * to": up to a comma, a clause word or `end`. */
static bool np_after(const ctx *c, size_t from, size_t end, size_t *e)
{
    size_t i = from;
    while (i < end && i - from < SUBJECT_MAX_TOKENS) {
        if (c->in_quote[i] || tok_is_char(c, i, ',') || tok_is_char(c, i, ';') ||
            tok_is_char(c, i, ':') || tok_is_char(c, i, '(') ||
            tok_flag(c, i, NM_TOK_ELLIPSIS))
            break;
        if (tok_flag(c, i, NM_TOK_PUNCT) && !tok_is_char(c, i, '-') &&
            !tok_is_char(c, i, '.') && !tok_flag(c, i, NM_TOK_QUOTE))
            break;
        unsigned cl = tok_classes(c, i);
        if (i > from && (cl & W_STOP) && !tok_word_is(c, i, "and"))
            break;
        i++;
    }
    while (i > from && tok_flag(c, i - 1, NM_TOK_PUNCT))
        i--;
    if (i == from || !tok_is_word(c, from))
        return false;
    *e = i;
    return true;
}

/* Longest leading adverbial before a sentence's subject, in tokens ("At a
 * campaign event in Ames, Iowa, on Sunday, Mrs. Clinton ..."). */
#define LEADER_MAX_TOKENS 24
/* Longest dateline before a dash opening a story ("ORLANDO, Fla. (Reuters)
 * - "), in tokens. */
#define DATELINE_MAX_TOKENS 12
/* Longest subject opened by a determiner ("The senator", "Her main rival"),
 * in words. */
#define DET_SUBJECT_MAX_WORDS 6

/* Determiners that open a subject noun phrase. */
static const char *const k_determiners[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those",
    "some", "many", "most", "several", "both", "all", NULL};

static bool is_ing_word(const ctx *c, size_t i);

/* Does token i open a subject as a determiner ("the", "her", "some")? */
static bool subject_det(const ctx *c, size_t i)
{
    char w[WORD_MAX + 1];
    return tok_lower(c, i, w) && in_list(k_determiners, w);
}

/* A capitalised "-ly" adverb opening a sentence before a preposition,
 * a subordinator or a participle ("Shortly after the call ended, …",
 * "Hastily politicizing the tragedy, …"): no name ("Kelly said"). */
static bool opening_adverb(const ctx *c, size_t i, size_t b)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    if (n <= 4 || c->text[t->end - 2] != 'l' || c->text[t->end - 1] != 'y' || i + 1 >= b ||
        !tok_is_word(c, i + 1) || tok_flag(c, i + 1, NM_TOK_CAP))
        return false;
    return (tok_classes(c, i + 1) & (W_STOP | W_FUNCTION)) || is_ing_word(c, i + 1);
}

/* End of a description whose words start at token j after its opening
 * word at i ("the former Republican candidate", "Nuclear proliferation
 * experts"): words up to a clause word, an auxiliary, a cue, an adverb or
 * a verb. */
static size_t description_end(const ctx *c, size_t i, size_t j, size_t b)
{
    while (j < b && j < i + 1 + DET_SUBJECT_MAX_WORDS && !c->in_quote[j] &&
           (tok_is_word(c, j) || tok_is_char(c, j, '-')) &&
           !(tok_classes(c, j) & (W_STOP | W_SKIP | W_CUE | W_BE | W_RELATIVE)) && !is_ly_adverb(c, j) &&
           !is_contraction(c, j) &&
           /* "the retired judge": a participle right after the
            * determiner is an adjective; later it is the verb ("the
            * senator stood firm") */
           !(j > i + 1 ? nm_token_is_verb(c->text, c->seg, j) : is_ed_verb(c, j)))
        j++;
    /* a name runs on past the limit ("the American Civil Liberties Union
     * of Ohio") */
    while (j == i + 1 + DET_SUBJECT_MAX_WORDS && j < b && !c->in_quote[j] && tok_flag(c, j - 1, NM_TOK_CAP) &&
           (tok_flag(c, j, NM_TOK_CAP) || (tok_word_is(c, j, "of") && j + 1 < b && tok_flag(c, j + 1, NM_TOK_CAP))))
        j += tok_flag(c, j, NM_TOK_CAP) ? 1 : 2;
    return j;
}

/* The subject noun phrase starting at token i (before b): a pronoun, a run
 * of capitalised words, or a determiner and a few words up to a verb-like
 * word. Sets *e; false when i opens none. */
static bool subject_at(const ctx *c, size_t i, size_t b, size_t *e)
{
    if (i >= b || c->in_quote[i] || !tok_is_word(c, i))
        return false;
    unsigned cl = tok_classes(c, i);
    if (cl & W_PRONOUN) {
        *e = i + 1;
        return true;
    }
    if (subject_det(c, i)) {
        size_t j = description_end(c, i, i + 1, b);
        if (j == i + 1)
            return false;
        *e = j;
        return true;
    }
    if (!tok_flag(c, i, NM_TOK_CAP) || (cl & (W_STOP | W_FUNCTION | W_SKIP)) || opening_adverb(c, i, b) ||
        nm_token_names_no_one(c->a, c->seg, i))
        return false;
    size_t j = i;
    while (j < b && (tok_flag(c, j, NM_TOK_CAP) || tok_flag(c, j, NM_TOK_POSS) ||
                     (j > i && tok_is_char(c, j, '.') && !tok_flag(c, j, NM_TOK_SPACE_BEFORE))) &&
           !c->in_quote[j])
        j++;
    /* "Nuclear proliferation experts have …", "Republican leaders
     * said": a capitalised word opening the sentence that names no one
     * is an adjective before its noun */
    if (j == i + 1 && tok_flag(c, i, NM_TOK_FIRST_WORD) && j < b && tok_is_word(c, j) &&
        nm_speaker_person(c->a, c->seg, (nm_range){c->seg->toks[i].start, c->seg->toks[i].end}) < 0)
        j = description_end(c, i, j, b);
    *e = j;
    return true;
}

/* Does a verb (or the rest of the clause) follow the subject ending at e,
 * rather than a comma or the end ("Iowa, on Sunday" is no subject)? */
static bool verb_follows(const ctx *c, size_t e, size_t b)
{
    return e < b && tok_is_word(c, e) && !c->in_quote[e];
}

/* Is the phrase [s, e) a time phrase, or the start of one ("A few
 * minutes", "The day", "One [month]"): determiners, numbers and time
 * words, a time word at its end or right after it? */
static bool time_phrase_at(const ctx *c, size_t s, size_t e, size_t b)
{
    for (size_t k = s; k < e; k++)
        if (!subject_det(c, k) && !tok_word_is(c, k, "one") && !tok_word_is(c, k, "few") &&
            !tok_flag(c, k, NM_TOK_DIGIT) && !nm_token_is_time_word(c->text, c->seg, k))
            return false;
    return nm_token_is_time_word(c->text, c->seg, e - 1) ||
           (e < b && !c->in_quote[e] && nm_token_is_time_word(c->text, c->seg, e));
}

/* The sentence's own subject, for cues without one ("..., saying",
 * "... and said"): after a dateline ("ORLANDO (Reuters) - ") and a leading
 * adverbial set off by commas ("Last month,", "At a campaign event in Ames,
 * Iowa, on Sunday,"), a pronoun, a name or a determiner phrase followed by
 * its verb. */
static bool sentence_subject(const ctx *c, size_t a, size_t b, size_t *s, size_t *e)
{
    size_t i = a;
    while (i < b && !tok_is_word(c, i))
        i++;
    if (i >= b || c->in_quote[i])
        return false;
    /* dateline: capitalised words and brackets up to a dash */
    for (size_t k = i; k < b && k < i + DATELINE_MAX_TOKENS; k++) {
        if (is_dash_tok(c, k) || (tok_is_char(c, k, '-') && k > i && tok_is_char(c, k - 1, ')'))) {
            i = k + 1;
            while (i < b && !tok_is_word(c, i))
                i++;
            break;
        }
        if (tok_is_word(c, k) && !tok_flag(c, k, NM_TOK_CAP) && !tok_flag(c, k, NM_TOK_DIGIT))
            break;
    }
    size_t se;
    bool lead_subject = subject_at(c, i, b, &se);
    /* "A few minutes later they …", "The day before, …", "One month
     * after …": a time phrase, the subject comes after it */
    if (lead_subject && time_phrase_at(c, i, se, b)) {
        lead_subject = false;
        size_t k = se, s2;
        while (k < b && !c->in_quote[k] && tok_is_word(c, k) &&
               (nm_token_is_time_word(c->text, c->seg, k) || is_aux(c, k)))
            k++;
        if (k > se && subject_at(c, k, b, &s2) && verb_follows(c, s2, b)) {
            *s = k;
            *e = s2;
            return true;
        }
    }
    if (lead_subject && verb_follows(c, se, b)) {
        *s = i;
        *e = se;
        return true;
    }
    /* a leading adverbial: the subject is after one of its commas */
    size_t first_s = 0, first_e = 0;
    for (size_t k = i; k < b && k < i + LEADER_MAX_TOKENS; k++) {
        if (c->in_quote[k])
            return false;
        if (!tok_is_char(c, k, ','))
            continue;
        size_t j = k + 1;
        if (!subject_at(c, j, b, &se))
            continue;
        /* "in St. Clairsville, Ohio, Brenda Johnson …": a state after its
         * town is no subject ("The head of the Centre, Ina Kirsch, …" is) */
        if (!lead_subject && k > i && tok_flag(c, k - 1, NM_TOK_CAP) && tok_flag(c, j, NM_TOK_CAP) && se < b &&
            tok_is_char(c, se, ','))
            continue;
        if (verb_follows(c, se, b)) {
            *s = j;
            *e = se;
            return true;
        }
        if (first_e == 0) {
            first_s = j;
            first_e = se;
        }
    }
    if (first_e) {
        *s = first_s;
        *e = first_e;
        return true;
    }
    if (subject_at(c, i, b, &se) && !(tok_classes(c, i) & W_FUNCTION)) {
        *s = i;
        *e = se;
        return true;
    }
    return false;
}

/* The subject of a main clause joined by ", and" / ", but" / ";" between
 * `from` and the participle at i ("Protest groups say the rules are harsh,
 * and the ACLU has sued the city, saying …"): a new subject for the
 * participle even inside an earlier attribution's content. */
static bool coordinated_subject(const ctx *c, size_t from, size_t i, size_t *s, size_t *e)
{
    for (size_t k = i; k-- > from + 1;) {
        if (c->in_quote[k] || !tok_is_word(c, k))
            continue;
        size_t j = k - 1;
        bool opens = tok_is_char(c, j, ';') ||
                     ((tok_word_is(c, j, "and") || tok_word_is(c, j, "but")) && j > from && tok_is_char(c, j - 1, ','));
        size_t se;
        if (opens && !c->in_quote[j] && subject_at(c, k, i, &se) && se < i && finite_verb_at(c, se, i) &&
            !time_phrase_at(c, k, se, i)) {
            *s = k;
            *e = se;
            return true;
        }
    }
    return false;
}

/* Prepositions whose object is the subject of a participle right after
 * it ("with 30 percent of voters saying", "met by a chorus of Democrats
 * urging", "including an adviser to his campaign acknowledging"). */
static const char *const k_absolute_preps[] = {"with", "without", "by", "for", "including", NULL};
/* Links inside such an object ("an adviser to his campaign", "three in
 * 10", "Democrats and Republicans"). */
static const char *const k_absolute_inner[] = {"of", "to", "in", "at", "from", "and", "for", NULL};

/* The subject of a participle at token i in an absolute construction: the
 * noun phrase right before it, after the farthest of k_absolute_preps. */
static bool absolute_subject(const ctx *c, size_t floor, size_t i, size_t *s, size_t *e)
{
    size_t best = 0;
    char w[WORD_MAX + 1];
    /* "… for his instincts and urging": a second participle, no object's */
    if (i <= floor + 1 || tok_word_is(c, i - 1, "and"))
        return false;
    for (size_t k = i; k > floor + 1 && i - k < SUBJECT_MAX_TOKENS;) {
        k--;
        if (c->in_quote[k] || !tok_is_word(c, k) || (tok_classes(c, k) & (W_SKIP | W_BE | W_CUE)) ||
            (!tok_flag(c, k, NM_TOK_CAP) && nm_token_is_verb(c->text, c->seg, k)) ||
            ((tok_classes(c, k) & W_STOP) && !(tok_lower(c, k, w) && in_list(k_absolute_inner, w))))
            break;
        bool inner = tok_lower(c, k, w) && in_list(k_absolute_inner, w);
        if (!inner && !c->in_quote[k - 1] && tok_lower(c, k - 1, w) && in_list(k_absolute_preps, w))
            best = k;
    }
    if (!best)
        return false;
    *s = best;
    *e = i;
    return true;
}

/* Words after which a clause with its own subject may open ("…, and the
 * ACLU has sued …", "in which he continued …", "as he did by …"). */
static const char *const k_new_subject_openers[] = {"and", "but", "while", "whereas", "which", NULL};

/* Subordinators whose clause a coordinated verb may continue ("cheered
 * when Trump spotted a sign and asked …"). */
static const char *const k_clause_subordinators[] = {"when", "after", "before", "because", "since", "if",
                                                     "although", "though", "until", "once", NULL};

/* Does a finite verb stand at token v (before b): an auxiliary, a form of
 * "be", a contraction, a verb form or a cue ("Trump hewed", "he’s",
 * "the ACLU has"), not a plural noun ("House candidates")? */
static bool finite_verb_at(const ctx *c, size_t v, size_t b)
{
    if (v >= b || c->in_quote[v] || !tok_is_word(c, v))
        return false;
    return is_aux(c, v) || (tok_classes(c, v) & (W_BE | W_CUE)) || nm_token_is_verb(c->text, c->seg, v);
}

/* The subject of the clause a participle or coordinated cue at token i
 * belongs to: the nearest subject with a finite verb after `floor`, at a
 * clause opening (the floor, a comma, "and", "which" …; with `sub` a
 * subordinator too) or a relative word with no comma between it and the
 * cue ("…, but he talked more about
 * policy …, saying", "the ACLU, which released a statement questioning",
 * "who launched his campaign by declaring"). */
static bool clause_subject(const ctx *c, size_t floor, size_t i, bool sub, size_t *s, size_t *e)
{
    bool comma_after = false; /* a comma between token k and the cue */
    for (size_t k = i; k-- > floor;) {
        if (c->in_quote[k])
            continue;
        if (tok_is_char(c, k, ',') || is_dash_tok(c, k)) {
            comma_after = true;
            continue;
        }
        if (!tok_is_word(c, k))
            continue;
        /* "''…,'' said X, citing": past another speech cue lies another
         * attribution */
        char w[WORD_MAX + 1];
        if (tok_lower(c, k, w) && in_list(k_verb_only_cues, w))
            return false;
        size_t se;
        if (tok_classes(c, k) & W_RELATIVE) {
            /* "Trump, who has led in polls, held …" is Trump's clause */
            if (comma_after || tok_is_char(c, k + 1, ','))
                continue;
            se = k + 1;
        } else {
            /* "as he did by announcing" but not "as the most qualified";
             * "A few minutes later they reversed" */
            bool pronoun = (tok_classes(c, k) & W_PRONOUN) != 0;
            bool opens = k == floor || tok_is_char(c, k - 1, ',') || tok_is_char(c, k - 1, ';') ||
                         is_dash_tok(c, k - 1) ||
                         (!c->in_quote[k - 1] && tok_lower(c, k - 1, w) &&
                          (in_list(k_new_subject_openers, w) || (pronoun && !strcmp(w, "as")) ||
                           (sub && in_list(k_clause_subordinators, w)))) ||
                         (pronoun && (nm_token_is_time_word(c->text, c->seg, k - 1) ||
                                      tok_word_is(c, k - 1, "later") || tok_word_is(c, k - 1, "earlier")));
            if (!opens || !subject_at(c, k, i, &se) || time_phrase_at(c, k, se, i))
                continue;
        }
        if (se < i && finite_verb_at(c, se, i)) {
            *s = k;
            *e = se;
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Candidates                                                           */
/* ------------------------------------------------------------------ */

typedef struct out_list {
    nm_quote *q;
    nm_range *cues;
    size_t n, cap;
} out_list;

/* True when tokens [s, e) are one quoted string (a direct quote). */
static bool is_one_quote(const ctx *c, size_t s, size_t e)
{
    while (e > s && tok_flag(c, e - 1, NM_TOK_PUNCT) && !tok_is_dquote(c, e - 1))
        e--;
    if (e <= s || !tok_is_dquote(c, s))
        return false;
    for (size_t i = s; i < e; i++)
        if (!c->in_quote[i])
            return false;
    /* the first mark's quote must close at the end, not reopen inside */
    for (size_t i = s + 1; i + 1 < e; i++)
        if (tok_is_dquote(c, i) && !(i + 1 < e && tok_is_dquote(c, i + 1) &&
                                      c->seg->toks[i + 1].start == c->seg->toks[i].end) &&
            !(i > s && tok_is_dquote(c, i - 1) &&
              c->seg->toks[i - 1].end == c->seg->toks[i].start)) {
            /* a mark inside: a closing then an opening one */
            return false;
        }
    return true;
}

static bool has_dquote(const ctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (tok_is_dquote(c, i))
            return true;
    return false;
}

static size_t count_words(const ctx *c, size_t s, size_t e)
{
    size_t n = 0;
    for (size_t i = s; i < e; i++)
        n += tok_flag(c, i, NM_TOK_WORD);
    return n;
}

/* Fewest words in a reported clause ("he said no" is not worth it). */
#define CLAUSE_MIN_WORDS 2

/* Append one candidate: `frags` (arena-owned) with its cue and speaker
 * token ranges; the speaker's person is the first one named in it ("X, an
 * adviser to Obama," is X). */
static nm_status push_candidate(ctx *c, out_list *o, nm_quote_kind kind, nm_range *frags,
                                size_t nf, size_t sp_s, size_t sp_e, size_t cue_s, size_t cue_e)
{
    const nm_token *t = c->seg->toks;
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 16;
        nm_quote *q = nm_arena_realloc(c->a->arena, o->q, o->cap * sizeof *q, cap * sizeof *q);
        nm_range *r = nm_arena_realloc(c->a->arena, o->cues, o->cap * sizeof *r, cap * sizeof *r);
        if (!q || !r)
            return NM_ERR_NOMEM;
        o->q = q;
        o->cues = r;
        o->cap = cap;
    }
    nm_quote *q = &o->q[o->n];
    memset(q, 0, sizeof *q);
    q->kind = kind;
    q->frags = frags;
    q->n_frags = nf;
    q->cue = nm_arena_strndup(c->a->arena, c->text + t[cue_s].start,
                              t[cue_e - 1].end - t[cue_s].start);
    q->has_speaker = sp_e > sp_s;
    q->speaker = q->has_speaker ? (nm_range){t[sp_s].start, t[sp_e - 1].end} : (nm_range){0, 0};
    q->person = -1;
    if (q->has_speaker)
        for (size_t m = 0; m < c->a->n_mentions; m++) {
            const nm_mention *mm = &c->a->mentions[m];
            if (mm->span.start >= q->speaker.end)
                break;
            /* the first person named: "X, an adviser to Obama," is X */
            if (mm->span.end > q->speaker.start) {
                q->person = mm->person;
                break;
            }
        }
    o->cues[o->n] = (nm_range){t[cue_s].start, t[cue_e - 1].end};
    o->n++;
    return NM_OK;
}

/* One-word answers ("46 percent said yes"), which PolNeAR marks as
 * content. */
static const char *const k_answers[] = {"yes", "no", NULL};

/* Is [s, e) a lone answer word, with no second fragment? */
static bool answer_word(const ctx *c, size_t s, size_t e, bool two)
{
    char w[WORD_MAX + 1];
    return !two && e == s + 1 && tok_lower(c, s, w) && in_list(k_answers, w);
}

static nm_status emit(ctx *c, out_list *o, size_t c1s, size_t c1e, size_t c2s,
                      size_t c2e, size_t sp_s, size_t sp_e, size_t cue_s, size_t cue_e)
{
    const nm_token *t = c->seg->toks;
    size_t words = count_words(c, c1s, c1e) + (c2e > c2s ? count_words(c, c2s, c2e) : 0);
    if (words < CLAUSE_MIN_WORDS && !answer_word(c, c1s, c1e, c2e > c2s))
        return NM_OK;
    /* a direct quote on either side is quotes.c's */
    if (is_one_quote(c, c1s, c1e) && (c2e <= c2s || is_one_quote(c, c2s, c2e)))
        return NM_OK;
    size_t nf = c2e > c2s ? 2 : 1;
    nm_range *fr = nm_arena_alloc(c->a->arena, nf * sizeof *fr);
    if (!fr)
        return NM_ERR_NOMEM;
    fr[0] = (nm_range){t[c1s].start, t[c1e - 1].end};
    if (nf == 2)
        fr[1] = (nm_range){t[c2s].start, t[c2e - 1].end};
    bool mixed = has_dquote(c, c1s, c1e) || (nf == 2 && has_dquote(c, c2s, c2e));
    return push_candidate(c, o, mixed ? NM_QUOTE_MIXED : NM_QUOTE_REPORTED, fr, nf, sp_s,
                          sp_e, cue_s, cue_e);
}

/* End of the clause material of [a, b): drops final . ! ? ; : tokens. */
static size_t clause_end(const ctx *c, size_t a, size_t b)
{
    while (b > a && tok_flag(c, b - 1, NM_TOK_PUNCT) && !tok_flag(c, b - 1, NM_TOK_QUOTE))
        b--;
    return b;
}

/* First token of (a, e) that opens a new line with a capital or a digit, or
 * e: a headline or subtitle ends at its line ("Says He Will Run\nThe
 * senator said ..."), though the sentence splitter joins the lines. */
static size_t line_break_at(const ctx *c, size_t a, size_t e)
{
    const nm_token *t = c->seg->toks;
    for (size_t k = a + 1; k < e; k++)
        if (!c->in_quote[k] && (tok_flag(c, k, NM_TOK_CAP) || tok_flag(c, k, NM_TOK_DIGIT)) &&
            memchr(c->text + t[k - 1].end, '\n', t[k].start - t[k - 1].end))
            return k;
    return e;
}

/* After a final cue only adverbials may follow: time words ("he said
 * Tuesday") or a prepositional phrase ("she said in a video message to the
 * convention", "Carson said after the attacks"), up to a comma opening a
 * participle (", noting that …": the speaker's next attribution). */
#define TRAILER_MAX_TOKENS 16
/* The same without a prepositional phrase ("he said Tuesday night"). */
#define TRAILER_SHORT_TOKENS 8

/* Prepositions opening an adverbial phrase after a final speech cue
 * ("said in a video message", "said after the attacks"); not "to", "for",
 * "of", "with": those open the cue's object ("refused to …"). */
static const char *const k_trailer_preps[] = {
    "in", "at", "on", "during", "after", "before", "while", "when", "via", "outside", "from", NULL};

static bool in_list(const char *const *list, const char *w);

static bool is_ing_word(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    return tok_flag(c, i, NM_TOK_WORD) && !tok_flag(c, i, NM_TOK_CAP) && t->end - t->start > 4 &&
           !memcmp(c->text + t->end - 3, "ing", 3);
}

/* `speech`: the cue is a speech verb, which may take a longer
 * prepositional phrase. */
static bool only_adverbials(const ctx *c, size_t s, size_t e, bool speech)
{
    bool prep = false; /* inside a prepositional phrase: its object's words */
    for (size_t i = s; i < e; i++) {
        if (i - s >= (prep ? TRAILER_MAX_TOKENS : TRAILER_SHORT_TOKENS) || c->in_quote[i])
            return false;
        if (prep && tok_is_char(c, i, ',') && i + 1 < e && is_ing_word(c, i + 1))
            return true;
        if (tok_flag(c, i, NM_TOK_PUNCT))
            continue;
        unsigned cl = tok_classes(c, i);
        char w[WORD_MAX + 1];
        if (speech && tok_lower(c, i, w) && in_list(k_trailer_preps, w) &&
            (prep || (i == s || tok_flag(c, i - 1, NM_TOK_CAP) || (tok_classes(c, i - 1) & W_ADVERBIAL)))) {
            prep = true;
            continue;
        }
        if (tok_flag(c, i, NM_TOK_CAP) || (cl & W_ADVERBIAL) || tok_flag(c, i, NM_TOK_DIGIT))
            continue;
        if (prep && tok_flag(c, i, NM_TOK_WORD) && !(cl & (W_STOP | W_CUE | W_SKIP | W_PRONOUN)) &&
            !is_ing_word(c, i))
            continue;
        return false;
    }
    return true;
}

/* True when token i closes a quotation (a double mark, possibly after a
 * comma: `…,” he said` / `…”, he said`). */
static bool closes_quote_before(const ctx *c, size_t i, size_t a)
{
    while (i > a && tok_is_char(c, i - 1, ','))
        i--;
    return i > a && tok_is_dquote(c, i - 1);
}

/* True when [s, e) opens with a quotation that closes before e with only
 * an attribution after it: `“A,” X said` is a direct quote. */
static bool starts_with_quote(const ctx *c, size_t s, size_t e)
{
    while (s < e && !tok_is_word(c, s) && !tok_is_dquote(c, s))
        s++;
    return s < e && tok_is_dquote(c, s) && c->in_quote[s];
}

/* Cue forms that are rarely a reported-speech verb in news: nouns
 * ("remarks", "note"), aspect verbs ("continues") and participles used as
 * adjectives ("expected"). Grammar, not topic words. */
static const char *const k_not_reported[] = {
    "continue", "continues", "continued", "continuing", "remarks", "note",
    "tweet", "thinking", "reporting", "expected", "expecting", "knowing",
    "feeling", "wrote in", "went on", "goes on", "claim", "posted", "know",
    "knew", "respond", "maintained", "maintains", "thought", "felt",
    "mention", "add", NULL};

/* Cues whose object is the hearer: the clause follows "that" ("told
 * reporters Tuesday that ..."). */
static const char *const k_tell[] = {
    "tell", "tells", "told", "telling", "inform", "informs", "informed",
    "informing", "assure", "assures", "assured", "assuring", "remind",
    "reminds", "reminded", NULL};

static bool in_list(const char *const *list, const char *w)
{
    for (; *list; list++)
        if (!strcmp(*list, w))
            return true;
    return false;
}

/* Lower-cased text of tokens [i, i + n) joined by spaces into buf. */
static void cue_text(const ctx *c, size_t i, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = 0;
    for (size_t k = 0; k < n; k++) {
        char w[WORD_MAX + 1];
        size_t wl = tok_lower(c, i + k, w);
        if (len + wl + 2 >= cap)
            return;
        if (k)
            buf[len++] = ' ';
        memcpy(buf + len, w, wl);
        len += wl;
        buf[len] = 0;
    }
}

/* Can the words at `from` be the source after an inverted cue ("said Mr.
 * Lew", "said the official", "according to polls")? A pronoun only alone
 * at the end ("..., said he."). */
static bool inverted_subject_ok(const ctx *c, size_t from, size_t e)
{
    if (!tok_is_word(c, from) || c->in_quote[from])
        return false;
    unsigned cl = tok_classes(c, from);
    if (cl & (W_PRONOUN | W_RELATIVE))
        return from + 1 == e;
    /* "…, confirmed on Facebook Friday.", "…, concluded this year.": a
     * time or place adverbial, not a source */
    if (nm_token_is_time_word(c->text, c->seg, from) ||
        (from + 1 < e && (tok_word_is(c, from, "this") || tok_word_is(c, from, "last")) &&
         nm_token_is_time_word(c->text, c->seg, from + 1)))
        return false;
    if (tok_flag(c, from, NM_TOK_CAP) || tok_flag(c, from, NM_TOK_DIGIT))
        return !(cl & (W_STOP | W_SKIP)) || (cl & W_FUNCTION);
    if (cl & (W_STOP | W_SKIP | W_CUE) || is_ly_adverb(c, from) ||
        ((cl & W_FUNCTION) && !subject_det(c, from)))
        return false;
    return true;
}

/* Prepositions and links a subject may hold ("a source close to him",
 * "officials familiar with the talks", "Democrats and Republicans"). */
static const char *const k_np_inner[] = {
    "to", "with", "from", "about", "by", "and", "like", "into", NULL};

/* True when tokens [s, e) read as one noun phrase: words (and inner
 * hyphens, periods, possessives) with no clause word, cue or quote; it
 * opens with a name, a digit or a determiner-like word. */
static bool plain_np(const ctx *c, size_t s, size_t e)
{
    if (e <= s || !tok_is_word(c, s) || is_ly_adverb(c, s) ||
        (tok_classes(c, s) & (W_STOP | W_SKIP | W_CUE | W_RELATIVE)))
        return false;
    for (size_t i = s; i < e; i++) {
        if (c->in_quote[i])
            return false;
        if (!tok_is_word(c, i)) {
            if (tok_is_char(c, i, '-') || tok_is_char(c, i, '.') || tok_flag(c, i, NM_TOK_QUOTE))
                continue;
            return false;
        }
        unsigned cl = tok_classes(c, i);
        char w[WORD_MAX + 1];
        if ((cl & (W_CUE | W_RELATIVE)) ||
            ((cl & W_STOP) && !(tok_lower(c, i, w) && in_list(k_np_inner, w))))
            return false;
    }
    return true;
}

/* 1. "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, according to X." */
/* Longest source after an inverted cue that starts in lower case ("said
 * the official in charge of the count"), in tokens. */
#define INVERTED_LOWER_MAX_TOKENS 8

/* True when [a, comma) is "Name, apposition": capitalised words up to a
 * first comma. */
static bool opens_with_name_apposition(const ctx *c, size_t a, size_t comma)
{
    size_t i = a;
    while (i < comma && (tok_flag(c, i, NM_TOK_CAP) || tok_flag(c, i, NM_TOK_POSS) ||
                         tok_is_char(c, i, '.')) && !c->in_quote[i])
        i++;
    return i > a && i < comma && tok_is_char(c, i, ',') &&
           !(tok_classes(c, a) & (W_FUNCTION | W_SKIP | W_ADVERBIAL | W_PRONOUN));
}

/* Commas tried for a trailing attribution, from the sentence end back. */
#define FINAL_COMMAS_MAX 4

/* The attribution after the comma at `comma`, if any: inverted ("said X"
 * to the end or to X's apposition) or plain ("X said" then adverbials).
 * Returns the tokens [*sp_s, *sp_e) of the source and [*cs, *ce) of the
 * cue, or false. */
static bool attribution_after_comma(const ctx *c, size_t a, size_t comma, size_t e, size_t *sp_s,
                                    size_t *sp_e, size_t *cs, size_t *ce)
{
    unsigned cls = 0;
    size_t n = cue_at(c, comma + 1, e, &cls);
    if (n) {
        size_t from = comma + 1 + n;
        char w[WORD_MAX + 1];
        size_t wl = tok_lower(c, comma + 1, w);
        bool ing = !(cls & CUE_ACCORDING) && wl > 4 && !strcmp(w + wl - 3, "ing");
        /* "…, told The Times": a tell-cue's object is its hearer */
        if (ing || in_list(k_tell, w) || from >= e || !inverted_subject_ok(c, from, e))
            return false;
        /* "according to" is an attribution wherever it stands: its source
         * is the noun phrase after it, whatever follows ("according to a
         * survey released on Thursday", "... adviser who requested
         * anonymity") */
        if (cls & CUE_ACCORDING) {
            size_t sp_end;
            if (!np_after(c, from, e, &sp_end))
                return false;
            *sp_s = from;
            *sp_e = sp_end;
            *cs = comma + 1;
            *ce = from;
            return true;
        }
        /* the source runs to the sentence end or to a comma opening its
         * apposition ("said Lee Epstein, who teaches law") */
        size_t end = from;
        while (end < e && !tok_is_char(c, end, ',') && !c->in_quote[end])
            end++;
        while (end > from && tok_flag(c, end - 1, NM_TOK_PUNCT))
            end--;
        if (end == from || (end < e && !tok_is_char(c, end, ',')))
            return false;
        /* "Anna Berg, a spokeswoman, said the rally ...": the comma closes
         * an apposition to the sentence's subject, not a clause */
        if (!tok_flag(c, from, NM_TOK_CAP) && end - from > INVERTED_LOWER_MAX_TOKENS)
            return false;
        /* "…, said the group acted alone": a verb with its own object or
         * adverb makes the words after the cue a clause ("said a person
         * briefed on the talks" keeps its participle) */
        for (size_t k = from + 1; !tok_flag(c, from, NM_TOK_CAP) && k + 1 < end; k++)
            if (nm_token_is_verb(c->text, c->seg, k) && tok_is_word(c, k + 1) &&
                !(tok_classes(c, k + 1) & (W_FUNCTION | W_STOP)))
                return false;
        if (opens_with_name_apposition(c, a, comma))
            return false;
        /* "said an official who was briefed": the source ends at its
         * relative clause; before it, no clause word ("..., said Tuesday
         * that he ..." is a subject's apposition, then its cue) */
        for (size_t k = from; k < end; k++) {
            unsigned kc = tok_classes(c, k);
            char kw[WORD_MAX + 1];
            if (k > from && (kc & W_RELATIVE)) {
                end = k;
                break;
            }
            if ((kc & (W_SKIP | W_CUE)) && k > from)
                return false;
            if ((kc & W_STOP) && !(tok_lower(c, k, kw) && in_list(k_np_inner, kw)))
                return false;
        }
        *sp_s = from;
        *sp_e = end;
        *cs = comma + 1;
        *ce = from;
        return true;
    }
    for (size_t i = comma + 2; i < e && i < comma + 2 + SUBJECT_MAX_TOKENS; i++) {
        n = cue_at(c, i, e, &cls);
        if (!n)
            continue;
        if (cls & CUE_ACCORDING)
            return false;
        size_t s, se = skip_aux_left(c, i, comma + 1);
        if (!np_before(c, se, comma + 1, &s) || is_ing_word(c, comma + 1))
            return false; /* ", drawing a sharp reply from X" is no subject */
        /* "a source close to him said", "officials familiar with the
         * talks said": the subject may hold a prepositional phrase */
        if (s != comma + 1 && !(s > comma + 1 && plain_np(c, comma + 1, se)))
            return false;
        s = comma + 1;
        if (!only_adverbials(c, i + n, e, cls & CUE_SPEECH))
            return false;
        *sp_s = s;
        *sp_e = se;
        *cs = i;
        *ce = i + n;
        return true;
    }
    return false;
}

static bool finite_verb(const ctx *c, size_t k);

/* Longest stretch from the end of an inserted attribution's source to the
 * comma closing it ("said Ana Ruiz, an expert at the institute,"), in
 * tokens. */
#define INSERT_TAIL_MAX_TOKENS 24

static size_t skip_adverbs(const ctx *c, size_t k, size_t ce);

/* Where the clause an attribution was inserted into goes on after its
 * source ("Any reading of the law, said Ana Ruiz, an expert at the
 * institute, would find …", "His motive, according to an interview at the
 * time, was …"): the first token after a comma closing the source or its
 * aside when a finite verb comes next, else e. */
static size_t predicate_after_source(const ctx *c, size_t sp_e, size_t e)
{
    for (size_t m = sp_e; m < e && m < sp_e + INSERT_TAIL_MAX_TOKENS; m++) {
        if (c->in_quote[m] || (tok_flag(c, m, NM_TOK_PUNCT) && !tok_is_char(c, m, ',') &&
                               !tok_is_char(c, m, '.')))
            return e;
        if (!tok_is_char(c, m, ','))
            continue;
        size_t v = skip_adverbs(c, m + 1, e);
        if (v < e && finite_verb(c, v) && count_words(c, m + 1, e) >= CLAUSE_MIN_WORDS)
            return m + 1;
    }
    return e;
}

/* 1. "CLAUSE, X said." / "CLAUSE, said X, who ..." / "CLAUSE, according
 * to X." */
static nm_status final_attribution(ctx *c, out_list *o, size_t a, size_t e, bool *done)
{
    size_t k = e, tried = 0;
    while (k > a && tried < FINAL_COMMAS_MAX) {
        k--;
        if (!tok_is_char(c, k, ',') || c->in_quote[k])
            continue;
        tried++;
        size_t sp_s, sp_e, cs, ce;
        if (k == a || !attribution_after_comma(c, a, k, e, &sp_s, &sp_e, &cs, &ce))
            continue;
        *done = true;
        if (starts_with_quote(c, a, k) || closes_quote_before(c, k + 1, a))
            return NM_OK;
        /* "A, according to X, B": both sides are the content */
        size_t r = sp_e + 1;
        if (tok_word_is(c, cs, "according") && sp_e < e && tok_is_char(c, sp_e, ',') &&
            !c->in_quote[sp_e] && count_words(c, r, e) >= CLAUSE_MIN_WORDS)
            return emit(c, o, a, k, r, e, sp_s, sp_e, cs, ce);
        r = predicate_after_source(c, sp_e, e);
        if (r < e)
            return emit(c, o, a, k, r, e, sp_s, sp_e, cs, ce);
        return emit(c, o, a, k, 0, 0, sp_s, sp_e, cs, ce);
    }
    return NM_OK;
}

/* Prepositions that open an adverbial after a cue ("said in a
 * statement", "said at a rally", "said of Mr. Cruz"), not a clause. */
static const char *const k_place_time_preps[] = {
    "in", "on", "at", "during", "from", "to", "outside", "inside", "after",
    "before", "with", "for", "of", "onstage", "while", "when", "through",
    "via", "by", "into", "later", "earlier", "afterward", "afterwards",
    "as", "upon", "under", "over", "near", "behind", "amid", NULL};

/* Hearers standing between a cue and its "that" ("told me that"). */
static const char *const k_hearers[] = {
    "me", "him", "her", "us", "them", "reporters", "journalists", "supporters",
    "voters", "lawmakers", "colleagues", "members", "listeners", "viewers",
    "readers", NULL};

/* Longest stretch between a cue and a "that" opening its clause ("said in
 * an interview with The Associated Press last week that"), in tokens. */
#define THAT_WINDOW 12

/* Longest adverbial between a cue and a clause opened by a subject pronoun
 * ("said in a statement Thursday night they ..."), in tokens. */
#define ADVERBIAL_REACH 8
/* Pronouns that can only be subjects: they open a clause. */
static const char *const k_subject_pronouns[] = {"he", "she", "they", "we", "i", NULL};

/* Longest hearer of a tell-cue before a clause with no "that" ("told The
 * Star-Ledger of Newark last week she …"), in tokens. */
#define HEARER_MAX_TOKENS 8

/* Pronouns that open a clause after a hearer ("told POLITICO he planned",
 * "told the AP her group never worked"). */
static const char *const k_clause_pronouns[] = {
    "he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "my", "our", NULL};

/* Where the clause of a tell-cue without "that" starts: after its hearer
 * (q on), at a pronoun opening a clause ("told him he had never been a
 * citizen", "tells voters she's with them"), or e. */
static size_t tell_clause_start(const ctx *c, size_t q, size_t e)
{
    if (q >= e || c->in_quote[q] || !tok_is_word(c, q))
        return e;
    char w[WORD_MAX + 1];
    for (size_t k = q + 1; k < e && k <= q + HEARER_MAX_TOKENS; k++) {
        if (c->in_quote[k] || (tok_flag(c, k, NM_TOK_PUNCT) && !tok_is_char(c, k, '.')))
            return e;
        if (tok_lower(c, k, w) && in_list(k_clause_pronouns, w))
            return k;
        if (finite_verb(c, k) || (tok_classes(c, k) & W_CUE) ||
            ((tok_classes(c, k) & W_STOP) && !tok_word_is(c, k, "of")))
            return e;
    }
    return e;
}

/* Where the clause after a cue at [i, p) starts, or e when there is none:
 * skips ", :"; "that" stays in the clause, as PolNeAR marks it; a
 * prepositional phrase right after the cue ("said in a statement") must
 * lead to a "that", else the words said are elsewhere (a direct quote). */
static size_t clause_start(const ctx *c, size_t p, size_t e, bool tell)
{
    size_t q = p;
    while (q < e && tok_is_char(c, q, ':'))
        q++;
    /* only an adverbial or the hearer may stand before that "that" ("said
     * Tuesday that", "told reporters that"); after an object it is a
     * relative ("threatened a veto of any terms that were ...") */
    char w0[WORD_MAX + 1];
    size_t w0n = q < e ? tok_lower(c, q, w0) : 0;
    bool may_jump = tell || tok_is_char(c, q, ',') ||
                    (tok_flag(c, q, NM_TOK_CAP) && (tok_classes(c, q) & W_ADVERBIAL)) ||
                    (w0n && (in_list(k_place_time_preps, w0) || in_list(k_hearers, w0) ||
                             (tok_classes(c, q) & W_ADVERBIAL) || !strcmp(w0, "that")));
    /* "said the next day that" but not "threatened a veto of any terms
     * that": after a determiner only time words may come before "that" */
    bool det_only = !tell && w0n && (!strcmp(w0, "a") || !strcmp(w0, "an") || !strcmp(w0, "the"));
    for (size_t i = q; may_jump && i < e && i < q + THAT_WINDOW; i++) {
        if (c->in_quote[i] || (tok_flag(c, i, NM_TOK_PUNCT) && !tok_is_char(c, i, ',')))
            break;
        if (det_only && !tok_word_is(c, i, "that") && !(tok_classes(c, i) & W_ADVERBIAL) &&
            !tok_flag(c, i, NM_TOK_DIGIT))
            break;
        if (tok_word_is(c, i, "that"))
            return i;
        if (i > q && (tok_classes(c, i) & W_STOP) && !tok_word_is(c, i, "with") &&
            !tok_word_is(c, i, "by") && !tok_word_is(c, i, "from") &&
            !tok_word_is(c, i, "about") && !tok_word_is(c, i, "and"))
            break;
    }
    if (tell)
        return tell_clause_start(c, q, e);
    if (q >= e)
        return e;
    /* "said, holding back tears": a comma right after the cue */
    if (tok_is_char(c, q, ','))
        return e;
    char w[WORD_MAX + 1];
    if (tok_lower(c, q, w) && in_list(k_place_time_preps, w)) {
        /* "said on Friday he met ...", "said in a statement Thursday night
         * they pulled ...": a short adverbial, then a subject pronoun */
        for (size_t i = q + 1; i < e && i < q + ADVERBIAL_REACH; i++) {
            if (c->in_quote[i] || !tok_is_word(c, i))
                break;
            char v[WORD_MAX + 1];
            if (tok_lower(c, i, v) && in_list(k_subject_pronouns, v))
                return i;
            if (tok_classes(c, i) & (W_STOP | W_CUE | W_PRONOUN))
                break;
        }
        return e;
    }
    return q;
}

/* A dash setting off a clause: " - ", "–", "—". */
static bool is_dash_tok(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    const unsigned char *u = (const unsigned char *)c->text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && u[0] == '-' && tok_flag(c, i, NM_TOK_SPACE_BEFORE)) ||
           (n == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94));
}

/* Conjunctions that may open a second attribution in a sentence ("...,
 * while 22 percent said ...", "... and said ...", "... but added ..."). */
static const char *const k_clause_links[] = {"and", "but", "while", "whereas", NULL};

/* Cues whose content is an infinitive ("declined to comment", "vowed to
 * fight on"): PolNeAR's content starts at "to". */
static const char *const k_to_cues[] = {
    "declined", "declines", "refused", "refuses", "promised", "promises", "vowed",
    "vows", "pledged", "pledges", "threatened", "threatens", "hoped", "hopes",
    "want", "wants", "wanted", "decided", "agreed", "offered", "seeks", "sought",
    "plans", "intends", "intended", "urged", "urges", "called on", "calls on", NULL};

/* Where a clause starting at `cs` ends: the sentence end `e`, or the comma
 * or conjunction opening a new attribution: a comma, then maybe a
 * conjunction, a short subject and a cue ("while Lavrov expressed X, he
 * threatened Y"; "..., saying ..."; "..., while 22 percent said ..."), or a
 * bare "and"/"but" before a cue with no subject or a pronoun one ("said X
 * and criticized Y", "said X and he added Y"). */
/* Longest aside after a new subject inside a clause (", and Brian Deese,
 * the White House adviser, said"), in tokens. */
#define NEW_SUBJECT_ASIDE_MAX_TOKENS 20

/* Is there a colon in tokens [cs, j)? A quote after one is set off as a
 * direct quote, its closing comma no clause boundary. */
static bool colon_before(const ctx *c, size_t cs, size_t j)
{
    for (size_t k = cs; k < j; k++)
        if (tok_is_char(c, k, ':'))
            return true;
    return false;
}

/* *bare tells that the new cue follows the comma with no subject of its own
 * ("X, who says A, said B"): it is the cue of the subject before the
 * current one's clause. */
/* Is token j the closing mark of a quote ending in a comma (“… Nebraska,”)? */
static bool closes_with_comma(const ctx *c, size_t j, size_t cs)
{
    return j > cs && c->in_quote[j] && (j + 1 == c->seg->n_toks || !c->in_quote[j + 1]) && tok_is_dquote(c, j) &&
           tok_is_char(c, j - 1, ',');
}

static bool new_clause_at(const ctx *c, size_t s, size_t ce);

/* Numbers in words or digits ("three in five", "40 percent"). */
static const char *const k_number_words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "most", "many", "some", "all", NULL};

static bool is_number_word(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    return tok_flag(c, k, NM_TOK_DIGIT) || (tok_lower(c, k, w) && in_list(k_number_words, w));
}

/* Words opening a subordinate clause ("While X said A, B"; "said that if
 * A, B"). */
static const char *const k_subordinators[] = {
    "while", "although", "though", "because", "if", "when", "whereas", "since",
    "unless", "as", "after", "before", "once", "until", NULL};

/* Does the clause at cs open with a subordinate clause ("that if Iran were
 * a stock, he would buy it")? Its main clause comes after a comma. */
static bool opens_subordinate(const ctx *c, size_t cs, size_t e)
{
    char w[WORD_MAX + 1];
    size_t k = cs < e && tok_word_is(c, cs, "that") ? cs + 1 : cs;
    return k < e && !c->in_quote[k] && tok_lower(c, k, w) && in_list(k_subordinators, w);
}

/* Longest subject of a new clause after ", and", in tokens. */
#define AND_SUBJECT_MAX_TOKENS 5

/* Is the word after a pronoun or a short noun phrase at s a speech cue,
 * with no auxiliary before it ("he argued", not "he would advise")? */
static bool speech_cue_after_subject(const ctx *c, size_t s, size_t e)
{
    size_t k = s;
    while (k < e && k < s + AND_SUBJECT_MAX_TOKENS && tok_is_word(c, k) && !c->in_quote[k] &&
           !(tok_classes(c, k) & (W_CUE | W_SKIP | W_STOP)))
        k++;
    unsigned cls = 0;
    return k > s && k < e && cue_at(c, k, e, &cls) && (cls & CUE_SPEECH);
}

static size_t next_attribution_comma(const ctx *c, size_t cs, size_t e, bool *bare)
{
    *bare = false;
    /* "that if A, he would advise B": the commas up to the main clause's
     * subject are the subordinate clause's */
    bool sub = opens_subordinate(c, cs, e);
    for (size_t j = cs; j + 2 < e; j++) {
        if (sub && !c->in_quote[j] && tok_is_char(c, j, ',')) {
            if ((tok_classes(c, j + 1) & W_PRONOUN) || new_clause_at(c, j + 1, e)) {
                sub = false;
                /* "that while A, he argued B": the writer's speaker again */
                if (!speech_cue_after_subject(c, j + 1, e))
                    continue;
            } else
                continue;
        }
        /* a quote closed by a comma inside its marks (“… Nebraska,” Sanders
         * said …) ends the clause as a comma would */
        bool qcomma = closes_with_comma(c, j, cs) && !colon_before(c, cs, j);
        if (c->in_quote[j] && !qcomma)
            continue;
        bool comma = qcomma || tok_is_char(c, j, ',') || tok_is_char(c, j, ';') || is_dash_tok(c, j);
        char w[WORD_MAX + 1];
        bool link = !comma && tok_lower(c, j, w) && in_list(k_clause_links, w) && j > cs;
        if (!comma && !link)
            continue;
        size_t k = j + 1;
        if (comma && tok_lower(c, k, w) && in_list(k_clause_links, w))
            k++;
        /* ", but agreed": a conjunction makes the cue a second predicate,
         * not the close of an aside */
        bool linked = k > j + 1;
        size_t subj = k;
        unsigned cl = k < e ? tok_classes(c, k) : 0;
        if (cl & W_PRONOUN)
            k++;
        /* a noun subject after a bare "and" ("declined to comment and
         * aides said"), but not one subject of two ("Iowa and New
         * Hampshire show", "she and her aides said") */
        else if (comma || (!tok_flag(c, j - 1, NM_TOK_CAP) && !(tok_classes(c, j - 1) & W_PRONOUN) &&
                           (!strcmp(w, "and") || !strcmp(w, "but")))) {
            /* "nearly three in five said": an adverb before a number */
            if (k + 1 < e && is_ly_adverb(c, k) && is_number_word(c, k + 1))
                k++;
            while (k < e && k < subj + NEW_SUBJECT_MAX_TOKENS && tok_is_word(c, k) &&
                   !c->in_quote[k] && !(tok_classes(c, k) & (W_STOP | W_SKIP | W_CUE)) &&
                   !is_ly_adverb(c, k) && (comma || !finite_verb(c, k)))
                k++;
            /* a named subject with an aside: "Brian Deese, the adviser, said" */
            if (comma && k > subj && k < e && tok_is_char(c, k, ',') && tok_flag(c, subj, NM_TOK_CAP)) {
                size_t m = k + 1;
                while (m < e && m < k + NEW_SUBJECT_ASIDE_MAX_TOKENS && !c->in_quote[m] &&
                       !tok_is_char(c, m, ',') && !tok_is_char(c, m, ';'))
                    m++;
                if (m + 1 < e && tok_is_char(c, m, ','))
                    k = m + 1;
            }
        }
        bool no_subject = comma && k == subj;
        k = skip_aux_right(c, k, e);
        unsigned cls = 0;
        size_t n = k < e ? cue_at(c, k, e, &cls) : 0;
        if (!n || (cls & CUE_ACCORDING) || c->in_quote[k])
            continue;
        char cw[3 * (WORD_MAX + 1)];
        cue_text(c, k, n, cw, sizeof cw);
        if (in_list(k_not_reported, cw))
            continue;
        /* "..., said to be ..." / "and expected to": not a new speaker */
        if (k + n < e && tok_word_is(c, k + n, "to"))
            continue;
        size_t cl_len = strlen(cw);
        bool ing = cl_len > 4 && !strcmp(cw + cl_len - 3, "ing");
        /* "and depicts a guard asking": a participle after a bare "and" and
         * a noun modifies the noun */
        if (link && k > subj && ing)
            continue;
        *bare = no_subject && tok_is_char(c, j, ',') && !ing && !linked;
        return j;
    }
    return e;
}

/* Words that, after a comma, turn from the reported clause to the
 * writer's own contrast or comparison ("said they are undecided, while 27
 * percent ...", "said Mr. Trump would be better, compared with 41 percent
 * ..."): PolNeAR's content stops at the comma. */
static const char *const k_contrast[] = {
    "but", "while", "compared", "whereas", "although", "though", "which", NULL};

/* Participles of consequence: after a comma they open the writer's note
 * on what the reported act led to. */
static const char *const k_result_participles[] = {
    "leading", "forcing", "putting", "providing", "giving", "making", "throwing", "reversing",
    "prompting", "sending", "bringing", "leaving", "pushing", "raising", "setting", "sparking",
    "drawing", "triggering", "marking", "meaning", "highlighting", "underscoring", "signaling",
    "causing", "creating", "ending", "allowing", NULL};

/* Does another ", VERBing" follow in [s, ce): a series of participles
 * ("playing a role, setting rules, protecting …") that was said whole? */
static bool participle_series(const ctx *c, size_t s, size_t ce)
{
    for (size_t k = s; k + 1 < ce; k++)
        if (!c->in_quote[k] && tok_is_char(c, k, ',') && is_ing_word(c, k + 1))
            return true;
    return false;
}

/* Words opening the object of a participle ("calling [it …]", "vowing
 * [to …]"); a noun after an -ing word makes it a noun ("research,
 * advertising money and …"). */
static const char *const k_object_openers[] = {
    "it", "him", "her", "them", "his", "its", "their", "a", "an", "the", "this", "that", "to", "these", "those", NULL};

/* Does token k open a participle's object: a quote mark, a name, or one of
 * k_object_openers? */
static bool participle_object(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    if (tok_is_dquote(c, k) || tok_flag(c, k, NM_TOK_CAP))
        return true;
    return tok_lower(c, k, w) && in_list(k_object_openers, w);
}

/* Relative words opening an aside on the noun before them. */
static const char *const k_trailing_relatives[] = {"who", "whose", "whom", "where", NULL};

/* Is there a comma outside quote marks in tokens [s, e)? */
static bool comma_after(const ctx *c, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (!c->in_quote[k] && tok_is_char(c, k, ','))
            return true;
    return false;
}


/* Words after which a clause belongs to a relative, not to an apposition. */
static const char *const k_relative_words[] = {
    "that", "who", "which", "whom", "whose", "where", "when", NULL};

/* Is token k a present verb in "-s" before its object ("remains a hope",
 * "gives the party")? */
static bool present_verb(const ctx *c, size_t k, size_t e)
{
    const nm_token *t = &c->seg->toks[k];
    return k + 1 < e && tok_flag(c, k, NM_TOK_WORD) && !tok_flag(c, k, NM_TOK_CAP) &&
           t->end - t->start > 3 && c->text[t->end - 1] == 's' && c->text[t->end - 2] != 's' &&
           participle_object(c, k + 1) && !tok_flag(c, k + 1, NM_TOK_CAP);
}

/* Does "a/an/the …" at s run to the clause's end ce as an apposition: one
 * noun phrase summing up the clause or its last noun ("…, a plan critics
 * call cruel", "…, the first such ban")? Not a list ("X, the Y and the Z"),
 * not the main clause after an opening one ("While A, the senator has …"):
 * no "and"/"or" and no finite verb before a relative word; no comma or dash
 * after it, no quote in it, and ce itself no comma (a subject's aside). */
static bool trailing_apposition(const ctx *c, size_t s, size_t ce)
{
    char w[WORD_MAX + 1];
    if (s >= ce || c->in_quote[s] || !tok_lower(c, s, w) ||
        (strcmp(w, "a") && strcmp(w, "an") && strcmp(w, "the")) ||
        (ce < c->seg->n_toks && tok_is_char(c, ce, ',')) || has_dquote(c, s, ce))
        return false;
    bool relative = false;
    for (size_t k = s + 1; k < ce; k++) {
        if (tok_is_char(c, k, ',') || is_dash_tok(c, k))
            return false;
        if (relative)
            continue;
        if (tok_lower(c, k, w) && in_list(k_relative_words, w))
            relative = true;
        else if (tok_word_is(c, k, "and") || tok_word_is(c, k, "or") || finite_verb(c, k) ||
                 present_verb(c, k, ce))
            return false;
    }
    return true;
}

/* First token from k before ce that is no adverb ("also", "later",
 * "quickly") or a finite verb: where a verb phrase starts. */
static size_t skip_adverbs(const ctx *c, size_t k, size_t ce)
{
    while (k < ce && !finite_verb(c, k) && (is_ly_adverb(c, k) || (tok_classes(c, k) & W_SKIP)))
        k++;
    return k;
}

/* Is the relative clause from s closed by a comma before ce with the
 * main clause's verb after it ("the ruling, which struck down the law,
 * shows …")? */
static bool closed_relative(const ctx *c, size_t s, size_t ce)
{
    for (size_t k = s; k + 1 < ce; k++) {
        if (c->in_quote[k] || !tok_is_char(c, k, ','))
            continue;
        size_t v = k + 1;
        v = skip_adverbs(c, v, ce);
        return v < ce && (finite_verb(c, v) || present_verb(c, v, ce));
    }
    return false;
}

/* Modals: a clause in them after ", and" goes on with what was said
 * ("…, and it will have no effect"). */
static const char *const k_modals[] = {
    "will", "would", "could", "can", "may", "might", "should", "must", NULL};

/* A finite verb that is no adjective after a determiner ("a worried
 * spouse"). */
static bool clause_verb(const ctx *c, size_t k)
{
    return finite_verb(c, k) && !(k > 0 && (tok_word_is(c, k - 1, "a") || tok_word_is(c, k - 1, "an") ||
                                            tok_word_is(c, k - 1, "the")));
}


/* Does a clause open at s: a pronoun or a short noun phrase, then a finite
 * verb ("he railed", "the city has sued", "Emanuel released")? */
static bool new_clause_at(const ctx *c, size_t s, size_t ce)
{
    size_t k = s;
    if (k < ce && (tok_classes(c, k) & W_PRONOUN))
        k++;
    else
        while (k < ce && k < s + AND_SUBJECT_MAX_TOKENS && tok_is_word(c, k) && !c->in_quote[k] &&
               !clause_verb(c, k) &&
               !(tok_classes(c, k) & (W_STOP | W_SKIP | W_CUE | W_PRONOUN | W_RELATIVE)) &&
               !is_ly_adverb(c, k) && !is_ing_word(c, k))
            k++;
    if (k == s)
        return false;
    k = skip_adverbs(c, k, ce);
    char w[WORD_MAX + 1];
    return k < ce && (clause_verb(c, k) || (tok_flag(c, k, NM_TOK_POSS) && k > s)) &&
           !(tok_lower(c, k, w) && in_list(k_modals, w));
}

/* Longest aside set off by commas after a contrast word, in tokens. */
#define CONTRAST_ASIDE_MAX_TOKENS 4

/* Is [s, …) a short aside without a verb closed by a comma before ce,
 * with the clause going on after it ("the scandal, while troublesome, was
 * dealt with", "could crack traditionally Democratic, though culturally
 * conservative, areas"), not one opening a clause (", but for Republicans,
 * it is …")? */
static bool short_aside(const ctx *c, size_t s, size_t ce)
{
    for (size_t k = s; k < ce && k <= s + CONTRAST_ASIDE_MAX_TOKENS; k++) {
        if (c->in_quote[k] || (tok_flag(c, k, NM_TOK_PUNCT) && !tok_is_char(c, k, ',')) ||
            finite_verb(c, k) || (tok_classes(c, k) & (W_PRONOUN | W_STOP)))
            return false;
        if (tok_is_char(c, k, ','))
            return k > s && k + 1 < ce && !new_clause_at(c, k + 1, ce);
    }
    return false;
}

/* Tokens after a quote's closing mark in which its cue may stand ("…,”
 * the senator added"). */
#define QUOTE_CUE_REACH 5

/* Does a quote open at q (in double marks, not doubled apostrophes, which
 * PolNeAR does not count as quotes) and a cue follow its closing mark
 * within QUOTE_CUE_REACH tokens before ce? */
static bool quote_attributed_after(const ctx *c, size_t q, size_t ce)
{
    if (q >= ce || !tok_is_dquote(c, q) || tok_is_char(c, q, '\''))
        return false;
    size_t k = q + 1;
    while (k < ce && c->in_quote[k] && !tok_is_dquote(c, k))
        k++;
    unsigned cls = 0;
    for (size_t m = k + 1; m < ce && m <= k + QUOTE_CUE_REACH && !c->in_quote[m]; m++)
        if (cue_at(c, m, ce, &cls) && !(cls & CUE_ACCORDING))
            return true;
    return false;
}

/* End of reported clause [cs, ce) at its first comma before a contrast. */
static size_t contrast_cut(const ctx *c, size_t cs, size_t ce)
{
    char w[WORD_MAX + 1];
    for (size_t j = cs + 1; j + 1 < ce; j++) {
        if (c->in_quote[j])
            continue;
        /* "; hours later, she ...": a new sentence in all but name */
        if (tok_is_char(c, j, ';'))
            return j;
        /* "made up compared to nearly four in 10" */
        if (tok_word_is(c, j, "compared") && j + 1 < ce &&
            (tok_word_is(c, j + 1, "to") || tok_word_is(c, j + 1, "with")))
            return j > cs + 1 && tok_is_char(c, j - 1, ',') ? j - 1 : j;
        if ((tok_is_char(c, j, ',') || is_dash_tok(c, j)) && trailing_apposition(c, j + 1, ce))
            return j;
        /* "asserted that France had lost its identity: “France is no
         * longer France,” he claimed": a quote after a colon with an
         * attribution of its own is that one's (without one, PolNeAR keeps
         * it in the clause: `added a caveat: “…”`) */
        if (tok_is_char(c, j, ':') && quote_attributed_after(c, j + 1, ce))
            return j;
        if (!tok_is_char(c, j, ',') || !tok_lower(c, j + 1, w))
            continue;
        /* ", who …" to the clause's end: the writer's aside on the last
         * name ("…, who worked on her campaign"); one closed by a comma
         * ("X, who must decide, has said nothing") is the clause's, one
         * holding a quote ("whom he called “…”") the speaker's */
        if (in_list(k_trailing_relatives, w) && !comma_after(c, j + 1, ce) &&
            !has_dquote(c, j + 1, ce) && !(ce < c->seg->n_toks && tok_is_char(c, ce, ',')))
            return j;
        /* ", forcing airlines to …", ", leading to …": the writer's note on
         * what followed, not part of what was said */
        if (in_list(k_result_participles, w) && !participle_series(c, j + 2, ce))
            return j;
        /* ", and the city sued": the writer's next clause, with a subject
         * and a verb of its own */
        if (!strcmp(w, "and") && new_clause_at(c, j + 2, ce))
            return j;
        /* ", but that they then ...": still the reported clause */
        if (in_list(k_contrast, w) && !(j + 2 < ce && tok_word_is(c, j + 2, "that")) &&
            !short_aside(c, j + 2, ce) &&
            !(!strcmp(w, "which") && closed_relative(c, j + 2, ce)))
            return j;
        /* ", calling it “absurd”": a participle with an object and a
         * quoted part after it is an attribution of its own (quotes_direct.c
         * finds it); without a quoted part, PolNeAR keeps the participle in
         * the reported clause */
        size_t wl = strlen(w);
        if (wl > 5 && !strcmp(w + wl - 3, "ing") && !tok_flag(c, j + 1, NM_TOK_CAP) &&
            !c->in_quote[j + 1] && has_dquote(c, j + 2, ce) && j + 2 < ce && participle_object(c, j + 2))
            return j;
    }
    return ce;
}

/* Past forms of common irregular verbs: finite like an "-ed" word. */
static const char *const k_irregular_past[] = {
    "took", "made", "gave", "went", "won", "ran", "told", "said", "sent", "spent", "got",
    "came", "saw", "kept", "left", "met", "held", "brought", "began", "became", "fell",
    "fought", "sought", "stood", "wrote", "led", "lost", "paid", "built", "struck", "drew",
    "threw", "chose", "rose", "broke", "spoke", "knew", "thought", "felt", "found", "heard",
    "meant", "sold", "taught", "caught", "did", NULL};
/* Finite auxiliaries: with them a clause has a verb of its own. */
static const char *const k_finite_aux[] = {
    "is", "was", "are", "were", "am", "has", "have", "had", "will", "would", "could", "can",
    "may", "might", "should", "must", "does", "do", "did", NULL};

/* Is token k a finite verb form: "-ed", an irregular past, an auxiliary
 * (also negated: "shouldn't")? */
static bool finite_verb(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    if (c->in_quote[k] || !tok_flag(c, k, NM_TOK_WORD) || tok_flag(c, k, NM_TOK_CAP))
        return false;
    size_t n = tok_lower(c, k, w);
    bool negated = (n > 3 && !strcmp(w + n - 3, "n't")) ||
                   (n > 5 && !strcmp(w + n - 5, "n\xe2\x80\x99t"));
    return is_ed_verb(c, k) || negated ||
           (n && (in_list(k_irregular_past, w) || in_list(k_finite_aux, w)));
}

/* Particles, quantifiers and prepositions that may follow a verb ("fessed
 * up to", "stopped short of", "made no mention", "trumpeted during"). */
static const char *const k_verb_particles[] = {
    "up", "out", "down", "off", "back", "away", "short", "any", "all", "some", "more", "me", "us",
    "during", "despite", "amid", NULL};

/* Does token k read as what follows a verb, not a noun after an "-ed"
 * adjective ("and improved dining")? */
static bool after_verb(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    return participle_object(c, k) || tok_flag(c, k, NM_TOK_DIGIT) || is_ly_adverb(c, k) ||
           (tok_classes(c, k) & (W_FUNCTION | W_PRONOUN | W_SKIP)) ||
           (tok_lower(c, k, w) && in_list(k_verb_particles, w));
}

/* Is token k an auxiliary, maybe negated ("was", "has", "didn't")? */
static bool aux_verb(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    size_t n = tok_lower(c, k, w);
    if (n > 3 && !strcmp(w + n - 3, "n't"))
        w[n - 3] = 0;
    else if (n > 5 && !strcmp(w + n - 5, "n\xe2\x80\x99t"))
        w[n - 5] = 0;
    return n && (in_list(k_finite_aux, w) || !strcmp(w, "ca") || !strcmp(w, "wo"));
}

/* Words that open a clause of its own: its verb is not the cue's subject's. */
static const char *const k_clause_openers[] = {
    "that", "whether", "if", "how", "what", "why", "when", "where", "who", "which", NULL};

/* A finite verb form that is no "-ed" adjective before its noun
 * ("undocumented immigrants", "improved dining"). */
static bool own_verb(const ctx *c, size_t k)
{
    return finite_verb(c, k) &&
           !(is_ed_verb(c, k) && k + 1 < c->seg->n_toks && tok_flag(c, k + 1, NM_TOK_WORD) &&
             !after_verb(c, k + 1));
}

/* End of a cue's object [cs, ce) before a second predicate of the cue's
 * subject: "praised X for Y and offered Z", "vowed to A but stopped short of
 * B", "X, who mocked his rivals, talked over them". Only an object without a verb of its own (a noun phrase, an
 * infinitive) is cut: in "said the two met and decided" the second verb is
 * the clause's. */
static size_t second_predicate_cut(const ctx *c, size_t cs, size_t ce)
{
    char w[WORD_MAX + 1];
    if (cs >= ce || (tok_lower(c, cs, w) && in_list(k_clause_openers, w)) ||
        (tok_classes(c, cs) & W_PRONOUN) || finite_verb(c, cs))
        return ce;
    size_t commas = 0;
    for (size_t j = cs + 1; j + 1 < ce; j++) {
        if (c->in_quote[j])
            continue;
        if (own_verb(c, j) || (tok_lower(c, j, w) && in_list(k_clause_openers, w)))
            return ce;
        bool comma = tok_is_char(c, j, ',');
        if (!tok_word_is(c, j, "and") && !tok_word_is(c, j, "but") && !comma)
            continue;
        size_t k = comma ? j + 1 : skip_adverbs(c, j + 1, ce);
        /* after the first comma only: not a participle ("East Jerusalem,
         * captured by Israel"), nor the verb after an aside closed by a
         * later comma */
        if (comma && (commas++ || has_dquote(c, j, ce) ||
                      (k + 1 < ce && (tok_word_is(c, k + 1, "by") || tok_word_is(c, k + 1, "with") ||
                                      is_ly_adverb(c, k + 1)))))
            continue;
        /* an auxiliary needs no object after it ("…, was born in …",
         * "…, didn't respond") */
        if (k + 1 < ce && finite_verb(c, k) && (after_verb(c, k + 1) || (comma && aux_verb(c, k))))
            return j > cs + 1 && tok_is_char(c, j - 1, ',') ? j - 1 : j;
    }
    return ce;
}


/* Prepositions that open a setting, never part of an object ("criticized
 * him during a debate", "predicted a close race despite his lead"). */
static const char *const k_setting_preps[] = {"during", "despite", "amid", NULL};
/* Conjunctions that open a clause of time or cause after an object ("the
 * regime after Trump said …", "that way as he winds down …"). */
static const char *const k_adverbial_conjunctions[] = {
    "as", "since", "after", "before", "while", "when", "because", "until", NULL};

/* Is there a finite verb in [s, e) ("during the quarter was $27")? */
static bool verb_in(const ctx *c, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (clause_verb(c, k))
            return true;
    return false;
}

/* A word with an apostrophe in it ("he'll", "she’d"): a subject and verb. */
static bool contraction(const ctx *c, size_t k)
{
    const nm_token *t = &c->seg->toks[k];
    size_t n = t->end - t->start;
    return tok_flag(c, k, NM_TOK_WORD) &&
           (memchr(c->text + t->start, '\'', n) || memmem(c->text + t->start, n, "\xe2\x80\x99", 3));
}

/* End of a noun-phrase object [cs, ce) before a setting: a preposition of
 * k_setting_preps or a conjunction opening a clause. Objects with a verb
 * of their own, infinitives and gerunds keep theirs ("to act during the
 * first 100 days"). */
static size_t object_adjunct_cut(const ctx *c, size_t cs, size_t ce)
{
    char w[WORD_MAX + 1];
    if (cs >= ce || (tok_lower(c, cs, w) && (in_list(k_clause_openers, w) || !strcmp(w, "to"))) ||
        (tok_classes(c, cs) & W_PRONOUN) || finite_verb(c, cs) || is_ing_word(c, cs) ||
        contraction(c, cs))
        return ce;
    for (size_t j = cs + 1; j + 1 < ce; j++) {
        if (c->in_quote[j] || !tok_lower(c, j, w))
            continue;
        if ((in_list(k_setting_preps, w) && !verb_in(c, j + 1, ce)) ||
            (in_list(k_adverbial_conjunctions, w) && new_clause_at(c, j + 1, ce)))
            return j > cs + 1 && tok_is_char(c, j - 1, ',') ? j - 1 : j;
        if (own_verb(c, j) || in_list(k_clause_openers, w))
            return ce;
    }
    return ce;
}

/* Fewest words before an "according to" without a comma for them to be
 * its content ("82 percent of whom view Trump unfavorably according to the
 * poll"). */
#define ACCORDING_CLAUSE_MIN_WORDS 4

/* 2. cues with their subject before them, and "According to X, CLAUSE". */
/* Verbs that attribute an impression or expectation with no one saying it
 * ("Trump appears to be ignorant of ...", "The Fed is expected to act"):
 * PolNeAR marks them with no source, the subject and the complement as two
 * pieces of content. */
static const char *const k_raising[] = {
    "seemed", "seems", "seem", "appear", "appears", "appeared", NULL};

/* Prepositions after "appeared" that make it a physical appearance
 * ("appeared on Fox News"), not an impression. */
static const char *const k_appear_preps[] = {
    "on", "in", "at", "with", "before", "alongside", "onstage", "during", "for",
    "as", "together", "live", "via", "by", "outside", "inside", NULL};

/* The raising construction at token i, if any: sets the cue [*vs, *ve) and
 * the complement start *cs. */
static bool raising_at(const ctx *c, size_t i, size_t e, size_t *vs, size_t *ve, size_t *cs)
{
    char w[WORD_MAX + 1];
    if (!tok_lower(c, i, w))
        return false;
    if (in_list(k_raising, w)) {
        if (i + 1 >= e || c->in_quote[i + 1] || !tok_is_word(c, i + 1))
            return false;
        char n[WORD_MAX + 1];
        if (!tok_lower(c, i + 1, n) || in_list(k_appear_preps, n) || !strcmp(n, "that") ||
            tok_flag(c, i + 1, NM_TOK_CAP))
            return false;
        *vs = i;
        *ve = i + 1;
        *cs = i + 1;
        return true;
    }
    /* "is expected to" */
    if ((tok_classes(c, i) & W_BE) && i + 2 < e && tok_word_is(c, i + 1, "expected") &&
        tok_word_is(c, i + 2, "to")) {
        *vs = i;
        *ve = i + 2;
        *cs = i + 2;
        return true;
    }
    return false;
}

/* Is token i one of k_raising? */
static bool is_raising_word(const ctx *c, size_t i)
{
    char w[WORD_MAX + 1];
    return tok_lower(c, i, w) && in_list(k_raising, w);
}

/* Is token i a raising verb before "to" and a cue ("Obama seemed to
 * recognize …", "Voters seem to care about …")? PolNeAR marks the cue's
 * attribution with the subject as its source, not an impression. */
static bool raised_cue_at(const ctx *c, size_t i, size_t e)
{
    unsigned cls = 0;
    size_t n = i + 2 < e && is_raising_word(c, i) && tok_word_is(c, i + 1, "to") && !c->in_quote[i + 2]
                   ? cue_at(c, i + 2, e, &cls)
                   : 0;
    /* only before a clause ("seems to feel the case will …", "seem to show
     * that …"); with an object the impression is the writer's ("seemed to
     * dismiss the issue") */
    char w[WORD_MAX + 1];
    return n && !(cls & CUE_ACCORDING) && i + 2 + n < e && tok_lower(c, i + 2 + n, w) &&
           (!strcmp(w, "that") || in_list(k_subject_pronouns, w) || tok_word_is(c, i + 3 + n, "will") ||
            tok_word_is(c, i + 3 + n, "would"));
}

/* Words that open the question after a passive "asked" ("Asked whether
 * he would run, Rubio said ...", "was asked by host John Dickerson if"). */
static const char *const k_question_words[] = {
    "whether", "if", "about", "what", "how", "why", "who", "when", "where", "to",
    "which", "whom", NULL};
/* Longest stretch between "asked" and its question, in tokens ("asked in
 * Iowa recently whether", "asked by host John Dickerson whether"). */
#define ASKED_REACH 8

/* Passive "asked": at the sentence start ("Asked ...", "When asked ...")
 * or after "was/were/being". The question is the content, up to the next
 * comma; the asker after "by" is the source, else there is none. */
static nm_status passive_asked(ctx *c, out_list *o, size_t a, size_t i, size_t e, bool *done,
                               size_t *q_end)
{
    *done = false;
    if (!tok_word_is(c, i, "asked") || c->in_quote[i])
        return NM_OK;
    /* "Asked ...", "When asked ...", "..., he said when asked about X" */
    bool start = i == a || (i > a && tok_word_is(c, i - 1, "when"));
    bool passive = i > a && (tok_word_is(c, i - 1, "was") || tok_word_is(c, i - 1, "were") ||
                             tok_word_is(c, i - 1, "being"));
    if (!start && !passive)
        return NM_OK;
    size_t sp_s = 0, sp_e = 0, k = i + 1;
    if (k < e && tok_word_is(c, k, "by") && np_after(c, k + 1, e, &sp_e)) {
        sp_s = k + 1;
        k = sp_e;
    }
    char w[WORD_MAX + 1];
    while (k < e && k < i + 1 + ASKED_REACH && !c->in_quote[k] && !tok_is_char(c, k, ',') &&
           !(tok_lower(c, k, w) && in_list(k_question_words, w)))
        k++;
    /* "by X who" stops np_after at the question word itself */
    if (k >= e || !(tok_lower(c, k, w) && in_list(k_question_words, w)))
        return NM_OK;
    size_t ce = k;
    while (ce < e && (c->in_quote[ce] || !tok_is_char(c, ce, ',')) && !closes_with_comma(c, ce, k))
        ce++;
    if (ce < e && c->in_quote[ce])
        ce++; /* the question ends with a title: “… on “This Week,” X said” */
    /* "Asked whether X, which friends described as grim, hurt him, Mr.
     * Trump said …": an opening question runs to the comma before the main
     * clause's subject and verb */
    char rw[WORD_MAX + 1];
    bool relative = ce + 1 < e && tok_lower(c, ce + 1, rw) &&
                    (in_list(k_trailing_relatives, rw) || !strcmp(rw, "which"));
    if (start && ce < e && !c->in_quote[ce] && !(tok_classes(c, ce + 1) & W_PRONOUN) &&
        !new_clause_at(c, ce + 1, e) && !(relative && !closed_relative(c, ce + 2, e)))
        for (size_t m = ce + 1; m + 1 < e; m++)
            if (!c->in_quote[m] && tok_is_char(c, m, ',') &&
                ((tok_classes(c, m + 1) & W_PRONOUN) || new_clause_at(c, m + 1, e))) {
                ce = m;
                break;
            }
    if (count_words(c, k, ce) < CLAUSE_MIN_WORDS + 1)
        return NM_OK;
    *done = true;
    *q_end = ce;
    return emit(c, o, k, ce, 0, 0, sp_s, sp_e, i, i + 1);
}

/* Head nouns of a poll named after "in" ("in the latest CNN/ORC poll"):
 * PolNeAR makes the poll the source of the finding around it. */
static const char *const k_poll_nouns[] = {"poll", "polls", "survey", "surveys", NULL};

/* Longest "in" phrase naming a poll, up to the poll noun, in tokens. */
#define POLL_NP_MAX_TOKENS 10

/* Words after a poll noun that still belong to its phrase ("the poll
 * released Sunday", "a survey conducted this month"). */
#define POLL_TAIL_MAX_TOKENS 5

/* Words a poll's phrase may hold besides names and modifiers
 * ("the RealClearPolitics average of recent polls", "Post and ABC"). */
static const char *const k_poll_inner[] = {
    "the", "a", "an", "of", "and", "this", "these", "his", "her", "their", "its", "our", NULL};

/* Does "in" at i open a phrase naming a poll? Its poll noun's end in *pe
 * (the source [i + 1, *pe)) and in *ne where the finding goes on: the
 * verb of the clause the phrase sits in ("His rating in the latest Fox
 * poll stands at 53%"), a comma, or e; a participle and time words after
 * the noun are the phrase's ("a poll released Sunday"). */
static bool poll_phrase(const ctx *c, size_t i, size_t e, size_t *pe, size_t *ne)
{
    if (c->in_quote[i] || !tok_word_is(c, i, "in"))
        return false;
    char w[WORD_MAX + 1];
    for (size_t k = i + 1; k < e && k <= i + POLL_NP_MAX_TOKENS; k++) {
        bool word = tok_lower(c, k, w) > 0;
        if (c->in_quote[k] || tok_is_char(c, k, ',') || tok_is_char(c, k, '(') || is_dash_tok(c, k) ||
            (word && (tok_classes(c, k) & (W_STOP | W_FUNCTION)) && !in_list(k_poll_inner, w)) ||
            (k > i + 1 && (finite_verb(c, k) || (tok_classes(c, k) & (W_CUE | W_RELATIVE)))))
            return false;
        if (!(word && in_list(k_poll_nouns, w)))
            continue;
        /* a named poll ("the latest CNN/ORC poll", "Monday's poll", "a
         * 50-state survey"); "in the polls", "in national polls" speak of
         * standing in general */
        bool named = false;
        for (size_t m = i + 1; m < k; m++)
            named = named || tok_flag(c, m, NM_TOK_CAP) || tok_flag(c, m, NM_TOK_DIGIT);
        if (!named)
            return false;
        *pe = k + 1;
        size_t m = k + 1;
        if (m < e && (is_ed_verb(c, m) || (tok_classes(c, m) & W_ADVERBIAL)) &&
            !(tok_lower(c, m, w) && in_list(k_finite_aux, w)))
            while (m < e && m <= k + POLL_TAIL_MAX_TOKENS && !c->in_quote[m] && tok_is_word(c, m) &&
                   !(tok_lower(c, m, w) && in_list(k_finite_aux, w)) && !present_verb(c, m, e) &&
                   !(tok_classes(c, m) & W_CUE))
                m++;
        size_t wn = m < e && !tok_flag(c, m, NM_TOK_CAP) ? tok_lower(c, m, w) : 0;
        bool verb = wn && (in_list(k_finite_aux, w) || in_list(k_irregular_past, w) ||
                           (tok_classes(c, m) & W_CUE) ||
                           /* "stands at 53%" */
                           (wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's'));
        *ne = verb || (m < e && tok_is_char(c, m, ',')) ? m : e;
        return true;
    }
    return false;
}

/* Speech cues that respondents of a poll use ("38 percent said"): no
 * attribution of their own inside the poll's finding. */
static const char *const k_respondent_cues[] = {"said", "say", "says", NULL};

/* "In a CNN poll, 38 percent said A, while 60 percent said B", "Clinton
 * leads by 9 points in the latest Fox poll", "Some 20 percent of people in
 * a recent poll said A": the finding is the poll's, the source the phrase
 * after "in"; a sentence holding another cue than the respondents' is left
 * to the other patterns. */
static nm_status poll_attribution(ctx *c, out_list *o, size_t a, size_t e, bool *done, size_t *rest)
{
    *rest = e;
    size_t i = a, pe = 0, ne = 0;
    while (i < e && !poll_phrase(c, i, e, &pe, &ne))
        i++;
    if (i >= e)
        return NM_OK;
    unsigned cls = 0;
    char w[WORD_MAX + 1];
    for (size_t k = a; k < e; k++)
        if (!c->in_quote[k] && (k < i || k >= pe) && cue_at(c, k, e, &cls) &&
            !(tok_lower(c, k, w) && in_list(k_respondent_cues, w)))
            return NM_OK;
    nm_status st = NM_OK;
    if (i == a && ne < e && tok_is_char(c, ne, ',')) {
        /* "In a CNN poll, CLAUSE" */
        if (count_words(c, ne + 1, e) >= CLAUSE_MIN_WORDS + 1)
            st = emit(c, o, ne + 1, e, 0, 0, i + 1, pe, i, i + 1);
    } else if (i > a) {
        size_t s = a, se;
        if (sentence_subject(c, a, i, &s, &se) && s > i)
            s = a;
        /* "His support in a new poll stands at 53%": the clause goes on
         * after it, up to a comma opening another attribution ("While 86
         * percent in a poll liked her, 43 said …"); "One in four voters in
         * a poll said A" is the respondents' */
        size_t r = ne < e && !tok_is_char(c, ne, ',') ? ne : e, re = r;
        if (r < e && tok_lower(c, r, w) && in_list(k_respondent_cues, w))
            return NM_OK;
        if (r < e) {
            bool bare;
            re = next_attribution_comma(c, r, e, &bare);
        }
        if (count_words(c, s, i) >= CLAUSE_MIN_WORDS + 1)
            st = emit(c, o, s, i, r, re, i + 1, pe, i, i + 1);
        /* the rest of the sentence may hold an attribution of its own */
        if (re < e)
            *rest = re + 1;
    }
    *done = true;
    return st;
}

/* The comma closing "As X said[ on Saturday]," from p (the token after
 * the cue): right there, or after time words or a short prepositional
 * phrase; else e. */
static size_t adverbials_comma(const ctx *c, size_t p, size_t e)
{
    for (size_t m = p; m < e && m <= p + TRAILER_MAX_TOKENS; m++) {
        if (c->in_quote[m])
            return e;
        if (tok_is_char(c, m, ','))
            return only_adverbials(c, p, m, true) ? m : e;
    }
    return e;
}

/* Longest source of an opening "According to X," in tokens. */
#define ACCORDING_SOURCE_MAX_TOKENS 24

/* The comma ending an opening "According to" phrase from s: the first one
 * within ACCORDING_SOURCE_MAX_TOKENS with no quote, clause verb or cue
 * before it, else e. */
static size_t source_comma(const ctx *c, size_t s, size_t e)
{
    for (size_t m = s + 1; m < e && m <= s + ACCORDING_SOURCE_MAX_TOKENS; m++) {
        if (c->in_quote[m] || clause_verb(c, m) || (tok_classes(c, m) & W_CUE))
            return e;
        if (tok_is_char(c, m, ','))
            return m;
    }
    return e;
}

static nm_status forward_scan(ctx *c, out_list *o, size_t a, size_t e)
{
    size_t lo = a; /* start of what no earlier attribution has taken */
    size_t last_s = 0, last_se = 0; /* subject of the last attribution here */
    for (size_t i = a; i < e; i++) {
        if (c->in_quote[i] || !tok_is_word(c, i))
            continue;
        bool asked = false;
        size_t q_end = e;
        nm_status ast = passive_asked(c, o, a, i, e, &asked, &q_end);
        if (ast != NM_OK || (asked && q_end >= e))
            return ast;
        if (asked) {
            /* "Asked whether ..., Clinton said she ...": the answer is
             * an attribution of its own */
            i = q_end;
            lo = q_end + 1;
            continue;
        }
        size_t vs, ve, rcs, rs;
        if (!raised_cue_at(c, i, e) && raising_at(c, i, e, &vs, &ve, &rcs)) {
            size_t se = skip_aux_left(c, vs, lo);
            if (np_before(c, se, lo, &rs) && !tok_word_is(c, rs, "it") &&
                !tok_word_is(c, rs, "there") && !closes_quote_before(c, rs, lo)) {
                /* the impression ends at the first comma ("appears to
                 * be weak, but ...") */
                size_t rce = rcs;
                while (rce < e && (c->in_quote[rce] || !tok_is_char(c, rce, ',')))
                    rce++;
                if (count_words(c, rcs, rce) >= 2) {
                    nm_status st = emit(c, o, rs, se, rcs, rce, 0, 0, vs, ve);
                    if (st != NM_OK || rce == e)
                        return st;
                    i = rce;
                    lo = rce + 1;
                    continue;
                }
            }
        }
        unsigned cls = 0;
        size_t n = cue_at(c, i, e, &cls);
        if (!n)
            continue;
        char cw[3 * (WORD_MAX + 1)];
        cue_text(c, i, n, cw, sizeof cw);
        if (in_list(k_not_reported, cw))
            continue;
        if (cls & CUE_ACCORDING) {
            size_t sp_e;
            bool np = np_after(c, i + n, e, &sp_e);
            /* "According to the officer in charge of the base that night,
             * CLAUSE", "According to a Reuters/Ipsos poll, …": opening the
             * clause, the source runs to its comma */
            if ((i == a || (i == a + 1 && (tok_classes(c, a) & W_STOP))) &&
                !(np && sp_e < e && tok_is_char(c, sp_e, ','))) {
                size_t m = source_comma(c, i + n, e);
                np = m < e;
                sp_e = np ? m : sp_e;
            }
            if (!np)
                continue;
            if (sp_e < e && tok_is_char(c, sp_e, ',')) {
                size_t cs = sp_e + 1;
                if (starts_with_quote(c, cs, e) && is_one_quote(c, cs, e))
                    return NM_OK;
                return emit(c, o, cs, e, 0, 0, i + n, sp_e, i, i + n);
            }
            /* "CLAUSE according to X" without a comma, or in brackets
             * ("(93 percent were white, according to exit polls)") */
            size_t from = lo;
            for (size_t k = i; k > lo; k--)
                if (tok_is_char(c, k - 1, '(')) {
                    from = k;
                    break;
                }
            size_t to = i;
            while (to > from && tok_flag(c, to - 1, NM_TOK_PUNCT) && !tok_is_dquote(c, to - 1))
                to--;
            if (to > from && count_words(c, from, to) >= ACCORDING_CLAUSE_MIN_WORDS &&
                !starts_with_quote(c, from, to))
                return emit(c, o, from, to, 0, 0, i + n, sp_e, i, i + n);
            continue;
        }
        /* "As reported by Western Journalism, CLAUSE": the source after
         * "by", the clause after the comma */
        if (i > a && tok_word_is(c, i - 1, "as") && i + n < e && tok_word_is(c, i + n, "by") &&
            !c->in_quote[i - 1]) {
            size_t m = source_comma(c, i + n, e);
            if (m + 1 < e && m > i + n + 1) {
                bool bare2;
                size_t ce2 = next_attribution_comma(c, m + 1, e, &bare2);
                if (is_one_quote(c, m + 1, ce2))
                    return NM_OK;
                nm_status st = emit(c, o, m + 1, contrast_cut(c, m + 1, ce2), 0, 0, i + n + 1, m, i, i + n);
                if (st != NM_OK || ce2 >= e)
                    return st;
                i = ce2;
                lo = ce2 + 1;
                continue;
            }
        }
        /* passives and infinitives are not this cue's attribution, but
         * "seemed to recognize" is */
        if (i > a && ((tok_word_is(c, i - 1, "to") && !(i > a + 1 && raised_cue_at(c, i - 2, e))) ||
                      (tok_classes(c, i - 1) & W_BE)))
            continue;
        size_t s, se;
        /* "X rallied supporters, saying ...", "X issued a statement
         * saying ...": a participle's speaker is the sentence's subject */
        char cb[WORD_MAX + 1];
        size_t cbn = tok_lower(c, i, cb);
        bool participle = cbn > 4 && !strcmp(cb + cbn - 3, "ing") && i > a &&
                          !(tok_classes(c, i - 1) & W_BE);
        /* a subject of its own since the last attribution ("…, and the
         * ACLU has sued …, saying") comes first */
        /* "are left wondering", "spent more time mocking": the subject of
         * the verb the participle completes */
        size_t cat = participle ? nm_catenative_before(c->text, c->seg, i, lo) : (size_t)-1;
        bool have = participle && ((cat != (size_t)-1 && subject_before(c, cat, lo, &s, &se)) ||
                                   absolute_subject(c, lo, i, &s, &se) || clause_subject(c, lo, i, false, &s, &se));
        if (!have && participle && last_se > last_s) {
            have = true;
            if (!coordinated_subject(c, last_se, i, &s, &se)) {
                s = last_s;
                se = last_se;
            }
        } else if (!have)
            have = participle && sentence_subject(c, a, i, &s, &se) && se <= i;
        if (!have)
            have = subject_before(c, i, lo, &s, &se);
        if (!have) {
            char buf[WORD_MAX + 1];
            size_t len = tok_lower(c, i, buf);
            bool ing = len > 4 && !strcmp(buf + len - 3, "ing");
            size_t pre = skip_time_left(c, skip_aux_left(c, i, a), a);
            bool after_and = pre > a && (tok_word_is(c, pre - 1, "and") ||
                                         tok_word_is(c, pre - 1, "but"));
            if (after_and && clause_subject(c, lo, i, true, &s, &se))
                have = true; /* "… they reversed themselves … and said" */
            else if (((ing && i > a && tok_is_char(c, i - 1, ',')) || after_and) &&
                     last_se > last_s) {
                /* "X declined to name them but said ...": X again */
                s = last_s;
                se = last_se;
                have = true;
            } else if ((ing && i > a && tok_is_char(c, i - 1, ',')) || after_and)
                have = sentence_subject(c, a, i, &s, &se);
            if (!have)
                continue;
        }
        /* `“A,” X said ...`: a direct quote, quotes.c's */
        size_t p = i + n;
        if (closes_quote_before(c, s, lo)) {
            /* the rest may hold a participle of the same speaker ("“A,”
             * X said, adding that B", "..., referring to Y") */
            last_s = s;
            last_se = se;
            i = p - 1;
            lo = p;
            continue;
        }
        /* "CLAUSE, she said, CLAUSE": subject right after a comma and a
         * comma after the cue */
        if (s > lo && tok_is_char(c, s - 1, ',') && !c->in_quote[s - 1] && p < e &&
            tok_is_char(c, p, ',') && s - 1 > lo) {
            if (starts_with_quote(c, lo, s - 1))
                return NM_OK;
            /* "CLAUSE, Nefzi said, adding ...": the participle opens an
             * attribution of its own, with the same speaker */
            unsigned cls2 = 0;
            char w2[WORD_MAX + 1];
            size_t w2n = p + 1 < e ? tok_lower(c, p + 1, w2) : 0;
            if (w2n > 4 && !strcmp(w2 + w2n - 3, "ing") && cue_at(c, p + 1, e, &cls2)) {
                nm_status st = emit(c, o, lo, s - 1, 0, 0, s, se, i, i + n);
                if (st != NM_OK)
                    return st;
                last_s = s;
                last_se = se;
                i = p;
                lo = p + 1;
                continue;
            }
            /* the second part ends like any clause ("…, officials said,
             * could be undone by events, whether …") */
            bool bare2;
            size_t ce2 = next_attribution_comma(c, p + 1, e, &bare2);
            size_t cut2 = contrast_cut(c, p + 1, ce2);
            nm_status st = emit(c, o, lo, s - 1, p + 1, cut2, s, se, i, i + n);
            if (st != NM_OK || cut2 >= e)
                return st;
            last_s = s;
            last_se = se;
            i = cut2;
            lo = cut2 + 1;
            continue;
        }
        /* "While X said A, B ...": the clause ends with the subordinate
         * clause; "As X said, CLAUSE": the clause is the main one */
        char sw[WORD_MAX + 1];
        bool subordinate = s > a && !c->in_quote[s - 1] && tok_lower(c, s - 1, sw) &&
                           in_list(k_subordinators, sw);
        size_t pc = subordinate && !strcmp(sw, "as") ? adverbials_comma(c, p, e) : e;
        if (pc + 1 < e) {
            bool bare2;
            size_t ce2 = next_attribution_comma(c, pc + 1, e, &bare2);
            if (is_one_quote(c, pc + 1, ce2))
                return NM_OK;
            nm_status st = emit(c, o, pc + 1, contrast_cut(c, pc + 1, ce2), 0, 0, s, se, i, i + n);
            if (st != NM_OK || ce2 == e)
                return st;
            i = ce2;
            lo = ce2 + 1;
            continue;
        }
        size_t cs = p < e && tok_word_is(c, p, "to") && !c->in_quote[p] && in_list(k_to_cues, cw)
                        ? p
                        : clause_start(c, p, e, in_list(k_tell, cw));
        if (cs >= e)
            continue;
        bool bare;
        size_t ce = next_attribution_comma(c, cs, e, &bare);
        /* "fields, which he said had harmed the economy, ...": the
         * relative word and the verb phrase after the cue are the content */
        char rw[WORD_MAX + 1];
        if (s > lo && !c->in_quote[s - 1] && tok_lower(c, s - 1, rw) &&
            (!strcmp(rw, "which") || !strcmp(rw, "that")) && cs == p &&
            (tok_classes(c, cs) & (W_SKIP | W_BE)) && !(tok_classes(c, cs) & W_PRONOUN)) {
            size_t rce = cs;
            while (rce < ce && (c->in_quote[rce] || !tok_is_char(c, rce, ',')))
                rce++;
            nm_status st = emit(c, o, s - 1, s, cs, rce, s, se, i, i + n);
            if (st != NM_OK || rce >= e)
                return st;
            i = rce;
            lo = rce + 1;
            continue;
        }
        if (subordinate)
            for (size_t j = cs + 1; j < ce; j++)
                if (tok_is_char(c, j, ',') && !c->in_quote[j]) {
                    ce = j;
                    bare = false;
                    break;
                }
        if (is_one_quote(c, cs, ce))
            return NM_OK;
        /* "X, a founder of the think tank Y, said ...": a cue inside the
         * aside of the next cue's subject is no attribution; "X, who says
         * A, said B" is one, and X is still the next cue's subject */
        bool aside = bare && s > lo && tok_is_char(c, s - 1, ',');
        if (!(aside && !(tok_classes(c, s) & W_RELATIVE))) {
            size_t cut = object_adjunct_cut(c, cs, second_predicate_cut(c, cs, contrast_cut(c, cs, ce)));
            /* a clause cut at its closing mark keeps the mark */
            size_t stop = cut == ce && ce < e && c->in_quote[ce] && tok_is_dquote(c, ce) ? ce + 1 : cut;
            nm_status st = emit(c, o, cs, stop, 0, 0, s, se, i, i + n);
            if (st != NM_OK || (ce == e && cut == e))
                return st;
            if (!(tok_classes(c, s) & W_RELATIVE)) {
                last_s = s;
                last_se = se;
            }
            if (cut < ce) {
                /* ", which he said ...": the writer's own clause may hold
                 * another attribution */
                i = cut;
                lo = cut + 1;
                continue;
            }
        }
        i = ce; /* the next attribution starts after that comma */
        if (!bare)
            lo = ce + 1;
    }
    return NM_OK;
}

/* ------------------------------------------------------------------ */
/* Quotes in doubled apostrophes                                       */
/* ------------------------------------------------------------------ */

/* Some newspaper archives write quote marks as two apostrophes
 * (''Yes,'' he said). quotes_marks.c, like PolNeAR's scorer, does not count
 * them as quote marks, so these quotes are reported speech: found here,
 * with the attribution after the closing mark ("''A,'' X said", "''A,''
 * said X") or before the opening one ("X said: ''A''"), and a second span
 * right after the attribution ("''A,'' he said. ''B.''") as a further
 * fragment of the same quote. */

/* Tokens from a closing mark to the cue of its attribution: a subject with
 * an apposition ("''…,'' Lance Beebe, 49, a Navy veteran, said"). */
#define APOS_AFTER_REACH 30
/* How far before a colon opening a quote its cue may stand, in tokens
 * ("X said in a recent issue of Foreign Policy magazine: ''"). */
#define APOS_COLON_REACH 12
/* Fragments one apostrophe quote is assembled from. */
#define APOS_MAX_FRAGS 3

typedef struct apos_span {
    size_t open;  /* first token of the opening mark */
    size_t inner; /* first token after it */
    size_t close; /* first token of the closing mark (paragraph end when unclosed) */
    size_t end;   /* first token after the closing mark */
    bool closed;
} apos_span;

static bool tok_is_apostrophe(const ctx *c, size_t i)
{
    return tok_is_char(c, i, '\'') && tok_flag(c, i, NM_TOK_QUOTE);
}

/* Length in tokens of the run of touching apostrophes at i (2 or more is a
 * doubled-apostrophe mark), 0 when i does not start one. */
static size_t apos_mark_len(const ctx *c, size_t i)
{
    const nm_token *t = c->seg->toks;
    if (!tok_is_apostrophe(c, i) ||
        (i > 0 && tok_is_apostrophe(c, i - 1) && t[i - 1].end == t[i].start))
        return 0;
    size_t k = i + 1;
    while (k < c->seg->n_toks && tok_is_apostrophe(c, k) && t[k - 1].end == t[k].start)
        k++;
    return k - i >= 2 ? k - i : 0;
}

static size_t para_of_tok(const ctx *c, size_t i) { return c->seg->sents[c->seg->toks[i].sent].para; }

/* Doubled-apostrophe spans, paired in turn within each paragraph; a span
 * still open at its paragraph's end runs to it. Arena-owned list. */
static nm_status apos_spans(const ctx *c, apos_span **out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    size_t cap = 0, n = 0;
    apos_span *v = NULL, cur = {0};
    bool open = false;
    const nm_segments *seg = c->seg;
    for (size_t i = 0; i <= seg->n_toks; i++) {
        bool para_end = i == seg->n_toks || (i > 0 && para_of_tok(c, i) != para_of_tok(c, i - 1));
        size_t len = i < seg->n_toks ? apos_mark_len(c, i) : 0;
        if (!(para_end && open) && !len)
            continue;
        if (para_end && open) {
            cur.close = cur.end = i;
            cur.closed = false;
        } else if (!open) {
            cur = (apos_span){i, i + len, 0, 0, false};
            open = true;
            i += len - 1;
            continue;
        } else {
            cur.close = i;
            cur.end = i + len;
            cur.closed = true;
        }
        open = false;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            apos_span *nv = nm_arena_realloc(c->a->arena, v, cap * sizeof *v, nc * sizeof *v);
            if (!nv)
                return NM_ERR_NOMEM;
            v = nv;
            cap = nc;
        }
        v[n++] = cur;
        if (len) {
            if (para_end) {
                /* a mark opening the next paragraph */
                cur = (apos_span){i, i + len, 0, 0, false};
                open = true;
            }
            i += len - 1;
        } else if (i < seg->n_toks) {
            i--; /* look at the paragraph's first token again */
        }
    }
    *out = v;
    *n_out = n;
    return NM_OK;
}

/* Does a sentence end at token i (. ! ? or a paragraph change)? */
static bool ends_sentence(const ctx *c, size_t i)
{
    return tok_is_char(c, i, '.') || tok_is_char(c, i, '!') || tok_is_char(c, i, '?') ||
           tok_is_char(c, i, ';');
}

/* The attribution after a closing mark at token `e`: "X said", "X, a
 * spokesman, said", "said X", "according to X". Sets the source and cue
 * tokens and *after (the first token after the attribution). */
static bool apos_attribution_after(const ctx *c, size_t e, size_t *sp_s, size_t *sp_e,
                                   size_t *cs, size_t *ce, size_t *after)
{
    size_t n_toks = c->seg->n_toks;
    size_t j = e;
    if (j < n_toks && tok_is_char(c, j, ','))
        j++;
    if (j >= n_toks || para_of_tok(c, j) != para_of_tok(c, e - 1) || !tok_is_word(c, j))
        return false;
    unsigned cls = 0;
    size_t n = cue_at(c, j, n_toks, &cls);
    if (n) {
        /* "said X" / "according to X" */
        size_t from = j + n, pe = from;
        while (pe < n_toks && para_of_tok(c, pe) == para_of_tok(c, j))
            pe++;
        size_t sp_end;
        char w[WORD_MAX + 1];
        size_t wl = tok_lower(c, j, w);
        if (wl > 4 && !strcmp(w + wl - 3, "ing"))
            return false;
        if (from >= pe || !inverted_subject_ok(c, from, pe) || !np_after(c, from, pe, &sp_end))
            return false;
        *sp_s = from;
        *sp_e = sp_end;
        *cs = j;
        *ce = from;
        *after = sp_end;
        return true;
    }
    for (size_t k = j + 1; k < n_toks && k < j + APOS_AFTER_REACH; k++) {
        if (para_of_tok(c, k) != para_of_tok(c, j) || ends_sentence(c, k) ||
            apos_mark_len(c, k) || tok_is_dquote(c, k))
            return false;
        n = cue_at(c, k, n_toks, &cls);
        if (!n || (cls & CUE_ACCORDING))
            continue;
        size_t s, se;
        if (!subject_before(c, k, j, &s, &se) || s != j)
            return false;
        *sp_s = s;
        *sp_e = se;
        *cs = k;
        *ce = k + n;
        *after = k + n;
        return true;
    }
    return false;
}

/* The attribution before an opening mark at token `o`: "X said: ''",
 * "X said, ''", "X said that ''" (content then starts at "that"). */
static bool apos_attribution_before(const ctx *c, size_t o, size_t *sp_s, size_t *sp_e,
                                    size_t *cs, size_t *ce, size_t *content)
{
    size_t floor = c->seg->sents[c->seg->toks[o].sent].tok_start;
    size_t k = o;
    *content = o;
    if (k > floor && tok_is_char(c, k - 1, ':')) {
        /* "X said in a recent interview: ''": the cue may stand a little
         * before the colon */
        k--;
        for (size_t j = k; j > floor && j + APOS_COLON_REACH > k; j--) {
            unsigned cls = 0;
            size_t n = cue_at(c, j - 1, k, &cls);
            if (n && !(cls & CUE_ACCORDING) && !c->in_quote[j - 1]) {
                size_t s, se;
                if (!subject_before(c, j - 1, floor, &s, &se))
                    break;
                *sp_s = s;
                *sp_e = se;
                *cs = j - 1;
                *ce = j - 1 + n;
                return true;
            }
            if (tok_is_char(c, j - 1, ',') || tok_is_char(c, j - 1, ';'))
                break;
        }
        return false;
    } else if (k > floor && tok_is_char(c, k - 1, ','))
        k--;
    else if (k > floor && tok_word_is(c, k - 1, "that")) {
        k--;
        *content = k;
    }
    for (size_t n = 1; n <= CUE_MAX_WORDS && n <= k - floor; n++) {
        size_t s0 = k - n;
        unsigned cls = 0;
        if (c->in_quote[s0] && !apos_mark_len(c, s0) && cue_at(c, s0, k, &cls) != n)
            continue;
        if (cue_at(c, s0, k, &cls) != n || (cls & CUE_ACCORDING))
            continue;
        if (s0 > floor && (tok_word_is(c, s0 - 1, "to") || (tok_classes(c, s0 - 1) & W_BE)))
            return false;
        size_t s, se;
        if (!subject_before(c, s0, floor, &s, &se)) {
            char w[WORD_MAX + 1];
            size_t wl = tok_lower(c, s0, w);
            bool ing = wl > 4 && !strcmp(w + wl - 3, "ing");
            if (!(ing && s0 > floor && tok_is_char(c, s0 - 1, ',')) ||
                !sentence_subject(c, floor, s0, &s, &se))
                return false;
        }
        *sp_s = s;
        *sp_e = se;
        *cs = s0;
        *ce = k;
        return true;
    }
    return false;
}

/* Longest attribution sentence after a closing mark that a further span
 * may follow ("''A,'' said X, a strategist for Y who …. ''B''"), in
 * tokens. */
#define APOS_CONTINUE_REACH 60

/* Where the next span would have to open to continue a quote whose
 * attribution ends at `after`: the start of the next sentence ("''A,'' he
 * said on Tuesday. ''B.''", "''A,'' said X, who ... . ''B''") or right after
 * a comma or colon ("''A,'' he said, ''B.''"); n_toks when a mark or the
 * paragraph's end comes first. A title or phrase in marks inside the
 * attribution (`he said on ''This Week.''`, `who noted prices had
 * ''cratered''`) is passed over; one closing the sentence ends it. */
static size_t continuation_at(const ctx *c, size_t after)
{
    size_t n_toks = c->seg->n_toks;
    bool inside = false;
    for (size_t i = after; i < n_toks && i < after + APOS_CONTINUE_REACH; i++) {
        if (para_of_tok(c, i) != para_of_tok(c, after - 1))
            return n_toks;
        size_t len = apos_mark_len(c, i);
        if (len) {
            if (inside) {
                inside = false;
                if (ends_sentence(c, i - 1) && !tok_is_char(c, i - 1, ';'))
                    return i + len;
            } else if (i > after && (tok_is_char(c, i - 1, ',') || tok_is_char(c, i - 1, ':')))
                return i;
            else
                inside = true;
            i += len - 1;
            continue;
        }
        if (tok_is_dquote(c, i))
            return n_toks;
        if (!inside && (tok_is_char(c, i, '.') || tok_is_char(c, i, '!') || tok_is_char(c, i, '?') ||
                        c->seg->sents[c->seg->toks[i].sent].tok_end == i + 1))
            return i + 1;
    }
    return n_toks;
}

/* Longest clause before a quote's opening mark that the quote brings
 * along, in tokens (bounds the work per quote). */
#define APOS_CLAUSE_MAX_TOKENS 80

/* First token of the clause an opening mark at o closes, when words stand
 * before it in its sentence ("The French are big fans of ''Prison
 * Break,''"), else o: none after a colon, a dash or a bracket, which set
 * the quote off. */
static size_t clause_before_mark(const ctx *c, size_t o)
{
    size_t s0 = c->seg->sents[c->seg->toks[o].sent].tok_start;
    if (o - s0 > APOS_CLAUSE_MAX_TOKENS || count_words(c, s0, o) == 0)
        return o;
    for (size_t k = s0; k < o; k++)
        if (tok_is_char(c, k, ':') || tok_is_char(c, k, '(') || is_dash_tok(c, k) || tok_is_dquote(c, k))
            return o;
    return s0;
}

static nm_status emit_frags(ctx *c, out_list *o, const nm_range *fr, size_t nf, size_t sp_s,
                            size_t sp_e, size_t cue_s, size_t cue_e)
{
    nm_range *frags = nm_arena_alloc(c->a->arena, nf * sizeof *frags);
    if (!frags)
        return NM_ERR_NOMEM;
    memcpy(frags, fr, nf * sizeof *frags);
    return push_candidate(c, o, NM_QUOTE_REPORTED, frags, nf, sp_s, sp_e, cue_s, cue_e);
}

/* Byte range of span `sp` marks included (a span left open ends at its
 * last word). */
static nm_range apos_range(const ctx *c, const apos_span *sp)
{
    size_t last = sp->end - 1;
    while (!sp->closed && last > sp->inner && !tok_is_word(c, last))
        last--;
    return (nm_range){c->seg->toks[sp->open].start, c->seg->toks[last].end};
}

static nm_status apos_quotes(ctx *c, out_list *o)
{
    apos_span *v;
    size_t n;
    nm_status st = apos_spans(c, &v, &n);
    if (st != NM_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        if (count_words(c, v[i].inner, v[i].close) < CLAUSE_MIN_WORDS)
            continue;
        nm_range fr[APOS_MAX_FRAGS];
        size_t nf = 0, sp_s, sp_e, cs, ce, after = 0, content;
        bool found = false;
        if (v[i].closed && apos_attribution_after(c, v[i].end, &sp_s, &sp_e, &cs, &ce, &after)) {
            fr[nf++] = apos_range(c, &v[i]);
            /* "The French are big fans of ''Prison Break,'' he said": a
             * quote closing a clause brings the clause along */
            size_t s0 = clause_before_mark(c, v[i].open);
            if (s0 < v[i].open && !ends_sentence(c, v[i].close - 1))
                fr[0].start = c->seg->toks[s0].start;
            found = true;
        } else if (apos_attribution_before(c, v[i].open, &sp_s, &sp_e, &cs, &ce, &content)) {
            nm_range r = apos_range(c, &v[i]);
            r.start = c->seg->toks[content].start;
            fr[nf++] = r;
            found = true;
        }
        if (!found)
            continue;
        /* ''A,'' he said. ''B.'' — B goes on with the same voice */
        if (after) {
            size_t at = continuation_at(c, after), j = i + 1;
            /* spans inside the attribution ("on ''This Week''") are no
             * continuation */
            while (j < n && v[j].open < at && v[j].open >= after)
                j++;
            while (j < n && nf < APOS_MAX_FRAGS && v[j].open == at &&
                   para_of_tok(c, at) == para_of_tok(c, after - 1)) {
                i = j++;
                fr[nf++] = apos_range(c, &v[i]);
                at = v[i].end; /* a further span right after it */
            }
        }
        st = emit_frags(c, o, fr, nf, sp_s, sp_e, cs, ce);
        if (st != NM_OK)
            return st;
    }
    return NM_OK;
}

/* Longest speaker label opening a paragraph before a colon, in tokens
 * ("Sen. Ted Cruz:", "Q:", "FALLIN:"). */
#define LABEL_MAX_TOKENS 5
/* Fewest words after a label for it to be a statement. */
#define LABEL_CONTENT_MIN_WORDS 3

/* "Name: WORDS" opening paragraph sentence `si` (a headline "Marco Rubio:
 * I'm Not Interested", an interview turn "Q: ..."): the statement runs to
 * the paragraph's end. *done tells whether it was taken. */
static nm_status label_statement(ctx *c, out_list *o, size_t si, bool *done)
{
    const nm_segments *seg = c->seg;
    const nm_sentence *s = &seg->sents[si];
    *done = false;
    if (si > 0 && seg->sents[si - 1].para == s->para)
        return NM_OK;
    size_t a = s->tok_start, k = a;
    /* a transcript quoted whole, one paragraph per turn: “PENCE: Well, …” */
    bool quoted = tok_is_dquote(c, a) && c->in_quote[a] && a + 2 < s->tok_end;
    if (quoted)
        k = ++a;
    while (k < s->tok_end && k < a + LABEL_MAX_TOKENS && !tok_is_char(c, k, ':')) {
        if (!(tok_flag(c, k, NM_TOK_CAP) || tok_flag(c, k, NM_TOK_POSS) ||
              (tok_is_char(c, k, '.') && k > a)) ||
            tok_flag(c, k, NM_TOK_DIGIT) || (c->in_quote[k] && !quoted) ||
            (quoted && !tok_flag(c, k, NM_TOK_ALLCAPS) && !tok_is_char(c, k, '.')))
            return NM_OK;
        k++;
    }
    if (k == a || k >= s->tok_end || !tok_is_char(c, k, ':') ||
        (tok_classes(c, a) & (W_FUNCTION | W_STOP | W_SKIP | W_ADVERBIAL)))
        return NM_OK;
    /* the paragraph's last sentence */
    size_t last = si;
    while (last + 1 < seg->n_sents && seg->sents[last + 1].para == s->para)
        last++;
    size_t cs = k + 1;
    size_t ce = clause_end(c, cs, line_break_at(c, cs, seg->sents[last].tok_end));
    /* the transcript's own closing mark is not the speaker's */
    if (quoted && ce > cs && tok_is_dquote(c, ce - 1))
        ce = clause_end(c, cs, ce - 1);
    if (ce <= cs || count_words(c, cs, ce) < LABEL_CONTENT_MIN_WORDS)
        return NM_OK;
    nm_status st = emit(c, o, cs, ce, 0, 0, a, k, k, k + 1);
    if (st == NM_OK)
        *done = true;
    return st;
}

/* Longest stretch of one sentence scanned as a whole, in tokens: real
 * sentences are far shorter (PolNeAR's longest is about 200 tokens);
 * longer ones are read in windows of this size, which keeps the pass
 * linear in the text's length. */
#define SENTENCE_WINDOW_TOKENS 400

/* Does a fragment of q overlap one of the sorted, disjoint ranges fr[0..n)?
 * (binary search per fragment) */
static bool overlaps_any(const nm_quote *q, const nm_range *fr, size_t n)
{
    for (size_t f = 0; f < q->n_frags; f++) {
        size_t lo = 0, hi = n;
        while (lo < hi) { /* first range ending after the fragment's start */
            size_t mid = lo + (hi - lo) / 2;
            if (fr[mid].end <= q->frags[f].start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < n && fr[lo].start < q->frags[f].end)
            return true;
    }
    return false;
}

nm_status nm_reported_find(nm_article *a, const nm_segments *seg,
                           nm_quote **out, nm_range **cues_out, size_t *n_out)
{
    *out = NULL;
    if (cues_out)
        *cues_out = NULL;
    *n_out = 0;
    if (!seg || seg->n_toks == 0)
        return NM_OK;
    pthread_once(&g_once, tables_init);
    ctx c = {a, seg, a->text, NULL};
    c.in_quote = nm_arena_alloc(a->arena, seg->n_toks);
    if (!c.in_quote)
        return NM_ERR_NOMEM;
    mark_quotes(&c);
    out_list o = {0};
    for (size_t si = 0; si < seg->n_sents; si++) {
        const nm_sentence *s = &seg->sents[si];
        size_t e = clause_end(&c, s->tok_start, s->tok_end);
        if (e <= s->tok_start)
            continue;
        bool done = false;
        nm_status st = label_statement(&c, &o, si, &done);
        if (st == NM_OK && done) {
            while (si + 1 < seg->n_sents && seg->sents[si + 1].para == s->para)
                si++;
            continue;
        }
        /* a run-on "sentence" (lists, unpunctuated text) is read in
         * windows: the scans below look back over their sentence for each
         * attribution, so the work per window is bounded */
        for (size_t w = s->tok_start; st == NM_OK && w < e; w += SENTENCE_WINDOW_TOKENS) {
            size_t we = e - w > SENTENCE_WINDOW_TOKENS ? w + SENTENCE_WINDOW_TOKENS : e;
            /* each line of a headline and its subtitle on its own */
            for (size_t l = w; st == NM_OK && l < we;) {
                size_t le = line_break_at(&c, l, we), lce = clause_end(&c, l, le);
                done = false;
                size_t rest = lce;
                if (lce > l)
                    st = poll_attribution(&c, &o, l, lce, &done, &rest);
                if (st == NM_OK && done && rest < lce)
                    st = forward_scan(&c, &o, rest, lce);
                if (st == NM_OK && !done && lce > l)
                    st = final_attribution(&c, &o, l, lce, &done);
                if (st == NM_OK && !done && lce > l)
                    st = forward_scan(&c, &o, l, lce);
                l = le;
            }
        }
        if (st != NM_OK)
            return st;
    }
    /* apostrophe quotes take precedence over clauses overlapping them;
     * both lists are sorted and without overlaps: merge them */
    out_list ap = {0};
    nm_status st = apos_quotes(&c, &ap);
    if (st != NM_OK)
        return st;
    if (ap.n) {
        /* the apostrophe quotes' fragments, in text order: a clause
         * overlapping one gives way, one between two fragments (an
         * attribution's own clause) stays */
        size_t nfr = 0;
        for (size_t k = 0; k < ap.n; k++)
            nfr += ap.q[k].n_frags;
        nm_range *afr = nm_arena_alloc(a->arena, nfr * sizeof *afr);
        if (!afr)
            return NM_ERR_NOMEM;
        nfr = 0;
        for (size_t k = 0; k < ap.n; k++)
            for (size_t f = 0; f < ap.q[k].n_frags; f++)
                afr[nfr++] = ap.q[k].frags[f];
        out_list m = {0};
        size_t i = 0, j = 0;
        while (i < o.n || j < ap.n) {
            bool take_ap = i >= o.n || (j < ap.n && ap.q[j].frags[0].start < o.q[i].frags[0].start);
            if (!take_ap && overlaps_any(&o.q[i], afr, nfr)) {
                i++;
                continue;
            }
            const out_list *from = take_ap ? &ap : &o;
            size_t at = take_ap ? j++ : i++;
            if (m.n == m.cap) {
                size_t cap = m.cap ? m.cap * 2 : 16;
                nm_quote *q = nm_arena_realloc(a->arena, m.q, m.cap * sizeof *q, cap * sizeof *q);
                nm_range *rr = nm_arena_realloc(a->arena, m.cues, m.cap * sizeof *rr, cap * sizeof *rr);
                if (!q || !rr)
                    return NM_ERR_NOMEM;
                m.q = q;
                m.cues = rr;
                m.cap = cap;
            }
            m.q[m.n] = from->q[at];
            m.cues[m.n] = from->cues[at];
            m.n++;
        }
        o = m;
    }
    *out = o.q;
    if (cues_out)
        *cues_out = o.cues;
    *n_out = o.n;
    return NM_OK;
}
