/* nm_process: one document through clean and analyse. */
#include "newsmon.h"

#include <stdio.h>
#include <string.h>

/* Analysis costs memory and time in proportion to the text (tokens,
 * sentences, candidate quotes: about 40 bytes of memory per byte of text),
 * and a news article's text is rarely over 100 KB. A longer text (a book, a
 * 50 MB line of hostile input) is kept whole in the record, but only its
 * first NM_MAX_ANALYSED_TEXT_BYTES, cut at a paragraph or line end, are
 * analysed, and the article's warning says so. */
#define NM_MAX_ANALYSED_TEXT_BYTES ((size_t)2 * 1024 * 1024)

void nm_options_init(nm_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->as = NM_AS_AUTO;
    opts->analyse = true;
}

static bool blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] > ' ')
            return false;
    return true;
}

/* Where to cut a text for analysis: the last paragraph break within the
 * limit, else the last line break, else the last code-point boundary (never
 * before half the limit). */
static size_t analysis_cut(const char *text, size_t len)
{
    if (len <= NM_MAX_ANALYSED_TEXT_BYTES)
        return len;
    size_t lo = NM_MAX_ANALYSED_TEXT_BYTES / 2;
    for (size_t i = NM_MAX_ANALYSED_TEXT_BYTES; i > lo; i--)
        if (text[i - 1] == '\n' && text[i - 2] == '\n')
            return i - 2;
    for (size_t i = NM_MAX_ANALYSED_TEXT_BYTES; i > lo; i--)
        if (text[i - 1] == '\n')
            return i - 1;
    size_t i = NM_MAX_ANALYSED_TEXT_BYTES;
    while (i > 0 && ((unsigned char)text[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static void add_warning(nm_article *a, const char *note)
{
    const char *w = a->warning ? nm_arena_printf(a->arena, "%s; %s", a->warning, note)
                               : nm_arena_strdup(a->arena, note);
    if (w)
        a->warning = w;
}

/* Analyse at most NM_MAX_ANALYSED_TEXT_BYTES: analysis sees a copy of the
 * prefix, whose offsets are also offsets into the whole text. */
static nm_status analyse_bounded(nm_article *a, nm_error *err)
{
    size_t full_len = a->text_len, cut = analysis_cut(a->text, full_len);
    if (cut == full_len)
        return nm_analyse(a, err);
    const char *full = a->text;
    char *prefix = nm_arena_strndup(a->arena, full, cut);
    if (!prefix)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", a->source);
    a->text = prefix;
    a->text_len = cut;
    nm_status st = nm_analyse(a, err);
    a->text = full;
    a->text_len = full_len;
    char note[128];
    snprintf(note, sizeof note, "text of %zu bytes: only the first %zu analysed (limit %zu MB)",
             full_len, cut, NM_MAX_ANALYSED_TEXT_BYTES >> 20);
    add_warning(a, note);
    return st;
}

/* Copy of a container string (WARC header, feed field, file name) with
 * invalid UTF-8 replaced: every string of an article is UTF-8. */
static char *arena_utf8(nm_arena *arena, const char *s)
{
    if (!s)
        return NULL;
    nm_buf clean;
    nm_buf_init(&clean);
    size_t len = strlen(s);
    if (nm_utf8_sanitize(s, len, &clean, NULL) == 0) {
        nm_buf_deinit(&clean);
        return nm_arena_strndup(arena, s, len);
    }
    char *copy = clean.data ? nm_arena_strndup(arena, clean.data, clean.len) : NULL;
    nm_buf_deinit(&clean);
    return copy;
}

nm_status nm_process(const nm_doc *doc, const nm_options *opts, nm_article **out,
                     nm_error *err)
{
    nm_options defaults;
    if (!opts) {
        nm_options_init(&defaults);
        opts = &defaults;
    }
    *out = NULL;
    nm_article *a = nm_article_new();
    if (!a)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", doc->source);
    a->id = arena_utf8(a->arena, doc->id ? doc->id : "-");
    a->source = arena_utf8(a->arena, doc->source ? doc->source : "-");
    a->url = arena_utf8(a->arena, doc->url);
    a->meta = nm_arena_strdup(a->arena, doc->meta); /* jansson output: ASCII JSON */

    nm_content_kind kind = doc->kind != NM_AS_AUTO ? doc->kind : opts->as;
    if (kind == NM_AS_AUTO)
        kind = nm_sniff_kind(doc->data, doc->len);
    nm_status st = kind == NM_AS_HTML
                       ? nm_clean_html(a, doc->data, doc->len, doc->charset, err)
                       : nm_clean_text(a, doc->data, doc->len, err);
    if (st == NM_OK && (!a->text || blank(a->text, a->text_len)))
        st = nm_error_set(err, NM_ERR_NO_ARTICLE, NM_NO_OFFSET, "%s: no article text found",
                          doc->source);
    /* Container metadata fills what the document itself did not say. */
    if (st == NM_OK) {
        if (!a->title && doc->title)
            a->title = arena_utf8(a->arena, doc->title);
        if (!a->date && doc->date)
            a->date = arena_utf8(a->arena, doc->date);
        const char *authors = a->n_authors ? NULL : arena_utf8(a->arena, doc->authors);
        if (authors)
            nm_article_add_author(a, authors, strlen(authors));
        if (!a->canonical_url && doc->url)
            a->canonical_url = a->url;
    }
    if (st == NM_OK && opts->analyse)
        st = analyse_bounded(a, err);
    if (st != NM_OK) {
        nm_article_free(a);
        return st;
    }
    *out = a;
    return NM_OK;
}
