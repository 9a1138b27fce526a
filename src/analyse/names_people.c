/* People: name cores (runs of unknown capitalised words), their titles and
 * appositions, and the merging of every form of one person within the
 * article.
 *
 * A core is a person for sure ("strong") when a title, honorific or role
 * noun stands before it, an apposition with a role follows it, or it has two
 * or more words and starts with a known first name or holds no common
 * English word. A one-word core is then an alias of a person with that last
 * (or first) name; failing that it is a person of its own only when some
 * occurrence of it has a speech verb after it or is coordinated with a known
 * person ("Trump and Putin"). */
#include "names_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Longest name core (words); longer capitalised runs are headlines. */
#define NAMES_CORE_MAX_WORDS 4
/* Most tokens looked at for a role in an apposition after a name. */
#define NAMES_APPOS_ROLE_MAX 7
/* Most tokens of an affiliation phrase. */
#define NAMES_AFFIL_MAX 16
/* Most words of a lower-case affiliation ("the fishermen's cooperative"). */
#define NAMES_AFFIL_LOWER_MAX 5
/* Longest combining form before a hyphen ("Anglo-", "Franco-", "Judeo-"). */
#define NAMES_COMBINING_FORM_MAX 6
/* Most lower-case words modifying a role noun before a name
 * ("port authority chief X"). */
#define NAMES_ROLE_MODIFIERS_MAX 2

typedef struct core {
    size_t s, e;       /* name tokens [s, e) */
    size_t full_e;     /* end before trailing common words were dropped */
    size_t ms;         /* first token of the mention (titles included) */
    bool strong;
    bool sent_initial; /* first word of its sentence */
    bool initial_common; /* sentence-initial common word: only a known surname */
    bool org_like;     /* used as an organization here ("Goldman Sachs employees") */
    bool blocked;      /* written like an organization somewhere: no person */
    int person;        /* -1 until assigned */
    uint32_t h_first, h_last; /* hashes of the first and last name words */
    nm_gender gender;
    nm_gender hint;    /* gender guessed from the form of an unknown first name */
    const char *role, *aff;
} core;

typedef struct person {
    size_t name_core;  /* core giving the fullest name */
    size_t words;
    int count;         /* cores assigned so far */
    size_t last_tok;   /* latest assigned mention */
    const char *role, *aff;
    nm_gender gender;
    nm_gender hint;    /* guessed gender, for merging only (never output) */
} person;

typedef struct people_state {
    nm_names_ctx *c;
    core *cores;
    size_t n_cores;
    person *ppl;
    size_t n_ppl;
    size_t *places;    /* first tokens of places and organizations found by patterns
                        * ("in Costa Mesa", "La Guardia Airport") */
    size_t n_places;
} people_state;

/* Is token i a word of lexicon map m (as written)? */
static bool tok_in(const nm_names_ctx *c, size_t i, const nm_lexmap *m)
{
    if (i >= c->seg->n_toks || !(c->seg->toks[i].flags & NM_TOK_WORD))
        return false;
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    return nm_lexmap_has(m, s, len);
}

static const char *tok_slice(const nm_names_ctx *c, size_t a, size_t b)
{
    const nm_token *t = c->seg->toks;
    return nm_arena_strndup(c->a->arena, c->text + t[a].start, t[b - 1].end - t[a].start);
}

static bool is_common_word(const nm_names_ctx *c, size_t i)
{
    return nm_names_is_common(c, i);
}

/* "Trump-Kim": a hyphenated compound of two capitalised words. */
static bool is_cap_compound(const nm_names_ctx *c, size_t i)
{
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    for (size_t k = 1; k + 1 < len; k++)
        if (s[k] == '-' && s[k + 1] >= 'A' && s[k + 1] <= 'Z')
            return true;
    return false;
}

static nm_gender gender_of(const nm_lex_entry *e)
{
    if (!e || !e->vlen)
        return NM_GENDER_UNKNOWN;
    char g = e->val[e->vlen - 1];
    return g == 'm' ? NM_GENDER_MALE : g == 'f' ? NM_GENDER_FEMALE : NM_GENDER_UNKNOWN;
}

/* A first name missing from the lists that ends in "a" (Ivana, Melania,
 * Natasha) is most likely a woman's: a hint used to keep "Mr. Trump" off
 * her, never shown as her gender. */
static nm_gender guess_gender(const char *w, size_t len)
{
    return len >= 4 && w[len - 1] == 'a' && w[len - 2] != 'a' ? NM_GENDER_FEMALE
                                                               : NM_GENDER_UNKNOWN;
}

/* Canonical text of the tagged span whose last token is j (place/org/demonym). */
static const char *span_canonical(const nm_names_ctx *c, size_t j)
{
    size_t st = j;
    while (st > 0 && !c->tags[st].span_len)
        st--;
    const nm_tagged *g = &c->tags[st];
    if (g->entry)
        return nm_arena_strndup(c->a->arena, g->entry->val, g->entry->vlen);
    return tok_slice(c, st, st + g->span_len);
}

static bool is_affil_tag(unsigned tag)
{
    return tag == NM_TAG_DEMONYM || tag == NM_TAG_PLACE || tag == NM_TAG_ORG;
}

static bool is_lower_word(const nm_names_ctx *c, size_t i)
{
    unsigned f = c->seg->toks[i].flags;
    return (f & NM_TOK_WORD) && !(f & NM_TOK_CAP) && !(f & NM_TOK_DIGIT) && !(f & NM_TOK_POSS);
}

static bool is_role_noun(const nm_names_ctx *c, size_t i)
{
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    return nm_lexmap_has(&c->lx->roles, s, len);
}

/* Does the article hold the word w[0..n) as a whole token that is not the
 * first word of its sentence (nor token `skip`)? memmem finds candidates
 * fast; the token table confirms them. */
static bool text_has_word_scan(const nm_names_ctx *c, const char *w, size_t n, size_t skip)
{
    const char *text = c->text, *end = c->text + c->a->text_len, *p = text;
    while (n && (p = memmem(p, (size_t)(end - p), w, n)) != NULL) {
        size_t off = (size_t)(p - text);
        size_t k = nm_segment_token_at(c->seg, off);
        p++;
        if (k >= c->seg->n_toks || k == skip)
            continue;
        const nm_token *o = &c->seg->toks[k];
        if (o->start == off && o->end - o->start == n && !(o->flags & NM_TOK_FIRST_WORD))
            return true;
    }
    return false;
}

