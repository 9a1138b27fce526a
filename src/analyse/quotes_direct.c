/* Direct quotes: quoted spans and the attributions around them. */
#include "quotes_direct.h"

#include "quotes_marks.h"
#include "speakers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* How far an attribution after a closing mark may reach for its cue, in
 * tokens: a subject with an apposition ("…,” David Axelrod, the chief
 * strategist of Barack Obama's 2008 campaign, said"). */
#define AFTER_CUE_REACH 40
/* Commas an attribution after a quote may hold: two set off an apposition
 * ("…,” Smith, a spokesman for X, said), more a chain of them ("…,” Harry
 * Bond, 30, of Raleigh, N.C., who was polled, said). */
#define AFTER_MAX_COMMAS 6
/* How far after an attribution a ", according to X" crediting another
 * source may stand, in tokens. */
#define ACCORDING_REACH 12
/* How far after a quote a verb outside the cue list may stand, in tokens
 * ("…,” state Senate leader Phil Berger fired back"). */
#define OTHER_VERB_REACH 10
/* How far back from an opening mark preceded by ":" a cue may stand, in
 * tokens ("Smith said in a statement released on Tuesday: “…”"). */
#define COLON_CUE_REACH 12
/* The same after a comma: shorter, a comma often ends an unrelated clause
 * ("According to Smith, “…”" is 4). */
#define COMMA_CUE_REACH 6
/* How far back in its sentence a quoted part looks for the cue of the
 * reported speech holding it, in tokens. */
#define MIXED_CUE_REACH 40
/* How far before a quoted part the verb whose object holds it may stand,
 * in tokens ("Cruz coached Trump to “breathe”" is 3). */
#define VERB_REACH 12
/* Longest speaker label before a colon, in tokens ("Sen. Ted Cruz:",
 * "Rep. Trey Gowdy (R-S.C.):"). */
#define LABEL_MAX_TOKS 10
/* Fewest words of an unattributed span that goes on another quote's voice:
 * shorter ones are terms ("roadmap") even at a sentence start. */
#define CONTINUATION_MIN_WORDS 3
/* Most tokens between an attribution and the comma opening the quote's
 * next fragment ("…,” he said two days after the attack, “…”). */
#define FRAG_GAP_MAX 10
/* How far past a sentence-opening quote's closing mark the comma before
 * an attribution at the sentence's end may stand, in tokens ("“…” that
 * Sanders can catch Clinton, said X" is 6). */
#define TAIL_REACH 30
/* Longest sentence of the writer's between two quotes of one voice whose
 * subject takes the second quote, in tokens; keeps that look linear. */
#define NEARER_SENTENCE_MAX_TOKS 80

typedef struct attribution {
    bool found;
    size_t cue_s, cue_e;  /* cue tokens [cue_s, cue_e) */
    bool has_speaker;
    nm_range speaker;
    size_t end_tok;       /* first token after the attribution */
} attribution;

typedef struct ctx {
    nm_article *a;
    const nm_segments *seg;
    const char *t;
    const nm_qspan *spans; /* quoted spans of the text, in text order */
    size_t n_spans;
} ctx;

static const nm_token *tok(const ctx *c, size_t i) { return &c->seg->toks[i]; }

static size_t para_of(const ctx *c, size_t i) { return c->seg->sents[tok(c, i)->sent].para; }

static bool tok_char(const ctx *c, size_t i, char ch)
{
    const nm_token *k = tok(c, i);
    return k->end - k->start == 1 && c->t[k->start] == ch;
}

static bool tok_word(const ctx *c, size_t i, const char *w)
{
    const nm_token *k = tok(c, i);
    size_t n = strlen(w);
    if (k->end - k->start != n)
        return false;
    for (size_t j = 0; j < n; j++) {
        char ch = c->t[k->start + j];
        if (ch >= 'A' && ch <= 'Z')
            ch += 32;
        if (ch != w[j])
            return false;
    }
    return true;
}

static bool is_dash(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    const unsigned char *s = (const unsigned char *)c->t + k->start;
    return (k->end - k->start == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] >= 0x93 && s[2] <= 0x95)) ||
           tok_char(c, i, '-');
}

/* Punctuation that may end the words of a quote or clause. */
static bool is_clause_punct(const ctx *c, size_t i)
{
    return tok_char(c, i, '.') || tok_char(c, i, ',') || tok_char(c, i, ';') || tok_char(c, i, ':') ||
           tok_char(c, i, '!') || tok_char(c, i, '?') || (tok(c, i)->flags & NM_TOK_ELLIPSIS) ||
           is_dash(c, i) || tok_char(c, i, ')');
}

/* Words that may follow a complete attribution: "…,” he said in a
 * statement", "…,” she said Tuesday". */
