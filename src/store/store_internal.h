/* Internal: the SQLite store's state, shared by its source files. */
#ifndef NM_STORE_INTERNAL_H
#define NM_STORE_INTERNAL_H

#include "newsmon.h"
#include "story/cluster.h"

#include <sqlite3.h>

extern const char nm_schema_sql[];
extern const int nm_schema_version;

/* Prepared statements, made once at open (no per-article SQL parsing). */
typedef enum store_stmt {
    ST_CONTAINS,
    ST_INS_ARTICLE,
    ST_INS_FTS,
    ST_FIND_TEXT,
    ST_FIND_URL,
    ST_FIND_NEAR,
    ST_INS_NEAR,
    ST_INS_STORY,
    ST_UPD_STORY_DATES,
    ST_UPD_STORY_CENTROID,
    ST_UPSERT_PERSON,
    ST_INS_ART_PERSON,
    ST_INS_MENTION,
    ST_UPSERT_ENTITY,
    ST_INS_ART_ENTITY,
    ST_INS_QUOTE,
    ST_PUT_DF,
    ST_PUT_META,
    ST_COUNT
} store_stmt;

struct nm_store {
    sqlite3 *db;
    char *path;
    bool read_only;
    bool broken;            /* a write failed mid-article: no more writes */
    size_t batch_articles;
    unsigned batch_ms;
    bool in_tx;
    size_t pending;         /* articles added in the open transaction */
    uint64_t tx_started_ms;
    nm_cluster cluster;     /* read-write stores only */
    sqlite3_stmt *stmt[ST_COUNT];
    nm_buf scratch;         /* reused per article */
    nm_buf scratch2;
};

/* Record the SQLite error of the store in `err`; returns NM_ERR_DB. */
nm_status store_db_error(nm_store *s, nm_error *err, const char *what);
/* Reset and clear the bindings of a prepared statement; return it. */
sqlite3_stmt *store_stmt_get(nm_store *s, store_stmt which);
/* Milliseconds of a monotonic clock. */
uint64_t store_now_ms(void);
/* Begin a batch when none is open. */
nm_status store_begin(nm_store *s, nm_error *err);
/* Commit when the batch is full or old enough. */
nm_status store_maybe_commit(nm_store *s, nm_error *err);
/* Load the clustering state (document frequencies, recent stories). */
nm_status store_cluster_load(nm_store *s, nm_error *err);
/* Write the changed document frequencies (inside the open transaction). */
nm_status store_cluster_flush(nm_store *s, nm_error *err);


#endif
