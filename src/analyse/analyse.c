/* nm_analyse: segmentation, then names (people, organizations, places), then
 * quotes, whose speakers are resolved against the people found. */
#include "names.h"
#include "quotes.h"
#include "segment.h"

nm_status nm_analyse(nm_article *a, nm_error *err)
{
    nm_segments seg;
    nm_status st = nm_segment(a->text, a->text_len, a->arena, &seg);
    if (st == NM_OK)
        st = nm_names_analyse(a, &seg);
    if (st == NM_OK)
        st = nm_quotes_analyse(a, &seg);
    if (st != NM_OK)
        return nm_error_set(err, st, NM_NO_OFFSET, "%s: analysis failed: %s",
                            a->source ? a->source : "-", nm_status_str(st));
    return NM_OK;
}
