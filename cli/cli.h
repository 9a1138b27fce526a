/* Subcommands of the newsmon CLI: each parses its own arguments and returns
 * the process exit status (0 ok, 1 some input failed, 2 usage). */
#ifndef NM_CLI_H
#define NM_CLI_H

#include "newsmon.h"

#define EXIT_USAGE 2

int cmd_extract(int argc, char **argv);
int cmd_digest(int argc, char **argv);
int cmd_quotes(int argc, char **argv);

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
