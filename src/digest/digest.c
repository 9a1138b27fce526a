/* nm_digest_render: the articles as one story — build the model, then
 * hand it to the renderer of the requested format. */
#include "digest_model.h"

#include "core/grow.h"

#include <string.h>

void *nm_digest_push(nm_arena *arena, void **items, size_t *n, size_t *cap, size_t elem)
{
    if (!nm_arena_grow(arena, items, cap, *n, elem, 8))
        return NULL;
    void *slot = (char *)*items + (*n)++ * elem;
    memset(slot, 0, elem);
    return slot;
}

const char *nm_digest_display_text(const nm_digest_statement *st, size_t *len)
{
    const char *s = st->display ? st->display : st->text;
    *len = strlen(s);
    return s;
}

nm_status nm_digest_model_build(nm_article *const *articles, size_t n, nm_digest_model *out)
{
    memset(out, 0, sizeof *out);
    out->arena = nm_arena_new(0);
    if (!out->arena)
        return NM_ERR_NOMEM;
    out->articles = articles;
    out->n_articles = n;
    if (!nm_digest_summarise(out) || !nm_digest_group_speakers(out) ||
        !nm_digest_collect_dates(out)) {
        nm_digest_model_free(out);
        return NM_ERR_NOMEM;
    }
    return NM_OK;
}

void nm_digest_model_free(nm_digest_model *m)
{
    nm_arena_free(m->arena);
    memset(m, 0, sizeof *m);
}

nm_status nm_digest_render(nm_article *const *articles, size_t n, nm_digest_format format,
                           nm_buf *out, nm_error *err)
{
    if (!articles || n == 0)
        return nm_error_set(err, NM_ERR_USAGE, NM_NO_OFFSET, "digest: no article given");
    nm_digest_model m;
    if (nm_digest_model_build(articles, n, &m) != NM_OK)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "digest: out of memory");
    bool ok;
    switch (format) {
    case NM_DIGEST_JSON:
        ok = nm_digest_render_json(&m, out);
        break;
    case NM_DIGEST_HTML:
        ok = nm_digest_render_html(&m, out);
        break;
    default:
        ok = nm_digest_render_md(&m, out);
        break;
    }
    nm_digest_model_free(&m);
    if (!ok)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "digest: out of memory");
    return NM_OK;
}
