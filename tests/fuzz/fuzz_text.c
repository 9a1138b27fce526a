/* libFuzzer target: plain-text cleaning and analysis (nm_process, kind TEXT),
 * plus the content sniffers every plain file goes through first. */
#include "fuzz_common.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)nm_sniff_kind((const char *)data, size);
    (void)nm_looks_binary((const char *)data, size);
    nm_doc doc = {0};
    doc.id = "fuzz";
    doc.source = "fuzz.txt";
    doc.data = (const char *)data;
    doc.len = size;
    doc.kind = NM_AS_TEXT;
    doc.offset = NM_NO_OFFSET;
    fuzz_process_doc(&doc);
    return 0;
}
