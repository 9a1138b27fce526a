/* Minimal tree construction over the tokenizer (see html_tree.h).
 *
 * The stack of open elements (§13.2.4.3) is an array; every entry also
 * records, for the elements below it, the innermost one that later start
 * or end tags look for (open <p> in button scope, <li> the li algorithm
 * reaches, open cell, row, table section, <a>, innermost special element
 * and scope boundary). So each implied end tag and each end tag is found
 * in constant time, never by walking the stack: 200,000 nested elements
 * stay linear. Elements with the same name are chained per hash bucket to
 * find the innermost open one by name. */
#include "html_tree.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Tree-construction properties of element names. */
enum {
    TF_SPECIAL = 1 << 0,   /* §13.2.4.3 "special" category */
    TF_VOID = 1 << 1,      /* §13.1.2 void elements: never open */
    TF_CLOSES_P = 1 << 2,  /* start tag closes a <p> in button scope */
    TF_SCOPE = 1 << 3,     /* "has an element in scope" boundary */
    TF_HEAD = 1 << 4,      /* goes in <head> before <body> */
    TF_BREAKOUT = 1 << 5,  /* leaves SVG/MathML content (§13.2.6.5) */
    TF_FORMAT = 1 << 6,    /* formatting element (adoption agency) */
    TF_LI_RESET = 1 << 7   /* special but not address/div/p: stops the li search */
};

/* Roles that need their own rule. */
typedef enum kind {
    K_NONE, K_HTML, K_HEAD, K_BODY, K_P, K_LI, K_DDT, K_CELL, K_TR, K_TSECT, K_TABLE,
    K_A, K_OPTION, K_OPTGROUP, K_BR, K_BUTTON, K_HEADING, K_FOREIGN, K_TEMPLATE
} kind;

typedef struct name_info {
    const char *name;
    uint8_t kind;
    uint16_t flags;
} name_info;

#define SP TF_SPECIAL
#define CP TF_CLOSES_P
#define SC TF_SCOPE
#define HD TF_HEAD
#define BO TF_BREAKOUT
#define FM TF_FORMAT
#define VD (TF_VOID | TF_SPECIAL)

/* Every name with a tree-construction rule (HTML LS §13.2.4.3 special,
 * §13.2.6.4.7 "in body", §13.2.6.5 foreign content). */
