/* Direct quotes: quoted spans and the attributions around them. */
#include "quotes_direct.h"

#include "quotes_ctx.h"
#include "quotes_marks.h"
#include "quotes_mixed.h"
#include "speakers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

/* Words that may follow a complete attribution: "…,” he said in a
 * statement", "…,” she said Tuesday". */
static const char *const after_attr_words[] = {
    "in", "on", "at", "during", "after", "before", "to", "from", "of", "about",
    "while", "when", "as", "last", "this", "earlier", "later", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "recently", "afterward", "afterwards", "then", "again", "via",
    "through", "with", "outside", "inside", "and", "but", "adding", "noting", NULL};

/* Speech or "according to" cue starting at token i (length, 0 if none). */
static size_t speech_cue(const ctx *c, size_t i, unsigned *cls)
{
    unsigned k = 0;
    size_t n = nm_cue_at(c->t, c->seg, i, &k);
    if (cls)
        *cls = k;
    return n;
}

/* Prepositions that take a gerund cue as their object. */
static const char *const gerund_preps[] = {"upon", "without", "after", "before", "while", "on", "in", "by",
                                           "for", NULL};

/* Words that open a clause of its own inside a sentence ("even as he
 * defended …", "when Clinton ended …"). */
static const char *const clause_openers[] = {"as", "when", "while", "although", "though", "because", "since",
                                             "after", "before", "if", "once", "until", "whereas", NULL};

/* The subject of the clause nearest before a participle cue at `cs` set
 * off by a comma ("He tweeted when [Clinton] ended the debate with …,
 * remarking", "although he thanked them, [he] sounded a rare note …,
 * saying"): PolNeAR marks that subject, nearer than the sentence's. A
 * speech cue met first leaves the choice to nm_q_participle_subject. */
static bool nearest_clause_subject(const ctx *c, size_t cs, size_t floor, nm_range *out)
{
    if (cs < floor + 2 || !is_participle(c, cs) || !tok_char(c, cs - 1, ','))
        return false;
    for (size_t k = cs - 1; k-- > floor;) {
        if (tok_char(c, k, ';') || tok_char(c, k, ':'))
            return false;
        /* a title on the way ("the “Star Wars” sequel") is no clause */
        if ((tok(c, k)->flags & NM_TOK_QUOTE) || nm_q_inside_quote(c, tok(c, k)->start))
            continue;
        /* a cue with its subject is the nearest clause: the caller's
         * (a noun, "a rare note", is none) */
        nm_range sp;
        if (nm_cue_at(c->t, c->seg, k, NULL) && nm_speaker_before(c->a, c->seg, k, floor, &sp))
            return false;
        if (!tok_char(c, k, ',') && !in_list(c, k, clause_openers))
            continue;
        size_t verb = 0;
        if (nm_speaker_subject_at(c->a, c->seg, k + 1, cs - 1, &sp, &verb) && verb + 1 < cs - 1) {
            *out = sp;
            return true;
        }
    }
    return false;
}

/* The speaker of cue [cs, ce) that stands before a quote: its subject,
 * the name after an inverted or "according to" cue, or the subject of
 * the sentence ("Kosachev … was more cautious, noting that “…”"). A
 * participle after a comma ("…, saying", "…, adding") has the subject of
 * the clause it hangs on: the speaker of an earlier cue of the sentence
 * ("…,” Lewandowski added, saying …") or the sentence's subject. */
