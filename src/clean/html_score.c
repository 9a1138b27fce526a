/* Main-content selection over the flat node/block arrays.
 *
 * The method follows the readability family (score paragraphs, credit
 * their ancestors, take the best container plus its qualifying siblings,
 * then clean boxes inside it), computed with loops over the node array:
 * nodes are in document order, so a forward loop visits parents before
 * children (top-down) and a backward loop children before parents
 * (bottom-up aggregation). Up to three passes relax the rules when a pass
 * finds too little text. A final block filter drops what readability keeps
 * but readers do not want: captions, credits, bylines, "Advertisement",
 * short link-only lines at the edges. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A paragraph shorter than this (code points) earns its box nothing. */
#define MIN_SCORED_CHARS 25
/* Ancestors credited by one paragraph (parent, grandparent, ...). */
#define SCORE_ANCESTORS 5
/* Best candidates compared when looking for a shared ancestor. */
#define TOP_CANDIDATES 5
/* A pass that keeps fewer code points than this is retried more leniently. */
#define MIN_ARTICLE_CHARS 500
/* Share bars are dropped when they hold less text than this. */
#define SHARE_MAX_CHARS 500

enum { PASS_STRIP_UNLIKELY = 1, PASS_WEIGHT_CLASSES = 2, PASS_CLEAN = 4 };

typedef struct pass_node {
    uint32_t chars, link_chars, commas;
    uint32_t heading_chars, li_chars;
    uint16_t n_p, n_img, n_li, n_children;
    float score;
    uint8_t dead, scored, in_root, removed;
} pass_node;

typedef struct pass {
    const hx_doc *doc;
    pass_node *pn;
    unsigned flags;
    uint32_t body;
    uint32_t title_heading; /* heading repeating the title, or HX_NONE */
} pass;

static unsigned tflags(const hx_node *n)
{
    return hx_tag_flags((hx_tag)n->tag);
}

static bool is_heading(const hx_node *n)
{
    return tflags(n) & HX_TF_HEADING;
}

static float link_density(const pass_node *p)
{
    return p->chars ? (float)p->link_chars / (float)p->chars : 0.0f;
}

static int tag_base(hx_tag t)
{
    switch (t) {
    case HX_T_DIV: return 5;
    case HX_T_PRE: case HX_T_TD: case HX_T_BLOCKQUOTE: return 3;
    case HX_T_ADDRESS: case HX_T_OL: case HX_T_UL: case HX_T_DL: case HX_T_DD:
    case HX_T_DT: case HX_T_LI: case HX_T_FORM: return -3;
    case HX_T_H1: case HX_T_H2: case HX_T_H3: case HX_T_H4: case HX_T_H5:
    case HX_T_H6: case HX_T_TH: return -5;
    default: return 0;
    }
}

static bool unlikely(const hx_node *n)
{
    if (n->tag == HX_T_BODY || n->tag == HX_T_A || n->tag == HX_T_HTML)
        return false;
    if (n->flags & HX_N_ROLE_BOILER)
        return true;
    return (n->hints & HX_H_UNLIKELY) && !(n->hints & HX_H_MAYBE);
}

/* Comment sections are dropped in every pass: on short articles the
 * lenient passes would otherwise pick the comments as the content. */
static bool reader_comments(const hx_node *n)
{
    return (n->hints & HX_H_COMMENT) && !(n->hints & HX_H_POSITIVE) && n->tag != HX_T_BODY &&
           n->tag != HX_T_ARTICLE && n->tag != HX_T_MAIN;
}

