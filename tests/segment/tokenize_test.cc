// What Segmenter decides the same way for every engine: spaces, numbers,
// Latin words, punctuation, dotted abbreviations, invalid bytes; and that
// tokens always cover the text.

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "thainews/segmenter.h"

namespace thainews {
namespace {

std::vector<std::string> Pieces(const Segmenter& s, const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : s.Segment(text)) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

bool Contains(const std::vector<std::string>& pieces, const std::string& piece) {
  return std::find(pieces.begin(), pieces.end(), piece) != pieces.end();
}

class TokenizeTest : public ::testing::TestWithParam<Segmenter::Engine> {
 protected:
  void SetUp() override {
    Segmenter::Options options;
    options.engine = GetParam();
    auto created = Segmenter::Create(options);
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    segmenter_ = std::make_unique<Segmenter>(std::move(*created));
  }
  std::unique_ptr<Segmenter> segmenter_;
};

TEST_P(TokenizeTest, TokensCoverTheTextWithoutGaps) {
  const std::string text =
      "เมื่อวันที่ 14 พ.ย. 2566 เวลา 10.00 น. ณ ห้องประชุม COVID-19 มีผู้เข้าร่วม 1,250 คน!";
  size_t pos = 0;
  for (const Token& t : segmenter_->Segment(text)) {
    EXPECT_EQ(t.begin, pos);
    EXPECT_LT(t.begin, t.end);
    pos = t.end;
  }
  EXPECT_EQ(pos, text.size());
}

TEST_P(TokenizeTest, NumbersWithSeparatorsAreOneToken) {
  const auto pieces = Pieces(*segmenter_, "เวลา 10.00 น. จำนวน 1,250 คน แผนปี 2566-2570 เวลา 10:30");
  EXPECT_TRUE(Contains(pieces, "10.00"));
  EXPECT_TRUE(Contains(pieces, "1,250"));
  EXPECT_TRUE(Contains(pieces, "2566-2570"));
  EXPECT_TRUE(Contains(pieces, "10:30"));
}

TEST_P(TokenizeTest, ThaiDigitsAreNumbers) {
  const std::vector<Token> tokens = segmenter_->Segment("๑,๒๕๐ คน");
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[0].end, std::string("๑,๒๕๐").size());
}

TEST_P(TokenizeTest, DottedAbbreviationsStayWhole) {
  const auto pieces = Pieces(*segmenter_, "เมื่อ พ.ศ.2565 ที่ อ.เมือง จ.ลพบุรี ผวจ.ร่วมงาน 8 พ.ย.63");
  EXPECT_TRUE(Contains(pieces, "พ.ศ."));
  EXPECT_TRUE(Contains(pieces, "2565"));
  EXPECT_TRUE(Contains(pieces, "อ."));
  EXPECT_TRUE(Contains(pieces, "จ."));
  EXPECT_TRUE(Contains(pieces, "ผวจ."));
  EXPECT_TRUE(Contains(pieces, "พ.ย."));
  EXPECT_TRUE(Contains(pieces, "63"));
}

TEST_P(TokenizeTest, AnUnknownConsonantClusterWithADotIsAnAbbreviation) {
  const std::vector<Token> tokens = segmenter_->Segment("ขจก.ลพบุรี");
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].kind, TokenKind::kAbbreviation);
  EXPECT_EQ(tokens[0].end, std::string("ขจก.").size());
}

TEST_P(TokenizeTest, LatinWordsPunctuationAndSpaces) {
  const std::string text = "โครงการ One Plan (2566) ...  ดี";
  const std::vector<Token> tokens = segmenter_->Segment(text);
  std::vector<std::pair<std::string, TokenKind>> got;
  for (const Token& t : tokens) got.emplace_back(text.substr(t.begin, t.end - t.begin), t.kind);
  const std::vector<std::pair<std::string, TokenKind>> tail = {
      {" ", TokenKind::kSpace},  {"One", TokenKind::kLatin},   {" ", TokenKind::kSpace},
      {"Plan", TokenKind::kLatin}, {" ", TokenKind::kSpace},   {"(", TokenKind::kPunct},
      {"2566", TokenKind::kNumber}, {")", TokenKind::kPunct},  {" ", TokenKind::kSpace},
      {"...", TokenKind::kPunct},  {"  ", TokenKind::kSpace}, {"ดี", TokenKind::kThai},
  };
  ASSERT_GE(got.size(), tail.size());
  const std::vector<std::pair<std::string, TokenKind>> last(got.end() - tail.size(), got.end());
  EXPECT_EQ(last, tail);
}

TEST_P(TokenizeTest, RepetitionAndAbbreviationMarks) {
  const auto pieces = Pieces(*segmenter_, "เด็กๆ ไปกรุงเทพฯ ฯลฯ");
  EXPECT_TRUE(Contains(pieces, "ๆ"));
  EXPECT_TRUE(Contains(pieces, "ฯลฯ"));
  bool glued = false;
  for (const std::string& p : pieces) glued = glued || p.find("เทพฯ") != std::string::npos;
  EXPECT_TRUE(glued) << "ฯ belongs to the shortened word before it";
}

