/* Internal: the part of WHATWG tree construction (HTML Living Standard
 * §13.2.6) the extractor needs, on top of html_tokenizer.c: balanced start
 * and end events for a well-nested element tree, no DOM.
 *
 * What it does: implied html/head/body; void elements closed at once;
 * implied end tags (a block start closes an open <p>, <li> closes <li>,
 * <dd>/<dt> each other, <td>/<th>/<tr>/<tbody> the open cell, row or
 * section, <option> an open option, a heading a heading, <a> an open <a>);
 * end tags close what they match within the spec's scopes and are ignored
 * otherwise; a stray </p> makes an empty <p>, </br> a <br>; SVG and MathML
 * content honour "/>" and end where the spec breaks out of them.
 * What it leaves out: the adoption agency (a formatting end tag in scope
 * just closes up to its element), foster parenting, template contents,
 * quirks mode, reopening formatting elements, form pointer. */
#ifndef NM_CLEAN_HTML_TREE_H
#define NM_CLEAN_HTML_TREE_H

#include "html_internal.h"
#include "html_tokenizer.h"

/* Open elements tracked. Deeper start tags become empty elements (start
 * and end at once), so their text lands in the deepest open element and
 * nothing is lost; raw text elements (script, style...) past the limit
 * have their content dropped. Above HX_MAX_DEPTH so that html_blocks.c's
 * own limit (and warning) is what normally applies. */
#define HX_TREE_MAX_DEPTH 4096

typedef struct hx_tree_sink {
    /* `tag` is the extractor's id of the element (HX_T_OTHER for unknown
     * names and inside SVG/MathML); `tok` has its name and attributes
     * (none for implied elements). */
    void (*start)(void *user, hx_tag tag, const hx_token_tag *tok);
    void (*end)(void *user, hx_tag tag);
    void (*text)(void *user, const char *s, size_t n);
} hx_tree_sink;

/* Tokenize and build. Returns false when out of memory. `*flattened` says
 * whether HX_TREE_MAX_DEPTH cut the structure. Every start event gets its
 * end event, also at end of input. */
bool hx_tree_build(const char *html, size_t len, const hx_tree_sink *sink, void *user,
                   bool *flattened);

#endif
