/* check_lost_break.c - quotations run over paragraphs whose breaks were
 * lost ("One. "Two," said Holmes."): the scanner cuts the pieces
 * (quotes.c resync_point) and the attribution gives a piece without a
 * speaker the one of the piece that goes on with it (attribute.c
 * lost_break_speakers).  Each test holds a negative case. */
#include "testutil.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"


START_TEST(test_piece_takes_next_speaker) {
  quoth_doc *d = tu_process("Kelly Holmes won in Glasgow. \"It was nice to get that out of the "
                            "way. I was nervous. \"I felt good. I had to relax,\" said Holmes.",
                            0);
  ck_assert_uint_eq(quoth_doc_statement_count(d), 2);
  ck_assert_str_eq(tu_speaker_name(d, "nice to get"), "Kelly Holmes");
  ck_assert_int_eq(quoth_statement_resolution(tu_statement(d, "nice to get")),
                   QUOTH_RESOLVED_CONTINUATION);
  ck_assert_str_eq(tu_speaker_name(d, "felt good"), "Kelly Holmes");
  quoth_doc_free(d);
}
END_TEST

/* A chain of pieces passes the speaker back from the last one, curly
 * marks as well as straight ones. */
START_TEST(test_chain_of_pieces) {
  quoth_doc *d = tu_process("The club spoke on Monday. " LQ "We were robbed. " LQ
                            "The referee missed it. " LQ "It was a penalty," RQ
                            " said manager Alex Ferguson.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "robbed"), "Alex Ferguson");
  ck_assert_str_eq(tu_speaker_name(d, "referee missed"), "Alex Ferguson");
  quoth_doc_free(d);
}
END_TEST

/* Negative: an unclosed quote followed by narration, not straight by the
 * next quote, or re-opened by another mark, keeps no speaker; a closed
 * quote before another is no piece either. */
START_TEST(test_not_a_piece) {
  quoth_doc *d = tu_process("The club spoke on Monday. \"We were robbed. The players left "
                            "early. Later, \"It was a penalty,\" said manager Alex Ferguson.",
                            0);
  ck_assert_str_eq(tu_speaker_name(d, "robbed"), "");
  quoth_doc_free(d);
  d = tu_process("The club spoke on Monday. \"We were robbed. " LQ "It was a penalty," RQ
                 " said manager Alex Ferguson.", 0);
  ck_assert_str_eq(tu_speaker_name(d, "robbed"), "");
  quoth_doc_free(d);
  d = tu_process("The club spoke on Monday. \"We were robbed.\" \"It was a penalty,\" said "
                 "manager Alex Ferguson.", 0);
  ck_assert_str_ne(tu_speaker_name(d, "robbed"), "Alex Ferguson");
  quoth_doc_free(d);
}
END_TEST

static Suite *lost_break_suite(void) {
  Suite *s = suite_create("lost_break");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_piece_takes_next_speaker);
  tcase_add_test(tc, test_chain_of_pieces);
  tcase_add_test(tc, test_not_a_piece);
  suite_add_tcase(s, tc);
  return s;
}

TU_MAIN(lost_break_suite)
