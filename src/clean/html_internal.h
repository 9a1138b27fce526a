/* Internal: the HTML extractor's flat document model, shared by the
 * html_*.c files of src/clean. Not part of the public API.
 *
 * html_tokenizer.c and html_tree.c push element and text events (balanced
 * start/end, WHATWG tokenizer); html_blocks.c turns them into two flat
 * arrays instead of a DOM tree:
 *   - nodes: one per element, in document order, so a parent always has a
 *     smaller index than its children and every walk is a plain loop
 *     (forward = top-down, backward = bottom-up; no recursion anywhere);
 *   - blocks: paragraph-level runs of text (whitespace collapsed), each
 *     owned by the innermost block-level element open when it ended.
 * html_score.c scores the nodes and picks the main content, html_meta.c
 * reads titles, dates, authors... from what the parse collected. */
#ifndef NM_CLEAN_HTML_INTERNAL_H
#define NM_CLEAN_HTML_INTERNAL_H

#include "newsmon.h"

#include <stdint.h>

/* Open elements tracked on the tag stack. The tree builder nests up to
 * HX_TREE_MAX_DEPTH (html_tree.h); deeper elements are not recorded as nodes, their
 * text goes to the deepest tracked element and a warning says so. */
#define HX_MAX_DEPTH 2048
/* Elements and blocks recorded per page: beyond this the rest of the page
 * is still read as text of the last element (warning set). */
#define HX_MAX_NODES (1u << 20)
/* Bytes of <title>, JSON-LD and byline text kept for metadata. */
#define HX_MAX_META_TEXT (256u * 1024u)

#define HX_NONE UINT32_MAX

/* Tag ids: only the tags the extractor treats specially; others are
 * HX_T_OTHER (inline, like a span). */
typedef enum hx_tag {
    HX_T_OTHER = 0,
    HX_T_A, HX_T_ADDRESS, HX_T_ARTICLE, HX_T_ASIDE, HX_T_AUDIO, HX_T_BLOCKQUOTE,
    HX_T_BODY, HX_T_BR, HX_T_BUTTON, HX_T_CANVAS, HX_T_CAPTION, HX_T_CENTER,
    HX_T_DD, HX_T_DETAILS, HX_T_DIALOG, HX_T_DIV, HX_T_DL, HX_T_DT, HX_T_EMBED,
    HX_T_FIELDSET, HX_T_FIGCAPTION, HX_T_FIGURE, HX_T_FOOTER, HX_T_FORM,
    HX_T_H1, HX_T_H2, HX_T_H3, HX_T_H4, HX_T_H5, HX_T_H6, HX_T_HEAD,
    HX_T_HEADER, HX_T_HGROUP, HX_T_HR, HX_T_HTML, HX_T_IFRAME, HX_T_IMG,
    HX_T_INPUT, HX_T_LEGEND, HX_T_LI, HX_T_LINK, HX_T_MAIN, HX_T_MATH,
    HX_T_MENU, HX_T_META, HX_T_NAV, HX_T_NOSCRIPT, HX_T_OBJECT, HX_T_OL,
    HX_T_OPTION, HX_T_P, HX_T_PICTURE, HX_T_PRE, HX_T_SCRIPT, HX_T_SECTION,
    HX_T_SELECT, HX_T_STYLE, HX_T_SUMMARY, HX_T_SVG, HX_T_TABLE, HX_T_TBODY,
    HX_T_TD, HX_T_TEMPLATE, HX_T_TEXTAREA, HX_T_TFOOT, HX_T_TH, HX_T_THEAD,
    HX_T_TIME, HX_T_TITLE, HX_T_TR, HX_T_UL, HX_T_VIDEO,
    HX_T_COUNT
} hx_tag;

/* Tag properties (html_tags.c). */
enum {
    HX_TF_BLOCK = 1 << 0,   /* starts and ends a text block */
    HX_TF_SKIP = 1 << 1,    /* content is never text (script, svg, ...) */
    HX_TF_PLIKE = 1 << 2,   /* scored as a paragraph (p, pre, td, h2-h6) */
    HX_TF_HEADING = 1 << 3, /* h1-h6 */
    HX_TF_BOX = 1 << 4      /* generic container: a leaf box counts as a p */
};

hx_tag hx_tag_lookup(const char *name);
unsigned hx_tag_flags(hx_tag tag);
/* Lower-case name of a tag id; NULL for HX_T_OTHER. */
const char *hx_tag_name(hx_tag tag);

/* Class/id hints (html_hints.c): bits found in class, id and role. */
enum {
    HX_H_POSITIVE = 1 << 0,  /* article, content, story, body, post... */
    HX_H_NEGATIVE = 1 << 1,  /* comment, share, related, promo, caption... */
    HX_H_UNLIKELY = 1 << 2,  /* sidebar, footer, menu, social... */
    HX_H_MAYBE = 1 << 3,     /* article, body, content, main: overrides UNLIKELY */
    HX_H_SHARE = 1 << 4,     /* share bars: dropped when short */
    HX_H_HIDDEN = 1 << 5,    /* screen-reader-only or hidden by class */
    HX_H_BYLINE = 1 << 6,    /* byline / author box */
    HX_H_CAPTION = 1 << 7,   /* caption, credit */
    HX_H_AD = 1 << 8,        /* advertisement, newsletter sign-up, cookie */
    HX_H_COMMENT = 1 << 9    /* reader comments: never article text */
};

