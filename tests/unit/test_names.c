/* Names: people (titles, appositions, aliases, gender, mentions),
 * organizations and places. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/names.h"
#include "analyse/segment.h"
#include "analyse_fixture.h"

static nm_article *analyse(const char *text)
{
    nm_segments seg;
    nm_article *a = segmented_article(text, &seg);
    assert_int_equal(nm_names_analyse(a, &seg), NM_OK);
    return a;
}

static const nm_person *person(const nm_article *a, const char *name)
{
    for (size_t i = 0; i < a->n_people; i++)
        if (!strcmp(a->people[i].name, name))
            return &a->people[i];
    return NULL;
}

static bool has_alias(const nm_person *p, const char *alias)
{
    for (size_t i = 0; i < p->n_aliases; i++)
        if (!strcmp(p->aliases[i], alias))
            return true;
    return false;
}

static bool has_entity(const nm_entity *e, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(e[i].name, name))
            return true;
    return false;
}

static void titles_give_role_and_affiliation(void **state)
{
    (void)state;
    nm_article *a = analyse("Russian Foreign Minister Sergey Lavrov met North Korean leader "
                            "Kim Jong-un in Pyongyang. Later Mr. Lavrov flew home.");
    const nm_person *p = person(a, "Sergey Lavrov");
    assert_non_null(p);
    assert_string_equal(p->role, "Foreign Minister");
    assert_string_equal(p->affiliation, "Russia");
    assert_true(has_alias(p, "Mr. Lavrov"));
    assert_int_equal(p->gender, NM_GENDER_MALE);
    const nm_person *k = person(a, "Kim Jong-un");
    assert_non_null(k);
    assert_string_equal(k->role, "leader");
    assert_string_equal(k->affiliation, "North Korea");
    assert_int_equal(a->n_people, 2);
    assert_true(has_entity(a->places, a->n_places, "Pyongyang"));
    nm_article_free(a);
}

static void appositions_give_role_and_affiliation(void **state)
{
    (void)state;
    nm_article *a = analyse(
        "\xE2\x80\x9CIt is bad,\xE2\x80\x9D says Vladimir Kolotov, a Far East expert at "
        "St. Petersburg State University. Konstantin Kosachev, chair of the Federation "
        "Council\xE2\x80\x99s Foreign Affairs Committee, was cautious.");
    const nm_person *p = person(a, "Vladimir Kolotov");
    assert_non_null(p);
    assert_string_equal(p->role, "Far East expert");
    assert_string_equal(p->affiliation, "St. Petersburg State University");
    p = person(a, "Konstantin Kosachev");
    assert_non_null(p);
    assert_string_equal(p->role, "chair");
    assert_string_equal(p->affiliation, "Federation Council\xE2\x80\x99s Foreign Affairs Committee");
    assert_true(has_entity(a->organizations, a->n_organizations, "St. Petersburg State University"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Federation Council"));
    nm_article_free(a);
}

static void aliases_merge_and_mentions_cover_every_form(void **state)
{
    (void)state;
    const char *text = "Alexander Zhebin spoke first. Later, says Mr. Zhebin, it got worse. "
                       "Zhebin left.";
    nm_article *a = analyse(text);
    assert_int_equal(a->n_people, 1);
    const nm_person *p = person(a, "Alexander Zhebin");
    assert_non_null(p);
    assert_true(has_alias(p, "Mr. Zhebin"));
    assert_true(has_alias(p, "Zhebin"));
    assert_int_equal(a->n_mentions, 3);
    const char *mr = strstr(text, "Mr. Zhebin");
    assert_int_equal(a->mentions[1].span.start, (size_t)(mr - text));
    assert_int_equal(a->mentions[1].span.end, (size_t)(mr - text) + strlen("Mr. Zhebin"));
    for (size_t i = 0; i + 1 < a->n_mentions; i++)
        assert_true(a->mentions[i].span.start < a->mentions[i + 1].span.start);
    nm_article_free(a);
}

static void different_people_with_one_family_name_stay_apart(void **state)
{
    (void)state;
    nm_article *a = analyse("President Trump met Kim Jong-un. Kim Jong-un smiled and "
                            "Kim Jong-un waved. His grandfather, Kim Il-sung, ruled before. "
                            "Mr. Kim said nothing.");
    const nm_person *jong = person(a, "Kim Jong-un");
    const nm_person *il = person(a, "Kim Il-sung");
    assert_non_null(jong);
    assert_non_null(il);
    assert_true(has_alias(jong, "Mr. Kim"));
    assert_false(has_alias(il, "Mr. Kim"));
    const nm_person *t = person(a, "Trump");
    assert_non_null(t);
    assert_string_equal(t->role, "President");
    nm_article_free(a);
}

static void common_capitalised_words_are_not_people(void **state)
{
    (void)state;
    nm_article *a = analyse("Experts say the deal is close. Teams of experts in Moscow met on "
                            "Monday. However, Russian diplomats stayed. Indeed, the Far "
                            "Eastern grid stalled in June.");
    assert_int_equal(a->n_people, 0);
    assert_true(has_entity(a->places, a->n_places, "Moscow"));
    nm_article_free(a);
}

static void surname_alone_with_evidence_is_a_person(void **state)
{
    (void)state;
    nm_article *a = analyse("Deputy Foreign Minister Ryabkov was upbeat. Putin and Ryabkov "
                            "spoke. Putin said it was fine.");
    const nm_person *r = person(a, "Ryabkov");
    assert_non_null(r);
    assert_string_equal(r->role, "Deputy Foreign Minister");
    assert_non_null(person(a, "Putin"));
    nm_article_free(a);
}

static void organizations_from_patterns_and_acronyms(void **state)
{
    (void)state;
    nm_article *a = analyse(
        "The picture was released by North Korea\xE2\x80\x99s Korean Central News Agency "
        "(KCNA). He heads the Center for Korean Studies at the Russian Academy of "
        "Science\xE2\x80\x99s Institute of Far Eastern Studies, and the Kremlin agreed.");
    assert_true(has_entity(a->organizations, a->n_organizations, "Korean Central News Agency"));
    assert_true(has_entity(a->organizations, a->n_organizations, "KCNA"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Center for Korean Studies"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Russian Academy of Science"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Institute of Far Eastern Studies"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Kremlin"));
    assert_true(has_entity(a->places, a->n_places, "North Korea"));
    assert_int_equal(a->n_people, 0);
    nm_article_free(a);
}

static void honorific_gives_gender(void **state)
{
    (void)state;
    nm_article *a = analyse("Mrs. Okonkwo-Bright spoke, and Ms. Alvarado listened.");
    const nm_person *p = person(a, "Okonkwo-Bright");
    assert_non_null(p);
    assert_int_equal(p->gender, NM_GENDER_FEMALE);
    assert_null(p->role); /* an honorific is not a role */
    nm_article_free(a);
}

