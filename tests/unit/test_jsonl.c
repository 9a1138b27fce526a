/* JSON lines reader: fields, ids, bad lines, long lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/readers.h"

#include "reader_capture.h"

static size_t read_jsonl(const char *text, size_t len, got *g)
{
    memset(g, 0, sizeof *g);
    size_t failed = 0;
    nm_reader_opts opts = {NM_AS_AUTO, on_warn, g};
    nm_error err;
    /* exact-size heap copy: ASan sees any read past the end */
    char *copy_ = malloc(len ? len : 1);
    memcpy(copy_, text, len);
    assert_int_equal(nm_read_jsonl("in.jsonl", copy_, len, &opts, on_doc, g, &failed, &err), NM_OK);
    free(copy_);
    return failed;
}

static void fields_become_document(void **state)
{
    (void)state;
    const char *in =
        "\xEF\xBB\xBF{\"id\":\"a1\",\"url\":\"https://x.org/a\",\"title\":\"T\",\"date\":"
        "\"Tue, 05 Mar 2024 08:00:00 GMT\",\"html\":\"<p>hi</p>\",\"authors\":[\"Ann\","
        "{\"name\":\"Bob\"}],\"lang\":\"en\"}\r\n"
        "\n"
        "{\"id\":42,\"text\":\"plain words\",\"author\":\"Cy\",\"date\":\"2024-03-05\"}\n"
        "{\"text\":\"no id\"}"; /* no final newline */
    got g;
    size_t failed = read_jsonl(in, strlen(in), &g);
    assert_int_equal(failed, 0);
    assert_int_equal(g.n, 3);
    assert_string_equal(g.docs[0].id, "a1");
    assert_string_equal(g.docs[0].url, "https://x.org/a");
    assert_string_equal(g.docs[0].title, "T");
    assert_string_equal(g.docs[0].date, "2024-03-05T08:00:00Z");
    assert_string_equal(g.docs[0].authors, "Ann, Bob");
    assert_string_equal(g.docs[0].body, "<p>hi</p>");
    assert_int_equal(g.docs[0].kind, NM_AS_HTML);
    assert_int_equal(g.docs[0].line, 1);
    assert_string_equal(g.docs[0].source, "in.jsonl:1");
    assert_string_equal(g.docs[1].id, "42");
    assert_string_equal(g.docs[1].authors, "Cy");
    assert_string_equal(g.docs[1].date, "2024-03-05");
    assert_int_equal(g.docs[1].kind, NM_AS_TEXT);
    assert_int_equal(g.docs[1].line, 3);
    assert_string_equal(g.docs[2].id, "4"); /* no id: the line number */
    assert_string_equal(g.docs[2].url, "(null)");
}

static void bad_lines_are_reported_and_skipped(void **state)
{
    (void)state;
    const char *in = "{\"text\":\"one\"}\n"
                     "{broken json\n"
                     "[1,2,3]\n"
                     "{\"title\":\"no body\"}\n"
                     "{\"html\":17}\n"
                     "{\"text\":\"six\"}\n";
    got g;
    size_t failed = read_jsonl(in, strlen(in), &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.docs[1].body, "six");
    assert_int_equal(g.docs[1].line, 6);
    assert_int_equal(failed, 4);
    assert_int_equal(g.warnings, 4);
    assert_int_equal(g.warn_lines[0], 2);
    assert_int_equal(g.warn_lines[1], 3);
    assert_int_equal(g.warn_lines[2], 4);
    assert_int_equal(g.warn_lines[3], 5);
    assert_non_null(strstr(g.last_warn, "in.jsonl"));
    assert_non_null(strstr(g.last_warn, "no \"html\" or \"text\""));
}

static void long_lines_need_no_buffer(void **state)
{
    (void)state;
    size_t body = 3 * 1024 * 1024;
    char *in = malloc(body + 64);
    size_t n = (size_t)sprintf(in, "{\"text\":\"");
    memset(in + n, 'x', body);
    n += body;
    n += (size_t)sprintf(in + n, "\"}\n{\"text\":\"end\"}\n");
    got g;
    size_t failed = read_jsonl(in, n, &g);
    assert_int_equal(failed, 0);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.docs[1].body, "end");
    free(in);
}

static void hostile_bytes_never_crash(void **state)
{
    (void)state;
    static const char in[] = "{\"text\":\"a\\u0000b\"}\n\0\0\0\n{\"text\":\"\xff\xfe\"}\n"
                     "{\"text\":\"ok\",\"id\":{\"nested\":[[[[[]]]]]},\"date\":\"32 Foo 99999\"}\n";
    size_t len = sizeof in - 1;
    got g;
    read_jsonl(in, len, &g);
    assert_true(g.warnings >= 2);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.docs[0].body, "ok");
    assert_string_equal(g.docs[0].id, "4");
    assert_string_equal(g.docs[0].date, "(null)");
    uint32_t seed = 7;
    char buf[256];
    for (int round = 0; round < 2000; round++) {
        size_t m = 1 + round % sizeof buf;
        for (size_t i = 0; i < m; i++) {
            seed = seed * 1103515245u + 12345u;
            static const char alphabet[] = "{}[]\":,\\ntext html id 0123\n\r\x00\xc3\xa9";
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        read_jsonl(buf, m, &g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fields_become_document),
        cmocka_unit_test(bad_lines_are_reported_and_skipped),
        cmocka_unit_test(long_lines_need_no_buffer),
        cmocka_unit_test(hostile_bytes_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