/* Bits of one class or id attribute value (lower/upper case both fine). */
unsigned hx_hints_of(const char *value);

/* Node flags. */
enum {
    HX_N_HIDDEN = 1 << 0,      /* display:none, hidden, aria-hidden */
    HX_N_HAS_BLOCK = 1 << 1,   /* has a block-level child element */
    HX_N_ROLE_BOILER = 1 << 2, /* role=navigation/complementary/dialog/... */
    HX_N_AUTHOR = 1 << 3,      /* rel=author / itemprop=author */
    HX_N_HASH_LINK = 1 << 4,   /* <a href="#..."> */
    HX_N_LINK = 1 << 5,        /* <a href=...> */
    HX_N_DEEP = 1 << 6         /* stands for elements beyond HX_MAX_DEPTH */
};

typedef struct hx_node {
    uint32_t parent;      /* index or HX_NONE */
    uint32_t next;        /* index after the last descendant */
    uint32_t block_first; /* blocks [block_first, block_end) lie inside */
    uint32_t block_end;
    uint32_t class_hash;  /* of the class attribute, 0 when none */
    uint16_t tag;         /* hx_tag */
    uint16_t flags;       /* HX_N_* */
    uint16_t hints;       /* HX_H_* of class, id and role together */
    int16_t weight;       /* readability-style class weight (+-25 steps) */
    uint16_t depth;
    uint16_t imgs;        /* own <img>/<picture> count (aggregated later) */
} hx_node;

typedef struct hx_block {
    uint32_t node;        /* owner: innermost open block-level element */
    uint32_t off, len;    /* bytes in hx_doc.text */
    uint32_t chars;       /* code points */
    uint32_t link_chars;  /* code points inside <a href> */
    uint32_t commas;
} hx_block;

/* One <meta>-like key/value seen in the page (name/property/itemprop). */
typedef struct hx_meta {
    const char *key;   /* lower-cased name, property or itemprop */
    const char *value; /* content / datetime / href */
} hx_meta;

/* Everything one parse collects; arrays are heap (freed by hx_doc_deinit),
 * metadata strings live in the article arena. */
typedef struct hx_doc {
    nm_arena *arena;
    hx_node *nodes;
    uint32_t n_nodes, cap_nodes;
    hx_block *blocks;
    uint32_t n_blocks, cap_blocks;
    nm_buf text;          /* block texts, back to back */
    hx_meta *metas;
    uint32_t n_metas, cap_metas;
    nm_buf jsonld;        /* JSON-LD scripts, each NUL-separated */
    const char *title_tag; /* <title> text */
    const char *h1;        /* first <h1> text */
    const char *lang;
    const char *canonical;
    const char *time_datetime; /* first <time datetime> */
    bool truncated;       /* a limit cut structure (warning) */
    bool oom;
} hx_doc;

/* Parse UTF-8 HTML into `doc` (html_blocks.c). */
nm_status hx_parse(hx_doc *doc, const char *utf8, size_t len);
void hx_doc_deinit(hx_doc *doc);

/* Main text: pick the content, join its blocks with blank lines into
 * `out` (html_score.c). `title` (may be NULL) drops a heading repeating it. */
bool hx_extract_text(const hx_doc *doc, const char *title, nm_buf *out);

/* Metadata into the article (html_meta.c). */
void hx_fill_meta(const hx_doc *doc, nm_article *a);
/* Title without a " | Site" suffix or "Site: " prefix; arena copy. */
const char *hx_title_strip_site(nm_arena *arena, const char *title, const char *outlet);
/* ISO date (YYYY-MM-DD...) at the start of s, normalised; NULL if none. */
const char *hx_date_normalise(nm_arena *arena, const char *s);
/* Date written in a URL path (/2019/11/19/, /20191119/); NULL if none. */
const char *hx_date_from_url(nm_arena *arena, const char *url);
/* True when `name` looks like a person's name, not "Staff", a URL... */
bool hx_author_plausible(const char *name, size_t len);

/* Charset (html_charset.c): bytes → UTF-8. *utf8 points into `data` when no
 * conversion was needed, else into `scratch`. */
typedef struct hx_decoded {
    const char *utf8;
    size_t len;
    size_t invalid;          /* input bytes replaced by U+FFFD */
    uint64_t first_invalid;  /* byte offset in the input, or NM_NO_OFFSET */
    char charset[64];        /* charset used (iconv name), for messages */
    bool unknown_charset;    /* declared charset unknown: read as UTF-8 */
} hx_decoded;

void hx_decode(const char *data, size_t len, const char *declared, nm_buf *scratch,
               hx_decoded *out);
/* Charset named by a <meta> in the first bytes, or NULL; into name[cap]. */
bool hx_charset_prescan(const char *data, size_t len, char *name, size_t cap);

#endif
