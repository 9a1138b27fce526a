/* HTML extraction: class hints, metadata helpers, charset decoding, and
 * nm_clean_html on small pages (boilerplate dropped, structure kept, deep
 * nesting, invalid bytes). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/html_internal.h"
#include "newsmon.h"

static const char para1[] =
    "The regional parliament approved the new water law on Wednesday, after three years of "
    "negotiations between farmers, cities and environmental groups.";
static const char para2[] =
    "Under the law, farms that irrigate more than ten hectares must install meters by 2026, "
    "and cities must publish how much water they lose through leaking pipes.";
static const char para3[] =
    "Environmental groups welcomed the vote but said the limits on groundwater pumping were "
    "still too generous, especially in dry years like the last two.";

/* A page with the article between typical clutter. */
static char *make_page(const char *extra_body)
{
    char *page = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&page, &len);
    fprintf(f,
            "<html lang=\"en\"><head><title>Water law passes | Example Post</title>"
            "<script>var x = \"script text\";</script><style>.a{}</style></head><body>"
            "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
            "<div id=\"main\"><article><h1>Water law passes</h1>"
            "<div class=\"share-tools\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>"
            "<div class=\"story-body\"><p>%s</p><p>%s</p><h2>What changes</h2><p>%s</p>%s</div>"
            "<figure><img src=\"x.jpg\"><figcaption>A dry field near the river.</figcaption></figure>"
            "</article>"
            "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/1\">Another story here</a></li>"
            "<li><a href=\"/2\">Yet another story</a></li></ul></aside>"
            "<div id=\"comments\"><p>Reader comment: I think this law is far too weak and will not help "
            "anyone in the valley at all, sadly.</p></div></div>"
            "<footer><p>Copyright Example Post, all rights reserved.</p></footer></body></html>",
            para1, para2, para3, extra_body);
    fclose(f);
    return page;
}

static nm_article *clean(const char *html, size_t len, const char *charset)
{
    nm_article *a = nm_article_new();
    assert_non_null(a);
    nm_error err;
    assert_int_equal(nm_clean_html(a, html, len, charset, &err), NM_OK);
    assert_non_null(a->text);
    return a;
}

static void hints_split_words_and_humps(void **state)
{
    (void)state;
    assert_true(hx_hints_of("relatedArticles") & HX_H_UNLIKELY);
    assert_true(hx_hints_of("article-body") & HX_H_POSITIVE);
    assert_true(hx_hints_of("social-share_bar") & HX_H_SHARE);
    assert_true(hx_hints_of("sr-only") & HX_H_HIDDEN);
    assert_true(hx_hints_of("comments") & HX_H_COMMENT);
    assert_true(hx_hints_of("ad") & HX_H_AD);
    /* exact-only keywords do not match longer words */
    assert_false(hx_hints_of("address") & HX_H_AD);
    assert_false(hx_hints_of("navy-blue") & HX_H_UNLIKELY);
    assert_int_equal(hx_hints_of(""), 0);
}

static void dates_normalise(void **state)
{
    (void)state;
    nm_arena *ar = nm_arena_new(0);
    assert_string_equal(hx_date_normalise(ar, "2019-11-19T13:03:00.000Z"), "2019-11-19T13:03:00.000Z");
    assert_string_equal(hx_date_normalise(ar, " 2019/11/19"), "2019-11-19");
    assert_string_equal(hx_date_normalise(ar, "November 19, 2019"), "2019-11-19");
    assert_string_equal(hx_date_normalise(ar, "Tue, 19 Nov 2019 08:00:00 GMT"), "2019-11-19");
    assert_string_equal(hx_date_normalise(ar, "20191119"), "2019-11-19");
    assert_null(hx_date_normalise(ar, "2019-13-40"));
    assert_null(hx_date_normalise(ar, "yesterday"));
    assert_string_equal(hx_date_from_url(ar, "https://x.com/news/2021/03/04/slug"), "2021-03-04");
    assert_string_equal(hx_date_from_url(ar, "https://x.com/a/20210304/slug.html"), "2021-03-04");
    assert_null(hx_date_from_url(ar, "https://x.com/2021/slug-123456"));
    nm_arena_free(ar);
}

