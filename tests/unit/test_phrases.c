/* Sectioned phrase lexicons (phrases.c): every embedded lexicon loads
 * whole, and the cue lexicons keep one section per cue. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/phrases.h"
#include "analyse/segment.h"
#include "analyse/speakers.h"
#include "core/lexicon.h"
#include "analyse_fixture.h"

/* Phrase lines of lexicon `name` (not blank, not a comment, not a section
 * header), counted from the raw text; *max_words gets the most words on
 * one line. */
static size_t phrase_lines(const char *name, size_t *max_words)
{
    size_t len = 0, n = 0;
    const char *d = nm_lexicon_get(name, &len);
    assert_non_null(d);
    char *copy = strndup(d, len), *save = NULL;
    assert_non_null(copy);
    *max_words = 0;
    for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        line[strcspn(line, "\r")] = 0;
        if (!line[strspn(line, " ")] || strchr("#[", line[0]))
            continue;
        size_t words = 1;
        for (const char *sp = strchr(line, ' '); sp && sp[strspn(sp, " ")]; sp = strchr(sp + 1, ' '))
            words++;
        *max_words = words > *max_words ? words : *max_words;
        n++;
    }
    free(copy);
    return n;
}

static nm_phrases g_table; /* too large for the stack */

/* Load `name` and fail loudly unless every phrase line was kept: none cut
 * at NM_PHRASE_MAX, none outside the sections given. */
static void loads_whole(const char *name, const char *const *sections, size_t *max_words)
{
    size_t lines = phrase_lines(name, max_words);
    nm_phrases_load(&g_table, name, sections);
    if (g_table.n_cut)
        fail_msg("lexicon %s: %zu of %zu phrases cut at NM_PHRASE_MAX (%d): raise the cap", name,
                 g_table.n_cut, lines, NM_PHRASE_MAX);
    if (g_table.n != lines)
        fail_msg("lexicon %s: %zu of %zu phrase lines kept (lines outside the known sections?)", name,
                 g_table.n, lines);
}

/* Does any phrase of g_table stand in two sections? */
static void one_section_per_phrase(const char *name)
{
    for (size_t i = 0; i < g_table.n; i++)
        for (size_t j = i + 1; j < g_table.n; j++) {
            const nm_phrase *p = &g_table.p[i], *q = &g_table.p[j];
            if (p->n_words != q->n_words || p->section == q->section)
                continue;
            size_t w = 0;
            while (w < p->n_words && p->wl[w] == q->wl[w] && !memcmp(p->w[w], q->w[w], p->wl[w]))
                w++;
            if (w == p->n_words)
                fail_msg("lexicon %s: phrase %zu is listed in two sections", name, i);
        }
}

static const char *const k_cue_sections[] = {"speech", "stance", "according", NULL};

/* cues.txt (speakers.c, reported.c) and reporting_verbs.txt (reported.c):
 * all kept, one section each, no phrase longer than NM_PHRASE_MAX_WORDS
 * (reported.c's cue lists rely on all three). */
static void cue_lexicons_load_whole(void **state)
{
    (void)state;
    const char *names[] = {"cues", "reporting_verbs"};
    for (size_t k = 0; k < 2; k++) {
        size_t max_words;
        loads_whole(names[k], k_cue_sections, &max_words);
        assert_true(max_words <= NM_PHRASE_MAX_WORDS);
        one_section_per_phrase(names[k]);
    }
}

static void stance_lexicon_loads_whole(void **state)
{
    (void)state;
    static const char *const sections[] = {"object", "infinitive", "noun", "in", "clause", "hearsay", NULL};
    size_t max_words;
    loads_whole("stance_verbs", sections, &max_words);
}

/* The longest cue wins; "according to" is a speech cue too. */
static void cue_classes(void **state)
{
    (void)state;
    const char *text = "According to aides, she told reporters she believes it.";
    nm_segments seg;
    nm_article *a = segmented_article(text, &seg);
    unsigned cls = 0;
    assert_int_equal(nm_cue_at(a->text, &seg, 0, &cls), 2);
    assert_int_equal(cls, NM_CUE_ACCORDING | NM_CUE_SPEECH);
    size_t told = nm_segment_token_at(&seg, (size_t)(strstr(text, "told") - text));
    assert_true(nm_cue_at(a->text, &seg, told, &cls) >= 1);
    assert_int_equal(cls, NM_CUE_SPEECH);
    size_t believes = nm_segment_token_at(&seg, (size_t)(strstr(text, "believes") - text));
    assert_int_equal(nm_cue_at(a->text, &seg, believes, &cls), 1);
    assert_int_equal(cls, NM_CUE_STANCE);
    nm_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cue_lexicons_load_whole),
        cmocka_unit_test(stance_lexicon_loads_whole),
        cmocka_unit_test(cue_classes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
