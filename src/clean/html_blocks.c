/* Tree events → flat nodes and text blocks (see html_internal.h).
 *
 * html_tokenizer.c (WHATWG tokenizer, character references decoded) and
 * html_tree.c (implied and balanced end tags) push element and text
 * events; we only keep what the extractor needs: one record per element,
 * paragraph-level text runs with whitespace collapsed, and the metadata
 * elements (meta, link, time, JSON-LD scripts). Nothing here recurses; the
 * tag stack is bounded. */
#include "html_internal.h"
#include "html_tree.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct build_state {
    hx_doc *doc;
    uint32_t stack[HX_MAX_DEPTH];   /* open tracked elements (node index) */
    uint32_t owner[HX_MAX_DEPTH];   /* innermost block-level element of each */
    uint32_t depth;
    uint32_t overflow;  /* open elements beyond HX_MAX_DEPTH */
    uint32_t skip;      /* >0: inside script, svg, hidden box... */
    uint32_t link;      /* >0: inside <a href> */
    bool in_jsonld;     /* inside <script type=application/ld+json> */
    uint32_t jsonld_level; /* st->skip value inside that script */
    bool in_body;
    /* the block being built: text.data[blk_off..text.len) */
    size_t blk_off;
    uint32_t blk_chars, blk_link_chars, blk_commas;
    int pending_space;  /* 0 none, 1 space, 2 line break (<br>) */
    bool br_seen;       /* a <br> with no text since */
} build_state;

static void *grow(void *arr, uint32_t *cap, size_t elem, bool *oom)
{
    uint32_t ncap = *cap ? *cap * 2 : 256;
    void *p = realloc(arr, (size_t)ncap * elem);
    if (!p) {
        *oom = true;
        return NULL;
    }
    *cap = ncap;
    return p;
}

/* ------------------------------------------------------------------ */
/* Blocks                                                               */

static uint32_t current_owner(const build_state *st)
{
    return st->depth ? st->owner[st->depth - 1] : HX_NONE;
}

static void flush_block(build_state *st)
{
    hx_doc *d = st->doc;
    size_t len = d->text.len - st->blk_off;
    st->pending_space = 0;
    st->br_seen = false;
    if (len == 0)
        return;
    if (d->n_blocks == d->cap_blocks) {
        hx_block *nb = grow(d->blocks, &d->cap_blocks, sizeof *nb, &d->oom);
        if (!nb)
            return;
        d->blocks = nb;
    }
    hx_block *b = &d->blocks[d->n_blocks++];
    b->node = current_owner(st);
    b->off = (uint32_t)st->blk_off;
    b->len = (uint32_t)len;
    b->chars = st->blk_chars;
    b->link_chars = st->blk_link_chars;
    b->commas = st->blk_commas;
    /* keep a NUL between blocks so a block is also a C string */
    nm_buf_putc(&d->text, '\0');
    st->blk_off = d->text.len;
    st->blk_chars = st->blk_link_chars = st->blk_commas = 0;
}

static void on_text(void *user, const char *ch, size_t n)
{
    build_state *st = user;
    if (st->skip) {
        /* script text: kept when it is JSON-LD */
        if (st->in_jsonld && st->skip == st->jsonld_level &&
            st->doc->jsonld.len + n < HX_MAX_META_TEXT * 4)
            nm_buf_append(&st->doc->jsonld, ch, n);
        return;
    }
    if (n == 0)
        return;
    nm_buf *t = &st->doc->text;
    /* worst case: every byte plus one separator */
    if (!nm_buf_reserve(t, n + 2)) {
        st->doc->oom = true;
        return;
    }
    char *o = t->data + t->len;
    const unsigned char *s = (const unsigned char *)ch, *end = s + n;
    bool at_start = t->len == st->blk_off;
    uint32_t chars = 0, commas = 0;
    int pending = st->pending_space;
    while (s < end) {
        unsigned char c = *s;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!pending)
                pending = 1;
            s++;
            continue;
        }
        /* no-break space and NEL; U+2028/2029 line/paragraph separators */
        if (c == 0xC2 && s + 1 < end && (s[1] == 0xA0 || s[1] == 0x85)) {
            if (!pending)
                pending = 1;
            s += 2;
            continue;
        }
        if (c == 0xE2 && s + 2 < end && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
            if (!pending)
                pending = 1;
            s += 3;
            continue;
        }
        if (pending && !at_start)
            *o++ = pending == 2 ? '\n' : ' ';
        pending = 0;
        at_start = false;
        *o++ = (char)c;
        s++;
        if ((c & 0xC0) != 0x80)
            chars++;
        if (c == ',')
            commas++;
        else if ((c == 0xEF && s + 1 < end && s[0] == 0xBC && s[1] == 0x8C) ||  /* ， */
                 (c == 0xE3 && s + 1 < end && s[0] == 0x80 && s[1] == 0x81) ||  /* 、 */
                 (c == 0xD8 && s < end && s[0] == 0x8C))                        /* ، */
            commas++;
    }
    st->pending_space = pending;
    if (chars)
        st->br_seen = false;
    t->len = (size_t)(o - t->data);
    t->data[t->len] = '\0';
    st->blk_chars += chars;
    st->blk_commas += commas;
    if (st->link)
        st->blk_link_chars += chars;
}

