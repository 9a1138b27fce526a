/* Internal: the WHATWG named character references (HTML Living Standard
 * §13.5), generated into html_entities.c by scripts/gen-html-entities.py.
 * Used by the tokenizer's named character reference state (§13.2.5.73). */
#ifndef NM_CLEAN_HTML_ENTITIES_H
#define NM_CLEAN_HTML_ENTITIES_H

#include <stdint.h>

/* Names in the table: every spelling, with and without ';' where the spec
 * lists both (the 106 legacy names match without a semicolon). */
#define HX_ENTITY_COUNT 2231
/* Longest name, "CounterClockwiseContourIntegral;". */
#define HX_ENTITY_NAME_MAX 32
/* Longest replacement in UTF-8 (two code points at most). */
#define HX_VALUE_MAX 7
/* Longest legacy name, matched without its semicolon ("middot"). */
#define HX_ENTITY_NOSEMI_MAX 6

typedef struct hx_entity {
    uint16_t name_off;  /* into hx_entity_names */
    uint8_t name_len;
    uint8_t value_len;
    char value[HX_VALUE_MAX + 1]; /* UTF-8 */
} hx_entity;

/* Byte-sorted by name. */
extern const hx_entity hx_entities[HX_ENTITY_COUNT];
extern const char *const hx_entity_names;
/* [first, end) indices of the names starting with each ASCII byte. */
extern const uint16_t hx_entity_range[128][2];

#endif
