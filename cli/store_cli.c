/* Helpers shared by the commands that use the store. */
#include "cli.h"
#include "runner.h"

#include <stdio.h>
#include <string.h>

nm_store *cli_store_open(const char *cmd, const char *path, bool read_only)
{
    nm_store_opts opts;
    nm_store_opts_init(&opts);
    opts.read_only = read_only;
    nm_store *s = NULL;
    nm_error err;
    nm_error_clear(&err);
    if (nm_store_open(path, &opts, &s, &err) != NM_OK) {
        fprintf(stderr, "newsmon %s: %s\n", cmd, err.msg);
        return NULL;
    }
    return s;
}

bool cli_parse_text_json(const char *s, bool *json)
{
    if (!strcmp(s, "json"))
        *json = true;
    else if (!strcmp(s, "text"))
        *json = false;
    else
        return false;
    return true;
}
