/* Names stage driver: tag capitalised tokens against the gazetteers and the
 * organization patterns, list organizations and places, then hand over to
 * names_people.c for people. One left-to-right pass over the tokens; every
 * lookup is a hash probe of at most max_words token sequences. */
#include "names_internal.h"

#include <string.h>

/* Most tokens an organization pattern may span. */
#define NAMES_ORG_MAX_TOKENS 12

bool nm_names_tok_is(const nm_names_ctx *c, size_t i, const char *s)
{
    return i < c->seg->n_toks && nm_token_is(c->text, &c->seg->toks[i], s);
}

static bool is_cap_word(const nm_names_ctx *c, size_t i)
{
    unsigned f = c->seg->toks[i].flags;
    return (f & NM_TOK_WORD) && (f & NM_TOK_CAP);
}

/* Particles that may join the words of one name or organization, by
 * length (every one is at most three bytes). */
static bool is_connector(const nm_names_ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t n = t->end - t->start;
    const char *s = c->text + t->start;
    if (n > 3 || !((*s >= 'a' && *s <= 'z') || *s == '&'))
        return false; /* fast path: every connector is short and lower case */
    static const char CONN2[][3] = {"of", "de", "du", "al", "da", "di", "la", "le"};
    static const char CONN3[][4] = {"for", "des", "del", "der", "van", "von", "bin", "ibn", "dos"};
    if (n == 1)
        return *s == '&';
    if (n == 2) {
        for (size_t k = 0; k < sizeof CONN2 / sizeof *CONN2; k++)
            if (s[0] == CONN2[k][0] && s[1] == CONN2[k][1])
                return true;
        return false;
    }
    for (size_t k = 0; k < sizeof CONN3 / sizeof *CONN3; k++)
        if (!memcmp(s, CONN3[k], 3))
            return true;
    return false;
}

static bool is_name_particle(const nm_names_ctx *c, size_t i)
{
    return is_connector(c, i) && !nm_names_tok_is(c, i, "of") &&
           !nm_names_tok_is(c, i, "for") && !nm_names_tok_is(c, i, "&");
}

static void tag_span(nm_names_ctx *c, size_t i, size_t n, nm_name_tag tag, const nm_lex_entry *e)
{
    for (size_t j = i; j < i + n; j++) {
        c->tags[j].tag = (unsigned char)tag;
        c->tags[j].span_len = 0;
        c->tags[j].entry = NULL;
    }
    c->tags[i].span_len = (unsigned short)n;
    c->tags[i].entry = e;
}

/* Does gazetteer key e equal the n tokens from i joined by single spaces? */
static bool key_is_tokens(const nm_names_ctx *c, const nm_gaz_entry *e, size_t i, size_t n)
{
    const nm_token *t = c->seg->toks;
    size_t len = t[i + n - 1].end - t[i].start;
    if (n == 1)
        return e->klen == len && !memcmp(e->key, c->text + t[i].start, len);
    size_t k = 0;
    for (size_t j = i; j < i + n; j++) {
        size_t tl = t[j].end - t[j].start;
        if (j > i) {
            if (k >= e->klen || e->key[k] != ' ')
                return false;
            k++;
        }
        if (k + tl > e->klen || memcmp(e->key + k, c->text + t[j].start, tl))
            return false;
        k += tl;
    }
    return k == e->klen;
}

/* A gazetteer match: how many tokens, and what they are. */
typedef struct gaz_match {
    size_t n;
    nm_name_tag tag;
    const nm_lex_entry *entry;
} gaz_match;

/* Longest gazetteer match starting at token i within [i, end); with
 * whole_only, only an organization or place spanning all of [i, end).
 * Tokens are hashed once each, incrementally; the walk stops at the first
 * token that no key continues. */
