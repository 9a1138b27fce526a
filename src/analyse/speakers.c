/* Attribution cues (data/lexicons/cues.txt) and the speaker mentions
 * standing at them. */
#include "speakers.h"

#include "coref.h"
#include "phrases.h"

#include <pthread.h>
#include <string.h>

/* Longest cue, in words ("told reporters" is 2). */
#define CUE_MAX_WORDS 3
/* Longest speaker mention looked for, in tokens ("the former Maryland
 * governor's campaign spokeswoman" is 7). */
#define NP_MAX_TOKS 9
/* Longest bracketed aside after a subject ("(R-Ohio)"), in tokens. */
#define BRACKET_MAX_TOKS 8
/* Longest apposition skipped between a subject and its cue, in tokens
 * ("Kolotov, a Far East expert at St. Petersburg State University, says"). */
#define APPOS_MAX_TOKS 24
/* Adverbials skipped between a subject and its cue ("Smith (R-Texas) on
 * Tuesday in an interview said" is 3). */
#define ADVERBIALS_MAX 3
/* Longest introductory phrase skipped before a sentence's subject, in
 * tokens ("In an interview with Fox News’ Jenna Lee on Tuesday,"). */
#define INTRO_MAX_TOKS 14
/* Longest adverb set off by commas between a subject and its cue, in
 * tokens ("once again"). */
#define PARENTHETICAL_MAX_TOKS 3
/* Longest bracketed aside skipped before a cue, in tokens. */
#define PAREN_MAX_TOKS 8

/* The cue lexicon's sections, in the order of their NM_CUE_* bits
 * (section k gets bit 1 << k): [speech] NM_CUE_SPEECH, [stance]
 * NM_CUE_STANCE, [according] NM_CUE_ACCORDING. No cue is listed in two
 * sections (tests/unit/test_phrases.c), so a cue has one class. */
static const char *const cue_sections[] = {"speech", "stance", "according", NULL};

static nm_phrases cue_table;
static pthread_once_t cue_once = PTHREAD_ONCE_INIT;

static unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Load cues.txt (format: phrases.h). */
static void cue_load(void) { nm_phrases_load(&cue_table, "cues", cue_sections); }

size_t nm_cue_at(const char *text, const nm_segments *seg, size_t i, unsigned *cls)
{
    pthread_once(&cue_once, cue_load);
    if (i >= seg->n_toks || !(seg->toks[i].flags & NM_TOK_WORD))
        return 0;
    unsigned sec = 0;
    size_t n = nm_phrases_at(&cue_table, text, seg, i, &sec);
    /* an "according to" cue is a speech cue too */
    if (cls)
        *cls = (sec & NM_CUE_ACCORDING) ? sec | NM_CUE_SPEECH : sec;
    return n;
}

/* ---------------------------------------------------------------- */
/* Word classes used to find noun phrases                             */
/* ---------------------------------------------------------------- */

static bool in_words(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (nm_word_eq(*list, strlen(*list), s, n))
            return true;
    return false;
}

static const char *const pronouns[] = {"he", "she", "they", "i", "we", "you", "it", "who", NULL};

/* Words that may stand between a subject and its cue ("has also said"). */
static const char *const aux_words[] = {
    "also", "later", "previously", "has", "have", "had", "will", "would", "could",
    "may", "might", "is", "was", "were", "are", "then", "again", "once", "only",
    "never", "not", "did", "does", "do", "just", "already", "still", "even",
    "further", "first", "last", "often", "should", "must", "can", "been", "be",
    "being", "recently", "repeatedly", "publicly", "privately", "reportedly",
    "frequently", "simply", "now", "later", "finally", "immediately", "always", "ever",
    "long", "sometimes", "soon", "instead", "won't", "won’t", "wouldn't", "wouldn’t", "didn't",
    "didn’t", "doesn't", "doesn’t", "don't", "don’t", "can't", "can’t", "couldn't",
    "couldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "isn't",
    "isn’t", "wasn't", "wasn’t", "shouldn't", "shouldn’t", NULL};

/* Quantifiers that make "one" a whole noun phrase ("no one said"). */
static const char *const one_quantifiers[] = {"no", "every", "any", NULL};

/* Subjects a contracted "’s" / "’re" follows as an auxiliary. */
static const char *const contracted_subjects[] = {"he", "she", "it", "they", "we", "you", "who", "one", NULL};

/* Words that end a noun phrase going left: clause openers and verbs of
 * being; a subject never reaches past them. */
static const char *const np_stops[] = {
    "that", "and", "or", "but", "when", "because", "while", "if", "as", "after",
    "before", "since", "so", "which", "where", "then", "than", "though",
    "although", "whether", "to", "is", "was", "are", "were", "be", "has", "have",
    "had", "said", "says", "not", "it", "this", "there", "here", "what", "how",
    "why", "by", "also", "even", "just", "about", "into", "over", "under",
    "against", "between", "through", "during", "until", "unless", "yet", "nor",
    "once", "whom", "whose", "even", NULL};

/* Words that open a noun phrase: the phrase goes no further left. */
static const char *const determiners[] = {
    "a", "an", "the", "some", "many", "several", "two", "three", "four", "both",
    "other", "most", "his", "her", "their", "its", "our", "my", "one", "another",
    "these", "those", "each", "every", "all", "few", "more", "top", NULL};

/* Determiners that may stand for a whole subject ("Another tweeted",
 * "one said", "Both agreed"). */
static const char *const standalone_determiners[] = {
    "another", "one", "both", "some", "many", "several", "most", "few", NULL};

/* Prepositions allowed inside a description ("officials familiar with the
 * matter", "a spokesman for the campaign"). */
static const char *const np_preps[] = {"of", "for", "at", "with", "from", "in", "on", NULL};

static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "earlier", "later", NULL};

/* Heads of time phrases standing between a subject and its cue. */
static const char *const time_heads[] = {
    "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "weeks", "months", "years", "days", "ago", "day",
    "hours", "minutes", NULL};

/* Prepositions opening an adverbial between a subject and its cue ("in an
 * interview", "during the debate"); "of", "for", "with" are left out: they
 * belong to descriptions ("a spokesman for the campaign"). */
static const char *const adverbial_preps[] = {
    "in", "during", "at", "on", "after", "before", "over", "since", "throughout", NULL};

bool nm_token_is_time_word(const char *text, const nm_segments *seg, size_t i)
{
    return nm_token_in(text, &seg->toks[i], time_heads);
}

static bool is_comma(const char *text, const nm_token *t)
{
    return t->end - t->start == 1 && text[t->start] == ',';
}

