// The text the extractors match against, and the way back to the caller's
// offsets.
//
// Real releases write the same word in several byte sequences: NBSP or
// zero-width spaces between words, Thai digits, the decomposed SARA AM, a
// tone mark typed twice or before its vowel, "เเ" for "แ", HTML entities left
// by a scraper. Normalize() folds all of them into one form so that a pattern
// is written once, and keeps, for every byte of the result, the range of the
// original it came from. A span found in the normalized text maps back to a
// slice of the original text, so every reported `text` is what the caller
// passed, not our rewriting of it.

#ifndef THAINEWS_SRC_TEXT_NORMALIZE_H_
#define THAINEWS_SRC_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/article.h"

namespace thainews {

class NormalizedText {
 public:
  // The normalized UTF-8 text. In it:
  //  - Unicode is NFC; Thai digits and full-width ASCII are ASCII;
  //  - U+0E4D U+0E32 is U+0E33, "เเ" is "แ", a tone mark typed before an
  //    upper vowel follows it, a mark typed twice appears once;
  //  - dashes are '-', curly quotes are '"' and '\'';
  //  - HTML entities are decoded, tags are gone (block tags become '\n');
  //  - every line break is '\n'; zero-width characters and soft hyphens are
  //    gone; any other run of whitespace is one ' ', and there is no ' '
  //    next to a '\n'.
  const std::string& text() const { return text_; }

  // The original byte range of normalized bytes [begin, end). An empty range
  // maps to an empty range at the original position.
  Span ToOriginal(size_t begin, size_t end) const;
  size_t OriginalBegin(size_t pos) const;
  size_t OriginalEnd(size_t pos) const;

  size_t original_size() const { return original_size_; }

 private:
  friend NormalizedText Normalize(std::string_view utf8);
  std::string text_;
  // Per normalized byte: the original range of the unit it belongs to.
  std::vector<uint32_t> begin_of_;
  std::vector<uint32_t> end_of_;
  size_t original_size_ = 0;
};

// `utf8` must be valid UTF-8 (as DecodeToUtf8 returns it) and under 4 GiB.
NormalizedText Normalize(std::string_view utf8);

}  // namespace thainews

#endif  // THAINEWS_SRC_TEXT_NORMALIZE_H_
