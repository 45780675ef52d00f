// One article as every extractor sees it: the normalized text, its words,
// and the way back to the caller's offsets. Built once per Extract() call and
// only read afterwards.

#ifndef THAINEWS_SRC_EXTRACT_DOCUMENT_H_
#define THAINEWS_SRC_EXTRACT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"
#include "thainews/article.h"
#include "thainews/segmenter.h"

namespace thainews {

class Document {
 public:
  Document(std::string_view original, NormalizedText normalized, std::vector<Token> tokens);

  // The normalized text the extractors match against (see normalize.h).
  std::string_view text() const { return normalized_.text(); }
  // Its tokens (compound granularity), covering it without gaps.
  const std::vector<Token>& tokens() const { return tokens_; }
  // The caller's text.
  std::string_view original() const { return original_; }

  // Index of the token that contains normalized byte `pos` (< text size).
  size_t TokenIndexAt(size_t pos) const { return token_of_byte_[pos]; }
  // True when a token starts (ends) at normalized byte `pos`. The text's
  // start and end are both.
  bool IsTokenStart(size_t pos) const;
  bool IsTokenEnd(size_t pos) const;

  // Normalized [begin, end) as a span of the original text, and its text.
  Span ToOriginal(size_t begin, size_t end) const { return normalized_.ToOriginal(begin, end); }
  std::string OriginalText(Span span) const {
    return std::string(original_.substr(span.begin, span.end - span.begin));
  }

 private:
  std::string_view original_;
  NormalizedText normalized_;
  std::vector<Token> tokens_;
  std::vector<uint32_t> token_of_byte_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_DOCUMENT_H_
