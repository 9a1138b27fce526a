/* Ordered parallel processing: a bounded ring of jobs, N workers, results
 * handed over strictly in input order so output never depends on timing. */
#include "runner.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Input bytes copied into the ring and not yet delivered, across all jobs.
 * With -j N the ring holds 4N documents; without this bound a WARC of big
 * records would hold 4N copies of them at once. One document alone may
 * exceed it (it then runs by itself). */
#define NM_RUNNER_MAX_INFLIGHT_BYTES ((size_t)256 * 1024 * 1024)

void runner_report(const char *level, const nm_error *err)
{
    if (err->line > 0)
        fprintf(stderr, "newsmon: %s%s (line %ld)\n", level, err->msg, err->line);
    else if (err->offset != NM_NO_OFFSET)
        fprintf(stderr, "newsmon: %s%s (byte %llu)\n", level, err->msg,
                (unsigned long long)err->offset);
    else
        fprintf(stderr, "newsmon: %s%s\n", level, err->msg);
}

typedef struct job {
    nm_doc doc;        /* deep copy: readers' pointers die after the callback */
    char *strings[9];  /* owned copies behind doc's pointers */
    char *data;
    bool failed_copy; /* the copy itself failed: nothing to process */
    bool done;
    runner_item item;
} job;

typedef struct runner {
    const runner_cfg *cfg;
    runner_stats stats;
    job *ring;
    size_t ring_size;
    size_t next_seq;     /* next sequence number to enqueue */
    size_t next_work;    /* next sequence a worker should take */
    size_t next_out;     /* next sequence to hand to the consumer */
    size_t inflight;     /* input bytes enqueued and not yet delivered */
    bool closing;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done;
} runner;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void job_release(job *j)
{
    for (size_t i = 0; i < sizeof j->strings / sizeof *j->strings; i++)
        free(j->strings[i]);
    free(j->data);
    free(j->item.source);
    nm_article_free(j->item.article);
    nm_buf_deinit(&j->item.rendered);
    memset(j, 0, sizeof *j);
}

static bool job_fill(job *j, const nm_doc *d, size_t seq)
{
    memset(j, 0, sizeof *j);
    j->doc = *d;
    const char **fields[] = {&j->doc.id, &j->doc.source, &j->doc.charset, &j->doc.url,
                             &j->doc.date, &j->doc.title, &j->doc.authors, &j->doc.meta};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        j->strings[i] = dup_or_null(*fields[i]);
        if (*fields[i] && !j->strings[i])
            return false;
        *fields[i] = j->strings[i];
    }
    j->data = malloc(d->len ? d->len : 1);
    if (!j->data)
        return false;
    memcpy(j->data, d->data, d->len);
    j->doc.data = j->data;
    j->item.seq = seq;
    j->item.source = dup_or_null(d->source);
    j->item.bytes = d->len;
    nm_buf_init(&j->item.rendered);
    return true;
}

static void job_process(job *j, const runner_cfg *cfg)
{
    runner_item *it = &j->item;
    nm_error_clear(&it->err);
    it->content_hash = nm_content_hash(j->doc.data, j->doc.len);
    it->status = nm_process(&j->doc, &cfg->opts, &it->article, &it->err);
    if (it->status == NM_OK && cfg->render &&
        !cfg->render(it->article, &it->rendered, cfg->user)) {
        it->status = nm_error_set(&it->err, NM_ERR_NOMEM, NM_NO_OFFSET,
                                  "%s: out of memory while writing", j->doc.source);
    }
    /* The input bytes are not needed once processed. */
    free(j->data);
    j->data = NULL;
}

static void warn_article(const runner_item *it)
{
    const nm_article *a = it->status == NM_OK ? it->article : NULL;
    if (a && a->invalid_bytes && a->first_invalid != NM_NO_OFFSET)
        fprintf(stderr, "newsmon: warning: %s: %zu invalid byte%s replaced (first at byte %llu)\n",
                it->source, a->invalid_bytes, a->invalid_bytes == 1 ? "" : "s",
                (unsigned long long)a->first_invalid);
    else if (a && a->invalid_bytes)
        fprintf(stderr, "newsmon: warning: %s: %zu invalid byte%s replaced\n", it->source,
                a->invalid_bytes, a->invalid_bytes == 1 ? "" : "s");
    if (it->status == NM_OK && it->article->warning)
        fprintf(stderr, "newsmon: warning: %s: %s\n", it->source, it->article->warning);
}

static void deliver(runner *r, runner_item *it)
{
    r->stats.documents++;
    r->stats.bytes += it->bytes;
    if (it->status == NM_OK) {
        r->stats.articles++;
        warn_article(it);
    }
    else if (it->status == NM_ERR_NO_ARTICLE) {
        r->stats.no_article++;
        if (!r->cfg->quiet)
            runner_report("warning: ", &it->err);
    } else {
        r->stats.failed++;
        runner_report("", &it->err);
    }
    r->cfg->consume(it, r->cfg->user);
}

/* -j 1: everything on the calling thread. */
static bool inline_doc(const nm_doc *d, void *user)
{
    runner *r = user;
    job j;
    if (!job_fill(&j, d, r->next_seq++)) {
        job_release(&j);
        fprintf(stderr, "newsmon: %s: out of memory\n", d->source);
        r->stats.failed++;
        return true;
    }
    job_process(&j, r->cfg);
    deliver(r, &j.item);
    job_release(&j);
    return true;
}