/* text_has_word_scan, remembered per word for the article (names recur:
 * "Donald Trump" asks about "trump" at every mention). */
static bool text_has_word(const nm_names_ctx *c, const char *w, size_t n, size_t skip)
{
    uint32_t h = (uint32_t)nm_lex_hash(NM_LEX_HASH_INIT, w, n);
    nm_word_memo *m = &c->memo[h % NM_NAMES_MEMO_SLOTS];
    if (m->answer && m->hash == h && m->len == n)
        return m->answer > 0;
    bool yes = text_has_word_scan(c, w, n, skip);
    *m = (nm_word_memo){h, (unsigned short)n, (signed char)(yes ? 1 : -1)};
    return yes;
}

/* Can token j modify the role noun after it ("harbour" in "harbour master")?
 * A lower-case content word, or a sentence's first word that is no
 * gazetteer entry ("Harbour master X said"). */
static bool is_modifier(const nm_names_ctx *c, size_t j)
{
    const nm_token *t = &c->seg->toks[j];
    size_t len;
    const char *s = nm_tok_text(c, j, &len);
    if (len > 2 && s[len - 2] == 'l' && s[len - 1] == 'y')
        return false; /* "reportedly" */
    if (is_lower_word(c, j))
        return !nm_lexmap_has(&c->lx->modifier_stop, s, len);
    if (!(t->flags & NM_TOK_FIRST_WORD) || !(t->flags & NM_TOK_CAP) ||
        (t->flags & NM_TOK_ALLCAPS) ||
        (c->tags[j].tag != NM_TAG_NAME && c->tags[j].tag != NM_TAG_NONE) ||
        nm_lexmap_has(&c->lx->not_names, s, len))
        return false;
    /* a modifier unless it is a name ("Clinton spokesman X", "Trump
     * campaign spokesman Y"): a first name, or a word written capitalised
     * inside a sentence elsewhere */
    if (nm_lexmap_has(&c->lx->first_names, s, len) && !nm_names_is_common(c, j))
        return false;
    return !text_has_word(c, s, len, j);
}

/* Text of tokens [a, b) as a role: a capital opening the sentence is
 * lowered ("Harbour master" -> "harbour master"). */
static const char *role_slice(const nm_names_ctx *c, size_t a, size_t b)
{
    char *r = (char *)tok_slice(c, a, b);
    if (r && (c->seg->toks[a].flags & NM_TOK_FIRST_WORD) && r[0] >= 'A' && r[0] <= 'Z' &&
        !(r[1] >= 'A' && r[1] <= 'Z'))
        r[0] = (char)(r[0] + 32);
    return r;
}

/* Endings of adjectives ("presidential", "Democratic", "former",
 * "presumptive", "likely"): words that may stand before an adjective. */
static const char *const ADJ_SUFFIXES[] = {"al", "ic", NULL};
static const char *const ADJ_LIKE_SUFFIXES[] = {"al", "ic", "ive", "ous", "ful", "ent", "ant",
                                                "er", "ly", "ed", "ing", "ior", "est", NULL};
/* Adjectives without those endings that often open a role ("top aide"). */
static const char *const ADJ_WORDS[] = {"top", "chief", "vice", "deputy", "fellow",
                                        "longtime", "then", "new", "key", "lead", "main",
                                        "past", "future", "acting", "sole", NULL};

static bool has_suffix(const nm_names_ctx *c, size_t i, const char *const *suffixes)
{
    size_t len;
    const char *w = nm_tok_text(c, i, &len);
    for (size_t k = 0; suffixes[k]; k++) {
        size_t n = strlen(suffixes[k]);
        if (len > n + 2 && !memcmp(w + len - n, suffixes[k], n))
            return true;
    }
    return false;
}

static bool is_adjective_like(const nm_names_ctx *c, size_t i)
{
    if (has_suffix(c, i, ADJ_LIKE_SUFFIXES))
        return true;
    for (size_t k = 0; ADJ_WORDS[k]; k++)
        if (nm_names_tok_is(c, i, ADJ_WORDS[k]))
            return true;
    return false;
}

/* Particles of phrasal verbs ("took down businessman X"). */
static const char *const VERB_PARTICLES[] = {"down", "up", "out", "off", "back", "away",
                                             "they", "he", "she", "we", "against", NULL};

/* Is lower-case token j a verb form rather than a modifier of the role noun
 * after it ("met presidential candidate X", "beating rival X", "used actor
 * X")? Speech verbs, particles, and -ed/-ing forms unless a determiner or
 * preposition stands before them ("the retired general", "from bestselling
 * author X"). */
static bool is_verb_form(const nm_names_ctx *c, size_t j)
{
    if (!is_lower_word(c, j))
        return false;
    size_t len;
    const char *w = nm_tok_text(c, j, &len);
    if (nm_lexmap_has(&c->lx->person_verbs, w, len))
        return true;
    for (size_t i = 0; VERB_PARTICLES[i]; i++)
        if (nm_names_tok_is(c, j, VERB_PARTICLES[i]))
            return true;
    bool ed = len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd';
    bool ing = len > 5 && !memcmp(w + len - 3, "ing", 3);
    if (!ed && !ing)
        return false;
    if (j == 0 || c->seg->toks[j - 1].sent != c->seg->toks[j].sent)
        return false;
    /* "the retired general", "from bestselling author X": a noun phrase */
    static const char *const NP_OPENERS[] = {"the", "a", "an", "his", "her", "its", "their",
                                             "our", "my", "your", "this", "that", "from",
                                             "by", "with", "for", "of", "to", "about", "as",
                                             "like", "and", "including", NULL};
    for (size_t i = 0; NP_OPENERS[i]; i++)
        if (nm_names_tok_is(c, j - 1, NP_OPENERS[i]))
            return false;
    return !(c->seg->toks[j - 1].flags & NM_TOK_POSS);
}

