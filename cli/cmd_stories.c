/* newsmon stories: the store's stories, largest first. */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: newsmon stories [--db PATH] [--format text|json] [--min N]\n"
    "\n"
    "List the stories the store grouped its articles into, largest first:\n"
    "id, title, date range and the article ids (as 'extract' prints them).\n"
    "\n"
    "  --db PATH    the store (default newsmon.db)\n"
    "  --format F   text (default) or json:\n"
    "               {\"stories\": [{\"id\", \"title\", \"articles\", \"first_date\",\n"
    "               \"last_date\", \"sources\"}]}\n"
    "  --min N      only stories of at least N articles (default 1)\n"
    "  -h, --help   this text\n";

typedef struct stories_ctx {
    bool json;
    size_t written;
    nm_buf out;
} stories_ctx;

static bool emit(const nm_story_info *st, void *user)
{
    stories_ctx *ctx = user;
    nm_buf *o = &ctx->out;
    nm_buf_reset(o);
    if (ctx->json) {
        nm_buf_printf(o, "%s\n{\"id\":%lld,\"title\":", ctx->written ? "," : "",
                      (long long)st->id);
        nm_json_string(o, st->title);
        nm_buf_puts(o, ",\"articles\":[");
        for (size_t i = 0; i < st->n_articles; i++) {
            if (i)
                nm_buf_putc(o, ',');
            nm_json_string(o, st->articles[i]);
        }
        nm_buf_puts(o, "],\"first_date\":");
        nm_json_string(o, st->first_date);
        nm_buf_puts(o, ",\"last_date\":");
        nm_json_string(o, st->last_date);
        nm_buf_puts(o, ",\"sources\":[");
        for (size_t i = 0; i < st->n_articles; i++) {
            if (i)
                nm_buf_putc(o, ',');
            nm_json_string(o, st->sources[i]);
        }
        nm_buf_puts(o, "]}");
    } else {
        nm_buf_printf(o, "%sstory %lld: %s\n", ctx->written ? "\n" : "", (long long)st->id,
                      st->title ? st->title : "(untitled)");
        if (st->first_date)
            nm_buf_printf(o, "  dates: %s .. %s\n", st->first_date, st->last_date);
        nm_buf_printf(o, "  %zu article%s:\n", st->n_articles, st->n_articles == 1 ? "" : "s");
        for (size_t i = 0; i < st->n_articles; i++)
            nm_buf_printf(o, "    %s  %s\n", st->articles[i], st->sources[i]);
    }
    ctx->written++;
    return cli_write_stdout(o->data, o->len);
}

int cmd_stories(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'}, {"format", required_argument, NULL, 'f'},
        {"min", required_argument, NULL, 'm'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *db = CLI_DEFAULT_DB;
    stories_ctx ctx = {0};
    long min = 1;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:f:m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f':
            if (!cli_parse_text_json(optarg, &ctx.json))
                return cli_usage_error("stories", "unknown format '%s'", optarg);
            break;
        case 'm': {
            char *end;
            min = strtol(optarg, &end, 10);
            if (*end || min < 1)
                return cli_usage_error("stories", "--min wants a positive number");
            break;
        }
        case 'h': fputs(help, stdout); return 0;
        default: return cli_usage_error("stories", "bad option");
        }
    }
    if (optind < argc)
        return cli_usage_error("stories", "unexpected argument '%s'", argv[optind]);
    nm_store *s = cli_store_open("stories", db, true);
    if (!s)
        return 1;
    nm_buf_init(&ctx.out);
    if (ctx.json)
        fputs("{\"stories\":[", stdout);
    nm_error err;
    nm_error_clear(&err);
    nm_status st = nm_store_stories(s, (size_t)min, emit, &ctx, &err);
    if (ctx.json)
        fputs(ctx.written ? "\n]}\n" : "]}\n", stdout);
    nm_buf_deinit(&ctx.out);
    nm_store_close(s, NULL);
    if (st != NM_OK) {
        fprintf(stderr, "newsmon stories: %s\n", err.msg);
        return 1;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
