/* The WHATWG HTML tokenizer (src/clean/html_tokenizer.c) and the tree
 * builder over it (html_tree.c): tokens are written out as a string
 *   <name a=v>  </name>  <name/>  "text"  <!--data-->  <!DOCTYPE name>
 * (consecutive text pieces joined) and compared with what the spec says. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/html_tokenizer.h"
#include "clean/html_tree.h"

typedef struct rec {
    nm_buf out;
    bool in_text;
    /* tree: names of open elements, for end events */
    char **names;
    size_t depth, cap, max_depth;
    size_t starts, ends;
    size_t text_bytes;
    size_t big_attr; /* longest attribute value seen */
    bool quiet;      /* count only (huge inputs) */
} rec;

static void close_text(rec *r)
{
    if (r->in_text)
        nm_buf_putc(&r->out, '"');
    r->in_text = false;
}

static void put_tag(rec *r, const hx_token_tag *t, bool end)
{
    for (uint32_t i = 0; i < t->n_attrs; i++)
        if (t->attrs[i].value_len > r->big_attr)
            r->big_attr = t->attrs[i].value_len;
    if (r->quiet)
        return;
    close_text(r);
    nm_buf_append(&r->out, end ? "</" : "<", end ? 2 : 1);
    nm_buf_append(&r->out, t->name, t->name_len);
    for (uint32_t i = 0; i < t->n_attrs; i++) {
        nm_buf_putc(&r->out, ' ');
        nm_buf_append(&r->out, t->attrs[i].name, t->attrs[i].name_len);
        nm_buf_putc(&r->out, '=');
        nm_buf_append(&r->out, t->attrs[i].value, t->attrs[i].value_len);
    }
    nm_buf_append(&r->out, t->self_closing ? "/>" : ">", t->self_closing ? 2 : 1);
}

static hx_text_model on_start(void *user, const hx_token_tag *t)
{
    put_tag(user, t, false);
    return hx_text_model_of(t->name, t->name_len);
}

static void on_end(void *user, const hx_token_tag *t)
{
    put_tag(user, t, true);
}

static void on_text(void *user, const char *s, size_t n)
{
    rec *r = user;
    assert_true(n > 0);
    assert_null(memchr(s, '\0', n));
    r->text_bytes += n;
    if (r->quiet) {
        if (n >= 9 && memmem(s, n, "deep text", 9))
            r->big_attr = r->depth; /* depth where the deepest text landed */
        return;
    }
    if (!r->in_text)
        nm_buf_putc(&r->out, '"');
    r->in_text = true;
    nm_buf_append(&r->out, s, n);
}

static void on_comment(void *user, const char *s, size_t n)
{
    rec *r = user;
    close_text(r);
    nm_buf_append(&r->out, "<!--", 4);
    nm_buf_append(&r->out, s, n);
    nm_buf_append(&r->out, "-->", 3);
}

static void on_doctype(void *user, const char *s, size_t n)
{
    rec *r = user;
    close_text(r);
    nm_buf_append(&r->out, "<!DOCTYPE ", 10);
    nm_buf_append(&r->out, s, n);
    nm_buf_putc(&r->out, '>');
}

static const hx_token_sink sink = {on_start, on_end, on_text, on_comment, on_doctype};

/* Tokens of `html` (len bytes) as a string; caller frees. */
static char *tokens_n(const char *html, size_t len)
{
    rec r;
    memset(&r, 0, sizeof r);
    nm_buf_init(&r.out);
    assert_true(hx_tokenize(html, len, &sink, &r));
    close_text(&r);
    nm_buf_putc(&r.out, '\0');
    return r.out.data;
}

#define expect_tokens(html, want)                                                 \
    do {                                                                          \
        char *got_ = tokens_n(html, sizeof(html) - 1);                            \
        if (strcmp(got_, want))                                                   \
            fprintf(stderr, "input: %s\n  got: %s\n want: %s\n", html, got_, want); \
        assert_string_equal(got_, want);                                          \
        free(got_);                                                               \
    } while (0)

