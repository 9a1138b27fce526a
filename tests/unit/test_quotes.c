/* Quotes: quote-mark pairing, direct quotes with their attributions,
 * fragments, continuations, scare quotes, cues and speaker mentions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "newsmon.h"
#include "analyse/quotes_marks.h"
#include "analyse/speakers.h"

static nm_article *analyse(const char *text)
{
    nm_article *a = nm_article_new();
    assert_non_null(a);
    a->text = nm_arena_strdup(a->arena, text);
    a->text_len = strlen(text);
    nm_error err;
    assert_int_equal(nm_analyse(a, &err), NM_OK);
    return a;
}

/* The words of range r. */
static char *slice(const nm_article *a, nm_range r)
{
    return nm_arena_strndup(a->arena, a->text + r.start, r.end - r.start);
}

static const nm_quote *direct_quote(const nm_article *a, const char *starts)
{
    for (size_t i = 0; i < a->n_quotes; i++) {
        const nm_quote *q = &a->quotes[i];
        if (q->kind == NM_QUOTE_DIRECT && !strncmp(a->text + q->frags[0].start, starts, strlen(starts)))
            return q;
    }
    return NULL;
}

static void marks_pair_curly_straight_nested_and_open(void **state)
{
    (void)state;
    const char *t = "He said “it’s ‘odd’ here” and \"fine\".\n\n“Open to the end\n\n“Next.”";
    nm_arena *ar = nm_arena_new(0);
    nm_qspan *s = NULL;
    size_t n = 0;
    assert_int_equal(nm_qmarks_find(t, strlen(t), ar, &s, &n), NM_OK);
    assert_int_equal(n, 4);
    assert_memory_equal(t + s[0].inner.start, "it’s ‘odd’ here", strlen("it’s ‘odd’ here"));
    assert_int_equal(s[0].inner.end - s[0].inner.start, strlen("it’s ‘odd’ here"));
    assert_memory_equal(t + s[1].inner.start, "fine", 4);
    assert_true(s[2].unclosed);
    assert_int_equal(s[2].para, 1);
    assert_memory_equal(t + s[2].inner.start, "Open to the end", s[2].inner.end - s[2].inner.start);
    assert_false(s[3].unclosed);
    assert_int_equal(s[3].para, 2);
    nm_arena_free(ar);
}

static void apostrophes_never_open_quotes(void **state)
{
    (void)state;
    const char *t = "We're sure the Koreans' deal won't fail, it's Kim's.";
    nm_arena *ar = nm_arena_new(0);
    nm_qspan *s = NULL;
    size_t n = 0;
    assert_int_equal(nm_qmarks_find(t, strlen(t), ar, &s, &n), NM_OK);
    assert_int_equal(n, 0);
    nm_arena_free(ar);
}

static void inverted_cue_and_second_fragment_make_one_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("“That is a good start,” says Mr. Zhebin. “Starting with missiles would help.”\n\n"
                            "Other news followed.");
    const nm_quote *q = direct_quote(a, "That is");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->frags[0]), "That is a good start,");
    assert_string_equal(slice(a, q->frags[1]), "Starting with missiles would help.");
    assert_string_equal(q->cue, "says");
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Mr. Zhebin");
    nm_article_free(a);
}

static void subject_before_cue_with_apposition(void **state)
{
    (void)state;
    nm_article *a = analyse("“We are little more than witnesses,” Vladimir Kolotov, a Far East expert at "
                            "St. Petersburg State University, said on Tuesday.");
    const nm_quote *q = direct_quote(a, "We are");
    assert_non_null(q);
    assert_string_equal(q->cue, "said");
    assert_string_equal(slice(a, q->speaker), "Vladimir Kolotov");
    nm_article_free(a);
}

static void cue_before_quote_with_pronoun(void **state)
{
    (void)state;
    nm_article *a = analyse("He insisted that “the federation will make political contributions to the settlement.”");
    const nm_quote *q = NULL;
    for (size_t i = 0; i < a->n_quotes; i++)
        if (strstr(slice(a, a->quotes[i].frags[0]), "the federation will"))
            q = &a->quotes[i];
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "He");
    nm_article_free(a);
}

static void scare_quotes_are_not_quotes(void **state)
{
    (void)state;
    nm_article *a = analyse("Officials backed the “roadmap” strategy devised by both capitals, and critics of the "
                            "“deep state” establishment were quiet.");
    for (size_t i = 0; i < a->n_quotes; i++) {
        char *w = slice(a, a->quotes[i].frags[0]);
        assert_null(strstr(w, "roadmap") == w ? w : NULL);
        assert_false(a->quotes[i].kind == NM_QUOTE_DIRECT);
    }
    nm_article_free(a);
}

/* The direct quote one of whose fragments starts with `starts`. */
static const nm_quote *quote_with_fragment(const nm_article *a, const char *starts)
{
    for (size_t i = 0; i < a->n_quotes; i++)
        for (size_t k = 0; k < a->quotes[i].n_frags; k++)
            if (a->quotes[i].kind == NM_QUOTE_DIRECT &&
                !strncmp(a->text + a->quotes[i].frags[k].start, starts, strlen(starts)))
                return &a->quotes[i];
    return NULL;
}

static void quote_continued_in_next_paragraph_keeps_its_speaker(void **state)
{
    (void)state;
    /* a quote left open at its paragraph's end goes on in the next one:
     * one quote, three fragments, one speaker */
    nm_article *a = analyse("“It would be a start,” says Zhebin. “Starting with missiles takes the urgency out.\n\n"
                            "“But we are talking about a long process,” which might include aid.");
    const nm_quote *q = quote_with_fragment(a, "But we are");
    assert_non_null(q);
    assert_ptr_equal(q, direct_quote(a, "It would be"));
    assert_int_equal(q->n_frags, 3);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Zhebin");
    nm_article_free(a);
}

/* The quote of any kind whose first fragment holds `words`. */
static const nm_quote *quote_holding(const nm_article *a, const char *words)
{
    for (size_t i = 0; i < a->n_quotes; i++)
        if (strstr(slice(a, a->quotes[i].frags[0]), words))
            return &a->quotes[i];
    return NULL;
}

/* The quote of any kind with a fragment starting with `starts`. */
static const nm_quote *quote_with_frag(const nm_article *a, const char *starts)
{
    for (size_t i = 0; i < a->n_quotes; i++)
        for (size_t k = 0; k < a->quotes[i].n_frags; k++)
            if (!strncmp(a->text + a->quotes[i].frags[k].start, starts, strlen(starts)))
                return &a->quotes[i];
    return NULL;
}

static void fragment_after_comma_of_its_attribution(void **state)
{
    (void)state;
    nm_article *a = analyse("“After that,” she said, “I support indexing the federal minimum wage.”");
    const nm_quote *q = direct_quote(a, "After that");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->frags[1]), "I support indexing the federal minimum wage.");
    assert_string_equal(slice(a, q->speaker), "she");
    nm_article_free(a);
}