static gaz_match find_gazetteer(const nm_names_ctx *c, size_t i, size_t end, bool whole_only)
{
    const nm_gazetteer *g = &c->lx->gaz;
    const nm_token *t = c->seg->toks;
    gaz_match best = {0, NM_TAG_NONE, NULL};
    uint64_t h = NM_LEX_HASH_INIT;
    for (size_t n = 1; i + n <= end && n <= g->max_words; n++) {
        const nm_token *tk = &t[i + n - 1];
        if (n > 1) {
            if (!(tk->flags & NM_TOK_SPACE_BEFORE))
                break;
            h = nm_lex_hash(h, " ", 1);
        }
        h = nm_lex_hash(h, c->text + tk->start, tk->end - tk->start);
        const nm_gaz_entry *e = NULL;
        for (size_t s = (size_t)h & g->mask; g->slots[s].key; s = (s + 1) & g->mask)
            if (g->slots[s].hash == h && key_is_tokens(c, &g->slots[s], i, n)) {
                e = &g->slots[s];
                break;
            }
        if (!e)
            break;
        bool counts = !whole_only || i + n == end;
        if (counts && e->org)
            best = (gaz_match){n, NM_TAG_ORG, e->org};
        else if (counts && e->place)
            best = (gaz_match){n, NM_TAG_PLACE, e->place};
        else if (!whole_only && e->demonym)
            best = (gaz_match){n, NM_TAG_DEMONYM, e->demonym};
        else if (!whole_only && e->title) {
            bool hon = e->title->vlen >= 3 && !memcmp(e->title->val, "hon", 3);
            best = (gaz_match){n, hon ? NM_TAG_HON : NM_TAG_TITLE, e->title};
        }
        if (!e->prefix)
            break;
    }
    return best;
}

/* Tag the longest gazetteer match at i (see find_gazetteer); its length. */
static size_t match_gazetteer(nm_names_ctx *c, size_t i, size_t end, bool whole_only)
{
    gaz_match m = find_gazetteer(c, i, end, whole_only);
    if (m.n)
        tag_span(c, i, m.n, m.tag, m.entry);
    return m.n;
}

static bool is_org_head(const nm_names_ctx *c, size_t i)
{
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    return is_cap_word(c, i) && nm_lexmap_has(&c->lx->org_heads, s, len);
}

/* Does a title start at token i (within [i, end))? */
static bool title_starts_at(const nm_names_ctx *c, size_t i, size_t end)
{
    gaz_match m = find_gazetteer(c, i, end, false);
    return m.tag == NM_TAG_TITLE || m.tag == NM_TAG_HON;
}

/* "CEO" in "Perry Capital CEO Richard Perry": an all-capitals role noun
 * ends an organization like a title does. */
static bool is_role_acronym(const nm_names_ctx *c, size_t i)
{
    const nm_token *t = &c->seg->toks[i];
    size_t len;
    const char *w = nm_tok_text(c, i, &len);
    char low[8];
    if (!(t->flags & NM_TOK_ALLCAPS) || len >= sizeof low)
        return false;
    for (size_t k = 0; k < len; k++)
        low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    return nm_lexmap_has(&c->lx->roles, low, len);
}

/* "H.W." of "George H.W. Bush": capitals each followed by a period. */
static bool is_initials(const char *s, size_t len)
{
    if (len < 4 || len % 2)
        return false;
    for (size_t k = 0; k < len; k += 2)
        if (s[k] < 'A' || s[k] > 'Z' || s[k + 1] != '.')
            return false;
    return true;
}

/* "May" is a month next to a number. */
static bool is_month_may(const nm_names_ctx *c, size_t i)
{
    if (!nm_names_tok_is(c, i, "May"))
        return false;
    const nm_token *t = c->seg->toks;
    return (i + 1 < c->seg->n_toks && (t[i + 1].flags & NM_TOK_DIGIT)) ||
           (i > 0 && (t[i - 1].flags & NM_TOK_DIGIT));
}

bool nm_names_in_headline(const nm_names_ctx *c, size_t i)
{
    const nm_sentence *se = &c->seg->sents[c->seg->toks[i].sent];
    size_t words = 0, caps = 0;
    for (size_t j = se->tok_start; j < se->tok_end; j++) {
        unsigned f = c->seg->toks[j].flags;
        if (!(f & NM_TOK_WORD) || (f & (NM_TOK_POSS | NM_TOK_DIGIT)))
            continue;
        words++;
        caps += (f & NM_TOK_CAP) != 0;
    }
    return words >= 4 && caps * 4 >= words * 3;
}

