/* Internal: line-level reading of plain-text articles (clutter, bullets,
 * bylines). Everything works on (pointer, length) slices of one line,
 * without its line break. */
#ifndef NM_CLEAN_TEXT_LINES_H
#define NM_CLEAN_TEXT_LINES_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes of leading indentation plus a list marker ("  • ", "* ", "- ",
 * "· ") at the start of a line; 0 when the line starts with its words. */
size_t nm_text_bullet_len(const char *s, size_t len);

/* True when a line (bullet already stripped) is page furniture rather than
 * article text:
 *  - a short line made only of interface words with at least one command or
 *    service among them: "Share this story", "Close X", "View photo",
 *    "Switch to Desktop Site", "Share on Twitter", "About these ads",
 *    "Sign up for our newsletter", "Facebook Twitter Email";
 *  - a teaser: a label of teaser words then a colon ("Recommended:",
 *    "Related:", "Read more:", "See also:") before a linked headline;
 *  - a line holding only markup tags or one bare URL.
 * Headings inside the body ("Share of voters rises", "Follow the money")
 * keep words outside the interface vocabulary and stay. */
bool nm_text_line_is_clutter(const char *s, size_t len);

/* Number of words (runs of letters/digits/apostrophes/hyphens, any script)
 * in a line. */
size_t nm_text_word_count(const char *s, size_t len);

/* Bytes of a byline ("By Jane Doe", "By Jane Doe and John Roe",
 * "By JANE DOE | Staff writer" counts up to the separator): the names part
 * after "By ", trimmed, written to *names_start and *names_len (offsets into s).
 * False when the line is not a byline. */
bool nm_text_byline(const char *s, size_t len, size_t *names_start, size_t *names_len);

#endif
