/* Tag names → ids and properties for the extractor. The tokenizer hands element
 * names in lower case; unknown names are inline (HX_T_OTHER), as browsers
 * render unknown elements inline. Block-level set after WHATWG HTML §15.3
 * (rendering: "display: block" elements). */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct tag_entry {
    const char *name;
    uint16_t tag;
    uint16_t flags;
} tag_entry;

#define B HX_TF_BLOCK
#define S HX_TF_SKIP
#define P (HX_TF_BLOCK | HX_TF_PLIKE)
#define BX (HX_TF_BLOCK | HX_TF_BOX)
#define H (HX_TF_BLOCK | HX_TF_HEADING)

/* Sorted by name (bsearch): X(name, id, flags). */
#define HX_TAGS(X) \
    X("a", HX_T_A, 0) \
    X("address", HX_T_ADDRESS, B) \
    X("article", HX_T_ARTICLE, BX) \
    X("aside", HX_T_ASIDE, BX) \
    X("audio", HX_T_AUDIO, S) \
    X("blockquote", HX_T_BLOCKQUOTE, BX) \
    X("body", HX_T_BODY, B) \
    X("br", HX_T_BR, 0) \
    X("button", HX_T_BUTTON, S) \
    X("canvas", HX_T_CANVAS, S) \
    X("caption", HX_T_CAPTION, B) \
    X("center", HX_T_CENTER, BX) \
    X("dd", HX_T_DD, BX) \
    X("details", HX_T_DETAILS, B) \
    X("dialog", HX_T_DIALOG, B) \
    X("div", HX_T_DIV, BX) \
    X("dl", HX_T_DL, B) \
    X("dt", HX_T_DT, B) \
    X("embed", HX_T_EMBED, S) \
    X("fieldset", HX_T_FIELDSET, B) \
    X("figcaption", HX_T_FIGCAPTION, B) \
    X("figure", HX_T_FIGURE, B) \
    X("footer", HX_T_FOOTER, BX) \
    X("form", HX_T_FORM, B) \
    X("h1", HX_T_H1, H) \
    X("h2", HX_T_H2, H | HX_TF_PLIKE) \
    X("h3", HX_T_H3, H | HX_TF_PLIKE) \
    X("h4", HX_T_H4, H | HX_TF_PLIKE) \
    X("h5", HX_T_H5, H | HX_TF_PLIKE) \
    X("h6", HX_T_H6, H | HX_TF_PLIKE) \
    X("head", HX_T_HEAD, B) \
    X("header", HX_T_HEADER, BX) \
    X("hgroup", HX_T_HGROUP, B) \
    X("hr", HX_T_HR, B) \
    X("html", HX_T_HTML, B) \
    X("iframe", HX_T_IFRAME, S) \
    X("img", HX_T_IMG, 0) \
    X("input", HX_T_INPUT, S) \
    X("legend", HX_T_LEGEND, B) \
    X("li", HX_T_LI, B) \
    X("link", HX_T_LINK, 0) \
    X("main", HX_T_MAIN, BX) \
    X("math", HX_T_MATH, S) \
    X("menu", HX_T_MENU, B) \
    X("meta", HX_T_META, 0) \
    X("nav", HX_T_NAV, B) \
    X("noscript", HX_T_NOSCRIPT, S) \
    X("object", HX_T_OBJECT, S) \
    X("ol", HX_T_OL, B) \
    X("option", HX_T_OPTION, S) \
    X("p", HX_T_P, P) \
    X("picture", HX_T_PICTURE, 0) \
    X("pre", HX_T_PRE, P) \
    X("script", HX_T_SCRIPT, S) \
    X("section", HX_T_SECTION, BX) \
    X("select", HX_T_SELECT, S) \
    X("style", HX_T_STYLE, S) \
    X("summary", HX_T_SUMMARY, B) \
    X("svg", HX_T_SVG, S) \
    X("table", HX_T_TABLE, B) \
    X("tbody", HX_T_TBODY, B) \
    X("td", HX_T_TD, P) \
    X("template", HX_T_TEMPLATE, S) \
    X("textarea", HX_T_TEXTAREA, S) \
    X("tfoot", HX_T_TFOOT, B) \
    X("th", HX_T_TH, B) \
    X("thead", HX_T_THEAD, B) \
    X("time", HX_T_TIME, 0) \
    X("title", HX_T_TITLE, B) \
    X("tr", HX_T_TR, B) \
    X("ul", HX_T_UL, B) \
    X("video", HX_T_VIDEO, S) \

#define HX_ENTRY(name, id, flags) {name, id, flags},
#define HX_FLAGS(name, id, flags) [id] = flags,
static const tag_entry tags[] = {HX_TAGS(HX_ENTRY)};
#define HX_NAME(name, id, flags) [id] = name,
static const uint16_t flags_by_tag[HX_T_COUNT] = {HX_TAGS(HX_FLAGS)};
static const char *const names_by_tag[HX_T_COUNT] = {HX_TAGS(HX_NAME)};

static int cmp_entry(const void *key, const void *elem)
{
    return strcmp(key, ((const tag_entry *)elem)->name);
}

hx_tag hx_tag_lookup(const char *name)
{
    const tag_entry *e = bsearch(name, tags, sizeof tags / sizeof *tags, sizeof *tags, cmp_entry);
    return e ? (hx_tag)e->tag : HX_T_OTHER;
}

unsigned hx_tag_flags(hx_tag tag)
{
    return tag < HX_T_COUNT ? flags_by_tag[tag] : 0;
}

const char *hx_tag_name(hx_tag tag)
{
    return tag < HX_T_COUNT ? names_by_tag[tag] : NULL;
}
