/*
 * jsontext.h - a document span as a jansson string for the subcommands that
 * build JSON with jansson (check, verify).  The library does the escaping,
 * so bytes that are not valid UTF-8 (possible with --replace-invalid)
 * become U+FFFD exactly as in extract's output.
 */
#ifndef QUOTH_CLI_JSONTEXT_H
#define QUOTH_CLI_JSONTEXT_H

#include <jansson.h>

#include "quoth.h"

/* A new reference (for json_pack's "o"), or NULL when out of memory. */
json_t *cli_json_span_text(const quoth_doc *doc, quoth_span span);

#endif
