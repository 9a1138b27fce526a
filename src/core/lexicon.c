/* Embedded data files (data/lexicons/NAME.txt), generated into the binary at build
 * time by tools/embed.c. */
#include "lexicon.h"

#include <string.h>

struct nm_lexicon_entry {
    const char *name;
    const char *data;
    size_t len;
};
extern const struct nm_lexicon_entry nm_lexicon_table[];

const char *nm_lexicon_get(const char *name, size_t *len)
{
    for (const struct nm_lexicon_entry *e = nm_lexicon_table; e->name; e++)
        if (!strcmp(e->name, name)) {
            if (len)
                *len = e->len;
            return e->data;
        }
    if (len)
        *len = 0;
    return NULL;
}
