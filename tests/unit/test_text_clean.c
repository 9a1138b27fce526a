/* Plain-text cleaning: clutter lines, paragraphs kept verbatim, title,
 * kicker, byline, date line, dates, invalid UTF-8. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "clean/text_lines.h"
#include "newsmon.h"

static nm_article *clean(const char *input)
{
    nm_article *a = nm_article_new();
    assert_non_null(a);
    assert_int_equal(nm_clean_text(a, input, strlen(input), NULL), NM_OK);
    return a;
}

/* Is `line` a whole paragraph of a->text? */
static bool has_paragraph(const nm_article *a, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = a->text; (p = strstr(p, line)); p++) {
        bool starts = p == a->text || (p - a->text >= 2 && p[-1] == '\n' && p[-2] == '\n');
        bool ends = p[n] == '\0' || (p[n] == '\n' && p[n + 1] == '\n');
        if (starts && ends)
            return true;
    }
    return false;
}

static void every_paragraph_is_verbatim(const nm_article *a, const char *input)
{
    const char *p = a->text;
    while (*p) {
        const char *e = strstr(p, "\n\n");
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char *para = strndup(p, len);
        assert_non_null(strstr(input, para));
        free(para);
        p += len;
        while (*p == '\n')
            p++;
    }
}

static const char web_page[] =
    "Share this article\n"
    "Close \xC3\x97\n"
    "Switch to Mobile Site\n"
    "\n"
    "World Briefing\n"
    "\n"
    "Flood Defences Hold as River Peaks in Lowtown\n"
    "\n"
    "  \xE2\x80\xA2 Share on LinkedIn\n"
    "  \xE2\x80\xA2 Share via Email\n"
    "\n"
    "The river crested overnight without breaching the new walls, officials said.\n"
    "\n"
    "Watch video\n"
    "\n"
    "Engineers had warned\xC2\xA0that the walls were untested.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "Read more: Why towns are building higher walls\n"
    "\n"
    "Share of residents evacuated\n"
    "\n"
    "About a third of residents left before the peak.\n"
    "\n"
    "Follow us on Instagram\n";

static void drops_clutter_keeps_body(void **state)
{
    (void)state;
    nm_article *a = clean(web_page);
    static const char *const clutter[] = {
        "Share this article", "Close \xC3\x97", "Switch to Mobile Site", "World Briefing",
        "Share on LinkedIn", "Share via Email", "Watch video", "Advertisement",
        "Read more: Why towns are building higher walls", "Follow us on Instagram"};
    for (size_t i = 0; i < sizeof clutter / sizeof *clutter; i++)
        assert_null(strstr(a->text, clutter[i]));
    /* body, a heading that starts with a UI word, a no-break space kept */
    assert_true(has_paragraph(a, "The river crested overnight without breaching the new walls, "
                                 "officials said."));
    assert_true(has_paragraph(a, "Share of residents evacuated"));
    assert_true(has_paragraph(a, "Engineers had warned\xC2\xA0that the walls were untested."));
    every_paragraph_is_verbatim(a, web_page);
    nm_article_free(a);
}

static void title_under_a_kicker(void **state)
{
    (void)state;
    nm_article *a = clean(web_page);
    assert_string_equal(a->title, "Flood Defences Hold as River Peaks in Lowtown");
    /* the title stays the first paragraph of the text; the kicker is gone */
    assert_int_equal(strncmp(a->text, a->title, strlen(a->title)), 0);
    nm_article_free(a);
}

static void first_line_title_with_period(void **state)
{
    (void)state;
    nm_article *a = clean("Council approves new budget.\n\nThe council voted 7 to 2 on "
                          "Monday to approve the budget, after a long debate about roads.\n");
    assert_string_equal(a->title, "Council approves new budget");
    nm_article_free(a);
}

static void no_title_when_text_starts_with_a_paragraph(void **state)
{
    (void)state;
    nm_article *a = clean("The council voted 7 to 2 on Monday to approve the budget, after a "
                          "long debate about roads, schools and the future of the old harbour "
                          "district.\n\nMore followed.\n");
    assert_null(a->title);
    nm_article_free(a);
}

static void a_dek_below_a_short_headline_is_kept(void **state)
{
    (void)state;
    nm_article *a = clean("Budget Passes\n\nThe council approved spending on roads and "
                          "schools after a marathon session that ran past midnight\n\n"
                          "The vote was 7 to 2.\n");
    assert_string_equal(a->title, "Budget Passes");
    assert_non_null(strstr(a->text, "marathon session"));
    nm_article_free(a);
}

static void paragraphs_from_wrapped_lines_and_bullets(void **state)
{
    (void)state;
    const char *in = "Headline Here\n\n"
                     "This paragraph was wrapped by a mail client at a fixed\n"
                     "width, so its lines must be joined into one paragraph again.\n"
                     "  \xE2\x80\xA2 First point stands alone.\n"
                     "  \xE2\x80\xA2 Second point stands alone.\n";
    nm_article *a = clean(in);
    assert_true(has_paragraph(a, "This paragraph was wrapped by a mail client at a fixed\n"
                                 "width, so its lines must be joined into one paragraph again."));
    assert_true(has_paragraph(a, "First point stands alone."));
    assert_true(has_paragraph(a, "Second point stands alone."));
    nm_article_free(a);
}

