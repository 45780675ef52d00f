// Issue lists: the problems, needs, demands, points discussed and directives
// an article says were raised, discussed or handed down.
//
// Lists are found by their shape first, then judged by their words.
//
// Shape. A list opens at an intro word (ดังนี้, ได้แก่, คือ, ประกอบด้วย,
// ":", or อาทิ/เช่น that give examples) or at the end of a line whose next
// line starts with a bullet or a number. Its items are read at the text's
// own markers:
//   - bulleted or numbered lines ("– …", "1) …", "(2) …", "๓. …", "ด้านที่ 2");
//     a numbered item may go on for a few lines, bulleted sub-items too,
//     before the next number; all items of a list are numbered alike, and a
//     declared count bounds them;
//   - numbers inside one line ("1. … 2. … และ 3. …"), read in sequence; the
//     last item ends where the sentence it closes goes on with a new clause,
//     and never runs far longer than the items before it;
//   - after an intro that ends its line, a run of lines without markers: as
//     many as the text declared ("3 ประเด็น ดังนี้"), or else the lines that
//     begin alike ("ด้าน…", "ความร่วมมือ…") or are all short, up to a blank
//     line (unless blank lines set off every paragraph) or a line of
//     narration (a person speaking, ทั้งนี้, นอกจากนี้);
//   - short phrases, when there are exactly as many as declared and the
//     last follows "และ" ("4 ด้าน คือ น้ำ ถนน ไฟฟ้า และอาชีพ");
//   - in run-on prose, commas when the list uses them; else the space before
//     the next ปัญหา…/การ…/ความ… head or the first item's own first word, or
//     "และ", or (when เป็นต้น/ฯลฯ closes the list) a phrase of three words or
//     more; a shorter phrase after a space ("น้ำอุปโภค บริโภค") stays in its
//     item. Without เป็นต้น/ฯลฯ the list ends where a new clause starts.
// Items lose their bullet or number, a leading "และ", and เป็นต้น/ฯลฯ; their
// text is the original slice with whitespace collapsed.
//
// Words. The intro sentence must say the list is of issues:
//   - a topic word (ปัญหา, ความต้องการ, ข้อเสนอ, ข้อสั่งการ, สั่งการ, มอบหมาย,
//     หารือ, ประเด็น, ข้อห่วงใย, ข้อจำกัด …), close before the intro (right
//     before อาทิ/เช่น, which give examples of the word they follow);
//   - or a declared count of points ("5 ประเด็น ดังนี้", "3 ข้อ คือ"), kept
//     as declared_count;
//   - a weaker word (มาตรการ, แนวทาง, นโยบาย, มติ, เห็นชอบ) opens only a
//     list written with numbers or bullets, where the text itself sets the
//     points apart; a count of measures or policies ("3 มาตรการ") also one
//     read by its count.
// A word between the topic and the intro that makes the list one of goods,
// activities or organisations, or a summary of what was said (สรุปสาระสำคัญ),
// rules it out. So do its items: a list of one item, or whose items mostly
// name people, places, organisations, goods or quantities, is not reported.