/* Titles, honorifics and role nouns before the core. */
static void read_prefix(const nm_names_ctx *c, core *k)
{
    const nm_token *t = c->seg->toks;
    size_t i = k->s;
    size_t sent_start = c->seg->sents[t[k->s].sent].tok_start;
    size_t title_start = i;
    bool role_title = false;
    while (i > sent_start) {
        unsigned tag = c->tags[i - 1].tag;
        if (tag != NM_TAG_TITLE && tag != NM_TAG_HON)
            break;
        size_t st = i - 1;
        while (st > sent_start && !c->tags[st].span_len)
            st--;
        const nm_lex_entry *e = c->tags[st].entry;
        if (tag == NM_TAG_TITLE)
            role_title = true;
        if (e && k->gender == NM_GENDER_UNKNOWN)
            k->gender = gender_of(e);
        i = st;
        title_start = st;
    }
    if (title_start < k->s) {
        k->strong = true;
        k->ms = title_start;
        if (role_title) {
            /* role = the title words after any honorific */
            size_t rs = title_start;
            while (rs < k->s && c->tags[rs].tag == NM_TAG_HON)
                rs++;
            size_t re = rs;
            while (re < k->s && c->tags[re].tag == NM_TAG_TITLE)
                re++;
            if (re > rs)
                k->role = tok_slice(c, rs, re);
        }
    } else if (i > sent_start && is_lower_word(c, i - 1) && is_role_noun(c, i - 1)) {
        /* "leader Kim Jong-un", "spokeswoman Haley Morris", and the nouns
         * before it: "harbour master X", "Port authority chief X" */
        size_t rs = i - 1;
        while (rs > sent_start && i - 1 - rs < NAMES_ROLE_MODIFIERS_MAX && is_modifier(c, rs - 1) &&
               !is_verb_form(c, rs - 1))
            rs--;
        /* "his running mate presidential nominee X": a noun cannot stand
         * before an adjective in one role, so "mate" belongs to another */
        if (i - rs == 3 && has_suffix(c, rs + 1, ADJ_SUFFIXES) && !is_adjective_like(c, rs))
            rs++;
        k->strong = true;
        k->role = role_slice(c, rs, i);
        i = rs;
    }
    if ((k->role || title_start < k->s) && i > sent_start && is_affil_tag(c->tags[i - 1].tag))
        k->aff = span_canonical(c, i - 1);
}

/* The affiliation phrase starting at token j (after "at", "of", "heads"…):
 * capitalised words joined by "of", "the", "and"… ("the Federation
 * Council's Foreign Affairs Committee"); with allow_lower, else a short
 * lower-case noun phrase ("the fishermen's cooperative"). NULL when none. */
static const char *read_affiliation(const nm_names_ctx *c, size_t j, size_t end, bool allow_lower,
                                    bool stop_at_and)
{
    const nm_token *t = c->seg->toks;
    if (j < end && nm_names_tok_is(c, j, "the"))
        j++;
    size_t as = j, ae = j;
    bool has_cap = false;
    for (; j < end && j < as + NAMES_AFFIL_MAX; j++) {
        unsigned f = t[j].flags;
        if ((f & NM_TOK_WORD) && (f & NM_TOK_CAP)) {
            if (stop_at_and && (c->tags[j].tag == NM_TAG_TITLE || c->tags[j].tag == NM_TAG_HON ||
                                c->tags[j].tag == NM_TAG_NOTNAME))
                break; /* "of Florida and Sen. Ted Cruz", "of Fox News on March 3" */
            has_cap = true;
            ae = j + 1;
            continue;
        }
        if (stop_at_and && nm_names_tok_is(c, j, "and"))
            break; /* "of Uber and Brian Chesky of Airbnb" */
        if (f & NM_TOK_POSS)
            continue;
        if (is_lower_word(c, j) &&
            (nm_names_tok_is(c, j, "of") || nm_names_tok_is(c, j, "for") ||
             nm_names_tok_is(c, j, "at") || nm_names_tok_is(c, j, "the") ||
             nm_names_tok_is(c, j, "and") || nm_names_tok_is(c, j, "on") ||
             nm_names_tok_is(c, j, "de")))
            continue;
        break;
    }
    if (has_cap && ae > as)
        return tok_slice(c, as, ae);
    if (!allow_lower)
        return NULL;
    ae = as;
    for (j = as; j < end && j < as + NAMES_AFFIL_LOWER_MAX; j++) {
        if (t[j].flags & NM_TOK_POSS)
            continue;
        if (!is_lower_word(c, j) || tok_in(c, j, &c->lx->appos_stop) ||
            tok_in(c, j, &c->lx->modifier_stop))
            break;
        ae = j + 1;
    }
    return ae > as ? tok_slice(c, as, ae) : NULL;
}

static bool is_determiner(const nm_names_ctx *c, size_t j)
{
    static const char *const DET[] = {"the", "a", "an", "his", "her", "their", "its", "our",
                                      "my", "your", NULL};
    for (size_t i = 0; DET[i]; i++)
        if (nm_names_tok_is(c, j, DET[i]))
            return true;
    return false;
}

static bool is_cap_word_tok(const nm_names_ctx *c, size_t i)
{
    unsigned f = c->seg->toks[i].flags;
    return (f & NM_TOK_WORD) && (f & NM_TOK_CAP);
}

/* Verbs of ", who heads the X" and the role they give. */
static const char *const WHO_VERB_ROLES[][2] = {
    {"heads", "head"},         {"headed", "head"},        {"leads", "leader"},
    {"led", "leader"},         {"chairs", "chair"},       {"chaired", "chair"},
    {"runs", "head"},          {"ran", "head"},           {"directs", "director"},
    {"manages", "manager"},    {"founded", "founder"},    {"co-founded", "co-founder"},
    {"owns", "owner"},         {"represents", "representative"},
    {"coaches", "coach"},      {"edits", "editor"},       {"oversees", "head"},
    {"commands", "commander"}, {"advises", "adviser"},    {NULL, NULL}};

/* After the core: ", a Far East expert at St. Petersburg State University",
 * ", who is the harbour master", ", who heads the fishermen's cooperative". */