static void byline_and_date_line(void **state)
{
    (void)state;
    nm_article *a = clean("Harbour Reopens After Storm\n\nBy Ann Lee and Tom Price\n\n"
                          "Published: Tuesday, 5 June 2018 10:30 BST\n\n"
                          "The harbour reopened on 4 June after the storm of 28 May, and the "
                          "ferry will run again from 7 July.\n");
    assert_string_equal(a->date, "2018-06-05");
    assert_int_equal(a->n_authors, 2);
    assert_string_equal(a->authors[0], "Ann Lee");
    assert_string_equal(a->authors[1], "Tom Price");
    assert_null(strstr(a->text, "By Ann Lee"));
    assert_null(strstr(a->text, "Published"));
    /* yearless dates take the year the article gives, nearest its date */
    assert_int_equal(a->n_dates, 3);
    assert_string_equal(a->dates[0].iso, "2018-06-04");
    assert_string_equal(a->dates[0].month_day, "--06-04");
    assert_string_equal(a->dates[1].iso, "2018-05-28");
    assert_string_equal(a->dates[2].iso, "2018-07-07");
    nm_article_free(a);
}

static void yearless_dates_stay_unknown(void **state)
{
    (void)state;
    nm_article *a = clean("Summit Ends\n\nThe leaders met in the capital on 12 June and "
                          "agreed to meet again soon, officials said.\n");
    assert_null(a->date);
    assert_int_equal(a->n_dates, 1);
    assert_null(a->dates[0].iso); /* never the clock's year */
    assert_string_equal(a->dates[0].month_day, "--06-12");
    assert_int_equal(a->text[a->dates[0].span.start], '1');
    nm_article_free(a);
}

static void first_full_date_dates_the_article(void **state)
{
    (void)state;
    nm_article *a = clean("Summit Ends\n\nThe leaders meet in the capital, in this handout "
                          "picture released on May 31, 2018.\n\nThey meet again on 12 June.\n");
    assert_string_equal(a->date, "2018-05-31"); /* a photo caption */
    assert_string_equal(a->dates[1].iso, "2018-06-12");
    nm_article_free(a);
    a = clean("Summit Ends\n\nEASTPORT, June 5, 2018 \xE2\x80\x94 The leaders met.\n");
    assert_string_equal(a->date, "2018-06-05"); /* a dateline */
    nm_article_free(a);
    /* a full date inside the lead is history as often as news */
    a = clean("Summit Ends\n\nThe leaders recalled the attacks of Sept. 11, 2012, and met.\n");
    assert_null(a->date);
    assert_string_equal(a->dates[0].iso, "2012-09-11");
    nm_article_free(a);
}

static void invalid_utf8_replaced_and_counted(void **state)
{
    (void)state;
    const char in[] = "Title Line\n\nBad \xFF byte and another \xC3 here, in a sentence.\n";
    nm_article *a = nm_article_new();
    assert_int_equal(nm_clean_text(a, in, sizeof in - 1, NULL), NM_OK);
    assert_int_equal(a->invalid_bytes, 2);
    assert_int_equal(a->first_invalid, 16);
    assert_non_null(strstr(a->text, "Bad \xEF\xBF\xBD byte"));
    nm_article_free(a);
}

static void clutter_classifier(void **state)
{
    (void)state;
    static const char *const ui[] = {"Share this story", "Close X", "View photo",
                                     "Switch to Desktop Site", "About these ads",
                                     "Sign up for our daily newsletter", "Facebook Twitter Email",
                                     "Recommended:North Korea summit: what a deal looks like",
                                     "Related coverage: Five things to know",
                                     "<tweet tweet-id=\"1\"><tweet/>.", "https://example.org/x"};
    static const char *const text[] = {"Share of voters rises", "Follow the money",
                                       "Back to the future of the port",
                                       "View from the ground: a report",
                                       "Twitter and ... ?", "A summit with Russian stakes",
                                       "'Little more than helpless witnesses'",
                                       "Share prices fell on Monday."};
    for (size_t i = 0; i < sizeof ui / sizeof *ui; i++)
        assert_true(nm_text_line_is_clutter(ui[i], strlen(ui[i])));
    for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
        if (nm_text_line_is_clutter(text[i], strlen(text[i])))
            fail_msg("taken for clutter: %s", text[i]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(drops_clutter_keeps_body),
        cmocka_unit_test(title_under_a_kicker),
        cmocka_unit_test(first_line_title_with_period),
        cmocka_unit_test(no_title_when_text_starts_with_a_paragraph),
        cmocka_unit_test(a_dek_below_a_short_headline_is_kept),
        cmocka_unit_test(paragraphs_from_wrapped_lines_and_bullets),
        cmocka_unit_test(byline_and_date_line),
        cmocka_unit_test(yearless_dates_stay_unknown),
        cmocka_unit_test(first_full_date_dates_the_article),
        cmocka_unit_test(invalid_utf8_replaced_and_counted),
        cmocka_unit_test(clutter_classifier),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