static void authors_rejected_when_junk(void **state)
{
    (void)state;
    assert_true(hx_author_plausible("Jane Roe", 8));
    assert_true(hx_author_plausible("José Álvarez", strlen("José Álvarez")));
    assert_false(hx_author_plausible("Email the author", 16));
    assert_false(hx_author_plausible("Staff", 5));
    assert_false(hx_author_plausible("https://example.com/jane", 24));
    assert_false(hx_author_plausible("jane roe", 8)); /* not a proper name */
}

static void titles_lose_site_suffix(void **state)
{
    (void)state;
    nm_arena *ar = nm_arena_new(0);
    assert_string_equal(hx_title_strip_site(ar, "Water law passes in the north | Example Post", NULL),
                        "Water law passes in the north");
    assert_string_equal(hx_title_strip_site(ar, "Water law passes - Example Post", "Example Post"),
                        "Water law passes");
    assert_string_equal(hx_title_strip_site(ar, "Example Post: Water law passes", "Example Post"),
                        "Example Post: Water law passes"); /* ':' is not a site separator */
    /* a long tail is part of the headline, not a site name */
    assert_string_equal(
        hx_title_strip_site(ar, "Rates rise - and what it means for your mortgage this year", NULL),
        "Rates rise - and what it means for your mortgage this year");
    nm_arena_free(ar);
}

static void charset_prescan_finds_meta(void **state)
{
    (void)state;
    char name[64];
    const char *a = "<html><head><meta charset=\"windows-1251\"></head>";
    assert_true(hx_charset_prescan(a, strlen(a), name, sizeof name));
    assert_string_equal(name, "windows-1251");
    const char *b = "<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>";
    assert_true(hx_charset_prescan(b, strlen(b), name, sizeof name));
    assert_string_equal(name, "Shift_JIS");
    assert_false(hx_charset_prescan("<p>no meta</p>", 14, name, sizeof name));
}

static void decode_counts_invalid_bytes(void **state)
{
    (void)state;
    nm_buf scratch;
    nm_buf_init(&scratch);
    hx_decoded d;
    /* valid UTF-8 with two stray bytes; no declaration: stays UTF-8 */
    const char in[] = "caf\xC3\xA9 ok \xFF and \xC3 end \xE2\x80\x94 dash \xE2\x80\x99s";
    hx_decode(in, sizeof in - 1, NULL, &scratch, &d);
    assert_int_equal(d.invalid, 2);
    assert_int_equal(d.first_invalid, 9);
    assert_non_null(strstr(d.utf8, "caf\xC3\xA9 ok \xEF\xBF\xBD and"));
    /* the caller's charset wins over the meta */
    const char latin[] = "<meta charset=utf-8><p>caf\xE9</p>";
    hx_decode(latin, sizeof latin - 1, "iso-8859-1", &scratch, &d);
    assert_int_equal(d.invalid, 0);
    assert_non_null(strstr(d.utf8, "caf\xC3\xA9"));
    /* UTF-16BE by its BOM */
    const char be[] = "\xFE\xFF\x00<\x00p\x00>\x00\xE9";
    hx_decode(be, sizeof be - 1, NULL, &scratch, &d);
    assert_string_equal(d.utf8, "<p>\xC3\xA9");
    /* undeclared Latin-1 is read as windows-1252, not as broken UTF-8 */
    const char legacy[] = "<p>na\xEFve caf\xE9 \x93quoted\x94</p>";
    hx_decode(legacy, sizeof legacy - 1, NULL, &scratch, &d);
    assert_int_equal(d.invalid, 0);
    assert_non_null(strstr(d.utf8, "na\xC3\xAFve caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"));
    /* unknown charset: read as UTF-8, flagged */
    hx_decode("<p>x</p>", 8, "x-no-such-charset", &scratch, &d);
    assert_true(d.unknown_charset);
    /* a label with junk bytes is no charset: the page is decoded as if
     * undeclared (glibc's iconv_open would accept the label and pass the
     * bytes through), so the result is valid UTF-8 */
    const char junk[] = "<p>a\xF6\x87\x8E\x80 b</p>";
    hx_decode(junk, sizeof junk - 1, "utf-8\x8D", &scratch, &d);
    for (size_t i = 0; i < d.len;)
        assert_true(nm_utf8_decode(d.utf8, d.len, &i) >= 0);
    assert_false(d.unknown_charset);
    nm_buf_deinit(&scratch);
}

