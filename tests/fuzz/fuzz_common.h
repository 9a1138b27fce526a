/* Shared by every fuzz target: run a document through the pipeline and
 * check the article record's invariants (include/newsmon.h), so the fuzzers
 * find wrong offsets and invalid output as well as memory errors.
 * A broken invariant calls abort(), which libFuzzer reports as a crash. */
#ifndef NM_FUZZ_COMMON_H
#define NM_FUZZ_COMMON_H

#include "newsmon.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Documents processed per container input: enough to reach every reader
 * state, few enough that one input never nears the -timeout. */
#define FUZZ_MAX_DOCS_PER_INPUT 64

#define FUZZ_CHECK(cond)                                                        \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #cond,      \
                    __FILE__, __LINE__);                                        \
            abort();                                                            \
        }                                                                       \
    } while (0)

static inline void fuzz_check_utf8(const char *s, size_t len)
{
    for (size_t i = 0; i < len;)
        FUZZ_CHECK(nm_utf8_decode(s, len, &i) >= 0);
}

static inline void fuzz_check_string(const char *what, const char *s)
{
    if (!s)
        return;
    for (size_t i = 0, len = strlen(s); i < len;)
        if (nm_utf8_decode(s, len, &i) < 0) {
            fprintf(stderr, "fuzz: article field %s is not UTF-8\n", what);
            FUZZ_CHECK(!"every string of an article is UTF-8");
        }
}

/* A range must lie inside the text and start and end on code points. */
static inline void fuzz_check_range(const nm_article *a, nm_range r)
{
    FUZZ_CHECK(r.start <= r.end);
    FUZZ_CHECK(r.end <= a->text_len);
    FUZZ_CHECK(r.start == a->text_len || ((unsigned char)a->text[r.start] & 0xC0) != 0x80);
    FUZZ_CHECK(r.end == a->text_len || ((unsigned char)a->text[r.end] & 0xC0) != 0x80);
}

static inline void fuzz_check_article(const nm_article *a)
{
    FUZZ_CHECK(a->arena != NULL);
    FUZZ_CHECK(a->text != NULL);
    FUZZ_CHECK(a->text[a->text_len] == '\0');
    fuzz_check_utf8(a->text, a->text_len);
    fuzz_check_string("id", a->id);
    fuzz_check_string("source", a->source);
    fuzz_check_string("url", a->url);
    fuzz_check_string("canonical_url", a->canonical_url);
    fuzz_check_string("title", a->title);
    fuzz_check_string("date", a->date);
    fuzz_check_string("modified", a->modified);
    fuzz_check_string("outlet", a->outlet);
    fuzz_check_string("lang", a->lang);
    for (size_t i = 0; i < a->n_authors; i++) {
        FUZZ_CHECK(a->authors[i] != NULL);
        fuzz_check_string("authors[]", a->authors[i]);
    }
    for (size_t i = 0; i < a->n_people; i++) {
        FUZZ_CHECK(a->people[i].name != NULL);
        fuzz_check_string("people[].name", a->people[i].name);
        fuzz_check_string("people[].role", a->people[i].role);
        fuzz_check_string("people[].affiliation", a->people[i].affiliation);
        for (size_t k = 0; k < a->people[i].n_aliases; k++) {
            FUZZ_CHECK(a->people[i].aliases[k] != NULL);
            fuzz_check_string("people[].aliases[]", a->people[i].aliases[k]);
        }
    }
    for (size_t i = 0; i < a->n_mentions; i++) {
        fuzz_check_range(a, a->mentions[i].span);
        FUZZ_CHECK(a->mentions[i].person >= 0 && (size_t)a->mentions[i].person < a->n_people);
        if (i > 0)
            FUZZ_CHECK(a->mentions[i - 1].span.start <= a->mentions[i].span.start);
    }
    for (size_t i = 0; i < a->n_quotes; i++) {
        const nm_quote *q = &a->quotes[i];
        for (size_t f = 0; f < q->n_frags; f++)
            fuzz_check_range(a, q->frags[f]);
        if (q->has_speaker)
            fuzz_check_range(a, q->speaker);
        FUZZ_CHECK(q->person >= -1 && (q->person < 0 || (size_t)q->person < a->n_people));
    }
    for (size_t i = 0; i < a->n_dates; i++) {
        fuzz_check_range(a, a->dates[i].span);
        fuzz_check_string("dates[].iso", a->dates[i].iso);
    }
    for (size_t i = 0; i < a->n_organizations; i++) {
        FUZZ_CHECK(a->organizations[i].name != NULL);
        fuzz_check_string("organizations[]", a->organizations[i].name);
    }
    for (size_t i = 0; i < a->n_places; i++) {
        FUZZ_CHECK(a->places[i].name != NULL);
        fuzz_check_string("places[]", a->places[i].name);
    }
    for (size_t i = 0; i < a->n_quotes; i++)
        fuzz_check_string("quotes[].cue", a->quotes[i].cue);
    FUZZ_CHECK(a->invalid_bytes == 0 || a->first_invalid != NM_NO_OFFSET);
}

