// Normalization for matching, and the way back to the original offsets.

#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace thainews {
namespace {

struct Case {
  const char* name;
  std::string original;
  std::string normalized;
};

TEST(NormalizeTest, FoldsVariantsIntoOneForm) {
  const Case cases[] = {
      {"Thai digits", "วันที่ ๒๘ มิถุนายน ๒๕๖๕", "วันที่ 28 มิถุนายน 2565"},
      {"NBSP between words", "วันที่\u00a019\u00a0มิถุนายน", "วันที่ 19 มิถุนายน"},
      {"zero-width space removed", "ลพบุรี\u200bเป็นประธาน", "ลพบุรีเป็นประธาน"},
      {"byte order mark removed", "\ufeffข่าว", "ข่าว"},
      {"CRLF and CR", "บรรทัดแรก\r\nบรรทัดสอง\rบรรทัดสาม", "บรรทัดแรก\nบรรทัดสอง\nบรรทัดสาม"},
      {"decomposed SARA AM", "น\u0e49\u0e4d\u0e32ท่วม", "น\u0e49\u0e33ท่วม"},
      {"SARA AM with the tone typed inside", "น\u0e4d\u0e49\u0e32ท่วม", "น\u0e49\u0e33ท่วม"},
      {"bare decomposed SARA AM", "ท\u0e4d\u0e32งาน", "ทำงาน"},
      {"doubled tone mark", "ผู้\u0e49ว่า", "ผู้ว่า"},
      {"tone typed before the upper vowel", "ท\u0e48\u0e35", "ท\u0e35\u0e48"},
      {"SARA E twice for SARA AE", "\u0e40\u0e40ผน", "แผน"},
      {"lower vowel after the tone (NFC)", "ก\u0e48\u0e38ง", "ก\u0e38\u0e48ง"},
      {"runs of spaces", "นาย  สมชาย \t ใจดี", "นาย สมชาย ใจดี"},
      {"no spaces next to a line break", "ข่าว  \n  เนื้อหา", "ข่าว\nเนื้อหา"},
      {"HTML entities", "ลพบุรี&nbsp;&amp;&#3665;&#x0E52;&quot;", "ลพบุรี &12\""},
      {"unknown entity kept", "a&bogus;b", "a&bogus;b"},
      {"HTML tags", "<p>ข่าว<span class=\"x\">ลพบุรี</span></p>เนื้อหา", "\nข่าวลพบุรี\nเนื้อหา"},
      {"line break tag", "บรรทัดแรก<br/>บรรทัดสอง", "บรรทัดแรก\nบรรทัดสอง"},
      {"comment", "ก<!-- hidden -->ข", "กข"},
      {"a lone less-than is text", "อายุ < 5 ปี", "อายุ < 5 ปี"},
      {"dashes and quotes", "30 ก.ย. \u2013 2 ต.ค. \u201cโครงการ\u201d", "30 ก.ย. - 2 ต.ค. \"โครงการ\""},
      {"full-width digits", "\uff11\uff12 คน", "12 คน"},
      {"composed Latin", "Cafe\u0301", "Caf\u00e9"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Normalize(c.original).text(), c.normalized) << c.name;
  }
}

// Every normalized span maps back to a slice of the original that, when
// normalized again, gives the same text: what callers see is what they passed.
TEST(NormalizeTest, SpansMapBackToOriginalSlices) {
  const std::string original =
      "วันที่\u00a0๒๘\u00a0มิ.ย.\u200b ๒๕๖๕ &nbsp;ท\u0e4d\u0e32งาน<br>\r\n\u0e40\u0e40ผน";
  const NormalizedText n = Normalize(original);
  const std::string& text = n.text();
  ASSERT_EQ(text, "วันที่ 28 มิ.ย. 2565 ทำงาน\n\nแผน");
  const auto check = [&](const std::string& piece, const std::string& expected_original) {
    const size_t at = text.find(piece);
    ASSERT_NE(at, std::string::npos) << piece;
    const Span span = n.ToOriginal(at, at + piece.size());
    EXPECT_EQ(original.substr(span.begin, span.end - span.begin), expected_original) << piece;
  };
  check("28", "๒๘");
  check("2565", "๒๕๖๕");
  check("มิ.ย.", "มิ.ย.");
  check("ทำงาน", "ท\u0e4d\u0e32งาน");
  check("แผน", "\u0e40\u0e40ผน");
  check("28 มิ.ย. 2565", "๒๘\u00a0มิ.ย.\u200b ๒๕๖๕");
}

TEST(NormalizeTest, EmptySpanMapsToAPosition) {
  const NormalizedText n = Normalize("ก\u00a0\u00a0ข");
  const Span span = n.ToOriginal(2, 2);
  EXPECT_EQ(span.begin, span.end);
  EXPECT_EQ(n.ToOriginal(0, n.text().size()).end, n.original_size());
}

TEST(NormalizeTest, EmptyAndWhitespaceOnly) {
  EXPECT_EQ(Normalize("").text(), "");
  EXPECT_EQ(Normalize("\u200b").text(), "");
  EXPECT_EQ(Normalize("   ").text(), " ");
}

TEST(NormalizeTest, LongInputsStayLinear) {
  // A stray '<' or '&' at every position must not rescan the rest of the text.
  std::string original;
  for (int i = 0; i < 200000; ++i) original += (i % 2) ? "<ก" : "&ข";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text(), original);
}

}  // namespace
}  // namespace thainews
