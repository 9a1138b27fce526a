/* Decoding a WARC file piecewise: plain, gzip (RFC 1952, one member per
 * record as WARC 1.1 Annex D.2 recommends, or one member for the whole
 * file) and zstd (RFC 8878, one frame per record, with the dictionary
 * skippable frame of the IIPC "WARC zstd" extension). */
#include "warc_stream.h"

#include "core/grow.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The IIPC WARC zstd extension stores the dictionary in a skippable frame
 * with this magic at the very start of the file. */
#define ZSTD_WARC_DICT_MAGIC 0x184D2A5Du

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static bool is_gzip_magic(const unsigned char *p, size_t n)
{
    return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

static bool is_zstd_magic(const unsigned char *p, size_t n)
{
    if (n < 4)
        return false;
    uint32_t m = le32(p);
    return m == ZSTD_MAGICNUMBER || (m & ZSTD_MAGIC_SKIPPABLE_MASK) == ZSTD_MAGIC_SKIPPABLE_START;
}

static void set_error(warc_stream *s, const char *fmt, size_t offset, const char *detail)
{
    snprintf(s->error, sizeof s->error, fmt, detail ? detail : "");
    s->error_offset = offset;
}

/* Load the dictionary of a leading skippable frame 0x184D2A5D. The frame's
 * payload is the dictionary, itself possibly a zstd frame. */
static bool load_zstd_dictionary(warc_stream *s)
{
    if (s->in_len < 8 || le32(s->in) != ZSTD_WARC_DICT_MAGIC)
        return true;
    uint32_t size = le32(s->in + 4);
    if (size > s->in_len - 8) {
        set_error(s, "zstd dictionary frame is truncated%s", 0, NULL);
        return false;
    }
    const unsigned char *dict = s->in + 8;
    s->in_pos = 8 + (size_t)size;
    if (!is_zstd_magic(dict, size) || le32(dict) != ZSTD_MAGICNUMBER)
        return !ZSTD_isError(ZSTD_DCtx_loadDictionary(s->zd, dict, size)) ||
               (set_error(s, "bad zstd dictionary%s", 0, NULL), false);
    /* A compressed dictionary: decode it with a bounded output. */
    ZSTD_DCtx *dd = ZSTD_createDCtx();
    unsigned char *out = NULL;
    size_t out_len = 0, cap = 0;
    bool ok = dd != NULL;
    ZSTD_inBuffer ib = {dict, size, 0};
    while (ok) {
        if (cap - out_len < NM_WARC_STREAM_CHUNK) {
            if (cap >= NM_WARC_ZSTD_MAX_DICT) {
                set_error(s, "zstd dictionary over the 16 MiB limit%s", 0, NULL);
                ok = false;
                break;
            }
            unsigned char *p = realloc(out, cap + NM_WARC_STREAM_CHUNK);
            if (!p) { ok = false; break; }
            out = p;
            cap += NM_WARC_STREAM_CHUNK;
        }
        ZSTD_outBuffer ob = {out + out_len, cap - out_len, 0};
        size_t r = ZSTD_decompressStream(dd, &ob, &ib);
        out_len += ob.pos;
        if (ZSTD_isError(r)) {
            set_error(s, "corrupt zstd dictionary: %s", 0, ZSTD_getErrorName(r));
            ok = false;
        } else if (r == 0) {
            break;
        } else if (ib.pos == ib.size && ob.pos < ob.size) {
            set_error(s, "truncated zstd dictionary%s", 0, NULL);
            ok = false;
        }
    }
    if (ok && ZSTD_isError(ZSTD_DCtx_loadDictionary(s->zd, out, out_len))) {
        set_error(s, "bad zstd dictionary%s", 0, NULL);
        ok = false;
    }
    free(out);
    ZSTD_freeDCtx(dd);
    return ok;
}

bool warc_stream_init(warc_stream *s, const void *data, size_t len)
{
    memset(s, 0, sizeof *s);
    s->in = data;
    s->in_len = len;
    if (is_gzip_magic(s->in, len)) {
        s->codec = WARC_GZIP;
        /* 16 + 15: gzip wrapper, 32 KiB window (RFC 1952) */
        if (inflateInit2(&s->z, 16 + 15) != Z_OK)
            return false;
        s->z_ready = true;
    } else if (is_zstd_magic(s->in, len)) {
        s->codec = WARC_ZSTD;
        s->zd = ZSTD_createDCtx();
        if (!s->zd)
            return false;
        ZSTD_DCtx_setParameter(s->zd, ZSTD_d_windowLogMax, NM_WARC_ZSTD_WINDOW_LOG_MAX);
        if (!load_zstd_dictionary(s))
            return false;
    } else {
        /* Plain: the window is the input itself, nothing is copied. */
        s->codec = WARC_PLAIN;
        s->buf = (unsigned char *)(uintptr_t)s->in;
        s->tail = len;
        s->input_done = true;
    }
    return true;
}

void warc_stream_deinit(warc_stream *s)
{
    if (s->z_ready)
        inflateEnd(&s->z);
    ZSTD_freeDCtx(s->zd);
    if (s->codec != WARC_PLAIN)
        free(s->buf);
    free(s->members);
    memset(s, 0, sizeof *s);
}

static bool push_member(warc_stream *s)
{
    if (!nm_grow((void **)&s->members, &s->cap_members, s->n_members, sizeof *s->members, 16))
        return false;
    s->members[s->n_members].uoff = s->pos + (s->tail - s->head);
    s->members[s->n_members].coff = s->in_pos;
    s->n_members++;
    return true;
}

static bool all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

/* Between members: start the next one, or end the input. */
static warc_fill open_member(warc_stream *s)
{
    const unsigned char *p = s->in + s->in_pos;
    size_t rest = s->in_len - s->in_pos;
    bool magic = s->codec == WARC_GZIP ? is_gzip_magic(p, rest) : is_zstd_magic(p, rest);
    if (!magic) {
        if (rest == 0 || all_zero(p, rest)) { /* zero padding is harmless */
            s->input_done = true;
            return WARC_FILL_EOF;
        }
        set_error(s, "%s", s->in_pos,
                  s->codec == WARC_GZIP ? "not a gzip member" : "not a zstd frame");
        return WARC_FILL_ERROR;
    }
    if (s->codec == WARC_GZIP && inflateReset(&s->z) != Z_OK)
        return WARC_FILL_NOMEM;
    if (!push_member(s))
        return WARC_FILL_NOMEM;
    s->member_start = s->in_pos;
    s->in_member = true;
    return WARC_FILL_OK;
}

static warc_fill decode_gzip(warc_stream *s)
{
    size_t in_avail = s->in_len - s->in_pos, out_avail = s->cap - s->tail;
    s->z.next_in = (unsigned char *)(uintptr_t)(s->in + s->in_pos);
    s->z.avail_in = in_avail > UINT_MAX ? UINT_MAX : (unsigned)in_avail;
    s->z.next_out = s->buf + s->tail;
    s->z.avail_out = out_avail > UINT_MAX ? UINT_MAX : (unsigned)out_avail;
    unsigned in_before = s->z.avail_in, out_before = s->z.avail_out;
    int r = inflate(&s->z, Z_NO_FLUSH);
    s->in_pos += in_before - s->z.avail_in;
    s->tail += out_before - s->z.avail_out;
    if (r == Z_STREAM_END) {
        s->in_member = false;
        return WARC_FILL_OK;
    }
    if (r == Z_OK)
        return WARC_FILL_OK;
    if (r == Z_MEM_ERROR)
        return WARC_FILL_NOMEM;
    if (r == Z_BUF_ERROR && s->in_pos >= s->in_len)
        set_error(s, "gzip member is truncated%s", s->member_start, NULL);
    else
        set_error(s, "corrupt gzip member: %s", s->member_start,
                  s->z.msg ? s->z.msg : "bad data");
    return WARC_FILL_ERROR;
}

static warc_fill decode_zstd(warc_stream *s)
{
    ZSTD_inBuffer ib = {s->in, s->in_len, s->in_pos};
    ZSTD_outBuffer ob = {s->buf + s->tail, s->cap - s->tail, 0};
    size_t r = ZSTD_decompressStream(s->zd, &ob, &ib);
    s->in_pos = ib.pos;
    s->tail += ob.pos;
    if (ZSTD_isError(r)) {
        if (ZSTD_getErrorCode(r) == ZSTD_error_memory_allocation)
            return WARC_FILL_NOMEM;
        set_error(s, "corrupt zstd frame: %s", s->member_start, ZSTD_getErrorName(r));
        return WARC_FILL_ERROR;
    }
    if (r == 0)
        s->in_member = false;
    else if (ib.pos == ib.size && ob.pos < ob.size) {
        set_error(s, "zstd frame is truncated%s", s->member_start, NULL);
        return WARC_FILL_ERROR;
    }
    return WARC_FILL_OK;
}

/* Room for one more decoder call at the end of the window. */
static bool make_room(warc_stream *s)
{
    if (s->cap - s->tail >= NM_WARC_STREAM_CHUNK)
        return true;
    if (s->head > 0) {
        memmove(s->buf, s->buf + s->head, s->tail - s->head);
        s->tail -= s->head;
        s->head = 0;
        if (s->cap - s->tail >= NM_WARC_STREAM_CHUNK)
            return true;
    }
    size_t cap = s->cap ? s->cap * 2 : 4 * NM_WARC_STREAM_CHUNK;
    if (cap < s->tail + NM_WARC_STREAM_CHUNK)
        cap = s->tail + NM_WARC_STREAM_CHUNK;
    unsigned char *p = realloc(s->buf, cap);
    if (!p)
        return false;
    s->buf = p;
    s->cap = cap;
    return true;
}

warc_fill warc_stream_fill(warc_stream *s, size_t want)
{
    while (s->tail - s->head < want) {
        if (s->error[0])
            return WARC_FILL_ERROR;
        if (s->input_done)
            return WARC_FILL_EOF;
        if (!s->in_member) {
            warc_fill f = open_member(s);
            if (f != WARC_FILL_OK)
                return f;
        }
        if (!make_room(s))
            return WARC_FILL_NOMEM;
        warc_fill f = s->codec == WARC_GZIP ? decode_gzip(s) : decode_zstd(s);
        if (f != WARC_FILL_OK)
            return f;
    }
    return WARC_FILL_OK;
}

void warc_stream_consume(warc_stream *s, size_t n)
{
    if (n > s->tail - s->head)
        n = s->tail - s->head;
    s->head += n;
    s->pos += n;
    if (s->head == s->tail && s->codec != WARC_PLAIN)
        s->head = s->tail = 0;
    /* Forget members that end before the position, keeping the one that
     * holds it. */
    size_t keep = 0;
    while (keep + 1 < s->n_members && s->members[keep + 1].uoff <= s->pos)
        keep++;
    if (keep) {
        memmove(s->members, s->members + keep, (s->n_members - keep) * sizeof *s->members);
        s->n_members -= keep;
    }
}

warc_fill warc_stream_skip(warc_stream *s, uint64_t n)
{
    while (n > 0) {
        if (warc_stream_avail(s) == 0) {
            warc_fill f = warc_stream_fill(s, 1);
            if (f != WARC_FILL_OK)
                return f;
        }
        size_t take = warc_stream_avail(s);
        if (take > n)
            take = (size_t)n;
        warc_stream_consume(s, take);
        n -= take;
    }
    return WARC_FILL_OK;
}

bool warc_stream_recover(warc_stream *s)
{
    s->error[0] = '\0';
    if (s->codec == WARC_PLAIN) {
        s->input_done = true;
        return false;
    }
    /* Drop what was decoded and look for the next member's magic. */
    s->pos += s->tail - s->head;
    s->head = s->tail = 0;
    s->n_members = 0;
    s->in_member = false;
    static const unsigned char gz[3] = {0x1f, 0x8b, 0x08};
    static const unsigned char zs[4] = {0x28, 0xb5, 0x2f, 0xfd};
    const unsigned char *magic = s->codec == WARC_GZIP ? gz : zs;
    size_t mlen = s->codec == WARC_GZIP ? sizeof gz : sizeof zs;
    size_t from = (size_t)s->error_offset + 1;
    if (from < s->in_len) {
        const unsigned char *hit = memmem(s->in + from, s->in_len - from, magic, mlen);
        if (hit) {
            s->in_pos = (size_t)(hit - s->in);
            if (s->codec == WARC_ZSTD)
                ZSTD_DCtx_reset(s->zd, ZSTD_reset_session_only);
            return true;
        }
    }
    s->in_pos = s->in_len;
    s->input_done = true;
    return false;
}

void warc_stream_where(const warc_stream *s, uint64_t *coff, uint64_t *inner)
{
    if (s->codec == WARC_PLAIN || s->n_members == 0) {
        *coff = s->codec == WARC_PLAIN ? s->pos : s->in_pos;
        *inner = 0;
        return;
    }
    size_t i = 0;
    while (i + 1 < s->n_members && s->members[i + 1].uoff <= s->pos)
        i++;
    *coff = s->members[i].coff;
    *inner = s->pos - s->members[i].uoff;
}

void warc_stream_skip_member(warc_stream *s)
{
    s->error_offset = s->member_start;
    warc_stream_recover(s);
}
