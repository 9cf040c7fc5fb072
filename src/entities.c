/* entities.c - see entities.h.
 *
 * Mentions are visited in text order.  Names and organizations go into
 * clusters found through a small hash map of folded keys (full name,
 * surname, acronym, initials, role); the canonical name of a cluster is its
 * longest full name.  Pronouns take the most recent compatible cluster
 * among recent subjects and speakers; "his spokesman" becomes a new
 * cluster linked to the owner.  Only clusters that statements refer to
 * become document entities. */
#include "entities.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentions.h"
#include "text.h"

enum { KEYMAX = 128, RECENT = 16, MAX_SEG_DIST = 6, NAMED_SEG_DIST = 2 };

typedef struct cluster {
  const char *name; /* arena string */
  size_t namelen;
  quoth_entity_type type;
  int gender, plural;
  int person; /* evidence of a person: a given name, title, honorific, or speech */
  int place;  /* a place or an all-capitals dateline, never "he" or "she" */
  int headline; /* named only in title-case headlines so far */
  int agent; /* opened a sentence as the doer of a past action ("Carson defied") */
  int writer; /* "I", "we" of the narration */
  int group;    /* named by a one-word group ("Critics": 2 anonymous, "Democrats": 1) */
  int record;   /* a poll, report or ad: typed other in the output */
  int orgword;  /* named by the first word of an organization's name ("Sony" of "Sony Corp") */
  int role;     /* a nominal by title ("the campaign manager") standing for coref */
  int personal; /* a nominal headed by a person's title ("a Juventus official") */
  size_t coref; /* role: the person named with that title ("Barry Bennett"), or NONE */
  quoth_span title; /* the title of its latest titled name mention */
  int lone; /* gender of a given name standing alone as its name ("Melania") */
  quoth_span given; /* the given name of its first full name, or empty */
  quoth_span suffix; /* the generational suffix of its first name with one ("Jr."), or empty */
  size_t linked; /* cluster */
  size_t out;    /* doc entity or NONE */
} cluster;

typedef struct slot {
  size_t key; /* offset + 1 into keys; 0 = empty */
  size_t cluster;
} slot;

struct quoth__registry {
  cluster *c;
  size_t nc, capc;
  slot *slots;
  size_t nslots, used;
  char *keys;
  size_t keylen, keycap;
  struct ord { size_t start, end, m; } *order; /* mentions by position */
  size_t caporder;
  size_t recent[RECENT]; /* ring of salient clusters, most recent last */
  size_t recent_seg[RECENT];
  int recent_group[RECENT]; /* "X and Y" as a subject: X stands for the pair */
  int recent_sub[RECENT];   /* pushed from a subordinate clause ("when Tapper asked") */
  size_t nrecent;
  /* Named persons in any role ("X met Sergei Ivanov."): a fallback for
   * "he"/"she" when no salient subject fits. */
  size_t named[RECENT], named_seg[RECENT], nnamed;
  /* Per mention: the addressee mention of the statement it is the speaker
   * of, or QUOTH__NONE ("he told Hannity": he is not Hannity). */
  size_t *addressee, capaddressee;
  unsigned char *addressed; /* per mention: the addressee of some statement */
  size_t capaddressed;
  size_t excl; /* the cluster the pronoun being resolved cannot be */
};

typedef quoth__registry reg;

int quoth__registry_new(quoth__registry **out) {
  *out = calloc(1, sizeof **out);
  return *out ? QUOTH_OK : QUOTH_ENOMEM;
}

void quoth__registry_free(quoth__registry *r) {
  if (!r) return;
  free(r->c);
  free(r->slots);
  free(r->keys);
  free(r->order);
  free(r->addressee);
  free(r->addressed);
  free(r);
}

/* ---- key map ---------------------------------------------------------------- */

static size_t hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return (size_t)h;
}

/* The slot holding key k, or NULL. */
static slot *map_slot(const reg *r, const char *k, size_t n) {
  if (!r->nslots) return NULL;
  for (size_t h = hash(k, n) & (r->nslots - 1);; h = (h + 1) & (r->nslots - 1)) {
    slot *s = &r->slots[h];
    if (!s->key) return NULL;
    const char *sk = r->keys + s->key - 1;
    if (strncmp(sk, k, n) == 0 && sk[n] == '\0') return s;
  }
}

static size_t map_get(const reg *r, const char *k, size_t n) {
  const slot *s = map_slot(r, k, n);
  return s ? s->cluster : QUOTH__NONE;
}

static int map_grow(reg *r) {
  size_t n = r->nslots ? r->nslots * 2 : 64;
  slot *s = calloc(n, sizeof *s);
  if (!s) return QUOTH_ENOMEM;
  for (size_t i = 0; i < r->nslots; i++) {
    if (!r->slots[i].key) continue;
    const char *k = r->keys + r->slots[i].key - 1;
    size_t h = hash(k, strlen(k)) & (n - 1);
    while (s[h].key) h = (h + 1) & (n - 1);
    s[h] = r->slots[i];
  }
  free(r->slots);
  r->slots = s;
  r->nslots = n;
  return QUOTH_OK;
}

/* Maps k to cluster c unless k is already mapped (the first wins). */
static int map_put(reg *r, const char *k, size_t n, size_t c) {
  if (!n || map_get(r, k, n) != QUOTH__NONE) return QUOTH_OK;
  if ((r->used + 1) * 2 > r->nslots && map_grow(r)) return QUOTH_ENOMEM;
  if (quoth__grow((void **)&r->keys, &r->keycap, r->keylen + n + 1, 1)) return QUOTH_ENOMEM;
  memcpy(r->keys + r->keylen, k, n);
  r->keys[r->keylen + n] = '\0';
  size_t h = hash(k, n) & (r->nslots - 1);
  while (r->slots[h].key) h = (h + 1) & (r->nslots - 1);
  r->slots[h] = (slot){r->keylen + 1, c};
  r->keylen += n + 1;
  r->used++;
  return QUOTH_OK;
}

/* Maps k to cluster c, or to AMBIGUOUS when k already maps to another
 * cluster ("Alan Grayson" and "Alan Smith" share "g:alan"). */
static const size_t AMBIGUOUS = QUOTH__NONE - 1;
static int map_put_unique(reg *r, const char *k, size_t n, size_t c) {
  slot *s = n ? map_slot(r, k, n) : NULL;
  if (!s) return map_put(r, k, n, c);
  if (s->cluster != c) s->cluster = AMBIGUOUS;
  return QUOTH_OK;
}

static void map_reset(reg *r) {
  if (r->slots) memset(r->slots, 0, r->nslots * sizeof *r->slots);
  r->used = r->keylen = r->nc = r->nrecent = r->nnamed = 0;
}

/* ---- keys from text ------------------------------------------------------- */

/* Folded key of text[s..e) with a prefix ("r:" for roles). */
static size_t make_key(const quoth_doc *doc, quoth_span sp, const char *prefix, char *out) {
  size_t p = strlen(prefix);
  memcpy(out, prefix, p);
  size_t n = quoth__fold(doc->text + sp.start, sp.end - sp.start, out + p, KEYMAX - p);
  return n == (size_t)-1 ? 0 : n + p;
}

/* The last word of a span (a surname, a role's head noun). */
static quoth_span last_word(const quoth_doc *doc, quoth_span sp) {
  size_t i = sp.end;
  while (i > sp.start && doc->text[i - 1] != ' ') i--;
  return (quoth_span){i, sp.end};
}

/* The surname of a name mention: its last word, or the word before a
 * generational suffix (word class name-suffix: "Biden" in "Joseph R.
 * Biden Jr." and "Biden, Jr."), so that a later "Mr. Biden" finds it. */
