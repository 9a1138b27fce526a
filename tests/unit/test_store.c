/* Store: idempotent adds, duplicates, stories, search, quotes, rebuild,
 * and a resumed store deciding like an uninterrupted one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsmon.h"

static const char summit1[] =
    "Kremlin wary of Trump-Kim summit in Singapore\n\n"
    "Moscow is watching the Singapore summit between President Trump and Kim Jong-un with "
    "unease. Foreign Minister Lavrov met Kim in Pyongyang last month, and Russian officials "
    "fear that the summit will fail to bring denuclearization any closer.\n\n"
    "\xE2\x80\x9CWe want the talks to succeed,\xE2\x80\x9D said Konstantin Kosachev, who chairs "
    "the foreign affairs committee of the Federation Council in Moscow.\n";
static const char summit2[] =
    "Moscow cautious on Singapore summit\n\n"
    "Russian reaction to the Singapore summit of President Trump and Kim Jong-un was cautious. "
    "Lavrov called the meeting positive, while Kosachev doubted that denuclearization would "
    "follow soon. The Kremlin hopes Trump and Putin meet next.\n";
static const char storm[] =
    "Storm floods river towns\n\n"
    "Heavy rain flooded towns along the river on Sunday. Residents left their homes as the "
    "storm moved east, and schools closed for the rest of the week while crews cleared "
    "roads and bridges.\n";

typedef struct fixture {
    char path[64];
    nm_store *s;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    strcpy(f->path, "/tmp/nm_test_store_XXXXXX");
    int fd = mkstemp(f->path);
    if (fd < 0)
        return -1;
    close(fd);
    unlink(f->path);
    nm_error err;
    if (nm_store_open(f->path, NULL, &f->s, &err) != NM_OK)
        return -1;
    *state = f;
    return 0;
}

static void remove_store(const char *path)
{
    char p[80];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

static int teardown(void **state)
{
    fixture *f = *state;
    nm_store_close(f->s, NULL);
    remove_store(f->path);
    free(f);
    return 0;
}

/* A text article; no analysis (other tests own it), one person and one
 * quote added by hand so the rows are known. */
static nm_article *article(const char *id, const char *source, const char *text, bool quote)
{
    nm_doc d = {0};
    d.id = id;
    d.source = source;
    d.data = text;
    d.len = strlen(text);
    d.kind = NM_AS_TEXT;
    nm_options o;
    nm_options_init(&o);
    o.analyse = false;
    nm_article *a = NULL;
    nm_error err;
    assert_int_equal(nm_process(&d, &o, &a, &err), NM_OK);
    if (quote) {
        const char *k = strstr(a->text, "Konstantin Kosachev");
        const char *q = strstr(a->text, "We want");
        assert_non_null(k);
        nm_person p = {0};
        p.name = "Konstantin Kosachev";
        p.role = "chair";
        int idx;
        assert_true(nm_article_add_person(a, &p, &idx));
        nm_range speaker = {(size_t)(k - a->text), (size_t)(k - a->text) + 19};
        assert_true(nm_article_add_mention(a, speaker, idx));
        nm_range *frag = nm_arena_alloc(a->arena, sizeof *frag); /* the quote keeps it */
        *frag = (nm_range){(size_t)(q - a->text), (size_t)(q - a->text) + 28};
        nm_quote qt = {0};
        qt.kind = NM_QUOTE_DIRECT;
        qt.frags = frag;
        qt.n_frags = 1;
        qt.cue = "said";
        qt.has_speaker = true;
        qt.speaker = speaker;
        qt.person = idx;
        assert_true(nm_article_add_quote(a, &qt));
        assert_true(nm_article_add_place(a, "Moscow", 6));
    }
    return a;
}

static nm_store_added add(nm_store *s, const char *id, const char *source, const char *text,
                          bool quote)
{
    nm_article *a = article(id, source, text, quote);
    nm_store_added r;
    nm_error err;
    nm_error_clear(&err);
    nm_status st = nm_store_add(s, a, nm_content_hash(text, strlen(text)), &r, &err);
    if (st != NM_OK)
        fail_msg("%s", err.msg);
    nm_article_free(a);
    return r;
}

static nm_store_counts counts(nm_store *s)
{
    nm_store_counts n;
    assert_int_equal(nm_store_stats(s, &n, NULL), NM_OK);
    return n;
}