TEST_P(TokenizeTest, InvalidBytesBecomeTheirOwnTokens) {
  const std::string text = std::string("ข่าว") + '\xff' + "ดี";
  const std::vector<Token> tokens = segmenter_->Segment(text);
  bool found = false;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kOther) {
      EXPECT_EQ(text.substr(t.begin, t.end - t.begin), "\xff");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

// Long unspaced runs go through the engines in pieces; the pieces must still
// cover the run exactly, word boundaries on both sides of each window.
TEST_P(TokenizeTest, LongRunWithoutSpacesIsCoveredExactly) {
  std::string run;
  const char* words[] = {"ประชุม", "จังหวัด", "การพัฒนา", "ชุมชน", "ก", "ประชาชน"};
  for (int i = 0; run.size() < 300000; ++i) run += words[(i * 7 + i / 3) % 6];
  const std::vector<Token> tokens = segmenter_->Segment(run);
  size_t pos = 0;
  for (const Token& t : tokens) {
    ASSERT_EQ(t.begin, pos);
    ASSERT_GT(t.end, t.begin);
    pos = t.end;
  }
  EXPECT_EQ(pos, run.size());
  EXPECT_GT(tokens.size(), run.size() / 40) << "a long run is still cut into words";
}

TEST_P(TokenizeTest, EmptyText) { EXPECT_TRUE(segmenter_->Segment("").empty()); }

TEST_P(TokenizeTest, OneSegmenterServesManyThreads) {
  const std::string text =
      "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธานการประชุมคณะกรมการจังหวัด ประจำเดือนพฤศจิกายน 2566";
  const std::vector<Token> expected = segmenter_->Segment(text);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::vector<Token> got = segmenter_->Segment(text);
        bool same = got.size() == expected.size();
        for (size_t k = 0; same && k < got.size(); ++k) {
          same = got[k].begin == expected[k].begin && got[k].end == expected[k].end;
        }
        mismatches[t] += !same;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, TokenizeTest,
                         ::testing::Values(Segmenter::Engine::kDefault, Segmenter::Engine::kLibThai,
                                           Segmenter::Engine::kIcu),
                         [](const ::testing::TestParamInfo<Segmenter::Engine>& info) {
                           switch (info.param) {
                             case Segmenter::Engine::kLibThai: return std::string("libthai");
                             case Segmenter::Engine::kIcu: return std::string("icu");
                             default: return std::string("default");
                           }
                         });

TEST(SegmenterOptionsTest, UserWordsAreKeptWhole) {
  Segmenter::Options options;
  options.user_words = {"ประชาคม", "โคกสำโรง"};
  auto segmenter = Segmenter::Create(options);
  ASSERT_TRUE(segmenter.ok());
  const auto pieces = Pieces(*segmenter, "ประชุมประชาคมอำเภอโคกสำโรง");
  EXPECT_TRUE(Contains(pieces, "ประชาคม"));
  EXPECT_TRUE(Contains(pieces, "โคกสำโรง"));
}

TEST(SegmenterOptionsTest, CompoundKeepsDomainWordsWholeAndFineSplitsThem) {
  Segmenter::Options options;
  auto fine = Segmenter::Create(options);
  options.granularity = Segmenter::Granularity::kCompound;
  auto compound = Segmenter::Create(options);
  ASSERT_TRUE(fine.ok() && compound.ok());
  const std::string text = "ผู้ว่าราชการจังหวัดลพบุรีพบเจ้าหน้าที่";
  EXPECT_TRUE(Contains(Pieces(*compound, text), "ผู้ว่าราชการจังหวัด"));
  EXPECT_FALSE(Contains(Pieces(*fine, text), "ผู้ว่าราชการจังหวัด"));
}

TEST(SegmenterOptionsTest, MissingUserDictionaryIsAnError) {
  Segmenter::Options options;
  options.user_dictionary_path = "/nonexistent/words.txt";
  auto segmenter = Segmenter::Create(options);
  ASSERT_FALSE(segmenter.ok());
  EXPECT_EQ(segmenter.status().code(), StatusCode::kIoError);
  EXPECT_NE(segmenter.status().message().find("/nonexistent/words.txt"), std::string::npos);
}

TEST(SegmenterOptionsTest, ParsesNames) {
  EXPECT_EQ(*ParseEngine("icu"), Segmenter::Engine::kIcu);
  EXPECT_EQ(*ParseEngine("libthai"), Segmenter::Engine::kLibThai);
  EXPECT_FALSE(ParseEngine("deepcut").ok());
  EXPECT_EQ(*ParseGranularity("compound"), Segmenter::Granularity::kCompound);
  EXPECT_FALSE(ParseGranularity("coarse").ok());
}

}  // namespace
}  // namespace thainews
