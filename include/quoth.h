/*
 * quoth.h - quote and statement attribution engine.
 *
 * quoth finds the quotations and reported statements in a text and says who
 * made them.  The API has three opaque handles:
 *
 *   quoth_lexicons  immutable lookup tables (cue verbs, titles, abbreviations,
 *                   quote marks...); load once, share across threads.
 *   quoth_engine    one per thread; owns its ICU iterators and scratch memory.
 *   quoth_doc       everything one text produced; read-only once built.
 *
 * Conventions:
 *   - Fallible calls return a status (QUOTH_OK == 0, negative on error) and
 *     write their product through an out parameter; quoth_strerror() turns a
 *     status into words.  The library never prints, exits or reads the
 *     environment; running out of memory is QUOTH_ENOMEM.
 *   - Text is UTF-8, passed as (text, len).  Every span is a [start, end)
 *     byte offset into the caller's original bytes.  Helpers convert byte
 *     offsets to code point and UTF-16 offsets.
 *   - Results are read by count + index.  Accessors are total: a NULL handle
 *     or an out-of-range index gives NULL, 0 or an empty span, never a crash.
 *   - Every *_new / *_load has one *_free, and *_free(NULL) does nothing.
 */
#ifndef QUOTH_H
#define QUOTH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(QUOTH_BUILDING) && defined(__GNUC__)
#define QUOTH_API __attribute__((visibility("default")))
#else
#define QUOTH_API
#endif

/* ---- Status codes ------------------------------------------------------ */

enum {
  QUOTH_OK = 0,
  QUOTH_ENOMEM = -1,   /* out of memory */
  QUOTH_EINVAL = -2,   /* invalid argument */
  QUOTH_EUTF8 = -3,    /* invalid UTF-8 in the input */
  QUOTH_ENUL = -4,     /* NUL byte in the input */
  QUOTH_EBOM = -5,     /* byte order mark inside the input */
  QUOTH_EIO = -6,      /* a file could not be read */
  QUOTH_ELEXICON = -7, /* a lexicon file is malformed */
  QUOTH_EICU = -8,     /* ICU reported an error */
  QUOTH_ETOOBIG = -9,  /* input larger than the configured maximum */
  QUOTH_ELOCALE = -10  /* unsupported or malformed language tag */
};

/* A static English message for a status; never NULL.  Borrowed; static. */
QUOTH_API const char *quoth_strerror(int status);

/* The library version, e.g. "0.1.0".  Borrowed; static. */
QUOTH_API const char *quoth_version(void);

/* ---- Spans ------------------------------------------------------------- */

/* [start, end) byte offsets into the document's text.  An empty span
 * (start == end == 0) means "absent". */
typedef struct quoth_span {
  size_t start;
  size_t end;
} quoth_span;

/* ---- Lexicons ---------------------------------------------------------- */

typedef struct quoth_lexicons quoth_lexicons;

/* Loads the lexicons.  dir == NULL loads the copy compiled into the library;
 * otherwise dir holds the same layout as the source tree's lexicons/
 * (common/, en/, ...).  On QUOTH_ELEXICON or QUOTH_EIO, a message of the form
 * "file:line: message" is written to errbuf (if errbuf != NULL and
 * errlen > 0).  On success *out is set; caller frees with
 * quoth_lexicons_free().  The result is immutable and may be shared by any
 * number of engines in any number of threads. */
QUOTH_API int quoth_lexicons_load(const char *dir, quoth_lexicons **out,
                                  char *errbuf, size_t errlen);
QUOTH_API void quoth_lexicons_free(quoth_lexicons *lex);

/* ---- Engine ------------------------------------------------------------ */

/* Options: a bitmask, default 0. */
#define QUOTH_OPT_REPLACE_INVALID (1u << 0) /* invalid UTF-8, NUL, BOM -> U+FFFD */
#define QUOTH_OPT_LINE_PARAGRAPHS (1u << 1) /* every line break ends a paragraph */
#define QUOTH_OPT_SENTENCES_ONLY (1u << 2)  /* stop after sentence splitting */
#define QUOTH_OPT_PLAIN_ICU (1u << 3)       /* no sentence repairs (baseline) */

typedef struct quoth_engine quoth_engine;
typedef struct quoth_doc quoth_doc;

/* Creates an engine for language lang (a BCP 47 tag such as "en" or "de";
 * NULL means "en").  lex is borrowed and must outlive the engine.  On
 * success *out is set; caller frees with quoth_engine_free().  An engine is
 * not thread-safe: use one per thread. */
