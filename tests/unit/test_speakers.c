/* Speakers: the mention standing at a cue (before it, after an inverted
 * cue, the sentence's subject) and what pronoun speakers refer to. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "newsmon.h"
#include "analyse/coref.h"
#include "analyse/names.h"
#include "analyse/segment.h"
#include "analyse/speakers.h"
#include "analyse_fixture.h"

typedef struct fixture {
    nm_article *a;
    nm_segments seg;
} fixture;

/* Segment `text` and find its people (mentions and genders). */
static void prepare(fixture *f, const char *text)
{
    f->a = segmented_article(text, &f->seg);
    assert_int_equal(nm_names_analyse(f->a, &f->seg), NM_OK);
}

static void done(fixture *f) { nm_article_free(f->a); }

/* Index of the token starting at the n-th (0-based) occurrence of `word`. */
static size_t tok_of(const fixture *f, const char *word, int nth)
{
    const char *p = f->a->text;
    for (int i = 0; i <= nth; i++) {
        p = strstr(i ? p + 1 : p, word);
        assert_non_null(p);
    }
    size_t t = nm_segment_token_at(&f->seg, (size_t)(p - f->a->text));
    assert_true(t < f->seg.n_toks);
    assert_int_equal(f->seg.toks[t].start, (size_t)(p - f->a->text));
    return t;
}

/* The subject of the sentence holding `word`, looked for before it. */
static const char *subject_before(fixture *f, const char *word)
{
    size_t t = tok_of(f, word, 0);
    nm_range r;
    if (!nm_speaker_subject(f->a, &f->seg, f->seg.toks[t].sent, t, &r))
        return NULL;
    return slice(f->a, r);
}

/* The speaker before the cue starting with `cue`. */
static const char *speaker_before(fixture *f, const char *cue)
{
    size_t t = tok_of(f, cue, 0);
    nm_range r;
    if (!nm_speaker_before(f->a, &f->seg, t, f->seg.sents[f->seg.toks[t].sent].tok_start, &r))
        return NULL;
    return slice(f->a, r);
}

/* The speaker after the cue `cue` of `n_words` words. */
static const char *speaker_after(fixture *f, const char *cue, size_t n_words)
{
    size_t t = tok_of(f, cue, 0);
    nm_range r;
    if (!nm_speaker_after(f->a, &f->seg, t + n_words, &r))
        return NULL;
    return slice(f->a, r);
}

static void subjects_follow_datelines_time_phrases_and_adverbs(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "WASHINGTON — Sen. Chuck Grassley on Wednesday downplayed the attack, saying “it is the same.”\n\n"
                "Hours later, Trump returned the compliment, telling Reuters “he is an amazing man.”\n\n"
                "Hastily politicizing the tragedy, Trump cast the blame on his rivals, calling it “weak.”");
    assert_string_equal(subject_before(&f, "saying"), "Sen. Chuck Grassley");
    assert_string_equal(subject_before(&f, "telling"), "Trump");
    assert_string_equal(subject_before(&f, "calling"), "Trump");
    done(&f);
    prepare(&f, "Speaking at a rally in Salem, Oregon, Smith went after Jones, calling him “a fraud.”");
    assert_string_equal(subject_before(&f, "calling"), "Smith");
    done(&f);
}

static void subjects_keep_titles_and_stop_at_verbs(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Former US secretary of state Madeleine Albright fanned controversy, saying “no.”\n\n"
                "The endorsement comes three days after the vote, saying “yes.”\n\n"
                "The retired neurosurgeon has provided no details, noting only that “it works.”");
    assert_string_equal(subject_before(&f, "saying"), "Former US secretary of state Madeleine Albright");
    assert_string_equal(subject_before(&f, "three"), "The endorsement");
    assert_string_equal(subject_before(&f, "noting"), "The retired neurosurgeon");
    done(&f);
}