/* 1. which nodes take part, 2. bottom-up text statistics. */
static void aggregate(pass *ps)
{
    const hx_doc *d = ps->doc;
    pass_node *pn = ps->pn;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        const hx_node *n = &d->nodes[i];
        bool dead = n->parent != HX_NONE && pn[n->parent].dead;
        if (!dead && (ps->flags & PASS_STRIP_UNLIKELY) && unlikely(n))
            dead = true;
        if (!dead && reader_comments(n))
            dead = true;
        pn[i].dead = dead;
    }
    for (uint32_t b = 0; b < d->n_blocks; b++) {
        const hx_block *bl = &d->blocks[b];
        if (bl->node == HX_NONE || pn[bl->node].dead)
            continue;
        pn[bl->node].chars += bl->chars;
        pn[bl->node].link_chars += bl->link_chars;
        pn[bl->node].commas += bl->commas;
    }
    for (uint32_t i = d->n_nodes; i-- > 0;) {
        const hx_node *n = &d->nodes[i];
        pass_node *p = &pn[i];
        if (p->dead)
            continue;
        if (n->tag == HX_T_P)
            p->n_p++;
        if (n->tag == HX_T_LI) {
            p->n_li++;
            p->li_chars = p->chars;
        }
        if (is_heading(n))
            p->heading_chars = p->chars;
        p->n_img += n->imgs;
        if (n->parent == HX_NONE)
            continue;
        pass_node *q = &pn[n->parent];
        q->chars += p->chars;
        q->link_chars += p->link_chars;
        q->commas += p->commas;
        q->heading_chars += p->heading_chars;
        q->li_chars += p->li_chars;
        q->n_p += p->n_p;
        q->n_img += p->n_img;
        q->n_li += p->n_li;
        q->n_children++;
    }
}

static void credit(pass *ps, uint32_t start, float content_score)
{
    const hx_doc *d = ps->doc;
    uint32_t a = start;
    for (int level = 0; level < SCORE_ANCESTORS && a != HX_NONE; level++) {
        const hx_node *n = &d->nodes[a];
        if (n->parent == HX_NONE) /* <html>: readability never scores it */
            break;
        pass_node *p = &ps->pn[a];
        if (!p->scored) {
            p->scored = 1;
            p->score = (float)tag_base((hx_tag)n->tag) +
                       ((ps->flags & PASS_WEIGHT_CLASSES) ? (float)n->weight : 0.0f);
        }
        float divider = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
        p->score += content_score / divider;
        a = n->parent;
    }
}

static float paragraph_score(uint32_t chars, uint32_t commas)
{
    float len_bonus = (float)(chars / 100);
    return 1.0f + (float)commas + (len_bonus > 3.0f ? 3.0f : len_bonus);
}

static void score_paragraphs(pass *ps)
{
    const hx_doc *d = ps->doc;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        const hx_node *n = &d->nodes[i];
        const pass_node *p = &ps->pn[i];
        if (p->dead || i == ps->title_heading)
            continue;
        unsigned f = tflags(n);
        bool leaf_box = (f & HX_TF_BOX) && !(n->flags & HX_N_HAS_BLOCK);
        if (!(f & HX_TF_PLIKE) && !leaf_box)
            continue;
        if (p->chars < MIN_SCORED_CHARS)
            continue;
        credit(ps, n->parent, paragraph_score(p->chars, p->commas));
    }
    /* text lying directly in a box that also holds blocks: a paragraph of
     * its own whose parent is the box */
    for (uint32_t b = 0; b < d->n_blocks; b++) {
        const hx_block *bl = &d->blocks[b];
        if (bl->node == HX_NONE || ps->pn[bl->node].dead || bl->chars < MIN_SCORED_CHARS)
            continue;
        const hx_node *n = &d->nodes[bl->node];
        if ((tflags(n) & HX_TF_BOX) && (n->flags & HX_N_HAS_BLOCK))
            credit(ps, bl->node, paragraph_score(bl->chars, bl->commas));
    }
}

static bool is_ancestor(const hx_doc *d, uint32_t anc, uint32_t node)
{
    return anc < node && node < d->nodes[anc].next;
}

static bool ends_sentence(const hx_doc *d, uint32_t node)
{
    const hx_node *n = &d->nodes[node];
    for (uint32_t b = n->block_first; b < n->block_end; b++) {
        const hx_block *bl = &d->blocks[b];
        const char *t = d->text.data + bl->off;
        const char *dot = memchr(t, '.', bl->len);
        while (dot) {
            size_t k = (size_t)(dot - t);
            if (k + 1 == bl->len || t[k + 1] == ' ')
                return true;
            dot = memchr(dot + 1, '.', bl->len - k - 1);
        }
    }
    return false;
}

