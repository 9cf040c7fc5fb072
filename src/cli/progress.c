/* progress.c - see progress.h. */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The first line after a second, so a quick run on one article stays
 * silent; then a redraw every quarter second. */
enum { FIRST_MS = 1000, REDRAW_MS = 250 };

struct cli_progress {
  size_t total, docs, failed, bytes;
  double start, last;
  int always, drawn; /* always: --progress given; drawn: a line was shown */
};

/* Whether a progress line is on screen.  Process-wide because stderr is;
 * only read or written with stderr locked (flockfile). */
static int line_shown;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

cli_progress *cli_progress_new(size_t total, int always) {
  cli_progress *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->total = total;
  p->always = always;
  p->start = p->last = now();
  return p;
}

/* " 1h02m", " 3m05s", " 42s", " 0.3s". */
static void format_time(char *buf, size_t n, double secs) {
  long s = (long)(secs + 0.5);
  if (s >= 3600) snprintf(buf, n, " %ldh%02ldm", s / 3600, s / 60 % 60);
  else if (s >= 60) snprintf(buf, n, " %ldm%02lds", s / 60, s % 60);
  else if (s >= 10) snprintf(buf, n, " %lds", s);
  else snprintf(buf, n, " %.1fs", secs);
}

/* The line: documents, failures, MB, share of the total, speed, and the
 * ETA (or, when final, the elapsed time). */
static void draw(cli_progress *p, double t, int final) {
  double mb = (double)p->bytes / 1e6, el = t - p->start;
  double rate = el > 0 ? mb / el : 0;
  char fails[40] = "", share[48] = "", when[32] = "";
  if (p->failed) snprintf(fails, sizeof fails, " (%zu failed)", p->failed);
  if (p->total && p->bytes <= p->total)
    snprintf(share, sizeof share, " of %.1f MB (%.0f%%)", (double)p->total / 1e6,
             100.0 * (double)p->bytes / (double)p->total);
  if (final) {
    format_time(when + 9, sizeof when - 9, el);
    memcpy(when, ", done in", 9);
  } else if (p->total && rate > 0 && p->bytes <= p->total) {
    format_time(when + 5, sizeof when - 5, ((double)(p->total - p->bytes) / 1e6) / rate);
    memcpy(when, ", ETA", 5);
  }
  flockfile(stderr);
  fprintf(stderr, "\rquoth: %zu documents%s, %.1f MB%s, %.1f MB/s%s\033[K", p->docs, fails, mb,
          share, rate, when);
  line_shown = 1;
  fflush(stderr);
  funlockfile(stderr);
  p->last = t;
  p->drawn = 1;
}

void cli_progress_update(cli_progress *p, size_t docs, size_t failed, size_t bytes) {
  if (!p) return;
  p->docs = docs;
  p->failed = failed;
  p->bytes = bytes;
  double t = now();
  if ((t - p->last) * 1000 >= (p->drawn ? REDRAW_MS : FIRST_MS)) draw(p, t, 0);
}

void cli_progress_finish(cli_progress *p) {
  if (!p) return;
  if (!p->drawn && !p->always) return free(p);
  draw(p, now(), 1);
  flockfile(stderr);
  fputc('\n', stderr);
  line_shown = 0;
  funlockfile(stderr);
  free(p);
}

void cli_progress_clear_line(void) {
  flockfile(stderr);
  if (line_shown) fputs("\r\033[K", stderr);
  line_shown = 0;
  funlockfile(stderr);
}
