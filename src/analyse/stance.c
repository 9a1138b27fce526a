/* Stance attributions without speech: see stance.h.
 *
 * One pass over each sentence's tokens, linear in tokens (every look
 * around a token is bounded). At each word, the first that applies:
 *  1. a sentence-opening "In" + a noun of [in]: "In a new poll, CLAUSE";
 *     the phrase after "In" is the source, the rest of the sentence the
 *     content;
 *  2. a [hearsay] adverb: "The FBI is reportedly making …", no source;
 *  3. an owner + a [noun] cue: "her insistence that …" (content from
 *     "that"/"to"), "the senator's criticism of Y" (the object after the
 *     preposition); the owner is the source;
 *  4. a verb: an [infinitive] one + "to" (content from "to" to the
 *     clause's end), a [clause] one + a clause ("voters know that …"), an
 *     [object] one with its object noun phrase ("X endorsed Y").
 * A verb's source is its subject (nm_speaker_before); a participle after a
 * comma or a preposition takes the sentence's subject ("…, seeking to …"). */
#include "stance.h"

#include "core/grow.h"
#include "phrases.h"
#include "quotes_marks.h"
#include "speakers.h"

#include <pthread.h>
#include <string.h>

enum { SEC_OBJECT = 1, SEC_INFINITIVE = 2, SEC_NOUN = 4, SEC_IN = 8, SEC_CLAUSE = 16, SEC_HEARSAY = 32 };
static const char *const k_sections[] = {"object", "infinitive", "noun", "in", "clause", "hearsay", NULL};

static nm_phrases g_lex;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void lex_init(void) { nm_phrases_load(&g_lex, "stance_verbs", k_sections); }

/* ------------------------------------------------------------------ */
/* Grammar words: closed classes, no topic words                       */
/* ------------------------------------------------------------------ */

static const char *const k_owners[] = {"his", "her", "their", "its", "my", "our", "your", NULL};
static const char *const k_determiners[] = {
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "whose", "some", "any", "no", "each", "every", "such", NULL};
/* Words after which a bare verb form is a verb, not a noun ("would
 * support", "voters support", "they oppose"). */
static const char *const k_verb_openers[] = {
    "would", "will", "could", "can", "may", "might", "should", "must", "do", "does", "did",
    "not", "don't", "don’t", "i", "we", "you", "they", "who", "that", "which", "also",
    "still", "now", "generally", NULL};
/* Forms of "be": an "-ed" form after them is passive. */
static const char *const k_be[] = {
    "is", "was", "are", "were", "be", "been", "being", "am", "get", "got", "gets", NULL};
/* Prepositions and clause words that cannot open an object ("backed by",
 * "opposed to", "support for"). */
static const char *const k_no_object[] = {
    "by", "to", "for", "of", "in", "on", "at", "from", "with", "as", "that", "than", "up",
    "out", "off", "down", "away", "and", "or", "but", "because", "if", "when", "while",
    "into", "over", "against", "about", "there", "here", "so", "too", "it's", NULL};
/* Words that end an object noun phrase: adverbials and clause openers. */
static const char *const k_object_end[] = {
    "at", "during", "after", "before", "because", "since", "while", "when", "as", "but",
    "although", "though", "despite", "amid", "until", "unless", "if", "whereas", "where",
    "yesterday", "today", "tonight", "last", "earlier", "later", "ago", "by", "with",
    "even", "so", "instead", "rather", "early", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "this", "next", "over", "via", NULL};
/* Words after "in"/"on" that make it a time or circumstance ("in
 * November", "in a statement", "on Thursday"). */
static const char *const k_time_after_prep[] = {
    "a", "an", "his", "her", "their", "its", "early", "late", "mid", "recent", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "what",
    "which", "response", "order", "part", NULL};
/* Words after "and" that open a second predicate ("endorsed Y and has
 * campaigned"). */
static const char *const k_predicate_openers[] = {
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "said", "says",
    "then", "also", "later", "could", "can", NULL};
/* Finite auxiliaries: after an object they open the sentence's own
 * predicate ("his attacks on Curiel have alarmed …", "groups supporting
 * her have spent …"). */
static const char *const k_finite_aux[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "may", "might", "should", "must", "does", "do", "did", "isn't", "isn’t", "aren't",
    "aren’t", "wasn't", "wasn’t", "hasn't", "hasn’t", "haven't", "haven’t", "won't",
    "won’t", "doesn't", "doesn’t", "didn't", "didn’t", "can't", "can’t", NULL};