static void first_name_with_common_surname_is_a_person(void **state)
{
    (void)state;
    nm_article *a = analyse("\xE2\x80\x9CIt costs us,\xE2\x80\x9D said Edwin Pike, chair of the "
                            "Fishermen's Cooperative. Later Pike said he was relieved.");
    const nm_person *p = person(a, "Edwin Pike");
    assert_non_null(p);
    assert_string_equal(p->role, "chair");
    assert_true(has_alias(p, "Pike"));
    assert_null(person(a, "Pike"));
    assert_int_equal(a->n_people, 1);
    nm_article_free(a);
}

static void lower_case_roles_before_and_who_appositions(void **state)
{
    (void)state;
    nm_article *a = analyse("Harbour master Ines Calloway said divers were at work. "
                            "Later port authority chief Omar Bell spoke. "
                            "Edwin Pike, who chairs the fishermen's cooperative, was relieved.");
    const nm_person *p = person(a, "Ines Calloway");
    assert_non_null(p);
    assert_string_equal(p->role, "harbour master");
    p = person(a, "Omar Bell");
    assert_non_null(p);
    assert_string_equal(p->role, "port authority chief");
    p = person(a, "Edwin Pike");
    assert_non_null(p);
    assert_string_equal(p->role, "chair");
    assert_string_equal(p->affiliation, "fishermen's cooperative");
    nm_article_free(a);
}

static void place_patterns_are_not_people(void **state)
{
    (void)state;
    nm_article *a = analyse("Officials in Port Ellery warned that Port Ellery would stay shut. "
                            "Crews in Eau Claire were ready, and Eau Claire officials said so.");
    assert_null(person(a, "Port Ellery"));
    assert_null(person(a, "Eau Claire"));
    assert_true(has_entity(a->places, a->n_places, "Port Ellery"));
    assert_true(has_entity(a->places, a->n_places, "Eau Claire"));
    nm_article_free(a);
}