bool nm_names_is_common(const nm_names_ctx *c, size_t i)
{
    nm_tagged *g = &c->tags[i];
    if (g->common)
        return g->common == 2;
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    char low[64];
    bool common = false;
    if (len < sizeof low) {
        size_t k = 0;
        for (; k < len; k++) {
            unsigned char ch = (unsigned char)s[k];
            if (ch >= 0x80)
                break;
            low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        common = k == len && nm_lexmap_has(&c->lx->common, low, len);
    }
    g->common = common ? 2 : 1;
    return common;
}

/* Most tokens of a place name found by a pattern ("Port Ellery"). */
#define NAMES_PLACE_MAX_TOKENS 4

static bool tok_in(const nm_names_ctx *c, size_t i, const nm_lexmap *m)
{
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    return nm_lexmap_has(m, s, len);
}

/* Could token p be a word of a name (no gazetteer entry, function word,
 * acronym or number)? */
static bool is_plain_name_word(const nm_names_ctx *c, size_t p, size_t re)
{
    unsigned f = c->seg->toks[p].flags;
    return is_cap_word(c, p) && !(f & (NM_TOK_ALLCAPS | NM_TOK_DIGIT)) &&
           !tok_in(c, p, &c->lx->not_names) && find_gazetteer(c, p, re, false).n == 0;
}

/* "Florida-based": a hyphenated word with a lower-case part. */
static bool has_lower_part(const nm_names_ctx *c, size_t i)
{
    size_t len;
    const char *s = nm_tok_text(c, i, &len);
    for (size_t k = 1; k + 1 < len; k++)
        if (s[k] == '-' && s[k + 1] >= 'a' && s[k + 1] <= 'z')
            return true;
    return false;
}

/* A place name opened by "Port", "Lake", "Mount", "New"…: the opener and
 * the plain capitalised words after it ("Port Ellery", not the "Fishermen"
 * of "Port Ellery Fishermen"). Its length in tokens, or 0. */
static size_t place_pattern_len(const nm_names_ctx *c, size_t p, size_t re)
{
    const nm_token *t = c->seg->toks;
    if (p + 1 >= re || !tok_in(c, p, &c->lx->place_openers) ||
        !(t[p + 1].flags & NM_TOK_SPACE_BEFORE) || find_gazetteer(c, p, re, false).n >= 2)
        return 0;
    if (p > 0 && c->tags[p - 1].tag == NM_TAG_NAME && t[p - 1].sent == t[p].sent)
        return 0; /* inside a name: "Aung San Suu Kyi" */
    size_t q = p + 1;
    while (q < re && q - p < NAMES_PLACE_MAX_TOKENS && (t[q].flags & NM_TOK_SPACE_BEFORE) &&
           is_plain_name_word(c, q, re) && !has_lower_part(c, q) &&
           (q == p + 1 || !nm_names_is_common(c, q)))
        q++;
    return q - p >= 2 ? q - p : 0;
}

/* "in Costa Mesa": two or three plain capitalised words right after "in",
 * one of them no common word, not starting with a known first name nor
 * followed by "’s", outside a headline, name a place. */
static bool is_place_after_in(const nm_names_ctx *c, size_t rs, size_t re)
{
    const nm_token *t = c->seg->toks;
    if (rs == 0 || re - rs < 2 || re - rs > 3 || !nm_names_tok_is(c, rs - 1, "in") ||
        t[rs - 1].sent != t[rs].sent)
        return false;
    if (re < c->seg->n_toks && (t[re].flags & NM_TOK_POSS))
        return false;
    size_t len;
    const char *s = nm_tok_text(c, rs, &len);
    if (nm_lexmap_has(&c->lx->first_names, s, len) && !nm_names_is_common(c, rs))
        return false;
    bool uncommon = false; /* "in Executive Session": common words, a heading */
    for (size_t k = rs; k < re; k++) {
        if (!is_plain_name_word(c, k, re) || (k > rs && !(t[k].flags & NM_TOK_SPACE_BEFORE)))
            return false;
        uncommon |= !nm_names_is_common(c, k);
    }
    return uncommon && !nm_names_in_headline(c, rs);
}

/* Words the first-name lists hold that open sentences as ordinary words:
 * auxiliaries of questions ("Will Trump win?"), adverbs ("Even Rendell"),
 * verbs, adjectives and nouns ("See Sexton", "Happy Cinco de Mayo"). */
static const char *const QUESTION_OPENERS[] = {
    "Will", "May", "Can", "Could", "Would", "Should", "Shall", "Must", "Might",
    "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Any",
    "Even", "See", "Say", "Else", "Far", "Way", "Free", "Early", "Happy", "Hope",
    "Chance", "Glad", "Lucky", "Dear", "Major", "North", "West", "Wait", "Wake",
    "Read", "Deny", "Care", "Case", "Cross", "Trip", "Lay", "Man", "Boy", "King",
    "Prince", "Duke", "Mayor", "Rabbi", "Sergeant", "Royal", "Urban", "Red", "Star",
    "Law", "Land", "Town", "Worth", "Fair", "Ban", "Bar", "Bank", "Base", "Job",
    "Honor", "Mercy", "Faith", "Bliss", "Sunny", "Win", "Merry", NULL};

/* "Bill Clinton said", "Rush Limbaugh": a sentence-initial first name that
 * is also a word, followed by a capitalised word that is no common word, is
 * the start of a name, not a sentence opener to trim. */
static bool opens_full_name(const nm_names_ctx *c, size_t rs, size_t re)
{
    size_t len;
    const char *s = nm_tok_text(c, rs, &len);
    if (!nm_lexmap_has(&c->lx->first_names, s, len) || !is_cap_word(c, rs + 1) ||
        (c->seg->toks[rs + 1].flags & NM_TOK_ALLCAPS) || nm_names_is_common(c, rs + 1) ||
        rs + 1 >= re)
        return false;
    for (size_t i = 0; QUESTION_OPENERS[i]; i++)
        if (nm_names_tok_is(c, rs, QUESTION_OPENERS[i]))
            return false;
    const char *n = nm_tok_text(c, rs + 1, &len);
    return !nm_lexmap_has(&c->lx->not_names, n, len) && !nm_names_in_headline(c, rs);
}

/* Tag the tokens of a run [rs, re) of capitalised words and connectors. */
static void tag_run(nm_names_ctx *c, size_t rs, size_t re)
{
    const nm_names_lex *lx = c->lx;
    /* leading function words ("The", "As") and connectors are not names,
     * unless a gazetteer entry starts there ("The Hague") */
    while (rs < re) {
        size_t len;
        const char *s = nm_tok_text(c, rs, &len);
        if (is_connector(c, rs)) {
            rs++;
            continue;
        }
        bool opener = (c->seg->toks[rs].flags & NM_TOK_FIRST_WORD) && rs + 1 < re &&
                      nm_names_is_common(c, rs) && !opens_full_name(c, rs, re);
        if (!opener && !nm_lexmap_has(&lx->not_names, s, len))
            break;
        /* "Both The New York Times": a common word opening the sentence */
        if (match_gazetteer(c, rs, re, false) > (opener ? 0 : 1))
            break;
        tag_span(c, rs, 1, NM_TAG_NOTNAME, NULL);
        rs++;
    }
    while (re > rs && is_connector(c, re - 1))
        re--;
    if (rs >= re)
        return;
    /* the whole run is a known organization or place */
    if (match_gazetteer(c, rs, re, true))
        return;
    /* organization pattern: a head word within the run, before any title;
     * when no head word comes before the first "of"/"for", the
     * organization starts after it ("Dr. Priya Varghese of the Northmoor
     * Maritime Institute": the words before it are tagged on their own) */
    if (re - rs >= 2 && re - rs <= NAMES_ORG_MAX_TOKENS) {
        size_t org_start = rs, front_end = re;
        for (size_t k = rs; k + 1 < re; k++) {
            if (is_org_head(c, k))
                break;
            if (k > rs && (nm_names_tok_is(c, k, "of") || nm_names_tok_is(c, k, "for"))) {
                front_end = k;
                org_start = k + 1;
                if (nm_names_tok_is(c, org_start, "the"))
                    org_start++;
                break;
            }
        }
        size_t org_end = re;
        for (size_t k = org_start + 1; k < re; k++)
            if (title_starts_at(c, k, re) || is_role_acronym(c, k)) {
                org_end = k;
                break;
            }
        while (org_end > org_start && is_connector(c, org_end - 1))
            org_end--;
        bool head = false;
        for (size_t k = org_start; k < org_end && !head; k++)
            head = is_org_head(c, k);
        if (head && org_end - org_start >= 2) {
            tag_span(c, org_start, org_end - org_start, NM_TAG_ORG, NULL);
            if (org_start > rs) {
                re = front_end; /* words after a title ending it stay untagged (rare) */
            } else {
                rs = org_end;
            }
        }
    }
    if (is_place_after_in(c, rs, re)) {
        tag_span(c, rs, re - rs, NM_TAG_PLACE, NULL);
        return;
    }
    /* token by token: longest gazetteer match, else a name candidate */
    for (size_t p = rs; p < re;) {
        if (is_connector(c, p)) {
            if (is_name_particle(c, p))
                c->tags[p].tag = NM_TAG_CONN;
            p++;
            continue;
        }
        size_t n = place_pattern_len(c, p, re);
        if (n) {
            tag_span(c, p, n, NM_TAG_PLACE, NULL);
            p += n;
            continue;
        }
        n = match_gazetteer(c, p, re, false);
        if (n) {
            p += n;
            continue;
        }
        size_t len;
        const char *s = nm_tok_text(c, p, &len);
        unsigned f = c->seg->toks[p].flags;
        if (nm_lexmap_has(&lx->not_names, s, len) || is_month_may(c, p))
            tag_span(c, p, 1, NM_TAG_NOTNAME, NULL);
        else if ((!(f & NM_TOK_ALLCAPS) && !(f & NM_TOK_DIGIT)) ||
                 (p > rs && c->tags[p - 1].tag == NM_TAG_NAME && is_initials(s, len)))
            c->tags[p].tag = NM_TAG_NAME;
        p++;
    }
}

static void tag_tokens(nm_names_ctx *c)
{
    const nm_segments *seg = c->seg;
    for (size_t si = 0; si < seg->n_sents; si++) {
        size_t t1 = seg->sents[si].tok_end;
        for (size_t i = seg->sents[si].tok_start; i < t1;) {
            if (!is_cap_word(c, i)) {
                i++;
                continue;
            }
            size_t re = i + 1;
            while (re < t1) {
                if (is_cap_word(c, re) && (c->seg->toks[re].flags & NM_TOK_SPACE_BEFORE)) {
                    re++;
                    continue;
                }
                /* connector(s) followed by a capitalised word: "of", "of the" */
                size_t k = re;
                if (k < t1 && is_connector(c, k)) {
                    k++;
                    if (k < t1 && nm_names_tok_is(c, k, "the") && nm_names_tok_is(c, k - 1, "of"))
                        k++;
                    if (k < t1 && is_cap_word(c, k)) {
                        re = k + 1;
                        continue;
                    }
                }
                break;
            }
            tag_run(c, i, re);
            i = re;
        }
    }
}

/* Organizations and places in order of first appearance. */
static bool list_entities(nm_names_ctx *c)
{
    nm_article *a = c->a;
    const nm_token *t = c->seg->toks;
    for (size_t i = 0; i < c->seg->n_toks; i++) {
        const nm_tagged *g = &c->tags[i];
        if (!g->span_len || (g->tag != NM_TAG_ORG && g->tag != NM_TAG_PLACE))
            continue;
        const char *name;
        size_t len;
        if (g->entry) {
            name = g->entry->val;
            len = g->entry->vlen;
        } else {
            name = c->text + t[i].start;
            len = t[i + g->span_len - 1].end - t[i].start;
        }
        bool ok = g->tag == NM_TAG_ORG ? nm_article_add_organization(a, name, len)
                                       : nm_article_add_place(a, name, len);
        if (!ok)
            return false;
        /* an acronym in parentheses right after an organization: "(KCNA)" */
        size_t j = i + g->span_len;
        if (g->tag == NM_TAG_ORG && j + 2 < c->seg->n_toks && nm_names_tok_is(c, j, "(") &&
            (t[j + 1].flags & NM_TOK_ALLCAPS) && nm_names_tok_is(c, j + 2, ")")) {
            if (!nm_article_add_organization(a, c->text + t[j + 1].start,
                                             t[j + 1].end - t[j + 1].start))
                return false;
            if (c->tags[j + 1].tag == NM_TAG_NONE)
                tag_span(c, j + 1, 1, NM_TAG_ORG, NULL);
        }
    }
    return true;
}

nm_status nm_names_analyse(nm_article *a, const nm_segments *seg)
{
    if (!seg->n_toks)
        return NM_OK;
    const nm_names_lex *lx = nm_names_lex_get();
    if (!lx)
        return NM_ERR_NOMEM;
    nm_word_memo memo[NM_NAMES_MEMO_SLOTS] = {{0, 0, 0}};
    nm_names_ctx c = {.a = a, .seg = seg, .text = a->text, .lx = lx, .memo = memo};
    c.tags = nm_arena_alloc(a->arena, seg->n_toks * sizeof *c.tags);
    if (!c.tags)
        return NM_ERR_NOMEM;
    tag_tokens(&c);
    if (!list_entities(&c))
        return NM_ERR_NOMEM;
    return nm_names_people(&c);
}