static void sentence_after_colon_is_a_direct_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("Governor John Kasich spoke in Ohio.\n\n"
                            "Kasich resisted: “Ohio governors do not have the power to suspend the laws.”");
    const nm_quote *q = direct_quote(a, "Ohio governors");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Kasich");
    nm_article_free(a);
}

static void verb_outside_cue_list_after_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("“If they sue us in a court in Miami, they’re going to lose,” Rubio fired back.");
    const nm_quote *q = direct_quote(a, "If they sue");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Rubio");
    nm_article_free(a);
}

static void mixed_clause_from_that_to_clause_boundary(void **state)
{
    (void)state;
    nm_article *a = analyse("Rajoy said Monday that he will “try to form a stable government,” and insisted that "
                            "his party was still the first force in Spain.");
    const nm_quote *q = quote_holding(a, "try to form");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "that he will “try to form a stable government,”");
    assert_string_equal(slice(a, q->speaker), "Rajoy");
    nm_article_free(a);
}

static void outermost_cue_attributes_a_mixed_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Trump said Sunday that he believed the war would be won, but not until the "
                            "president “admits this is a problem.”");
    const nm_quote *q = quote_holding(a, "admits this");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->speaker), "Trump");
    nm_article_free(a);
}

static void marks_close_after_inner_single_and_open_with_right_mark(void **state)
{
    (void)state;
    /* "… 'center,' " she said": the straight mark after a space closes;
     * a paragraph opening with ” opens a quote */
    const char *t = "\"It cannot be 'Okay, now I move to the center,' \" she said.\n\n"
                    "” … the train has already left the station,” wrote Time.";
    nm_arena *ar = nm_arena_new(0);
    nm_qspan *s = NULL;
    size_t n = 0;
    assert_int_equal(nm_qmarks_find(t, strlen(t), ar, &s, &n), NM_OK);
    assert_int_equal(n, 2);
    assert_false(s[0].unclosed);
    assert_memory_equal(t + s[0].inner.end - 8, "center,'", 8);
    assert_false(s[1].unclosed);
    assert_memory_equal(t + s[1].inner.end - 8, "station,", 8);
    nm_arena_free(ar);
}

static void byline_after_quote_names_the_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("Voters spoke.\n\n“He represents our greatest shame.” ― Sonya Herridge\n"
                            "“He makes simple blanket statements.” ― Pamela Padilla");
    const nm_quote *q = direct_quote(a, "He makes");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Pamela Padilla");
    q = direct_quote(a, "He represents");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Sonya Herridge");
    nm_article_free(a);
}

static void cue_lexicon_matches_inflections_and_phrases(void **state)
{
    (void)state;
    nm_article *a = nm_article_new();
    const char *t = "According to aides, she insisted and warns.";
    a->text = t;
    a->text_len = strlen(t);
    nm_segments seg;
    assert_int_equal(nm_segment(t, strlen(t), a->arena, &seg), NM_OK);
    unsigned cls = 0;
    assert_int_equal(nm_cue_at(t, &seg, 0, &cls), 2); /* according to */
    assert_true(cls & NM_CUE_ACCORDING);
    size_t insisted = nm_segment_token_at(&seg, (size_t)(strstr(t, "insisted") - t));
    assert_int_equal(nm_cue_at(t, &seg, insisted, &cls), 1);
    assert_true(cls & NM_CUE_SPEECH);
    assert_int_equal(nm_cue_at(t, &seg, 2, NULL), 0); /* "aides" */
    nm_article_free(a);
}

static void title_inside_attribution_keeps_the_voice(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“I expect to be vetted,” he said on “Meet the Press.” “But this is new.”");
    const nm_quote *q = direct_quote(a, "I expect");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->frags[1]), "But this is new.");
    assert_null(quote_holding(a, "Meet the Press"));
    nm_article_free(a);
}

static void title_before_attribution_is_no_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nOn ABC’s “This Week,” Rubio said the plan would fail.\n\n"
                            "As the “Never Trump” movement continues, the party splits.");
    assert_null(quote_holding(a, "This Week"));
    assert_null(quote_holding(a, "Never Trump"));
    nm_article_free(a);
}

static void clause_opening_with_a_quote_keeps_the_quote_alone(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nKasich cautioned “let’s not get ahead of ourselves,” before "
                            "optimistically predicting a healing effect.");
    const nm_quote *q = direct_quote(a, "let’s not");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Kasich");
    assert_null(quote_holding(a, "healing effect"));
    nm_article_free(a);
}

static void part_closed_by_full_stop_takes_no_later_attribution(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nMadigan (D) asserted that \"trust in the department is broken.\" Democratic "
                            "presidential candidate Hillary Clinton said Wednesday she, too, wants an inquiry.");
    const nm_quote *q = quote_holding(a, "that \"trust");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->speaker), "Madigan (D)");
    nm_article_free(a);
}

static void lower_case_fragment_joins_after_long_aside(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“The risk,” said Edward Leamer, an economist who is the director of "
                            "the UCLA Anderson Forecast, “is that we are going to repel jobs.”");
    const nm_quote *q = direct_quote(a, "The risk");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->frags[1]), "is that we are going to repel jobs.");
    nm_article_free(a);
}

static void quote_with_tail_attributed_at_sentence_end(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“Boots on the ground” would be appropriate, Republican candidate "
                            "Ben Carson said after the attacks. “We cannot wait.”");
    const nm_quote *q = quote_holding(a, "would be appropriate");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "“Boots on the ground” would be appropriate");
    assert_string_equal(slice(a, q->speaker), "Republican candidate Ben Carson");
    /* the next sentence goes on as the quote's second fragment */
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->frags[1]), "We cannot wait.");
    nm_article_free(a);
}

static void comma_inside_closing_mark_ends_mixed_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nTrump has hailed the vote as “fantastic,” telling reporters in "
                            "Scotland that he thinks it is great.");
    const nm_quote *q = quote_holding(a, "fantastic");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_null(strstr(slice(a, q->frags[q->n_frags - 1]), "telling"));
    nm_article_free(a);
}

static void outermost_speaker_of_a_nested_cue_before_a_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nBenjamin said he believes “there may be some generals who are beating "
                            "their chest.”");
    const nm_quote *q = quote_holding(a, "there may be");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Benjamin");
    nm_article_free(a);
}

/* the outermost cue also wins when the quote follows the inner clause
 * after a colon or a phrase: "Trump said he responded: “…”" */
static void outer_cue_reaches_a_quote_after_the_inner_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe senator said he rarely asks surrogates to stump for him, "
                            "“except for people I’m very close to.”\n\nBut Trump said he responded: "
                            "“When you have incoming, you can’t be too presidential.”");
    const nm_quote *q = quote_holding(a, "except for people");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "The senator");
    q = quote_holding(a, "When you have incoming");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Trump");
    nm_article_free(a);
}

/* a headline, a dash and a source label before the colon: the label
 * speaks, not the headline's verb, and the quote is direct */