QUOTH_API int quoth_engine_new(const quoth_lexicons *lex, const char *lang,
                               unsigned options, quoth_engine **out);
QUOTH_API void quoth_engine_free(quoth_engine *engine);

/* Largest document accepted, in bytes (default 16 MiB); 0 means no limit
 * but the library's own, 4 GiB - 2. */
QUOTH_API void quoth_engine_set_max_bytes(quoth_engine *engine, size_t max);

/* Statements whose confidence is below min (0..1) are left out of the
 * document (default 0: all are kept).  Confidences are calibrated: a
 * statement of confidence c was right about c of the time on the gold set
 * the lexicon table en/confidence was fitted on (docs/evaluation.md). */
QUOTH_API void quoth_engine_set_min_confidence(quoth_engine *engine, double min);

/* Which kinds of statement the document keeps: an OR of QUOTH_KIND_BIT()
 * values, e.g. QUOTH_KIND_BIT(QUOTH_KIND_DIRECT) for direct quotes alone
 * (default QUOTH_KINDS_ALL; 0 also means all).  The filter applies after
 * the checks, which always judge the whole text. */
#define QUOTH_KIND_BIT(kind) (1u << (unsigned)(kind))
#define QUOTH_KINDS_ALL 7u
QUOTH_API void quoth_engine_set_kinds(quoth_engine *engine, unsigned kinds);

/* Processes one document.  text need not be NUL-terminated and is copied.
 * On success *out is set; caller frees with quoth_doc_free().  On
 * QUOTH_EUTF8 / QUOTH_ENUL / QUOTH_EBOM the offending byte offset is
 * available from quoth_engine_error_offset(). */
QUOTH_API int quoth_engine_process(quoth_engine *engine, const char *text,
                                   size_t len, quoth_doc **out);

/* Byte offset of the input error reported by the last failed
 * quoth_engine_process(); 0 when there was none. */
QUOTH_API size_t quoth_engine_error_offset(const quoth_engine *engine);

/* ---- Documents --------------------------------------------------------- */

typedef struct quoth_quote quoth_quote;
typedef struct quoth_statement quoth_statement;
typedef struct quoth_entity quoth_entity;
typedef struct quoth_diagnostic quoth_diagnostic;

QUOTH_API void quoth_doc_free(quoth_doc *doc);

/* The document's text (a copy of the input).  Borrowed; valid until
 * quoth_doc_free(). */
QUOTH_API const char *quoth_doc_text(const quoth_doc *doc, size_t *len);

/* Offset conversions: a byte offset (clamped to the text) to the number of
 * Unicode code points / UTF-16 code units before it.  Sublinear per call
 * after the first. */
QUOTH_API size_t quoth_doc_codepoint_offset(const quoth_doc *doc, size_t byte);
QUOTH_API size_t quoth_doc_utf16_offset(const quoth_doc *doc, size_t byte);

/* Paragraphs and sentences, in text order. */
QUOTH_API size_t quoth_doc_paragraph_count(const quoth_doc *doc);
QUOTH_API quoth_span quoth_doc_paragraph(const quoth_doc *doc, size_t i);
QUOTH_API size_t quoth_doc_sentence_count(const quoth_doc *doc);
QUOTH_API quoth_span quoth_doc_sentence(const quoth_doc *doc, size_t i);

/* ---- Quotation marks (every quoted span, statements or not) ------------ */

typedef enum quoth_quote_kind {
  QUOTH_QUOTE_SPEECH = 0, /* quoted words of a speaker */
  QUOTH_QUOTE_TERM = 1,   /* a quoted term, scare quote, nickname */
  QUOTH_QUOTE_TITLE = 2   /* the title of a work */
} quoth_quote_kind;

#define QUOTH_QUOTE_UNCLOSED (1u << 0)  /* no closing mark was found */
#define QUOTH_QUOTE_CONTINUED (1u << 1) /* runs over paragraphs by convention */
#define QUOTH_QUOTE_FRAGMENT (1u << 2)  /* quoted words inside a reported clause
                                           (part of a mixed quote) */

/* Borrowed; valid until quoth_doc_free(). */
QUOTH_API size_t quoth_doc_quote_count(const quoth_doc *doc);
QUOTH_API const quoth_quote *quoth_doc_quote(const quoth_doc *doc, size_t i);
/* Span including the quotation marks. */
QUOTH_API quoth_span quoth_quote_span(const quoth_quote *q);
/* Span of the words between the marks. */
QUOTH_API quoth_span quoth_quote_inner(const quoth_quote *q);
QUOTH_API quoth_quote_kind quoth_quote_kind_of(const quoth_quote *q);
QUOTH_API unsigned quoth_quote_flags(const quoth_quote *q);
/* Index of the enclosing quote, or (size_t)-1 for a top-level quote. */
QUOTH_API size_t quoth_quote_parent(const quoth_quote *q);
/* "speech", "term" or "title".  Borrowed; static. */
QUOTH_API const char *quoth_quote_kind_name(quoth_quote_kind kind);

