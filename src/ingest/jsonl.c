/* JSON lines reader (one JSON object per line, RFC 8259 + jsonlines.org):
 * fields id, url, title, date, authors/author, and html or text. */
#include "readers.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* Longest line parsed. Lines are slices of the input in memory (no line
 * buffer); the limit bounds the JSON tree jansson builds for one line. */
#define NM_JSONL_MAX_LINE ((size_t)64 * 1024 * 1024)

static const char *string_field(json_t *o, const char *name, size_t *len)
{
    json_t *v = json_object_get(o, name);
    if (!json_is_string(v))
        return NULL;
    if (len)
        *len = json_string_length(v);
    return json_string_value(v);
}

/* authors: a string, or an array of strings / {"name": ...} objects,
 * joined with ", " (the pipeline keeps container authors as one entry). */
static bool append_authors(json_t *v, nm_buf *out)
{
    if (json_is_string(v))
        return nm_buf_append(out, json_string_value(v), json_string_length(v));
    if (!json_is_array(v))
        return true;
    size_t i, start = out->len;
    json_t *item;
    json_array_foreach(v, i, item) {
        json_t *name = json_is_object(item) ? json_object_get(item, "name") : item;
        if (!json_is_string(name) || json_string_length(name) == 0)
            continue;
        if ((out->len > start && !nm_buf_puts(out, ", ")) ||
            !nm_buf_append(out, json_string_value(name), json_string_length(name)))
            return false;
    }
    return true;
}

/* Fields the pipeline reads itself; every other field is kept as metadata. */
static bool known_field(const char *key)
{
    static const char *const known[] = {"id", "url", "title", "date", "html",
                                        "text", "authors", "author"};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (!strcmp(key, known[i]))
            return true;
    return false;
}

/* The other fields as one compact JSON object (nothing when there are none). */
static bool append_meta(json_t *o, nm_buf *out, bool *has_meta)
{
    json_t *meta = json_object();
    if (!meta)
        return false;
    const char *key;
    json_t *value;
    json_object_foreach(o, key, value) {
        if (!known_field(key) && json_object_set(meta, key, value) != 0) {
            json_decref(meta);
            return false;
        }
    }
    bool ok = true;
    if (json_object_size(meta)) {
        char *text = json_dumps(meta, JSON_COMPACT | JSON_ENSURE_ASCII);
        ok = text && nm_buf_puts(out, text);
        free(text);
        *has_meta = ok;
    }
    json_decref(meta);
    return ok;
}

/* One parsed line to a document. false only on out of memory. */
static bool emit(const char *source, json_t *o, long line, uint64_t offset, nm_buf *strings,
                 const nm_reader_opts *opts, size_t *failed, nm_doc_fn fn, void *user,
                 bool *stop)
{
    nm_doc doc = {0};
    size_t body_len = 0;
    const char *body = string_field(o, "html", &body_len);
    doc.kind = NM_AS_HTML;
    if (!body) {
        body = string_field(o, "text", &body_len);
        doc.kind = NM_AS_TEXT;
    }
    if (!body) {
        nm_reader_report(opts, failed, NM_ERR_PARSE, source, offset, line,
                         "no \"html\" or \"text\" string");
        return true;
    }
    doc.data = body;
    doc.len = body_len;
    doc.line = line;
    doc.offset = offset;

    /* Strings are laid out in one buffer, pointers taken at the end. */
    nm_buf_reset(strings);
    size_t at[5];
    json_t *id = json_object_get(o, "id");
    bool ok = true;
    at[0] = strings->len;
    if (json_is_string(id) && json_string_length(id))
        ok = nm_buf_puts(strings, json_string_value(id));
    else if (json_is_integer(id))
        ok = nm_buf_printf(strings, "%lld", (long long)json_integer_value(id));
    else
        ok = nm_buf_printf(strings, "%ld", line); /* the contract: else the line number */
    ok = ok && nm_buf_putc(strings, '\0');
    at[1] = strings->len;
    ok = ok && nm_buf_printf(strings, "%s:%ld", source, line) && nm_buf_putc(strings, '\0');
    at[2] = strings->len;
    json_t *authors = json_object_get(o, "authors");
    ok = ok && append_authors(authors ? authors : json_object_get(o, "author"), strings);
    bool has_authors = strings->len > at[2];
    ok = ok && nm_buf_putc(strings, '\0');
    at[3] = strings->len;
    char iso[32];
    size_t date_len = 0;
    const char *date = string_field(o, "date", &date_len);
    bool has_date = date && nm_date_to_iso(date, date_len, iso);
    ok = ok && (!has_date || nm_buf_puts(strings, iso)) && nm_buf_putc(strings, '\0');
    at[4] = strings->len;
    bool has_meta = false;
    ok = ok && append_meta(o, strings, &has_meta) && nm_buf_putc(strings, '\0');
    if (!ok)
        return false;
    doc.id = strings->data + at[0];
    doc.source = strings->data + at[1];
    doc.authors = has_authors ? strings->data + at[2] : NULL;
    doc.date = has_date ? strings->data + at[3] : NULL;
    doc.meta = has_meta ? strings->data + at[4] : NULL;
    doc.url = string_field(o, "url", NULL);
    doc.title = string_field(o, "title", NULL);
    if (!fn(&doc, user))
        *stop = true;
    return true;
}

nm_status nm_read_jsonl(const char *source, const char *data, size_t len,
                        const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                        size_t *failed, nm_error *err)
{
    nm_buf strings;
    nm_buf_init(&strings);
    nm_status st = NM_OK;
    bool stop = false;
    long line = 0;
    size_t pos = 0;
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        pos = 3;
    while (pos < len && !stop) {
        line++;
        const char *p = data + pos;
        const char *nl = memchr(p, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - p) : len - pos;
        uint64_t offset = pos;
        pos += n + (nl ? 1 : 0);
        while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        size_t lead = 0;
        while (lead < n && (p[lead] == ' ' || p[lead] == '\t'))
            lead++;
        if (lead == n)
            continue; /* blank lines separate nothing */
        if (n > NM_JSONL_MAX_LINE) {
            nm_reader_report(opts, failed, NM_ERR_LIMIT, source, offset, line,
                             "longer than the %zu MiB line limit",
                             NM_JSONL_MAX_LINE >> 20);
            continue;
        }
        json_error_t je;
        json_t *o = json_loadb(p, n, 0, &je);
        if (!o) {
            nm_reader_report(opts, failed, NM_ERR_PARSE, source, offset + (uint64_t)je.position,
                             line, "invalid JSON: %s (column %d)", je.text,
                             je.column);
            continue;
        }
        if (!json_is_object(o)) {
            nm_reader_report(opts, failed, NM_ERR_PARSE, source, offset, line,
                             "not a JSON object");
        } else if (!emit(source, o, line, offset, &strings, opts, failed, fn, user, &stop)) {
            st = nm_error_set(err, NM_ERR_NOMEM, offset, "%s: out of memory", source);
            stop = true;
        }
        json_decref(o);
    }
    nm_buf_deinit(&strings);
    return st;
}