static void dash_label_after_headline_speaks(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nPollsters agree - Carl Bialik: “Keep on contacting voters as late "
                            "as possible.” [538.]\n\nSigns of shifts were there all along -More from "
                            "Blumenthal and Cohen: “Data collected by our firm helps confirm it.”");
    const nm_quote *q = direct_quote(a, "Keep on contacting");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Carl Bialik");
    q = direct_quote(a, "Data collected");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Blumenthal and Cohen");
    nm_article_free(a);
}

/* a document issued by the sentence's subject speaks for its issuer, not
 * as "that"; a document only linked to keeps its relative pronoun */
static void issued_document_speaks_for_its_issuer(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nIn selling the courses, Trump released a marketing video that "
                            "said, “We are going to have professors that are absolutely terrific.”\n\n"
                            "Pence’s press release linked to the Associated Press report, which notes, "
                            "“More than half the people outside the government gave money.”");
    const nm_quote *q = direct_quote(a, "We are going");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Trump");
    q = direct_quote(a, "More than half");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "which");
    nm_article_free(a);
}

static void continued_quote_takes_the_nearer_subject(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“Rates will rise,” said Megan Greene, chief economist at Manulife.\n\n"
                            "Greene added that the Fed wants to move before the election. “They don’t like "
                            "to talk about it.”");
    /* one quote with the clause Greene's cue reports, as PolNeAR marks it */
    const nm_quote *q = quote_with_frag(a, "They don’t like");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Greene");
    nm_article_free(a);
}

static void put_it_and_sentence_opening_inverted_cue(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nAs Vulture put it, “Hello, it’s the Biebs.”\n\n"
                            "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so "
                            "proud of him.”");
    const nm_quote *q = direct_quote(a, "Hello");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Vulture");
    q = direct_quote(a, "We were all");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Dorothy Poynter");
    nm_article_free(a);
}

static void plural_possessive_in_an_apposition_keeps_the_attribution(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“The numbers put our campaign on pace,” Jeff Weaver, Sanders’ campaign "
                            "manager, said in a statement. “Working Americans are beating the machine.”");
    const nm_quote *q = direct_quote(a, "The numbers");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Jeff Weaver");
    assert_int_equal(q->n_frags, 2);
    nm_article_free(a);
}

/* A quoted part after a relative clause's verb, or listed after
 * "including", is no one's words. */
static void relative_and_including_verbs_report_nothing(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nHe was a tea party favorite who crushed the GOP’s “establishment” "
                            "candidate to win a seat.\n\nSanders ticked off a series of issues, including "
                            "making the wealthy pay their “fair share” of taxes.");
    assert_int_equal(a->n_quotes, 0);
    nm_article_free(a);
}

/* Verbs of doing rather than saying take no quoted object. */
static void non_speech_verb_takes_no_mixed_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nSeveral supporters waved their mangled “Hispanics para Trump” signs "
                            "from their seats.\n\nHe called it “shameful” on Monday.");
    assert_int_equal(a->n_quotes, 1);
    assert_int_equal(a->quotes[0].kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, a->quotes[0].speaker), "He");
    nm_article_free(a);
}

/* "VERB OBJECT as “…”": the clause starts at the object, whatever the
 * verb, and a name given "as" is no title. */
static void as_complement_starts_at_the_object(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nFirst, Mendez identified the mayor as “Catalan,” which is wrong.\n\n"
                            "Last year, she played down the rumors as “just part of the season” and moved on.\n\n"
                            "Ruiz, who has postured himself as the “voice of the valley,” has taken a hard line.");
    const nm_quote *q = quote_holding(a, "Catalan");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "the mayor as “Catalan,”");
    assert_string_equal(slice(a, q->speaker), "Mendez");
    q = quote_holding(a, "just part");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "the rumors as “just part of the season”");
    assert_string_equal(slice(a, q->speaker), "she");
    q = quote_holding(a, "voice of");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "himself as the “voice of the valley,”");
    nm_article_free(a);
    /* an object after a judging verb is no inverted subject */
    a = analyse("Intro.\n\nMendez summed up Ruiz as “weak,” denounced her record and left.");
    q = quote_holding(a, "weak");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "Ruiz as “weak,”");
    assert_string_equal(slice(a, q->speaker), "Mendez");
    nm_article_free(a);
}

/* A name alone under a quote paragraph is its byline (the cleaner drops
 * its dash); a photo credit or a heading is not. */
static void name_alone_under_a_quote_is_its_byline(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nBernie Sanders and Ana Ruiz debated.\n\n“We will win this race in March.”\n\n"
                            "Sanders.\n\nThat is a stretch.\n\n“I like the color of the sky here.”\n\nGetty.\n\n"
                            "“The rain came down for a week.”\n\nAna Ruiz.\n\nAna Ruiz, a teacher, lost her house.");
    const nm_quote *q = direct_quote(a, "We will win");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Sanders");
    assert_null(direct_quote(a, "I like the color"));
    assert_null(direct_quote(a, "The rain came"));
    nm_article_free(a);
}

/* A second quote with an attribution of its own after an attributed
 * quote of the same sentence is a direct quote, not a mixed tail. */
static void second_attributed_quote_in_a_sentence_is_direct(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n\"His mood is sour,\" she said, but despite the rain, \"I think he will "
                            "come,\" said Ruiz, who knows him.");
    const nm_quote *q = direct_quote(a, "I think he will");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Ruiz");
    nm_article_free(a);
    a = analyse("Intro.\n\nThe deal drew anger from members (\"I want my money back,\" wrote Ana Ruiz, a "
                "nurse) and from leaders.");
    q = direct_quote(a, "I want my money");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Ana Ruiz");
    nm_article_free(a);
}

/* "call OBJECT “…”": the clause starts after the verb; a participle
 * takes the subject of its absolute phrase or of its sentence. */
static void naming_verb_takes_its_object_and_complement(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe union backed Ana Ruiz, with the teachers calling her “the champion "
                            "we need.”\n\nEarly on, Mendez attacked Ruiz, calling him, among other things, "
                            "“a failed mayor.”\n\nThe plan failed, just as what critics call the “tax trap” grew.");
    const nm_quote *q = quote_holding(a, "the champion");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "her “the champion we need.”");
    assert_string_equal(slice(a, q->speaker), "the teachers");
    q = quote_holding(a, "a failed mayor");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "him, among other things, “a failed mayor.”");
    assert_string_equal(slice(a, q->speaker), "Mendez");
    assert_null(quote_holding(a, "tax trap"));
    nm_article_free(a);
    /* the reported clause of an outer cue holding it gives way */
    a = analyse("Intro.\n\nMendez answered the post by calling Ruiz \"dopey\" on Friday.");
    q = quote_holding(a, "dopey");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "Ruiz \"dopey\" on Friday");
    nm_article_free(a);
}

/* A possessed noun of saying speaks through its possessor; a quoted noun
 * phrase after "for" ends at the verb it is the subject of. */
