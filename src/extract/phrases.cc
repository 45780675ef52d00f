#include "extract/phrases.h"

#include <re2/re2.h>

#include <algorithm>

namespace thainews {

std::string PhrasePattern(const std::vector<std::string>& phrases) {
  std::vector<std::string> sorted(phrases);
  // Longest first, so that even a first-match engine would prefer "นางสาว"
  // to "นาง"; with longest_match below this only keeps the pattern stable.
  std::sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::string pattern = "(?:";
  bool first = true;
  for (const std::string& phrase : sorted) {
    if (phrase.empty()) continue;
    if (!first) pattern += '|';
    first = false;
    size_t start = 0;
    while (true) {
      const size_t space = phrase.find(' ', start);
      pattern += RE2::QuoteMeta(phrase.substr(start, space - start));
      if (space == std::string::npos) break;
      pattern += " ?";
      start = space + 1;
    }
  }
  if (first) pattern += "[^\\x00-\\x{10FFFF}]";  // an empty list matches nothing
  pattern += ')';
  return pattern;
}

Result<std::unique_ptr<re2::RE2>> CompilePattern(const std::string& pattern, std::string_view what) {
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  if (!re->ok()) {
    return Status(StatusCode::kDataError,
                  "cannot compile the " + std::string(what) + " list: " + re->error());
  }
  return re;
}

Result<std::unique_ptr<re2::RE2>> CompilePhrases(const std::vector<std::string>& phrases,
                                                 std::string_view what) {
  return CompilePattern(PhrasePattern(phrases), what);
}

size_t MatchLengthAt(const re2::RE2& re, std::string_view text, size_t pos, size_t limit) {
  limit = std::min(limit, text.size());
  if (pos >= limit) return 0;
  re2::StringPiece match;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), pos, limit, RE2::ANCHOR_START,
                &match, 1)) {
    return 0;
  }
  return match.size();
}

size_t FindPhrase(const re2::RE2& re, std::string_view text, size_t from, size_t* length) {
  if (from >= text.size()) return std::string_view::npos;
  re2::StringPiece match;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), from, text.size(), RE2::UNANCHORED,
                &match, 1)) {
    return std::string_view::npos;
  }
  *length = match.size();
  return static_cast<size_t>(match.data() - text.data());
}

}  // namespace thainews