static const name_info infos[] = {
    {"a", K_A, FM},
    {"address", K_NONE, SP | CP},
    {"applet", K_NONE, SP | SC},
    {"area", K_NONE, VD},
    {"article", K_NONE, SP | CP},
    {"aside", K_NONE, SP | CP},
    {"b", K_NONE, FM | BO},
    {"base", K_NONE, VD | HD},
    {"basefont", K_NONE, VD | HD},
    {"bgsound", K_NONE, VD | HD},
    {"big", K_NONE, FM | BO},
    {"blockquote", K_NONE, SP | CP | BO},
    {"body", K_BODY, SP | BO},
    {"br", K_BR, VD | BO},
    {"button", K_BUTTON, SP},
    {"caption", K_NONE, SP | SC},
    {"center", K_NONE, SP | CP | BO},
    {"code", K_NONE, FM | BO},
    {"col", K_NONE, VD},
    {"colgroup", K_NONE, SP},
    {"dd", K_DDT, SP | CP | BO},
    {"details", K_NONE, SP | CP},
    {"dialog", K_NONE, CP},
    {"dir", K_NONE, SP | CP},
    {"div", K_NONE, SP | CP | BO},
    {"dl", K_NONE, SP | CP | BO},
    {"dt", K_DDT, SP | CP | BO},
    {"em", K_NONE, FM | BO},
    {"embed", K_NONE, VD | BO},
    {"fieldset", K_NONE, SP | CP},
    {"figcaption", K_NONE, SP | CP},
    {"figure", K_NONE, SP | CP},
    {"font", K_NONE, FM | BO},
    {"footer", K_NONE, SP | CP},
    {"form", K_NONE, SP | CP},
    {"frame", K_NONE, VD},
    {"frameset", K_NONE, SP},
    {"h1", K_HEADING, SP | CP | BO},
    {"h2", K_HEADING, SP | CP | BO},
    {"h3", K_HEADING, SP | CP | BO},
    {"h4", K_HEADING, SP | CP | BO},
    {"h5", K_HEADING, SP | CP | BO},
    {"h6", K_HEADING, SP | CP | BO},
    {"head", K_HEAD, SP | BO},
    {"header", K_NONE, SP | CP},
    {"hgroup", K_NONE, SP | CP},
    {"hr", K_NONE, VD | CP | BO},
    {"html", K_HTML, SP | SC},
    {"i", K_NONE, FM | BO},
    {"iframe", K_NONE, SP},
    {"image", K_NONE, VD},
    {"img", K_NONE, VD | BO},
    {"input", K_NONE, VD},
    {"keygen", K_NONE, VD},
    {"li", K_LI, SP | CP | BO},
    {"link", K_NONE, VD | HD},
    {"listing", K_NONE, SP | CP | BO},
    {"main", K_NONE, SP | CP},
    {"marquee", K_NONE, SP | SC},
    {"math", K_FOREIGN, 0},
    {"menu", K_NONE, SP | CP | BO},
    {"meta", K_NONE, VD | HD | BO},
    {"nav", K_NONE, SP | CP},
    {"nobr", K_NONE, FM | BO},
    {"noembed", K_NONE, SP},
    {"noframes", K_NONE, SP | HD},
    {"noscript", K_NONE, SP | HD},
    {"object", K_NONE, SP | SC},
    {"ol", K_NONE, SP | CP | BO},
    {"optgroup", K_OPTGROUP, 0},
    {"option", K_OPTION, 0},
    {"p", K_P, SP | CP | BO},
    {"param", K_NONE, VD},
    {"plaintext", K_NONE, SP | CP},
    {"pre", K_NONE, SP | CP | BO},
    {"ruby", K_NONE, BO},
    {"s", K_NONE, FM | BO},
    {"script", K_NONE, SP | HD},
    {"search", K_NONE, SP | CP},
    {"section", K_NONE, SP | CP},
    {"select", K_NONE, SP},
    {"small", K_NONE, FM | BO},
    {"source", K_NONE, VD},
    {"span", K_NONE, BO},
    {"strike", K_NONE, FM | BO},
    {"strong", K_NONE, FM | BO},
    {"style", K_NONE, SP | HD},
    {"sub", K_NONE, BO},
    {"summary", K_NONE, SP | CP},
    {"sup", K_NONE, BO},
    {"svg", K_FOREIGN, 0},
    {"table", K_TABLE, SP | CP | SC | BO},
    {"tbody", K_TSECT, SP},
    {"td", K_CELL, SP | SC},
    {"template", K_TEMPLATE, SP | SC | HD},
    {"textarea", K_NONE, SP},
    {"tfoot", K_TSECT, SP},
    {"th", K_CELL, SP | SC},
    {"thead", K_TSECT, SP},
    {"title", K_NONE, SP | HD},
    {"tr", K_TR, SP},
    {"track", K_NONE, VD},
    {"tt", K_NONE, FM | BO},
    {"u", K_NONE, FM | BO},
    {"ul", K_NONE, SP | CP | BO},
    {"var", K_NONE, BO},
    {"wbr", K_NONE, VD},
    {"xmp", K_NONE, SP | CP},
};

/* Name lookup: open addressing over the tokenizer's name hash, holding
 * every name above and every hx_tag name. Filled once. */
#define NAME_SLOTS 512

typedef struct name_slot {
    uint32_t hash;
    uint8_t len;
    uint8_t kind;
    uint16_t flags;
    uint16_t tag;
    uint16_t key;  /* 1-based slot id; 0 = unknown name */
    const char *name;
} name_slot;