static void read_apposition(const nm_names_ctx *c, core *k)
{
    const nm_token *t = c->seg->toks;
    size_t end = c->seg->sents[t[k->s].sent].tok_end;
    size_t i = k->e;
    /* "Rafael Okonkwo of Halvard Lines said": the organization or place
     * right after "of" is the affiliation */
    if (i + 1 < end && nm_names_tok_is(c, i, "of") && !k->aff) {
        size_t j = i + 1 + nm_names_tok_is(c, i + 1, "the");
        if (j < end && is_cap_word_tok(c, j)) {
            const char *aff = read_affiliation(c, i + 1, end, false, true);
            if (aff)
                k->aff = aff;
        }
        return;
    }
    if (i + 1 >= end || !nm_names_tok_is(c, i, ","))
        return;
    i++;
    if (nm_names_tok_is(c, i, "who")) {
        i++;
        if (nm_names_tok_is(c, i, "is") || nm_names_tok_is(c, i, "was")) {
            i++;
        } else {
            for (size_t v = 0; WHO_VERB_ROLES[v][0]; v++)
                if (nm_names_tok_is(c, i, WHO_VERB_ROLES[v][0])) {
                    k->role = WHO_VERB_ROLES[v][1];
                    k->strong = true;
                    const char *aff = read_affiliation(c, i + 1, end, true, false);
                    if (aff)
                        k->aff = aff;
                    return;
                }
            return;
        }
    }
    if (nm_names_tok_is(c, i, "a") || nm_names_tok_is(c, i, "an") || nm_names_tok_is(c, i, "the"))
        i++;
    size_t rs = i, role_end = 0;
    for (size_t j = i; j < end && j < i + NAMES_APPOS_ROLE_MAX; j++) {
        unsigned f = t[j].flags;
        if (!(f & NM_TOK_WORD))
            break;
        if (c->tags[j].tag == NM_TAG_TITLE && j + 1 < end && c->tags[j + 1].tag == NM_TAG_NAME)
            break; /* the title of the next person: ", while Deputy Minister X" */
        if ((is_lower_word(c, j) && is_role_noun(c, j)) || c->tags[j].tag == NM_TAG_TITLE) {
            role_end = j + 1;
            /* a following role word continues it ("foreign minister") */
            if (j + 1 < end && is_lower_word(c, j + 1) && is_role_noun(c, j + 1))
                continue;
            break;
        }
        if (is_lower_word(c, j) && tok_in(c, j, &c->lx->appos_stop))
            break;
        if (j == rs && is_lower_word(c, j) && tok_in(c, j, &c->lx->appos_skip)) {
            rs = j + 1; /* ", now his secretary of state": the role starts after */
            continue;
        }
        /* a determiner or "of" inside the phrase before any role noun: a
         * clause (", also praised the president's"), a partitive (", one
         * of his wife's supporters") */
        if (j > rs && is_lower_word(c, j) &&
            (is_determiner(c, j) || (nm_names_tok_is(c, j, "of") && is_lower_word(c, j - 1))))
            break;
        size_t wl;
        const char *w = nm_tok_text(c, j, &wl);
        if (is_lower_word(c, j) && wl > 4 && !memcmp(w + wl - 3, "ing", 3))
            break; /* ", questioning the governor": a clause, not a role */
    }
    if (!role_end)
        return;
    /* a leading nationality becomes the affiliation: "the Russian foreign minister" */
    const char *aff = NULL;
    if (c->tags[rs].tag == NM_TAG_DEMONYM && rs + 1 < role_end) {
        aff = span_canonical(c, rs);
        rs++;
        while (rs < role_end && c->tags[rs].tag == NM_TAG_DEMONYM)
            rs++;
    }
    k->role = tok_slice(c, rs, role_end);
    k->strong = true;
    size_t j = role_end;
    if (j < end && (nm_names_tok_is(c, j, "at") || nm_names_tok_is(c, j, "of") ||
                    nm_names_tok_is(c, j, "for") || nm_names_tok_is(c, j, "with") ||
                    nm_names_tok_is(c, j, "in"))) {
        const char *a2 = read_affiliation(c, j + 1, end, false, false);
        if (a2)
            aff = a2;
    }
    if (aff)
        k->aff = aff;
}

/* Hash of token i's text: a cheap filter before comparing names. */
static uint32_t word_hash(const nm_names_ctx *c, size_t i)
{
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    return (uint32_t)nm_lex_hash(NM_LEX_HASH_INIT, s, len);
}

/* "Edwin Pike", "Lena Marsh": a known first name that is no common word,
 * then one capitalised word (even a common one) that is no speech verb,
 * organization or place head word, nor a plural common noun, nor a word the
 * article writes in lower case, outside a headline. */
static bool is_first_and_surname(const nm_names_ctx *c, size_t s, size_t e)
{
    if (e - s != 2 || c->tags[s + 1].tag != NM_TAG_NAME)
        return false;
    size_t len;
    const char *w = nm_tok_text(c, s, &len);
    if (!nm_lexmap_has(&c->lx->first_names, w, len) || nm_names_is_common(c, s))
        return false;
    w = nm_tok_text(c, s + 1, &len);
    /* "Kent County", "Carolina Panthers": a place or group noun, no surname */
    if (nm_lexmap_has(&c->lx->org_heads, w, len) || nm_lexmap_has(&c->lx->place_heads, w, len) ||
        (w[len - 1] == 's' && nm_names_is_common(c, s + 1)))
        return false;
    char low[32];
    if (len >= sizeof low)
        return true;
    for (size_t k = 0; k < len; k++)
        low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    if (nm_lexmap_has(&c->lx->person_verbs, low, len) || nm_names_in_headline(c, s))
        return false;
    /* "Brady Campaign", "Kelly File": the article writes the word in lower
     * case elsewhere, so here it is a noun, not a surname */
    return !nm_names_is_common(c, s + 1) || !text_has_word(c, low, len, SIZE_MAX);
}

static bool same_text(const nm_names_ctx *c, size_t a0, size_t a1, size_t b0, size_t b1);

/* Is [s, e) written like a place or organization found by a pattern
 * elsewhere, whole ("Costa Mesa") or without its head word ("La Guardia"
 * of "La Guardia Airport")? */
static bool names_pattern_place(const people_state *ps, size_t s, size_t e, bool whole,
                                bool stem)
{
    const nm_names_ctx *c = ps->c;
    if (e - s < 2)
        return false;
    for (size_t k = 0; k < ps->n_places; k++) {
        size_t p = ps->places[k], n = c->tags[p].span_len;
        if (whole && n == e - s && c->tags[p].tag == NM_TAG_PLACE && same_text(c, s, e, p, p + n))
            return true;
        if (stem && n == e - s + 1 && same_text(c, s, e, p, p + (e - s))) {
            size_t len;
            const char *h = nm_tok_text(c, p + n - 1, &len);
            if (nm_lexmap_has(&c->lx->org_heads, h, len) || nm_lexmap_has(&c->lx->place_heads, h, len))
                return true;
        }
    }
    return false;
}

/* Lower-case nouns after a name that show a company, not a person
 * ("Goldman Sachs employees", "Warner Music shares"). */
static const char *const ORG_FOLLOWERS[] = {
    "employees", "employee", "executives", "executive", "shares", "stock", "stocks",
    "headquarters", "subsidiary", "analysts", "shareholders", "investors",
    "customers", "clients", "division", "subsidiaries", "stores", NULL};

