/*
 * tokens.h - the token layer the attribution stage reads.
 *
 * One linear pass turns a document (with its sentences and quotes) into
 * words and punctuation outside quotes; every top-level quotation is one
 * QUOTE token, so patterns such as `"Q," SPEAKER CUE.` are token sequences.
 * Tokens are grouped into segments: sentences whose boundaries inside
 * quotes are ignored, so `"A. B," he said.` is one segment.  Each word
 * carries its folded lookup key and the lexicon classes it belongs to,
 * computed once, so later stages never fold or allocate per token.
 * The arrays are scratch memory owned by the tokenizer and reused from one
 * document to the next.
 */
#ifndef QUOTH_TOKENS_H
#define QUOTH_TOKENS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

/* Token shapes. */
enum {
  TK_WORD = 1u << 0,
  TK_CAP = 1u << 1,     /* first letter upper case */
  TK_ALLCAPS = 1u << 2, /* two or more letters, all upper case ("LNA", "U.S.") */
  TK_INITIAL = 1u << 3, /* "J." */
  TK_PUNCT = 1u << 4,
  TK_QUOTE = 1u << 5, /* a whole top-level quotation */
  TK_POSS = 1u << 6,  /* possessive 's split off a word; a plural's apostrophe ("Sanders' aides") */
  TK_NUM = 1u << 7,
  TK_SEGSTART = 1u << 8, /* first token of its segment */
  TK_PARASTART = 1u << 9 /* first token of its paragraph */
};

/* Lexicon classes (bits in quoth__tok.lex). */
enum {
  LX_CUE = 1u << 0,      /* speech_verbs */
  LX_PRON = 1u << 1,     /* pronouns */
  LX_TITLE = 1u << 2,    /* titles */
  LX_MOD = 1u << 3,      /* title_modifiers */
  LX_HON = 1u << 4,      /* honorifics */
  LX_ORGHEAD = 1u << 5,  /* org_heads */
  LX_DEMONYM = 1u << 6,  /* demonyms (adjective column) */
  LX_STOPNAME = 1u << 7, /* stopnames */
  LX_DET = 1u << 8,      /* function_words: det */
  LX_POSSDET = 1u << 9,  /* function_words: poss (his, her, its, their) */
  LX_SKIP = 1u << 10,    /* function_words: adv/aux between speaker and cue */
  LX_PARTICLE = 1u << 11,/* function_words: particle in names (al, bin, van) */
  LX_PREP = 1u << 12,    /* function_words: prep */
  LX_STOP = 1u << 13,    /* function_words: stop (ends a noun phrase) */
  LX_ANON = 1u << 14,    /* anonymous_sources (single words) */
  LX_PLACE = 1u << 15,   /* demonyms (place column) */
  LX_CUEPHRASE = 1u << 16, /* first word of a cue phrase */
  LX_TELL = 1u << 17,    /* function_words: tell (cue takes an addressee) */
  LX_COG = 1u << 18,     /* cognition_verbs: think, believe, show (weak cues) */
  LX_GIVEN = 1u << 19,   /* given_names */
  LX_NOUNCUE = 1u << 20  /* noun_cues: a cue form that is also a noun */
};

/* Closed word classes (bits in quoth__tok.wc), from <lang>/word_classes;
 * the names in that file are listed in tokens.c (quoth__word_class_bit).
 * 64 bits: one per class. */