static quoth_span surname(const quoth__tokens *t, const quoth_doc *doc, const quoth__mention *m) {
  quoth_span sur = last_word(doc, m->head);
  size_t k = m->t1;
  while (k > m->t0 && t->v[k - 1].start > sur.start) k--;
  if (k == m->t0 || t->v[k - 1].start != sur.start || !(t->v[k - 1].wc & WC_NAME_SUFFIX))
    return sur;
  for (k--; k > m->t0 && !(t->v[k - 1].shape & TK_WORD);) k--; /* the comma */
  if (k == m->t0 || t->v[k - 1].start < m->head.start) return sur; /* "Bozell III": Bozell */
  return (quoth_span){t->v[k - 1].start, t->v[k - 1].end};
}

/* The generational suffix closing a name mention ("Jr." of "Brent Bozell,
 * Jr."), or an empty span. */
static quoth_span name_suffix(const quoth__tokens *t, const quoth__mention *m) {
  size_t k = m->t1;
  while (k > m->t0 && t->v[k - 1].start >= m->head.end) k--;
  if (k > m->t0 + 1 && (t->v[k - 1].wc & WC_NAME_SUFFIX))
    return (quoth_span){t->v[k - 1].start, t->v[k - 1].end};
  return (quoth_span){0, 0};
}

/* Do two suffixes differ ("Brent Bozell, Jr." and "Brent Bozell III" are
 * father and son)?  "Jr." and "Jr" do not. */
static int other_suffix(const quoth_doc *doc, quoth_span a, quoth_span b) {
  size_t na = a.end - a.start, nb = b.end - b.start;
  if (!na || !nb) return 0;
  if (doc->text[a.end - 1] == '.') na--;
  if (doc->text[b.end - 1] == '.') nb--;
  return na != nb || memcmp(doc->text + a.start, doc->text + b.start, na) != 0;
}

/* "x:bozell iii": the key of a surname with its suffix (the suffix's
 * final period dropped, so "Jr." and "Jr" agree), or 0. */
static size_t suffix_key(const quoth_doc *doc, quoth_span sur, quoth_span suffix, char *out) {
  if (suffix.end == suffix.start) return 0;
  if (doc->text[suffix.end - 1] == '.') suffix.end--;
  size_t n = make_key(doc, sur, "x:", out);
  if (!n || n + 1 >= KEYMAX) return 0;
  out[n] = ' ';
  size_t m = quoth__fold(doc->text + suffix.start, suffix.end - suffix.start, out + n + 1,
                         KEYMAX - n - 1);
  return m == (size_t)-1 ? 0 : n + 1 + m;
}

/* Initials of a multiword organization name ("Libyan National Army" ->
 * "lna"), skipping lower-case connectors. */
static size_t initials(const quoth_doc *doc, quoth_span sp, char *out) {
  size_t n = 0, words = 0;
  for (size_t i = sp.start; i < sp.end && n + 1 < KEYMAX; i++) {
    if (i > sp.start && doc->text[i - 1] != ' ') continue;
    char ch = doc->text[i];
    if (ch >= 'A' && ch <= 'Z') out[n++] = (char)(ch + 32), words++;
  }
  return words >= 2 ? n : 0;
}

/* ---- clusters --------------------------------------------------------------- */

static size_t new_cluster(reg *r, quoth_doc *doc, const char *name, size_t len,
                          quoth_entity_type type) {
  if (quoth__grow((void **)&r->c, &r->capc, r->nc + 1, sizeof *r->c)) return QUOTH__NONE;
  const char *nm = quoth__arena_strndup(&doc->arena, name, len);
  if (!nm) return QUOTH__NONE;
  r->c[r->nc] = (cluster){.name = nm, .namelen = len, .type = type, .coref = QUOTH__NONE,
                          .linked = QUOTH__NONE, .out = QUOTH__NONE};
  return r->nc++;
}

static void push_recent(reg *r, size_t c, size_t seg) {
  if (r->nrecent == RECENT) {
    memmove(r->recent, r->recent + 1, (RECENT - 1) * sizeof *r->recent);
    memmove(r->recent_seg, r->recent_seg + 1, (RECENT - 1) * sizeof *r->recent_seg);
    memmove(r->recent_group, r->recent_group + 1, (RECENT - 1) * sizeof *r->recent_group);
    memmove(r->recent_sub, r->recent_sub + 1, (RECENT - 1) * sizeof *r->recent_sub);
    r->nrecent--;
  }
  r->recent[r->nrecent] = c;
  r->recent_group[r->nrecent] = 0;
  r->recent_sub[r->nrecent] = 0;
  r->recent_seg[r->nrecent++] = seg;
}

/* "Ryan did not exude confidence when Tapper asked whether ... ¶ "...,"
 * he said": the subject of a clause opened by a subordinator after the
 * main clause's subject is less salient than that subject (the one the
 * sentence is about, who answers), so its entry goes just below the main
 * clause's latest entry of the same sentence instead of on top. */
static void push_subordinate(reg *r, size_t c, size_t seg) {
  push_recent(r, c, seg);
  size_t top = r->nrecent - 1, i = top;
  r->recent_sub[top] = 1;
  while (i-- > 0 && r->recent_seg[i] == seg)
    if (!r->recent_sub[i]) {
      /* entry i is the main clause's: rotate [i, top] so the new one is below it */
      size_t n = top - i;
      memmove(r->recent + i + 1, r->recent + i, n * sizeof *r->recent);
      memmove(r->recent_group + i + 1, r->recent_group + i, n * sizeof *r->recent_group);
      memmove(r->recent_sub + i + 1, r->recent_sub + i, n * sizeof *r->recent_sub);
      r->recent[i] = c;
      r->recent_group[i] = 0;
      r->recent_sub[i] = 1;
      return;
    }
}

static void push_named(reg *r, size_t c, size_t seg) {
  if (r->nnamed == RECENT) {
    memmove(r->named, r->named + 1, (RECENT - 1) * sizeof *r->named);
    memmove(r->named_seg, r->named_seg + 1, (RECENT - 1) * sizeof *r->named_seg);
    r->nnamed--;
  }
  r->named[r->nnamed] = c;
  r->named_seg[r->nnamed++] = seg;
}

static int compatible(const cluster *c, const quoth__mention *p) {
  /* I, we, you outside quotes (where mentions are): the writer, the
   * paper ("our correspondent") or the reader, never a named entity */
  if (p->person == 1 || p->person == 2) return 0;
  if (p->gender == 'n') return c->type == QUOTH_ENTITY_ORGANIZATION && !p->plural;
  /* a gendered cluster ("Sanders ... he said") is one person, -s or not */
  if (p->plural) return c->type == QUOTH_ENTITY_ORGANIZATION || (c->plural && !c->gender);
  /* "the campaign manager said ... he": a nominal standing for a named
   * person (role_of) is "he" or "she" as that person is */
  if (p->gender == 'm' || p->gender == 'f')
    return (c->type == QUOTH_ENTITY_PERSON || c->role || c->personal) &&
           (!c->gender || c->gender == p->gender);
  return 0; /* I, we, you: the writer or the quoted person; not resolved here */
}

/* Is the gender of c known to be the pronoun's: from its names, or from a
 * given name it goes by alone ("Trump's wife, Melania, ... She")? */
static int same_gender(const cluster *c, const quoth__mention *p) {
  return c->gender ? c->gender == p->gender : c->lone == p->gender;
}

/* "he"/"she" and a salient subject of unknown gender from an earlier
 * sentence ("Whit Ayres said ... ¶ But Stan Greenberg noted that ...
 * "...," he said"): a person named in a later sentence, in any role, whose
 * gender is known to be the pronoun's is the nearer referent.  Within the
 * subject's own sentence the subject keeps it ("Guadalupe Potocacetpl
 * liked what Bernie Sanders said. "...," she said" is hers). */
static size_t gendered_named(const reg *r, const quoth__mention *p, size_t c, size_t cseg) {
  for (size_t i = r->nnamed; i-- > 0 && r->named_seg[i] > cseg;) {
    if (p->sentence > r->named_seg[i] + NAMED_SEG_DIST) break;
    const cluster *n = &r->c[r->named[i]];
    if (n->type == QUOTH_ENTITY_PERSON && same_gender(n, p) && !n->headline && !n->place &&
        r->named[i] != r->excl)
      return r->named[i];
  }
  return c;
}

