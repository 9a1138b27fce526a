/* Reported speech: where the clause after a cue starts and where it ends
 * (a new attribution, the writer's contrast or aside, a second predicate,
 * a setting), and the verb forms those boundaries rest on. See
 * reported_ctx.h. */
#include "reported_ctx.h"

#include <string.h>

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
        if (nm_r_finite_verb(c, k) || (nm_r_tok_classes(c, k) & W_CUE) ||
            ((nm_r_tok_classes(c, k) & W_STOP) && !tok_word_is(c, k, "of")))
            return e;
    }
    return e;
}

/* Where the clause after a cue at [i, p) starts, or e when there is none:
 * skips ", :"; "that" stays in the clause, as PolNeAR marks it; a
 * prepositional phrase right after the cue ("said in a statement") must
 * lead to a "that", else the words said are elsewhere (a direct quote). */
size_t nm_r_clause_start(const ctx *c, size_t p, size_t e, bool tell)
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
                    (tok_flag(c, q, NM_TOK_CAP) && (nm_r_tok_classes(c, q) & W_ADVERBIAL)) ||
                    (w0n && (in_list(k_place_time_preps, w0) || in_list(k_hearers, w0) ||
                             (nm_r_tok_classes(c, q) & W_ADVERBIAL) || !strcmp(w0, "that")));
    /* "said the next day that" but not "threatened a veto of any terms
     * that": after a determiner only time words may come before "that" */
    bool det_only = !tell && w0n && (!strcmp(w0, "a") || !strcmp(w0, "an") || !strcmp(w0, "the"));
    for (size_t i = q; may_jump && i < e && i < q + THAT_WINDOW; i++) {
        if (c->in_quote[i] || (tok_flag(c, i, NM_TOK_PUNCT) && !tok_is_char(c, i, ',')))
            break;
        if (det_only && !tok_word_is(c, i, "that") && !(nm_r_tok_classes(c, i) & W_ADVERBIAL) &&
            !tok_flag(c, i, NM_TOK_DIGIT))
            break;
        if (tok_word_is(c, i, "that"))
            return i;
        if (i > q && (nm_r_tok_classes(c, i) & W_STOP) && !tok_word_is(c, i, "with") &&
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
            if (tok_lower(c, i, v) && in_list(nm_r_subject_pronouns, v))
                return i;
            if (nm_r_tok_classes(c, i) & (W_STOP | W_CUE | W_PRONOUN))
                break;
        }
        return e;
    }
    return q;
}

/* Conjunctions that may open a second attribution in a sentence ("...,
 * while 22 percent said ...", "... and said ...", "... but added ..."). */
static const char *const k_clause_links[] = {"and", "but", "while", "whereas", NULL};

/* Where a clause starting at `cs` ends: the sentence end `e`, or the comma
 * or conjunction opening a new attribution: a comma, then maybe a
 * conjunction, a short subject and a cue ("while Lavrov expressed X, he
 * threatened Y"; "..., saying ..."; "..., while 22 percent said ..."), or a
 * bare "and"/"but" before a cue with no subject or a pronoun one ("said X
 * and criticized Y", "said X and he added Y"). */
/* Longest name that opens a new attribution inside a clause, in tokens. */
#define NEW_SUBJECT_MAX_TOKENS 6
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
bool nm_r_closes_with_comma(const ctx *c, size_t j, size_t cs)
{
    return j > cs && c->in_quote[j] && (j + 1 == c->seg->n_toks || !c->in_quote[j + 1]) && tok_is_dquote(c, j) &&
           tok_is_char(c, j - 1, ',');
}

/* Numbers in words or digits ("three in five", "40 percent"). */
static const char *const k_number_words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "most", "many", "some", "all", NULL};

static bool is_number_word(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    return tok_flag(c, k, NM_TOK_DIGIT) || (tok_lower(c, k, w) && in_list(k_number_words, w));
}

/* Does the clause at cs open with a subordinate clause ("that if Iran were
 * a stock, he would buy it")? Its main clause comes after a comma. */
