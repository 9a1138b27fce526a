/* Internal: one reader per container kind, called by nm_read_input. Each
 * calls `fn` per document and reports skipped members through opts->warn,
 * counting them in *failed. `data` is the whole container.
 *
 * Two kinds of report, so that exit statuses stay honest:
 *  - a note (code NM_ERR_UNSUPPORTED): a member that is fine but holds no
 *    article (feed item without content, unsupported Content-Encoding...).
 *    Not counted in *failed.
 *  - a failure (NM_ERR_PARSE, NM_ERR_LIMIT...): a member that is broken or
 *    over a limit, or a truncated/corrupt container. Counted in *failed.
 * Either way the reader goes on with the next member; what came before a
 * corrupt point is kept. Readers return an error only for out-of-memory. */
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

/* Report one member problem through opts->warn (when set). `code`
 * NM_ERR_UNSUPPORTED makes it a note; any other code is a failure and is
 * counted in *failed (when non-NULL). `offset` is a byte offset or
 * NM_NO_OFFSET, `line` 1-based or 0. */
void nm_reader_report(const nm_reader_opts *opts, size_t *failed, nm_status code,
                      const char *source, uint64_t offset, long line, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* "dir/name.warc.gz" → "name" in `out` (truncated to `cap`). */
void nm_reader_base_name(const char *path, char *out, size_t cap);

/* Normalise a feed/HTTP date to ISO-8601: RFC 822/1123/850 and asctime
 * dates become "YYYY-MM-DDTHH:MM:SS" + "Z" or "+HH:MM"; ISO-8601 / RFC 3339
 * dates are kept as they are. Returns false (out untouched) when the date
 * is not recognised. `out` needs 32 bytes. */
bool nm_date_to_iso(const char *in, size_t len, char out[32]);

#endif
