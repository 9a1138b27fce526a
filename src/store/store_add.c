/* nm_store_add: one article into the store — duplicate check, story
 * assignment, analysis rows, full-text index — inside the open batch. */
#include "store_internal.h"

#include "core/cp_index.h"
#include "story/fingerprint.h"

#include <stdio.h>
#include <string.h>

/* Near-duplicates: SimHashes within this many bits. Three of 64 bits is the
 * usual threshold for "the same text with small edits" (Manku et al., WWW
 * 2007) and is what four 16-bit bands guarantee to find. */
#define NM_NEAR_BITS 3
/* Near-duplicate detection needs this many shingles: on a few lines of
 * text a SimHash says little. */
#define NM_NEAR_MIN_SHINGLES 40
/* Same normalised URL: a duplicate when the texts are this close (an
 * updated version of the page), not when the page now holds another text. */
#define NM_URL_DUP_BITS 16

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static void hex64(uint64_t v, char out[17])
{
    snprintf(out, 17, "%016llx", (unsigned long long)v);
}

bool nm_store_contains(nm_store *s, const char *source, uint64_t content_hash)
{
    if (s->read_only)
        return false;
    char hex[17];
    hex64(content_hash, hex);
    sqlite3_stmt *st = store_stmt_get(s, ST_CONTAINS);
    sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, hex, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

/* The earlier original this article duplicates, if any. */
typedef struct dup_match {
    nm_dup_kind kind;
    int64_t article;
    int64_t story;
} dup_match;

static bool find_duplicate(nm_store *s, const char *text_hash, const char *url_key,
                           uint64_t simhash, bool simhash_ok, dup_match *m)
{
    sqlite3_stmt *st = store_stmt_get(s, ST_FIND_TEXT);
    sqlite3_bind_text(st, 1, text_hash, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        *m = (dup_match){NM_DUP_TEXT, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)};
        sqlite3_reset(st);
        return true;
    }
    sqlite3_reset(st);
    if (url_key) {
        st = store_stmt_get(s, ST_FIND_URL);
        sqlite3_bind_text(st, 1, url_key, -1, SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW) {
            uint64_t other = (uint64_t)sqlite3_column_int64(st, 2);
            if (nm_hamming(other, simhash) <= NM_URL_DUP_BITS) {
                *m = (dup_match){NM_DUP_URL, sqlite3_column_int64(st, 0),
                                 sqlite3_column_int64(st, 1)};
                sqlite3_reset(st);
                return true;
            }
        }
        sqlite3_reset(st);
    }
    if (simhash_ok) {
        st = store_stmt_get(s, ST_FIND_NEAR);
        for (int b = 0; b < 4; b++)
            sqlite3_bind_int64(st, b + 1, (sqlite3_int64)(((uint64_t)b << 16) |
                                                          ((simhash >> (16 * b)) & 0xffff)));
        while (sqlite3_step(st) == SQLITE_ROW) {
            uint64_t other = (uint64_t)sqlite3_column_int64(st, 2);
            if (nm_hamming(other, simhash) <= NM_NEAR_BITS) {
                *m = (dup_match){NM_DUP_NEAR, sqlite3_column_int64(st, 0),
                                 sqlite3_column_int64(st, 1)};
                sqlite3_reset(st);
                return true;
            }
        }
        sqlite3_reset(st);
    }
    return false;
}

static void json_string_array(nm_buf *o, const char *const *items, size_t n)
{
    nm_buf_putc(o, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            nm_buf_putc(o, ',');
        nm_json_string(o, items[i]);
    }
    nm_buf_putc(o, ']');
}

/* "speaker: text" lines of every quote, for full-text search. */
static void quotes_text(const nm_article *a, nm_buf *o)
{
    nm_buf_reset(o);
    for (size_t i = 0; i < a->n_quotes; i++) {
        const nm_quote *q = &a->quotes[i];
        const char *name = nm_quote_speaker_name(a, q);
        if (name)
            nm_buf_printf(o, "%s: ", name);
        else if (q->has_speaker)
            nm_buf_printf(o, "%.*s: ", (int)(q->speaker.end - q->speaker.start),
                          a->text + q->speaker.start);
        for (size_t f = 0; f < q->n_frags; f++) {
            if (f)
                nm_buf_putc(o, ' ');
            nm_buf_append(o, a->text + q->frags[f].start, q->frags[f].end - q->frags[f].start);
        }
        nm_buf_putc(o, '\n');
    }
}

