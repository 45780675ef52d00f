// What thainews finds in one news release: plain value types, copyable,
// with no pointers into the library. Every span is a pair of UTF-8 byte
// offsets into Article::text; every `text` field equals that slice.
// The JSON form (schema "thainews/1", code-point offsets) is written by
// ToJson() in thainews/json.h and described in the project's README.

#ifndef THAINEWS_ARTICLE_H_
#define THAINEWS_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace thainews {

// [begin, end) in UTF-8 bytes of Article::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
  bool operator!=(const Span& o) const { return !(*this == o); }
};

// A proleptic Gregorian calendar day.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

struct Date {
  enum class Kind {
    kDate,             // "28 มิถุนายน 2565"         value "2022-06-28"
    kDateRange,        // "13-25 สิงหาคม 2563"       value "2020-08-13/2020-08-25"
    kMonth,            // "เดือนมิถุนายน 2565"       value "2022-06"
    kYear,             // "พ.ศ. 2565"               value "2022"
    kYearRange,        // "(พ.ศ.2566-2570)"         value "2023/2027"
    kFiscalYear,       // "ปีงบประมาณ พ.ศ. 2564"     value "2020-10-01/2021-09-30"
    kFiscalYearRange,  // "ปีงบประมาณ พ.ศ.2560-2563" value "2016-10-01/2020-09-30"
  };
  enum class Era { kBE, kCE };

  std::string text;
  Span span;
  Kind kind = Kind::kDate;
  std::string value;  // ISO 8601, as in the table above
  Era era = Era::kBE;
  // The first and last day the expression covers (equal for kDate).
  CivilDate first;
  CivilDate last;
  std::optional<std::string> weekday;  // Thai weekday name as written: "อังคาร"
  std::optional<std::string> time;     // "10:00"
  bool year_inferred = false;     // day and month given, year taken from context
  bool weekday_mismatch = false;  // the weekday written disagrees with the date
};

struct Official {
  std::string text;  // the first full mention: title, name and position
  Span span;
  std::string honorific;    // as written: "นาย", "พล.ต.อ.", "ผศ.ดร."
  std::string name;         // given and family name, one space between
  std::string given_name;
  std::string family_name;  // may be empty
  std::optional<std::string> position;  // whitespace collapsed
  std::optional<std::string> province;  // canonical name, when the position names one
  std::vector<Span> mentions;           // every mention of this person
};

struct Province {
  std::string name;     // canonical Thai name: "กรุงเทพมหานคร"
  std::string code;     // ISO 3166-2: "TH-10"
  std::string name_en;  // "Bangkok"
  std::vector<Span> mentions;
};

struct District {
  std::string name;      // canonical: "เมืองลพบุรี", "บ้านหมี่"
  std::string code;      // DOPA: "1601"
  std::string name_en;
  std::string province;  // canonical province name
  std::string province_code;  // ISO 3166-2
  std::vector<Span> mentions;
};

struct Subdistrict {
  std::string name;
  std::string code;  // DOPA: "160101"
  std::string name_en;
  std::string district;
  std::string province;
  std::vector<Span> mentions;
};

struct Attendance {
  std::string text;  // "จำนวน 177 คน"
  Span span;
  int64_t count = 0;
  std::string unit;  // "คน", "ราย", "นาย", "รูป", "ท่าน"
  bool approximate = false;  // "กว่า", "ประมาณ", "ราว", "เกือบ"
  bool is_total = false;     // a total whose parts are also listed
  bool is_part = false;      // one part of a listed total
};

struct IssueItem {
  std::string text;  // whitespace collapsed, without bullet or number
  Span span;
};

struct IssueList {
  std::string text;  // the cue and the whole enumeration
  Span span;
  std::optional<int> declared_count;  // "สรุปได้ 12 ประเด็น"
  std::vector<IssueItem> items;
};

// A place as written, with its span: the venue of an event.
struct Venue {
  std::string text;  // "หอประชุมที่ว่าการอำเภอบ้านหมี่", without ณ / ที่
  Span span;
};

// The one event the article reports (the meeting, visit or ceremony of its
// lead), as one row of a table of events. Every slot is empty when the text
// does not say.
struct Event {
  // When it took place: kind kDate or kDateRange; text and span of the
  // expression that says so ("28 มิถุนายน 2565", "วานนี้").
  std::optional<Date> date;
  std::optional<std::string> time;      // "10:00"
  std::optional<Venue> venue;
  std::optional<std::string> district;  // canonical, among Article::districts
  std::optional<std::string> province;  // canonical, among Article::provinces
  std::optional<std::string> chair;     // an Official::name: who presided or led
  std::optional<int64_t> attendance;    // the event's total count of people
};

struct Article {
  // The decoded input, exactly as given (UTF-8). All spans index into it.
  std::string text;
  // The first non-empty line that is not only a date, trimmed.
  std::string headline;
  Span headline_span;

  std::vector<Date> dates;
  std::vector<Official> officials;
  std::vector<Province> provinces;
  std::vector<District> districts;
  std::vector<Subdistrict> subdistricts;
  std::vector<Attendance> attendance;
  std::vector<IssueList> issues;
  // The event of the lead; empty when the article reports none (statistics,
  // explainers, plans).
  std::optional<Event> event;
};

const char* DateKindName(Date::Kind kind);  // "date", "date_range", ...

}  // namespace thainews

#endif  // THAINEWS_ARTICLE_H_