#ifndef THAINEWS_SRC_EXTRACT_ISSUES_H_
#define THAINEWS_SRC_EXTRACT_ISSUES_H_

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/cue_lexicon.h"
#include "data/data.h"
#include "extract/document.h"
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
  using Hits = std::vector<CueLexicon::Hit>;

  // [begin, end) of the normalized text.
  struct Piece {
    size_t begin = 0;
    size_t end = 0;
  };
  // Where a list may open: the intro word (empty at a line end), and
  // whether it gives examples (อาทิ, เช่น).
  struct Opening {
    size_t begin = 0;
    size_t end = 0;
    bool example = false;
  };
  // What introduces a list: where its cue starts, the count it declares, and
  // whether its words are strong enough for a list without markers.
  struct Cue {
    bool found = false;
    bool strong = false;
    size_t begin = 0;
    std::optional<int> declared_count;
  };
  // A bullet or a number that opens an item, and its style: the items of
  // one list are numbered alike ("1)" or "(1)" or "ด้านที่ 1"), so a
  // sub-item "(1)" inside item "1)" opens nothing.
  struct Marker {
    size_t content = 0;     // where the item's words start
    int number = 0;         // 0 for a bullet
    std::string_view form;  // "(", ")", ".", the bullet, or the word before ที่
  };

  Cue FindCue(const Document& doc, const Hits& hits, size_t line_begin,
              const Opening& opening) const;
  // The marker at `pos`, if any: with `number` > 0 only that number, with
  // `number` == 0 any number, with `number` < 0 only a bullet; with `like`,
  // only one of its form.
  std::optional<Marker> MarkerAt(std::string_view text, size_t pos, int number,
                                 const Marker* like = nullptr) const;

  // The items of the list that `opening` opens and `cue` announces, read
  // by the shape they are written in; sets *end to where the list ends.
  std::vector<Piece> ReadItems(const Document& doc, const Hits& hits, const Opening& opening,
                               const Cue& cue, size_t* end) const;

  // The readers of a list's items; each sets *end to where the list ends.
  // Items opened by `first` and the markers that follow it in sequence,
  // inside a line and on the lines below; no more than `max_items`.
  std::vector<Piece> ReadMarked(const Document& doc, const Marker& first, const Hits& hits,
                                size_t max_items, size_t* end) const;
  // `count` lines without markers, from `pos`.
  std::vector<Piece> ReadPlainLines(std::string_view text, size_t pos, int count,
                                    size_t* end) const;
  // Lines without markers from `pos` that read as parallel items: they begin
  // with the same word, or are all short.
  std::vector<Piece> ReadParagraphs(const Document& doc, size_t pos, const Hits& hits,
                                    size_t* end) const;
  // A run-on list in prose, from `pos` to เป็นต้น/ฯลฯ or a new clause; sets
  // *closed when เป็นต้น/ฯลฯ closes it.
  std::vector<Piece> ReadProse(const Document& doc, size_t pos, const Hits& hits, size_t* end,
                               bool* closed) const;
  // Exactly `count` short phrases from `pos`, the last joined by "และ"
  // ("4 ด้าน คือ น้ำ ถนน ไฟฟ้า และอาชีพ"),
  // or nothing.
  std::vector<Piece> ReadCountedPhrases(const Document& doc, size_t pos, int count,
                                        size_t* end) const;
  // Where the last item of a list written on one line ends, when the line
  // goes on after it: `limit` bytes at most, earlier at a new clause.
  size_t LastItemEnd(const Document& doc, const Hits& hits, size_t begin, size_t line_end,
                     size_t limit) const;

  // True for the kinds that say a list is of something other than issues.
  bool IsOtherThing(int kind) const;
  // The kind of the cue that starts exactly at `pos`, or -1.
  int KindAt(const Hits& hits, size_t pos) const;
  // True when the line at `pos` starts a new sentence of narration: a
  // person or an office, a sentence word (ทั้งนี้, นอกจากนี้), a quotation,
  // or "กล่าว" within its first words.
  bool StartsNarration(const Document& doc, const Hits& hits, size_t pos) const;
  // `piece` without bullets, a leading "และ", a trailing เป็นต้น/ฯลฯ, and
  // punctuation or spaces at its ends.
  Piece Trim(std::string_view text, Piece piece) const;
  // True when `item` names a quantity of something: "ข้าวสาร 100 ถุง".
  bool IsQuantity(const Document& doc, const Hits& hits, Piece item) const;
  bool LooksLikeIssues(const Document& doc, const std::vector<Piece>& items,
                       const Hits& hits) const;

  std::unique_ptr<re2::RE2> counter_;  // "12 ประเด็น", "3 อย่าง"
  std::unique_ptr<re2::RE2> marker_;   // "1.", "(2)", "๓)", "–", "•", "ด้านที่ 3"
  CueLexicon cues_;
  int topic_ = -1, weak_topic_ = -1, intro_ = -1, example_ = -1, end_ = -1, other_ = -1,
      summary_ = -1, person_ = -1, place_ = -1, goods_ = -1, unit_ = -1, clause_ = -1,
      sentence_ = -1, continuation_ = -1;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_ISSUES_H_