static bool opens_subordinate(const ctx *c, size_t cs, size_t e)
{
    char w[WORD_MAX + 1];
    size_t k = cs < e && tok_word_is(c, cs, "that") ? cs + 1 : cs;
    return k < e && !c->in_quote[k] && tok_lower(c, k, w) && in_list(nm_r_subordinators, w);
}

/* Longest subject of a new clause after ", and", in tokens. */
#define AND_SUBJECT_MAX_TOKENS 5

/* Is the word after a pronoun or a short noun phrase at s a speech cue,
 * with no auxiliary before it ("he argued", not "he would advise")? */
static bool speech_cue_after_subject(const ctx *c, size_t s, size_t e)
{
    size_t k = s;
    while (k < e && k < s + AND_SUBJECT_MAX_TOKENS && tok_is_word(c, k) && !c->in_quote[k] &&
           !(nm_r_tok_classes(c, k) & (W_CUE | W_SKIP | W_STOP)))
        k++;
    unsigned cls = 0;
    return k > s && k < e && nm_r_cue_at(c, k, e, &cls) && (cls & CUE_SPEECH);
}

size_t nm_r_next_attribution_comma(const ctx *c, size_t cs, size_t e, bool *bare)
{
    *bare = false;
    /* "that if A, he would advise B": the commas up to the main clause's
     * subject are the subordinate clause's */
    bool sub = opens_subordinate(c, cs, e);
    for (size_t j = cs; j + 2 < e; j++) {
        if (sub && !c->in_quote[j] && tok_is_char(c, j, ',')) {
            if ((nm_r_tok_classes(c, j + 1) & W_PRONOUN) || nm_r_new_clause_at(c, j + 1, e)) {
                sub = false;
                /* "that while A, he argued B": the writer's speaker again */
                if (!speech_cue_after_subject(c, j + 1, e))
                    continue;
            } else
                continue;
        }
        /* a quote closed by a comma inside its marks (“… Nebraska,” Sanders
         * said …) ends the clause as a comma would */
        bool qcomma = nm_r_closes_with_comma(c, j, cs) && !colon_before(c, cs, j);
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
        unsigned cl = k < e ? nm_r_tok_classes(c, k) : 0;
        if (cl & W_PRONOUN)
            k++;
        /* a noun subject after a bare "and" ("declined to comment and
         * aides said"), but not one subject of two ("Iowa and New
         * Hampshire show", "she and her aides said") */
        else if (comma || (!tok_flag(c, j - 1, NM_TOK_CAP) && !(nm_r_tok_classes(c, j - 1) & W_PRONOUN) &&
                           (!strcmp(w, "and") || !strcmp(w, "but")))) {
            /* "nearly three in five said": an adverb before a number */
            if (k + 1 < e && is_ly_adverb(c, k) && is_number_word(c, k + 1))
                k++;
            while (k < e && k < subj + NEW_SUBJECT_MAX_TOKENS && tok_is_word(c, k) &&
                   !c->in_quote[k] && !(nm_r_tok_classes(c, k) & (W_STOP | W_SKIP | W_CUE)) &&
                   !is_ly_adverb(c, k) && (comma || !nm_r_finite_verb(c, k)))
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
        k = nm_r_skip_aux_right(c, k, e);
        unsigned cls = 0;
        size_t n = k < e ? nm_r_cue_at(c, k, e, &cls) : 0;
        if (!n || (cls & CUE_ACCORDING) || c->in_quote[k])
            continue;
        char cw[3 * (WORD_MAX + 1)];
        cue_text(c, k, n, cw, sizeof cw);
        if (in_list(nm_r_not_reported, cw))
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
bool nm_r_present_verb(const ctx *c, size_t k, size_t e)
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
        else if (tok_word_is(c, k, "and") || tok_word_is(c, k, "or") || nm_r_finite_verb(c, k) ||
                 nm_r_present_verb(c, k, ce))
            return false;
    }
    return true;
}

/* First token from k before ce that is no adverb ("also", "later",
 * "quickly") or a finite verb: where a verb phrase starts. */
size_t nm_r_skip_adverbs(const ctx *c, size_t k, size_t ce)
{
    while (k < ce && !nm_r_finite_verb(c, k) && (is_ly_adverb(c, k) || (nm_r_tok_classes(c, k) & W_SKIP)))
        k++;
    return k;
}

/* Is the relative clause from s closed by a comma before ce with the
 * main clause's verb after it ("the ruling, which struck down the law,
 * shows …")? */
bool nm_r_closed_relative(const ctx *c, size_t s, size_t ce)
{
    for (size_t k = s; k + 1 < ce; k++) {
        if (c->in_quote[k] || !tok_is_char(c, k, ','))
            continue;
        size_t v = k + 1;
        v = nm_r_skip_adverbs(c, v, ce);
        return v < ce && (nm_r_finite_verb(c, v) || nm_r_present_verb(c, v, ce));
    }
    return false;
}

/* Modals: a clause in them after ", and" goes on with what was said
 * ("…, and it will have no effect"). */
static const char *const k_modals[] = {
    "will", "would", "could", "can", "may", "might", "should", "must", NULL};

/* A finite verb that is no adjective after a determiner ("a worried
 * spouse"). */
bool nm_r_clause_verb(const ctx *c, size_t k)
{
    return nm_r_finite_verb(c, k) && !(k > 0 && (tok_word_is(c, k - 1, "a") || tok_word_is(c, k - 1, "an") ||
                                            tok_word_is(c, k - 1, "the")));
}

/* Does a clause open at s: a pronoun or a short noun phrase, then a finite
 * verb ("he railed", "the city has sued", "Emanuel released")? */
bool nm_r_new_clause_at(const ctx *c, size_t s, size_t ce)
{
    size_t k = s;
    if (k < ce && (nm_r_tok_classes(c, k) & W_PRONOUN))
        k++;
    else
        while (k < ce && k < s + AND_SUBJECT_MAX_TOKENS && tok_is_word(c, k) && !c->in_quote[k] &&
               !nm_r_clause_verb(c, k) &&
               !(nm_r_tok_classes(c, k) & (W_STOP | W_SKIP | W_CUE | W_PRONOUN | W_RELATIVE)) &&
               !is_ly_adverb(c, k) && !is_ing_word(c, k))
            k++;
    if (k == s)
        return false;
    k = nm_r_skip_adverbs(c, k, ce);
    char w[WORD_MAX + 1];
    return k < ce && (nm_r_clause_verb(c, k) || (tok_flag(c, k, NM_TOK_POSS) && k > s)) &&
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
            nm_r_finite_verb(c, k) || (nm_r_tok_classes(c, k) & (W_PRONOUN | W_STOP)))
            return false;
        if (tok_is_char(c, k, ','))
            return k > s && k + 1 < ce && !nm_r_new_clause_at(c, k + 1, ce);
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
        if (nm_r_cue_at(c, m, ce, &cls) && !(cls & CUE_ACCORDING))
            return true;
    return false;
}