/* Words ending in "ly" that are no adverbs. */
static const char *const ly_non_adverbs[] = {
    "early", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "quarterly",
    "friendly", "elderly", "family", "rally", "ally", "italy", "likely", "unlikely",
    "deadly", "costly", "lonely", "lovely", "ugly", "holy", "only", "silly", "timely",
    "orderly", "burly", "curly", "jolly", "bully", "supply", "reply", "apply", "comply",
    "july", "assembly", "anomaly", "homily", "monopoly", NULL};

/* Lower-case word ending in "ly": an adverb ("flatly said"). */
static bool is_ly_adverb(const char *text, const nm_token *t)
{
    size_t n = t->end - t->start;
    return n > 4 && !(t->flags & NM_TOK_CAP) && text[t->end - 2] == 'l' && text[t->end - 1] == 'y' &&
           !in_words(ly_non_adverbs, text + t->start, n);
}

bool nm_speaker_is_pronoun(const char *s, size_t len)
{
    return in_words(pronouns, s, len);
}

/* A hyphen or dash token joining words inside a name ("Jong-un" is one
 * token already; this is for spaced compounds). */
bool nm_token_is_plural_poss(const char *text, const nm_segments *seg, size_t i)
{
    if (i == 0 || i + 1 >= seg->n_toks)
        return false;
    const nm_token *t = &seg->toks[i], *w = &seg->toks[i - 1], *x = &seg->toks[i + 1];
    size_t n = t->end - t->start;
    bool single = (n == 1 && text[t->start] == '\'') ||
                  (n == 3 && !memcmp(text + t->start, "\xE2\x80\x99", 3));
    return single && (t->flags & NM_TOK_QUOTE) && !(t->flags & NM_TOK_SPACE_BEFORE) &&
           (t->flags & NM_TOK_SPACE_AFTER) && (w->flags & NM_TOK_WORD) && w->sent == t->sent &&
           (text[w->end - 1] == 's' || text[w->end - 1] == 'S') && (x->flags & NM_TOK_WORD) &&
           x->sent == t->sent;
}

static bool is_joiner(const char *text, const nm_token *t)
{
    size_t n = t->end - t->start;
    return (n == 1 && (text[t->start] == '-' || text[t->start] == '&')) ||
           (t->flags & NM_TOK_POSS);
}

/* A lower-case word ending in "ed" or "ing" (long enough not to be
 * "red" or "king"): a verb form. */
static bool is_verb_form(const char *text, const nm_token *t)
{
    size_t n = t->end - t->start;
    const char *e = text + t->end;
    return (n > 4 && e[-2] == 'e' && e[-1] == 'd') || (n > 5 && e[-3] == 'i' && e[-2] == 'n' && e[-1] == 'g');
}

/* Verb forms that do not end in "ed": a phrase holding one is a clause
 * ("The endorsement comes", "came shouts"), not a speaker. */
static const char *const irregular_verbs[] = {
    "came", "comes", "went", "goes", "made", "makes", "took", "takes", "gave", "gives",
    "got", "gets", "did", "does", "saw", "sees", "found", "finds", "knew", "felt", "left",
    "kept", "keeps", "held", "holds", "brought", "brings", "began", "begins", "became",
    "becomes", "won", "wins", "lost", "ran", "runs", "met", "meets", "paid", "sent",
    "sends", "spent", "led", "leads", "stood", "stands", "fell", "seems", "seemed",
    "wants", "needs", "shows", "showed", "shown", "sat", "struck", "drew", "broke",
    "spoke", "wrote", "told", "thought", "said", "put", "read", "understood", "quit",
    "hit", "let", "set", "cut", "bet", NULL};

bool nm_token_is_verb(const char *text, const nm_segments *seg, size_t i)
{
    const nm_token *t = &seg->toks[i];
    return (t->flags & NM_TOK_WORD) && !(t->flags & NM_TOK_CAP) &&
           (is_verb_form(text, t) || nm_token_in(text, t, irregular_verbs));
}

/* Verbs a participle completes: the participle's source is their
 * subject. */
static const char *const catenatives[] = {
    "start", "starts", "started", "begin", "begins", "began", "keep", "keeps", "kept",
    "continue", "continues", "continued", "stop", "stops", "stopped", "quit", "spend",
    "spends", "spent", "left", "avoid", "avoids", "avoided", "finished", NULL};
/* Words of a span of time between "spent" and its participle. */
static const char *const time_spans[] = {"more", "much", "most", "less", "time", "hours", "days", NULL};

size_t nm_catenative_before(const char *text, const nm_segments *seg, size_t i, size_t floor)
{
    const nm_token *t = &seg->toks[i];
    if (i <= floor || !(t->flags & NM_TOK_WORD) || t->end - t->start < 5 ||
        memcmp(text + t->end - 3, "ing", 3))
        return (size_t)-1;
    size_t j = i - 1;
    while (j > floor && nm_token_in(text, &seg->toks[j], time_spans))
        j--;
    return nm_token_in(text, &seg->toks[j], catenatives) ? j : (size_t)-1;
}

/* Prepositions whose object is never the subject of the next verb ("in a
 * subsequent tweet", "for the campaign"). "after", "before", "since",
 * "as", "with" and "by" are left out: they also open clauses ("after
 * ReganBooks announced", "with McCain telling reporters") and agents
 * ("asked by host Bill Maher"). */
static const char *const object_preps[] = {
    "in", "on", "at", "for", "of", "from", "to", "into", "about", "over", "under",
    "during", "through", "between", "against", "than", "like", "among", "toward",
    "towards", "upon", "onto", "within", "without", NULL};

/* Prepositions joining a description to its complement ("a spokesman
 * for the campaign"). */
static const char *const description_preps[] = {"of", "for", "from", "at", NULL};

/* Plural nouns without a final "s": "the people say", "the two write". */
static const char *const plural_heads[] = {
    "people", "police", "staff", "media", "public", "clergy", "two", "three", "four",
    "five", "six", "both", "men", "women", "children", "folks", "crowd", "audience",
    "i", "we", "you", "they", NULL};

bool nm_word_is_plural_head(const char *s, size_t n)
{
    return in_words(plural_heads, s, n);
}

/* The noun phrase ending at token `j` (inclusive), going no further left
 * than `floor`. Returns the first token, or (size_t)-1 when token j cannot
 * end a noun phrase. */
