/* cmd_verify.c - quoth verify: claimed quotes against the text.  (Not built yet.) */
#include "cli.h"

int cmd_verify(int argc, char **argv) {
  (void)argc, (void)argv;
  cli_error("verify: not implemented yet (issue 7: quote verification); nothing was verified");
  return EXIT_USAGE;
}
