/* Segmentation: paragraphs, sentences and tokens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/segment.h"

typedef struct fixture {
    nm_arena *arena;
    nm_segments seg;
    const char *text;
} fixture;

static void segment(fixture *f, const char *text)
{
    f->arena = nm_arena_new(0);
    f->text = text;
    assert_int_equal(nm_segment(text, strlen(text), f->arena, &f->seg), NM_OK);
}

static void done(fixture *f) { nm_arena_free(f->arena); }

/* Sentence i as a static string (for assertions). */
static const char *sent(const fixture *f, size_t i)
{
    static char buf[1024];
    assert_true(i < f->seg.n_sents);
    size_t n = f->seg.sents[i].end - f->seg.sents[i].start;
    assert_true(n < sizeof buf);
    memcpy(buf, f->text + f->seg.sents[i].start, n);
    buf[n] = 0;
    return buf;
}

static const char *tok(const fixture *f, size_t i)
{
    static char buf[256];
    assert_true(i < f->seg.n_toks);
    size_t n = f->seg.toks[i].end - f->seg.toks[i].start;
    assert_true(n < sizeof buf);
    memcpy(buf, f->text + f->seg.toks[i].start, n);
    buf[n] = 0;
    return buf;
}

/* Index of the first token equal to s, or -1. */
static long find_tok(const fixture *f, const char *s)
{
    for (size_t i = 0; i < f->seg.n_toks; i++)
        if (nm_token_is(f->text, &f->seg.toks[i], s))
            return (long)i;
    return -1;
}

static void abbreviations_do_not_end_sentences(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "Mr. Kim met Dr. Smith in St. Petersburg. U.S. President Trump and "
                "John F. Kennedy spoke at the U.N. on Monday. Then Mrs. Lee left.");
    assert_int_equal(f.seg.n_sents, 3);
    assert_string_equal(sent(&f, 0), "Mr. Kim met Dr. Smith in St. Petersburg.");
    assert_string_equal(sent(&f, 1),
                        "U.S. President Trump and John F. Kennedy spoke at the U.N. on Monday.");
    assert_string_equal(sent(&f, 2), "Then Mrs. Lee left.");
    long k = find_tok(&f, "U.S.");
    assert_true(k >= 0);
    assert_true(f.seg.toks[k].flags & NM_TOK_ABBREV);
    assert_true(find_tok(&f, "F.") >= 0);
    assert_true(find_tok(&f, "St.") >= 0);
    done(&f);
}

static void dotted_abbreviation_ends_sentence_before_opener(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "He lives in the U.S. The rest live in Canada.");
    assert_int_equal(f.seg.n_sents, 2);
    assert_string_equal(sent(&f, 1), "The rest live in Canada.");
    done(&f);
}

static void closing_quote_belongs_to_sentence_before(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "\xE2\x80\x9CIt is over,\xE2\x80\x9D he said. \xE2\x80\x9CWe lost.\xE2\x80\x9D Next "
                "came the vote.\xE2\x80\x9DThis Week");
    assert_int_equal(f.seg.n_sents, 4);
    assert_string_equal(sent(&f, 0), "\xE2\x80\x9CIt is over,\xE2\x80\x9D he said.");
    assert_string_equal(sent(&f, 1), "\xE2\x80\x9CWe lost.\xE2\x80\x9D");
    assert_string_equal(sent(&f, 2), "Next came the vote.\xE2\x80\x9D");
    assert_string_equal(sent(&f, 3), "This Week");
    done(&f);
}

static void ellipsis_is_one_token(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "The meeting is positive. . . . We are following it... and more \xE2\x80\xA6 later.");
    assert_int_equal(f.seg.n_sents, 2);
    assert_string_equal(sent(&f, 0), "The meeting is positive. . . .");
    long k = find_tok(&f, ". . . .");
    assert_true(k >= 0);
    assert_true(f.seg.toks[k].flags & NM_TOK_ELLIPSIS);
    assert_true(find_tok(&f, "...") >= 0);
    assert_true(find_tok(&f, "\xE2\x80\xA6") >= 0);
    done(&f);
}

static void words_keep_hyphens_and_split_possessives(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "Kim Jong-un met O\xE2\x80\x99Malley. Russia\xE2\x80\x99s plan isn't Pyongyang's, "
                "it costs $3.2 million or 800,000 rubles.");
    assert_true(find_tok(&f, "Jong-un") >= 0);
    assert_true(find_tok(&f, "O\xE2\x80\x99Malley") >= 0);
    long r = find_tok(&f, "Russia");
    assert_true(r >= 0);
    assert_string_equal(tok(&f, (size_t)r + 1), "\xE2\x80\x99s");
    assert_true(f.seg.toks[r + 1].flags & NM_TOK_POSS);
    assert_true(find_tok(&f, "isn't") >= 0);
    assert_true(find_tok(&f, "Pyongyang") >= 0);
    assert_true(find_tok(&f, "'s") >= 0);
    assert_true(find_tok(&f, "3.2") >= 0);
    assert_true(find_tok(&f, "800,000") >= 0);
    assert_true(f.seg.toks[find_tok(&f, "Kim")].flags & NM_TOK_CAP);
    done(&f);
}

