#include "extract/document.h"

namespace thainews {

Document::Document(std::string_view original, NormalizedText normalized,
                   std::vector<Token> tokens)
    : original_(original), normalized_(std::move(normalized)), tokens_(std::move(tokens)) {
  token_of_byte_.resize(normalized_.text().size());
  for (size_t t = 0; t < tokens_.size(); ++t) {
    for (size_t b = tokens_[t].begin; b < tokens_[t].end; ++b) {
      token_of_byte_[b] = static_cast<uint32_t>(t);
    }
  }
}

bool Document::IsTokenStart(size_t pos) const {
  if (pos == 0 || pos >= text().size()) return true;
  return tokens_[token_of_byte_[pos]].begin == pos;
}

bool Document::IsTokenEnd(size_t pos) const {
  if (pos == 0 || pos >= text().size()) return true;
  return tokens_[token_of_byte_[pos - 1]].end == pos;
}

}  // namespace thainews
