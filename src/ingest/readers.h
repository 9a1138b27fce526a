/* Internal: one reader per container kind, called by nm_read_input. Each
 * calls `fn` per document and reports skipped members through opts->warn,
 * counting them in *failed. `data` is the whole container. */
#ifndef NM_INGEST_READERS_H
#define NM_INGEST_READERS_H

#include "newsmon.h"

/* Largest single input file or record read into memory (bytes). Bigger
 * inputs are refused with NM_ERR_LIMIT naming the limit. */
#define NM_MAX_INPUT_BYTES ((size_t)512 * 1024 * 1024)

typedef enum nm_container {
    NM_CONTAINER_PLAIN = 0, /* one document: HTML or text */
    NM_CONTAINER_WARC,
    NM_CONTAINER_JSONL,
    NM_CONTAINER_FEED
} nm_container;

/* Decide the container from the name and the first bytes. */
nm_container nm_container_detect(const char *name, const char *data, size_t len);

nm_status nm_read_warc(const char *source, const char *data, size_t len,
                       const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                       size_t *failed, nm_error *err);
nm_status nm_read_jsonl(const char *source, const char *data, size_t len,
                        const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                        size_t *failed, nm_error *err);
nm_status nm_read_feed(const char *source, const char *data, size_t len,
                       const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                       size_t *failed, nm_error *err);

#endif