/* Does cluster c fit pronoun p as a confident referent: compatible and,
 * for "he" and "she", known to be a person (not a headline name)? */
static int confident(const cluster *c, const quoth__mention *p) {
  int personal = p->gender == 'm' || p->gender == 'f';
  return compatible(c, p) &&
         (!personal ||
          ((c->person || c->gender || c->role || c->lone == p->gender) && !c->headline &&
           !(c->place && !c->gender)));
}

/* "he"/"she" and a salient subject older than the sentence just before
 * the pronoun's: a person named there in any role is the nearer referent
 * ("The crowd cheered Trump's words. ¶ Footage of Al-Awlaki appears. "...,"
 * he says"; "the government declared Oksuz was a leader. He was
 * detained").  Of several, the first named, as the subject is first. */
static size_t previous_named(const reg *r, const quoth__mention *p, size_t c, size_t cseg) {
  if (!p->sentence || cseg + 1 >= p->sentence) return c;
  size_t prev = p->sentence - 1, best = c;
  for (size_t i = r->nnamed; i-- > 0 && r->named_seg[i] >= prev;) {
    const cluster *n = &r->c[r->named[i]];
    if (r->named_seg[i] == prev && n->type == QUOTH_ENTITY_PERSON && same_gender(n, p) &&
        !n->headline && !n->place && r->named[i] != r->excl)
      best = r->named[i];
  }
  return best;
}

/* No salient subject known to be a person: a person named as an object
 * in the last NAMED_SEG_DIST sentences ("a post from Arianna Huffington.
 * ... she wrote"; "Ridgefield welcomed Mary Smith"), but only one with
 * evidence of being a person; else the nearest unsure candidate. */
static size_t named_fallback(const reg *r, const quoth__mention *p, size_t any, size_t *seg) {
  for (size_t i = r->nnamed; i-- > 0;) {
    if (p->sentence > r->named_seg[i] + NAMED_SEG_DIST) break;
    const cluster *c = &r->c[r->named[i]];
    if (confident(c, p) && !c->place && r->named[i] != r->excl) {
      *seg = r->named_seg[i];
      return r->named[i];
    }
  }
  return any;
}

/* The most recent compatible cluster; for "he" and "she", one that is
 * known to be a person (a given name, a title, speech) wins over a nearer
 * capitalized phrase that may be a place ("South Carolina, he said") --
 * unless that phrase did something as the subject of the sentence just
 * before the pronoun's and the person is older ("Cruz ... he said. ¶
 * Carson defied the question. "...," he said" is Carson's).  *seg is the
 * sentence of the referent; *described is set when the subject of the
 * sentence just before is a person described, not named ("The former
 * ambassador discussed ... Donald Trump. He ..."). */
static size_t salient(const reg *r, const quoth_doc *doc, const quoth__mention *p, size_t *seg,
                      int *described) {
  size_t any = QUOTH__NONE, anyseg = 0;
  int personal = p->gender == 'm' || p->gender == 'f';
  for (size_t i = r->nrecent; i-- > 0;) {
    if (p->sentence > r->recent_seg[i] + MAX_SEG_DIST) break;
    const cluster *c = &r->c[r->recent[i]];
    *seg = r->recent_seg[i];
    if (*seg + 1 == p->sentence && c->type == QUOTH_ENTITY_OTHER && !c->plural && !c->writer)
      *described = 1;
    /* "Hillary Clinton and Elizabeth Warren ... they": the pair, named by
     * its first member; never "he" or "she". */
    if (r->recent_group[i] && p->plural && (doc->text[p->span.start] | 0x20) == 't')
      return r->recent[i];
    if (!compatible(c, p) || r->recent[i] == r->excl) continue;
    /* A name seen only in a title-case headline ("Schlafly's Final Column
     * Explains Why She ...") is too unsure to be evidence. */
    if (confident(c, p)) {
      int nearer = any != QUOTH__NONE && r->c[any].agent && anyseg + 1 == p->sentence;
      if (nearer && *seg + 1 < p->sentence) {
        *seg = anyseg;
        return any;
      }
      return c->gender || !personal ? r->recent[i]
                                    : gendered_named(r, p, r->recent[i], r->recent_seg[i]);
    }
    if (any == QUOTH__NONE && !c->place) any = r->recent[i], anyseg = r->recent_seg[i];
  }
  *seg = anyseg;
  return personal ? named_fallback(r, p, any, seg) : any;
}

static size_t resolve_pronoun(const reg *r, const quoth_doc *doc, const quoth__mention *p) {
  size_t seg = 0;
  int described = 0;
  size_t c = salient(r, doc, p, &seg, &described);
  /* "the campaign manager said ... he" is the campaign manager named before */
  if (c != QUOTH__NONE && r->c[c].coref != QUOTH__NONE) return r->c[c].coref;
  if ((p->gender != 'm' && p->gender != 'f') || described) return c;
  return previous_named(r, p, c, c == QUOTH__NONE ? 0 : seg);
}

/* A person or organization name: an existing cluster by full name,
 * acronym or surname, or a new one.  A longer name becomes canonical. */
/* The given name opening a full name ("Alan" in "Alan Grayson"), known
 * from the lexicon of given names, or an empty span. */
static quoth_span given_name(const quoth__tokens *t, const quoth__mention *m, quoth_span sur) {
  for (size_t k = m->t0; k < m->t1; k++)
    if (t->v[k].start == m->head.start)
      return (t->v[k].lex & LX_GIVEN) && t->v[k].end < sur.start
                 ? (quoth_span){t->v[k].start, t->v[k].end}
                 : (quoth_span){0, 0};
  return (quoth_span){0, 0};
}

/* Do two given names differ ("Alan" and "Dena" Grayson are two people;
 * "Hillary Clinton" and "Hillary Rodham Clinton" one)?  Names sharing their
 * first three letters do not: a short form ("Ken", "Kenneth"), a spelling
 * ("Francois", "François", "Hilary"). */
static int other_given(const quoth_doc *doc, quoth_span a, quoth_span b) {
  if (a.end == a.start || b.end == b.start) return 0;
  char ka[KEYMAX], kb[KEYMAX];
  size_t na = make_key(doc, a, "", ka), nb = make_key(doc, b, "", kb);
  size_t n = na < nb ? na : nb;
  if (n > 3) n = 3;
  return na && nb && memcmp(ka, kb, n) != 0;
}

/* "Bernie Sanders ... Bernie said": a name that is one given name alone
 * is the one person named in full with it before (none when two were:
 * "Alan Grayson", "Alan Smith"). */
static size_t lone_given_of(const reg *r, const quoth__tokens *t, const quoth_doc *doc,
                            const quoth__mention *m) {
  if (m->kind != QUOTH__M_NAME || m->t1 != m->t0 + 1 || !(t->v[m->t0].lex & LX_GIVEN) ||
      !(t->v[m->t0].shape & TK_CAP) || (t->v[m->t0].shape & TK_ALLCAPS) ||
      t->v[m->t0].start != m->head.start)
    return QUOTH__NONE;
  char k[KEYMAX];
  size_t n = make_key(doc, m->head, "g:", k), c = n ? map_get(r, k, n) : QUOTH__NONE;
  return c == AMBIGUOUS ? QUOTH__NONE : c;
}