/* ---- Statements (attributed quotes and reported speech) ---------------- */

typedef enum quoth_kind {
  QUOTH_KIND_DIRECT = 0,
  QUOTH_KIND_INDIRECT = 1,
  QUOTH_KIND_MIXED = 2
} quoth_kind;

typedef enum quoth_resolution {
  QUOTH_RESOLVED_NONE = 0,
  QUOTH_RESOLVED_EXPLICIT = 1,
  QUOTH_RESOLVED_ALIAS = 2,
  QUOTH_RESOLVED_PRONOUN = 3,
  QUOTH_RESOLVED_ROLE = 4,
  QUOTH_RESOLVED_CONTINUATION = 5
} quoth_resolution;

/* Borrowed; valid until quoth_doc_free(). */
QUOTH_API size_t quoth_doc_statement_count(const quoth_doc *doc);
QUOTH_API const quoth_statement *quoth_doc_statement(const quoth_doc *doc,
                                                     size_t i);
/* The whole statement: from its first part's start to its last part's end. */
QUOTH_API quoth_span quoth_statement_span(const quoth_statement *st);
QUOTH_API size_t quoth_statement_part_count(const quoth_statement *st);
QUOTH_API quoth_span quoth_statement_part(const quoth_statement *st, size_t i);
QUOTH_API quoth_kind quoth_statement_kind(const quoth_statement *st);
/* The speaker entity, or NULL when unattributed. */
QUOTH_API const quoth_entity *quoth_statement_speaker(const quoth_statement *st);
QUOTH_API quoth_span quoth_statement_speaker_mention(const quoth_statement *st);
QUOTH_API quoth_resolution quoth_statement_resolution(const quoth_statement *st);
QUOTH_API quoth_span quoth_statement_cue(const quoth_statement *st);
/* The cue's lemma ("say"), or NULL.  Borrowed; valid until quoth_doc_free(). */
QUOTH_API const char *quoth_statement_cue_lemma(const quoth_statement *st);
QUOTH_API const quoth_entity *quoth_statement_addressee(const quoth_statement *st);
/* The source reporting a nested attribution ("Al-Arabiya TV said X told..."). */
QUOTH_API const quoth_entity *quoth_statement_reporter(const quoth_statement *st);
QUOTH_API double quoth_statement_confidence(const quoth_statement *st);
/* Name of the rule that fired, e.g. "quote-speaker-cue".  Borrowed; static. */
QUOTH_API const char *quoth_statement_rule(const quoth_statement *st);
/* Index of the sentence / paragraph holding the statement's start. */
QUOTH_API size_t quoth_statement_sentence(const quoth_statement *st);
QUOTH_API size_t quoth_statement_paragraph(const quoth_statement *st);
/* "direct", "indirect", "mixed"; "none", "explicit", "alias", "pronoun",
 * "role", "continuation".  Borrowed; static. */
QUOTH_API const char *quoth_kind_name(quoth_kind kind);
QUOTH_API const char *quoth_resolution_name(quoth_resolution how);

/* ---- Entities ---------------------------------------------------------- */

typedef enum quoth_entity_type {
  QUOTH_ENTITY_PERSON = 0,
  QUOTH_ENTITY_ORGANIZATION = 1,
  QUOTH_ENTITY_ANONYMOUS = 2,
  QUOTH_ENTITY_OTHER = 3
} quoth_entity_type;

/* Borrowed; valid until quoth_doc_free(). */
QUOTH_API size_t quoth_doc_entity_count(const quoth_doc *doc);
QUOTH_API const quoth_entity *quoth_doc_entity(const quoth_doc *doc, size_t i);
/* Position of the entity in the document's entity table; (size_t)-1 for NULL. */
QUOTH_API size_t quoth_entity_index(const quoth_entity *e);
/* Canonical name.  Borrowed; valid until quoth_doc_free(). */
QUOTH_API const char *quoth_entity_name(const quoth_entity *e);
QUOTH_API quoth_entity_type quoth_entity_type_of(const quoth_entity *e);
/* "person", "organization", "anonymous", "other".  Borrowed; static. */
QUOTH_API const char *quoth_entity_type_name(quoth_entity_type type);
QUOTH_API size_t quoth_entity_title_count(const quoth_entity *e);
QUOTH_API const char *quoth_entity_title(const quoth_entity *e, size_t i);
QUOTH_API size_t quoth_entity_alias_count(const quoth_entity *e);
QUOTH_API const char *quoth_entity_alias(const quoth_entity *e, size_t i);
QUOTH_API size_t quoth_entity_mention_count(const quoth_entity *e);
QUOTH_API quoth_span quoth_entity_mention(const quoth_entity *e, size_t i);