static size_t np_left(const char *text, const nm_segments *seg, size_t j, size_t floor)
{
    const nm_token *t = &seg->toks[j];
    if (!(t->flags & NM_TOK_WORD) || (t->flags & NM_TOK_POSS))
        return (size_t)-1;
    if (nm_token_in(text, t, pronouns))
        return j;
    /* a determiner standing alone for its noun at a phrase's start:
     * "Another tweeted", "“…,” one said" */
    if (nm_token_in(text, t, standalone_determiners) &&
        (j == floor || (t->flags & NM_TOK_SENT_START) || !(seg->toks[j - 1].flags & NM_TOK_WORD)))
        return j;
    /* "no one", "every one" */
    if (nm_token_word_is(text, t, "one") && j > floor && nm_token_in(text, &seg->toks[j - 1], one_quantifiers))
        return j - 1;
    if (nm_token_in(text, t, np_stops) || nm_token_in(text, t, determiners) || nm_token_in(text, t, np_preps))
        return (size_t)-1;
    /* "Sanders is disavowing", "Axelrod tweeted": a verb ends no subject */
    if (!(t->flags & NM_TOK_CAP) && (is_verb_form(text, t) || nm_token_in(text, t, irregular_verbs)))
        return (size_t)-1;
    size_t first = j;
    bool has_cap = (t->flags & NM_TOK_CAP) != 0;
    while (first > floor && j - first + 1 < NP_MAX_TOKS) {
        const nm_token *u = &seg->toks[first - 1];
        if (u->sent != t->sent)
            break;
        if (u->flags & NM_TOK_WORD) {
            if (nm_token_in(text, u, determiners)) {
                first--;
                break;
            }
            /* "“…,” this source told": a demonstrative opening the phrase */
            if ((nm_token_word_is(text, u, "this") || nm_token_word_is(text, u, "these")) &&
                (first - 1 == floor || (u->flags & NM_TOK_SENT_START))) {
                first--;
                break;
            }
            if (nm_token_in(text, u, np_stops) || nm_token_in(text, u, pronouns))
                break;
            if (nm_token_in(text, u, np_preps)) {
                /* "Secretary of State Kerry": a preposition inside a
                 * capitalised title, or a description's "of the". */
                if (has_cap && !(first - 1 > floor && (seg->toks[first - 2].flags & NM_TOK_CAP)))
                    break;
                if (first - 1 <= floor)
                    break;
                first--;
                continue;
            }
            if (u->flags & NM_TOK_SENT_START && (u->flags & NM_TOK_CAP) && !has_cap &&
                nm_token_in(text, u, weekdays))
                break;
            /* a verb after its own subject ends the phrase: "Trump
             * tweaked [his campaign]", "he chided [Trump]" */
            if (!(u->flags & NM_TOK_CAP) && is_verb_form(text, u) && first - 1 > floor) {
                const nm_token *w = &seg->toks[first - 2];
                if ((w->flags & NM_TOK_WORD) && ((w->flags & NM_TOK_CAP) || nm_token_in(text, w, pronouns)))
                    break;
            }
            if (u->flags & NM_TOK_CAP)
                has_cap = true;
            first--;
        } else if ((is_joiner(text, u) || nm_token_is_plural_poss(text, seg, first - 1)) && first - 1 > floor &&
                   (seg->toks[first - 2].flags & NM_TOK_WORD)) {
            first--;
        } else {
            break;
        }
    }
    /* a phrase never starts with a preposition */
    while (first < j && nm_token_in(text, &seg->toks[first], np_preps))
        first++;
    return first;
}

static bool opens_clause_too(const char *text, const nm_token *t)
{
    static const char *const clause_preps[] = {"after", "before", "since", NULL};
    return nm_token_in(text, t, clause_preps);
}

/* Does tokens [f, j] hold a capitalised word or a person mention? */
static bool names_someone(const nm_article *a, const nm_segments *seg, size_t f, size_t j)
{
    for (size_t k = f; k <= j; k++)
        if ((seg->toks[k].flags & NM_TOK_CAP) && !(seg->toks[k].flags & NM_TOK_SENT_START))
            return true;
    return nm_speaker_person(a, seg, (nm_range){seg->toks[f].start, seg->toks[j].end}) >= 0;
}

/* Is buf[0..m) (lower case) a one-word cue? */
static bool is_one_word_cue(const char *buf, size_t m)
{
    return nm_phrases_has_word(&cue_table, buf, m);
}

/* Is s[0..n) a cue word whose third-person form ("claims", "pushes",
 * "denies") is a cue too: a bare form, which may be a noun? An irregular
 * past ("sought", "swore") has no such form. */
static bool is_bare_cue_form(const char *s, size_t n)
{
    char buf[64];
    if (n < 2 || n + 3 > sizeof buf)
        return false;
    pthread_once(&cue_once, cue_load);
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)lower((unsigned char)s[i]);
    buf[n] = 's';
    if (is_one_word_cue(buf, n + 1))
        return true;
    memcpy(buf + n, "es", 2);
    if (is_one_word_cue(buf, n + 2))
        return true;
    /* "deny" -> "denies" */
    if (buf[n - 1] != 'y')
        return false;
    memcpy(buf + n - 1, "ies", 3);
    return is_one_word_cue(buf, n + 2);
}

/* A cue in its bare form ("chant", "tweet", "claim") after a singular
 * noun phrase opened by a determiner ("the caustic chant", "a subsequent
 * tweet") is a noun, not a verb with that phrase as its subject; an
 * irregular past is a verb ("The governor sought …"). */
static bool cue_is_noun(const char *text, const nm_segments *seg, size_t first, size_t j,
                        size_t cue)
{
    const nm_token *c = &seg->toks[cue];
    size_t n = c->end - c->start;
    const char *e = text + c->end;
    if ((c->flags & NM_TOK_CAP) || n < 2 || e[-1] == 's' || (n > 3 && e[-2] == 'e' && e[-1] == 'd') ||
        is_verb_form(text, c) || nm_token_in(text, c, irregular_verbs) || !is_bare_cue_form(text + c->start, n))
        return false;
    if (!nm_token_in(text, &seg->toks[first], determiners) || first == j)
        return false;
    const nm_token *h = &seg->toks[j];
    return text[h->end - 1] != 's' && !nm_token_in(text, h, plural_heads) && !(h->flags & NM_TOK_CAP);
}

/* Sentence adverbs set off by commas between a subject and its verb. */
static const char *const parentheticals[] = {
    "meanwhile", "however", "though", "too", "also", "instead", "likewise", "nonetheless",
    "nevertheless", "moreover", "meantime", "then", NULL};

