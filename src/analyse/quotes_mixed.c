/* Mixed quotes: the reported clauses holding a quoted part, their cues
 * and speakers, and where they start and end (see quotes_mixed.h). */
#include "quotes_mixed.h"

#include "speakers.h"

#include <string.h>
#include <strings.h>

/* How far back in its sentence a quoted part looks for the cue of the
 * reported speech holding it, in tokens. */
#define MIXED_CUE_REACH 40
/* How far before a quoted part the verb whose object holds it may stand,
 * in tokens ("Cruz coached Trump to “breathe”" is 3). */
#define VERB_REACH 12

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

/* Past participles that name a thing after a noun ("a website called
 * “…”", "a band called Sophistafunk"). */
static const char *const naming_participles[] = {
    "called", "dubbed", "named", "nicknamed", "titled", "entitled", "billed", "labeled", "labelled", NULL};

/* Words before a participle that make it a verb with that subject or
 * auxiliary ("has called", "he called"). */
static const char *const naming_verb_before[] = {
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "what", "has", "have", "had",
    "is", "was", "were", "are", "be", "been", "also", "once", "later", "then", "repeatedly", NULL};

/* Is token i a participle naming the noun before it ("a syllabus called
 * “Perception”", "a band called Sundown"): a lower-case noun before it,
 * and the name (a quote mark or a capitalised word, perhaps after "the")
 * right after it? Such a name is no one's words. */
static bool reduced_naming(const ctx *c, size_t i, size_t floor)
{
    if (i <= floor || i + 1 >= c->seg->n_toks || !in_list(c, i, naming_participles))
        return false;
    const nm_token *p = tok(c, i - 1);
    if (!(p->flags & NM_TOK_WORD) || (p->flags & (NM_TOK_CAP | NM_TOK_DIGIT)) ||
        in_list(c, i - 1, naming_verb_before) || is_ly(c, i - 1))
        return false;
    size_t n = tok_word(c, i + 1, "the") ? i + 2 : i + 1;
    return n < c->seg->n_toks && (tok(c, n)->flags & (NM_TOK_QUOTE | NM_TOK_CAP));
}
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

/* Media of a statement besides the documents of nm_q_is_document_noun
 * ("in a blog post", "in an appearance"). */
static const char *const media_nouns[] = {
    "blog", "podcast", "broadcast", "appearance", "briefing", "conference", "column", "essay", NULL};
/* Sites named after "on" ("said “…” on Twitter"). */
static const char *const media_sites[] = {"twitter", "facebook", "instagram", NULL};
static const char *const medium_determiners[] = {"a", "an", "his", "her", "their", "its", "the", NULL};
/* Most modifiers between a determiner and a medium noun ("in [a
 * Facebook] post", "in [a lengthy written] statement"). */
#define MEDIUM_MODIFIERS 3

/* Does an adverbial of the medium of saying start at token i ("in a
 * tweet Tuesday", "in an interview with CNN", "on Twitter")? It belongs
 * to the cue, not to the reported words. */
static bool medium_adverbial(const ctx *c, size_t i, size_t sent_end)
{
    if (i + 1 < sent_end && tok_word(c, i, "on") && in_list(c, i + 1, media_sites))
        return true;
    if (i + 2 >= sent_end || !(tok_word(c, i, "in") || tok_word(c, i, "during")) ||
        !in_list(c, i + 1, medium_determiners))
        return false;
    for (size_t k = i + 2; k < sent_end && k <= i + 2 + MEDIUM_MODIFIERS; k++) {
        if (!(tok(c, k)->flags & NM_TOK_WORD))
            return false;
        if (nm_q_is_document_noun(c, k) || in_list(c, k, media_nouns))
            return true;
    }
    return false;
}

/* Words after ", but" that go on with the reported words rather than open
 * a new predicate ("“right to be angry,” but also hungry for …"). */
