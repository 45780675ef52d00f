// Attendance: how many people took part in the event an article reports.
//
// A count is a number with a unit for people (คน, ราย, รูป, ท่าน, นาย), with
// the words that lead it (จำนวน, รวม, ทั้งสิ้น) and its qualifiers (กว่า,
// ประมาณ, ราว, เกือบ … make it approximate). Most counts of people in
// government news are not attendance: statistics, victims, applicants,
// workforce. So a count is reported only when the words around it say that
// the people were at the event:
//
//   - a verb of taking part right after it wins: "… 300 คน ร่วมพิธี";
//   - a cue that the people were not there, right after it or between the
//     counts of one list, loses: "3 คน ถูกคนร้าย…";
//   - otherwise the nearest cue before it on its line decides: who the count
//     is of ("ผู้เข้าร่วมประชุม"), a verb of taking part ("ร่วมกิจกรรมกว่า"),
//     people served at the event ("ตรวจคัดกรอง…"), people something was
//     handed to ("มอบของขวัญแก่ผู้สูงอายุ"), the target group of a named
//     meeting, or a statistic ("ปัจจุบันมี", "ผู้ประสบภัย");
//   - with no cue at all, the count is not reported.
//
// Counts of one unit written one after another on a line are read together:
// when one equals the sum of the ones just before or after it, it is the
// total (Attendance::is_total) and they are its parts (is_part).
// Numbers inside the article's dates are never counts.

#ifndef THAINEWS_SRC_EXTRACT_COUNTS_H_
#define THAINEWS_SRC_EXTRACT_COUNTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/cue_lexicon.h"
#include "data/data.h"
#include "extract/document.h"
#include "thainews/article.h"

namespace re2 {
class RE2;
}

namespace thainews {

class AttendanceExtractor {
 public:
  // Reads attendance_cues.tsv from `data`.
  static Result<AttendanceExtractor> Create(const DataSource& data);

  AttendanceExtractor(AttendanceExtractor&&) noexcept;
  ~AttendanceExtractor();

  // Fills article->attendance. article->dates must already be set: numbers
  // inside them are not counts.
  void Extract(const Document& doc, Article* article) const;

  // A count of people written in the text, before deciding whether it is
  // attendance. Offsets are into the normalized text.
  struct Count {
    size_t begin = 0;         // the leading words and qualifier
    size_t number_begin = 0;  // the digits
    size_t unit_begin = 0;
    size_t unit_end = 0;
    size_t end = 0;  // after a trailing qualifier ("เศษ", "โดยประมาณ")
    int64_t value = 0;
    std::string unit;
    bool approximate = false;
  };
  // Every count of people in `doc`, in order, outside `dates` (spans of the
  // original text). Exposed for tests.
  std::vector<Count> FindCounts(const Document& doc, const std::vector<Date>& dates) const;

 private:
  explicit AttendanceExtractor(CueLexicon cues);
  std::vector<Count> FindCounts(const Document& doc, const std::vector<Date>& dates,
                                const std::vector<CueLexicon::Hit>& hits) const;
  // True when only spaces and small words ("ที่", "ได้", "มา") lie between.
  bool OnlyFillersBetween(std::string_view text, size_t from, size_t to) const;
  // Decides for counts [first, last) of `counts`, read as one list.
  bool TookPart(const Document& doc, const std::vector<Count>& counts, size_t first, size_t last,
                size_t left_limit, size_t right_limit,
                const std::vector<CueLexicon::Hit>& hits) const;
  // Where the words of a count begin: the leads and qualifiers written
  // before its number. Sets *approximate when one of them is a qualifier.
  size_t LeadBegin(const Document& doc, size_t number_begin, bool* approximate) const;

  std::unique_ptr<re2::RE2> count_pattern_;
  CueLexicon cues_;
  // The index of each kind of cue in cues_.
  int attendee_ = -1, took_part_ = -1, joined_ = -1, served_ = -1, given_ = -1, handed_ = -1;
  int target_ = -1, event_ = -1, enrolled_ = -1, absent_ = -1, statistic_ = -1, rate_ = -1;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_COUNTS_H_