bool nm_speaker_before(const nm_article *a, const nm_segments *seg, size_t cue,
                       size_t floor, nm_range *out)
{
    const char *text = a->text;
    if (cue == 0 || cue <= floor || cue > seg->n_toks)
        return false;
    size_t sent = cue < seg->n_toks ? seg->toks[cue].sent : seg->toks[cue - 1].sent;
    /* "Sanders was asked by host Bill Maher": the agent speaks */
    size_t cl = cue < seg->n_toks ? nm_cue_at(text, seg, cue, NULL) : 0;
    if (cl && nm_speaker_passive_agent(a, seg, cue, cue + cl, out))
        return true;
    size_t j = cue - 1;
    for (int round = 0; round < ADVERBIALS_MAX; round++) {
        /* skip auxiliaries and adverbs: "has also said", "flatly denied",
         * and the "’s" / "’re" of "he’s hoping", "no one’s talking" */
        while (j > floor && seg->toks[j].sent == sent &&
               (nm_token_in(text, &seg->toks[j], aux_words) || is_ly_adverb(text, &seg->toks[j]) ||
                ((seg->toks[j].flags & NM_TOK_POSS) && nm_token_in(text, &seg->toks[j - 1], contracted_subjects))))
            j--;
        if (j < floor || seg->toks[j].sent != sent)
            return false;
        /* a bracketed aside: "Dianne Feinstein (D-Calif.) said" */
        if (nm_token_word_is(text, &seg->toks[j], ")")) {
            size_t k = j;
            while (k > floor && j - k < PAREN_MAX_TOKS && !nm_token_word_is(text, &seg->toks[k], "("))
                k--;
            if (!nm_token_word_is(text, &seg->toks[k], "(") || k <= floor + 1)
                return false;
            j = k - 1;
            continue;
        }
        /* a time or place adverbial: "Smith on Tuesday said", "Feinstein
         * last week said", "the employee in a later interview said" */
        size_t f = np_left(text, seg, j, floor);
        if (f == (size_t)-1 || f <= floor + 1)
            break;
        bool timed = nm_token_in(text, &seg->toks[j], time_heads);
        bool placed = nm_token_in(text, &seg->toks[f - 1], adverbial_preps);
        if (!timed && !placed)
            break;
        /* "after", "before", "since" also open clauses: "spill some
         * beans after ReganBooks announced" has ReganBooks as subject, so
         * only a phrase naming no one ("after the debate") is skipped */
        if (!timed && opens_clause_too(text, &seg->toks[f - 1]) && names_someone(a, seg, f, j))
            break;
        j = placed ? f - 2 : f - 1;
    }
    if (seg->toks[j].sent != sent)
        return false;
    /* a relative subject: "Lynch, who told Congress", "a message that said" */
    if (nm_token_word_is(text, &seg->toks[j], "who") || nm_token_word_is(text, &seg->toks[j], "which") ||
        nm_token_word_is(text, &seg->toks[j], "that")) {
        *out = (nm_range){seg->toks[j].start, seg->toks[j].end};
        return true;
    }
    /* a parenthetical adverb: "Sanders, meanwhile, said", "he, once
     * again, pledged" */
    if (is_comma(text, &seg->toks[j])) {
        size_t k = j;
        while (k > floor + 1 && j - k < PARENTHETICAL_MAX_TOKS && seg->toks[k - 1].sent == sent &&
               (nm_token_in(text, &seg->toks[k - 1], parentheticals) ||
                nm_token_in(text, &seg->toks[k - 1], aux_words) || is_ly_adverb(text, &seg->toks[k - 1])))
            k--;
        if (k < j && k >= floor + 2 && is_comma(text, &seg->toks[k - 1]) && seg->toks[k - 1].sent == sent)
            j = k - 2;
    }
    if (is_comma(text, &seg->toks[j])) {
        /* an apposition: "Kolotov, a Far East expert at X, says" */
        size_t k = j;
        while (k > floor && j - k < APPOS_MAX_TOKS && seg->toks[k - 1].sent == sent &&
               !is_comma(text, &seg->toks[k - 1]) &&
               (!(seg->toks[k - 1].flags & NM_TOK_QUOTE) || nm_token_is_plural_poss(text, seg, k - 1)))
            k--;
        if (k <= floor + 1 || !is_comma(text, &seg->toks[k - 1]) || k == j)
            return false;
        /* the apposition must open like a description, not a clause */
        const nm_token *o = &seg->toks[k];
        if (!nm_token_in(text, o, determiners) && !nm_token_word_is(text, o, "who") && !(o->flags & NM_TOK_CAP) &&
            !nm_token_in(text, o, np_preps))
            return false;
        j = k - 2;
        if (seg->toks[j].sent != sent)
            return false;
        /* "Sanders, meanwhile, who sits at zero endorsements, said" */
        if (nm_token_in(text, &seg->toks[j], parentheticals) && j >= floor + 2 && is_comma(text, &seg->toks[j - 1]))
            j -= 2;
    }
    size_t first = np_left(text, seg, j, floor);
    if (first == (size_t)-1)
        return false;
    /* a description's complement: "a spokesman for [Bernie Sanders]",
     * "the share of [Republicans]", "a professor at [Harvard]" */
    while (first >= floor + 2 && seg->toks[first - 1].sent == sent &&
           nm_token_in(text, &seg->toks[first - 1], description_preps)) {
        size_t f2 = np_left(text, seg, first - 2, floor);
        if (f2 == (size_t)-1 || nm_token_in(text, &seg->toks[first - 2], pronouns))
            break;
        first = f2;
    }
    /* the object of a preposition is no subject: "in a subsequent tweet" */
    if (first > 0 && seg->toks[first - 1].sent == sent && first - 1 >= floor &&
        nm_token_in(text, &seg->toks[first - 1], object_preps) && !nm_token_in(text, &seg->toks[first], pronouns))
        return false;
    if (j + 1 == cue && cue < seg->n_toks && cue_is_noun(text, seg, first, j, cue))
        return false;
    out->start = seg->toks[first].start;
    out->end = seg->toks[j].end;
    return true;
}

/* Words that end a noun phrase going right. */
static const char *const np_right_stops[] = {
    "who", "that", "which", "in", "on", "at", "during", "after", "before", "to",
    "and", "but", "when", "while", "as", "because", "if", "adding", "noting",
    "saying", "told", "said", "says", "last", "this", "earlier", "later", "about",
    "via", "through", "by", NULL};

/* First token of the cue ending just before token `cue_end`, and its
 * class; cue_end when no cue ends there. */
static size_t cue_start_before(const char *text, const nm_segments *seg, size_t cue_end,
                               unsigned *cls)
{
    for (size_t n = 1; n <= CUE_MAX_WORDS && n <= cue_end; n++)
        if (nm_cue_at(text, seg, cue_end - n, cls) == n)
            return cue_end - n;
    *cls = 0;
    return cue_end;
}