static void possessed_speech_noun_takes_the_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe union balked after her March comment that, \"We will close every mine "
                            "in the state.\"\n\nWhile Mendez's clarion call for a \"revolution\" draws crowds, "
                            "Ruiz draws donors.\n\nHe said his claims were \"sarcasm\" today.");
    const nm_quote *q = quote_holding(a, "close every mine");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "that, \"We will close every mine in the state.\"");
    assert_string_equal(slice(a, q->speaker), "her");
    q = quote_holding(a, "revolution");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "a \"revolution\"");
    assert_string_equal(slice(a, q->speaker), "Mendez's");
    q = quote_holding(a, "sarcasm");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "He");
    nm_article_free(a);
}

/* A quote introduced by its cue and going on past its closing mark in
 * lower case is one mixed clause from its opening mark. */
static void introduced_quote_going_on_is_mixed(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nAsked about the race, Ruiz said, \"We have three weeks to go\" until the "
                            "vote.");
    const nm_quote *q = quote_holding(a, "three weeks");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "\"We have three weeks to go\" until the vote");
    assert_string_equal(slice(a, q->speaker), "Ruiz");
    nm_article_free(a);
}

/* A newsletter's excerpt of a cited article is no one's voice. */
static void cited_article_byline_is_no_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n\"Met accused of whitewashing baby Jesus,\" by Post's Kathianne "
                            "Boniello: \"A Manhattan man is suing the Met, claiming it depicts Jesus as a "
                            "blond.\"");
    assert_null(direct_quote(a, "A Manhattan man"));
    nm_article_free(a);
}

/* A line of capitals quoted on its own is a subheading, not a quote. */
static void subheading_in_capitals_is_no_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n“DIVISIVE, STUPID AND WRONG”\nCameron will work with whoever wins. "
                            "“It was divisive, stupid and wrong,” he said.");
    assert_int_equal(a->n_quotes, 1);
    assert_non_null(direct_quote(a, "It was divisive"));
    nm_article_free(a);
}

static void nearer_participle_is_the_cue_of_a_quoted_object(void **state)
{
    (void)state;
    nm_article *a = analyse("Mayor Ilse Brandt blasted the council's plan for a \"river tax\" on Wednesday, calling it "
                            "\"reckless.\"");
    const nm_quote *q = quote_holding(a, "reckless");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "it \"reckless.\"");
    assert_string_equal(slice(a, q->speaker), "Mayor Ilse Brandt");
    nm_article_free(a);
}

static void comma_inside_closing_mark_ends_reported_clause(void **state)
{
    (void)state;
    /* the clause of "said" stops at the quote's comma; "noting" opens the
     * next attribution */
    nm_article *a = analyse("Halvorsen said that the ferry deal was \"a fair bargain,\" noting that fares "
                            "would stay the same.");
    const nm_quote *q = quote_holding(a, "fair bargain");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "that the ferry deal was \"a fair bargain,\"");
    nm_article_free(a);
}

static void quoted_transcript_turns_take_their_labels(void **state)
{
    (void)state;
    nm_article *a = analyse("Partial transcript as follows:\n\n"
                            "\"OKAFOR: Will the bridge open in May as the ministry promised?\n\n"
                            "\"LINDQVIST: It will open in June, and the tolls will be lower than planned.\"");
    const nm_quote *q = quote_holding(a, "Will the bridge");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "OKAFOR");
    assert_string_equal(slice(a, q->frags[0]), "Will the bridge open in May as the ministry promised");
    q = quote_holding(a, "It will open");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "LINDQVIST");
    assert_string_equal(slice(a, q->frags[0]), "It will open in June, and the tolls will be lower than planned");
    nm_article_free(a);
}

static void verb_object_clause_reported_by_outer_cue_takes_its_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("The mayor wrote in the council newsletter that she plans to use the surplus to "
                            "“fix every pothole in the north end.”");
    const nm_quote *q = quote_holding(a, "fix every pothole");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->speaker), "The mayor");
    nm_article_free(a);
}

static void cue_of_a_closed_subordinate_clause_gives_way_to_the_main_subject(void **state)
{
    (void)state;
    nm_article *a = analyse("After the mayor criticized the budget during a debate, Ortega shot back, "
                            "“We cannot pave roads with promises.”\n\n"
                            "When Pell accused Ortega of ignoring the harbour, she said \"I fought for every "
                            "dock\" in the council chamber.");
    const nm_quote *q = quote_holding(a, "We cannot pave");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Ortega");
    q = quote_holding(a, "I fought for every dock");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "she");
    nm_article_free(a);
}

static void absolute_participle_speaks_for_its_own_subject(void **state)
{
    (void)state;
    nm_article *a = analyse("Ortega and her allies tried to tie Pell to the port lobby, with one of her "
                            "flyers asking, “Who really pays for the new docks?”\n\n"
                            "The unions were quick to respond, with Dana Pell tweeting that it was a \"farce\" "
                            "and asking, \"Who will fix the roads now?\"");
    const nm_quote *q = quote_holding(a, "Who really pays");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "one of her flyers");
    q = quote_holding(a, "Who will fix");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Dana Pell");
    nm_article_free(a);
}

static void second_item_after_comma_and_stays_in_mixed_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("The mayor vowed to “repair every bridge,” and to hire more inspectors next year.\n\n"
                            "Ms. Ortega called the plan a “fantasy,” a “stunt” and a “waste.”");
    const nm_quote *q = quote_holding(a, "repair every");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "to “repair every bridge,” and to hire more inspectors next year");
    q = quote_holding(a, "fantasy");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "the plan a “fantasy,” a “stunt” and a “waste.”");
    nm_article_free(a);
    a = analyse("The inspector said the repairs were “hopeless,” because the steel had rusted through.");
    q = quote_holding(a, "hopeless");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "the repairs were “hopeless,” because the steel had rusted through");
    nm_article_free(a);
    a = analyse("The coach called the referee “a disgrace,” referring to the penalty in the final minute.");
    q = quote_holding(a, "a disgrace");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "the referee “a disgrace,”");
    nm_article_free(a);
    a = analyse("The chief said the budget was “tight,” and he asked for patience.");
    /* ", and he asked": a new subject and predicate end the clause */
    q = quote_holding(a, "tight");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "the budget was “tight,”");
    nm_article_free(a);
}

static void new_named_speaker_after_later_quoted_part_ends_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("The hall was quiet.\n\nAs Mayor Lund went on about “how the budget is broken,” and "
                            "“tired families” and “our own schools,” Ana said yes, over and over again.");
    const nm_quote *q = quote_holding(a, "how the budget");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]),
                        "“how the budget is broken,” and “tired families” and “our own schools,”");
    nm_article_free(a);
}

static void sentence_set_off_after_cue_circumstances_is_direct(void **state)
{
    (void)state;
    nm_article *a = analyse("The vote was close.\n\nThe senator joked, in a mock Southern drawl, “Come on down and "
                            "sign the bill!”");
    const nm_quote *q = quote_holding(a, "Come on down");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_DIRECT);
    assert_string_equal(slice(a, q->frags[0]), "Come on down and sign the bill!");
    assert_string_equal(slice(a, q->speaker), "The senator");
    nm_article_free(a);
}

