/* Online clustering: each article joins the most similar recent story
 * (cosine of TF-IDF vectors against story centroids) or starts one. */
#include "cluster.h"

#include "core/grow.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

bool nm_df_init(nm_df *df)
{
    memset(df, 0, sizeof *df);
    df->counts = calloc(NM_DF_SIZE, sizeof *df->counts);
    df->is_dirty = calloc(NM_DF_SIZE, 1);
    return df->counts && df->is_dirty;
}

void nm_df_deinit(nm_df *df)
{
    free(df->counts);
    free(df->dirty);
    free(df->is_dirty);
    memset(df, 0, sizeof *df);
}

size_t nm_df_bucket(uint64_t term)
{
    return (size_t)(term >> (64 - NM_DF_BITS));
}

bool nm_df_add(nm_df *df, const nm_terms *t)
{
    for (size_t i = 0; i < t->n; i++) {
        size_t b = nm_df_bucket(t->items[i].term);
        df->counts[b]++;
        if (df->is_dirty[b])
            continue;
        if (!nm_grow((void **)&df->dirty, &df->cap_dirty, df->n_dirty, sizeof *df->dirty, 4096))
            return false;
        df->is_dirty[b] = 1;
        df->dirty[df->n_dirty++] = (uint32_t)b;
    }
    df->n_docs++;
    return true;
}

void nm_df_clean(nm_df *df)
{
    for (size_t i = 0; i < df->n_dirty; i++)
        df->is_dirty[df->dirty[i]] = 0;
    df->n_dirty = 0;
}

/* Heaviest first; ties by term so the choice never depends on sort order. */
static int by_weight(const void *a, const void *b)
{
    const nm_term_weight *x = a, *y = b;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->term < y->term ? -1 : x->term > y->term;
}

static int by_term(const void *a, const void *b)
{
    const nm_term_weight *x = a, *y = b;
    return x->term < y->term ? -1 : x->term > y->term;
}

void nm_vec_build(const nm_terms *t, const nm_df *df, nm_vec *out)
{
    /* Keep the heaviest NM_ARTICLE_TERMS in a small min-heap-free pass:
     * collect all, sort, cut. Articles have at most a few thousand terms. */
    out->n = 0;
    nm_term_weight *all = malloc((t->n ? t->n : 1) * sizeof *all);
    if (!all)
        return;
    double n_docs = (double)df->n_docs;
    for (size_t i = 0; i < t->n; i++) {
        double d = df->counts[nm_df_bucket(t->items[i].term)];
        double damp = n_docs >= NM_IDF_FULL_DOCS ? 1.0 : n_docs / NM_IDF_FULL_DOCS;
        double idf = damp * log((n_docs + 1.0) / (d + 1.0)) + 1.0;
        all[i].term = t->items[i].term;
        all[i].w = (1.0 + log((double)t->items[i].count)) * idf;
    }
    size_t n = t->n;
    qsort(all, n, sizeof *all, by_weight);
    if (n > NM_ARTICLE_TERMS)
        n = NM_ARTICLE_TERMS;
    double norm = 0;
    for (size_t i = 0; i < n; i++)
        norm += all[i].w * all[i].w;
    norm = sqrt(norm);
    for (size_t i = 0; i < n; i++) {
        out->items[i] = all[i];
        out->items[i].w = norm > 0 ? all[i].w / norm : 0;
    }
    out->n = n;
    qsort(out->items, n, sizeof *out->items, by_term);
    free(all);
}

bool nm_cluster_init(nm_cluster *c)
{
    memset(c, 0, sizeof *c);
    c->active = calloc(NM_ACTIVE_STORIES, sizeof *c->active);
    return c->active && nm_df_init(&c->df);
}

void nm_cluster_deinit(nm_cluster *c)
{
    free(c->active);
    nm_df_deinit(&c->df);
    memset(c, 0, sizeof *c);
}

static double dot(const nm_vec *v, const nm_story_state *s)
{
    double sum = 0;
    size_t i = 0, j = 0;
    while (i < v->n && j < s->n_terms) {
        if (v->items[i].term < s->terms[j].term)
            i++;
        else if (v->items[i].term > s->terms[j].term)
            j++;
        else
            sum += v->items[i++].w * s->terms[j++].w;
    }
    return sum;
}

