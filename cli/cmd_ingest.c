/* newsmon ingest: read INPUTs into the store (duplicates, stories, search).
 * Documents are processed on -j workers; the store is written on this
 * thread in input order, so the same inputs always give the same store. */
#include "cli.h"
#include "runner.h"

#include <ftw.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The progress line is redrawn at most this often. */
#define PROGRESS_EVERY_MS 250

static const char help[] =
    "usage: newsmon ingest [--db PATH] [--as auto|html|text] [-j N] INPUT...\n"
    "\n"
    "Store every article of the INPUTs: duplicates are recognised and recorded\n"
    "against their original, each new article joins a story (or starts one),\n"
    "and titles, texts and quotes are indexed for 'newsmon search'.\n"
    "Ingesting the same input again adds nothing; after a crash or kill, the\n"
    "same command resumes and ends in the same state as one clean run.\n"
    "\n"
    "  --db PATH    the store (default newsmon.db; created when missing)\n"
    "  --as K       treat plain files as html or text (default: auto)\n"
    "  -j, --jobs N worker threads for extraction (default 1)\n"
    "  --batch N    articles per transaction (default 256; also committed every\n"
    "               second): a crash loses at most one batch, redone on rerun\n"
    "  -q, --quiet  no warnings, no summary\n"
    "  -h, --help   this text\n"
    "\n"
    "INPUT: a file, a directory (recursive, sorted), a WARC (.warc, .warc.gz,\n"
    ".warc.zst), JSON lines (.jsonl), an RSS/Atom feed, or - for stdin.\n"
    "A progress line is shown when standard error is a terminal.\n";

typedef struct ingest_ctx {
    nm_store *store;
    bool broken;        /* a store write failed: the rest is not stored */
    size_t added, existed, duplicates, new_stories, failed_writes;
    size_t seen, bytes;
    uint64_t total_bytes; /* 0 when unknown (stdin, compressed archives) */
    bool progress;
    double started, last_draw;
} ingest_ctx;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t walk_total;
static int add_size(const char *path, const struct stat *sb, int type, struct FTW *f)
{
    (void)path, (void)f;
    if (type == FTW_F)
        walk_total += (uint64_t)sb->st_size;
    return 0;
}

/* Input bytes to read, for the ETA; 0 when not knowable up front. */
static uint64_t total_size(char *const *inputs, size_t n)
{
    walk_total = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = inputs[i];
        size_t len = strlen(p);
        bool packed = (len > 3 && !strcmp(p + len - 3, ".gz")) ||
                      (len > 4 && !strcmp(p + len - 4, ".zst"));
        if (!strcmp(p, "-") || packed)
            return 0; /* sizes of documents inside are unknown */
        if (nftw(p, add_size, 16, FTW_PHYS) != 0)
            return 0;
    }
    return walk_total;
}