static const char *const but_continuations[] = {"also", "only", "not", "rather", "instead", NULL};

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
        /* ", because …" gives the reason of what was said: PolNeAR keeps it;
         * so is ", but also …" */
        if (comma && in_list(c, w, clause_conjunctions) && !tok_word(c, w, "because") &&
            !(tok_word(c, w, "but") && w + 1 < sent_end && in_list(c, w + 1, but_continuations)))
            break;
        /* "… “rigged” in a tweet Tuesday" */
        if (medium_adverbial(c, w, sent_end))
            break;
        /* "… away” while clips of X play": a clause of its own, not a
         * participle going on with the reported words nor a contrast the
         * speaker quoted too ("“a lightweight” while Cruz is “a liar”") */
        if (!comma && tok_word(c, w, "while") && w + 1 < sent_end && !is_participle(c, w + 1) &&
            !tok_word(c, w + 1, "also") && !quote_between(c, w + 1, sent_end))
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
         * quoted part of its own (nm_q_find_mixed_verb takes it) */
        if (comma && w + 1 < sent_end && is_participle(c, w) && participle_object(c, w + 1) &&
            quote_between(c, w + 1, sent_end))
            break;
        /* "and insisted", "and reportedly argued" */
        size_t v = w + 1 < sent_end && is_ly(c, w + 1) ? w + 2 : w + 1;
        if (tok_word(c, w, "and") && v < sent_end &&
            (in_list(c, v, subject_pronouns) || is_ed_word(c, v) || nm_cue_at(c->t, c->seg, v, NULL) ||
             nm_token_is_verb(c->t, c->seg, v)))
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

/* Does a subordinator (or "despite") stand between token `from` and the
 * subject at `subj`, with no comma between them ("While not everything
 * [Trump] says", "Despite what [he] wrote")? */
