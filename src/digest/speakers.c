/* Who said what: the quotes of every article grouped by speaker across the
 * story.
 *
 * A speaker is the resolved person of a quote (its fullest name in that
 * article, with role and affiliation). Names from different articles are
 * one speaker when their last names match and their first names agree
 * ("Sergey Lavrov" = "S. Lavrov"); a one-word name ("Lavrov", "Kim") joins
 * the single longer name it can be part of, and stays alone when several
 * fit (Kim Jong-un vs Kim Il-sung). The speaker shows the fullest name and
 * the fullest role. A quote whose source is mentioned but is no person
 * ("experts", "a source") goes to `unnamed` with the mention kept; a quote
 * with no source at all is left out. The same words carried by several
 * articles (a near-duplicate) are one statement listing every article. */
#include "digest_model.h"

#include <stdlib.h>
#include <string.h>

/* A statement repeats another when its normalised text contains the other,
 * provided that the shorter one has at least this many letters/digits
 * (short phrases recur by chance). */
#define SAME_STATEMENT_MIN_CHARS 24
/* Tokens of a name compared; longer names are compared on these. */
#define NAME_MAX_TOKENS 8

typedef struct name_info {
    const char *name;
    const char *role;
    const char *affiliation;
    const char *tok[NAME_MAX_TOKENS];
    size_t tok_len[NAME_MAX_TOKENS];
    size_t n_tok;
    size_t cluster;
    size_t first; /* order of the first statement */
} name_info;

typedef struct raw_statement {
    const char *name; /* NULL: unnamed */
    nm_digest_statement st;
    size_t article;
} raw_statement;

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c; }

static bool tok_eq(const char *a, size_t al, const char *b, size_t bl)
{
    if (al != bl)
        return false;
    for (size_t i = 0; i < al; i++)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

/* Honorifics and titles before a name are not part of it. */
static bool honorific(const char *t, size_t n)
{
    static const char *const words[] = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                        "sir", "dame", "president", "minister", "prof",
                                        "prof.", "gen.", "sen.", "rep.", "gov."};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok_eq(t, n, words[i], strlen(words[i])))
            return true;
    return false;
}

static void tokenize(name_info *ni)
{
    const char *s = ni->name;
    ni->n_tok = 0;
    while (*s && ni->n_tok < NAME_MAX_TOKENS) {
        while (*s == ' ')
            s++;
        const char *b = s;
        while (*s && *s != ' ')
            s++;
        if (s == b)
            break;
        if (ni->n_tok == 0 && honorific(b, (size_t)(s - b)))
            continue;
        ni->tok[ni->n_tok] = b;
        ni->tok_len[ni->n_tok++] = (size_t)(s - b);
    }
}

static bool initial_of(const char *a, size_t al, const char *b, size_t bl)
{
    bool a_init = al == 1 || (al == 2 && a[1] == '.');
    return a_init && bl >= 1 && lower(a[0]) == lower(b[0]);
}

/* Two names of two or more tokens name the same person. */
static bool same_full_name(const name_info *x, const name_info *y)
{
    if (!tok_eq(x->tok[x->n_tok - 1], x->tok_len[x->n_tok - 1], y->tok[y->n_tok - 1],
                y->tok_len[y->n_tok - 1]))
        return false;
    const char *a = x->tok[0], *b = y->tok[0];
    size_t al = x->tok_len[0], bl = y->tok_len[0];
    return tok_eq(a, al, b, bl) || initial_of(a, al, b, bl) || initial_of(b, bl, a, al);
}

/* A one-token name may be the first or last token of a longer one. */
static bool part_of(const name_info *one, const name_info *full)
{
    return tok_eq(one->tok[0], one->tok_len[0], full->tok[full->n_tok - 1],
                  full->tok_len[full->n_tok - 1]) ||
           tok_eq(one->tok[0], one->tok_len[0], full->tok[0], full->tok_len[0]);
}

static int by_tokens_desc(const void *pa, const void *pb)
{
    const name_info *a = pa, *b = pb;
    if (a->n_tok != b->n_tok)
        return a->n_tok < b->n_tok ? 1 : -1;
    return (a->first > b->first) - (a->first < b->first);
}

/* Letters and digits only, lower-cased: quotes carried by two outlets
 * differ in quote marks, apostrophes and spacing. */
