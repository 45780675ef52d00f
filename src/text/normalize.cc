// Normalization as a short pipeline over "units": one output code point and
// the original byte range it stands for. Each stage reads units and writes
// units, so merging two characters (SARA AM) or dropping one (a zero-width
// space) keeps the way back to the original without any bookkeeping of its
// own. Every stage is a single left-to-right pass: linear in the input.

#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace thainews {
namespace {

struct Unit {
  char32_t cp;
  uint32_t begin;
  uint32_t end;
};

using Units = std::vector<Unit>;

constexpr char32_t kNikhahit = 0x0E4D;
constexpr char32_t kSaraAa = 0x0E32;
constexpr char32_t kSaraAm = 0x0E33;
constexpr char32_t kSaraE = 0x0E40;
constexpr char32_t kSaraAe = 0x0E41;

bool IsToneMark(char32_t c) { return c >= 0x0E48 && c <= 0x0E4B; }
bool IsUpperVowel(char32_t c) { return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37); }

// Named HTML entities that scrapers leave in Thai news pages.
char32_t NamedEntity(std::string_view name) {
  struct Entry {
    const char* name;
    char32_t cp;
  };
  static const Entry kEntries[] = {
      {"nbsp", 0x00A0},   {"amp", '&'},        {"lt", '<'},         {"gt", '>'},
      {"quot", '"'},      {"apos", '\''},      {"ndash", 0x2013},   {"mdash", 0x2014},
      {"hellip", 0x2026}, {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"ldquo", 0x201C},
      {"rdquo", 0x201D},  {"bull", 0x2022},    {"middot", 0x00B7},  {"shy", 0x00AD},
      {"laquo", 0x00AB},  {"raquo", 0x00BB},   {"copy", 0x00A9},    {"reg", 0x00AE},
      {"deg", 0x00B0},    {"times", 0x00D7},   {"thinsp", 0x2009},  {"ensp", 0x2002},
      {"emsp", 0x2003},   {"zwsp", 0x200B},    {"zwnj", 0x200C},    {"zwj", 0x200D},
      {"minus", 0x2212},  {"ZeroWidthSpace", 0x200B},
  };
  for (const Entry& e : kEntries) {
    if (name == e.name) return e.cp;
  }
  if (name.size() == 4 && strncasecmp(name.data(), "nbsp", 4) == 0) return 0x00A0;
  return 0;
}

// Decodes an entity "&...;" at text[i]; returns its length, 0 if none.
size_t DecodeEntity(std::string_view text, size_t i, char32_t* cp) {
  constexpr size_t kMaxLength = 16;
  size_t semi = i + 1;
  while (semi < text.size() && semi - i <= kMaxLength && text[semi] != ';') ++semi;
  if (semi >= text.size() || text[semi] != ';' || semi == i + 1) return 0;
  std::string_view body = text.substr(i + 1, semi - i - 1);
  char32_t value = 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    for (char c : digits) {
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return 0;
      }
      value = value * (hex ? 16 : 10) + d;
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  } else {
    value = NamedEntity(body);
    if (value == 0) return 0;
  }
  *cp = value;
  return semi - i + 1;
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Recognizes an HTML tag or comment at text[i] ('<'). Returns its length, 0
// if it is not one; *block is set for tags that end a line of text. The scan
// is bounded, so a stray '<' costs a constant, not a pass over the rest.
size_t MatchTag(std::string_view text, size_t i, bool* block) {
  constexpr size_t kMaxTag = 512;
  constexpr size_t kMaxComment = 4096;
  if (text.compare(i, 4, "<!--") == 0) {
    const size_t limit = std::min(text.size(), i + kMaxComment);
    for (size_t k = i + 4; k + 3 <= limit; ++k) {
      if (text.compare(k, 3, "-->") == 0) {
        *block = false;
        return k + 3 - i;
      }
    }
    return 0;
  }
  size_t k = i + 1;
  if (k < text.size() && text[k] == '/') ++k;
  const size_t name_begin = k;
  while (k < text.size() && (IsAsciiAlpha(text[k]) || (k > name_begin && text[k] >= '0' && text[k] <= '9'))) ++k;
  if (k == name_begin) return 0;
  std::string name(text.substr(name_begin, k - name_begin));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (k < text.size() && !(text[k] == '>' || text[k] == '/' || text[k] == ' ' ||
                           text[k] == '\t' || text[k] == '\n' || text[k] == '\r')) {
    return 0;
  }
  const size_t limit = std::min(text.size(), i + kMaxTag);
  while (k < limit && text[k] != '>' && text[k] != '<') ++k;
  if (k >= limit || text[k] != '>') return 0;
  static const char* const kBlockTags[] = {"br", "p", "div", "li", "tr", "h1", "h2", "h3",
                                           "h4", "h5", "h6", "ul", "ol", "table", "blockquote"};
  *block = std::any_of(std::begin(kBlockTags), std::end(kBlockTags),
                       [&](const char* t) { return name == t; });
  return k + 1 - i;
}

