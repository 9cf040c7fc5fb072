/* checks_marks.c - the rules on quotation marks: unbalanced-quote (what the
 * scanner did not report) and mixed-quote-style.  See checks_int.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checks_int.h"

/* ---- unbalanced-quote (what the scanner did not report) ------------------- */

static int cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* Sorted byte offsets of every mark the scanner paired (or left open), and
 * sorted starts of the scanner's own unbalanced-quote diagnostics. */
typedef struct mark_index {
  size_t *marks, nmarks, capmarks;
  quoth_span *diags;
  size_t ndiags;
} mark_index;

static int cmp_span(const void *a, const void *b) {
  const quoth_span *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static int add_mark(mark_index *mi, size_t pos) {
  if (quoth__grow((void **)&mi->marks, &mi->capmarks, mi->nmarks + 1, sizeof *mi->marks))
    return QUOTH_ENOMEM;
  mi->marks[mi->nmarks++] = pos;
  return QUOTH_OK;
}

/* A quote's own marks, and for a quote continued over paragraphs the
 * opening marks that start each following paragraph inside it. */
static int add_quote_marks(const quoth_doc *doc, mark_index *mi, const quoth_quote *q) {
  int r = add_mark(mi, q->span.start);
  if (!r && !(q->flags & QUOTH_QUOTE_UNCLOSED) && q->span.end > q->span.start)
    r = add_mark(mi, quoth__utf8_back(doc->text, q->span.end - 1));
  if (!(q->flags & QUOTH_QUOTE_CONTINUED)) return r;
  for (size_t p = q->paragraph + 1;
       !r && p < doc->nparagraphs && doc->paragraphs[p].start < q->span.end; p++)
    r = add_mark(mi, doc->paragraphs[p].start);
  return r;
}

static int index_marks(const quoth_doc *doc, mark_index *mi) {
  *mi = (mark_index){0};
  mi->diags = malloc((doc->ndiags + 1) * sizeof *mi->diags);
  if (!mi->diags) return QUOTH_ENOMEM;
  int r = QUOTH_OK;
  for (size_t i = 0; !r && i < doc->nquotes; i++) r = add_quote_marks(doc, mi, &doc->quotes[i]);
  if (r) return r;
  for (size_t i = 0; i < doc->ndiags; i++)
    if (!strcmp(doc->diags[i].rule, "unbalanced-quote")) mi->diags[mi->ndiags++] = doc->diags[i].span;
  if (mi->nmarks) qsort(mi->marks, mi->nmarks, sizeof *mi->marks, cmp_size);
  qsort(mi->diags, mi->ndiags, sizeof *mi->diags, cmp_span);
  return QUOTH_OK;
}

static int is_mark(const mark_index *mi, size_t pos) {
  return mi->nmarks && bsearch(&pos, mi->marks, mi->nmarks, sizeof pos, cmp_size) != NULL;
}

/* Did the scanner already report something at pos? */
static int scanner_reported(const mark_index *mi, size_t pos) {
  size_t lo = 0, hi = mi->ndiags;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (mi->diags[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (size_t k = lo, steps = 0; k-- > 0 && steps < 8; steps++)
    if (mi->diags[k].start == pos || mi->diags[k].end > pos) return 1;
  return 0;
}

static int is_pair(const quoth__checker *ck, int32_t open, int32_t close) {
  for (size_t i = 0; i < ck->npairs; i++)
    if (ck->pairs[i][0] == open && ck->pairs[i][1] == close) return 1;
  return ck->npairs == 0; /* no lexicon: nothing to compare with */
}

static int check_pair(const quoth__checker *ck, quoth_doc *doc, const mark_index *mi,
                      const quoth_quote *q) {
  char a[5], b[5];
  int32_t open = cp_at(doc, q->span.start);
  if (scanner_reported(mi, q->span.start)) return QUOTH_OK;
  if (q->flags & QUOTH_QUOTE_UNCLOSED) {
    if (q->flags & QUOTH_QUOTE_CONTINUED) return QUOTH_OK;
    quoth_span at = {q->span.start, q->span.start + cp_len(doc, q->span.start)};
    return quoth__doc_add_diag(doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR, at,
                               "quotation mark %s is never closed", cp_str(open, a));
  }
  int32_t close = cp_before(doc, q->span.end);
  if (is_pair(ck, open, close)) return QUOTH_OK;
  return quoth__doc_add_diag(doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR, q->span,
                             "mismatched quotation marks: opened with %s, closed with %s",
                             cp_str(open, a), cp_str(close, b));
}

/* Marks that are never apostrophes, so a stray one is always an error. */
static int unambiguous_mark(int32_t c, int *opening) {
  switch (c) {
  case 0x201C: case 0xAB: case 0x201E: case 0x300C: case 0x300E: *opening = 1; return 1;
  case 0x201D: case 0xBB: case 0x300D: case 0x300F: *opening = 0; return 1;
  default: return 0;
  }
}

/* Newspaper convention: a quote running over paragraphs leaves each one
 * open and reopens the next with an opening mark. */
static int continues(const quoth_doc *doc, size_t pos) {
  size_t p = quoth__doc_paragraph_at(doc, pos);
  if (p + 1 >= doc->nparagraphs) return 0;
  int opening = 0;
  return unambiguous_mark(cp_at(doc, doc->paragraphs[p + 1].start), &opening) && opening;
}

static int check_stray_marks(quoth_doc *doc, const mark_index *mi) {
  char a[5];
  for (size_t i = 0, next; i < doc->len; i = next) {
    int opening = 0;
    uint64_t w; /* every such mark is non-ASCII: skip ASCII eight bytes at a time */
    if (i + 8 <= doc->len && (memcpy(&w, doc->text + i, 8), !(w & 0x8080808080808080ULL))) {
      next = i + 8;
      continue;
    }
    int32_t c = quoth__utf8_decode(doc->text, doc->len, i, &next);
    if (c < 0x80 || !unambiguous_mark(c, &opening) || is_mark(mi, i)) continue;
    if (scanner_reported(mi, i) || (opening && continues(doc, i))) continue;
    int r = quoth__doc_add_diag(doc, "unbalanced-quote", QUOTH_SEVERITY_ERROR,
                                (quoth_span){i, next},
                                opening ? "quotation mark %s is never closed"
                                        : "closing quotation mark %s was never opened",
                                cp_str(c, a));
    if (r) return r;
  }
  return QUOTH_OK;
}

int quoth__check_unbalanced(const quoth__checker *ck, quoth_doc *doc) {
  mark_index mi;
  int r = index_marks(doc, &mi);
  for (size_t i = 0; !r && i < doc->nquotes; i++) r = check_pair(ck, doc, &mi, &doc->quotes[i]);
  if (!r) r = check_stray_marks(doc, &mi);
  free(mi.marks), free(mi.diags);
  return r;
}

/* ---- mixed-quote-style ---------------------------------------------------- */

static const char *const style_names[] = {
    "straight \"...\"", "curly \xE2\x80\x9C...\xE2\x80\x9D", "low-high \xE2\x80\x9E...\xE2\x80\x9C",
    "guillemets \xC2\xAB...\xC2\xBB", "reversed guillemets \xC2\xBB...\xC2\xAB",
    "Swedish \xE2\x80\x9D...\xE2\x80\x9D", "corner brackets \xE3\x80\x8C...\xE3\x80\x8D"};
enum { NSTYLES = sizeof style_names / sizeof *style_names };

static int quote_style(int32_t open) {
  switch (open) {
  case '"': case '\'': case 0xFF02: return 0;
  case 0x201C: case 0x2018: return 1;
  case 0x201E: case 0x201A: return 2;
  case 0xAB: case 0x2039: return 3;
  case 0xBB: case 0x203A: return 4;
  case 0x201D: case 0x2019: return 5;
  case 0x300C: case 0x300E: case 0x301D: return 6;
  default: return -1;
  }
}

int quoth__check_mixed_style(quoth_doc *doc) {
  size_t count[NSTYLES] = {0}, first[NSTYLES];
  for (size_t i = 0; i < doc->nquotes; i++) {
    if (doc->quotes[i].parent != QUOTH__NONE) continue; /* nested marks alternate */
    int s = quote_style(cp_at(doc, doc->quotes[i].span.start));
    if (s >= 0 && !count[s]++) first[s] = i;
  }
  int main_style = -1;
  for (int s = 0; s < NSTYLES; s++)
    if (count[s] && (main_style < 0 || count[s] > count[main_style] ||
                     (count[s] == count[main_style] && first[s] < first[main_style])))
      main_style = s;
  for (size_t i = 0; main_style >= 0 && i < doc->nquotes; i++) {
    const quoth_quote *q = &doc->quotes[i];
    int s = q->parent == QUOTH__NONE ? quote_style(cp_at(doc, q->span.start)) : -1;
    if (s < 0 || s == main_style) continue;
    quoth_span at = {q->span.start, q->span.start + cp_len(doc, q->span.start)};
    int r = quoth__doc_add_diag(doc, "mixed-quote-style", QUOTH_SEVERITY_WARNING, at,
                                "%s marks in a text that mostly uses %s marks (%zu quotes)",
                                style_names[s], style_names[main_style], count[main_style]);
    if (r) return r;
  }
  return QUOTH_OK;
}
