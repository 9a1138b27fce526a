/* Hardening of the core and the record: allocation limits, per-article
 * item limits, and writers that stay inside the text whatever analysis
 * hands them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsmon.h"
#include "record/article_limits.h"

static void arena_refuses_sizes_that_would_overflow(void **state)
{
    (void)state;
    nm_arena *a = nm_arena_new(0);
    assert_null(nm_arena_alloc(a, SIZE_MAX));
    assert_null(nm_arena_alloc(a, SIZE_MAX - 8));
    char *p = nm_arena_alloc(a, 16);
    assert_non_null(p);
    assert_null(nm_arena_realloc(a, p, 16, SIZE_MAX - 4));
    assert_non_null(nm_arena_alloc(a, 32)); /* still usable */
    nm_arena_free(a);
}

/* An array grown by doubling in its own block must not leave its old
 * copies behind: the arena's total stays near the final size. */
static void arena_grows_big_arrays_without_keeping_old_copies(void **state)
{
    (void)state;
    nm_arena *a = nm_arena_new(4096);
    size_t cap = 4096;
    unsigned char *arr = nm_arena_alloc(a, cap);
    memset(arr, 7, cap);
    char *small = nm_arena_alloc(a, 10); /* arr is no longer the last allocation */
    assert_non_null(small);
    while (cap < 8 * 1024 * 1024) {
        arr = nm_arena_realloc(a, arr, cap, cap * 2);
        assert_non_null(arr);
        assert_int_equal(arr[cap - 1], 7); /* old contents kept */
        assert_int_equal(arr[cap], 0);     /* new room zeroed */
        memset(arr, 7, cap * 2);
        cap *= 2;
        (void)nm_arena_alloc(a, 100); /* interleaved small allocations */
    }
    assert_true(nm_arena_used(a) < cap + cap / 4);
    nm_arena_free(a);
}

static nm_article *article_with_text(const char *text)
{
    nm_article *a = nm_article_new();
    a->text = nm_arena_strdup(a->arena, text);
    a->text_len = strlen(text);
    return a;
}

static void quotes_over_the_limit_are_dropped_with_a_warning(void **state)
{
    (void)state;
    nm_article *a = article_with_text("“Yes,” she said.");
    nm_range frag = {3, 6};
    nm_quote q = {NM_QUOTE_DIRECT, &frag, 1, NULL, false, {0, 0}, -1};
    for (size_t i = 0; i < NM_MAX_QUOTES_PER_ARTICLE + 5; i++)
        assert_true(nm_article_add_quote(a, &q));
    assert_int_equal(a->n_quotes, NM_MAX_QUOTES_PER_ARTICLE);
    assert_non_null(a->warning);
    assert_non_null(strstr(a->warning, "quotes: the rest dropped"));
    for (size_t i = 0; i < NM_MAX_MENTIONS_PER_ARTICLE + 1; i++)
        assert_true(nm_article_add_mention(a, frag, 0));
    assert_int_equal(a->n_mentions, NM_MAX_MENTIONS_PER_ARTICLE);
    /* each kind is named once, however many items were dropped */
    assert_non_null(strstr(a->warning, "person mentions"));
    assert_null(strstr(strstr(a->warning, "quotes") + 1, "quotes"));
    nm_article_free(a);
}

static void entities_stop_at_the_limit(void **state)
{
    (void)state;
    nm_article *a = article_with_text("x");
    char name[32];
    for (int i = 0; i < NM_MAX_ENTITIES_PER_ARTICLE + 10; i++) {
        int n = snprintf(name, sizeof name, "Org %d", i);
        assert_true(nm_article_add_organization(a, name, (size_t)n));
    }
    assert_int_equal(a->n_organizations, NM_MAX_ENTITIES_PER_ARTICLE);
    assert_string_equal(a->organizations[0].name, "Org 0");
    assert_non_null(strstr(a->warning, "organizations"));
    nm_article_free(a);
}