/* End of reported clause [cs, ce) at its first comma before a contrast. */
size_t nm_r_contrast_cut(const ctx *c, size_t cs, size_t ce)
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
        if (in_list(nm_r_trailing_relatives, w) && !comma_after(c, j + 1, ce) &&
            !has_dquote(c, j + 1, ce) && !(ce < c->seg->n_toks && tok_is_char(c, ce, ',')))
            return j;
        /* ", forcing airlines to …", ", leading to …": the writer's note on
         * what followed, not part of what was said */
        if (in_list(k_result_participles, w) && !participle_series(c, j + 2, ce))
            return j;
        /* ", and the city sued": the writer's next clause, with a subject
         * and a verb of its own */
        if (!strcmp(w, "and") && nm_r_new_clause_at(c, j + 2, ce))
            return j;
        /* ", but that they then ...": still the reported clause */
        if (in_list(k_contrast, w) && !(j + 2 < ce && tok_word_is(c, j + 2, "that")) &&
            !short_aside(c, j + 2, ce) &&
            !(!strcmp(w, "which") && nm_r_closed_relative(c, j + 2, ce)))
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

/* Is token k a finite verb form: "-ed", an irregular past, an auxiliary
 * (also negated: "shouldn't")? */
bool nm_r_finite_verb(const ctx *c, size_t k)
{
    char w[WORD_MAX + 1];
    if (c->in_quote[k] || !tok_flag(c, k, NM_TOK_WORD) || tok_flag(c, k, NM_TOK_CAP))
        return false;
    size_t n = tok_lower(c, k, w);
    bool negated = (n > 3 && !strcmp(w + n - 3, "n't")) ||
                   (n > 5 && !strcmp(w + n - 5, "n\xe2\x80\x99t"));
    return is_ed_verb(c, k) || negated ||
           (n && (in_list(nm_r_irregular_past, w) || in_list(nm_r_finite_aux, w)));
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
           (nm_r_tok_classes(c, k) & (W_FUNCTION | W_PRONOUN | W_SKIP)) ||
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
    return n && (in_list(nm_r_finite_aux, w) || !strcmp(w, "ca") || !strcmp(w, "wo"));
}

