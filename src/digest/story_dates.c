/* Dates of a story. An article that writes "12 June" without a year keeps
 * it unknown in its own record; within a story, the other articles date
 * it: the year is the one putting it nearest to the story's reference date
 * (the latest article date, else the latest full date any article writes). */
#include "digest_model.h"

#include "clean/dates.h"

#include <stdlib.h>
#include <string.h>

static bool month_day_value(const char *md, nm_date_value *out)
{
    if (!md || strlen(md) != 7 || md[0] != '-' || md[1] != '-' || md[4] != '-')
        return false;
    out->year = 0;
    out->month = (md[2] - '0') * 10 + (md[3] - '0');
    out->day = (md[5] - '0') * 10 + (md[6] - '0');
    return out->month >= 1 && out->month <= 12 && out->day >= 1 && out->day <= 31;
}

static bool later(const nm_date_value *a, const nm_date_value *b)
{
    if (a->year != b->year)
        return a->year > b->year;
    if (a->month != b->month)
        return a->month > b->month;
    return a->day > b->day;
}

static int by_iso(const void *pa, const void *pb)
{
    const nm_digest_date *a = pa, *b = pb;
    if (!a->iso && !b->iso)
        return strcmp(a->text, b->text);
    if (!a->iso || !b->iso)
        return (a->iso == NULL) - (b->iso == NULL);
    return strcmp(a->iso, b->iso);
}

bool nm_digest_collect_dates(nm_digest_model *m)
{
    nm_date_value ref = {0, 0, 0}, v;
    for (size_t i = 0; i < m->n_articles; i++) {
        const char *d = m->articles[i]->date;
        if (!d || !nm_date_parse_iso(d, &v))
            continue;
        if (!m->date_first || strcmp(d, m->date_first) < 0)
            m->date_first = d;
        if (!m->date_last || strcmp(d, m->date_last) > 0)
            m->date_last = d;
        if (!ref.year || later(&v, &ref))
            ref = v;
    }
    for (size_t i = 0; i < m->n_articles && !ref.year; i++)
        for (size_t k = 0; k < m->articles[i]->n_dates; k++) {
            const char *iso = m->articles[i]->dates[k].iso;
            if (iso && nm_date_parse_iso(iso, &v) && v.day && (!ref.year || later(&v, &ref)))
                ref = v;
        }
    size_t cap = 0;
    for (size_t i = 0; i < m->n_articles; i++) {
        const nm_article *a = m->articles[i];
        for (size_t k = 0; k < a->n_dates; k++) {
            const nm_date_mention *d = &a->dates[k];
            const char *iso = d->iso;
            bool inferred = false;
            char buf[11];
            if (!iso && ref.year && month_day_value(d->month_day, &v)) {
                nm_date_resolve_year(&v, &ref);
                if (nm_date_format_iso(&v, buf) && !(iso = nm_arena_strdup(m->arena, buf)))
                    return false;
                inferred = iso != NULL;
            }
            const char *text = nm_arena_strndup(m->arena, a->text + d->span.start,
                                                d->span.end - d->span.start);
            if (!text)
                return false;
            bool seen = false;
            for (size_t j = 0; j < m->n_dates && !seen; j++)
                seen = iso ? (m->dates[j].iso && !strcmp(m->dates[j].iso, iso))
                           : (!m->dates[j].iso && !strcmp(m->dates[j].text, text));
            if (seen)
                continue;
            nm_digest_date *slot =
                nm_digest_push(m->arena, (void **)&m->dates, &m->n_dates, &cap, sizeof *slot);
            if (!slot)
                return false;
            *slot = (nm_digest_date){text, iso, inferred, i};
        }
    }
    if (m->n_dates > 1)
        qsort(m->dates, m->n_dates, sizeof *m->dates, by_iso);
    return true;
}
