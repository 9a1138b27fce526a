/* Markdown digest, in the manner of a monitoring brief: headline, what
 * happened in two or three sentences, then each speaker with their words,
 * each line tagged with the id of the article it comes from. */
#include "digest_model.h"

#include <string.h>

/* Text on one line (line breaks of hard-wrapped sources become spaces),
 * with Markdown emphasis characters escaped. */
static bool put_text(nm_buf *out, const char *s, size_t len)
{
    bool ok = true;
    size_t run = 0;
    for (size_t i = 0; i < len && ok; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '*' || c == '_' || c == '`') {
            ok = nm_buf_append(out, s + run, i - run);
            if (c == '\n' || c == '\r')
                ok = ok && nm_buf_putc(out, ' ');
            else
                ok = ok && nm_buf_putc(out, '\\') && nm_buf_putc(out, c);
            run = i + 1;
        }
    }
    return ok && nm_buf_append(out, s + run, len - run);
}

static bool put_refs(nm_buf *out, const nm_digest_model *m, const size_t *articles, size_t n)
{
    bool ok = nm_buf_puts(out, " [");
    for (size_t i = 0; i < n && ok; i++)
        ok = (i == 0 || nm_buf_puts(out, ", ")) &&
             nm_buf_puts(out, m->articles[articles[i]]->id ? m->articles[articles[i]]->id : "-");
    return ok && nm_buf_putc(out, ']');
}

/* "- “words” (says) [id]" or "- reported (stressed): words [id]". */
static bool put_statement(nm_buf *out, const nm_digest_model *m, const nm_digest_statement *st,
                          const char *label)
{
    size_t len;
    const char *text = nm_digest_display_text(st, &len);
    bool ok = nm_buf_puts(out, "- ");
    if (label)
        ok = ok && nm_buf_putc(out, '*') && put_text(out, label, strlen(label)) &&
             nm_buf_puts(out, "*: ");
    if (st->kind == NM_QUOTE_DIRECT) {
        ok = ok && nm_buf_puts(out, "“") && put_text(out, text, len) && nm_buf_puts(out, "”");
        if (st->cue)
            ok = ok && nm_buf_puts(out, " (") && put_text(out, st->cue, strlen(st->cue)) &&
                 nm_buf_putc(out, ')');
    } else {
        ok = ok && nm_buf_puts(out, "reported");
        if (st->cue)
            ok = ok && nm_buf_puts(out, " (") && put_text(out, st->cue, strlen(st->cue)) &&
                 nm_buf_putc(out, ')');
        ok = ok && nm_buf_puts(out, ": ") && put_text(out, text, len);
    }
    return ok && put_refs(out, m, st->articles, st->n_articles) && nm_buf_putc(out, '\n');
}

static bool put_speaker_heading(nm_buf *out, const nm_digest_speaker *sp)
{
    bool ok = nm_buf_puts(out, "### ") && put_text(out, sp->name, strlen(sp->name));
    if (sp->role || sp->affiliation) {
        ok = ok && nm_buf_puts(out, " — ");
        if (sp->role)
            ok = ok && put_text(out, sp->role, strlen(sp->role));
        if (sp->role && sp->affiliation)
            ok = ok && nm_buf_puts(out, ", ");
        if (sp->affiliation)
            ok = ok && put_text(out, sp->affiliation, strlen(sp->affiliation));
    }
    return ok && nm_buf_puts(out, "\n\n");
}

bool nm_digest_render_md(const nm_digest_model *m, nm_buf *out)
{
    const char *headline = m->headline ? m->headline : "Untitled story";
    bool ok = nm_buf_puts(out, "# ") && put_text(out, headline, strlen(headline)) &&
              nm_buf_printf(out, "\n\n*Story digest of %zu article%s", m->n_articles,
                            m->n_articles == 1 ? "" : "s");
    if (m->date_first && m->date_last && strcmp(m->date_first, m->date_last))
        ok = ok && nm_buf_printf(out, ", %s to %s", m->date_first, m->date_last);
    else if (m->date_first)
        ok = ok && nm_buf_printf(out, ", %s", m->date_first);
    ok = ok && nm_buf_puts(out, "*\n\n");

    if (m->n_summary) {
        for (size_t i = 0; i < m->n_summary && ok; i++)
            ok = (i == 0 || nm_buf_putc(out, ' ')) &&
                 put_text(out, m->summary[i].text, m->summary[i].len);
        ok = ok && nm_buf_puts(out, "\n\n");
    }

    ok = ok && nm_buf_puts(out, "## Who said what\n\n");
    if (m->n_speakers == 0 && m->n_unnamed == 0)
        ok = ok && nm_buf_puts(out, "No quotes found.\n\n");
    for (size_t i = 0; i < m->n_speakers && ok; i++) {
        const nm_digest_speaker *sp = &m->speakers[i];
        ok = put_speaker_heading(out, sp);
        for (size_t k = 0; k < sp->n_statements && ok; k++)
            ok = put_statement(out, m, &sp->statements[k], NULL);
        ok = ok && nm_buf_putc(out, '\n');
    }
    if (m->n_unnamed && ok) {
        ok = nm_buf_puts(out, "### Unnamed sources\n\n");
        for (size_t k = 0; k < m->n_unnamed && ok; k++)
            ok = put_statement(out, m, &m->unnamed[k], m->unnamed[k].mention);
        ok = ok && nm_buf_putc(out, '\n');
    }

    if (m->n_dates && ok) {
        ok = nm_buf_puts(out, "## Dates\n\n");
        for (size_t i = 0; i < m->n_dates && ok; i++) {
            const nm_digest_date *d = &m->dates[i];
            ok = nm_buf_printf(out, "- %s — “", d->iso ? d->iso : "year unknown") &&
                 put_text(out, d->text, strlen(d->text)) && nm_buf_puts(out, "”") &&
                 (!d->inferred || nm_buf_puts(out, " (year from the story)")) &&
                 put_refs(out, m, &d->article, 1) && nm_buf_putc(out, '\n');
        }
        ok = ok && nm_buf_putc(out, '\n');
    }

    ok = ok && nm_buf_puts(out, "## Sources\n\n");
    for (size_t i = 0; i < m->n_articles && ok; i++) {
        const nm_article *a = m->articles[i];
        const char *title = a->title ? a->title : "(untitled)";
        ok = nm_buf_printf(out, "- [%s] ", a->id ? a->id : "-") &&
             put_text(out, title, strlen(title));
        if (a->outlet)
            ok = ok && nm_buf_puts(out, " — ") && put_text(out, a->outlet, strlen(a->outlet));
        if (a->date)
            ok = ok && nm_buf_printf(out, " — %s", a->date);
        ok = ok && nm_buf_printf(out, " — %s (%zu quote%s)\n", a->source ? a->source : "-",
                                 a->n_quotes, a->n_quotes == 1 ? "" : "s");
    }
    return ok;
}