static bool step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE;
}

static bool upsert_id(sqlite3_stmt *st, int64_t *id)
{
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok)
        *id = sqlite3_column_int64(st, 0);
    ok = ok && sqlite3_step(st) == SQLITE_DONE;
    sqlite3_reset(st);
    return ok;
}

static const char *gender_str(nm_gender g)
{
    return g == NM_GENDER_MALE ? "m" : g == NM_GENDER_FEMALE ? "f" : NULL;
}

/* People, mentions, organizations, places and quotes of one article. */
/* Mentions, organizations, places and quotes: rows with code-point offsets. */
static bool add_located_rows(nm_store *s, const nm_article *a, int64_t art,
                             const int64_t *person_ids, nm_cp_index *cur)
{
    for (size_t i = 0; i < a->n_mentions; i++) {
        const nm_mention *m = &a->mentions[i];
        if (m->person < 0 || (size_t)m->person >= a->n_people)
            continue;
        sqlite3_stmt *st = store_stmt_get(s, ST_INS_MENTION);
        sqlite3_bind_int64(st, 1, art);
        sqlite3_bind_int64(st, 2, person_ids[m->person]);
        sqlite3_bind_int64(st, 3, (sqlite3_int64)nm_cp_index_at(cur, m->span.start));
        sqlite3_bind_int64(st, 4, (sqlite3_int64)nm_cp_index_at(cur, m->span.end));
        sqlite3_bind_int64(st, 5, m->person);
        if (!step_done(st))
            return false;
    }
    const struct {
        const char *kind;
        const nm_entity *items;
        size_t n;
    } groups[] = {{"organization", a->organizations, a->n_organizations},
                  {"place", a->places, a->n_places}};
    for (size_t g = 0; g < 2; g++)
        for (size_t i = 0; i < groups[g].n; i++) {
            if (!groups[g].items[i].name)
                continue;
            int64_t id;
            sqlite3_stmt *st = store_stmt_get(s, ST_UPSERT_ENTITY);
            sqlite3_bind_text(st, 1, groups[g].kind, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 2, groups[g].items[i].name, -1, SQLITE_STATIC);
            if (!upsert_id(st, &id))
                return false;
            st = store_stmt_get(s, ST_INS_ART_ENTITY);
            sqlite3_bind_int64(st, 1, art);
            sqlite3_bind_int64(st, 2, id);
            if (!step_done(st))
                return false;
        }
    for (size_t i = 0; i < a->n_quotes; i++) {
        const nm_quote *q = &a->quotes[i];
        if (!q->n_frags)
            continue;
        nm_buf *text = &s->scratch2, frags;
        nm_buf_init(&frags);
        nm_buf_reset(text);
        nm_buf_putc(&frags, '[');
        size_t start = 0, end = 0;
        for (size_t f = 0; f < q->n_frags; f++) {
            size_t fs = nm_cp_index_at(cur, q->frags[f].start);
            size_t fe = nm_cp_index_at(cur, q->frags[f].end);
            if (f == 0)
                start = fs;
            end = fe;
            nm_buf_printf(&frags, "%s[%zu,%zu]", f ? "," : "", fs, fe);
            if (f)
                nm_buf_putc(text, ' ');
            nm_buf_append(text, a->text + q->frags[f].start, q->frags[f].end - q->frags[f].start);
        }
        nm_buf_putc(&frags, ']');
        sqlite3_stmt *st = store_stmt_get(s, ST_INS_QUOTE);
        sqlite3_bind_int64(st, 1, art);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_text(st, 3, nm_quote_kind_str(q->kind), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, text->data ? text->data : "", (int)text->len, SQLITE_STATIC);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)start);
        sqlite3_bind_int64(st, 6, (sqlite3_int64)end);
        sqlite3_bind_text(st, 7, frags.data, (int)frags.len, SQLITE_STATIC);
        bind_text_or_null(st, 8, q->cue);
        bind_text_or_null(st, 9, nm_quote_speaker_name(a, q));
        if (q->has_speaker) {
            sqlite3_bind_text(st, 10, a->text + q->speaker.start,
                              (int)(q->speaker.end - q->speaker.start), SQLITE_STATIC);
            sqlite3_bind_int64(st, 11, (sqlite3_int64)nm_cp_index_at(cur, q->speaker.start));
            sqlite3_bind_int64(st, 12, (sqlite3_int64)nm_cp_index_at(cur, q->speaker.end));
        }
        if (q->person >= 0 && (size_t)q->person < a->n_people) {
            sqlite3_bind_int64(st, 13, person_ids[q->person]);
            sqlite3_bind_int64(st, 14, q->person);
        }
        bool ok = step_done(st);
        nm_buf_deinit(&frags);
        if (!ok)
            return false;
    }
    return true;
}

