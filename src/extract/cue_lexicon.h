// Cue words, found all at once.
//
// The count and issue extractors decide from the words around a number or a
// list: who the count is of ("ผู้เข้าร่วม"), whether they were there
// ("ร่วมพิธี") or not ("ผู้ประสบภัย"), what a list is of ("ปัญหา",
// "ข้อสั่งการ"). Each extractor keeps those words in a TSV of
// `phrase<TAB>kind` rows and asks a CueLexicon for every cue in the text.
//
// The phrases are literal, so they live in a double-array trie (trie.h) and
// the scan walks it from each character: leftmost-longest and linear, a few
// steps per character. A longer phrase hides the shorter ones inside it:
// listing "อาสาสมัคร" as a `neutral` phrase keeps "สมัคร" (applied, a
// statistic) from being seen inside "volunteer".
//
// Immutable after Create(); FindAll() is const and thread-safe.

#ifndef THAINEWS_SRC_EXTRACT_CUE_LEXICON_H_
#define THAINEWS_SRC_EXTRACT_CUE_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "thainews/status.h"
#include "segment/trie.h"

namespace thainews {

class CueLexicon {
 public:
  struct Hit {
    size_t begin = 0;  // byte offsets into the scanned text
    size_t end = 0;
    int kind = 0;  // index into the `kinds` given to Create()
  };

  // `content` is a TSV (header line `phrase<TAB>kind`, '#' comments) named
  // `name` in errors. Each kind must be one of `kinds`; a kind with no
  // phrase is allowed; a phrase may be listed once. Phrases are normalized like article text (see
  // normalize.h), so they may be typed in any of the forms releases use.
  static Result<CueLexicon> Create(std::string_view name, std::string_view content,
                                   const std::vector<std::string>& kinds);

  CueLexicon(CueLexicon&&) noexcept;
  CueLexicon& operator=(CueLexicon&&) noexcept;
  ~CueLexicon();

  // Every cue in `text`, in order, none overlapping.
  std::vector<Hit> FindAll(std::string_view text) const;

  int KindOf(std::string_view kind_name) const;  // -1 when unknown
  size_t phrase_count() const { return phrase_count_; }

 private:
  CueLexicon() = default;
  // Phrase -> its kind's index, stored as the key's cost.
  DoubleArrayTrie phrases_;
  std::vector<std::string> kinds_;
  size_t phrase_count_ = 0;
};

// The hits of `hits` (sorted, as FindAll returns them) that lie wholly in
// [begin, end), as a range of indices [first, last).
struct HitRange {
  size_t first = 0;
  size_t last = 0;
};
HitRange HitsWithin(const std::vector<CueLexicon::Hit>& hits, size_t begin, size_t end);

// The index of the first hit of `hits` (sorted) that starts at or after
// `pos`; hits.size() when there is none.
size_t FirstHitFrom(const std::vector<CueLexicon::Hit>& hits, size_t pos);

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_CUE_LEXICON_H_
