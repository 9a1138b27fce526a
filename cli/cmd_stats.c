/* newsmon stats: what the store holds. */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char help[] =
    "usage: newsmon stats [--db PATH] [--format text|json]\n"
    "\n"
    "Count the store's articles (distinct documents: the same source with the\n"
    "same bytes is one), duplicates among them, stories, quotes, people,\n"
    "organizations and places.\n"
    "\n"
    "  --db PATH    the store (default newsmon.db)\n"
    "  --format F   text (default) or json\n"
    "  -h, --help   this text\n";

int cmd_stats(int argc, char **argv)
{
    static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                             {"format", required_argument, NULL, 'f'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *db = CLI_DEFAULT_DB;
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:f:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f':
            if (!cli_parse_text_json(optarg, &json))
                return cli_usage_error("stats", "unknown format '%s'", optarg);
            break;
        case 'h': fputs(help, stdout); return 0;
        default: return cli_usage_error("stats", "bad option");
        }
    }
    if (optind < argc)
        return cli_usage_error("stats", "unexpected argument '%s'", argv[optind]);
    nm_store *s = cli_store_open("stats", db, true);
    if (!s)
        return 1;
    nm_store_counts n;
    nm_error err;
    nm_error_clear(&err);
    nm_status st = nm_store_stats(s, &n, &err);
    nm_store_close(s, NULL);
    if (st != NM_OK) {
        fprintf(stderr, "newsmon stats: %s\n", err.msg);
        return 1;
    }
    if (json)
        printf("{\"articles\":%zu,\"duplicates\":%zu,\"stories\":%zu,\"quotes\":%zu,"
               "\"people\":%zu,\"organizations\":%zu,\"places\":%zu}\n",
               n.articles, n.duplicates, n.stories, n.quotes, n.people, n.organizations,
               n.places);
    else
        printf("articles       %zu\nduplicates     %zu\nstories        %zu\nquotes         %zu\n"
               "people         %zu\norganizations  %zu\nplaces         %zu\n",
               n.articles, n.duplicates, n.stories, n.quotes, n.people, n.organizations,
               n.places);
    return fflush(stdout) == 0 ? 0 : 1;
}
