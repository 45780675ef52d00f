// The word lattice: the cheapest path, not the longest match; unknown
// stretches as one token; lookups through typing slips and emphasis; and
// linear work on a long run.

#include "segment/lattice.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/dictionary.h"

namespace thainews {
namespace {

std::string Key(const std::string& word) {
  std::string key;
  EXPECT_TRUE(ThaiKey(word, &key)) << word;
  return key;
}

// Runs the lattice on `codes` (Thai codes); the ends go to `ends`.
float Segment(const DoubleArrayTrie& trie, const std::string& codes,
              std::vector<uint32_t>* ends) {
  LatticeScratch scratch;
  return BestSegmentation(trie, {}, reinterpret_cast<const tcc::ThaiCode*>(codes.data()),
                          codes.size(), &scratch, ends);
}

// Cuts `text` (Thai letters only) with `trie`; words joined by '|'.
std::string Cut(const DoubleArrayTrie& trie, const std::string& text,
                const UnknownWordCosts& unknown = {}) {
  std::vector<tcc::ThaiCode> codes;
  std::vector<uint32_t> offsets;
  tcc::DecodeThai(text, &codes, &offsets);
  LatticeScratch scratch;
  std::vector<uint32_t> ends;
  BestSegmentation(trie, unknown, codes.data(), codes.size(), &scratch, &ends);
  std::string out;
  size_t start = 0;
  for (uint32_t e : ends) {
    if (!out.empty()) out += '|';
    out += text.substr(offsets[start], offsets[e] - offsets[start]);
    start = e;
  }
  return out;
}

TEST(Lattice, CheapestPathNotLongestMatch) {
  // "ตากลม": longest match takes ตาก|ลม; the model prefers ตา|กลม when
  // those two words are the more likely pair.
  DoubleArrayTrie trie = DoubleArrayTrie::Build({{Key("ตา"), 3.0f},
                                                  {Key("กลม"), 4.0f},
                                                  {Key("ตาก"), 6.0f},
                                                  {Key("ลม"), 5.0f}});
  EXPECT_EQ(Cut(trie, "ตากลม"), "ตา|กลม");
  trie.SetCost(Key("ตาก"), 1.0f);
  EXPECT_EQ(Cut(trie, "ตากลม"), "ตาก|ลม");
}

TEST(Lattice, UnknownLettersAreOneToken) {
  const DoubleArrayTrie trie =
      DoubleArrayTrie::Build({{Key("ไป"), 5.0f}, {Key("เที่ยว"), 6.0f}});
  // "ซัมเมอร์" is unknown: one token between two known words.
  EXPECT_EQ(Cut(trie, "ไปซัมเมอร์เที่ยว"), "ไป|ซัมเมอร์|เที่ยว");
  EXPECT_EQ(Cut(trie, "ซัมเมอร์"), "ซัมเมอร์");
}

TEST(Lattice, NoWordEndsInsideACluster) {
  // "เก" and "ด" are words, but "เกิด" is one cluster: the cheap cut
  // "เก|ิ|ด" would split it.
  const DoubleArrayTrie trie = DoubleArrayTrie::Build({{Key("เก"), 1.0f}, {Key("ด"), 1.0f}});
  EXPECT_EQ(Cut(trie, "เกิด"), "เกิด");
}

TEST(Lattice, TypingSlipsAndEmphasis) {
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(
      {{Key("แล้ว"), 4.0f}, {Key("มาก"), 4.0f}, {Key("ดี"), 4.0f}, {Key("มา"), 4.0f}});
  // "เเล้ว" typed with two เ is the word "แล้ว": its cost, not an unknown's.
  std::vector<uint32_t> ends;
  EXPECT_FLOAT_EQ(Segment(trie, Key("เ") + Key("เล้ว"), &ends), 4.0f);
  EXPECT_EQ(Cut(trie, "ดีมากกกกก"), "ดี|มากกกกก");
  EXPECT_EQ(Cut(trie, "ดีีีีมาก"), "ดีีีี|มาก");
}

TEST(Lattice, LastConsonantTypedTwice) {
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(
      {{Key("ครับ"), 4.0f}, {Key("บอก"), 4.0f}, {Key("คน"), 4.0f}, {Key("นั้น"), 4.0f}});
  EXPECT_EQ(Cut(trie, "ครับบ"), "ครับบ");
  // A real word that starts with the same letter still wins.
  EXPECT_EQ(Cut(trie, "ครับบอก"), "ครับ|บอก");
  EXPECT_EQ(Cut(trie, "คนนั้น"), "คน|นั้น");
}

TEST(Lattice, RepeatedLettersThatAreWords) {
  // Three อ in a row are a word's last letter and the next word's first
  // two, not emphasis.
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(
      {{Key("เธอ"), 4.0f}, {Key("ออก"), 4.0f}, {Key("ไป"), 4.0f}});
  EXPECT_EQ(Cut(trie, "เธอออกไป"), "เธอ|ออก|ไป");
  EXPECT_EQ(Cut(trie, "ไปปปป"), "ไปปปป");
}

TEST(Lattice, LongRunOfOneLetter) {
  // Every position starts the word "กก" and sees a run of ก after it: the
  // run's end is looked up, not walked, or this would never finish.
  const DoubleArrayTrie trie = DoubleArrayTrie::Build({{Key("กก"), 4.0f}, {Key("กา"), 4.0f}});
  const std::string codes(400000, '\x01');
  std::vector<uint32_t> ends;
  Segment(trie, codes, &ends);
  ASSERT_FALSE(ends.empty());
  EXPECT_EQ(ends.back(), codes.size());
}

TEST(Lattice, TotalCost) {
  const DoubleArrayTrie trie = DoubleArrayTrie::Build({{Key("ไป"), 2.5f}, {Key("มา"), 1.5f}});
  std::vector<uint32_t> ends;
  EXPECT_FLOAT_EQ(Segment(trie, Key("ไปมา"), &ends), 4.0f);
  EXPECT_EQ(ends, (std::vector<uint32_t>{2, 4}));
  ends.clear();
  EXPECT_EQ(Segment(trie, "", &ends), 0.0f);
  EXPECT_TRUE(ends.empty());
}

TEST(Lattice, LongRunWithoutSpaces) {
  // About 1 MB of Thai letters with no space: it finishes (linear work, no
  // quadratic corner) and the words cover the run, in order.
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(
      {{Key("ผู้"), 5.0f}, {Key("ว่า"), 5.0f}, {Key("ราชการ"), 6.0f}, {Key("จังหวัด"), 6.0f}});
  std::string piece = Key("ผู้ว่าราชการจังหวัดลพบุรีเยี่ยมชาวบ้าน");
  std::string codes;
  while (codes.size() < 340000) codes += piece;
  std::vector<uint32_t> ends;
  Segment(trie, codes, &ends);
  ASSERT_FALSE(ends.empty());
  EXPECT_EQ(ends.back(), codes.size());
  for (size_t i = 1; i < ends.size(); ++i) ASSERT_LT(ends[i - 1], ends[i]);
  // Known words are found all along the run, not only at its start.
  EXPECT_GT(ends.size(), codes.size() / piece.size() * 4);
}

}  // namespace
}  // namespace thainews
