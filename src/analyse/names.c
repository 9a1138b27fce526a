/* People, organizations and places (placeholder). */
#include "names.h"

nm_status nm_names_analyse(nm_article *a, const nm_segments *seg)
{
    (void)a;
    (void)seg;
    return NM_OK;
}