/* Every writer must succeed, and the JSON record must parse as JSON (which
 * also proves it is valid UTF-8). */
static inline void fuzz_check_output(const nm_article *a)
{
    nm_buf out;
    nm_buf_init(&out);
    FUZZ_CHECK(nm_article_write_json(a, &out));
    json_error_t jerr;
    json_t *rec = json_loadb(out.data, out.len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!rec)
        fprintf(stderr, "record JSON: %s at %d\n", jerr.text, jerr.position);
    FUZZ_CHECK(rec != NULL);
    json_t *text = json_object_get(rec, "text");
    FUZZ_CHECK(json_is_string(text));
    json_decref(rec);
    nm_buf_reset(&out);
    FUZZ_CHECK(nm_article_write_text(a, &out));
    nm_buf_reset(&out);
    FUZZ_CHECK(nm_article_write_md(a, &out));
    nm_buf_deinit(&out);
}

/* One document through nm_process; errors are fine, crashes are not. */
static inline void fuzz_process_doc(const nm_doc *doc)
{
    nm_options opts;
    nm_options_init(&opts);
    nm_article *a = NULL;
    nm_error err;
    nm_error_clear(&err);
    nm_status st = nm_process(doc, &opts, &a, &err);
    if (st == NM_OK) {
        FUZZ_CHECK(a != NULL);
        fuzz_check_article(a);
        fuzz_check_output(a);
    } else {
        FUZZ_CHECK(a == NULL);
        FUZZ_CHECK(memchr(err.msg, '\0', sizeof err.msg) != NULL);
    }
    nm_article_free(a);
}

/* Reader callbacks: check what a reader hands out, then process it. */
typedef struct fuzz_reader_state {
    size_t docs;
    size_t warnings;
} fuzz_reader_state;

static inline bool fuzz_on_doc(const nm_doc *doc, void *user)
{
    fuzz_reader_state *s = user;
    FUZZ_CHECK(doc != NULL && doc->source != NULL);
    FUZZ_CHECK(doc->data != NULL || doc->len == 0);
    /* Touch every byte so ASan sees a reader's bad pointer arithmetic. */
    volatile unsigned char sum = 0;
    for (size_t i = 0; i < doc->len; i++)
        sum ^= (unsigned char)doc->data[i];
    (void)sum;
    const char *fields[] = {doc->id, doc->source, doc->charset, doc->url,
                            doc->date, doc->title, doc->authors};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i])
            (void)strlen(fields[i]);
    fuzz_process_doc(doc);
    return ++s->docs < FUZZ_MAX_DOCS_PER_INPUT;
}

static inline void fuzz_on_warn(const char *source, const nm_error *err, void *user)
{
    fuzz_reader_state *s = user;
    FUZZ_CHECK(source != NULL && err != NULL);
    FUZZ_CHECK(memchr(err->msg, '\0', sizeof err->msg) != NULL);
    s->warnings++;
}

#endif