typedef uint64_t quoth__wclass;
#define WC_QUANTITY_NOUN (UINT64_C(1) << 0)     /* "a few", "a majority" */
#define WC_PLURAL_QUANTIFIER (UINT64_C(1) << 1) /* "some say" */
#define WC_SINGULAR_QUANTIFIER (UINT64_C(1) << 2)/* "another says" */
#define WC_BE (UINT64_C(1) << 3)
#define WC_DAY (UINT64_C(1) << 4)               /* "Monday", "yesterday" */
#define WC_VERB_GROUP_END (UINT64_C(1) << 5)    /* "can be", "it gets" */
#define WC_SHARE (UINT64_C(1) << 6)             /* "two in three", "a majority" */
#define WC_SHARE_GLUE (UINT64_C(1) << 7)        /* "nearly", "of", "than" */
#define WC_CLAUSE_CONJ (UINT64_C(1) << 8)
#define WC_SUBJECT_CONJ (UINT64_C(1) << 9)      /* ", but Brooks said" */
#define WC_SENTENCE_ADVERB (UINT64_C(1) << 10)  /* ", however," */
#define WC_SOURCE_ADJECTIVE (UINT64_C(1) << 11) /* "people familiar with" */
#define WC_QUESTION_OPENER (UINT64_C(1) << 12)  /* "asked whether" */
#define WC_ADJUNCT (UINT64_C(1) << 13)          /* "said years ago" */
#define WC_PREDICATE_AUX (UINT64_C(1) << 14)    /* "..., according to X, has" */
#define WC_ADVERBIAL_OPENER (UINT64_C(1) << 15) /* "In ..., as ..., she said": opens an adverbial */
#define WC_CARE_COMPOUND (UINT64_C(1) << 16)    /* "health" in "health care" */
#define WC_MAIL_COMPOUND (UINT64_C(1) << 17)    /* "address" in "email address" */
#define WC_PERSONAL_SUBJECT (UINT64_C(1) << 18) /* "I", "he": a person as subject ("I mean") */
#define WC_OBJECT_PREP (UINT64_C(1) << 19)      /* "Choosing between Clinton and ..." */
#define WC_SUBJECT_PRONOUN (UINT64_C(1) << 20)  /* "noting he had backed Rubio" */
#define WC_PARTICIPLE_LINK (UINT64_C(1) << 21)  /* "and calling for", "by saying" */
#define WC_FRONTED_LEAD (UINT64_C(1) << 22)     /* "But while saying ..., X" */
#define WC_FRONTED_PREP (UINT64_C(1) << 23)     /* "After saying ..., X" */
#define WC_PREP_PARTICIPLE (UINT64_C(1) << 24)  /* "Regarding the front-runner, X" */
#define WC_OBJECT_PARTICIPLE (UINT64_C(1) << 25) /* ", stressing the importance of unity" */
#define WC_NO_PREDICATE (UINT64_C(1) << 26)     /* "..., Clinton and ...", "..., Clinton, who" */
#define WC_TIME_UNIT (UINT64_C(1) << 27)        /* "week", "the time" */
#define WC_TIME_COUNT (UINT64_C(1) << 28)       /* "less than two weeks ago" */
#define WC_TIME_DET (UINT64_C(1) << 29)         /* "this past week" */
#define WC_TIME_PREP (UINT64_C(1) << 30)        /* "earlier in the day" */
#define WC_SHARE_UNIT (UINT64_C(1) << 31)       /* "26 percent", "a majority" */
#define WC_RECORD_MODIFIER (UINT64_C(1) << 32)  /* "a poll this month", "a survey released Friday" */
#define WC_POLL_NOUN (UINT64_C(1) << 33)        /* "in the latest poll" */
#define WC_SUBORDINATOR (UINT64_C(1) << 34)     /* "Despite ..., " */
#define WC_STANDING (UINT64_C(1) << 35)         /* "a lead", "ahead" */
#define WC_EVIDENCE_VERB (UINT64_C(1) << 36)    /* "the poll shows", "a study found" */
#define WC_FRACTION (UINT64_C(1) << 37)         /* "thirds" in "two-thirds" */
#define WC_TENS (UINT64_C(1) << 38)             /* "seventy" in "seventy-two" */
#define WC_SAY_CATENATIVE (UINT64_C(1) << 39)   /* "continued to say", "more likely to say" */
#define WC_PAST_VERB (UINT64_C(1) << 40)        /* "made", "took": irregular simple past */
#define WC_NAME_SUFFIX (UINT64_C(1) << 41)      /* "Jr." in "Joseph R. Biden Jr." */
#define WC_PERCEPTION (UINT64_C(1) << 42)       /* "heard" in "X can be heard asking" */
#define WC_COUNT_PLURAL (UINT64_C(1) << 43)     /* "Hundreds of demonstrators" */
#define WC_PROGRAMME (UINT64_C(1) << 44)        /* "programme" in "Radio 4's Today programme" */
#define WC_COURTESY (UINT64_C(1) << 45)         /* "Ms" in "Ms King": before surnames only */

/* The WC_* bit of a class name from word_classes, or 0 when unknown. */
quoth__wclass quoth__word_class_bit(const char *name, size_t len);

/* One per word or mark, so kept small (72 bytes): offsets and indexes are
 * 32-bit because a document is shorter than QUOTH__MAX_DOC bytes. */
typedef struct quoth__tok {
  uint32_t start, end; /* bytes */
  uint32_t quote;      /* TK_QUOTE: index into doc->quotes */
  uint32_t seg, para;
  uint32_t key;      /* offset of the folded key in the key buffer */
  uint16_t keylen;   /* 0 when the word is too long to look up */
  uint16_t shape;
  uint32_t lex;
  quoth__wclass wc;          /* WC_* */
  const quoth__lexrow *cue;  /* speech_verbs row */
  const quoth__lexrow *pron; /* pronouns row */
  const quoth__lexrow *gend; /* titles / honorifics row (gender column) */
  const quoth__lexrow *given; /* given_names row */
} quoth__tok;

