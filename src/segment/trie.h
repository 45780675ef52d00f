// A double-array trie (Aoe 1989) from byte strings to costs: the word list of
// the thainews engine. Each node is one slot of an array; the child of node s
// on byte c is slot base[s] + c if check of that slot is s. A lookup step is
// one addition and one comparison, with no pointers to chase, and the whole
// structure is three flat arrays of 4-byte numbers.
//
// Built once, then read-only: Walk() and Cost() are safe from many threads.

#ifndef THAINEWS_SRC_SEGMENT_TRIE_H_
#define THAINEWS_SRC_SEGMENT_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace thainews {

class DoubleArrayTrie {
 public:
  // The cost of a node that ends no key.
  static constexpr float kNoKey = std::numeric_limits<float>::infinity();

  struct Entry {
    std::string key;  // bytes 1..255; a 0 byte is not allowed
    float cost;
  };

  // Builds the trie of `entries`. Keys may come in any order; a key given
  // twice keeps its lowest cost; empty keys and keys with a 0 byte are
  // skipped.
  static DoubleArrayTrie Build(std::vector<Entry> entries);

  // An empty trie: every Walk() fails.
  DoubleArrayTrie() : units_(1), costs_(1, kNoKey) { units_[kRoot].check = kRootCheck; }

  static constexpr uint32_t kRoot = 0;

  // Moves `node` to its child on `byte`; false (node unchanged) if none.
  bool Walk(uint32_t* node, uint8_t byte) const {
    const uint32_t next = (units_[*node].base & kBaseMask) + byte;
    if (next >= units_.size() || units_[next].check != *node) return false;
    *node = next;
    return true;
  }

  // The cost of the key that ends at `node`, kNoKey if none does.
  float Cost(uint32_t node) const {
    return (units_[node].base & kKeyBit) != 0 ? costs_[node] : kNoKey;
  }

  // The node reached by the whole of `key`, or false.
  bool Find(std::string_view key, uint32_t* node) const;

  // Sets the cost of `key`, which makes it a key if it was only the start of
  // one; false if no key given to Build() starts with it.
  bool SetCost(std::string_view key, float cost);

  size_t key_count() const { return key_count_; }
  // Slots in the array, used or not.
  size_t size() const { return units_.size(); }
  size_t bytes() const {
    return units_.capacity() * sizeof(Unit) + costs_.capacity() * sizeof(float);
  }

 private:
  // The root's check: no node has this number, so no walk lands on it.
  static constexpr uint32_t kRootCheck = UINT32_MAX - 1;
  // A slot is 8 bytes, so that the array the walks read stays small in the
  // cache; the costs, read only where a key ends, are kept apart.
  static constexpr uint32_t kKeyBit = 1u << 31;  // in base: a key ends here
  static constexpr uint32_t kBaseMask = kKeyBit - 1;
  struct Unit {
    uint32_t base = 0;
    uint32_t check = UINT32_MAX;  // UINT32_MAX: the slot is free
  };
  std::vector<Unit> units_;
  std::vector<float> costs_;
  size_t key_count_ = 0;

  friend class TrieBuilder;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_SEGMENT_TRIE_H_
