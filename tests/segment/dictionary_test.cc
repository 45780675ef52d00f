// The engine's dictionary: costs from counts, compounds priced from their
// parts, user words honoured, and errors that name the bad line.

#include "segment/dictionary.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "data/data.h"

namespace thainews {
namespace {

constexpr char kWords[] =
    "# a comment\n"
    "word\tcount\tflags\n"
    "ผู้\t99\tlibthai\n"
    "ว่า\t199\tlibthai\n"
    "ราชการ\t49\tlibthai\n"
    "จังหวัด\t49\tlibthai\n"
    "เจ้า\t9\tlibthai\n"
    "หน้า\t9\tlibthai\n"
    "ที่\t29\tlibthai\n"
    "ลม\t0\tlibthai\n";
constexpr char kDomain[] =
    "word\tcategory\n"
    "ผู้ว่าราชการจังหวัด\tposition\n"
    "ลพบุรี\tplace\n"
    "สุไหงโก-ลก\tplace\n";

float CostOf(const Dictionary& d, const std::string& word) {
  std::string key;
  uint32_t node;
  if (!ThaiKey(word, &key) || !d.trie.Find(key, &node)) return -1.0f;
  return d.trie.Cost(node);
}

Dictionary Build(bool compound, std::vector<std::string> user_words = {}) {
  DictionarySources sources;
  sources.words_tsv = kWords;
  sources.domain_tsv = kDomain;
  sources.compound = compound;
  sources.user_words = std::move(user_words);
  Result<Dictionary> d = BuildDictionary(sources);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(*d) : Dictionary();
}

TEST(Dictionary, CostsFromCounts) {
  const Dictionary d = Build(false);
  // total = sum of (count + 1) = 451.
  EXPECT_NEAR(CostOf(d, "ว่า"), kWordCost + std::log(451.0 / 200.0), 1e-4);
  EXPECT_NEAR(CostOf(d, "ลม"), kWordCost + std::log(451.0), 1e-4);
  EXPECT_LT(CostOf(d, "ว่า"), CostOf(d, "ผู้"));
  // A place with no count costs like an uncounted word; it is a word at
  // both granularities.
  EXPECT_NEAR(CostOf(d, "ลพบุรี"), CostOf(d, "ลม"), 1e-4);
}

TEST(Dictionary, CompoundsOnlyAtCompoundGranularity) {
  const Dictionary fine = Build(false);
  EXPECT_EQ(CostOf(fine, "ผู้ว่าราชการจังหวัด"), DoubleArrayTrie::kNoKey);
  const Dictionary compound = Build(true);
  // Priced at its cut into words, less the bonus.
  const float parts =
      CostOf(fine, "ผู้") + CostOf(fine, "ว่า") + CostOf(fine, "ราชการ") + CostOf(fine, "จังหวัด");
  EXPECT_NEAR(CostOf(compound, "ผู้ว่าราชการจังหวัด"), parts - kCompoundBonus, 1e-3);
  EXPECT_LT(CostOf(compound, "ลพบุรี"), CostOf(fine, "ลพบุรี"));
}

TEST(Dictionary, WordsTheLatticeCannotHoldAreJoinedLater) {
  EXPECT_TRUE(Build(false).joined_words.empty());
  const Dictionary compound = Build(true, {"COVID-19", "โคราชโมเดล"});
  EXPECT_EQ(compound.joined_words, (std::vector<std::string>{"สุไหงโก-ลก", "COVID-19"}));
  EXPECT_EQ(CostOf(compound, "โคราชโมเดล"), kUserWordCost);
}

TEST(Dictionary, UserWordsAreCheaperThanAnyWord) {
  const Dictionary d = Build(false, {"เจ้าหน้าที่", "ว่า", " ลพบุรี "});
  EXPECT_EQ(CostOf(d, "เจ้าหน้าที่"), kUserWordCost);
  EXPECT_EQ(CostOf(d, "ว่า"), kUserWordCost);
  EXPECT_EQ(CostOf(d, "ลพบุรี"), kUserWordCost);
  // A user word stays cheapest at compound granularity too.
  const Dictionary compound = Build(true, {"ผู้ว่าราชการจังหวัด"});
  EXPECT_EQ(CostOf(compound, "ผู้ว่าราชการจังหวัด"), kUserWordCost);
}

TEST(Dictionary, ThaiKey) {
  std::string key;
  EXPECT_TRUE(ThaiKey("แล้ว", &key));
  const std::string plain = key;
  EXPECT_TRUE(ThaiKey("เเล้ว", &key));  // typed with two เ
  EXPECT_EQ(key, plain);
  EXPECT_FALSE(ThaiKey("", &key));
  EXPECT_FALSE(ThaiKey("abc", &key));
  EXPECT_FALSE(ThaiKey("ดีๆ", &key));
  EXPECT_FALSE(ThaiKey("พ.ศ.", &key));
  EXPECT_FALSE(ThaiKey("\xe0\xb8", &key));  // cut-off UTF-8
}

TEST(Dictionary, CompiledInData) {
  const DataSource data;
  Result<std::string> words = data.Read("thai_words.tsv");
  Result<std::string> domain = data.Read("domain_words.tsv");
  ASSERT_TRUE(words.ok() && domain.ok());
  for (bool compound : {false, true}) {
    DictionarySources sources;
    sources.words_tsv = *words;
    sources.domain_tsv = *domain;
    sources.compound = compound;
    Result<Dictionary> d = BuildDictionary(sources);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_GT(d->trie.key_count(), 25000u);
    // Compact: a few bytes per key, far below the 30 MB the issue allows.
    EXPECT_LT(d->trie.bytes(), 4u << 20);
    EXPECT_LT(CostOf(*d, "ที่"), CostOf(*d, "ราชการ"));
    EXPECT_NE(CostOf(*d, "ลพบุรี"), DoubleArrayTrie::kNoKey);
    EXPECT_EQ(CostOf(*d, "ผู้ว่าราชการจังหวัด") == DoubleArrayTrie::kNoKey, !compound);
  }
}

TEST(Dictionary, MalformedRowsNameTheLine) {
  DictionarySources sources;
  sources.domain_tsv = kDomain;
  sources.words_tsv = "word\tcount\tflags\nดี\t12\t\nมา\tmany\t\n";
  Result<Dictionary> d = BuildDictionary(sources);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kDataError);
  EXPECT_NE(d.status().message().find("thai_words.tsv:3"), std::string::npos)
      << d.status().message();

  sources.words_tsv = "word\tcount\tflags\nabc\t1\t\n";
  EXPECT_EQ(BuildDictionary(sources).status().code(), StatusCode::kDataError);
  sources.words_tsv = "word\tcount\tflags\nดี\n";
  EXPECT_EQ(BuildDictionary(sources).status().code(), StatusCode::kDataError);
  sources.words_tsv = "word\tcount\tflags\nดี\t-3\n";
  EXPECT_EQ(BuildDictionary(sources).status().code(), StatusCode::kDataError);
}

}  // namespace
}  // namespace thainews