/* An acronym of three or more capital letters that is no role nor word
 * ("UCLA", not "CEO", "DJ" nor "H.W."). */
static bool is_org_acronym(const nm_names_ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t len;
    const char *w = nm_tok_text(c, i, &len);
    char low[16];
    if (!(t->flags & NM_TOK_ALLCAPS) || !(t->flags & NM_TOK_WORD) || len < 3 || len >= sizeof low)
        return false;
    for (size_t k = 0; k < len; k++) {
        if (w[k] < 'A' || w[k] > 'Z')
            return false; /* "H.W." of "George H.W. Bush": initials */
        low[k] = (char)(w[k] + 32);
    }
    return !nm_lexmap_has(&c->lx->roles, low, len) && !nm_lexmap_has(&c->lx->common, low, len);
}

/* "UCLA Anderson Forecast", "Anglo-Saxon Southland", "Goldman Sachs
 * employees": an untitled core that reads as an organization or an
 * adjective compound, not a person. */
static bool looks_like_org(const nm_names_ctx *c, const core *k, size_t full_e)
{
    const nm_token *t = c->seg->toks;
    size_t s = k->s;
    if (k->ms < s || k->role)
        return false;
    /* right after an acronym or organization in the same run, ending in a
     * common word */
    if (s > 0 && (t[s].flags & NM_TOK_SPACE_BEFORE) && t[s - 1].sent == t[s].sent &&
        (c->tags[s - 1].tag == NM_TAG_ORG || is_org_acronym(c, s - 1)) &&
        nm_names_is_common(c, full_e - 1))
        return true;
    /* "Anglo-Saxon", "Sino-Russian": a compound whose first part is a
     * combining form in -o */
    size_t len;
    const char *w = nm_tok_text(c, s, &len);
    const char *h = memchr(w, '-', len);
    if (h && h > w && h - w <= NAMES_COMBINING_FORM_MAX && h[-1] == 'o' && h + 1 < w + len &&
        h[1] >= 'A' && h[1] <= 'Z')
        return true; /* not "Mariano-Florentino": combining forms are short */
    if (full_e - s >= 2 && full_e < c->seg->n_toks && t[full_e].sent == t[s].sent &&
        !nm_lexmap_has(&c->lx->first_names, w, len))
        for (size_t i = 0; ORG_FOLLOWERS[i]; i++)
            if (nm_names_tok_is(c, full_e, ORG_FOLLOWERS[i]))
                return true;
    return false;
}

/* Cores with the text of an organization-like core are no people either. */
static void block_org_names(people_state *ps)
{
    const nm_names_ctx *c = ps->c;
    for (size_t i = 0; i < ps->n_cores; i++) {
        const core *o = &ps->cores[i];
        if (!o->org_like)
            continue;
        for (size_t j = 0; j < ps->n_cores; j++) {
            core *k = &ps->cores[j];
            if (k->ms == k->s && !k->role && k->e - k->s == o->e - o->s &&
                k->h_first == o->h_first && same_text(c, k->s, k->e, o->s, o->e))
                k->blocked = true;
        }
    }
}

/* Lower-case words that follow a person as its subject without being
 * speech verbs: auxiliaries and adverbs ("Trump never missed", "Lynch has"). */
static const char *const SUBJECT_FOLLOWERS[] = {
    "is", "was", "has", "had", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "do", "also", "never", "then", "still",
    "later", "and", "who", "even", "now", "already", "once", "first",
    "isn't", "wasn't", "hasn't", "didn't", "doesn't", "won't", "can't",
    "isn’t", "wasn’t", "hasn’t", "didn’t", "doesn’t", "won’t", "can’t", NULL};

/* Could token j, right after a capitalised sentence-initial common word,
 * follow a person's name ("Lynch said", "Dean, 54,", "Trump’s")? Not a
 * capitalised word ("Trump Tower") nor a lower-case word that is not
 * verb-like ("Trump card", "Bush years"): verbs are speech verbs,
 * auxiliaries, adverbs in -ly, past forms in -ed, and -s forms whose
 * -ing form is an English word ("leads" -> "leading"). */
static bool next_fits_person(const nm_names_ctx *c, size_t j)
{
    const nm_token *t = c->seg->toks;
    if (j >= c->seg->n_toks || t[j].sent != t[j - 1].sent)
        return true;
    unsigned f = t[j].flags;
    if (f & NM_TOK_POSS)
        return true;
    if (!(f & NM_TOK_WORD))
        return true; /* "Dean, 54," "Lynch (D-Va.)" */
    if (f & (NM_TOK_CAP | NM_TOK_DIGIT))
        return false;
    size_t len;
    const char *w = nm_tok_text(c, j, &len);
    if (nm_lexmap_has(&c->lx->person_verbs, w, len))
        return true;
    for (size_t i = 0; SUBJECT_FOLLOWERS[i]; i++)
        if (nm_names_tok_is(c, j, SUBJECT_FOLLOWERS[i]))
            return true;
    if (len > 4 && ((w[len - 2] == 'l' && w[len - 1] == 'y') ||
                    (w[len - 2] == 'e' && w[len - 1] == 'd')))
        return true;
    char ing[40];
    if (len > 3 && len < sizeof ing - 3 && w[len - 1] == 's') {
        size_t stem = len - 1;
        memcpy(ing, w, stem);
        memcpy(ing + stem, "ing", 3);
        if (nm_lexmap_has(&c->lx->common, ing, stem + 3))
            return true;
        if (len > 4 && w[len - 2] == 'e') { /* "pushes" -> "pushing" */
            memcpy(ing + stem - 1, "ing", 3);
            return nm_lexmap_has(&c->lx->common, ing, stem + 2);
        }
    }
    return false;
}

/* "W." or "H.W.": a middle initial. */
static bool is_initial(const nm_names_ctx *c, size_t i)
{
    size_t len;
    const char *w = nm_tok_text(c, i, &len);
    if (len < 2 || len % 2 || w[len - 1] != '.')
        return false;
    for (size_t k = 0; k < len; k += 2)
        if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.')
            return false;
    return true;
}

static bool starts_with_first_name(const nm_names_ctx *c, size_t s)
{
    size_t len;
    const char *w = nm_tok_text(c, s, &len);
    return nm_lexmap_has(&c->lx->first_names, w, len);
}

