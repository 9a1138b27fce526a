/* Fingerprints: normalised text hash, shingle SimHash, normalised URL. */
#include "fingerprint.h"

#include "words.h"

#include <string.h>
#include <strings.h>
#include <xxhash.h>

uint64_t nm_text_hash(const char *text, size_t len)
{
    XXH3_state_t *st = XXH3_createState();
    if (!st)
        return XXH3_64bits(text, len); /* out of memory: exact bytes only */
    XXH3_64bits_reset(st);
    nm_word_iter it;
    nm_word_iter_init(&it, text, len);
    bool first = true;
    while (nm_word_next(&it)) {
        if (!first)
            XXH3_64bits_update(st, " ", 1);
        XXH3_64bits_update(st, it.word, it.word_len);
        first = false;
    }
    uint64_t h = XXH3_64bits_digest(st);
    XXH3_freeState(st);
    return h;
}

uint64_t nm_simhash(const char *text, size_t len, size_t *n_shingles)
{
    int32_t votes[64] = {0};
    uint64_t ring[NM_SHINGLE_WORDS] = {0}; /* hashes of the last words */
    size_t words = 0, shingles = 0;
    nm_word_iter it;
    nm_word_iter_init(&it, text, len);
    while (nm_word_next(&it)) {
        ring[words % NM_SHINGLE_WORDS] = XXH3_64bits(it.word, it.word_len);
        words++;
        if (words < NM_SHINGLE_WORDS)
            continue;
        /* Combine in word order so "a b c" and "c b a" differ. */
        uint64_t h = 0;
        for (size_t k = 0; k < NM_SHINGLE_WORDS; k++) {
            uint64_t w = ring[(words + k) % NM_SHINGLE_WORDS];
            h = XXH3_64bits_withSeed(&w, sizeof w, h);
        }
        for (int b = 0; b < 64; b++)
            votes[b] += (h >> b) & 1 ? 1 : -1;
        shingles++;
    }
    uint64_t out = 0;
    for (int b = 0; b < 64; b++)
        if (votes[b] > 0)
            out |= (uint64_t)1 << b;
    if (n_shingles)
        *n_shingles = shingles;
    return out;
}

int nm_hamming(uint64_t a, uint64_t b)
{
    return __builtin_popcountll(a ^ b);
}

/* Query parameters that only say where a click came from. */
static bool tracking_param(const char *p, size_t len)
{
    static const char *const names[] = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid",
                                        "mc_eid", "ocid",  "cmpid", "smid",    "ref",
                                        "ref_src", "igshid", "_ga"};
    if (len >= 4 && !strncasecmp(p, "utm_", 4))
        return true;
    const char *eq = memchr(p, '=', len);
    size_t key = eq ? (size_t)(eq - p) : len;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == key && !strncasecmp(p, names[i], key))
            return true;
    return false;
}

bool nm_url_normalise(const char *url, nm_buf *out)
{
    nm_buf_reset(out);
    if (!url)
        return false;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : (url[0] == '/' && url[1] == '/' ? url + 2 : NULL);
    if (!p)
        return false;
    const char *host_end = p + strcspn(p, "/?#");
    const char *at = memchr(p, '@', (size_t)(host_end - p));
    if (at)
        p = at + 1; /* user info names no page */
    if (host_end - p >= 4 && !strncasecmp(p, "www.", 4))
        p += 4;
    const char *port = memchr(p, ':', (size_t)(host_end - p));
    const char *h_end = port ? port : host_end;
    if (h_end == p)
        return false;
    for (const char *c = p; c < h_end; c++)
        nm_buf_putc(out, (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c));
    if (port && strncmp(port, ":80", (size_t)(host_end - port)) &&
        strncmp(port, ":443", (size_t)(host_end - port)))
        nm_buf_append(out, port, (size_t)(host_end - port));
    const char *path = host_end;
    size_t path_len = strcspn(path, "?#");
    while (path_len && path[path_len - 1] == '/')
        path_len--;
    if (path_len == 0)
        return false; /* the site, not an article */
    nm_buf_append(out, path, path_len);
    if (path[path_len] == '/')
        path_len += strspn(path + path_len, "/");
    if (path[path_len] == '?') {
        const char *q = path + path_len + 1;
        const char *q_end = q + strcspn(q, "#");
        char sep = '?';
        while (q < q_end) {
            const char *amp = memchr(q, '&', (size_t)(q_end - q));
            const char *e = amp ? amp : q_end;
            if (e > q && !tracking_param(q, (size_t)(e - q))) {
                nm_buf_putc(out, sep);
                nm_buf_append(out, q, (size_t)(e - q));
                sep = '&';
            }
            q = amp ? amp + 1 : q_end;
        }
    }
    return true;
}