static size_t name_cluster(reg *r, const quoth__tokens *t, quoth_doc *doc,
                           const quoth__mention *m, int headline) {
  char k[KEYMAX];
  quoth_span head = m->head;
  int org = m->kind == QUOTH__M_ORG;
  size_t n = make_key(doc, head, "", k), c = n ? map_get(r, k, n) : QUOTH__NONE;
  quoth_span sur = org ? last_word(doc, head) : surname(t, doc, m);
  char sk[KEYMAX];
  size_t sn = org ? 0 : make_key(doc, sur, "", sk);
  quoth_span given = org ? (quoth_span){0, 0} : given_name(t, m, sur);
  quoth_span suffix = org ? (quoth_span){0, 0} : name_suffix(t, m);
  char xk[KEYMAX];
  size_t xn = org ? 0 : suffix_key(doc, sur, suffix, xk);
  if (c == QUOTH__NONE && xn) c = map_get(r, xk, xn); /* "Bozell III" */
  if (c == QUOTH__NONE && sn && (sur.start > head.start || suffix.end > suffix.start)) {
    c = map_get(r, sk, sn);
    /* "Dena Grayson" after "Alan Grayson": another given name, another
     * person (a bare "Grayson" still goes to the first) */
    if (c != QUOTH__NONE && !r->c[c].headline && other_given(doc, given, r->c[c].given))
      c = QUOTH__NONE;
    if (c != QUOTH__NONE && other_suffix(doc, suffix, r->c[c].suffix)) c = QUOTH__NONE;
  }
  /* "Mr. Clinton" after "Hillary Clinton": a surname shared by a man and a
   * woman names two people, told apart by a gendered surname key. */
  char gk[KEYMAX];
  int gendered = !org && (m->gender == 'm' || m->gender == 'f');
  size_t gn = gendered ? make_key(doc, sur, m->gender == 'm' ? "m:" : "f:", gk) : 0;
  if (c != QUOTH__NONE && gn && r->c[c].gender && r->c[c].gender != m->gender)
    c = map_get(r, gk, gn);
  else if (c != QUOTH__NONE && gn && r->c[c].gender == m->gender)
    gn = 0; /* nothing to tell apart */
  if (c == QUOTH__NONE && !org) c = lone_given_of(r, t, doc, m);
  if (c == QUOTH__NONE && org) {
    char ik[KEYMAX];
    size_t in = initials(doc, head, ik);
    if (in) c = map_get(r, ik, in);
    if (c != QUOTH__NONE && r->c[c].namelen > 6) c = QUOTH__NONE; /* only upgrade acronyms */
  }
  if (c == QUOTH__NONE) {
    c = new_cluster(r, doc, doc->text + head.start, head.end - head.start,
                    org ? QUOTH_ENTITY_ORGANIZATION : QUOTH_ENTITY_PERSON);
    if (c == QUOTH__NONE) return c;
    r->c[c].headline = headline;
    r->c[c].given = given;
    /* "Democrats", "Voters": a one-word name in -s may be the group a
     * later "they" means. */
    r->c[c].plural = m->plural && !org;
  } else if ((head.end - head.start > r->c[c].namelen && !(m->alias.end && !org) && !headline) ||
             (r->c[c].headline && !headline &&
              memchr(doc->text + head.start, ' ', head.end - head.start))) {
    /* "Move Against Bernie Sanders" in a title-case headline gives way to
     * the full name as the story writes it (not to a bare surname). */
    r->c[c].headline = 0;
    r->c[c].plural = 0; /* "Sanders" was "Bernie Sanders" */
    r->c[c].name = quoth__arena_strndup(&doc->arena, doc->text + head.start, head.end - head.start);
    if (!r->c[c].name) return QUOTH__NONE;
    r->c[c].namelen = head.end - head.start;
  }
  if (r->c[c].given.end == r->c[c].given.start) r->c[c].given = given;
  if (r->c[c].suffix.end == r->c[c].suffix.start) r->c[c].suffix = suffix;
  if (m->gender && !r->c[c].gender) r->c[c].gender = m->gender;
  /* Speech is evidence of a person, except from a one-word name in -s that
   * may be a plural group ("Democrats criticized ...", "Voters say"). */
  if (m->title.end || (m->speaker && !m->plural && m->kind != QUOTH__M_NAME)) r->c[c].person = 1;
  if (map_put(r, k, n, c) || (sn && map_put(r, sk, sn, c)) || (gn && map_put(r, gk, gn, c)) ||
      (xn && map_put(r, xk, xn, c)))
    return QUOTH__NONE;
  if (given.end > given.start && !headline && r->c[c].type == QUOTH_ENTITY_PERSON) {
    n = make_key(doc, given, "g:", k);
    if (map_put_unique(r, k, n, c)) return QUOTH__NONE;
  }
  /* "Dena Minning Grayson" is found again as "Dena Grayson" */
  if (given.end > given.start && given.end < sur.start - 1) {
    char fk[KEYMAX];
    size_t fn = make_key(doc, given, "", fk);
    if (fn && fn + 1 + sn < KEYMAX) {
      fk[fn] = ' ';
      memcpy(fk + fn + 1, sk, sn);
      if (map_put(r, fk, fn + 1 + sn, c)) return QUOTH__NONE;
    }
  }
  if (org) {
    char ik[KEYMAX];
    size_t in = initials(doc, head, ik);
    if (map_put(r, ik, in, c)) return QUOTH__NONE;
  }
  if (m->alias.end) {
    n = make_key(doc, m->alias, "", k);
    if (map_put(r, k, n, c)) return QUOTH__NONE;
  }
  if (m->title.end) {
    n = make_key(doc, last_word(doc, m->title), "r:", k);
    if (map_put(r, k, n, c)) return QUOTH__NONE;
  }
  return c;
}

/* "ATLANTIC CITY", "New Hampshire", "EST": a name in capitals only (a
 * dateline or a heading), a known place, a known name of a place or thing
 * ("Sandy Hook", "Paris Agreement") or a name ending in a place word
 * ("Vigo County", "Atlantic City") is no person. */
static int place_name(const quoth__tokens *t, const quoth__lexset *ls, const quoth_doc *doc,
                      const quoth__mention *m) {
  int caps = 1;
  for (size_t i = m->t0; i < m->t1; i++)
    if (t->v[i].shape & TK_WORD && !(t->v[i].shape & (TK_ALLCAPS | TK_INITIAL))) caps = 0;
  if (caps) return 1;
  char k[KEYMAX];
  size_t n = make_key(doc, m->head, "", k);
  if (!n) return 0;
  const quoth__lexrow *known = quoth__lex_get(ls->known, k, n);
  if (known && strcmp(quoth__lex_col(known, 1), "organization") != 0) return 1;
  quoth_span last = last_word(doc, m->head);
  char lk[KEYMAX];
  size_t ln = last.start > m->head.start ? make_key(doc, last, "", lk) : 0;
  return quoth__lexset_place(ls, k, n) || quoth__lex_get(ls->demonyms, k, n) ||
         (ln && quoth__lex_get(ls->placeheads, lk, ln));
}

/* "Ed Brookover", "C. Boyden Gray": two to four capitalized words, none a
 * place, nationality, organization noun or stop name, read as a person's
 * full name even when the given name is not in the lexicon. */
static int plain_full_name(const quoth__tokens *t, const quoth__mention *m) {
  /* "a New Hampshire Elks lodge", "the Islamic State", "(Marc Fisher
   * Footwear ...)": a determiner or bracket before it makes a thing. */
  if (t->v[m->t0].lex & LX_DET ||
      (m->t0 > 0 && (t->v[m->t0 - 1].lex & (LX_DET | LX_POSSDET | LX_PREP) ||
                     quoth__tok_is(t, m->t0 - 1, "("))))
    return 0;
  size_t words = 0;
  quoth_span h = m->head;
  for (size_t i = m->t0; i < m->t1; i++) {
    const quoth__tok *k = &t->v[i];
    if (k->start < h.start || k->end > h.end) continue;
    if (!(k->shape & TK_WORD)) return 0;
    if (!(k->shape & (TK_CAP | TK_INITIAL)) || (k->shape & TK_ALLCAPS && !(k->shape & TK_INITIAL)))
      return 0;
    if (k->lex & (LX_PLACE | LX_DEMONYM | LX_ORGHEAD | LX_STOPNAME)) return 0;
    words++;
  }
  return words >= 2 && words <= 4;
}

