/* Reported speech: the subject of a cue before it, the source after an
 * inverted cue or "according to", and the sentence's or clause's own
 * subject for participles and coordinated cues. See reported_ctx.h. */
#include "reported_ctx.h"

#include "speakers.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Subjects                                                             */
/* ------------------------------------------------------------------ */

/* Longest bracketed aside inside a subject ("(D-Ga.)"), in tokens. */
#define BRACKET_MAX_TOKENS 8

/* The noun phrase ending at token `end - 1`, scanning back no further than
 * `floor`: [*s, end). Words, possessives and hyphens; stops at clause words
 * and punctuation; a pronoun or relative is a whole subject. */
static bool np_before_ed(const ctx *c, size_t end, size_t floor, size_t *s, bool allow_ed);

bool nm_r_np_before(const ctx *c, size_t end, size_t floor, size_t *s)
{
    return np_before_ed(c, end, floor, s, false);
}

/* As nm_r_np_before; with allow_ed an "-ed" word may end the phrase ("56
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
    unsigned cl = nm_r_tok_classes(c, i);
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
        unsigned jc = nm_r_tok_classes(c, j);
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
    while (start < i && (nm_r_tok_classes(c, start) & W_FUNCTION) &&
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

/* A contracted auxiliary: a negation ("don’t", "wouldn't", "cannot") or
 * the "’s" of "he’s" / "who’s" ("has", "is") after a pronoun. */
static bool is_contraction(const ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    const char *e = c->text + t->end;
    size_t n = t->end - t->start;
    if (tok_flag(c, i, NM_TOK_POSS))
        return i > 0 && (nm_r_tok_classes(c, i - 1) & (W_PRONOUN | W_RELATIVE));
    if (tok_flag(c, i, NM_TOK_CAP))
        return false;
    return (n > 3 && e[-3] == 'n' && e[-2] == '\'' && e[-1] == 't') ||
           (n > 5 && e[-5] == 'n' && !memcmp(e - 4, "\xE2\x80\x99t", 4)) || tok_word_is(c, i, "cannot");
}

static bool is_aux(const ctx *c, size_t i)
{
    return (nm_r_tok_classes(c, i) & W_SKIP) || is_ly_adverb(c, i) || is_contraction(c, i);
}

/* Skip adverbs and auxiliaries rightwards from `i` ("he also stated"). */
size_t nm_r_skip_aux_right(const ctx *c, size_t i, size_t e)
{
    while (i < e && tok_is_word(c, i) && !c->in_quote[i] && is_aux(c, i))
        i++;
    return i;
}

/* Skip adverbs and auxiliaries leftwards from `end` ("has also said",
 * "I don’t think"). */
size_t nm_r_skip_aux_left(const ctx *c, size_t end, size_t floor)
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
size_t nm_r_skip_time_left(const ctx *c, size_t end, size_t floor)
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
        ((nm_r_tok_classes(c, k - 1) & W_FUNCTION) && !tok_word_is(c, k - 1, "and") && !tok_word_is(c, k - 1, "but")) ||
        tok_flag(c, k - 1, NM_TOK_POSS))
        return end;
    return nm_r_skip_aux_left(c, k, floor);
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
    if (s > 0 && ((nm_r_tok_classes(c, s - 1) & (W_RELATIVE | W_BE | W_SKIP)) || tok_word_is(c, s - 1, "that")))
        return true;
    if (s + 1 == end)
        return false;
    return !subject_det(c, s + 1) && !(nm_r_tok_classes(c, s + 1) & W_PRONOUN) &&
           !(tok_flag(c, s + 1, NM_TOK_CAP) && s + 2 < end && tok_flag(c, s + 2, NM_TOK_POSS));
}

static bool finite_verb_at(const ctx *c, size_t v, size_t b);

/* Subject of the cue at `cue`: [*s, *e). Handles "X, a spokesman, said"
 * (and several asides) by returning the whole "X, a spokesman," stretch. */
