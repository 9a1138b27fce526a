/* RSS 2.0, RSS 1.0 (RDF) and Atom (RFC 4287) feeds through libxml2. Items
 * with content become documents: RSS content:encoded or description, Atom
 * content or summary. Parsed without network access and without entity
 * substitution (no XML_PARSE_NOENT): declared entities are never expanded
 * by the reader, so "billion laughs" documents stay small. */
#include "readers.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/* Largest field text collected from one element (titles, authors...);
 * content itself is bounded by the input limit. */
#define NM_FEED_MAX_FIELD ((size_t)64 * 1024)

typedef enum feed_kind { FEED_RSS, FEED_RDF, FEED_ATOM } feed_kind;

static bool named(const xmlNode *n, const char *local, const char *ns)
{
    if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, local) != 0)
        return false;
    if (!ns)
        return true;
    return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, ns);
}

/* RSS 2.0 elements have no namespace; RSS 1.0 ones have theirs. Either. */
static bool plain_named(const xmlNode *n, const char *local)
{
    return named(n, local, NULL) &&
           (!n->ns || !n->ns->href || !strcmp((const char *)n->ns->href, "http://purl.org/rss/1.0/"));
}

static const xmlNode *child(const xmlNode *parent, const char *local, const char *ns)
{
    for (const xmlNode *c = parent->children; c; c = c->next)
        if (ns ? named(c, local, ns) : plain_named(c, local))
            return c;
    return NULL;
}

/* Text and CDATA below `n`; entity references are not followed. */
static bool collect_text(const xmlNode *n, nm_buf *out, size_t limit)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
            size_t len = strlen((const char *)c->content);
            if (out->len + len > limit)
                len = limit > out->len ? limit - out->len : 0;
            if (!nm_buf_append(out, c->content, len))
                return false;
        } else if (c->type == XML_ELEMENT_NODE && !collect_text(c, out, limit)) {
            return false;
        }
    }
    return true;
}

/* Trimmed text of an element into `out` (reset first); false on OOM. */
static bool field_text(const xmlNode *n, nm_buf *out)
{
    nm_buf_reset(out);
    if (!n)
        return true;
    if (!collect_text(n, out, NM_FEED_MAX_FIELD))
        return false;
    if (!out->data)
        return true; /* nothing collected, nothing allocated */
    size_t a = 0, b = out->len;
    while (a < b && (unsigned char)out->data[a] <= ' ')
        a++;
    while (b > a && (unsigned char)out->data[b - 1] <= ' ')
        b--;
    memmove(out->data, out->data + a, b - a);
    out->len = b - a;
    out->data[out->len] = '\0';
    return true;
}