/* "Carson defied the question": a one-word name that opens its sentence,
 * directly followed by a lower-case verb in -ed, did something -- weak
 * evidence of a person, short of the given name or title that makes one
 * ("Nationally, ...", "Photos show", "Rather than" are no such doers). */
static int past_agent(const quoth__tokens *t, const quoth_doc *doc, const quoth__mention *m) {
  if (!m->subject || m->plural || m->t1 != m->t0 + 1 || m->t1 >= t->n) return 0;
  if (!(t->v[m->t0].shape & TK_SEGSTART)) return 0;
  const quoth__tok *v = &t->v[m->t1];
  if (!(v->shape & TK_WORD) || (v->shape & (TK_CAP | TK_ALLCAPS)) || v->end - v->start < 4)
    return 0;
  return doc->text[v->end - 2] == 'e' && doc->text[v->end - 1] == 'd';
}

/* Evidence from the shape of name mention m for its cluster c. */
/* The first word of a span. */
static quoth_span first_word(const quoth_doc *doc, quoth_span sp) {
  size_t i = sp.start;
  while (i < sp.end && doc->text[i] != ' ') i++;
  return (quoth_span){sp.start, i};
}

/* "Sony Corp ... Sony said", "Samsung Electronics ... Samsung": the first
 * word of an organization's name, alone, names the organization.  Records
 * the word of organization mention m, or tells whether name mention m is
 * such a word. */
static int org_word(reg *r, const quoth_doc *doc, const quoth__mention *m, size_t c) {
  char k[KEYMAX];
  quoth_span w = first_word(doc, m->head);
  size_t n = make_key(doc, w, "o:", k);
  if (!n) return 0;
  if (m->kind == QUOTH__M_ORG) {
    if (w.end < m->head.end && map_get(r, k, n) == QUOTH__NONE) map_put(r, k, n, c);
    return 0;
  }
  size_t oc = w.end == m->head.end ? map_get(r, k, n) : QUOTH__NONE;
  return oc != QUOTH__NONE && oc != c;
}

static void name_evidence(reg *r, const quoth__tokens *t, const quoth__lexset *ls,
                          const quoth_doc *doc, const quoth__mention *m, size_t c) {
  if (c == QUOTH__NONE) return;
  if (m->kind == QUOTH__M_ORG) org_word(r, doc, m, c);
  if (m->kind != QUOTH__M_NAME) return;
  /* ("Hillary" of "Hillary for America" stays a given name) */
  if (!(t->v[m->t0].lex & LX_GIVEN) && org_word(r, doc, m, c)) r->c[c].orgword = 1;
  if (m->group && !r->c[c].group) r->c[c].group = m->group;
  /* "ATLANTIC CITY — ...", "Atlantic City makes the case": a place that
   * speaks is still no person (a name's speech is counted after this). */
  if (place_name(t, ls, doc, m)) {
    if (!r->c[c].person && !r->c[c].gender) r->c[c].place = 1;
    return;
  }
  if (plain_full_name(t, m) || (m->speaker && !m->plural && !r->c[c].orgword)) r->c[c].person = 1;
  if (past_agent(t, doc, m)) r->c[c].agent = 1;
}

/* The text of a nominal without a leading "the". */
static quoth_span strip_the(const quoth_doc *doc, quoth_span sp) {
  if (sp.end - sp.start > 4 && (strncmp(doc->text + sp.start, "the ", 4) == 0 ||
                                strncmp(doc->text + sp.start, "The ", 4) == 0))
    sp.start += 4;
  return sp;
}

/* Keep "the" before a bare common noun ("the group"); drop it before a
 * name-like phrase ("the Kremlin", "the defense ministry" with a country). */
static int keeps_the(const quoth_doc *doc, quoth_span body) {
  for (size_t i = body.start; i < body.end; i++)
    if (doc->text[i] >= 'A' && doc->text[i] <= 'Z') return 0;
  return 1;
}

/* "the defense ministry" in a sentence about Tunisia: "Tunisian defense
 * ministry" -- the country named first in the segment, when the nominal
 * names no country itself. */
static const char *country_adjective(const quoth__tokens *t, const quoth__lexset *ls,
                                     const quoth__mention *m) {
  /* Only an organisation headed by an organisation noun has a country
   * ("the defense ministry"); "its findings" or "the doctor" do not. */
  if (m->gender != 'n' || m->t1 <= m->t0 || !(t->v[m->t1 - 1].lex & LX_ORGHEAD)) return NULL;
  /* "the 50-state poll" in a sentence opening with Texas: a record (a
   * poll, a report, an ad) belongs to no country */
  const quoth__tok *hd = &t->v[m->t1 - 1];
  const quoth__lexrow *oh =
      hd->keylen ? quoth__lex_get(ls->orgheads, t->keys + hd->key, hd->keylen) : NULL;
  if (oh && !strcmp(quoth__lex_col(oh, 1), "record")) return NULL;
  for (size_t i = m->t0; i < m->t1; i++)
    if (t->v[i].lex & (LX_DEMONYM | LX_PLACE | LX_POSSDET) || (t->v[i].shape & TK_CAP && i > m->t0))
      return NULL;
  size_t s0 = t->segstart[t->v[m->t0].seg];
  for (size_t i = s0; i < m->t0 && i < s0 + 3; i++)
    if (t->v[i].lex & LX_PLACE) {
      const quoth__lexrow *row = quoth__lexset_place(ls, t->keys + t->v[i].key, t->v[i].keylen);
      return row ? row->cols[0] : NULL;
    }
  return NULL;
}

/* Does the description body end with the whole title ("campaign manager"
 * with "manager"; not "former president" with "Vice President")? */
static int ends_with_title(const quoth_doc *doc, quoth_span body, quoth_span title) {
  char kb[KEYMAX], kt[KEYMAX];
  size_t nb = make_key(doc, body, "", kb), nt = make_key(doc, title, "", kt);
  return nb && nt && nt <= nb && memcmp(kb + nb - nt, kt, nt) == 0 &&
         (nt == nb || kb[nb - nt - 1] == ' ');
}

/* "Carson campaign manager Barry Bennett ... the campaign manager said he
 * needed ... "...," he told the AP": a definite nominal headed by a title
 * noun is a referent for "he" or "she" when a person of known gender was
 * named with that whole title (n, found by the title's head noun); the
 * pronoun then means that person, while the nominal's own statement keeps
 * the nominal.  Measured and dropped (docs/pronouns.md, fifth round): any
 * person nominal as a referent, and a description taken as the most
 * recent salient person ("the former president" after Bill Clinton). */
static void role_of(reg *r, const quoth__tokens *t, const quoth_doc *doc, const quoth__mention *m,
                    quoth_span body, size_t c, size_t n, int definite) {
  const quoth__tok *h = &t->v[m->t1 - 1];
  if (!definite || m->kind != QUOTH__M_NOMINAL || m->plural || m->gender == 'n' ||
      !(h->lex & LX_TITLE) || (h->lex & LX_ORGHEAD))
    return;
  if (n == QUOTH__NONE || r->c[n].type != QUOTH_ENTITY_PERSON || !r->c[n].gender ||
      r->c[n].headline || r->c[n].place || (m->gender && r->c[n].gender != m->gender) ||
      !ends_with_title(doc, body, r->c[n].title))
    return;
  r->c[c].role = 1;
  r->c[c].gender = r->c[n].gender;
  r->c[c].coref = n;
}

/* A cluster known to be a person: a given name, a title, a gender or
 * speech, not a place nor a name seen only in a title-case headline. */
static int person_like(const cluster *c) {
  return c->type == QUOTH_ENTITY_PERSON && (c->person || c->gender) && !c->place && !c->headline;
}

/* "the 30-year-old said": a definite phrase ending in an age stands for
 * the person last in view, as "he" or "she" would; that person's cluster
 * among the salient ones within MAX_SEG_DIST sentences, or NONE. */