static void subjects_look_past_opening_quotes_and_take_later_clauses(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "“We think early money sets the terms,” said Scott Reed, who added that “it works.”\n\n"
                "Cruz is the only contender to visit every county and he has long used that fact, "
                "calling it “the Iowa way.”\n\n"
                "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”");
    /* the quote's "We" is no subject; the inverted cue's name is */
    assert_string_equal(subject_before(&f, "who"), "Scott Reed");
    assert_string_equal(subject_before(&f, "calling"), "he");
    /* a label after a dash, right before the quote */
    assert_string_equal(subject_before(&f, "One of"), "Carl Bialik");
    done(&f);
}

static void speakers_before_cues_are_subjects_not_objects(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "In a subsequent tweet Trump wrote more.\n\n"
                "A spokesman for Bernie Sanders said it was fine.\n\n"
                "Maples might spill some beans after the celebrity press ReganBooks announced a memoir.\n\n"
                "At one point the crowd reprised the caustic chant of the night.");
    /* "tweet" after "In a subsequent" is a noun inside a prepositional phrase */
    assert_null(speaker_before(&f, "tweet"));
    assert_string_equal(speaker_before(&f, "said"), "A spokesman for Bernie Sanders");
    /* "after" opens a clause here: its subject is the speaker */
    assert_string_equal(speaker_before(&f, "announced"), "the celebrity press ReganBooks");
    /* a bare cue after "the caustic" is a noun */
    assert_null(speaker_before(&f, "chant"));
    done(&f);
}

static void speakers_after_cues_only_when_inverted(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Carson did not mention them, but told his supporters, “our nation is in trouble.”\n\n"
                "“This platform says you are not welcome,” said Kristen Day, a director.\n\n"
                "“It is insufficient,” according to a court document filed by the state attorney.\n\n"
                "Obama remarked upon the fact, noting flagging economic conditions in China.");
    assert_null(speaker_after(&f, "told", 1));
    assert_string_equal(speaker_after(&f, "said", 1), "Kristen Day");
    assert_string_equal(speaker_after(&f, "according", 2), "the state attorney");
    assert_null(speaker_after(&f, "noting", 1));
    done(&f);
}

/* Name of the person the n-th occurrence of pronoun `p` refers to. */
static const char *referent(fixture *f, const char *p, int nth)
{
    size_t t = tok_of(f, p, nth);
    int person = nm_coref_resolve(f->a, &f->seg, (nm_range){f->seg.toks[t].start, f->seg.toks[t].end});
    return person < 0 ? NULL : f->a->people[person].name;
}

static void pronouns_prefer_clause_subjects(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Foreign Minister Sergei Lavrov visited the region. Thus, while Lavrov expressed Russia’s "
                "commitment to the peace process during a meeting with Kim Jong-un in Pyongyang on 31 May, "
                "he threatened a veto. Meanwhile, while Deputy Foreign Minister Sergei Ryabkov expressed his "
                "satisfaction that the Trump-Kim meeting took place, he also stated his hope. He insisted "
                "that “the federation will contribute.”");
    assert_string_equal(referent(&f, "he threatened", 0), "Sergei Lavrov");
    assert_string_equal(referent(&f, "he also", 0), "Sergei Ryabkov");
    assert_string_equal(referent(&f, "He insisted", 0), "Sergei Ryabkov");
    done(&f);
}

static void pronouns_respect_gender_and_skip_possessors(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Hillary Clinton met Donald Trump in New York. She said the talks went well.\n\n"
                "Bernie Sanders spoke first. Then Hillary Clinton’s aide spoke. He said it was over.\n\n"
                "They said nothing. Who knows?");
    assert_string_equal(referent(&f, "She", 0), "Hillary Clinton");
    assert_string_equal(referent(&f, "He said", 0), "Bernie Sanders");
    assert_null(referent(&f, "They", 0));
    done(&f);
}

static void relative_who_is_the_name_just_before(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "The plan was backed by Alexander Zhebin, who said it would work. Barack Obama met "
                "Mitch McConnell, now the Senate majority leader, who said no.");
    assert_string_equal(referent(&f, "who said it", 0), "Alexander Zhebin");
    assert_string_equal(referent(&f, "who said no", 0), "Mitch McConnell");
    done(&f);
}

