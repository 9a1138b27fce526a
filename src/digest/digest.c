/* Story digest (placeholder): headline and sources. */
#include "newsmon.h"

nm_status nm_digest_render(nm_article *const *articles, size_t n,
                           nm_digest_format format, nm_buf *out, nm_error *err)
{
    (void)format;
    (void)err;
    nm_buf_printf(out, "# %s\n\n## Sources\n\n", articles[0]->title ? articles[0]->title : "(untitled)");
    for (size_t i = 0; i < n; i++)
        nm_buf_printf(out, "- %s\n", articles[i]->source);
    return NM_OK;
}
