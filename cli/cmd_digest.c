/* newsmon digest: the given articles as one story. */
#include "cli.h"
#include "collect.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: newsmon digest [--format md|json|html] [--as auto|html|text] [-j N] INPUT...\n"
    "       newsmon digest [--db PATH] [--format md|json|html] --story ID\n"
    "\n"
    "Read the INPUTs as one story (or, with --story, the articles of a stored\n"
    "story, as 'newsmon stories' lists them) and print its digest: headline, a short\n"
    "summary, who said what grouped by speaker (name — role, affiliation, with\n"
    "their quotes and reported statements), and the sources.\n"
    "\n"
    "  --format F   md (default), json or html\n"
    "  --story ID   a story of the store instead of INPUTs\n"
    "  --db PATH    the store for --story (default newsmon.db)\n"
    "  --as K       treat plain files as html or text (default: auto)\n"
    "  -j, --jobs N worker threads (default 1)\n"
    "  -h, --help   this text\n";

/* The stored story's articles, rebuilt from the store, into `list`. */
static bool load_story(const char *db, long long id, article_list *list)
{
    nm_store *s = cli_store_open("digest", db, true);
    if (!s)
        return false;
    nm_error err;
    nm_error_clear(&err);
    nm_status st = nm_store_story_articles(s, id, &list->items, &list->n, &err);
    nm_store_close(s, NULL);
    if (st != NM_OK) {
        fprintf(stderr, "newsmon digest: %s\n", err.msg);
        return false;
    }
    list->cap = list->n;
    return true;
}

int cmd_digest(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'}, {"as", required_argument, NULL, 'a'},
        {"jobs", required_argument, NULL, 'j'},   {"help", no_argument, NULL, 'h'},
        {"db", required_argument, NULL, 'd'},     {"story", required_argument, NULL, 's'},
        {NULL, 0, NULL, 0}};
    nm_digest_format format = NM_DIGEST_MD;
    const char *db = CLI_DEFAULT_DB, *story = NULL;
    nm_options opts;
    nm_options_init(&opts);
    int jobs = 1, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:a:j:hd:s:", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 's': story = optarg; break;
        case 'f':
            if (!strcmp(optarg, "md")) format = NM_DIGEST_MD;
            else if (!strcmp(optarg, "json")) format = NM_DIGEST_JSON;
            else if (!strcmp(optarg, "html")) format = NM_DIGEST_HTML;
            else return cli_usage_error("digest", "unknown format '%s'", optarg);
            break;
        case 'a':
            if (!cli_parse_as(optarg, &opts.as))
                return cli_usage_error("digest", "unknown --as '%s'", optarg);
            break;
        case 'j':
            if (!(jobs = cli_parse_jobs(optarg)))
                return cli_usage_error("digest", "-j wants 1..256, not '%s'", optarg);
            break;
        case 'h':
            fputs(help, stdout);
            return 0;
        default:
            return cli_usage_error("digest", "bad option");
        }
    }
    if (story && optind < argc)
        return cli_usage_error("digest", "give --story ID or INPUTs, not both");
    if (!story && optind >= argc)
        return cli_usage_error("digest", "no INPUT given (or --story ID)");
    article_list list = {0};
    int rc = 0;
    if (story) {
        char *end;
        long long id = strtoll(story, &end, 10);
        if (*end || id < 1)
            return cli_usage_error("digest", "--story wants a story id, not '%s'", story);
        if (!load_story(db, id, &list))
            return 1;
    } else {
        runner_stats st = collect_articles(argv + optind, (size_t)(argc - optind), &opts, jobs, &list);
        rc = st.failed ? 1 : 0;
    }
    if (list.n == 0) {
        fprintf(stderr, "newsmon digest: no article found in the inputs\n");
        article_list_free(&list);
        return 1;
    }
    nm_buf out;
    nm_buf_init(&out);
    nm_error err;
    nm_error_clear(&err);
    if (nm_digest_render(list.items, list.n, format, &out, &err) != NM_OK) {
        runner_report("", &err);
        rc = 1;
    } else if (!cli_write_stdout(out.data, out.len) || fflush(stdout) != 0) {
        fprintf(stderr, "newsmon: error writing to standard output\n");
        rc = 1;
    }
    nm_buf_deinit(&out);
    article_list_free(&list);
    return rc;
}
