/* Dates in English news text: recognition and ISO-8601 forms (see dates.h). */
#include "dates.h"

#include <string.h>

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c; }

/* One space between date parts: ASCII space/tab or a no-break space
 * (U+00A0, bytes C2 A0), as typeset dates often carry. Returns its width. */
static size_t space_at(const char *s, size_t len, size_t i)
{
    if (i < len && (s[i] == ' ' || s[i] == '\t'))
        return 1;
    if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    return 0;
}

/* Letters of a word starting at i (ASCII letters only). */
static size_t word_len(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && is_alpha(s[j]))
        j++;
    return j - i;
}

static bool word_is(const char *s, size_t n, const char *w)
{
    if (strlen(w) != n)
        return false;
    for (size_t k = 0; k < n; k++)
        if (lower(s[k]) != w[k])
            return false;
    return true;
}

static const char *const month_names[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/* A month name at i, capitalised as names are ("June", "JUNE", "Sept."):
 * full names, three-letter abbreviations and "Sept", each abbreviation with
 * an optional period. Returns bytes used (0: none) and the month 1..12. */
static const char *const weekday_names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};

/* The first three letters of every month and weekday name share no
 * prefix with most capitalised words ("The", "Senate"): comparing them
 * first keeps the scan cheap. */
static bool starts_like(const char *s, size_t len, size_t i, const char *const *names,
                        int count)
{
    if (i + 3 > len)
        return false;
    char a = lower(s[i]), b = lower(s[i + 1]), c = lower(s[i + 2]);
    for (int k = 0; k < count; k++)
        if (names[k][0] == a && names[k][1] == b && names[k][2] == c)
            return true;
    return false;
}

static size_t month_at(const char *s, size_t len, size_t i, int *month)
{
    if (i >= len || !(s[i] >= 'A' && s[i] <= 'Z') || !starts_like(s, len, i, month_names, 12))
        return 0;
    size_t n = word_len(s, len, i);
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        if (word_is(s + i, n, month_names[m])) {
            *month = m + 1;
            return n;
        }
        /* Three-letter abbreviations ("Jun", "Aug.") and "Sept". */
        bool abbrev = (n == 3 && lower(s[i]) == month_names[m][0] &&
                       lower(s[i + 1]) == month_names[m][1] &&
                       lower(s[i + 2]) == month_names[m][2]) ||
                      (m == 8 && word_is(s + i, n, "sept"));
        if (abbrev) {
            *month = m + 1;
            return (i + n < len && s[i + n] == '.') ? n + 1 : n;
        }
    }
    return 0;
}

/* A weekday name or abbreviation ("Tuesday", "Tue.", "Thurs") followed by
 * an optional comma and a space. Returns bytes used, 0 when none. */
static size_t weekday_at(const char *s, size_t len, size_t i)
{
    if (i >= len || !(s[i] >= 'A' && s[i] <= 'Z') || !starts_like(s, len, i, weekday_names, 7))
        return 0;
    size_t n = word_len(s, len, i);
    bool hit = false;
    for (int d = 0; d < 7 && !hit; d++) {
        const char *w = weekday_names[d];
        if (word_is(s + i, n, w))
            hit = true;
        else if (n >= 3 && n <= 5 && n < strlen(w)) {
            hit = true; /* a prefix abbreviation: "Tue", "Tues", "Thurs" */
            for (size_t k = 0; k < n && hit; k++)
                hit = lower(s[i + k]) == w[k];
        }
    }
    if (!hit)
        return 0;
    size_t j = i + n;
    if (j < len && s[j] == '.')
        j++;
    if (j < len && s[j] == ',')
        j++;
    size_t sp = space_at(s, len, j);
    return sp ? j + sp - i : 0;
}

/* A day of month at i: one or two digits, an optional ordinal suffix
 * ("5th", "1st"), then no further letter or digit. Returns bytes used. */
static size_t day_at(const char *s, size_t len, size_t i, int *day)
{
    size_t j = i;
    int v = 0;
    while (j < len && is_digit(s[j]) && j - i < 3)
        v = v * 10 + (s[j++] - '0');
    if (j == i || j - i > 2 || v < 1 || v > 31)
        return 0;
    if (j + 1 < len && is_alpha(s[j]) &&
        (word_is(s + j, word_len(s, len, j), "st") || word_is(s + j, word_len(s, len, j), "nd") ||
         word_is(s + j, word_len(s, len, j), "rd") || word_is(s + j, word_len(s, len, j), "th")))
        j += 2;
    if (j < len && is_alnum(s[j]))
        return 0;
    *day = v;
    return j - i;
}