static void clause_boundaries_around_titles_and_coordinate_subjects(void **state)
{
    (void)state;
    nm_article *a = analyse("Ortega said on KPLN that the council had “lost its nerve” over the docks.\n\n"
                            "Asked why she waited on “Morning Desk,” Dana Pell said she had not “seen the figures.”\n\n"
                            "He said Pell had been “a tremendous ally,” and Democrats would need her vote in May.");
    const nm_quote *q = quote_holding(a, "lost its nerve");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "that the council had “lost its nerve” over the docks");
    q = quote_holding(a, "seen the figures");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "she had not “seen the figures.”");
    q = quote_holding(a, "Morning Desk");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "why she waited on “Morning Desk,”");
    q = quote_holding(a, "tremendous ally");
    assert_non_null(q);
    assert_string_equal(slice(a, q->frags[0]), "Pell had been “a tremendous ally,” and Democrats would need her vote in May");
    nm_article_free(a);
}

static void relative_who_after_an_inverted_cue_speaks_for_itself(void **state)
{
    (void)state;
    nm_article *a = analyse("“Ana Ruiz is a builder of bridges,” said Beck, who said there were “too many doubts "
                            "about Ana Ruiz.”");
    const nm_quote *q = quote_holding(a, "too many doubts");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "there were “too many doubts about Ana Ruiz.”");
    assert_string_equal(slice(a, q->speaker), "who");
    nm_article_free(a);
}

/* The quote holding `words` (mixed when `clause` is given) has that first
 * fragment and that speaker; NULL checks nothing. */
static void expect_quote(const nm_article *a, const char *words, const char *clause, const char *speaker)
{
    const nm_quote *q = quote_holding(a, words);
    assert_non_null(q);
    if (clause) {
        assert_int_equal(q->kind, NM_QUOTE_MIXED);
        assert_string_equal(slice(a, q->frags[0]), clause);
    }
    if (speaker) {
        assert_true(q->has_speaker);
        assert_string_equal(slice(a, q->speaker), speaker);
    }
}

/* A participle naming the noun before it gives a name, not that noun's
 * words. */
static void naming_participle_after_a_noun_is_no_cue(void **state)
{
    (void)state;
    nm_article *a = analyse("Lee shared a reading list called “Perception” on his page.\n\n"
                            "Both senators oppose a budget rule called the “golden ratio” that would cut aid.");
    for (size_t i = 0; i < a->n_quotes; i++) {
        const nm_quote *q = &a->quotes[i];
        if (q->has_speaker) {
            assert_string_not_equal(slice(a, q->speaker), "a reading list");
            assert_string_not_equal(slice(a, q->speaker), "a budget rule");
        }
    }
    nm_article_free(a);
}

/* A mixed clause whose cue opens an adverbial clause or a second
 * predicate of its own stands inside a longer reported clause. */
static void inner_clause_of_its_own_keeps_its_cue(void **state)
{
    (void)state;
    nm_article *a = analyse("Host Ana Ruiz pressed Trump about remarks he had made, when he claimed the mayor "
                            "was “the founder” of the gang.\n\n"
                            "A donor who still backs Lee lives in the district and wrote in an email to reporters "
                            "that the campaign was “tragic in every way.”");
    expect_quote(a, "the founder", "the mayor was “the founder” of the gang", "he");
    expect_quote(a, "tragic in every way", "that the campaign was “tragic in every way.”", "A donor");
    nm_article_free(a);
}

/* Clause tails: the medium of saying ends the clause, ", but also" goes
 * on with it, "while" and a clause of its own ends it. */
static void mixed_clause_tails_medium_but_also_while(void **state)
{
    (void)state;
    nm_article *a = analyse("Lee called the plan “a disaster” in a tweet Tuesday.\n\n"
                            "Ruiz says voters are “right to be angry,” but also eager for change.\n\n"
                            "Ruiz accused Lee of a “smear” over the loans while Lee says Ruiz is a captive of donors.");
    expect_quote(a, "a disaster", "the plan “a disaster”", NULL);
    expect_quote(a, "right to be angry", "voters are “right to be angry,” but also eager for change", NULL);
    expect_quote(a, "smear", "Lee of a “smear” over the loans", NULL);
    nm_article_free(a);
}

/* A quote opening its sentence and going on past its closing mark up to an
 * inverted attribution with an apposition is one mixed clause. */
static void tail_before_inverted_cue_with_apposition_is_mixed(void **state)
{
    (void)state;
    nm_article *a = analyse("“He can win it, but it seems very unlikely” that Ruiz can catch Lee, said Ana Gomez, "
                            "a former campaign manager for the party.");
    expect_quote(a, "He can win it", "“He can win it, but it seems very unlikely” that Ruiz can catch Lee",
                 "Ana Gomez");
    nm_article_free(a);
}

/* An outer cue does not report a relative "who" set off by its comma, nor
 * a clause past a comma that closed its subordinate clause or opened a
 * "where" clause. */
static void outer_cue_stops_at_relative_who_subordinate_and_where(void **state)
{
    (void)state;
    nm_article *a = analyse("Ruiz praised the pastor Ana Lee, who has vowed not to buy cookies because of the group’s "
                            "“support of radical ideas.”\n\n"
                            "While not everything Lee says is true, Gomez said Lee is “telling voters what they want "
                            "to hear.”\n\n"
                            "The clip showed a rally in Ohio, where the senator said she was “not only here to do my "
                            "job” that day.");
    expect_quote(a, "support of radical", NULL, "who");
    expect_quote(a, "telling voters", NULL, "Gomez");
    expect_quote(a, "not only here", "she was “not only here to do my job” that day", "the senator");
    nm_article_free(a);
}

/* A participle hanging on a second main clause (", and he has …, at one
 * point calling", ", though … he used …, saying", ", and placed ads
 * calling") takes that clause's subject, not the sentence's. */
static void participle_takes_the_subject_of_its_nearest_main_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Shortly after the merger, Walter Hewlett led the charge, and within weeks the opposition "
                            "effort had sent letters to shareholders, hired lawyers, and placed newspaper ads calling "
                            "the deal a \"$25 billion mistake.\"\n\n"
                            "Ruiz has been criticized for the term, though in a news conference last week he used "
                            "stronger language, saying the group \"must be destroyed.\"\n\n"
                            "The governor made the city a priority, but the effort stalled, and he has battled with "
                            "the lenders, at one point calling the mayor a \"liar.\"");
    expect_quote(a, "billion mistake", NULL, "the opposition effort");
    expect_quote(a, "must be destroyed", NULL, "he");
    expect_quote(a, "liar", "the mayor a \"liar.\"", "he");
    nm_article_free(a);
}

/* The name a relative clause gives ("what he calls “…”") ends with its
 * closing mark, unless "of" or "for" goes on with the noun phrase. */
