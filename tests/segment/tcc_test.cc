// Thai Character Clusters: each rule of tcc.cc on words written for it, and
// the guarantees the lattice relies on over every pair of Thai letters.

#include "segment/tcc.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/utf8.h"

namespace thainews {
namespace {

std::vector<tcc::ThaiCode> Codes(const std::string& text) {
  std::vector<tcc::ThaiCode> codes;
  tcc::DecodeThai(text, &codes, nullptr);
  return codes;
}

// The clusters of `text` joined by '|'.
std::string Clusters(const std::string& text) {
  const std::vector<tcc::ThaiCode> codes = Codes(text);
  std::vector<uint8_t> starts(codes.size());
  tcc::MarkClusterStarts(codes.data(), codes.size(), starts.data());
  std::string out;
  size_t byte = 0;
  for (size_t i = 0; i < codes.size(); ++i) {
    if (i > 0 && starts[i]) out += '|';
    const int length = utf8::DecodeAt(text, byte).length;
    out.append(text, byte, length);
    byte += length;
  }
  return out;
}

struct Case {
  const char* text;
  const char* clusters;
};

TEST(Tcc, Rules) {
  const Case cases[] = {
      // 1: vowels above, below and after, tone marks and other marks join
      // the consonant before them.
      {"กินข้าว", "กิ|น|ข้า|ว"},
      {"น้ำ", "น้ำ"},
      {"ก็", "ก็"},
      // 2: a leading vowel joins the consonant after it.
      {"ไปมา", "ไป|มา"},
      {"ในสังคม", "ใน|สัง|ค|ม"},
      // 3: ั ึ ื take the consonant after them.
      {"กันขึ้นคืน", "กัน|ขึ้น|คืน"},
      {"เรือ", "เรือ"},
      // 4: silent letters under ์ join the syllable before them.
      {"การ์ตูน", "การ์|ตู|น"},
      {"พันธุ์", "พันธุ์"},
      {"ศาสตร์", "ศา|สตร์"},
      {"จันทร์", "จันทร์"},
      // 5: a leading-vowel syllable runs until its vowel is complete.
      {"เปลี่ยน", "เปลี่ย|น"},
      {"เสีย", "เสีย"},
      {"เธอ", "เธอ"},
      {"เกิด", "เกิด"},
      {"เด็ก", "เด็ก"},
      {"แข็ง", "แข็ง"},
      // ... but an อ with its own vowel starts a new syllable.
      {"เทอีก", "เท|อี|ก"},
      // Repeated letters are ordinary text to the clusters (the lattice
      // reads emphasis): "เธอ|ออก", "คน|นั้น".
      {"เธอออก", "เธอ|อ|อ|ก"},
      {"คนนั้น", "ค|น|นั้น"},
      {"ดีีีี", "ดีีีี"},
  };
  for (const Case& c : cases) EXPECT_EQ(Clusters(c.text), c.clusters) << c.text;
}

TEST(Tcc, EveryPairOfThaiLetters) {
  // Over all pairs: a cluster always starts at the first letter, never
  // before a dependent vowel or mark, and never right after a leading vowel.
  for (tcc::ThaiCode a = 0x01; a <= 0x4E; ++a) {
    for (tcc::ThaiCode b = 0x01; b <= 0x4E; ++b) {
      const tcc::ThaiCode codes[] = {a, b, 0x01};
      uint8_t starts[3];
      tcc::MarkClusterStarts(codes, 3, starts);
      EXPECT_EQ(starts[0], 1);
      const bool dependent = b == 0x30 || b == 0x31 || (b >= 0x32 && b <= 0x3A) ||
                             b == 0x45 || (b >= 0x47 && b <= 0x4E);
      const bool after_leading = a >= 0x40 && a <= 0x44;
      if (dependent || after_leading) {
        EXPECT_EQ(starts[1], 0) << int(a) << " " << int(b);
      }
    }
  }
}

TEST(Tcc, EmptyAndSingle) {
  tcc::MarkClusterStarts(nullptr, 0, nullptr);  // nothing to do, no crash
  const tcc::ThaiCode mark[] = {0x48};          // a tone mark alone
  uint8_t starts[1] = {0};
  tcc::MarkClusterStarts(mark, 1, starts);
  EXPECT_EQ(starts[0], 1);
}

TEST(Tcc, DecodeThai) {
  std::vector<tcc::ThaiCode> codes;
  std::vector<uint32_t> offsets;
  tcc::DecodeThai("ก\xff" "a\u0e4e", &codes, &offsets);
  EXPECT_EQ(codes, (std::vector<tcc::ThaiCode>{0x01, 0, 0, 0x4E}));
  EXPECT_EQ(offsets, (std::vector<uint32_t>{0, 3, 4, 5, 8}));
}

}  // namespace
}  // namespace thainews
