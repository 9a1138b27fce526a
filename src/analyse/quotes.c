/* Quotes and speakers (placeholder). */
#include "quotes.h"

nm_status nm_quotes_analyse(nm_article *a, const nm_segments *seg)
{
    (void)a;
    (void)seg;
    return NM_OK;
}