static void pronouns_skip_names_inside_quotes_and_follow_chains(void **state)
{
    (void)state;
    nm_article *a = nm_article_new();
    const char *t = "Barack Obama spoke in Honolulu. “If Donald Trump is elected, the agency changes,” he said.\n\n"
                    "David Fowler spoke next. Replacing her could lead to lobbying by loyalists to Joe Biden "
                    "and Bernie Sanders. That is why, he argued, the party should be prepared. “This is a "
                    "different time,” he said.";
    a->text = nm_arena_strdup(a->arena, t);
    a->text_len = strlen(t);
    nm_error err;
    assert_int_equal(nm_analyse(a, &err), NM_OK);
    const char *names[2] = {NULL, NULL};
    size_t n = 0;
    for (size_t i = 0; i < a->n_quotes && n < 2; i++)
        if (a->quotes[i].kind == NM_QUOTE_DIRECT && a->quotes[i].person >= 0)
            names[n++] = a->people[a->quotes[i].person].name;
    assert_int_equal(n, 2);
    /* Trump is named inside the quote: he is not the one speaking */
    assert_string_equal(names[0], "Barack Obama");
    /* "he said" → "he argued" → Fowler, not the nearer Sanders */
    assert_string_equal(names[1], "David Fowler");
    nm_article_free(a);
}

static void lone_determiners_and_demonstratives_are_subjects(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Intro.\n\nAnother tweeted about the debate.");
    assert_string_equal(speaker_before(&f, "tweeted"), "Another");
    done(&f);
    prepare(&f, "Intro.\n\nThis source told the Post about it.");
    assert_string_equal(speaker_before(&f, "told"), "This source");
    done(&f);
    /* inside a sentence "this" is no part of the phrase */
    prepare(&f, "Intro.\n\nHe liked this plan said nobody.");
    assert_string_equal(speaker_before(&f, "said"), "plan");
    done(&f);
}

static void passive_cues_and_documents_by_someone_name_the_agent(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Sanders was asked by host Bill Maher, “Has it moved?”\n\n"
                "Obama asked the crowd, “Are you ready?”\n\n"
                "“No charge is possible,” according to a court document filed by state attorney Dave Aronberg.\n\n"
                "“A living wage is $12,” according to calculations by Amy Glasmeier.\n\n"
                "“It is late,” according to Smith.");
    assert_string_equal(speaker_before(&f, "asked"), "host Bill Maher");
    assert_string_equal(speaker_before(&f, "asked the"), "Obama");
    assert_string_equal(speaker_after(&f, "according", 2), "state attorney Dave Aronberg");
    size_t t = tok_of(&f, "according", 1);
    nm_range r;
    assert_true(nm_speaker_after(f.a, &f.seg, t + 2, &r));
    assert_string_equal(slice(f.a, r), "Amy Glasmeier");
    t = tok_of(&f, "according", 2);
    assert_true(nm_speaker_after(f.a, &f.seg, t + 2, &r));
    assert_string_equal(slice(f.a, r), "Smith");
    done(&f);
}

static void parenthetical_adverbs_are_skipped_before_cues(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Sanders, meanwhile, who sits at zero endorsements, said “it speaks volumes.”\n\n"
                "Clinton, however, told reporters “we will win.”\n\n"
                "And he, once again, pledged a “revolution.”");
    assert_string_equal(speaker_before(&f, "said"), "Sanders");
    assert_string_equal(speaker_before(&f, "pledged"), "he");
    assert_string_equal(speaker_before(&f, "told"), "Clinton");
    done(&f);
}

static void main_clause_subject_with_its_verb(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "After the vote, Gov. Ann Reyes (D) blamed the board, and Salem, New Hampshire on Monday "
                "was quiet.");
    nm_range r;
    size_t verb;
    size_t end = f.seg.n_toks;
    assert_true(nm_speaker_subject_at(f.a, &f.seg, tok_of(&f, "Gov.", 0), end, &r, &verb));
    assert_string_equal(slice(f.a, r), "Gov. Ann Reyes");
    assert_int_equal(verb, tok_of(&f, "blamed", 0));
    /* a place followed by a preposition opens no clause */
    assert_false(nm_speaker_subject_at(f.a, &f.seg, tok_of(&f, "New", 0), end, &r, &verb));
    done(&f);
}