static size_t age_epithet(const reg *r, const quoth_doc *doc, const quoth__mention *m) {
  static const char age[] = "-year-old";
  size_t n = m->span.end - m->span.start, k = sizeof age - 1;
  if (n <= k || strncmp(doc->text + m->span.end - k, age, k) != 0) return QUOTH__NONE;
  for (size_t i = r->nrecent; i-- > 0;) {
    if (m->sentence > r->recent_seg[i] + MAX_SEG_DIST) break;
    const cluster *c = &r->c[r->recent[i]];
    if (person_like(c) && !c->plural) return r->recent[i];
  }
  return QUOTH__NONE;
}

static size_t nominal_cluster(reg *r, const quoth__tokens *t, const quoth__lexset *ls,
                              quoth_doc *doc, const quoth__mention *m) {
  char k[KEYMAX], buf[256];
  quoth_span role = last_word(doc, m->span);
  size_t n = make_key(doc, role, "r:", k);
  if (m->owner != QUOTH__NONE) {
    size_t oc = doc->mentions[m->owner].entity;
    if (oc == QUOTH__NONE) return QUOTH__NONE;
    quoth_span body = m->span;
    body.start = doc->mentions[m->owner].span.end;
    while (body.start < body.end && doc->text[body.start] == ' ') body.start++;
    int len = snprintf(buf, sizeof buf, "%.*s of %s", (int)(body.end - body.start),
                       doc->text + body.start, r->c[oc].name);
    /* "his campaign" is an organization, "his spokesman" a person */
    size_t c = new_cluster(r, doc, buf, len < (int)sizeof buf ? (size_t)len : sizeof buf - 1,
                           m->gender == 'n' ? QUOTH_ENTITY_ORGANIZATION : QUOTH_ENTITY_PERSON);
    if (c != QUOTH__NONE) r->c[c].linked = oc;
    return c;
  }
  /* "... Editor-in-Chief Martin Baron. ¶ "...," said Baron.": a lone
   * capitalized title word that is the surname of a person named before
   * is that person, not the title. */
  if (m->kind == QUOTH__M_NOMINAL && m->t1 == m->t0 + 1 && (t->v[m->t0].shape & TK_CAP) &&
      !(t->v[m->t0].shape & TK_SEGSTART)) {
    char sk[KEYMAX];
    size_t sn = make_key(doc, m->span, "", sk), sc = sn ? map_get(r, sk, sn) : QUOTH__NONE;
    if (sc != QUOTH__NONE && r->c[sc].type == QUOTH_ENTITY_PERSON && r->c[sc].gender &&
        !r->c[sc].headline)
      return sc;
  }
  /* Only a definite "the spokesman" refers back to a role already
   * introduced; "a spokesman" is someone new. */
  quoth_span body = m->kind == QUOTH__M_ANON ? m->span : strip_the(doc, m->span);
  int definite = body.start != m->span.start;
  size_t ec = definite && m->kind == QUOTH__M_NOMINAL ? age_epithet(r, doc, m) : QUOTH__NONE;
  if (ec != QUOTH__NONE) return ec;
  if (!definite || m->t1 - m->t0 != 2) n = make_key(doc, body, "n:", k);
  size_t c = n && m->kind == QUOTH__M_NOMINAL ? map_get(r, k, n) : QUOTH__NONE;
  if (c != QUOTH__NONE) return c;
  char rk[KEYMAX];
  size_t rn = make_key(doc, role, "r:", rk);
  /* (not "Russian an infrastructure development bank": an indefinite
   * phrase introduces something new, of no country named before) */
  const char *adj = definite ? country_adjective(t, ls, m) : NULL;
  if (definite && !adj && keeps_the(doc, body)) body.start = m->span.start;
  int len = snprintf(buf, sizeof buf, "%s%s%.*s", adj ? adj : "", adj ? " " : "",
                     (int)(body.end - body.start), doc->text + body.start);
  if (len > 4 && strncmp(buf, "The ", 4) == 0) buf[0] = 't'; /* a name, not a sentence start */
  /* "the poll", "a Washington Post analysis": a record is no organization */
  const quoth__tok *hd = &t->v[m->t1 - 1];
  const quoth__lexrow *oh =
      hd->keylen ? quoth__lex_get(ls->orgheads, t->keys + hd->key, hd->keylen) : NULL;
  int org = m->gender == 'n';
  c = new_cluster(r, doc, buf, len < (int)sizeof buf ? (size_t)len : sizeof buf - 1,
                  m->kind == QUOTH__M_ANON ? QUOTH_ENTITY_ANONYMOUS
                  : org                    ? QUOTH_ENTITY_ORGANIZATION
                                           : QUOTH_ENTITY_OTHER);
  if (c == QUOTH__NONE) return c;
  r->c[c].plural = m->plural;
  /* "A Conservative spokeswoman said ... She said": one person, unnamed */
  r->c[c].personal = !org && !m->plural && (hd->lex & LX_TITLE) && !(hd->lex & LX_ORGHEAD);
  if (r->c[c].personal && (m->gender == 'm' || m->gender == 'f')) r->c[c].gender = m->gender;
  /* (still "it" to pronouns) */
  r->c[c].record = org && oh && !strcmp(quoth__lex_col(oh, 1), "record");
  role_of(r, t, doc, m, body, c, rn ? map_get(r, rk, rn) : QUOTH__NONE, definite);
  if (m->kind == QUOTH__M_NOMINAL && map_put(r, k, n, c)) return QUOTH__NONE;
  return c;
}

/* "I", "we" outside quotes: the writer or the writers' group, named as
 * written -- the explicit source, not a guess. */
static int first_person(const quoth_doc *doc, const quoth__mention *m) {
  const char *p = doc->text + m->span.start;
  size_t n = m->span.end - m->span.start;
  return (n == 1 && p[0] == 'I') || (n == 2 && (p[0] == 'w' || p[0] == 'W') && p[1] == 'e');
}

static size_t writer_cluster(reg *r, quoth_doc *doc, const quoth__mention *m) {
  char k[KEYMAX];
  size_t n = make_key(doc, m->span, "p:", k), c = map_get(r, k, n);
  if (c != QUOTH__NONE) return c;
  c = new_cluster(r, doc, doc->text + m->span.start, m->span.end - m->span.start,
                  QUOTH_ENTITY_OTHER);
  if (c == QUOTH__NONE || map_put(r, k, n, c)) return QUOTH__NONE;
  r->c[c].plural = m->plural;
  r->c[c].writer = 1;
  return c;
}

static int cmp_ord(const void *x, const void *y) {
  const struct ord *p = x, *q = y;
  if (p->start != q->start) return p->start < q->start ? -1 : 1;
  if (p->end != q->end) return p->end < q->end ? -1 : 1;
  return p->m < q->m ? -1 : p->m > q->m;
}

/* The cluster a name mention already belongs to, looked up without
 * changing anything (by full name, then surname), or QUOTH__NONE. */
static size_t known_cluster(const reg *r, const quoth__tokens *t, const quoth_doc *doc,
                            const quoth__mention *m) {
  if (m->kind != QUOTH__M_NAME && m->kind != QUOTH__M_ORG) return QUOTH__NONE;
  char k[KEYMAX];
  size_t n = make_key(doc, m->head, "", k), c = n ? map_get(r, k, n) : QUOTH__NONE;
  quoth_span sur = surname(t, doc, m);
  if (c == QUOTH__NONE && sur.start > m->head.start && (n = make_key(doc, sur, "", k)))
    c = map_get(r, k, n);
  return c;
}

/* The cluster the speaker pronoun p cannot be: its statement's addressee
 * ("“...,” he told Hannity" after "Hannity asked Trump ..."). */
static size_t addressee_cluster(const reg *r, const quoth__tokens *t, const quoth_doc *doc,
                                const quoth__mention *p) {
  size_t pi = (size_t)(p - doc->mentions), a = r->addressee[pi];
  if (a == QUOTH__NONE) return QUOTH__NONE;
  const quoth__mention *am = &doc->mentions[a];
  return am->span.start < p->span.start ? am->entity : known_cluster(r, t, doc, am);
}