static void relative_naming_clause_ends_at_its_name(void **state)
{
    (void)state;
    nm_article *a = analyse("Ruiz has railed against what he calls the “Washington cartel” and cast himself as an "
                            "outsider.\n\n"
                            "The fight over whether the school is what former students have called a “fraudulent "
                            "scheme” took an uglier turn in May.\n\n"
                            "Lee said the field would stay divided, which he declared “a total disaster” for his "
                            "party.");
    expect_quote(a, "Washington cartel", "the “Washington cartel”", NULL);
    expect_quote(a, "fraudulent", "a “fraudulent scheme”", "former students");
    expect_quote(a, "total disaster", "“a total disaster” for his party", NULL);
    nm_article_free(a);
}

/* "and" followed by an irregular past tense opens a second predicate. */
static void and_with_irregular_past_ends_the_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Lee offered himself as a “law and order” candidate and made an appeal to workers.");
    expect_quote(a, "law and order", "himself as a “law and order” candidate", NULL);
    nm_article_free(a);
}

static void passive_cue_without_agent_names_no_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("The hearing went on.\n\nMayor Lund was asked, “Would you sign the budget again?”\n\n"
                            "The treasurer was said to be “livid” about the vote.\n\n"
                            "Ortega was asked by the moderator, “Where will the money come from?”");
    const nm_quote *q = quote_holding(a, "Would you sign");
    assert_non_null(q);
    assert_false(q->has_speaker);
    q = quote_holding(a, "livid");
    assert_non_null(q);
    assert_false(q->has_speaker);
    q = quote_holding(a, "Where will the money");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "the moderator");
    nm_article_free(a);
}

static void attribution_ending_in_a_colon_introduces_the_next_paragraph(void **state)
{
    (void)state;
    nm_article *a = analyse("“We will need more time,” Ortega said about the docks. “The money is not there "
                            "yet.” She went on to say:\n\n“Nobody in this city wants a half-built harbour.”");
    const nm_quote *q = quote_holding(a, "We will need");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->speaker), "Ortega");
    q = quote_holding(a, "Nobody in this city");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "She");
    nm_article_free(a);
}

static void carried_over_span_with_its_own_attribution_starts_a_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("“The budget is a mess,” Lund said. “We cannot keep borrowing.\n\n"
                            "“I will not sign it,” she added. “Not this year.”");
    const nm_quote *q = quote_holding(a, "The budget is");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    q = quote_holding(a, "I will not sign");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->speaker), "she");
    nm_article_free(a);
}

static void continued_quote_after_reported_sentence_takes_its_cue_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("“We need the docks rebuilt,” said Ana Ruiz, a union leader.\n\n"
                            "Other towns are watching closely, harbour chief Tom Beck says. “Nobody here wants to be "
                            "the next one.”");
    const nm_quote *q = quote_with_frag(a, "Nobody here wants");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "harbour chief Tom Beck");
    nm_article_free(a);
}

static void mixed_clause_without_speaker_takes_none_from_inner_quote(void **state)
{
    (void)state;
    nm_article *a = analyse("The race tightened in May.\n\nOrtega seemed unable to appreciate that concept in a "
                            "Monday interview on KPLN’s “Morning Desk,” in which she doubled down on the “queen of "
                            "cuts” moniker.");
    assert_int_equal(a->n_quotes, 1);
    const nm_quote *q = &a->quotes[0];
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_non_null(strstr(slice(a, q->frags[q->n_frags - 1]), "queen of cuts"));
    assert_false(q->has_speaker);
    nm_article_free(a);
}

static void double_marks_nested_in_a_span_stay_inside_it(void **state)
{
    (void)state;
    const char *t = "“The plan “will not work” at all,” she said. “Open “B.”\n\n\"“You win,” he said.\"";
    nm_arena *ar = nm_arena_new(0);
    nm_qspan *s = NULL;
    size_t n = 0;
    assert_int_equal(nm_qmarks_find(t, strlen(t), ar, &s, &n), NM_OK);
    assert_int_equal(n, 4);
    const char *w = "The plan “will not work” at all,";
    assert_int_equal(s[0].inner.end - s[0].inner.start, strlen(w));
    assert_memory_equal(t + s[0].inner.start, w, strlen(w));
    /* an opening mark with no two closing ones after it: the open span
     * lacks its closing mark */
    assert_true(s[1].unclosed);
    assert_memory_equal(t + s[2].inner.start, "B.", 2);
    /* a stray mark right before the opening one is no outer span */
    assert_memory_equal(t + s[3].inner.start, "You win,", s[3].inner.end - s[3].inner.start);
    nm_arena_free(ar);
}

static void set_off_sentence_of_the_same_cue_stays_direct(void **state)
{
    (void)state;
    nm_article *a = analyse("The panel went on.\n\nOrtega responded calmly, with a shrug: “It can happen to anyone "
                            "at 45.”\n\nThe chief said that the port has two choices: “Build it or sell it.”");
    const nm_quote *q = direct_quote(a, "It can happen");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Ortega");
    /* a "that" clause holding the quote stays one mixed quote */
    q = quote_holding(a, "the port has");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    nm_article_free(a);
}

static void voice_goes_on_only_after_a_reporting_sentence(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“The port needs work,” said Dana Pell, who runs the docks.\n\n"
                            "Pell shook her head. “Nobody listens to the harbour people.”\n\n"
                            "“We asked three times,” she said. The council met twice. “Nobody came to see the "
                            "cranes.”\n\n“Not even once,” the two write in a letter.");
    /* a writer's sentence without a cue before it: left out */
    assert_null(direct_quote(a, "Nobody listens"));
    assert_null(direct_quote(a, "Nobody came"));
    /* a span ending with a comma before its attribution is no
     * continuation, even when that attribution is not read */
    const nm_quote *q = direct_quote(a, "Not even once");
    assert_true(q == NULL || !q->has_speaker || strcmp(slice(a, q->speaker), "she") != 0);
    nm_article_free(a);
}

static void whole_words_before_the_cue_are_the_subject(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“The docks are falling apart,” the two write. “We ask for a hearing.”\n\n"
                            "“It was a long night,” KPLN Morning Desk co-host Ana Ruiz said.\n\n"
                            "“We will appeal,” harbour lawyers Tom Beck and Lia Dorn of Port Law wrote.\n\n"
                            "The port found “no trace of fraud,” aside from the two clerks knowing each other.");
    const nm_quote *q = direct_quote(a, "The docks are");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->speaker), "the two");
    q = direct_quote(a, "It was a long");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "KPLN Morning Desk co-host Ana Ruiz");
    q = direct_quote(a, "We will appeal");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "harbour lawyers Tom Beck and Lia Dorn of Port Law");
    assert_null(direct_quote(a, "no trace"));
    nm_article_free(a);
}

static void inverted_cue_after_a_question_takes_the_part(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe mayor was asked about the vote, “so what does it mean for the docks?” "
                            "asked Ortega, the council chair.\n\nThe chief said the plan was “dead.” Ortega said "
                            "nothing.");
    const nm_quote *q = quote_holding(a, "so what does it mean");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Ortega");
    q = quote_holding(a, "dead");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "The chief");
    nm_article_free(a);
}

