/* newsmon: subcommand dispatch. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"extract", cmd_extract, "read articles, print records (text, people, quotes)"},
    {"digest", cmd_digest, "summarise articles as one story: who said what"},
    {"quotes", cmd_quotes, "print who said what, one quote a line (files or the store)"},
    {"ingest", cmd_ingest, "store articles: duplicates, stories, search index"},
    {"stats", cmd_stats, "count the store's articles, duplicates, stories, quotes, people"},
    {"stories", cmd_stories, "list the store's stories and their articles"},
    {"search", cmd_search, "full-text search of the store's titles, texts and quotes"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: newsmon COMMAND [OPTIONS] [INPUT...]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'newsmon COMMAND --help' describes each command.\n"
                 "INPUT is a file, a directory (walked recursively in sorted order),\n"
                 "a WARC (.warc, .warc.gz, .warc.zst), JSON lines, a feed, or - for stdin.\n");
}

int cli_parse_jobs(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    return (*s && !*end && v >= 1 && v <= 256) ? (int)v : 0;
}

bool cli_parse_as(const char *s, nm_content_kind *out)
{
    if (!strcmp(s, "auto")) *out = NM_AS_AUTO;
    else if (!strcmp(s, "html")) *out = NM_AS_HTML;
    else if (!strcmp(s, "text")) *out = NM_AS_TEXT;
    else return false;
    return true;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "newsmon %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'newsmon %s --help'.\n", cmd);
    return EXIT_USAGE;
}

bool cli_write_stdout(const char *data, size_t len)
{
    return fwrite(data, 1, len, stdout) == len;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("newsmon %s\n", NM_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "newsmon: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return EXIT_USAGE;
}
