#include "extract/phrases.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>

namespace thainews {
namespace {

TEST(PhrasesTest, MatchesTheLongestPhraseAtAPosition) {
  Result<std::unique_ptr<re2::RE2>> re = CompilePhrases({"นาง", "นางสาว", "นาย"}, "test");
  ASSERT_TRUE(re.ok()) << re.status().ToString();
  const std::string text = "คือนางสาวสมศรี";
  const size_t at = text.find("นาง");
  EXPECT_EQ(MatchLengthAt(**re, text, at), std::string("นางสาว").size());
  // A limit cuts the match short: then the shorter phrase is the longest.
  EXPECT_EQ(MatchLengthAt(**re, text, at, at + std::string("นางสา").size()),
            std::string("นาง").size());
  EXPECT_EQ(MatchLengthAt(**re, text, 0), 0u);
  EXPECT_EQ(MatchLengthAt(**re, text, text.size()), 0u);
}

TEST(PhrasesTest, SpacesInsideAPhraseAreOptional) {
  Result<std::unique_ptr<re2::RE2>> re = CompilePhrases({"รอง ผวจ."}, "test");
  ASSERT_TRUE(re.ok());
  EXPECT_EQ(MatchLengthAt(**re, "รอง ผวจ.ลำปาง", 0), std::string("รอง ผวจ.").size());
  EXPECT_EQ(MatchLengthAt(**re, "รองผวจ.ลำปาง", 0), std::string("รองผวจ.").size());
  // Dots are literal, not "any character".
  EXPECT_EQ(MatchLengthAt(**re, "รองผวจxลำปาง", 0), 0u);
}

TEST(PhrasesTest, FindsTheNextPhrase) {
  Result<std::unique_ptr<re2::RE2>> re = CompilePhrases({"กรม", "กระทรวง"}, "test");
  ASSERT_TRUE(re.ok());
  const std::string text = "อธิบดีกรมที่ดิน กระทรวงมหาดไทย";
  size_t length = 0;
  const size_t first = FindPhrase(**re, text, 0, &length);
  EXPECT_EQ(first, text.find("กรม"));
  EXPECT_EQ(length, std::string("กรม").size());
  EXPECT_EQ(FindPhrase(**re, text, first + length, &length), text.find("กระทรวง"));
  EXPECT_EQ(FindPhrase(**re, text, text.size(), &length), std::string_view::npos);
}

TEST(PhrasesTest, AnEmptyListMatchesNothing) {
  Result<std::unique_ptr<re2::RE2>> re = CompilePhrases({}, "empty");
  ASSERT_TRUE(re.ok()) << re.status().ToString();
  size_t length = 0;
  EXPECT_EQ(FindPhrase(**re, "อะไรก็ได้", 0, &length), std::string_view::npos);
}

TEST(PhrasesTest, ABadPatternIsADataError) {
  Result<std::unique_ptr<re2::RE2>> re = CompilePattern("(unclosed", "broken list");
  ASSERT_FALSE(re.ok());
  EXPECT_EQ(re.status().code(), StatusCode::kDataError);
  EXPECT_NE(re.status().message().find("broken list"), std::string::npos);
}

}  // namespace
}  // namespace thainews
