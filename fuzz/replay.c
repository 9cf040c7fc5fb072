/*
 * replay.c - runs fuzz inputs through LLVMFuzzerTestOneInput without
 * libFuzzer, so `make check` keeps the target compiling and the seed corpus
 * (and every past crash added to it) passing.
 *
 *   replay [FILE|DIR...]   default: $srcdir/fuzz/corpus
 *
 * Output is TAP, one test per file; a failing input aborts the program (as
 * under libFuzzer), which the test driver reports with the file's name as
 * the last line printed.
 *
 * With no arguments, $srcdir/fuzz/known/ is replayed too: reproducers of
 * known bugs in code owned elsewhere (docs/reliability.md lists them).  Each
 * runs in a child process and is reported as "not ok ... # TODO" (expected
 * failure) while it crashes, and as a pass once fixed; then move the file to
 * fuzz/corpus/.  They are kept out of fuzz/corpus/ because libFuzzer stops
 * at a crashing seed.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
void quoth_fuzz_teardown(void);

typedef struct names {
  char **v;
  size_t n, cap;
} names;

static void push(names *l, const char *s) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->v = realloc(l->v, l->cap * sizeof *l->v);
    if (!l->v) abort();
  }
  if (!(l->v[l->n++] = strdup(s))) abort();
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void collect(names *l, const char *path) {
  struct stat sb;
  if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
    push(l, path);
    return;
  }
  DIR *d = opendir(path);
  if (!d) {
    push(l, path);
    return;
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' || strncmp(e->d_name, "README", 6) == 0) continue;
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", path, e->d_name);
    push(l, p);
  }
  closedir(d);
}

static unsigned char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  unsigned char *buf = NULL;
  size_t cap = 0, n = 0, got;
  do {
    if (cap - n < 65536) {
      unsigned char *p = realloc(buf, cap = cap * 2 + 65536);
      if (!p) abort();
      buf = p;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
  } while (got);
  int err = ferror(f);
  fclose(f);
  if (err) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

/* Runs a known-bug reproducer in a child; 1 if it still fails. */
static int still_fails(const unsigned char *data, size_t len) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    LLVMFuzzerTestOneInput(data, len);
    _exit(0);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid) return 1;
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(int argc, char **argv) {
  names l = {0}, known = {0};
  char def[4096];
  const char *srcdir = getenv("srcdir");
  if (argc < 2) {
    snprintf(def, sizeof def, "%s/fuzz/corpus", srcdir && *srcdir ? srcdir : ".");
    collect(&l, def);
    snprintf(def, sizeof def, "%s/fuzz/known", srcdir && *srcdir ? srcdir : ".");
    collect(&known, def);
    if (known.n == 1 && access(known.v[0], F_OK) != 0) free(known.v[0]), known.n = 0;
  }
  for (int i = 1; i < argc; i++) collect(&l, argv[i]);
  if (l.n) qsort(l.v, l.n, sizeof *l.v, cmp);
  if (known.n) qsort(known.v, known.n, sizeof *known.v, cmp);
  LLVMFuzzerInitialize(&argc, &argv);
  printf("1..%zu\n", l.n + known.n);
  int fail = 0;
  for (size_t i = 0; i < l.n + known.n; i++) {
    int is_known = i >= l.n;
    const char *path = is_known ? known.v[i - l.n] : l.v[i];
    size_t len = 0;
    unsigned char *data = slurp(path, &len);
    printf("# %s\n", path);
    fflush(stdout);
    if (!data) {
      printf("not ok %zu - %s: cannot read\n", i + 1, path);
      fail = 1;
    } else if (is_known) {
      if (still_fails(data, len)) printf("not ok %zu - %s # TODO known bug\n", i + 1, path);
      else printf("ok %zu - %s: known bug fixed, move it to fuzz/corpus/\n", i + 1, path);
    } else {
      LLVMFuzzerTestOneInput(data, len);
      printf("ok %zu - %s (%zu bytes)\n", i + 1, path, len);
    }
    free(data);
    free((char *)path);
  }
  free(l.v);
  free(known.v);
  quoth_fuzz_teardown();
  return fail;
}
