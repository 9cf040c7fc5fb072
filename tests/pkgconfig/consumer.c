/* consumer.c - a program built against the *installed* libquoth through
 * pkg-config, to prove the packaging (header, library, quoth.pc) works. */
#include <quoth.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  const char *text = "\xE2\x80\x9CWe stay,\xE2\x80\x9D the minister said.";
  quoth_lexicons *lex = NULL;
  quoth_engine *eng = NULL;
  quoth_doc *doc = NULL;
  char err[256];
  if (quoth_lexicons_load(NULL, &lex, err, sizeof err) != QUOTH_OK) return fprintf(stderr, "%s\n", err), 1;
  if (quoth_engine_new(lex, "en", 0, &eng) != QUOTH_OK) return 1;
  if (quoth_engine_process(eng, text, strlen(text), &doc) != QUOTH_OK) return 1;
  printf("quoth %s: %zu statement(s), %zu sentence(s)\n", quoth_version(),
         quoth_doc_statement_count(doc), quoth_doc_sentence_count(doc));
  int ok = quoth_doc_statement_count(doc) == 1;
  quoth_doc_free(doc);
  quoth_engine_free(eng);
  quoth_lexicons_free(lex);
  return ok ? 0 : 1;
}