/* An article split into several boxes of the same kind (sections between
 * asides and pull quotes): boxes elsewhere in the page with the same tag
 * and class as the chosen one join it when they hold link-poor text. */
#define TWIN_MIN_CHARS 200

/* Some ancestor's class says sidebar, related, popular, promo... */
static bool in_negative_box(const hx_doc *d, uint32_t i)
{
    for (uint32_t a = d->nodes[i].parent; a != HX_NONE; a = d->nodes[a].parent) {
        unsigned h = d->nodes[a].hints;
        if ((h & (HX_H_NEGATIVE | HX_H_UNLIKELY)) && !(h & HX_H_POSITIVE))
            return true;
    }
    return false;
}

static void add_twins(pass *ps, uint32_t best)
{
    const hx_doc *d = ps->doc;
    pass_node *pn = ps->pn;
    const hx_node *b = &d->nodes[best];
    if (!b->class_hash)
        return;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        const hx_node *n = &d->nodes[i];
        if (pn[i].in_root || pn[i].dead || n->class_hash != b->class_hash || n->tag != b->tag) {
            continue;
        }
        if (is_ancestor(d, i, best))
            continue;
        if (pn[i].chars < TWIN_MIN_CHARS || pn[i].n_p < 2 || link_density(&pn[i]) > 0.2f ||
            in_negative_box(d, i))
            continue;
        for (uint32_t k = i; k < n->next; k++)
            pn[k].in_root = 1;
    }
}

/* Pick the top candidate and mark it and its qualifying siblings in_root. */
static void choose_root(pass *ps)
{
    const hx_doc *d = ps->doc;
    pass_node *pn = ps->pn;
    uint32_t top[TOP_CANDIDATES];
    int n_top = 0;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        if (!pn[i].scored || pn[i].dead)
            continue;
        pn[i].score *= 1.0f - link_density(&pn[i]);
        int k = n_top < TOP_CANDIDATES ? n_top++ : TOP_CANDIDATES;
        while (k > 0 && pn[top[k - 1]].score < pn[i].score) {
            if (k < TOP_CANDIDATES)
                top[k] = top[k - 1];
            k--;
        }
        if (k < TOP_CANDIDATES)
            top[k] = i;
    }
    uint32_t best = n_top ? top[0] : HX_NONE;
    if (best == HX_NONE || best == ps->body) {
        if (ps->body != HX_NONE)
            for (uint32_t i = ps->body; i < d->nodes[ps->body].next; i++)
                pn[i].in_root = 1;
        return;
    }
    /* several strong candidates inside one box: take the box */
    float best_score = pn[best].score;
    for (uint32_t a = d->nodes[best].parent; a != HX_NONE && a != ps->body; a = d->nodes[a].parent) {
        int inside = 0;
        for (int k = 1; k < n_top; k++)
            if (pn[top[k]].score / best_score >= 0.75f && is_ancestor(d, a, top[k]))
                inside++;
        if (inside >= 3) {
            best = a;
            break;
        }
    }
    if (!pn[best].scored) {
        pn[best].scored = 1;
        pn[best].score = (float)tag_base((hx_tag)d->nodes[best].tag);
    }
    /* climb while the parent scores better */
    float last = pn[best].score, threshold = last / 3.0f;
    for (uint32_t a = d->nodes[best].parent; a != HX_NONE && a != ps->body; a = d->nodes[a].parent) {
        if (!pn[a].scored)
            continue;
        if (pn[a].score < threshold)
            break;
        if (pn[a].score > last) {
            best = a;
            break;
        }
        last = pn[a].score;
    }
    /* an only child says no more than its parent */
    while (d->nodes[best].parent != HX_NONE && d->nodes[best].parent != ps->body &&
           pn[d->nodes[best].parent].n_children == 1)
        best = d->nodes[best].parent;

    uint32_t parent = d->nodes[best].parent;
    float sib_threshold = pn[best].score * 0.2f;
    if (sib_threshold < 10.0f)
        sib_threshold = 10.0f;
    uint32_t first = parent == HX_NONE ? best : parent + 1;
    uint32_t end = parent == HX_NONE ? d->nodes[best].next : d->nodes[parent].next;
    for (uint32_t s = first; s < end; s = d->nodes[s].next) {
        bool take = s == best;
        if (!take && !pn[s].dead) {
            const hx_node *sn = &d->nodes[s];
            float bonus = sn->class_hash && sn->class_hash == d->nodes[best].class_hash
                              ? pn[best].score * 0.2f : 0.0f;
            if (pn[s].scored && pn[s].score + bonus >= sib_threshold)
                take = true;
            else if (sn->tag == HX_T_P) {
                float ld = link_density(&pn[s]);
                if (pn[s].chars > 80 && ld < 0.25f)
                    take = true;
                else if (pn[s].chars < 80 && pn[s].chars > 0 && ld == 0.0f && ends_sentence(d, s))
                    take = true;
            }
        }
        if (take)
            for (uint32_t i = s; i < d->nodes[s].next; i++)
                pn[i].in_root = 1;
    }
    add_twins(ps, best);
}