/* Relative pronouns: an auxiliary right after one belongs to the relative
 * clause ("Muslims who are not citizens"). */
static const char *const k_relatives[] = {"who", "which", "that", NULL};
/* Words that open a clause before "in the polls" ("where he has been
 * leading in the polls"). */
static const char *const k_clause_openers[] = {
    "that", "where", "when", "as", "while", "because", "since", "although", "though",
    "but", "after", "before", "why", "how", "whether", "if", "so", "and", NULL};
/* Words that end the clause of an infinitive or a "that" clause. */
static const char *const k_clause_end[] = {"but", NULL};
/* Subordinators that end it when a subject pronoun follows ("sought to
 * stoke energy as he stopped by …"). */
static const char *const k_subordinators[] = {
    "as", "while", "when", "because", "after", "before", "since", "although", "though",
    "until", "so", NULL};
static const char *const k_subject_pronouns[] = {"he", "she", "they", "we", "i", "it", NULL};
/* Prepositions after which a participle's subject is the sentence's ("for
 * supporting Trump", "after seeking to …"). */
static const char *const k_participle_preps[] = {
    "by", "for", "after", "before", "while", "of", "on", "from", "about", "in", "without",
    NULL};
/* Adjectives between an owner and a noun cue ("his latest call for"). */
static const char *const k_noun_modifiers[] = {
    "latest", "recent", "repeated", "new", "own", "continued", "public", "early", "earlier",
    "previous", "renewed", "frequent", "persistent", "personal", "sharp", "harsh",
    "strong", "vocal", "fierce", "unwavering", "controversial", "stated", "initial", NULL};

/* ------------------------------------------------------------------ */
/* Token helpers                                                        */
/* ------------------------------------------------------------------ */

typedef struct ctx {
    nm_article *a;
    const nm_segments *seg;
    const char *text;
    nm_quote *q;
    size_t n, cap;
} ctx;

static const nm_token *tok(const ctx *c, size_t i) { return &c->seg->toks[i]; }

static bool is_word(const ctx *c, size_t i) { return (tok(c, i)->flags & NM_TOK_WORD) != 0; }

static bool is_char(const ctx *c, size_t i, char ch)
{
    const nm_token *t = tok(c, i);
    return t->end - t->start == 1 && c->text[t->start] == ch;
}

static bool word_is(const ctx *c, size_t i, const char *w) { return nm_token_word_is(c->text, tok(c, i), w); }

static bool word_in(const ctx *c, size_t i, const char *const *list) { return nm_token_in(c->text, tok(c, i), list); }

/* Does token i end in `suffix` (lower case, after at least 2 letters)? */
static bool ends_with(const ctx *c, size_t i, const char *suffix)
{
    const nm_token *t = tok(c, i);
    size_t n = t->end - t->start, k = strlen(suffix);
    return n >= k + 2 && !memcmp(c->text + t->end - k, suffix, k);
}

/* A dash setting off a clause: a spaced "-", "–", "—". */
static bool is_dash(const ctx *c, size_t i)
{
    const nm_token *t = tok(c, i);
    const unsigned char *u = (const unsigned char *)c->text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && u[0] == '-' && (t->flags & NM_TOK_SPACE_BEFORE)) ||
           (n == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94));
}

/* Punctuation that ends a clause or a phrase. */
static bool is_break(const ctx *c, size_t i)
{
    return is_char(c, i, ',') || is_char(c, i, ';') || is_char(c, i, ':') || is_dash(c, i) ||
           is_char(c, i, '(') || is_char(c, i, ')') || is_char(c, i, '?') || is_char(c, i, '!') ||
           (tok(c, i)->flags & NM_TOK_ELLIPSIS);
}

/* A quote mark that is no plural possessive ("Sanders' plan"). */
static bool is_mark(const ctx *c, size_t i)
{
    return (tok(c, i)->flags & NM_TOK_QUOTE) && !nm_token_is_plural_poss(c->text, c->seg, i);
}

/* Drop final punctuation from [s, e). */
static size_t trim_end(const ctx *c, size_t s, size_t e)
{
    while (e > s && (tok(c, e - 1)->flags & NM_TOK_PUNCT) && !is_mark(c, e - 1))
        e--;
    return e;
}