static name_slot slots[NAME_SLOTS];
static pthread_once_t slots_once = PTHREAD_ONCE_INIT;

static name_slot *slot_for(const char *name, size_t len, uint32_t hash, bool insert)
{
    for (uint32_t i = hash & (NAME_SLOTS - 1);; i = (i + 1) & (NAME_SLOTS - 1)) {
        name_slot *s = &slots[i];
        if (!s->name) {
            if (!insert)
                return NULL;
            s->name = name;
            s->len = (uint8_t)len;
            s->hash = hash;
            s->key = (uint16_t)(i + 1);
            s->tag = (uint16_t)hx_tag_lookup(name);
            return s;
        }
        if (s->hash == hash && s->len == len && !memcmp(s->name, name, len))
            return s;
    }
}

static void slots_fill(void)
{
    for (unsigned t = 1; t < HX_T_COUNT; t++) {
        const char *n = hx_tag_name((hx_tag)t);
        if (n)
            slot_for(n, strlen(n), hx_name_hash(n, strlen(n)), true);
    }
    for (size_t i = 0; i < sizeof infos / sizeof *infos; i++) {
        size_t len = strlen(infos[i].name);
        name_slot *s = slot_for(infos[i].name, len, hx_name_hash(infos[i].name, len), true);
        s->kind = infos[i].kind;
        s->flags = infos[i].flags;
        /* the li/dd search (§13.2.6.4.7) passes address, div and p only */
        if ((s->flags & TF_SPECIAL) && strcmp(s->name, "address") && strcmp(s->name, "div") &&
            strcmp(s->name, "p"))
            s->flags |= TF_LI_RESET;
    }
}

/* Interesting positions below and at an open element (-1 = none). */
typedef struct open_el {
    uint16_t tag, key, flags;
    uint8_t kind;
    int32_t prev_same;  /* next-outer open element in the same bucket */
    uint32_t name_off;  /* unknown names: in names buffer */
    uint32_t name_len;
    uint32_t hash;
    int32_t special, scope, p, li, ddt, cell, tr, tsect, table, a, foreign;
} open_el;

#define BUCKETS 1024

typedef struct tree {
    const hx_tree_sink *sink;
    void *user;
    open_el *st;
    uint32_t depth, cap;
    char *names;            /* names of open unknown elements, LIFO */
    size_t names_len, names_cap;
    int32_t bucket[BUCKETS];
    int32_t head;           /* index of <head> while open, else -1 */
    bool head_seen, body_seen;
    bool drop_raw;          /* raw text of an element not pushed */
    bool flattened, oom;
} tree;

static const open_el *top(const tree *t)
{
    return &t->st[t->depth - 1];
}

static void pop(tree *t)
{
    open_el *e = &t->st[--t->depth];
    t->bucket[e->hash & (BUCKETS - 1)] = e->prev_same;
    if (!e->key)
        t->names_len = e->name_off;
    if ((int32_t)t->depth == t->head)
        t->head = -1;
    t->sink->end(t->user, (hx_tag)e->tag);
}

static void pop_to(tree *t, int32_t i)
{
    while ((int32_t)t->depth > i)
        pop(t);
}

/* Push an element; at the depth limit it becomes an empty element.
 * Returns whether it stayed open. */
