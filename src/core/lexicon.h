/* Internal: access to the data files compiled into the library.
 * Each file data/lexicons/NAME.txt is embedded under NAME; the bytes are
 * static, NUL-terminated, and never freed. */
#ifndef NM_CORE_LEXICON_H
#define NM_CORE_LEXICON_H

#include <stddef.h>

/* Contents of data/lexicons/NAME.txt, or NULL when no such lexicon. */
const char *nm_lexicon_get(const char *name, size_t *len);

#endif