/* May the phrase after the cue ending at `cue_end` be its subject? Only
 * when the cue is inverted: right after a quote ("…,” said X", "…” —
 * wrote X"), after a comma, opening its sentence, or "according to".
 * After a subject, a conjunction or
 * a participle the phrase is an object: "told [his supporters]",
 * "noting [flagging economic conditions]", "recalled [the freeze]". */
static bool inverted_cue(const char *text, const nm_segments *seg, size_t cue_end)
{
    unsigned cls = 0;
    size_t cs = cue_start_before(text, seg, cue_end, &cls);
    if (cs == cue_end || (cls & NM_CUE_ACCORDING))
        return true;
    const nm_token *c = &seg->toks[cs];
    if (!(c->flags & NM_TOK_CAP) && is_verb_form(text, c) && text[c->end - 1] == 'g')
        return false; /* "saying", "telling", "noting" are never inverted */
    if (cs == 0 || (c->flags & NM_TOK_FIRST_WORD))
        return true;
    /* after a quote, or after a comma closing a phrase ("Because of
     * how …, explained Rosenberg, “…”") */
    const nm_token *u = &seg->toks[cs - 1];
    return !(u->flags & NM_TOK_WORD);
}

/* The noun phrase starting at token cue_end, going right (see
 * nm_speaker_after); *last_out is its last token. */
static bool phrase_right(const nm_article *a, const nm_segments *seg, size_t cue_end,
                         nm_range *out, size_t *last_out)
{
    const char *text = a->text;
    const nm_token *t = &seg->toks[cue_end];
    *last_out = cue_end;
    size_t sent = seg->toks[cue_end > 0 ? cue_end - 1 : 0].sent;
    if (t->sent != sent || !(t->flags & NM_TOK_WORD) || (t->flags & NM_TOK_POSS))
        return false;
    if (nm_token_in(text, t, pronouns)) {
        if (nm_token_word_is(text, t, "it") || nm_token_word_is(text, t, "who"))
            return false;
        *out = (nm_range){t->start, t->end};
        return true;
    }
    if (nm_token_in(text, t, np_right_stops) || nm_token_in(text, t, np_preps) || nm_token_in(text, t, weekdays))
        return false;
    /* a lower-case word that is not a determiner starts a clause, not a
     * subject ("said repeatedly", "says nothing") */
    if (!(t->flags & NM_TOK_CAP) && !nm_token_in(text, t, determiners) && !(t->flags & NM_TOK_DIGIT) &&
        (nm_token_in(text, t, np_stops) || nm_token_in(text, t, aux_words) || is_ly_adverb(text, t)))
        return false;
    size_t last = cue_end;
    bool has_cap = (t->flags & NM_TOK_CAP) != 0;
    for (size_t k = cue_end + 1; k < seg->n_toks && k - cue_end < NP_MAX_TOKS; k++) {
        const nm_token *u = &seg->toks[k];
        if (u->sent != sent)
            break;
        if (u->flags & NM_TOK_WORD) {
            if (nm_token_in(text, u, np_right_stops) || nm_token_in(text, u, weekdays) ||
                nm_token_in(text, u, pronouns))
                break;
            if (nm_token_in(text, u, np_preps)) {
                /* "a spokesman for the campaign", "Secretary of State" */
                if (k + 1 < seg->n_toks && seg->toks[k + 1].sent == sent &&
                    ((seg->toks[k + 1].flags & NM_TOK_CAP) || nm_token_in(text, &seg->toks[k + 1], determiners)) &&
                    !nm_token_word_is(text, u, "on") && !nm_token_word_is(text, u, "in"))
                    continue;
                break;
            }
            if (has_cap && !(u->flags & NM_TOK_CAP) && !(seg->toks[k - 1].flags & NM_TOK_POSS))
                break; /* "said Smith yesterday" */
            if (!(u->flags & NM_TOK_CAP) && (is_verb_form(text, u) || nm_token_in(text, u, irregular_verbs)))
                break; /* "a court document filed by", "audio provided by" */
            if (u->flags & NM_TOK_CAP)
                has_cap = true;
            last = k;
        } else if (is_joiner(text, u)) {
            continue;
        } else {
            break;
        }
    }
    while (last > cue_end && !(seg->toks[last].flags & NM_TOK_WORD))
        last--;
    *out = (nm_range){t->start, seg->toks[last].end};
    *last_out = last;
    return true;
}

/* Participles naming who made a document ("a court document filed by X",
 * "calculations compiled by X"); a bare "by" also does ("calculations by X"). */
static const char *const maker_participles[] = {
    "filed", "compiled", "released", "published", "prepared", "written", "issued",
    "obtained", "conducted", "commissioned", NULL};

/* The agent after "by" at token k ("by host Bill Maher"), or false. */
static bool agent_after_by(const nm_article *a, const nm_segments *seg, size_t k, nm_range *out)
{
    size_t last;
    if (k + 1 >= seg->n_toks || !nm_token_word_is(a->text, &seg->toks[k], "by") ||
        seg->toks[k + 1].sent != seg->toks[k].sent)
        return false;
    return phrase_right(a, seg, k + 1, out, &last);
}

bool nm_speaker_passive_agent(const nm_article *a, const nm_segments *seg, size_t cue_start,
                              size_t cue_end, nm_range *out)
{
    static const char *const be_forms[] = {"was", "were", "is", "are", "been", "being", "be", NULL};
    if (cue_start == 0 || cue_end >= seg->n_toks || !nm_token_in(a->text, &seg->toks[cue_start - 1], be_forms))
        return false;
    return agent_after_by(a, seg, cue_end, out);
}

bool nm_speaker_after(const nm_article *a, const nm_segments *seg, size_t cue_end,
                      nm_range *out)
{
    const char *text = a->text;
    if (cue_end >= seg->n_toks)
        return false;
    if (!inverted_cue(text, seg, cue_end))
        return false;
    size_t last;
    if (!phrase_right(a, seg, cue_end, out, &last))
        return false;
    /* "according to a court document filed by X", "according to
     * calculations by X": the document's maker speaks, not the paper */
    unsigned cls = 0;
    const nm_token *t = &seg->toks[cue_end];
    cue_start_before(text, seg, cue_end, &cls);
    if ((cls & NM_CUE_ACCORDING) && !(t->flags & NM_TOK_CAP) && !nm_token_in(text, t, pronouns) &&
        last + 1 < seg->n_toks) {
        size_t k = last + 1;
        if (nm_token_in(text, &seg->toks[k], maker_participles))
            k++;
        nm_range agent;
        if (agent_after_by(a, seg, k, &agent))
            *out = agent;
    }
    return true;
}