static bool push(tree *t, const name_slot *ns, hx_tag tag, const hx_token_tag *tok, bool foreign_child)
{
    if (t->depth >= HX_TREE_MAX_DEPTH) {
        t->flattened = true;
        t->sink->start(t->user, tag, tok);
        t->sink->end(t->user, tag);
        return false;
    }
    if (t->depth == t->cap) {
        uint32_t ncap = t->cap ? t->cap * 2 : 64;
        open_el *n = realloc(t->st, ncap * sizeof *n);
        if (!n) {
            t->oom = true;
            return false;
        }
        t->st = n;
        t->cap = ncap;
    }
    int32_t i = (int32_t)t->depth;
    open_el *e = &t->st[i];
    const open_el *up = i ? &t->st[i - 1] : NULL;
    unsigned f = foreign_child ? 0 : (ns ? ns->flags : 0);
    kind k = foreign_child ? K_NONE : (ns ? (kind)ns->kind : K_NONE);
    e->tag = (uint16_t)tag;
    e->key = ns ? ns->key : 0;
    e->flags = (uint16_t)f;
    e->kind = (uint8_t)k;
    e->hash = tok->name_hash;
    e->name_len = tok->name_len;
    e->name_off = 0;
    if (!e->key) {
        if (t->names_len + tok->name_len > t->names_cap) {
            size_t ncap = t->names_cap ? t->names_cap * 2 : 1024;
            while (ncap < t->names_len + tok->name_len)
                ncap *= 2;
            char *nn = realloc(t->names, ncap);
            if (!nn) {
                t->oom = true;
                return false;
            }
            t->names = nn;
            t->names_cap = ncap;
        }
        e->name_off = (uint32_t)t->names_len;
        memcpy(t->names + t->names_len, tok->name, tok->name_len);
        t->names_len += tok->name_len;
    }
#define INHERIT(field) (up ? up->field : -1)
    e->special = (f & TF_SPECIAL) ? i : INHERIT(special);
    e->scope = (f & TF_SCOPE) ? i : INHERIT(scope);
    e->p = k == K_P ? i : ((f & TF_SCOPE) || k == K_BUTTON) ? -1 : INHERIT(p);
    e->li = k == K_LI ? i : (f & TF_LI_RESET) ? -1 : INHERIT(li);
    e->ddt = k == K_DDT ? i : (f & TF_LI_RESET) ? -1 : INHERIT(ddt);
    bool table_scope = k == K_TABLE || k == K_HTML || k == K_TEMPLATE;
    e->cell = k == K_CELL ? i : table_scope ? -1 : INHERIT(cell);
    e->tr = k == K_TR ? i : table_scope ? -1 : INHERIT(tr);
    e->tsect = k == K_TSECT ? i : table_scope ? -1 : INHERIT(tsect);
    e->table = k == K_TABLE ? i : k == K_TEMPLATE ? -1 : INHERIT(table);
    e->a = k == K_A ? i : (f & TF_SCOPE) ? -1 : INHERIT(a);
    e->foreign = k == K_FOREIGN && INHERIT(foreign) < 0 ? i : INHERIT(foreign);
#undef INHERIT
    uint32_t b = tok->name_hash & (BUCKETS - 1);
    e->prev_same = t->bucket[b];
    t->bucket[b] = i;
    t->depth++;
    t->sink->start(t->user, tag, tok);
    return true;
}

/* Innermost open element named like `tok`, or -1. */
static int32_t find_open(const tree *t, const name_slot *ns, const hx_token_tag *tok)
{
    for (int32_t i = t->bucket[tok->name_hash & (BUCKETS - 1)]; i >= 0; i = t->st[i].prev_same) {
        const open_el *e = &t->st[i];
        if (ns ? e->key == ns->key
               : (!e->key && e->name_len == tok->name_len &&
                  !memcmp(t->names + e->name_off, tok->name, tok->name_len)))
            return i;
    }
    return -1;
}

static hx_token_tag implied(const char *name)
{
    hx_token_tag tok;
    memset(&tok, 0, sizeof tok);
    tok.name = name;
    tok.name_len = (uint32_t)strlen(name);
    tok.name_hash = hx_name_hash(name, tok.name_len);
    return tok;
}

static const name_slot *lookup(const hx_token_tag *tok)
{
    if (tok->name_len > 255)
        return NULL;
    return slot_for(tok->name, tok->name_len, tok->name_hash, false);
}

static void push_implied(tree *t, const char *name)
{
    hx_token_tag tok = implied(name);
    const name_slot *ns = lookup(&tok);
    push(t, ns, (hx_tag)ns->tag, &tok, false);
}