static size_t count_words(const ctx *c, size_t s, size_t e)
{
    size_t n = 0;
    for (size_t i = s; i < e; i++)
        n += is_word(c, i);
    return n;
}

/* ------------------------------------------------------------------ */
/* Content shapes                                                       */
/* ------------------------------------------------------------------ */

/* Longest bracketed aside kept inside an object ("Paul Ryan (R-Wis.)"). */
#define BRACKET_MAX_TOKENS 8

/* Is "in"/"on" at token i an adverbial (time, occasion), not part of the
 * object ("endorsed Cruz in November", "backed her on Thursday")? */
static bool adverbial_prep(const ctx *c, size_t i, size_t e)
{
    if (!(word_is(c, i, "in") || word_is(c, i, "on")) || i + 1 >= e)
        return false;
    return word_in(c, i + 1, k_time_after_prep) || (tok(c, i + 1)->flags & NM_TOK_DIGIT);
}

/* End of the object noun phrase opening at `s` (before sentence end e):
 * up to punctuation, an adverbial or a second predicate. s itself when
 * no object opens there. */
static size_t object_end(const ctx *c, size_t s, size_t e)
{
    if (s >= e || !is_word(c, s) || word_in(c, s, k_no_object) || word_in(c, s, k_object_end))
        return s;
    size_t i = s;
    while (i < e) {
        const nm_token *t = tok(c, i);
        if (is_char(c, i, '(') && i > s) {
            size_t k = i + 1;
            while (k < e && k - i < BRACKET_MAX_TOKENS && !is_char(c, k, ')'))
                k++;
            if (k < e && is_char(c, k, ')')) {
                i = k + 1;
                continue;
            }
            break;
        }
        if (is_mark(c, i) || is_break(c, i))
            break;
        if (t->flags & NM_TOK_PUNCT) {
            /* a hyphen, slash or period inside a name ("R-Wis.", "NBC/WSJ") */
            if (!(t->flags & NM_TOK_SPACE_BEFORE) && !is_dash(c, i)) {
                i++;
                continue;
            }
            break;
        }
        if (i > s && (word_in(c, i, k_object_end) || adverbial_prep(c, i, e)))
            break;
        if (i > s && word_in(c, i, k_finite_aux) && !word_in(c, i - 1, k_relatives))
            break;
        /* after a name: "Clinton to clinch …", "Clinton who's trying",
         * "Trump 46 percent to 32 percent", "Trump gathered steam" */
        if (i > s && (tok(c, i - 1)->flags & NM_TOK_CAP) &&
            (word_is(c, i, "to") || word_in(c, i, k_relatives) || (t->flags & NM_TOK_DIGIT) ||
             (!(t->flags & NM_TOK_CAP) && ends_with(c, i, "ed"))))
            break;
        if (i > s && word_is(c, i, "and") && i + 1 < e &&
            (word_in(c, i + 1, k_predicate_openers) ||
             (!(tok(c, i + 1)->flags & NM_TOK_CAP) && ends_with(c, i + 1, "ed"))))
            break;
        i++;
    }
    return trim_end(c, s, i);
}

/* End of the clause opening at `s`: up to a clause-ending punctuation mark
 * or "but". */
static size_t clause_end(const ctx *c, size_t s, size_t e)
{
    size_t i = s;
    while (i < e && !is_break(c, i) && !(i > s && word_in(c, i, k_clause_end)) &&
           !(i > s && i + 1 < e && word_in(c, i, k_subordinators) && word_in(c, i + 1, k_subject_pronouns)))
        i++;
    return trim_end(c, s, i);
}

/* ------------------------------------------------------------------ */
/* Output                                                               */
/* ------------------------------------------------------------------ */

/* Append a candidate: content tokens [cs, ce), cue tokens [us, ue), source
 * bytes `src`. */
