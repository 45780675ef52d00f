#include "extract/person_titles.h"

#include <gtest/gtest.h>

#include <string>

namespace thainews {
namespace {

class PersonTitlesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<TitleLexicon> titles = TitleLexicon::Load(DataSource());
    ASSERT_TRUE(titles.ok()) << titles.status().ToString();
    titles_ = new TitleLexicon(std::move(*titles));
  }
  static void TearDownTestSuite() { delete titles_; }

  // The title that starts `text`, as a string.
  static std::string TitleOf(const std::string& text) {
    return text.substr(0, titles_->UnitAt(text, 0, std::string::npos));
  }

  static TitleLexicon* titles_;
};

TitleLexicon* PersonTitlesTest::titles_ = nullptr;

TEST_F(PersonTitlesTest, TheLongestTitleWins) {
  EXPECT_EQ(TitleOf("นางสาวสมศรี"), "นางสาว");
  EXPECT_EQ(TitleOf("นางสมศรี"), "นาง");
  EXPECT_EQ(TitleOf("นายแพทย์สมชาย"), "นายแพทย์");
  EXPECT_EQ(TitleOf("พล.ต.ต.สมชาย"), "พล.ต.ต.");
  EXPECT_EQ(TitleOf("พล.ต.สมชาย"), "พล.ต.");
  EXPECT_EQ(TitleOf("พ.ต.ท.หญิงสมศรี"), "พ.ต.ท.หญิง");
  EXPECT_EQ(TitleOf("ศาสตราจารย์พิเศษสมชาย"), "ศาสตราจารย์พิเศษ");
}

TEST_F(PersonTitlesTest, ActingRanksGluedOrSpaced) {
  EXPECT_EQ(TitleOf("ว่าที่ร้อยตรีสมชาย"), "ว่าที่ร้อยตรี");
  EXPECT_EQ(TitleOf("ว่าที่ ร.ต.สมชาย"), "ว่าที่ ร.ต.");
  EXPECT_EQ(TitleOf("ว่าที่ร.ต.หญิงสมศรี"), "ว่าที่ร.ต.หญิง");
  // ว่าที่ is only a title before a rank.
  EXPECT_EQ(TitleOf("ว่าที่ผู้สมัคร"), "");
  EXPECT_EQ(TitleOf("ว่าที่นายสมชาย"), "");
}

TEST_F(PersonTitlesTest, EveryService) {
  for (const char* rank : {"พลเอก", "พล.อ.", "พลเรือเอก", "พล.ร.อ.", "พลอากาศเอก", "พล.อ.อ.",
                           "พลตำรวจเอก", "พล.ต.อ.", "จ.ส.อ.", "พ.จ.อ.", "ด.ต.", "ส.ต.ต.",
                           "ร.ต.อ.", "น.อ.", "ผศ.", "รศ.", "ศ.", "ดร.", "นพ.", "พญ.", "ทพ.",
                           "ภก.", "ม.ร.ว.", "ม.ล.", "คุณหญิง", "เด็กชาย", "ด.ญ."}) {
    const std::string text = std::string(rank) + "สมชาย";
    EXPECT_EQ(TitleOf(text), rank);
  }
}

TEST_F(PersonTitlesTest, AmbiguousWordsAreNoTitles) {
  // คุณ (คุณภาพ) and อ. (อำเภอ) are left out on purpose.
  EXPECT_EQ(TitleOf("คุณภาพชีวิต"), "");
  EXPECT_EQ(TitleOf("อ.เมือง"), "");
  EXPECT_TRUE(titles_->NotTitleAt("นายอำเภอเมือง", 0));
  EXPECT_TRUE(titles_->NotTitleAt("นายกรัฐมนตรี", 0));
  EXPECT_TRUE(titles_->NotTitleAt("นางพยาบาล", 0));
  EXPECT_FALSE(titles_->NotTitleAt("นายกิตติ", 0));
  EXPECT_FALSE(titles_->NotTitleAt("นายพลากร", 0));
}

TEST_F(PersonTitlesTest, RoyalNames) {
  EXPECT_TRUE(titles_->RoyalAt("สมเด็จพระเทพฯ", 0));
  EXPECT_TRUE(titles_->RoyalAt("หม่อมเจ้าหญิง", 0));
  EXPECT_TRUE(titles_->RoyalAt("เจ้าฟ้าหญิง", 0));
  EXPECT_FALSE(titles_->RoyalAt("สมชาย", 0));
}

TEST_F(PersonTitlesTest, FindsTheNextTitle) {
  const std::string text = "เมื่อวันที่ 5 โดยมีนายสมชาย";
  EXPECT_EQ(titles_->FindUnit(text, 0), text.find("นาย"));
  EXPECT_EQ(titles_->FindUnit(text, text.find("นาย") + 1), std::string::npos);
}

}  // namespace
}  // namespace thainews