static void ensure_html(tree *t)
{
    if (t->depth == 0)
        push_implied(t, "html");
}

/* Leave the head (if open) and open the implied body. */
static void ensure_body(tree *t)
{
    ensure_html(t);
    if (t->body_seen)
        return;
    if (t->head >= 0)
        pop_to(t, t->head);
    t->body_seen = true;
    push_implied(t, "body");
}

static hx_text_model on_start(void *user, const hx_token_tag *tok)
{
    tree *t = user;
    const name_slot *ns = lookup(tok);
    kind k = ns ? (kind)ns->kind : K_NONE;
    unsigned f = ns ? ns->flags : 0;
    hx_tag tag = ns ? (hx_tag)ns->tag : HX_T_OTHER;
    if (t->oom)
        return HX_TEXT_DATA;
    if (k == K_HTML) {
        if (t->depth == 0)
            push(t, ns, tag, tok, false);
        return HX_TEXT_DATA; /* a second <html>: ignored */
    }
    ensure_html(t);
    /* §13.2.6.5 foreign content: "/>" closes, no raw text, HTML breaks out */
    if (top(t)->foreign >= 0) {
        if (!(f & TF_BREAKOUT)) {
            if (push(t, ns, HX_T_OTHER, tok, true) && tok->self_closing)
                pop(t);
            return HX_TEXT_DATA;
        }
        pop_to(t, top(t)->foreign);
    }
    /* §13.2.6.4.2-6: before html, before head, in head, after head */
    if (k == K_HEAD) {
        if (!t->head_seen && !t->body_seen) {
            t->head_seen = true;
            if (push(t, ns, tag, tok, false))
                t->head = (int32_t)t->depth - 1;
        }
        return HX_TEXT_DATA;
    }
    if (k == K_BODY) {
        if (!t->body_seen) {
            if (t->head >= 0)
                pop_to(t, t->head);
            t->body_seen = true;
            push(t, ns, tag, tok, false);
        }
        return HX_TEXT_DATA;
    }
    if (!t->body_seen) {
        if (f & TF_HEAD) {
            if (!t->head_seen) {
                t->head_seen = true;
                push_implied(t, "head");
                t->head = (int32_t)t->depth - 1;
            }
        } else {
            ensure_body(t);
        }
    }
    /* §13.2.6.4.7 "in body": implied end tags */
    const open_el *cur = top(t);
    switch (k) {
    case K_LI:
        if (cur->li >= 0)
            pop_to(t, cur->li);
        break;
    case K_DDT:
        if (cur->ddt >= 0)
            pop_to(t, cur->ddt);
        break;
    case K_CELL:
        if (cur->cell >= 0)
            pop_to(t, cur->cell);
        break;
    case K_TR:
        if (cur->tr >= 0)
            pop_to(t, cur->tr);
        else if (cur->cell >= 0)
            pop_to(t, cur->cell);
        break;
    case K_TSECT: {
        int32_t x = cur->tsect >= 0 ? cur->tsect : cur->tr >= 0 ? cur->tr : cur->cell;
        if (x >= 0)
            pop_to(t, x);
        break;
    }
    case K_A:
        if (cur->a >= 0 && cur->a > cur->special)
            pop_to(t, cur->a);
        break;
    case K_OPTION:
        if (cur->kind == K_OPTION)
            pop(t);
        break;
    case K_OPTGROUP:
        if (top(t)->kind == K_OPTION)
            pop(t);
        if (top(t)->kind == K_OPTGROUP)
            pop(t);
        break;
    default:
        break;
    }
    if ((f & TF_CLOSES_P) && top(t)->p >= 0)
        pop_to(t, top(t)->p);
    if (k == K_HEADING && top(t)->kind == K_HEADING)
        pop(t);
    bool open = push(t, ns, tag, tok, false);
    if (f & TF_VOID) {
        if (open)
            pop(t);
        return HX_TEXT_DATA;
    }
    if (k == K_FOREIGN) {
        if (open && tok->self_closing)
            pop(t);
        return HX_TEXT_DATA;
    }
    hx_text_model m = hx_text_model_of(tok->name, tok->name_len);
    if (!open && m != HX_TEXT_DATA)
        t->drop_raw = true;
    return m;
}

