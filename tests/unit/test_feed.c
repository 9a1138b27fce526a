/* RSS / Atom reader and feed date normalisation. */
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

static size_t read_feed(const char *name, const char *xml, got *g)
{
    memset(g, 0, sizeof *g);
    size_t failed = 0, len = strlen(xml);
    nm_reader_opts opts = {NM_AS_AUTO, on_warn, g};
    nm_error err;
    char *exact = malloc(len ? len : 1);
    memcpy(exact, xml, len);
    assert_int_equal(nm_read_feed(name, exact, len, &opts, on_doc, g, &failed, &err), NM_OK);
    free(exact);
    return failed;
}

static const char rss[] =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
    "<channel><title>Wire</title><atom:link rel=\"self\" href=\"https://w.example/rss\"/>\n"
    "<item><title> First  story </title><link>https://w.example/1</link>\n"
    "  <atom:link rel=\"self\" href=\"https://w.example/wrong\"/>\n"
    "  <description>Short teaser.</description>\n"
    "  <content:encoded><![CDATA[<p>Full text of the first story, caf\xe9.</p>]]></content:encoded>\n"
    "  <pubDate>Wed, 13 Jun 2018 10:05:00 +0300</pubDate><dc:creator>Ann Lee</dc:creator>\n"
    "  <guid isPermaLink=\"false\">story-1</guid></item>\n"
    "<item><title>Second</title><description>&lt;p&gt;Only a description.&lt;/p&gt;</description>\n"
    "  <author>bob@w.example (Bob Ray)</author><pubDate>13 Jun 18 9:00 EST</pubDate>\n"
    "  <guid>https://w.example/2</guid></item>\n"
    "<item><title>Link only</title><link>https://w.example/3</link></item>\n"
    "</channel></rss>\n";

static void rss_items_with_content_become_documents(void **state)
{
    (void)state;
    got g;
    size_t failed = read_feed("news/wire.rss", rss, &g);
    assert_int_equal(failed, 0);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.notes, 1); /* the link-only item */
    assert_non_null(strstr(g.last_warn, "item 3"));
    got_doc *a = &g.docs[0], *b = &g.docs[1];
    assert_string_equal(a->id, "story-1");
    assert_string_equal(a->url, "https://w.example/1");
    assert_string_equal(a->title, "First  story");
    assert_string_equal(a->date, "2018-06-13T10:05:00+03:00");
    assert_string_equal(a->authors, "Ann Lee");
    assert_string_equal(a->body, "<p>Full text of the first story, caf\xc3\xa9.</p>");
    assert_int_equal(a->kind, NM_AS_HTML);
    assert_string_equal(a->source, "news/wire.rss#1");
    assert_string_equal(b->body, "<p>Only a description.</p>");
    assert_string_equal(b->url, "https://w.example/2"); /* permalink guid */
    assert_string_equal(b->authors, "Bob Ray");
    assert_string_equal(b->date, "2018-06-13T09:00:00-05:00");
}

static const char atom[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    "<title>Atom wire</title><id>urn:feed</id>\n"
    "<entry><title>HTML entry</title><id>urn:e1</id>\n"
    "  <link rel=\"self\" href=\"https://a.example/self\"/>\n"
    "  <link rel=\"alternate\" type=\"text/html\" href=\"https://a.example/1\"/>\n"
    "  <published>2024-03-05T08:00:00Z</published><updated>2024-03-06T08:00:00Z</updated>\n"
    "  <author><name>Ann</name></author><author><name>Bo</name></author>\n"
    "  <content type=\"html\">&lt;p&gt;Entry one.&lt;/p&gt;</content></entry>\n"
    "<entry><title>XHTML entry</title><id>urn:e2</id><link href=\"https://a.example/2\"/>\n"
    "  <updated>2024-03-07T09:30:00+01:00</updated>\n"
    "  <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Two <b>bold</b></p></div></content></entry>\n"
    "<entry><title>Text summary</title>\n"
    "  <summary type=\"text\">Just words &amp; more.</summary></entry>\n"
    "<entry><title>Elsewhere</title><id>urn:e4</id><content src=\"https://a.example/4\"/></entry>\n"
    "</feed>\n";

static void atom_entries_become_documents(void **state)
{
    (void)state;
    got g;
    size_t failed = read_feed("wire.atom", atom, &g);
    assert_int_equal(failed, 0);
    assert_int_equal(g.n, 3);
    assert_int_equal(g.notes, 1); /* out-of-line content */
    assert_string_equal(g.docs[0].id, "urn:e1");
    assert_string_equal(g.docs[0].url, "https://a.example/1");
    assert_string_equal(g.docs[0].date, "2024-03-05T08:00:00Z");
    assert_string_equal(g.docs[0].authors, "Ann, Bo");
    assert_string_equal(g.docs[0].body, "<p>Entry one.</p>");
    assert_string_equal(g.docs[1].date, "2024-03-07T09:30:00+01:00");
    assert_non_null(strstr(g.docs[1].body, "<p>Two <b>bold</b></p>"));
    assert_int_equal(g.docs[1].kind, NM_AS_HTML);
    assert_string_equal(g.docs[2].id, "wire#3"); /* no id: FEEDNAME#n */
    assert_string_equal(g.docs[2].body, "Just words & more.");
    assert_int_equal(g.docs[2].kind, NM_AS_TEXT);
}

static void rss1_rdf_items(void **state)
{
    (void)state;
    const char *rdf =
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
        " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel rdf:about=\"https://r.example/\"><title>R</title></channel>\n"
        "<item rdf:about=\"https://r.example/1\"><title>One</title><link>https://r.example/1</link>\n"
        "<description>Body one.</description><dc:date>2024-01-02T03:04:05Z</dc:date>"
        "<dc:creator>Cy</dc:creator></item>\n"
        "</rdf:RDF>";
    got g;
    assert_int_equal(read_feed("r.xml", rdf, &g), 0);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.docs[0].id, "https://r.example/1");
    assert_string_equal(g.docs[0].authors, "Cy");
    assert_string_equal(g.docs[0].date, "2024-01-02T03:04:05Z");
}