/* Words that open a clause of its own: its verb is not the cue's subject's. */
static const char *const k_clause_openers[] = {
    "that", "whether", "if", "how", "what", "why", "when", "where", "who", "which", NULL};

/* A finite verb form that is no "-ed" adjective before its noun
 * ("undocumented immigrants", "improved dining"). */
static bool own_verb(const ctx *c, size_t k)
{
    return nm_r_finite_verb(c, k) &&
           !(is_ed_verb(c, k) && k + 1 < c->seg->n_toks && tok_flag(c, k + 1, NM_TOK_WORD) &&
             !after_verb(c, k + 1));
}

/* End of a cue's object [cs, ce) before a second predicate of the cue's
 * subject: "praised X for Y and offered Z", "vowed to A but stopped short of
 * B", "X, who mocked his rivals, talked over them". Only an object without a verb of its own (a noun phrase, an
 * infinitive) is cut: in "said the two met and decided" the second verb is
 * the clause's. */
size_t nm_r_second_predicate_cut(const ctx *c, size_t cs, size_t ce)
{
    char w[WORD_MAX + 1];
    if (cs >= ce || (tok_lower(c, cs, w) && in_list(k_clause_openers, w)) ||
        (nm_r_tok_classes(c, cs) & W_PRONOUN) || nm_r_finite_verb(c, cs))
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
        size_t k = comma ? j + 1 : nm_r_skip_adverbs(c, j + 1, ce);
        /* after the first comma only: not a participle ("East Jerusalem,
         * captured by Israel"), nor the verb after an aside closed by a
         * later comma */
        if (comma && (commas++ || has_dquote(c, j, ce) ||
                      (k + 1 < ce && (tok_word_is(c, k + 1, "by") || tok_word_is(c, k + 1, "with") ||
                                      is_ly_adverb(c, k + 1)))))
            continue;
        /* an auxiliary needs no object after it ("…, was born in …",
         * "…, didn't respond") */
        if (k + 1 < ce && nm_r_finite_verb(c, k) && (after_verb(c, k + 1) || (comma && aux_verb(c, k))))
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
        if (nm_r_clause_verb(c, k))
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
size_t nm_r_object_adjunct_cut(const ctx *c, size_t cs, size_t ce)
{
    char w[WORD_MAX + 1];
    if (cs >= ce || (tok_lower(c, cs, w) && (in_list(k_clause_openers, w) || !strcmp(w, "to"))) ||
        (nm_r_tok_classes(c, cs) & W_PRONOUN) || nm_r_finite_verb(c, cs) || is_ing_word(c, cs) ||
        contraction(c, cs))
        return ce;
    for (size_t j = cs + 1; j + 1 < ce; j++) {
        if (c->in_quote[j] || !tok_lower(c, j, w))
            continue;
        if ((in_list(k_setting_preps, w) && !verb_in(c, j + 1, ce)) ||
            (in_list(k_adverbial_conjunctions, w) && nm_r_new_clause_at(c, j + 1, ce)))
            return j > cs + 1 && tok_is_char(c, j - 1, ',') ? j - 1 : j;
        if (own_verb(c, j) || in_list(k_clause_openers, w))
            return ce;
    }
    return ce;
}
