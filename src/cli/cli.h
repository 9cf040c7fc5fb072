/*
 * cli.h - the quoth command line: shared types of the subcommands.  The CLI
 * holds no linguistics: it reads inputs, runs engines, writes results.
 */
#ifndef QUOTH_CLI_H
#define QUOTH_CLI_H

#include <stdio.h>

#include "quoth.h"

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_verify(int argc, char **argv);

/* "quoth: " + message on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
