#include "extract/cue_lexicon.h"

#include <algorithm>
#include <unordered_set>

#include "data/data.h"
#include "text/normalize.h"

namespace thainews {

Result<CueLexicon> CueLexicon::Create(std::string_view name, std::string_view content,
                                      const std::vector<std::string>& kinds) {
  std::vector<DoubleArrayTrie::Entry> entries;
  std::unordered_set<std::string> seen;
  Status status = ForEachTsvRow(
      name, content, /*has_header=*/true, [&](const std::vector<std::string_view>& fields) {
        if (fields.size() < 2 || fields[0].empty()) {
          return Status(StatusCode::kDataError, "expected `phrase<TAB>kind`");
        }
        const auto kind = std::find(kinds.begin(), kinds.end(), fields[1]);
        if (kind == kinds.end()) {
          return Status(StatusCode::kDataError, "unknown kind '" + std::string(fields[1]) + "'");
        }
        std::string phrase = Normalize(fields[0]).text();
        if (phrase.empty() || phrase.find('\0') != std::string::npos) {
          return Status(StatusCode::kDataError, "an empty phrase");
        }
        if (!seen.insert(phrase).second) {
          return Status(StatusCode::kDataError, "'" + phrase + "' is listed twice");
        }
        entries.push_back({std::move(phrase), static_cast<float>(kind - kinds.begin())});
        return Status::Ok();
      });
  if (!status.ok()) return status;
  CueLexicon lexicon;
  lexicon.phrase_count_ = entries.size();
  lexicon.phrases_ = DoubleArrayTrie::Build(std::move(entries));
  lexicon.kinds_ = kinds;
  return lexicon;
}

CueLexicon::CueLexicon(CueLexicon&&) noexcept = default;
CueLexicon& CueLexicon::operator=(CueLexicon&&) noexcept = default;
CueLexicon::~CueLexicon() = default;

std::vector<CueLexicon::Hit> CueLexicon::FindAll(std::string_view text) const {
  std::vector<Hit> hits;
  size_t pos = 0;
  while (pos < text.size()) {
    // The longest phrase that starts here.
    uint32_t node = DoubleArrayTrie::kRoot;
    size_t longest_end = 0;
    float kind = DoubleArrayTrie::kNoKey;
    for (size_t i = pos; i < text.size(); ++i) {
      if (!phrases_.Walk(&node, static_cast<uint8_t>(text[i]))) break;
      const float cost = phrases_.Cost(node);
      if (cost != DoubleArrayTrie::kNoKey) {
        longest_end = i + 1;
        kind = cost;
      }
    }
    if (longest_end > 0) {
      hits.push_back({pos, longest_end, static_cast<int>(kind)});
      pos = longest_end;
      continue;
    }
    // No phrase starts here: on to the next character (phrases start with
    // a lead byte, never inside a character).
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  return hits;
}

int CueLexicon::KindOf(std::string_view kind_name) const {
  const auto it = std::find(kinds_.begin(), kinds_.end(), kind_name);
  return it == kinds_.end() ? -1 : static_cast<int>(it - kinds_.begin());
}

size_t FirstHitFrom(const std::vector<CueLexicon::Hit>& hits, size_t pos) {
  return std::lower_bound(hits.begin(), hits.end(), pos,
                          [](const CueLexicon::Hit& h, size_t p) { return h.begin < p; }) -
         hits.begin();
}

HitRange HitsWithin(const std::vector<CueLexicon::Hit>& hits, size_t begin, size_t end) {
  const auto first = hits.begin() + FirstHitFrom(hits, begin);
  auto last = first;
  while (last != hits.end() && last->end <= end) ++last;
  return {static_cast<size_t>(first - hits.begin()), static_cast<size_t>(last - hits.begin())};
}

}  // namespace thainews
