#include "text/text_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace thainews {
namespace {

TEST(TextScanTest, ThaiLetterAtAndBefore) {
  const std::string text = "ab กข 12";
  EXPECT_FALSE(ThaiLetterAt(text, 0));
  EXPECT_TRUE(ThaiLetterAt(text, 3));
  EXPECT_TRUE(ThaiLetterAt(text, 6));
  EXPECT_FALSE(ThaiLetterAt(text, text.size()));
  EXPECT_FALSE(ThaiLetterBefore(text, 3));
  EXPECT_TRUE(ThaiLetterBefore(text, 6));
  EXPECT_TRUE(ThaiLetterBefore(text, 9));
  EXPECT_FALSE(ThaiLetterBefore(text, 0));
  // Thai digits are not letters.
  EXPECT_FALSE(ThaiLetterAt("๕", 0));
}

TEST(TextScanTest, LineBoundsStopAtTheLimits) {
  const std::string text = "one\ntwo three\nfour";
  EXPECT_EQ(LineBeginAfter(text, 8, 0), 4u);
  EXPECT_EQ(LineBeginAfter(text, 8, 6), 6u);  // the floor comes first
  EXPECT_EQ(LineBeginAfter(text, 2, 0), 0u);
  EXPECT_EQ(LineEndBefore(text, 5, text.size()), 13u);
  EXPECT_EQ(LineEndBefore(text, 5, 9), 9u);  // the ceiling comes first
  EXPECT_EQ(LineEndBefore(text, 15, 100), text.size());
}

TEST(TextScanTest, WordsAtAPosition) {
  const std::string text = "จำนวน 50 คน";
  EXPECT_TRUE(StartsWithAt(text, 0, "จำนวน"));
  EXPECT_TRUE(EndsWithAt(text, std::string("จำนวน").size(), "จำนวน"));
  EXPECT_FALSE(EndsWithAt(text, 2, "จำนวน"));
  EXPECT_FALSE(StartsWithAt(text, text.size(), "คน"));
}

TEST(TextScanTest, CollapseWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  ปัญหา\u00a0 น้ำท่วม\n\tขัง  "), "ปัญหา น้ำท่วม ขัง");
  EXPECT_EQ(CollapseWhitespace("ขาด\u200bแคลน"), "ขาดแคลน");
  EXPECT_EQ(CollapseWhitespace(" \n "), "");
}

}  // namespace
}  // namespace thainews
