/* nm_process: one document through clean and analyse. */
#include "newsmon.h"

#include <string.h>

void nm_options_init(nm_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->as = NM_AS_AUTO;
    opts->analyse = true;
}

static bool blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] > ' ')
            return false;
    return true;
}

nm_status nm_process(const nm_doc *doc, const nm_options *opts, nm_article **out,
                     nm_error *err)
{
    nm_options defaults;
    if (!opts) {
        nm_options_init(&defaults);
        opts = &defaults;
    }
    *out = NULL;
    nm_article *a = nm_article_new();
    if (!a)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", doc->source);
    a->id = nm_arena_strdup(a->arena, doc->id ? doc->id : "-");
    a->source = nm_arena_strdup(a->arena, doc->source ? doc->source : "-");
    a->url = nm_arena_strdup(a->arena, doc->url);

    nm_content_kind kind = doc->kind != NM_AS_AUTO ? doc->kind : opts->as;
    if (kind == NM_AS_AUTO)
        kind = nm_sniff_kind(doc->data, doc->len);
    nm_status st = kind == NM_AS_HTML
                       ? nm_clean_html(a, doc->data, doc->len, doc->charset, err)
                       : nm_clean_text(a, doc->data, doc->len, err);
    if (st == NM_OK && (!a->text || blank(a->text, a->text_len)))
        st = nm_error_set(err, NM_ERR_NO_ARTICLE, NM_NO_OFFSET, "%s: no article text found",
                          doc->source);
    /* Container metadata fills what the document itself did not say. */
    if (st == NM_OK) {
        if (!a->title && doc->title)
            a->title = nm_arena_strdup(a->arena, doc->title);
        if (!a->date && doc->date)
            a->date = nm_arena_strdup(a->arena, doc->date);
        if (!a->n_authors && doc->authors)
            nm_article_add_author(a, doc->authors, strlen(doc->authors));
        if (!a->canonical_url && doc->url)
            a->canonical_url = a->url;
    }
    if (st == NM_OK && opts->analyse)
        st = nm_analyse(a, err);
    if (st != NM_OK) {
        nm_article_free(a);
        return st;
    }
    *out = a;
    return NM_OK;
}
