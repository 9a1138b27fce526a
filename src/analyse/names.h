/* Internal: people (names with titles, roles and affiliations from
 * appositions, aliases merged within the article, gender), organizations
 * and places. Fills a->people, a->mentions (sorted by start),
 * a->organizations and a->places. */
#ifndef NM_ANALYSE_NAMES_H
#define NM_ANALYSE_NAMES_H

#include "segment.h"

nm_status nm_names_analyse(nm_article *a, const nm_segments *seg);

#endif
