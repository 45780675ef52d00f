#include "extract/cue_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace thainews {
namespace {

const std::vector<std::string> kKinds = {"present", "absent", "neutral", "unused"};

CueLexicon Make(const std::string& tsv) {
  Result<CueLexicon> lexicon = CueLexicon::Create("test.tsv", tsv, kKinds);
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  return std::move(*lexicon);
}

TEST(CueLexiconTest, FindsEveryCueWithItsKind) {
  const CueLexicon lexicon = Make("phrase\tkind\nเข้าร่วม\tpresent\nผู้ป่วย\tabsent\n");
  const std::string text = "ผู้ป่วย 3 ราย และผู้เข้าร่วม 20 คน";
  const std::vector<CueLexicon::Hit> hits = lexicon.FindAll(text);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "ผู้ป่วย");
  EXPECT_EQ(hits[0].kind, lexicon.KindOf("absent"));
  EXPECT_EQ(text.substr(hits[1].begin, hits[1].end - hits[1].begin), "เข้าร่วม");
  EXPECT_EQ(hits[1].kind, lexicon.KindOf("present"));
  EXPECT_EQ(lexicon.phrase_count(), 2u);
}

TEST(CueLexiconTest, ALongerPhraseHidesTheCuesInsideIt) {
  const CueLexicon lexicon =
      Make("phrase\tkind\nสมัคร\tabsent\nอาสาสมัคร\tneutral\nร่วม\tpresent\n");
  const std::string text = "อาสาสมัครร่วมงาน";
  const std::vector<CueLexicon::Hit> hits = lexicon.FindAll(text);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].kind, lexicon.KindOf("neutral"));
  EXPECT_EQ(hits[0].end - hits[0].begin, std::string("อาสาสมัคร").size());
  EXPECT_EQ(hits[1].kind, lexicon.KindOf("present"));
}

TEST(CueLexiconTest, PhrasesAreNormalizedLikeTheText) {
  // "เเ" typed as two SARA E, and a decomposed SARA AM, match the text's
  // normalized forms.
  const CueLexicon lexicon =
      Make("phrase\tkind\n\u0e40\u0e40ผน\tpresent\nจ\u0e4d\u0e32นวน\tneutral\n");
  const std::vector<CueLexicon::Hit> hits = lexicon.FindAll("แผนจำนวน");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].kind, lexicon.KindOf("present"));
  EXPECT_EQ(hits[1].kind, lexicon.KindOf("neutral"));
}

TEST(CueLexiconTest, BadRowsAreDataErrorsThatNameTheLine) {
  Result<CueLexicon> unknown =
      CueLexicon::Create("cues.tsv", "phrase\tkind\nร่วม\tpresent\nงาน\tmaybe\n", kKinds);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), StatusCode::kDataError);
  EXPECT_NE(unknown.status().message().find("cues.tsv:3"), std::string::npos);
  EXPECT_NE(unknown.status().message().find("maybe"), std::string::npos);

  Result<CueLexicon> missing = CueLexicon::Create("cues.tsv", "phrase\tkind\nร่วม\n", kKinds);
  EXPECT_FALSE(missing.ok());

  Result<CueLexicon> twice = CueLexicon::Create(
      "cues.tsv", "phrase\tkind\nร่วม\tpresent\nร่วม\tabsent\n", kKinds);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("twice"), std::string::npos);
}

TEST(CueLexiconTest, AnEmptyLexiconFindsNothing) {
  const CueLexicon lexicon = Make("phrase\tkind\n");
  EXPECT_TRUE(lexicon.FindAll("ผู้เข้าร่วม 20 คน").empty());
  EXPECT_EQ(lexicon.KindOf("nope"), -1);
}

TEST(CueLexiconTest, HitsWithinAWindow) {
  const std::vector<CueLexicon::Hit> hits = {{0, 3, 0}, {5, 9, 1}, {10, 12, 0}, {20, 30, 1}};
  const HitRange all = HitsWithin(hits, 0, 30);
  EXPECT_EQ(all.first, 0u);
  EXPECT_EQ(all.last, 4u);
  const HitRange middle = HitsWithin(hits, 4, 12);
  EXPECT_EQ(middle.first, 1u);
  EXPECT_EQ(middle.last, 3u);
  const HitRange cut = HitsWithin(hits, 6, 25);  // the hit at 5 starts before 6
  EXPECT_EQ(cut.first, 2u);
  EXPECT_EQ(cut.last, 3u);
  const HitRange none = HitsWithin(hits, 13, 19);
  EXPECT_EQ(none.first, none.last);
}

}  // namespace
}  // namespace thainews
