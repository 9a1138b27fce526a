/* libFuzzer target: HTML extraction and analysis (nm_process, kind HTML).
 * A first byte below 8 (never the start of a real page) picks a declared
 * charset, as a transport header would, and is dropped; seeds stay pages. */
#include "fuzz_common.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const charsets[] = {NULL, "utf-8", "windows-1252", "iso-8859-1",
                                           "utf-16", "shift_jis", "koi8-r", "bogus"};
    const char *charset = NULL;
    if (size > 0 && data[0] < sizeof charsets / sizeof *charsets) {
        charset = charsets[data[0]];
        data++;
        size--;
    }
    nm_doc doc = {0};
    doc.id = "fuzz";
    doc.source = "fuzz.html";
    doc.data = (const char *)data;
    doc.len = size;
    doc.kind = NM_AS_HTML;
    doc.charset = charset;
    doc.offset = NM_NO_OFFSET;
    fuzz_process_doc(&doc);
    return 0;
}