typedef struct quoth__wordprobe {
  uint32_t hash, idx; /* idx: 1 + index into words; 0 = empty slot */
} quoth__wordprobe;

typedef struct quoth__wordclass {
  size_t key; /* offset + 1 into wordkeys; 0 = empty slot */
  uint32_t len, hash;
  uint32_t lex; /* LX_* */
  quoth__wclass wc; /* WC_* */
  const quoth__lexrow *cue, *pron, *gend, *given;
} quoth__wordclass;

/* A cue phrase, or a prefix of one ending at a word boundary (row NULL),
 * keyed by quoth__hash_add over its bytes so a growing multi-word key is
 * hashed incrementally. */
typedef struct quoth__phrasenode {
  const char *key; /* the first len bytes of a phrase key; NULL = empty slot */
  uint32_t len, hash;
  const quoth__lexrow *row; /* the cue_phrases row when the whole key is a phrase */
} quoth__phrasenode;

#define QUOTH__HASH_SEED 1469598103934665603ULL
/* FNV-1a over s[0..n), continuing from h. */
static inline uint64_t quoth__hash_add(uint64_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h;
}

typedef struct quoth__lexset {
  const quoth__lextable *verbs, *phrases, *pronouns, *titles, *mods, *honorifics, *orgheads,
      *demonyms, *stopnames, *funcs, *anon, *abbrev, *clause, *cognition, *given, *nouncues,
      *objcues, *evidence, *wclasses, *snouns /* speech_nouns: "claim", "warning" */;
  /* entity typing: well-known names by type, last words of place names */
  const quoth__lextable *known, *placeheads, *orgnameheads;
  /* place -> demonym row (reverse index over demonyms), open addressing */
  const quoth__lexrow **places;
  size_t nplaces;
  /* Every single-word key of the tables above in one hash table, so a
   * token is classified with one lookup (see quoth__lexset_word).  The
   * probe array holds only hashes and indexes (8 bytes a slot, so a probe
   * stays in cache); the classes sit densely in words. */
  struct quoth__wordprobe *slots;
  size_t nslots;
  struct quoth__wordclass *words;
  size_t nwords, capwords;
  char *wordkeys;
  size_t wordkeylen, wordkeycap;
  /* first words of cue phrases */
  char *phrase_first; /* NUL-separated keys */
  size_t *pf_slots, npf_slots;
  /* every cue phrase and word-boundary prefix of one, open addressing */
  quoth__phrasenode *phrases_ix;
  size_t nphrases_ix;
} quoth__lexset;

typedef struct quoth__tokens {
  quoth__tok *v;
  size_t n, cap;
  char *keys;
  size_t keylen, keycap;
  size_t nsegs;
  size_t *segstart; /* token index of each segment's first token (nsegs + 1) */
  size_t capseg;
} quoth__tokens;

int quoth__lexset_init(quoth__lexset *ls, const quoth_lexicons *lex, const char *lang);
void quoth__lexset_free(quoth__lexset *ls);
/* The demonyms row whose place column equals the folded key, or NULL. */
const quoth__lexrow *quoth__lexset_place(const quoth__lexset *ls, const char *key, size_t len);
int quoth__lexset_phrase_first(const quoth__lexset *ls, const char *key, size_t len);
/* The phrase or phrase prefix key[0..len) with hash h (quoth__hash_add
 * from QUOTH__HASH_SEED), or NULL when no cue phrase starts so. */
const quoth__phrasenode *quoth__lexset_phrase(const quoth__lexset *ls, const char *key,
                                              size_t len, uint64_t h);
/* The classes of a folded word, or NULL when it is in no table. */
const quoth__wordclass *quoth__lexset_word(const quoth__lexset *ls, const char *key, size_t len);

/* Tokenizes doc into t (previous contents discarded).  0 or QUOTH_ENOMEM. */
int quoth__tokenize(quoth__tokens *t, const quoth__lexset *ls, const quoth_doc *doc);
void quoth__tokens_free(quoth__tokens *t);

static inline const char *quoth__tok_key(const quoth__tokens *t, size_t i) {
  return t->keys + t->v[i].key;
}
/* Does token i's key equal the NUL-terminated word w?  Inline, so with a
 * literal w the length is a constant and the compare a few instructions. */
static inline int quoth__tok_is(const quoth__tokens *t, size_t i, const char *w) {
  if (!t->v[i].keylen) return 0; /* also: keys may be NULL when no token has a key */
  /* Keys are NUL-terminated and hold no NUL; most tests fail on the first
   * byte, so no strlen of w (this runs for every word tested by a rule). */
  const char *k = t->keys + t->v[i].key;
  return k[0] == w[0] && strcmp(k, w) == 0;
}

#endif