/* ---- Diagnostics ------------------------------------------------------- */

typedef enum quoth_severity {
  QUOTH_SEVERITY_NOTE = 0,
  QUOTH_SEVERITY_WARNING = 1,
  QUOTH_SEVERITY_ERROR = 2
} quoth_severity;

/* Borrowed; valid until quoth_doc_free(). */
QUOTH_API size_t quoth_doc_diagnostic_count(const quoth_doc *doc);
QUOTH_API const quoth_diagnostic *quoth_doc_diagnostic(const quoth_doc *doc,
                                                       size_t i);
/* Stable rule name such as "unbalanced-quote".  Borrowed; static. */
QUOTH_API const char *quoth_diagnostic_rule(const quoth_diagnostic *d);
QUOTH_API quoth_severity quoth_diagnostic_severity(const quoth_diagnostic *d);
QUOTH_API quoth_span quoth_diagnostic_span(const quoth_diagnostic *d);
/* Borrowed; valid until quoth_doc_free(). */
QUOTH_API const char *quoth_diagnostic_message(const quoth_diagnostic *d);
/* "note", "warning", "error".  Borrowed; static. */
QUOTH_API const char *quoth_severity_name(quoth_severity s);

/* ---- Editorial checks (docs/checks.md) -------------------------------- */

/* quoth_engine_process() runs the editorial checks and adds their findings
 * to the document's diagnostics (above), sorted by position.  The rules
 * have stable names; these list them, for validating user choices. */
QUOTH_API size_t quoth_check_rule_count(void);
/* Rule i's name ("unattributed-quote") and a one-line summary; NULL when i
 * is out of range.  Borrowed; static. */
QUOTH_API const char *quoth_check_rule_name(size_t i);
QUOTH_API const char *quoth_check_rule_summary(size_t i);

/* The distant-pronoun rule fires when a pronoun speaker's antecedent is
 * more than n sentences back (default 3). */
QUOTH_API void quoth_engine_set_distant_pronoun(quoth_engine *engine, size_t n);

/* ---- Quote verification (docs/checks.md) ------------------------------ */

/* Is a claimed quote in a document, and credited to the claimed speaker?
 * A verifier indexes one document once; each claim then costs time bounded
 * by the claim's length, not the document's. */
typedef struct quoth_verifier quoth_verifier;
typedef struct quoth_verdict quoth_verdict;

typedef enum quoth_verdict_kind {
  QUOTH_VERDICT_CONFIRMED = 0,     /* the words are there, credited to the speaker */
  QUOTH_VERDICT_MISATTRIBUTED = 1, /* the words are there, credited to someone else */
  QUOTH_VERDICT_ALTERED = 2,       /* close but not exact: see the edits */
  QUOTH_VERDICT_UNATTRIBUTED = 3,  /* the words are there, credited to no one */
  QUOTH_VERDICT_NOT_FOUND = 4
} quoth_verdict_kind;

/* One step of the word-level diff between the claim and the text. */
typedef enum quoth_edit_kind {
  QUOTH_EDIT_SAME = 0,     /* the same word (case, quotes, punctuation aside) */
  QUOTH_EDIT_CHANGED = 1,  /* a claim word replaces a text word */
  QUOTH_EDIT_ADDED = 2,    /* a claim word that is not in the text */
  QUOTH_EDIT_DROPPED = 3,  /* a text word left out with no ellipsis */
  QUOTH_EDIT_ELLIPSIS = 4, /* "...", "…" or "[…]": stands for the text span */
  QUOTH_EDIT_BRACKET = 5,  /* "[words]": an editorial insertion for the text span */
  QUOTH_EDIT_SKIPPED = 6   /* narration between two quoted passages */
} quoth_edit_kind;

/* doc is borrowed and must outlive the verifier.  On success *out is set;
 * caller frees with quoth_verifier_free(). */
QUOTH_API int quoth_verifier_new(const quoth_doc *doc, quoth_verifier **out);
QUOTH_API void quoth_verifier_free(quoth_verifier *v);

