/* The clustering state in the store: loaded at open, document frequencies
 * written at each commit, so memory and disk always agree on what the
 * committed articles decided. */
#include "store_internal.h"

nm_status store_cluster_load(nm_store *s, nm_error *err)
{
    nm_cluster *c = &s->cluster;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT bucket, n FROM term_df", -1, &st, NULL) != SQLITE_OK)
        return store_db_error(s, err, "loading term frequencies");
    while (sqlite3_step(st) == SQLITE_ROW) {
        sqlite3_int64 b = sqlite3_column_int64(st, 0);
        if (b >= 0 && (size_t)b < NM_DF_SIZE)
            c->df.counts[b] = (uint32_t)sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'df_docs'", -1, &st,
                           NULL) != SQLITE_OK)
        return store_db_error(s, err, "loading term frequencies");
    if (sqlite3_step(st) == SQLITE_ROW)
        c->df.n_docs = (uint64_t)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);

    /* The most recently extended stories, as the incremental run keeps them. */
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, last_article, first_date, last_date, centroid FROM stories"
                           " ORDER BY last_article DESC LIMIT ?1",
                           -1, &st, NULL) != SQLITE_OK)
        return store_db_error(s, err, "loading stories");
    sqlite3_bind_int(st, 1, NM_ACTIVE_STORIES);
    c->n_active = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        nm_story_state *ss = &c->active[c->n_active++];
        ss->id = sqlite3_column_int64(st, 0);
        ss->last_article = sqlite3_column_int64(st, 1);
        ss->first_day = nm_iso_day((const char *)sqlite3_column_text(st, 2));
        ss->last_day = nm_iso_day((const char *)sqlite3_column_text(st, 3));
        const void *blob = sqlite3_column_blob(st, 4);
        nm_story_terms_unpack(ss, blob, blob ? (size_t)sqlite3_column_bytes(st, 4) : 0);
    }
    sqlite3_finalize(st);
    return NM_OK;
}

nm_status store_cluster_flush(nm_store *s, nm_error *err)
{
    nm_df *df = &s->cluster.df;
    for (size_t i = 0; i < df->n_dirty; i++) {
        sqlite3_stmt *st = store_stmt_get(s, ST_PUT_DF);
        sqlite3_bind_int64(st, 1, df->dirty[i]);
        sqlite3_bind_int64(st, 2, df->counts[df->dirty[i]]);
        if (sqlite3_step(st) != SQLITE_DONE)
            return store_db_error(s, err, "writing term frequencies");
    }
    sqlite3_stmt *st = store_stmt_get(s, ST_PUT_META);
    sqlite3_bind_text(st, 1, "df_docs", -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)df->n_docs);
    if (sqlite3_step(st) != SQLITE_DONE)
        return store_db_error(s, err, "writing term frequencies");
    nm_df_clean(df);
    return NM_OK;
}