/* Words opening a sentence before its subject ("But he said…"). */
static const char *const sentence_openers[] = {
    "but", "and", "so", "still", "yet", "then", "also", "meanwhile", "however",
    "now", "later", "earlier", "instead", "indeed", "finally", "again", "likewise",
    "similarly", "moreover", "separately", "nonetheless", "nevertheless", "afterward",
    "afterwards", "elsewhere", "overall", "wait", "outside", "inside", "there", "here",
    "thus", "otherwise", "besides", "yes", "no", "well", "oh", NULL};

/* Last words of a time phrase opening a sentence ("Hours later,", "Eight
 * years ago,", "Each election cycle,"). */
static const char *const time_enders[] = {
    "later", "ago", "earlier", "afterward", "afterwards", "cycle", "time", "times",
    "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "weeks", "months", "years", "days", "day", "hours",
    "minutes", "moments", "season", "term", "decade", "decades", NULL};

/* Words opening an introductory phrase that a comma closes ("In a
 * statement, Smith said", "Asked about it, she said"). */
static bool opens_intro(const char *text, const nm_token *t)
{
    static const char *const intro[] = {
        "in", "on", "at", "after", "before", "when", "while", "during", "as", "for",
        "like", "despite", "since", "with", "without", "of", "from", "by", "over",
        "last", "this", "earlier", "later", "if", "although", "though", "because",
        "unlike", "to", "under", "amid", "according", "once", "until", "shortly",
        "each", "every", "whatever", "whether", "even", "just", NULL};
    if (nm_token_in(text, t, intro))
        return true;
    size_t n = t->end - t->start;
    /* "Asked about…," "Speaking to…," "Pressed on…," "Hastily …," */
    return n > 4 && ((text[t->end - 2] == 'e' && text[t->end - 1] == 'd') ||
                     (text[t->end - 3] == 'i' && text[t->end - 2] == 'n' && text[t->end - 1] == 'g') ||
                     (text[t->end - 2] == 'l' && text[t->end - 1] == 'y'));
}

static bool is_dash(const char *text, const nm_token *t)
{
    size_t n = t->end - t->start;
    const unsigned char *c = (const unsigned char *)text + t->start;
    if (n == 1 && c[0] == '-')
        return true;
    if (n == 2 && c[0] == '-' && c[1] == '-')
        return true;
    /* – — ― (U+2013, U+2014, U+2015) */
    return n == 3 && c[0] == 0xE2 && c[1] == 0x80 && c[2] >= 0x93 && c[2] <= 0x95;
}

/* Longest dateline or headline before a dash, in tokens ("WASHINGTON,
 * Dec. 8 (UPI) —", "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME -"). */
#define DATELINE_MAX_TOKS 16

/* Token after a dateline or an all-capitals headline ending in a dash
 * ("WASHINGTON —", "DECATUR, Ill. —", "Washington (AFP) –"), else k. The
 * words before the dash are capitalised or numbers, never a clause. */
static size_t skip_dateline(const char *text, const nm_segments *seg, size_t k, size_t end)
{
    for (size_t m = k; m < end && m - k <= DATELINE_MAX_TOKS; m++) {
        const nm_token *t = &seg->toks[m];
        if (is_dash(text, t) && m > k)
            return m + 1;
        if ((t->flags & NM_TOK_WORD) && !(t->flags & (NM_TOK_CAP | NM_TOK_DIGIT)))
            return k;
    }
    return k;
}

/* A source label after a dash right before the quote: "Pollsters agree -
 * Carl Bialik: “…”", "HEADLINE - Jeffrey M. Jones: “…”". `before` is the
 * token after the colon or the quote's opening mark. */
bool nm_speaker_dash_label(const char *text, const nm_segments *seg, size_t first, size_t before,
                           nm_range *out)
{
    while (before > first && (seg->toks[before - 1].flags & NM_TOK_QUOTE))
        before--; /* the quote's opening mark */
    if (before < first + 3 || !nm_token_word_is(text, &seg->toks[before - 1], ":"))
        return false;
    size_t k = before - 1;
    while (k > first && k + NP_MAX_TOKS > before) {
        const nm_token *u = &seg->toks[k - 1];
        if (is_dash(text, u)) {
            if (k == before - 1 || !(seg->toks[k].flags & NM_TOK_CAP))
                return false;
            /* "-More from Blumenthal and Cohen:" names the source again */
            if (nm_token_word_is(text, &seg->toks[k], "More") && k + 2 < before - 1 &&
                nm_token_word_is(text, &seg->toks[k + 1], "from"))
                k += 2;
            *out = (nm_range){seg->toks[k].start, seg->toks[before - 2].end};
            return true;
        }
        if (!((u->flags & NM_TOK_CAP) || nm_token_word_is(text, u, "and") || nm_token_word_is(text, u, ".") ||
              is_joiner(text, u) || (nm_token_word_is(text, u, "from") && k >= 2 && k - 2 > first &&
                                     nm_token_word_is(text, &seg->toks[k - 2], "More"))))
            return false;
        k--;
    }
    return false;
}

/* Double quote marks: " “ ” „ « ». */
static bool is_double_mark(const char *text, const nm_token *t)
{
    const unsigned char *c = (const unsigned char *)text + t->start;
    size_t n = t->end - t->start;
    if (n == 1)
        return c[0] == '"';
    if (n == 2)
        return c[0] == 0xC2 && (c[1] == 0xAB || c[1] == 0xBB);
    return n == 3 && c[0] == 0xE2 && c[1] == 0x80 && c[2] >= 0x9C && c[2] <= 0x9F;
}

/* Past a person's name, role words and a second name: "Former US
 * secretary of state Madeleine Albright", "Retired Army Col. Lawrence
 * Wilkerson". Extends `last` to the end of the person mention reached
 * through at most ROLE_MAX_WORDS lower-case words. */
