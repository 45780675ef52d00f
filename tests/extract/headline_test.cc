// The headline: the first non-empty line, unless that line is only a date.

#include <gtest/gtest.h>

#include <string>

#include "thainews/extractor.h"

namespace thainews {
namespace {

std::string HeadlineOf(const std::string& text) {
  static const Extractor* const extractor = [] {
    Result<Extractor> created = Extractor::Create({});
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return new Extractor(std::move(*created));
  }();
  Result<Article> article = extractor->Extract(text);
  EXPECT_TRUE(article.ok()) << article.status().ToString();
  return article.ok() ? article->headline : "";
}

TEST(HeadlineTest, FirstNonEmptyLineTrimmed) {
  EXPECT_EQ(HeadlineOf("\n  \n  จังหวัดจัดงานกาชาดประจำปี  \nเนื้อข่าว"),
            "จังหวัดจัดงานกาชาดประจำปี");
}

TEST(HeadlineTest, PassesOverAFirstLineThatIsOnlyADate) {
  const char* const kDateLines[] = {
      "วันศุกร์ที่ 28 สิงหาคม พ.ศ. 2563",
      "28 ส.ค. 63",
      "(วันที่ 8 พ.ย. 61 เวลา 10.00 น.)",
      "วันที่ ๒๕-๒๗ เมษายน ๒๕๖๑",
  };
  for (const char* line : kDateLines) {
    EXPECT_EQ(HeadlineOf(std::string(line) + "\n\nอบจ. ส่งเสริมการมีส่วนร่วมของชุมชน\nเนื้อข่าว"),
              "อบจ. ส่งเสริมการมีส่วนร่วมของชุมชน")
        << line;
  }
}

TEST(HeadlineTest, KeepsAFirstLineThatSaysMoreThanADate) {
  EXPECT_EQ(HeadlineOf("21 สิงหาคม 2563 อบจ. จัดเวทีประชาคม\nเนื้อข่าว"),
            "21 สิงหาคม 2563 อบจ. จัดเวทีประชาคม");
  EXPECT_EQ(HeadlineOf("ปีงบประมาณ 2564\nเนื้อข่าว"), "ปีงบประมาณ 2564");
  // Only the first line may be passed over.
  EXPECT_EQ(HeadlineOf("21 สิงหาคม 2563\n22 สิงหาคม 2563\nหัวข้อ"), "22 สิงหาคม 2563");
}

}  // namespace
}  // namespace thainews