/* Offsets in the record are code points; a speaker before its quote makes
 * the converter step backwards, which must give the same numbers. */
static void json_offsets_survive_backward_steps(void **state)
{
    (void)state;
    /* "Ådne said: “Ja” and Ørjan said “Nei”." */
    nm_article *a = article_with_text("\xC3\x85" "dne said: \xE2\x80\x9CJa\xE2\x80\x9D and "
                                      "\xC3\x98rjan said \xE2\x80\x9CNei\xE2\x80\x9D.");
    nm_person p = {0};
    p.name = "Ådne";
    int who;
    assert_true(nm_article_add_person(a, &p, &who));
    nm_range f1 = {15, 17}; /* Ja */
    nm_range f2 = {40, 43}; /* Nei */
    nm_quote q1 = {NM_QUOTE_DIRECT, &f1, 1, "said", true, {0, 5}, who};
    nm_quote q2 = {NM_QUOTE_DIRECT, &f2, 1, "said", true, {25, 31}, -1};
    assert_true(nm_article_add_quote(a, &q1));
    assert_true(nm_article_add_quote(a, &q2));
    nm_buf out;
    nm_buf_init(&out);
    assert_true(nm_article_write_json(a, &out));
    assert_non_null(strstr(out.data, "\"text\":\"Ja\",\"start\":12,\"end\":14"));
    assert_non_null(strstr(out.data, "\"mention\":\"Ådne\",\"start\":0,\"end\":4"));
    assert_non_null(strstr(out.data, "\"text\":\"Nei\",\"start\":32,\"end\":35"));
    assert_non_null(strstr(out.data, "\"mention\":\"Ørjan\",\"start\":20,\"end\":25"));
    nm_buf_deinit(&out);
    nm_article_free(a);
}

static void writers_stay_inside_the_text_on_bad_ranges(void **state)
{
    (void)state;
    nm_article *a = article_with_text("short");
    nm_range bad[] = {{3, 1000000}, {900, 2}};
    nm_quote q = {NM_QUOTE_DIRECT, bad, 2, NULL, true, {4, SIZE_MAX}, -1};
    assert_true(nm_article_add_quote(a, &q));
    assert_true(nm_article_add_date(a, (nm_range){SIZE_MAX - 1, SIZE_MAX}, "2021-01-01"));
    nm_buf out;
    nm_buf_init(&out);
    assert_true(nm_article_write_json(a, &out));
    assert_non_null(strstr(out.data, "\"text\":\"rt \""));
    nm_buf_reset(&out);
    assert_true(nm_article_write_text(a, &out));
    nm_buf_reset(&out);
    assert_true(nm_article_write_md(a, &out));
    nm_buf_deinit(&out);
    nm_article_free(a);
}

static void json_strings_are_always_utf8(void **state)
{
    (void)state;
    nm_buf out;
    nm_buf_init(&out);
    assert_true(nm_json_escape(&out, "a\xFF" "b\xC3\xA9\xE2\x80", 7));
    assert_string_equal(out.data, "a\xEF\xBF\xBD" "b\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD");
    nm_buf_reset(&out);
    assert_true(nm_json_string(&out, "t\xC0\xAF\"q\""));
    assert_string_equal(out.data, "\"t\xEF\xBF\xBD\xEF\xBF\xBD\\\"q\\\"\"");
    nm_buf_deinit(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_refuses_sizes_that_would_overflow),
        cmocka_unit_test(arena_grows_big_arrays_without_keeping_old_copies),
        cmocka_unit_test(quotes_over_the_limit_are_dropped_with_a_warning),
        cmocka_unit_test(entities_stop_at_the_limit),
        cmocka_unit_test(json_offsets_survive_backward_steps),
        cmocka_unit_test(writers_stay_inside_the_text_on_bad_ranges),
        cmocka_unit_test(json_strings_are_always_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