static void quote_marks_are_tokens(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "He said \"yes\" and \xE2\x80\x98no\xE2\x80\x99 to the \xE2\x80\x9Croadmap.\xE2\x80\x9D");
    size_t quotes = 0;
    for (size_t i = 0; i < f.seg.n_toks; i++)
        if (f.seg.toks[i].flags & NM_TOK_QUOTE)
            quotes++;
    assert_int_equal(quotes, 6);
    long k = find_tok(&f, "\xE2\x80\x98");
    assert_true(k >= 0);
    assert_true(f.seg.toks[k].flags & NM_TOK_SPACE_BEFORE);
    assert_false(f.seg.toks[k + 2].flags & NM_TOK_SPACE_BEFORE); /* closing ’ */
    done(&f);
}

static void paragraphs_split_on_blank_lines_or_lines(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "First para\nstill first.\n\n  \nSecond para.\n");
    assert_int_equal(f.seg.n_paras, 2);
    assert_int_equal(f.seg.n_sents, 2);
    assert_string_equal(sent(&f, 0), "First para\nstill first.");
    assert_int_equal(f.seg.sents[1].para, 1);
    done(&f);

    segment(&f, "One line\nAnother line\nThird");
    assert_int_equal(f.seg.n_paras, 3);
    assert_int_equal(f.seg.n_sents, 3);
    assert_string_equal(sent(&f, 2), "Third");
    done(&f);
}

static void exclamation_before_lower_case_goes_on(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "Jeb! was better. Yahoo! reported it? Yes!");
    assert_int_equal(f.seg.n_sents, 3);
    assert_string_equal(sent(&f, 0), "Jeb! was better.");
    done(&f);
}

static void token_lookup_by_offset(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "Alpha beta gamma.");
    assert_int_equal(nm_segment_token_at(&f.seg, 0), 0);
    assert_int_equal(nm_segment_token_at(&f.seg, 7), 1);
    assert_int_equal(nm_segment_token_at(&f.seg, 5), 1); /* the space: next token */
    assert_int_equal(nm_segment_token_at(&f.seg, 100), f.seg.n_toks);
    assert_true(f.seg.toks[0].flags & NM_TOK_FIRST_WORD);
    assert_true(f.seg.toks[0].flags & NM_TOK_SENT_START);
    done(&f);
}

static void empty_text_has_no_segments(void **state)
{
    (void)state;
    fixture f;
    segment(&f, "  \n\n ");
    assert_int_equal(f.seg.n_paras, 0);
    assert_int_equal(f.seg.n_sents, 0);
    assert_int_equal(f.seg.n_toks, 0);
    done(&f);
}

/* Slot of the first `len` bytes of the first occurrence of `context`. */
static nm_slot slot_at(const char *text, const char *context, size_t len, nm_arena *arena)
{
    nm_segments seg;
    assert_int_equal(nm_segment(text, strlen(text), arena, &seg), NM_OK);
    const char *m = strstr(text, context);
    assert_non_null(m);
    size_t start = (size_t)(m - text);
    return nm_segment_slot(&seg, text, start, start + len);
}

static void subject_and_object_slots(void **state)
{
    (void)state;
    nm_arena *arena = nm_arena_new(0);
    const char *t = "But while Lavrov expressed support during a meeting with Kim in "
                    "Pyongyang, he threatened a veto. Lavrov, the minister, said no. "
                    "Ryabkov\xE2\x80\x99s aide spoke to Zhebin.";
    assert_int_equal(slot_at(t, "Lavrov expressed", 6, arena), NM_SLOT_SUBJECT);
    assert_int_equal(slot_at(t, "Kim", 3, arena), NM_SLOT_OBJECT);
    assert_int_equal(slot_at(t, "he threatened", 2, arena), NM_SLOT_SUBJECT);
    assert_int_equal(slot_at(t, "Lavrov, the", 6, arena), NM_SLOT_SUBJECT);
    assert_int_equal(slot_at(t, "Ryabkov", 7, arena), NM_SLOT_OTHER);
    assert_int_equal(slot_at(t, "Zhebin", 6, arena), NM_SLOT_OBJECT);
    nm_arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_and_object_slots),
        cmocka_unit_test(abbreviations_do_not_end_sentences),
        cmocka_unit_test(dotted_abbreviation_ends_sentence_before_opener),
        cmocka_unit_test(closing_quote_belongs_to_sentence_before),
        cmocka_unit_test(ellipsis_is_one_token),
        cmocka_unit_test(words_keep_hyphens_and_split_possessives),
        cmocka_unit_test(quote_marks_are_tokens),
        cmocka_unit_test(paragraphs_split_on_blank_lines_or_lines),
        cmocka_unit_test(exclamation_before_lower_case_goes_on),
        cmocka_unit_test(token_lookup_by_offset),
        cmocka_unit_test(empty_text_has_no_segments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