static void on_end(void *user, const hx_token_tag *tok)
{
    tree *t = user;
    t->drop_raw = false;
    if (t->oom || t->depth == 0)
        return;
    const name_slot *ns = lookup(tok);
    kind k = ns ? (kind)ns->kind : K_NONE;
    unsigned f = ns ? ns->flags : 0;
    const open_el *cur = top(t);
    /* §13.2.6.5: an end tag in foreign content closes the foreign element
     * of that name, else it is handled as in HTML */
    if (cur->foreign >= 0) {
        int32_t i = find_open(t, ns, tok);
        if (i >= cur->foreign) {
            pop_to(t, i);
            return;
        }
    }
    switch (k) {
    case K_HTML:
    case K_BODY:
        return; /* body stays open to the end, as content after it lands there */
    case K_HEAD:
        if (t->head >= 0)
            pop_to(t, t->head);
        return;
    case K_BR: { /* </br> is <br> */
        hx_token_tag br = implied("br");
        on_start(t, &br);
        return;
    }
    case K_P:
        if (cur->p >= 0) {
            pop_to(t, cur->p);
        } else { /* no <p> in button scope: an empty one */
            hx_token_tag p = implied("p");
            on_start(t, &p);
            if (t->depth && top(t)->kind == K_P)
                pop(t);
        }
        return;
    case K_CELL:
        if (cur->cell >= 0 && t->st[cur->cell].key == ns->key)
            pop_to(t, cur->cell);
        return;
    case K_TR:
        if (cur->tr >= 0)
            pop_to(t, cur->tr);
        return;
    case K_TSECT:
        if (cur->tsect >= 0 && t->st[cur->tsect].key == ns->key)
            pop_to(t, cur->tsect);
        return;
    case K_TABLE:
        if (cur->table >= 0)
            pop_to(t, cur->table);
        return;
    default:
        break;
    }
    int32_t i = find_open(t, ns, tok);
    if (i < 0)
        return;
    if (f & (TF_SPECIAL | TF_FORMAT)) {
        if (i >= cur->scope) /* "has an element in scope" */
            pop_to(t, i);
    } else if (i > cur->special) { /* "any other end tag" */
        pop_to(t, i);
    }
}

static bool all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r')
            return false;
    return true;
}

static void on_text(void *user, const char *s, size_t n)
{
    tree *t = user;
    if (t->drop_raw || t->oom)
        return;
    if (!t->body_seen) {
        /* text in html or head (not in title, style...) starts the body */
        bool outside = t->depth == 0 || top(t)->kind == K_HTML || top(t)->kind == K_HEAD;
        if (outside) {
            if (all_space(s, n))
                return;
            ensure_body(t);
        }
    }
    t->sink->text(t->user, s, n);
}

bool hx_tree_build(const char *html, size_t len, const hx_tree_sink *sink, void *user,
                   bool *flattened)
{
    pthread_once(&slots_once, slots_fill);
    tree *t = calloc(1, sizeof *t);
    if (!t)
        return false;
    t->sink = sink;
    t->user = user;
    t->head = -1;
    for (size_t i = 0; i < BUCKETS; i++)
        t->bucket[i] = -1;
    hx_token_sink ts = {on_start, on_end, on_text, NULL, NULL};
    bool ok = hx_tokenize(html, len, &ts, t);
    while (t->depth)
        pop(t);
    ok = ok && !t->oom;
    if (flattened)
        *flattened = t->flattened;
    free(t->st);
    free(t->names);
    free(t);
    return ok;
}