static void gerund_cue_after_a_preposition_takes_the_clause_subject(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nDana Pell, a harbour pilot, drew boos upon saying, “The docks will close.”");
    const nm_quote *q = direct_quote(a, "The docks will");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Dana Pell");
    nm_article_free(a);
}

static void question_in_an_asked_opener_names_no_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nAsked whether the mayor “has the stamina to finish the job,” 60 percent of "
                            "voters said yes.");
    const nm_quote *q = quote_holding(a, "whether the mayor");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_false(q->has_speaker);
    assert_string_equal(slice(a, q->frags[0]), "whether the mayor “has the stamina to finish the job,”");
    nm_article_free(a);
}

static void only_a_whole_sentence_goes_on_past_a_paragraph_break(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nLund said: “The docks are done.”\n\n“The Harbour Way” is the name of "
                            "the new plan.\n\n“We will rebuild,” Ortega said.\n\n“Every crane” will be replaced "
                            "by May.");
    const nm_quote *q = direct_quote(a, "The docks are");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 1);
    q = direct_quote(a, "We will rebuild");
    assert_non_null(q);
    assert_int_equal(q->n_frags, 1);
    nm_article_free(a);
}

static void document_takes_a_quoted_object_as_its_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe new ad targets a “broken tax code that rewards the few” in three states.");
    const nm_quote *q = quote_holding(a, "broken tax code");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "The new ad");
    assert_string_equal(slice(a, q->frags[0]), "a “broken tax code that rewards the few” in three states");
    nm_article_free(a);
}

static void part_ending_in_an_inner_single_mark_ends_its_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nMeantime “it is easy for her to say ‘I am the only one with experience,’” "
                            "Green said.");
    const nm_quote *q = quote_holding(a, "it is easy");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Green");
    nm_article_free(a);
}

static void making_it_clear_reports_a_clause(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nRuiz also made the point that the harbour deal would make the city “a "
                            "second Rotterdam” within years. Lee made it clear that she has “serious doubts” "
                            "about the plan.");
    const nm_quote *q = quote_holding(a, "harbour deal");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(q->cue, "made the point");
    assert_string_equal(slice(a, q->speaker), "Ruiz");
    assert_string_equal(slice(a, q->frags[0]), "that the harbour deal would make the city “a second Rotterdam” "
                                               "within years");
    q = quote_holding(a, "serious doubts");
    assert_non_null(q);
    assert_string_equal(q->cue, "made it clear");
    assert_string_equal(slice(a, q->speaker), "Lee");
    nm_article_free(a);
}

static void pointing_to_reports_its_object(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe senator pointed to his “perfect record” on the harbour votes.");
    const nm_quote *q = quote_holding(a, "perfect record");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(q->cue, "pointed to");
    assert_string_equal(slice(a, q->speaker), "The senator");
    assert_string_equal(slice(a, q->frags[0]), "his “perfect record” on the harbour votes");
    nm_article_free(a);
}

static void participle_after_comma_takes_the_nearest_clause_subject(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nThe mayor waved when Dana Pell closed the meeting with a nod to the "
                            "“Harbour Days” fair, remarking, “See you all at the docks.”\n\n"
                            "Although she thanked the crews, Lund struck a rare note of doubt, saying, "
                            "“We may not finish by May.”\n\n"
                            "Ruiz said the port was busy, adding, “The cranes never stop.”");
    const nm_quote *q = direct_quote(a, "See you all");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Dana Pell");
    q = direct_quote(a, "We may not");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Lund");
    q = direct_quote(a, "The cranes never");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Ruiz");
    nm_article_free(a);
}

static void possessed_noun_of_saying_before_a_copula_gives_its_owner(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nPell’s motto for new pilots (told to every crew) was, “Never race the "
                            "tide.”\n\nDana Ruiz’s campaign slogan is “Ports for people.” She repeats it.\n\n"
                            "The plan’s main idea is “a port that never sleeps.”");
    const nm_quote *q = direct_quote(a, "Never race");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Pell");
    assert_string_equal(q->cue, "motto");
    q = direct_quote(a, "Ports for people");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Dana Ruiz");
    assert_null(direct_quote(a, "a port that"));
    nm_article_free(a);
}

static void description_or_adverb_after_a_quote_is_no_speaker(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\n“The port is the heart of this town,” the motto of a whole generation, "
                            "Ruiz says.\n\n“We will rebuild the docks,” though, Lund said.");
    const nm_quote *q = direct_quote(a, "The port is");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Ruiz");
    q = direct_quote(a, "We will rebuild");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Lund");
    nm_article_free(a);
}

static void quote_after_a_reporting_sentence_without_voice(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nLund said the port would reopen in May. “The cranes are already back "
                            "and the crews are ready.”\n\nDana Ruiz said in a statement. “The docks will "
                            "reopen next week for all ships.”\n\nPell waved at the crowd. “We will finish the "
                            "harbour this year.”");
    const nm_quote *q = quote_with_frag(a, "The cranes are");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_int_equal(q->n_frags, 2);
    assert_string_equal(slice(a, q->frags[0]), "the port would reopen in May");
    assert_string_equal(slice(a, q->speaker), "Lund");
    q = direct_quote(a, "The docks will");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "Dana Ruiz");
    assert_null(quote_with_frag(a, "We will finish"));
    nm_article_free(a);
}

static void part_in_a_that_clause_of_an_earlier_cue_takes_that_cue(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nAlthough Lund admitted to reporters that the port had “been closed for some "
                            "time,” he claimed it would reopen soon.\n\nDuring the inquiry, Lund acknowledged that "
                            "the fees could be called \"influence peddling,\" the Gazette reported.");
    const nm_quote *q = quote_holding(a, "that the port had");
    assert_non_null(q);
    assert_int_equal(q->kind, NM_QUOTE_MIXED);
    assert_string_equal(slice(a, q->frags[0]), "that the port had “been closed for some time,”");
    assert_string_equal(slice(a, q->speaker), "Lund");
    q = quote_holding(a, "During the inquiry");
    assert_non_null(q);
    assert_string_equal(slice(a, q->speaker), "the Gazette");
    nm_article_free(a);
}

static void byline_whose_name_opens_the_comment_below(void **state)
{
    (void)state;
    nm_article *a = analyse("Intro.\n\nDana Pell and Ana Ruiz debated.\n\n“The port has never lost money.”\n\n"
                            "Pell.\n\nPell exaggerates: the port lost money twice.");
    const nm_quote *q = direct_quote(a, "The port has");
    assert_non_null(q);
    assert_true(q->has_speaker);
    assert_string_equal(slice(a, q->speaker), "Pell");
    nm_article_free(a);
}

/* "no" before a cue word makes it a noun ("no doubt", "no comment"):
 * no attribution stands there. */
