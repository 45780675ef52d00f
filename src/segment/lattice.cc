#include "segment/lattice.h"

#include <algorithm>

namespace thainews {
namespace {

constexpr tcc::ThaiCode kSaraE = 0x40;   // เ
constexpr tcc::ThaiCode kSaraAe = 0x41;  // แ
// In word_from / unknown_from: the path before this step ended in an unknown
// stretch.
constexpr uint32_t kAfterUnknown = 1u << 31;

}  // namespace

float BestSegmentation(const DoubleArrayTrie& dictionary, const UnknownWordCosts& unknown,
                       const tcc::ThaiCode* code, size_t n, LatticeScratch* scratch,
                       std::vector<uint32_t>* ends) {
  if (n == 0) return 0.0f;
  LatticeScratch& s = *scratch;
  s.starts.resize(n);
  tcc::MarkClusterStarts(code, n, s.starts.data());
  constexpr float kUnreached = DoubleArrayTrie::kNoKey;
  s.word_cost.assign(n + 1, kUnreached);
  s.unknown_cost.assign(n + 1, kUnreached);
  s.word_from.resize(n + 1);
  s.unknown_from.resize(n + 1);
  s.word_cost[0] = 0.0f;
  // Where each run of one letter ends, for emphasis: one pass from the end,
  // so that a long run costs no more than its length.
  s.run_end.resize(n);
  s.run_end[n - 1] = static_cast<uint32_t>(n);
  for (size_t k = n - 1; k-- > 0;) {
    s.run_end[k] = code[k] == code[k + 1] ? s.run_end[k + 1] : static_cast<uint32_t>(k + 1);
  }

  for (size_t i = 0; i < n; ++i) {
    if (!s.starts[i]) continue;
    const float after_word = s.word_cost[i];
    const float after_unknown = s.unknown_cost[i];
    const bool from_unknown = after_unknown < after_word;
    const float here = from_unknown ? after_unknown : after_word;
    if (here == kUnreached) continue;
    const uint32_t from = static_cast<uint32_t>(i) | (from_unknown ? kAfterUnknown : 0);

    // Every dictionary word that starts here and ends at a cluster start.
    uint32_t node = DoubleArrayTrie::kRoot;
    for (size_t k = i; k < n;) {
      tcc::ThaiCode c = code[k++];
      if (c == kSaraE && k < n && code[k] == kSaraE) {
        c = kSaraAe;
        ++k;
      }
      if (!dictionary.Walk(&node, c)) break;
      // A vowel or mark typed more than once ("ค่าาาา", "ดีีี") reads as one.
      if (k < n && code[k] == code[k - 1] && tcc::IsDependent(code[k])) k = s.run_end[k];
      if (k < n && !s.starts[k]) continue;
      const float cost = dictionary.Cost(node);
      if (cost == DoubleArrayTrie::kNoKey) continue;
      if (here + cost < s.word_cost[k]) {
        s.word_cost[k] = here + cost;
        s.word_from[k] = from;
      }
      // The last consonant typed again for emphasis ("ครับบ", "มากกกก"):
      // the word takes the repeats, at a price, so that a real word that
      // starts with that letter still wins ("เธอ|ออก", "คน|นนทบุรี").
      if (k < n && code[k] == code[k - 1] && tcc::IsConsonant(code[k])) {
        const size_t end = s.run_end[k];
        const float tail = here + cost + unknown.emphasis_tail;
        if ((end == n || s.starts[end]) && tail < s.word_cost[end]) {
          s.word_cost[end] = tail;
          s.word_from[end] = from;
        }
      }
    }

    // One more cluster of unknown text: a new stretch after a word, or the
    // same stretch going on.
    size_t next = i + 1;
    while (next < n && !s.starts[next]) ++next;
    const float open = after_word + unknown.start;
    const float extend = after_unknown + unknown.per_cluster;
    if (open <= extend) {
      if (open < s.unknown_cost[next]) {
        s.unknown_cost[next] = open;
        s.unknown_from[next] = static_cast<uint32_t>(i);
      }
    } else if (extend < s.unknown_cost[next]) {
      s.unknown_cost[next] = extend;
      s.unknown_from[next] = static_cast<uint32_t>(i) | kAfterUnknown;
    }
  }

  // Back from the end; an unknown step that extends the stretch before it
  // makes no boundary.
  const size_t first = ends->size();
  bool in_unknown = s.unknown_cost[n] < s.word_cost[n];
  const float total = in_unknown ? s.unknown_cost[n] : s.word_cost[n];
  ends->push_back(static_cast<uint32_t>(n));
  for (size_t j = n; j > 0;) {
    const uint32_t from = in_unknown ? s.unknown_from[j] : s.word_from[j];
    const size_t i = from & ~kAfterUnknown;
    const bool before_unknown = (from & kAfterUnknown) != 0;
    if (i > 0 && !(in_unknown && before_unknown)) ends->push_back(static_cast<uint32_t>(i));
    j = i;
    in_unknown = before_unknown;
  }
  std::reverse(ends->begin() + static_cast<std::ptrdiff_t>(first), ends->end());
  return total;
}

}  // namespace thainews
