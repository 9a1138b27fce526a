/* The article record as one JSON object (docs/record.md): byte offsets
 * become code-point offsets here and nowhere else. */
#include "newsmon.h"

#include "core/cp_index.h"

#include <stdlib.h>
#include <string.h>

/* A range clamped into the text: a bad range from analysis must give a
 * wrong offset, never a read outside the text (the fuzzers check ranges
 * before they get here, so bugs still show). */
static nm_range clamp(const nm_article *a, nm_range r)
{
    size_t len = a->text ? a->text_len : 0;
    if (r.end > len)
        r.end = len;
    if (r.start > r.end)
        r.start = r.end;
    return r;
}

static bool key(nm_buf *o, const char *k, bool first)
{
    return (first || nm_buf_putc(o, ',')) && nm_buf_putc(o, '"') &&
           nm_buf_puts(o, k) && nm_buf_append(o, "\":", 2);
}

static bool string_array(nm_buf *o, const char *const *items, size_t n)
{
    bool ok = nm_buf_putc(o, '[');
    for (size_t i = 0; i < n && ok; i++)
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_json_string(o, items[i]);
    return ok && nm_buf_putc(o, ']');
}

static bool entities(nm_buf *o, const nm_entity *e, size_t n)
{
    bool ok = nm_buf_putc(o, '[');
    for (size_t i = 0; i < n && ok; i++)
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_buf_puts(o, "{\"name\":") &&
             nm_json_string(o, e[i].name) && nm_buf_putc(o, '}');
    return ok && nm_buf_putc(o, ']');
}

static bool people(nm_buf *o, const nm_article *a)
{
    bool ok = nm_buf_putc(o, '[');
    for (size_t i = 0; i < a->n_people && ok; i++) {
        const nm_person *p = &a->people[i];
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_buf_puts(o, "{\"name\":") &&
             nm_json_string(o, p->name) && key(o, "aliases", false) &&
             string_array(o, p->aliases, p->n_aliases) && key(o, "role", false) &&
             nm_json_string(o, p->role) && key(o, "affiliation", false) &&
             nm_json_string(o, p->affiliation);
        if (ok && p->gender != NM_GENDER_UNKNOWN)
            ok = key(o, "gender", false) &&
                 nm_buf_puts(o, p->gender == NM_GENDER_MALE ? "\"m\"" : "\"f\"");
        ok = ok && nm_buf_putc(o, '}');
    }
    return ok && nm_buf_putc(o, ']');
}

static bool quote(nm_buf *o, const nm_article *a, const nm_quote *q, nm_cp_index *cur)
{
    if (q->n_frags == 0)
        return true;
    bool ok = nm_buf_puts(o, "{\"text\":\"");
    for (size_t f = 0; f < q->n_frags && ok; f++) {
        nm_range r = clamp(a, q->frags[f]);
        ok = (f == 0 || nm_buf_putc(o, ' ')) &&
             nm_json_escape(o, a->text + r.start, r.end - r.start);
    }
    size_t start = nm_cp_index_at(cur, q->frags[0].start);
    size_t fr_end_last = q->frags[q->n_frags - 1].end;
    ok = ok && nm_buf_printf(o, "\",\"start\":%zu,\"end\":%zu,\"fragments\":[",
                             start, nm_cp_index_at(cur, fr_end_last));
    for (size_t f = 0; f < q->n_frags && ok; f++) {
        size_t s = nm_cp_index_at(cur, q->frags[f].start);
        size_t e = nm_cp_index_at(cur, q->frags[f].end);
        ok = nm_buf_printf(o, "%s[%zu,%zu]", f ? "," : "", s, e);
    }
    ok = ok && nm_buf_puts(o, "],\"kind\":") &&
         nm_json_string(o, nm_quote_kind_str(q->kind)) && key(o, "cue", false) &&
         nm_json_string(o, q->cue) && key(o, "speaker", false);
    if (!q->has_speaker)
        return ok && nm_buf_puts(o, "null}");
    nm_range sp = clamp(a, q->speaker);
    size_t s = nm_cp_index_at(cur, sp.start), e = nm_cp_index_at(cur, sp.end);
    return ok && nm_buf_puts(o, "{\"name\":") &&
           nm_json_string(o, nm_quote_speaker_name(a, q)) &&
           nm_buf_puts(o, ",\"mention\":\"") &&
           nm_json_escape(o, a->text + sp.start, sp.end - sp.start) &&
           nm_buf_printf(o, "\",\"start\":%zu,\"end\":%zu}}", s, e);
}

bool nm_article_write_json(const nm_article *a, nm_buf *o)
{
    nm_cp_index cur;
    nm_cp_index_init(&cur, a->text ? a->text : "", a->text ? a->text_len : 0);
    bool ok = nm_buf_puts(o, "{\"id\":") && nm_json_string(o, a->id) &&
              key(o, "source", false) && nm_json_string(o, a->source) &&
              key(o, "url", false) && nm_json_string(o, a->url) &&
              key(o, "canonical_url", false) && nm_json_string(o, a->canonical_url) &&
              key(o, "title", false) && nm_json_string(o, a->title) &&
              key(o, "date", false) && nm_json_string(o, a->date) &&
              key(o, "modified", false) && nm_json_string(o, a->modified) &&
              key(o, "authors", false) && string_array(o, a->authors, a->n_authors) &&
              key(o, "outlet", false) && nm_json_string(o, a->outlet) &&
              key(o, "lang", false) && nm_json_string(o, a->lang) &&
              key(o, "text", false) && nm_buf_putc(o, '"') &&
              nm_json_escape(o, cur.text, cur.len) && nm_buf_putc(o, '"') &&
              key(o, "people", false) && people(o, a) &&
              key(o, "organizations", false) &&
              entities(o, a->organizations, a->n_organizations) &&
              key(o, "places", false) && entities(o, a->places, a->n_places) &&
              key(o, "dates", false) && nm_buf_putc(o, '[');
    for (size_t i = 0; i < a->n_dates && ok; i++) {
        const nm_date_mention *d = &a->dates[i];
        nm_range span = clamp(a, d->span);
        size_t s = nm_cp_index_at(&cur, span.start), e = nm_cp_index_at(&cur, span.end);
        ok = nm_buf_printf(o, "%s{\"text\":\"", i ? "," : "") &&
             nm_json_escape(o, a->text + span.start, span.end - span.start) &&
             nm_buf_printf(o, "\",\"start\":%zu,\"end\":%zu,\"iso\":", s, e) &&
             nm_json_string(o, d->iso) && nm_buf_puts(o, ",\"month_day\":") &&
             nm_json_string(o, d->month_day) && nm_buf_putc(o, '}');
    }
    ok = ok && nm_buf_puts(o, "],\"quotes\":[");
    for (size_t i = 0, written = 0; i < a->n_quotes && ok; i++) {
        if (a->quotes[i].n_frags == 0)
            continue;
        ok = (written++ == 0 || nm_buf_putc(o, ',')) && quote(o, a, &a->quotes[i], &cur);
    }
    ok = ok && nm_buf_putc(o, ']');
    /* Container fields kept as metadata: already a JSON object text. */
    if (ok && a->meta)
        ok = key(o, "meta", false) && nm_buf_puts(o, a->meta);
    nm_cp_index_deinit(&cur);
    return ok && nm_buf_putc(o, '}');
}