/* ------------------------------------------------------------------ */
/* Attributes and metadata                                              */

/* The attributes the extractor reads, found in one pass (the tokenizer
 * hands attribute names in lower case, duplicates removed). */
typedef struct attrs {
    const char *cls, *id, *role, *style, *itemprop, *rel, *href, *hidden, *aria_hidden;
    const char *content, *property, *name, *http_equiv, *lang, *type, *datetime, *pubdate;
} attrs;

static void read_attrs(const hx_token_tag *tok, attrs *a)
{
    memset(a, 0, sizeof *a);
    for (uint32_t i = 0; i < tok->n_attrs; i++) {
        const char *k = tok->attrs[i].name;
        const char *v = tok->attrs[i].value;
        const char **slot = NULL;
        switch (k[0]) {
        case 'a':
            slot = !strcmp(k, "aria-hidden") ? &a->aria_hidden : NULL;
            break;
        case 'c':
            slot = !strcmp(k, "class") ? &a->cls : !strcmp(k, "content") ? &a->content : NULL;
            break;
        case 'd':
            slot = !strcmp(k, "datetime") ? &a->datetime : NULL;
            break;
        case 'h':
            slot = !strcmp(k, "href") ? &a->href
                   : !strcmp(k, "hidden") ? &a->hidden
                   : !strcmp(k, "http-equiv") ? &a->http_equiv : NULL;
            break;
        case 'i':
            slot = !strcmp(k, "id") ? &a->id : !strcmp(k, "itemprop") ? &a->itemprop : NULL;
            break;
        case 'l':
            slot = !strcmp(k, "lang") ? &a->lang : NULL;
            break;
        case 'n':
            slot = !strcmp(k, "name") ? &a->name : NULL;
            break;
        case 'p':
            slot = !strcmp(k, "property") ? &a->property : !strcmp(k, "pubdate") ? &a->pubdate : NULL;
            break;
        case 'r':
            slot = !strcmp(k, "role") ? &a->role : !strcmp(k, "rel") ? &a->rel : NULL;
            break;
        case 's':
            slot = !strcmp(k, "style") ? &a->style : NULL;
            break;
        case 't':
            slot = !strcmp(k, "type") ? &a->type : NULL;
            break;
        case 'x':
            slot = !strcmp(k, "xml:lang") ? &a->lang : NULL;
            break;
        default:
            break;
        }
        if (slot && !*slot)
            *slot = v;
    }
}

static char *meta_text(hx_doc *d, const char *s)
{
    size_t n = strlen(s);
    if (n > HX_MAX_META_TEXT)
        n = HX_MAX_META_TEXT;
    return nm_arena_strndup(d->arena, s, n);
}

static void add_meta(hx_doc *d, const char *key, const char *value)
{
    if (!key || !value || !*value)
        return;
    if (d->n_metas == d->cap_metas) {
        hx_meta *nm = grow(d->metas, &d->cap_metas, sizeof *nm, &d->oom);
        if (!nm)
            return;
        d->metas = nm;
    }
    size_t kl = strlen(key);
    char *k = nm_arena_strndup(d->arena, key, kl);
    char *v = meta_text(d, value);
    if (!k || !v)
        return;
    for (size_t i = 0; i < kl; i++)
        if (k[i] >= 'A' && k[i] <= 'Z')
            k[i] = (char)(k[i] + 32);
    d->metas[d->n_metas].key = k;
    d->metas[d->n_metas].value = v;
    d->n_metas++;
}

static bool has_word(const char *list, const char *word)
{
    size_t wl = strlen(word);
    for (const char *p = list; (p = strcasestr(p, word)) != NULL; p += wl) {
        bool left = p == list || p[-1] == ' ';
        bool right = p[wl] == '\0' || p[wl] == ' ';
        if (left && right)
            return true;
    }
    return false;
}

