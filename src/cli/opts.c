/* opts.c - see opts.h. */
#define _GNU_SOURCE /* asprintf */
#include "opts.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"

enum {
  OPT_LEXICONS = 1000, OPT_LANG, OPT_REPLACE, OPT_LINE_PARAS, OPT_INPUT, OPT_TEXT_FIELD,
  OPT_ID_FIELD, OPT_KEEP, OPT_GLOB, OPT_FORMAT, OPT_OFFSETS, OPT_JOBS, OPT_QUIET,
  OPT_PROGRESS, OPT_MAX_BYTES, OPT_COLOUR, OPT_MIN_CONF, OPT_KINDS, OPT_HELP, OPT_EXTRA = 2000
};

static const struct option common_opts[] = {
    {"lexicons", required_argument, 0, OPT_LEXICONS},
    {"lang", required_argument, 0, OPT_LANG},
    {"replace-invalid", no_argument, 0, OPT_REPLACE},
    {"line-paragraphs", no_argument, 0, OPT_LINE_PARAS},
    {"input", required_argument, 0, OPT_INPUT},
    {"text-field", required_argument, 0, OPT_TEXT_FIELD},
    {"id-field", required_argument, 0, OPT_ID_FIELD},
    {"keep-fields", required_argument, 0, OPT_KEEP},
    {"glob", required_argument, 0, OPT_GLOB},
    {"format", required_argument, 0, OPT_FORMAT},
    {"offsets", required_argument, 0, OPT_OFFSETS},
    {"jobs", required_argument, 0, OPT_JOBS},
    {"quiet", no_argument, 0, OPT_QUIET},
    {"progress", no_argument, 0, OPT_PROGRESS},
    {"max-bytes", required_argument, 0, OPT_MAX_BYTES},
    {"min-confidence", required_argument, 0, OPT_MIN_CONF},
    {"kinds", required_argument, 0, OPT_KINDS},
    {"color", required_argument, 0, OPT_COLOUR},
    {"colour", required_argument, 0, OPT_COLOUR},
    {"help", no_argument, 0, OPT_HELP},
};
enum { NCOMMON = sizeof common_opts / sizeof *common_opts };

static int parse_count(const char *s, long lo, long hi, long *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (!*s || *end || v < lo || v > hi) return -1;
  *out = v;
  return 0;
}

/* A number in [0, 1]: the --min-confidence argument. */
static int parse_unit(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (!*s || *end || !(v >= 0.0 && v <= 1.0)) return -1;
  *out = v;
  return 0;
}

/* A comma-separated list of statement kinds: the --kinds argument. */
static int parse_kinds(const char *s, unsigned *out) {
  static const quoth_kind kinds[] = {QUOTH_KIND_DIRECT, QUOTH_KIND_INDIRECT, QUOTH_KIND_MIXED};
  unsigned mask = 0;
  while (*s) {
    size_t n = strcspn(s, ","), k = 0;
    while (k < 3 && !(strlen(quoth_kind_name(kinds[k])) == n &&
                      strncmp(quoth_kind_name(kinds[k]), s, n) == 0))
      k++;
    if (k == 3) return -1;
    mask |= QUOTH_KIND_BIT(kinds[k]);
    s += n;
    if (*s == ',' && !*++s) return -1; /* a trailing comma */
  }
  if (!mask) return -1;
  *out = mask;
  return 0;
}

static int set_common(cli_opts *o, int id, const char *arg) {
  long v;
  switch (id) {
  case OPT_LEXICONS: o->lexicons = arg; return 0;
  case OPT_LANG: o->lang = arg; return 0;
  case OPT_REPLACE: o->engine_options |= QUOTH_OPT_REPLACE_INVALID; return 0;
  case OPT_LINE_PARAS: o->engine_options |= QUOTH_OPT_LINE_PARAGRAPHS; return 0;
  case OPT_TEXT_FIELD: o->text_field = arg; return 0;
  case OPT_ID_FIELD: o->id_field = arg; return 0;
  case OPT_KEEP: o->keep_fields = arg; return 0;
  case OPT_GLOB: o->glob = arg; return 0;
  case OPT_FORMAT: o->format = arg; return 0;
  case OPT_QUIET: o->quiet = 1, o->progress = 0; return 0;
  case OPT_PROGRESS: o->progress = 1; return 0;
  case OPT_INPUT:
    if (!strcmp(arg, "text")) o->input = CLI_INPUT_TEXT;
    else if (!strcmp(arg, "jsonl")) o->input = CLI_INPUT_JSONL;
    else if (!strcmp(arg, "auto")) o->input = CLI_INPUT_AUTO;
    else return cli_error("--input: expected text, jsonl or auto, got '%s'", arg), -1;
    return 0;
  case OPT_COLOUR:
    if (!strcmp(arg, "auto")) o->colour = -1;
    else if (!strcmp(arg, "always")) o->colour = 1;
    else if (!strcmp(arg, "never")) o->colour = 0;
    else return cli_error("--color: expected auto, always or never, got '%s'", arg), -1;
    return 0;
  case OPT_OFFSETS:
    if (!strcmp(arg, "codepoint")) o->offsets = QUOTH_OFFSETS_CODEPOINT;
    else if (!strcmp(arg, "byte")) o->offsets = QUOTH_OFFSETS_BYTE;
    else if (!strcmp(arg, "utf16")) o->offsets = QUOTH_OFFSETS_UTF16;
    else return cli_error("--offsets: expected byte, codepoint or utf16, got '%s'", arg), -1;
    return 0;
  case OPT_JOBS:
    if (parse_count(arg, 1, 256, &v)) return cli_error("--jobs: expected 1..256, got '%s'", arg), -1;
    o->jobs = (int)v;
    return 0;
  case OPT_MAX_BYTES:
    if (parse_count(arg, 0, 0x7fffffffL, &v))
      return cli_error("--max-bytes: expected a byte count, got '%s'", arg), -1;
    o->max_bytes = (size_t)v;
    return 0;
  case OPT_MIN_CONF:
    if (parse_unit(arg, &o->min_confidence))
      return cli_error("--min-confidence: expected a number from 0 to 1, got '%s'", arg), -1;
    return 0;
  case OPT_KINDS:
    if (parse_kinds(arg, &o->kinds))
      return cli_error("--kinds: expected a comma-separated list of direct, indirect and mixed, "
                       "got '%s'", arg), -1;
    return 0;
  }
  return -1;
}

