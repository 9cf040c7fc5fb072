/*
 * progress.h - a one-line progress report on stderr: documents, MB, MB/s,
 * and the ETA when the total input size is known.  Redrawn at most a few
 * times a second with a carriage return, cleared before error messages
 * (cli_error) and at the end.
 */
#ifndef QUOTH_CLI_PROGRESS_H
#define QUOTH_CLI_PROGRESS_H

#include <stddef.h>

typedef struct cli_progress cli_progress;

/* total: input bytes when known, else 0.  Nothing is shown for the first
 * second unless always is set (--progress).  Returns NULL when out of
 * memory (the run goes on without progress). */
cli_progress *cli_progress_new(size_t total, int always);
/* Records that docs documents (failed of them failed) and bytes input
 * bytes are done; redraws when enough time has passed.  Calls must not
 * overlap (one thread at a time). */
void cli_progress_update(cli_progress *p, size_t docs, size_t failed, size_t bytes);
/* Draws the final state, ends the line, frees p.  p may be NULL. */
void cli_progress_finish(cli_progress *p);

/* Called by cli_error before printing: erases a progress line on screen. */
void cli_progress_clear_line(void);

#endif
