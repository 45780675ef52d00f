// The double-array trie: lookups of what was built, nothing else, and the
// costs that come with the keys.

#include "segment/trie.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace thainews {
namespace {

float CostOf(const DoubleArrayTrie& trie, const std::string& key) {
  uint32_t node;
  return trie.Find(key, &node) ? trie.Cost(node) : -1.0f;
}

TEST(Trie, FindsItsKeysAndTheirCosts) {
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(
      {{"ab", 1.0f}, {"abc", 2.0f}, {"b", 3.0f}, {"\x01\xff", 4.0f}});
  EXPECT_EQ(trie.key_count(), 4u);
  EXPECT_EQ(CostOf(trie, "ab"), 1.0f);
  EXPECT_EQ(CostOf(trie, "abc"), 2.0f);
  EXPECT_EQ(CostOf(trie, "b"), 3.0f);
  EXPECT_EQ(CostOf(trie, "\x01\xff"), 4.0f);
  // A prefix of a key is a node but not a key; other strings are not nodes.
  EXPECT_EQ(CostOf(trie, "a"), DoubleArrayTrie::kNoKey);
  EXPECT_EQ(CostOf(trie, "abcd"), -1.0f);
  EXPECT_EQ(CostOf(trie, "c"), -1.0f);
}

TEST(Trie, WalkStopsWhereNoKeyGoesOn) {
  const DoubleArrayTrie trie = DoubleArrayTrie::Build({{"ab", 1.0f}});
  uint32_t node = DoubleArrayTrie::kRoot;
  EXPECT_FALSE(trie.Walk(&node, 'b'));
  EXPECT_EQ(node, DoubleArrayTrie::kRoot);
  EXPECT_TRUE(trie.Walk(&node, 'a'));
  EXPECT_TRUE(trie.Walk(&node, 'b'));
  EXPECT_EQ(trie.Cost(node), 1.0f);
  for (int byte = 1; byte < 256; ++byte) {
    uint32_t leaf = node;
    EXPECT_FALSE(trie.Walk(&leaf, static_cast<uint8_t>(byte))) << byte;
  }
}

TEST(Trie, DuplicatesKeepTheLowestCostAndBadKeysAreSkipped) {
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(
      {{"word", 5.0f}, {"word", 2.0f}, {"", 1.0f}, {std::string("a\0b", 3), 1.0f}});
  EXPECT_EQ(trie.key_count(), 1u);
  EXPECT_EQ(CostOf(trie, "word"), 2.0f);
  EXPECT_EQ(CostOf(trie, "a"), -1.0f);
}

TEST(Trie, EmptyTrie) {
  const DoubleArrayTrie built = DoubleArrayTrie::Build({});
  const DoubleArrayTrie made;
  for (const DoubleArrayTrie* trie : {&built, &made}) {
    uint32_t node = DoubleArrayTrie::kRoot;
    EXPECT_FALSE(trie->Walk(&node, 'a'));
    EXPECT_EQ(trie->key_count(), 0u);
  }
}

TEST(Trie, SetCost) {
  DoubleArrayTrie trie = DoubleArrayTrie::Build({{"abc", 1.0f}});
  EXPECT_TRUE(trie.SetCost("abc", 7.0f));
  EXPECT_EQ(CostOf(trie, "abc"), 7.0f);
  EXPECT_TRUE(trie.SetCost("ab", 3.0f));  // the start of a key becomes one
  EXPECT_EQ(CostOf(trie, "ab"), 3.0f);
  EXPECT_FALSE(trie.SetCost("abd", 1.0f));
  EXPECT_FALSE(trie.SetCost("", 1.0f));
}

TEST(Trie, ManyRandomKeysAgreeWithAMap) {
  // Thai-like keys: bytes from the small alphabet the engine uses.
  std::mt19937 random(12345);
  std::uniform_int_distribution<int> length(1, 12), byte(1, 0x4E);
  std::map<std::string, float> expected;
  std::vector<DoubleArrayTrie::Entry> entries;
  for (int i = 0; i < 20000; ++i) {
    std::string key;
    for (int n = length(random); n > 0; --n) key.push_back(static_cast<char>(byte(random)));
    const float cost = static_cast<float>(i);
    if (expected.emplace(key, cost).second) entries.push_back({key, cost});
  }
  const DoubleArrayTrie trie = DoubleArrayTrie::Build(entries);
  EXPECT_EQ(trie.key_count(), expected.size());
  for (const auto& [key, cost] : expected) EXPECT_EQ(CostOf(trie, key), cost);
  // Strings that are no key: change the last byte of each key.
  size_t checked = 0;
  for (const auto& [key, cost] : expected) {
    std::string other = key;
    other.back() = static_cast<char>(other.back() == 0x4E ? 0x01 : other.back() + 1);
    if (expected.count(other) == 0) {
      const float found = CostOf(trie, other);
      EXPECT_TRUE(found == -1.0f || found == DoubleArrayTrie::kNoKey) << other;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10000u);
  // Compact: at most two slots per node (a node is a distinct prefix).
  std::set<std::string> prefixes;
  for (const auto& entry : expected) {
    for (size_t n = 1; n <= entry.first.size(); ++n) prefixes.insert(entry.first.substr(0, n));
  }
  EXPECT_LT(trie.size(), 2 * prefixes.size() + 512);
}

}  // namespace
}  // namespace thainews