static char *attr(const xmlNode *n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* The document of one item, gathered before the callback. */
typedef struct feed_item {
    nm_buf content, title, link, date, authors, id, scratch;
    nm_content_kind kind;
} feed_item;

/* Atom content/summary (RFC 4287 §4.1.3): type text, html, xhtml or a
 * media type; `src` means the content is elsewhere. */
static bool atom_content(const xmlNode *n, feed_item *it, bool *found)
{
    *found = false;
    char *src = attr(n, "src");
    char *type = attr(n, "type");
    bool ok = true;
    if (src) {
        /* out-of-line content: nothing to read */
    } else if (type && !strcmp(type, "xhtml")) {
        xmlBufferPtr xb = xmlBufferCreate();
        ok = xb != NULL;
        for (xmlNode *c = n->children; ok && c; c = c->next)
            if (xmlNodeDump(xb, n->doc, c, 0, 0) < 0)
                ok = false;
        if (ok)
            ok = nm_buf_append(&it->content, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
        xmlBufferFree(xb);
        it->kind = NM_AS_HTML;
        *found = true;
    } else if (!type || !strcmp(type, "html") || !strcmp(type, "text/html") ||
               !strcmp(type, "text") || !strcmp(type, "text/plain")) {
        ok = collect_text(n, &it->content, SIZE_MAX);
        it->kind = type && (!strcmp(type, "text") || !strcmp(type, "text/plain")) ? NM_AS_TEXT
                                                                                 : NM_AS_HTML;
        *found = true;
    }
    xmlFree(src);
    xmlFree(type);
    return ok;
}

static bool blank(const nm_buf *b)
{
    for (size_t i = 0; i < b->len; i++)
        if ((unsigned char)b->data[i] > ' ')
            return false;
    return true;
}

/* "jo@example.com (Jo Smith)" → "Jo Smith" (RSS 2.0 author is an email). */
static void rss_author_name(nm_buf *b)
{
    char *open = b->data ? strchr(b->data, '(') : NULL;
    char *close = open ? strrchr(open, ')') : NULL;
    if (!open || !close || !memchr(b->data, '@', (size_t)(open - b->data)))
        return;
    size_t n = (size_t)(close - open - 1);
    memmove(b->data, open + 1, n);
    b->len = n;
    b->data[n] = '\0';
}

static bool add_author(feed_item *it, const xmlNode *n, bool rss_email)
{
    if (!field_text(n, &it->scratch))
        return false;
    if (rss_email)
        rss_author_name(&it->scratch);
    if (!it->scratch.len)
        return true;
    return (!it->authors.len || nm_buf_puts(&it->authors, ", ")) &&
           nm_buf_append(&it->authors, it->scratch.data, it->scratch.len);
}

/* Fill `it` from an RSS item (2.0 or 1.0) or an Atom entry. */
static bool gather(const xmlNode *item, feed_kind kind, feed_item *it)
{
    nm_buf *bufs[] = {&it->content, &it->title, &it->link, &it->date, &it->authors, &it->id};
    for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
        nm_buf_reset(bufs[i]);
    it->kind = NM_AS_HTML;
    bool ok = field_text(child(item, "title", kind == FEED_ATOM ? NS_ATOM : NULL), &it->title);
    if (kind == FEED_ATOM) {
        bool found = false;
        const xmlNode *c = child(item, "content", NS_ATOM);
        if (c)
            ok = ok && atom_content(c, it, &found);
        if (ok && (!found || blank(&it->content)) && (c = child(item, "summary", NS_ATOM))) {
            nm_buf_reset(&it->content);
            ok = atom_content(c, it, &found);
        }
        /* link rel="alternate" (or no rel) is the entry's page, §4.2.7.2 */
        for (const xmlNode *l = item->children; ok && l; l = l->next) {
            if (!named(l, "link", NS_ATOM) || it->link.len)
                continue;
            char *rel = attr(l, "rel"), *href = attr(l, "href");
            if (href && (!rel || !strcmp(rel, "alternate")))
                ok = nm_buf_puts(&it->link, href);
            xmlFree(rel);
            xmlFree(href);
        }
        const xmlNode *d = child(item, "published", NS_ATOM);
        if (!d)
            d = child(item, "updated", NS_ATOM);
        if (!d)
            d = child(item, "date", NS_DC);
        ok = ok && field_text(d, &it->date);
        for (const xmlNode *a = item->children; ok && a; a = a->next)
            if (named(a, "author", NS_ATOM))
                ok = add_author(it, child(a, "name", NS_ATOM), false);
        ok = ok && field_text(child(item, "id", NS_ATOM), &it->id);
    } else {
        const xmlNode *c = child(item, "encoded", NS_CONTENT);
        ok = ok && (!c || collect_text(c, &it->content, SIZE_MAX));
        if (ok && blank(&it->content)) {
            nm_buf_reset(&it->content);
            c = child(item, "description", NULL);
            ok = !c || collect_text(c, &it->content, SIZE_MAX);
        }
        ok = ok && field_text(child(item, "link", NULL), &it->link);
        const xmlNode *d = child(item, "pubDate", NULL);
        if (!d)
            d = child(item, "date", NS_DC);
        ok = ok && field_text(d, &it->date);
        const xmlNode *guid = child(item, "guid", NULL);
        ok = ok && field_text(guid, &it->id);
        if (ok && !it->id.len && kind == FEED_RDF) {
            char *about = (char *)xmlGetNsProp(item, (const xmlChar *)"about",
                                               (const xmlChar *)NS_RDF);
            ok = !about || nm_buf_puts(&it->id, about);
            xmlFree(about);
        }
        /* a permalink guid is the page when there is no link */
        if (ok && !it->link.len && guid && !strncmp(it->id.data ? it->id.data : "", "http", 4)) {
            char *perma = attr(guid, "isPermaLink");
            if (!perma || strcmp(perma, "false") != 0)
                ok = nm_buf_puts(&it->link, it->id.data);
            xmlFree(perma);
        }
        for (const xmlNode *a = item->children; ok && a; a = a->next) {
            if (plain_named(a, "author"))
                ok = add_author(it, a, true);
            else if (named(a, "creator", NS_DC))
                ok = add_author(it, a, false);
        }
    }
    return ok;
}

typedef struct feed_reader {
    const char *source;
    const nm_reader_opts *opts;
    nm_doc_fn fn;
    void *user;
    size_t *failed;
    feed_kind kind;
    char base[256];
    long n;       /* items seen */
    feed_item it;
    nm_buf strings;
    bool stop;
} feed_reader;

static nm_status one_item(feed_reader *r, const xmlNode *item)
{
    r->n++;
    long line = xmlGetLineNo(item);
    if (line < 0)
        line = 0;
    if (!gather(item, r->kind, &r->it))
        return NM_ERR_NOMEM;
    if (blank(&r->it.content)) {
        nm_reader_report(r->opts, r->failed, NM_ERR_UNSUPPORTED, r->source, NM_NO_OFFSET, line,
                         "item %ld has no content; skipped", r->n);
        return NM_OK;
    }
    nm_buf *s = &r->strings;
    nm_buf_reset(s);
    size_t at_id = 0;
    bool ok = r->it.id.len ? nm_buf_append(s, r->it.id.data, r->it.id.len)
                           : nm_buf_printf(s, "%s#%ld", r->base, r->n);
    ok = ok && nm_buf_putc(s, '\0');
    size_t at_src = s->len;
    ok = ok && nm_buf_printf(s, "%s#%ld", r->source, r->n) && nm_buf_putc(s, '\0');
    size_t at_date = s->len;
    char iso[32];
    bool has_date = r->it.date.len && nm_date_to_iso(r->it.date.data, r->it.date.len, iso);
    ok = ok && (!has_date || nm_buf_puts(s, iso)) && nm_buf_putc(s, '\0');
    if (!ok)
        return NM_ERR_NOMEM;
    nm_doc doc = {0};
    doc.id = s->data + at_id;
    doc.source = s->data + at_src;
    doc.date = has_date ? s->data + at_date : NULL;
    doc.data = r->it.content.data;
    doc.len = r->it.content.len;
    doc.kind = r->it.kind;
    doc.charset = "utf-8"; /* libxml2 hands out UTF-8 whatever the file's encoding */
    doc.url = r->it.link.len ? r->it.link.data : NULL;
    doc.title = r->it.title.len ? r->it.title.data : NULL;
    doc.authors = r->it.authors.len ? r->it.authors.data : NULL;
    doc.line = line;
    doc.offset = NM_NO_OFFSET;
    if (!r->fn(&doc, r->user))
        r->stop = true;
    return NM_OK;
}

static nm_status read_items(feed_reader *r, const xmlNode *parent, const char *local)
{
    for (const xmlNode *c = parent->children; c && !r->stop; c = c->next) {
        bool match = r->kind == FEED_ATOM ? named(c, local, NS_ATOM) : plain_named(c, local);
        if (match) {
            nm_status st = one_item(r, c);
            if (st != NM_OK)
                return st;
        }
    }
    return NM_OK;
}

nm_status nm_read_feed(const char *source, const char *data, size_t len,
                       const nm_reader_opts *opts, nm_doc_fn fn, void *user,
                       size_t *failed, nm_error *err)
{
    if (len > INT_MAX) {
        nm_reader_report(opts, failed, NM_ERR_LIMIT, source, NM_NO_OFFSET, 0,
                         "feed larger than libxml2 can parse (2 GiB)");
        return NM_OK;
    }
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return nm_error_set(err, NM_ERR_NOMEM, NM_NO_OFFSET, "%s: out of memory", source);
    /* NONET: never fetch a DTD; RECOVER: keep what a sloppy feed allows;
     * no NOENT (entities stay unexpanded), no HUGE (libxml2's own limits
     * on depth and text size stay on). */
    int flags = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xmlDocPtr xdoc = xmlCtxtReadMemory(ctxt, data, (int)len, source, NULL, flags);
    const xmlError *xe = xmlCtxtGetLastError(ctxt);
    bool well_formed = ctxt->wellFormed;
    char why[160] = "";
    long why_line = 0;
    if (xe && xe->message) {
        snprintf(why, sizeof why, "%s", xe->message);
        size_t n = strlen(why);
        while (n && (why[n - 1] == '\n' || why[n - 1] == ' '))
            why[--n] = '\0';
        why_line = xe->line;
    }
    xmlFreeParserCtxt(ctxt);
    const xmlNode *root = xdoc ? xmlDocGetRootElement(xdoc) : NULL;
    feed_reader r;
    memset(&r, 0, sizeof r);
    r.source = source;
    r.opts = opts;
    r.fn = fn;
    r.user = user;
    r.failed = failed;
    nm_reader_base_name(source, r.base, sizeof r.base);
    nm_status st = NM_OK;
    if (!root) {
        nm_reader_report(opts, failed, NM_ERR_PARSE, source, NM_NO_OFFSET, why_line,
                         "not an XML feed: %s", why[0] ? why : "no root element");
    } else if (named(root, "rss", NULL) || named(root, "RDF", NS_RDF) ||
               named(root, "feed", NS_ATOM) || named(root, "entry", NS_ATOM)) {
        if (!well_formed)
            nm_reader_report(opts, failed, NM_ERR_UNSUPPORTED, source, NM_NO_OFFSET, why_line,
                             "not well-formed XML (%s); reading what could be recovered", why);
        nm_buf *bufs[] = {&r.it.content, &r.it.title, &r.it.link, &r.it.date,
                          &r.it.authors, &r.it.id, &r.it.scratch, &r.strings};
        for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
            nm_buf_init(bufs[i]);
        if (named(root, "rss", NULL)) {
            r.kind = FEED_RSS;
            for (const xmlNode *c = root->children; c && st == NM_OK; c = c->next)
                if (named(c, "channel", NULL))
                    st = read_items(&r, c, "item");
        } else if (named(root, "RDF", NS_RDF)) {
            r.kind = FEED_RDF; /* RSS 1.0: items are siblings of the channel */
            st = read_items(&r, root, "item");
        } else if (named(root, "feed", NS_ATOM)) {
            r.kind = FEED_ATOM;
            st = read_items(&r, root, "entry");
        } else {
            r.kind = FEED_ATOM;
            st = one_item(&r, root);
        }
        for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
            nm_buf_deinit(bufs[i]);
        if (st == NM_ERR_NOMEM)
            nm_error_set(err, st, NM_NO_OFFSET, "%s: out of memory", source);
    } else {
        nm_reader_report(opts, failed, NM_ERR_PARSE, source, NM_NO_OFFSET, 0,
                         "root element <%s> is not an RSS or Atom feed", root->name);
    }
    xmlFreeDoc(xdoc);
    return st;
}
