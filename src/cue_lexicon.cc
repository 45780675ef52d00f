#include "cue_lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_map>

#include "data.h"
#include "normalize.h"

namespace thainews {

Result<CueLexicon> CueLexicon::Create(std::string_view name, std::string_view content,
                                      const std::vector<std::string>& kinds) {
  std::vector<std::string> all;
  std::unordered_map<std::string, int> lexicon_kinds;
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
        std::string phrase = Normalize(fields[0]).text();
        if (!lexicon_kinds.emplace(phrase, static_cast<int>(kind - kinds.begin())).second) {
          return Status(StatusCode::kDataError, "'" + phrase + "' is listed twice");
        }
        all.push_back(std::move(phrase));
        ++count;
        return Status::Ok();
      });
  if (!status.ok()) return status;

  // One alternation of every phrase, longest first; the kind of a match is
  // looked up from its text. (Capturing groups would make RE2 find each
  // match twice, and scanning a long article several times slower.)
  std::sort(all.begin(), all.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern;
  for (const std::string& phrase : all) {
    if (!pattern.empty()) pattern += '|';
    pattern += RE2::QuoteMeta(phrase);
  }
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  CueLexicon lexicon;
  // An empty lexicon gets a pattern that cannot match.
  lexicon.pattern_ = std::make_unique<RE2>(pattern.empty() ? "\\x{10FFFF}\\x{10FFFF}" : pattern,
                                           options);
  if (!lexicon.pattern_->ok()) {
    return Status(StatusCode::kDataError,
                  std::string(name) + ": cannot compile the cues: " + lexicon.pattern_->error());
  }
  lexicon.kind_of_phrase_ = std::move(lexicon_kinds);
  lexicon.kinds_ = kinds;
  lexicon.phrase_count_ = count;
  return lexicon;
}

CueLexicon::CueLexicon(CueLexicon&&) noexcept = default;
CueLexicon& CueLexicon::operator=(CueLexicon&&) noexcept = default;
CueLexicon::~CueLexicon() = default;

std::vector<CueLexicon::Hit> CueLexicon::FindAll(std::string_view text) const {
  std::vector<Hit> hits;
  re2::StringPiece match;
  size_t pos = 0;
  const re2::StringPiece all(text.data(), text.size());
  while (pos < text.size() &&
         pattern_->Match(all, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t begin = match.data() - text.data();
    const size_t end = begin + match.size();
    const auto kind = kind_of_phrase_.find(std::string(match.data(), match.size()));
    if (kind != kind_of_phrase_.end()) hits.push_back({begin, end, kind->second});
    pos = end > pos ? end : pos + 1;
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