static bool push_core(people_state *ps, size_t s, size_t e)
{
    nm_names_ctx *c = ps->c;
    while (s < e && c->tags[s].tag == NM_TAG_CONN)
        s++;
    while (e > s && c->tags[e - 1].tag == NM_TAG_CONN)
        e--;
    if (s >= e || e - s > NAMES_CORE_MAX_WORDS)
        return true;
    core *k = &ps->cores[ps->n_cores++];
    memset(k, 0, sizeof *k);
    k->s = s;
    k->e = e;
    k->ms = s;
    k->person = -1;
    k->sent_initial = (c->seg->toks[s].flags & NM_TOK_FIRST_WORD) != 0;
    k->full_e = e;
    read_prefix(c, k);
    if (e - s == 1 && !k->strong && is_cap_compound(c, s)) {
        ps->n_cores--; /* "Trump-Kim summit": two names, neither alone */
        return true;
    }
    /* without a title, trailing common words are not part of the name:
     * "Rachel Maddow Show", "Hillary Just Insulted"; but a known first name
     * and one capitalised word after it is a name ("Edwin Pike") */
    if (!k->strong && !is_first_and_surname(c, s, e))
        while (k->e - k->s > 1 && is_common_word(c, k->e - 1) && !is_initial(c, k->e - 2))
            k->e--; /* but "George W. Bush": a surname follows a middle initial */
    e = k->e;
    /* a capitalised common word opening a sentence ("Meanwhile, ...") is no
     * name unless a title stands before it */
    if (k->sent_initial && e - s == 1 && !k->strong && is_common_word(c, s)) {
        /* ... but "Lynch said", "Dean, ...", "Trump never ..." may still be
         * a known person's surname: kept aside for that match only */
        if (!next_fits_person(c, e)) {
            ps->n_cores--;
            return true;
        }
        k->initial_common = true;
        k->h_first = k->h_last = word_hash(c, s);
        return true;
    }
    read_apposition(c, k);
    /* "Costa Mesa" again, after "in Costa Mesa"; "La Guardia" after "La
     * Guardia Airport" (not "Eric Trump" after "Eric Trump Foundation") */
    if (names_pattern_place(ps, k->s, e, !k->strong,
                            k->ms == k->s && !k->role && !starts_with_first_name(c, k->s))) {
        ps->n_cores--;
        return true;
    }
    k->org_like = looks_like_org(c, k, k->full_e);
    k->blocked = k->org_like;
    k->h_first = word_hash(c, s);
    k->h_last = word_hash(c, e - 1);
    size_t len;
    const char *first = nm_tok_text(c, s, &len);
    const nm_lex_entry *fn = nm_lexmap_find(&c->lx->first_names, first, len);
    if (e - s >= 2) {
        /* a first name that is also a word ("Far", "Will") needs an
         * uncommon word after it */
        bool first_common = c->tags[s].tag == NM_TAG_NAME && is_common_word(c, s);
        bool rest_common = true, any_common = first_common;
        for (size_t i = s + 1; i < e; i++) {
            bool cw = c->tags[i].tag == NM_TAG_NAME && is_common_word(c, i);
            any_common |= cw;
            if (!cw)
                rest_common = false;
        }
        if ((fn && (!first_common || !rest_common)) || !any_common)
            k->strong = true;
        if (fn && k->gender == NM_GENDER_UNKNOWN)
            k->gender = gender_of(fn);
        if (!fn)
            k->hint = guess_gender(first, len);
    }
    return true;
}

static bool collect_cores(people_state *ps)
{
    nm_names_ctx *c = ps->c;
    size_t n = c->seg->n_toks;
    size_t names = 0, places = 0; /* every core holds at least one NAME token */
    for (size_t i = 0; i < n; i++) {
        const nm_tagged *g = &c->tags[i];
        names += g->tag == NM_TAG_NAME;
        places += (g->tag == NM_TAG_PLACE || g->tag == NM_TAG_ORG) && g->span_len >= 2 && !g->entry;
    }
    ps->cores = nm_arena_alloc(c->a->arena, (names + 1) * sizeof *ps->cores);
    if (!ps->cores)
        return false;
    if (places) {
        ps->places = nm_arena_alloc(c->a->arena, places * sizeof *ps->places);
        if (!ps->places)
            return false;
        for (size_t i = 0; i < n; i++)
            if ((c->tags[i].tag == NM_TAG_PLACE || c->tags[i].tag == NM_TAG_ORG) &&
                c->tags[i].span_len >= 2 && !c->tags[i].entry)
                ps->places[ps->n_places++] = i;
    }
    for (size_t i = 0; i < n;) {
        if (c->tags[i].tag != NM_TAG_NAME) {
            i++;
            continue;
        }
        size_t e = i + 1;
        while (e < n && c->seg->toks[e].sent == c->seg->toks[i].sent &&
               (c->tags[e].tag == NM_TAG_NAME ||
                (c->tags[e].tag == NM_TAG_CONN && e + 1 < n && c->tags[e + 1].tag == NM_TAG_NAME)))
            e++;
        if (!push_core(ps, i, e))
            return false;
        i = e;
    }
    block_org_names(ps);
    return true;
}

static bool same_text(const nm_names_ctx *c, size_t a0, size_t a1, size_t b0, size_t b1)
{
    const nm_token *t = c->seg->toks;
    size_t la = t[a1 - 1].end - t[a0].start, lb = t[b1 - 1].end - t[b0].start;
    return la == lb && !memcmp(c->text + t[a0].start, c->text + t[b0].start, la);
}

static int new_person(people_state *ps, size_t ci)
{
    person *p = &ps->ppl[ps->n_ppl];
    memset(p, 0, sizeof *p);
    p->name_core = ci;
    p->words = ps->cores[ci].e - ps->cores[ci].s;
    return (int)ps->n_ppl++;
}

static void assign(people_state *ps, size_t ci, int pi)
{
    core *k = &ps->cores[ci];
    person *p = &ps->ppl[pi];
    k->person = pi;
    p->count++;
    if (k->s > p->last_tok)
        p->last_tok = k->s;
    size_t words = k->e - k->s;
    if (words > p->words) {
        p->words = words;
        p->name_core = ci;
    }
    /* a role with an affiliation beats a bare one */
    if (k->role && (!p->role || (k->aff && !p->aff))) {
        p->role = k->role;
        p->aff = k->aff;
    } else if (!k->role && k->aff && !p->aff) {
        p->aff = k->aff; /* "X of Halvard Lines": an affiliation alone */
    }
    if (p->gender == NM_GENDER_UNKNOWN)
        p->gender = k->gender;
    if (p->hint == NM_GENDER_UNKNOWN)
        p->hint = k->gender != NM_GENDER_UNKNOWN ? k->gender : k->hint;
}

