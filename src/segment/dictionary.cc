#include "segment/dictionary.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "data/data.h"
#include "text/utf8.h"

namespace thainews {
namespace {

constexpr char32_t kMaiYamok = 0x0E46;  // ๆ: the Segmenter's, never in a run
constexpr char kSaraE = 0x40;           // เ, as a Thai code
constexpr char kSaraAe = 0x41;          // แ

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

struct CountedWord {
  std::string key;
  int64_t count;
};

}  // namespace

bool ThaiKey(std::string_view utf8, std::string* key) {
  key->clear();
  for (size_t i = 0; i < utf8.size();) {
    const utf8::Decoded d = utf8::DecodeAt(utf8, i);
    if (!d.valid || !utf8::IsThaiLetter(d.code_point) || d.code_point == kMaiYamok) return false;
    const char code = static_cast<char>(tcc::ToThaiCode(d.code_point));
    if (code == kSaraE && !key->empty() && key->back() == kSaraE) {
      key->back() = kSaraAe;
    } else {
      key->push_back(code);
    }
    i += d.length;
  }
  return !key->empty();
}

Result<Dictionary> BuildDictionary(const DictionarySources& sources) {
  Dictionary dictionary;
  std::string key;

  // The general vocabulary and its counts.
  std::vector<CountedWord> words;
  int64_t total = 0;
  Status status = ForEachTsvRow(
      "thai_words.tsv", sources.words_tsv, true, [&](const std::vector<std::string_view>& f) {
        const std::string_view word = Trim(f[0]);
        if (f.size() < 2) return Status(StatusCode::kDataError, "expected word<TAB>count");
        const std::string_view count_text = Trim(f[1]);
        int64_t count = -1;
        const auto parsed =
            std::from_chars(count_text.data(), count_text.data() + count_text.size(), count);
        if (parsed.ec != std::errc() || parsed.ptr != count_text.data() + count_text.size() ||
            count < 0) {
          return Status(StatusCode::kDataError,
                        "count is not a whole number: '" + std::string(count_text) + "'");
        }
        if (!ThaiKey(word, &key)) {
          return Status(StatusCode::kDataError,
                        "not a word of Thai letters: '" + std::string(word) + "'");
        }
        words.push_back({key, count});
        total += count + 1;
        return Status::Ok();
      });
  if (!status.ok()) return status;
  const double log_total = std::log(static_cast<double>(std::max<int64_t>(total, 1)));
  const auto word_cost = [&](int64_t count) {
    return static_cast<float>(kWordCost + log_total - std::log(static_cast<double>(count + 1)));
  };

  // Domain words: place names are plain words; the rest are compounds.
  std::vector<std::string> places, compounds;
  status = ForEachTsvRow("domain_words.tsv", sources.domain_tsv, true,
                         [&](const std::vector<std::string_view>& f) {
                           const std::string_view word = Trim(f[0]);
                           const std::string_view category = f.size() > 1 ? Trim(f[1]) : "";
                           if (word.empty()) return Status::Ok();
                           if (!ThaiKey(word, &key)) {
                             if (sources.compound) dictionary.joined_words.emplace_back(word);
                           } else if (category == "place") {
                             places.push_back(key);
                           } else {
                             compounds.push_back(key);
                           }
                           return Status::Ok();
                         });
  if (!status.ok()) return status;

  std::unordered_map<std::string, int64_t> count_of;
  count_of.reserve(words.size());
  for (const CountedWord& w : words) count_of.emplace(w.key, w.count);

  std::vector<DoubleArrayTrie::Entry> entries;
  entries.reserve(words.size() + places.size() + compounds.size() + sources.user_words.size());
  for (const CountedWord& w : words) entries.push_back({w.key, word_cost(w.count)});
  for (const std::string& p : places) {
    const auto it = count_of.find(p);
    entries.push_back({p, word_cost(it == count_of.end() ? 0 : it->second)});
  }
  // Compounds are in the trie at both granularities but words only at
  // `compound` (priced below), unless the general vocabulary has them too.
  for (const std::string& c : compounds) entries.push_back({c, DoubleArrayTrie::kNoKey});
  for (const std::string& u : sources.user_words) {
    const std::string_view word = Trim(u);
    if (word.empty()) continue;
    if (ThaiKey(word, &key)) {
      entries.push_back({key, kUserWordCost});
    } else {
      dictionary.joined_words.emplace_back(word);
    }
  }
  // A user word that is also a compound must stay whole at both
  // granularities: Build keeps the lowest cost of a key given twice.
  dictionary.trie = DoubleArrayTrie::Build(std::move(entries));

  if (sources.compound) {
    // Price each compound at its best cut into fine words, less the bonus;
    // all prices first, since each is computed on the fine dictionary.
    LatticeScratch scratch;
    std::vector<uint32_t> ends;
    std::vector<float> prices(compounds.size());
    for (size_t i = 0; i < compounds.size(); ++i) {
      const std::string& c = compounds[i];
      ends.clear();
      // Never as cheap as a user word, and so never below zero.
      prices[i] = std::max(kUserWordCost,
                           BestSegmentation(dictionary.trie, sources.unknown,
                                            reinterpret_cast<const tcc::ThaiCode*>(c.data()),
                                            c.size(), &scratch, &ends) -
                               kCompoundBonus);
    }
    for (size_t i = 0; i < compounds.size(); ++i) {
      uint32_t node;
      if (dictionary.trie.Find(compounds[i], &node) && dictionary.trie.Cost(node) > prices[i]) {
        dictionary.trie.SetCost(compounds[i], prices[i]);
      }
    }
    for (const std::string& p : places) {
      uint32_t node;
      if (dictionary.trie.Find(p, &node) && dictionary.trie.Cost(node) > kUserWordCost) {
        dictionary.trie.SetCost(p, dictionary.trie.Cost(node) - kCompoundBonus);
      }
    }
  }
  return dictionary;
}

}  // namespace thainews