static bool opens_subordinate(const ctx *c, size_t from, size_t subj)
{
    for (size_t k = subj; k-- > from;) {
        if (tok_char(c, k, ',') || (tok(c, k)->flags & NM_TOK_QUOTE))
            return false;
        if (in_list(c, k, subordinators) || tok_word(c, k, "despite"))
            return true;
    }
    return false;
}

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
void nm_q_outer_attribution(const ctx *c, attribution *r, size_t sent_first, size_t *clause_tok, bool strict)
{
    size_t inner = nm_segment_token_at(c->seg, r->speaker.start);
    if (inner <= sent_first || inner > r->cue_s)
        return;
    if (strict && !nm_speaker_is_pronoun(c->t + tok(c, inner)->start, tok(c, inner)->end - tok(c, inner)->start))
        return;
    /* a relative clause set off by its comma ("X, who has vowed [to …]")
     * speaks for itself: no outer cue reports it */
    if (tok_word(c, inner, "who") && tok_char(c, inner - 1, ','))
        return;
    bool comma_seen = false;
    for (size_t s = inner; s-- > sent_first;) {
        if ((tok(c, s)->flags & NM_TOK_QUOTE) || tok_char(c, s, ';') || tok_char(c, s, ':') ||
            (strict && tok_char(c, s, ',')))
            return;
        if (tok_char(c, s, ',') && s + 1 < inner &&
            (in_list(c, s + 1, clause_conjunctions) || tok_word(c, s + 1, "and") ||
             tok_word(c, s + 1, "which") || tok_word(c, s + 1, "who") || tok_word(c, s + 1, "where")))
            return;
        comma_seen = comma_seen || tok_char(c, s, ',');
        unsigned cls = 0;
        size_t cl = nm_cue_at(c->t, c->seg, s, &cls);
        if (!cl || !(cls & NM_CUE_SPEECH) || (cls & NM_CUE_ACCORDING) || s + cl > inner)
            continue;
        if (s > sent_first && (in_list(c, s - 1, nm_q_noun_markers) || tok_word(c, s - 1, "to")))
            continue;
        /* an inverted cue after a quote ("“…,” said Beck, who said X")
         * reports that quote, not the clause after it */
        if (s > sent_first && (tok(c, s - 1)->flags & NM_TOK_QUOTE) && s + cl < inner &&
            (tok(c, s + cl)->flags & NM_TOK_CAP))
            return;
        nm_range sp;
        if (!nm_speaker_before(c->a, c->seg, s, sent_first, &sp) && !nm_q_sentence_speaker(c, s, &sp))
            return;
        nm_range main;
        size_t verb;
        if (cue_in_closed_subordinate(c, nm_segment_token_at(c->seg, sp.start), s + cl, r->cue_e,
                                      &main, &verb))
            return;
        /* "While not everything X says is true, [Jamieson said …]",
         * "Despite what he wrote …, [Cross said …]": the outer cue's
         * clause is subordinate and the comma closed it */
        if (comma_seen && opens_subordinate(c, sent_first, nm_segment_token_at(c->seg, sp.start)))
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

/* Longest adverbial between a comma and a participle hanging on the
 * clause before it (", at one point calling"), in tokens. */
#define PARTICIPLE_ADVERBIAL_MAX 4

/* Conjunctions opening a second main clause after a comma (", and he
 * has battled …", ", though in May he used …"). */
static const char *const main_clause_openers[] = {"and", "but", "though", "although", "while", "yet", NULL};

/* The subject of the nearest main clause before a participle at token p
 * hanging on it ("…, and [he] has battled X, at one point calling Y “…”"):
 * the first subject followed by its verb after ", and", ", though"… and
 * before p, with no further clause opener between. False when the
 * participle hangs on the sentence's first clause. */
static bool nearest_clause_subject(const ctx *c, size_t p, size_t floor, nm_range *out)
{
    if (p <= floor + 1)
        return false;
    /* the participle hangs on a clause: after its comma and a short
     * adverbial ("…, at one point calling"), or on a document ("placed
     * ads calling") */
    size_t h = p - 1;
    while (h > floor + 1 && p - h <= PARTICIPLE_ADVERBIAL_MAX && (tok(c, h)->flags & NM_TOK_WORD) &&
           !nm_q_is_document_noun(c, h))
        h--;
    if (!tok_char(c, h, ',') && !nm_q_is_document_noun(c, h))
        return false;
    for (size_t k = h; k-- > floor + 1;) {
        if (tok_char(c, k, ';') || tok_char(c, k, ':') || (tok(c, k)->flags & NM_TOK_QUOTE))
            return false;
        if (!in_list(c, k, main_clause_openers) || !tok_char(c, k - 1, ','))
            continue;
        /* the subject comes first or after an adverbial closed by a comma
         * ("though in a news conference last week he used") */
        for (size_t f = k + 1; f < p - 1; f++) {
            size_t verb;
            nm_range sp;
            /* no object of a preposition ("in [a news conference]") */
            bool object = in_list(c, f - 1, cue_adverbial_preps) || in_list(c, f - 1, cue_particles);
            if (!object && nm_speaker_subject_at(c->a, c->seg, f, h, &sp, &verb) && verb < h) {
                *out = sp;
                return true;
            }
            if (tok_char(c, f, ',') || f - k > CLAUSE_SKIP_MAX || f + 1 >= h)
                break;
        }
        /* a second predicate with no subject (", and placed ads calling"):
         * the clause it joins is further back */
    }
    return false;
}

/* Reported speech holding the span: a cue with its speaker earlier in the
 * span's sentence ("Warren said Trump was a “proven failure” in business").
 * Sets *clause_tok to the first token of the reported clause. */
attribution nm_q_find_mixed_before(const ctx *c, size_t open_tok, size_t *clause_tok)
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
         * infinitive: "refusing to say"; or a name ("a blog called X") */
        if (s > sent_first && (in_list(c, s - 1, nm_q_noun_markers) || tok_word(c, s - 1, "to")))
            continue;
        if (reduced_naming(c, s, sent_first))
            continue;
        /* the subject, never a name after the verb: "accused Bernanke of" */
        bool got = (cls & NM_CUE_ACCORDING) ? nm_speaker_after(c->a, c->seg, s + cl, &r.speaker)
                                            : (nearest_clause_subject(c, s, sent_first, &r.speaker) ||
                                               nm_q_participle_subject(c, s, sent_first, &r.speaker) ||
                                               nm_speaker_before(c->a, c->seg, s, sent_first, &r.speaker) ||
                                               nm_q_sentence_speaker(c, s, &r.speaker));
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
        nm_q_issuer_of_relative(c, sent_first, &r.speaker);
        r.found = r.has_speaker = true;
        r.cue_s = s;
        r.cue_e = s + cl;
        *clause_tok = clause_start(c, s + cl, open_tok);
        if (!(cls & NM_CUE_ACCORDING))
            nm_q_outer_attribution(c, &r, sent_first, clause_tok, false);
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
        in_list(c, i, not_verbs) || in_list(c, i, nm_q_noun_markers))
        return false;
    size_t n = k->end - k->start;
    const char *e = c->t + k->end;
    if (n > 4 && !memcmp(e - 2, "ed", 2))
        return true;
    return n > 3 && e[-1] == 's' && e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i';
}