/* ---- tree events -------------------------------------------------- */

static void tree_start(void *user, hx_tag tag, const hx_token_tag *t)
{
    rec *r = user;
    (void)tag;
    if (r->depth == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->names = realloc(r->names, r->cap * sizeof *r->names);
        assert_non_null(r->names);
    }
    r->names[r->depth++] = r->quiet ? NULL : strndup(t->name, t->name_len);
    if (r->depth > r->max_depth)
        r->max_depth = r->depth;
    r->starts++;
    if (!r->quiet) {
        hx_token_tag bare = *t;
        bare.n_attrs = 0;
        bare.self_closing = false;
        put_tag(r, &bare, false);
    }
}

static void tree_end(void *user, hx_tag tag)
{
    rec *r = user;
    (void)tag;
    assert_true(r->depth > 0);
    char *name = r->names[--r->depth];
    r->ends++;
    if (!r->quiet) {
        close_text(r);
        nm_buf_append(&r->out, "</", 2);
        nm_buf_append(&r->out, name, strlen(name));
        nm_buf_putc(&r->out, '>');
    }
    free(name);
}

static char *tree_of(const char *html, size_t len, bool *flattened)
{
    rec r;
    memset(&r, 0, sizeof r);
    nm_buf_init(&r.out);
    hx_tree_sink ts = {tree_start, tree_end, on_text};
    assert_true(hx_tree_build(html, len, &ts, &r, flattened));
    assert_int_equal(r.depth, 0);
    assert_int_equal(r.starts, r.ends);
    free(r.names);
    close_text(&r);
    nm_buf_putc(&r.out, '\0');
    return r.out.data;
}

#define expect_tree(html, want)                                                   \
    do {                                                                          \
        char *got_ = tree_of(html, sizeof(html) - 1, NULL);                       \
        if (strcmp(got_, want))                                                   \
            fprintf(stderr, "input: %s\n  got: %s\n want: %s\n", html, got_, want); \
        assert_string_equal(got_, want);                                          \
        free(got_);                                                               \
    } while (0)

/* ---- tokenizer ---------------------------------------------------- */

static void test_tags_and_attributes(void **state)
{
    (void)state;
    /* case folded; quoted, unquoted, missing value; first duplicate wins */
    expect_tokens("<DIV Class=\"a b\" id='x' data-n=3 hidden CLASS=dup data-e = \"\">t</Div>",
                  "<div class=a b id=x data-n=3 hidden= data-e=>\"t\"</div>");
    expect_tokens("<br/><img src=a.png/>", "<br/><img src=a.png/>");
    /* unquoted value stops at whitespace or '>' only; odd bytes kept */
    expect_tokens("<a href=x\"y'z<=`>", "<a href=x\"y'z<=`>");
    /* missing whitespace between attributes; '=' starting a name */
    expect_tokens("<a b=\"1\"c=2 =d>", "<a b=1 c=2 =d=>");
    /* '/' inside a tag that is not before '>' */
    expect_tokens("<a / b>", "<a b=>");
    /* attributes on end tags are dropped */
    expect_tokens("</p class=x>", "</p>");
    /* '<' not followed by a letter is text; "</>" is nothing */
    expect_tokens("a < b <3 </> c", "\"a < b <3  c\"");
    /* CR LF and lone CR become LF, in text and attribute values */
    expect_tokens("a\r\nb\rc<p t=\"1\r\n2\r3\">", "\"a\nb\nc\"<p t=1\n2\n3>");
}

