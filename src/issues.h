// Issue lists: the problems, needs, demands and assigned points an article
// says were raised, discussed or handed down.
//
// A list starts at an intro word (อาทิ, ได้แก่, ดังนี้, เช่น, คือ, ประกอบด้วย,
// ":") or at the end of a line followed by bulleted or numbered lines, and is
// an issue list only when what comes just before it says so: a topic word
// (ปัญหา, ความต้องการ, ข้อเสนอ, ข้อเรียกร้อง, ข้อสั่งการ, สั่งการ …) with nothing
// between it and the intro that makes the list one of goods, activities or
// people, or a declared count of points ("5 ประเด็น ดังนี้", "3 อย่าง
// ประกอบด้วย"), which is kept as declared_count.
//
// Items are cut at the text's own markers:
//   - bulleted or numbered lines ("– …", "1) …", "(2) …", "๓. …");
//   - numbers inside one line ("1. … 2. … และ 3. …"), read in sequence; the
//     last item stops about as long as the others when the line goes on;
//   - in run-on prose, the space before the next ปัญหา…/การ…/ความ… head, or
//     "และ", or (when the list ends with เป็นต้น/ฯลฯ) a phrase of three words
//     or more; a shorter phrase after a space ("น้ำอุปโภค บริโภค") stays in
//     its item. Without เป็นต้น/ฯลฯ the list ends where a new clause starts.
// Items lose their bullet or number, a leading "และ", and เป็นต้น/ฯลฯ; their
// text is the original slice with whitespace collapsed. A list of one item,
// or whose items mostly name people, places or goods, is not reported.

#ifndef THAINEWS_SRC_ISSUES_H_
#define THAINEWS_SRC_ISSUES_H_

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "cue_lexicon.h"
#include "data.h"
#include "document.h"
#include "thainews/article.h"

namespace re2 {
class RE2;
}

namespace thainews {

class IssueListExtractor {
 public:
  // Reads issue_cues.tsv from `data`.
  static Result<IssueListExtractor> Create(const DataSource& data);

  IssueListExtractor(IssueListExtractor&&) noexcept;
  ~IssueListExtractor();

  // Fills article->issues.
  void Extract(const Document& doc, Article* article) const;

 private:
  explicit IssueListExtractor(CueLexicon cues);

  // [begin, end) of the normalized text.
  struct Piece {
    size_t begin = 0;
    size_t end = 0;
  };
  // What introduces a list: where its cue starts, and the count it declares.
  struct Cue {
    bool found = false;
    size_t begin = 0;
    std::optional<int> declared_count;
  };
  // A bullet or a number that opens an item.
  struct Marker {
    size_t content = 0;  // where the item's words start
    int number = 0;      // 0 for a bullet
  };

  Cue FindCue(const Document& doc, const std::vector<CueLexicon::Hit>& hits, size_t line_begin,
              size_t intro_begin) const;
  // The marker at `pos`, if any: with `number` > 0 only that number, with
  // `number` == 0 any number, with `number` < 0 only a bullet.
  std::optional<Marker> MarkerAt(std::string_view text, size_t pos, int number) const;

  // The readers of a list's items; each sets *end to where the list ends.
  // Items opened by `first` and the markers that follow it in sequence,
  // inside a line and on the lines below.
  std::vector<Piece> ReadMarked(const Document& doc, const Marker& first,
                                const std::vector<CueLexicon::Hit>& hits, size_t* end) const;
  // `count` lines without markers, from `pos`.
  std::vector<Piece> ReadPlainLines(std::string_view text, size_t pos, int count,
                                    size_t* end) const;
  // A run-on list in prose, from `pos` to เป็นต้น/ฯลฯ or a new clause.
  std::vector<Piece> ReadProse(const Document& doc, size_t pos,
                               const std::vector<CueLexicon::Hit>& hits, size_t* end) const;

  // True for the kinds that say a list is of something other than issues.
  bool IsOtherThing(int kind) const;
  // The kind of the cue that starts exactly at `pos`, or -1.
  int KindAt(const std::vector<CueLexicon::Hit>& hits, size_t pos) const;
  // `piece` without bullets, a leading "และ", a trailing เป็นต้น/ฯลฯ, and
  // punctuation or spaces at its ends.
  Piece Trim(std::string_view text, Piece piece) const;
  bool LooksLikeIssues(const std::vector<Piece>& items,
                       const std::vector<CueLexicon::Hit>& hits) const;

  std::unique_ptr<re2::RE2> counter_;  // "12 ประเด็น", "3 อย่าง"
  std::unique_ptr<re2::RE2> marker_;   // "1.", "(2)", "๓)", "–", "•"
  CueLexicon cues_;
  int topic_ = -1, intro_ = -1, end_ = -1, other_ = -1, person_ = -1, place_ = -1, goods_ = -1,
      clause_ = -1, continuation_ = -1;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_ISSUES_H_