/* Genders clash when both are known and differ ("Mrs. Clinton" is not
 * Bill Clinton). */
static bool gender_clash(nm_gender a, nm_gender b)
{
    return a != NM_GENDER_UNKNOWN && b != NM_GENDER_UNKNOWN && a != b;
}

/* Does one-word core ci name person pi (its last word, or its first word
 * when that is a first name or the name is written family name first)?
 * With surname_only, only the last word of a name of two or more words. */
static bool single_matches(const people_state *ps, size_t ci, int pi, bool surname_only)
{
    const nm_names_ctx *c = ps->c;
    const core *k = &ps->cores[ci];
    const person *p = &ps->ppl[pi];
    const core *pk = &ps->cores[p->name_core];
    if (k->h_first != pk->h_last && k->h_first != pk->h_first)
        return false;
    if (gender_clash(k->gender, p->gender != NM_GENDER_UNKNOWN ? p->gender : p->hint))
        return false;
    if (!surname_only && same_text(c, k->s, k->e, pk->s, pk->e))
        return true;
    if (pk->e - pk->s < 2)
        return false;
    if (k->h_first == pk->h_last && same_text(c, k->s, k->e, pk->e - 1, pk->e))
        return true;
    if (!surname_only && k->h_first == pk->h_first && same_text(c, k->s, k->e, pk->s, pk->s + 1)) {
        size_t len;
        const char *last = nm_tok_text(c, pk->e - 1, &len);
        const char *h = memchr(last, '-', len);
        bool family_first = h && h + 1 < last + len && h[1] >= 'a' && h[1] <= 'z';
        const char *first = nm_tok_text(c, k->s, &len);
        return family_first || nm_lexmap_has(&c->lx->first_names, first, len) ||
               !nm_names_is_common(c, k->s); /* "Ivanka" of "Ivanka Trump" */
    }
    return false;
}

/* Does core ci carry the title person pi was given ("President Clinton"
 * and "President Bill Clinton")? */
static bool same_title(const people_state *ps, size_t ci, int pi)
{
    const char *r = ps->cores[ci].role, *pr = ps->ppl[pi].role;
    return r && pr && ps->cores[ci].ms < ps->cores[ci].s && !strcmp(r, pr);
}

/* Most people one surname may name in one article (the Clintons). */
#define NAMES_SURNAME_CANDIDATES 8
/* How many name mentions before a bare surname count towards who "the
 * passage is about": far more than any article holds, and a bound that
 * keeps a hostile text with 100,000 names linear. */
#define NAMES_SALIENCE_WINDOW 2000

/* Best person for a one-word core (Hillary and Bill Clinton): the one whose
 * title it carries ("President Clinton"), then the one mentioned most
 * before it (the person the passage is about), then the one mentioned last
 * before it, then the one with most mentions. "Mrs. Clinton" never goes to
 * a man (single_matches). */
static int match_single(const people_state *ps, size_t ci, bool surname_only)
{
    int cand[NAMES_SURNAME_CANDIDATES];
    size_t n = 0;
    for (size_t pi = 0; pi < ps->n_ppl && n < NAMES_SURNAME_CANDIDATES; pi++)
        if (single_matches(ps, ci, (int)pi, surname_only))
            cand[n++] = (int)pi;
    if (n <= 1)
        return n ? cand[0] : -1;
    size_t before[NAMES_SURNAME_CANDIDATES] = {0}, last[NAMES_SURNAME_CANDIDATES] = {0};
    size_t from = ci > NAMES_SALIENCE_WINDOW ? ci - NAMES_SALIENCE_WINDOW : 0;
    for (size_t j = from; j < ci; j++)
        for (size_t q = 0; q < n; q++)
            if (ps->cores[j].person == cand[q]) {
                before[q]++;
                last[q] = j + 1;
            }
    size_t best = 0;
    for (size_t q = 1; q < n; q++) {
        bool t = same_title(ps, ci, cand[q]), bt = same_title(ps, ci, cand[best]);
        if (t != bt) {
            if (t)
                best = q;
            continue;
        }
        if (before[q] != before[best]) {
            if (before[q] > before[best])
                best = q;
            continue;
        }
        if (last[q] != last[best]) {
            if (last[q] > last[best])
                best = q;
            continue;
        }
        if (ps->ppl[cand[q]].count > ps->ppl[cand[best]].count)
            best = q;
    }
    return cand[best];
}

/* The core whose mention starts at token `tok` (start) or whose name ends
 * right before it (!start), or NULL. Cores are in text order, so both keys
 * grow with the index: binary search. */
static const core *core_with(const people_state *ps, size_t tok, bool start)
{
    size_t lo = 0, hi = ps->n_cores;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t key = start ? ps->cores[mid].ms : ps->cores[mid].e;
        if (key < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < ps->n_cores && (start ? ps->cores[lo].ms : ps->cores[lo].e) == tok)
        return &ps->cores[lo];
    return NULL;
}

/* Speech verb after, or "and" with a known person on either side. */
static bool has_person_evidence(const people_state *ps, size_t ci)
{
    const nm_names_ctx *c = ps->c;
    const core *k = &ps->cores[ci];
    size_t n = c->seg->n_toks;
    if (k->e < n && tok_in(c, k->e, &c->lx->person_verbs))
        return true;
    const core *after = k->e < n && nm_names_tok_is(c, k->e, "and")
                            ? core_with(ps, k->e + 1, true) : NULL;
    const core *before = k->ms >= 2 && nm_names_tok_is(c, k->ms - 1, "and")
                             ? core_with(ps, k->ms - 1, false) : NULL;
    return (after && after->person >= 0) || (before && before->person >= 0);
}

static int cmp_mention(const void *x, const void *y)
{
    const nm_mention *a = x, *b = y;
    return a->span.start < b->span.start ? -1 : a->span.start > b->span.start;
}