static nm_status push(ctx *c, size_t cs, size_t ce, size_t us, size_t ue, nm_range src)
{
    if (ce <= cs || count_words(c, cs, ce) == 0)
        return NM_OK;
    if (!nm_arena_grow(c->a->arena, (void **)&c->q, &c->cap, c->n, sizeof *c->q, 16))
        return NM_ERR_NOMEM;
    nm_range *fr = nm_arena_alloc(c->a->arena, sizeof *fr);
    if (!fr)
        return NM_ERR_NOMEM;
    *fr = (nm_range){tok(c, cs)->start, tok(c, ce - 1)->end};
    nm_quote *q = &c->q[c->n];
    memset(q, 0, sizeof *q);
    q->kind = nm_qmarks_hold_double(c->text, *fr) ? NM_QUOTE_MIXED : NM_QUOTE_REPORTED;
    q->frags = fr;
    q->n_frags = 1;
    q->cue = nm_arena_strndup(c->a->arena, c->text + tok(c, us)->start, tok(c, ue - 1)->end - tok(c, us)->start);
    if (!q->cue)
        return NM_ERR_NOMEM;
    q->has_speaker = src.end > src.start;
    q->speaker = src;
    q->person = -1;
    c->n++;
    return NM_OK;
}

/* ------------------------------------------------------------------ */
/* 1. "In" + poll / view                                                */
/* ------------------------------------------------------------------ */

/* Longest phrase after "in" searched for its [in] noun, in tokens ("the
 * latest NBC News/Wall Street Journal poll"). */
#define IN_PHRASE_MAX_TOKENS 12

/* The [in] noun of the phrase after "in" at token i: its token, or 0. */
static size_t in_noun(const ctx *c, size_t i, size_t e)
{
    for (size_t k = i + 1; k < e && k <= i + IN_PHRASE_MAX_TOKENS; k++) {
        if (is_break(c, k) || is_mark(c, k) || word_in(c, k, k_clause_openers))
            return 0;
        unsigned sec = 0;
        if (nm_phrases_at(&g_lex, c->text, c->seg, k, &sec) && (sec & SEC_IN))
            return k;
    }
    return 0;
}

/* "In a new poll, CLAUSE" opening a sentence: the phrase after "in" runs
 * to its comma and is the source; the rest of the sentence is the
 * content. "CLAUSE in the latest poll" is left alone: news text writes it
 * of standings ("he rose in the polls") far more than of findings. */
static nm_status in_finding(ctx *c, size_t first, size_t i, size_t e, size_t *next)
{
    size_t noun = i == first ? in_noun(c, i, e) : 0;
    if (!noun)
        return NM_OK;
    size_t k = noun + 1;
    while (k < e && k < i + 2 * IN_PHRASE_MAX_TOKENS && !is_break(c, k) && !is_mark(c, k))
        k++;
    if (k >= e || !is_char(c, k, ','))
        return NM_OK;
    nm_range src = {tok(c, i + 1)->start, tok(c, k - 1)->end};
    size_t ce = trim_end(c, k + 1, e);
    if (count_words(c, k + 1, ce) < 3)
        return NM_OK;
    *next = ce;
    return push(c, k + 1, ce, i, i + 1, src);
}

/* ------------------------------------------------------------------ */
/* 2. owner + noun cue                                                  */
/* ------------------------------------------------------------------ */

/* The owner before the noun cue at token i: "his", "Trump's", "Sanders'"
 * (one adjective may stand between: "his latest call"). */
static bool owner_before(const ctx *c, size_t first, size_t i, nm_range *src)
{
    if (i <= first)
        return false;
    size_t j = i - 1;
    if (j > first && word_in(c, j, k_noun_modifiers))
        j--;
    if (word_in(c, j, k_owners)) {
        *src = (nm_range){tok(c, j)->start, tok(c, j)->end};
        return true;
    }
    if ((tok(c, j)->flags & NM_TOK_POSS) || nm_token_is_plural_poss(c->text, c->seg, j))
        return nm_speaker_before(c->a, c->seg, j, first, src);
    return false;
}

/* Prepositions that close a noun cue ("criticism of", "view of"). */
static const char *const k_cue_preps[] = {"on", "of", "for", "to", "about", NULL};

static nm_status noun_cue(ctx *c, size_t first, size_t i, size_t n, size_t e, size_t *next)
{
    nm_range src;
    if (!owner_before(c, first, i, &src))
        return NM_OK;
    size_t k = i + n, ce;
    if (n > 1 && word_in(c, k - 1, k_cue_preps)) {
        ce = object_end(c, k, e);
        if (ce <= k)
            return NM_OK;
    } else {
        /* "insistence that …", "vow to V …" */
        if (k + 1 >= e || !(word_is(c, k, "that") || word_is(c, k, "to")) ||
            (tok(c, k + 1)->flags & NM_TOK_CAP) || !is_word(c, k + 1) ||
            (word_is(c, k, "to") && word_in(c, k + 1, k_determiners)))
            return NM_OK;
        ce = clause_end(c, k, e);
        if (count_words(c, k, ce) < 3)
            return NM_OK;
    }
    *next = ce;
    return push(c, k, ce, i, i + n, src);
}