/* "Trump's wife, Melania,": a name that is one given name, not a
 * possessive ("Sylvia's in Harlem" is a place). */
static int lone_given(const quoth__tokens *t, const quoth_doc *doc, const quoth__mention *m) {
  if (m->t1 != m->t0 + 1 || !t->v[m->t0].given || !(t->v[m->t0].shape & TK_CAP)) return 0;
  const char *e = doc->text + m->head.end;
  size_t left = doc->len - m->head.end;
  return !((left >= 2 && e[0] == '\'' && e[1] == 's') ||
           (left >= 4 && memcmp(e, "\xE2\x80\x99s", 4) == 0));
}

/* The cluster of mention m (visited in text order). */
static size_t mention_cluster(reg *r, const quoth__tokens *t, const quoth__lexset *ls,
                              quoth_doc *doc, quoth__mention *m) {
  switch (m->kind) {
  case QUOTH__M_NAME:
  case QUOTH__M_ORG: {
    size_t c = name_cluster(r, t, doc, m, quoth__title_case(t, m->sentence));
    name_evidence(r, t, ls, doc, m, c);
    if (c != QUOTH__NONE && m->title.end > m->title.start) r->c[c].title = m->title;
    if (c != QUOTH__NONE && lone_given(t, doc, m))
      r->c[c].lone = quoth__gender_code(quoth__lex_col(t->v[m->t0].given, 1));
    return c;
  }
  case QUOTH__M_PRONOUN: {
    /* "We asked our followers": first person in the narration is the
     * writer, never the organisation or person last named. */
    if (m->speaker && first_person(doc, m)) return writer_cluster(r, doc, m);
    r->excl = addressee_cluster(r, t, doc, m);
    size_t c = resolve_pronoun(r, doc, m);
    /* "he said" fixes the gender of a name the lexicons did not know; a
     * possessive or object ("her aides") may well point elsewhere. */
    if (c != QUOTH__NONE && !r->c[c].gender && m->speaker && (m->gender == 'm' || m->gender == 'f'))
      r->c[c].gender = m->gender;
    return c;
  }
  case QUOTH__M_NOMINAL:
  case QUOTH__M_ANON:
    /* Only nominals that speak, own or are spoken to become clusters. */
    return m->speaker || m->subject || m->reporter || r->addressed[m - doc->mentions]
               ? nominal_cluster(r, t, ls, doc, m)
               : QUOTH__NONE;
  }
  return QUOTH__NONE;
}

/* "he", "she", "they", "it" (and contractions): a pronoun that can be a
 * subject keeps its referent salient; "him", "his", "her" may point at
 * anyone in the sentence and do not. */
static int nominative(const quoth_doc *doc, const quoth__mention *m) {
  if (m->kind != QUOTH__M_PRONOUN) return 0;
  const char *p = doc->text + m->span.start;
  size_t n = m->span.end - m->span.start;
  char c0 = p[0] | 0x20;
  if (n >= 2 && c0 == 'h' && (p[1] | 0x20) == 'e' &&
      (n == 2 || p[2] == '\'' || (unsigned char)p[2] == 0xE2))
    return 1;
  if (n >= 3 && c0 == 's' && (p[1] | 0x20) == 'h' && (p[2] | 0x20) == 'e') return 1;
  if (n >= 4 && c0 == 't' && (p[1] | 0x20) == 'h' && (p[2] | 0x20) == 'e' && (p[3] | 0x20) == 'y')
    return 1;
  return n == 2 && c0 == 'i' && (p[1] | 0x20) == 't';
}

/* The salient entry of c, just pushed, also stands for a pair; it takes
 * no slot of its own, so the ring keeps as many single referents. */
static void mark_group(reg *r, size_t c) {
  for (size_t i = r->nrecent; i-- > 0 && i + 3 > r->nrecent;)
    if (r->recent[i] == c) {
      r->recent_group[i] = 1;
      return;
    }
}


/* Is "x and m" a subject naming two people ("Mike Crapo and Jim Risch")? */
static int pair_subject(const reg *r, const quoth__tokens *t, const quoth__mention *x,
                        const quoth__mention *m) {
  return x->kind == QUOTH__M_NAME && m->kind == QUOTH__M_NAME && (x->subject || x->speaker) &&
         x->entity != QUOTH__NONE && m->entity != QUOTH__NONE && x->entity != m->entity &&
         person_like(&r->c[x->entity]) && person_like(&r->c[m->entity]) &&
         m->t0 == x->t1 + 1 && quoth__tok_is(t, x->t1, "and");
}

/* "Cruz electrified the crowds, Stovall said.": a name that closes a
 * sentence as the source of what it reports (a speech verb and the
 * sentence's end after it; or a comma before it and after the verb) is the
 * one who speaks, salient after the clause it reports even when no
 * statement was made of it ("... the most able candidate Viguerie argues.").
 * "... that Robert Costa had reported in June" or "The Post's Robert Costa
 * reported, his wife ..." is no such source. */
static int says(const quoth__tokens *t, const quoth__mention *m) {
  if (m->kind != QUOTH__M_NAME || m->t0 == 0 || m->t1 + 1 >= t->n) return 0;
  size_t i = m->t1;
  if (!(t->v[i].lex & LX_CUE) || (t->v[i].lex & LX_NOUNCUE)) return 0;
  return quoth__tok_is(t, i + 1, ".") ||
         (quoth__tok_is(t, i + 1, ",") && quoth__tok_is(t, m->t0 - 1, ","));
}

/* "... when Tapper asked", "... as CNN's Jake Tapper spoke": a mention
 * opening a clause after a word that opens an adverbial clause
 * (word_classes subordinator and adverbial-opener, not a preposition of an
 * object: "despite"), inside its sentence (a clause opening the sentence
 * comes before its main clause's subject, which then is the more recent
 * anyway).  Only a determiner, a possessive or capitalized words may come
 * between (the mention's own noun phrase). */
enum { MAX_SUB_LEAD = 4 };
static int subordinate(const quoth__tokens *t, const quoth__mention *m) {
  size_t s0 = t->segstart[t->v[m->t0].seg], k = m->t0;
  while (k > s0 + 1 && m->t0 - k < MAX_SUB_LEAD &&
         ((t->v[k - 1].lex & (LX_DET | LX_POSSDET)) || (t->v[k - 1].shape & (TK_POSS | TK_CAP))))
    k--;
  if (k <= s0 + 1) return 0;
  quoth__wclass w = t->v[k - 1].wc;
  return (w & WC_SUBORDINATOR) && (w & WC_ADVERBIAL_OPENER) && !(w & WC_OBJECT_PREP);
}

/* Fills r->addressee from the statements. */
static int index_addressees(reg *r, const quoth_doc *doc) {
  if (quoth__grow((void **)&r->addressee, &r->capaddressee, doc->nmentions + 1,
                  sizeof *r->addressee))
    return QUOTH_ENOMEM;
  if (quoth__grow((void **)&r->addressed, &r->capaddressed, doc->nmentions + 1, 1))
    return QUOTH_ENOMEM;
  for (size_t i = 0; i < doc->nmentions; i++) r->addressee[i] = QUOTH__NONE;
  memset(r->addressed, 0, doc->nmentions + 1);
  for (size_t i = 0; i < doc->nstatements; i++) {
    const quoth_statement *st = &doc->statements[i];
    if (st->smention != QUOTH__NONE && st->amention != QUOTH__NONE)
      r->addressee[st->smention] = st->amention;
    if (st->amention != QUOTH__NONE) r->addressed[st->amention] = 1;
  }
  return QUOTH_OK;
}

/* "a Juventus official" and "Juventus official" (the scan's mention and
 * the attribution's, with its article): one phrase, one entity. */
