/* newsmon extract: article records for every document of every INPUT. */
#include "cli.h"
#include "runner.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

typedef enum { FMT_JSONL, FMT_JSON, FMT_TEXT, FMT_MD } out_format;

typedef struct extract_ctx {
    out_format format;
    size_t written;
    bool write_failed;
} extract_ctx;

static const char help[] =
    "usage: newsmon extract [--format jsonl|json|text|md] [--as auto|html|text]\n"
    "                       [-j N] INPUT...\n"
    "\n"
    "Read articles and print one record per article: title, date, authors,\n"
    "outlet, main text, people, organizations, places and quotes with speakers.\n"
    "\n"
    "  --format F   jsonl (default: one JSON object a line), json (one array),\n"
    "               text or md (for reading)\n"
    "  --as K       treat plain files as html or text (default: auto, by content)\n"
    "  -j, --jobs N worker threads (default 1); output stays in input order\n"
    "  -h, --help   this text\n"
    "\n"
    "INPUT: a file, a directory (recursive, sorted), a WARC (.warc, .warc.gz,\n"
    ".warc.zst), JSON lines (.jsonl), an RSS/Atom feed, or - for stdin.\n"
    "Exit status: 0 all inputs read (warnings allowed), 1 an input failed,\n"
    "2 usage error.\n";

static bool render(const nm_article *a, nm_buf *out, void *user)
{
    extract_ctx *ctx = user;
    switch (ctx->format) {
    case FMT_JSONL:
    case FMT_JSON:
        return nm_article_write_json(a, out);
    case FMT_TEXT:
        return nm_article_write_text(a, out);
    case FMT_MD:
        return nm_article_write_md(a, out);
    }
    return false;
}

static void consume(runner_item *it, void *user)
{
    extract_ctx *ctx = user;
    if (it->status != NM_OK)
        return;
    const char *sep = "";
    if (ctx->format == FMT_JSON)
        sep = ctx->written ? ",\n" : "[\n";
    else if (ctx->format != FMT_JSONL && ctx->written)
        sep = "\n";
    bool ok = cli_write_stdout(sep, strlen(sep)) &&
              cli_write_stdout(it->rendered.data, it->rendered.len) &&
              (ctx->format == FMT_JSON || cli_write_stdout("\n", 1));
    if (!ok)
        ctx->write_failed = true;
    ctx->written++;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'}, {"as", required_argument, NULL, 'a'},
        {"jobs", required_argument, NULL, 'j'},   {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    extract_ctx ctx = {FMT_JSONL, 0, false};
    runner_cfg cfg = {0};
    cfg.jobs = 1;
    nm_options_init(&cfg.opts);
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "f:a:j:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!strcmp(optarg, "jsonl")) ctx.format = FMT_JSONL;
            else if (!strcmp(optarg, "json")) ctx.format = FMT_JSON;
            else if (!strcmp(optarg, "text")) ctx.format = FMT_TEXT;
            else if (!strcmp(optarg, "md")) ctx.format = FMT_MD;
            else return cli_usage_error("extract", "unknown format '%s'", optarg);
            break;
        case 'a':
            if (!cli_parse_as(optarg, &cfg.opts.as))
                return cli_usage_error("extract", "unknown --as '%s'", optarg);
            break;
        case 'j':
            if (!(cfg.jobs = cli_parse_jobs(optarg)))
                return cli_usage_error("extract", "-j wants 1..256, not '%s'", optarg);
            break;
        case 'h':
            fputs(help, stdout);
            return 0;
        default:
            return cli_usage_error("extract", "bad option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("extract", "no INPUT given (use - for stdin)");
    cfg.render = render;
    cfg.consume = consume;
    cfg.user = &ctx;
    runner_stats st = runner_run(argv + optind, (size_t)(argc - optind), &cfg);
    if (ctx.format == FMT_JSON)
        fputs(ctx.written ? "\n]\n" : "[]\n", stdout);
    if (fflush(stdout) != 0)
        ctx.write_failed = true;
    if (st.failed || st.warnings || st.no_article)
        fprintf(stderr, "newsmon: %zu article%s from %zu document%s; %zu failed, %zu skipped\n",
                st.articles, st.articles == 1 ? "" : "s", st.documents,
                st.documents == 1 ? "" : "s", st.failed, st.warnings + st.no_article);
    if (ctx.write_failed) {
        fprintf(stderr, "newsmon: error writing to standard output\n");
        return 1;
    }
    return st.failed ? 1 : 0;
}
