/* Reported speech and mixed quotes (first stub: finds nothing). */
#include "reported.h"

nm_status nm_reported_find(nm_article *a, const nm_segments *seg,
                           nm_quote **out, nm_range **cues_out, size_t *n_out)
{
    (void)a;
    (void)seg;
    *out = NULL;
    if (cues_out)
        *cues_out = NULL;
    *n_out = 0;
    return NM_OK;
}
