/* Dates: recognition, ISO forms, yearless dates and their resolution. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "clean/dates.h"

typedef struct found {
    char text[64];
    char iso[11];
    char md[8];
} found;

typedef struct found_list {
    found items[16];
    size_t n;
    const char *src;
} found_list;

static bool keep(const nm_date_hit *hit, void *user)
{
    found_list *l = user;
    if (l->n == 16)
        return false;
    found *f = &l->items[l->n++];
    size_t len = hit->span.end - hit->span.start;
    memcpy(f->text, l->src + hit->span.start, len < 63 ? len : 63);
    f->text[len < 63 ? len : 63] = '\0';
    nm_date_format_iso(&hit->value, f->iso);
    nm_date_format_month_day(&hit->value, f->md);
    return true;
}

static found_list scan(const char *text)
{
    found_list l;
    memset(&l, 0, sizeof l);
    l.src = text;
    nm_dates_scan(text, strlen(text), keep, &l);
    return l;
}

static void recognises_the_usual_forms(void **state)
{
    (void)state;
    found_list l = scan("Seen on May 31, 2018, then 12 June and on 24 May; filed 2018-05-31; "
                        "Tuesday, 5 June 2018 and June 12, 2018 and Sept. 3rd 2019.");
    assert_int_equal(l.n, 7);
    assert_string_equal(l.items[0].text, "May 31, 2018");
    assert_string_equal(l.items[0].iso, "2018-05-31");
    assert_string_equal(l.items[1].text, "12 June");
    assert_string_equal(l.items[1].iso, ""); /* year unknown */
    assert_string_equal(l.items[1].md, "--06-12");
    assert_string_equal(l.items[2].text, "24 May");
    assert_string_equal(l.items[3].iso, "2018-05-31");
    assert_string_equal(l.items[4].text, "Tuesday, 5 June 2018"); /* weekday in the span */
    assert_string_equal(l.items[4].iso, "2018-06-05");
    assert_string_equal(l.items[5].iso, "2018-06-12");
    assert_string_equal(l.items[6].iso, "2019-09-03");
}

static void month_level_and_no_break_space(void **state)
{
    (void)state;
    found_list l = scan("In June 2018 and on 12\xC2\xA0June 2018.");
    assert_int_equal(l.n, 2);
    assert_string_equal(l.items[0].iso, "2018-06");
    assert_string_equal(l.items[1].iso, "2018-06-12");
}

static void rejects_non_dates(void **state)
{
    (void)state;
    /* the modal "may", numbers that are not days or years, impossible days */
    found_list l = scan("Prices may 31 fall. He won 45 June votes? Mayday 12. "
                        "In 1500 May troops. 31 February. 3.12 June. May 2500.");
    for (size_t i = 0; i < l.n; i++)
        print_message("unexpected: %s\n", l.items[i].text);
    assert_int_equal(l.n, 0);
}

static void leap_day_needs_a_leap_year(void **state)
{
    (void)state;
    found_list leap = scan("29 February 2020"), plain = scan("29 February 2019");
    assert_int_equal(leap.n, 1);
    assert_string_equal(leap.items[0].iso, "2020-02-29");
    assert_int_equal(plain.n, 1); /* no such day: only the month is a date */
    assert_string_equal(plain.items[0].iso, "2019-02");
    assert_int_equal(scan("29 February").n, 1); /* year unknown: possible */
}

static void yearless_dates_take_the_nearest_year(void **state)
{
    (void)state;
    nm_date_value ref = {2018, 12, 30}, d = {0, 6, 12};
    nm_date_resolve_year(&d, &ref);
    assert_int_equal(d.year, 2018);
    nm_date_value jan = {0, 1, 3};
    nm_date_resolve_year(&jan, &ref);
    assert_int_equal(jan.year, 2019);
    nm_date_value none = {0, 0, 0}, keep_unknown = {0, 6, 12};
    nm_date_resolve_year(&keep_unknown, &none); /* no reference: never the clock */
    assert_int_equal(keep_unknown.year, 0);
}

static void parses_iso_strings(void **state)
{
    (void)state;
    nm_date_value v;
    assert_true(nm_date_parse_iso("2018-05-31T10:00:00Z", &v));
    assert_int_equal(v.year, 2018);
    assert_int_equal(v.month, 5);
    assert_int_equal(v.day, 31);
    assert_true(nm_date_parse_iso("2018-06", &v));
    assert_int_equal(v.day, 0);
    assert_false(nm_date_parse_iso("31 May", &v));
    assert_false(nm_date_parse_iso("2018-13-01", &v));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(recognises_the_usual_forms),
        cmocka_unit_test(month_level_and_no_break_space),
        cmocka_unit_test(rejects_non_dates),
        cmocka_unit_test(leap_day_needs_a_leap_year),
        cmocka_unit_test(yearless_dates_take_the_nearest_year),
        cmocka_unit_test(parses_iso_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
