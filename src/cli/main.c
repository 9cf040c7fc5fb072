/* main.c - quoth's entry point: dispatches to the subcommands. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "progress.h"

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  flockfile(stderr); /* whole lines, even from several threads */
  cli_progress_clear_line();
  fputs("quoth: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  funlockfile(stderr);
  va_end(ap);
}

static void usage(FILE *f) {
  fputs("usage: quoth [extract] [OPTIONS] [FILE|DIR...]\n"
        "       quoth split [OPTIONS] [FILE...]\n"
        "       quoth check [OPTIONS] FILE...\n"
        "       quoth verify --claims CLAIMS.jsonl [FILE...]\n"
        "       quoth --version | --help\n"
        "\n"
        "Finds quotations and reported statements in news text and says who made them.\n"
        "\n"
        "Commands:\n"
        "  extract   statements with speakers, cues and offsets (the default)\n"
        "  split     one sentence per line, or JSONL with offsets\n"
        "  check     editorial checks: unattributed quotes, unbalanced marks, ...\n"
        "  verify    is a quote really in the text, and credited to that speaker?\n"
        "\n"
        "Run 'quoth COMMAND --help' for a command's options.\n",
        f);
}

static int is_existing_path(const char *s) {
  struct stat sb;
  return strcmp(s, "-") == 0 || stat(s, &sb) == 0;
}

int main(int argc, char **argv) {
  if (argc < 2) return cmd_extract(argc, argv); /* stdin -> extract */
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
    printf("quoth %s\n", quoth_version());
    return EXIT_OK;
  }
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    usage(stdout);
    return EXIT_OK;
  }
  if (!strcmp(cmd, "extract")) return cmd_extract(argc - 1, argv + 1);
  if (!strcmp(cmd, "split")) return cmd_split(argc - 1, argv + 1);
  if (!strcmp(cmd, "check")) return cmd_check(argc - 1, argv + 1);
  if (!strcmp(cmd, "verify")) return cmd_verify(argc - 1, argv + 1);
  /* "quoth FILE" and "quoth --format tsv FILE" mean extract. */
  if (cmd[0] == '-' || is_existing_path(cmd)) {
    argv[0] = "extract";
    return cmd_extract(argc, argv);
  }
  cli_error("unknown command or missing file: '%s'", cmd);
  usage(stderr);
  return EXIT_USAGE;
}
