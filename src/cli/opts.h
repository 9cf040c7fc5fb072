/*
 * opts.h - options shared by the subcommands that read documents, and
 * their parsing (getopt_long).
 */
#ifndef QUOTH_CLI_OPTS_H
#define QUOTH_CLI_OPTS_H

#include <stddef.h>

#include "quoth.h"

typedef enum cli_input { CLI_INPUT_AUTO, CLI_INPUT_TEXT, CLI_INPUT_JSONL } cli_input;

typedef struct cli_opts {
  const char *lexicons; /* --lexicons DIR, NULL = built in */
  const char *lang;
  unsigned engine_options; /* QUOTH_OPT_* */
  cli_input input;
  const char *text_field, *id_field;
  const char *keep_fields; /* comma-separated, may be NULL */
  const char *glob;        /* directory filter, may be NULL */
  const char *format;      /* subcommand-specific name */
  quoth_offsets offsets;
  int jobs;
  int quiet, progress; /* progress: -1 auto, 0 off, 1 on */
  int progress_forced; /* --progress was given */
  int colour;          /* --color: -1 auto, 0 never, 1 always */
  int json_general;    /* QUOTH_CLI_JSON=general: no JSONL fast path (tests) */
  size_t max_bytes;
  double min_confidence; /* --min-confidence, 0 = keep every statement */
  unsigned kinds;        /* --kinds: QUOTH_KIND_BIT mask, 0 = every kind */
  char **paths; /* positional arguments */
  int npaths;
} cli_opts;

/* Parses argv (argv[0] is the subcommand name) into o, starting from the
 * defaults.  extra is a getopt_long-style list of subcommand options handled
 * by on_extra; returns 0, or EXIT_USAGE after printing a message.  usage()
 * prints the subcommand's help. */
typedef struct cli_extra_opt {
  const char *name;
  int has_arg;
  int id;
} cli_extra_opt;

int cli_parse(int argc, char **argv, cli_opts *o, const cli_extra_opt *extra,
              int (*on_extra)(int id, const char *arg, void *ctx), void *ctx,
              void (*usage)(void));

/* Loads lexicons and makes an engine from o; prints errors. */
int cli_make_engine(const cli_opts *o, quoth_lexicons **lex, quoth_engine **engine);

struct cli_doc;
/* The message for a document quoth_engine_process() refused with status st:
 * "SOURCE: why[ at byte N]; OUTCOME[ (use --replace-invalid ...)]", the
 * byte offset and the hint only for input errors.  Caller frees; NULL when
 * out of memory. */
char *cli_process_error(int st, const quoth_engine *eng, const struct cli_doc *d,
                        const char *outcome);
/* The same message, printed with cli_error(). */
void cli_report_process_error(int st, const quoth_engine *eng, const struct cli_doc *d,
                              const char *outcome);
/* One more engine on already loaded lexicons; prints errors. */
int cli_new_engine(const cli_opts *o, const quoth_lexicons *lex, quoth_engine **engine);

#endif