/* ------------------------------------------------------------------ */
/* 3 and 4. verbs                                                       */
/* ------------------------------------------------------------------ */

/* Is the verb at token i used as a noun or adjective ("the endorsed
 * candidate", "his Republican support", "plans for")? Bare forms
 * ("support", "plan") must follow a subject pronoun, a modal or a plural
 * subject. */
static bool verb_ok(const ctx *c, size_t first, size_t i)
{
    if (i <= first)
        return false;
    size_t j = i - 1;
    while (j > first && !(tok(c, j)->flags & NM_TOK_CAP) && ends_with(c, j, "ly"))
        j--;
    if (!is_word(c, j) || word_in(c, j, k_determiners))
        return false;
    if (ends_with(c, i, "ed") || word_is(c, i, "sought"))
        return !word_in(c, j, k_be); /* passive: left alone */
    if (ends_with(c, i, "ing") || (ends_with(c, i, "s") && !word_is(c, i, "plans") && !word_is(c, i, "calls")))
        return true;
    /* a plural that is also a noun ("the plans", "campaign plans"): after a
     * name, a pronoun or "the mayor" */
    if (ends_with(c, i, "s"))
        return (tok(c, j)->flags & NM_TOK_CAP) || word_in(c, j, k_verb_openers) ||
               word_in(c, j, k_subject_pronouns) || (j > first && word_in(c, j - 1, k_determiners) &&
                                                     !word_in(c, j - 1, k_owners) && !word_is(c, j - 1, "no"));
    /* bare form */
    if (word_in(c, j, k_verb_openers))
        return true;
    return !(tok(c, j)->flags & NM_TOK_POSS) && ends_with(c, j, "s") && !ends_with(c, j, "ss") &&
           !word_in(c, j, k_owners) && !word_is(c, j, "this");
}

/* Source of the verb at token i: its subject, or for a participle after a
 * comma or a preposition the sentence's subject. */
static bool verb_source(const ctx *c, size_t si, size_t first, size_t i, nm_range *src)
{
    /* "starts talking about", "spent more time mocking": the catenative
     * verb's subject */
    size_t cat = nm_catenative_before(c->text, c->seg, i, first);
    if (cat != (size_t)-1)
        return nm_speaker_before(c->a, c->seg, cat, first, src);
    if (ends_with(c, i, "ing") && i > first &&
        (is_char(c, i - 1, ',') || word_in(c, i - 1, k_participle_preps)))
        return nm_speaker_subject(c->a, c->seg, si, i - 1, src);
    return nm_speaker_before(c->a, c->seg, i, first, src);
}

/* Words that open a clause after a verb of knowing ("knew that …",
 * "know how many …", "thought they were secure"). */
static const char *const k_clause_starts[] = {
    "that", "what", "how", "why", "whether", "which", "who", "where", "when", "he", "she",
    "they", "we", "i", "there", "the", NULL};

/* Does a clause open at token k: a clause word, a subject pronoun, or a
 * name followed by a lower-case verb ("knew Clinton was …")? */
static bool opens_clause(const ctx *c, size_t k, size_t e)
{
    if (word_in(c, k, k_clause_starts))
        return true;
    nm_range subj;
    size_t verb;
    return (tok(c, k)->flags & NM_TOK_CAP) && nm_speaker_subject_at(c->a, c->seg, k, e, &subj, &verb) &&
           word_in(c, verb, k_finite_aux);
}

