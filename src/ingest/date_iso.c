/* Feed and header dates to ISO-8601. RSS 2.0 uses RFC 822 dates (with the
 * four-digit years of RFC 1123, RFC 2822 §3.3), old servers RFC 850 and
 * asctime forms (RFC 9110 §5.6.7); Atom and WARC already use RFC 3339. */
#include "readers.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Longest date string looked at; real ones are under 40 bytes. */
#define NM_DATE_MAX_INPUT 128

static const char *const months[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};

/* RFC 822 §5.1 zone names (military single letters are not used in
 * practice and are ignored). Minutes east of UTC. */
static bool zone_name(const char *w, size_t n, int *minutes)
{
    static const struct { const char *name; int minutes; } zones[] = {
        {"z", 0},          {"ut", 0},         {"utc", 0},        {"gmt", 0},
        {"est", -5 * 60},  {"edt", -4 * 60},  {"cst", -6 * 60},  {"cdt", -5 * 60},
        {"mst", -7 * 60},  {"mdt", -6 * 60},  {"pst", -8 * 60},  {"pdt", -7 * 60},
        {"cet", 60},       {"cest", 120},     {"bst", 60},       {"msk", 180}};
    for (size_t i = 0; i < sizeof zones / sizeof *zones; i++)
        if (strlen(zones[i].name) == n && !strncasecmp(w, zones[i].name, n)) {
            *minutes = zones[i].minutes;
            return true;
        }
    return false;
}

static bool is_iso(const char *s, size_t n)
{
    return n >= 10 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
           isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) && s[4] == '-' &&
           isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6]) && s[7] == '-' &&
           isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9]);
}

bool nm_date_to_iso(const char *in, size_t len, char out[32])
{
    while (len && isspace((unsigned char)*in)) {
        in++;
        len--;
    }
    while (len && isspace((unsigned char)in[len - 1]))
        len--;
    if (len == 0 || len > NM_DATE_MAX_INPUT)
        return false;
    if (is_iso(in, len)) {
        if (len > 31)
            return false;
        memcpy(out, in, len);
        out[len] = '\0';
        return true;
    }
    int day = -1, month = -1, year = -1, hh = -1, mm = 0, ss = 0, zone = 0;
    bool has_zone = false, pm = false, am = false;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)in[i];
        if (isalpha(c)) {
            size_t j = i;
            while (j < len && isalpha((unsigned char)in[j]))
                j++;
            size_t n = j - i;
            int z;
            if (n >= 3 && month < 0) {
                for (int m = 0; m < 12; m++)
                    if (!strncasecmp(in + i, months[m], 3))
                        month = m + 1;
            }
            if (n == 2 && !strncasecmp(in + i, "pm", 2))
                pm = true;
            else if (n == 2 && !strncasecmp(in + i, "am", 2))
                am = true;
            else if (hh >= 0 && zone_name(in + i, n, &z)) {
                zone = z;
                has_zone = true;
            }
            i = j;
        } else if ((c == '+' || c == '-') && hh >= 0 && i + 4 < len &&
                   isdigit((unsigned char)in[i + 1]) && isdigit((unsigned char)in[i + 2]) &&
                   isdigit((unsigned char)in[i + 3]) && isdigit((unsigned char)in[i + 4])) {
            int h = (in[i + 1] - '0') * 10 + (in[i + 2] - '0');
            int m = (in[i + 3] - '0') * 10 + (in[i + 4] - '0');
            if (h > 14 || m > 59)
                return false;
            zone = (c == '-' ? -1 : 1) * (h * 60 + m);
            has_zone = true;
            i += 5;
        } else if (isdigit(c)) {
            size_t j = i;
            long v = 0;
            while (j < len && isdigit((unsigned char)in[j]) && j - i < 6)
                v = v * 10 + (in[j++] - '0');
            size_t digits = j - i;
            if (j < len && in[j] == ':' && hh < 0) { /* HH:MM[:SS] */
                hh = (int)v;
                size_t k = j + 1;
                if (k + 1 >= len || !isdigit((unsigned char)in[k]) || !isdigit((unsigned char)in[k + 1]))
                    return false;
                mm = (in[k] - '0') * 10 + (in[k + 1] - '0');
                k += 2;
                if (k + 2 < len && in[k] == ':' && isdigit((unsigned char)in[k + 1]) &&
                    isdigit((unsigned char)in[k + 2])) {
                    ss = (in[k + 1] - '0') * 10 + (in[k + 2] - '0');
                    k += 3;
                }
                while (k < len && (in[k] == '.' || isdigit((unsigned char)in[k])))
                    k++; /* fractions of a second */
                j = k;
            } else if (digits == 4 && year < 0) {
                year = (int)v;
            } else if (digits <= 2 && day < 0 && v >= 1 && v <= 31) {
                day = (int)v;
            } else if (digits <= 2 && year < 0) {
                year = v < 50 ? 2000 + (int)v : 1900 + (int)v; /* RFC 2822 §4.3 */
            } else {
                return false;
            }
            i = j;
        } else {
            i++;
        }
    }
    if (year < 1000 || year > 9999 || month < 1 || day < 1)
        return false;
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > mdays[month - 1])
        return false;
    char tmp[80]; /* roomy: the compiler cannot see the ranges checked */
    if (hh < 0) {
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", year, month, day);
        snprintf(out, 32, "%.31s", tmp);
        return true;
    }
    if (pm && hh < 12)
        hh += 12;
    if (am && hh == 12)
        hh = 0;
    if (hh > 23 || mm > 59 || ss > 60)
        return false;
    int n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hh,
                     mm, ss);
    int az = zone < 0 ? -zone : zone;
    if (has_zone && zone == 0)
        snprintf(tmp + n, sizeof tmp - (size_t)n, "Z");
    else if (has_zone)
        snprintf(tmp + n, sizeof tmp - (size_t)n, "%c%02d:%02d", zone < 0 ? '-' : '+', az / 60,
                 az % 60);
    snprintf(out, 32, "%.31s", tmp);
    return true;
}