static bool speaker_of_cue(const ctx *c, size_t cs, size_t ce, unsigned cls, size_t floor,
                           nm_range *out)
{
    if (cls & NM_CUE_ACCORDING)
        return nm_speaker_after(c->a, c->seg, ce, out);
    if (nearest_clause_subject(c, cs, floor, out) || nm_q_participle_subject(c, cs, floor, out))
        return true;
    /* a gerund after a preposition ("incurred boos upon saying", "how to
     * attack a friend without saying") has the subject of its clause */
    if (cs > floor && is_participle(c, cs) && in_list(c, cs - 1, gerund_preps))
        return nm_q_sentence_speaker(c, cs, out);
    if (nm_speaker_before(c->a, c->seg, cs, floor, out)) {
        nm_q_issuer_of_relative(c, floor, out);
        return true;
    }
    if (nm_speaker_after(c->a, c->seg, ce, out))
        return true;
    return nm_q_sentence_speaker(c, cs, out);
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
           ((tok(c, e)->flags & (NM_TOK_CAP | NM_TOK_ABBREV)) ||
            (tok_char(c, e, '.') && e + 1 < n && para_of(c, e + 1) == para)))
        e++;
    size_t last = e;
    if (e < n && para_of(c, e) == para && tok_char(c, e, '.'))
        e++;
    if (last == k || (e < n && para_of(c, e) == para))
        return false;
    size_t len = tok(c, k)->end - tok(c, k)->start;
    /* a heading names the one the next paragraph opens describing
     * ("¶¶Ana Ruiz.¶¶Ana Ruiz, a teacher, …"); a byline's name may open
     * the writer's comment below it ("¶¶Sanders.¶¶Sanders exaggerates …") */
    size_t nl = last - k;
    if (e + nl < n && tok(c, e)->end - tok(c, e)->start == len &&
        !memcmp(c->t + tok(c, e)->start, c->t + tok(c, k)->start, len) &&
        !((tok(c, e + nl)->flags & NM_TOK_WORD) && !(tok(c, e + nl)->flags & NM_TOK_CAP)))
        return false;
    /* a person named in the article, not a photo credit ("Getty.") */
    *out = (nm_range){tok(c, k)->start, tok(c, last - 1)->end};
    return nm_speaker_person(c->a, c->seg, *out) >= 0;
}

/* Words that cannot stand in a subject between a quote and its cue: they
 * open a clause or an adverbial ("“…,” as he said", "“…,” and then she
 * said"). */
static const char *const subject_breakers[] = {
    "that", "which", "who", "whom", "when", "while", "as", "because", "if", "after", "before",
    "then", "so", "but", "not", "to", "is", "was", "are", "were", NULL};

/* Lower-case words that open an adverbial, not a subject, right after a
 * quote ("“…,” aside from the two men knowing …"). */
static const char *const adverbial_openers[] = {
    "and", "but", "or", "aside", "from", "for", "in", "on", "at", "with", "by", "about", "over",
    "despite", "like", "unlike", NULL};

/* Longest subject taken whole between a quote and its cue, in tokens. */
#define PLAIN_SUBJECT_MAX_TOKS 20

/* The words between a quote's closing mark (token k) and its cue at m,
 * taken whole as the subject when nm_speaker_before cannot parse them
 * ("“…,” the two write", "“…,” CBS This Morning co-Anchor DeMarco
 * Morgan said", "“…,” X and Y wrote"): only words, possessives and
 * hyphens, no clause word, auxiliaries before the cue left out. */