static nm_status verb_cue(ctx *c, size_t si, size_t first, size_t i, size_t n, unsigned sec, size_t e,
                          size_t *next)
{
    size_t k = i + n;
    if (k >= e || !verb_ok(c, first, i))
        return NM_OK;
    /* a capitalised cue inside a sentence is part of a name ("the Thrift
     * Savings Plan to …") unless the words after it are capitalised too
     * (a headline: "Hedge Funds Support Hillary Clinton") */
    if (i > first && (tok(c, i)->flags & NM_TOK_CAP) && !(tok(c, k)->flags & NM_TOK_CAP))
        return NM_OK;
    size_t cs = k, ce;
    if ((sec & SEC_INFINITIVE) && word_is(c, k, "to")) {
        if (k + 1 >= e || !is_word(c, k + 1) || (tok(c, k + 1)->flags & NM_TOK_CAP) ||
            word_in(c, k + 1, k_determiners))
            return NM_OK;
        ce = clause_end(c, k, e);
        if (count_words(c, k, ce) < 3) /* "the man he is seeking to succeed" */
            return NM_OK;
    } else if ((sec & SEC_CLAUSE) && opens_clause(c, k, e) &&
               !(i >= first + 2 && word_is(c, i - 2, "as"))) { /* "news as we know it" */
        ce = clause_end(c, k, e);
        if (count_words(c, k, ce) < 3)
            return NM_OK;
    } else if (sec & SEC_OBJECT) {
        ce = object_end(c, k, e);
        if (ce <= k)
            return NM_OK;
    } else {
        return NM_OK;
    }
    nm_range src;
    if (!verb_source(c, si, first, i, &src))
        return NM_OK;
    *next = ce;
    return push(c, cs, ce, i, i + n, src);
}

/* ------------------------------------------------------------------ */
/* 5. hearsay adverbs                                                   */
/* ------------------------------------------------------------------ */

/* "The FBI is reportedly making arrangements …", "Reportedly, he made
 * …": the clause around the adverb is attributed to no one named; its
 * subject opens the content. */
static nm_status hearsay(ctx *c, size_t first, size_t i, size_t e, size_t *next)
{
    size_t cs, from = i + 1;
    if (i == first) {
        if (from >= e || !is_char(c, from, ','))
            return NM_OK;
        cs = ++from;
    } else {
        nm_range subj;
        if (!nm_speaker_before(c->a, c->seg, i, first, &subj))
            return NM_OK;
        cs = nm_segment_token_at(c->seg, subj.start);
    }
    size_t ce = clause_end(c, from, e);
    if (count_words(c, from, ce) < 2)
        return NM_OK;
    *next = ce;
    return push(c, cs, ce, i, i + 1, (nm_range){0, 0});
}

/* ------------------------------------------------------------------ */
/* Driver                                                               */
/* ------------------------------------------------------------------ */

static nm_status scan_sentence(ctx *c, size_t si)
{
    const nm_sentence *s = &c->seg->sents[si];
    size_t first = s->tok_start, e = s->tok_end;
    while (first < e && !is_word(c, first))
        first++;
    /* "Do you support X?": a question attributes nothing */
    if (first < e && (word_is(c, first, "do") || word_is(c, first, "does") || word_is(c, first, "did")))
        return NM_OK;
    for (size_t i = first; i < e; i++) {
        if (!is_word(c, i))
            continue;
        size_t next = i;
        nm_status st = NM_OK;
        unsigned sec = 0;
        size_t n = nm_phrases_at(&g_lex, c->text, c->seg, i, &sec);
        if (word_is(c, i, "in"))
            st = in_finding(c, first, i, e, &next);
        else if (n && (sec & SEC_HEARSAY))
            st = hearsay(c, first, i, e, &next);
        else if (n && (sec & SEC_NOUN) && owner_before(c, first, i, &(nm_range){0, 0}))
            st = noun_cue(c, first, i, n, e, &next);
        else if (n && (sec & (SEC_OBJECT | SEC_INFINITIVE | SEC_CLAUSE)))
            st = verb_cue(c, si, first, i, n, sec, e, &next);
        if (st != NM_OK)
            return st;
        if (next > i)
            i = next - 1;
    }
    return NM_OK;
}

nm_status nm_stance_find(nm_article *a, const nm_segments *seg, nm_quote **out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    if (!seg || seg->n_toks == 0)
        return NM_OK;
    pthread_once(&g_once, lex_init);
    ctx c = {a, seg, a->text, NULL, 0, 0};
    for (size_t si = 0; si < seg->n_sents; si++) {
        nm_status st = scan_sentence(&c, si);
        if (st != NM_OK)
            return st;
    }
    *out = c.q;
    *n_out = c.n;
    return NM_OK;
}
