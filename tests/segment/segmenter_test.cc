// Segmenter through its public API: the default engine, both granularities,
// user words, abbreviations, numbers, mixed scripts, long and bad input, and
// one Segmenter shared by several threads. The sentences are written for
// these tests in the style of provincial government releases.

#include "thainews/segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "segment/tcc.h"
#include "text/utf8.h"

namespace thainews {
namespace {

Segmenter Make(Segmenter::Options options = {}) {
  Result<Segmenter> s = Segmenter::Create(options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return std::move(*s);
}

Segmenter Make(Segmenter::Granularity granularity, std::vector<std::string> words = {}) {
  Segmenter::Options options;
  options.granularity = granularity;
  options.user_words = std::move(words);
  return Make(options);
}

// All tokens joined by '|' (spaces included, so the input can be read back).
std::string Cut(const Segmenter& s, const std::string& text) {
  std::string out;
  for (const Token& t : s.Segment(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

// Tokens cover the text in order, without gaps or overlaps.
void ExpectCovers(const std::vector<Token>& tokens, size_t size) {
  size_t at = 0;
  for (const Token& t : tokens) {
    ASSERT_EQ(t.begin, at);
    ASSERT_LT(t.begin, t.end);
    at = t.end;
  }
  EXPECT_EQ(at, size);
}

constexpr auto kFine = Segmenter::Granularity::kFine;
constexpr auto kCompound = Segmenter::Granularity::kCompound;

TEST(Segmenter, DefaultEngineIsOurs) {
  const Segmenter s = Make();
  EXPECT_STREQ(s.engine_name(), "thainews");
  EXPECT_EQ(*ParseEngine("thainews"), Segmenter::Engine::kThainews);
  EXPECT_EQ(*ParseEngine("default"), Segmenter::Engine::kDefault);
  EXPECT_EQ(ParseEngine("newmm").status().code(), StatusCode::kInvalidArgument);
  Segmenter::Options options;
  options.engine = Segmenter::Engine::kThainews;
  EXPECT_STREQ(Make(options).engine_name(), "thainews");
}

TEST(Segmenter, Fine) {
  const Segmenter s = Make(kFine);
  EXPECT_EQ(Cut(s, "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธานการประชุม"),
            "ผู้|ว่า|ราชการ|จังหวัด|ลพบุรี|เป็น|ประธาน|การ|ประชุม");
  EXPECT_EQ(Cut(s, "ผู้เข้าร่วมโครงการช่วยเหลือเกษตรกร"),
            "ผู้|เข้า|ร่วม|โครงการ|ช่วยเหลือ|เกษตรกร");
}

TEST(Segmenter, CompoundKeepsDomainWordsWhole) {
  const Segmenter s = Make(kCompound);
  EXPECT_EQ(Cut(s, "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธานการประชุม"),
            "ผู้ว่าราชการจังหวัด|ลพบุรี|เป็น|ประธาน|การ|ประชุม");
  EXPECT_EQ(Cut(s, "ผู้เข้าร่วมประชุมณศาลากลางจังหวัด"), "ผู้เข้าร่วมประชุม|ณ|ศาลากลางจังหวัด");
  // Place names are whole at both granularities, and glue to nothing.
  EXPECT_EQ(Cut(s, "นายอำเภอบ้านหมี่ลงพื้นที่"), "นายอำเภอ|บ้านหมี่|ลง|พื้นที่");
  EXPECT_EQ(Cut(Make(kFine), "อำเภอบ้านหมี่"), "อำเภอ|บ้านหมี่");
  // The letters of a place name across a real boundary stay apart: "นาดี"
  // is a district, but here it is "ทำ นา" (to farm) and "ดี" (well).
  EXPECT_EQ(Cut(s, "ทำนาดีมาก"), "ทำ|นา|ดี|มาก");
  // A word with a hyphen is joined from its tokens.
  EXPECT_EQ(Cut(s, "อำเภอสุไหงโก-ลก"), "อำเภอ|สุไหงโก-ลก");
}

TEST(Segmenter, UserWordsAreHonoured) {
  const std::string text = "นายสมชายเปิดโครงการโคราชโมเดล";
  EXPECT_EQ(Cut(Make(kFine), text), "นาย|สม|ชาย|เปิด|โครงการ|โคราช|โมเดล");
  for (auto granularity : {kFine, kCompound}) {
    EXPECT_EQ(Cut(Make(granularity, {"สมชาย", "โคราชโมเดล"}), text),
              "นาย|สมชาย|เปิด|โครงการ|โคราชโมเดล");
  }
  // Honoured where the dictionary would cut the letters another way:
  // "ตา|กลม" is the usual reading, "ตาก|ลม" the user's.
  EXPECT_EQ(Cut(Make(kFine), "ตากลม"), "ตา|กลม");
  EXPECT_EQ(Cut(Make(kFine, {"ตาก"}), "ตากลม"), "ตาก|ลม");
  EXPECT_EQ(Cut(Make(kFine), "เขาเดินทางมา"), "เขา|เดินทาง|มา");
  EXPECT_EQ(Cut(Make(kFine, {"ทางมา"}), "เขาเดินทางมา"), "เขา|เดิน|ทางมา");
  // Words that are not all Thai letters are joined from tokens.
  EXPECT_EQ(Cut(Make(kFine, {"COVID-19"}), "โรคCOVID-19ระบาด"), "โรค|COVID-19|ระบาด");
}

TEST(Segmenter, UserDictionaryFile) {
  const std::string path = ::testing::TempDir() + "/thainews_user_words.tsv";
  {
    std::ofstream out(path);
    out << "# words of our region\nโคราชโมเดล\tproject\nสมชาย\n";
  }
  Segmenter::Options options;
  options.user_dictionary_path = path;
  EXPECT_EQ(Cut(Make(options), "สมชายโคราชโมเดล"), "สมชาย|โคราชโมเดล");
  std::remove(path.c_str());
  options.user_dictionary_path = path;
  EXPECT_EQ(Segmenter::Create(options).status().code(), StatusCode::kIoError);
}

TEST(Segmenter, AbbreviationsAndNumbersStayWhole) {
  for (auto engine :
       {Segmenter::Engine::kThainews, Segmenter::Engine::kLibThai, Segmenter::Engine::kIcu}) {
    Segmenter::Options options;
    options.engine = engine;
    const Segmenter s = Make(options);
    EXPECT_EQ(Cut(s, "วันที่ 5 พ.ย.63 เวลา 10.00 น."),
              "วัน|ที่| |5| |พ.ย.|63| |เวลา| |10.00| |น.")
        << s.engine_name();
    EXPECT_EQ(Cut(s, "แผน(พ.ศ.2566-2570)จำนวน 1,250 คน"),
              "แผน|(|พ.ศ.|2566-2570|)|จำนวน| |1,250| |คน")
        << s.engine_name();
    EXPECT_EQ(Cut(s, "ผวจ.ลพบุรี"), "ผวจ.|ลพบุรี") << s.engine_name();
    EXPECT_EQ(Cut(s, "อ.เมือง จ.ลพบุรี"), "อ.|เมือง| |จ.|ลพบุรี") << s.engine_name();
  }
}

TEST(Segmenter, MixedScripts) {
  const Segmenter s = Make();
  EXPECT_EQ(Cut(s, "ฉีดวัคซีนCOVIDให้ประชาชน"), "ฉีด|วัคซีน|COVID|ให้|ประชาชน");
  EXPECT_EQ(Cut(s, "ใช้iPhone15ถ่ายภาพ"), "ใช้|iPhone15|ถ่าย|ภาพ");
  const std::vector<Token> tokens = s.Segment("ประชุมOne Plan");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kThai);
  EXPECT_EQ(tokens[1].kind, TokenKind::kLatin);
  EXPECT_EQ(tokens[2].kind, TokenKind::kSpace);
}

TEST(Segmenter, EmphasisAndTypingSlips) {
  const Segmenter s = Make();
  EXPECT_EQ(Cut(s, "ดีมากกกกก"), "ดี|มากกกกก");
  EXPECT_EQ(Cut(s, "ไปเเล้ว"), "ไป|เเล้ว");
  EXPECT_EQ(Cut(s, "ดีๆ"), "ดี|ๆ");
  EXPECT_EQ(Cut(s, "ครับบ"), "ครับบ");
}

TEST(Segmenter, PunctuationAndSymbols) {
  const Segmenter s = Make();
  // One token a character, but an ellipsis or a typed rule is one.
  EXPECT_EQ(Cut(s, "จริงหรือ!!?"), "จริง|หรือ|!|!|?");
  EXPECT_EQ(Cut(s, "รอก่อน...-----"), "รอ|ก่อน|...|-----");
  EXPECT_EQ(Cut(s, "ดีๆๆ"), "ดี|ๆ|ๆ");
  // An emoji keeps its variation selector, skin tone and joined parts.
  EXPECT_EQ(Cut(s, "สวย\u2764\ufe0f\U0001F44D\U0001F3FD"), "สวย|\u2764\ufe0f|\U0001F44D\U0001F3FD");
  EXPECT_EQ(Cut(s, "\U0001F468\u200d\U0001F469 ครอบครัว"), "\U0001F468\u200d\U0001F469| |ครอบครัว");
  EXPECT_EQ(Cut(s, "\U0001F600\U0001F600"), "\U0001F600|\U0001F600");
  EXPECT_EQ(Cut(s, "\ufe0f"), "\ufe0f");  // nothing to modify: a token of its own
}

TEST(Segmenter, NoTokenSplitsACluster) {
  const Segmenter s = Make();
  const std::string text =
      "เกษตรกรในพื้นที่เปลี่ยนมาปลูกพืชใช้น้ำน้อยเพื่อเพิ่มรายได้ของครัวเรือนและชุมชนศาสตร์จันทร์";
  std::vector<tcc::ThaiCode> codes;
  std::vector<uint32_t> offsets;
  tcc::DecodeThai(text, &codes, &offsets);
  std::vector<uint8_t> starts(codes.size());
  tcc::MarkClusterStarts(codes.data(), codes.size(), starts.data());
  for (const Token& t : s.Segment(text)) {
    const size_t index =
        std::lower_bound(offsets.begin(), offsets.end(), t.begin) - offsets.begin();
    ASSERT_LT(index, starts.size());
    EXPECT_EQ(starts[index], 1) << text.substr(t.begin, t.end - t.begin);
  }
}

TEST(Segmenter, MegabyteOfThaiWithoutSpaces) {
  // A 1 MB run of Thai with no space or punctuation finishes and is covered
  // by words; known words are found all along it.
  const std::string piece = "ผู้ว่าราชการจังหวัดลพบุรีลงพื้นที่เยี่ยมเกษตรกร";
  std::string text;
  while (text.size() < (1u << 20)) text += piece;
  for (auto granularity : {kFine, kCompound}) {
    const std::vector<Token> tokens = Make(granularity).Segment(text);
    ExpectCovers(tokens, text.size());
    EXPECT_GT(tokens.size(), text.size() / piece.size() * 4);
  }
}

TEST(Segmenter, LongRunsOfOneLetterOrOfMarks) {
  // Shapes that could make a careless lattice quadratic: one letter a
  // million times, a consonant under a million vowels, and letters drawn at
  // random. Each finishes and is covered.
  std::vector<std::string> texts(3);
  while (texts[0].size() < (1u << 20)) texts[0] += "ก";
  texts[1] = "ก";
  while (texts[1].size() < (1u << 20)) texts[1] += "า";
  uint32_t seed = 7;
  while (texts[2].size() < (1u << 20)) {
    seed = seed * 1103515245u + 12345u;
    std::string letter;
    utf8::Append(0x0E01 + (seed >> 16) % 0x4E, &letter);
    texts[2] += letter;
  }
  const Segmenter s = Make(kCompound);
  for (const std::string& text : texts) ExpectCovers(s.Segment(text), text.size());
}

TEST(Segmenter, BadInputNeverCrashes) {
  const Segmenter s = Make();
  const std::string inputs[] = {
      "",
      "\xff\xfe\x80ไทย\xe0\xb8",
      "<p>&nbsp;ข่าว</p>",
      std::string(5000, '.') + "ก" + std::string(3000, '\xe0'),
      "\u0e48\u0e48\u0e48ก\u0e31\u0e31",  // marks with nothing to sit on
      "ฯลฯ ๆๆ ฯ",
  };
  for (const std::string& text : inputs) {
    const std::vector<Token> tokens = s.Segment(text);
    ExpectCovers(tokens, text.size());
  }
}

TEST(Segmenter, OneSegmenterManyThreads) {
  const Segmenter s = Make(kCompound);
  std::vector<std::string> texts;
  std::string base = "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธานการประชุมเจ้าหน้าที่ 2566 ";
  for (int i = 0; i < 40; ++i) {
    texts.push_back(base);
    base += "ชาวบ้านร่วมกิจกรรมปลูกป่า" + std::to_string(i) + " ";
  }
  std::vector<std::vector<Token>> expected;
  for (const std::string& t : texts) expected.push_back(s.Segment(t));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 20; ++round) {
        for (size_t i = 0; i < texts.size(); ++i) {
          const std::vector<Token> got = s.Segment(texts[(i + k) % texts.size()]);
          const std::vector<Token>& want = expected[(i + k) % texts.size()];
          bool same = got.size() == want.size();
          for (size_t j = 0; same && j < got.size(); ++j) {
            same = got[j].begin == want[j].begin && got[j].end == want[j].end &&
                   got[j].kind == want[j].kind;
          }
          mismatches[k] += same ? 0 : 1;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Segmenter, DataErrorsAreReported) {
  Segmenter::Options options;
  options.data_dir = ::testing::TempDir() + "/no_such_thainews_data";
  EXPECT_EQ(Segmenter::Create(options).status().code(), StatusCode::kDataError);
}

}  // namespace
}  // namespace thainews