static void no_before_a_cue_word_makes_it_a_noun(void **state)
{
    (void)state;
    nm_article *a = analyse("After all, the minister no doubt calculates, the president ignored his "
                            "advisers and the “deep state” to meet the general.");
    for (size_t i = 0; i < a->n_quotes; i++)
        assert_string_not_equal(a->quotes[i].cue, "doubt");
    nm_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(marks_pair_curly_straight_nested_and_open),
        cmocka_unit_test(apostrophes_never_open_quotes),
        cmocka_unit_test(inverted_cue_and_second_fragment_make_one_quote),
        cmocka_unit_test(subject_before_cue_with_apposition),
        cmocka_unit_test(cue_before_quote_with_pronoun),
        cmocka_unit_test(scare_quotes_are_not_quotes),
        cmocka_unit_test(quote_continued_in_next_paragraph_keeps_its_speaker),
        cmocka_unit_test(fragment_after_comma_of_its_attribution),
        cmocka_unit_test(sentence_after_colon_is_a_direct_quote),
        cmocka_unit_test(verb_outside_cue_list_after_quote),
        cmocka_unit_test(mixed_clause_from_that_to_clause_boundary),
        cmocka_unit_test(outermost_cue_attributes_a_mixed_clause),
        cmocka_unit_test(marks_close_after_inner_single_and_open_with_right_mark),
        cmocka_unit_test(byline_after_quote_names_the_speaker),
        cmocka_unit_test(cue_lexicon_matches_inflections_and_phrases),
        cmocka_unit_test(title_inside_attribution_keeps_the_voice),
        cmocka_unit_test(title_before_attribution_is_no_quote),
        cmocka_unit_test(clause_opening_with_a_quote_keeps_the_quote_alone),
        cmocka_unit_test(part_closed_by_full_stop_takes_no_later_attribution),
        cmocka_unit_test(lower_case_fragment_joins_after_long_aside),
        cmocka_unit_test(quote_with_tail_attributed_at_sentence_end),
        cmocka_unit_test(comma_inside_closing_mark_ends_mixed_clause),
        cmocka_unit_test(outermost_speaker_of_a_nested_cue_before_a_quote),
        cmocka_unit_test(nearer_participle_is_the_cue_of_a_quoted_object),
        cmocka_unit_test(comma_inside_closing_mark_ends_reported_clause),
        cmocka_unit_test(quoted_transcript_turns_take_their_labels),
        cmocka_unit_test(continued_quote_takes_the_nearer_subject),
        cmocka_unit_test(put_it_and_sentence_opening_inverted_cue),
        cmocka_unit_test(plural_possessive_in_an_apposition_keeps_the_attribution),
        cmocka_unit_test(relative_and_including_verbs_report_nothing),
        cmocka_unit_test(non_speech_verb_takes_no_mixed_quote),
        cmocka_unit_test(as_complement_starts_at_the_object),
        cmocka_unit_test(name_alone_under_a_quote_is_its_byline),
        cmocka_unit_test(second_attributed_quote_in_a_sentence_is_direct),
        cmocka_unit_test(naming_verb_takes_its_object_and_complement),
        cmocka_unit_test(possessed_speech_noun_takes_the_clause),
        cmocka_unit_test(introduced_quote_going_on_is_mixed),
        cmocka_unit_test(second_item_after_comma_and_stays_in_mixed_clause),
        cmocka_unit_test(new_named_speaker_after_later_quoted_part_ends_clause),
        cmocka_unit_test(sentence_set_off_after_cue_circumstances_is_direct),
        cmocka_unit_test(cited_article_byline_is_no_speaker),
        cmocka_unit_test(subheading_in_capitals_is_no_quote),
        cmocka_unit_test(outer_cue_reaches_a_quote_after_the_inner_clause),
        cmocka_unit_test(dash_label_after_headline_speaks),
        cmocka_unit_test(issued_document_speaks_for_its_issuer),
        cmocka_unit_test(verb_object_clause_reported_by_outer_cue_takes_its_speaker),
        cmocka_unit_test(cue_of_a_closed_subordinate_clause_gives_way_to_the_main_subject),
        cmocka_unit_test(absolute_participle_speaks_for_its_own_subject),
        cmocka_unit_test(clause_boundaries_around_titles_and_coordinate_subjects),
        cmocka_unit_test(relative_who_after_an_inverted_cue_speaks_for_itself),
        cmocka_unit_test(naming_participle_after_a_noun_is_no_cue),
        cmocka_unit_test(inner_clause_of_its_own_keeps_its_cue),
        cmocka_unit_test(mixed_clause_tails_medium_but_also_while),
        cmocka_unit_test(tail_before_inverted_cue_with_apposition_is_mixed),
        cmocka_unit_test(outer_cue_stops_at_relative_who_subordinate_and_where),
        cmocka_unit_test(participle_takes_the_subject_of_its_nearest_main_clause),
        cmocka_unit_test(relative_naming_clause_ends_at_its_name),
        cmocka_unit_test(and_with_irregular_past_ends_the_clause),
        cmocka_unit_test(passive_cue_without_agent_names_no_speaker),
        cmocka_unit_test(attribution_ending_in_a_colon_introduces_the_next_paragraph),
        cmocka_unit_test(carried_over_span_with_its_own_attribution_starts_a_quote),
        cmocka_unit_test(continued_quote_after_reported_sentence_takes_its_cue_speaker),
        cmocka_unit_test(mixed_clause_without_speaker_takes_none_from_inner_quote),
        cmocka_unit_test(double_marks_nested_in_a_span_stay_inside_it),
        cmocka_unit_test(set_off_sentence_of_the_same_cue_stays_direct),
        cmocka_unit_test(voice_goes_on_only_after_a_reporting_sentence),
        cmocka_unit_test(whole_words_before_the_cue_are_the_subject),
        cmocka_unit_test(inverted_cue_after_a_question_takes_the_part),
        cmocka_unit_test(gerund_cue_after_a_preposition_takes_the_clause_subject),
        cmocka_unit_test(question_in_an_asked_opener_names_no_speaker),
        cmocka_unit_test(only_a_whole_sentence_goes_on_past_a_paragraph_break),
        cmocka_unit_test(document_takes_a_quoted_object_as_its_speaker),
        cmocka_unit_test(part_ending_in_an_inner_single_mark_ends_its_clause),
        cmocka_unit_test(making_it_clear_reports_a_clause),
        cmocka_unit_test(pointing_to_reports_its_object),
        cmocka_unit_test(participle_after_comma_takes_the_nearest_clause_subject),
        cmocka_unit_test(possessed_noun_of_saying_before_a_copula_gives_its_owner),
        cmocka_unit_test(description_or_adverb_after_a_quote_is_no_speaker),
        cmocka_unit_test(quote_after_a_reporting_sentence_without_voice),
        cmocka_unit_test(part_in_a_that_clause_of_an_earlier_cue_takes_that_cue),
        cmocka_unit_test(byline_whose_name_opens_the_comment_below),
        cmocka_unit_test(no_before_a_cue_word_makes_it_a_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
