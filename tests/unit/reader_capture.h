/* Test helper shared by the reader tests (WARC, JSON lines, feeds): collects
 * what a reader hands out — documents (copied, since the reader's pointers
 * die after the callback) and warnings. Header-only: each test includes it
 * once. A NULL string is copied as "(null)". */
#ifndef NM_TEST_READER_CAPTURE_H
#define NM_TEST_READER_CAPTURE_H

#include <stdio.h>
#include <string.h>

#include "newsmon.h"

#define MAX_DOCS 64

typedef struct got_doc {
    char id[128], url[128], title[128], date[40], authors[128], charset[32];
    char source[160], body[512];
    size_t len;
    nm_content_kind kind;
    uint64_t offset;
    long line;
} got_doc;

typedef struct got {
    got_doc docs[MAX_DOCS];
    size_t n;
    size_t warnings;                /* every report */
    size_t notes;                   /* reports that are notes (NM_ERR_UNSUPPORTED) */
    long warn_lines[MAX_DOCS];      /* line of each report */
    uint64_t last_warn_offset;
    char last_warn[512];
} got;

static void copy(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "(null)");
}

static bool on_doc(const nm_doc *d, void *user)
{
    got *g = user;
    if (g->n < MAX_DOCS) {
        got_doc *o = &g->docs[g->n];
        copy(o->id, sizeof o->id, d->id);
        copy(o->url, sizeof o->url, d->url);
        copy(o->title, sizeof o->title, d->title);
        copy(o->date, sizeof o->date, d->date);
        copy(o->authors, sizeof o->authors, d->authors);
        copy(o->charset, sizeof o->charset, d->charset);
        copy(o->source, sizeof o->source, d->source);
        size_t n = d->len < sizeof o->body - 1 ? d->len : sizeof o->body - 1;
        memcpy(o->body, d->data, n);
        o->body[n] = '\0';
        o->len = d->len;
        o->kind = d->kind;
        o->offset = d->offset;
        o->line = d->line;
    }
    g->n++;
    return true;
}

static void on_warn(const char *source, const nm_error *err, void *user)
{
    (void)source;
    got *g = user;
    if (g->warnings < MAX_DOCS)
        g->warn_lines[g->warnings] = err->line;
    g->warnings++;
    if (err->code == NM_ERR_UNSUPPORTED)
        g->notes++;
    g->last_warn_offset = err->offset;
    copy(g->last_warn, sizeof g->last_warn, err->msg);
}

#endif
