/* Story stage: words, fingerprints, terms and online clustering. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "newsmon.h"
#include "story/cluster.h"
#include "story/fingerprint.h"
#include "story/terms.h"
#include "story/words.h"

#include <stdio.h>
#include <xxhash.h>

static void words_lowercase_and_keep_apostrophes_inside(void **state)
{
    (void)state;
    const char *text = "Russia\xE2\x80\x99s MOSCOW won't, \xC3\x89lys\xC3\xA9" "e 2018.";
    const char *want[] = {"russias", "moscow", "wont", ("\xC3\xA9lys\xC3\xA9" "e"), "2018"};
    nm_word_iter it;
    nm_word_iter_init(&it, text, strlen(text));
    size_t n = 0;
    while (nm_word_next(&it)) {
        assert_true(n < 5);
        assert_string_equal(it.word, want[n]);
        n++;
    }
    assert_int_equal(n, 5);
}

static void words_flag_capitalised_names_inside_sentences(void **state)
{
    (void)state;
    const char *text = "Experts say Lavrov met Kim. Then they left.";
    nm_word_iter it;
    nm_word_iter_init(&it, text, strlen(text));
    bool name[8] = {0};
    size_t n = 0;
    while (nm_word_next(&it) && n < 8) {
        name[n] = it.capitalised && !it.sentence_start;
        n++;
    }
    assert_int_equal(n, 8);
    assert_false(name[0]); /* Experts: sentence start */
    assert_true(name[2]);  /* Lavrov */
    assert_true(name[4]);  /* Kim */
    assert_false(name[5]); /* Then: after a full stop */
}

static void text_hash_ignores_case_punctuation_and_spacing(void **state)
{
    (void)state;
    const char *a = "The summit opened, in Singapore.\n\nIt ended.";
    const char *b = "the SUMMIT opened in   Singapore -- it ended";
    const char *c = "The summit opened in Hanoi. It ended.";
    assert_true(nm_text_hash(a, strlen(a)) == nm_text_hash(b, strlen(b)));
    assert_true(nm_text_hash(a, strlen(a)) != nm_text_hash(c, strlen(c)));
}

/* ~120 words of varied text, different for each seed. */
static char *make_text(unsigned seed, size_t words)
{
    static const char *const vocab[] = {
        "summit", "Moscow", "leaders", "deal", "nuclear", "talks", "week", "sanctions",
        "minister", "border", "trade", "vote", "council", "market", "energy", "court",
        "river", "season", "players", "storm", "budget", "school", "health", "police"};
    char *out = malloc(words * 12 + 1);
    size_t len = 0;
    unsigned x = seed * 2654435761u + 1;
    for (size_t i = 0; i < words; i++) {
        x = x * 1103515245u + 12345u;
        const char *w = vocab[(x >> 16) % (sizeof vocab / sizeof *vocab)];
        len += (size_t)sprintf(out + len, "%s ", w);
    }
    out[len] = '\0';
    return out;
}

static void simhash_keeps_edits_close_and_strangers_apart(void **state)
{
    (void)state;
    char *a = make_text(1, 300);
    char *b = strdup(a);
    memcpy(b + 40, "XXXXX", 5); /* a small edit */
    char *c = make_text(2, 300);
    size_t shingles;
    uint64_t ha = nm_simhash(a, strlen(a), &shingles);
    assert_int_equal(shingles, 300 - NM_SHINGLE_WORDS + 1);
    uint64_t hb = nm_simhash(b, strlen(b), NULL);
    uint64_t hc = nm_simhash(c, strlen(c), NULL);
    assert_true(nm_hamming(ha, hb) <= 3);
    assert_true(nm_hamming(ha, hc) > 10);
    free(a);
    free(b);
    free(c);
}

static void url_normalise_drops_what_names_no_page(void **state)
{
    (void)state;
    nm_buf a, b;
    nm_buf_init(&a);
    nm_buf_init(&b);
    assert_true(nm_url_normalise("https://www.Example.com:443/news/story-1/?utm_source=x&id=7#top", &a));
    assert_true(nm_url_normalise("http://example.com/news/story-1?id=7&fbclid=abc", &b));
    assert_string_equal(a.data, "example.com/news/story-1?id=7");
    assert_string_equal(a.data, b.data);
    assert_false(nm_url_normalise("https://example.com/", &a));
    assert_false(nm_url_normalise("not a url", &a));
    assert_true(nm_url_normalise("https://example.com:8080/a", &a));
    assert_string_equal(a.data, "example.com:8080/a");
    nm_buf_deinit(&a);
    nm_buf_deinit(&b);
}

static uint32_t count_of(const nm_terms *t, const char *stem)
{
    uint64_t h = XXH3_64bits(stem, strlen(stem));
    for (size_t i = 0; i < t->n; i++)
        if (t->items[i].term == h)
            return t->items[i].count;
    return 0;
}

static void terms_drop_stopwords_and_merge_stems(void **state)
{
    (void)state;
    nm_article *a = nm_article_new();
    a->title = "Sanctions";
    a->text = "The sanctions said they would hit the sanction list, and experts met Putin.";
    a->text_len = strlen(a->text);
    nm_terms t;
    nm_terms_init(&t);
    assert_true(nm_terms_extract(a, &t));
    assert_true(nm_is_stopword("the", 3));
    assert_int_equal(count_of(&t, "the"), 0);
    assert_int_equal(count_of(&t, "said"), 0);
    /* title (3) + "sanctions" + "sanction", one stem */
    assert_int_equal(count_of(&t, "sanction"), NM_TERM_TITLE_WEIGHT + 2);
    assert_int_equal(count_of(&t, "putin"), NM_TERM_NAME_WEIGHT);
    for (size_t i = 1; i < t.n; i++)
        assert_true(t.items[i - 1].term < t.items[i].term);
    nm_terms_deinit(&t);
    nm_article_free(a);
}