/* Verbs naming a thing in a relative clause ("what he calls “…”",
 * "which she described as “…”"). */
static const char *const relative_naming_verbs[] = {
    "call", "calls", "called", "calling", "describe", "describes", "described", "dub", "dubs", "dubbed",
    "term", "terms", "termed", "label", "labels", "labeled", "labelled", "declared", NULL};
/* Relatives standing for the named object ("who" is a subject: "Beck,
 * who has described Trump as “…”"). */
static const char *const naming_relatives[] = {"what", "which", "whom", NULL};
/* Longest subject between a relative and its naming verb ("what [aide
 * Kevin Phillips] called"), in tokens. */
#define RELATIVE_SUBJECT_MAX 5
/* Most words between the naming verb and the quoted part ("called [the
 * Soviet] “Evil Empire”"). */
#define RELATIVE_NAME_REACH 4

/* Does the quoted part opening at `open_tok` name the object of a relative
 * clause ("what he calls [the “Washington cartel”]", "whom he described
 * [as “volatile,”]")? */
static bool relative_naming(const ctx *c, size_t open_tok)
{
    size_t first = c->seg->sents[tok(c, open_tok)->sent].tok_start;
    for (size_t v = open_tok; v-- > first + 1 && open_tok - v <= RELATIVE_NAME_REACH;) {
        if (!(tok(c, v)->flags & (NM_TOK_WORD | NM_TOK_POSS)))
            return false;
        if (!in_list(c, v, relative_naming_verbs))
            continue;
        for (size_t r = v; r-- > first && v - r <= RELATIVE_SUBJECT_MAX;) {
            if (!(tok(c, r)->flags & (NM_TOK_WORD | NM_TOK_POSS)))
                return false;
            if (in_list(c, r, naming_relatives))
                return true;
        }
        return false;
    }
    return false;
}

/* Words that go on with a quoted name inside its noun phrase ("the
 * “immoral” “lie” of the moment", "“a total disaster” for his party"). */
static const char *const name_continuations[] = {"of", "for", NULL};

size_t nm_q_mixed_clause_end(const ctx *c, const nm_qspan *s, size_t open_tok, size_t close_tok, bool comma_in,
                             bool np_object)
{
    const nm_sentence *se = &c->seg->sents[tok(c, open_tok)->sent];
    /* the name a relative clause gives ends with its closing mark: the
     * sentence's own predicate follows ("what employees have called [a
     * “fraudulent scheme”] took a turn") */
    if (!s->unclosed && relative_naming(c, open_tok) &&
        !(close_tok + 1 < se->tok_end && in_list(c, close_tok + 1, name_continuations)))
        return s->close + s->close_len;
    size_t end = s->unclosed ? se->end : clause_end(c, close_tok, se->tok_end, comma_in);
    if (end > s->close + s->close_len && c->t[end - 1] == '.')
        end--;
    /* a noun phrase quoted after a noun of saying ends at the
     * verb it is the subject of ("his call for a “revolution”
     * draws thousands") */
    for (size_t k = close_tok + 1; np_object && k < se->tok_end && tok(c, k)->start < end; k++)
        if (!nm_q_inside_quote(c, tok(c, k)->start) && !(tok(c, k)->flags & NM_TOK_QUOTE) &&
            (finite_verb(c, k) || in_list(c, k, predicate_aux))) {
            end = tok(c, k - 1)->end;
            break;
        }
    if (end < s->close + s->close_len)
        end = s->close + s->close_len;
    return end;
}