/* Metadata-bearing elements; looked at even inside skipped content. */
static void collect_meta(build_state *st, hx_tag tag, const attrs *at)
{
    hx_doc *d = st->doc;
    if (tag == HX_T_META) {
        const char *key = at->property ? at->property : at->name ? at->name : at->itemprop;
        if (!key && at->http_equiv && !strcasecmp(at->http_equiv, "content-language"))
            key = "content-language";
        add_meta(d, key, at->content);
        return;
    }
    if (tag == HX_T_LINK) {
        if (at->rel && at->href && *at->href && has_word(at->rel, "canonical") && !d->canonical)
            d->canonical = meta_text(d, at->href);
        return;
    }
    if (tag == HX_T_HTML) {
        if (at->lang && *at->lang && !d->lang)
            d->lang = meta_text(d, at->lang);
        return;
    }
    if (tag == HX_T_SCRIPT) {
        st->in_jsonld = at->type && strcasestr(at->type, "ld+json") != NULL;
        return;
    }
    if (tag == HX_T_TIME) {
        const char *dt = at->datetime;
        if (dt && *dt) {
            if (!d->time_datetime)
                d->time_datetime = meta_text(d, dt);
            if (at->pubdate)
                add_meta(d, "pubdate", dt);
            if (at->itemprop)
                add_meta(d, at->itemprop, dt);
        }
        return;
    }
    if (at->itemprop && at->content)
        add_meta(d, at->itemprop, at->content);
}

static bool style_hides(const char *style)
{
    /* "display:none" / "visibility:hidden", any spacing and case */
    char buf[128];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof buf; p++)
        if (*p != ' ' && *p != '\t')
            buf[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    buf[n] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h ? h : 1;
}

static int weight_of(unsigned bits)
{
    return ((bits & HX_H_POSITIVE) ? 25 : 0) - ((bits & HX_H_NEGATIVE) ? 25 : 0);
}

/* ------------------------------------------------------------------ */
/* Elements                                                             */

static bool acts_as_block(const hx_node *n)
{
    if (hx_tag_flags((hx_tag)n->tag) & HX_TF_BLOCK)
        return true;
    /* inline boxes the scorer may drop get their own blocks */
    return (n->hints & (HX_H_UNLIKELY | HX_H_NEGATIVE | HX_H_BYLINE)) ||
           (n->flags & (HX_N_AUTHOR | HX_N_ROLE_BOILER));
}

static void on_start(void *user, hx_tag tag, const hx_token_tag *tok)
{
    build_state *st = user;
    hx_doc *d = st->doc;
    unsigned tflags = hx_tag_flags(tag);
    attrs at;
    read_attrs(tok, &at);
    collect_meta(st, tag, &at);
    if (st->skip) {
        st->skip++;
        if (tag == HX_T_SCRIPT)
            st->jsonld_level = st->skip;
        return;
    }
    if (tag == HX_T_SCRIPT)
        st->jsonld_level = 1;
    if (tag == HX_T_BODY)
        st->in_body = true;
    if (tag == HX_T_BR) {
        if (st->br_seen)
            flush_block(st);
        else {
            st->br_seen = true;
            st->pending_space = 2;
        }
        /* br is void: html_tree.c sends its end event right away */
    }
    const char *cls = at.cls, *id = at.id, *role = at.role;
    unsigned cbits = cls ? hx_hints_of(cls) : 0, ibits = id ? hx_hints_of(id) : 0;
    bool hidden = (cbits | ibits) & HX_H_HIDDEN;
    if (!hidden)
        hidden = at.hidden || (at.style && style_hides(at.style));
    if ((tflags & HX_TF_SKIP) || hidden) {
        if (tflags & HX_TF_BLOCK || tag == HX_T_BUTTON)
            flush_block(st);
        st->skip = 1;
        return;
    }
    if (st->depth >= HX_MAX_DEPTH || d->n_nodes >= HX_MAX_NODES) {
        st->overflow++;
        d->truncated = true;
        return;
    }
    if (d->n_nodes == d->cap_nodes) {
        hx_node *nn = grow(d->nodes, &d->cap_nodes, sizeof *nn, &d->oom);
        if (!nn) {
            st->overflow++;
            return;
        }
        d->nodes = nn;
    }
    uint32_t idx = d->n_nodes++;
    hx_node *n = &d->nodes[idx];
    memset(n, 0, sizeof *n);
    n->parent = st->depth ? st->stack[st->depth - 1] : HX_NONE;
    n->tag = (uint16_t)tag;
    n->depth = (uint16_t)st->depth;
    n->hints = (uint16_t)(cbits | ibits);
    n->weight = (int16_t)(weight_of(cbits) + weight_of(ibits));
    n->class_hash = cls && *cls ? hash_str(cls) : 0;
    if (tag == HX_T_IMG || tag == HX_T_PICTURE)
        n->imgs = 1;
    if (role) {
        static const char *const boiler_roles[] = {"navigation", "menu", "menubar", "complementary",
                                                   "alert", "alertdialog", "dialog", "banner",
                                                   "contentinfo", "search"};
        for (size_t k = 0; k < sizeof boiler_roles / sizeof *boiler_roles; k++)
            if (has_word(role, boiler_roles[k]))
                n->flags |= HX_N_ROLE_BOILER;
    }
    const char *itemprop = at.itemprop;
    const char *rel = tag == HX_T_A ? at.rel : NULL;
    if ((itemprop && has_word(itemprop, "author")) || (rel && has_word(rel, "author")))
        n->flags |= HX_N_AUTHOR;
    if (itemprop && has_word(itemprop, "articleBody")) {
        n->hints |= HX_H_POSITIVE | HX_H_MAYBE;
        n->weight = (int16_t)(n->weight + 25);
    }
    if (tag == HX_T_A) {
        const char *href = at.href;
        if (href) {
            n->flags |= HX_N_LINK;
            if (href[0] == '#')
                n->flags |= HX_N_HASH_LINK;
            st->link++;
        }
    }
    bool block = acts_as_block(n);
    if (block)
        flush_block(st);
    if (st->depth && block)
        d->nodes[n->parent].flags |= HX_N_HAS_BLOCK;
    n->block_first = d->n_blocks;
    st->stack[st->depth] = idx;
    st->owner[st->depth] = block ? idx : current_owner(st);
    st->depth++;
}

