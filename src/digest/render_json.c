/* JSON digest: one object on one line, keys in a fixed order; the schema
 * is documented in docs/digest.md. */
#include "digest_model.h"

#include <string.h>

static bool put_str(nm_buf *o, const char *s, size_t len)
{
    return s ? nm_buf_putc(o, '"') && nm_json_escape(o, s, len) && nm_buf_putc(o, '"')
             : nm_buf_puts(o, "null");
}

static bool put_cstr(nm_buf *o, const char *s) { return put_str(o, s, s ? strlen(s) : 0); }

static bool put_ids(nm_buf *o, const nm_digest_model *m, const size_t *articles, size_t n)
{
    bool ok = nm_buf_putc(o, '[');
    for (size_t i = 0; i < n && ok; i++)
        ok = (i == 0 || nm_buf_putc(o, ',')) && put_cstr(o, m->articles[articles[i]]->id);
    return ok && nm_buf_putc(o, ']');
}

static bool put_statement(nm_buf *o, const nm_digest_model *m, const nm_digest_statement *st,
                          bool with_mention)
{
    bool ok = nm_buf_puts(o, "{\"kind\":") && put_cstr(o, nm_quote_kind_str(st->kind)) &&
              nm_buf_puts(o, ",\"text\":") && put_cstr(o, st->text) &&
              nm_buf_puts(o, ",\"cue\":") && put_cstr(o, st->cue);
    if (with_mention)
        ok = ok && nm_buf_puts(o, ",\"mention\":") && put_cstr(o, st->mention);
    return ok && nm_buf_puts(o, ",\"articles\":") && put_ids(o, m, st->articles, st->n_articles) &&
           nm_buf_putc(o, '}');
}

bool nm_digest_render_json(const nm_digest_model *m, nm_buf *o)
{
    bool ok = nm_buf_puts(o, "{\"headline\":") && put_cstr(o, m->headline) &&
              nm_buf_puts(o, ",\"headline_article\":") &&
              put_cstr(o, m->headline ? m->articles[m->headline_article]->id : NULL) &&
              nm_buf_printf(o, ",\"n_articles\":%zu,\"date_first\":", m->n_articles) &&
              put_cstr(o, m->date_first) && nm_buf_puts(o, ",\"date_last\":") &&
              put_cstr(o, m->date_last) && nm_buf_puts(o, ",\"summary\":[");
    for (size_t i = 0; i < m->n_summary && ok; i++)
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_buf_puts(o, "{\"text\":") &&
             put_str(o, m->summary[i].text, m->summary[i].len) &&
             nm_buf_puts(o, ",\"article\":") && put_cstr(o, m->articles[m->summary[i].article]->id) &&
             nm_buf_putc(o, '}');
    ok = ok && nm_buf_puts(o, "],\"speakers\":[");
    for (size_t i = 0; i < m->n_speakers && ok; i++) {
        const nm_digest_speaker *sp = &m->speakers[i];
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_buf_puts(o, "{\"name\":") &&
             put_cstr(o, sp->name) && nm_buf_puts(o, ",\"role\":") && put_cstr(o, sp->role) &&
             nm_buf_puts(o, ",\"affiliation\":") && put_cstr(o, sp->affiliation) &&
             nm_buf_puts(o, ",\"aliases\":[");
        for (size_t k = 0; k < sp->n_aliases && ok; k++)
            ok = (k == 0 || nm_buf_putc(o, ',')) && put_cstr(o, sp->aliases[k]);
        ok = ok && nm_buf_puts(o, "],\"statements\":[");
        for (size_t k = 0; k < sp->n_statements && ok; k++)
            ok = (k == 0 || nm_buf_putc(o, ',')) && put_statement(o, m, &sp->statements[k], false);
        ok = ok && nm_buf_puts(o, "]}");
    }
    ok = ok && nm_buf_puts(o, "],\"unnamed\":[");
    for (size_t k = 0; k < m->n_unnamed && ok; k++)
        ok = (k == 0 || nm_buf_putc(o, ',')) && put_statement(o, m, &m->unnamed[k], true);
    ok = ok && nm_buf_puts(o, "],\"dates\":[");
    for (size_t i = 0; i < m->n_dates && ok; i++) {
        const nm_digest_date *d = &m->dates[i];
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_buf_puts(o, "{\"text\":") &&
             put_cstr(o, d->text) && nm_buf_puts(o, ",\"iso\":") && put_cstr(o, d->iso) &&
             nm_buf_printf(o, ",\"inferred\":%s,\"article\":", d->inferred ? "true" : "false") &&
             put_cstr(o, m->articles[d->article]->id) && nm_buf_putc(o, '}');
    }
    ok = ok && nm_buf_puts(o, "],\"sources\":[");
    for (size_t i = 0; i < m->n_articles && ok; i++) {
        const nm_article *a = m->articles[i];
        ok = (i == 0 || nm_buf_putc(o, ',')) && nm_buf_puts(o, "{\"id\":") && put_cstr(o, a->id) &&
             nm_buf_puts(o, ",\"title\":") && put_cstr(o, a->title) &&
             nm_buf_puts(o, ",\"date\":") && put_cstr(o, a->date) &&
             nm_buf_puts(o, ",\"outlet\":") && put_cstr(o, a->outlet) &&
             nm_buf_puts(o, ",\"source\":") && put_cstr(o, a->source) &&
             nm_buf_puts(o, ",\"url\":") && put_cstr(o, a->url) &&
             nm_buf_printf(o, ",\"quotes\":%zu}", a->n_quotes);
    }
    return ok && nm_buf_puts(o, "]}\n");
}
