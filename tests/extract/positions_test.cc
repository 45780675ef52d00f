#include "extract/positions.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/document_for_test.h"

namespace thainews {
namespace {

class PositionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<PositionLexicon> lexicon = PositionLexicon::Load(DataSource());
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = new PositionLexicon(std::move(*lexicon));
  }
  static void TearDownTestSuite() { delete lexicon_; }

  // `text` (already in normalized form) as a Document. A person starts
  // wherever `person` occurs.
  void Read(const std::string& text, const std::string& person = "นายสมชาย") {
    text_ = text;
    doc_ = DocumentFor(text_);
    reader_ = std::make_unique<PositionReader>(
        *lexicon_, *doc_, places_,
        [this, person](size_t pos) { return text_.compare(pos, person.size(), person) == 0; });
  }

  // The position that starts at `from` (a string in the text).
  std::string After(const std::string& from) const {
    const size_t begin = text_.find(from);
    EXPECT_NE(begin, std::string::npos) << from;
    return text_.substr(begin, reader_->After(begin) - begin);
  }

  static PositionLexicon* lexicon_;
  std::string text_;
  Article places_;
  std::unique_ptr<Document> doc_;
  std::unique_ptr<PositionReader> reader_;
};

PositionLexicon* PositionsTest::lexicon_ = nullptr;

TEST_F(PositionsTest, HeadsWithModifiers) {
  const auto head = [](const std::string& text) {
    return text.substr(0, lexicon_->HeadAt(text, 0));
  };
  EXPECT_EQ(head("ผู้ว่าราชการจังหวัดลำปาง"), "ผู้ว่าราชการจังหวัด");
  EXPECT_EQ(head("รองผู้ว่าราชการจังหวัดลำปาง"), "รองผู้ว่าราชการจังหวัด");
  EXPECT_EQ(head("รอง ผวจ.ลำปาง"), "รอง ผวจ.");
  EXPECT_EQ(head("ผู้ช่วยเลขาธิการคณะกรรมการ"), "ผู้ช่วยเลขาธิการ");
  EXPECT_EQ(head("อดีตรัฐมนตรีว่าการกระทรวง"), "อดีตรัฐมนตรีว่าการกระทรวง");
  // Acting words stand before the office they name.
  EXPECT_EQ(head("รักษาราชการแทนอธิบดีกรมควบคุมโรค"), "รักษาราชการแทนอธิบดี");
  EXPECT_EQ(head("รก.ผวจ.พะเยา"), "รก.ผวจ.");
  EXPECT_EQ(head("รักษาการ ผู้อำนวยการ"), "รักษาการ ผู้อำนวยการ");
  // A modifier alone is no office: "รองอันดับ 1".
  EXPECT_EQ(head("รองอันดับ"), "");
  EXPECT_EQ(head("จำนวน 5 คน"), "");
}

TEST_F(PositionsTest, ClauseWordsAndWhatTheyEnd) {
  Read("นายสมชาย กล่าวว่า มีชัย เป็นสุข และ");
  const auto at = [&](const std::string& word, unsigned ends) {
    return lexicon_->ClauseAt(*doc_, text_.find(word), ends);
  };
  EXPECT_EQ(at("กล่าวว่า", PositionLexicon::kEndsName), std::string("กล่าวว่า").size());
  EXPECT_GT(at("เป็น", PositionLexicon::kEndsGlued), 0u);
  // เป็น and มี begin names (เป็นสุข, มีชัย), so they do not end one.
  EXPECT_EQ(at("เป็น", PositionLexicon::kEndsName), 0u);
  EXPECT_EQ(at("มีชัย", PositionLexicon::kEndsName), 0u);
  EXPECT_GT(at("มีชัย", PositionLexicon::kAfterSpace), 0u);
  // และ ends a name but not an office title it is glued inside.
  EXPECT_GT(at("และ", PositionLexicon::kEndsName), 0u);
  EXPECT_EQ(at("และ", PositionLexicon::kEndsGlued), 0u);
}

TEST_F(PositionsTest, AWordStartsAfterAClauseWordGluedToIt) {
  // Tokens as a dictionary segmenter may cut "โดยมีดร.": โดย|มีด|ร.
  const std::string text = "โดยมีดร.";
  const size_t mi = text.find("มี"), dr = text.find("ดร.");
  std::vector<Token> tokens = {{0, mi, TokenKind::kThai},
                               {mi, dr + std::string("ด").size(), TokenKind::kThai},
                               {dr + std::string("ด").size(), text.size(), TokenKind::kThai}};
  const Document doc(text, Normalize(text), tokens);
  ASSERT_FALSE(doc.IsTokenStart(dr));
  EXPECT_TRUE(lexicon_->StartsWord(doc, dr));  // after มี
  EXPECT_TRUE(lexicon_->StartsWord(doc, mi));  // a token starts there
  EXPECT_FALSE(lexicon_->StartsWord(doc, dr + std::string("ดร").size()));
}

