/* Internal: a WARC file as a stream of uncompressed bytes, decoded a piece
 * at a time from the compressed bytes in memory (plain, gzip with one or
 * many members, zstd with one or many frames and an optional dictionary).
 * Only a window of uncompressed bytes is kept: what the record parser has
 * asked for and not yet consumed, so memory follows the largest record,
 * not the archive. */
#ifndef NM_INGEST_WARC_STREAM_H
#define NM_INGEST_WARC_STREAM_H

#include "newsmon.h"

#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

/* Uncompressed bytes produced per decoder call. */
#define NM_WARC_STREAM_CHUNK ((size_t)64 * 1024)

/* Largest zstd window accepted (log2 bytes): 2^27 = 128 MiB, what
 * `zstd --long` writes. A frame asking for more is reported as corrupt
 * instead of making the decoder allocate it. */
#define NM_WARC_ZSTD_WINDOW_LOG_MAX 27

/* Largest zstd dictionary (after decompressing it), from the WARC zstd
 * extension's leading skippable frame. */
#define NM_WARC_ZSTD_MAX_DICT ((size_t)16 * 1024 * 1024)

typedef enum warc_codec { WARC_PLAIN = 0, WARC_GZIP, WARC_ZSTD } warc_codec;

typedef enum warc_fill {
    WARC_FILL_OK = 0, /* the bytes asked for are in the window */
    WARC_FILL_EOF,    /* clean end of input first */
    WARC_FILL_ERROR,  /* corrupt or truncated compressed data: see error */
    WARC_FILL_NOMEM
} warc_fill;

/* Where a member (gzip member / zstd frame) starts: uncompressed offset
 * `uoff` begins at compressed offset `coff`. */
typedef struct warc_member {
    uint64_t uoff;
    uint64_t coff;
} warc_member;

typedef struct warc_stream {
    const unsigned char *in;
    size_t in_len;
    size_t in_pos;        /* next compressed byte to decode */
    warc_codec codec;
    z_stream z;
    bool z_ready;
    ZSTD_DCtx *zd;
    bool in_member;       /* a gzip member / zstd frame is open */
    size_t member_start;  /* compressed offset of the open member */
    bool input_done;      /* everything decoded (or given up) */

    unsigned char *buf;   /* the window: buf[head..tail) unconsumed */
    size_t head, tail, cap;
    uint64_t pos;         /* uncompressed offset of buf[head] */

    warc_member *members; /* member starts at or after the last consumed one */
    size_t n_members, cap_members;

    char error[200];      /* reason of the last WARC_FILL_ERROR */
    uint64_t error_offset;/* compressed offset of the failing member */
    char note[200];       /* a non-fatal oddity (trailing garbage), once */
    uint64_t note_offset;
} warc_stream;

/* Start decoding `data` (owned by the caller, must outlive the stream).
 * Picks the codec from the magic bytes. false on out of memory or a bad
 * zstd dictionary frame (then `error` says why). */
bool warc_stream_init(warc_stream *s, const void *data, size_t len);
void warc_stream_deinit(warc_stream *s);

/* Make at least `want` unconsumed bytes available (fewer at EOF/error). */
warc_fill warc_stream_fill(warc_stream *s, size_t want);
static inline const char *warc_stream_data(const warc_stream *s)
{
    return (const char *)s->buf + s->head;
}
static inline size_t warc_stream_avail(const warc_stream *s)
{
    return s->tail - s->head;
}
/* Drop `n` available bytes (n <= avail). */
void warc_stream_consume(warc_stream *s, size_t n);
/* Drop `n` bytes, decoding through them without keeping them. Returns
 * WARC_FILL_OK when all were skipped. */
warc_fill warc_stream_skip(warc_stream *s, uint64_t n);

/* After WARC_FILL_ERROR: forget the window and restart at the next member
 * magic after the failing member. false when there is none (the end). */
bool warc_stream_recover(warc_stream *s);

/* Abandon the member being decoded: forget the window and restart at the
 * next member magic after its start (or end the input). */
void warc_stream_skip_member(warc_stream *s);

/* The member holding the current position: its compressed offset and how
 * far into its uncompressed bytes the position lies. For plain input the
 * offset is the position itself and `inner` is 0. */
void warc_stream_where(const warc_stream *s, uint64_t *coff, uint64_t *inner);

#endif