static bool add_analysis(nm_store *s, const nm_article *a, int64_t art)
{
    int64_t person_ids[a->n_people ? a->n_people : 1];
    for (size_t i = 0; i < a->n_people; i++) {
        const nm_person *p = &a->people[i];
        sqlite3_stmt *st = store_stmt_get(s, ST_UPSERT_PERSON);
        sqlite3_bind_text(st, 1, p->name ? p->name : "", -1, SQLITE_STATIC);
        if (!upsert_id(st, &person_ids[i]))
            return false;
        nm_buf_reset(&s->scratch2);
        json_string_array(&s->scratch2, p->aliases, p->n_aliases);
        st = store_stmt_get(s, ST_INS_ART_PERSON);
        sqlite3_bind_int64(st, 1, art);
        sqlite3_bind_int64(st, 2, person_ids[i]);
        sqlite3_bind_int64(st, 3, (sqlite3_int64)i);
        sqlite3_bind_text(st, 4, s->scratch2.data, (int)s->scratch2.len, SQLITE_STATIC);
        bind_text_or_null(st, 5, p->role);
        bind_text_or_null(st, 6, p->affiliation);
        bind_text_or_null(st, 7, gender_str(p->gender));
        if (!step_done(st))
            return false;
    }
    nm_cp_index cur;
    nm_cp_index_init(&cur, a->text ? a->text : "", a->text ? a->text_len : 0);
    bool ok = add_located_rows(s, a, art, person_ids, &cur);
    nm_cp_index_deinit(&cur);
    return ok;
}

/* "YYYY-MM-DD" of an ISO date, when it is a full date. */
static const char *story_day(const char *iso, char out[11])
{
    if (nm_iso_day(iso) == NM_NO_DAY)
        return NULL;
    memcpy(out, iso, 10);
    out[10] = '\0';
    return out;
}

static nm_story_state *active_story(nm_store *s, int64_t id)
{
    for (size_t i = 0; i < s->cluster.n_active; i++)
        if (s->cluster.active[i].id == id)
            return &s->cluster.active[i];
    return NULL;
}

/* The text the duplicate fingerprints are taken over: the body without a
 * leading headline paragraph, because outlets that reprint the same copy
 * rewrite its headline. An article that is all headline keeps it. */
static void fingerprint_text(const nm_article *a, const char **body, size_t *len)
{
    *body = a->text ? a->text : "";
    *len = a->text ? a->text_len : 0;
    if (!a->title)
        return;
    size_t tl = strlen(a->title);
    if (tl == 0 || *len <= tl + 2 || memcmp(*body, a->title, tl) != 0 ||
        memcmp(*body + tl, "\n\n", 2) != 0)
        return;
    *body += tl + 2;
    *len -= tl + 2;
}