TEST_F(PositionsTest, OrganisationLevels) {
  EXPECT_EQ(lexicon_->HighestOrgLevel("ผู้อำนวยการกองคลัง"), 1);
  EXPECT_EQ(lexicon_->HighestOrgLevel("อธิบดีกรมที่ดิน"), 2);
  // Overlapping words: นายก|องค์การ holds กอง (1) and องค์การ (3).
  EXPECT_EQ(lexicon_->HighestOrgLevel("นายกองค์การบริหารส่วนจังหวัดแพร่"), 3);
  EXPECT_EQ(lexicon_->HighestOrgLevel("รองอธิการบดี"), 0);
  // A word that straddles the end of the office title is no organisation,
  // unless the title ends with its first word.
  EXPECT_EQ(lexicon_->HighestOrgLevel("ผู้อำนวยการท่าเรือเชียงแสน"), 0);
  EXPECT_EQ(lexicon_->HighestOrgLevel("โฆษกกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"), 3);
  // Names of bodies count, glued or spaced.
  EXPECT_EQ(lexicon_->HighestOrgLevel("รองโฆษกประจำสำนักนายกรัฐมนตรี"), 3);
  EXPECT_TRUE(lexicon_->EndsWithOrg("เลขานุการกรม"));
  EXPECT_FALSE(lexicon_->EndsWithOrg("รองโฆษกประจำสำนักนายกรัฐมนตรี"));
  EXPECT_TRUE(lexicon_->EndsWithNumbered("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา เขต"));
  EXPECT_FALSE(lexicon_->EndsWithNumbered("ผู้ว่าราชการจังหวัดลำปาง"));
}

TEST_F(PositionsTest, BodiesWhoseNamesBeginWithAVerb) {
  EXPECT_TRUE(lexicon_->EndsInBodyName("ประธานคณะที่ปรึกษา"));
  EXPECT_TRUE(lexicon_->EndsInBodyName("ประธานคณะอนุกรรมการติดตามและ"));
  EXPECT_TRUE(lexicon_->EndsInBodyName("ผู้อำนวยการศูนย์"));
  // After the verb, without "และ", the name has gone on to what it does.
  EXPECT_FALSE(lexicon_->EndsInBodyName("ประธานคณะที่ปรึกษาติดตาม"));
  EXPECT_FALSE(lexicon_->EndsInBodyName("ผู้ว่าราชการจังหวัดพะเยา"));
}

TEST_F(PositionsTest, AfterReadsTheOfficeAndStops) {
  Read("นายสมชาย ใจดี รองอธิการบดี มหาวิทยาลัยแม่โจ้ (มจ.) ร่วมพิธี");
  EXPECT_EQ(After("รองอธิการบดี"), "รองอธิการบดี มหาวิทยาลัยแม่โจ้ (มจ.)");
  Read("ปลัดกระทรวงกลาโหม กระทรวงแรงงานได้ดำเนินการ");
  // A second ministry does not belong to the first office.
  EXPECT_EQ(After("ปลัดกระทรวงกลาโหม"), "ปลัดกระทรวงกลาโหม");
  Read("ผู้อำนวยการโรงเรียนบ้านดอน และผู้อำนวยการโรงเรียนอีก 5 แห่ง");
  EXPECT_EQ(After("ผู้อำนวยการโรงเรียนบ้านดอน"), "ผู้อำนวยการโรงเรียนบ้านดอน");
  Read("กำนันตำบลแม่ปะ และรองประธานสภาวัฒนธรรมตำบลแม่ปะ จากกรณีดังกล่าว");
  EXPECT_EQ(After("กำนัน"), "กำนันตำบลแม่ปะ และรองประธานสภาวัฒนธรรมตำบลแม่ปะ");
  Read("จำนวน 5 คน");
  EXPECT_EQ(After("จำนวน"), "");
}

TEST_F(PositionsTest, AfterReadsTheOfficeOfAProvincialAgency) {
  // Not in the lexicon, but named after its province.
  Read("นายสมชาย ใจดี ป้องกันจังหวัดชุมพร ร่วมตรวจ ที่จังหวัดชุมพร");
  EXPECT_EQ(After("ป้องกัน"), "ป้องกันจังหวัดชุมพร");
  EXPECT_EQ(After("ที่จังหวัด"), "");
}

TEST_F(PositionsTest, AfterStopsAtTheNextPerson) {
  Read("ปลัดจังหวัดแพร่ นายสมชาย ใจดี");
  EXPECT_EQ(After("ปลัด"), "ปลัดจังหวัดแพร่");
  Read("ปลัดจังหวัดแพร่นายสมชาย ใจดี");
  EXPECT_EQ(After("ปลัด"), "ปลัดจังหวัดแพร่");
}

TEST_F(PositionsTest, AProvinceAfterASpaceContinuesIt) {
  const std::string text = "ผู้อำนวยการโรงเรียนบ้านดอน แพร่ กล่าวว่า";
  Province p;
  p.name = "แพร่";
  p.mentions.push_back({text.find("แพร่"), text.find("แพร่") + std::string("แพร่").size()});
  places_.provinces = {p};
  Read(text);
  EXPECT_EQ(After("ผู้อำนวยการ"), "ผู้อำนวยการโรงเรียนบ้านดอน แพร่");
}

TEST_F(PositionsTest, BeforeFindsTheOfficeWrittenBeforeTheName) {
  Read("โดยมอบหมายให้รองผู้ว่าราชการจังหวัดแพร่ นายสมชาย ใจดี เป็นประธาน");
  const size_t title = text_.find("นายสมชาย");
  const size_t begin = reader_->Before(title, 0);
  ASSERT_NE(begin, std::string::npos);
  EXPECT_EQ(text_.substr(begin, title - 1 - begin), "รองผู้ว่าราชการจังหวัดแพร่");
  // Not past what an earlier mention took.
  EXPECT_EQ(reader_->Before(title, title - 1), std::string::npos);
  Read("เมื่อวันที่ 5 นายสมชาย ใจดี");
  EXPECT_EQ(reader_->Before(text_.find("นายสมชาย"), 0), std::string::npos);
}

}  // namespace
}  // namespace thainews