#define ROLE_MAX_WORDS 5
static size_t through_role(const nm_article *a, const nm_segments *seg, size_t last, size_t end)
{
    const char *text = a->text;
    size_t m = last + 1, lower_words = 0;
    while (m < end && lower_words <= ROLE_MAX_WORDS) {
        const nm_token *u = &seg->toks[m];
        if (!(u->flags & NM_TOK_WORD) || nm_token_in(text, u, np_stops) || nm_token_in(text, u, aux_words) ||
            nm_token_in(text, u, pronouns) || nm_token_in(text, u, determiners) || is_verb_form(text, u) ||
            is_ly_adverb(text, u) || nm_token_in(text, u, irregular_verbs) || nm_cue_at(text, seg, m, NULL))
            return last;
        if (u->flags & NM_TOK_CAP)
            break;
        lower_words++;
        m++;
    }
    if (m >= end || m == last + 1 || !(seg->toks[m].flags & NM_TOK_CAP))
        return last;
    nm_range r = {seg->toks[m].start, seg->toks[m].end};
    size_t lo = 0, hi = a->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->mentions[mid].span.end <= r.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= a->n_mentions || a->mentions[lo].span.start != r.start || a->mentions[lo].person < 0)
        return last;
    size_t e = nm_segment_token_at(seg, a->mentions[lo].span.end);
    return e > m && e <= end ? e - 1 : last;
}

/* Subject pronouns that may open a later clause of the sentence. */
static const char *const subject_pronouns[] = {"he", "she", "they", "we", "i", NULL};

/* Words after which a new main clause, with its own subject, starts
 * (subordinators are left out: in "McConnell … after he clinched the
 * nomination and said …" the later verb is still McConnell's). */
static const char *const clause_openers[] = {"and", "but", "so", "then", "yet", NULL};

/* The subject pronoun of the last clause before token `end` that opens
 * after token `from` ("Cruz is … and [he] has long used …", "When Mook
 * was asked …, [he] laughed"), outside quote marks. */
static bool later_clause_pronoun(const char *text, const nm_segments *seg, size_t from, size_t end,
                                 nm_range *out)
{
    bool in_quote = false, found = false;
    for (size_t m = from; m < end; m++) {
        const nm_token *u = &seg->toks[m];
        if (is_double_mark(text, u))
            in_quote = !in_quote;
        if (in_quote || !nm_token_in(text, u, subject_pronouns) || m + 1 >= end)
            continue;
        const nm_token *p = &seg->toks[m - 1], *n = &seg->toks[m + 1];
        bool opens = nm_token_in(text, p, clause_openers) || nm_token_word_is(text, p, ";") ||
                     (is_comma(text, p) && !(seg->toks[m - 2].flags & NM_TOK_QUOTE));
        bool verb = (n->flags & NM_TOK_WORD) && !(n->flags & NM_TOK_CAP) && !nm_token_in(text, n, np_preps);
        if (opens && verb) {
            *out = (nm_range){u->start, u->end};
            found = true;
        }
    }
    return found;
}

/* The subject phrase starting at token k (before `end`): a pronoun, a
 * name with its titles, or a description. */
static bool subject_at(const nm_article *a, const nm_segments *seg, size_t k, size_t end,
                       nm_range *out, size_t *last_out)
{
    const char *text = a->text;
    if (k >= end || !(seg->toks[k].flags & NM_TOK_WORD))
        return false;
    const nm_token *t = &seg->toks[k];
    *last_out = k;
    if (nm_token_in(text, t, pronouns)) {
        if (nm_token_word_is(text, t, "it") || nm_token_word_is(text, t, "you") || nm_token_word_is(text, t, "who"))
            return false;
        *out = (nm_range){t->start, t->end};
        return true;
    }
    size_t last = k;
    if ((t->flags & NM_TOK_CAP) && !nm_token_in(text, t, determiners) && !nm_token_in(text, t, np_stops) &&
        !nm_token_names_no_one(a, seg, k)) {
        /* a name with its titles: "Senate Majority Leader Mitch McConnell" */
        for (size_t m = k + 1; m < end && m - k < NP_MAX_TOKS; m++) {
            const nm_token *u = &seg->toks[m];
            if ((u->flags & NM_TOK_CAP) && (u->flags & NM_TOK_WORD))
                last = m;
            else if (!is_joiner(text, u) && !nm_token_word_is(text, u, "."))
                break;
        }
        last = through_role(a, seg, last, end);
        *out = (nm_range){t->start, seg->toks[last].end};
        *last_out = last;
        return true;
    }
    if (!nm_token_in(text, t, determiners))
        return false;
    /* a description: "the former Republican presidential candidate"; it
     * ends before a verb or a second determiner ("The endorsement comes",
     * "The rationale these proven liars …") */
    for (size_t m = k + 1; m < end && m - k < NP_MAX_TOKS; m++) {
        const nm_token *u = &seg->toks[m];
        if (!(u->flags & NM_TOK_WORD) || nm_token_in(text, u, np_stops) || nm_token_in(text, u, aux_words) ||
            nm_token_in(text, u, np_preps) || nm_token_in(text, u, determiners) || nm_token_in(text, u, pronouns) ||
            nm_cue_at(text, seg, m, NULL) ||
            (!(u->flags & NM_TOK_CAP) && (nm_token_in(text, u, irregular_verbs) ||
                                          /* "the retired neurosurgeon": a
                                           * participle right after the
                                           * determiner is an adjective */
                                          (m > k + 1 && (is_verb_form(text, u) || is_ly_adverb(text, u))))))
            break;
        last = m;
    }
    if (last == k)
        return false;
    *out = (nm_range){t->start, seg->toks[last].end};
    *last_out = last;
    return true;
}

/* Capitalised words that open a sentence without naming anyone:
 * prepositions and subordinators ("Despite", "Following"), sentence
 * adverbs ("However", "Perhaps"), imperatives ("See"), time nouns ("Minutes
 * later"), days and months ("Tuesday at a rally", "June 24 (UPI)"). */