/* Text of node `idx`'s blocks joined by spaces (metadata: title, h1, byline). */
static const char *node_text(hx_doc *d, uint32_t idx)
{
    const hx_node *n = &d->nodes[idx];
    nm_buf tmp;
    nm_buf_init(&tmp);
    for (uint32_t b = n->block_first; b < n->block_end && tmp.len < HX_MAX_META_TEXT; b++) {
        if (tmp.len)
            nm_buf_putc(&tmp, ' ');
        nm_buf_append(&tmp, d->text.data + d->blocks[b].off, d->blocks[b].len);
    }
    const char *s = tmp.len ? nm_arena_strndup(d->arena, tmp.data, tmp.len) : NULL;
    nm_buf_deinit(&tmp);
    return s;
}

static void on_end(void *user, hx_tag tag)
{
    build_state *st = user;
    hx_doc *d = st->doc;
    (void)tag;
    if (st->skip) {
        if (st->in_jsonld && st->skip == st->jsonld_level) {
            nm_buf_putc(&d->jsonld, '\0');
            st->in_jsonld = false;
        }
        st->skip--;
        return;
    }
    if (st->overflow) {
        st->overflow--;
        return;
    }
    if (!st->depth)
        return;
    uint32_t idx = st->stack[st->depth - 1];
    hx_node *n = &d->nodes[idx];
    bool block = st->owner[st->depth - 1] == idx;
    if (block)
        flush_block(st);
    n->block_end = d->n_blocks;
    if (!block && n->block_end == n->block_first && d->text.len > st->blk_off)
        n->block_end = n->block_first + 1; /* inside the block still open */
    n->next = d->n_nodes;
    if ((n->flags & HX_N_LINK) && st->link)
        st->link--;
    st->depth--;
    if (n->tag == HX_T_TITLE && !d->title_tag && !st->in_body)
        d->title_tag = node_text(d, idx);
    else if (n->tag == HX_T_H1 && !d->h1)
        d->h1 = node_text(d, idx);
    if ((n->flags & HX_N_AUTHOR) || (n->hints & HX_H_BYLINE)) {
        const char *t = node_text(d, idx);
        if (t && strlen(t) < 200)
            add_meta(d, (n->flags & HX_N_AUTHOR) ? "author-element" : "byline-element", t);
    }
}

nm_status hx_parse(hx_doc *d, const char *utf8, size_t len)
{
    if (len > (size_t)INT32_MAX)
        return NM_ERR_LIMIT; /* block offsets are 32-bit */
    build_state *st = calloc(1, sizeof *st);
    if (!st)
        return NM_ERR_NOMEM;
    st->doc = d;
    hx_tree_sink sink = {on_start, on_end, on_text};
    bool flattened = false;
    if (!hx_tree_build(utf8, len, &sink, st, &flattened))
        d->oom = true;
    if (flattened)
        d->truncated = true;
    flush_block(st);
    /* the tree closes every element; this only guards the invariant */
    while (st->depth) {
        uint32_t idx = st->stack[--st->depth];
        d->nodes[idx].block_end = d->n_blocks;
        d->nodes[idx].next = d->n_nodes;
    }
    free(st);
    return d->oom ? NM_ERR_NOMEM : NM_OK;
}

void hx_doc_deinit(hx_doc *d)
{
    free(d->nodes);
    free(d->blocks);
    free(d->metas);
    nm_buf_deinit(&d->text);
    nm_buf_deinit(&d->jsonld);
    memset(d, 0, sizeof *d);
}
