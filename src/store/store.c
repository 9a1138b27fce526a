/* Store lifecycle: open, create or migrate the schema, WAL, batched
 * transactions, close. */
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

/* Defaults for batched transactions: big enough that the fsync-free WAL
 * commit costs little per article, small enough that a crash loses about
 * a second of work. */
#define NM_STORE_BATCH_ARTICLES 256
#define NM_STORE_BATCH_MS 1000
/* How long a command waits on a store another process is writing. */
#define NM_STORE_BUSY_MS 10000

static const char *const stmt_sql[ST_COUNT] = {
    [ST_CONTAINS] = "SELECT rowid, story, duplicate_of, dup_kind FROM articles"
                    " WHERE source = ?1 AND content_hash = ?2",
    [ST_INS_ARTICLE] =
        "INSERT INTO articles (id, source, content_hash, url, canonical_url, title, date,"
        " modified, authors, outlet, lang, text, quotes_text, text_hash, url_key, simhash,"
        " duplicate_of, dup_kind, story, ingested_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
        " ?17, ?18, ?19, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    [ST_INS_FTS] = "INSERT INTO articles_fts (rowid, title, text, quotes_text)"
                   " VALUES (?1, ?2, ?3, ?4)",
    [ST_FIND_TEXT] = "SELECT rowid, story FROM articles WHERE text_hash = ?1"
                     " AND duplicate_of IS NULL ORDER BY rowid LIMIT 1",
    [ST_FIND_URL] = "SELECT rowid, story, simhash FROM articles WHERE url_key = ?1"
                    " AND duplicate_of IS NULL ORDER BY rowid",
    [ST_FIND_NEAR] = "SELECT a.rowid, a.story, a.simhash FROM near_index n"
                     " JOIN articles a ON a.rowid = n.article"
                     " WHERE n.band IN (?1, ?2, ?3, ?4) ORDER BY a.rowid",
    [ST_INS_NEAR] = "INSERT INTO near_index (band, article) VALUES (?1, ?2)",
    [ST_INS_STORY] = "INSERT INTO stories (title, n_articles, last_article)"
                     " VALUES (NULL, 0, 0)",
    [ST_UPD_STORY_DATES] =
        "UPDATE stories SET n_articles = n_articles + 1,"
        " title = coalesce(title, ?2),"
        " first_date = CASE WHEN ?3 IS NOT NULL AND (first_date IS NULL OR ?3 < first_date)"
        "   THEN ?3 ELSE first_date END,"
        " last_date = CASE WHEN ?3 IS NOT NULL AND (last_date IS NULL OR ?3 > last_date)"
        "   THEN ?3 ELSE last_date END"
        " WHERE id = ?1",
    [ST_UPD_STORY_CENTROID] = "UPDATE stories SET last_article = ?2, centroid = ?3 WHERE id = ?1",
    [ST_UPSERT_PERSON] = "INSERT INTO people (name) VALUES (?1) ON CONFLICT (name)"
                         " DO UPDATE SET name = excluded.name RETURNING id",
    [ST_INS_ART_PERSON] = "INSERT INTO article_people (article, person, idx, aliases, role,"
                          " affiliation, gender) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [ST_INS_MENTION] = "INSERT INTO mentions (article, person, start, end, person_idx)"
                      " VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_UPSERT_ENTITY] = "INSERT INTO entities (kind, name) VALUES (?1, ?2) ON CONFLICT (kind, name)"
                         " DO UPDATE SET name = excluded.name RETURNING id",
    [ST_INS_ART_ENTITY] = "INSERT OR IGNORE INTO article_entities (article, entity) VALUES (?1, ?2)",
    [ST_INS_QUOTE] = "INSERT INTO quotes (article, idx, kind, text, start, end, fragments, cue,"
                     " speaker, speaker_mention, speaker_start, speaker_end, person, person_idx)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    [ST_PUT_DF] = "INSERT INTO term_df (bucket, n) VALUES (?1, ?2)"
                  " ON CONFLICT (bucket) DO UPDATE SET n = excluded.n",
    [ST_PUT_META] = "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
};

void nm_store_opts_init(nm_store_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->batch_articles = NM_STORE_BATCH_ARTICLES;
    opts->batch_ms = NM_STORE_BATCH_MS;
}

uint64_t nm_content_hash(const void *data, size_t len)
{
    return XXH3_64bits(data, len);
}

const char *nm_dup_kind_str(nm_dup_kind kind)
{
    switch (kind) {
    case NM_DUP_NONE: return "original";
    case NM_DUP_TEXT: return "text";
    case NM_DUP_URL: return "url";
    case NM_DUP_NEAR: return "near";
    }
    return "original";
}

uint64_t store_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

nm_status store_db_error(nm_store *s, nm_error *err, const char *what)
{
    return nm_error_set(err, NM_ERR_DB, NM_NO_OFFSET, "%s: %s: %s", s->path, what,
                        s->db ? sqlite3_errmsg(s->db) : "cannot open");
}

sqlite3_stmt *store_stmt_get(nm_store *s, store_stmt which)
{
    sqlite3_stmt *st = s->stmt[which];
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

static nm_status exec(nm_store *s, const char *sql, nm_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        nm_error_set(err, NM_ERR_DB, NM_NO_OFFSET, "%s: %s", s->path, msg ? msg : "error");
        sqlite3_free(msg);
        return NM_ERR_DB;
    }
    return NM_OK;
}