// One character as matching wants it; 0 drops it.
char32_t MapCharacter(char32_t c) {
  if (utf8::IsThaiDigit(c)) return '0' + (c - 0x0E50);
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII
  if (utf8::IsInvisible(c)) return 0;
  if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x0085) return '\n';
  if (utf8::IsSpace(c)) return ' ';
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63) return '-';
  if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033) return '"';
  if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) return '\'';
  return c;
}

void Emit(Units* out, char32_t cp, uint32_t begin, uint32_t end) {
  const char32_t mapped = MapCharacter(cp);
  if (mapped != 0) out->push_back({mapped, begin, end});
}

// Stage 1: decode, strip markup, map characters; CR LF becomes one '\n'.
Units ReadUnits(std::string_view text) {
  Units out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '&') {
      char32_t cp;
      if (const size_t n = DecodeEntity(text, i, &cp)) {
        Emit(&out, cp, i, i + n);
        i += n;
        continue;
      }
    } else if (c == '<') {
      bool block = false;
      if (const size_t n = MatchTag(text, i, &block)) {
        if (block) out.push_back({'\n', static_cast<uint32_t>(i), static_cast<uint32_t>(i + n)});
        i += n;
        continue;
      }
    } else if (c == '\r') {
      const size_t n = (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      out.push_back({'\n', static_cast<uint32_t>(i), static_cast<uint32_t>(i + n)});
      i += n;
      continue;
    }
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    Emit(&out, d.code_point, i, i + d.length);
    i += d.length;
  }
  return out;
}