static nm_status add_article(nm_store *s, const nm_article *a, const char *hash_hex,
                             nm_store_added *out, nm_error *err)
{
    const char *text, *body;
    size_t text_len, body_len;
    text = a->text ? a->text : "";
    text_len = a->text ? a->text_len : 0;
    fingerprint_text(a, &body, &body_len);
    char text_hash[17];
    hex64(nm_text_hash(body, body_len), text_hash);
    size_t shingles;
    uint64_t simhash = nm_simhash(body, body_len, &shingles);
    bool simhash_ok = shingles >= NM_NEAR_MIN_SHINGLES;
    nm_buf url_key;
    nm_buf_init(&url_key);
    bool has_url = nm_url_normalise(a->canonical_url ? a->canonical_url : a->url, &url_key);
    char day_buf[11];
    const char *day = story_day(a->date, day_buf);
    int32_t day_n = nm_iso_day(day);

    dup_match dup = {NM_DUP_NONE, 0, 0};
    find_duplicate(s, text_hash, has_url ? url_key.data : NULL, simhash, simhash_ok, &dup);

    /* An original: its terms update the frequencies, then it joins the
     * closest recent story or starts one. */
    nm_terms terms;
    nm_terms_init(&terms);
    nm_term_weight vec_items[NM_ARTICLE_TERMS];
    nm_vec vec = {vec_items, 0};
    nm_story_state *story = NULL;
    int64_t story_id = dup.story;
    bool new_story = false;
    nm_status st = NM_OK;
    if (dup.kind == NM_DUP_NONE) {
        if (!nm_terms_extract(a, &terms) || !nm_df_add(&s->cluster.df, &terms)) {
            st = nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", a->source);
            goto done;
        }
        nm_vec_build(&terms, &s->cluster.df, &vec);
        long best = nm_cluster_best(&s->cluster, &vec, day_n, NULL);
        if (best >= 0) {
            story = &s->cluster.active[best];
            story_id = story->id;
        } else {
            sqlite3_stmt *q = store_stmt_get(s, ST_INS_STORY);
            if (!step_done(q))
                goto db_fail;
            story_id = sqlite3_last_insert_rowid(s->db);
            story = nm_cluster_slot(&s->cluster);
            story->id = story_id;
            new_story = true;
        }
    }

    quotes_text(a, &s->scratch);
    nm_buf_reset(&s->scratch2);
    json_string_array(&s->scratch2, a->authors, a->n_authors);
    sqlite3_stmt *q = store_stmt_get(s, ST_INS_ARTICLE);
    sqlite3_bind_text(q, 1, a->id ? a->id : "-", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, a->source ? a->source : "-", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, hash_hex, -1, SQLITE_STATIC);
    bind_text_or_null(q, 4, a->url);
    bind_text_or_null(q, 5, a->canonical_url);
    bind_text_or_null(q, 6, a->title);
    bind_text_or_null(q, 7, a->date);
    bind_text_or_null(q, 8, a->modified);
    sqlite3_bind_text(q, 9, s->scratch2.data, (int)s->scratch2.len, SQLITE_STATIC);
    bind_text_or_null(q, 10, a->outlet);
    bind_text_or_null(q, 11, a->lang);
    sqlite3_bind_text(q, 12, text, (int)text_len, SQLITE_STATIC);
    if (s->scratch.len)
        sqlite3_bind_text(q, 13, s->scratch.data, (int)s->scratch.len, SQLITE_STATIC);
    sqlite3_bind_text(q, 14, text_hash, -1, SQLITE_STATIC);
    if (has_url)
        sqlite3_bind_text(q, 15, url_key.data, (int)url_key.len, SQLITE_STATIC);
    sqlite3_bind_int64(q, 16, (sqlite3_int64)simhash);
    if (dup.kind != NM_DUP_NONE) {
        sqlite3_bind_int64(q, 17, dup.article);
        sqlite3_bind_text(q, 18, nm_dup_kind_str(dup.kind), -1, SQLITE_STATIC);
    }
    sqlite3_bind_int64(q, 19, story_id);
    if (!step_done(q))
        goto db_fail;
    int64_t art = sqlite3_last_insert_rowid(s->db);

    if (dup.kind == NM_DUP_NONE) {
        q = store_stmt_get(s, ST_INS_FTS);
        sqlite3_bind_int64(q, 1, art);
        bind_text_or_null(q, 2, a->title);
        sqlite3_bind_text(q, 3, text, (int)text_len, SQLITE_STATIC);
        if (s->scratch.len)
            sqlite3_bind_text(q, 4, s->scratch.data, (int)s->scratch.len, SQLITE_STATIC);
        if (!step_done(q))
            goto db_fail;
        if (simhash_ok)
            for (int b = 0; b < 4; b++) {
                q = store_stmt_get(s, ST_INS_NEAR);
                sqlite3_bind_int64(q, 1, (sqlite3_int64)(((uint64_t)b << 16) |
                                                         ((simhash >> (16 * b)) & 0xffff)));
                sqlite3_bind_int64(q, 2, art);
                if (!step_done(q))
                    goto db_fail;
            }
    }
    if (!add_analysis(s, a, art))
        goto db_fail;

    q = store_stmt_get(s, ST_UPD_STORY_DATES);
    sqlite3_bind_int64(q, 1, story_id);
    bind_text_or_null(q, 2, a->title);
    bind_text_or_null(q, 3, day);
    if (!step_done(q))
        goto db_fail;
    if (story) {
        nm_story_add(story, &vec, day_n, art);
        char blob[sizeof story->terms];
        size_t blob_len = nm_story_terms_pack(story, blob);
        q = store_stmt_get(s, ST_UPD_STORY_CENTROID);
        sqlite3_bind_int64(q, 1, story_id);
        sqlite3_bind_int64(q, 2, art);
        sqlite3_bind_blob(q, 3, blob, (int)blob_len, SQLITE_STATIC);
        if (!step_done(q))
            goto db_fail;
    } else if ((story = active_story(s, story_id)) && day_n != NM_NO_DAY) {
        /* A duplicate widens its story's dates, in memory as on disk. */
        if (story->first_day == NM_NO_DAY || day_n < story->first_day)
            story->first_day = day_n;
        if (story->last_day == NM_NO_DAY || day_n > story->last_day)
            story->last_day = day_n;
    }
    if (out)
        *out = (nm_store_added){false, art, dup.kind, dup.article, story_id, new_story};
    goto done;
db_fail:
    st = store_db_error(s, err, a->source ? a->source : "storing an article");
done:
    nm_terms_deinit(&terms);
    nm_buf_deinit(&url_key);
    return st;
}

