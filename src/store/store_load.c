/* Rebuild stored articles (a story's members) as nm_article records, for
 * the digest: code-point offsets back to byte offsets. */
#include "store_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Code point → byte offsets, walking on from the last answer. */
typedef struct byte_cursor {
    const char *text;
    size_t len, byte, cp;
} byte_cursor;

static size_t byte_at(byte_cursor *c, size_t cp)
{
    if (cp < c->cp) {
        c->cp = 0;
        c->byte = 0;
    }
    while (c->cp < cp && c->byte < c->len) {
        nm_utf8_decode(c->text, c->len, &c->byte);
        c->cp++;
    }
    return c->byte;
}

static const char *dup_col(nm_article *a, sqlite3_stmt *st, int i)
{
    return nm_arena_strdup(a->arena, (const char *)sqlite3_column_text(st, i));
}

static bool load_people(nm_store *s, nm_article *a, int64_t art, sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, art);
    while (sqlite3_step(st) == SQLITE_ROW) {
        nm_person p = {0};
        p.name = dup_col(a, st, 0);
        p.role = dup_col(a, st, 2);
        p.affiliation = dup_col(a, st, 3);
        const char *g = (const char *)sqlite3_column_text(st, 4);
        p.gender = !g ? NM_GENDER_UNKNOWN : *g == 'm' ? NM_GENDER_MALE : NM_GENDER_FEMALE;
        int idx;
        if (!nm_article_add_person(a, &p, &idx))
            return false;
        const char *aliases = (const char *)sqlite3_column_text(st, 1);
        json_t *arr = aliases ? json_loads(aliases, 0, NULL) : NULL;
        size_t i;
        json_t *v;
        json_array_foreach(arr, i, v)
        {
            const char *al = json_string_value(v);
            if (al)
                nm_person_add_alias(a, idx, al, strlen(al));
        }
        json_decref(arr);
    }
    (void)s;
    return true;
}

typedef struct load_stmts {
    sqlite3_stmt *people, *mentions, *entities, *quotes;
} load_stmts;

static bool load_analysis(nm_store *s, nm_article *a, int64_t art, const load_stmts *q)
{
    if (!load_people(s, a, art, q->people))
        return false;
    byte_cursor cur = {a->text, a->text_len, 0, 0};
    sqlite3_reset(q->mentions);
    sqlite3_bind_int64(q->mentions, 1, art);
    while (sqlite3_step(q->mentions) == SQLITE_ROW) {
        nm_range r = {byte_at(&cur, (size_t)sqlite3_column_int64(q->mentions, 0)),
                      byte_at(&cur, (size_t)sqlite3_column_int64(q->mentions, 1))};
        if (!nm_article_add_mention(a, r, sqlite3_column_int(q->mentions, 2)))
            return false;
    }
    sqlite3_reset(q->entities);
    sqlite3_bind_int64(q->entities, 1, art);
    while (sqlite3_step(q->entities) == SQLITE_ROW) {
        const char *kind = (const char *)sqlite3_column_text(q->entities, 0);
        const char *name = (const char *)sqlite3_column_text(q->entities, 1);
        bool ok = !strcmp(kind, "place") ? nm_article_add_place(a, name, strlen(name))
                                         : nm_article_add_organization(a, name, strlen(name));
        if (!ok)
            return false;
    }
    sqlite3_reset(q->quotes);
    sqlite3_bind_int64(q->quotes, 1, art);
    while (sqlite3_step(q->quotes) == SQLITE_ROW) {
        sqlite3_stmt *st = q->quotes;
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        nm_quote qt = {0};
        qt.kind = !strcmp(kind, "mixed") ? NM_QUOTE_MIXED
                  : !strcmp(kind, "reported") ? NM_QUOTE_REPORTED
                                              : NM_QUOTE_DIRECT;
        qt.cue = dup_col(a, st, 2);
        qt.has_speaker = sqlite3_column_type(st, 3) != SQLITE_NULL;
        qt.person = sqlite3_column_type(st, 5) != SQLITE_NULL ? sqlite3_column_int(st, 5) : -1;
        json_t *frags = json_loads((const char *)sqlite3_column_text(st, 1), 0, NULL);
        size_t n = json_array_size(frags);
        /* nm_article_add_quote keeps the pointer: the arena owns the ranges. */
        nm_range *ranges = nm_arena_alloc(a->arena, (n ? n : 1) * sizeof *ranges);
        if (!ranges) {
            json_decref(frags);
            return false;
        }
        for (size_t i = 0; i < n; i++) {
            json_t *pair = json_array_get(frags, i);
            ranges[i].start = byte_at(&cur, (size_t)json_integer_value(json_array_get(pair, 0)));
            ranges[i].end = byte_at(&cur, (size_t)json_integer_value(json_array_get(pair, 1)));
        }
        json_decref(frags);
        qt.frags = ranges;
        qt.n_frags = n;
        if (qt.has_speaker) {
            qt.speaker.start = byte_at(&cur, (size_t)sqlite3_column_int64(st, 3));
            qt.speaker.end = byte_at(&cur, (size_t)sqlite3_column_int64(st, 4));
        }
        if (!nm_article_add_quote(a, &qt))
            return false;
    }
    return true;
}