Unit Merge(const Unit& a, const Unit& b, char32_t cp) {
  return {cp, std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// Stage 2: Thai spelling variants that are the same text to a reader.
Units FixThai(const Units& in) {
  Units out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const Unit& u = in[i];
    const bool has_next = i + 1 < in.size();
    if (u.cp == kNikhahit && has_next && in[i + 1].cp == kSaraAa) {
      out.push_back(Merge(u, in[i + 1], kSaraAm));
      ++i;
    } else if (u.cp == kNikhahit && i + 2 < in.size() && IsToneMark(in[i + 1].cp) &&
               in[i + 2].cp == kSaraAa) {
      // NIKHAHIT, tone, SARA AA: the tone first, then SARA AM.
      const Unit tone = in[i + 1];
      const Unit am = Merge(u, in[i + 2], kSaraAm);
      out.push_back({tone.cp, std::min(tone.begin, am.begin), std::max(tone.end, am.end)});
      out.push_back({kSaraAm, out.back().begin, out.back().end});
      i += 2;
    } else if (u.cp == kSaraE && has_next && in[i + 1].cp == kSaraE) {
      out.push_back(Merge(u, in[i + 1], kSaraAe));
      ++i;
    } else if (IsToneMark(u.cp) && has_next && IsUpperVowel(in[i + 1].cp)) {
      const Unit both = Merge(u, in[i + 1], 0);
      out.push_back({in[i + 1].cp, both.begin, both.end});
      out.push_back({u.cp, both.begin, both.end});
      ++i;
    } else {
      out.push_back(u);
    }
  }
  return out;
}

// Stage 3: NFC, applied chunk by chunk between normalization boundaries so
// that each chunk's output keeps the chunk's original range.
Units ComposeNfc(Units in) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return in;
  // Most text is already NFC: skip the work when no code point could change.
  const bool maybe_changes = std::any_of(in.begin(), in.end(), [&](const Unit& u) {
    return u.cp >= 0x300 && !nfc->isInert(static_cast<UChar32>(u.cp));
  });
  if (!maybe_changes) return in;
  Units out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    size_t j = i + 1;
    while (j < in.size() && !nfc->hasBoundaryBefore(static_cast<UChar32>(in[j].cp))) ++j;
    if (j == i + 1) {
      out.push_back(in[i]);
    } else {
      icu::UnicodeString chunk;
      uint32_t begin = in[i].begin, end = in[i].end;
      for (size_t k = i; k < j; ++k) {
        chunk.append(static_cast<UChar32>(in[k].cp));
        begin = std::min(begin, in[k].begin);
        end = std::max(end, in[k].end);
      }
      error = U_ZERO_ERROR;
      if (nfc->isNormalized(chunk, error) && U_SUCCESS(error)) {
        out.insert(out.end(), in.begin() + i, in.begin() + j);
      } else {
        error = U_ZERO_ERROR;
        const icu::UnicodeString composed = nfc->normalize(chunk, error);
        if (U_FAILURE(error)) {
          out.insert(out.end(), in.begin() + i, in.begin() + j);
        } else {
          for (int32_t k = 0; k < composed.length(); k = composed.moveIndex32(k, 1)) {
            out.push_back({static_cast<char32_t>(composed.char32At(k)), begin, end});
          }
        }
      }
    }
    i = j;
  }
  return out;
}

// Stage 4: a mark typed twice, and whitespace as one ' ' or '\n'.
Units Tidy(const Units& in) {
  Units out;
  out.reserve(in.size());
  for (const Unit& u : in) {
    if (!out.empty()) {
      Unit& last = out.back();
      if (utf8::IsThaiCombining(u.cp) && last.cp == u.cp) {
        last.end = std::max(last.end, u.end);
        continue;
      }
      if (u.cp == ' ' && (last.cp == ' ' || last.cp == '\n')) {
        last.end = std::max(last.end, u.end);
        continue;
      }
      if (u.cp == '\n' && last.cp == ' ') {
        last = {'\n', last.begin, std::max(last.end, u.end)};
        continue;
      }
    }
    out.push_back(u);
  }
  return out;
}

}  // namespace

NormalizedText Normalize(std::string_view utf8) {
  Units units = Tidy(ComposeNfc(FixThai(ReadUnits(utf8))));
  NormalizedText result;
  result.original_size_ = utf8.size();
  result.text_.reserve(units.size() * 2);
  result.begin_of_.reserve(units.size() * 2);
  result.end_of_.reserve(units.size() * 2);
  for (const Unit& u : units) {
    const size_t before = result.text_.size();
    utf8::Append(u.cp, &result.text_);
    for (size_t k = before; k < result.text_.size(); ++k) {
      result.begin_of_.push_back(u.begin);
      result.end_of_.push_back(u.end);
    }
  }
  return result;
}

size_t NormalizedText::OriginalBegin(size_t pos) const {
  return pos < begin_of_.size() ? begin_of_[pos] : original_size_;
}

size_t NormalizedText::OriginalEnd(size_t pos) const {
  if (pos == 0) return begin_of_.empty() ? 0 : begin_of_[0];
  return end_of_[std::min(pos, end_of_.size()) - 1];
}

Span NormalizedText::ToOriginal(size_t begin, size_t end) const {
  const size_t b = OriginalBegin(begin);
  if (end <= begin) return {b, b};
  return {b, std::max(b, OriginalEnd(end))};
}

}  // namespace thainews