static void article_kept_clutter_dropped(void **state)
{
    (void)state;
    char *page = make_page("");
    nm_article *a = clean(page, strlen(page), NULL);
    assert_non_null(strstr(a->text, para1));
    assert_non_null(strstr(a->text, para3));
    /* paragraphs and headings separated by blank lines */
    assert_non_null(strstr(a->text, "pipes.\n\nWhat changes\n\nEnvironmental"));
    static const char *const clutter[] = {"Home", "Share", "Tweet", "Most read", "Another story",
                                          "Reader comment", "Copyright", "script text",
                                          "A dry field", "Water law passes"};
    for (size_t i = 0; i < sizeof clutter / sizeof *clutter; i++)
        assert_null(strstr(a->text, clutter[i]));
    assert_string_equal(a->title, "Water law passes");
    assert_string_equal(a->lang, "en");
    nm_article_free(a);
    free(page);
}

static void entities_decoded_whitespace_collapsed(void **state)
{
    (void)state;
    char *page = make_page("<p>Costs:   &euro;5 &amp; more,\n\t&#8220;fair&#8221;&nbsp;say   critics "
                           "who spoke to reporters on Wednesday evening.</p>");
    nm_article *a = clean(page, strlen(page), NULL);
    assert_non_null(strstr(a->text, "Costs: \xE2\x82\xAC" "5 & more, \xE2\x80\x9C" "fair\xE2\x80\x9D say critics"));
    nm_article_free(a);
    free(page);
}

/* Nesting far beyond libxml2's default limit (256) and our tag stack: the
 * text at the bottom must survive, with a warning. */
static void deep_nesting_keeps_text(void **state)
{
    (void)state;
    enum { DEPTH = HX_MAX_DEPTH + 500 };
    size_t cap = DEPTH * 12 + 4096, len = 0;
    char *page = malloc(cap);
    len += (size_t)sprintf(page + len, "<html><body>");
    for (int i = 0; i < DEPTH; i++)
        len += (size_t)sprintf(page + len, "<div>");
    len += (size_t)sprintf(page + len, "<p>%s</p><p>%s</p>", para1, para2);
    for (int i = 0; i < DEPTH; i++)
        len += (size_t)sprintf(page + len, "</div>");
    len += (size_t)sprintf(page + len, "</body></html>");
    nm_article *a = clean(page, len, NULL);
    assert_non_null(strstr(a->text, para1));
    assert_non_null(strstr(a->text, para2));
    assert_non_null(a->warning);
    nm_article_free(a);
    free(page);
}

static void invalid_bytes_replaced_and_counted(void **state)
{
    (void)state;
    char *page = make_page("<p>Broken \xFF\xFE bytes in a sentence that is long enough to be kept as "
                           "part of the article body.</p>");
    nm_article *a = clean(page, strlen(page), "utf-8");
    assert_int_equal(a->invalid_bytes, 2);
    assert_true(a->first_invalid != NM_NO_OFFSET);
    assert_int_equal((unsigned char)page[a->first_invalid], 0xFF);
    assert_non_null(strstr(a->text, "Broken \xEF\xBF\xBD\xEF\xBF\xBD bytes"));
    nm_article_free(a);
    free(page);
}

static void garbage_never_crashes(void **state)
{
    (void)state;
    static const char *const inputs[] = {"", "<", "<<<>>>", "</p></div></body>", "<html><body>",
                                         "<p>unterminated <b><i>", "\xFF\xFE", "<script>",
                                         "<!-- never closed", "<a href='#'>x</a>"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        nm_article *a = nm_article_new();
        nm_error err;
        nm_status st = nm_clean_html(a, inputs[i], strlen(inputs[i]), NULL, &err);
        assert_int_equal(st, NM_OK);
        nm_article_free(a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hints_split_words_and_humps),
        cmocka_unit_test(dates_normalise),
        cmocka_unit_test(authors_rejected_when_junk),
        cmocka_unit_test(titles_lose_site_suffix),
        cmocka_unit_test(charset_prescan_finds_meta),
        cmocka_unit_test(decode_counts_invalid_bytes),
        cmocka_unit_test(article_kept_clutter_dropped),
        cmocka_unit_test(entities_decoded_whitespace_collapsed),
        cmocka_unit_test(deep_nesting_keeps_text),
        cmocka_unit_test(invalid_bytes_replaced_and_counted),
        cmocka_unit_test(garbage_never_crashes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
