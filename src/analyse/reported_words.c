/* Reported speech: the word classes and the cue lexicon (cues.txt,
 * reporting_verbs.txt), hashed once, and the word lists several of the
 * reported*.c files use. See reported_ctx.h. */
#include "reported_ctx.h"

#include "phrases.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Word classes, hashed once                                           */
/* ------------------------------------------------------------------ */

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

/* Load a cue lexicon (cues.txt, reporting_verbs.txt; format: phrases.h,
 * sections [speech] / [stance] / [according]) into the cue lists. A cue
 * with a word longer than WORD_MAX is left out. */
static void load_cues(const char *name)
{
    /* filled once, under g_once; the phrases point into the embedded
     * lexicon, whose words are copied below */
    static nm_phrases lex;
    static const char *const sections[] = {"speech", "stance", "according", NULL};
    static const unsigned section_cls[] = {CUE_SPEECH, CUE_STANCE, CUE_ACCORDING};
    nm_phrases_load(&lex, name, sections);
    for (size_t k = 0; k < lex.n && g_n_cues < CUE_MAX; k++) {
        const nm_phrase *p = &lex.p[k];
        cue_entry *c = &g_cues[g_n_cues];
        memset(c, 0, sizeof *c);
        bool ok = true;
        for (size_t w = 0; w < p->n_words && ok; w++) {
            if (p->wl[w] > WORD_MAX)
                ok = false;
            else {
                memcpy(c->words[c->n_words], p->w[w], p->wl[w]);
                c->words[c->n_words][p->wl[w]] = 0;
                c->n_words++;
            }
        }
        word_entry *e = ok ? word_slot(c->words[0], strlen(c->words[0]), true) : NULL;
        if (e) {
            /* a phrase's section is the bit 1 << its index in `sections` */
            for (unsigned b = 0; sections[b]; b++)
                if (p->section == 1u << b)
                    c->cls = section_cls[b];
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

void nm_r_words_init(void) { pthread_once(&g_once, tables_init); }

static const word_entry *tok_entry(const ctx *c, size_t i)
{
    char buf[WORD_MAX + 1];
    size_t n = tok_lower(c, i, buf);
    return n ? word_slot(buf, n, false) : NULL;
}

unsigned nm_r_tok_classes(const ctx *c, size_t i)
{
    const word_entry *e = tok_entry(c, i);
    return e ? e->classes : 0;
}

/* Cue starting at token i: its length in tokens (0: none) and class. */
size_t nm_r_cue_at(const ctx *c, size_t i, size_t end, unsigned *cls)
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
/* Word lists shared by the files (declared in reported_ctx.h)         */
/* ------------------------------------------------------------------ */

/* Cue forms that are rarely a reported-speech verb in news: nouns
 * ("remarks", "note"), aspect verbs ("continues") and participles used as
 * adjectives ("expected"). Grammar, not topic words. */
const char *const nm_r_not_reported[] = {
    "continue", "continues", "continued", "continuing", "remarks", "note",
    "tweet", "thinking", "reporting", "expected", "expecting", "knowing",
    "feeling", "wrote in", "went on", "goes on", "claim", "posted", "know",
    "knew", "respond", "maintained", "maintains", "thought", "felt",
    "mention", "add", NULL};

/* Pronouns that can only be subjects: they open a clause. */
const char *const nm_r_subject_pronouns[] = {"he", "she", "they", "we", "i", NULL};

/* Words opening a subordinate clause ("While X said A, B"; "said that if
 * A, B"). */
const char *const nm_r_subordinators[] = {
    "while", "although", "though", "because", "if", "when", "whereas", "since",
    "unless", "as", "after", "before", "once", "until", NULL};

/* Relative words opening an aside on the noun before them. */
const char *const nm_r_trailing_relatives[] = {"who", "whose", "whom", "where", NULL};

/* Past forms of common irregular verbs: finite like an "-ed" word. */
const char *const nm_r_irregular_past[] = {
    "took", "made", "gave", "went", "won", "ran", "told", "said", "sent", "spent", "got",
    "came", "saw", "kept", "left", "met", "held", "brought", "began", "became", "fell",
    "fought", "sought", "stood", "wrote", "led", "lost", "paid", "built", "struck", "drew",
    "threw", "chose", "rose", "broke", "spoke", "knew", "thought", "felt", "found", "heard",
    "meant", "sold", "taught", "caught", "did", NULL};
/* Finite auxiliaries: with them a clause has a verb of its own. */
const char *const nm_r_finite_aux[] = {
    "is", "was", "are", "were", "am", "has", "have", "had", "will", "would", "could", "can",
    "may", "might", "should", "must", "does", "do", "did", NULL};