static void test_comments_doctype(void **state)
{
    (void)state;
    expect_tokens("<!-- a -->b", "<!-- a -->\"b\"");
    expect_tokens("<!-->x", "<!---->\"x\"");            /* abrupt empty comment */
    expect_tokens("<!--->x", "<!---->\"x\"");
    expect_tokens("<!--a--!>b", "<!--a-->\"b\"");       /* incorrectly closed */
    expect_tokens("<!--a--b---->c", "<!--a--b---->\"c\"");
    expect_tokens("<!--a--!b-->c", "<!--a--!b-->\"c\"");
    expect_tokens("<!--<!-- x -->y", "<!--<!-- x -->\"y\""); /* nested: error only */
    expect_tokens("<!DOCTYPE html>x", "<!DOCTYPE html>\"x\"");
    expect_tokens("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"x\">t",
                  "<!DOCTYPE html>\"t\"");
    /* CDATA outside foreign content, processing instructions, "<!x": bogus comments */
    expect_tokens("<![CDATA[x<y]]>z", "<!--[CDATA[x<y]]-->\"z\"");
    expect_tokens("<?xml version=\"1.0\"?>t", "<!--?xml version=\"1.0\"?-->\"t\"");
    expect_tokens("<!x>t</3>u", "<!--x-->\"t\"<!--3-->\"u\"");
}

static void test_raw_text(void **state)
{
    (void)state;
    /* script data ends at the first "</script" + delimiter, even in a string */
    expect_tokens("<script>var s = \"</script>\";</script>",
                  "<script>\"var s = \"\"</script>\"\";\"</script>");
    expect_tokens("<script>a</scripts></SCRIPT >b",
                  "<script>\"a</scripts>\"</script>\"b\"");
    /* escaped and double-escaped script data */
    expect_tokens("<script><!--document.write(\"<script>x</script>\")--></script>t",
                  "<script>\"<!--document.write(\"<script>x</script>\")-->\"</script>\"t\"");
    expect_tokens("<script><!--a</script>b", "<script>\"<!--a\"</script>\"b\"");
    /* RCDATA decodes references, RAWTEXT does not; tags inside are text */
    expect_tokens("<title>a &amp; <b>b</b></title>", "<title>\"a & <b>b</b>\"</title>");
    expect_tokens("<textarea>&lt;p&gt;</textarea>", "<textarea>\"<p>\"</textarea>");
    expect_tokens("<style>p > a { x: '&amp;' }</style>",
                  "<style>\"p > a { x: '&amp;' }\"</style>");
    expect_tokens("<noscript><img src=x></noscript>", "<noscript>\"<img src=x>\"</noscript>");
    expect_tokens("<xmp><b></xmp><iframe><p></iframe>",
                  "<xmp>\"<b>\"</xmp><iframe>\"<p>\"</iframe>");
    expect_tokens("<plaintext></plaintext><b>", "<plaintext>\"</plaintext><b>\"");
}

static void test_named_references(void **state)
{
    (void)state;
    expect_tokens("&amp;&amp&lt;&gt", "\"&&<>\"");
    expect_tokens("&notit; &notin;", "\"\xC2\xACit; \xE2\x88\x89\"");  /* ¬it; ∉ */
    expect_tokens("&ampx &copy2", "\"&x \xC2\xA9" "2\"");
    expect_tokens("&nosuch; &;&#;&#x;&", "\"&nosuch; &;&#;&#x;&\"");
    expect_tokens("&CounterClockwiseContourIntegral;", "\"\xE2\x88\xB3\"");
    expect_tokens("&nGt;", "\"\xE2\x89\xAB\xE2\x83\x92\""); /* two code points */
    expect_tokens("&AMP;&Amp;", "\"&&Amp;\"");
    /* attributes: a legacy name followed by '=' or an alphanumeric stays */
    expect_tokens("<a href=\"?a=1&copy=2&ampx&amp;y&not;&notx\">",
                  "<a href=?a=1&copy=2&ampx&y\xC2\xAC&notx>");
    expect_tokens("<a t=&lt>", "<a t=<>");
    /* the table: 2,231 names, sorted, lookup of each */
    char out[8];
    size_t n;
    assert_int_equal(hx_char_ref("hellip;", 7, false, out, &n), 7);
    assert_memory_equal(out, "\xE2\x80\xA6", 3);
    assert_int_equal(hx_char_ref("zwnj;", 5, false, out, &n), 5);
    assert_int_equal(hx_char_ref("AElig", 5, false, out, &n), 5);
    assert_int_equal(hx_char_ref("zwnj", 4, false, out, &n), 0); /* needs ';' */
}

