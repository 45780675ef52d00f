// The event record: the one event a release reports, read from its lead.
//
// It runs after every other extractor and composes what they found (dates,
// officials, provinces, districts, attendance) by reading the lead the way
// a Thai reader does:
//
//   1. The lead. The paragraphs after the headline (a repeated headline, a
//      date line or a byline are paragraphs like any other) are searched in
//      order for the date of the event; its paragraph is the lead. With no
//      such date, the lead is the first paragraph where an official presides,
//      leads or visits, else the first paragraph.
//   2. The date: a date or date range that a cue says is when it happened
//      (เมื่อวันที่ …, วันนี้ (9 ก.ย.66), ในระหว่างวันที่ …), one that opens its
//      paragraph or follows a dateline ("จังหวัดชลบุรี : 23 เมษายน 2566"), or
//      one with its weekday. A date after ลงวันที่, ภายใน, ตั้งแต่, ประจำวันที่ (a
//      document, a deadline, a start, a report) is never the event's. วานนี้
//      after "วันนี้ (date)" and before the lead's verb is the day before.
//   3. Whether there is an event: the lead names an activity, a venue or an
//      official who presides, leads or visits; else the record is empty. It
//      is empty too when the lead's official only speaks, and what they say
//      reports results or figures (ผลการสำรวจ, สถิติ, ตามที่ …) before any
//      activity.
//   4. The venue: after ณ, or after ที่ when a place noun follows it
//      (ห้องประชุม…, ศาลากลางจังหวัด…, วัด…); it ends where, after a space,
//      its address (อำเภอ, จังหวัด, ตำบล …), the next clause (โดย, เพื่อ,
//      เวลา …), a person or a date begins. Its district and province are the
//      ones named in it or in its address; without a venue, the first ones
//      of the lead.
//   5. The chair: the official just before a verb of presiding (เป็นประธาน),
//      else of leading or opening (นำคณะ, กล่าวเปิด), else of visiting
//      (ลงพื้นที่, ตรวจเยี่ยม); the official just after นำโดย; else the first
//      official of the lead. A royal subject between them and the verb means
//      the official did not preside.
//   6. Attendance: the total among the attendance counts, else the largest.
//
// The words are data (event_cues.tsv). Immutable after Create(); Extract()
// is const and thread-safe.

#ifndef THAINEWS_SRC_EXTRACT_EVENT_H_
#define THAINEWS_SRC_EXTRACT_EVENT_H_

#include <memory>
#include <vector>

#include "data/data.h"
#include "extract/cue_lexicon.h"
#include "extract/document.h"
#include "thainews/article.h"

namespace re2 {
class RE2;
}

namespace thainews {

class EventExtractor {
 public:
  // Reads event_cues.tsv from `data`.
  static Result<EventExtractor> Create(const DataSource& data);

  EventExtractor(EventExtractor&&) noexcept;
  ~EventExtractor();

  // Sets article->event. Every other field of `article` must be filled.
  void Extract(const Document& doc, Article* article) const;

 private:
  explicit EventExtractor(CueLexicon cues);
  struct Reading;  // the work of one call (event.cc)

  CueLexicon cues_;
  std::unique_ptr<re2::RE2> time_pattern_;
  int date_cue_ = -1, not_date_ = -1, yesterday_ = -1, marker_ = -1, at_ = -1, place_ = -1;
  int not_place_ = -1, address_ = -1, clause_ = -1, chair_ = -1, lead_ = -1, visit_ = -1;
  int chair_by_ = -1, activity_ = -1, royal_ = -1, with_ = -1, delegator_ = -1, co_chair_ = -1;
  int speech_ = -1, report_ = -1;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_EVENT_H_
