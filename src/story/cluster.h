/* Internal: online story clustering. Pure computation; the store persists
 * the state (document frequencies, story centroids) in the transaction that
 * adds the article, so a resumed run reaches the same decisions. */
#ifndef NM_STORY_CLUSTER_H
#define NM_STORY_CLUSTER_H

#include "terms.h"

/* Terms kept per article: the heaviest ones carry the topic; the tail is
 * noise that only dilutes the cosine. */
#define NM_ARTICLE_TERMS 48
/* Terms kept per story centroid: room for the vocabulary of several
 * articles about one event, bounded so a story costs a fixed amount. */
#define NM_STORY_TERMS 96
/* Minimum cosine between an article and a story centroid to join it.
 * Reports of one event share names, places and event words well above it
 * (the two seed reports of Moscow's view of the Trump-Kim summit: 0.43);
 * articles that merely share a country or a politician stay below it.
 * Tuned on the seeds against ~1,000 unrelated news texts. */
#define NM_STORY_MIN_SIM 0.35
/* An article dated more than this many days outside a story's dated range
 * starts a new story: the same words a month later are usually a new
 * event. Articles or stories without a date are never split by time. */
#define NM_STORY_WINDOW_DAYS 5
/* Below this many stored articles, document frequencies say little (in
 * five reports of one event, the event's own names are in every one and
 * would weigh least): the idf part of the weights grows with the store
 * from nothing to full here. */
#define NM_IDF_FULL_DOCS 200.0
/* Stories compared with each new article: the most recently extended
 * ones. Bounds the work and memory per article whatever the corpus size. */
#define NM_ACTIVE_STORIES 2048
/* Document-frequency table: term hashes fold into this many counters
 * (2^20 × 4 bytes = 4 MB, fixed), so memory never grows with the
 * vocabulary; a rare collision only lowers one term's weight a little. */
#define NM_DF_BITS 20
#define NM_DF_SIZE ((size_t)1 << NM_DF_BITS)

/* No date: days are counted from 1970-01-01, so 0 can never be a date here
 * (days before 1970 are shifted by NM_DAY_BIAS). */
#define NM_NO_DAY 0
#define NM_DAY_BIAS 1000000

typedef struct nm_term_weight {
    uint64_t term;
    double w;
} nm_term_weight;

/* Sparse vector, sorted by term. */
typedef struct nm_vec {
    nm_term_weight *items;
    size_t n;
} nm_vec;

typedef struct nm_df {
    uint32_t *counts;   /* NM_DF_SIZE counters */
    uint32_t *dirty;    /* buckets changed since the last flush */
    size_t n_dirty, cap_dirty;
    uint8_t *is_dirty;  /* NM_DF_SIZE flags */
    uint64_t n_docs;    /* articles counted */
} nm_df;

bool nm_df_init(nm_df *df);
void nm_df_deinit(nm_df *df);
size_t nm_df_bucket(uint64_t term);
/* Count one article's terms (each once). False on OOM. */
bool nm_df_add(nm_df *df, const nm_terms *t);
/* Forget the dirty list (after the store wrote it). */
void nm_df_clean(nm_df *df);

/* Article vector: (1 + ln tf) × idf for its heaviest NM_ARTICLE_TERMS
 * terms, unit length, sorted by term. `out->items` must hold
 * NM_ARTICLE_TERMS entries. */
void nm_vec_build(const nm_terms *t, const nm_df *df, nm_vec *out);

typedef struct nm_story_state {
    int64_t id;
    int64_t last_article;  /* row id of the latest member: recency order */
    int32_t first_day, last_day; /* dated range, NM_NO_DAY when undated */
    nm_term_weight terms[NM_STORY_TERMS]; /* centroid (sum of member vectors) */
    size_t n_terms;
    double norm;
} nm_story_state;

typedef struct nm_cluster {
    nm_story_state *active; /* up to NM_ACTIVE_STORIES, unordered */
    size_t n_active;
    nm_df df;
} nm_cluster;

bool nm_cluster_init(nm_cluster *c);
void nm_cluster_deinit(nm_cluster *c);

/* Index of the best active story for `v` dated `day` (or NM_NO_DAY), or
 * -1 when none reaches NM_STORY_MIN_SIM. Ties go to the lower story id. */
long nm_cluster_best(const nm_cluster *c, const nm_vec *v, int32_t day, double *sim);

/* Add a member's vector to a story: centroid, dates, recency. */
void nm_story_add(nm_story_state *s, const nm_vec *v, int32_t day, int64_t article);

/* Make room for a new story (evicting the least recently extended when
 * full) and return its zeroed slot. */
nm_story_state *nm_cluster_slot(nm_cluster *c);

/* Days since 1970-01-01 plus NM_DAY_BIAS from an ISO date's "YYYY-MM-DD"
 * prefix, or NM_NO_DAY. */
int32_t nm_iso_day(const char *iso);

/* Centroid blob: n × (int64 term, double weight), little-endian as in
 * memory. */
size_t nm_story_terms_pack(const nm_story_state *s, void *buf);
void nm_story_terms_unpack(nm_story_state *s, const void *blob, size_t len);

#endif
