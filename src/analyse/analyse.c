/* nm_analyse: names first (quotes resolve speakers against them), then quotes. */
#include "newsmon.h"

nm_status nm_analyse(nm_article *a, nm_error *err)
{
    (void)a;
    (void)err;
    return NM_OK;
}