static const char *const no_name_openers[] = {
    "despite", "without", "during", "following", "absent", "whenever", "alongside", "among",
    "amid", "amidst", "however", "perhaps", "soon", "instead", "see", "read", "watch", "click",
    "minutes", "hours", "moments", "days", "weeks", "months", "years", "within", "throughout",
    "toward", "towards", "upon", "beyond", "besides", "unlike", "regardless", "given", "asked",
    "regarding", "concerning", "including", "excluding", "notwithstanding", "wherever", "whatever",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", NULL};

bool nm_token_names_no_one(const nm_article *a, const nm_segments *seg, size_t i)
{
    const char *text = a->text;
    const nm_token *t = &seg->toks[i];
    if (!(t->flags & NM_TOK_WORD) || !(t->flags & NM_TOK_CAP))
        return false;
    if (nm_token_in(text, t, no_name_openers))
        return true;
    /* "Speaking to reporters,", "Reached by phone,", "Arriving at the
     * scene,": a participle before a lower-case word, its phrase closed
     * by a comma, unless it is a known name ("Browning said");
     * "Consulting firms like McKinsey have …" opens no phrase */
    if (!is_verb_form(text, t) || i + 1 >= seg->n_toks || seg->toks[i + 1].sent != t->sent)
        return false;
    const nm_token *u = &seg->toks[i + 1];
    if (!is_comma(text, u) &&
        (!(u->flags & NM_TOK_WORD) || (u->flags & NM_TOK_CAP) || nm_cue_at(text, seg, i + 1, NULL)))
        return false;
    size_t m = i + 1;
    while (m < seg->n_toks && m - i <= INTRO_MAX_TOKS && seg->toks[m].sent == t->sent &&
           !is_comma(text, &seg->toks[m]))
        m++;
    return m < seg->n_toks && m - i <= INTRO_MAX_TOKS && seg->toks[m].sent == t->sent &&
           nm_speaker_person(a, seg, (nm_range){t->start, t->end}) < 0;
}

/* Introductory phrases skipped before a subject ("But", "In Iowa,",
 * "Hours later,", "Hastily politicizing the tragedy ―"). */
#define INTROS_MAX 3

bool nm_speaker_subject(const nm_article *a, const nm_segments *seg, size_t sent, size_t before,
                        nm_range *out)
{
    const char *text = a->text;
    const nm_sentence *se = &seg->sents[sent];
    size_t end = before < se->tok_end ? before : se->tok_end;
    size_t k = se->tok_start;
    if (nm_speaker_dash_label(text, seg, k, end, out))
        return true;
    /* a quote opening the sentence holds no subject: look past it ("“…,”
     * said Beck, who …", "“…,” he said at a news conference, and …") */
    while (k < end && !(seg->toks[k].flags & NM_TOK_WORD)) {
        if (is_double_mark(text, &seg->toks[k])) {
            size_t m = k + 1;
            while (m < end && !is_double_mark(text, &seg->toks[m]))
                m++;
            if (m >= end)
                return false;
            k = m + 1;
            while (k < end && !(seg->toks[k].flags & NM_TOK_WORD))
                k++;
            size_t cl = k < end ? nm_cue_at(text, seg, k, NULL) : 0;
            if (cl)
                return k + cl < end && nm_speaker_after(a, seg, k + cl, out);
            break;
        }
        k++;
    }
    k = skip_dateline(text, seg, k, end);
    for (int round = 0; round < INTROS_MAX && k < end; round++) {
        size_t k0 = k;
        while (k < end && nm_token_in(text, &seg->toks[k], sentence_openers)) {
            k++;
            if (k < end && is_comma(text, &seg->toks[k]))
                k++;
        }
        /* an introductory phrase up to its comma or dash */
        size_t m = k;
        while (m < end && m - k <= INTRO_MAX_TOKS && !is_comma(text, &seg->toks[m]) &&
               !is_dash(text, &seg->toks[m]) && !(seg->toks[m].flags & NM_TOK_QUOTE))
            m++;
        bool closed = m < end && m > k && (is_comma(text, &seg->toks[m]) || is_dash(text, &seg->toks[m]));
        if (closed && (opens_intro(text, &seg->toks[k]) || nm_token_in(text, &seg->toks[m - 1], time_enders) ||
                       /* "in Salem, New Hampshire, Trump …": the state
                        * after an intro's town */
                       (round > 0 && k >= 2 && (seg->toks[k].flags & NM_TOK_CAP) &&
                        (seg->toks[k - 2].flags & NM_TOK_CAP) && is_comma(text, &seg->toks[k - 1]) &&
                        is_comma(text, &seg->toks[m]) && m - k <= 3)))
            k = m + 1;
        else if (k < end && opens_intro(text, &seg->toks[k]) && !nm_token_in(text, &seg->toks[k], pronouns))
            return false; /* an intro that never closes */
        if (k == k0)
            break;
    }
    size_t last;
    if (!subject_at(a, seg, k, end, out, &last))
        return false;
    /* a later clause with a pronoun subject is nearer the quote */
    nm_range p;
    if (later_clause_pronoun(text, seg, last + 1, end, &p))
        *out = p;
    return true;
}

bool nm_speaker_subject_at(const nm_article *a, const nm_segments *seg, size_t k, size_t end,
                           nm_range *out, size_t *verb)
{
    size_t last;
    nm_range sp;
    if (!subject_at(a, seg, k, end, &sp, &last) || last + 1 >= end)
        return false;
    /* "Gov. Pat McCrory (R) blamed": a bracket after the name */
    if (nm_token_word_is(a->text, &seg->toks[last + 1], "(")) {
        size_t m = last + 2;
        while (m < end && m - last <= BRACKET_MAX_TOKS && !nm_token_word_is(a->text, &seg->toks[m], ")"))
            m++;
        if (m >= end || !nm_token_word_is(a->text, &seg->toks[m], ")"))
            return false;
        last = m;
        if (last + 1 >= end)
            return false;
    }
    const nm_token *v = &seg->toks[last + 1];
    /* its verb: a lower-case word, not a preposition, a conjunction or a
     * comma ("Salem, New Hampshire on Monday" has none) */
    static const char *const not_verbs[] = {"and", "or", "but", "that", "which", "who", "to",
                                            "by", "as", "than", "about", "into", "over", NULL};
    if (!(v->flags & NM_TOK_WORD) || (v->flags & NM_TOK_CAP) || nm_token_in(a->text, v, np_preps) ||
        nm_token_in(a->text, v, not_verbs))
        return false;
    *out = sp;
    *verb = last + 1;
    return true;
}

int nm_speaker_person(const nm_article *a, const nm_segments *seg, nm_range mention)
{
    /* binary search the first mention ending after mention.start */
    size_t lo = 0, hi = a->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->mentions[mid].span.end <= mention.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* the last overlapping mention is the head of the phrase ("the
     * campaign's spokeswoman Haley Morris") */
    int person = -1;
    for (size_t k = lo; k < a->n_mentions && a->mentions[k].span.start < mention.end; k++)
        if (a->mentions[k].span.end > mention.start)
            person = a->mentions[k].person;
    if (person >= 0)
        return person;
    if (nm_speaker_is_pronoun(a->text + mention.start, mention.end - mention.start))
        return nm_coref_resolve(a, seg, mention);
    /* a known name that names.c left out ("Dean, a medical doctor, …"):
     * the mention's last word, capitalised, as a person's alias */
    size_t e = mention.end, b = e;
    while (b > mention.start && a->text[b - 1] != ' ')
        b--;
    if (e > b && a->text[b] >= 'A' && a->text[b] <= 'Z')
        return nm_coref_person_named(a, a->text + b, e - b);
    return -1;
}