/* readability's "clean conditionally" test for tables, lists and divs. */
static bool fails_conditions(const pass *ps, uint32_t i, bool in_figure)
{
    const hx_node *n = &ps->doc->nodes[i];
    const pass_node *p = &ps->pn[i];
    int weight = (ps->flags & PASS_WEIGHT_CLASSES) ? n->weight : 0;
    if (weight < 0)
        return true;
    if (p->commas >= 10)
        return false;
    bool is_list = n->tag == HX_T_UL || n->tag == HX_T_OL ||
                   (p->chars && (float)p->li_chars / (float)p->chars > 0.9f);
    float ld = link_density(p);
    float heading_density = p->chars ? (float)p->heading_chars / (float)p->chars : 0.0f;
    int li = (int)p->n_li - 100;
    if (p->n_img > 1 && (float)p->n_p / (float)p->n_img < 0.5f && !in_figure)
        return true;
    if (!is_list && li > (int)p->n_p)
        return true;
    if (!is_list && heading_density < 0.9f && p->chars < 25 && (p->n_img == 0 || p->n_img > 2) &&
        !in_figure)
        return true;
    if (!is_list && weight < 25 && ld > 0.2f)
        return true;
    if (weight >= 25 && ld > 0.5f)
        return true;
    return false;
}

static void clean_root(pass *ps)
{
    const hx_doc *d = ps->doc;
    pass_node *pn = ps->pn;
    /* figure depth: boxes inside a figure are spared the image rules */
    uint32_t figure_end = 0;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        pass_node *p = &pn[i];
        if (!p->in_root || p->dead)
            continue;
        const hx_node *n = &d->nodes[i];
        if (n->parent != HX_NONE && pn[n->parent].in_root && pn[n->parent].removed) {
            p->removed = 1;
            continue;
        }
        bool in_figure = i < figure_end;
        if (n->tag == HX_T_FIGURE && n->next > figure_end)
            figure_end = n->next;
        bool drop = false;
        switch (n->tag) {
        case HX_T_FORM: case HX_T_FIELDSET: case HX_T_FOOTER: case HX_T_ASIDE: case HX_T_NAV:
            drop = true;
            break;
        case HX_T_H1: case HX_T_H2:
            drop = (ps->flags & PASS_WEIGHT_CLASSES) && n->weight < 0;
            break;
        case HX_T_TABLE: case HX_T_UL: case HX_T_DIV:
            drop = (ps->flags & PASS_CLEAN) && fails_conditions(ps, i, in_figure);
            break;
        default:
            break;
        }
        if ((n->hints & HX_H_SHARE) && p->chars < SHARE_MAX_CHARS)
            drop = true;
        if (i == ps->title_heading)
            drop = true;
        p->removed = drop;
    }
}

