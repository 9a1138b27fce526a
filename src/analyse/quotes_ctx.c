/* Shared helpers of the quote finders (see quotes_ctx.h): the speakers of
 * sentences, participles and documents, and word forms. */
#include "quotes_ctx.h"

#include "speakers.h"

#include <string.h>
#include <strings.h>

/* Words before a cue word that make it a noun ("a retort", "his claims"). */
const char *const nm_q_noun_markers[] = {
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no", NULL};

/* Is byte `at` inside a quoted span closed by its own mark? (Spans are in
 * text order and never overlap.) */
bool nm_q_inside_quote(const ctx *c, size_t at)
{
    size_t lo = 0, hi = c->n_spans;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->spans[mid].open <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return false;
    const nm_qspan *q = &c->spans[lo - 1];
    return !q->unclosed && !q->single && at < q->close;
}

/* First person mention of the sentence of token `s` before byte `before`,
 * outside the sentence's quoted words. */
static bool sentence_person(const ctx *c, size_t s, size_t before, nm_range *out)
{
    const nm_sentence *se = &c->seg->sents[tok(c, s)->sent];
    for (size_t k = 0; k < c->a->n_mentions; k++) {
        nm_range m = c->a->mentions[k].span;
        if (m.start >= before)
            break;
        if (m.start >= se->start && !nm_q_inside_quote(c, m.start)) {
            *out = m;
            return true;
        }
    }
    /* or a pronoun opening the sentence */
    size_t f = se->tok_start;
    const nm_token *ft = tok(c, f);
    if (f < c->seg->n_toks && nm_speaker_is_pronoun(c->t + ft->start, ft->end - ft->start) &&
        ft->start < before && !tok_word(c, f, "it") && !tok_word(c, f, "you")) {
        *out = (nm_range){ft->start, ft->end};
        return true;
    }
    return false;
}

/* The subject of the sentence of token `s`, before it: the subject noun
 * phrase, else its first person mention. */
bool nm_q_sentence_speaker(const ctx *c, size_t s, nm_range *out)
{
    return nm_speaker_subject(c->a, c->seg, tok(c, s)->sent, s, out) ||
           sentence_person(c, s, tok(c, s)->start, out);
}

/* Nouns of documents and messages: "issued a statement saying …" is the
 * issuer's statement, not the statement's. */
static const char *const document_nouns[] = {
    "statement", "statements", "release", "email", "emails", "letter", "letters", "memo",
    "tweet", "tweets", "post", "message", "messages", "note", "video", "ad", "ads",
    "advertisement", "op-ed", "editorial", "report", "filing", "complaint", "lawsuit",
    "interview", "speech", "remarks", "comments", "response", "answer", NULL};

bool nm_q_is_document_noun(const ctx *c, size_t i) { return in_list(c, i, document_nouns); }

/* Longest subject of an absolute participle after "with", in tokens. */
#define ABSOLUTE_SUBJECT_MAX_TOKS 6

/* The subject of a participle at `p` in an absolute phrase ("…, with one
 * of her ads asking, “…”", "ends with a voice over saying: “…”"): the
 * words between "with" and the participle. */
bool nm_q_absolute_subject(const ctx *c, size_t p, size_t floor, nm_range *out)
{
    size_t k = p;
    while (k > floor && p - k < ABSOLUTE_SUBJECT_MAX_TOKS && (tok(c, k - 1)->flags & NM_TOK_WORD) &&
           !tok_word(c, k - 1, "with"))
        k--;
    if (k == p || k <= floor || !tok_word(c, k - 1, "with"))
        return false;
    *out = (nm_range){tok(c, k)->start, tok(c, p - 1)->end};
    return true;
}

/* The subject of a participle cue at `cs` that hangs on a clause ("…,
 * saying", "…, adding", "issued a statement saying"): the subject of an
 * earlier cue of the sentence, else the sentence's subject. False when
 * the cue is no such participle (or no subject is found). */
bool nm_q_participle_subject(const ctx *c, size_t cs, size_t floor, nm_range *out)
{
    if (cs <= floor || !is_participle(c, cs))
        return false;
    if (nm_q_absolute_subject(c, cs, floor, out))
        return true;
    /* "…, with Trump tweeting that … and asking, “…”": an absolute phrase
     * set off by its comma ("walking with his grandchildren watching …
     * and knowing" is none) */
    if (tok_word(c, cs - 1, "and"))
        for (size_t k = cs - 1; k-- > floor;) {
            if (tok_char(c, k, ';') || tok_char(c, k, ':'))
                break;
            nm_range sp;
            if (is_participle(c, k) && nm_q_absolute_subject(c, k, floor, &sp)) {
                size_t w = nm_segment_token_at(c->seg, sp.start) - 1;
                if (w <= floor || !tok_char(c, w - 1, ','))
                    break;
                *out = sp;
                return true;
            }
        }
    bool hangs = tok_char(c, cs - 1, ',') || in_list(c, cs - 1, document_nouns);
    if (!hangs)
        return false;
    for (size_t k = cs - 1; k-- > floor;)
        if (nm_cue_at(c->t, c->seg, k, NULL) && !is_participle(c, k) &&
            !in_list(c, k, document_nouns) && nm_speaker_before(c->a, c->seg, k, floor, out))
            return true;
    return nm_q_sentence_speaker(c, cs, out);
}

/* Verbs that issue a document: its maker is their subject. */
static const char *const issuing_verbs[] = {
    "release", "releases", "released", "releasing", "ran", "run", "runs", "running",
    "reprint", "reprints", "reprinted", "reprinting", "publish", "publishes", "published",
    "publishing", "issue", "issues", "issued", "issuing", "air", "airs", "aired", "airing",
    "unveil", "unveils", "unveiled", "unveiling", "launch", "launches", "launched", "launching", NULL};

/* Words that end the object phrase going left: a preposition or a
 * second verb ("linked to the report") is no modifier of the document. */
static const char *const object_stops[] = {"to", "by", "of", "in", "on", "at", "for", "with", "from", NULL};

/* Published texts besides document_nouns ("ran a piece that noted"). */
static const char *const published_nouns[] = {"piece", "article", "column", "story", "spot", NULL};

/* Longest object phrase between an issuing verb and its document noun
 * ("released [a new 30-second] ad"), in tokens. */
#define ISSUED_OBJECT_MAX_TOKS 7

/* The issuer of a document that speaks through a relative pronoun ("Trump
 * released a marketing video that said", "The council voted for the
 * resolution which said"): PolNeAR names the clause's subject, who made
 * the document, not "that". Replaces *out when it is such a relative
 * after a document noun and the sentence has a subject before it. */
void nm_q_issuer_of_relative(const ctx *c, size_t floor, nm_range *out)
{
    size_t j = nm_segment_token_at(c->seg, out->start);
    if (j >= c->seg->n_toks || tok(c, j)->end != out->end || j <= floor + 1 ||
        !(tok_word(c, j, "that") || tok_word(c, j, "which")))
        return;
    size_t n = tok_char(c, j - 1, ',') ? j - 2 : j - 1;
    if (n <= floor || !(in_list(c, n, document_nouns) || in_list(c, n, published_nouns)))
        return;
    /* the document is the object of a verb of issuing, a few modifiers
     * before it ("released a new 30-second ad") */
    size_t v = n;
    while (v > floor && n - v < ISSUED_OBJECT_MAX_TOKS && !in_list(c, v, issuing_verbs) &&
           !tok_char(c, v - 1, ',') && !(tok(c, v - 1)->flags & NM_TOK_QUOTE) &&
           !in_list(c, v - 1, object_stops))
        v--;
    /* a verb, not a noun: "Pence's press release linked to the report" */
    if (!in_list(c, v, issuing_verbs) || v <= floor || in_list(c, v - 1, nm_q_noun_markers) ||
        (tok(c, v - 1)->flags & NM_TOK_POSS) || tok_word(c, v - 1, "press"))
        return;
    nm_range sp;
    if (nm_q_sentence_speaker(c, n, &sp) && sp.end <= tok(c, n)->start &&
        !nm_speaker_is_pronoun(c->t + sp.start, sp.end - sp.start))
        *out = sp;
}

static bool is_ed(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    return k->end - k->start > 3 && !memcmp(c->t + k->end - 2, "ed", 2);
}

/* Is the mention a personal pronoun or a phrase holding a capitalised
 * word (a name, "the Clinton campaign")? Bare descriptions ("many
 * themes", "the order") are too often no speaker at all. */
bool nm_q_named_or_pronoun(const ctx *c, nm_range m)
{
    size_t f = nm_segment_token_at(c->seg, m.start), l = f;
    bool cap = false;
    for (size_t i = f; i < c->seg->n_toks && tok(c, i)->start < m.end; i++) {
        l = i;
        if ((tok(c, i)->flags & NM_TOK_CAP) && !in_list(c, i, nm_q_noun_markers))
            cap = true;
    }
    if (f == l)
        return (tok(c, f)->flags & NM_TOK_CAP) ||
               (nm_speaker_is_pronoun(c->t + m.start, m.end - m.start) && !tok_word(c, f, "it"));
    /* the head must be a name, or a noun of a description holding one
     * ("the Clinton campaign"), never a verb form ("chided Trump for
     * raising") */
    if (tok(c, l)->flags & NM_TOK_CAP)
        return true;
    return cap && in_list(c, f, nm_q_noun_markers) && !is_participle(c, l) && !is_ed(c, l);
}

/* Is token i a form of one of the lemmas: the lemma or its stem (a final
 * "e" or "y" dropped) followed by "", -s, -es, -ed, -d, -ing, -ies, -ied? */
bool nm_q_verb_lemma_in(const ctx *c, size_t i, const char *const *lemmas)
{
    static const char *const endings[] = {"", "s", "es", "ed", "d", "ing", "ies", "ied", NULL};
    const nm_token *k = tok(c, i);
    if (!(k->flags & NM_TOK_WORD))
        return false;
    const char *w = c->t + k->start;
    size_t n = k->end - k->start;
    for (; *lemmas; lemmas++) {
        size_t l = strlen(*lemmas);
        size_t stem = l > 2 && ((*lemmas)[l - 1] == 'e' || (*lemmas)[l - 1] == 'y') ? l - 1 : l;
        for (size_t base = stem; base <= l; base++) {
            if (n < base || strncasecmp(w, *lemmas, base))
                continue;
            for (const char *const *e = endings; *e; e++)
                if (n - base == strlen(*e) && !strncasecmp(w + base, *e, n - base))
                    return true;
        }
    }
    return false;
}

/* Participles in -ed are told by their ending; these are the irregular
 * ones a cue takes. */
static const char *const irregular_participles[] = {
    "told", "said", "written", "heard", "known", "thought", "shown", "seen", "given", "sung", NULL};

/* Forms of "be" that make a participle after them passive. */
static const char *const passive_be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};