static void person_before_of_organization_stays_a_person(void **state)
{
    (void)state;
    nm_article *a = analyse("\xE2\x80\x9CIt is late,\xE2\x80\x9D says Dr. Priya Varghese of the "
                            "Northmoor Maritime Institute.");
    assert_non_null(person(a, "Priya Varghese"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Northmoor Maritime Institute"));
    nm_article_free(a);
}

/* The person a mention at byte offset `off` of the text names, or NULL. */
static const nm_person *person_at(const nm_article *a, size_t off)
{
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].span.start == off)
            return &a->people[a->mentions[i].person];
    return NULL;
}

static size_t offset_of(const nm_article *a, const char *needle, int nth)
{
    const char *p = a->text;
    for (int i = 0; i <= nth; i++) {
        p = strstr(i ? p + 1 : p, needle);
        assert_non_null(p);
    }
    return (size_t)(p - a->text);
}

static void family_members_stay_apart(void **state)
{
    (void)state;
    nm_article *a = analyse(
        "Ivanka Trump spoke on Thursday. Ivanka Trump praised her father, Donald Trump, "
        "at length. Later Mr. Trump thanked her. Ivanka Trump smiled. Trump said the "
        "speech was great.\n\n"
        "Hillary Clinton campaigned in Ohio. Bill Clinton spoke in Iowa. Mrs. Clinton "
        "said the race was close, and President Bill Clinton agreed. President Clinton "
        "left early.");
    const nm_person *iv = person(a, "Ivanka Trump"), *dt = person(a, "Donald Trump");
    assert_non_null(iv);
    assert_non_null(dt);
    assert_ptr_equal(person_at(a, offset_of(a, "Mr. Trump", 0)), dt); /* a man */
    assert_ptr_equal(person_at(a, offset_of(a, "Trump said", 0)), iv); /* most talked-about */
    const nm_person *hc = person(a, "Hillary Clinton"), *bc = person(a, "Bill Clinton");
    assert_non_null(hc);
    assert_non_null(bc); /* sentence-initial "Bill" is a first name here */
    assert_int_equal(bc->gender, NM_GENDER_MALE);
    assert_ptr_equal(person_at(a, offset_of(a, "Mrs. Clinton", 0)), hc);
    assert_ptr_equal(person_at(a, offset_of(a, "President Clinton", 0)), bc); /* by title */
    nm_article_free(a);
}

static void full_names_with_middle_names_merge(void **state)
{
    (void)state;
    nm_article *a = analyse("Hillary Rodham Clinton spoke first. Later Hillary Clinton "
                            "answered questions. Will Clinton win?");
    assert_non_null(person(a, "Hillary Rodham Clinton"));
    assert_null(person(a, "Hillary Clinton"));
    assert_null(person(a, "Will Clinton"));
    assert_int_equal(a->n_people, 1);
    nm_article_free(a);
}

static void sentence_initial_surnames_are_mentions(void **state)
{
    (void)state;
    nm_article *a = analyse("Attorney General Loretta Lynch spoke. Lynch said the review "
                            "was over. Howard Dean agreed. Dean, a former governor, "
                            "nodded. Lynch mobs were not mentioned.");
    const nm_person *l = person(a, "Loretta Lynch"), *d = person(a, "Howard Dean");
    assert_non_null(l);
    assert_non_null(d);
    assert_ptr_equal(person_at(a, offset_of(a, "Lynch said", 0)), l);
    assert_ptr_equal(person_at(a, offset_of(a, "Dean, a", 0)), d);
    assert_null(person_at(a, offset_of(a, "Lynch mobs", 0))); /* a common word */
    assert_int_equal(a->n_people, 2);
    nm_article_free(a);
}

