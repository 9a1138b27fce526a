/* newsmon digest: the given articles as one story. */
#include "cli.h"
#include "collect.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char help[] =
    "usage: newsmon digest [--format md|json|html] [--as auto|html|text] [-j N] INPUT...\n"
    "\n"
    "Read the INPUTs as one story and print its digest: headline, a short\n"
    "summary, who said what grouped by speaker (name — role, affiliation, with\n"
    "their quotes and reported statements), and the sources.\n"
    "\n"
    "  --format F   md (default), json or html\n"
    "  --as K       treat plain files as html or text (default: auto)\n"
    "  -j, --jobs N worker threads (default 1)\n"
    "  -h, --help   this text\n";

int cmd_digest(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'}, {"as", required_argument, NULL, 'a'},
        {"jobs", required_argument, NULL, 'j'},   {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    nm_digest_format format = NM_DIGEST_MD;
    nm_options opts;
    nm_options_init(&opts);
    int jobs = 1, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:a:j:h", longopts, NULL)) != -1) {
        switch (c) {
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
    if (optind >= argc)
        return cli_usage_error("digest", "no INPUT given");
    article_list list = {0};
    runner_stats st = collect_articles(argv + optind, (size_t)(argc - optind), &opts, jobs, &list);
    int rc = st.failed ? 1 : 0;
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
