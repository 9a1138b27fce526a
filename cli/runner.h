/* The CLI's document pipeline: read every INPUT, process documents on N
 * worker threads, hand results to the consumer in input order. Shared by
 * extract, digest, quotes and ingest. */
#ifndef NM_CLI_RUNNER_H
#define NM_CLI_RUNNER_H

#include "newsmon.h"

typedef struct runner_item {
    size_t seq;          /* position in input order */
    char *source;        /* document source (for messages) */
    nm_status status;    /* NM_OK, NM_ERR_NO_ARTICLE (warning) or an error */
    nm_error err;
    nm_article *article; /* on NM_OK; the consumer may take it (set to NULL) */
    nm_buf rendered;     /* what `render` produced in the worker */
    size_t bytes;        /* input size of the document */
    uint64_t content_hash; /* nm_content_hash of the input bytes (the store's key) */
} runner_item;

typedef struct runner_cfg {
    int jobs;                 /* worker threads; 1 = inline, no threads */
    nm_options opts;
    /* Optional, runs on the worker: turn the article into output bytes. */
    bool (*render)(const nm_article *a, nm_buf *out, void *user);
    /* Runs on the calling thread, in input order, once per document. */
    void (*consume)(runner_item *item, void *user);
    void *user;
    bool quiet;               /* no warnings on stderr */
} runner_cfg;

typedef struct runner_stats {
    size_t documents;   /* documents seen */
    size_t articles;    /* articles produced */
    size_t no_article;  /* documents without article text (warnings) */
    size_t failed;      /* inputs or members that could not be read */
    size_t warnings;    /* skipped files and other notes */
    size_t bytes;       /* input bytes of all documents */
} runner_stats;

/* Run every input; returns the stats. Errors are printed as
 * "newsmon: SOURCE: message" on stderr. */
runner_stats runner_run(char *const *inputs, size_t n_inputs, const runner_cfg *cfg);

/* Print "newsmon: <msg> (byte N | line N)" for an error on stderr. */
void runner_report(const char *level, const nm_error *err);

#endif
