/* Story digest from hand-built articles: headline, summary, speakers merged
 * across articles, near-duplicate statements, unnamed sources, story dates,
 * and the three renderers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "newsmon.h"

/* Range of the first occurrence of `needle` in a->text. */
static nm_range find(const nm_article *a, const char *needle)
{
    const char *p = strstr(a->text, needle);
    assert_non_null(p);
    return (nm_range){(size_t)(p - a->text), (size_t)(p - a->text) + strlen(needle)};
}

static nm_article *article(const char *id, const char *title, const char *date, const char *text)
{
    nm_article *a = nm_article_new();
    assert_non_null(a);
    a->id = id;
    a->source = id;
    a->title = title;
    a->date = date;
    a->text = text;
    a->text_len = strlen(text);
    return a;
}

static int person(nm_article *a, const char *name, const char *role, const char *aff)
{
    nm_person p = {0};
    p.name = name;
    p.role = role;
    p.affiliation = aff;
    int idx;
    assert_true(nm_article_add_person(a, &p, &idx));
    return idx;
}

static void quote(nm_article *a, nm_quote_kind kind, const char *words, const char *mention,
                  int who, const char *cue)
{
    nm_quote q = {0};
    nm_range *frag = nm_arena_alloc(a->arena, sizeof *frag);
    *frag = find(a, words);
    q.kind = kind;
    q.frags = frag;
    q.n_frags = 1;
    q.cue = cue;
    q.person = who;
    q.has_speaker = mention != NULL;
    if (mention)
        q.speaker = find(a, mention);
    assert_true(nm_article_add_quote(a, &q));
}

static void add_date(nm_article *a, const char *text, const char *iso, const char *month_day)
{
    assert_true(nm_article_add_date(a, find(a, text), iso));
    a->dates[a->n_dates - 1].month_day = month_day;
}

typedef struct story {
    nm_article *items[3];
} story;

static int build_story(void **state)
{
    story *s = calloc(1, sizeof *s);
    nm_article *a = article(
        "a1", "Ministers Meet Over Border Bridge", "2018-05-31",
        "Ministers Meet Over Border Bridge\n\n"
        "Foreign ministers of the two countries met in Eastport on Thursday to settle a long "
        "dispute over the border bridge and its tolls.\n\n"
        "\xE2\x80\x9CThe bridge belongs to both our peoples,\xE2\x80\x9D said Sergey Lavrov, "
        "the foreign minister.\n\n"
        "Experts say the agreement on the bridge tolls could be signed within weeks.\n\n"
        "Kim Il-sung was remembered at the ceremony.\n\n"
        "\xE2\x80\x9CNobody claimed this one.\xE2\x80\x9D\n");
    int lavrov = person(a, "Sergey Lavrov", "Foreign Minister", "Russia");
    int kim_is = person(a, "Kim Il-sung", NULL, NULL);
    quote(a, NM_QUOTE_DIRECT, "The bridge belongs to both our peoples,", "Sergey Lavrov", lavrov,
          "said");
    quote(a, NM_QUOTE_REPORTED, "the agreement on the bridge tolls could be signed within weeks",
          "Experts", -1, "say");
    quote(a, NM_QUOTE_DIRECT, "Kim Il-sung was remembered", "Kim Il-sung", kim_is, "was");
    quote(a, NM_QUOTE_DIRECT, "Nobody claimed this one.", NULL, -1, NULL);

    nm_article *b = article(
        "b2", "Bridge deal near, Lavrov says", NULL,
        "Bridge deal near, Lavrov says\n\n"
        "The two governments are close to a deal on the border bridge tolls after talks in "
        "Eastport, officials said on 12 June.\n\n"
        "\"The bridge belongs to both our peoples,\" Lavrov said. Lavrov added that the tolls "
        "would fall next year.\n\n"
        "Kim Jong-un sent a message. \xE2\x80\x9C<Peace> & quiet,\xE2\x80\x9D Kim said.\n");
    int lav_b = person(b, "Lavrov", NULL, NULL);
    int kim_b = person(b, "Kim", NULL, NULL);
    person(b, "Kim Jong-un", "leader", "North Korea");
    quote(b, NM_QUOTE_DIRECT, "The bridge belongs to both our peoples,", "Lavrov", lav_b, "said");
    quote(b, NM_QUOTE_REPORTED, "that the tolls would fall next year", "Lavrov added", lav_b,
          "added");
    quote(b, NM_QUOTE_DIRECT, "<Peace> & quiet,", "Kim said", kim_b, "said");
    add_date(b, "12 June", NULL, "--06-12");
    s->items[0] = a;
    s->items[1] = b;
    *state = s;
    return 0;
}

static int free_story(void **state)
{
    story *s = *state;
    for (size_t i = 0; i < 3; i++)
        nm_article_free(s->items[i]);
    free(s);
    return 0;
}

static json_t *digest_json(story *s)
{
    nm_buf out;
    nm_buf_init(&out);
    assert_int_equal(nm_digest_render(s->items, 2, NM_DIGEST_JSON, &out, NULL), NM_OK);
    json_error_t jerr;
    json_t *root = json_loads(out.data, 0, &jerr);
    if (!root)
        fail_msg("digest JSON does not parse: %s", jerr.text);
    nm_buf_deinit(&out);
    return root;
}

static json_t *speaker_named(json_t *root, const char *name)
{
    size_t i;
    json_t *sp;
    json_array_foreach(json_object_get(root, "speakers"), i, sp)
        if (!strcmp(json_string_value(json_object_get(sp, "name")), name))
            return sp;
    return NULL;
}