static int same_phrase(const quoth__mention *pm, const quoth__mention *m) {
  return pm && pm->entity != QUOTH__NONE && m->kind == QUOTH__M_NOMINAL &&
         (pm->kind == QUOTH__M_NOMINAL || pm->kind == QUOTH__M_ANON) &&
         pm->span.end == m->span.end && pm->span.start <= m->span.start;
}

static int visit_mentions(reg *r, const quoth__tokens *t, const quoth__lexset *ls, quoth_doc *doc) {
  if (quoth__grow((void **)&r->order, &r->caporder, doc->nmentions + 1, sizeof *r->order) ||
      index_addressees(r, doc))
    return QUOTH_ENOMEM;
  for (size_t i = 0; i < doc->nmentions; i++)
    r->order[i] = (struct ord){doc->mentions[i].span.start, doc->mentions[i].span.end, i};
  qsort(r->order, doc->nmentions, sizeof *r->order, cmp_ord);
  size_t vseg = QUOTH__NONE; /* sentence of the last viewpoint ("To X, ...") */
  for (size_t i = 0; i < doc->nmentions; i++) {
    quoth__mention *m = &doc->mentions[r->order[i].m];
    size_t nc = r->nc;
    const quoth__mention *pm = i > 0 ? &doc->mentions[r->order[i - 1].m] : NULL;
    m->entity = same_phrase(pm, m) ? pm->entity : mention_cluster(r, t, ls, doc, m);
    if (m->entity == QUOTH__NONE && r->nc > nc) return QUOTH_ENOMEM;
    int salient_role = m->subject || m->speaker || nominative(doc, m) || says(t, m);
    if (m->viewpoint) vseg = m->sentence;
    /* "For Jonathan Chait, Williamson is exposing ...": the clause is the
     * view of X, who stays above its subject (not above a speaker) */
    int below = subordinate(t, m) || (vseg == m->sentence && !m->viewpoint && !m->speaker);
    if (m->entity != QUOTH__NONE && salient_role)
      (below ? push_subordinate : push_recent)(r, m->entity, m->sentence);
    if (i > 0 && pair_subject(r, t, &doc->mentions[r->order[i - 1].m], m))
      mark_group(r, doc->mentions[r->order[i - 1].m].entity);
    if (m->entity != QUOTH__NONE && (m->kind == QUOTH__M_NAME || m->kind == QUOTH__M_ORG))
      push_named(r, m->entity, m->sentence);
  }
  return QUOTH_OK;
}

/* The document entity of cluster c, created on first use. */
static size_t out_entity(reg *r, quoth_doc *doc, size_t c) {
  if (c == QUOTH__NONE) return QUOTH__NONE;
  if (r->c[c].out != QUOTH__NONE) return r->c[c].out;
  /* "ATLANTIC CITY", "New Hampshire": a name read as a place, with no
   * evidence of a person, is no person in the table. */
  quoth_entity_type type = r->c[c].type;
  if (type == QUOTH_ENTITY_PERSON && r->c[c].place && !r->c[c].person && !r->c[c].gender)
    type = QUOTH_ENTITY_OTHER;
  /* "Critics", "Democrats": a group named by one plural word, never a
   * single person (unless a title or gender says so). */
  if (type == QUOTH_ENTITY_PERSON && r->c[c].group && !r->c[c].person && !r->c[c].gender)
    type = r->c[c].group == 2 ? QUOTH_ENTITY_ANONYMOUS : QUOTH_ENTITY_OTHER;
  if (type == QUOTH_ENTITY_PERSON && r->c[c].orgword && !r->c[c].person && !r->c[c].gender)
    type = QUOTH_ENTITY_ORGANIZATION;
  if (r->c[c].record) type = QUOTH_ENTITY_OTHER;
  quoth_entity *e = quoth__doc_add_entity(doc, r->c[c].name, r->c[c].namelen, type);
  if (!e) return QUOTH__NONE;
  e->gender = r->c[c].gender;
  r->c[c].out = e->index;
  if (r->c[c].linked != QUOTH__NONE) {
    size_t l = out_entity(r, doc, r->c[c].linked);
    doc->entities[r->c[c].out].linked = l;
  }
  return r->c[c].out;
}

static quoth_resolution how(const quoth_doc *doc, const quoth__mention *m, const quoth_entity *e) {
  switch (m->kind) {
  case QUOTH__M_PRONOUN: /* "I", "we" of the narration name the writer (writer_cluster) */
    return first_person(doc, m) ? QUOTH_RESOLVED_EXPLICIT : QUOTH_RESOLVED_PRONOUN;
  case QUOTH__M_NOMINAL: return m->owner != QUOTH__NONE || e->type == QUOTH_ENTITY_PERSON
                                    ? QUOTH_RESOLVED_ROLE : QUOTH_RESOLVED_EXPLICIT;
  default: break;
  }
  size_t n = m->head.end - m->head.start;
  return strlen(e->name) == n && strncmp(e->name, doc->text + m->head.start, n) == 0
             ? QUOTH_RESOLVED_EXPLICIT : QUOTH_RESOLVED_ALIAS;
}

static int link_statements(reg *r, quoth_doc *doc) {
  for (size_t i = 0; i < doc->nstatements; i++) {
    quoth_statement *st = &doc->statements[i];
    if (st->smention != QUOTH__NONE) {
      const quoth__mention *m = &doc->mentions[st->smention];
      st->speaker = out_entity(r, doc, m->entity);
      if (m->entity != QUOTH__NONE && st->speaker == QUOTH__NONE) return QUOTH_ENOMEM;
      if (st->speaker == QUOTH__NONE) st->confidence = st->confidence > 0.3 ? 0.3 : st->confidence;
      else if (st->resolved != QUOTH_RESOLVED_CONTINUATION)
        st->resolved = how(doc, m, &doc->entities[st->speaker]);
    }
    if (st->amention != QUOTH__NONE)
      st->addressee = out_entity(r, doc, doc->mentions[st->amention].entity);
    if (st->rmention != QUOTH__NONE)
      st->reporter = out_entity(r, doc, doc->mentions[st->rmention].entity);
  }
  return QUOTH_OK;
}

/* Titles, aliases and mentions of the entities that were output. */
static int fill_entities(reg *r, quoth_doc *doc) {
  for (size_t i = 0; i < doc->nmentions; i++) {
    const quoth__mention *m = &doc->mentions[i];
    if (m->entity == QUOTH__NONE || r->c[m->entity].out == QUOTH__NONE) continue;
    quoth_entity *e = &doc->entities[r->c[m->entity].out];
    /* Appended in mention order, so a repeated span can only be the last
     * one; quoth__entity_add_mention's full scan would be quadratic. */
    if (!e->nmentions || e->mentions[e->nmentions - 1].start != m->span.start ||
        e->mentions[e->nmentions - 1].end != m->span.end) {
      if (quoth__grow((void **)&e->mentions, &e->capmentions, e->nmentions + 1,
                      sizeof *e->mentions))
        return QUOTH_ENOMEM;
      e->mentions[e->nmentions++] = m->span;
    }
    if (m->kind == QUOTH__M_NAME || m->kind == QUOTH__M_ORG) {
      if (quoth__entity_add_alias(doc, e, doc->text + m->head.start, m->head.end - m->head.start))
        return QUOTH_ENOMEM;
      if (m->alias.end && quoth__entity_add_alias(doc, e, doc->text + m->alias.start,
                                                  m->alias.end - m->alias.start))
        return QUOTH_ENOMEM;
    }
    if (m->title.end &&
        quoth__entity_add_title(doc, e, doc->text + m->title.start, m->title.end - m->title.start))
      return QUOTH_ENOMEM;
  }
  return QUOTH_OK;
}

int quoth__resolve_entities(quoth__registry *r, const quoth__tokens *t, const quoth__lexset *ls,
                            quoth_doc *doc) {
  map_reset(r);
  int st = visit_mentions(r, t, ls, doc);
  if (!st) st = link_statements(r, doc);
  if (!st) st = fill_entities(r, doc);
  return st;
}