bool nm_r_subject_before(const ctx *c, size_t cue, size_t floor, size_t *s, size_t *e)
{
    size_t end = nm_r_skip_aux_left(c, cue, floor);
    /* "Obama himself seemed to recognize" */
    if (end > floor + 2 && tok_word_is(c, end - 1, "to") && nm_r_is_raising_word(c, end - 2))
        end = nm_r_skip_aux_left(c, end - 2, floor);
    end = nm_r_skip_time_left(c, end, floor);
    /* a floating quantifier stands for the subject before it ("the
     * rivals, Cruz and Rubio, have both urged", "they all said", "elders —
     * whose … — both suggested"); opening its clause it is the subject
     * ("Both agreed", "and each recognized", "…, both are") */
    if (end > floor + 1 && !c->in_quote[end - 1] &&
        (tok_word_is(c, end - 1, "both") || tok_word_is(c, end - 1, "all") || tok_word_is(c, end - 1, "each"))) {
        size_t q = end - 1, pre = nm_r_skip_aux_left(c, q, floor);
        bool np_end = pre > floor && !c->in_quote[pre - 1] &&
                      ((tok_is_word(c, pre - 1) && !(nm_r_tok_classes(c, pre - 1) & (W_STOP | W_FUNCTION))) ||
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
            if (!nm_r_np_before(c, k, floor, &ns) ||
                !(tok_flag(c, ns, NM_TOK_CAP) || (nm_r_tok_classes(c, ns) & (W_FUNCTION | W_PRONOUN))) ||
                !(seg == 0 || ns == floor || !tok_is_word(c, ns - 1) || (nm_r_tok_classes(c, ns - 1) & W_STOP)))
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
        if (is_dash_tok(c, k) && k > floor && nm_r_np_before(c, k, floor, &ns) &&
            (tok_flag(c, ns, NM_TOK_CAP) || (nm_r_tok_classes(c, ns) & W_FUNCTION))) {
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
                    (rel == ns && !tok_word_is(c, rel - 1, "that") && !(nm_r_tok_classes(c, rel) & W_PRONOUN)) ||
                    finite_verb_at(c, rel, end);
    if (rel > floor + 1 && ns - rel < RELATIVE_MAX_TOKENS && rel_verb &&
        !c->in_quote[rel - 1] &&
        (tok_word_is(c, rel - 1, "who") || tok_word_is(c, rel - 1, "that") || tok_word_is(c, rel - 1, "whose")) &&
        nm_r_np_before(c, rel - 1, floor, &as) && !(nm_r_tok_classes(c, as) & (W_PRONOUN | W_RELATIVE)))
        ns = as;
    *s = ns;
    *e = end;
    return true;
}

/* The noun phrase starting at `from` after an inverted cue or "according
 * to": up to a comma, a clause word or `end`. */
bool nm_r_np_after(const ctx *c, size_t from, size_t end, size_t *e)
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
        unsigned cl = nm_r_tok_classes(c, i);
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
    return (nm_r_tok_classes(c, i + 1) & (W_STOP | W_FUNCTION)) || is_ing_word(c, i + 1);
}

/* End of a description whose words start at token j after its opening
 * word at i ("the former Republican candidate", "Nuclear proliferation
 * experts"): words up to a clause word, an auxiliary, a cue, an adverb or
 * a verb. */
static size_t description_end(const ctx *c, size_t i, size_t j, size_t b)
{
    while (j < b && j < i + 1 + DET_SUBJECT_MAX_WORDS && !c->in_quote[j] &&
           (tok_is_word(c, j) || tok_is_char(c, j, '-')) &&
           !(nm_r_tok_classes(c, j) & (W_STOP | W_SKIP | W_CUE | W_BE | W_RELATIVE)) && !is_ly_adverb(c, j) &&
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
    unsigned cl = nm_r_tok_classes(c, i);
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
bool nm_r_sentence_subject(const ctx *c, size_t a, size_t b, size_t *s, size_t *e)
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
    if (subject_at(c, i, b, &se) && !(nm_r_tok_classes(c, i) & W_FUNCTION)) {
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
bool nm_r_coordinated_subject(const ctx *c, size_t from, size_t i, size_t *s, size_t *e)
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
bool nm_r_absolute_subject(const ctx *c, size_t floor, size_t i, size_t *s, size_t *e)
{
    size_t best = 0;
    char w[WORD_MAX + 1];
    /* "… for his instincts and urging": a second participle, no object's */
    if (i <= floor + 1 || tok_word_is(c, i - 1, "and"))
        return false;
    for (size_t k = i; k > floor + 1 && i - k < SUBJECT_MAX_TOKENS;) {
        k--;
        if (c->in_quote[k] || !tok_is_word(c, k) || (nm_r_tok_classes(c, k) & (W_SKIP | W_BE | W_CUE)) ||
            (!tok_flag(c, k, NM_TOK_CAP) && nm_token_is_verb(c->text, c->seg, k)) ||
            ((nm_r_tok_classes(c, k) & W_STOP) && !(tok_lower(c, k, w) && in_list(k_absolute_inner, w))))
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
    return is_aux(c, v) || (nm_r_tok_classes(c, v) & (W_BE | W_CUE)) || nm_token_is_verb(c->text, c->seg, v);
}

/* The subject of the clause a participle or coordinated cue at token i
 * belongs to: the nearest subject with a finite verb after `floor`, at a
 * clause opening (the floor, a comma, "and", "which" …; with `sub` a
 * subordinator too) or a relative word with no comma between it and the
 * cue ("…, but he talked more about
 * policy …, saying", "the ACLU, which released a statement questioning",
 * "who launched his campaign by declaring"). */
bool nm_r_clause_subject(const ctx *c, size_t floor, size_t i, bool sub, size_t *s, size_t *e)
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
        if (nm_r_tok_classes(c, k) & W_RELATIVE) {
            /* "Trump, who has led in polls, held …" is Trump's clause */
            if (comma_after || tok_is_char(c, k + 1, ','))
                continue;
            se = k + 1;
        } else {
            /* "as he did by announcing" but not "as the most qualified";
             * "A few minutes later they reversed" */
            bool pronoun = (nm_r_tok_classes(c, k) & W_PRONOUN) != 0;
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

/* Can the words at `from` be the source after an inverted cue ("said Mr.
 * Lew", "said the official", "according to polls")? A pronoun only alone
 * at the end ("..., said he."). */
bool nm_r_inverted_subject_ok(const ctx *c, size_t from, size_t e)
{
    if (!tok_is_word(c, from) || c->in_quote[from])
        return false;
    unsigned cl = nm_r_tok_classes(c, from);
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