/* Checks one claim: quote[0..qlen) credited to speaker[0..slen) (UTF-8;
 * speaker may be NULL or empty to check the words only).  On success *out
 * is set; caller frees with quoth_verdict_free().  The verdict borrows the
 * verifier's document and is valid until that document is freed.  Returns
 * QUOTH_EUTF8 for invalid UTF-8 in the claim. */
QUOTH_API int quoth_verify(quoth_verifier *v, const char *quote, size_t qlen,
                           const char *speaker, size_t slen, quoth_verdict **out);
QUOTH_API void quoth_verdict_free(quoth_verdict *verdict);

QUOTH_API quoth_verdict_kind quoth_verdict_kind_of(const quoth_verdict *verdict);
/* "confirmed", "misattributed", "altered", "unattributed", "not-found";
 * "same", "changed", "added", "dropped", "ellipsis", "bracket", "skipped".
 * Borrowed; static. */
QUOTH_API const char *quoth_verdict_kind_name(quoth_verdict_kind kind);
QUOTH_API const char *quoth_edit_kind_name(quoth_edit_kind kind);
/* Text span of the matched words (empty when not found). */
QUOTH_API quoth_span quoth_verdict_evidence(const quoth_verdict *verdict);
/* The statement covering the evidence and its speaker, or NULL.  Borrowed;
 * valid until the document is freed. */
QUOTH_API const quoth_statement *quoth_verdict_statement(const quoth_verdict *verdict);
QUOTH_API const quoth_entity *quoth_verdict_credited(const quoth_verdict *verdict);
/* Word edits that are not editorial (changed + added + dropped). */
QUOTH_API size_t quoth_verdict_cost(const quoth_verdict *verdict);
/* Claim words, and how many of them match the text exactly. */
QUOTH_API size_t quoth_verdict_claim_words(const quoth_verdict *verdict);
QUOTH_API size_t quoth_verdict_matched_words(const quoth_verdict *verdict);
/* The diff, in order: kind, the claim bytes (offsets into the quote passed
 * to quoth_verify) and the text bytes; either span is empty when absent. */
QUOTH_API size_t quoth_verdict_edit_count(const quoth_verdict *verdict);
QUOTH_API quoth_edit_kind quoth_verdict_edit_kind(const quoth_verdict *verdict, size_t i);
QUOTH_API quoth_span quoth_verdict_edit_claim(const quoth_verdict *verdict, size_t i);
QUOTH_API quoth_span quoth_verdict_edit_text(const quoth_verdict *verdict, size_t i);

/* ---- Rendering --------------------------------------------------------- */

typedef enum quoth_format {
  QUOTH_FORMAT_JSONL = 0, /* one JSON object per document, newline-ended */
  QUOTH_FORMAT_TSV = 1,   /* one row per statement (no header) */
  QUOTH_FORMAT_TEXT = 2,  /* human-readable */
  QUOTH_FORMAT_TEXT_COLOR = 3 /* the same with ANSI colour escapes (SGR), for
                                 terminals; the words are identical */
} quoth_format;

typedef enum quoth_offsets {
  QUOTH_OFFSETS_CODEPOINT = 0,
  QUOTH_OFFSETS_BYTE = 1,
  QUOTH_OFFSETS_UTF16 = 2
} quoth_offsets;

/* Renders doc (formats and fields: docs/output-format.md).  id_json (may be
 * NULL) is the document's id, already JSON-encoded (e.g. "\"a1\"" or "42"),
 * so callers can carry any JSON value through: JSONL writes it verbatim as
 * the "id" field; TSV and text write a JSON string's contents unquoted and
 * any other value as it is.  On success *out holds a NUL-terminated string of *outlen
 * bytes; caller frees with quoth_string_free(). */
QUOTH_API int quoth_doc_render(const quoth_doc *doc, quoth_format format,
                               quoth_offsets offsets, const char *id_json,
                               char **out, size_t *outlen);
/* The text of span as a JSON string literal (quotes included), with invalid
 * UTF-8, NUL and inner BOMs written as U+FFFD, so the result is valid JSON
 * even for text processed with QUOTH_OPT_REPLACE_INVALID.  On success *out
 * holds a NUL-terminated string of *outlen bytes; caller frees with
 * quoth_string_free(). */
QUOTH_API int quoth_doc_span_json(const quoth_doc *doc, quoth_span span, char **out,
                                  size_t *outlen);
/* The TSV header line (newline-ended).  Borrowed; static. */
QUOTH_API const char *quoth_tsv_header(void);
QUOTH_API void quoth_string_free(char *s);

#ifdef __cplusplus
}
#endif

#endif /* QUOTH_H */