/* A four-digit year in the accepted window, not followed by a letter or
 * digit. Returns bytes used. */
static size_t year_at(const char *s, size_t len, size_t i, int *year)
{
    if (i + 4 > len)
        return 0;
    int v = 0;
    for (size_t k = 0; k < 4; k++) {
        if (!is_digit(s[i + k]))
            return 0;
        v = v * 10 + (s[i + k] - '0');
    }
    if (i + 4 < len && is_alnum(s[i + 4]))
        return 0;
    if (v < NM_DATE_MIN_YEAR || v > NM_DATE_MAX_YEAR)
        return 0;
    *year = v;
    return 4;
}

static int days_in_month(int month, int year)
{
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year && !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 28;
    return days[month - 1];
}

static bool valid(const nm_date_value *d)
{
    return d->month >= 1 && d->month <= 12 && d->day >= 0 &&
           d->day <= days_in_month(d->month, d->year);
}

/* ", 2018" / " 2018" after a day: the year of the date. Returns bytes. */
static size_t trailing_year(const char *s, size_t len, size_t i, int *year)
{
    size_t j = i;
    if (j < len && s[j] == ',')
        j++;
    size_t sp = space_at(s, len, j);
    if (!sp)
        return 0;
    size_t y = year_at(s, len, j + sp, year);
    return y ? j + sp + y - i : 0;
}

/* "2018-05-31" (a time may follow after 'T' or a space). */
static size_t iso_at(const char *s, size_t len, size_t i, nm_date_value *d)
{
    if (i + 10 > len || s[i + 4] != '-' || s[i + 7] != '-')
        return 0;
    int v[3] = {0, 0, 0};
    const size_t at[3] = {0, 5, 8}, width[3] = {4, 2, 2};
    for (int p = 0; p < 3; p++)
        for (size_t k = 0; k < width[p]; k++) {
            char c = s[i + at[p] + k];
            if (!is_digit(c))
                return 0;
            v[p] = v[p] * 10 + (c - '0');
        }
    if (i + 10 < len && is_digit(s[i + 10]))
        return 0;
    if (v[0] < NM_DATE_MIN_YEAR || v[0] > NM_DATE_MAX_YEAR)
        return 0;
    d->year = v[0], d->month = v[1], d->day = v[2];
    return (d->day >= 1 && valid(d)) ? 10 : 0;
}

/* The date proper (no weekday) at i. */
static size_t core_at(const char *s, size_t len, size_t i, nm_date_value *d)
{
    memset(d, 0, sizeof *d);
    if (i >= len)
        return 0;
    if (is_digit(s[i])) {
        size_t n = iso_at(s, len, i, d);
        if (n)
            return n;
        memset(d, 0, sizeof *d);
        /* "12 June", "12th of June", "12 June 2018", "12 June, 2018" */
        n = day_at(s, len, i, &d->day);
        if (!n)
            return 0;
        size_t j = i + n, sp = space_at(s, len, j);
        if (!sp)
            return 0;
        j += sp;
        if (j + 2 < len && word_is(s + j, word_len(s, len, j), "of") && space_at(s, len, j + 2))
            j += 2 + space_at(s, len, j + 2);
        size_t m = month_at(s, len, j, &d->month);
        if (!m)
            return 0;
        j += m;
        j += trailing_year(s, len, j, &d->year);
        return valid(d) ? j - i : 0;
    }
    /* "June 12", "June 12, 2018", "Sept. 5th", "June 2018" */
    size_t m = month_at(s, len, i, &d->month);
    if (!m)
        return 0;
    size_t j = i + m, sp = space_at(s, len, j);
    if (!sp)
        return 0;
    j += sp;
    size_t y = year_at(s, len, j, &d->year);
    if (y)
        return j + y - i; /* month-level date */
    size_t n = day_at(s, len, j, &d->day);
    if (!n)
        return 0;
    j += n;
    j += trailing_year(s, len, j, &d->year);
    return valid(d) ? j - i : 0;
}