static size_t kept_chars(const pass *ps)
{
    const hx_doc *d = ps->doc;
    size_t total = 0;
    for (uint32_t b = 0; b < d->n_blocks; b++) {
        uint32_t o = d->blocks[b].node;
        if (o != HX_NONE && ps->pn[o].in_root && !ps->pn[o].removed && !ps->pn[o].dead)
            total += d->blocks[b].chars;
    }
    return total;
}

static bool same_text(const char *a, const char *b)
{
    /* equal ignoring case of ASCII letters and surrounding space */
    while (*a == ' ')
        a++;
    while (*b == ' ')
        b++;
    size_t la = strlen(a), lb = strlen(b);
    while (la && a[la - 1] == ' ')
        la--;
    while (lb && b[lb - 1] == ' ')
        lb--;
    if (la != lb || la == 0)
        return false;
    for (size_t i = 0; i < la; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

static uint32_t find_title_heading(const hx_doc *d, const char *title)
{
    if (!title)
        return HX_NONE;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        const hx_node *n = &d->nodes[i];
        if (n->tag != HX_T_H1 && n->tag != HX_T_H2)
            continue;
        if (n->block_end == n->block_first + 1 &&
            same_text(d->text.data + d->blocks[n->block_first].off, title))
            return i;
    }
    return HX_NONE;
}

static bool run_pass(pass *ps)
{
    memset(ps->pn, 0, sizeof *ps->pn * (ps->doc->n_nodes ? ps->doc->n_nodes : 1));
    aggregate(ps);
    score_paragraphs(ps);
    choose_root(ps);
    clean_root(ps);
    return true;
}

/* ------------------------------------------------------------------ */
/* Final block filter                                                   */

/* Boxes whose text readers skip even inside the article: captions and
 * credits, bylines and datelines, ads, the headline (h1). */
static bool box_is_clutter(const hx_node *n, const pass_node *p)
{
    if (n->tag == HX_T_FIGCAPTION || n->tag == HX_T_H1)
        return true;
    if (n->hints & (HX_H_CAPTION | HX_H_AD))
        return !(n->hints & HX_H_POSITIVE) || p->chars < 200;
    if ((n->hints & HX_H_BYLINE) || (n->flags & HX_N_AUTHOR))
        return p->chars < 200;
    return false;
}

static bool starts_with_word(const char *t, size_t len, const char *w)
{
    size_t wl = strlen(w);
    return len > wl && !strncasecmp(t, w, wl) && (t[wl] == ' ' || t[wl] == ':');
}

static bool has_digit(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return true;
    return false;
}

/* "By Jane Doe", "Updated Nov 19, 6:55 AM", "Published: 10:48, Tue..." */
static bool is_dateline(const char *t, size_t len, uint32_t chars)
{
    if (chars > 120)
        return false;
    static const char *const stamp[] = {"updated", "published", "posted", "last updated",
                                        "first published", "modified"};
    for (size_t k = 0; k < sizeof stamp / sizeof *stamp; k++)
        if (starts_with_word(t, len, stamp[k]) && has_digit(t, len))
            return true;
    if (starts_with_word(t, len, "by") && chars < 80) {
        unsigned char c = (unsigned char)t[3];
        return (c >= 'A' && c <= 'Z') || c >= 0x80;
    }
    return false;
}

/* Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
static bool sentence_end(const char *t, size_t len)
{
    while (len && (t[len - 1] == ' '))
        len--;
    if (!len)
        return false;
    unsigned char c = (unsigned char)t[len - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':')
        return true;
    /* multi-byte: … ” ’ » 。 ！ ？ */
    if (len >= 3) {
        const unsigned char *u = (const unsigned char *)t + len - 3;
        if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA6 || u[2] == 0x9D || u[2] == 0x99))
            return true;
        if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82)
            return true;
        if (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F))
            return true;
    }
    return len >= 2 && (unsigned char)t[len - 2] == 0xC2 && c == 0xBB;
}