static void same_document_twice_adds_nothing(void **state)
{
    fixture *f = *state;
    nm_store_added r1 = add(f->s, "a", "dir1/a.txt", summit1, true);
    assert_false(r1.existed);
    assert_true(r1.new_story);
    assert_int_equal(r1.dup, NM_DUP_NONE);
    nm_store_added r2 = add(f->s, "a", "dir1/a.txt", summit1, true);
    assert_true(r2.existed);
    assert_int_equal(r2.article, r1.article);
    /* The same base name in another folder is another document. */
    nm_store_added r3 = add(f->s, "a", "dir2/a.txt", summit1, true);
    assert_false(r3.existed);
    assert_int_equal(r3.dup, NM_DUP_TEXT);
    assert_int_equal(r3.duplicate_of, r1.article);
    assert_int_equal(r3.story, r1.story);
    assert_true(nm_store_contains(f->s, "dir1/a.txt", nm_content_hash(summit1, strlen(summit1))));
    assert_int_equal(nm_store_commit(f->s, NULL), NM_OK);
    nm_store_counts n = counts(f->s);
    assert_int_equal(n.articles, 2);
    assert_int_equal(n.duplicates, 1);
    assert_int_equal(n.stories, 1);
    assert_int_equal(n.quotes, 2);
    assert_int_equal(n.people, 1);
    assert_int_equal(n.places, 1);
}

static void near_copy_is_recorded_against_its_original(void **state)
{
    fixture *f = *state;
    /* Long enough for a SimHash; one word changed. */
    char long1[4096] = "", long2[4096];
    for (int i = 0; i < 6; i++)
        strcat(long1, summit2 + 36);
    strcpy(long2, long1);
    memcpy(strstr(long2, "cautious"), "careful!", 8);
    nm_store_added r1 = add(f->s, "x", "x.txt", long1, false);
    nm_store_added r2 = add(f->s, "y", "y.txt", long2, false);
    assert_int_equal(r2.dup, NM_DUP_NEAR);
    assert_int_equal(r2.duplicate_of, r1.article);
    assert_int_equal(r2.story, r1.story);
}

/* A reprint under a new headline: the same body is the same text. */
static void reprint_with_new_headline_is_a_duplicate(void **state)
{
    fixture *f = *state;
    char body[4096] = "";
    for (int i = 0; i < 3; i++)
        strcat(body, summit2 + 36);
    char one[4200], two[4200];
    snprintf(one, sizeof one, "Moscow cautious on summit\n\n%s", body);
    snprintf(two, sizeof two, "Russia greets summit with caution\n\n%s", body);
    nm_store_added r1 = add(f->s, "one", "one.txt", one, false);
    nm_store_added r2 = add(f->s, "two", "two.txt", two, false);
    assert_int_equal(r2.dup, NM_DUP_TEXT);
    assert_int_equal(r2.duplicate_of, r1.article);
}

typedef struct collected {
    char ids[8][64];
    size_t n_stories, n;
} collected;

static bool collect_story(const nm_story_info *st, void *user)
{
    collected *c = user;
    c->n_stories++;
    if (st->n_articles > 1)
        for (size_t i = 0; i < st->n_articles && c->n < 8; i++)
            snprintf(c->ids[c->n++], 64, "%s", st->articles[i]);
    return true;
}

static bool collect_hit(const nm_search_hit *h, void *user)
{
    collected *c = user;
    if (c->n < 8)
        snprintf(c->ids[c->n++], 64, "%s", h->id);
    assert_non_null(strchr(h->snippet, '['));
    return true;
}

static bool collect_quote(const nm_quote_row *q, void *user)
{
    collected *c = user;
    assert_string_equal(q->speaker, "Konstantin Kosachev");
    assert_string_equal(q->kind, "direct");
    assert_string_equal(q->text, "We want the talks to succeed");
    c->n++;
    return true;
}