static void test_numeric_references(void **state)
{
    (void)state;
    expect_tokens("&#65;&#x42;&#X43;&#68", "\"ABCD\"");
    expect_tokens("&#0;", "\"\xEF\xBF\xBD\"");                   /* NUL → U+FFFD */
    expect_tokens("&#x110000;", "\"\xEF\xBF\xBD\"");             /* beyond Unicode */
    expect_tokens("&#99999999999999999999;", "\"\xEF\xBF\xBD\""); /* no overflow */
    expect_tokens("&#xD800;", "\"\xEF\xBF\xBD\"");               /* surrogate */
    expect_tokens("&#128;&#x9F;&#150;", "\"\xE2\x82\xAC\xC5\xB8\xE2\x80\x93\""); /* C1 table */
    expect_tokens("&#129;", "\"\xC2\x81\"");                     /* not in the table */
    expect_tokens("&#x1F600;", "\"\xF0\x9F\x98\x80\"");
    expect_tokens("<a v=&#65&#x3c;>", "<a v=A<>");
}

static void test_eof_in_every_state(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"<", "\"<\""},                 /* tag open */
        {"</", "\"</\""},               /* end tag open */
        {"<a", ""},                     /* tag name: eof-in-tag drops the tag */
        {"x<a b", "\"x\""},             /* attribute name */
        {"<a b ", ""},                  /* after attribute name */
        {"<a b=", ""},                  /* before attribute value */
        {"<a b=\"x", ""},               /* attribute value (double-quoted) */
        {"<a b='x", ""},                /* attribute value (single-quoted) */
        {"<a b=x", ""},                 /* attribute value (unquoted) */
        {"<a b=\"x\"", ""},             /* after attribute value */
        {"<a /", ""},                   /* self-closing start tag */
        {"<!", "<!---->"},              /* markup declaration open → bogus comment */
        {"<!-", "<!----->"},             /* bogus comment "-" */
        {"<!--", "<!---->"},            /* comment start */
        {"<!---", "<!---->"},           /* comment start dash */
        {"<!--x", "<!--x-->"},          /* comment */
        {"<!--x<", "<!--x<-->"},        /* comment less-than sign */
        {"<!--x<!", "<!--x<!-->"},
        {"<!--x<!-", "<!--x<!-->"},
        {"<!--x<!--", "<!--x<!-->"},
        {"<!--x-", "<!--x-->"},         /* comment end dash */
        {"<!--x--", "<!--x-->"},        /* comment end */
        {"<!--x--!", "<!--x-->"},       /* comment end bang */
        {"<!DOCTYPE", "<!DOCTYPE >"},
        {"<!DOCTYPE html PUBLIC \"x", "<!DOCTYPE html>"},
        {"<?x", "<!--?x-->"},           /* bogus comment */
        {"&", "\"&\""},                 /* character reference */
        {"&#", "\"&#\""},
        {"&#x", "\"&#x\""},
        {"&#x4", "\"\x04\""},
        {"&am", "\"&am\""},
        {"&amp", "\"&\""},
        {"<title>x</tit", "<title>\"x</tit\""},   /* RCDATA end tag name */
        {"<title>x<", "<title>\"x<\""},
        {"<style>x</style", "<style>\"x</style\""}, /* not followed by a delimiter */
        {"<script><!--", "<script>\"<!--\""},      /* script data escaped */
        {"<script><!--x-", "<script>\"<!--x-\""},
        {"<script><!--<script>", "<script>\"<!--<script>\""}, /* double escaped */
        {"<script><!--<script>-", "<script>\"<!--<script>-\""},
        {"<script><!--<script></", "<script>\"<!--<script></\""},
        {"<script><!--<script></script", "<script>\"<!--<script></script\""},
        {"<script><!--<script></script></script>", "<script>\"<!--<script></script>\"</script>"},
        {"<plaintext>", "<plaintext>"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = tokens_n(cases[i].in, strlen(cases[i].in));
        if (strcmp(got, cases[i].want))
            fprintf(stderr, "input: %s\n  got: %s\n want: %s\n", cases[i].in, got,
                    cases[i].want);
        assert_string_equal(got, cases[i].want);
        free(got);
    }
    /* and every prefix of a page that visits most states ends cleanly */
    static const char page[] =
        "<!DOCTYPE html><html lang=en><!-- c --!><title>T &amp; t</title>"
        "<script><!--<script>x</script>--></script><p class='a' id=b c=\"&copy=\" d>"
        "x&notit;&#x41;&#128;<br/><![CDATA[z]]><?pi?></p x=1><textarea>&lt;</textarea>";
    for (size_t n = 0; n <= sizeof page - 1; n++)
        free(tokens_n(page, n));
}