static void speakers_merge_across_articles(void **state)
{
    json_t *root = digest_json(*state);
    json_t *lavrov = speaker_named(root, "Sergey Lavrov");
    assert_non_null(lavrov);
    assert_null(speaker_named(root, "Lavrov")); /* merged, fullest name kept */
    assert_string_equal(json_string_value(json_object_get(lavrov, "role")), "Foreign Minister");
    json_t *st = json_object_get(lavrov, "statements");
    assert_int_equal(json_array_size(st), 2);
    /* the same words in both articles are one statement with both ids */
    json_t *first = json_array_get(st, 0);
    assert_string_equal(json_string_value(json_object_get(first, "kind")), "direct");
    assert_int_equal(json_array_size(json_object_get(first, "articles")), 2);
    json_t *second = json_array_get(st, 1);
    assert_string_equal(json_string_value(json_object_get(second, "kind")), "reported");
    assert_string_equal(json_string_value(json_array_get(json_object_get(second, "articles"), 0)),
                        "b2");
    json_decref(root);
}

static void different_people_with_one_name_stay_apart(void **state)
{
    json_t *root = digest_json(*state);
    /* "Kim" of b2 fits both Kim Jong-un and Kim Il-sung of the story: it
     * must not be merged into Kim Il-sung, the only speaker it fits */
    json_t *kim_is = speaker_named(root, "Kim Il-sung");
    assert_non_null(kim_is);
    assert_int_equal(json_array_size(json_object_get(kim_is, "statements")), 1);
    json_decref(root);
}

static void unnamed_sources_keep_their_mention(void **state)
{
    json_t *root = digest_json(*state);
    json_t *unnamed = json_object_get(root, "unnamed");
    assert_int_equal(json_array_size(unnamed), 1);
    json_t *u = json_array_get(unnamed, 0);
    assert_string_equal(json_string_value(json_object_get(u, "mention")), "Experts");
    /* the quote nobody is said to have said is left out */
    char *dump = json_dumps(root, 0);
    assert_null(strstr(dump, "Nobody claimed"));
    free(dump);
    json_decref(root);
}

static void yearless_date_dated_by_the_story(void **state)
{
    json_t *root = digest_json(*state);
    json_t *dates = json_object_get(root, "dates");
    assert_int_equal(json_array_size(dates), 1);
    json_t *d = json_array_get(dates, 0);
    assert_string_equal(json_string_value(json_object_get(d, "iso")), "2018-06-12");
    assert_true(json_is_true(json_object_get(d, "inferred")));
    assert_string_equal(json_string_value(json_object_get(root, "date_first")), "2018-05-31");
    json_decref(root);
}

static void headline_and_summary(void **state)
{
    json_t *root = digest_json(*state);
    const char *headline = json_string_value(json_object_get(root, "headline"));
    assert_non_null(headline);
    json_t *summary = json_object_get(root, "summary");
    assert_true(json_array_size(summary) >= 2 && json_array_size(summary) <= 3);
    size_t i;
    json_t *s;
    json_array_foreach(summary, i, s) {
        const char *text = json_string_value(json_object_get(s, "text"));
        /* no quotes, no titles, no short lines in the summary */
        assert_null(strstr(text, "\xE2\x80\x9C"));
        assert_null(strchr(text, '"'));
        assert_string_not_equal(text, headline);
        assert_true(strlen(text) > 40);
    }
    json_decref(root);
}

static void markdown_names_speakers_with_roles(void **state)
{
    story *s = *state;
    nm_buf out;
    nm_buf_init(&out);
    assert_int_equal(nm_digest_render(s->items, 2, NM_DIGEST_MD, &out, NULL), NM_OK);
    assert_non_null(strstr(out.data, "### Sergey Lavrov — Foreign Minister, Russia"));
    assert_non_null(strstr(out.data, "“The bridge belongs to both our peoples” (said) [a1, b2]"));
    assert_non_null(strstr(out.data, "## Sources"));
    nm_buf_deinit(&out);
}

static void html_escapes_everything(void **state)
{
    story *s = *state;
    nm_buf out;
    nm_buf_init(&out);
    assert_int_equal(nm_digest_render(s->items, 2, NM_DIGEST_HTML, &out, NULL), NM_OK);
    assert_null(strstr(out.data, "<Peace>"));
    assert_non_null(strstr(out.data, "&lt;Peace&gt; &amp; quiet"));
    assert_non_null(strstr(out.data, "<!DOCTYPE html>"));
    assert_null(strstr(out.data, "<script"));
    nm_buf_deinit(&out);
}

static void no_articles_is_a_usage_error(void **state)
{
    (void)state;
    nm_buf out;
    nm_buf_init(&out);
    nm_error err;
    assert_int_equal(nm_digest_render(NULL, 0, NM_DIGEST_MD, &out, &err), NM_ERR_USAGE);
    nm_buf_deinit(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(speakers_merge_across_articles, build_story, free_story),
        cmocka_unit_test_setup_teardown(different_people_with_one_name_stay_apart, build_story,
                                        free_story),
        cmocka_unit_test_setup_teardown(unnamed_sources_keep_their_mention, build_story,
                                        free_story),
        cmocka_unit_test_setup_teardown(yearless_date_dated_by_the_story, build_story, free_story),
        cmocka_unit_test_setup_teardown(headline_and_summary, build_story, free_story),
        cmocka_unit_test_setup_teardown(markdown_names_speakers_with_roles, build_story,
                                        free_story),
        cmocka_unit_test_setup_teardown(html_escapes_everything, build_story, free_story),
        cmocka_unit_test(no_articles_is_a_usage_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