static void finalize_all(load_stmts *q, sqlite3_stmt *arts)
{
    sqlite3_finalize(q->people);
    sqlite3_finalize(q->mentions);
    sqlite3_finalize(q->entities);
    sqlite3_finalize(q->quotes);
    sqlite3_finalize(arts);
}

nm_status nm_store_story_articles(nm_store *s, int64_t story, nm_article ***out, size_t *n,
                                  nm_error *err)
{
    *out = NULL;
    *n = 0;
    load_stmts q = {0};
    sqlite3_stmt *arts = NULL;
    const char *sql[] = {
        "SELECT p.name, ap.aliases, ap.role, ap.affiliation, ap.gender FROM article_people ap"
        " JOIN people p ON p.id = ap.person WHERE ap.article = ?1 ORDER BY ap.idx",
        "SELECT start, end, person_idx FROM mentions WHERE article = ?1 ORDER BY start, rowid",
        "SELECT e.kind, e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity"
        " WHERE ae.article = ?1 ORDER BY e.id",
        "SELECT kind, fragments, cue, speaker_start, speaker_end, person_idx FROM quotes"
        " WHERE article = ?1 ORDER BY idx",
        "SELECT rowid, id, source, url, canonical_url, title, date, modified, authors, outlet,"
        " lang, text FROM articles WHERE story = ?1 AND duplicate_of IS NULL ORDER BY rowid"};
    sqlite3_stmt **dst[] = {&q.people, &q.mentions, &q.entities, &q.quotes, &arts};
    for (size_t i = 0; i < 5; i++)
        if (sqlite3_prepare_v2(s->db, sql[i], -1, dst[i], NULL) != SQLITE_OK) {
            nm_status rc = store_db_error(s, err, "loading a story");
            finalize_all(&q, arts);
            return rc;
        }
    sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL);
    sqlite3_bind_int64(arts, 1, story);
    nm_article **list = NULL;
    size_t cap = 0;
    nm_status rc = NM_OK;
    while (sqlite3_step(arts) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            nm_article **p = realloc(list, cap * sizeof *p);
            if (!p)
                goto oom;
            list = p;
        }
        nm_article *a = nm_article_new();
        if (!a)
            goto oom;
        list[(*n)++] = a;
        int64_t art = sqlite3_column_int64(arts, 0);
        a->id = dup_col(a, arts, 1);
        a->source = dup_col(a, arts, 2);
        a->url = dup_col(a, arts, 3);
        a->canonical_url = dup_col(a, arts, 4);
        a->title = dup_col(a, arts, 5);
        a->date = dup_col(a, arts, 6);
        a->modified = dup_col(a, arts, 7);
        a->outlet = dup_col(a, arts, 9);
        a->lang = dup_col(a, arts, 10);
        a->text_len = (size_t)sqlite3_column_bytes(arts, 11);
        a->text = nm_arena_strndup(a->arena, (const char *)sqlite3_column_text(arts, 11),
                                   a->text_len);
        json_t *authors = json_loads((const char *)sqlite3_column_text(arts, 8), 0, NULL);
        size_t i;
        json_t *v;
        json_array_foreach(authors, i, v)
        {
            const char *name = json_string_value(v);
            if (name)
                nm_article_add_author(a, name, strlen(name));
        }
        json_decref(authors);
        if (!a->text || !load_analysis(s, a, art, &q))
            goto oom;
    }
    if (*n == 0)
        rc = nm_error_set(err, NM_ERR_NOT_FOUND, NM_NO_OFFSET, "%s: no story %lld", s->path,
                          (long long)story);
    goto done;
oom:
    rc = nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "out of memory loading story %lld",
                      (long long)story);
done:
    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    finalize_all(&q, arts);
    if (rc != NM_OK) {
        for (size_t k = 0; k < *n; k++)
            nm_article_free(list[k]);
        free(list);
        *n = 0;
        return rc;
    }
    *out = list;
    return NM_OK;
}
