/* Word splitting for fingerprints and story terms: runs of letters and
 * digits (Unicode categories L and N), lowercased with utf8proc. */
#include "words.h"

#include "newsmon.h"

#include <utf8proc.h>

void nm_word_iter_init(nm_word_iter *it, const char *text, size_t len)
{
    it->text = text;
    it->len = len;
    it->pos = 0;
    it->word[0] = '\0';
    it->word_len = it->word_cp = 0;
    it->capitalised = false;
    it->after_stop = true;
}

static bool is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp < 0)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_MC) || /* combining marks */
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

static bool is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

static bool ends_sentence(int32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' || cp == 0x2022;
}

static bool is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool nm_word_next(nm_word_iter *it)
{
    it->word_len = it->word_cp = 0;
    while (it->pos < it->len) {
        size_t at = it->pos;
        int32_t cp = nm_utf8_decode(it->text, it->len, &it->pos);
        if (is_word_cp(cp)) {
            if (it->word_cp == 0) {
                it->capitalised = is_upper(cp);
                it->sentence_start = it->after_stop;
                it->after_stop = false;
            }
            if (it->word_cp < NM_WORD_MAX_CP) {
                int32_t low = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
                                        : utf8proc_tolower(cp);
                it->word_len += nm_utf8_encode(low, it->word + it->word_len);
            }
            it->word_cp++;
            continue;
        }
        if (it->word_cp && is_apostrophe(cp) && it->pos < it->len) {
            size_t next = it->pos;
            if (is_word_cp(nm_utf8_decode(it->text, it->len, &next)))
                continue; /* "won't" → "wont" */
        }
        (void)at;
        if (ends_sentence(cp))
            it->after_stop = true;
        if (it->word_cp)
            break;
    }
    it->word[it->word_len] = '\0';
    return it->word_cp > 0;
}
