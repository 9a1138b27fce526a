/* Stance attributions (stance.c), on made-up sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/quotes.h"
#include "analyse/segment.h"
#include "analyse/stance.h"
#include "analyse_fixture.h"

typedef struct found {
    nm_article *a;
    nm_segments seg;
    nm_quote *q;
    size_t n;
} found;

static found find(const char *text)
{
    found f = {0};
    f.a = segmented_article(text, &f.seg);
    assert_int_equal(nm_stance_find(f.a, &f.seg, &f.q, &f.n), NM_OK);
    return f;
}

static void expect_one(const char *text, const char *content, const char *speaker, const char *cue)
{
    found f = find(text);
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_REPORTED);
    assert_int_equal(f.q[0].n_frags, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), content);
    assert_true(f.q[0].has_speaker);
    assert_string_equal(slice(f.a, f.q[0].speaker), speaker);
    assert_string_equal(f.q[0].cue, cue);
    assert_int_equal(f.q[0].person, -1);
    nm_article_free(f.a);
}

static void expect_none(const char *text)
{
    found f = find(text);
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

static void object_of_a_stance_verb(void **state)
{
    (void)state;
    /* the object ends before an adverbial or a comma */
    expect_one("The mayor endorsed Maria Lopez on Tuesday, calling her a fighter.", "Maria Lopez",
               "The mayor", "endorsed");
    expect_one("The union, which backed the governor in March, is now neutral.", "the governor",
               "which", "backed");
    expect_one("Most farmers oppose the new water tax that the council adopted.",
               "the new water tax that the council adopted", "Most farmers", "oppose");
    /* a participle after a noun: the noun is the source; the object ends
     * at the sentence's own verb */
    expect_one("Two groups backing the mayor have spent heavily.", "the mayor", "Two groups",
               "backing");
    expect_one("She talked about her childhood in Ohio at the rally.", "her childhood in Ohio", "She",
               "talked about");
}

static void nouns_adjectives_and_passives_are_left_alone(void **state)
{
    (void)state;
    expect_none("His Republican support has faded since the summer.");
    expect_none("The endorsed candidate won the primary easily.");
    expect_none("The plan was backed by the city council last week.");
    expect_none("Do you support the new stadium plan?");
    expect_none("The Thrift Savings Plan to everyone would cost a lot.");
}

static void infinitive_after_a_verb_of_intention(void **state)
{
    (void)state;
    expect_one("The mayor plans to run for a second term next year.",
               "to run for a second term next year", "The mayor", "plans");
    /* the infinitive ends at a comma or at a new subordinate clause */
    expect_one("The governor sought to calm the crowd as she stepped off the stage.",
               "to calm the crowd", "The governor", "sought");
    expect_none("He met the man he is seeking to succeed.");
}

static void clause_after_a_verb_of_knowing(void **state)
{
    (void)state;
    expect_one("Most voters know that the race is close.", "that the race is close", "Most voters", "know");
    expect_one("Farmers thought the new tax would hurt them.", "the new tax would hurt them", "Farmers",
               "thought");
    /* an object, a discourse "you know" and "as we know it" are none */
    expect_none("Everyone in town knew the mayor well.");
    expect_none("You know, the council meets on Monday.");
    expect_none("The town as we know it is gone.");
}

static void hearsay_adverb_has_no_source(void **state)
{
    (void)state;
    const char *texts[] = {"The council is reportedly planning a new vote on the tax.",
                           "Reportedly, the council plans a new vote on the tax."};
    const char *contents[] = {"The council is reportedly planning a new vote on the tax",
                              "the council plans a new vote on the tax"};
    for (int k = 0; k < 2; k++) {
        found f = find(texts[k]);
        assert_int_equal(f.n, 1);
        assert_string_equal(slice(f.a, f.q[0].frags[0]), contents[k]);
        assert_false(f.q[0].has_speaker);
        assert_string_equal(f.q[0].cue, k ? "Reportedly" : "reportedly");
        nm_article_free(f.a);
    }
}

static void owner_of_a_noun_cue(void **state)
{
    (void)state;
    expect_one("The council rejected her insistence that the vote be delayed.",
               "that the vote be delayed", "her", "insistence");
    expect_one("Voters noticed the senator's criticism of the tax plan.", "the tax plan", "the senator",
               "criticism of");
}

static void finding_in_a_poll(void **state)
{
    (void)state;
    expect_one("In a new poll released Sunday, most voters named the economy as their top worry.",
               "most voters named the economy as their top worry", "a new poll released Sunday", "In");
    expect_one("In their view, the measure will pass easily.", "the measure will pass easily", "their view",
               "In");
    /* only where the sentence opens with it */
    expect_none("The governor rose in the polls after the debate.");
}

/* Candidates sharing a byte with a quote already found give way. */
static void added_only_where_nothing_was_found(void **state)
{
    (void)state;
    const char *text = "The mayor endorsed Maria Lopez. The union backed the governor.";
    nm_segments seg;
    nm_article *a = segmented_article(text, &seg);
    /* a reported clause already covering "Maria Lopez" */
    nm_range *fr = nm_arena_alloc(a->arena, sizeof *fr);
    assert_non_null(fr);
    const char *at = strstr(text, "Maria");
    *fr = (nm_range){(size_t)(at - text), (size_t)(at - text) + 5};
    nm_quote q = {.kind = NM_QUOTE_REPORTED, .frags = fr, .n_frags = 1, .person = -1};
    assert_true(nm_article_add_quote(a, &q));
    nm_quote *cand;
    size_t n_cand;
    assert_int_equal(nm_stance_find(a, &seg, &cand, &n_cand), NM_OK);
    assert_int_equal(nm_quotes_fill_gaps(a, cand, n_cand), NM_OK);
    assert_int_equal(a->n_quotes, 2);
    size_t s = a->quotes[1].frags[0].start, e = a->quotes[1].frags[0].end;
    assert_int_equal(e - s, strlen("the governor"));
    assert_memory_equal(a->text + s, "the governor", e - s);
    nm_article_free(a);
}

static void catenative_verbs_lend_their_subject(void **state)
{
    (void)state;
    expect_one("Pressed about the chatter, Perez just starts talking about baseball.", "baseball", "Perez",
               "talking about");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(object_of_a_stance_verb),
        cmocka_unit_test(nouns_adjectives_and_passives_are_left_alone),
        cmocka_unit_test(infinitive_after_a_verb_of_intention),
        cmocka_unit_test(clause_after_a_verb_of_knowing),
        cmocka_unit_test(hearsay_adverb_has_no_source),
        cmocka_unit_test(owner_of_a_noun_cue),
        cmocka_unit_test(finding_in_a_poll),
        cmocka_unit_test(added_only_where_nothing_was_found),
        cmocka_unit_test(catenative_verbs_lend_their_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
