// The Extractor as callers use it: bad input, the headline, batches and
// threads. Each field's own rules are tested in that field's suite.

#include "thainews/extractor.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>

#include "thainews/json.h"

namespace thainews {
namespace {

const char kRelease[] =
    "วันจันทร์ที่ 13 พฤศจิกายน 2566\n"
    "\n"
    "  จังหวัดทดสอบจัดประชุมประชาคมหมู่บ้าน  \n"
    "เมื่อวันที่ 13 พฤศจิกายน 2566 นายทดสอบ ตัวอย่าง ปลัดจังหวัด เป็นประธานการประชุม\n";

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = Extractor::Create({});
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    extractor_ = new Extractor(std::move(*created));
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }
  static Extractor* extractor_;
};

Extractor* ExtractorTest::extractor_ = nullptr;

TEST_F(ExtractorTest, HeadlineSkipsADateOnlyFirstLineAndIsTrimmed) {
  auto article = extractor_->Extract(kRelease);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->headline, "จังหวัดทดสอบจัดประชุมประชาคมหมู่บ้าน");
  const Span s = article->headline_span;
  EXPECT_EQ(article->text.substr(s.begin, s.end - s.begin), article->headline);
}

TEST_F(ExtractorTest, HeadlineKeepsAFirstLineThatIsMoreThanADate) {
  auto article = extractor_->Extract("13 พ.ย. 66 ผู้ว่าฯ ลงพื้นที่\nเนื้อหา");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->headline, "13 พ.ย. 66 ผู้ว่าฯ ลงพื้นที่");
}

TEST_F(ExtractorTest, HeadlineIsTheOriginalTextEvenWhenNormalizationChangedIt) {
  auto article = extractor_->Extract("\u200b\u00a0ข่าว\u00a0๑\u00a0บรรทัด\r\nเนื้อหา");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->headline, "ข่าว\u00a0๑\u00a0บรรทัด");
}

TEST_F(ExtractorTest, ArticleTextIsTheInputAsGiven) {
  auto article = extractor_->Extract(kRelease);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->text, kRelease);
}

TEST_F(ExtractorTest, EmptyAndBlankInputAreErrors) {
  for (const char* input : {"", "   \n\t\r\n", "\u200b\u00a0"}) {
    auto article = extractor_->Extract(input);
    ASSERT_FALSE(article.ok()) << "input: '" << input << "'";
    EXPECT_EQ(article.status().code(), StatusCode::kInvalidInput);
  }
}

TEST_F(ExtractorTest, InvalidUtf8IsAnErrorUnlessReplacementIsAsked) {
  const std::string damaged = std::string("ข่าวลพบุรี\n") + '\xe0' + '\x80' + "เนื้อหา";
  auto strict = extractor_->Extract(damaged);
  ASSERT_FALSE(strict.ok());
  EXPECT_EQ(*strict.status().byte_offset(), std::string("ข่าวลพบุรี\n").size());

  DecodeOptions replace;
  replace.invalid_bytes = InvalidBytes::kReplace;
  auto lenient = extractor_->Extract(damaged, replace);
  ASSERT_TRUE(lenient.ok());
  EXPECT_NE(lenient->text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(lenient->text.find("เนื้อหา"), std::string::npos) << "nothing after the bad bytes is lost";
}

TEST_F(ExtractorTest, Tis620InputWhenNamed) {
  DecodeOptions tis;
  tis.encoding = Encoding::kTis620;
  auto article = extractor_->Extract("\xA2\xE8\xD2\xC7\n\xE0\xB9\xD7\xE9\xCD\xCB\xD2", tis);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->headline, "ข่าว");
}

TEST_F(ExtractorTest, TooLargeInputIsRefused) {
  Extractor::Options options;
  options.decode.max_input_bytes = 100;
  auto small = Extractor::Create(options);
  ASSERT_TRUE(small.ok());
  std::string big;
  while (big.size() <= 100) big += "ข่าว";
  auto article = small->Extract(big);
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.status().code(), StatusCode::kInputTooLarge);
}

TEST_F(ExtractorTest, BatchKeepsOrderAndFailsOnlyTheBadInput) {
  const std::string bad = "\xff\xfe";
  std::vector<std::string_view> inputs = {"ข่าวหนึ่ง\nเนื้อหา", bad, "", "ข่าวสาม"};
  for (int threads : {1, 2, -1}) {
    auto results = extractor_->ExtractBatch(inputs, threads);
    ASSERT_EQ(results.size(), inputs.size());
    ASSERT_TRUE(results[0].ok());
    EXPECT_EQ(results[0]->headline, "ข่าวหนึ่ง");
    EXPECT_FALSE(results[1].ok());
    EXPECT_FALSE(results[2].ok());
    ASSERT_TRUE(results[3].ok());
    EXPECT_EQ(results[3]->headline, "ข่าวสาม");
  }
  EXPECT_TRUE(extractor_->ExtractBatch({}, -1).empty());
}

TEST_F(ExtractorTest, ManyThreadsOnOneExtractorAgreeWithOne) {
  const std::string expected = ToJson(*extractor_->Extract(kRelease));
  std::vector<std::string_view> inputs(64, kRelease);
  for (const auto& result : extractor_->ExtractBatch(inputs, 4)) {
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(ToJson(*result), expected);
  }
}

// Random bytes, random valid UTF-8 and markup soup: never a crash, and every
// span the article reports is a slice of its text.
TEST_F(ExtractorTest, JunkNeverCrashesAndSpansStayInsideTheText) {
  std::mt19937 random(20261122);
  const std::vector<std::string> pieces = {
      "จังหวัด", "อ.", "จ.", "พ.ศ.", "๒๕๖๕", "2565", " ", "\n", "\u00a0", "\u200b", "&nbsp;",
      "<p>", "</", "&#", "ๆ", "ฯ", "เเ", "ํา", "่่", "1,250", "คน", "-", ".", "(", "นาย", "\xc3\xa9"};
  DecodeOptions replace;
  replace.invalid_bytes = InvalidBytes::kReplace;
  for (int round = 0; round < 300; ++round) {
    std::string input;
    const int length = static_cast<int>(random() % 200);
    for (int i = 0; i < length; ++i) {
      if (random() % 4 == 0) {
        input += static_cast<char>(random() % 256);
      } else {
        input += pieces[random() % pieces.size()];
      }
    }
    auto article = extractor_->Extract(input, replace);
    if (!article.ok()) {
      EXPECT_EQ(article.status().code(), StatusCode::kInvalidInput);
      continue;
    }
    const Span h = article->headline_span;
    ASSERT_LE(h.end, article->text.size());
    EXPECT_EQ(article->text.substr(h.begin, h.end - h.begin), article->headline);
    EXPECT_FALSE(ToJson(*article).empty());
  }
}

TEST(ExtractorOptionsTest, UnknownDataDirectoryIsADataError) {
  Extractor::Options options;
  options.data_dir = "/nonexistent/thainews-data";
  auto extractor = Extractor::Create(options);
  ASSERT_FALSE(extractor.ok());
  EXPECT_EQ(extractor.status().code(), StatusCode::kDataError);
}

TEST(ExtractorOptionsTest, DataDirectoryWithTheSourceDataWorks) {
  Extractor::Options options;
  options.data_dir = THAINEWS_SOURCE_DATA_DIR;
  auto extractor = Extractor::Create(options);
  ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
  EXPECT_TRUE(extractor->Extract("ข่าว").ok());
}

}  // namespace
}  // namespace thainews
