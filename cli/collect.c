/* Keep the runner's articles, in input order. */
#include "collect.h"

#include <stdio.h>
#include <stdlib.h>

static void keep(runner_item *it, void *user)
{
    article_list *list = user;
    if (it->status != NM_OK)
        return;
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        nm_article **p = realloc(list->items, cap * sizeof *p);
        if (!p) {
            fprintf(stderr, "newsmon: %s: out of memory\n", it->source);
            return;
        }
        list->items = p;
        list->cap = cap;
    }
    list->items[list->n++] = it->article;
    it->article = NULL; /* ownership moves to the list */
}

runner_stats collect_articles(char *const *inputs, size_t n, const nm_options *opts,
                              int jobs, article_list *list)
{
    runner_cfg cfg = {0};
    cfg.jobs = jobs;
    cfg.opts = *opts;
    cfg.consume = keep;
    cfg.user = list;
    return runner_run(inputs, n, &cfg);
}

void article_list_free(article_list *list)
{
    for (size_t i = 0; i < list->n; i++)
        nm_article_free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->n = list->cap = 0;
}