static void vec_of(const char *title, const char *text, nm_df *df, nm_vec *v)
{
    nm_article *a = nm_article_new();
    a->title = title;
    a->text = text;
    a->text_len = strlen(text);
    nm_terms t;
    nm_terms_init(&t);
    assert_true(nm_terms_extract(a, &t));
    assert_true(nm_df_add(df, &t));
    nm_vec_build(&t, df, v);
    nm_terms_deinit(&t);
    nm_article_free(a);
}

static void cluster_joins_same_event_and_splits_others(void **state)
{
    (void)state;
    nm_cluster c;
    assert_true(nm_cluster_init(&c));
    nm_term_weight i1[NM_ARTICLE_TERMS], i2[NM_ARTICLE_TERMS], i3[NM_ARTICLE_TERMS];
    nm_vec v1 = {i1, 0}, v2 = {i2, 0}, v3 = {i3, 0};
    vec_of("Kremlin wary of Trump-Kim summit in Singapore",
           "Moscow watches the Singapore summit between Trump and Kim Jong-un. Lavrov met Kim "
           "in Pyongyang. Russian officials fear the summit fails on denuclearization.",
           &c.df, &v1);
    vec_of("Moscow cautious on Singapore summit",
           "Russian reaction to the Singapore summit of Trump and Kim Jong-un was cautious. "
           "Lavrov said the meeting is positive. Kosachev doubts denuclearization.",
           &c.df, &v2);
    vec_of("Storm floods river towns",
           "Heavy rain flooded towns along the river. Residents left their homes as the "
           "storm moved east, and schools closed for the week.",
           &c.df, &v3);
    assert_int_equal(nm_cluster_best(&c, &v1, NM_NO_DAY, NULL), -1); /* empty */
    nm_story_state *s = nm_cluster_slot(&c);
    s->id = 1;
    nm_story_add(s, &v1, nm_iso_day("2018-06-12"), 1);
    double sim;
    assert_int_equal(nm_cluster_best(&c, &v2, NM_NO_DAY, &sim), 0);
    assert_true(sim >= NM_STORY_MIN_SIM);
    assert_int_equal(nm_cluster_best(&c, &v3, NM_NO_DAY, NULL), -1);
    /* Dated a month later: a new story; undated: never split by time. */
    assert_int_equal(nm_cluster_best(&c, &v2, nm_iso_day("2018-07-20"), NULL), -1);
    assert_int_equal(nm_cluster_best(&c, &v2, nm_iso_day("2018-06-14"), NULL), 0);
    nm_cluster_deinit(&c);
}

static void cluster_state_survives_pack_and_unpack(void **state)
{
    (void)state;
    nm_story_state a = {0}, b = {0};
    nm_term_weight items[3] = {{1, 0.5}, {7, 0.25}, {9, 0.75}};
    nm_vec v = {items, 3};
    nm_story_add(&a, &v, NM_NO_DAY, 4);
    nm_story_add(&a, &v, NM_NO_DAY, 5);
    char blob[sizeof a.terms];
    size_t len = nm_story_terms_pack(&a, blob);
    nm_story_terms_unpack(&b, blob, len);
    assert_int_equal(b.n_terms, 3);
    assert_true(b.norm == a.norm); /* bit-identical: resumed runs decide alike */
    assert_true(b.terms[2].w == 1.5);
}

static void cluster_evicts_least_recent_story(void **state)
{
    (void)state;
    nm_cluster c;
    assert_true(nm_cluster_init(&c));
    for (int64_t i = 0; i < NM_ACTIVE_STORIES; i++) {
        nm_story_state *s = nm_cluster_slot(&c);
        s->id = i + 1;
        s->last_article = 1000 - i; /* story 2048 is the least recent */
    }
    nm_story_state *s = nm_cluster_slot(&c);
    assert_int_equal(c.n_active, NM_ACTIVE_STORIES);
    for (size_t i = 0; i < c.n_active; i++)
        assert_true(&c.active[i] == s || c.active[i].id != NM_ACTIVE_STORIES);
    nm_cluster_deinit(&c);
}

static void iso_day_reads_full_dates_only(void **state)
{
    (void)state;
    assert_int_equal(nm_iso_day("1970-01-01"), NM_DAY_BIAS);
    assert_int_equal(nm_iso_day("2018-06-12T10:00:00Z") - nm_iso_day("2018-06-01"), 11);
    assert_int_equal(nm_iso_day("2020-03-01") - nm_iso_day("2020-02-28"), 2);
    assert_int_equal(nm_iso_day("--06-12"), NM_NO_DAY);
    assert_int_equal(nm_iso_day(NULL), NM_NO_DAY);
    assert_int_equal(nm_iso_day("2018-13-01"), NM_NO_DAY);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_lowercase_and_keep_apostrophes_inside),
        cmocka_unit_test(words_flag_capitalised_names_inside_sentences),
        cmocka_unit_test(text_hash_ignores_case_punctuation_and_spacing),
        cmocka_unit_test(simhash_keeps_edits_close_and_strangers_apart),
        cmocka_unit_test(url_normalise_drops_what_names_no_page),
        cmocka_unit_test(terms_drop_stopwords_and_merge_stems),
        cmocka_unit_test(cluster_joins_same_event_and_splits_others),
        cmocka_unit_test(cluster_state_survives_pack_and_unpack),
        cmocka_unit_test(cluster_evicts_least_recent_story),
        cmocka_unit_test(iso_day_reads_full_dates_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
