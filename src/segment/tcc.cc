#include "segment/tcc.h"

#include "text/utf8.h"

namespace thainews {
namespace tcc {
namespace {

// Character classes, by code (code point - U+0E00).
constexpr ThaiCode kMaiHanAkat = 0x31;   // ั
constexpr ThaiCode kSaraI = 0x34;        // ิ
constexpr ThaiCode kSaraIi = 0x35;       // ี
constexpr ThaiCode kSaraUe = 0x36;       // ึ
constexpr ThaiCode kSaraUee = 0x37;      // ื
constexpr ThaiCode kSaraU = 0x38;        // ุ
constexpr ThaiCode kSaraE = 0x40;        // เ
constexpr ThaiCode kSaraAe = 0x41;       // แ
constexpr ThaiCode kMaiTaikhu = 0x47;    // ็
constexpr ThaiCode kThanthakhat = 0x4C;  // ์
constexpr ThaiCode kYoYak = 0x22;        // ย
constexpr ThaiCode kOAng = 0x2D;         // อ

// Whether `first` `second` can open one syllable: a true cluster with ร ล ว
// ("เปล", "เคร", "แขว"), or ห / อ leading a sonorant ("เหล", "เหม", "อย").
bool IsOnsetPair(ThaiCode first, ThaiCode second) {
  if (second == 0x23 || second == 0x25 || second == 0x27) return true;  // ร ล ว
  const bool leading = first == 0x2B || first == 0x2D;                  // ห อ
  return leading && (second == 0x07 || second == 0x0D || second == 0x19 ||  // ง ญ น
                     second == 0x21 || second == 0x22);                      // ม ย
}

// เ แ โ ใ ไ: written before the consonant they are read after.
bool IsLeadingVowel(ThaiCode c) { return c >= 0x40 && c <= 0x44; }
// ่ ้ ๊ ๋
bool IsToneMark(ThaiCode c) { return c >= 0x48 && c <= 0x4B; }

// Whether body[0, n) is an onset with its tone mark: one consonant or an
// onset pair, then at most one tone mark.
bool IsOnsetBody(const ThaiCode* body, size_t n) {
  if (n > 0 && IsToneMark(body[n - 1])) --n;
  return (n == 1 && IsConsonant(body[0])) ||
         (n == 2 && IsConsonant(body[0]) && IsOnsetPair(body[0], body[1]));
}

}  // namespace

void DecodeThai(std::string_view utf8, std::vector<ThaiCode>* codes,
                std::vector<uint32_t>* offsets) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(utf8[k]); };
  for (size_t i = 0; i < utf8.size();) {
    if (offsets) offsets->push_back(static_cast<uint32_t>(i));
    // The Thai block is U+0E00..U+0E7F: E0 B8 80 .. E0 B9 BF.
    if (byte(i) == 0xE0 && i + 2 < utf8.size() && (byte(i + 1) & 0xFE) == 0xB8 &&
        (byte(i + 2) & 0xC0) == 0x80) {
      codes->push_back(static_cast<ThaiCode>(((byte(i + 1) & 1) << 6) | (byte(i + 2) & 0x3F)));
      i += 3;
    } else {
      const utf8::Decoded d = utf8::DecodeAt(utf8, i);
      codes->push_back(d.valid ? ToThaiCode(d.code_point) : 0);
      i += d.length;
    }
  }
  if (offsets) offsets->push_back(static_cast<uint32_t>(utf8.size()));
}

void MarkClusterStarts(const ThaiCode* code, size_t n, uint8_t* starts) {
  if (n == 0) return;
  const auto at = [&](size_t k) -> ThaiCode { return k < n ? code[k] : 0; };
  starts[0] = 1;
  size_t cluster = 0;  // where the current cluster starts
  for (size_t i = 1; i < n; ++i) {
    const ThaiCode c = code[i];
    const ThaiCode before = code[i - 1];
    bool joins = false;
    if (IsDependent(c)) {
      // Rule 1. Vowels written above, below or after a consonant, tone marks
      // and the other marks never start a cluster: "กิ่", "กา", "กำ", "ก็".
      joins = true;
    } else if (IsLeadingVowel(before)) {
      // Rule 2. A leading vowel is read after the consonant that follows it:
      // "เก", "ไป".
      joins = true;
    } else if (IsConsonant(c)) {
      // The last vowel or consonant of the current cluster, tone marks
      // skipped.
      size_t k = i - 1;
      while (k > cluster && IsToneMark(code[k])) --k;
      const ThaiCode vowel = code[k];
      const ThaiCode lead = code[cluster];
      if (vowel == kMaiHanAkat || vowel == kSaraUe || vowel == kSaraUee) {
        // Rule 3. ั, ึ and ื never end a syllable: the consonant after them
        // is its final ("กัน", "ขึ้น", "คืน", "เรือ").
        joins = true;
      } else if (at(i + 1) == kThanthakhat ||
                 ((at(i + 1) == kSaraI || at(i + 1) == kSaraU) && at(i + 2) == kThanthakhat) ||
                 (IsConsonant(at(i + 1)) && at(i + 2) == kThanthakhat)) {
        // Rule 4. A letter silenced by ์ (with ิ or ุ under it, or one more
        // silent letter after it) belongs to the syllable before it:
        // "การ์", "พันธุ์", "ศา|สตร์", "จันทร์".
        joins = true;
      } else if (IsLeadingVowel(lead)) {
        // Rule 5. A syllable written with a leading vowel goes on until its
        // vowel is complete.
        const size_t body = i - cluster - 1;  // letters after the leading vowel
        if (lead == kSaraE && body == 1 && IsOnsetPair(before, c) &&
            (at(i + 1) == kSaraI || at(i + 1) == kSaraIi || at(i + 1) == kSaraUee ||
             at(i + 1) == kMaiTaikhu)) {
          // 5a. The second consonant of an onset before เ-ี, เ-ื, เ-ิ, เ-็:
          // "เปลี่", "เครื่", "เหมื".
          joins = true;
        } else if (lead == kSaraE && c == kYoYak && vowel == kSaraIi) {
          // 5b. เ-ีย: "เสีย", "เปลี่ย".
          joins = true;
        } else if (lead == kSaraE && c == kOAng && IsOnsetBody(code + cluster + 1, body) &&
                   !IsDependent(at(i + 1))) {
          // 5c. เ-อ right after the onset, unless the อ carries a vowel of its
          // own and so starts a syllable: "เธอ", "เก้อ", "เออ", but
          // "เท|อีก", "เธอ|อ|อ|ก".
          joins = true;
        } else if ((lead == kSaraE || lead == kSaraAe) &&
                   (vowel == kSaraI || vowel == kMaiTaikhu)) {
          // 5d. เ-ิ and เ-็ / แ-็ take a final consonant: "เกิด", "เด็ก",
          // "แข็ง".
          joins = true;
        }
      }
    }
    starts[i] = joins ? 0 : 1;
    if (!joins) cluster = i;
  }
}

}  // namespace tcc
}  // namespace thainews