static void *worker_main(void *arg)
{
    runner *r = arg;
    pthread_mutex_lock(&r->mu);
    for (;;) {
        while (r->next_work == r->next_seq && !r->closing)
            pthread_cond_wait(&r->cv_work, &r->mu);
        if (r->next_work == r->next_seq && r->closing)
            break;
        job *j = &r->ring[r->next_work % r->ring_size];
        r->next_work++;
        pthread_mutex_unlock(&r->mu);
        if (!j->failed_copy)
            job_process(j, r->cfg);
        pthread_mutex_lock(&r->mu);
        j->done = true;
        pthread_cond_broadcast(&r->cv_done);
    }
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

/* Hand finished jobs to the consumer in order; called with the lock held.
 * Unless `all`, returns as soon as a job of `incoming` bytes fits: a free
 * ring slot and room under NM_RUNNER_MAX_INFLIGHT_BYTES. */
static void drain(runner *r, bool all, size_t incoming)
{
    for (;;) {
        if (r->next_out == r->next_seq)
            return;
        job *j = &r->ring[r->next_out % r->ring_size];
        if (!j->done) {
            bool full = r->next_seq - r->next_out >= r->ring_size;
            bool heavy = r->inflight + incoming > NM_RUNNER_MAX_INFLIGHT_BYTES;
            if (!all && !full && !heavy)
                return;
            pthread_cond_wait(&r->cv_done, &r->mu);
            continue;
        }
        size_t bytes = j->item.bytes;
        pthread_mutex_unlock(&r->mu);
        deliver(r, &j->item);
        job_release(j);
        pthread_mutex_lock(&r->mu);
        r->inflight -= bytes;
        r->next_out++;
    }
}

static bool threaded_doc(const nm_doc *d, void *user)
{
    runner *r = user;
    pthread_mutex_lock(&r->mu);
    drain(r, false, d->len); /* waits while the ring is full or too heavy */
    job *j = &r->ring[r->next_seq % r->ring_size];
    pthread_mutex_unlock(&r->mu);
    bool ok = job_fill(j, d, r->next_seq);
    pthread_mutex_lock(&r->mu);
    if (!ok) {
        j->failed_copy = true;
        j->item.status = nm_error_set(&j->item.err, NM_ERR_NOMEM, NM_NO_OFFSET,
                                      "%s: out of memory", d->source);
    }
    j->item.bytes = d->len; /* job_fill may have failed before setting it */
    r->inflight += d->len;
    r->next_seq++;
    pthread_cond_signal(&r->cv_work);
    pthread_mutex_unlock(&r->mu);
    return true;
}

static void reader_warn(const char *source, const nm_error *err, void *user)
{
    runner *r = user;
    (void)source;
    if (err->code == NM_ERR_UNSUPPORTED) {
        r->stats.warnings++;
        if (!r->cfg->quiet)
            runner_report("warning: ", err);
    } else {
        runner_report("", err);
    }
}

runner_stats runner_run(char *const *inputs, size_t n_inputs, const runner_cfg *cfg)
{
    runner r;
    memset(&r, 0, sizeof r);
    r.cfg = cfg;
    int jobs = cfg->jobs < 1 ? 1 : cfg->jobs;
    pthread_t *threads = NULL;
    if (jobs > 1) {
        r.ring_size = (size_t)jobs * 4;
        r.ring = calloc(r.ring_size, sizeof *r.ring);
        threads = calloc((size_t)jobs, sizeof *threads);
        if (!r.ring || !threads) {
            free(r.ring);
            free(threads);
            jobs = 1;
        } else {
            pthread_mutex_init(&r.mu, NULL);
            pthread_cond_init(&r.cv_work, NULL);
            pthread_cond_init(&r.cv_done, NULL);
            for (int i = 0; i < jobs; i++)
                pthread_create(&threads[i], NULL, worker_main, &r);
        }
    }
    nm_reader_opts ropts = {cfg->opts.as, reader_warn, &r};
    for (size_t i = 0; i < n_inputs; i++) {
        nm_error err;
        size_t failed = 0;
        nm_status st = nm_read_input(inputs[i], &ropts, jobs > 1 ? threaded_doc : inline_doc,
                                     &r, &failed, &err);
        r.stats.failed += failed;
        if (st == NM_ERR_UNSUPPORTED) {
            r.stats.warnings++;
            if (!cfg->quiet)
                runner_report("warning: ", &err);
        } else if (st != NM_OK) {
            r.stats.failed++;
            runner_report("", &err);
        }
    }
    if (jobs > 1) {
        pthread_mutex_lock(&r.mu);
        drain(&r, true, 0);
        r.closing = true;
        pthread_cond_broadcast(&r.cv_work);
        pthread_mutex_unlock(&r.mu);
        for (int i = 0; i < jobs; i++)
            pthread_join(threads[i], NULL);
        free(threads);
        free(r.ring);
        pthread_mutex_destroy(&r.mu);
        pthread_cond_destroy(&r.cv_work);
        pthread_cond_destroy(&r.cv_done);
    }
    return r.stats;
}
