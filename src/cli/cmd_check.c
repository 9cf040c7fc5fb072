/* cmd_check.c - quoth check: editorial diagnostics.  (Not built yet.) */
#include "cli.h"

int cmd_check(int argc, char **argv) {
  (void)argc, (void)argv;
  cli_error("check: not implemented yet (issue 7: editorial checks); nothing was checked");
  return EXIT_USAGE;
}
