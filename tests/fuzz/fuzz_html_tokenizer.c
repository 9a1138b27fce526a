/* libFuzzer target: the HTML tokenizer and tree builder on their own
 * (src/clean/html_tokenizer.c, html_tree.c), faster than the whole pipeline
 * (fuzz_html) so the fuzzer reaches deep tokenizer states. Checks:
 *   - no token string holds a NUL byte; strings are NUL-terminated;
 *   - tag and attribute names hold no ASCII upper case; attribute names are
 *     unique per tag and at most HX_TOK_MAX_ATTRS;
 *   - valid UTF-8 in gives valid UTF-8 out (text, names, values, comments);
 *   - output text is at most 3 bytes per input byte (NUL → U+FFFD);
 *   - the tree's events nest: every end closes the innermost open start,
 *     every start is closed by the end of input, depth stays bounded.
 * A broken check calls abort(), which libFuzzer reports as a crash. */
#include "clean/html_tokenizer.h"
#include "clean/html_tree.h"
#include "newsmon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #cond,       \
                    __FILE__, __LINE__);                                         \
            abort();                                                             \
        }                                                                        \
    } while (0)

typedef struct check {
    bool utf8_in;
    size_t text_bytes;
    /* tree */
    hx_tag *stack;
    size_t depth, cap, max_depth;
} check;

static void check_string(const check *c, const char *s, size_t n, bool nul_terminated)
{
    CHECK(memchr(s, '\0', n) == NULL);
    if (nul_terminated)
        CHECK(s[n] == '\0');
    if (c->utf8_in)
        for (size_t i = 0; i < n;)
            CHECK(nm_utf8_decode(s, n, &i) >= 0);
}

static void check_name(const check *c, const char *s, size_t n)
{
    check_string(c, s, n, true);
    for (size_t i = 0; i < n; i++)
        CHECK(!(s[i] >= 'A' && s[i] <= 'Z'));
}

static void check_tag(check *c, const hx_token_tag *t)
{
    check_name(c, t->name, t->name_len);
    CHECK(t->name_len > 0);
    CHECK(t->name_hash == hx_name_hash(t->name, t->name_len));
    CHECK(t->n_attrs <= HX_TOK_MAX_ATTRS);
    for (uint32_t i = 0; i < t->n_attrs; i++) {
        check_name(c, t->attrs[i].name, t->attrs[i].name_len);
        check_string(c, t->attrs[i].value, t->attrs[i].value_len, true);
    }
    /* duplicates: only checked for small tags (quadratic) */
    if (t->n_attrs <= 64)
        for (uint32_t i = 0; i < t->n_attrs; i++)
            for (uint32_t k = i + 1; k < t->n_attrs; k++)
                CHECK(strcmp(t->attrs[i].name, t->attrs[k].name) != 0);
}

static hx_text_model tok_start(void *user, const hx_token_tag *t)
{
    check_tag(user, t);
    return hx_text_model_of(t->name, t->name_len);
}

static void tok_end(void *user, const hx_token_tag *t)
{
    check_tag(user, t);
    CHECK(t->n_attrs == 0);
}

static void tok_text(void *user, const char *s, size_t n)
{
    check *c = user;
    CHECK(n > 0);
    check_string(c, s, n, false);
    c->text_bytes += n;
}

static void tok_comment(void *user, const char *s, size_t n)
{
    check_string(user, s, n, false);
}

static void tree_start(void *user, hx_tag tag, const hx_token_tag *t)
{
    check *c = user;
    check_tag(c, t);
    if (c->depth == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->stack = realloc(c->stack, c->cap * sizeof *c->stack);
        CHECK(c->stack != NULL);
    }
    c->stack[c->depth++] = tag;
    if (c->depth > c->max_depth)
        c->max_depth = c->depth;
    /* one over the limit: an element past it is started and ended at once */
    CHECK(c->depth <= HX_TREE_MAX_DEPTH + 1);
}

static void tree_end(void *user, hx_tag tag)
{
    check *c = user;
    CHECK(c->depth > 0);
    CHECK(c->stack[c->depth - 1] == tag);
    c->depth--;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *html = (const char *)data;
    check c;
    memset(&c, 0, sizeof c);
    c.utf8_in = true;
    for (size_t i = 0; i < size && c.utf8_in;)
        c.utf8_in = nm_utf8_decode(html, size, &i) >= 0;

    hx_token_sink sink = {tok_start, tok_end, tok_text, tok_comment, tok_comment};
    CHECK(hx_tokenize(html, size, &sink, &c));
    CHECK(c.text_bytes <= 3 * size);

    c.text_bytes = 0;
    hx_tree_sink tsink = {tree_start, tree_end, tok_text};
    bool flattened = false;
    CHECK(hx_tree_build(html, size, &tsink, &c, &flattened));
    CHECK(c.depth == 0);
    CHECK(flattened == (c.max_depth > HX_TREE_MAX_DEPTH));
    free(c.stack);
    return 0;
}
