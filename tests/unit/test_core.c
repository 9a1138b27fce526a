/* Core utilities: arena, buffer, UTF-8, JSON escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "newsmon.h"
#include "core/grow.h"

static void arena_grows_last_allocation_in_place(void **state)
{
    (void)state;
    nm_arena *a = nm_arena_new(1024);
    char *p = nm_arena_alloc(a, 10);
    memcpy(p, "abcdefghi", 10);
    char *q = nm_arena_realloc(a, p, 10, 100);
    assert_ptr_equal(p, q);
    assert_string_equal(q, "abcdefghi");
    char *big = nm_arena_alloc(a, 100000); /* larger than a block */
    assert_non_null(big);
    char *r = nm_arena_realloc(a, q, 100, 200); /* q is no longer last: copied */
    assert_string_equal(r, "abcdefghi");
    assert_string_equal(nm_arena_printf(a, "%d-%s", 7, "x"), "7-x");
    nm_arena_free(a);
}

static void buf_appends_and_detaches(void **state)
{
    (void)state;
    nm_buf b;
    nm_buf_init(&b);
    for (int i = 0; i < 1000; i++)
        assert_true(nm_buf_printf(&b, "%d,", i));
    assert_int_equal(strncmp(b.data, "0,1,2,", 6), 0);
    size_t len;
    char *p = nm_buf_detach(&b, &len);
    assert_int_equal(len, strlen(p));
    assert_null(b.data);
    free(p);
}

static void utf8_decodes_and_rejects(void **state)
{
    (void)state;
    const char *s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
    size_t i = 0, len = strlen(s);
    assert_int_equal(nm_utf8_decode(s, len, &i), 'a');
    assert_int_equal(nm_utf8_decode(s, len, &i), 0xE9);
    assert_int_equal(nm_utf8_decode(s, len, &i), 0x201C);
    assert_int_equal(nm_utf8_decode(s, len, &i), 0x1F600);
    assert_int_equal(i, len);
    assert_int_equal(nm_utf8_count(s, len), 4);
    /* overlong, surrogate, truncated */
    const char *bad[] = {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x80"};
    for (size_t k = 0; k < 3; k++) {
        i = 0;
        assert_int_equal(nm_utf8_decode(bad[k], strlen(bad[k]), &i), -1);
        assert_int_equal(i, 1);
    }
}

static void utf8_sanitize_counts_replacements(void **state)
{
    (void)state;
    nm_buf out;
    nm_buf_init(&out);
    uint64_t first;
    size_t n = nm_utf8_sanitize("ok\xFFgood\xC3", 8, &out, &first);
    assert_int_equal(n, 2);
    assert_int_equal(first, 2);
    assert_string_equal(out.data, "ok\xEF\xBF\xBDgood\xEF\xBF\xBD");
    nm_buf_deinit(&out);
}

static void json_escapes_controls_and_quotes(void **state)
{
    (void)state;
    nm_buf out;
    nm_buf_init(&out);
    nm_json_string(&out, "a\"b\\c\n\x01\xE2\x80\x9C");
    assert_string_equal(out.data, "\"a\\\"b\\\\c\\n\\u0001\xE2\x80\x9C\"");
    nm_buf_reset(&out);
    nm_json_string(&out, "a\xE2\x80\xA8" "b\xC2\x85" "c");
    assert_string_equal(out.data, "\"a\\u2028b\\u0085c\"");
    nm_buf_reset(&out);
    nm_json_string(&out, NULL);
    assert_string_equal(out.data, "null");
    nm_buf_deinit(&out);
}

static void grow_doubles_from_the_first_capacity(void **state)
{
    (void)state;
    int *items = NULL;
    size_t cap = 0, n = 0;
    for (int i = 0; i < 100; i++) {
        assert_true(nm_grow((void **)&items, &cap, n, sizeof *items, 8));
        items[n++] = i;
    }
    assert_int_equal(cap, 128); /* 8, 16, 32, 64, 128 */
    assert_int_equal(items[99], 99);
    size_t huge = SIZE_MAX / 2 + 1;
    assert_false(nm_grow((void **)&items, &huge, huge, 4, 8)); /* would overflow */
    free(items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_grows_last_allocation_in_place),
        cmocka_unit_test(buf_appends_and_detaches),
        cmocka_unit_test(utf8_decodes_and_rejects),
        cmocka_unit_test(utf8_sanitize_counts_replacements),
        cmocka_unit_test(json_escapes_controls_and_quotes),
        cmocka_unit_test(grow_doubles_from_the_first_capacity),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
