/* Internal: the digest of one story, built once from its articles and then
 * handed to one renderer per output format (render_md.c, render_json.c,
 * render_html.c). Everything in the model lives in its arena; strings that
 * point into the articles stay valid while the articles live. */
#ifndef NM_DIGEST_MODEL_H
#define NM_DIGEST_MODEL_H

#include "newsmon.h"

/* A summary has at most this many sentences (the brief: 2-3). */
#define NM_DIGEST_SUMMARY_MAX 3

/* One thing said: a direct quote or a reported statement, with every
 * article of the story that carries it (near-duplicates share lines). */
typedef struct nm_digest_statement {
    nm_quote_kind kind;
    const char *text;      /* fragments joined by one space (arena) */
    const char *display;   /* as shown to readers: fragments joined by " … "
                            * without the commas that led to the attribution;
                            * a reported clause without its leading "that" */
    const char *cue;       /* "says", "noting", or NULL */
    const char *mention;   /* the words at the attribution ("experts") */
    size_t *articles;      /* indexes into the model's articles */
    size_t n_articles;
    size_t order;          /* position in reading order, for stable output */
} nm_digest_statement;

typedef struct nm_digest_speaker {
    const char *name;        /* fullest form across the story */
    const char *role;        /* or NULL */
    const char *affiliation; /* or NULL */
    const char **aliases;    /* other names merged into this speaker */
    size_t n_aliases;
    nm_digest_statement *statements;
    size_t n_statements;
    size_t first;            /* order of its first statement */
} nm_digest_speaker;

typedef struct nm_digest_sentence {
    const char *text; /* points into the article's text (not NUL-ended) */
    size_t len;
    size_t article;
} nm_digest_sentence;

typedef struct nm_digest_date {
    const char *text;    /* as written (arena copy) */
    const char *iso;     /* "YYYY-MM-DD", "YYYY-MM", or NULL if still unknown */
    bool inferred;       /* the year came from another date of the story */
    size_t article;
} nm_digest_date;

typedef struct nm_digest_model {
    nm_arena *arena;
    nm_article *const *articles;
    size_t n_articles;
    const char *headline;  /* best title, or NULL when no article has one */
    size_t headline_article;
    nm_digest_sentence summary[NM_DIGEST_SUMMARY_MAX];
    size_t n_summary;
    nm_digest_speaker *speakers; /* most statements first */
    size_t n_speakers;
    nm_digest_statement *unnamed; /* a source is named but is no person */
    size_t n_unnamed;
    nm_digest_date *dates;       /* distinct dates, in calendar order */
    size_t n_dates;
    const char *date_first;      /* earliest and latest article dates */
    const char *date_last;
} nm_digest_model;

/* Build the model of articles[0..n). NM_OK or NM_ERR_NOMEM; on success the
 * caller frees it with nm_digest_model_free. */
nm_status nm_digest_model_build(nm_article *const *articles, size_t n, nm_digest_model *out);
void nm_digest_model_free(nm_digest_model *m);

/* Parts of the build, one file each. */
/* summary.c: headline and extractive summary. */
bool nm_digest_summarise(nm_digest_model *m);
/* speakers.c: who said what, speakers merged across articles. */
bool nm_digest_group_speakers(nm_digest_model *m);
/* story_dates.c: dates of the story, yearless ones dated by the others. */
bool nm_digest_collect_dates(nm_digest_model *m);

/* Renderers: append the model to out. */
bool nm_digest_render_md(const nm_digest_model *m, nm_buf *out);
bool nm_digest_render_json(const nm_digest_model *m, nm_buf *out);
bool nm_digest_render_html(const nm_digest_model *m, nm_buf *out);

/* The words of a statement as shown to a reader (md, html): st->display,
 * or st->text when the statement was built without one. */
const char *nm_digest_display_text(const nm_digest_statement *st, size_t *len);

/* Growable arena array helper: ensure room for one more element. */
void *nm_digest_push(nm_arena *arena, void **items, size_t *n, size_t *cap, size_t elem);

#endif
