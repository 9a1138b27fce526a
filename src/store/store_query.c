/* Read side of the store: counts, stories, full-text search, quotes. */
#include "store_internal.h"

#include <stdlib.h>
#include <string.h>

static nm_status prepare(nm_store *s, const char *sql, sqlite3_stmt **st, nm_error *err)
{
    if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK)
        return store_db_error(s, err, "query");
    return NM_OK;
}

static size_t count(nm_store *s, const char *sql)
{
    sqlite3_stmt *st;
    size_t n = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            n = (size_t)sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    return n;
}

nm_status nm_store_stats(nm_store *s, nm_store_counts *out, nm_error *err)
{
    memset(out, 0, sizeof *out);
    /* One read transaction: the counts describe one moment. */
    if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        return store_db_error(s, err, "stats");
    out->articles = count(s, "SELECT count(*) FROM articles");
    out->duplicates = count(s, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL");
    out->stories = count(s, "SELECT count(*) FROM stories");
    out->quotes = count(s, "SELECT count(*) FROM quotes");
    out->people = count(s, "SELECT count(*) FROM people");
    out->organizations = count(s, "SELECT count(*) FROM entities WHERE kind = 'organization'");
    out->places = count(s, "SELECT count(*) FROM entities WHERE kind = 'place'");
    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    return NM_OK;
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* Grow-by-doubling arrays of the current story's members. */
typedef struct members {
    char **ids, **sources;
    size_t n, cap;
} members;

static void members_clear(members *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->ids[i]);
        free(m->sources[i]);
    }
    m->n = 0;
}

static bool members_push(members *m, const char *id, const char *source)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        char **a = realloc(m->ids, cap * sizeof *a);
        if (!a)
            return false;
        m->ids = a;
        char **b = realloc(m->sources, cap * sizeof *b);
        if (!b)
            return false;
        m->sources = b;
        m->cap = cap;
    }
    m->ids[m->n] = strdup(id ? id : "");
    m->sources[m->n] = strdup(source ? source : "");
    if (!m->ids[m->n] || !m->sources[m->n]) {
        free(m->ids[m->n]);
        free(m->sources[m->n]);
        return false;
    }
    m->n++;
    return true;
}

nm_status nm_store_stories(nm_store *s, size_t min_articles, nm_story_fn fn, void *user,
                           nm_error *err)
{
    sqlite3_stmt *st, *mem;
    nm_status rc = prepare(s,
                           "SELECT id, title, first_date, last_date FROM stories"
                           " WHERE n_articles >= ?1 ORDER BY n_articles DESC, id",
                           &st, err);
    if (rc != NM_OK)
        return rc;
    if ((rc = prepare(s, "SELECT id, source FROM articles WHERE story = ?1 ORDER BY rowid", &mem,
                      err)) != NM_OK) {
        sqlite3_finalize(st);
        return rc;
    }
    sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL);
    sqlite3_bind_int64(st, 1, (sqlite3_int64)(min_articles ? min_articles : 1));
    members m = {0};
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        members_clear(&m);
        sqlite3_reset(mem);
        sqlite3_bind_int64(mem, 1, id);
        while (sqlite3_step(mem) == SQLITE_ROW)
            if (!members_push(&m, col_text(mem, 0), col_text(mem, 1))) {
                rc = nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "out of memory");
                goto out;
            }
        nm_story_info info = {id,
                              col_text(st, 1),
                              col_text(st, 2),
                              col_text(st, 3),
                              (const char *const *)m.ids,
                              (const char *const *)m.sources,
                              m.n};
        if (!fn(&info, user))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = store_db_error(s, err, "listing stories");
out:
    members_clear(&m);
    free(m.ids);
    free(m.sources);
    sqlite3_finalize(st);
    sqlite3_finalize(mem);
    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    return rc;
}

/* Plain words to an FTS5 query: every word a quoted string ("" inside),
 * joined by spaces (all must match), so no character is FTS5 syntax. */