/* Words before a cue word that make it a noun ("a retort", "his claims"). */
static const char *const noun_markers[] = {
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", NULL};

static const char *const after_attr_words[] = {
    "in", "on", "at", "during", "after", "before", "to", "from", "of", "about",
    "while", "when", "as", "last", "this", "earlier", "later", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "recently", "afterward", "afterwards", "then", "again", "via",
    "through", "with", "outside", "inside", "and", "but", "adding", "noting", NULL};

static bool in_list(const ctx *c, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (tok_word(c, i, *list))
            return true;
    return false;
}

/* Speech or "according to" cue starting at token i (length, 0 if none). */
static size_t speech_cue(const ctx *c, size_t i, unsigned *cls)
{
    unsigned k = 0;
    size_t n = nm_cue_at(c->t, c->seg, i, &k);
    if (cls)
        *cls = k;
    return n;
}

/* Participles that open a new statement after a quoted part ("…, adding
 * that", "…, noting that", "…, saying"). */
static bool is_participle(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    size_t n = k->end - k->start;
    return (k->flags & NM_TOK_WORD) && !(k->flags & NM_TOK_CAP) && n > 5 &&
           !memcmp(c->t + k->end - 3, "ing", 3);
}

/* Is byte `at` inside a quoted span closed by its own mark? (Spans are in
 * text order and never overlap.) */
static bool inside_quote(const ctx *c, size_t at)
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
        if (m.start >= se->start && !inside_quote(c, m.start)) {
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
static bool sentence_speaker(const ctx *c, size_t s, nm_range *out)
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

/* Longest subject of an absolute participle after "with", in tokens. */
#define ABSOLUTE_SUBJECT_MAX_TOKS 6

/* The subject of a participle at `p` in an absolute phrase ("…, with one
 * of her ads asking, “…”", "ends with a voice over saying: “…”"): the
 * words between "with" and the participle. */
static bool absolute_subject(const ctx *c, size_t p, size_t floor, nm_range *out)
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
static bool participle_subject(const ctx *c, size_t cs, size_t floor, nm_range *out)
{
    if (cs <= floor || !is_participle(c, cs))
        return false;
    if (absolute_subject(c, cs, floor, out))
        return true;
    /* "…, with Trump tweeting that … and asking, “…”": an absolute phrase
     * set off by its comma ("walking with his grandchildren watching …
     * and knowing" is none) */
    if (tok_word(c, cs - 1, "and"))
        for (size_t k = cs - 1; k-- > floor;) {
            if (tok_char(c, k, ';') || tok_char(c, k, ':'))
                break;
            nm_range sp;
            if (is_participle(c, k) && absolute_subject(c, k, floor, &sp)) {
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
    return sentence_speaker(c, cs, out);
}

/* The speaker of cue [cs, ce) that stands before a quote: its subject,
 * the name after an inverted or "according to" cue, or the subject of
 * the sentence ("Kosachev … was more cautious, noting that “…”"). A
 * participle after a comma ("…, saying", "…, adding") has the subject of
 * the clause it hangs on: the speaker of an earlier cue of the sentence
 * ("…,” Lewandowski added, saying …") or the sentence's subject. */
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
static void issuer_of_relative(const ctx *c, size_t floor, nm_range *out)
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
    if (!in_list(c, v, issuing_verbs) || v <= floor || in_list(c, v - 1, noun_markers) ||
        (tok(c, v - 1)->flags & NM_TOK_POSS) || tok_word(c, v - 1, "press"))
        return;
    nm_range sp;
    if (sentence_speaker(c, n, &sp) && sp.end <= tok(c, n)->start &&
        !nm_speaker_is_pronoun(c->t + sp.start, sp.end - sp.start))
        *out = sp;
}

static bool speaker_of_cue(const ctx *c, size_t cs, size_t ce, unsigned cls, size_t floor,
                           nm_range *out)
{
    if (cls & NM_CUE_ACCORDING)
        return nm_speaker_after(c->a, c->seg, ce, out);
    if (participle_subject(c, cs, floor, out))
        return true;
    if (nm_speaker_before(c->a, c->seg, cs, floor, out)) {
        issuer_of_relative(c, floor, out);
        return true;
    }
    if (nm_speaker_after(c->a, c->seg, ce, out))
        return true;
    return sentence_speaker(c, cs, out);
}

/* Verbs that end an attribution after a quote without being in the cue
 * list: irregular forms, as regular past tenses ("fired", "exhorted") are
 * told by their ending. */
static const char *const irregular_verbs[] = {
    "read", "reads", "wrote", "writes", "sang", "sings", "shot", "hit", "put", "went",
    "began", "knew", "thought", "spoke", "speaks", "says", "adds", NULL};

/* Could token i be the verb of an attribution after a quote: a lower-case
 * past tense ("fired", "remembered") or an irregular form ("read")? */
static bool attribution_verb(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    if (!(k->flags & NM_TOK_WORD) || (k->flags & (NM_TOK_CAP | NM_TOK_DIGIT)))
        return false;
    size_t n = k->end - k->start;
    return (n > 4 && !memcmp(c->t + k->end - 2, "ed", 2)) || in_list(c, i, irregular_verbs);
}

/* A lower-case present tense in -s ("mocks", "gushes"). */
static bool present_verb(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    size_t n = k->end - k->start;
    return (k->flags & NM_TOK_WORD) && !(k->flags & (NM_TOK_CAP | NM_TOK_DIGIT | NM_TOK_POSS)) && n > 3 &&
           c->t[k->end - 1] == 's' && c->t[k->end - 2] != 's';
}

/* Does the attribution end at token i: the end of its sentence or
 * paragraph, a comma, or an adverbial ("… fired back in a statement")? */
static bool trails_attribution(const ctx *c, size_t i, size_t close_tok)
{
    if (i >= c->seg->n_toks || para_of(c, i) != para_of(c, close_tok))
        return true;
    if (tok(c, i)->sent != tok(c, close_tok + 1 < c->seg->n_toks ? close_tok + 1 : close_tok)->sent)
        return true;
    if (tok_char(c, i, '.') || tok_char(c, i, ',') || tok_char(c, i, ';') || tok_char(c, i, ':') ||
        is_dash(c, i))
        return true;
    static const char *const tails[] = {
        "back", "in", "on", "at", "during", "after", "before", "of", "about", "via", "from",
        "while", "when", "as", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday", "today", "tonight", "recently", "later", "earlier",
        "last", "this", "then", "again", "and", NULL};
    return in_list(c, i, tails);
}

/* Longest name standing alone as a byline under a quote, in tokens. */
#define BYLINE_MAX_TOKS 5

/* Is the paragraph at token k a byline under the quote paragraph ending at
 * `close_tok` — a name alone, its dash dropped by the cleaner ("“…”¶¶-
 * Bernie Sanders." reads "“…”¶¶Bernie Sanders.")? Not a heading: the
 * paragraph after a heading opens with its name ("¶¶Ana Ruiz.¶¶Ana Ruiz, a
 * teacher, …"). Sets *out to the name. */
static bool byline_para(const ctx *c, size_t k, size_t open_tok, size_t close_tok, nm_range *out)
{
    size_t n = c->seg->n_toks, para = para_of(c, k);
    /* the quote is its whole paragraph */
    if (open_tok > 0 && para_of(c, open_tok - 1) == para_of(c, open_tok))
        return false;
    size_t e = k;
    while (e < n && para_of(c, e) == para && e - k < BYLINE_MAX_TOKS &&
           ((tok(c, e)->flags & (NM_TOK_CAP | NM_TOK_ABBREV)) || (tok_char(c, e, '.') && e + 1 < n && para_of(c, e + 1) == para)))
        e++;
    size_t last = e;
    if (e < n && para_of(c, e) == para && tok_char(c, e, '.'))
        e++;
    if (last == k || (e < n && para_of(c, e) == para))
        return false;
    size_t len = tok(c, k)->end - tok(c, k)->start;
    if (e < n && tok(c, e)->end - tok(c, e)->start == len &&
        !memcmp(c->t + tok(c, e)->start, c->t + tok(c, k)->start, len))
        return false;
    /* a person named in the article, not a photo credit ("Getty.") */
    *out = (nm_range){tok(c, k)->start, tok(c, last - 1)->end};
    return nm_speaker_person(c->a, c->seg, *out) >= 0;
}

static bool verb_lemma_in(const ctx *c, size_t i, const char *const *lemmas);

/* Cues whose object is a person or thing judged, not words said
 * ("denounced her record", "described the impact"): lemmas. */
static const char *const object_cues[] = {
    "describe", "denounce", "attack", "criticize", "praise", "blast", "slam", "accuse",
    "mock", "hail", "laud", "applaud", "welcome", "characterize", "liken", "portray",
    "decry", "bemoan", "deride", "ridicule", "lambaste", "rebuke", "thank", "condemn",
    "dismiss", "defend", "blame", "label", "brand", "dub", NULL};

/* Attribution right after the closing mark of a span whose marks are tokens
 * `open_tok` (SIZE_MAX when unknown) and `close_tok` and whose words end
 * with character `last`. */
static attribution find_after(const ctx *c, size_t open_tok, size_t close_tok, char last)
{
    attribution r = {0};
    size_t n = c->seg->n_toks;
    size_t k = close_tok + 1;
    if (k < n && tok_char(c, k, '.') && k + 1 < n && para_of(c, k + 1) != para_of(c, close_tok))
        k++;
    if (k < n && para_of(c, k) != para_of(c, close_tok)) {
        /* a byline under the quote: "“…”¶¶- Sanders." */
        if (k + 1 < n && is_dash(c, k) && (tok(c, k + 1)->flags & NM_TOK_CAP) &&
            nm_speaker_after(c->a, c->seg, k + 1, &r.speaker)) {
            r.found = r.has_speaker = true;
            r.cue_s = r.cue_e = k;
            r.end_tok = k + 1;
        } else if (open_tok < n && byline_para(c, k, open_tok, close_tok, &r.speaker)) {
            r.found = r.has_speaker = true;
            r.cue_s = r.cue_e = k;
            r.end_tok = nm_segment_token_at(c->seg, r.speaker.end);
        }
        return r;
    }
    if (k >= n)
        return r;
    /* a byline after the quote: "“…” ― Sonya Herridge", "“…” – Hillary
     * Clinton." */
    if (is_dash(c, k) && k + 1 < n && (tok(c, k + 1)->flags & NM_TOK_CAP) &&
        para_of(c, k + 1) == para_of(c, close_tok) && nm_speaker_after(c->a, c->seg, k + 1, &r.speaker)) {
        r.found = r.has_speaker = true;
        r.cue_s = r.cue_e = k;
        r.end_tok = nm_segment_token_at(c->seg, r.speaker.end);
        return r;
    }
    if (tok_char(c, k, ','))
        k++;
    if (k >= n || para_of(c, k) != para_of(c, close_tok))
        return r;
    unsigned cls = 0;
    size_t cl = speech_cue(c, k, &cls);
    if (cl && !(cls & NM_CUE_STANCE)) {
        /* inverted: "says Mr. Zhebin", "according to X"; a verb taking a
         * person or thing as its object is followed by that object, not a
         * subject, unless a name stands there ("“terrible,” denounced [her
         * record]") */
        bool object_next = k + cl < n && !(tok(c, k + cl)->flags & NM_TOK_CAP) && verb_lemma_in(c, k, object_cues);
        if (!object_next && nm_speaker_after(c->a, c->seg, k + cl, &r.speaker)) {
            r.found = r.has_speaker = true;
            r.cue_s = k;
            r.cue_e = k + cl;
            r.end_tok = nm_segment_token_at(c->seg, r.speaker.end);
        }
    } else if (cl == 0 && attribution_verb(c, k) && k + 1 < n &&
               ((tok(c, k + 1)->flags & NM_TOK_CAP) || in_list(c, k + 1, noun_markers)) &&
               nm_speaker_after(c->a, c->seg, k + 1, &r.speaker)) {
        /* inverted with a verb outside the cue list: "exhorted Clinton's
         * introducer" */
        r.found = r.has_speaker = true;
        r.cue_s = k;
        r.cue_e = k + 1;
        r.end_tok = nm_segment_token_at(c->seg, r.speaker.end);
    } else {
        /* "he said", "Smith, a spokesman for X, said", "Butz, 49, told",
         * "Harry Bond, 30, of Raleigh, N.C., who was polled, said" */
        size_t sent = tok(c, k)->sent, commas = 0;
        const nm_token *kt = tok(c, k);
        bool np_start = (kt->flags & NM_TOK_CAP) || nm_speaker_is_pronoun(c->t + kt->start, kt->end - kt->start) ||
                        in_list(c, k, noun_markers);
        for (size_t m = k + 1; m < n && m - k <= AFTER_CUE_REACH && tok(c, m)->sent == sent; m++) {
            const nm_token *u = &c->seg->toks[m];
            if (tok_char(c, m, ',')) {
                if (++commas > AFTER_MAX_COMMAS)
                    break;
                continue;
            }
            if (!(u->flags & NM_TOK_WORD) && !(u->flags & NM_TOK_POSS) && !tok_char(c, m, '-') &&
                !tok_char(c, m, '(') && !tok_char(c, m, ')') && !tok_char(c, m, '.') &&
                !nm_token_is_plural_poss(c->t, c->seg, m))
                break;
            cl = speech_cue(c, m, &cls);
            bool verb = false;
            if (!cl && np_start && (last == ',' || last == '!' || last == '?') && m - k <= OTHER_VERB_REACH &&
                attribution_verb(c, m) && trails_attribution(c, m + 1, close_tok))
                verb = true; /* "…,” Rubio fired back." "…,” it read." */
            if (!cl && !verb && np_start && (last == ',' || last == '!' || last == '?') && m - k <= 3 &&
                present_verb(c, m) && m + 1 < n && (tok_char(c, m + 1, '.') || tok_char(c, m + 1, ',')))
                verb = true; /* "…,” he mocks." */
            if (!cl && !verb)
                continue;
            if (!cl)
                cl = 1;
            if (nm_speaker_before(c->a, c->seg, m, k, &r.speaker) && r.speaker.start == tok(c, k)->start) {
                r.found = r.has_speaker = true;
            } else if (np_start && commas > 0 && nm_speaker_after(c->a, c->seg, k, &r.speaker) &&
                       r.speaker.end <= tok(c, m)->start) {
                /* a subject with several asides before its cue */
                r.found = r.has_speaker = true;
            }
            if (r.found) {
                r.cue_s = m;
                r.cue_e = m + cl;
                r.end_tok = m + cl;
            }
            break;
        }
    }
    if (!r.found)
        return r;
    /* "“…,” Obama said of the families, according to a White House pool
     * report": PolNeAR credits the outer source */
    for (size_t m = r.end_tok; m + 2 < n && tok(c, m)->sent == tok(c, r.cue_s)->sent; m++) {
        if ((tok(c, m)->flags & NM_TOK_QUOTE) || m - r.end_tok > ACCORDING_REACH)
            break;
        nm_range sp;
        if (tok_char(c, m, ',') && tok_word(c, m + 1, "according") && tok_word(c, m + 2, "to") &&
            nm_speaker_after(c->a, c->seg, m + 3, &sp)) {
            r.speaker = sp;
            break;
        }
    }
    /* "“…experience.” He adds, “In a campaign…”": after a quote that ends
     * its sentence, a cue followed by a comma or colon and a quote mark
     * introduces that next quote */
    if ((last == '.' || last == '!' || last == '?') && r.end_tok + 1 < n &&
        (tok_char(c, r.end_tok, ',') || tok_char(c, r.end_tok, ':')) &&
        (tok(c, r.end_tok + 1)->flags & NM_TOK_QUOTE)) {
        r.found = false;
        return r;
    }
    /* A quote that is a whole sentence takes only a short attribution;
     * "“We will win.” Smith said the polls…" starts a new statement. */
    if (last == '.' && r.end_tok < n && para_of(c, r.end_tok) == para_of(c, close_tok) &&
        tok(c, r.end_tok)->sent == tok(c, r.cue_s)->sent && !is_clause_punct(c, r.end_tok) &&
        !in_list(c, r.end_tok, after_attr_words))
        r.found = false;
    return r;
}

/* A quote opening its sentence, going on past its closing mark and
 * attributed at the sentence's end: "“Boots on the ground” would be
 * appropriate, Ben Carson said after the attacks.", "“We're happy” about
 * the decision, said X, director of Y." The attribution after the last
 * comma that reaches the sentence's end (past a trailing adverbial);
 * `*comma` gets that comma's token. */
static attribution find_tail(const ctx *c, size_t close_tok, size_t *comma)
{
    attribution none = {0};
    size_t n = c->seg->n_toks, k = close_tok + 1;
    if (k >= n || tok(c, k)->sent != tok(c, close_tok)->sent || !(tok(c, k)->flags & NM_TOK_WORD) ||
        (tok(c, k)->flags & NM_TOK_CAP))
        return none;
    const nm_sentence *se = &c->seg->sents[tok(c, close_tok)->sent];
    for (size_t m = k + 1; m < se->tok_end && m - k <= TAIL_REACH; m++) {
        if (tok(c, m)->flags & NM_TOK_QUOTE)
            return none;
        if (!tok_char(c, m, ','))
            continue;
        attribution at = find_after(c, SIZE_MAX, m - 1, ',');
        if (!at.found || !at.has_speaker)
            continue;
        size_t e = at.end_tok;
        if (e < se->tok_end && tok_char(c, e, '.'))
            e++;
        bool reaches = e >= se->tok_end || in_list(c, e, after_attr_words);
        for (size_t j = e; reaches && j < se->tok_end; j++)
            if ((tok(c, j)->flags & NM_TOK_QUOTE) || tok_word(c, j, "that") || nm_cue_at(c->t, c->seg, j, NULL))
                reaches = false;
        if (reaches) {
            *comma = m;
            return at;
        }
    }
    return none;
}

static void outer_attribution(const ctx *c, attribution *r, size_t sent_first, size_t *clause_tok, bool strict);

/* Attribution before the opening mark `open_tok` of a span. `whole` is
 * true when the span ends its clause (so it can be all of what was said). */
static attribution find_before(const ctx *c, size_t open_tok, bool whole, bool full)
{
    attribution r = {0};
    if (open_tok == 0)
        return r;
    size_t p = open_tok - 1;
    if (para_of(c, p) != para_of(c, open_tok)) {
        /* "In a 1963 speech, he declared: ¶ “…”" */
        if (!tok_char(c, p, ':'))
            return r;
        whole = true;
    }
    size_t sent_first = c->seg->sents[tok(c, p)->sent].tok_start;
    /* the byline of a cited article, as newsletters list them ("“Met
     * accused of …,” by Post's Kathianne Boniello: “A Manhattan man …”"):
     * an excerpt of a text, not a voice */
    if (tok_char(c, p, ':'))
        for (size_t s = p; s-- > sent_first + 1 && p - s <= LABEL_MAX_TOKS;) {
            if (tok(c, s)->flags & NM_TOK_QUOTE)
                break;
            if (tok_word(c, s, "by") && (tok_char(c, s - 1, ',') || (tok(c, s - 1)->flags & NM_TOK_QUOTE)))
                return r;
        }
    /* a source label after a headline and a dash ("Pollsters agree -
     * Carl Bialik: “…”"): the label, not the headline's verb, speaks */
    if (tok_char(c, p, ':') && nm_speaker_dash_label(c->t, c->seg, sent_first, open_tok, &r.speaker)) {
        r.found = r.has_speaker = true;
        r.cue_s = r.cue_e = p;
        r.end_tok = open_tok;
        return r;
    }
    unsigned cls = 0;
    size_t cs = 0, ce = 0;
    /* "he said “…”", "noting that “…”", "told reporters “…”": only when the
     * quote is all that was said, not a term inside a longer clause */
    size_t q = p;
    if (tok_word(c, q, "that") && q > sent_first)
        q--;
    for (size_t back = 0; whole && back < 3 && q >= back + sent_first; back++) {
        size_t s = q - back;
        size_t cl = speech_cue(c, s, &cls);
        if (cl && s + cl == q + 1) {
            cs = s;
            ce = s + cl;
            break;
        }
    }
    if (!ce && (tok_char(c, p, ':') || tok_char(c, p, ','))) {
        size_t reach = tok_char(c, p, ':') ? COLON_CUE_REACH : COMMA_CUE_REACH;
        for (size_t s = p; s-- > sent_first && p - s <= reach;) {
            if (tok(c, s)->flags & NM_TOK_QUOTE)
                break;
            size_t cl = speech_cue(c, s, &cls);
            if (cl && s + cl <= p && !(s > sent_first && in_list(c, s - 1, noun_markers))) {
                if (speaker_of_cue(c, s, s + cl, cls, sent_first, &r.speaker)) {
                    cs = s;
                    ce = s + cl;
                }
                break;
            }
        }
    }
    if (!ce && tok_char(c, p, ',') && (tok(c, sent_first)->flags & NM_TOK_CAP)) {
        /* an inverted cue opening the sentence, however long the subject's
         * aside: "Said Dorothy Poynter, who grew up with Ali, “…”" */
        unsigned k = 0;
        size_t cl = speech_cue(c, sent_first, &k);
        if (cl && !(k & (NM_CUE_STANCE | NM_CUE_ACCORDING)) && !is_participle(c, sent_first) &&
            nm_speaker_after(c->a, c->seg, sent_first + cl, &r.speaker)) {
            r.found = r.has_speaker = true;
            r.cue_s = sent_first;
            r.cue_e = sent_first + cl;
            r.end_tok = open_tok;
            return r;
        }
    }
    if (!ce && tok_char(c, p, ':') && p > sent_first && p - sent_first <= LABEL_MAX_TOKS) {
        /* a speaker label: "Bush: “The mission is…”", "Rep. Trey Gowdy
         * (R-S.C.): “…”" */
        bool name = true;
        for (size_t k = sent_first; k < p && name; k++)
            name = (tok(c, k)->flags & (NM_TOK_CAP | NM_TOK_ABBREV)) || tok_char(c, k, '.') ||
                   tok_char(c, k, '(') || tok_char(c, k, ')') || tok_char(c, k, '-');
        if (name && (tok(c, sent_first)->flags & NM_TOK_CAP)) {
            size_t e = p - 1;
            while (e > sent_first && !(tok(c, e)->flags & NM_TOK_WORD) && !tok_char(c, e, ')'))
                e--;
            r.found = r.has_speaker = true;
            r.cue_s = r.cue_e = p;
            r.speaker = (nm_range){tok(c, sent_first)->start, tok(c, e)->end};
            r.end_tok = open_tok;
            return r;
        }
    }
    if (!ce && tok_char(c, p, ':') && full) {
        /* a whole sentence after a colon is what the clause before it
         * introduces ("Kasich resisted: “…”", "he returned to his familiar
         * lines: “…”"): its speaker is that clause's subject */
        for (size_t s = p; s-- > sent_first;) {
            if (tok(c, s)->flags & NM_TOK_QUOTE)
                break;
            size_t cl = speech_cue(c, s, &cls);
            if (cl && s + cl <= p && !(s > sent_first && in_list(c, s - 1, noun_markers)) &&
                speaker_of_cue(c, s, s + cl, cls, sent_first, &r.speaker)) {
                r.found = r.has_speaker = true;
                r.cue_s = s;
                r.cue_e = s + cl;
                r.end_tok = open_tok;
                return r;
            }
        }
        if (sentence_speaker(c, p, &r.speaker)) {
            r.found = r.has_speaker = true;
            r.cue_s = r.cue_e = p;
            r.end_tok = open_tok;
        }
        return r;
    }
    if (!ce)
        return r;
    if (!speaker_of_cue(c, cs, ce, cls, sent_first, &r.speaker))
        return r;
    r.found = r.has_speaker = true;
    r.cue_s = cs;
    r.cue_e = ce;
    r.end_tok = open_tok;
    /* "Benjamin said he believes “…”", "Trump said he responded: “…”",
     * "McCain said he rarely asks X, “…”": the outermost cue's speaker
     * (strict: the inner subject is a pronoun right after the outer cue) */
    size_t clause_tok = 0;
    outer_attribution(c, &r, sent_first, &clause_tok, true);
    return r;
}

/* Words that may stand between a cue and its reported clause: time and
 * manner adverbials ("said Tuesday that", "said repeatedly that"). */
static const char *const cue_adverbs[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "earlier", "later", "recently", "repeatedly",
    "again", "also", "only", "then", "once", "previously", "morning", "night",
    "afternoon", "evening", "last", "this", "next", "week", "month", "year", NULL};

/* Prepositions opening an adverbial phrase after a cue ("said in a
 * statement that", "told reporters on Tuesday that"). */
static const char *const cue_adverbial_preps[] = {
    "in", "on", "at", "during", "via", "over", "through", "after", "before", "from", NULL};

/* Particles that belong to a cue ("called for", "warned of", "called on"). */
static const char *const cue_particles[] = {"for", "on", "of", "about", "against", "upon", NULL};

/* Longest phrase skipped between a cue and the "that" opening its clause,
 * in tokens ("told conservative radio host Hugh Hewitt on Wednesday that"). */
#define CLAUSE_SKIP_MAX 10

/* First token of the reported clause after a cue ending at `cue_e`, before
 * the quoted part opening at `open_tok`: adverbials, particles and a
 * hearer are skipped ("said Tuesday [that he…]", "called for [X]",
 * "told Fox News [that X]"). */
static size_t clause_start(const ctx *c, size_t cue_e, size_t open_tok)
{
    size_t k = cue_e;
    /* "… that" within reach: everything before it is adverbial or hearer
     * ("said on CBS that" is no particle) */
    for (size_t m = k; m < open_tok && m - k <= CLAUSE_SKIP_MAX; m++) {
        if (tok(c, m)->flags & NM_TOK_QUOTE)
            break;
        if (tok_word(c, m, "that")) {
            bool plain = true;
            for (size_t z = k; z < m && plain; z++)
                plain = (tok(c, z)->flags & NM_TOK_WORD) || tok_char(c, z, ',') || (tok(c, z)->flags & NM_TOK_POSS);
            if (plain)
                return m; /* PolNeAR keeps "that" in the clause */
            break;
        }
        if (m > k && !(tok(c, m)->flags & (NM_TOK_WORD | NM_TOK_POSS)) && !tok_char(c, m, ','))
            break;
    }
    if (k < open_tok && in_list(c, k, cue_particles))
        return k + 1;
    /* time adverbials: "said Tuesday [the plan…]", "said on Monday [he…]" */
    for (;;) {
        if (k < open_tok && in_list(c, k, cue_adverbs)) {
            k++;
            continue;
        }
        if (k + 1 < open_tok && in_list(c, k, cue_adverbial_preps) && in_list(c, k + 1, cue_adverbs)) {
            k += 2;
            continue;
        }
        break;
    }
    if (k < open_tok && tok_char(c, k, ','))
        k++;
    return k;
}

/* A word ending in "-ly" (an adverb: "reportedly", "repeatedly"). */
static bool is_ly(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    return (k->flags & NM_TOK_WORD) && k->end - k->start > 4 && c->t[k->end - 2] == 'l' && c->t[k->end - 1] == 'y';
}

/* Lower-case word ending in "ed": a past-tense verb ("and insisted"). */
static bool is_ed_word(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    size_t n = k->end - k->start;
    return (k->flags & NM_TOK_WORD) && !(k->flags & NM_TOK_CAP) && n > 4 && !memcmp(c->t + k->end - 2, "ed", 2);
}

static const char *const subject_pronouns[] = {"he", "she", "they", "it", "we", "i", NULL};
/* Auxiliaries opening a second predicate after "and" ("and has said"). */
static const char *const predicate_aux[] = {
    "has", "have", "had", "is", "was", "were", "will", "would", "can", "could", NULL};
static const char *const clause_conjunctions[] = {
    "but", "although", "though", "while", "whereas", "because", "since", "unless", NULL};

/* Words opening the object of a participle ("calling [it …]", "vowing
 * [to …]"); a noun after an -ing word makes it a noun ("research,
 * advertising money and …"). */
static const char *const object_openers[] = {
    "it", "him", "her", "them", "his", "its", "their", "a", "an", "the", "this", "that", "to", "these", "those", NULL};

/* Does token k open a participle's object: a quote mark, a name, or one of
 * object_openers? */
static bool participle_object(const ctx *c, size_t k)
{
    return (tok(c, k)->flags & (NM_TOK_QUOTE | NM_TOK_CAP)) || in_list(c, k, object_openers);
}

/* Is there a quote mark among tokens [from, to)? */
static bool quote_between(const ctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (tok(c, k)->flags & NM_TOK_QUOTE)
            return true;
    return false;
}

/* Words opening a second item of a reported clause after ", and"
 * ("said that A, and that B", "vowed to A, and to B", "asked how A, and
 * how B"). */
static const char *const item_openers[] = {"that", "to", "how", "why", "whether", "what", "for", NULL};

static bool clause_item(const ctx *c, size_t i)
{
    return (tok(c, i)->flags & NM_TOK_QUOTE) || in_list(c, i, item_openers);
}

/* A second reported clause with a subject of its own after ", and"
 * ("said Sanders was “a tremendous part,” and Democrats would need …"): a
 * capitalised subject or "there", with no speech cue of its own. */
static bool coordinate_subject(const ctx *c, size_t i, size_t sent_end)
{
    if (!tok_word(c, i, "there") && !((tok(c, i)->flags & NM_TOK_CAP) && (tok(c, i)->flags & NM_TOK_WORD)))
        return false;
    for (size_t k = i; k < sent_end && k < i + 6; k++) {
        unsigned cls = 0;
        if (tok_char(c, k, ',') || (nm_cue_at(c->t, c->seg, k, &cls) && (cls & NM_CUE_SPEECH)))
            return false;
    }
    return true;
}

/* Longest name standing as the subject of a new attribution inside a
 * sentence (", Gov. Ana Ruiz said"), in tokens. */
#define NEW_SUBJECT_NAME_MAX_TOKENS 4

/* Do capitalised words starting at token i, then a speech cue, open a new
 * attribution ("…,” Morales said, …")? */
static bool named_subject_cue(const ctx *c, size_t i, size_t sent_end)
{
    size_t k = i;
    while (k < sent_end && k - i < NEW_SUBJECT_NAME_MAX_TOKENS &&
           ((tok(c, k)->flags & NM_TOK_CAP) || tok_char(c, k, '.')))
        k++;
    unsigned cls = 0;
    return k > i && k < sent_end && nm_cue_at(c->t, c->seg, k, &cls) && (cls & NM_CUE_SPEECH) &&
           !(cls & NM_CUE_ACCORDING);
}

/* Longest modifier between an article and a quoted noun in a list of
 * quoted epithets (", a “bully”", ", a very “loud bully”"), in tokens. */
#define QUOTED_ITEM_REACH 3

/* Does a quote mark open within QUOTED_ITEM_REACH tokens of token i: the
 * next item of a list of quoted words rather than an aside? */
static bool quoted_item(const ctx *c, size_t i, size_t sent_end)
{
    for (size_t k = i; k < sent_end && k < i + QUOTED_ITEM_REACH; k++) {
        if (tok(c, k)->flags & NM_TOK_QUOTE)
            return true;
        if (!(tok(c, k)->flags & NM_TOK_WORD))
            return false;
    }
    return false;
}

/* End (byte) of a reported clause whose quoted part closes at token
 * `close_tok`, in a sentence ending at token `sent_end`: the sentence's
 * end, or the first clause boundary after the quoted part — a new
 * predicate ("and said", "and called him"), a contrast or aside (", but",
 * ", which", " — "), or a participle opening a new statement (", adding
 * that"). Quoted parts after the boundary belong to other attributions. */
static size_t clause_end(const ctx *c, size_t close_tok, size_t sent_end, bool comma_in)
{
    size_t k = close_tok + 1;
    for (; k < sent_end; k++) {
        bool comma = tok_char(c, k, ',');
        size_t w = comma ? k + 1 : k;
        /* a comma inside the closing mark ("“fantastic,” telling …"), of
         * this quoted part or of a later one */
        if (k == close_tok + 1 && comma_in && !comma)
            comma = true;
        if (k > close_tok + 1 && (tok(c, k)->flags & NM_TOK_QUOTE) && !(tok(c, k)->flags & NM_TOK_SPACE_BEFORE) &&
            tok_char(c, k - 1, ',')) {
            comma = true;
            w = k + 1;
        }
        if (w >= sent_end)
            break;
        if (tok_char(c, w, ';') || tok_char(c, w, '(') || is_dash(c, w))
            break;
        /* ", because …" gives the reason of what was said: PolNeAR keeps it */
        if (comma && in_list(c, w, clause_conjunctions) && !tok_word(c, w, "because"))
            break;
        if (comma && (tok_word(c, w, "which") || tok_word(c, w, "who") ||
                      tok_word(c, w, "according") || nm_cue_at(c->t, c->seg, w, NULL)))
            break;
        /* ", Morales said …": a new subject with its own cue */
        if (comma && named_subject_cue(c, w, sent_end))
            break;
        /* ", and" opens a new predicate or subject ("…,” and said", ",
         * and she …"), unless a second item of the reported words follows
         * (", and that …", ", and to …", ", and “…”") */
        if (comma && tok_word(c, w, "and") &&
            !(w + 1 < sent_end && (clause_item(c, w + 1) || coordinate_subject(c, w + 1, sent_end))))
            break;
        if (!comma && w > close_tok + 1 && is_participle(c, w) && nm_cue_at(c->t, c->seg, w, NULL))
            break;
        /* ", referring to …", ", pointing to …": the writer's gloss */
        if (comma && w + 1 < sent_end && is_participle(c, w) && tok_word(c, w + 1, "to"))
            break;
        /* ", calling it “absurd”": a participle with an object and a
         * quoted part of its own (find_mixed_verb takes it) */
        if (comma && w + 1 < sent_end && is_participle(c, w) && participle_object(c, w + 1) &&
            quote_between(c, w + 1, sent_end))
            break;
        /* "and insisted", "and reportedly argued" */
        size_t v = w + 1 < sent_end && is_ly(c, w + 1) ? w + 2 : w + 1;
        if (tok_word(c, w, "and") && v < sent_end &&
            (in_list(c, v, subject_pronouns) || is_ed_word(c, v) || nm_cue_at(c->t, c->seg, v, NULL)))
            break;
        /* "Trump, who has postured himself as the “law and order
         * candidate,” has taken …": the relative clause ends, the main
         * predicate follows */
        if (comma && in_list(c, w, predicate_aux))
            break;
        if (tok_word(c, w, "as") && w + 1 < sent_end && in_list(c, w + 1, subject_pronouns))
            break;
        /* a second predicate: "… “a bright leader” but described …", "…
         * “Washington cartel” and calling …", "… and has said …" */
        if ((tok_word(c, w, "and") || tok_word(c, w, "but")) && w + 1 < sent_end &&
            (is_participle(c, w + 1) || in_list(c, w + 1, predicate_aux) ||
             (tok_word(c, w, "but") && (is_ed_word(c, w + 1) || nm_cue_at(c->t, c->seg, w + 1, NULL)))))
            break;
        /* an apposition to the clause: "…,” a swipe at …", ", an
         * acknowledgment that …" */
        if (comma && (tok_word(c, w, "a") || tok_word(c, w, "an") || tok_word(c, w, "another")) &&
            !quoted_item(c, w + 1, sent_end))
            break;
        /* "… before floating the idea", "… after meeting him" */
        if ((tok_word(c, w, "before") || tok_word(c, w, "after")) && w + 1 < sent_end && is_participle(c, w + 1))
            break;
    }
    /* the clause ends with the last word or closing mark before k */
    size_t e = k - 1;
    if (k < sent_end && k > close_tok + 1 && (tok(c, k)->flags & NM_TOK_QUOTE) && tok_char(c, k - 1, ','))
        e = k; /* “… a formal term,” */
    while (e > close_tok && !(tok(c, e)->flags & (NM_TOK_WORD | NM_TOK_QUOTE)) && !tok_char(c, e, ')'))
        e--;
    return tok(c, e)->end;
}

/* Words opening a subordinate clause before the main one ("When Sanders
 * accused Clinton of …, she said …", "After Brown criticized Bill,
 * Hillary shot back, “…”"). Not "as": "As X noted, …" reports the main
 * clause. */
static const char *const subordinators[] = {
    "when", "after", "before", "while", "once", "if", "although", "though",
    "because", "since", "until", "whereas", "unless", NULL};

/* Is the cue whose subject starts at `subj` in a subordinate clause that a
 * comma closes before token `to`, a main clause with its own subject and
 * verb following ("When Sanders accused Clinton of …, [she said] …")? That
 * subject speaks, not the cue's: sets *main and *verb. */
static bool cue_in_closed_subordinate(const ctx *c, size_t subj, size_t cue_e, size_t to,
                                      nm_range *main, size_t *verb)
{
    if (subj == 0 || !in_list(c, subj - 1, subordinators))
        return false;
    for (size_t k = cue_e; k < to; k++) {
        if (tok(c, k)->flags & NM_TOK_QUOTE)
            return false;
        if (tok_char(c, k, ',') && nm_speaker_subject_at(c->a, c->seg, k + 1, to, main, verb))
            return true;
    }
    return false;
}

/* The attribution `r` found nearest a quoted part may itself be reported
 * by an earlier speech cue of the sentence ("Trump said Sunday [that he
 * believed … “admits this is a problem.”]"): PolNeAR marks the outermost
 * one. Replaces `r` (and *clause_tok) by that outer attribution when its
 * clause reaches the inner subject without a clause break. */
static void outer_attribution(const ctx *c, attribution *r, size_t sent_first, size_t *clause_tok, bool strict)
{
    size_t inner = nm_segment_token_at(c->seg, r->speaker.start);
    if (inner <= sent_first || inner > r->cue_s)
        return;
    if (strict && !nm_speaker_is_pronoun(c->t + tok(c, inner)->start, tok(c, inner)->end - tok(c, inner)->start))
        return;
    for (size_t s = inner; s-- > sent_first;) {
        if ((tok(c, s)->flags & NM_TOK_QUOTE) || tok_char(c, s, ';') || tok_char(c, s, ':') ||
            (strict && tok_char(c, s, ',')))
            return;
        if (tok_char(c, s, ',') && s + 1 < inner &&
            (in_list(c, s + 1, clause_conjunctions) || tok_word(c, s + 1, "and") ||
             tok_word(c, s + 1, "which") || tok_word(c, s + 1, "who")))
            return;
        unsigned cls = 0;
        size_t cl = nm_cue_at(c->t, c->seg, s, &cls);
        if (!cl || !(cls & NM_CUE_SPEECH) || (cls & NM_CUE_ACCORDING) || s + cl > inner)
            continue;
        if (s > sent_first && (in_list(c, s - 1, noun_markers) || tok_word(c, s - 1, "to")))
            continue;
        /* an inverted cue after a quote ("“…,” said Beck, who said X")
         * reports that quote, not the clause after it */
        if (s > sent_first && (tok(c, s - 1)->flags & NM_TOK_QUOTE) && s + cl < inner &&
            (tok(c, s + cl)->flags & NM_TOK_CAP))
            return;
        nm_range sp;
        if (!nm_speaker_before(c->a, c->seg, s, sent_first, &sp) && !sentence_speaker(c, s, &sp))
            return;
        nm_range main;
        size_t verb;
        if (cue_in_closed_subordinate(c, nm_segment_token_at(c->seg, sp.start), s + cl, r->cue_e,
                                      &main, &verb))
            return;
        size_t k = clause_start(c, s + cl, inner + 1);
        if (k > inner)
            return;
        r->speaker = sp;
        r->cue_s = s;
        r->cue_e = s + cl;
        *clause_tok = k;
        return;
    }
}

/* Reported speech holding the span: a cue with its speaker earlier in the
 * span's sentence ("Warren said Trump was a “proven failure” in business").
 * Sets *clause_tok to the first token of the reported clause. */
static attribution find_mixed_before(const ctx *c, size_t open_tok, size_t *clause_tok)
{
    attribution r = {0};
    size_t sent_first = c->seg->sents[tok(c, open_tok)->sent].tok_start;
    for (size_t s = open_tok; s-- > sent_first && open_tok - s <= MIXED_CUE_REACH;) {
        if (tok(c, s)->flags & NM_TOK_QUOTE)
            break;
        unsigned cls = 0;
        size_t cl = nm_cue_at(c->t, c->seg, s, &cls);
        if (!cl || s + cl > open_tok)
            continue;
        /* a noun, not a verb: "a snappy retort", "the claims"; or an
         * infinitive: "refusing to say" */
        if (s > sent_first && (in_list(c, s - 1, noun_markers) || tok_word(c, s - 1, "to")))
            continue;
        /* the subject, never a name after the verb: "accused Bernanke of" */
        bool got = (cls & NM_CUE_ACCORDING) ? nm_speaker_after(c->a, c->seg, s + cl, &r.speaker)
                                            : (participle_subject(c, s, sent_first, &r.speaker) ||
                                               nm_speaker_before(c->a, c->seg, s, sent_first, &r.speaker) ||
                                               sentence_speaker(c, s, &r.speaker));
        if (!got)
            return r;
        size_t verb;
        nm_range main;
        if (cue_in_closed_subordinate(c, nm_segment_token_at(c->seg, r.speaker.start), s + cl, open_tok,
                                      &main, &verb)) {
            /* the main clause's verb is the cue: "After Brown criticized
             * Bill, [Hillary] shot back, “…”" */
            r.speaker = main;
            r.found = r.has_speaker = true;
            r.cue_s = verb;
            r.cue_e = verb + 1;
            *clause_tok = clause_start(c, verb + 1, open_tok);
            return r;
        }
        issuer_of_relative(c, sent_first, &r.speaker);
        r.found = r.has_speaker = true;
        r.cue_s = s;
        r.cue_e = s + cl;
        *clause_tok = clause_start(c, s + cl, open_tok);
        if (!(cls & NM_CUE_ACCORDING))
            outer_attribution(c, &r, sent_first, clause_tok, false);
        if (cls & NM_CUE_ACCORDING) {
            /* "according to X, CLAUSE": the clause follows the comma */
            size_t k = nm_segment_token_at(c->seg, r.speaker.end);
            if (k < open_tok && tok_char(c, k, ','))
                k++;
            *clause_tok = k;
        }
        return r;
    }
    return r;
}

/* Words that are never the verb of a clause holding a quoted part. */
static const char *const not_verbs[] = {
    "is", "was", "has", "as", "his", "its", "this", "thus", "less", "us", "was", "does",
    "yes", "news", "times", "always", "perhaps", "whereas", "across", "unless", "series",
    "states", "years", "days", "weeks", "months", "hours", "minutes", "percent", "plus",
    "nevertheless", "regardless", "ed", "need", "indeed", "red", "bed", "led", "based",
    "including", "according", "following", "regarding", "concerning", "involving",
    "during", "being", "having", "nothing", "something", "anything", "everything", NULL};

/* Forms of "be" and "get" before a past participle: a passive ("was
 * named “…”", "have been upgraded to “…”"), whose subject is no speaker. */
static const char *const passive_aux[] = {
    "is", "was", "were", "are", "be", "been", "being", "get", "got", "gets", "getting", NULL};

/* Could token i be the finite verb of a clause: a lower-case word that is
 * a cue, a past tense ("pronounced", "sniped") or a present tense in -s
 * ("targets", "projects")? */
static bool finite_verb(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    if (!(k->flags & NM_TOK_WORD) || (k->flags & (NM_TOK_CAP | NM_TOK_DIGIT | NM_TOK_POSS)) ||
        in_list(c, i, not_verbs) || in_list(c, i, noun_markers))
        return false;
    size_t n = k->end - k->start;
    const char *e = c->t + k->end;
    if (n > 4 && !memcmp(e - 2, "ed", 2))
        return true;
    return n > 3 && e[-1] == 's' && e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i';
}

static bool is_ed(const ctx *c, size_t i)
{
    const nm_token *k = tok(c, i);
    return k->end - k->start > 3 && !memcmp(c->t + k->end - 2, "ed", 2);
}

/* Is the mention a personal pronoun or a phrase holding a capitalised
 * word (a name, "the Clinton campaign")? Bare descriptions ("many
 * themes", "the order") are too often no speaker at all. */
static bool named_or_pronoun(const ctx *c, nm_range m)
{
    size_t f = nm_segment_token_at(c->seg, m.start), l = f;
    bool cap = false;
    for (size_t i = f; i < c->seg->n_toks && tok(c, i)->start < m.end; i++) {
        l = i;
        if ((tok(c, i)->flags & NM_TOK_CAP) && !in_list(c, i, noun_markers))
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
    return cap && in_list(c, f, noun_markers) && !is_participle(c, l) && !is_ed(c, l);
}

/* Is the span a title: every word of it capitalised ("Star Wars",
 * “Consumer Advocate TV”)? Short function words may stay lower case. */
static bool is_title(const ctx *c, nm_range r)
{
    size_t i = nm_segment_token_at(c->seg, r.start), words = 0;
    for (; i < c->seg->n_toks && tok(c, i)->start < r.end; i++) {
        const nm_token *k = tok(c, i);
        if (!(k->flags & NM_TOK_WORD))
            continue;
        words++;
        if (!(k->flags & (NM_TOK_CAP | NM_TOK_DIGIT)) && k->end - k->start > 3)
            return false;
    }
    return words > 0;
}

/* Verbs of moving, holding, winning and running things, never of saying or
 * judging: a quoted part after them is a name or a term ("waved [their
 * “Hispanics para Trump” signs]", "showed [up in the “brown beret” gear]",
 * "leads [with “definitely not support”]"). Lemmas; the regular forms are
 * derived by verb_lemma_in(), irregular ones are listed. */
static const char *const non_speech_verbs[] = {
    "wave", "wear", "wore", "worn", "carry", "carried", "search", "look", "end", "lead", "led",
    "wait", "activate", "earn", "face", "fail", "move", "play", "push", "publish",
    "require", "mouth", "select", "comply", "complied", "crush", "incite", "encourage", "prompt",
    "show", "shown", "win", "won", "run", "ran", "hold", "held", "spend", "spent", "host",
    "join", "visit", "travel", "drive", "drove", "walk", "sit", "sat", "stand", "stood",
    "raise", "buy", "bought", "sell", "sold", "own", "close", "build", "built", NULL};

/* Is token i a form of one of the lemmas: the lemma or its stem (a final
 * "e" or "y" dropped) followed by "", -s, -es, -ed, -d, -ing, -ies, -ied? */
static bool verb_lemma_in(const ctx *c, size_t i, const char *const *lemmas)
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

/* A quoted part that is the object of a verb outside the cue list: "He
 * called [it “shameful”]", "Politicos call [this the “expectations
 * game”]", "…, calling [him a “train wreck”]". The verb is the nearest one
 * before the quoted part in its clause that has a subject (or, for a
 * participle after a comma, the sentence's subject). */
static attribution find_mixed_verb(const ctx *c, size_t open_tok, size_t *clause_tok)
{
    attribution r = {0};
    size_t sent_first = c->seg->sents[tok(c, open_tok)->sent].tok_start;
    for (size_t s = open_tok; s-- > sent_first + 1 && open_tok - s <= VERB_REACH;) {
        const nm_token *k = tok(c, s);
        if ((k->flags & NM_TOK_QUOTE) || tok_char(c, s, ';') || tok_char(c, s, ':') || is_dash(c, s) ||
            tok_char(c, s, '(') || tok_char(c, s, ')'))
            return r;
        bool part = is_participle(c, s) && tok_char(c, s - 1, ',') && !in_list(c, s, not_verbs);
        if (tok_char(c, s, ','))
            return r;
        if (!part && !finite_verb(c, s))
            continue;
        if (verb_lemma_in(c, s, non_speech_verbs))
            return r;
        size_t b = s - 1;
        while (b > sent_first && is_ly(c, b))
            b--;
        if (in_list(c, b, passive_aux))
            return r;
        bool got = part ? sentence_speaker(c, s, &r.speaker)
                        : nm_speaker_before(c->a, c->seg, s, sent_first, &r.speaker);
        if (!got)
            continue;
        if (!named_or_pronoun(c, r.speaker))
            return r;
        /* a relative clause's verb ("a favorite who crushed [the GOP’s
         * “establishment” candidate]") describes, it does not report */
        size_t sp0 = nm_segment_token_at(c->seg, r.speaker.start);
        if (tok_word(c, sp0, "who") || tok_word(c, sp0, "that"))
            return r;
        if (nm_speaker_is_pronoun(c->t + r.speaker.start, r.speaker.end - r.speaker.start) &&
            (tok_word(c, s - 1, "it") || tok_word(c, s - 1, "that") || tok_word(c, s - 1, "which")))
            return r;
        r.found = r.has_speaker = true;
        r.cue_s = s;
        r.cue_e = s + 1;
        size_t k2 = s + 1;
        /* "pointed to [the case]", "referred to [X as …]" */
        if (k2 + 1 < open_tok && (tok_word(c, k2, "to") || tok_word(c, k2, "as") || tok_word(c, k2, "with")) &&
            (in_list(c, k2 + 1, noun_markers) || (tok(c, k2 + 1)->flags & NM_TOK_CAP)))
            k2++;
        *clause_tok = clause_start(c, k2, open_tok);
        /* "wrote that he plans [to …]": a pronoun subject reported by an
         * earlier cue gives way to that cue's speaker; the clause stays */
        attribution outer = r;
        size_t outer_tok = *clause_tok;
        outer_attribution(c, &outer, sent_first, &outer_tok, true);
        r.speaker = outer.speaker;
        return r;
    }
    return r;
}

/* `r` (its speaker set) found with the one-word cue at token `cue`. */
static attribution cue_word(attribution r, size_t cue)
{
    r.found = r.has_speaker = true;
    r.cue_s = cue;
    r.cue_e = cue + 1;
    return r;
}

/* Forms of "call", the verb of naming: "calling [him “a total stiff.”]". */
static const char *const naming_verbs[] = {"call", "calls", "called", "calling", NULL};

/* Longest object and complement between "call" and the quoted part, in
 * tokens ("calling [the deal a] “…”", "calling [him, among other
 * things,] “…”"). */
#define NAMING_REACH 10

/* A quoted part naming what "call" takes as its object: "Trump went after
 * Bush, calling [him “a total stiff.”]", "with the union calling [her
 * “the champion …”]", "placed newspaper ads calling [the deal a “…”]".
 * PolNeAR's clause starts after the verb; a participle takes the subject
 * of an absolute phrase ("with X calling"), a name right before it ("and
 * Trump calling"), or the subject of the clause it hangs on. */
static attribution find_naming_verb(const ctx *c, size_t open_tok, size_t *clause_tok)
{
    attribution r = {0};
    size_t sent_first = c->seg->sents[tok(c, open_tok)->sent].tok_start;
    for (size_t v = open_tok; v-- > sent_first + 1 && open_tok - v <= NAMING_REACH;) {
        const nm_token *k = tok(c, v);
        if (!(k->flags & (NM_TOK_WORD | NM_TOK_POSS)) && !tok_char(c, v, ','))
            return r;
        if (!in_list(c, v, naming_verbs))
            continue;
        /* a noun ("his call for"), a particle ("called on"), or no object
         * ("a group called “…”") */
        if (v + 1 >= open_tok || in_list(c, v - 1, noun_markers) || (tok(c, v - 1)->flags & NM_TOK_POSS) ||
            tok_char(c, v + 1, ',') || in_list(c, v + 1, cue_particles))
            return r;
        bool got;
        if (is_participle(c, v))
            got = absolute_subject(c, v, sent_first, &r.speaker) ||
                  ((tok(c, v - 1)->flags & NM_TOK_CAP) && nm_speaker_before(c->a, c->seg, v, sent_first, &r.speaker)) ||
                  participle_subject(c, v, sent_first, &r.speaker) || sentence_speaker(c, v, &r.speaker);
        else
            got = nm_speaker_before(c->a, c->seg, v, sent_first, &r.speaker) || sentence_speaker(c, v, &r.speaker);
        if (!got)
            return r;
        /* "what her team calls [her “…” agenda]" names a term inside
         * the writer's (or an outer speaker's) clause */
        size_t sp0 = nm_segment_token_at(c->seg, r.speaker.start);
        if (sp0 > sent_first && tok_word(c, sp0 - 1, "what"))
            return r;
        *clause_tok = v + 1;
        return cue_word(r, v);
    }
    return r;
}

/* Nouns of saying whose possessor is their speaker ("his claim that",
 * "Sanders's call for"). */
static const char *const speech_nouns[] = {
    "claim", "claims", "comment", "comments", "remark", "remarks", "promise", "promises",
    "pledge", "pledges", "vow", "vows", "call", "calls", "assertion", "assertions",
    "accusation", "accusations", "warning", "warnings", "charge", "charges", "insistence",
    "suggestion", "suggestions", "argument", "arguments", "statement", "statements",
    "prediction", "predictions", "demand", "demands", "plea", "description", "declaration",
    "boast", "boasts", "threat", "threats", "denial", "admission", "insinuation", NULL};

/* Possessive pronouns that speak for a noun of saying ("[his] claim"). */
static const char *const possessive_pronouns[] = {"his", "her", "their", "its", "my", "our", NULL};

/* Longest stretch between a noun of saying and the quoted part, in tokens
 * ("her claim [that she] “never sent …”"). */
#define SPEECH_NOUN_REACH 12
/* Most modifiers between the possessor and the noun ("Sanders's [clarion]
 * call", "her [March] comment"). */
#define SPEECH_NOUN_MODIFIERS 2

/* A quoted part after a possessed noun of saying: "her March comment
 * [that, “We're going to …”]", "Donald Trump's claim [that Obama “founded
 * ISIS,”]", "Sanders's clarion call for [a “revolution”]", "his promise [to
 * be “neutral”]". The possessor speaks: the pronoun itself, or the name
 * before "'s". The clause follows the noun, "that" and "to" kept, "for"
 * and "of" left out. */
static attribution find_speech_noun(const ctx *c, size_t open_tok, size_t *clause_tok, bool *noun_phrase)
{
    attribution r = {0};
    size_t sent_first = c->seg->sents[tok(c, open_tok)->sent].tok_start;
    for (size_t n = open_tok; n-- > sent_first + 1 && open_tok - n <= SPEECH_NOUN_REACH;) {
        const nm_token *k = tok(c, n);
        if ((k->flags & NM_TOK_QUOTE) || tok_char(c, n, '.') || tok_char(c, n, ';') || tok_char(c, n, ':') ||
            is_dash(c, n) || tok_char(c, n, '(') || tok_char(c, n, ')'))
            return r;
        if (!in_list(c, n, speech_nouns))
            continue;
        /* the possessor, past a few lower-case modifiers */
        size_t p = n - 1;
        while (p > sent_first && n - p <= SPEECH_NOUN_MODIFIERS && (tok(c, p)->flags & NM_TOK_WORD) &&
               !in_list(c, p, possessive_pronouns) && !(tok(c, p)->flags & NM_TOK_POSS) &&
               !in_list(c, p, noun_markers) && !((tok(c, p)->flags & NM_TOK_CAP) && n - p > 1))
            p--;
        if (in_list(c, p, possessive_pronouns)) {
            r.speaker = (nm_range){tok(c, p)->start, tok(c, p)->end};
        } else if ((tok(c, p)->flags & NM_TOK_POSS) && p > sent_first && (tok(c, p - 1)->flags & NM_TOK_CAP)) {
            size_t f = p - 1;
            while (f > sent_first && (tok(c, f - 1)->flags & NM_TOK_CAP) && !in_list(c, f - 1, subordinators) &&
                   !tok_word(c, f - 1, "but") && !tok_word(c, f - 1, "as"))
                f--;
            r.speaker = (nm_range){tok(c, f)->start, tok(c, p)->end};
        } else {
            return r;
        }
        /* the noun introduces what was said: "that", "to", or a noun
         * phrase after "for", "of", "on", "about" (a time word may come
         * first: "his comment Monday that") */
        size_t k2 = n + 1;
        if (k2 < open_tok && in_list(c, k2, cue_adverbs))
            k2++;
        bool np = true;
        if (k2 < open_tok && (tok_word(c, k2, "that") || tok_word(c, k2, "to")))
            np = false;
        else if (k2 < open_tok && (tok_word(c, k2, "for") || tok_word(c, k2, "of") || tok_word(c, k2, "on") ||
                                   tok_word(c, k2, "about")))
            k2++;
        else if (k2 != open_tok)
            return r;
        *clause_tok = k2;
        *noun_phrase = np;
        return cue_word(r, n);
    }
    return r;
}

/* Words that open the object of a verb naming someone or something "as"
 * something ("described [the move] as", "identified [him] as"). */
static const char *const as_object_openers[] = {
    "him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me", "us",
    "the", "a", "an", "his", "their", "its", "our", "my", "your", "this", "these", "those",
    "that", "such", NULL};

/* Adverbial particles of a phrasal verb ("summed up", "played down"). */
static const char *const as_particles[] = {"up", "down", "off", "out", "to", NULL};

/* Longest object between a verb and "as", in tokens ("portray [Donald
 * Trump's candidacy] as"). */
#define AS_OBJECT_MAX_TOKS 8
/* Most words between "as" and the quoted part ("as [a very] “…”"). */
#define AS_GAP_MAX 2

/* Could token i be the verb of "VERB OBJECT as “…”": a cue, a finite
 * verb, a participle, or a particle after one ("summed up")? Sets *verb
 * to the verb token. */
static bool as_verb(const ctx *c, size_t i, size_t floor, size_t *verb)
{
    bool phrasal = i > floor && in_list(c, i, as_particles);
    if (phrasal)
        i--;
    *verb = i;
    const nm_token *k = tok(c, i);
    if (!(k->flags & NM_TOK_WORD) || (k->flags & (NM_TOK_CAP | NM_TOK_DIGIT)) || in_list(c, i, not_verbs))
        return false;
    if (i > floor && (in_list(c, i - 1, noun_markers) || (tok(c, i - 1)->flags & NM_TOK_POSS)))
        return false;
    /* "played down" judges, "played" does not */
    if (!phrasal && verb_lemma_in(c, i, non_speech_verbs))
        return false;
    return nm_cue_at(c->t, c->seg, i, NULL) || finite_verb(c, i) || is_participle(c, i);
}

/* A quoted part naming its object "as" something: "Trump identified [the
 * judge as “Spanish,”]", "presenting [herself as “anti-system.”]",
 * "played down [Trump's comments as “just part of …”]". PolNeAR's clause
 * starts at the object; the verb's subject speaks. *clause_tok gets the
 * object's first token. */
static attribution find_as_complement(const ctx *c, size_t open_tok, size_t *clause_tok)
{
    attribution r = {0};
    size_t sent_first = c->seg->sents[tok(c, open_tok)->sent].tok_start;
    size_t a = open_tok;
    while (a > sent_first && open_tok - a <= AS_GAP_MAX && !tok_word(c, a - 1, "as") &&
           (tok(c, a - 1)->flags & NM_TOK_WORD) && !(tok(c, a - 1)->flags & NM_TOK_CAP))
        a--;
    if (a <= sent_first + 2 || !tok_word(c, a - 1, "as"))
        return r;
    a--; /* "as" */
    for (size_t o = a; o-- > sent_first + 1 && a - o <= AS_OBJECT_MAX_TOKS;) {
        const nm_token *k = tok(c, o);
        if (!(k->flags & (NM_TOK_WORD | NM_TOK_POSS)) && !tok_char(c, o, '-'))
            return r;
        if (tok_word(c, o, "who") || tok_word(c, o, "which") || tok_word(c, o, "and") || tok_word(c, o, "or"))
            return r;
        if (!(in_list(c, o, as_object_openers) || ((k->flags & NM_TOK_CAP) && !(k->flags & NM_TOK_POSS))))
            continue;
        size_t v;
        if (!as_verb(c, o - 1, sent_first, &v))
            continue;
        bool part = is_participle(c, v);
        bool got = part ? participle_subject(c, v, sent_first, &r.speaker) || sentence_speaker(c, v, &r.speaker)
                        : nm_speaker_before(c->a, c->seg, v, sent_first, &r.speaker);
        if (!got)
            return r;
        *clause_tok = o;
        return cue_word(r, v);
    }
    return r;
}

/* Prepositions before a title naming a show, book or outlet ("told ABC's
 * “Good Morning America”", "on “Meet the Press”"). */
static const char *const work_preps[] = {"on", "in", "at", "with", "of", "to", "from", "by", NULL};

/* Does the sentence end right after the closing mark at `close_tok` (a
 * final period allowed)? */
static bool ends_sentence(const ctx *c, size_t close_tok)
{
    size_t k = close_tok + 1;
    if (k < c->seg->n_toks && tok(c, k)->sent == tok(c, close_tok)->sent &&
        (tok_char(c, k, '.') || tok_char(c, k, '!') || tok_char(c, k, '?')))
        k++;
    return k >= c->seg->n_toks || tok(c, k)->sent != tok(c, close_tok)->sent;
}

/* Does the title opening at `open_tok` name a work where something was
 * said (after a possessive or a preposition: "told ABC's “Good Morning
 * America.”") rather than what was said? */
static bool names_a_work(const ctx *c, size_t open_tok)
{
    if (open_tok == 0)
        return false;
    return (tok(c, open_tok - 1)->flags & NM_TOK_POSS) || in_list(c, open_tok - 1, work_preps);
}

typedef struct qlist {
    nm_arena *arena;
    nm_quote *v;
    nm_direct_meta *meta;
    size_t n, cap;
} qlist;

static nm_quote *push_quote(qlist *l, nm_range cue)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 16;
        nm_quote *nv = nm_arena_realloc(l->arena, l->v, l->cap * sizeof *nv, nc * sizeof *nv);
        nm_direct_meta *nc_ = nv ? nm_arena_realloc(l->arena, l->meta, l->cap * sizeof *nc_, nc * sizeof *nc_) : NULL;
        if (!nc_)
            return NULL;
        l->v = nv;
        l->meta = nc_;
        l->cap = nc;
    }
    l->meta[l->n] = (nm_direct_meta){cue, false};
    nm_quote *q = &l->v[l->n++];
    memset(q, 0, sizeof *q);
    q->person = -1;
    return q;
}

static size_t count_words(const ctx *c, nm_range r)
{
    size_t i = nm_segment_token_at(c->seg, r.start), n = 0;
    for (; i < c->seg->n_toks && tok(c, i)->start < r.end; i++)
        if (tok(c, i)->flags & NM_TOK_WORD)
            n++;
    return n;
}

/* Does the span open its sentence (or paragraph)? */
static bool opens_sentence(const ctx *c, size_t open_tok)
{
    if (open_tok == 0 || (tok(c, open_tok)->flags & NM_TOK_SENT_START))
        return true;
    size_t p = open_tok - 1;
    if (para_of(c, p) != para_of(c, open_tok))
        return true;
    /* a line break inside a paragraph (lists of quotes, one a line) */
    if (memchr(c->t + tok(c, p)->end, '\n', tok(c, open_tok)->start - tok(c, p)->end))
        return true;
    return tok_char(c, p, '.') || tok_char(c, p, '?') || tok_char(c, p, '!') ||
           (tok(c, p)->flags & NM_TOK_QUOTE);
}

/* Does the span end its clause: the closing mark is followed by
 * punctuation, the paragraph's end, or the words end with punctuation? */
static bool ends_clause(const ctx *c, const nm_qspan *s, size_t close_tok)
{
    if (s->unclosed)
        return true;
    char last = c->t[s->inner.end - 1];
    if (last == '.' || last == ',' || last == '!' || last == '?')
        return true;
    size_t k = close_tok + 1;
    return k >= c->seg->n_toks || para_of(c, k) != para_of(c, close_tok) || is_clause_punct(c, k);
}

/* Is the closing mark at `close_tok` the end of its paragraph (a final
 * period after it allowed)? */
static bool span_ends_para(const ctx *c, size_t close_tok)
{
    size_t k = close_tok + 1;
    if (k < c->seg->n_toks && para_of(c, k) == para_of(c, close_tok) && tok_char(c, k, '.'))
        k++;
    return k >= c->seg->n_toks || para_of(c, k) != para_of(c, close_tok);
}

/* Is the span a sentence of its own: it opens with a capital letter (or
 * an ellipsis or bracket) and ends with final punctuation or its
 * paragraph? */
static bool is_sentence(const ctx *c, const nm_qspan *s, size_t close_tok)
{
    unsigned char f = (unsigned char)c->t[s->inner.start];
    bool upper = (f >= 'A' && f <= 'Z') || f == '[' || f == 0xE2 || f == '.';
    if (!upper)
        return false;
    char last = c->t[s->inner.end - 1];
    return s->unclosed || last == '.' || last == '!' || last == '?' || last == ',' ||
           span_ends_para(c, close_tok);
}

static const char *cue_text(const ctx *c, const attribution *at)
{
    if (at->cue_e == at->cue_s)
        return NULL; /* a speaker label has no cue word */
    size_t s = tok(c, at->cue_s)->start, e = tok(c, at->cue_e - 1)->end;
    return nm_arena_strndup(c->a->arena, c->t + s, e - s);
}

static bool add_frag(ctx *c, nm_quote *q, nm_range r)
{
    nm_range *nf = nm_arena_realloc(c->a->arena, q->frags, q->n_frags * sizeof *nf,
                                    (q->n_frags + 1) * sizeof *nf);
    if (!nf)
        return false;
    nf[q->n_frags++] = r;
    q->frags = nf;
    return true;
}

/* The quote whose voice a following span may continue. */
typedef struct voice {
    long q;           /* index into the list, or -1 */
    size_t para;      /* paragraph of its last span */
    bool after;       /* its attribution followed its words */
    bool unclosed;    /* its last span ran to its paragraph's end */
    bool ends_para;   /* the quote (with its attribution) ends its paragraph */
    size_t attr_sent; /* sentence of the attribution */
    size_t attr_end;  /* first token after the attribution */
    size_t last_close; /* closing mark of its last span */
} voice;

/* Record where the attribution `at` after the voice's quote ends. */
static void voice_attr(const ctx *c, voice *v, const attribution *at)
{
    size_t sent = tok(c, at->cue_s)->sent;
    const nm_sentence *se = &c->seg->sents[sent];
    v->attr_sent = sent;
    v->attr_end = at->end_tok;
    v->ends_para = se->tok_end >= c->seg->n_toks || para_of(c, se->tok_end) != para_of(c, at->cue_s);
}

/* Does the span opening at `open_tok` go on as the next fragment of the
 * voice's quote? “A.¶¶“B.” (a quote carried over a paragraph break);
 * “A,” he said. “B.”; “A,” he said, “B.” */
static bool joins_voice(const ctx *c, const voice *v, size_t open_tok, size_t para, bool starts,
                        bool after, const attribution *at)
{
    bool para_start = open_tok == 0 || para_of(c, open_tok - 1) != para;
    if (v->unclosed)
        return para == v->para + 1 && para_start;
    /* “A,” and, “B.” — two spans joined by a conjunction in one sentence */
    if (!after && v->last_close + 1 < open_tok && tok(c, open_tok)->sent == tok(c, v->last_close)->sent) {
        bool glue = true;
        for (size_t k = v->last_close + 1; k < open_tok && glue; k++)
            glue = tok_char(c, k, ',') || tok_word(c, k, "and") || tok_word(c, k, "or");
        if (glue)
            return true;
    }
    /* X said: “A.”¶¶“B.” */
    if (!v->after && !after && v->ends_para && para == v->para + 1 && para_start && !at->found)
        return true;
    if (!v->after || after)
        return false;
    if (para == v->para && starts &&
        (tok(c, open_tok)->sent == v->attr_sent || tok(c, open_tok)->sent == v->attr_sent + 1))
        return true;
    size_t p = open_tok - 1;
    /* a span going on in lower case ("“The risk,” said X, an economist
     * who …, “is that …”") may follow a longer aside */
    unsigned char f = open_tok + 1 < c->seg->n_toks ? (unsigned char)c->t[tok(c, open_tok + 1)->start] : 0;
    size_t gap = f >= 'a' && f <= 'z' ? AFTER_CUE_REACH : FRAG_GAP_MAX;
    if (para == v->para && open_tok > 0 && (tok_char(c, p, ',') || tok_char(c, p, ':')) &&
        tok(c, p)->sent == v->attr_sent && p >= v->attr_end && p - v->attr_end <= gap) {
        for (size_t k = v->attr_end; k < p; k++)
            if ((tok(c, k)->flags & NM_TOK_QUOTE) || nm_cue_at(c->t, c->seg, k, NULL))
                return false;
        return true;
    }
    /* “A,” he said.¶¶“B.”: the next paragraph goes on with the quote */
    if (para == v->para + 1 && para_start && v->ends_para && !at->found)
        return true;
    return false;
}

/* A quote going on in the voice of the one before, after a sentence of
 * the writer's in its paragraph ("Greene added that the Fed …. “They
 * don't like …”", "Bystrom agreed. “Mainstream …”"): PolNeAR gives it to
 * that sentence's subject, the nearer mention. */
static void nearer_subject(const ctx *c, const voice *v, size_t open_tok, nm_range *speaker)
{
    if (open_tok == 0 || para_of(c, open_tok - 1) != para_of(c, open_tok))
        return;
    size_t prev = tok(c, open_tok - 1)->sent;
    const nm_sentence *se = &c->seg->sents[prev];
    size_t floor = v->after && v->attr_end > v->last_close ? v->attr_end : v->last_close + 1;
    if (se->tok_start < floor || prev == tok(c, v->last_close)->sent ||
        se->tok_end - se->tok_start > NEARER_SENTENCE_MAX_TOKS)
        return;
    for (size_t k = se->tok_start; k < se->tok_end; k++)
        if (tok(c, k)->flags & NM_TOK_QUOTE)
            return;
    nm_range sp;
    if (nm_speaker_subject(c->a, c->seg, prev, se->tok_end, &sp) && named_or_pronoun(c, sp))
        *speaker = sp;
}

/* The last character of a quote's words, past a closing single mark
 * ("… ‘the comeback of the decade,’”" ends with a comma). */
static char last_char(const ctx *c, nm_range r)
{
    size_t e = r.end;
    for (;;) {
        if (e > r.start + 1 && c->t[e - 1] == '\'')
            e--;
        else if (e > r.start + 3 && !memcmp(c->t + e - 3, "\xE2\x80\x99", 3))
            e -= 3;
        else
            break;
    }
    return c->t[e - 1];
}

/* Is the span a subheading: a line of its own written in capitals
 * (“DIVISIVE, STUPID AND WRONG”)? Such a line heads a section with a
 * phrase taken from it; the words are quoted again, attributed, below. */
static bool is_subhead(const ctx *c, const nm_qspan *s, size_t open_tok, size_t close_tok)
{
    if (s->unclosed)
        return false;
    for (size_t i = s->open; i > 0 && c->t[i - 1] != '\n'; i--)
        if (c->t[i - 1] != ' ' && c->t[i - 1] != '\t')
            return false;
    for (size_t i = s->close + s->close_len; i < c->a->text_len && c->t[i] != '\n'; i++)
        if (c->t[i] != ' ' && c->t[i] != '\t' && c->t[i] != '.' && c->t[i] != '\r')
            return false;
    size_t words = 0;
    for (size_t i = open_tok + 1; i < close_tok; i++) {
        const nm_token *t = tok(c, i);
        if (!(t->flags & NM_TOK_WORD))
            continue;
        if (!(t->flags & (NM_TOK_ALLCAPS | NM_TOK_DIGIT)))
            return false;
        words++;
    }
    return words >= 2;
}

/* Longest transcript label ("GOV. MARA LINDQVIST:"), in tokens. */
#define TRANSCRIPT_LABEL_MAX_TOKENS 5

/* Does the span opening at `open_tok` start its paragraph with a
 * transcript label in capitals (“PENCE: Well, …”)? reported.c takes the
 * turn, with the label as its speaker. */
static bool opens_with_label(const ctx *c, size_t open_tok, size_t close_tok)
{
    if (open_tok > 0 && para_of(c, open_tok - 1) == para_of(c, open_tok))
        return false;
    size_t k = open_tok + 1;
    while (k < close_tok && k <= open_tok + TRANSCRIPT_LABEL_MAX_TOKENS && (tok(c, k)->flags & NM_TOK_ALLCAPS))
        k++;
    return k > open_tok + 1 && k < close_tok && tok_char(c, k, ':');
}

nm_status nm_quotes_direct_find(nm_article *a, const nm_segments *seg, nm_quote **out,
                                nm_direct_meta **meta_out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    if (meta_out)
        *meta_out = NULL;
    nm_qspan *spans = NULL;
    size_t n_spans = 0;
    nm_status st = nm_qmarks_find(a->text, a->text_len, a->arena, &spans, &n_spans);
    if (st != NM_OK || n_spans == 0 || seg->n_toks == 0)
        return st;
    ctx c = {a, seg, a->text, spans, n_spans};
    qlist l = {a->arena, NULL, NULL, 0, 0};
    voice v = {.q = -1};
    size_t covered = 0; /* end of the last mixed clause */
    for (size_t i = 0; i < n_spans; i++) {
        const nm_qspan *s = &spans[i];
        /* top-level single marks are headline quotes, titles, or the
         * doubled apostrophes some wires write for double marks; none is
         * taken for a direct quote (see docs/quotes.md) */
        if (s->single || s->open < covered)
            continue;
        size_t open_tok = nm_segment_token_at(seg, s->open);
        size_t close_tok = s->unclosed ? nm_segment_token_at(seg, s->inner.end) : nm_segment_token_at(seg, s->close);
        if (open_tok >= seg->n_toks)
            continue;
        if (close_tok >= seg->n_toks)
            close_tok = seg->n_toks - 1;
        size_t para = para_of(&c, open_tok);
        if (is_subhead(&c, s, open_tok, close_tok))
            continue;
        if (opens_with_label(&c, open_tok, close_tok)) {
            v.q = -1;
            continue;
        }
        char last = last_char(&c, s->inner);
        attribution at = {0};
        if (!s->unclosed)
            at = find_after(&c, open_tok, close_tok, last);
        bool after = at.found;
        if (!at.found)
            at = find_before(&c, open_tok, ends_clause(&c, s, close_tok), is_sentence(&c, s, close_tok));
        bool starts = opens_sentence(&c, open_tok);
        size_t tail_comma = 0;
        if (!at.found && starts && !s->unclosed && !s->single) {
            at = find_tail(&c, close_tok, &tail_comma);
            after = at.found;
        }
        if (v.q >= 0 && l.v[v.q].n_frags < NM_QUOTE_MAX_FRAGS && joins_voice(&c, &v, open_tok, para, starts, after, &at)) {
            nm_quote *p = &l.v[v.q];
            if (!add_frag(&c, p, s->inner))
                return NM_ERR_NOMEM;
            if (after && !p->has_speaker) {
                p->has_speaker = true;
                p->speaker = at.speaker;
            }
            v.para = para;
            v.unclosed = s->unclosed;
            v.after = after;
            v.last_close = close_tok;
            if (after)
                voice_attr(&c, &v, &at);
            else
                v.ends_para = span_ends_para(&c, close_tok);
            continue;
        }
        /* a title or term inside the attribution of the quote before ("…,”
         * he said on MSNBC's “Morning Joe.” “…”) is part of that
         * attribution */
        if (v.q >= 0 && v.after && para == v.para && tok(&c, open_tok)->sent == v.attr_sent &&
            open_tok >= v.attr_end &&
            (count_words(&c, s->inner) < CONTINUATION_MIN_WORDS || is_title(&c, s->inner)))
            continue;
        /* a quoted part of a longer sentence is the tail of reported
         * speech: “…” with its words before it is one mixed quote */
        bool colon = open_tok > 0 && tok_char(&c, open_tok - 1, ':');
        size_t clause_tok = 0;
        bool mixed = false, firm = false, np_object = false;
        /* a title or term standing before the attribution ("On ABC's “This
         * Week,” Rubio said", "the “Never Trump” movement continues") is
         * no tail of what the attribution reports */
        if (after && !starts && !colon && (is_title(&c, s->inner) || !ends_clause(&c, s, close_tok)))
            continue;
        /* a part closed by a full stop ends its sentence: the attribution
         * after it belongs to the next one */
        if (after && !starts && !colon && (last == '.' || last == '?' || last == '!'))
            continue;
        if (tail_comma) {
            mixed = true;
            clause_tok = open_tok;
        } else if (after && !starts && !colon) {
            mixed = true;
            clause_tok = c.seg->sents[tok(&c, open_tok)->sent].tok_start;
            /* "“A,” she said, but despite …, “B,” said Kunin": a quote
             * before it in the sentence, attributed, leaves this one a
             * quote of its own when it reads as a sentence */
            if (l.n && l.v[l.n - 1].frags[l.v[l.n - 1].n_frags - 1].end > tok(&c, clause_tok)->start &&
                is_sentence(&c, s, close_tok))
                mixed = false;
            /* a sentence set off by a dash or bracket, or right after a
             * cue ("Feinstein said “I don't know …,” she said", "members
             * (“I want my dues back,” wrote X)") is a quote of its own with
             * its attribution inside the sentence */
            if (is_sentence(&c, s, close_tok) &&
                (tok_char(&c, open_tok - 1, '(') || is_dash(&c, open_tok - 1) ||
                 speech_cue(&c, open_tok - 1, NULL)))
                mixed = false;
        } else if (!at.found && !starts && !(is_title(&c, s->inner) && names_a_work(&c, open_tok) && ends_sentence(&c, close_tok))) {
            at = find_mixed_before(&c, open_tok, &clause_tok);
            if (!at.found) {
                size_t ct2 = 0;
                attribution a2 = find_as_complement(&c, open_tok, &ct2);
                if (a2.found) {
                    at = a2;
                    clause_tok = ct2;
                    firm = true;
                }
            }
            /* a nearer verb taking the quoted part as its object ("blasted
             * Trump's call for X, calling [it “absurd.”]") is its cue */
            if (at.found && !is_title(&c, s->inner)) {
                size_t ct2 = 0;
                attribution a2 = find_mixed_verb(&c, open_tok, &ct2);
                if (a2.found && a2.cue_s >= at.cue_e && ct2 > clause_tok) {
                    at = a2;
                    clause_tok = ct2;
                }
            }
            if (!at.found && !is_title(&c, s->inner))
                at = find_mixed_verb(&c, open_tok, &clause_tok);
            /* a possessed noun of saying, when no verb reports the part */
            {
                size_t ct4 = 0;
                bool np4 = false;
                attribution a4 = find_speech_noun(&c, open_tok, &ct4, &np4);
                if (a4.found && !at.found) {
                    at = a4;
                    clause_tok = ct4;
                    np_object = np4;
                }
            }
            {
                size_t ct3 = 0;
                attribution a3 = find_naming_verb(&c, open_tok, &ct3);
                /* a finite "call" with a subject of its own inside a
                 * reported clause ("said the media would call him a “…”")
                 * leaves the clause to the outer cue */
                if (a3.found && (!at.found || (a3.cue_s >= at.cue_s && is_participle(&c, a3.cue_s)))) {
                    at = a3;
                    clause_tok = ct3;
                    firm = true;
                }
            }
            mixed = at.found;
            /* a whole sentence set off by a colon or comma after the cue's
             * circumstances ("replied, with a grin: “Not today.”") is a
             * direct quote of its own */
            if (mixed && open_tok > clause_tok && is_sentence(&c, s, close_tok) &&
                (tok_char(&c, open_tok - 1, ':') || tok_char(&c, open_tok - 1, ',') || is_dash(&c, open_tok - 1)) &&
                !quote_between(&c, clause_tok, open_tok) && !tok_word(&c, clause_tok, "that") &&
                !is_title(&c, s->inner))
                mixed = false;
        }
        /* a quote introduced by its cue that goes on past its closing mark
         * in lower case ("de Blasio said, “I have not heard that
         * particular concern” from police officials.") is one mixed clause
         * from its opening mark */
        if (!mixed && at.found && !after && !s->unclosed && !ends_clause(&c, s, close_tok) &&
            close_tok + 1 < seg->n_toks && (tok(&c, close_tok + 1)->flags & NM_TOK_WORD) &&
            !(tok(&c, close_tok + 1)->flags & NM_TOK_CAP) && !is_title(&c, s->inner)) {
            mixed = true;
            clause_tok = open_tok;
        }
        if (mixed) {
            nm_range cue_r = at.cue_e > at.cue_s ? (nm_range){tok(&c, at.cue_s)->start, tok(&c, at.cue_e - 1)->end}
                                                 : at.speaker;
            nm_range clause;
            clause.start = tok(&c, clause_tok)->start;
            if (tail_comma) {
                clause.end = tok(&c, tail_comma - 1)->end;
            } else if (after) {
                clause.end = s->close + s->close_len;
            } else {
                const nm_sentence *se = &c.seg->sents[tok(&c, open_tok)->sent];
                clause.end = s->unclosed ? se->end : clause_end(&c, close_tok, se->tok_end, last == ',');
                if (clause.end > s->close + s->close_len && c.t[clause.end - 1] == '.')
                    clause.end--;
                /* a noun phrase quoted after a noun of saying ends at the
                 * verb it is the subject of ("his call for a “revolution”
                 * draws thousands") */
                for (size_t k = close_tok + 1; np_object && k < se->tok_end && tok(&c, k)->start < clause.end; k++)
                    if (!inside_quote(&c, tok(&c, k)->start) && !(tok(&c, k)->flags & NM_TOK_QUOTE) &&
                        (finite_verb(&c, k) || in_list(&c, k, predicate_aux))) {
                        clause.end = tok(&c, k - 1)->end;
                        break;
                    }
                if (clause.end < s->close + s->close_len)
                    clause.end = s->close + s->close_len;
            }
            if (clause.start >= clause.end || (l.n && l.v[l.n - 1].frags[l.v[l.n - 1].n_frags - 1].end > clause.start))
                continue;
            nm_quote *q = push_quote(&l, cue_r);
            if (!q)
                return NM_ERR_NOMEM;
            q->kind = NM_QUOTE_MIXED;
            l.meta[l.n - 1].firm = firm;
            q->cue = cue_text(&c, &at);
            q->has_speaker = at.has_speaker;
            q->speaker = at.speaker;
            if ((!q->cue && at.cue_e > at.cue_s) || !add_frag(&c, q, clause))
                return NM_ERR_NOMEM;
            covered = clause.end;
            v = (voice){.q = (long)(l.n - 1), .para = para, .after = after};
            v.last_close = close_tok;
            if (after)
                voice_attr(&c, &v, &at);
            continue;
        }
        if (!at.found) {
            /* the same voice going on: a sentence-opening span right after
             * another quote, in its paragraph or the next */
            if (v.q < 0 || !starts || s->single || count_words(&c, s->inner) < CONTINUATION_MIN_WORDS ||
                para > v.para + 1 || !l.v[v.q].has_speaker) {
                continue;
            }
            nm_quote *q = push_quote(&l, l.meta[v.q].cue);
            if (!q)
                return NM_ERR_NOMEM;
            nm_quote *p = &l.v[v.q];
            q->kind = NM_QUOTE_DIRECT;
            q->cue = p->cue;
            q->has_speaker = p->has_speaker;
            q->speaker = p->speaker;
            nearer_subject(&c, &v, open_tok, &q->speaker);
            if (!add_frag(&c, q, s->inner))
                return NM_ERR_NOMEM;
            v = (voice){.q = (long)(l.n - 1), .para = para, .unclosed = s->unclosed};
            v.last_close = close_tok;
            continue;
        }
        if (s->single && count_words(&c, s->inner) < CONTINUATION_MIN_WORDS)
            continue;
        nm_range cue_r = at.cue_e > at.cue_s ? (nm_range){tok(&c, at.cue_s)->start, tok(&c, at.cue_e - 1)->end}
                                             : at.speaker;
        nm_quote *q = push_quote(&l, cue_r);
        if (!q)
            return NM_ERR_NOMEM;
        q->kind = NM_QUOTE_DIRECT;
        q->cue = cue_text(&c, &at);
        q->has_speaker = at.has_speaker;
        q->speaker = at.speaker;
        if ((!q->cue && at.cue_e > at.cue_s) || !add_frag(&c, q, s->inner))
            return NM_ERR_NOMEM;
        v = (voice){.q = (long)(l.n - 1), .para = para, .after = after, .unclosed = s->unclosed};
        v.last_close = close_tok;
        if (after)
            voice_attr(&c, &v, &at);
        else
            v.ends_para = span_ends_para(&c, close_tok);
    }
    *out = l.v;
    if (meta_out)
        *meta_out = l.meta;
    *n_out = l.n;
    return NM_OK;
}