/* Is the span a title: every word of it capitalised ("Star Wars",
 * “Consumer Advocate TV”)? Short function words may stay lower case. */
bool nm_q_is_title(const ctx *c, nm_range r)
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
 * derived by nm_q_verb_lemma_in(), irregular ones are listed. */
static const char *const non_speech_verbs[] = {
    "wave", "wear", "wore", "worn", "carry", "carried", "search", "look", "end", "lead", "led",
    "wait", "activate", "earn", "face", "fail", "move", "play", "push", "publish",
    "require", "mouth", "select", "comply", "complied", "crush", "incite", "encourage", "prompt",
    "show", "shown", "win", "won", "run", "ran", "hold", "held", "spend", "spent", "host",
    "join", "visit", "travel", "drive", "drove", "walk", "sit", "sat", "stand", "stood",
    "raise", "buy", "bought", "sell", "sold", "own", "close", "build", "built", NULL};

/* A quoted part that is the object of a verb outside the cue list: "He
 * called [it “shameful”]", "Politicos call [this the “expectations
 * game”]", "…, calling [him a “train wreck”]". The verb is the nearest one
 * before the quoted part in its clause that has a subject (or, for a
 * participle after a comma, the sentence's subject): a name, a pronoun or
 * a document. */
attribution nm_q_find_mixed_verb(const ctx *c, size_t open_tok, size_t *clause_tok)
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
        if (nm_q_verb_lemma_in(c, s, non_speech_verbs) || reduced_naming(c, s, sent_first))
            return r;
        size_t b = s - 1;
        while (b > sent_first && is_ly(c, b))
            b--;
        if (in_list(c, b, passive_aux))
            return r;
        bool got = part ? nm_q_sentence_speaker(c, s, &r.speaker)
                        : nm_speaker_before(c->a, c->seg, s, sent_first, &r.speaker);
        if (!got)
            continue;
        /* a name, a pronoun, or a document that speaks ("The ad targets
         * [a “corrupt … system”]") */
        if (!nm_q_named_or_pronoun(c, r.speaker) &&
            !nm_q_is_document_noun(c, nm_segment_token_at(c->seg, r.speaker.end - 1)))
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
            (in_list(c, k2 + 1, nm_q_noun_markers) || (tok(c, k2 + 1)->flags & NM_TOK_CAP)))
            k2++;
        *clause_tok = clause_start(c, k2, open_tok);
        /* "wrote that he plans [to …]": a pronoun subject reported by an
         * earlier cue gives way to that cue's speaker; the clause stays */
        attribution outer = r;
        size_t outer_tok = *clause_tok;
        nm_q_outer_attribution(c, &outer, sent_first, &outer_tok, true);
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
attribution nm_q_find_naming_verb(const ctx *c, size_t open_tok, size_t *clause_tok)
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
        if (v + 1 >= open_tok || in_list(c, v - 1, nm_q_noun_markers) || (tok(c, v - 1)->flags & NM_TOK_POSS) ||
            tok_char(c, v + 1, ',') || in_list(c, v + 1, cue_particles) || reduced_naming(c, v, sent_first))
            return r;
        bool got;
        if (is_participle(c, v))
            got = nm_q_absolute_subject(c, v, sent_first, &r.speaker) ||
                  nearest_clause_subject(c, v, sent_first, &r.speaker) ||
                  ((tok(c, v - 1)->flags & NM_TOK_CAP) && nm_speaker_before(c->a, c->seg, v, sent_first, &r.speaker)) ||
                  nm_q_participle_subject(c, v, sent_first, &r.speaker) || nm_q_sentence_speaker(c, v, &r.speaker);
        else
            got = nm_speaker_before(c->a, c->seg, v, sent_first, &r.speaker) || nm_q_sentence_speaker(c, v, &r.speaker);
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
attribution nm_q_find_speech_noun(const ctx *c, size_t open_tok, size_t *clause_tok, bool *noun_phrase)
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
               !in_list(c, p, nm_q_noun_markers) && !((tok(c, p)->flags & NM_TOK_CAP) && n - p > 1))
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
    if (i > floor && (in_list(c, i - 1, nm_q_noun_markers) || (tok(c, i - 1)->flags & NM_TOK_POSS)))
        return false;
    /* "played down" judges, "played" does not */
    if (!phrasal && nm_q_verb_lemma_in(c, i, non_speech_verbs))
        return false;
    return nm_cue_at(c->t, c->seg, i, NULL) || finite_verb(c, i) || is_participle(c, i);
}

