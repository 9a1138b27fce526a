/* The article record: creation, arena-owned arrays, append helpers. */
#include "newsmon.h"
#include "record/article_limits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

nm_article *nm_article_new(void)
{
    nm_arena *arena = nm_arena_new(0);
    if (!arena)
        return NULL;
    nm_article *a = nm_arena_alloc(arena, sizeof *a);
    if (!a) {
        nm_arena_free(arena);
        return NULL;
    }
    a->arena = arena;
    a->first_invalid = NM_NO_OFFSET;
    return a;
}

void nm_article_free(nm_article *a)
{
    if (a)
        nm_arena_free(a->arena); /* the article itself lives in its arena */
}

/* Grow an arena array by one element; capacity doubles at powers of two. */
static void *push(nm_arena *arena, void **arr, size_t *n, size_t elem)
{
    size_t cap = 4;
    while (cap < *n)
        cap *= 2;
    if (*n == 0 || *n == cap) {
        size_t new_cap = *n == 0 ? 4 : cap * 2;
        void *p = nm_arena_realloc(arena, *arr, *n * elem, new_cap * elem);
        if (!p)
            return NULL;
        *arr = p;
    }
    return (char *)*arr + (*n)++ * elem;
}

/* Over a limit of article_limits.h: the item is dropped (the caller goes on
 * as if it were added) and the article's warning says so, once per kind. */
static bool drop_over_limit(nm_article *a, const char *what, size_t limit)
{
    char note[96];
    snprintf(note, sizeof note, "more than %zu %s: the rest dropped", limit, what);
    if (a->warning && strstr(a->warning, note))
        return true;
    const char *w = a->warning ? nm_arena_printf(a->arena, "%s; %s", a->warning, note)
                               : nm_arena_strdup(a->arena, note);
    if (w)
        a->warning = w;
    return true;
}

#define PUSH(a, field, count) \
    push((a)->arena, (void **)&(a)->field, &(a)->count, sizeof *(a)->field)

bool nm_article_add_person(nm_article *a, const nm_person *p, int *index_out)
{
    nm_person *dst = PUSH(a, people, n_people);
    if (!dst)
        return false;
    *dst = *p;
    if (index_out)
        *index_out = (int)(a->n_people - 1);
    return true;
}

bool nm_article_add_mention(nm_article *a, nm_range span, int person)
{
    if (a->n_mentions >= NM_MAX_MENTIONS_PER_ARTICLE)
        return drop_over_limit(a, "person mentions", NM_MAX_MENTIONS_PER_ARTICLE);
    nm_mention *m = PUSH(a, mentions, n_mentions);
    if (!m)
        return false;
    m->span = span;
    m->person = person;
    return true;
}

static bool add_entity(nm_article *a, nm_entity **arr, size_t *n,
                       const char *name, size_t len, const char *what)
{
    if (*n >= NM_MAX_ENTITIES_PER_ARTICLE)
        return drop_over_limit(a, what, NM_MAX_ENTITIES_PER_ARTICLE);
    for (size_t i = 0; i < *n; i++)
        if (strlen((*arr)[i].name) == len && !memcmp((*arr)[i].name, name, len))
            return true;
    char *copy = nm_arena_strndup(a->arena, name, len);
    nm_entity *e = push(a->arena, (void **)arr, n, sizeof **arr);
    if (!copy || !e)
        return false;
    e->name = copy;
    return true;
}

bool nm_article_add_organization(nm_article *a, const char *name, size_t len)
{
    return add_entity(a, &a->organizations, &a->n_organizations, name, len,
                      "organizations");
}

bool nm_article_add_place(nm_article *a, const char *name, size_t len)
{
    return add_entity(a, &a->places, &a->n_places, name, len, "places");
}

bool nm_article_add_quote(nm_article *a, const nm_quote *q)
{
    if (a->n_quotes >= NM_MAX_QUOTES_PER_ARTICLE)
        return drop_over_limit(a, "quotes", NM_MAX_QUOTES_PER_ARTICLE);
    nm_quote *dst = PUSH(a, quotes, n_quotes);
    if (!dst)
        return false;
    *dst = *q;
    return true;
}

bool nm_article_add_date(nm_article *a, nm_range span, const char *iso)
{
    if (a->n_dates >= NM_MAX_DATES_PER_ARTICLE)
        return drop_over_limit(a, "dates", NM_MAX_DATES_PER_ARTICLE);
    nm_date_mention *d = PUSH(a, dates, n_dates);
    if (!d)
        return false;
    d->span = span;
    d->iso = iso;
    return true;
}

bool nm_article_add_author(nm_article *a, const char *name, size_t len)
{
    if (a->n_authors >= NM_MAX_AUTHORS_PER_ARTICLE)
        return drop_over_limit(a, "authors", NM_MAX_AUTHORS_PER_ARTICLE);
    for (size_t i = 0; i < a->n_authors; i++)
        if (strlen(a->authors[i]) == len && !memcmp(a->authors[i], name, len))
            return true;
    char *copy = nm_arena_strndup(a->arena, name, len);
    const char **slot = PUSH(a, authors, n_authors);
    if (!copy || !slot)
        return false;
    *slot = copy;
    return true;
}

bool nm_person_add_alias(nm_article *a, int index, const char *alias, size_t len)
{
    if (index < 0 || (size_t)index >= a->n_people)
        return false;
    nm_person *p = &a->people[index];
    if (p->n_aliases >= NM_MAX_ALIASES_PER_PERSON)
        return drop_over_limit(a, "aliases of one person", NM_MAX_ALIASES_PER_PERSON);
    if (p->name && strlen(p->name) == len && !memcmp(p->name, alias, len))
        return true;
    for (size_t i = 0; i < p->n_aliases; i++)
        if (strlen(p->aliases[i]) == len && !memcmp(p->aliases[i], alias, len))
            return true;
    char *copy = nm_arena_strndup(a->arena, alias, len);
    const char **slot = push(a->arena, (void **)&p->aliases, &p->n_aliases,
                             sizeof *p->aliases);
    if (!copy || !slot)
        return false;
    *slot = copy;
    return true;
}

const char *nm_quote_speaker_name(const nm_article *a, const nm_quote *q)
{
    if (!q->has_speaker || q->person < 0 || (size_t)q->person >= a->n_people)
        return NULL;
    return a->people[q->person].name;
}

const char *nm_quote_kind_str(nm_quote_kind kind)
{
    switch (kind) {
    case NM_QUOTE_DIRECT: return "direct";
    case NM_QUOTE_MIXED: return "mixed";
    case NM_QUOTE_REPORTED: return "reported";
    }
    return "direct";
}
