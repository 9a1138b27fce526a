/* HTML digest: one self-contained page (inline style, no script, nothing
 * fetched). Every piece of article text is escaped. */
#include "digest_model.h"

#include <string.h>

static bool esc(nm_buf *o, const char *s, size_t len)
{
    bool ok = true;
    size_t run = 0;
    for (size_t i = 0; i < len && ok; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: break;
        }
        if (rep) {
            ok = nm_buf_append(o, s + run, i - run) && nm_buf_puts(o, rep);
            run = i + 1;
        }
    }
    return ok && nm_buf_append(o, s + run, len - run);
}

static bool esc_c(nm_buf *o, const char *s) { return esc(o, s, s ? strlen(s) : 0); }

static const char style[] =
    "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}"
    "h1{font-size:1.6em;margin-bottom:.2em}.meta{color:#666;font-style:italic}"
    "h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}"
    "h3{font-size:1.05em;margin:1.2em 0 .3em}.role{font-weight:normal;color:#555}"
    "ul{margin-top:.2em}li{margin:.3em 0}.ref{color:#888;font-size:.85em;font-family:monospace}"
    ".kind{color:#777;font-style:italic}";

static bool refs(nm_buf *o, const nm_digest_model *m, const size_t *articles, size_t n)
{
    bool ok = nm_buf_puts(o, " <span class=\"ref\">[");
    for (size_t i = 0; i < n && ok; i++)
        ok = (i == 0 || nm_buf_puts(o, ", ")) && esc_c(o, m->articles[articles[i]]->id);
    return ok && nm_buf_puts(o, "]</span>");
}

static bool statement(nm_buf *o, const nm_digest_model *m, const nm_digest_statement *st,
                      bool with_mention)
{
    size_t len;
    const char *text = nm_digest_display_text(st, &len);
    bool ok = nm_buf_puts(o, "<li>");
    if (with_mention && st->mention)
        ok = ok && nm_buf_puts(o, "<em>") && esc_c(o, st->mention) && nm_buf_puts(o, "</em>: ");
    if (st->kind == NM_QUOTE_DIRECT) {
        ok = ok && nm_buf_puts(o, "<q>") && esc(o, text, len) && nm_buf_puts(o, "</q>");
        if (st->cue)
            ok = ok && nm_buf_puts(o, " <span class=\"kind\">(") && esc_c(o, st->cue) &&
                 nm_buf_puts(o, ")</span>");
    } else {
        ok = ok && nm_buf_puts(o, "<span class=\"kind\">reported");
        if (st->cue)
            ok = ok && nm_buf_puts(o, " (") && esc_c(o, st->cue) && nm_buf_putc(o, ')');
        ok = ok && nm_buf_puts(o, ":</span> ") && esc(o, text, len);
    }
    return ok && refs(o, m, st->articles, st->n_articles) && nm_buf_puts(o, "</li>\n");
}