static void test_nul_bytes(void **state)
{
    (void)state;
    /* dropped in data; U+FFFD in names, values, raw text, comments */
    static const char in[] = "a\0b<x\0y z\0=\"v\0\"><!--c\0--><script>\0</script><style>\0</style>";
    char *got = tokens_n(in, sizeof in - 1);
    assert_string_equal(got,
                        "\"ab\"<x\xEF\xBF\xBDy z\xEF\xBF\xBD=v\xEF\xBF\xBD><!--c\xEF\xBF\xBD-->"
                        "<script>\"\xEF\xBF\xBD\"</script><style>\"\xEF\xBF\xBD\"</style>");
    free(got);
}

static void test_huge_attribute(void **state)
{
    (void)state;
    size_t big = 20u << 20; /* 20 MB */
    char *page = malloc(big + 64);
    assert_non_null(page);
    size_t n = (size_t)sprintf(page, "<p title=\"");
    memset(page + n, 'x', big);
    n += big;
    n += (size_t)sprintf(page + n, "\">after</p>");
    rec r;
    memset(&r, 0, sizeof r);
    nm_buf_init(&r.out);
    r.quiet = true;
    assert_true(hx_tokenize(page, n, &sink, &r));
    assert_int_equal(r.big_attr, big);
    assert_int_equal(r.text_bytes, 5); /* "after" */
    nm_buf_deinit(&r.out);
    free(page);
}

/* ---- tree ---------------------------------------------------------- */

static void test_tree_implied(void **state)
{
    (void)state;
    /* implied html, head, body; head content stays in head */
    expect_tree("<title>T</title><p>x",
                "<html><head><title>\"T\"</title></head><body><p>\"x\"</p></body></html>");
    /* a block start closes an open <p>; void elements never stay open */
    expect_tree("<body><p>a<div>b</div><p>c<br><img>d",
                "<html><body><p>\"a\"</p><div>\"b\"</div><p>\"c\"<br></br><img></img>\"d\"</p>"
                "</body></html>");
    /* <p> inside an inline inside <p> is still closed (button scope) */
    expect_tree("<body><p><span>a<p>b",
                "<html><body><p><span>\"a\"</span></p><p>\"b\"</p></body></html>");
    /* li closes li, dd/dt each other, not across a nested list */
    expect_tree("<body><ul><li>1<li>2<ul><li>3</ul><li>4</ul>",
                "<html><body><ul><li>\"1\"</li><li>\"2\"<ul><li>\"3\"</li></ul></li><li>\"4\"</li>"
                "</ul></body></html>");
    expect_tree("<body><dl><dt>a<dd>b<dt>c</dl>",
                "<html><body><dl><dt>\"a\"</dt><dd>\"b\"</dd><dt>\"c\"</dt></dl></body></html>");
    /* cells and rows */
    expect_tree("<body><table><tr><td>a<td>b<tr><td>c</table>x",
                "<html><body><table><tr><td>\"a\"</td><td>\"b\"</td></tr><tr><td>\"c\"</td></tr>"
                "</table>\"x\"</body></html>");
    /* options; headings close headings */
    expect_tree("<body><select><option>1<option>2</select><h1>a<h2>b",
                "<html><body><select><option>\"1\"</option><option>\"2\"</option></select>"
                "<h1>\"a\"</h1><h2>\"b\"</h2></body></html>");
    /* nested <a> closes the first */
    expect_tree("<body><a href=1>x<a href=2>y</a>",
                "<html><body><a>\"x\"</a><a>\"y\"</a></body></html>");
}

