/* Test helper shared by the analysis tests (reported speech, stance,
 * speakers, names, phrases): a new article holding a copy of a made-up
 * text, segmented, and the text of a byte range for assertions.
 * Header-only: include it after <cmocka.h>. */
#ifndef NM_TEST_ANALYSE_FIXTURE_H
#define NM_TEST_ANALYSE_FIXTURE_H

#include <string.h>

#include "newsmon.h"
#include "analyse/segment.h"

/* A new article (free it with nm_article_free) holding a copy of `text`,
 * segmented into *seg. */
static inline nm_article *segmented_article(const char *text, nm_segments *seg)
{
    nm_article *a = nm_article_new();
    assert_non_null(a);
    a->text = nm_arena_strdup(a->arena, text);
    a->text_len = strlen(text);
    assert_int_equal(nm_segment(a->text, a->text_len, a->arena, seg), NM_OK);
    return a;
}

/* Text of a byte range of a's text as a static string (for assertions);
 * two buffers in turn, so two slices may stand in one assertion. */
static inline const char *slice(const nm_article *a, nm_range r)
{
    static char buf[2][512];
    static int which;
    which ^= 1;
    size_t n = r.end - r.start;
    assert_true(n < sizeof buf[0]);
    memcpy(buf[which], a->text + r.start, n);
    buf[which][n] = 0;
    return buf[which];
}

#endif
