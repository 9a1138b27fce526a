/* Internal: the paragraphs of a plain-text article and the reading of its
 * top (title, series name or kicker, byline, date line). */
#ifndef NM_CLEAN_TEXT_HEADER_H
#define NM_CLEAN_TEXT_HEADER_H

#include "newsmon.h"

typedef enum nm_text_role {
    NM_TEXT_BODY = 0, /* kept in the text */
    NM_TEXT_TITLE,    /* the headline: kept in the text, copied to a->title */
    NM_TEXT_KICKER,   /* series name / kicker above the headline: dropped */
    NM_TEXT_BYLINE,   /* "By Jane Doe": dropped, names go to a->authors */
    NM_TEXT_DATELINE  /* a line that is only a date: dropped, goes to a->date */
} nm_text_role;

/* One paragraph: a verbatim byte range of the (UTF-8 sanitised) input. */
typedef struct nm_text_para {
    size_t start, end;
    size_t n_lines;
    size_t words;      /* counted by nm_text_header_read for the top ones */
    nm_text_role role;
} nm_text_para;

/* Read the top of the article: set the roles of its first paragraphs and
 * fill a->title, a->authors, a->date and a->modified from them. `src` is
 * the text the paragraph ranges point into. False on out of memory. */
bool nm_text_header_read(nm_article *a, const char *src, nm_text_para *paras, size_t n);

#endif
