/* Subcommands of the newsmon CLI: each parses its own arguments and returns
 * the process exit status (0 ok, 1 some input failed, 2 usage). */
#ifndef NM_CLI_H
#define NM_CLI_H

#include "newsmon.h"

#define EXIT_USAGE 2

int cmd_extract(int argc, char **argv);
int cmd_digest(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_search(int argc, char **argv);

/* Store every command uses unless given --db PATH. */
#define CLI_DEFAULT_DB "newsmon.db"

/* Open the store for command `cmd`; prints the error and returns NULL on
 * failure. Read-only stores must exist. Close with nm_store_close. */
nm_store *cli_store_open(const char *cmd, const char *path, bool read_only);
/* "json" / "text" for --format of the store commands; false when unknown. */
bool cli_parse_text_json(const char *s, bool *json);

/* Parse "-j N" / "--jobs N" values: 1..256, or 0 on error. */
int cli_parse_jobs(const char *s);
/* Parse --as auto|html|text; false when unknown. */
bool cli_parse_as(const char *s, nm_content_kind *out);
/* Print "newsmon CMD: MESSAGE\nTry 'newsmon CMD --help'." and return 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Write the whole buffer to stdout; false on error. */
bool cli_write_stdout(const char *data, size_t len);

#endif