static bool fts_query(const char *q, nm_buf *out)
{
    nm_buf_reset(out);
    const char *p = q;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        if (out->len)
            nm_buf_putc(out, ' ');
        nm_buf_putc(out, '"');
        for (; *p && *p != ' ' && *p != '\t' && *p != '\n'; p++) {
            if (*p == '"')
                nm_buf_putc(out, '"');
            nm_buf_putc(out, *p);
        }
        nm_buf_putc(out, '"');
    }
    return out->len > 0;
}

/* Search hits when the caller gives no limit. */
#define NM_SEARCH_DEFAULT_LIMIT 20

nm_status nm_store_search(nm_store *s, const char *query, size_t limit, nm_search_fn fn,
                          void *user, nm_error *err)
{
    nm_buf q;
    nm_buf_init(&q);
    if (!fts_query(query, &q)) {
        nm_buf_deinit(&q);
        return nm_error_set(err, NM_ERR_USAGE, NM_NO_OFFSET, "empty search query");
    }
    sqlite3_stmt *st;
    /* bm25 weights: a word in the title counts most, in a quote more than
     * in the body. Snippets: 24 tokens around the best match. */
    nm_status rc = prepare(
        s,
        "SELECT a.id, a.source, a.title, a.date,"
        " snippet(articles_fts, -1, '[', ']', '\xE2\x80\xA6', 24),"
        " -bm25(articles_fts, 5.0, 1.0, 2.0) AS score, a.story"
        " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH ?1 ORDER BY score DESC, a.rowid LIMIT ?2",
        &st, err);
    if (rc != NM_OK) {
        nm_buf_deinit(&q);
        return rc;
    }
    sqlite3_bind_text(st, 1, q.data, (int)q.len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)(limit ? limit : NM_SEARCH_DEFAULT_LIMIT));
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        nm_search_hit hit = {col_text(st, 0), col_text(st, 1), col_text(st, 2),
                             col_text(st, 3), col_text(st, 4), sqlite3_column_double(st, 5),
                             sqlite3_column_int64(st, 6)};
        if (!fn(&hit, user))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = store_db_error(s, err, "search");
    sqlite3_finalize(st);
    nm_buf_deinit(&q);
    return rc;
}

nm_status nm_store_quotes(nm_store *s, const char *speaker, nm_quote_fn fn, void *user,
                          nm_error *err)
{
    sqlite3_stmt *st;
    nm_status rc = prepare(
        s,
        "SELECT a.id, a.source, coalesce(q.speaker, q.speaker_mention), ap.role,"
        " ap.affiliation, q.kind, q.cue, q.text, q.start, q.end, a.story"
        " FROM quotes q JOIN articles a ON a.rowid = q.article"
        " LEFT JOIN article_people ap ON ap.article = q.article AND ap.idx = q.person_idx"
        " WHERE a.duplicate_of IS NULL AND (?1 IS NULL"
        "   OR instr(lower(q.speaker), lower(?1)) > 0"
        "   OR instr(lower(q.speaker_mention), lower(?1)) > 0)"
        " ORDER BY q.article, q.idx",
        &st, err);
    if (rc != NM_OK)
        return rc;
    if (speaker)
        sqlite3_bind_text(st, 1, speaker, -1, SQLITE_STATIC);
    nm_buf role;
    nm_buf_init(&role);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        nm_buf_reset(&role);
        const char *r = col_text(st, 3), *aff = col_text(st, 4);
        if (r)
            nm_buf_puts(&role, r);
        if (aff)
            nm_buf_printf(&role, "%s%s", r ? ", " : "", aff);
        nm_quote_row row = {col_text(st, 0),
                            col_text(st, 1),
                            col_text(st, 2),
                            role.len ? role.data : NULL,
                            col_text(st, 5),
                            col_text(st, 6),
                            col_text(st, 7),
                            (size_t)sqlite3_column_int64(st, 8),
                            (size_t)sqlite3_column_int64(st, 9),
                            sqlite3_column_int64(st, 10)};
        if (!fn(&row, user))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = store_db_error(s, err, "listing quotes");
    nm_buf_deinit(&role);
    sqlite3_finalize(st);
    return rc;
}
