/* Read INPUTs through the runner and keep every article (digest, quotes). */
#ifndef NM_CLI_COLLECT_H
#define NM_CLI_COLLECT_H

#include "runner.h"

typedef struct article_list {
    nm_article **items;
    size_t n, cap;
} article_list;

/* Process the inputs with `cfg_base` options; articles are appended to
 * `list` in input order. Returns the runner's stats. */
runner_stats collect_articles(char *const *inputs, size_t n, const nm_options *opts,
                              int jobs, article_list *list);
void article_list_free(article_list *list);

#endif