size_t nm_date_parse_at(const char *s, size_t len, nm_date_value *out)
{
    nm_date_value d;
    size_t w = weekday_at(s, len, 0);
    size_t n = w ? core_at(s, len, w, &d) : 0;
    if (n)
        n += w;
    else
        n = core_at(s, len, 0, &d);
    if (n && out)
        *out = d;
    return n;
}

void nm_dates_scan(const char *text, size_t len, nm_date_fn fn, void *user)
{
    size_t i = 0;
    while (i < len) {
        char c = text[i];
        bool starts_word = is_alnum(c) && (i == 0 || !is_alnum(text[i - 1]));
        if (!starts_word) {
            i++;
            continue;
        }
        /* Digits glued to a number before them ("3.12 June", "1-2") are not
         * a date's day. */
        bool glued = is_digit(c) && i >= 2 && (text[i - 1] == '.' || text[i - 1] == ',' ||
                                               text[i - 1] == '/') &&
                     is_digit(text[i - 2]);
        /* only digits and the capitals that start month or weekday names
         * can start a date: a cheap test before parsing */
        bool may_start = is_digit(c) || (c >= 'A' && c <= 'Z' && strchr("ADFJMNOSTW", c));
        if (may_start && !glued) {
            nm_date_hit hit;
            size_t n = nm_date_parse_at(text + i, len - i, &hit.value);
            if (n) {
                hit.span.start = i;
                hit.span.end = i + n;
                if (!fn(&hit, user))
                    return;
                i += n;
                continue;
            }
        }
        while (i < len && is_alnum(text[i]))
            i++;
    }
}

/* Write v as `width` decimal digits (v is in range by construction). */
static char *put_digits(char *out, int v, int width)
{
    for (int k = width - 1; k >= 0; k--, v /= 10)
        out[k] = (char)('0' + v % 10);
    return out + width;
}

bool nm_date_format_iso(const nm_date_value *d, char out[11])
{
    out[0] = '\0';
    if (!d->year)
        return false;
    char *p = put_digits(out, d->year, 4);
    *p++ = '-';
    p = put_digits(p, d->month, 2);
    if (d->day) {
        *p++ = '-';
        p = put_digits(p, d->day, 2);
    }
    *p = '\0';
    return true;
}

bool nm_date_format_month_day(const nm_date_value *d, char out[8])
{
    out[0] = '\0';
    if (!d->day)
        return false;
    char *p = out;
    *p++ = '-';
    *p++ = '-';
    p = put_digits(p, d->month, 2);
    *p++ = '-';
    p = put_digits(p, d->day, 2);
    *p = '\0';
    return true;
}

bool nm_date_parse_iso(const char *s, nm_date_value *out)
{
    if (!s)
        return false;
    size_t len = strnlen(s, 32);
    nm_date_value d = {0, 0, 0};
    if (iso_at(s, len, 0, &d)) {
        *out = d;
        return true;
    }
    /* "YYYY-MM" */
    if (len >= 7 && year_at(s, 4, 0, &d.year) && s[4] == '-' && is_digit(s[5]) &&
        is_digit(s[6]) && (len == 7 || !is_digit(s[7]))) {
        d.month = (s[5] - '0') * 10 + (s[6] - '0');
        d.day = 0;
        if (d.month >= 1 && d.month <= 12) {
            *out = d;
            return true;
        }
    }
    return false;
}

/* Days from 0000-03-01, enough to compare dates a few years apart. */
static long day_number(int y, int m, int d)
{
    if (m < 3) {
        y--;
        m += 12;
    }
    return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

/* News speaks of days gone by more often than of days ahead: a day after
 * the reference counts this many times its distance. */
#define FUTURE_WEIGHT 2

void nm_date_resolve_year(nm_date_value *d, const nm_date_value *ref)
{
    if (d->year || !ref->year)
        return;
    int ref_day = ref->day ? ref->day : 15; /* a month-level reference: its middle */
    long r = day_number(ref->year, ref->month, ref_day);
    int best = ref->year;
    long best_gap = -1;
    for (int y = ref->year - 1; y <= ref->year + 1; y++) {
        int day = d->day ? d->day : 15;
        if (day > days_in_month(d->month, y))
            continue; /* 29 February outside a leap year */
        long gap = day_number(y, d->month, day) - r;
        gap = gap < 0 ? -gap : gap * FUTURE_WEIGHT;
        if (best_gap < 0 || gap < best_gap) {
            best_gap = gap;
            best = y;
        }
    }
    d->year = best;
}
