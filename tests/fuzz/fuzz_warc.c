/* libFuzzer target: the WARC reader (plain, gzip or zstd by magic bytes)
 * on a whole buffer, and every record it yields through nm_process. */
#include "fuzz_common.h"
#include "ingest/readers.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *source = "fuzz.warc";
    if (size >= 2 && data[0] == 0x1F && data[1] == 0x8B)
        source = "fuzz.warc.gz";
    else if (size >= 4 && !memcmp(data, "\x28\xB5\x2F\xFD", 4))
        source = "fuzz.warc.zst";
    fuzz_reader_state state = {0, 0};
    nm_reader_opts opts = {NM_AS_AUTO, fuzz_on_warn, &state};
    size_t failed = 0;
    nm_error err;
    nm_error_clear(&err);
    (void)nm_read_warc(source, (const char *)data, size, &opts, fuzz_on_doc, &state,
                       &failed, &err);
    FUZZ_CHECK(memchr(err.msg, '\0', sizeof err.msg) != NULL);
    return 0;
}
