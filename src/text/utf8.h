// UTF-8 decoding and encoding of single code points, and the character
// classes the segmenter and the extractors share.

#ifndef THAINEWS_SRC_TEXT_UTF8_H_
#define THAINEWS_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace thainews {
namespace utf8 {

struct Decoded {
  char32_t code_point = 0;  // U+FFFD when !valid
  int length = 1;           // bytes consumed, at least 1
  bool valid = true;
};

// Decodes the sequence at s[i] (i < s.size()). An ill-formed sequence
// consumes its maximal subpart, as Unicode recommends (chapter 3, "U+FFFD
// substitution of maximal subparts") and Python does, so replacing each one
// by U+FFFD gives the same text as Python's errors="replace".
inline Decoded DecodeAt(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1, true};
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return {0xFFFD, 1, false};
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return {0xFFFD, k, false};
    const unsigned char b = byte(i + k);
    const unsigned char min = k == 1 ? lo : 0x80;
    const unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) return {0xFFFD, k, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

inline int EncodedLength(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

inline void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Thai block letters, vowels and marks, without digits and punctuation.
inline bool IsThaiLetter(char32_t c) {
  return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E30 && c <= 0x0E3A) ||
         (c >= 0x0E40 && c <= 0x0E4E);
}
inline bool IsThaiDigit(char32_t c) { return c >= 0x0E50 && c <= 0x0E59; }
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsDigit(char32_t c) { return IsAsciiDigit(c) || IsThaiDigit(c); }
inline int DigitValue(char32_t c) {
  return IsAsciiDigit(c) ? static_cast<int>(c - '0') : static_cast<int>(c - 0x0E50);
}

// Marks that sit above or below a base and never start a cluster.
inline bool IsThaiCombining(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

// Whitespace as the segmenter and matchers see it.
inline bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Zero-width characters that carry no text and are dropped for matching.
inline bool IsInvisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         c == 0x00AD;
}

}  // namespace utf8
}  // namespace thainews

#endif  // THAINEWS_SRC_TEXT_UTF8_H_