static void cli_defaults(cli_opts *o) {
  memset(o, 0, sizeof *o);
  o->lang = "en";
  o->text_field = "text";
  o->id_field = "id";
  o->offsets = QUOTH_OFFSETS_CODEPOINT;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  o->jobs = n > 0 ? (int)(n > 64 ? 64 : n) : 1;
  o->progress = -1;
  o->colour = -1;
  /* For tests only: compare the JSONL fast path with jansson's answers. */
  const char *json = getenv("QUOTH_CLI_JSON");
  o->json_general = json && !strcmp(json, "general");
  o->max_bytes = 16u << 20; /* the library default */
}

int cli_parse(int argc, char **argv, cli_opts *o, const cli_extra_opt *extra,
              int (*on_extra)(int id, const char *arg, void *ctx), void *ctx,
              void (*usage)(void)) {
  struct option all[64];
  size_t n = 0;
  cli_defaults(o);
  for (size_t i = 0; i < NCOMMON; i++) all[n++] = common_opts[i];
  for (size_t i = 0; extra && extra[i].name && n < 63; i++)
    all[n++] = (struct option){extra[i].name, extra[i].has_arg, 0, OPT_EXTRA + (int)i};
  all[n] = (struct option){0, 0, 0, 0};
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, "+hj:qf:", all, NULL)) != -1) {
    if (c == 'h' || c == OPT_HELP) {
      usage();
      exit(EXIT_OK);
    }
    if (c == 'j') c = OPT_JOBS;
    if (c == 'q') c = OPT_QUIET;
    if (c == 'f') c = OPT_FORMAT;
    if (c >= OPT_EXTRA) {
      if (on_extra(extra[c - OPT_EXTRA].id, optarg, ctx)) return EXIT_USAGE;
      continue;
    }
    if (c == '?' || c == ':') {
      cli_error("%s: unknown option or missing argument: %s (see 'quoth %s --help')", argv[0],
                argv[optind - 1], argv[0]);
      return EXIT_USAGE;
    }
    if (set_common(o, c, optarg)) return EXIT_USAGE;
  }
  o->paths = argv + optind;
  o->npaths = argc - optind;
  return 0;
}

int cli_new_engine(const cli_opts *o, const quoth_lexicons *lex, quoth_engine **engine) {
  int st = quoth_engine_new(lex, o->lang, o->engine_options, engine);
  if (st) {
    cli_error("cannot create engine for language '%s': %s", o->lang, quoth_strerror(st));
    return EXIT_USAGE;
  }
  quoth_engine_set_max_bytes(*engine, o->max_bytes);
  quoth_engine_set_min_confidence(*engine, o->min_confidence);
  quoth_engine_set_kinds(*engine, o->kinds);
  return 0;
}

int cli_make_engine(const cli_opts *o, quoth_lexicons **lex, quoth_engine **engine) {
  char err[512];
  int st = quoth_lexicons_load(o->lexicons, lex, err, sizeof err);
  if (st) {
    cli_error("cannot load lexicons: %s", err[0] ? err : quoth_strerror(st));
    return EXIT_USAGE;
  }
  if (cli_new_engine(o, *lex, engine)) {
    quoth_lexicons_free(*lex);
    *lex = NULL;
    return EXIT_USAGE;
  }
  return 0;
}

char *cli_process_error(int st, const quoth_engine *eng, const struct cli_doc *d,
                        const char *outcome) {
  char *msg = NULL;
  int n;
  if (st == QUOTH_EUTF8 || st == QUOTH_ENUL || st == QUOTH_EBOM)
    n = asprintf(&msg, "%s: %s at byte %zu; %s (use --replace-invalid to process it)",
                 d->source, quoth_strerror(st), quoth_engine_error_offset(eng), outcome);
  else n = asprintf(&msg, "%s: %s; %s", d->source, quoth_strerror(st), outcome);
  return n < 0 ? NULL : msg;
}

void cli_report_process_error(int st, const quoth_engine *eng, const struct cli_doc *d,
                              const char *outcome) {
  char *msg = cli_process_error(st, eng, d, outcome);
  cli_error("%s", msg ? msg : quoth_strerror(QUOTH_ENOMEM));
  free(msg);
}
