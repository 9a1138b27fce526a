/* Human-readable renderings of an article record: plain text and Markdown. */
#include "newsmon.h"

static bool meta_lines(const nm_article *a, nm_buf *o, const char *prefix)
{
    bool ok = true;
    if (a->date)
        ok = ok && nm_buf_printf(o, "%sDate: %s\n", prefix, a->date);
    if (a->outlet)
        ok = ok && nm_buf_printf(o, "%sOutlet: %s\n", prefix, a->outlet);
    for (size_t i = 0; i < a->n_authors && ok; i++)
        ok = nm_buf_printf(o, "%sAuthor: %s\n", prefix, a->authors[i]);
    if (a->source)
        ok = ok && nm_buf_printf(o, "%sSource: %s\n", prefix, a->source);
    return ok;
}

/* Append text[r] with r clamped into the text (see record_json.c). */
static bool append_range(nm_buf *o, const nm_article *a, nm_range r)
{
    size_t len = a->text ? a->text_len : 0;
    if (r.end > len)
        r.end = len;
    if (r.start > r.end)
        r.start = r.end;
    return nm_buf_append(o, a->text ? a->text + r.start : "", r.end - r.start);
}

static bool quote_line(const nm_article *a, const nm_quote *q, nm_buf *o)
{
    const char *name = nm_quote_speaker_name(a, q);
    bool ok = true;
    if (name)
        ok = nm_buf_puts(o, name);
    else if (q->has_speaker)
        ok = append_range(o, a, q->speaker);
    else
        ok = nm_buf_puts(o, "(unattributed)");
    ok = ok && nm_buf_printf(o, " [%s]: \xE2\x80\x9C", nm_quote_kind_str(q->kind));
    for (size_t f = 0; f < q->n_frags && ok; f++)
        ok = (f == 0 || nm_buf_puts(o, " \xE2\x80\xA6 ")) &&
             append_range(o, a, q->frags[f]);
    return ok && nm_buf_puts(o, "\xE2\x80\x9D\n");
}

bool nm_article_write_text(const nm_article *a, nm_buf *o)
{
    bool ok = nm_buf_printf(o, "%s\n", a->title ? a->title : "(untitled)") &&
              meta_lines(a, o, "") && nm_buf_putc(o, '\n') &&
              nm_buf_append(o, a->text ? a->text : "", a->text ? a->text_len : 0) &&
              nm_buf_putc(o, '\n');
    if (a->n_quotes)
        ok = ok && nm_buf_puts(o, "\nQuotes:\n");
    for (size_t i = 0; i < a->n_quotes && ok; i++)
        ok = nm_buf_puts(o, "  ") && quote_line(a, &a->quotes[i], o);
    return ok;
}

bool nm_article_write_md(const nm_article *a, nm_buf *o)
{
    bool ok = nm_buf_printf(o, "# %s\n\n", a->title ? a->title : "(untitled)") &&
              meta_lines(a, o, "- ") && nm_buf_putc(o, '\n') &&
              nm_buf_append(o, a->text ? a->text : "", a->text ? a->text_len : 0) &&
              nm_buf_puts(o, "\n");
    if (a->n_people)
        ok = ok && nm_buf_puts(o, "\n## People\n\n");
    for (size_t i = 0; i < a->n_people && ok; i++) {
        const nm_person *p = &a->people[i];
        ok = nm_buf_printf(o, "- **%s**", p->name ? p->name : "?");
        if (p->role)
            ok = ok && nm_buf_printf(o, " — %s", p->role);
        if (p->affiliation)
            ok = ok && nm_buf_printf(o, ", %s", p->affiliation);
        ok = ok && nm_buf_putc(o, '\n');
    }
    if (a->n_quotes)
        ok = ok && nm_buf_puts(o, "\n## Quotes\n\n");
    for (size_t i = 0; i < a->n_quotes && ok; i++)
        ok = nm_buf_puts(o, "- ") && quote_line(a, &a->quotes[i], o);
    return ok;
}
