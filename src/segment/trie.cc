#include "segment/trie.h"

#include <algorithm>

namespace thainews {

// Lays the keys out depth first. Keys are sorted, so the keys below one node
// are a contiguous range and its children are the distinct bytes at the
// node's depth in that range. Each node gets the lowest base at which all of
// its children's slots are free. The free slots form a linked list, so the
// search for a base steps over free slots only, not over the used ones.
class TrieBuilder {
 public:
  explicit TrieBuilder(const std::vector<DoubleArrayTrie::Entry>& keys) : keys_(keys) {}

  DoubleArrayTrie Run() {
    DoubleArrayTrie trie;
    units_.swap(trie.units_);
    costs_.swap(trie.costs_);
    // The root is slot 0; the free list starts empty and grows with the array.
    next_free_.assign(1, 0);
    prev_free_.assign(1, 0);
    Reserve(std::max<size_t>(1024, keys_.size() * 3));
    struct Pending {
      uint32_t node;
      size_t depth, begin, end;
    };
    std::vector<Pending> stack;
    if (!keys_.empty()) stack.push_back({DoubleArrayTrie::kRoot, 0, 0, keys_.size()});
    std::vector<std::pair<uint8_t, size_t>> children;  // byte, first key with it
    while (!stack.empty()) {
      Pending p = stack.back();
      stack.pop_back();
      if (keys_[p.begin].key.size() == p.depth) {
        costs_[p.node] = keys_[p.begin].cost;
        ++p.begin;
      }
      if (p.begin == p.end) continue;
      children.clear();
      for (size_t i = p.begin; i < p.end; ++i) {
        const uint8_t byte = static_cast<uint8_t>(keys_[i].key[p.depth]);
        if (children.empty() || children.back().first != byte) children.emplace_back(byte, i);
      }
      const uint32_t base = FindBase(children);
      units_[p.node].base = base;  // key bits are set at the end
      for (size_t k = children.size(); k-- > 0;) {
        const uint32_t slot = base + children[k].first;
        Take(slot);
        units_[slot].check = p.node;
        const size_t end = k + 1 < children.size() ? children[k + 1].second : p.end;
        stack.push_back({slot, p.depth + 1, children[k].second, end});
      }
    }
    // Drop the free tail, but keep room for base + any byte of the last
    // nodes, so that Walk() never needs to grow anything.
    size_t last = units_.size();
    while (last > 1 && units_[last - 1].check == kFree) --last;
    units_.resize(last + 256);
    units_.shrink_to_fit();
    costs_.resize(units_.size(), DoubleArrayTrie::kNoKey);
    costs_.shrink_to_fit();
    for (size_t i = 0; i < units_.size(); ++i) {
      if (costs_[i] != DoubleArrayTrie::kNoKey) units_[i].base |= DoubleArrayTrie::kKeyBit;
    }
    trie.units_.swap(units_);
    trie.costs_.swap(costs_);
    trie.key_count_ = keys_.size();
    return trie;
  }

 private:
  static constexpr uint32_t kFree = UINT32_MAX;
  // The list head: slot 0 is the root, never free, so it can anchor the list.
  static constexpr uint32_t kHead = 0;

  // Grows the array to at least `size` slots; new slots join the free list.
  void Reserve(size_t size) {
    const size_t old = units_.size();
    if (size <= old) return;
    const size_t grown = std::max(size, old * 2);
    units_.resize(grown);
    costs_.resize(grown, DoubleArrayTrie::kNoKey);
    next_free_.resize(grown);
    prev_free_.resize(grown);
    for (size_t i = std::max<size_t>(old, 1); i < grown; ++i) {
      const uint32_t tail = prev_free_[kHead];
      next_free_[tail] = static_cast<uint32_t>(i);
      prev_free_[i] = tail;
      next_free_[i] = kHead;
      prev_free_[kHead] = static_cast<uint32_t>(i);
    }
  }

  void Take(uint32_t slot) {
    next_free_[prev_free_[slot]] = next_free_[slot];
    prev_free_[next_free_[slot]] = prev_free_[slot];
    units_[slot].check = 0;  // the caller sets the real parent
  }

  bool IsFree(size_t slot) const { return units_[slot].check == kFree; }

  uint32_t FindBase(const std::vector<std::pair<uint8_t, size_t>>& children) {
    const uint32_t lowest = children.front().first;
    const uint32_t highest = children.back().first;
    for (uint32_t slot = next_free_[kHead];; slot = next_free_[slot]) {
      if (slot == kHead) {
        // No free slot fits: grow, and search the new ones.
        const size_t old = units_.size();
        Reserve(old + 256);
        slot = static_cast<uint32_t>(old);
      }
      if (slot <= lowest) continue;
      const uint32_t base = slot - lowest;
      Reserve(static_cast<size_t>(base) + highest + 1);
      bool fits = true;
      for (const auto& child : children) {
        if (!IsFree(base + child.first)) {
          fits = false;
          break;
        }
      }
      if (fits) return base;
    }
  }

  const std::vector<DoubleArrayTrie::Entry>& keys_;
  std::vector<DoubleArrayTrie::Unit> units_;
  std::vector<float> costs_;
  std::vector<uint32_t> next_free_, prev_free_;
};

DoubleArrayTrie DoubleArrayTrie::Build(std::vector<Entry> entries) {
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [](const Entry& e) {
                                 return e.key.empty() || e.key.find('\0') != std::string::npos;
                               }),
                entries.end());
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.key != b.key ? a.key < b.key : a.cost < b.cost;
  });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const Entry& a, const Entry& b) { return a.key == b.key; }),
                entries.end());
  return TrieBuilder(entries).Run();
}

bool DoubleArrayTrie::Find(std::string_view key, uint32_t* node) const {
  uint32_t at = kRoot;
  for (char c : key) {
    if (!Walk(&at, static_cast<uint8_t>(c))) return false;
  }
  *node = at;
  return true;
}

bool DoubleArrayTrie::SetCost(std::string_view key, float cost) {
  uint32_t node;
  if (key.empty() || !Find(key, &node)) return false;
  costs_[node] = cost;
  if (cost == kNoKey) {
    units_[node].base &= kBaseMask;
  } else {
    units_[node].base |= kKeyBit;
  }
  return true;
}

}  // namespace thainews