nm_status nm_store_add(nm_store *s, const nm_article *a, uint64_t content_hash,
                       nm_store_added *out, nm_error *err)
{
    if (s->read_only)
        return nm_error_set(err, NM_ERR_USAGE, NM_NO_OFFSET, "%s: store opened read-only",
                            s->path);
    if (s->broken)
        return nm_error_set(err, NM_ERR_DB, NM_NO_OFFSET,
                            "%s: store stopped after an earlier error", s->path);
    char hex[17];
    hex64(content_hash, hex);
    sqlite3_stmt *st = store_stmt_get(s, ST_CONTAINS);
    sqlite3_bind_text(st, 1, a->source ? a->source : "-", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, hex, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        if (out) {
            const char *kind = (const char *)sqlite3_column_text(st, 3);
            *out = (nm_store_added){true, sqlite3_column_int64(st, 0), NM_DUP_NONE,
                                    sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 1),
                                    false};
            out->dup = !kind ? NM_DUP_NONE
                       : !strcmp(kind, "url") ? NM_DUP_URL
                       : !strcmp(kind, "near") ? NM_DUP_NEAR
                                               : NM_DUP_TEXT;
        }
        sqlite3_reset(st);
        return NM_OK;
    }
    sqlite3_reset(st);
    nm_status rc = store_begin(s, err);
    if (rc != NM_OK)
        return rc;
    rc = add_article(s, a, hex, out, err);
    if (rc != NM_OK) {
        s->broken = true; /* memory and disk may disagree now: stop writing */
        return rc;
    }
    s->pending++;
    return store_maybe_commit(s, err);
}
