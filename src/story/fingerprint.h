/* Internal: document fingerprints used to recognise duplicates. */
#ifndef NM_STORY_FINGERPRINT_H
#define NM_STORY_FINGERPRINT_H

#include "newsmon.h"

/* Words per shingle for SimHash: three words are specific enough that two
 * unrelated articles share few shingles, short enough that an edit changes
 * few of them. */
#define NM_SHINGLE_WORDS 3

/* Hash of the text's words, lowercased, joined by one space: copies that
 * differ only in case, punctuation or whitespace hash alike. */
uint64_t nm_text_hash(const char *text, size_t len);

/* 64-bit SimHash over the word shingles of the text. *n_shingles (may be
 * NULL) gets how many shingles went in: too few make the hash unreliable. */
uint64_t nm_simhash(const char *text, size_t len, size_t *n_shingles);

/* Bits that differ between two hashes. */
int nm_hamming(uint64_t a, uint64_t b);

/* Normalise a URL for duplicate detection into `out` (reset first):
 * scheme dropped (http = https), host lowercased without "www." and default
 * port, fragment dropped, tracking parameters (utm_*, fbclid, gclid, ...)
 * dropped, trailing slash dropped. False (out empty) when the URL has no
 * host or no path beyond "/": a site's home page names no article. */
bool nm_url_normalise(const char *url, nm_buf *out);

#endif