bool nm_digest_render_html(const nm_digest_model *m, nm_buf *o)
{
    const char *headline = m->headline ? m->headline : "Untitled story";
    bool ok = nm_buf_puts(o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<meta name=\"viewport\" content=\"width=device-width\">\n<title>") &&
              esc_c(o, headline) && nm_buf_puts(o, "</title>\n<style>") && nm_buf_puts(o, style) &&
              nm_buf_puts(o, "</style></head>\n<body>\n<h1>") && esc_c(o, headline) &&
              nm_buf_printf(o, "</h1>\n<p class=\"meta\">Story digest of %zu article%s",
                            m->n_articles, m->n_articles == 1 ? "" : "s");
    if (m->date_first)
        ok = ok && nm_buf_puts(o, ", ") && esc_c(o, m->date_first);
    if (m->date_last && m->date_first && strcmp(m->date_first, m->date_last))
        ok = ok && nm_buf_puts(o, " to ") && esc_c(o, m->date_last);
    ok = ok && nm_buf_puts(o, "</p>\n");
    if (m->n_summary) {
        ok = ok && nm_buf_puts(o, "<p class=\"summary\">");
        for (size_t i = 0; i < m->n_summary && ok; i++)
            ok = (i == 0 || nm_buf_putc(o, ' ')) && esc(o, m->summary[i].text, m->summary[i].len);
        ok = ok && nm_buf_puts(o, "</p>\n");
    }
    ok = ok && nm_buf_puts(o, "<h2>Who said what</h2>\n");
    if (m->n_speakers == 0 && m->n_unnamed == 0)
        ok = ok && nm_buf_puts(o, "<p>No quotes found.</p>\n");
    for (size_t i = 0; i < m->n_speakers && ok; i++) {
        const nm_digest_speaker *sp = &m->speakers[i];
        ok = nm_buf_puts(o, "<h3>") && esc_c(o, sp->name);
        if (sp->role || sp->affiliation) {
            ok = ok && nm_buf_puts(o, " <span class=\"role\">— ") && esc_c(o, sp->role) &&
                 ((sp->role && sp->affiliation) ? nm_buf_puts(o, ", ") : true) &&
                 esc_c(o, sp->affiliation) && nm_buf_puts(o, "</span>");
        }
        ok = ok && nm_buf_puts(o, "</h3>\n<ul>\n");
        for (size_t k = 0; k < sp->n_statements && ok; k++)
            ok = statement(o, m, &sp->statements[k], false);
        ok = ok && nm_buf_puts(o, "</ul>\n");
    }
    if (m->n_unnamed && ok) {
        ok = nm_buf_puts(o, "<h3>Unnamed sources</h3>\n<ul>\n");
        for (size_t k = 0; k < m->n_unnamed && ok; k++)
            ok = statement(o, m, &m->unnamed[k], true);
        ok = ok && nm_buf_puts(o, "</ul>\n");
    }
    if (m->n_dates && ok) {
        ok = nm_buf_puts(o, "<h2>Dates</h2>\n<ul>\n");
        for (size_t i = 0; i < m->n_dates && ok; i++) {
            const nm_digest_date *d = &m->dates[i];
            ok = nm_buf_puts(o, "<li>") && esc_c(o, d->iso ? d->iso : "year unknown") &&
                 nm_buf_puts(o, " — <q>") && esc_c(o, d->text) && nm_buf_puts(o, "</q>") &&
                 (!d->inferred || nm_buf_puts(o, " <span class=\"kind\">(year from the story)</span>")) &&
                 refs(o, m, &d->article, 1) && nm_buf_puts(o, "</li>\n");
        }
        ok = ok && nm_buf_puts(o, "</ul>\n");
    }
    ok = ok && nm_buf_puts(o, "<h2>Sources</h2>\n<ul>\n");
    for (size_t i = 0; i < m->n_articles && ok; i++) {
        const nm_article *a = m->articles[i];
        ok = nm_buf_puts(o, "<li><span class=\"ref\">[") && esc_c(o, a->id) &&
             nm_buf_puts(o, "]</span> ");
        /* only web addresses become links (no javascript: or data: URLs) */
        bool link = a->url && (!strncmp(a->url, "http://", 7) || !strncmp(a->url, "https://", 8));
        if (link)
            ok = ok && nm_buf_puts(o, "<a href=\"") && esc_c(o, a->url) && nm_buf_puts(o, "\">") &&
                 esc_c(o, a->title ? a->title : "(untitled)") && nm_buf_puts(o, "</a>");
        else
            ok = ok && esc_c(o, a->title ? a->title : "(untitled)");
        if (a->outlet)
            ok = ok && nm_buf_puts(o, " — ") && esc_c(o, a->outlet);
        if (a->date)
            ok = ok && nm_buf_puts(o, " — ") && esc_c(o, a->date);
        ok = ok && nm_buf_puts(o, " — ") && esc_c(o, a->source) &&
             nm_buf_printf(o, " (%zu quote%s)</li>\n", a->n_quotes, a->n_quotes == 1 ? "" : "s");
    }
    return ok && nm_buf_puts(o, "</ul>\n</body></html>\n");
}
