// Thai Character Clusters (TCC): the smallest pieces of Thai text that a word
// boundary may never split. A consonant with the vowels and marks written on
// it, a leading vowel with the consonant it is read before, a silent letter
// under its thanthakhat with the syllable it belongs to. The segmenter's
// lattice puts word boundaries only between clusters, so no engine output
// can ever cut "กิ|่น" or "เ|ก".
//
// The rules follow Theeramunkong et al., "Character cluster based Thai
// information retrieval" (2000), in the form PyThaiNLP and nlpO3 use, written
// as one left-to-right pass with at most two characters of lookahead; each
// rule is spelled out beside its code in tcc.cc.

#ifndef THAINEWS_SRC_SEGMENT_TCC_H_
#define THAINEWS_SRC_SEGMENT_TCC_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace thainews {
namespace tcc {

// A Thai character as the segmenter's engine sees it: its code point minus
// U+0E00, so Thai letters are 0x01..0x4E. 0 stands for anything else.
using ThaiCode = uint8_t;

constexpr ThaiCode ToThaiCode(char32_t c) {
  return c > 0x0E00 && c < 0x0E80 ? static_cast<ThaiCode>(c - 0x0E00) : 0;
}

// Appends the code of each character of `utf8` to `codes` (0 for anything
// but Thai, and for each invalid byte) and, when `offsets` is not null, its
// byte offset to `offsets`, then utf8.size() after the last.
void DecodeThai(std::string_view utf8, std::vector<ThaiCode>* codes,
                std::vector<uint32_t>* offsets);

// Sets `starts[i]` (for 0 <= i < n) to 1 where a cluster starts at code[i],
// else 0; starts[0] is always 1. Linear in n, allocates nothing.
void MarkClusterStarts(const ThaiCode* code, size_t n, uint8_t* starts);

// ก..ฮ, with ฤ and ฦ, which are written like consonants.
inline bool IsConsonant(ThaiCode c) { return c >= 0x01 && c <= 0x2E; }

// Vowels written above, below or after a consonant (ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ),
// tone marks and the other marks (็ ์ ํ ๎): never read alone.
inline bool IsDependent(ThaiCode c) {
  return c == 0x30 || (c >= 0x31 && c <= 0x3A) || c == 0x45 || (c >= 0x47 && c <= 0x4E);
}

}  // namespace tcc
}  // namespace thainews

#endif  // THAINEWS_SRC_SEGMENT_TCC_H_