static int user_version(nm_store *s)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

/* Create the schema in one transaction, so a crash leaves none or all. */
static nm_status migrate(nm_store *s, nm_error *err)
{
    int v = user_version(s);
    if (v < 0)
        return store_db_error(s, err, "reading the schema version");
    if (v == nm_schema_version)
        return NM_OK;
    if (v > nm_schema_version)
        return nm_error_set(err, NM_ERR_DB, NM_NO_OFFSET,
                            "%s: store schema version %d is newer than this newsmon (%d)",
                            s->path, v, nm_schema_version);
    if (s->read_only)
        return nm_error_set(err, NM_ERR_NOT_FOUND, NM_NO_OFFSET,
                            "%s: not a newsmon store (run 'newsmon ingest' first)", s->path);
    nm_status st = exec(s, "BEGIN IMMEDIATE", err);
    if (st != NM_OK)
        return st;
    /* Another process may have created it while we waited. */
    if (user_version(s) == nm_schema_version)
        return exec(s, "COMMIT", err);
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", nm_schema_version);
    if ((st = exec(s, nm_schema_sql, err)) != NM_OK || (st = exec(s, pragma, err)) != NM_OK) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    return exec(s, "COMMIT", err);
}

nm_status nm_store_open(const char *path, const nm_store_opts *opts, nm_store **out,
                        nm_error *err)
{
    nm_store_opts defaults;
    if (!opts) {
        nm_store_opts_init(&defaults);
        opts = &defaults;
    }
    *out = NULL;
    nm_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", path);
    }
    s->read_only = opts->read_only;
    s->batch_articles = opts->batch_articles ? opts->batch_articles : NM_STORE_BATCH_ARTICLES;
    s->batch_ms = opts->batch_ms ? opts->batch_ms : NM_STORE_BATCH_MS;
    nm_buf_init(&s->scratch);
    nm_buf_init(&s->scratch2);
    int flags = s->read_only ? SQLITE_OPEN_READWRITE /* WAL readers write the -shm */
                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    nm_status st = NM_OK;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        st = s->read_only ? nm_error_set(err, NM_ERR_NOT_FOUND, NM_NO_OFFSET,
                                         "%s: cannot open store: %s (run 'newsmon ingest' first)",
                                         path, sqlite3_errmsg(s->db))
                          : store_db_error(s, err, "cannot open store");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, NM_STORE_BUSY_MS);
    sqlite3_extended_result_codes(s->db, 1);
    /* WAL: readers never block the writer; synchronous=NORMAL keeps every
     * commit across a process crash (kill -9), only an OS crash may lose the
     * last ones, and never corrupts. */
    if ((st = exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                      " PRAGMA foreign_keys = OFF; PRAGMA cache_size = -16000;"
                      " PRAGMA temp_store = MEMORY",
                   err)) != NM_OK)
        goto fail;
    if ((st = migrate(s, err)) != NM_OK)
        goto fail;
    if (!s->read_only) {
        for (int i = 0; i < ST_COUNT; i++)
            if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &s->stmt[i], NULL) != SQLITE_OK) {
                st = store_db_error(s, err, "preparing statements");
                goto fail;
            }
        if (!nm_cluster_init(&s->cluster)) {
            st = nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", path);
            goto fail;
        }
        if ((st = store_cluster_load(s, err)) != NM_OK)
            goto fail;
    }
    *out = s;
    return NM_OK;
fail:
    nm_store_close(s, NULL);
    return st;
}

nm_status nm_store_commit(nm_store *s, nm_error *err)
{
    if (!s->in_tx)
        return NM_OK;
    if (s->broken) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_tx = false;
        return nm_error_set(err, NM_ERR_DB, NM_NO_OFFSET, "%s: batch rolled back after an error",
                            s->path);
    }
    nm_status st = store_cluster_flush(s, err);
    if (st == NM_OK)
        st = exec(s, "COMMIT", err);
    if (st != NM_OK) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->broken = true;
    }
    s->in_tx = false;
    s->pending = 0;
    return st;
}

nm_status nm_store_close(nm_store *s, nm_error *err)
{
    if (!s)
        return NM_OK;
    nm_status st = NM_OK;
    if (s->db && s->in_tx)
        st = nm_store_commit(s, err);
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->stmt[i]);
    if (s->db)
        sqlite3_close(s->db);
    nm_cluster_deinit(&s->cluster);
    nm_buf_deinit(&s->scratch);
    nm_buf_deinit(&s->scratch2);
    free(s->path);
    free(s);
    return st;
}

/* Begin a batch when none is open. */
nm_status store_begin(nm_store *s, nm_error *err)
{
    if (s->in_tx)
        return NM_OK;
    nm_status st = exec(s, "BEGIN IMMEDIATE", err);
    if (st == NM_OK) {
        s->in_tx = true;
        s->pending = 0;
        s->tx_started_ms = store_now_ms();
    }
    return st;
}

/* Commit when the batch is full or old enough. */
nm_status store_maybe_commit(nm_store *s, nm_error *err)
{
    if (s->in_tx && (s->pending >= s->batch_articles ||
                     store_now_ms() - s->tx_started_ms >= s->batch_ms))
        return nm_store_commit(s, err);
    return NM_OK;
}