static bool in_window(const nm_story_state *s, int32_t day)
{
    if (day == NM_NO_DAY || s->first_day == NM_NO_DAY)
        return true;
    return day >= s->first_day - NM_STORY_WINDOW_DAYS && day <= s->last_day + NM_STORY_WINDOW_DAYS;
}

long nm_cluster_best(const nm_cluster *c, const nm_vec *v, int32_t day, double *sim)
{
    long best = -1;
    double best_sim = 0;
    for (size_t i = 0; i < c->n_active; i++) {
        const nm_story_state *s = &c->active[i];
        if (s->norm <= 0 || !in_window(s, day))
            continue;
        double cs = dot(v, s) / s->norm;
        if (cs < NM_STORY_MIN_SIM)
            continue;
        if (best < 0 || cs > best_sim || (cs == best_sim && s->id < c->active[best].id)) {
            best = (long)i;
            best_sim = cs;
        }
    }
    if (sim)
        *sim = best_sim;
    return best;
}

void nm_story_add(nm_story_state *s, const nm_vec *v, int32_t day, int64_t article)
{
    nm_term_weight merged[NM_STORY_TERMS + NM_ARTICLE_TERMS];
    size_t n = 0, i = 0, j = 0;
    while (i < s->n_terms || j < v->n) {
        if (j >= v->n || (i < s->n_terms && s->terms[i].term < v->items[j].term))
            merged[n++] = s->terms[i++];
        else if (i >= s->n_terms || v->items[j].term < s->terms[i].term)
            merged[n++] = v->items[j++];
        else {
            merged[n] = s->terms[i++];
            merged[n++].w += v->items[j++].w;
        }
    }
    if (n > NM_STORY_TERMS) {
        qsort(merged, n, sizeof *merged, by_weight);
        n = NM_STORY_TERMS;
        qsort(merged, n, sizeof *merged, by_term);
    }
    memcpy(s->terms, merged, n * sizeof *merged);
    s->n_terms = n;
    double norm = 0;
    for (size_t k = 0; k < n; k++)
        norm += s->terms[k].w * s->terms[k].w;
    s->norm = sqrt(norm);
    if (day != NM_NO_DAY) {
        if (s->first_day == NM_NO_DAY || day < s->first_day)
            s->first_day = day;
        if (s->last_day == NM_NO_DAY || day > s->last_day)
            s->last_day = day;
    }
    s->last_article = article;
}

nm_story_state *nm_cluster_slot(nm_cluster *c)
{
    size_t at = c->n_active;
    if (c->n_active == NM_ACTIVE_STORIES) {
        at = 0;
        for (size_t i = 1; i < c->n_active; i++)
            if (c->active[i].last_article < c->active[at].last_article)
                at = i;
    } else {
        c->n_active++;
    }
    memset(&c->active[at], 0, sizeof c->active[at]);
    return &c->active[at];
}

/* Days from the civil date (proleptic Gregorian), after H. Hinnant's
 * well-known days_from_civil derivation. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int32_t nm_iso_day(const char *iso)
{
    if (!iso)
        return NM_NO_DAY;
    for (int i = 0; i < 10; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? iso[i] != '-' : (iso[i] < '0' || iso[i] > '9'))
            return NM_NO_DAY;
    }
    int y = atoi(iso), m = atoi(iso + 5), d = atoi(iso + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return NM_NO_DAY;
    return (int32_t)(days_from_civil(y, m, d) + NM_DAY_BIAS);
}

size_t nm_story_terms_pack(const nm_story_state *s, void *buf)
{
    memcpy(buf, s->terms, s->n_terms * sizeof *s->terms);
    return s->n_terms * sizeof *s->terms;
}

void nm_story_terms_unpack(nm_story_state *s, const void *blob, size_t len)
{
    size_t n = len / sizeof *s->terms;
    if (n > NM_STORY_TERMS)
        n = NM_STORY_TERMS;
    memcpy(s->terms, blob, n * sizeof *s->terms);
    s->n_terms = n;
    double norm = 0;
    for (size_t k = 0; k < n; k++)
        norm += s->terms[k].w * s->terms[k].w;
    s->norm = sqrt(norm);
}
