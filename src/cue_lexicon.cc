#include "cue_lexicon.h"

#include <re2/re2.h>

#include <algorithm>

#include "data.h"
#include "normalize.h"

namespace thainews {

Result<CueLexicon> CueLexicon::Create(std::string_view name, std::string_view content,
                                      const std::vector<std::string>& kinds) {
  std::vector<std::vector<std::string>> phrases(kinds.size());
  size_t count = 0;
  Status status = ForEachTsvRow(
      name, content, /*has_header=*/true, [&](const std::vector<std::string_view>& fields) {
        if (fields.size() < 2 || fields[0].empty()) {
          return Status(StatusCode::kDataError, "expected `phrase<TAB>kind`");
        }
        const auto kind = std::find(kinds.begin(), kinds.end(), fields[1]);
        if (kind == kinds.end()) {
          return Status(StatusCode::kDataError, "unknown kind '" + std::string(fields[1]) + "'");
        }
        phrases[kind - kinds.begin()].push_back(Normalize(fields[0]).text());
        ++count;
        return Status::Ok();
      });
  if (!status.ok()) return status;

  // One capturing group per kind, in the order of `kinds`; a kind without
  // phrases gets a group that cannot match, so group i is always kind i.
  std::string pattern;
  for (std::vector<std::string>& list : phrases) {
    if (!pattern.empty()) pattern += '|';
    if (list.empty()) {
      pattern += "(\\x{10FFFF}\\x{10FFFF}\\x{10FFFF})";
      continue;
    }
    pattern += '(';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) pattern += '|';
      pattern += RE2::QuoteMeta(list[i]);
    }
    pattern += ')';
  }
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  CueLexicon lexicon;
  lexicon.pattern_ = std::make_unique<RE2>(pattern.empty() ? "(\\x{10FFFF}\\x{10FFFF})" : pattern,
                                           options);
  if (!lexicon.pattern_->ok()) {
    return Status(StatusCode::kDataError,
                  std::string(name) + ": cannot compile the cues: " + lexicon.pattern_->error());
  }
  lexicon.kinds_ = kinds;
  lexicon.phrase_count_ = count;
  return lexicon;
}

CueLexicon::CueLexicon(CueLexicon&&) noexcept = default;
CueLexicon& CueLexicon::operator=(CueLexicon&&) noexcept = default;
CueLexicon::~CueLexicon() = default;

std::vector<CueLexicon::Hit> CueLexicon::FindAll(std::string_view text) const {
  std::vector<Hit> hits;
  const int groups = pattern_->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> match(groups + 1);
  const re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size() &&
         pattern_->Match(input, pos, text.size(), RE2::UNANCHORED, match.data(), groups + 1)) {
    const size_t begin = match[0].data() - text.data();
    const size_t end = begin + match[0].size();
    for (int g = 1; g <= groups; ++g) {
      if (match[g].data() != nullptr) {
        hits.push_back({begin, end, g - 1});
        break;
      }
    }
    pos = end > pos ? end : pos + 1;
  }
  return hits;
}

int CueLexicon::KindOf(std::string_view kind_name) const {
  const auto it = std::find(kinds_.begin(), kinds_.end(), kind_name);
  return it == kinds_.end() ? -1 : static_cast<int>(it - kinds_.begin());
}

HitRange HitsWithin(const std::vector<CueLexicon::Hit>& hits, size_t begin, size_t end) {
  const auto first = std::lower_bound(
      hits.begin(), hits.end(), begin,
      [](const CueLexicon::Hit& h, size_t pos) { return h.begin < pos; });
  auto last = first;
  while (last != hits.end() && last->end <= end) ++last;
  return {static_cast<size_t>(first - hits.begin()), static_cast<size_t>(last - hits.begin())};
}

}  // namespace thainews