static void entities_are_not_expanded(void **state)
{
    (void)state;
    /* "billion laughs": would be 10^9 bytes if the entities were expanded */
    char xml[4096];
    size_t n = (size_t)snprintf(xml, sizeof xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                                                 "<!ENTITY l0 \"lollollollollol\">\n");
    for (int i = 1; i <= 9; i++) {
        n += (size_t)snprintf(xml + n, sizeof xml - n, "<!ENTITY l%d \"", i);
        for (int k = 0; k < 10; k++)
            n += (size_t)snprintf(xml + n, sizeof xml - n, "&l%d;", i - 1);
        n += (size_t)snprintf(xml + n, sizeof xml - n, "\">\n");
    }
    snprintf(xml + n, sizeof xml - n, "]>\n<rss version=\"2.0\"><channel><item><title>t</title>"
                                      "<description>&l9;safe text</description></item>"
                                      "</channel></rss>");
    got g;
    read_feed("bomb.rss", xml, &g);
    assert_true(g.n <= 1);
    if (g.n == 1)
        assert_true(g.docs[0].len < 1000);
}

static void broken_feeds_are_reported(void **state)
{
    (void)state;
    got g;
    assert_int_equal(read_feed("a.rss", "this is not xml at all", &g), 1);
    assert_int_equal(g.n, 0);
    assert_int_equal(read_feed("b.rss", "<html><body>x</body></html>", &g), 1);
    assert_non_null(strstr(g.last_warn, "not an RSS or Atom feed"));
    /* truncated: what parsed is kept */
    const char *cut = "<rss version=\"2.0\"><channel><item><title>A</title>"
                      "<description>Kept body.</description></item><item><title>B</ti";
    read_feed("c.rss", cut, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.docs[0].body, "Kept body.");
    assert_true(g.notes >= 1);
    assert_int_equal(read_feed("d.rss", "", &g), 1);
    /* empty elements: no text collected, nothing to trim (UBSan found it) */
    read_feed("e.rss", "<rss><channel><item><title/><guid></guid><link/>"
                       "<description>Body</description></item></channel></rss>", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.docs[0].id, "e#1");
    assert_string_equal(g.docs[0].title, "(null)");
}

static void dates_to_iso(void **state)
{
    (void)state;
    char out[32];
    static const char *const cases[][2] = {
        {"Wed, 13 Jun 2018 10:05:00 GMT", "2018-06-13T10:05:00Z"},
        {"Wed, 13 Jun 2018 10:05:00 -0430", "2018-06-13T10:05:00-04:30"},
        {"13 Jun 2018 10:05 +0000", "2018-06-13T10:05:00Z"},
        {"Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z"},
        {"Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37"},
        {"Tue, 5 March 2024 8:00:00 PDT", "2024-03-05T08:00:00-07:00"},
        {"2024-03-05T08:00:00.123+02:00", "2024-03-05T08:00:00.123+02:00"},
        {"  2024-03-05 ", "2024-03-05"},
        {"5 Mar 2024", "2024-03-05"},
        {"March 5, 2024 3:10 PM", "2024-03-05T15:10:00"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_true(nm_date_to_iso(cases[i][0], strlen(cases[i][0]), out));
        assert_string_equal(out, cases[i][1]);
    }
    static const char *const bad[] = {"", "yesterday", "31 Feb 2024", "Mon, 99 Jan 2024",
                                      "12:00", "Jan 2024 25:99"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(nm_date_to_iso(bad[i], strlen(bad[i]), out));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rss_items_with_content_become_documents),
        cmocka_unit_test(atom_entries_become_documents),
        cmocka_unit_test(rss1_rdf_items),
        cmocka_unit_test(entities_are_not_expanded),
        cmocka_unit_test(broken_feeds_are_reported),
        cmocka_unit_test(dates_to_iso),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