static void human_bytes(double b, char *out, size_t size)
{
    const char *unit[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (b >= 1024 && u < 4) {
        b /= 1024;
        u++;
    }
    snprintf(out, size, u ? "%.1f %s" : "%.0f %s", b, unit[u]);
}

static void draw_progress(ingest_ctx *ctx, bool final)
{
    double t = now_s();
    if (!final && t - ctx->last_draw < PROGRESS_EVERY_MS / 1000.0)
        return;
    ctx->last_draw = t;
    double el = t - ctx->started;
    double rate = el > 0 ? (double)ctx->seen / el : 0;
    char done[32], eta[48] = "";
    human_bytes((double)ctx->bytes, done, sizeof done);
    if (ctx->total_bytes && ctx->bytes && !final) {
        double left = el * ((double)ctx->total_bytes / (double)ctx->bytes - 1);
        if (left < 0)
            left = 0;
        snprintf(eta, sizeof eta, ", %.0f%%, ETA %dm%02ds",
                 100.0 * (double)ctx->bytes / (double)ctx->total_bytes, (int)left / 60,
                 (int)left % 60);
    }
    fprintf(stderr, "\r\033[Kingest: %zu articles (%zu new), %.0f/s, %s%s", ctx->seen,
            ctx->added, rate, done, eta);
    if (final)
        fputc('\n', stderr);
}

static void consume(runner_item *it, void *user)
{
    ingest_ctx *ctx = user;
    ctx->bytes += it->bytes;
    if (it->status == NM_OK && !ctx->broken) {
        ctx->seen++;
        nm_store_added r;
        nm_error err;
        nm_error_clear(&err);
        if (nm_store_add(ctx->store, it->article, it->content_hash, &r, &err) != NM_OK) {
            if (ctx->progress)
                fputc('\n', stderr);
            fprintf(stderr, "newsmon ingest: %s: %s\n", it->source, err.msg);
            ctx->broken = true;
            ctx->failed_writes++;
        } else if (r.existed) {
            ctx->existed++;
        } else {
            ctx->added++;
            ctx->duplicates += r.dup != NM_DUP_NONE;
            ctx->new_stories += r.new_story;
        }
    }
    if (ctx->progress)
        draw_progress(ctx, false);
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},   {"as", required_argument, NULL, 'a'},
        {"jobs", required_argument, NULL, 'j'}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},       {"batch", required_argument, NULL, 'b'},
        {NULL, 0, NULL, 0}};
    long batch = 0;
    const char *db = CLI_DEFAULT_DB;
    runner_cfg cfg = {0};
    cfg.jobs = 1;
    nm_options_init(&cfg.opts);
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:a:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'a':
            if (!cli_parse_as(optarg, &cfg.opts.as))
                return cli_usage_error("ingest", "unknown --as '%s'", optarg);
            break;
        case 'j':
            if (!(cfg.jobs = cli_parse_jobs(optarg)))
                return cli_usage_error("ingest", "-j wants 1..256, not '%s'", optarg);
            break;
        case 'q': cfg.quiet = true; break;
        case 'b': {
            char *end;
            batch = strtol(optarg, &end, 10);
            if (*end || batch < 1 || batch > 1000000)
                return cli_usage_error("ingest", "--batch wants 1..1000000, not '%s'", optarg);
            break;
        }
        case 'h': fputs(help, stdout); return 0;
        default: return cli_usage_error("ingest", "bad option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("ingest", "no INPUT given (use - for stdin)");
    ingest_ctx ctx = {0};
    nm_store_opts sopts;
    nm_store_opts_init(&sopts);
    if (batch)
        sopts.batch_articles = (size_t)batch;
    nm_error oerr;
    nm_error_clear(&oerr);
    if (nm_store_open(db, &sopts, &ctx.store, &oerr) != NM_OK) {
        fprintf(stderr, "newsmon ingest: %s\n", oerr.msg);
        return 1;
    }
    char *const *inputs = argv + optind;
    size_t n_inputs = (size_t)(argc - optind);
    ctx.progress = !cfg.quiet && isatty(STDERR_FILENO);
    if (ctx.progress)
        ctx.total_bytes = total_size(inputs, n_inputs);
    ctx.started = now_s();
    cfg.consume = consume;
    cfg.user = &ctx;
    runner_stats st = runner_run(inputs, n_inputs, &cfg);
    nm_error err;
    nm_error_clear(&err);
    if (nm_store_close(ctx.store, &err) != NM_OK) {
        fprintf(stderr, "newsmon ingest: %s\n", err.msg);
        ctx.failed_writes++;
    }
    if (ctx.progress)
        draw_progress(&ctx, true);
    if (!cfg.quiet && (ctx.progress || st.failed || ctx.failed_writes))
        fprintf(stderr,
                "newsmon ingest: %zu document%s: %zu stored (%zu duplicate%s, %zu new "
                "stor%s), %zu already stored; %zu failed, %zu skipped\n",
                st.documents, st.documents == 1 ? "" : "s", ctx.added, ctx.duplicates,
                ctx.duplicates == 1 ? "" : "s", ctx.new_stories,
                ctx.new_stories == 1 ? "y" : "ies", ctx.existed, st.failed + ctx.failed_writes,
                st.warnings + st.no_article);
    return st.failed || ctx.failed_writes ? 1 : 0;
}
