// Small questions the extractors ask about the normalized text around a
// position: is the neighbouring character a Thai letter, where does the line
// end. Every search is bounded by a limit the caller gives, so a 1 MB line
// never makes a per-match scan quadratic.

#ifndef THAINEWS_SRC_TEXT_TEXT_SCAN_H_
#define THAINEWS_SRC_TEXT_TEXT_SCAN_H_

#include <string>
#include <string_view>

#include "text/utf8.h"

namespace thainews {

// True when a Thai letter starts at byte `pos`.
inline bool ThaiLetterAt(std::string_view text, size_t pos) {
  return pos < text.size() && utf8::IsThaiLetter(utf8::DecodeAt(text, pos).code_point);
}

// True when the character that ends at byte `pos` is a Thai letter. Thai
// letters are three bytes long in UTF-8.
inline bool ThaiLetterBefore(std::string_view text, size_t pos) {
  return pos >= 3 && static_cast<unsigned char>(text[pos - 3]) == 0xE0 &&
         ThaiLetterAt(text, pos - 3);
}

// The start of the line holding `pos`, but not before `floor`.
inline size_t LineBeginAfter(std::string_view text, size_t pos, size_t floor) {
  if (pos <= floor) return floor;
  const size_t nl = text.substr(floor, pos - floor).rfind('\n');
  return nl == std::string_view::npos ? floor : floor + nl + 1;
}

// The end of the line holding `pos` (the '\n' or the text's end), but not
// after `ceiling`.
inline size_t LineEndBefore(std::string_view text, size_t pos, size_t ceiling) {
  if (ceiling > text.size()) ceiling = text.size();
  if (pos >= ceiling) return ceiling;
  const size_t nl = text.substr(pos, ceiling - pos).find('\n');
  return nl == std::string_view::npos ? ceiling : pos + nl;
}

// Where the character that ends at byte `pos` (> 0) starts.
inline size_t PreviousCharStart(std::string_view text, size_t pos) {
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

// True when `text` has `word` ending at byte `pos`.
inline bool EndsWithAt(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && text.substr(pos - word.size(), word.size()) == word;
}

// True when `text` has `word` starting at byte `pos`.
inline bool StartsWithAt(std::string_view text, size_t pos, std::string_view word) {
  return pos <= text.size() && text.substr(pos, word.size()) == word;
}

// `s` with every run of whitespace made one ' ', invisible characters
// dropped, and no space at either end.
inline std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::DecodeAt(s, i);
    if (utf8::IsSpace(d.code_point)) {
      pending_space = !out.empty();
    } else if (!utf8::IsInvisible(d.code_point)) {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(s.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

}  // namespace thainews

#endif  // THAINEWS_SRC_TEXT_TEXT_SCAN_H_