static void test_tree_end_tags(void **state)
{
    (void)state;
    /* unmatched end tags are ignored; an inline end tag does not close a block */
    expect_tree("<body><div>a</span>b<span><div>c</span>d</div>e</div>f",
                "<html><body><div>\"ab\"<span><div>\"cd\"</div>\"e\"</span></div>\"f\"</body></html>");
    /* a block end tag closes what is open inside it */
    expect_tree("<body><div><p><b>a</div>b",
                "<html><body><div><p><b>\"a\"</b></p></div>\"b\"</body></html>");
    /* stray </p> makes an empty p, </br> a br */
    expect_tree("<body>a</p>b</br>c",
                "<html><body>\"a\"<p></p>\"b\"<br></br>\"c\"</body></html>");
    /* </body> and </html> keep the body open: text after them lands there */
    expect_tree("<p>a</body></html>b", "<html><body><p>\"ab\"</p></body></html>");
    /* SVG: "/>" closes, HTML breaks out */
    expect_tree("<body><svg><path/><g>x</svg>y<svg><circle><p>z",
                "<html><body><svg><path></path><g>\"x\"</g></svg>\"y\"<svg><circle></circle></svg>"
                "<p>\"z\"</p></body></html>");
    /* self-closing non-void HTML elements stay open, as in browsers */
    expect_tree("<body><div/>a", "<html><body><div>\"a\"</div></body></html>");
}

static void test_tree_deep_nesting(void **state)
{
    (void)state;
    const size_t deep = 200000;
    size_t len = deep * 11 + 32;
    char *page = malloc(len);
    assert_non_null(page);
    size_t n = 0;
    for (size_t i = 0; i < deep; i++)
        n += (size_t)sprintf(page + n, "<div>");
    n += (size_t)sprintf(page + n, "deep text");
    for (size_t i = 0; i < deep; i++)
        n += (size_t)sprintf(page + n, "</div>");
    rec r;
    memset(&r, 0, sizeof r);
    nm_buf_init(&r.out);
    r.quiet = true;
    bool flattened = false;
    hx_tree_sink ts = {tree_start, tree_end, on_text};
    assert_true(hx_tree_build(page, n, &ts, &r, &flattened));
    assert_true(flattened);
    assert_int_equal(r.depth, 0);
    assert_int_equal(r.starts, r.ends);
    assert_true(r.max_depth <= HX_TREE_MAX_DEPTH + 1);
    assert_int_equal(r.text_bytes, 9);                 /* the text is kept... */
    assert_int_equal(r.big_attr, HX_TREE_MAX_DEPTH);   /* ...in the deepest open element */
    free(r.names);
    nm_buf_deinit(&r.out);
    free(page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tags_and_attributes),
        cmocka_unit_test(test_comments_doctype),
        cmocka_unit_test(test_raw_text),
        cmocka_unit_test(test_named_references),
        cmocka_unit_test(test_numeric_references),
        cmocka_unit_test(test_eof_in_every_state),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_huge_attribute),
        cmocka_unit_test(test_tree_implied),
        cmocka_unit_test(test_tree_end_tags),
        cmocka_unit_test(test_tree_deep_nesting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