/* A short line that does not read as a sentence ("Related articles",
 * "DON'T MISS", "Posted Nov 19"): dropped at the edges of the text. */
#define EDGE_LABEL_CHARS 60

static bool is_edge_label(const hx_doc *d, const hx_block *bl)
{
    const char *t = d->text.data + bl->off;
    if (bl->node != HX_NONE && (hx_tag_flags((hx_tag)d->nodes[bl->node].tag) & HX_TF_HEADING))
        return true;
    return bl->chars < EDGE_LABEL_CHARS && !sentence_end(t, bl->len);
}

static void emit(const pass *ps, nm_buf *out)
{
    const hx_doc *d = ps->doc;
    uint32_t *kept = malloc(sizeof *kept * (d->n_blocks ? d->n_blocks : 1));
    uint8_t *clutter = calloc(d->n_nodes ? d->n_nodes : 1, 1);
    if (!kept || !clutter) {
        free(kept);
        free(clutter);
        return;
    }
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        const hx_node *n = &d->nodes[i];
        if (!ps->pn[i].in_root)
            continue;
        clutter[i] = (n->parent != HX_NONE && clutter[n->parent]) || box_is_clutter(n, &ps->pn[i]);
    }
    uint32_t n_kept = 0;
    for (uint32_t b = 0; b < d->n_blocks; b++) {
        const hx_block *bl = &d->blocks[b];
        uint32_t o = bl->node;
        if (o == HX_NONE || !ps->pn[o].in_root || ps->pn[o].removed || ps->pn[o].dead || clutter[o])
            continue;
        const char *t = d->text.data + bl->off;
        if (bl->link_chars * 10 >= bl->chars * 8) /* a line of links */
            continue;
        if (is_dateline(t, bl->len, bl->chars))
            continue;
        kept[n_kept++] = b;
    }
    uint32_t first = 0, last = n_kept;
    while (last > first && is_edge_label(d, &d->blocks[kept[last - 1]]))
        last--;
    while (first < last && is_edge_label(d, &d->blocks[kept[first]]) &&
           !(hx_tag_flags((hx_tag)d->nodes[d->blocks[kept[first]].node].tag) & HX_TF_HEADING))
        first++;
    for (uint32_t k = first; k < last; k++) {
        const hx_block *bl = &d->blocks[kept[k]];
        if (out->len)
            nm_buf_append(out, "\n\n", 2);
        nm_buf_append(out, d->text.data + bl->off, bl->len);
    }
    free(kept);
    free(clutter);
}

bool hx_extract_text(const hx_doc *d, const char *title, nm_buf *out)
{
    if (d->n_nodes == 0)
        return true;
    pass ps = {d, calloc(d->n_nodes, sizeof *ps.pn), 0, HX_NONE, HX_NONE};
    pass_node *best_pn = calloc(d->n_nodes, sizeof *best_pn);
    if (!ps.pn || !best_pn) {
        free(ps.pn);
        free(best_pn);
        return false;
    }
    for (uint32_t i = 0; i < d->n_nodes; i++)
        if (d->nodes[i].tag == HX_T_BODY) {
            ps.body = i;
            break;
        }
    ps.title_heading = find_title_heading(d, title);
    static const unsigned passes[] = {
        PASS_STRIP_UNLIKELY | PASS_WEIGHT_CLASSES | PASS_CLEAN,
        PASS_WEIGHT_CLASSES | PASS_CLEAN,
        PASS_CLEAN,
        0,
    };
    size_t best = 0;
    bool have = false;
    for (size_t k = 0; k < sizeof passes / sizeof *passes; k++) {
        ps.flags = passes[k];
        run_pass(&ps);
        size_t kept = kept_chars(&ps);
        if (!have || kept > best) {
            best = kept;
            have = true;
            memcpy(best_pn, ps.pn, sizeof *best_pn * d->n_nodes);
        }
        if (kept >= MIN_ARTICLE_CHARS)
            break;
    }
    free(ps.pn);
    ps.pn = best_pn;
    emit(&ps, out);
    free(best_pn);
    return true;
}
