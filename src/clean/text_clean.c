/* Plain-text cleaning (placeholder: keeps every line; first line is the title). */
#include "newsmon.h"

#include <string.h>

nm_status nm_clean_text(nm_article *a, const char *data, size_t len, nm_error *err)
{
    nm_buf clean;
    nm_buf_init(&clean);
    a->invalid_bytes = nm_utf8_sanitize(data, len, &clean, &a->first_invalid);
    char *text = nm_arena_strndup(a->arena, clean.data ? clean.data : "", clean.len);
    nm_buf_deinit(&clean);
    if (!text)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "out of memory");
    a->text = text;
    a->text_len = strlen(text);
    const char *nl = strchr(text, '\n');
    a->title = nm_arena_strndup(a->arena, text, nl ? (size_t)(nl - text) : a->text_len);
    return NM_OK;
}
