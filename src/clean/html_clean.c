/* HTML cleaning (placeholder until the SAX extractor lands). */
#include "newsmon.h"

nm_status nm_clean_html(nm_article *a, const char *data, size_t len,
                        const char *charset, nm_error *err)
{
    (void)charset;
    return nm_clean_text(a, data, len, err);
}