/* Most adverbs between the form of "be" and the participle ("was later
 * asked", "is widely expected"). */
#define PASSIVE_ADVERBS_MAX 2

bool nm_q_passive_cue(const nm_article *a, const nm_segments *seg, size_t cue, size_t cue_end)
{
    ctx c = {(nm_article *)a, seg, a->text, NULL, 0};
    if (cue == 0 || cue >= seg->n_toks)
        return false;
    const nm_token *k = tok(&c, cue);
    size_t n = k->end - k->start;
    if (!(k->flags & NM_TOK_WORD) || (k->flags & NM_TOK_CAP) || tok_word(&c, cue, "quoted") ||
        !((n > 4 && !memcmp(a->text + k->end - 2, "ed", 2)) || in_list(&c, cue, irregular_participles)))
        return false;
    size_t b = cue - 1;
    for (int i = 0; i < PASSIVE_ADVERBS_MAX && b > 0 && tok(&c, b)->sent == k->sent; i++) {
        const nm_token *t = tok(&c, b);
        bool ly = t->end - t->start > 3 && !memcmp(a->text + t->end - 2, "ly", 2) && !(t->flags & NM_TOK_CAP);
        if (!ly && !tok_word(&c, b, "also") && !tok_word(&c, b, "later") && !tok_word(&c, b, "then") &&
            !tok_word(&c, b, "not") && !tok_word(&c, b, "never") && !tok_word(&c, b, "once"))
            break;
        b--;
    }
    if (tok(&c, b)->sent != k->sent || !in_list(&c, b, passive_be))
        return false;
    /* "was asked by host Bill Maher": the agent speaks */
    return cue_end >= seg->n_toks || !tok_word(&c, cue_end, "by");
}
