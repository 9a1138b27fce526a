/* newsmon search: full-text search of the store. */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: newsmon search [--db PATH] [--format text|json] [--limit N] QUERY...\n"
    "\n"
    "Search the titles, texts and quotes of the stored articles (duplicates\n"
    "left out). Every word must match (any case, English stems: 'sanctions'\n"
    "finds 'sanction'). Best hits first, each with its article id (as\n"
    "'extract' prints it), title and a snippet with the words in [brackets].\n"
    "\n"
    "  --db PATH    the store (default newsmon.db)\n"
    "  --format F   text (default) or json:\n"
    "               {\"query\", \"hits\": [{\"id\", \"source\", \"title\", \"date\",\n"
    "               \"snippet\", \"score\", \"story\"}]}\n"
    "  --limit N    at most N hits (default 20)\n"
    "  -h, --help   this text\n";

typedef struct search_ctx {
    bool json;
    size_t written;
    nm_buf out;
} search_ctx;

static bool emit(const nm_search_hit *h, void *user)
{
    search_ctx *ctx = user;
    nm_buf *o = &ctx->out;
    nm_buf_reset(o);
    if (ctx->json) {
        nm_buf_puts(o, ctx->written ? ",\n{\"id\":" : "\n{\"id\":");
        nm_json_string(o, h->id);
        nm_buf_puts(o, ",\"source\":");
        nm_json_string(o, h->source);
        nm_buf_puts(o, ",\"title\":");
        nm_json_string(o, h->title);
        nm_buf_puts(o, ",\"date\":");
        nm_json_string(o, h->date);
        nm_buf_puts(o, ",\"snippet\":");
        nm_json_string(o, h->snippet);
        nm_buf_printf(o, ",\"score\":%.4f,\"story\":%lld}", h->score, (long long)h->story);
    } else {
        nm_buf_printf(o, "%s%zu. %s  %s\n   %s\n   story %lld, %s\n", ctx->written ? "\n" : "",
                      ctx->written + 1, h->id, h->title ? h->title : "(untitled)",
                      h->snippet ? h->snippet : "", (long long)h->story, h->source);
    }
    ctx->written++;
    return cli_write_stdout(o->data, o->len);
}

int cmd_search(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'}, {"format", required_argument, NULL, 'f'},
        {"limit", required_argument, NULL, 'n'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *db = CLI_DEFAULT_DB;
    search_ctx ctx = {0};
    long limit = 20;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:f:n:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f':
            if (!cli_parse_text_json(optarg, &ctx.json))
                return cli_usage_error("search", "unknown format '%s'", optarg);
            break;
        case 'n': {
            char *end;
            limit = strtol(optarg, &end, 10);
            if (*end || limit < 1)
                return cli_usage_error("search", "--limit wants a positive number");
            break;
        }
        case 'h': fputs(help, stdout); return 0;
        default: return cli_usage_error("search", "bad option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("search", "no QUERY given");
    nm_buf query;
    nm_buf_init(&query);
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            nm_buf_putc(&query, ' ');
        nm_buf_puts(&query, argv[i]);
    }
    nm_store *s = cli_store_open("search", db, true);
    if (!s) {
        nm_buf_deinit(&query);
        return 1;
    }
    nm_buf_init(&ctx.out);
    nm_error err;
    nm_error_clear(&err);
    if (ctx.json) {
        nm_buf_reset(&ctx.out);
        nm_buf_puts(&ctx.out, "{\"query\":");
        nm_json_string(&ctx.out, query.data);
        nm_buf_puts(&ctx.out, ",\"hits\":[");
        cli_write_stdout(ctx.out.data, ctx.out.len);
    }
    nm_status st = nm_store_search(s, query.data, (size_t)limit, emit, &ctx, &err);
    if (ctx.json)
        fputs(ctx.written ? "\n]}\n" : "]}\n", stdout);
    else if (st == NM_OK && !ctx.written)
        fprintf(stderr, "newsmon search: no article matches '%s'\n", query.data);
    nm_buf_deinit(&ctx.out);
    nm_buf_deinit(&query);
    nm_store_close(s, NULL);
    if (st != NM_OK) {
        fprintf(stderr, "newsmon search: %s\n", err.msg);
        return st == NM_ERR_USAGE ? EXIT_USAGE : 1;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
