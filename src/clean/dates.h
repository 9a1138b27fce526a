/* Internal: calendar dates written in news text, and their ISO-8601 forms.
 *
 * Recognised (English): "May 31, 2018", "May 31 2018", "Sept. 5", "June 12",
 * "12 June", "12th of June 2018", "on 24 May", "June 2018" (month only),
 * "2018-05-31" (ISO, optionally followed by a time), each optionally led by a
 * weekday ("Tuesday, 5 June 2018"). A date written without a year keeps its
 * year unknown (0): only the caller may date it from a reference date the
 * text itself gives (nm_date_resolve_year) — never from the clock.
 * Offsets are byte offsets into the scanned text. */
#ifndef NM_CLEAN_DATES_H
#define NM_CLEAN_DATES_H

#include "newsmon.h"

/* A calendar date; 0 marks an unknown part (year 0: not written; day 0:
 * month-level date such as "June 2018"). */
typedef struct nm_date_value {
    int year;  /* NM_DATE_MIN_YEAR..NM_DATE_MAX_YEAR, or 0 */
    int month; /* 1..12 (always known) */
    int day;   /* 1..31, or 0 */
} nm_date_value;

/* Four-digit numbers outside this window are not read as years: it keeps
 * "in 1500 troops" or "2500 people" from becoming dates. */
#define NM_DATE_MIN_YEAR 1800
#define NM_DATE_MAX_YEAR 2199

/* One date found in a text: span (bytes, weekday included) and value. */
typedef struct nm_date_hit {
    nm_range span;
    nm_date_value value;
} nm_date_hit;

/* Called for every date, in text order; return false to stop scanning. */
typedef bool (*nm_date_fn)(const nm_date_hit *hit, void *user);

/* Scan text[0..len) for dates; calls fn for each, left to right. */
void nm_dates_scan(const char *text, size_t len, nm_date_fn fn, void *user);

/* Parse a date starting exactly at s[0]. Returns the bytes it spans, or 0
 * when no date starts there. */
size_t nm_date_parse_at(const char *s, size_t len, nm_date_value *out);

/* "YYYY-MM-DD" (or "YYYY-MM" for month-level dates) into out (>= 11 bytes).
 * False, with out = "", when the year is unknown. */
bool nm_date_format_iso(const nm_date_value *d, char out[11]);

/* "--MM-DD" (ISO 8601 without year) into out (>= 8 bytes); false for
 * month-level dates (day 0). */
bool nm_date_format_month_day(const nm_date_value *d, char out[8]);

/* Read "YYYY-MM-DD" or "YYYY-MM" at the start of s (NUL-terminated; a time
 * may follow). False when it is not such a date. */
bool nm_date_parse_iso(const char *s, nm_date_value *out);

/* Give a yearless date the year that puts it nearest to `ref`, days after
 * `ref` counting double (a news text speaks of days around its own date,
 * more often past ones: in an article of 2018-12-30, "12 June" is
 * 2018-06-12 and "3 January" is 2019-01-03).
 * No-op when d already has a year or ref has none. */
void nm_date_resolve_year(nm_date_value *d, const nm_date_value *ref);

#endif
