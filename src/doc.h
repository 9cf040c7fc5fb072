/*
 * doc.h - the document result: everything one text produced.
 *
 * The pipeline stages fill a quoth_doc in order (paragraphs, sentences,
 * quotes, mentions, statements, entities, diagnostics); once
 * quoth_engine_process() returns it, it is read-only.  Strings and small
 * arrays live in the document's arena; the big arrays are realloc'ed and
 * freed by quoth_doc_free().
 */
#ifndef QUOTH_DOC_H
#define QUOTH_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "quoth.h"
#include "text.h"

#define QUOTH__NONE ((size_t)-1)
/* Documents are shorter than this, so token offsets fit in 32 bits. */
#define QUOTH__MAX_DOC ((size_t)UINT32_MAX)

struct quoth_quote {
  quoth_span span;  /* marks included */
  quoth_span inner; /* between the marks */
  quoth_quote_kind kind;
  unsigned flags;   /* QUOTH_QUOTE_* */
  size_t parent;    /* enclosing quote index or QUOTH__NONE */
  size_t paragraph; /* paragraph of the opening mark */
};

/* Internal quote flag: never closed, and cut where the very mark that
 * opened it re-opens after a sentence end ("One. "Two," said Holmes.): a
 * quote run over paragraphs whose breaks were lost, so the next quote goes
 * on with it. */
#define QUOTH__QUOTE_GOES_ON (1u << 30)

/* A mention of a possible speaker found outside quotes (see mentions.h). */
typedef enum quoth__mention_kind {
  QUOTH__M_NAME = 0,    /* proper name, possibly with titles */
  QUOTH__M_ORG = 1,     /* organization name or acronym */
  QUOTH__M_NOMINAL = 2, /* "the defense ministry", "his spokesman" */
  QUOTH__M_PRONOUN = 3,
  QUOTH__M_ANON = 4 /* "a senior official", "sources close to" */
} quoth__mention_kind;

typedef struct quoth__mention {
  quoth_span span;      /* whole mention, titles included */
  quoth_span head;      /* the name proper ("Dmitry Peskov") */
  quoth_span title;     /* "Kremlin spokesman", empty when none */
  quoth__mention_kind kind;
  int gender;           /* 'm', 'f', 'n' (neuter/organization), 0 unknown */
  int plural;
  int person;           /* a pronoun's grammatical person (1, 2, 3); 0 for others */
  size_t sentence;
  size_t entity;        /* resolved entity or QUOTH__NONE */
  size_t owner;         /* "his spokesman": mention index of "his" antecedent */
  /* Added by the attribution stage (internal, valid while it runs): */
  size_t t0, t1;        /* token range [t0, t1) in the attributor's tokens */
  quoth_span alias;     /* acronym in parentheses: "(OIC)" -> OIC */
  int subject;          /* first noun phrase of its segment */
  int speaker;          /* speaker of some statement */
  int reporter;         /* cited source of some statement ("according to X") */
  int group;            /* a one-word group, no person: 2 anonymous ("Aides"), 1 other ("Democrats") */
  int viewpoint;        /* "To X, ...", "For X, ...": whose view the sentence gives */
} quoth__mention;

struct quoth_entity {
  const quoth_doc *doc;
  size_t index;
  const char *name;
  quoth_entity_type type;
  const char **titles;
  size_t ntitles, captitles;
  const char **aliases;
  size_t naliases, capaliases;
  quoth_span *mentions;
  size_t nmentions, capmentions;
  int gender;
  size_t linked; /* "spokesman of X": X's index, or QUOTH__NONE */
};

struct quoth_statement {
  const quoth_doc *doc;
  quoth_span *parts;
  size_t nparts;
  quoth_kind kind;
  size_t speaker;   /* entity index or QUOTH__NONE */
  size_t addressee; /* entity index or QUOTH__NONE */
  size_t reporter;  /* entity index or QUOTH__NONE */
  quoth_span speaker_mention;
  quoth_resolution resolved;
  quoth_span cue;
  const char *lemma;
  double confidence;
  const char *rule; /* static string */
  size_t sentence, paragraph;
  /* Internal to the attribution stage: mention indices (or QUOTH__NONE) of
   * the speaker, addressee and reporter before entity resolution. */
  size_t smention, amention, rmention;
};

struct quoth_diagnostic {
  const char *rule; /* static string */
  quoth_severity severity;
  quoth_span span;
  const char *message; /* in the arena */
};

struct quoth_doc {
  quoth__arena arena;
  char *text; /* copy of the input, NUL-terminated */
  size_t len;
  quoth__offsets offsets;

  quoth_span *paragraphs;
  size_t nparagraphs;
  quoth_span *sentences;
  size_t nsentences, capsentences;
  quoth_quote *quotes;
  size_t nquotes, capquotes;
  quoth__mention *mentions;
  size_t nmentions, capmentions;
  quoth_statement *statements;
  size_t nstatements, capstatements;
  quoth_entity *entities;
  size_t nentities, capentities;
  quoth_diagnostic *diags;
  size_t ndiags, capdiags;
};

/* A new empty document holding a copy of text; NULL when out of memory. */
quoth_doc *quoth__doc_new(const char *text, size_t len);

/* Appenders: return a pointer to the new zeroed record, or NULL (ENOMEM). */
quoth_quote *quoth__doc_add_quote(quoth_doc *doc);
/* The end of quote qq's words, trailing blanks skipped (inner.start when
 * it holds none), and their last byte ("," in "“We will,”"; 0 for none):
 * how the quoted words end. */
size_t quoth__quote_words_end(const quoth_doc *doc, const quoth_quote *qq);
char quoth__quote_last_char(const quoth_doc *doc, const quoth_quote *qq);
quoth__mention *quoth__doc_add_mention(quoth_doc *doc);
quoth_statement *quoth__doc_add_statement(quoth_doc *doc);
quoth_entity *quoth__doc_add_entity(quoth_doc *doc, const char *name, size_t len,
                                    quoth_entity_type type);
int quoth__doc_add_sentence(quoth_doc *doc, size_t start, size_t end);
/* A diagnostic with a printf-style message; returns 0 or QUOTH_ENOMEM. */
int quoth__doc_add_diag(quoth_doc *doc, const char *rule, quoth_severity sev, quoth_span span,
                        const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Entity helpers: add a title / alias / mention unless already present. */
int quoth__entity_add_title(quoth_doc *doc, quoth_entity *e, const char *s, size_t len);
int quoth__entity_add_alias(quoth_doc *doc, quoth_entity *e, const char *s, size_t len);
int quoth__entity_add_mention(quoth_entity *e, quoth_span span);

/* Index of the sentence / paragraph containing byte offset pos (the last one
 * starting at or before pos); 0 when there are none. */
size_t quoth__doc_sentence_at(const quoth_doc *doc, size_t pos);
size_t quoth__doc_paragraph_at(const quoth_doc *doc, size_t pos);

#endif
