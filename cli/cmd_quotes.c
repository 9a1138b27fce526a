/* newsmon quotes: who said what, one quote a line, for reading. */
#include "cli.h"
#include "collect.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char help[] =
    "usage: newsmon quotes [--speaker NAME] [--as auto|html|text] [-j N] INPUT...\n"
    "       newsmon quotes [--db PATH] [--speaker NAME] [--format text|json]\n"
    "\n"
    "Print every quote of the INPUTs (without INPUTs: of the store) as 'speaker — role: \xE2\x80\x9Ctext\xE2\x80\x9D' (kind), one a line.\n"
    "\n"
    "  --speaker NAME  only quotes whose speaker's name contains NAME (any case)\n"
    "  --as K          treat plain files as html or text (default: auto)\n"
    "  --db PATH       the store read without INPUTs (default newsmon.db)\n"
    "  --format F      for the store: text (default) or json (one object a line:\n"
    "                  id, source, speaker, role, kind, cue, text, start, end, story)\n"
    "  -j, --jobs N    worker threads (default 1)\n"
    "  -h, --help      this text\n";

/* "Name — role, affiliation" or the mention as written. */
static void speaker_label(const nm_article *a, const nm_quote *q, nm_buf *o)
{
    if (!q->has_speaker) {
        nm_buf_puts(o, "(unattributed)");
        return;
    }
    if (q->person >= 0) {
        const nm_person *p = &a->people[q->person];
        nm_buf_puts(o, p->name);
        if (p->role || p->affiliation) {
            nm_buf_puts(o, " \xE2\x80\x94 ");
            if (p->role)
                nm_buf_puts(o, p->role);
            if (p->affiliation)
                nm_buf_printf(o, "%s%s", p->role ? ", " : "", p->affiliation);
        }
        return;
    }
    nm_buf_append(o, a->text + q->speaker.start, q->speaker.end - q->speaker.start);
}

typedef struct store_quotes_ctx {
    bool json;
    nm_buf out;
    bool write_failed;
} store_quotes_ctx;

static bool emit_stored(const nm_quote_row *q, void *user)
{
    store_quotes_ctx *ctx = user;
    nm_buf *o = &ctx->out;
    nm_buf_reset(o);
    if (ctx->json) {
        nm_buf_puts(o, "{\"id\":");
        nm_json_string(o, q->article_id);
        nm_buf_puts(o, ",\"source\":");
        nm_json_string(o, q->source);
        nm_buf_puts(o, ",\"speaker\":");
        nm_json_string(o, q->speaker);
        nm_buf_puts(o, ",\"role\":");
        nm_json_string(o, q->role);
        nm_buf_puts(o, ",\"kind\":");
        nm_json_string(o, q->kind);
        nm_buf_puts(o, ",\"cue\":");
        nm_json_string(o, q->cue);
        nm_buf_puts(o, ",\"text\":");
        nm_json_string(o, q->text);
        nm_buf_printf(o, ",\"start\":%zu,\"end\":%zu,\"story\":%lld}\n", q->start, q->end,
                      (long long)q->story);
    } else {
        nm_buf_puts(o, q->speaker ? q->speaker : "(unattributed)");
        if (q->role)
            nm_buf_printf(o, " \xE2\x80\x94 %s", q->role);
        nm_buf_printf(o, ": \xE2\x80\x9C%s\xE2\x80\x9D (%s, %s)\n", q->text, q->kind, q->article_id);
    }
    if (!cli_write_stdout(o->data, o->len))
        ctx->write_failed = true;
    return !ctx->write_failed;
}

/* Without INPUTs: the store's quotes. */
static int store_quotes(const char *db, const char *speaker, bool json)
{
    nm_store *s = cli_store_open("quotes", db, true);
    if (!s)
        return 1;
    store_quotes_ctx ctx = {json, {0}, false};
    nm_buf_init(&ctx.out);
    nm_error err;
    nm_error_clear(&err);
    nm_status st = nm_store_quotes(s, speaker, emit_stored, &ctx, &err);
    nm_buf_deinit(&ctx.out);
    nm_store_close(s, NULL);
    if (st != NM_OK) {
        fprintf(stderr, "newsmon quotes: %s\n", err.msg);
        return 1;
    }
    return ctx.write_failed || fflush(stdout) != 0 ? 1 : 0;
}

int cmd_quotes(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"speaker", required_argument, NULL, 's'}, {"as", required_argument, NULL, 'a'},
        {"jobs", required_argument, NULL, 'j'},    {"help", no_argument, NULL, 'h'},
        {"db", required_argument, NULL, 'd'},      {"format", required_argument, NULL, 'f'},
        {NULL, 0, NULL, 0}};
    const char *speaker = NULL, *db = CLI_DEFAULT_DB;
    bool json = false;
    nm_options opts;
    nm_options_init(&opts);
    int jobs = 1, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:a:j:hd:f:", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f':
            if (!cli_parse_text_json(optarg, &json))
                return cli_usage_error("quotes", "unknown format '%s'", optarg);
            break;
        case 's': speaker = optarg; break;
        case 'a':
            if (!cli_parse_as(optarg, &opts.as))
                return cli_usage_error("quotes", "unknown --as '%s'", optarg);
            break;
        case 'j':
            if (!(jobs = cli_parse_jobs(optarg)))
                return cli_usage_error("quotes", "-j wants 1..256, not '%s'", optarg);
            break;
        case 'h': fputs(help, stdout); return 0;
        default: return cli_usage_error("quotes", "bad option");
        }
    }
    if (optind >= argc)
        return store_quotes(db, speaker, json);
    article_list list = {0};
    runner_stats st = collect_articles(argv + optind, (size_t)(argc - optind), &opts, jobs, &list);
    nm_buf o;
    nm_buf_init(&o);
    for (size_t i = 0; i < list.n; i++) {
        const nm_article *a = list.items[i];
        for (size_t k = 0; k < a->n_quotes; k++) {
            const nm_quote *q = &a->quotes[k];
            const char *name = nm_quote_speaker_name(a, q);
            if (speaker && (!name || !strcasestr(name, speaker)))
                continue;
            nm_buf_reset(&o);
            speaker_label(a, q, &o);
            nm_buf_puts(&o, ": \xE2\x80\x9C");
            for (size_t f = 0; f < q->n_frags; f++) {
                if (f)
                    nm_buf_puts(&o, " \xE2\x80\xA6 ");
                nm_buf_append(&o, a->text + q->frags[f].start, q->frags[f].end - q->frags[f].start);
            }
            nm_buf_printf(&o, "\xE2\x80\x9D (%s, %s)\n", nm_quote_kind_str(q->kind), a->id);
            cli_write_stdout(o.data, o.len);
        }
    }
    nm_buf_deinit(&o);
    article_list_free(&list);
    return st.failed ? 1 : 0;
}
