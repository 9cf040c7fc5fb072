/* render.c - quoth_doc_render() and helpers shared by the writers. */
#include "render.h"

#include <stdlib.h>

#include "text.h"

size_t quoth__render_offset(const quoth_doc *doc, quoth_offsets mode, size_t byte) {
  switch (mode) {
  case QUOTH_OFFSETS_BYTE: return byte;
  case QUOTH_OFFSETS_UTF16: return quoth_doc_utf16_offset(doc, byte);
  case QUOTH_OFFSETS_CODEPOINT: break;
  }
  return quoth_doc_codepoint_offset(doc, byte);
}

void quoth__render_json_text(quoth__buf *b, const quoth_doc *doc, quoth_span span) {
  size_t len;
  const char *t = quoth_doc_text(doc, &len);
  if (span.end > len) span.end = len;
  if (span.start > span.end) span.start = span.end;
  quoth__buf_json_string(b, t + span.start, span.end - span.start);
}

void quoth__render_plain_text(quoth__buf *b, const quoth_doc *doc, quoth_span span, int flat) {
  size_t len;
  const char *t = quoth_doc_text(doc, &len);
  if (span.end > len) span.end = len;
  if (span.start > span.end) span.start = span.end;
  quoth__buf_text(b, t + span.start, span.end - span.start, flat);
}

int quoth_doc_render(const quoth_doc *doc, quoth_format format, quoth_offsets offsets,
                     const char *id_json, char **out, size_t *outlen) {
  if (!out) return QUOTH_EINVAL;
  *out = NULL;
  if (outlen) *outlen = 0;
  if (!doc) return QUOTH_EINVAL;
  quoth__buf b;
  quoth__buf_init(&b);
  switch (format) {
  case QUOTH_FORMAT_JSONL: quoth__render_json(doc, offsets, id_json, &b); break;
  case QUOTH_FORMAT_TSV: quoth__render_tsv(doc, offsets, id_json, &b); break;
  case QUOTH_FORMAT_TEXT: quoth__render_text(doc, offsets, id_json, &b); break;
  default: return QUOTH_EINVAL;
  }
  quoth__buf_terminate(&b);
  if (b.oom) {
    quoth__buf_free(&b);
    return QUOTH_ENOMEM;
  }
  if (!b.data) { /* nothing written: return an empty string */
    b.data = calloc(1, 1);
    if (!b.data) return QUOTH_ENOMEM;
  }
  *out = b.data;
  if (outlen) *outlen = b.len;
  return QUOTH_OK;
}

void quoth_string_free(char *s) { free(s); }