static bool plain_subject(const ctx *c, size_t k, size_t m, nm_range *out)
{
    static const char *const aux[] = {"has", "had", "have", "also", "later", "then", NULL};
    size_t e = m;
    while (e > k && in_list(c, e - 1, aux))
        e--;
    if (e == k || e - k > PLAIN_SUBJECT_MAX_TOKS ||
        (in_list(c, k, adverbial_openers) && !(tok(c, k)->flags & NM_TOK_CAP)))
        return false;
    for (size_t i = k; i < e; i++) {
        const nm_token *t = tok(c, i);
        if (!(t->flags & (NM_TOK_WORD | NM_TOK_POSS)) && !tok_char(c, i, '-') && !tok_char(c, i, '&') &&
            !tok_char(c, i, '$') && !tok_char(c, i, '.'))
            return false;
        if (in_list(c, i, subject_breakers) || is_participle(c, i))
            return false; /* "…,” including provisions he said" */
    }
    *out = (nm_range){tok(c, k)->start, tok(c, e - 1)->end};
    return true;
}

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
        bool object_next = k + cl < n && !(tok(c, k + cl)->flags & NM_TOK_CAP) && nm_q_verb_lemma_in(c, k, object_cues);
        if (!object_next && nm_speaker_after(c->a, c->seg, k + cl, &r.speaker)) {
            r.found = r.has_speaker = true;
            r.cue_s = k;
            r.cue_e = k + cl;
            r.end_tok = nm_segment_token_at(c->seg, r.speaker.end);
        }
    } else if (cl == 0 && attribution_verb(c, k) && k + 1 < n &&
               ((tok(c, k + 1)->flags & NM_TOK_CAP) || in_list(c, k + 1, nm_q_noun_markers)) &&
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
                        in_list(c, k, nm_q_noun_markers);
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
            nm_range nb;
            bool before = nm_speaker_before(c->a, c->seg, m, k, &nb);
            size_t nbt = before ? nm_segment_token_at(c->seg, nb.start) : 0;
            if (before && nb.start == tok(c, k)->start) {
                r.speaker = nb;
                r.found = r.has_speaker = true;
            } else if (before && last == ',' && !(kt->flags & NM_TOK_CAP) &&
                       (in_list(c, k, nm_q_noun_markers) || (k + 1 < m && tok_char(c, k + 1, ','))) &&
                       nbt > k && tok_char(c, nbt - 1, ',') &&
                       (tok(c, nbt)->flags & NM_TOK_CAP) && !tok_word(c, nbt, "who")) {
                /* a description of the quote's words or a parenthetical
                 * adverb, then the speaker ("“…,” the dawn of the
                 * movement, Bozell says", "“…,” though, Allen said") */
                r.speaker = nb;
                r.found = r.has_speaker = true;
            } else if (np_start && commas > 0 && nm_speaker_after(c->a, c->seg, k, &r.speaker) &&
                       r.speaker.end <= tok(c, m)->start) {
                /* a subject with several asides before its cue */
                r.found = r.has_speaker = true;
            } else if (!verb && !(cls & NM_CUE_STANCE) && commas == 0 && (last == ',' || last == '!' || last == '?') &&
                       plain_subject(c, k, m, &r.speaker)) {
                /* a subject the phrase reader does not take whole */
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
    /* "“….” She went on to say:¶¶“…”": an attribution ending its
     * paragraph with a colon introduces the next paragraph's quote */
    if ((last == '.' || last == '!' || last == '?') && r.end_tok < n &&
        para_of(c, r.end_tok) == para_of(c, close_tok)) {
        size_t e = c->seg->sents[tok(c, r.cue_s)->sent].tok_end;
        if (e > r.end_tok && tok_char(c, e - 1, ':') && (e >= n || para_of(c, e) != para_of(c, close_tok)) &&
            !quote_between(c, r.end_tok, e)) {
            r.found = false;
            return r;
        }
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
        bool reaches = e >= se->tok_end || in_list(c, e, after_attr_words) || tok_char(c, e, ',');
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

/* Nouns naming words someone said or says over and over ("his motto",
 * "Clinton's slogan"). */
static const char *const saying_nouns[] = {
    "slogan", "motto", "mantra", "dictum", "refrain", "catchphrase", "tagline", "message", "response",
    "reply", "answer", "retort", "quip", "advice", "promise", "pledge", "warning", "verdict", "words",
    "line", "pitch", "argument", "explanation", "excuse", "question", NULL};

/* Possessive pronouns that own a noun of saying. */
static const char *const possessive_pronouns[] = {"his", "her", "their", "its", "my", "our", NULL};

/* Longest noun phrase between a noun of saying and its copula ("dictum
 * to his interns"), in tokens, a bracketed aside left out. */
#define SAYING_NOUN_REACH 6

/* A quote that is what a possessed noun of saying is ("Barrett's dictum
 * to his interns (repeated …) was, “…”", "Clinton's campaign slogan is
 * “…”"): the owner speaks, the noun is the cue. `p` is the token before
 * the opening mark. */
static attribution find_saying_noun(const ctx *c, size_t p, size_t sent_first)
{
    static const char *const copulas[] = {"is", "was", "are", "were", "remains", "remained", NULL};
    attribution r = {0};
    size_t v = (tok_char(c, p, ',') || tok_char(c, p, ':')) && p > sent_first ? p - 1 : p;
    if (v <= sent_first + 1 || !in_list(c, v, copulas))
        return r;
    size_t k = v, steps = 0;
    while (k > sent_first && steps <= SAYING_NOUN_REACH) {
        k--;
        if (tok_char(c, k, ')')) { /* a bracketed aside */
            while (k > sent_first && !tok_char(c, k, '('))
                k--;
            continue;
        }
        if (!(tok(c, k)->flags & NM_TOK_WORD) || (tok(c, k)->flags & NM_TOK_QUOTE))
            return r;
        steps++;
        if (!in_list(c, k, saying_nouns))
            continue;
        /* its owner: a possessive a few words before ("Clinton's
         * campaign slogan", "his favourite line") */
        for (size_t o = k; o-- > sent_first && k - o <= 3;) {
            if (in_list(c, o, possessive_pronouns)) {
                r.speaker = (nm_range){tok(c, o)->start, tok(c, o)->end};
            } else if ((tok(c, o)->flags & NM_TOK_POSS) && o > sent_first && (tok(c, o - 1)->flags & NM_TOK_CAP)) {
                size_t f = o - 1;
                while (f > sent_first && (tok(c, f - 1)->flags & NM_TOK_CAP) &&
                       !nm_token_names_no_one(c->a, c->seg, f - 1))
                    f--;
                r.speaker = (nm_range){tok(c, f)->start, tok(c, o - 1)->end};
            } else if (!(tok(c, o)->flags & NM_TOK_WORD) || (tok(c, o)->flags & NM_TOK_CAP)) {
                break;
            } else {
                continue;
            }
            r.found = r.has_speaker = true;
            r.cue_s = k;
            r.cue_e = k + 1;
            r.end_tok = p + 1;
            return r;
        }
        return r;
    }
    return r;
}

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
    if (whole) {
        attribution sn = find_saying_noun(c, p, sent_first);
        if (sn.found)
            return sn;
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
            if (cl && s + cl <= p && !(s > sent_first && in_list(c, s - 1, nm_q_noun_markers))) {
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
            if (cl && s + cl <= p && !(s > sent_first && in_list(c, s - 1, nm_q_noun_markers)) &&
                speaker_of_cue(c, s, s + cl, cls, sent_first, &r.speaker)) {
                r.found = r.has_speaker = true;
                r.cue_s = s;
                r.cue_e = s + cl;
                r.end_tok = open_tok;
                return r;
            }
        }
        if (nm_q_sentence_speaker(c, p, &r.speaker)) {
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
    nm_q_outer_attribution(c, &r, sent_first, &clause_tok, true);
    return r;
}

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
    l->meta[l->n] = (nm_direct_meta){cue, false, false};
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

static char last_char(const ctx *c, nm_range r);

/* Does the span end its clause: the closing mark is followed by
 * punctuation, the paragraph's end, or the words end with punctuation
 * (past a closing single mark: "… ‘the ringleader,’”")? */
static bool ends_clause(const ctx *c, const nm_qspan *s, size_t close_tok)
{
    if (s->unclosed)
        return true;
    char last = last_char(c, s->inner);
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

/* Does the span opening at `open_tok` (a sentence of its own when
 * `whole`) go on as the next fragment of the voice's quote? “A.¶¶“B.” (a
 * quote carried over a paragraph break, but “A.¶¶“B,” she added. is a
 * quote of its own); “A,” he said. “B.”; “A,” he said, “B.” */
static bool joins_voice(const ctx *c, const voice *v, size_t open_tok, size_t para, bool starts,
                        bool after, const attribution *at, bool whole)
{
    bool para_start = open_tok == 0 || para_of(c, open_tok - 1) != para;
    if (v->unclosed)
        return para == v->para + 1 && para_start && !after;
    /* “A,” and, “B.” — two spans joined by a conjunction in one sentence */
    if (!after && v->last_close + 1 < open_tok && tok(c, open_tok)->sent == tok(c, v->last_close)->sent) {
        bool glue = true;
        for (size_t k = v->last_close + 1; k < open_tok && glue; k++)
            glue = tok_char(c, k, ',') || tok_word(c, k, "and") || tok_word(c, k, "or");
        if (glue)
            return true;
    }
    /* X said: “A.”¶¶“B.” */
    if (!v->after && !after && v->ends_para && para == v->para + 1 && para_start && !at->found && whole)
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
    if (para == v->para + 1 && para_start && v->ends_para && !at->found && whole)
        return true;
    return false;
}

/* The last speech cue of sentence `sent` (not a stance cue) and its
 * speaker, when that is a name or a pronoun ("Or maybe Jeb Bush, X
 * says."), into *at. */
static bool reporting_speaker(const ctx *c, size_t sent, attribution *at)
{
    const nm_sentence *se = &c->seg->sents[sent];
    nm_range sp;
    for (size_t k = se->tok_end; k-- > se->tok_start;) {
        unsigned cls = 0;
        size_t cl = speech_cue(c, k, &cls);
        if (!cl || (cls & NM_CUE_STANCE))
            continue;
        bool got = (cls & NM_CUE_ACCORDING) ? nm_speaker_after(c->a, c->seg, k + cl, &sp)
                                            : nm_speaker_before(c->a, c->seg, k, se->tok_start, &sp) ||
                                                  nm_speaker_after(c->a, c->seg, k + cl, &sp);
        if (!got || !nm_q_named_or_pronoun(c, sp))
            return false;
        *at = (attribution){.found = true, .cue_s = k, .cue_e = k + cl, .has_speaker = true, .speaker = sp};
        return true;
    }
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
    attribution at;
    /* a sentence reporting speech ("Or maybe Jeb Bush, X says.") gives
     * its last cue's speaker */
    if (reporting_speaker(c, prev, &at)) {
        *speaker = at.speaker;
        return;
    }
    if (nm_speaker_subject(c->a, c->seg, prev, se->tok_end, &sp) && nm_q_named_or_pronoun(c, sp))
        *speaker = sp;
}

/* Does the sentence before token `open_tok` (in its paragraph or the one
 * before) hold a cue outside quote marks ("Greene added that …", "Bystrom
 * agreed.", "“…,” Trump told a rally, saying …")? */
static bool sentence_before_reports(const ctx *c, size_t open_tok)
{
    if (open_tok == 0)
        return false;
    const nm_sentence *se = &c->seg->sents[tok(c, open_tok - 1)->sent];
    for (size_t k = se->tok_start; k < se->tok_end && k < open_tok; k++)
        if (!(tok(c, k)->flags & NM_TOK_QUOTE) && !nm_q_inside_quote(c, tok(c, k)->start) &&
            nm_cue_at(c->t, c->seg, k, NULL))
            return true;
    return false;
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
        /* a sentence of its own: what may go on a voice across a paragraph
         * break ("“Tritium would …,” nuclear experts X and Y wrote" has an
         * attribution, “The Walking Dead” is an AMC drama a title) */
        bool whole = s->unclosed || ((last == '.' || last == '!' || last == '?') && ends_sentence(&c, close_tok));
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
        if (v.q >= 0 && l.v[v.q].n_frags < NM_QUOTE_MAX_FRAGS &&
            joins_voice(&c, &v, open_tok, para, starts, after, &at, whole)) {
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
            (count_words(&c, s->inner) < CONTINUATION_MIN_WORDS || nm_q_is_title(&c, s->inner)))
            continue;
        /* a quoted part of a longer sentence is the tail of reported
         * speech: “…” with its words before it is one mixed quote */
        bool colon = open_tok > 0 && tok_char(&c, open_tok - 1, ':');
        size_t clause_tok = 0;
        bool mixed = false, firm = false, np_object = false, asked = false, needs_clause = false;
        /* a title or term standing before the attribution ("On ABC's “This
         * Week,” Rubio said", "the “Never Trump” movement continues") is
         * no tail of what the attribution reports */
        if (after && !starts && !colon && (nm_q_is_title(&c, s->inner) || !ends_clause(&c, s, close_tok)))
            continue;
        /* a part closed by a full stop ends its sentence: the attribution
         * after it belongs to the next one (a lower-case inverted cue, "…?”
         * asked Ortega", goes on with it) */
        if (after && !starts && !colon && (last == '.' || last == '?' || last == '!') &&
            !(close_tok + 1 < seg->n_toks && (tok(&c, close_tok + 1)->flags & NM_TOK_WORD) &&
              !(tok(&c, close_tok + 1)->flags & NM_TOK_CAP)))
            continue;
        if (tail_comma) {
            mixed = true;
            clause_tok = open_tok;
        } else if (after && !starts && !colon) {
            mixed = true;
            clause_tok = c.seg->sents[tok(&c, open_tok)->sent].tok_start;
            /* "Asked whether Clinton “has the integrity …,” 75 percent
             * said yes": the quoted part is the question, put by no one
             * named; the answer's speaker is not its source */
            if (tok_word(&c, clause_tok, "asked") && open_tok > clause_tok + 1) {
                clause_tok++;
                asked = true;
            }
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
            /* a part inside a "that" clause an earlier cue of the sentence
             * reports ("Although Weiner admitted [that he had “been
             * friends …,”] he claimed …", "Tyler said [that … “…,”] he
             * said"): that cue and its clause — when the attribution after
             * it only repeats a pronoun or introduces what follows a colon
             * (a named source after it reports the whole sentence) */
            if (mixed && !asked &&
                ((at.has_speaker && nm_speaker_is_pronoun(c.t + at.speaker.start, at.speaker.end - at.speaker.start)) ||
                 (at.end_tok < seg->n_toks && tok_char(&c, at.end_tok, ':')))) {
                size_t ct = 0;
                attribution inner = nm_q_find_mixed_before(&c, open_tok, &ct);
                if (inner.found && inner.has_speaker && ct > clause_tok && tok_word(&c, ct, "that")) {
                    at = inner;
                    clause_tok = ct;
                }
            }
        } else if (!at.found && !starts &&
                   !(nm_q_is_title(&c, s->inner) && nm_q_names_a_work(&c, open_tok) && ends_sentence(&c, close_tok))) {
            at = nm_q_find_mixed_before(&c, open_tok, &clause_tok);
            if (!at.found) {
                size_t ct2 = 0;
                attribution a2 = nm_q_find_as_complement(&c, open_tok, &ct2);
                if (a2.found) {
                    at = a2;
                    clause_tok = ct2;
                    firm = true;
                }
            }
            /* a nearer verb taking the quoted part as its object ("blasted
             * Trump's call for X, calling [it “absurd.”]") is its cue */
            if (at.found && !nm_q_is_title(&c, s->inner)) {
                size_t ct2 = 0;
                attribution a2 = nm_q_find_mixed_verb(&c, open_tok, &ct2);
                if (a2.found && a2.cue_s >= at.cue_e && ct2 > clause_tok) {
                    at = a2;
                    clause_tok = ct2;
                }
            }
            if (!at.found && !nm_q_is_title(&c, s->inner))
                at = nm_q_find_mixed_verb(&c, open_tok, &clause_tok);
            /* a possessed noun of saying, when no verb reports the part */
            {
                size_t ct4 = 0;
                bool np4 = false;
                attribution a4 = nm_q_find_speech_noun(&c, open_tok, &ct4, &np4);
                if (a4.found && !at.found) {
                    at = a4;
                    clause_tok = ct4;
                    np_object = np4;
                }
            }
            {
                size_t ct3 = 0;
                attribution a3 = nm_q_find_naming_verb(&c, open_tok, &ct3);
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
                !nm_q_is_title(&c, s->inner))
                mixed = false;
        }
        /* a quote introduced by its cue that goes on past its closing mark
         * in lower case ("de Blasio said, “I have not heard that
         * particular concern” from police officials.") is one mixed clause
         * from its opening mark */
        if (!mixed && at.found && !after && !s->unclosed && !ends_clause(&c, s, close_tok) &&
            close_tok + 1 < seg->n_toks && (tok(&c, close_tok + 1)->flags & NM_TOK_WORD) &&
            !(tok(&c, close_tok + 1)->flags & NM_TOK_CAP) && !nm_q_is_title(&c, s->inner)) {
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
                clause.end = nm_q_mixed_clause_end(&c, s, open_tok, close_tok, last == ',', np_object);
            }
            if (clause.start >= clause.end || (l.n && l.v[l.n - 1].frags[l.v[l.n - 1].n_frags - 1].end > clause.start))
                continue;
            nm_quote *q = push_quote(&l, cue_r);
            if (!q)
                return NM_ERR_NOMEM;
            q->kind = NM_QUOTE_MIXED;
            l.meta[l.n - 1].firm = firm;
            q->cue = cue_text(&c, &at);
            q->has_speaker = at.has_speaker && !asked;
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
        /* no voice to go on: a quoted sentence opening its sentence right
         * after a sentence of the writer's that reports speech ("Sam Lau
         * said in a statement. “…”", "Valastro praised Christie's record
         * ….¶¶“…”") is that speech (quotes.c joins it to the clause the
         * cue reports) */
        if (!at.found && !(v.q >= 0 && para <= v.para + 1 && l.v[v.q].has_speaker) && starts && whole &&
            !s->single && count_words(&c, s->inner) >= CONTINUATION_MIN_WORDS && open_tok > 0 &&
            para_of(&c, open_tok - 1) + 1 >= para) {
            const nm_sentence *se = &c.seg->sents[tok(&c, open_tok - 1)->sent];
            if (!quote_between(&c, se->tok_start, se->tok_end) &&
                reporting_speaker(&c, tok(&c, open_tok - 1)->sent, &at)) {
                after = false;
                /* "Sam Lau said in a statement. “…”": a cue with only
                 * circumstances after it has the quote as its words; any
                 * other cue reports a clause of its own first */
                size_t e = at.cue_e;
                if (e < se->tok_end && at.speaker.start >= tok(&c, e)->start)
                    e = nm_segment_token_at(c.seg, at.speaker.end - 1) + 1;
                needs_clause = e + 1 < se->tok_end && !in_list(&c, e, after_attr_words);
            }
        }
        if (!at.found) {
            /* the same voice going on: a sentence-opening span right after
             * another quote, in its paragraph or the next, that is a
             * sentence of its own */
            if (v.q < 0 || !starts || s->single || count_words(&c, s->inner) < CONTINUATION_MIN_WORDS ||
                para > v.para + 1 || !l.v[v.q].has_speaker || !whole) {
                continue;
            }
            /* ... and only after a sentence that reports speech ("Greene
             * added that …. “…”"): after one that does not ("Betsy Ebeling
             * shook her head. “…”") PolNeAR mostly leaves the quote out.
             * The voice still goes on through it to the next paragraph. */
            if (!sentence_before_reports(&c, open_tok)) {
                v.para = para;
                v.last_close = close_tok;
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
        l.meta[l.n - 1].needs_clause = needs_clause;
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
