/* Internal: how much one article record may hold. The append helpers of
 * src/record/article.c keep the first items up to each limit, drop the rest
 * and say so in nm_article.warning, so hostile text (a 50 MB page of quotes
 * or names) costs bounded memory and output instead of failing the article.
 * People are not capped here: analysis hands out person indexes and must
 * bound them itself. */
#ifndef NM_RECORD_ARTICLE_LIMITS_H
#define NM_RECORD_ARTICLE_LIMITS_H

/* A long interview transcript holds a few hundred quotes. */
#define NM_MAX_QUOTES_PER_ARTICLE 10000
/* Person mentions: ten per quote and then some. */
#define NM_MAX_MENTIONS_PER_ARTICLE 100000
/* Dates found in the text. */
#define NM_MAX_DATES_PER_ARTICLE 10000
/* Organizations and places each (deduplicated by a linear scan, so the
 * bound also bounds that scan). */
#define NM_MAX_ENTITIES_PER_ARTICLE 2000
/* Bylines rarely name more than a dozen authors. */
#define NM_MAX_AUTHORS_PER_ARTICLE 100
/* Other forms of one person's name. */
#define NM_MAX_ALIASES_PER_PERSON 50

#endif