static void openers_and_participles_name_no_one(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "Speaking to farmers in Ohio, the governor backed the plan.\n\n"
                "Despite the rain, Tuesday was busy.\n\n"
                "Mayor Ann Browning said the works would start.\n\n"
                "Hiring firms like Acme have long courted students.");
    assert_true(nm_token_names_no_one(f.a, &f.seg, tok_of(&f, "Speaking", 0)));
    assert_true(nm_token_names_no_one(f.a, &f.seg, tok_of(&f, "Despite", 0)));
    assert_true(nm_token_names_no_one(f.a, &f.seg, tok_of(&f, "Tuesday", 0)));
    /* a name in "-ing", and a participle whose phrase no comma closes */
    assert_false(nm_token_names_no_one(f.a, &f.seg, tok_of(&f, "Browning", 0)));
    assert_false(nm_token_names_no_one(f.a, &f.seg, tok_of(&f, "Hiring", 0)));
    assert_true(nm_token_is_verb(f.a->text, &f.seg, tok_of(&f, "backed", 0)));
    assert_false(nm_token_is_verb(f.a->text, &f.seg, tok_of(&f, "plan", 0)));
    done(&f);
}

static void irregular_pasts_and_contractions_keep_their_subject(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "The governor sought to calm the crowd.\n\n"
                "The caustic chant grew louder.\n\n"
                "No one’s talking about a recount.");
    /* "sought" has no third-person form among the cues: a verb, not a noun */
    assert_string_equal(speaker_before(&f, "sought"), "The governor");
    /* a bare form after "the N" is still a noun */
    assert_null(speaker_before(&f, "chant"));
    assert_string_equal(speaker_before(&f, "talking"), "No one");
    done(&f);
}

static void participles_complete_catenative_verbs(void **state)
{
    (void)state;
    fixture f;
    prepare(&f, "He spent more time mocking the plan. She kept saying no. They met, saying little.");
    size_t first = 0;
    assert_int_equal(nm_catenative_before(f.a->text, &f.seg, tok_of(&f, "mocking", 0), first),
                     tok_of(&f, "spent", 0));
    assert_int_equal(nm_catenative_before(f.a->text, &f.seg, tok_of(&f, "saying", 0), first),
                     tok_of(&f, "kept", 0));
    assert_int_equal(nm_catenative_before(f.a->text, &f.seg, tok_of(&f, "saying", 1), first), (size_t)-1);
    done(&f);
    /* "instead" is an adverb before a cue */
    prepare(&f, "The mayor instead portrayed the plan as a bargain.");
    assert_string_equal(speaker_before(&f, "portrayed"), "The mayor");
    done(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subjects_follow_datelines_time_phrases_and_adverbs),
        cmocka_unit_test(openers_and_participles_name_no_one),
        cmocka_unit_test(lone_determiners_and_demonstratives_are_subjects),
        cmocka_unit_test(subjects_keep_titles_and_stop_at_verbs),
        cmocka_unit_test(subjects_look_past_opening_quotes_and_take_later_clauses),
        cmocka_unit_test(speakers_before_cues_are_subjects_not_objects),
        cmocka_unit_test(speakers_after_cues_only_when_inverted),
        cmocka_unit_test(passive_cues_and_documents_by_someone_name_the_agent),
        cmocka_unit_test(parenthetical_adverbs_are_skipped_before_cues),
        cmocka_unit_test(main_clause_subject_with_its_verb),
        cmocka_unit_test(pronouns_prefer_clause_subjects),
        cmocka_unit_test(pronouns_respect_gender_and_skip_possessors),
        cmocka_unit_test(relative_who_is_the_name_just_before),
        cmocka_unit_test(pronouns_skip_names_inside_quotes_and_follow_chains),
        cmocka_unit_test(irregular_pasts_and_contractions_keep_their_subject),
        cmocka_unit_test(participles_complete_catenative_verbs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