static char *normalise(nm_arena *arena, const char *s)
{
    size_t n = strlen(s);
    char *out = nm_arena_alloc(arena, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = lower(s[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[k++] = c;
    }
    out[k] = '\0';
    return out;
}

static bool same_statement(nm_arena *arena, const nm_digest_statement *x,
                           const nm_digest_statement *y, bool *keep_y_text)
{
    char *a = normalise(arena, x->text), *b = normalise(arena, y->text);
    if (!a || !b)
        return false;
    size_t al = strlen(a), bl = strlen(b);
    *keep_y_text = bl > al;
    if (al == bl)
        return !strcmp(a, b);
    const char *shorter = al < bl ? a : b, *longer = al < bl ? b : a;
    return strlen(shorter) >= SAME_STATEMENT_MIN_CHARS && strstr(longer, shorter) != NULL;
}

static bool add_article(nm_arena *arena, nm_digest_statement *st, size_t article)
{
    for (size_t i = 0; i < st->n_articles; i++)
        if (st->articles[i] == article)
            return true;
    size_t *p = nm_arena_realloc(arena, st->articles, st->n_articles * sizeof *p,
                                 (st->n_articles + 1) * sizeof *p);
    if (!p)
        return false;
    p[st->n_articles++] = article;
    st->articles = p;
    return true;
}

/* Append `st` to a statement list unless the list already holds it. */
static bool add_statement(nm_arena *arena, nm_digest_statement **list, size_t *n, size_t *cap,
                          const nm_digest_statement *st, size_t article)
{
    for (size_t i = 0; i < *n; i++) {
        bool take_text;
        nm_digest_statement *old = &(*list)[i];
        if (old->kind == st->kind && same_statement(arena, old, st, &take_text)) {
            if (take_text) {
                old->text = st->text;
                old->display = st->display;
            }
            return add_article(arena, old, article);
        }
    }
    nm_digest_statement *slot = nm_digest_push(arena, (void **)list, n, cap, sizeof *slot);
    if (!slot)
        return false;
    *slot = *st;
    slot->articles = NULL;
    slot->n_articles = 0;
    return add_article(arena, slot, article);
}

/* The quote's text: its fragments joined by one space (the record
 * contract's `text`). With `for_reader`, the display form: fragments
 * without the trailing commas that led to their attribution, joined by
 * " … ", and a reported clause without its leading "that". */
static const char *quote_text(nm_arena *arena, const nm_article *a, const nm_quote *q,
                              bool for_reader)
{
    size_t total = 0;
    for (size_t f = 0; f < q->n_frags; f++)
        total += q->frags[f].end - q->frags[f].start + 5;
    char *out = nm_arena_alloc(arena, total + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t f = 0; f < q->n_frags; f++) {
        const char *s = a->text + q->frags[f].start;
        size_t len = q->frags[f].end - q->frags[f].start;
        if (for_reader) {
            if (q->kind == NM_QUOTE_DIRECT)
                while (len > 0 && (s[len - 1] == ',' || s[len - 1] == ' '))
                    len--;
            else if (f == 0 && len > 5 && !strncmp(s, "that ", 5))
                s += 5, len -= 5;
        }
        if (f) {
            const char *sep = for_reader ? " … " : " ";
            memcpy(out + k, sep, strlen(sep));
            k += strlen(sep);
        }
        memcpy(out + k, s, len);
        k += len;
    }
    out[k] = '\0';
    return out;
}

static bool collect(nm_digest_model *m, raw_statement **raws, size_t *n_raw, name_info **names,
                    size_t *n_names)
{
    size_t raw_cap = 0, names_cap = 0, order = 0;
    for (size_t i = 0; i < m->n_articles; i++) {
        const nm_article *a = m->articles[i];
        for (size_t k = 0; k < a->n_quotes; k++) {
            const nm_quote *q = &a->quotes[k];
            if (q->n_frags == 0 || !q->has_speaker)
                continue; /* nobody is said to have said it */
            raw_statement *r = nm_digest_push(m->arena, (void **)raws, n_raw, &raw_cap, sizeof *r);
            const char *text = r ? quote_text(m->arena, a, q, false) : NULL;
            const char *display = text ? quote_text(m->arena, a, q, true) : NULL;
            if (!display)
                return false;
            const nm_person *p =
                (q->person >= 0 && (size_t)q->person < a->n_people) ? &a->people[q->person] : NULL;
            r->name = p ? p->name : nm_quote_speaker_name(a, q);
            r->article = i;
            r->st.kind = q->kind;
            r->st.text = text;
            r->st.display = display;
            r->st.cue = q->cue;
            r->st.order = order++;
            if (q->speaker.end > q->speaker.start && q->speaker.end <= a->text_len)
                r->st.mention = nm_arena_strndup(m->arena, a->text + q->speaker.start,
                                                 q->speaker.end - q->speaker.start);
            if (!r->name || !*r->name) {
                r->name = NULL;
                continue;
            }
            name_info *ni = NULL;
            for (size_t j = 0; j < *n_names && !ni; j++)
                if (!strcmp((*names)[j].name, r->name))
                    ni = &(*names)[j];
            if (!ni) {
                ni = nm_digest_push(m->arena, (void **)names, n_names, &names_cap, sizeof *ni);
                if (!ni)
                    return false;
                ni->name = r->name;
                ni->first = r->st.order;
                tokenize(ni);
                if (ni->n_tok == 0) { /* only an honorific: keep it whole */
                    ni->tok[0] = ni->name;
                    ni->tok_len[0] = strlen(ni->name);
                    ni->n_tok = 1;
                }
            }
            if (p && p->role && (!ni->role || (!ni->affiliation && p->affiliation))) {
                ni->role = p->role;
                ni->affiliation = p->affiliation;
            } else if (p && !ni->affiliation && p->affiliation) {
                ni->affiliation = p->affiliation;
            }
        }
    }
    return true;
}

/* Does a one-word name fit several different full names among all the
 * people of the story (speakers or not)? "Kim" next to Kim Jong-un and
 * Kim Il-sung names nobody for sure. */
static bool ambiguous_in_story(const nm_digest_model *m, const name_info *one)
{
    name_info first_fit = {0};
    bool have = false;
    for (size_t i = 0; i < m->n_articles; i++)
        for (size_t k = 0; k < m->articles[i]->n_people; k++) {
            const char *name = m->articles[i]->people[k].name;
            if (!name)
                continue;
            name_info other = {.name = name};
            tokenize(&other);
            if (other.n_tok < 2 || !part_of(one, &other))
                continue;
            if (!have) {
                first_fit = other;
                have = true;
            } else if (!same_full_name(&first_fit, &other)) {
                return true;
            }
        }
    return false;
}

/* Assign every name to a cluster; returns the number of clusters. */
static size_t cluster_names(const nm_digest_model *m, name_info *names, size_t n)
{
    if (n > 1)
        qsort(names, n, sizeof *names, by_tokens_desc);
    size_t clusters = 0;
    for (size_t i = 0; i < n; i++) {
        size_t found = (size_t)-1, matches = 0;
        for (size_t j = 0; j < i; j++) {
            bool same = names[i].n_tok > 1 ? same_full_name(&names[i], &names[j])
                        : names[j].n_tok > 1 ? part_of(&names[i], &names[j])
                                             : tok_eq(names[i].tok[0], names[i].tok_len[0],
                                                      names[j].tok[0], names[j].tok_len[0]);
            if (same && names[j].cluster != found) {
                if (found == (size_t)-1)
                    found = names[j].cluster;
                matches++;
            }
        }
        /* a multi-token name joins its first match; a one-word name only a
         * single, unambiguous one */
        if (found != (size_t)-1 &&
            (names[i].n_tok > 1 || (matches == 1 && !ambiguous_in_story(m, &names[i]))))
            names[i].cluster = found;
        else
            names[i].cluster = clusters++;
    }
    return clusters;
}

/* A speaker known only by one word ("Lavrov") takes the fuller name the
 * story gives that person elsewhere ("Sergey Lavrov" among another
 * article's people), when exactly one fuller name fits; a missing role or
 * affiliation comes along. */
static bool complete_from_people(nm_digest_model *m, nm_digest_speaker *sp)
{
    name_info me = {.name = sp->name};
    tokenize(&me);
    if (me.n_tok != 1)
        return true;
    const nm_person *found = NULL;
    name_info found_info = {0};
    for (size_t i = 0; i < m->n_articles; i++) {
        const nm_article *a = m->articles[i];
        for (size_t k = 0; k < a->n_people; k++) {
            const nm_person *p = &a->people[k];
            if (!p->name)
                continue;
            name_info other = {.name = p->name};
            tokenize(&other);
            if (other.n_tok < 2 || !part_of(&me, &other))
                continue;
            if (found && !same_full_name(&found_info, &other))
                return true; /* two different people fit: leave it */
            if (!found || strlen(p->name) > strlen(found->name) ||
                (!found->role && p->role)) {
                found = p;
                found_info = other;
            }
        }
    }
    if (!found)
        return true;
    const char **al = nm_arena_realloc(m->arena, sp->aliases, sp->n_aliases * sizeof *al,
                                       (sp->n_aliases + 1) * sizeof *al);
    if (!al)
        return false;
    al[sp->n_aliases++] = sp->name;
    sp->aliases = al;
    sp->name = found->name;
    if (!sp->role && found->role) {
        sp->role = found->role;
        sp->affiliation = found->affiliation;
    } else if (!sp->affiliation && found->affiliation) {
        sp->affiliation = found->affiliation;
    }
    return true;
}

/* Pronouns stand for a person the analysis could not resolve: such a
 * mention names no source worth listing. */
static bool pronoun(const char *w)
{
    static const char *const words[] = {"he", "she", "it", "they", "we", "i", "you", "this",
                                        "that", "who", "which", "one"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok_eq(w, strlen(w), words[i], strlen(words[i])))
            return true;
    return false;
}

/* The cluster of a mention the analysis left unresolved but that spells a
 * speaker's full name ("Dr. Priya Varghese"), or (size_t)-1. */
static size_t speaker_of_mention(const name_info *names, size_t n, const char *mention)
{
    name_info me = {.name = mention};
    tokenize(&me);
    if (me.n_tok < 2)
        return (size_t)-1;
    for (size_t t = 0; t < me.n_tok; t++)
        if (!(me.tok[t][0] >= 'A' && me.tok[t][0] <= 'Z'))
            return (size_t)-1;
    for (size_t i = 0; i < n; i++)
        if (names[i].n_tok > 1 && same_full_name(&me, &names[i]))
            return names[i].cluster;
    return (size_t)-1;
}

static int by_statements(const void *pa, const void *pb)
{
    const nm_digest_speaker *a = pa, *b = pb;
    if (a->n_statements != b->n_statements)
        return a->n_statements < b->n_statements ? 1 : -1;
    return (a->first > b->first) - (a->first < b->first);
}

bool nm_digest_group_speakers(nm_digest_model *m)
{
    raw_statement *raws = NULL;
    name_info *names = NULL;
    size_t n_raw = 0, n_names = 0;
    if (!collect(m, &raws, &n_raw, &names, &n_names))
        return false;
    size_t n_clusters = cluster_names(m, names, n_names);
    m->speakers = n_clusters ? nm_arena_alloc(m->arena, n_clusters * sizeof *m->speakers) : NULL;
    size_t *caps = n_clusters ? nm_arena_alloc(m->arena, n_clusters * sizeof *caps) : NULL;
    if (n_clusters && (!m->speakers || !caps))
        return false;
    m->n_speakers = n_clusters;
    for (size_t c = 0; c < n_clusters; c++)
        m->speakers[c].first = (size_t)-1;
    /* names: fullest first (sorted by token count), role from the member
     * that knows the most */
    for (size_t i = 0; i < n_names; i++) {
        nm_digest_speaker *sp = &m->speakers[names[i].cluster];
        if (!sp->name) {
            sp->name = names[i].name;
        } else if (strcmp(sp->name, names[i].name)) {
            const char **al = nm_arena_realloc(m->arena, sp->aliases,
                                               sp->n_aliases * sizeof *al,
                                               (sp->n_aliases + 1) * sizeof *al);
            if (!al)
                return false;
            al[sp->n_aliases++] = names[i].name;
            sp->aliases = al;
        }
        bool better = names[i].role && (!sp->role || (!sp->affiliation && names[i].affiliation) ||
                                        (strlen(names[i].role) > strlen(sp->role) &&
                                         (names[i].affiliation || !sp->affiliation)));
        if (better) {
            sp->role = names[i].role;
            sp->affiliation = names[i].affiliation;
        } else if (!sp->affiliation && !sp->role && names[i].affiliation) {
            sp->affiliation = names[i].affiliation;
        }
        if (names[i].first < sp->first)
            sp->first = names[i].first;
    }
    size_t unnamed_cap = 0;
    for (size_t r = 0; r < n_raw; r++) {
        const raw_statement *raw = &raws[r];
        if (!raw->name) {
            if (!raw->st.mention || pronoun(raw->st.mention))
                continue;
            size_t c = speaker_of_mention(names, n_names, raw->st.mention);
            if (c != (size_t)-1) {
                nm_digest_speaker *sp = &m->speakers[c];
                if (!add_statement(m->arena, &sp->statements, &sp->n_statements, &caps[c],
                                   &raw->st, raw->article))
                    return false;
                continue;
            }
            if (!add_statement(m->arena, &m->unnamed, &m->n_unnamed, &unnamed_cap, &raw->st,
                               raw->article))
                return false;
            continue;
        }
        size_t c = 0;
        for (size_t i = 0; i < n_names; i++)
            if (!strcmp(names[i].name, raw->name)) {
                c = names[i].cluster;
                break;
            }
        nm_digest_speaker *sp = &m->speakers[c];
        if (!add_statement(m->arena, &sp->statements, &sp->n_statements, &caps[c], &raw->st,
                           raw->article))
            return false;
    }
    for (size_t c = 0; c < n_clusters; c++)
        if (!complete_from_people(m, &m->speakers[c]))
            return false;
    if (m->n_speakers > 1)
        qsort(m->speakers, m->n_speakers, sizeof *m->speakers, by_statements);
    return true;
}