static void organizations_and_places_written_like_names_are_not_people(void **state)
{
    (void)state;
    nm_article *a = analyse(
        "He gave speeches to Goldman Sachs. Banks such as JP Morgan Chase and Warner Music "
        "paid. Vellmar Hollis employees were told. Vellmar Hollis said nothing.\n\n"
        "Jeffrey Salkin, a Hollywood, Fla., rabbi, spoke. He flew out of Tarnby Field "
        "Airport. Tarnby Field was busy. The American Legion has asked for more. "
        "Edward Leamer, the director of the UCLA Anderson Forecast, agreed. The great "
        "Anglo-Saxon Southland was praised.");
    assert_non_null(person(a, "Jeffrey Salkin"));
    assert_non_null(person(a, "Edward Leamer"));
    assert_null(person(a, "Goldman Sachs"));
    assert_null(person(a, "Morgan Chase"));
    assert_null(person(a, "Warner Music"));
    assert_null(person(a, "Vellmar Hollis")); /* "... employees" */
    assert_null(person(a, "Fla."));
    assert_null(person(a, "Tarnby Field"));    /* "Tarnby Field Airport" */
    assert_null(person(a, "Legion"));
    assert_null(person(a, "Anderson Forecast")); /* after an acronym */
    assert_null(person(a, "Anglo-Saxon Southland"));
    assert_int_equal(a->n_people, 2);
    assert_true(has_entity(a->places, a->n_places, "Florida"));
    assert_true(has_entity(a->organizations, a->n_organizations, "Goldman Sachs"));
    nm_article_free(a);
}

static void names_before_organizations_keep_their_person(void **state)
{
    (void)state;
    nm_article *a = analyse("Eric Trump wrote to donors. The Eric Trump Foundation paid. "
                            "Perry Capital CEO Richard Perry agreed. George H.W. Bush "
                            "stayed home, and Bush said so.");
    assert_non_null(person(a, "Eric Trump"));
    assert_non_null(person(a, "Richard Perry"));
    const nm_person *b = person(a, "George H.W. Bush");
    assert_non_null(b);
    assert_true(has_alias(b, "Bush"));
    nm_article_free(a);
    a = analyse("George W. Bush and George H.W. Bush met George Bush fans.");
    assert_non_null(person(a, "George W. Bush"));
    assert_non_null(person(a, "George H.W. Bush")); /* father and son */
    nm_article_free(a);
}

static void of_organization_gives_affiliation_and_roles_stay_clean(void **state)
{
    (void)state;
    nm_article *a = analyse(
        "Rafael Okonkwo of Halvard Lines said the company would pay. Sen. Marco Rubio of "
        "Florida and Sen. Ted Cruz of Texas spoke. Pence said his running mate "
        "presidential nominee Donald Trump was right. He met presidential candidate "
        "Jeb Bush. Tenney took down businessman Steve Wells. Bernie Sanders, also "
        "praised the president. Marty Walsh, one of his wife's supporters, came.");
    const nm_person *p = person(a, "Rafael Okonkwo");
    assert_non_null(p);
    assert_string_equal(p->affiliation, "Halvard Lines");
    assert_null(p->role);
    assert_string_equal(person(a, "Marco Rubio")->affiliation, "Florida");
    assert_string_equal(person(a, "Ted Cruz")->affiliation, "Texas");
    assert_string_equal(person(a, "Donald Trump")->role, "presidential nominee");
    assert_string_equal(person(a, "Jeb Bush")->role, "presidential candidate");
    assert_string_equal(person(a, "Steve Wells")->role, "businessman");
    assert_null(person(a, "Bernie Sanders")->role);
    assert_null(person(a, "Marty Walsh")->role);
    nm_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titles_give_role_and_affiliation),
        cmocka_unit_test(appositions_give_role_and_affiliation),
        cmocka_unit_test(aliases_merge_and_mentions_cover_every_form),
        cmocka_unit_test(different_people_with_one_family_name_stay_apart),
        cmocka_unit_test(common_capitalised_words_are_not_people),
        cmocka_unit_test(surname_alone_with_evidence_is_a_person),
        cmocka_unit_test(organizations_from_patterns_and_acronyms),
        cmocka_unit_test(honorific_gives_gender),
        cmocka_unit_test(first_name_with_common_surname_is_a_person),
        cmocka_unit_test(lower_case_roles_before_and_who_appositions),
        cmocka_unit_test(place_patterns_are_not_people),
        cmocka_unit_test(person_before_of_organization_stays_a_person),
        cmocka_unit_test(family_members_stay_apart),
        cmocka_unit_test(full_names_with_middle_names_merge),
        cmocka_unit_test(sentence_initial_surnames_are_mentions),
        cmocka_unit_test(organizations_and_places_written_like_names_are_not_people),
        cmocka_unit_test(names_before_organizations_keep_their_person),
        cmocka_unit_test(of_organization_gives_affiliation_and_roles_stay_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
