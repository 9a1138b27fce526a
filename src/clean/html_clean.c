/* nm_clean_html: bytes → UTF-8 (html_charset.c) → SAX parse into nodes and
 * blocks (html_blocks.c) → metadata (html_meta.c) → main text
 * (html_score.c). */
#include "html_internal.h"

#include <string.h>

nm_status nm_clean_html(nm_article *a, const char *data, size_t len, const char *charset,
                        nm_error *err)
{
    nm_buf scratch;
    nm_buf_init(&scratch);
    hx_decoded dec;
    hx_decode(data, len, charset, &scratch, &dec);
    a->invalid_bytes = dec.invalid;
    a->first_invalid = dec.first_invalid;

    hx_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.arena = a->arena;
    nm_buf_init(&doc.text);
    nm_buf_init(&doc.jsonld);
    nm_status st = hx_parse(&doc, dec.utf8, dec.len);
    nm_buf_deinit(&scratch);
    if (st != NM_OK) {
        hx_doc_deinit(&doc);
        return nm_error_set(err, st, NM_NO_OFFSET, "%s: %s while parsing HTML",
                            a->source ? a->source : "-", nm_status_str(st));
    }
    hx_fill_meta(&doc, a);

    nm_buf body;
    nm_buf_init(&body);
    bool ok = hx_extract_text(&doc, a->title, &body);
    if (ok) {
        a->text = nm_arena_strndup(a->arena, body.data ? body.data : "", body.len);
        a->text_len = body.len;
        ok = a->text != NULL;
    }
    nm_buf_deinit(&body);
    if (ok && dec.unknown_charset)
        a->warning = nm_arena_printf(a->arena, "unknown charset '%s', read as UTF-8", dec.charset);
    else if (ok && doc.truncated)
        a->warning = nm_arena_printf(a->arena,
                                     "HTML nested deeper than %d elements: structure flattened",
                                     HX_MAX_DEPTH);
    hx_doc_deinit(&doc);
    if (!ok)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "out of memory");
    return NM_OK;
}