static nm_status emit(people_state *ps)
{
    nm_names_ctx *c = ps->c;
    nm_article *a = c->a;
    const nm_token *t = c->seg->toks;
    int *index = nm_arena_alloc(a->arena, (ps->n_ppl + 1) * sizeof *index);
    if (!index)
        return NM_ERR_NOMEM;
    for (size_t pi = 0; pi < ps->n_ppl; pi++) {
        person *p = &ps->ppl[pi];
        index[pi] = -1;
        if (!p->count)
            continue;
        const core *nk = &ps->cores[p->name_core];
        nm_person np = {0};
        np.name = tok_slice(c, nk->s, nk->e);
        np.role = p->role;
        np.affiliation = p->aff;
        np.gender = p->gender;
        if (!np.name || !nm_article_add_person(a, &np, &index[pi]))
            return NM_ERR_NOMEM;
    }
    size_t n_m = 0;
    nm_mention *ms = nm_arena_alloc(a->arena, (ps->n_cores + 1) * sizeof *ms);
    if (!ms)
        return NM_ERR_NOMEM;
    for (size_t ci = 0; ci < ps->n_cores; ci++) {
        const core *k = &ps->cores[ci];
        if (k->person < 0 || index[k->person] < 0)
            continue;
        ms[n_m].span.start = t[k->ms].start;
        ms[n_m].span.end = t[k->e - 1].end;
        ms[n_m].person = index[k->person];
        n_m++;
        const char *alias = c->text + t[k->ms].start;
        size_t alen = t[k->e - 1].end - t[k->ms].start;
        if (!nm_person_add_alias(a, index[k->person], alias, alen))
            return NM_ERR_NOMEM;
    }
    qsort(ms, n_m, sizeof *ms, cmp_mention);
    for (size_t i = 0; i < n_m; i++)
        if (!nm_article_add_mention(a, ms[i].span, ms[i].person))
            return NM_ERR_NOMEM;
    return NM_OK;
}

/* Do two multi-word cores name one person: the same text, or the same first
 * and last words with a middle part in at most one ("Hillary Rodham
 * Clinton", "Hillary Clinton")? Different first names never do ("Ivanka
 * Trump", "Donald Trump"). */
static bool same_full_name(const people_state *ps, const core *k, int pi)
{
    const nm_names_ctx *c = ps->c;
    const core *pk = &ps->cores[ps->ppl[pi].name_core];
    if (same_text(c, k->s, k->e, pk->s, pk->e))
        return true;
    /* both with a middle part, and different ones: George W. and George
     * H.W. Bush */
    if (k->e - k->s > 2 && pk->e - pk->s > 2)
        return false;
    return k->h_first == pk->h_first && k->h_last == pk->h_last &&
           same_text(c, k->s, k->s + 1, pk->s, pk->s + 1) &&
           same_text(c, k->e - 1, k->e, pk->e - 1, pk->e) &&
           !gender_clash(k->gender, ps->ppl[pi].gender);
}

/* A strong core of two or more words: the person of that full name, or a
 * new one. */
static void assign_full_name(people_state *ps, size_t ci)
{
    core *k = &ps->cores[ci];
    int pi = -1;
    for (size_t pj = 0; pj < ps->n_ppl && pi < 0; pj++)
        if (same_full_name(ps, k, (int)pj))
            pi = (int)pj;
    if (pi < 0)
        pi = new_person(ps, ci);
    assign(ps, ci, pi);
}

/* "Ivanka Trump" next to "Donald Trump": a name whose trailing common word
 * was dropped ("trump") is whole again when that word is the surname of a
 * person already found and the word before it is no common word. */
static bool restore_family_name(people_state *ps, size_t ci, size_t n_full)
{
    nm_names_ctx *c = ps->c;
    core *k = &ps->cores[ci];
    if (k->strong || k->blocked || k->initial_common || k->e - k->s != 1 || k->full_e != k->e + 1 ||
        c->tags[k->e].tag != NM_TAG_NAME || is_common_word(c, k->s))
        return false;
    uint32_t h = word_hash(c, k->e);
    for (size_t pi = 0; pi < n_full; pi++) {
        const core *pk = &ps->cores[ps->ppl[pi].name_core];
        if (pk->e - pk->s >= 2 && pk->h_last == h && same_text(c, k->e, k->e + 1, pk->e - 1, pk->e)) {
            k->e = k->full_e;
            k->h_last = h;
            k->strong = true;
            size_t len;
            const char *w = nm_tok_text(c, k->s, &len);
            const nm_lex_entry *fn = nm_lexmap_find(&c->lx->first_names, w, len);
            if (k->gender == NM_GENDER_UNKNOWN)
                k->gender = gender_of(fn);
            if (!fn)
                k->hint = guess_gender(w, len);
            read_apposition(c, k);
            return true;
        }
    }
    return false;
}

nm_status nm_names_people(nm_names_ctx *c)
{
    people_state ps = {.c = c};
    if (!collect_cores(&ps))
        return NM_ERR_NOMEM;
    ps.ppl = nm_arena_alloc(c->a->arena, (ps.n_cores + 1) * sizeof *ps.ppl);
    if (!ps.ppl)
        return NM_ERR_NOMEM;
    /* 1. strong multi-word names, merged by full name */
    for (size_t ci = 0; ci < ps.n_cores; ci++) {
        core *k = &ps.cores[ci];
        if (k->strong && !k->blocked && k->e - k->s >= 2)
            assign_full_name(&ps, ci);
    }
    /* 1b. family members sharing a surname found in step 1 */
    size_t n_full = ps.n_ppl;
    for (size_t ci = 0; ci < ps.n_cores && n_full; ci++)
        if (restore_family_name(&ps, ci, n_full))
            assign_full_name(&ps, ci);
    /* 2. strong one-word names: an existing person, else a new one */
    for (size_t ci = 0; ci < ps.n_cores; ci++) {
        core *k = &ps.cores[ci];
        if (!k->strong || k->blocked || k->e - k->s != 1 || k->person >= 0)
            continue;
        int pi = match_single(&ps, ci, false);
        if (pi < 0)
            pi = new_person(&ps, ci);
        assign(&ps, ci, pi);
    }
    /* 3. weak one-word names with evidence anywhere become people; twice, so
     * that coordination with a person found in the first round counts.
     * Sentence-initial common words only join a known surname. */
    for (int round = 0; round < 2; round++)
        for (size_t ci = 0; ci < ps.n_cores; ci++) {
            core *k = &ps.cores[ci];
            if (k->person >= 0 || k->blocked || k->e - k->s != 1)
                continue;
            int pi = match_single(&ps, ci, k->initial_common);
            if (pi >= 0) {
                assign(&ps, ci, pi);
                continue;
            }
            if (k->initial_common || (k->sent_initial && is_common_word(c, k->s)))
                continue;
            if (has_person_evidence(&ps, ci))
                assign(&ps, ci, new_person(&ps, ci));
        }
    return emit(&ps);
}