/* A quoted part naming its object "as" something: "Trump identified [the
 * judge as “Spanish,”]", "presenting [herself as “anti-system.”]",
 * "played down [Trump's comments as “just part of …”]". PolNeAR's clause
 * starts at the object; the verb's subject speaks. *clause_tok gets the
 * object's first token. */
attribution nm_q_find_as_complement(const ctx *c, size_t open_tok, size_t *clause_tok)
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
        bool got = part ? nm_q_participle_subject(c, v, sent_first, &r.speaker) ||
                              nm_q_sentence_speaker(c, v, &r.speaker)
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

/* Does the title opening at `open_tok` name a work where something was
 * said (after a possessive or a preposition: "told ABC's “Good Morning
 * America.”") rather than what was said? */
bool nm_q_names_a_work(const ctx *c, size_t open_tok)
{
    if (open_tok == 0)
        return false;
    return (tok(c, open_tok - 1)->flags & NM_TOK_POSS) || in_list(c, open_tok - 1, work_preps);
}

/* Longest subject between a subordinator and the cue it opens ("when [the
 * former governor] claimed"), in tokens. */
#define SUBORDINATE_SUBJECT_MAX 6

bool nm_q_inner_clause_stands(const nm_article *a, const nm_segments *seg, nm_range clause, const nm_quote *inner,
                              nm_range cue)
{
    if (inner->kind != NM_QUOTE_MIXED || inner->n_frags == 0)
        return false;
    ctx cx = {(nm_article *)a, seg, a->text, NULL, 0};
    const ctx *c = &cx;
    size_t first = nm_segment_token_at(seg, clause.start);
    size_t cs = nm_segment_token_at(seg, cue.start), ce = nm_segment_token_at(seg, cue.end - 1) + 1;
    size_t inner_first = nm_segment_token_at(seg, inner->frags[0].start);
    if (cs <= first || cs >= seg->n_toks || inner_first >= seg->n_toks || ce > inner_first)
        return false;
    /* the inner cue reaches its clause unbroken */
    for (size_t k = ce; k < inner_first; k++)
        if (tok_char(c, k, ',') || tok_char(c, k, ';') || tok_char(c, k, ':') || (tok(c, k)->flags & NM_TOK_QUOTE))
            return false;
    unsigned cls = 0;
    bool cue_word = nm_cue_at(c->t, seg, cs, &cls) > 0, speech = cue_word && (cls & NM_CUE_SPEECH);
    size_t b = cs - 1;
    while (b > first && is_ly(c, b))
        b--;
    /* a second predicate of the outer subject: "… lives there and wrote
     * in an email [that …]" */
    if (speech && tok_word(c, b, "and") && !is_participle(c, cs))
        return true;
    /* an adverbial clause of its own: "…, when he claimed [Obama was
     * “the founder”]", "after telling [holdouts that …]", "a rally in
     * Ohio, where the senator said [she …]" */
    for (size_t k = cs; cue_word && k-- > first && cs - k <= SUBORDINATE_SUBJECT_MAX;) {
        if (!(tok(c, k)->flags & (NM_TOK_WORD | NM_TOK_POSS)) || tok_word(c, k, "having"))
            return false;
        if (in_list(c, k, subordinators) || (tok_word(c, k, "where") && k > first && tok_char(c, k - 1, ',')))
            return k + 1 < cs || is_participle(c, cs);
    }
    return false;
}
