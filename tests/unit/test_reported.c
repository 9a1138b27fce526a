/* Reported speech and mixed quotes (reported.c), on made-up sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/reported.h"
#include "analyse/segment.h"
#include "analyse_fixture.h"

typedef struct found {
    nm_article *a;
    nm_quote *q;
    nm_range *cues;
    size_t n;
} found;

static found find(const char *text)
{
    found f = {0};
    nm_segments seg;
    f.a = segmented_article(text, &seg);
    assert_int_equal(nm_reported_find(f.a, &seg, &f.q, &f.cues, &f.n), NM_OK);
    return f;
}

static void subject_said_that_clause(void **state)
{
    (void)state;
    found f = find("The State Department said that it had found no evidence of a breach.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_REPORTED);
    assert_int_equal(f.q[0].n_frags, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that it had found no evidence of a breach");
    assert_true(f.q[0].has_speaker);
    assert_string_equal(slice(f.a, f.q[0].speaker), "The State Department");
    assert_string_equal(f.q[0].cue, "said");
    assert_string_equal(slice(f.a, f.cues[0]), "said");
    nm_article_free(f.a);
}

static void clause_then_speaker_and_inverted(void **state)
{
    (void)state;
    found f = find("The talks could collapse within days, analysts say.\n\n"
                   "The deal is still within reach, said Maria Lopez, a trade lawyer.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "The talks could collapse within days");
    assert_string_equal(slice(f.a, f.q[0].speaker), "analysts");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "The deal is still within reach");
    assert_string_equal(slice(f.a, f.q[1].speaker), "Maria Lopez");
    nm_article_free(f.a);
}

static void according_to_both_sides(void **state)
{
    (void)state;
    found f = find("According to a senior official, the vote will be delayed again.\n\n"
                   "Turnout fell sharply in the north, according to the election commission.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the vote will be delayed again");
    assert_string_equal(slice(f.a, f.q[0].speaker), "a senior official");
    assert_string_equal(f.q[0].cue, "According to");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "Turnout fell sharply in the north");
    assert_string_equal(slice(f.a, f.q[1].speaker), "the election commission");
    nm_article_free(f.a);
}

static void apposition_and_pronoun_subjects(void **state)
{
    (void)state;
    found f = find("Anna Berg, a spokeswoman for the campaign, said the rally would go ahead.\n\n"
                   "He also warned that the budget would not pass this year.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the rally would go ahead");
    /* the mention starts at the name and covers the apposition */
    assert_string_equal(slice(f.a, f.q[0].speaker), "Anna Berg, a spokeswoman for the campaign");
    assert_string_equal(slice(f.a, f.q[1].speaker), "He");
    assert_string_equal(f.q[1].cue, "warned");
    nm_article_free(f.a);
}

static void quoted_part_makes_it_mixed(void **state)
{
    (void)state;
    found f = find("Kolotov stressed that both sides must keep their promises, "
                   "\xe2\x80\x9cmuch like the last round.\xe2\x80\x9d");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_MIXED);
    /* the quoted part stays inside the clause, marks included */
    assert_non_null(strstr(slice(f.a, f.q[0].frags[0]), "\xe2\x80\x9cmuch like the last round"));
    assert_string_equal(slice(f.a, f.q[0].speaker), "Kolotov");
    nm_article_free(f.a);
}

