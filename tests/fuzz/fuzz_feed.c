/* libFuzzer target: the RSS/Atom feed reader on a whole buffer, and every
 * item it yields through nm_process. */
#include "fuzz_common.h"
#include "ingest/readers.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_reader_state state = {0, 0};
    nm_reader_opts opts = {NM_AS_AUTO, fuzz_on_warn, &state};
    size_t failed = 0;
    nm_error err;
    nm_error_clear(&err);
    (void)nm_read_feed("fuzz.rss", (const char *)data, size, &opts, fuzz_on_doc, &state,
                       &failed, &err);
    FUZZ_CHECK(memchr(err.msg, '\0', sizeof err.msg) != NULL);
    return 0;
}
