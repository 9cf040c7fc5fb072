/* pipeline.c - see pipeline.h.
 *
 * Sequence numbers: `tail` is the next document to be read into the ring,
 * `next_work` the next one a worker will take, `head` the next one to be
 * written; head <= next_work <= tail and tail - head <= nslots.  Document n
 * lives in slots[n % nslots].
 *
 * There is no writer thread: the worker that finishes the document at
 * `head` while nobody is writing becomes the writer and emits every
 * finished document from there on, in order, then goes back to work.
 * Wake-ups are rationed because on small documents they would cost more
 * than the work: the reader is woken only once the ring has drained to
 * half, and a worker only when one is idle. */
#include "pipeline.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
  cli_doc doc;
  cli_result res;
  size_t bytes; /* input bytes counted against max_bytes */
  int done;
} slot;

typedef struct ring {
  const cli_pipeline *p;
  pthread_mutex_t mu;
  pthread_cond_t can_read, can_work;
  slot *slots;
  size_t nslots, head, next_work, tail, bytes, failed;
  int eof, writing, reader_waiting, idle_workers;
} ring;

typedef struct worker_arg {
  ring *g;
  void *state;
} worker_arg;

/* Emits slot s, then frees what it holds. */
static void write_slot(ring *g, slot *s) {
  g->p->emit(g->p->ctx, &s->doc, &s->res);
  g->failed += (size_t)(s->res.failed != 0);
  free(s->res.out);
  free(s->res.err);
  cli_doc_clear(&s->doc);
  memset(&s->res, 0, sizeof s->res);
}

/* Called with the lock held by a worker that just finished a document:
 * writes finished documents in order unless another worker already is. */
static void write_ready(ring *g) {
  if (g->writing) return;
  g->writing = 1;
  while (g->head < g->tail && g->slots[g->head % g->nslots].done) {
    slot *s = &g->slots[g->head % g->nslots];
    pthread_mutex_unlock(&g->mu);
    write_slot(g, s);
    pthread_mutex_lock(&g->mu);
    s->done = 0;
    g->bytes -= s->bytes;
    g->head++;
    if (g->reader_waiting && g->tail - g->head <= g->nslots / 2 &&
        g->bytes <= g->p->max_bytes / 2)
      pthread_cond_signal(&g->can_read);
  }
  g->writing = 0;
}

static void *worker_main(void *arg) {
  worker_arg *w = arg;
  ring *g = w->g;
  pthread_mutex_lock(&g->mu);
  for (;;) {
    while (g->next_work == g->tail && !g->eof) {
      g->idle_workers++;
      pthread_cond_wait(&g->can_work, &g->mu);
      g->idle_workers--;
    }
    if (g->next_work == g->tail) break;
    slot *s = &g->slots[g->next_work++ % g->nslots];
    pthread_mutex_unlock(&g->mu);
    g->p->process(w->state, g->p->ctx, &s->doc, &s->res);
    pthread_mutex_lock(&g->mu);
    s->done = 1;
    write_ready(g);
  }
  pthread_mutex_unlock(&g->mu);
  return NULL;
}

/* Waits for room, then hands d to the workers. */
static void ring_put(ring *g, cli_doc *d) {
  pthread_mutex_lock(&g->mu);
  while (g->tail - g->head == g->nslots ||
         (g->tail != g->head && g->bytes + d->len > g->p->max_bytes)) {
    g->reader_waiting = 1;
    pthread_cond_wait(&g->can_read, &g->mu);
    g->reader_waiting = 0;
  }
  slot *s = &g->slots[g->tail % g->nslots];
  s->doc = *d;
  s->bytes = d->len + d->raw_len;
  s->done = 0;
  g->bytes += s->bytes;
  g->tail++;
  if (g->idle_workers) pthread_cond_signal(&g->can_work);
  pthread_mutex_unlock(&g->mu);
}

static void ring_close(ring *g) {
  pthread_mutex_lock(&g->mu);
  g->eof = 1;
  pthread_cond_broadcast(&g->can_work);
  pthread_mutex_unlock(&g->mu);
}

static int ring_init(ring *g, const cli_pipeline *p) {
  memset(g, 0, sizeof *g);
  g->p = p;
  g->nslots = p->max_docs ? p->max_docs : 1;
  g->slots = calloc(g->nslots, sizeof *g->slots);
  if (!g->slots) return -1;
  pthread_mutex_init(&g->mu, NULL);
  pthread_cond_init(&g->can_read, NULL);
  pthread_cond_init(&g->can_work, NULL);
  return 0;
}

static void ring_destroy(ring *g) {
  pthread_mutex_destroy(&g->mu);
  pthread_cond_destroy(&g->can_read);
  pthread_cond_destroy(&g->can_work);
  free(g->slots);
}

/* Starts the workers; returns how many started (0: none could). */
static int start_threads(ring *g, pthread_t *tids, worker_arg *args) {
  int n = 0;
  for (; n < g->p->jobs; n++) {
    args[n] = (worker_arg){g, g->p->workers[n]};
    if (pthread_create(&tids[n], NULL, worker_main, &args[n])) break;
  }
  return n;
}

size_t cli_pipeline_run(const cli_pipeline *p, cli_reader *r) {
  ring g;
  if (p->jobs < 1 || ring_init(&g, p)) return (size_t)-1;
  pthread_t *tids = calloc((size_t)p->jobs, sizeof *tids);
  worker_arg *args = calloc((size_t)p->jobs, sizeof *args);
  int started = tids && args ? start_threads(&g, tids, args) : 0;
  if (started > 0) {
    cli_doc d;
    while (cli_reader_next(r, &d)) ring_put(&g, &d);
  }
  ring_close(&g);
  for (int i = 0; i < started; i++) pthread_join(tids[i], NULL);
  free(tids);
  free(args);
  ring_destroy(&g);
  return started > 0 ? g.failed : (size_t)-1;
}