static void direct_quotes_and_quoted_cues_are_left_alone(void **state)
{
    (void)state;
    /* a whole quoted sentence is a direct quote (quotes.c), and a cue
     * inside quote marks is not an attribution of the article */
    found f = find("\xe2\x80\x9cWe think the plan will fail,\xe2\x80\x9d she said at a rally.\n\n"
                   "\xe2\x80\x9cPeople say we are finished,\xe2\x80\x9d he said.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

static void adverbial_after_cue_is_not_a_clause(void **state)
{
    (void)state;
    /* "said in a statement" with nothing reported after it */
    found f = find("The senator said in a statement on Tuesday.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

static void parenthetical_attribution_gives_two_fragments(void **state)
{
    (void)state;
    found f = find("At the time, she said, the governor was trying to win over the delegation.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "At the time");
    assert_string_equal(slice(f.a, f.q[0].frags[1]),
                        "the governor was trying to win over the delegation");
    assert_string_equal(slice(f.a, f.q[0].speaker), "she");
    nm_article_free(f.a);
}

static void second_subject_after_comma_starts_a_new_attribution(void **state)
{
    (void)state;
    found f = find("While Novak expressed support for the plan in May, he warned that "
                   "the council would veto any deal.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].speaker), "Novak");
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "support for the plan in May");
    assert_string_equal(slice(f.a, f.q[1].speaker), "he");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "that the council would veto any deal");
    assert_true(f.q[0].frags[0].end <= f.q[1].frags[0].start);
    nm_article_free(f.a);
}

static void doubled_apostrophe_quotes_are_reported(void **state)
{
    (void)state;
    /* attribution after, with a second span after it: one quote, two
     * fragments, reported (two apostrophes are not a quote mark) */
    found f = find("''We will win this state,'' said Ann Lee, a campaign aide. "
                   "''Nobody doubts it now.''\n\nThe rally ended early.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_REPORTED);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "''We will win this state,''");
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "''Nobody doubts it now.''");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Ann Lee");
    assert_string_equal(f.q[0].cue, "said");
    nm_article_free(f.a);

    /* attribution before a colon, the cue a few words before it */
    f = find("The senator said in a statement: ''The bill is dead. We move on.''");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_REPORTED);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "''The bill is dead. We move on.''");
    assert_string_equal(slice(f.a, f.q[0].speaker), "The senator");
    nm_article_free(f.a);

    /* a quoted term without an attribution is not a quote */
    f = find("Critics call the plan a ''bridge to nowhere'' in private.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

static void impressions_infinitives_and_labels(void **state)
{
    (void)state;
    /* "X appears to ...": no source, subject and complement as content */
    found f = find("The governor appears to have lost interest in the race.");
    assert_int_equal(f.n, 1);
    assert_false(f.q[0].has_speaker);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "The governor");
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "to have lost interest in the race");
    nm_article_free(f.a);

    /* "appeared on" is a physical appearance */
    f = find("The governor appeared on television late on Monday.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);

    /* infinitive content starts at "to" */
    f = find("A spokeswoman for the company declined to comment on the lawsuit.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "to comment on the lawsuit");
    assert_string_equal(slice(f.a, f.q[0].speaker), "A spokeswoman for the company");
    nm_article_free(f.a);

    /* a speaker label opening a paragraph */
    f = find("Marco Rubio: I Am Not Interested In Being Vice President\n\nHe said so twice.");
    assert_true(f.n >= 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "I Am Not Interested In Being Vice President");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Marco Rubio");
    assert_string_equal(f.q[0].cue, ":");
    nm_article_free(f.a);

    /* "according to" without a comma */
    f = find("Turnout fell by a third in the northern counties according to the state election board.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Turnout fell by a third in the northern counties");
    assert_string_equal(slice(f.a, f.q[0].speaker), "the state election board");
    nm_article_free(f.a);
}

/* Subjects carrying several asides, relative clauses with their own cue,
 * cues inside an aside, subjects holding a prepositional phrase. */
static void subjects_with_asides(void **state)
{
    (void)state;
    found f = find("Lance Beebe, 49, a Navy veteran who works for the Air Force, said Hillary "
                   "Clinton should be ready for questions.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Hillary Clinton should be ready for questions");
    assert_true(f.q[0].has_speaker);
    assert_int_equal(f.q[0].speaker.start, 0);
    nm_article_free(f.a);

    f = find("Cruz, who says Trump is attacking him, said GOP voters should go with him.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].speaker), "who");
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Trump is attacking him");
    assert_int_equal(f.q[1].speaker.start, 0);
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "GOP voters should go with him");
    nm_article_free(f.a);

    /* "think tank" is no cue of its own: one attribution */
    f = find("Matt Bennett, a founder of the think tank Third Way, said Mrs. Clinton had avoided "
             "tacking left.");
    assert_int_equal(f.n, 1);
    assert_string_equal(f.q[0].cue, "said");
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Mrs. Clinton had avoided tacking left");
    nm_article_free(f.a);

    f = find("Still, Cruz will change his approach, a source close to him said.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].speaker), "a source close to him");
    nm_article_free(f.a);

    /* "said Tuesday that he ..." after an apposition is no inverted source */
    f = find("Nevada's governor, Brian Sandoval, a Republican, said Tuesday that he had voted for "
             "Mr. Rubio.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that he had voted for Mr. Rubio");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Brian Sandoval, a Republican");
    nm_article_free(f.a);
}

/* Where a reported clause ends and what its speaker is in sentences with
 * several clauses. */
static void clause_ends_and_sentence_speakers(void **state)
{
    (void)state;
    found f = find("Asked whether he would run, Rubio said he was not interested in the job.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "whether he would run");
    assert_false(f.q[0].has_speaker);
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "he was not interested in the job");
    assert_string_equal(slice(f.a, f.q[1].speaker), "Rubio");
    nm_article_free(f.a);

    f = find("While he said he would hold a hearing, it is unlikely to win his support.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "he would hold a hearing");
    nm_article_free(f.a);

    f = find("Mateen left as soon as prayers were finished, Nefzi said, adding that he was not "
             "very religious.");
    assert_int_equal(f.n, 2);
    assert_int_equal(f.q[0].n_frags, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Mateen left as soon as prayers were finished");
    assert_string_equal(f.q[1].cue, "adding");
    assert_string_equal(slice(f.a, f.q[1].speaker), "Nefzi");
    nm_article_free(f.a);

    /* the object of "threatened" is its content, not the relative clause */
    f = find("Thus, while Lavrov expressed Russia's commitment to the peace process, he threatened "
             "a veto of any settlement terms that were not satisfactory to Moscow.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Russia's commitment to the peace process");
    assert_string_equal(slice(f.a, f.q[1].speaker), "he");
    assert_string_equal(slice(f.a, f.q[1].frags[0]),
                        "a veto of any settlement terms that were not satisfactory to Moscow");
    nm_article_free(f.a);

    /* a participle's speaker is the subject after the leading adverbial */
    f = find("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her "
             "statement, saying that the United States should lead.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].speaker), "Mrs. Clinton");
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that the United States should lead");
    nm_article_free(f.a);

    /* "A, according to X, B": both sides */
    f = find("The next day, according to Roffman, Trump made further demands.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "The next day");
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "Trump made further demands");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Roffman");
    nm_article_free(f.a);

    /* "which he said VERB ...": the relative word and the verb phrase */
    f = find("Trump cited the policies, which he said had harmed the economy, in every speech.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the policies");
    assert_int_equal(f.q[1].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "which");
    assert_string_equal(slice(f.a, f.q[1].frags[1]), "had harmed the economy");
    nm_article_free(f.a);
}

static void trailing_attribution_with_place_and_participle(void **state)
{
    (void)state;
    found f = find("The excesses are sickening, Hollande said Tuesday in Paris, noting the nominee makes it worse.");
    assert_true(f.n >= 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "The excesses are sickening");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Hollande");
    nm_article_free(f.a);
    f = find("Democrats had made history for women, she said in a video message to the convention.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Democrats had made history for women");
    assert_string_equal(slice(f.a, f.q[0].speaker), "she");
    nm_article_free(f.a);
    /* the cue's object is no adverbial: "refused to …" stays the content */
    f = find("Thus far, the foundation refused to release the names of its donors.");
    for (size_t i = 0; i < f.n; i++)
        assert_string_not_equal(slice(f.a, f.q[i].frags[0]), "Thus far");
    nm_article_free(f.a);
}

/* A run-on "sentence" far longer than a scan window is still read to its
 * end: attributions are found in its last window too. */
static void run_on_sentence_is_read_in_windows(void **state)
{
    (void)state;
    enum { REPS = 300 };
    const char *unit = "the plan would fail , which officials said ";
    size_t ul = strlen(unit);
    char *text = malloc(REPS * ul + 64);
    assert_non_null(text);
    size_t n = 0;
    n += (size_t)sprintf(text, "Smith said ");
    for (int i = 0; i < REPS; i++, n += ul)
        memcpy(text + n, unit, ul);
    strcpy(text + n, "it ends.");
    found f = find(text);
    assert_true(f.n > 1);
    assert_true(f.q[f.n - 1].frags[0].start > n / 2);
    nm_article_free(f.a);
    free(text);
}

static void opening_adverbs_are_no_subjects(void **state)
{
    (void)state;
    found f = find("Shortly after the hearing ended, Ortega issued a statement saying the harbour plan was "
                   "dead.\n\nKelly said the vote would wait.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].speaker), "Ortega");
    assert_string_equal(slice(f.a, f.q[1].speaker), "Kelly");
    nm_article_free(f.a);
}

static void openers_that_name_no_one(void **state)
{
    (void)state;
    found f = find("Speaking to farmers in Ohio, the governor backed the plan, saying it would pass.\n\n"
                   "LIMA, May 3 (UPI) — The minister unveiled a budget, insisting it would cut debt.\n\n"
                   "Tuesday at a rally in Ames, the senator stood firm, saying he had the votes.");
    assert_int_equal(f.n, 3);
    assert_string_equal(slice(f.a, f.q[0].speaker), "the governor");
    assert_string_equal(slice(f.a, f.q[1].speaker), "The minister");
    assert_string_equal(slice(f.a, f.q[2].speaker), "the senator");
    nm_article_free(f.a);
    f = find("Nuclear arms experts have visited the site, but have argued that the yield was small.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].speaker), "Nuclear arms experts");
    nm_article_free(f.a);
}

static void contracted_auxiliaries_are_skipped(void **state)
{
    (void)state;
    found f = find("I don’t think the bill will pass.\n\nShe doesn't believe the count is right.\n\n"
                   "And he’s predicted big wins in the races ahead.");
    assert_int_equal(f.n, 3);
    assert_string_equal(slice(f.a, f.q[0].speaker), "I");
    assert_string_equal(slice(f.a, f.q[1].speaker), "She");
    assert_string_equal(slice(f.a, f.q[2].speaker), "he");
    nm_article_free(f.a);
}

static void time_phrases_are_no_subjects(void **state)
{
    (void)state;
    found f = find("The mayor on Monday announced that the park would close.\n\n"
                   "A poll released Sunday found that the race was tied.\n\n"
                   "The couple had flown home from Paris, their school confirmed on Facebook Friday.");
    assert_int_equal(f.n, 3);
    assert_string_equal(slice(f.a, f.q[0].speaker), "The mayor");
    assert_string_equal(slice(f.a, f.q[1].speaker), "A poll released Sunday");
    assert_string_equal(slice(f.a, f.q[2].speaker), "their school");
    nm_article_free(f.a);
}

static void a_description_aside_gives_way_to_the_name(void **state)
{
    (void)state;
    found f = find("Anna Berg, the editor of the city's daily paper, The Courier, said the mayor would resign.");
    assert_int_equal(f.n, 1);
    assert_true(f.q[0].has_speaker);
    assert_int_equal(f.q[0].speaker.start, 0);
    nm_article_free(f.a);
    /* a pronoun takes asides too */
    f = find("The vote was close. And he, once again, argued that the count was wrong.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].speaker), "he, once again");
    nm_article_free(f.a);
}

static void places_tell_objects_and_clauses_are_no_sources(void **state)
{
    (void)state;
    found f = find("At a rally in Canton, Ohio, the senator railed against taxes, saying they hurt families.\n\n"
                   "The director of the center, Ina Kirsch, said the group acted alone.\n\n"
                   "Prices rose sharply in May, his top aide, Tad Devine, told The Courier.\n\n"
                   "The deal is off, said a person briefed on the talks.");
    assert_int_equal(f.n, 3);
    assert_string_equal(slice(f.a, f.q[0].speaker), "the senator");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "the group acted alone");
    assert_string_equal(slice(f.a, f.q[2].speaker), "a person briefed on the talks");
    nm_article_free(f.a);
}

static void verbs_before_noun_cues_are_no_subjects(void **state)
{
    (void)state;
    found f = find("The plan passed on Tuesday, raising fears that rents would soar.\n\n"
                   "Officials who watched the debate said the city was ready.\n\n"
                   "Voters whose homes were flooded said the levee failed.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].speaker), "Officials who watched the debate");
    assert_string_equal(slice(f.a, f.q[1].speaker), "Voters whose homes were flooded");
    nm_article_free(f.a);
}

/* A cue's object ends before a second predicate of the cue's subject; a
 * clause with a verb of its own keeps its "and". */
static void object_ends_before_second_predicate(void **state)
{
    (void)state;
    found f = find("The mayor praised the firefighters for their courage and offered them a medal.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the firefighters for their courage");
    nm_article_free(f.a);

    f = find("The senator vowed to block the bill but later stopped short of a filibuster.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "to block the bill");
    nm_article_free(f.a);

    /* a comma before the main verb closes the relative the cue stood in */
    f = find("The mayor, who praised the new budget, signed it on Friday.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the new budget");
    nm_article_free(f.a);

    /* but not before a participle: "captured by …" */
    f = find("Leaders called for East Jerusalem, captured by the army in 1967, to be returned.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "East Jerusalem, captured by the army in 1967, to be returned");
    nm_article_free(f.a);

    /* the clause's own subject met and decided */
    f = find("Aides said the two friends met in March and decided to run together.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the two friends met in March and decided to run together");
    nm_article_free(f.a);

    /* nor does one inside the object keep it from being cut */
    f = find("The senator vowed to help undocumented workers and opposed the new tax.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "to help undocumented workers");
    nm_article_free(f.a);

    /* an "-ed" adjective before a noun is no verb */
    f = find("The governor criticized rising costs and delayed repairs at the port.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "rising costs and delayed repairs at the port");
    nm_article_free(f.a);
}

/* A headline over its story on the next line is read on its own line. */
static void headline_line_ends_the_clause(void **state)
{
    (void)state;
    /* (a blank line elsewhere: single line breaks stay inside paragraphs) */
    found f = find("Mayor Says The Port Will Reopen\nThe mayor said on Monday that the port would reopen "
                   "soon.\n\nIt rained.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "The Port Will Reopen");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "that the port would reopen soon");
    nm_article_free(f.a);

    /* a line wrapped before a lower-case word goes on */
    f = find("The mayor said the port would\nreopen soon.\n\nIt rained.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the port would\nreopen soon");
    nm_article_free(f.a);
}

/* ", who …" running to the clause's end is the writer's aside; one closed
 * by a comma belongs to the clause. */
static void trailing_relative_is_left_out(void **state)
{
    (void)state;
    found f = find("The senator praised Maria Lopez, who ran the food bank for a decade.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Maria Lopez");
    nm_article_free(f.a);

    f = find("Officials said that Ana Ruiz, who leads the agency, has resigned.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that Ana Ruiz, who leads the agency, has resigned");
    nm_article_free(f.a);

    /* ", which …," closed before the main verb is the clause's too */
    f = find("Critics said the ruling, which struck down the law, hurts the small towns.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the ruling, which struck down the law, hurts the small towns");
    nm_article_free(f.a);
}

/* ", a/an/the …" to the clause's end with no verb of its own is the
 * writer's apposition; a main clause after an opening one is not. */
static void trailing_apposition_is_left_out(void **state)
{
    (void)state;
    found f = find("The board announced it would close the plant, a move that shocked the town.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "it would close the plant");
    nm_article_free(f.a);

    f = find("Aides said that despite the delays, the project remains a priority.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that despite the delays, the project remains a priority");
    nm_article_free(f.a);

    /* a list goes on */
    f = find("She said they differ on taxes, the budget and the port.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "they differ on taxes, the budget and the port");
    nm_article_free(f.a);
}

/* "and" then a new subject and cue ends the clause; a subject of two
 * ("Iowa and Ohio show") does not. */
static void bare_and_before_a_new_subject(void **state)
{
    (void)state;
    found f = find("The agency declined to comment and two aides said the report was wrong.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "to comment");
    assert_string_equal(slice(f.a, f.q[1].speaker), "two aides");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "the report was wrong");
    nm_article_free(f.a);

    /* an adverb before a number opens a subject */
    f = find("Most said they would vote, and nearly three in five said they were undecided.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "they would vote");
    assert_string_equal(slice(f.a, f.q[1].speaker), "nearly three in five");
    nm_article_free(f.a);

    f = find("Officials said the polls in Iowa and Ohio show a close race.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the polls in Iowa and Ohio show a close race");
    nm_article_free(f.a);
}

/* ", and" before a subject and a finite verb opens the writer's next
 * clause; one in a modal goes on with what was said. */
static void and_before_a_new_clause(void **state)
{
    (void)state;
    found f = find("The council urged residents to stay indoors, and the storm soon passed.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "residents to stay indoors");
    nm_article_free(f.a);

    f = find("She said the plan is too late, and it will not help the farmers.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the plan is too late, and it will not help the farmers");
    nm_article_free(f.a);
}

/* ", forcing …", ", leading to …" after a clause is the writer's note on
 * what followed; a series of participles was said whole. */
static void result_participle_ends_the_clause(void **state)
{
    (void)state;
    found f = find("The agency declared a no-fly zone over the bay, forcing airlines to take long detours.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "a no-fly zone over the bay");
    nm_article_free(f.a);

    f = find("The two candidates supported the state playing a role, setting rules for banks, "
             "protecting savers.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]),
                        "the state playing a role, setting rules for banks, protecting savers");
    nm_article_free(f.a);
}

/* A noun-phrase object ends before a setting ("during …", "after X
 * said …"); an infinitive keeps its own. */
static void object_ends_before_its_setting(void **state)
{
    (void)state;
    found f = find("The governor criticized the mayor during a debate on Tuesday.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the mayor");
    nm_article_free(f.a);

    f = find("Rivals denounced the new tariff after the minister defended it.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the new tariff");
    nm_article_free(f.a);

    f = find("The senator promised to act during the first week.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "to act during the first week");
    nm_article_free(f.a);

    /* "as" before a noun phrase is no clause */
    f = find("The governor described the vote as a worried gesture of protest.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the vote as a worried gesture of protest");
    nm_article_free(f.a);
}

/* A name after the cue is its object, not an adverbial before a "that":
 * the "that" after it is a relative. */
static void name_object_keeps_its_relative(void **state)
{
    (void)state;
    found f = find("Critics blamed Mayor Ruiz for the budget cuts that closed the library.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Mayor Ruiz for the budget cuts that closed the library");
    nm_article_free(f.a);

    f = find("The mayor said Tuesday that the port would reopen.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that the port would reopen");
    nm_article_free(f.a);
}

/* A short aside after a contrast word, closed by a comma, stays in the
 * clause; a contrast opening a clause of its own ends it. */
static void contrast_aside_stays(void **state)
{
    (void)state;
    found f = find("He said the delay, while costly, was handled well.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the delay, while costly, was handled well");
    nm_article_free(f.a);

    f = find("She said the talks were useful, but for the unions, it is a defeat.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the talks were useful");
    nm_article_free(f.a);
}

static void participles_take_their_own_clause_subject(void **state)
{
    (void)state;
    found f = find("The mayor spoke after the vote, and the union has already sued the city, saying the rules "
                   "break the law.\n\n"
                   "The senator is trying to recover from a loss, and he's hoping the endorsement will help.\n\n"
                   "Support for the plan is slipping, with 40 percent of voters saying it costs too much.\n\n"
                   "The governor could be met by a chorus of teachers urging him to drop the cuts.");
    assert_int_equal(f.n, 4);
    assert_string_equal(slice(f.a, f.q[0].speaker), "the union");
    assert_string_equal(slice(f.a, f.q[1].speaker), "he");
    assert_string_equal(slice(f.a, f.q[2].speaker), "40 percent of voters");
    assert_string_equal(slice(f.a, f.q[3].speaker), "a chorus of teachers");
    nm_article_free(f.a);
}

static void coordinated_cues_take_their_clause_subject(void **state)
{
    (void)state;
    found f = find("The columnist has been harsh about the mayor but on Tuesday wrote that she backed his plan.\n\n"
                   "A few minutes later they reversed course, opened the doors and said the count would go on.\n\n"
                   "The day before, at a rally in Dayton, the senator was just as blunt, claiming the deal was rigged.");
    assert_int_equal(f.n, 3);
    assert_string_equal(slice(f.a, f.q[0].speaker), "The columnist");
    assert_string_equal(slice(f.a, f.q[1].speaker), "they");
    assert_string_equal(slice(f.a, f.q[2].speaker), "the senator");
    nm_article_free(f.a);
}

static void relative_clauses_belong_to_the_subject(void **state)
{
    (void)state;
    found f = find("Economists who favor a carbon tax agree that the change will be slow.\n\n"
                   "Officials who spoke with the Courier said the plant would close.\n\n"
                   "Local groups that have endorsed him say they want a new vote.");
    assert_int_equal(f.n, 3);
    assert_int_equal(f.q[0].speaker.start, 0);
    assert_string_equal(slice(f.a, f.q[1].speaker), "Officials who spoke with the Courier");
    assert_string_equal(slice(f.a, f.q[2].speaker), "Local groups that have endorsed him");
    nm_article_free(f.a);
}

static void floating_quantifiers_give_way_to_their_noun(void **state)
{
    (void)state;
    found f = find("The two rivals, Sen. Ann Cole of Texas and Sen. Bo Reyes of Ohio, have both urged the mayor to "
                   "resign.\n\n"
                   "Party elders — whose group was once known for its unity — both suggested the aide be fired.\n\n"
                   "The vote was close. And both vowed to be tougher on crime.");
    assert_int_equal(f.n, 3);
    assert_int_equal(f.q[0].speaker.start, 0);
    assert_string_equal(slice(f.a, f.q[1].speaker), "Party elders");
    assert_string_equal(slice(f.a, f.q[2].speaker), "both");
    nm_article_free(f.a);
}

static void raised_cues_before_a_clause_keep_the_subject(void **state)
{
    (void)state;
    found f = find("Her emails seem to show that the aide shaped the coverage.\n\n"
                   "The senator seemed to dismiss the report in May.\n\n"
                   "On Friday he seemed to indicate he would run.");
    assert_int_equal(f.n, 3);
    assert_string_equal(f.q[0].cue, "show");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Her emails");
    /* with an object it stays an impression with no source */
    assert_false(f.q[1].has_speaker);
    assert_string_equal(slice(f.a, f.q[2].speaker), "he");
    nm_article_free(f.a);
}

static void adverbs_and_coordinated_clauses_before_cues(void **state)
{
    (void)state;
    found f = find("In May he vowed to ban them, declined to criticize Duke, and most recently defended the image.\n\n"
                   "Protest groups say the rules are harsh, and the Civil Liberties Union of Ohio has sued the city "
                   "over the rules, saying they violate free-speech rights.\n\n"
                   "The crowd cheered when Trump spotted a sign and asked it to be fetched for him.");
    assert_string_equal(slice(f.a, f.q[0].speaker), "he");
    assert_string_equal(f.q[f.n - 2].cue, "saying");
    assert_string_equal(slice(f.a, f.q[f.n - 2].speaker), "the Civil Liberties Union of Ohio");
    assert_string_equal(slice(f.a, f.q[f.n - 1].speaker), "Trump");
    nm_article_free(f.a);
}

/* A quote after a colon with an attribution of its own ends the clause;
 * one without stays in it (a mixed clause). */
static void colon_quote_with_its_own_cue(void **state)
{
    (void)state;
    found f = find("The mayor said the city had lost its way: \xe2\x80\x9cWe are no longer a city,\xe2\x80\x9d he said.");
    assert_true(f.n >= 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_REPORTED);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the city had lost its way");
    nm_article_free(f.a);

    f = find("The mayor added a caveat: \xe2\x80\x9cWe will see.\xe2\x80\x9d");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].kind, NM_QUOTE_MIXED);
    nm_article_free(f.a);
}

/* ", but agreed" after an opening adverbial: the subject's second
 * predicate, not the close of an aside. */
static void linked_cue_after_comma_is_no_aside(void **state)
{
    (void)state;
    found f = find("In an interview on Sunday, the mayor said she did not plan the cuts, but agreed that "
                   "the budget was tight.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "she did not plan the cuts");
    assert_string_equal(slice(f.a, f.q[0].speaker), "the mayor");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "that the budget was tight");
    nm_article_free(f.a);
}

/* A one-word answer is content ("said yes"); other single words are not. */
static void one_word_answers(void **state)
{
    (void)state;
    found f = find("Asked whether the plan would work, 40 percent of the voters said yes.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "yes");
    assert_string_equal(slice(f.a, f.q[1].speaker), "40 percent of the voters");
    nm_article_free(f.a);

    f = find("The governor said nothing.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

/* A clause opening with a subordinate one runs past its comma to the main
 * clause ("that if A, he would B"), unless the main clause is the writer's
 * next attribution ("that while A, he argued B"). */
static void subordinate_clause_inside_the_content(void **state)
{
    (void)state;
    found f = find("She told donors that if the bill were a house, she would sell it.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that if the bill were a house, she would sell it");
    nm_article_free(f.a);

    f = find("The senator admitted that while the memo was never central, he argued the inquiry needed it.");
    assert_int_equal(f.n, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "that while the memo was never central");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "the inquiry needed it");
    nm_article_free(f.a);
}

/* An attribution inserted into a clause whose predicate follows it gives
 * both sides as two fragments. */
static void inserted_attribution_splits_the_clause(void **state)
{
    (void)state;
    found f = find("Any fair reading of the ruling, said Ana Ruiz, an expert on trade law at the institute, "
                   "would find it narrow.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Any fair reading of the ruling");
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "would find it narrow");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Ana Ruiz");
    nm_article_free(f.a);

    f = find("His main worry, according to an interview with the paper at the time, was the cost.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "was the cost");
    nm_article_free(f.a);
}

/* A finding "in" a named poll is the poll's; standing "in the polls" in
 * general is no attribution. */
static void findings_in_a_named_poll(void **state)
{
    (void)state;
    found f = find("In a Harbor Times poll released Monday, 40 percent of voters said the port should reopen, "
                   "while 52 percent said it should stay closed.");
    assert_int_equal(f.n, 1);
    assert_string_equal(f.q[0].cue, "In");
    assert_string_equal(slice(f.a, f.q[0].speaker), "a Harbor Times poll");
    assert_string_equal(slice(f.a, f.q[0].frags[0]),
                        "40 percent of voters said the port should reopen, while 52 percent said it should stay closed");
    nm_article_free(f.a);

    f = find("The mayor held a 12-point lead in the latest Channel 5 poll.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "The mayor held a 12-point lead");
    assert_string_equal(slice(f.a, f.q[0].speaker), "the latest Channel 5 poll");
    nm_article_free(f.a);

    f = find("Her approval rating in a new Channel 5 poll stands at 61 percent.");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "stands at 61 percent");
    nm_article_free(f.a);

    f = find("The senator is rising fast in the polls.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

/* After a cue's verbless object, a comma and an auxiliary open a second
 * predicate of the subject even without an object after it. */
static void auxiliary_after_comma_is_a_second_predicate(void **state)
{
    (void)state;
    found f = find("Several of the senators declined to comment, didn't return calls or sent short statements.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "to comment");
    nm_article_free(f.a);
}

/* The second part of a clause split by "X said" ends like any clause. */
static void second_part_of_a_split_clause_ends_like_a_clause(void **state)
{
    (void)state;
    found f = find("Whatever progress the council has made, officials said, could be undone by a new strike, "
                   "which would close the port for weeks.");
    assert_true(f.n >= 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "Whatever progress the council has made");
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "could be undone by a new strike");
    nm_article_free(f.a);
}

/* A tell-cue without "that": the clause starts at a pronoun after the
 * hearer; with none, nothing is taken. */
static void tell_without_that(void **state)
{
    (void)state;
    found f = find("The mayor told The Harbor Times last week she would not run again.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "she would not run again");
    assert_string_equal(slice(f.a, f.q[0].speaker), "The mayor");
    nm_article_free(f.a);

    f = find("Officials told him he had never been a citizen.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "he had never been a citizen");
    nm_article_free(f.a);

    f = find("The lawyer told the court in a filing on Monday.");
    assert_int_equal(f.n, 0);
    nm_article_free(f.a);
}

/* "with X telling …": the participle's subject is the noun before it. */
static void with_subject_participle(void **state)
{
    (void)state;
    found f = find("The storm closed the port, with Mayor Ana Ruiz telling reporters she would reopen it soon.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "she would reopen it soon");
    assert_string_equal(slice(f.a, f.q[0].speaker), "Mayor Ana Ruiz");
    nm_article_free(f.a);
}

/* A doubled-apostrophe quote goes on after an attribution holding a title
 * or a phrase in marks of its own; a clause between the fragments stays. */
static void apostrophe_quote_continues_past_a_title(void **state)
{
    (void)state;
    found f = find("''It is nonsense,'' he said on ''This Week.'' ''She knows it is wrong.''");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "''She knows it is wrong.''");
    nm_article_free(f.a);

    f = find("''Rents are up again,'' said Ana Ruiz, who noted that prices had ''soared'' in the spring. "
             "''We expect more of the same.''");
    assert_int_equal(f.n, 2);
    assert_int_equal(f.q[0].n_frags, 2);
    assert_string_equal(slice(f.a, f.q[0].frags[1]), "''We expect more of the same.''");
    assert_string_equal(slice(f.a, f.q[1].frags[0]), "that prices had ''soared'' in the spring");
    nm_article_free(f.a);
}

/* A doubled-apostrophe quote closing a clause, attributed after it, brings
 * the clause along. */
static void apostrophe_quote_brings_its_clause(void **state)
{
    (void)state;
    found f = find("The new mayor, with her years on the council, ''is seen as a safe pair of hands,'' he said.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]),
                        "The new mayor, with her years on the council, ''is seen as a safe pair of hands,''");
    nm_article_free(f.a);
}

/* An opening "According to X," takes its source up to the comma, however
 * long or oddly written. */
static void opening_according_to_runs_to_its_comma(void **state)
{
    (void)state;
    found f = find("According to the officer in charge of the harbor that night, the ship never left.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the ship never left");
    assert_string_equal(slice(f.a, f.q[0].speaker), "the officer in charge of the harbor that night");
    nm_article_free(f.a);

    f = find("According to a Harbor/Coast poll, the two mayors are tied.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the two mayors are tied");
    nm_article_free(f.a);
}

/* "As reported by X, CLAUSE" and "as X reported on Saturday, CLAUSE". */
static void as_reported_by(void **state)
{
    (void)state;
    found f = find("As reported by the Harbor Times, the port lost money for a third year.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the port lost money for a third year");
    assert_string_equal(slice(f.a, f.q[0].speaker), "the Harbor Times");
    nm_article_free(f.a);

    f = find("The mayor knew it, since, as the Harbor Times reported on Saturday, the port lost money again.");
    assert_int_equal(f.n, 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "the port lost money again");
    assert_string_equal(slice(f.a, f.q[0].speaker), "the Harbor Times");
    nm_article_free(f.a);
}

/* An opening "Asked …" question runs past its asides to the comma before
 * the main clause; a trailing relative aside stays out. */
static void asked_question_runs_to_the_main_clause(void **state)
{
    (void)state;
    found f = find("Asked why the council ignored the request, in the same budget, that the report list the "
                   "costs, the mayor said she had not seen it.");
    assert_true(f.n >= 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]),
                        "why the council ignored the request, in the same budget, that the report list the costs");
    nm_article_free(f.a);

    f = find("Asked whether the plan would pass, which few expect, the mayor said she was hopeful.");
    assert_true(f.n >= 1);
    assert_string_equal(slice(f.a, f.q[0].frags[0]), "whether the plan would pass");
    nm_article_free(f.a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_said_that_clause),
        cmocka_unit_test(trailing_attribution_with_place_and_participle),
        cmocka_unit_test(run_on_sentence_is_read_in_windows),
        cmocka_unit_test(clause_then_speaker_and_inverted),
        cmocka_unit_test(according_to_both_sides),
        cmocka_unit_test(apposition_and_pronoun_subjects),
        cmocka_unit_test(quoted_part_makes_it_mixed),
        cmocka_unit_test(direct_quotes_and_quoted_cues_are_left_alone),
        cmocka_unit_test(adverbial_after_cue_is_not_a_clause),
        cmocka_unit_test(parenthetical_attribution_gives_two_fragments),
        cmocka_unit_test(second_subject_after_comma_starts_a_new_attribution),
        cmocka_unit_test(doubled_apostrophe_quotes_are_reported),
        cmocka_unit_test(impressions_infinitives_and_labels),
        cmocka_unit_test(subjects_with_asides),
        cmocka_unit_test(clause_ends_and_sentence_speakers),
        cmocka_unit_test(opening_adverbs_are_no_subjects),
        cmocka_unit_test(openers_that_name_no_one),
        cmocka_unit_test(contracted_auxiliaries_are_skipped),
        cmocka_unit_test(time_phrases_are_no_subjects),
        cmocka_unit_test(a_description_aside_gives_way_to_the_name),
        cmocka_unit_test(places_tell_objects_and_clauses_are_no_sources),
        cmocka_unit_test(verbs_before_noun_cues_are_no_subjects),
        cmocka_unit_test(object_ends_before_second_predicate),
        cmocka_unit_test(headline_line_ends_the_clause),
        cmocka_unit_test(trailing_relative_is_left_out),
        cmocka_unit_test(trailing_apposition_is_left_out),
        cmocka_unit_test(bare_and_before_a_new_subject),
        cmocka_unit_test(and_before_a_new_clause),
        cmocka_unit_test(result_participle_ends_the_clause),
        cmocka_unit_test(object_ends_before_its_setting),
        cmocka_unit_test(name_object_keeps_its_relative),
        cmocka_unit_test(contrast_aside_stays),
        cmocka_unit_test(participles_take_their_own_clause_subject),
        cmocka_unit_test(coordinated_cues_take_their_clause_subject),
        cmocka_unit_test(relative_clauses_belong_to_the_subject),
        cmocka_unit_test(floating_quantifiers_give_way_to_their_noun),
        cmocka_unit_test(raised_cues_before_a_clause_keep_the_subject),
        cmocka_unit_test(adverbs_and_coordinated_clauses_before_cues),
        cmocka_unit_test(colon_quote_with_its_own_cue),
        cmocka_unit_test(linked_cue_after_comma_is_no_aside),
        cmocka_unit_test(one_word_answers),
        cmocka_unit_test(subordinate_clause_inside_the_content),
        cmocka_unit_test(inserted_attribution_splits_the_clause),
        cmocka_unit_test(findings_in_a_named_poll),
        cmocka_unit_test(auxiliary_after_comma_is_a_second_predicate),
        cmocka_unit_test(second_part_of_a_split_clause_ends_like_a_clause),
        cmocka_unit_test(tell_without_that),
        cmocka_unit_test(with_subject_participle),
        cmocka_unit_test(apostrophe_quote_continues_past_a_title),
        cmocka_unit_test(apostrophe_quote_brings_its_clause),
        cmocka_unit_test(opening_according_to_runs_to_its_comma),
        cmocka_unit_test(as_reported_by),
        cmocka_unit_test(asked_question_runs_to_the_main_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