static void stories_search_and_quotes(void **state)
{
    fixture *f = *state;
    add(f->s, "s1", "s1.txt", summit1, true);
    add(f->s, "storm", "storm.txt", storm, false);
    add(f->s, "s2", "s2.txt", summit2, false);
    collected c = {0};
    assert_int_equal(nm_store_stories(f->s, 1, collect_story, &c, NULL), NM_OK);
    assert_int_equal(c.n_stories, 2);
    assert_int_equal(c.n, 2); /* the summit story, largest first */
    assert_string_equal(c.ids[0], "s1");
    assert_string_equal(c.ids[1], "s2");
    memset(&c, 0, sizeof c);
    assert_int_equal(nm_store_search(f->s, "kosachev", 10, collect_hit, &c, NULL), NM_OK);
    assert_int_equal(c.n, 2);
    memset(&c, 0, sizeof c);
    /* FTS5 syntax in the query is taken as text, not as an error. */
    assert_int_equal(nm_store_search(f->s, "\"river\" AND (", 10, collect_hit, &c, NULL), NM_OK);
    memset(&c, 0, sizeof c);
    assert_int_equal(nm_store_search(f->s, "flooded river", 10, collect_hit, &c, NULL), NM_OK);
    assert_int_equal(c.n, 1);
    assert_string_equal(c.ids[0], "storm");
    memset(&c, 0, sizeof c);
    assert_int_equal(nm_store_quotes(f->s, "kosach", collect_quote, &c, NULL), NM_OK);
    assert_int_equal(c.n, 1);
    memset(&c, 0, sizeof c);
    assert_int_equal(nm_store_quotes(f->s, "nobody", collect_quote, &c, NULL), NM_OK);
    assert_int_equal(c.n, 0);
}

static void stored_story_rebuilds_the_same_records(void **state)
{
    fixture *f = *state;
    nm_article *orig = article("s1", "s1.txt", summit1, true);
    nm_store_added r;
    assert_int_equal(nm_store_add(f->s, orig, 1, &r, NULL), NM_OK);
    nm_article **list;
    size_t n;
    assert_int_equal(nm_store_story_articles(f->s, r.story, &list, &n, NULL), NM_OK);
    assert_int_equal(n, 1);
    nm_buf a, b;
    nm_buf_init(&a);
    nm_buf_init(&b);
    nm_article_write_json(orig, &a);
    nm_article_write_json(list[0], &b);
    assert_string_equal(a.data, b.data);
    nm_buf_deinit(&a);
    nm_buf_deinit(&b);
    nm_article_free(list[0]);
    free(list);
    nm_article_free(orig);
    assert_int_equal(nm_store_story_articles(f->s, 999, &list, &n, NULL), NM_ERR_NOT_FOUND);
}

/* Story ids per article after adding texts[0..n) in order, closing and
 * reopening the store after `reopen_after` of them. */
static void run_in_two_parts(const char *path, size_t reopen_after, int64_t *stories)
{
    const char *texts[] = {summit1, storm, summit2};
    const char *sources[] = {"1", "2", "3"};
    nm_store *s;
    assert_int_equal(nm_store_open(path, NULL, &s, NULL), NM_OK);
    for (size_t i = 0; i < 3; i++) {
        if (i == reopen_after) {
            assert_int_equal(nm_store_close(s, NULL), NM_OK);
            assert_int_equal(nm_store_open(path, NULL, &s, NULL), NM_OK);
        }
        stories[i] = add(s, sources[i], sources[i], texts[i], false).story;
    }
    nm_store_close(s, NULL);
}

static void resumed_store_decides_like_one_run(void **state)
{
    (void)state;
    const char *p1 = "/tmp/nm_test_resume_a.db", *p2 = "/tmp/nm_test_resume_b.db";
    remove_store(p1);
    remove_store(p2);
    int64_t one[3], two[3];
    run_in_two_parts(p1, 99, one);
    run_in_two_parts(p2, 2, two);
    assert_memory_equal(one, two, sizeof one);
    assert_true(one[0] == one[2] && one[0] != one[1]);
    remove_store(p1);
    remove_store(p2);
}

static void read_only_store_must_exist(void **state)
{
    (void)state;
    nm_store_opts o;
    nm_store_opts_init(&o);
    o.read_only = true;
    nm_store *s = NULL;
    nm_error err;
    assert_int_not_equal(nm_store_open("/tmp/nm_no_such_dir/x.db", &o, &s, &err), NM_OK);
    assert_null(s);
    assert_non_null(strstr(err.msg, "nm_no_such_dir"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(same_document_twice_adds_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(reprint_with_new_headline_is_a_duplicate, setup, teardown),
        cmocka_unit_test_setup_teardown(near_copy_is_recorded_against_its_original, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(stories_search_and_quotes, setup, teardown),
        cmocka_unit_test_setup_teardown(stored_story_rebuilds_the_same_records, setup, teardown),
        cmocka_unit_test(resumed_store_decides_like_one_run),
        cmocka_unit_test(read_only_store_must_exist),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
