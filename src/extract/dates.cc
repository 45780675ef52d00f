#include "extract/dates.h"

#include <re2/re2.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "text/thai_calendar.h"
#include "text/utf8.h"

namespace thainews {
namespace {

// How a pattern's numbers become a Date.
enum class Shape {
  kDay,            // "วันอังคารที่ 17 พ.ย. 63", "8 พ.ย.61", "13 ส.ค."
  kNumericDay,     // "17/11/2563"
  kDayRange,       // "13-25 สิงหาคม 2563", "30 ก.ย. - 2 ต.ค. 63"
  kMonth,          // "เดือนมิถุนายน 2565"
  kMonthRange,     // "มิ.ย.-ก.ย.62"
  kYear,           // "พ.ศ. 2565", "ปี 2562", "ปี พ.ศ. 2566-2570"
  kBareYearRange,  // "(2561-2565)": a span of Buddhist years in brackets
  kUnmarkedYear,   // "เทศกาลปีใหม่ 2561", "ตั้งแต่ 2561 - 2564": no "ปี", no era
  kFiscalYear,     // "ปีงบประมาณ พ.ศ. 2564", "งบประมาณ ปี 2560-2563"
};

// The capturing groups a pattern may have, by what they hold.
enum Role {
  kWeekday,    // "อังคาร"
  kDay1,       // the (first) day
  kMonth1,     // the (first) month, a name or, in "17/11/2563", digits
  kEra1,       // "พ.ศ.", "ค.ศ.", "พุทธศักราช" before the first year
  kYear1,      // the first year's digits
  kDay2,       // the last day of a range
  kMonth2,     // the last month of a range
  kEra2,       // the era before the last year
  kYear2,      // the last year of a range
  kYearLead,   // "ปี" or "ปีการศึกษา" before a year
  kSpan,       // the part to report, when not the whole match
  kRoleCount,
};
constexpr const char* kRoleNames[kRoleCount] = {"wd", "d1", "m1", "e1", "y1", "d2",
                                                "m2", "e2", "y2", "lead", "span"};

// Pieces of the patterns. The text is normalized: ASCII digits, '-' for
// every dash, at most one space in a row. Releases wrap lines inside a date,
// so a line break may stand between its day, month and year, and around the
// "-" of a range; elsewhere only a space may.
const std::string kBreak = "[ \\n]?";
const std::string kEra =
    "พ\\.? ?ศ(?: ?\\.)?|ค\\.? ?ศ(?: ?\\.)?|พุทธศักราช|คริสต์ศักราช|B\\.E\\.|A\\.D\\.";
const std::string kTo = "(?:-|จนถึง|ถึง)";
const std::string kYearTo = " ?(?:-|ถึง) ?";
const std::string kAnd = " ?(?:และ|หรือ|,) ?";

std::string DayGroup(int n) { return "\\b(?P<d" + std::to_string(n) + ">[0-9]{1,2})"; }
std::string MonthGroup(int n) { return "(?P<m" + std::to_string(n) + ">" + MonthPattern() + ")"; }
// A year, four digits or two ("พ.ย.61"), perhaps after its era. "\b" keeps
// "2563" from being read in "25634" and "61" in "610"; where two digits are
// a year is decided in CandidateReader::YearAt().
std::string YearGroup(int n) {
  const std::string k = std::to_string(n);
  return "(?:(?P<e" + k + ">" + kEra + ")" + kBreak + ")?\\b(?P<y" + k + ">[0-9]{4}|[0-9]{2})\\b";
}
std::string Optional(const std::string& pattern) { return "(?:" + pattern + ")?"; }

struct PatternSource {
  Shape shape;
  std::string regex;
};

std::vector<PatternSource> PatternSources() {
  const std::string weekday = "(?P<wd>" + WeekdayPattern() + ")";
  const std::string weekday_lead = "วัน" + weekday + " ?(?:ที่)?" + kBreak;
  // "ระหว่างวันที่", "ตั้งแต่วันจันทร์ที่": part of a range's text.
  const std::string range_lead = Optional("(?:ระหว่าง|ตั้งแต่) ?") +
                                 Optional("วัน(?:" + weekday + ")? ?(?:ที่)? ?");
  const std::string second_day_lead = Optional("วัน(?:" + WeekdayPattern() + ")? ?(?:ที่)? ?");
  const std::string month_lead = Optional("เดือน" + kBreak);
  // "เดือนกุมภาพันธ์ ปี 2561": "ปี" may stand between a month and its year.
  const std::string month_year_gap = kBreak + Optional("ปี" + kBreak);
  const std::string fiscal_lead =
      "(?:ปีงบประมาณ|ปีงบฯ|ปีงบ|งบประมาณ(?:รายจ่าย)?(?:ประจำ)? ?ปี)";
  // Years that are named by what they count: school, tax, accounting, crop.
  const std::string year_word = "ปี(?:การศึกษา|บัญชี|ภาษี|การผลิต)?";
  const std::string year_lead = "(?P<lead>" + year_word + ")";
  return {
      {Shape::kDay, Optional(weekday_lead) + DayGroup(1) + kBreak + MonthGroup(1) +
                        Optional(month_year_gap + YearGroup(1))},
      {Shape::kNumericDay, DayGroup(1) + "/(?P<m1>[0-9]{1,2})/(?P<y1>[0-9]{4})\\b"},
      {Shape::kDayRange,
       range_lead + DayGroup(1) +
           Optional(kBreak + MonthGroup(1) + Optional(month_year_gap + YearGroup(1))) + kBreak +
           kTo + kBreak + second_day_lead + DayGroup(2) + kBreak + MonthGroup(2) +
           Optional(month_year_gap + YearGroup(2))},
      {Shape::kMonth, month_lead + MonthGroup(1) + month_year_gap + YearGroup(1)},
      {Shape::kMonthRange, Optional("(?:ระหว่าง|ตั้งแต่) ?") + month_lead + MonthGroup(1) +
                               Optional(month_year_gap + YearGroup(1)) + kBreak + kTo + kBreak +
                               month_lead + MonthGroup(2) + month_year_gap + YearGroup(2)},
      {Shape::kYear,
       Optional(year_lead + kBreak) + YearGroup(1) + Optional(kYearTo + YearGroup(2))},
      // The second of two years named together: "ปี 2566 และ 2567".
      {Shape::kYear, "(?:" + year_word + "|พ\\.ศ\\.) ?[0-9]{4}" + kAnd +
                         "(?P<span>(?P<lead>ปี)? ?\\b(?P<y1>[0-9]{4}))\\b"},
      {Shape::kBareYearRange,
       "\\( ?\\b(?P<y1>[0-9]{4}) ?- ?(?P<y2>[0-9]{4}) ?\\)"},
      // A Buddhist year of our times after the name of what it dates, with
      // no "ปี" and no era: festivals and seasons ("เทศกาลปีใหม่ 2561",
      // "สงกรานต์ 2567", "ฤดูร้อน 2568"), events and plans ("งานกาชาด 2567",
      // "วิกฤตภัยแล้ง 2563"), spans ("ตั้งแต่ 2561 - 2564"). Which such
      // numbers are years is decided in CandidateReader::IsUnmarkedYear().
      {Shape::kUnmarkedYear,
       "\\b(?P<y1>25[0-9]{2})\\b(?:" + kYearTo + "\\b(?P<y2>25[0-9]{2})\\b)?"},
      {Shape::kFiscalYear, fiscal_lead + kBreak + YearGroup(1) + Optional(kYearTo + YearGroup(2))},
      {Shape::kFiscalYear, "ปีงบประมาณ ?(?:พ\\.ศ\\. ?)?[0-9]{4}" + kAnd +
                               "(?P<span>\\b(?P<y1>[0-9]{4}))\\b"},
  };
}

// A two-digit number before one of these words counts something:
// "ธันวาคม 15 วัน", "ปี 10 เดือน" hold no year. The word must end there
// ("65 คน", not "65 คนไทย"; "ครั้ง", not "ครั้งที่").
const char kCountWord[] =
    " ?(?:คน|ราย|ครั้ง|วัน|เดือน|ปี|ชั่วโมง|ชม\\.|นาที|แห่ง|หลัง|ล้าน|พัน|หมื่น|แสน|บาท|"
    "ตัน|ไร่|กิโล|กม\\.|ชุด|ครัวเรือน|หมู่บ้าน|ตำบล|อำเภอ|จังหวัด|โครงการ|คัน|ลำ|ตัว|"
    "เครื่อง|ฉบับ|ข้อ|ประเด็น|หน่วย|กลุ่ม|แปลง|ต้น|ลิตร|เมตร|%|เปอร์เซ็นต์)(?:[^\\p{Thai}]|$)";

// A word a number follows as a label or a count, not as a year: "ห้องประชุม
// 2502", "เลขที่ 2541", "โทร 2590", "ครั้งที่ 2561".
const char kNumberLabel[] =
    "(?:ที่|เลข|หมายเลข|ห้อง\\p{Thai}*|โทร\\.?|โทรศัพท์|รหัส|มาตรา|ข้อ|หมู่|ชั้น|อาคาร|ตึก|"
    "ซอย|เบอร์|รุ่น|No\\.?) ?$";

// A time of day written next to a date: "เวลา 10.00 น.", "10:30 น.",
// "เวลา 09.00 - 12.00 น." (its start). Without "เวลา" it needs "น." or
// "นาฬิกา", so that "3.4 ล้าน" is no time.
const char kTimePattern[] =
    "(?P<lead>เวลา[ \\n]?)?\\b(?P<h>[0-9]{1,2})[.:](?P<mi>[0-9]{2})\\b"
    "(?:[ \\n]?(?:-|ถึง)[ \\n]?[0-9]{1,2}[.:][0-9]{2})?(?P<unit>[ \\n]?(?:นาฬิกา|น\\.))?";
// What may stand between a date and the time after it: "(29 ส.ค. 62) เวลา".
const char kDateToTime[] = "[ ),]*(?:(?:ตั้งแต่|ใน|ณ)[ ]?)?";
// What may stand between a time and the date after it: "เวลา 10.00 น. ของวันที่".
const char kTimeToDate[] = "[ (]*(?:(?:ของ|ใน|เมื่อ)[ ]?)?(?:วันที่[ ]?)?";
// What a line that is only a date may hold besides dates and times.
const char kDateLineFiller[] =
    "(?:[ ()\\[\\],:|/-]|วันที่|เมื่อ|ณ|ประจำ|ระหว่าง|ตั้งแต่|วัน|ที่|ของ)*";

struct Pattern {
  Shape shape;
  std::unique_ptr<RE2> re;
  int group[kRoleCount];  // capturing group of each role, -1 when none
};

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(32 << 20);  // the month and weekday alternations are large
  return options;
}

struct DatePatterns {
  std::vector<Pattern> dates;
  std::unique_ptr<RE2> time;
  std::unique_ptr<RE2> date_to_time;
  std::unique_ptr<RE2> time_to_date;
  std::unique_ptr<RE2> line_filler;
  std::unique_ptr<RE2> count_word;
  std::unique_ptr<RE2> number_label;
};

// A year as written, placed in the Gregorian calendar.
struct Year {
  int ce = 0;
  Date::Era era = Date::Era::kBE;
};

// What one pattern read at one place, before overlaps are settled.
struct Candidate {
  Shape shape = Shape::kDay;
  size_t begin = 0;  // normalized bytes
  size_t end = 0;
  int day1 = 0, month1 = 0, day2 = 0, month2 = 0;
  std::optional<Year> year1, year2;
  std::string weekday;  // as written, empty when none
};

// A time of day found in the text.
struct TimeOfDay {
  size_t begin = 0;
  size_t end = 0;
  std::string value;  // "10:00"
};

// A date ready to report, in normalized offsets.
struct Reading {
  size_t begin = 0;
  size_t end = 0;
  Date date;  // all but text and span
  bool needs_year = false;
  bool full_date = false;    // a day or days with their year written: lends it
  int written_weekday = -1;  // 0 = Sunday, -1 when none is written
  int year_shift = 0;        // last.year - first.year of a range read without a year
};

// One match's groups, by role.
class Groups {
 public:
  Groups(std::string_view text, const Pattern& pattern, const std::vector<re2::StringPiece>& sub)
      : text_(text), pattern_(pattern), sub_(sub) {}

  bool has(Role role) const {
    const int g = pattern_.group[role];
    return g >= 0 && sub_[g].data() != nullptr;
  }
  std::string_view view(Role role) const {
    if (!has(role)) return {};
    const re2::StringPiece& s = sub_[pattern_.group[role]];
    return std::string_view(s.data(), s.size());
  }
  size_t begin(Role role) const { return view(role).data() - text_.data(); }
  size_t end(Role role) const { return begin(role) + view(role).size(); }
  int number(Role role) const {
    int n = 0;
    for (char c : view(role)) n = n * 10 + (c - '0');
    return n;
  }

 private:
  std::string_view text_;
  const Pattern& pattern_;
  const std::vector<re2::StringPiece>& sub_;
};

char32_t CodePointBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return utf8::DecodeAt(text, start).code_point;
}

char32_t CodePointAt(std::string_view text, size_t pos) {
  return pos < text.size() ? utf8::DecodeAt(text, pos).code_point : 0;
}

bool IsDigitByte(std::string_view text, size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

// True when the number starting at `pos` continues one written before it:
// "1.5", "1,250", "6/2561", "10:30".
bool ContinuesNumber(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  const char before = text[pos - 1];
  if (before >= '0' && before <= '9') return true;
  return (before == '.' || before == ',' || before == '/' || before == ':') && pos >= 2 &&
         IsDigitByte(text, pos - 2);
}

// True when the number ending at `pos` goes on as a clock time or a decimal
// ("30 ก.ย. 10.00 น.": 10 is no year) or a fraction ("2563/64").
bool NumberGoesOn(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const char after = text[pos];
  return (after == '.' || after == ':' || after == ',' || after == '/') &&
         IsDigitByte(text, pos + 1);
}

// A month abbreviation is a month only where it is a word of its own: not
// part of a longer abbreviation ("ก.ค.ศ.", "ส.ค.ส.", "อ.ส.ค.", "นพค.35")
// and, without its last dot, not the start of a word ("ต.คลองหนึ่ง" is a
// subdistrict). With a dot inside it may follow a word: "ช่วงมิ.ย.-ก.ย.".
bool MonthStandsAlone(std::string_view text, size_t begin, size_t end) {
  const std::string_view spelling = text.substr(begin, end - begin);
  if (!IsMonthAbbreviation(spelling)) return true;
  const char32_t next = CodePointAt(text, end);
  const char32_t previous = CodePointBefore(text, begin);
  if (spelling.back() == '.') {
    if (utf8::IsThaiLetter(next)) {
      const size_t after_next = end + utf8::EncodedLength(next);
      if (after_next < text.size() && text[after_next] == '.') return false;
    }
  } else if (utf8::IsThaiLetter(next)) {
    return false;
  }
  if (previous == '.') {
    return begin < 2 || !utf8::IsThaiLetter(CodePointBefore(text, begin - 1));
  }
  const size_t first_dot = spelling.find('.');
  const bool dot_inside = first_dot != std::string_view::npos && first_dot + 1 < spelling.size();
  return dot_inside || !utf8::IsThaiLetter(previous);
}

// The Gregorian year a written year stands for, or nothing when the number
// cannot be a year here. As SPEC.md says: two-digit years are Buddhist
// 25xx; a four-digit year of 2400 or more is Buddhist; one written with
// ค.ศ. or below 2400 is Gregorian (so "B.E. 2021" in an English text is
// 2021, not 1478).
std::optional<Year> ReadYear(std::string_view era, std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  const bool christian_era = !era.empty() && (era.substr(0, 3) == "ค" || era[0] == 'A');
  Year year;
  if (digits.size() == 2) {
    if (christian_era) return std::nullopt;
    year = {2500 + n - 543, Date::Era::kBE};
  } else if (!christian_era && n >= 2400) {
    year = {n - 543, Date::Era::kBE};
  } else {
    year = {n, Date::Era::kCE};
  }
  // Beyond these a number is a count or a code.
  if (year.ce < 1600 || year.ce > 2300) return std::nullopt;
  return year;
}

// End of the text before `pos` without a trailing space or line break.
size_t TrimBack(std::string_view text, size_t begin, size_t pos) {
  while (pos > begin && (text[pos - 1] == ' ' || text[pos - 1] == '\n')) --pos;
  return pos;
}

// Turns the matches of one text into candidates.
class CandidateReader {
 public:
  CandidateReader(std::string_view text, const RE2& count_word, const RE2& number_label)
      : text_(text), count_word_(count_word), number_label_(number_label) {}

  // False when the match is not a date after all.
  bool Read(Shape shape, const Groups& g, size_t begin, size_t end, Candidate* c) const;

 private:
  // The year in groups `era` and `digits`, when it is one there.
  std::optional<Year> YearAt(const Groups& g, Role era, Role digits) const;
  bool ReadYears(Shape shape, const Groups& g, Candidate* c) const;
  // Whether a number of kUnmarkedYear, [begin, end), stands as a year.
  bool IsUnmarkedYear(size_t begin, size_t end) const;
  bool CountsSomething(size_t after_number) const;

  std::string_view text_;
  const RE2& count_word_;
  const RE2& number_label_;
};

bool CandidateReader::CountsSomething(size_t after_number) const {
  return count_word_.Match(re2::StringPiece(text_.data(), text_.size()), after_number,
                           text_.size(), RE2::ANCHOR_START, nullptr, 0);
}

bool CandidateReader::IsUnmarkedYear(size_t begin, size_t end) const {
  // Before it: the start of a line, a bracket or a quote, a word glued to
  // it, or a word and one space. A number, a dot or a dash before it makes
  // it part of a code, a phone number or a standard ("มอก. 2517",
  // "0 2577 9300", "369-2557").
  size_t before = begin;
  if (before > 0 && text_[before - 1] == ' ') --before;
  if (before > 0) {
    const char32_t c = CodePointBefore(text_, before);
    const bool opens = c == '\n' || c == '(' || c == '"' || (before < begin && c == ')');
    if (!opens && !utf8::IsThaiLetter(c)) return false;
  }
  constexpr size_t kTail = 48;  // bytes: the last word or two
  const size_t tail = before > kTail ? before - kTail : 0;
  if (RE2::PartialMatch(re2::StringPiece(text_.data() + tail, before - tail), number_label_)) {
    return false;
  }
  // After it: no count ("2566 ครัวเรือน") and no more of a number
  // ("2515-3999", "2502 2503", "2500.-").
  if (CountsSomething(end) || NumberGoesOn(text_, end)) return false;
  if (end + 1 >= text_.size()) return true;
  const char next = text_[end];
  if ((next == '-' || next == ' ') && IsDigitByte(text_, end + 1)) return false;
  return !(next == '.' && text_[end + 1] == '-');
}

std::optional<Year> CandidateReader::YearAt(const Groups& g, Role era, Role digits) const {
  if (!g.has(digits) || NumberGoesOn(text_, g.end(digits))) return std::nullopt;
  if (g.view(digits).size() == 2) {
    // Two digits are a short year ("พ.ย.61", "ตุลาคม 60", "ปี 65") unless
    // they count something ("ธันวาคม 15 วัน") or start the next line
    // ("อายุ 22 ปี⏎10) ...").
    const size_t written_from = g.has(era) ? g.begin(era) : g.begin(digits);
    const std::string_view before = text_.substr(0, written_from);
    if (!before.empty() && before.back() == '\n') return std::nullopt;
    if (g.has(era) && text_.substr(g.end(era), g.begin(digits) - g.end(era)) == "\n") {
      return std::nullopt;
    }
    if (CountsSomething(g.end(digits))) return std::nullopt;
  }
  return ReadYear(g.view(era), g.view(digits));
}

bool CandidateReader::Read(Shape shape, const Groups& g, size_t begin, size_t end,
                           Candidate* c) const {
  c->shape = shape;
  c->begin = g.has(kSpan) ? g.begin(kSpan) : begin;
  c->end = g.has(kSpan) ? g.end(kSpan) : end;
  if (g.has(kDay1) && ContinuesNumber(text_, g.begin(kDay1))) return false;
  if (g.has(kWeekday)) c->weekday = std::string(g.view(kWeekday));
  if (g.has(kMonth1) && shape != Shape::kNumericDay &&
      !MonthStandsAlone(text_, g.begin(kMonth1), g.end(kMonth1))) {
    return false;
  }
  if (g.has(kMonth2) && !MonthStandsAlone(text_, g.begin(kMonth2), g.end(kMonth2))) {
    return false;
  }
  c->day1 = g.has(kDay1) ? g.number(kDay1) : 0;
  c->day2 = g.has(kDay2) ? g.number(kDay2) : 0;
  c->month1 = shape == Shape::kNumericDay ? g.number(kMonth1) : MonthNumber(g.view(kMonth1));
  c->month2 = MonthNumber(g.view(kMonth2));
  // "60 พ.ย." in a table row is no day: the number cannot be one, so the
  // match must not take the place of a shorter reading ("ต.ค. 60") that
  // overlaps it. Whether 31 exists in that month is settled later.
  const auto can_be_day = [](int day) { return day >= 1 && day <= 31; };
  if ((g.has(kDay1) && !can_be_day(c->day1)) || (g.has(kDay2) && !can_be_day(c->day2))) {
    return false;
  }
  if (shape == Shape::kNumericDay && (c->month1 < 1 || c->month1 > 12)) return false;

  switch (shape) {
    case Shape::kDay:
      c->year1 = YearAt(g, kEra1, kYear1);
      // "13 ส.ค. 10.30 น.": the day stands without its year.
      if (g.has(kYear1) && !c->year1) c->end = TrimBack(text_, begin, g.end(kMonth1));
      return true;
    case Shape::kNumericDay:
      if (NumberGoesOn(text_, g.end(kYear1))) return false;
      c->year1 = ReadYear({}, g.view(kYear1));
      return c->year1.has_value();
    case Shape::kDayRange:
      c->year1 = YearAt(g, kEra1, kYear1);
      if (g.has(kYear1) && !c->year1) return false;
      c->year2 = YearAt(g, kEra2, kYear2);
      if (g.has(kYear2) && !c->year2) c->end = TrimBack(text_, begin, g.end(kMonth2));
      if (!g.has(kMonth1)) c->month1 = c->month2;
      return true;
    case Shape::kMonth:
      c->year1 = YearAt(g, kEra1, kYear1);
      return c->year1.has_value();
    case Shape::kMonthRange:
      c->year1 = YearAt(g, kEra1, kYear1);
      c->year2 = YearAt(g, kEra2, kYear2);
      return c->year2.has_value() && (!g.has(kYear1) || c->year1);
    case Shape::kYear:
    case Shape::kFiscalYear:
    case Shape::kBareYearRange:
    case Shape::kUnmarkedYear:
      return ReadYears(shape, g, c);
  }
  return false;
}

bool CandidateReader::ReadYears(Shape shape, const Groups& g, Candidate* c) const {
  if (shape == Shape::kYear) {
    // A bare number is no year: it needs "ปี" or an era. "2019" in
    // "COVID-2019" or "โคโรนา 2019" stays a number.
    if (!g.has(kYearLead) && !g.has(kEra1) && !g.has(kSpan)) return false;
    // After a number "ปี" may be a duration: "อายุ 5 ปี 10 เดือน" holds no
    // year, and in "แผน 20 ปี พ.ศ. 2560-2580" the years start at the era.
    // "ไตรมาส 4 ปี 2564" still names one.
    size_t before = g.has(kYearLead) ? g.begin(kYearLead) : 0;
    if (before > 0 && text_[before - 1] == ' ') --before;
    if (before > 0 && IsDigitByte(text_, before - 1)) {
      if (g.view(kYear1).size() == 2) return false;
      if (g.has(kEra1) && !g.has(kSpan)) c->begin = g.begin(kEra1);
    }
  }
  if (ContinuesNumber(text_, g.begin(kYear1))) return false;
  if (shape == Shape::kBareYearRange) {
    // Only Buddhist years: "(2561-2565)", not "(1000-1500)" or a phone number.
    c->year1 = ReadYear({}, g.view(kYear1));
    c->year2 = ReadYear({}, g.view(kYear2));
    c->begin = g.begin(kYear1);
    c->end = g.end(kYear2);
    return c->year1 && c->year2 && c->year1->era == Date::Era::kBE &&
           c->year2->era == Date::Era::kBE && c->year2->ce > c->year1->ce &&
           c->year2->ce - c->year1->ce <= 100;
  }
  if (shape == Shape::kUnmarkedYear &&
      !IsUnmarkedYear(g.begin(kYear1), g.has(kYear2) ? g.end(kYear2) : g.end(kYear1))) {
    return false;
  }
  c->year1 = YearAt(g, kEra1, kYear1);
  if (!c->year1) return false;
  c->year2 = YearAt(g, kEra2, kYear2);
  // "พ.ศ. 2565-2500" is no range: keep the first year alone.
  if (g.has(kYear2) && !(c->year2 && c->year2->ce > c->year1->ce &&
                         c->year2->ce - c->year1->ce <= 100)) {
    c->year2.reset();
    c->end = g.end(kYear1);
  }
  return true;
}

// Every candidate of one pattern, left to right.
void Propose(const CandidateReader& reader, std::string_view text, const Pattern& pattern,
             std::vector<Candidate>* out) {
  const re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> sub(pattern.re->NumberOfCapturingGroups() + 1);
  size_t pos = 0;
  while (pos < text.size() &&
         pattern.re->Match(input, pos, text.size(), RE2::UNANCHORED, sub.data(),
                           static_cast<int>(sub.size()))) {
    const size_t begin = sub[0].data() - text.data();
    const size_t end = begin + sub[0].size();
    Candidate c;
    if (end > begin && reader.Read(pattern.shape, Groups(text, pattern, sub), begin, end, &c)) {
      out->push_back(std::move(c));
      pos = end;
    } else {
      // Not a date here; one may still start inside this match.
      pos = begin + utf8::DecodeAt(text, begin).length;
    }
  }
}

// Of overlapping candidates only the longest counts (the earlier one when
// they are equally long); the result is in text order.
std::vector<Candidate> Longest(std::vector<Candidate> candidates) {
  const auto longer_first = [](const Candidate& a, const Candidate& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  };
  // Stable: between equal readings the pattern listed first wins, run after run.
  std::stable_sort(candidates.begin(), candidates.end(), longer_first);
  std::map<size_t, size_t> taken;  // begin -> end of the accepted ones
  std::vector<Candidate> kept;
  for (Candidate& c : candidates) {
    auto next = taken.lower_bound(c.begin);
    if (next != taken.end() && next->first < c.end) continue;
    if (next != taken.begin() && std::prev(next)->second > c.begin) continue;
    taken.emplace(c.begin, c.end);
    kept.push_back(std::move(c));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

// Days on the Gregorian calendar, through ICU. Not thread-safe: one per
// call of Read().
class Calendar {
 public:
  Calendar() : calendar_(*icu::TimeZone::getGMT(), icu::Locale::getRoot(), status_) {
    calendar_.setLenient(false);
  }

  // The weekday of a day (0 = Sunday), or -1 when the day does not exist:
  // 31 February, 29 February of a common year.
  int Weekday(const CivilDate& d) {
    if (U_FAILURE(status_) || d.month < 1 || d.month > 12 || d.day < 1) return -1;
    calendar_.clear();
    calendar_.set(d.year, d.month - 1, d.day);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t weekday = calendar_.get(UCAL_DAY_OF_WEEK, status);
    return U_FAILURE(status) ? -1 : weekday - UCAL_SUNDAY;
  }

  // The number of days in a month, or 0 when ICU cannot say.
  int DaysInMonth(int year, int month) {
    if (U_FAILURE(status_) || month < 1 || month > 12) return 0;
    calendar_.clear();
    calendar_.set(year, month - 1, 1);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t days = calendar_.getActualMaximum(UCAL_DAY_OF_MONTH, status);
    return U_FAILURE(status) ? 0 : days;
  }

 private:
  UErrorCode status_ = U_ZERO_ERROR;
  icu::GregorianCalendar calendar_;
};

std::string Iso(const CivilDate& d) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

bool Before(const CivilDate& a, const CivilDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

// The kind, era and covered days of a candidate. Days are not checked yet;
// a day read without a year has year 0 and needs_year.
Reading Interpret(const Candidate& c, Calendar* calendar) {
  Reading r;
  r.begin = c.begin;
  r.end = c.end;
  Date& d = r.date;
  if (c.year1) {
    d.era = c.year1->era;
  } else if (c.year2) {
    d.era = c.year2->era;
  }
  if (!c.weekday.empty()) {
    d.weekday = c.weekday;
    r.written_weekday = WeekdayNumber(c.weekday);
  }
  switch (c.shape) {
    case Shape::kDay:
    case Shape::kNumericDay:
      d.kind = Date::Kind::kDate;
      d.first = {c.year1 ? c.year1->ce : 0, c.month1, c.day1};
      d.last = d.first;
      r.needs_year = !c.year1;
      r.full_date = !r.needs_year;
      break;
    case Shape::kDayRange: {
      d.kind = Date::Kind::kDateRange;
      // A year written once stands for both ends; a range that passes New
      // Year ("30 ธ.ค. - 2 ม.ค. 64") starts in the year before.
      const int wraps = c.month2 < c.month1 ? 1 : 0;
      const int first_year = c.year1 ? c.year1->ce : c.year2 ? c.year2->ce - wraps : 0;
      const int last_year = c.year2 ? c.year2->ce : c.year1 ? c.year1->ce + wraps : 0;
      d.first = {first_year, c.month1, c.day1};
      d.last = {last_year, c.month2, c.day2};
      r.needs_year = !c.year1 && !c.year2;
      r.full_date = !r.needs_year;
      r.year_shift = wraps;
      break;
    }
    case Shape::kMonth:
      d.kind = Date::Kind::kMonth;
      d.first = {c.year1->ce, c.month1, 1};
      d.last = {c.year1->ce, c.month1, calendar->DaysInMonth(c.year1->ce, c.month1)};
      d.value = Iso(d.first).substr(0, 7);
      break;
    case Shape::kMonthRange: {
      d.kind = Date::Kind::kDateRange;
      const int first_year =
          c.year1 ? c.year1->ce : c.year2->ce - (c.month2 < c.month1 ? 1 : 0);
      d.first = {first_year, c.month1, 1};
      d.last = {c.year2->ce, c.month2, calendar->DaysInMonth(c.year2->ce, c.month2)};
      break;
    }
    case Shape::kYear:
    case Shape::kBareYearRange:
    case Shape::kUnmarkedYear: {
      const int last_year = c.year2 ? c.year2->ce : c.year1->ce;
      d.kind = c.year2 ? Date::Kind::kYearRange : Date::Kind::kYear;
      d.first = {c.year1->ce, 1, 1};
      d.last = {last_year, 12, 31};
      d.value = std::to_string(c.year1->ce);
      if (c.year2) d.value += "/" + std::to_string(last_year);
      break;
    }
    case Shape::kFiscalYear: {
      // The Thai fiscal year N runs from 1 October of N-1 to 30 September of N.
      const int last_year = c.year2 ? c.year2->ce : c.year1->ce;
      d.kind = c.year2 ? Date::Kind::kFiscalYearRange : Date::Kind::kFiscalYear;
      d.first = {c.year1->ce - 1, 10, 1};
      d.last = {last_year, 9, 30};
      break;
    }
  }
  return r;
}

// True when the days a reading covers exist and come in order. Sets the
// weekday flag and the value of days and ranges.
bool Settle(Reading* r, Calendar* calendar) {
  Date& d = r->date;
  if (d.kind == Date::Kind::kMonth) return d.last.day > 0;
  const int first_weekday = calendar->Weekday(d.first);
  if (first_weekday < 0 || calendar->Weekday(d.last) < 0) return false;
  if (Before(d.last, d.first)) return false;
  if (r->written_weekday >= 0 && r->written_weekday != first_weekday) d.weekday_mismatch = true;
  if (d.kind == Date::Kind::kDate) {
    d.value = Iso(d.first);
  } else if (d.kind != Date::Kind::kYear && d.kind != Date::Kind::kYearRange) {
    d.value = Iso(d.first) + "/" + Iso(d.last);
  }
  return true;
}

// Gives each day read without a year the year of the nearest full date
// before it, else of the first full date of the text; drops it when the
// text has none.
void InferYears(std::vector<Reading>* readings, Calendar* calendar) {
  // The year and era to lend: of the first full date until one is passed.
  std::optional<std::pair<int, Date::Era>> source;
  for (const Reading& r : *readings) {
    if (r.full_date) {
      source = {r.date.last.year, r.date.era};
      break;
    }
  }
  std::vector<Reading> out;
  for (Reading& r : *readings) {
    if (r.full_date) {
      source = {r.date.last.year, r.date.era};
    } else if (r.needs_year) {
      if (!source) continue;
      r.date.first.year = source->first;
      r.date.last.year = source->first + r.year_shift;
      r.date.era = source->second;
      r.date.year_inferred = true;
      if (!Settle(&r, calendar)) continue;
    }
    out.push_back(std::move(r));
  }
  *readings = std::move(out);
}

}  // namespace

struct DateExtractor::Patterns : DatePatterns {};

DateExtractor::DateExtractor(std::unique_ptr<const Patterns> patterns)
    : patterns_(std::move(patterns)) {}
DateExtractor::~DateExtractor() = default;
DateExtractor::DateExtractor(DateExtractor&&) noexcept = default;
DateExtractor& DateExtractor::operator=(DateExtractor&&) noexcept = default;

Result<DateExtractor> DateExtractor::Create() {
  auto patterns = std::make_unique<Patterns>();
  const RE2::Options options = PatternOptions();
  const auto compile = [&](const std::string& source,
                           std::unique_ptr<RE2>* re) -> Status {
    *re = std::make_unique<RE2>(source, options);
    if (!(*re)->ok()) {
      return Status(StatusCode::kInternal, "date pattern does not compile: " + (*re)->error());
    }
    return Status::Ok();
  };
  for (const PatternSource& source : PatternSources()) {
    Pattern p;
    p.shape = source.shape;
    Status status = compile(source.regex, &p.re);
    if (!status.ok()) return status;
    const std::map<std::string, int>& named = p.re->NamedCapturingGroups();
    for (int role = 0; role < kRoleCount; ++role) {
      const auto it = named.find(kRoleNames[role]);
      p.group[role] = it == named.end() ? -1 : it->second;
    }
    patterns->dates.push_back(std::move(p));
  }
  for (const auto& [source, re] :
       {std::pair<const char*, std::unique_ptr<RE2>*>{kTimePattern, &patterns->time},
        {kDateToTime, &patterns->date_to_time},
        {kTimeToDate, &patterns->time_to_date},
        {kDateLineFiller, &patterns->line_filler},
        {kCountWord, &patterns->count_word},
        {kNumberLabel, &patterns->number_label}}) {
    Status status = compile(source, re);
    if (!status.ok()) return status;
  }
  return DateExtractor(std::move(patterns));
}

namespace {

// Every time of day in the text, left to right.
std::vector<TimeOfDay> FindTimes(std::string_view text, const RE2& time) {
  std::vector<TimeOfDay> times;
  const re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> sub(time.NumberOfCapturingGroups() + 1);
  const std::map<std::string, int>& group = time.NamedCapturingGroups();
  const auto number = [&](const char* name) {
    int n = 0;
    for (char c : sub[group.at(name)]) n = n * 10 + (c - '0');
    return n;
  };
  size_t pos = 0;
  while (pos < text.size() && time.Match(input, pos, text.size(), RE2::UNANCHORED, sub.data(),
                                         static_cast<int>(sub.size()))) {
    const size_t begin = sub[0].data() - text.data();
    const size_t end = begin + sub[0].size();
    pos = end > begin ? end : begin + 1;
    const bool said =
        sub[group.at("lead")].data() != nullptr || sub[group.at("unit")].data() != nullptr;
    const int hour = number("h"), minute = number("mi");
    if (!said || ContinuesNumber(text, sub[group.at("h")].data() - text.data()) || hour > 24 ||
        minute > 59 || (hour == 24 && minute > 0)) {
      continue;
    }
    char value[32];
    std::snprintf(value, sizeof value, "%02d:%02d", hour, minute);
    times.push_back({begin, end, value});
  }
  return times;
}

// The time standing right after or right before a reading, if any.
const TimeOfDay* TimeNextTo(std::string_view text, const Reading& r,
                            const std::vector<TimeOfDay>& times, const RE2& date_to_time,
                            const RE2& time_to_date) {
  constexpr size_t kMaxGap = 40;  // bytes: a bracket, "ตั้งแต่", "ของวันที่"
  const auto after = std::lower_bound(times.begin(), times.end(), r.end,
                                      [](const TimeOfDay& t, size_t pos) { return t.begin < pos; });
  if (after != times.end() && after->begin - r.end <= kMaxGap &&
      RE2::FullMatch(re2::StringPiece(text.data() + r.end, after->begin - r.end), date_to_time)) {
    return &*after;
  }
  if (after != times.begin()) {
    const TimeOfDay& before = *std::prev(after);
    if (before.end <= r.begin && r.begin - before.end <= kMaxGap &&
        RE2::FullMatch(re2::StringPiece(text.data() + before.end, r.begin - before.end),
                       time_to_date)) {
      return &before;
    }
  }
  return nullptr;
}

struct Found {
  std::vector<Reading> readings;
  std::vector<TimeOfDay> times;
};

Found Read(std::string_view text, const DatePatterns& patterns) {
  Found found;
  std::vector<Candidate> candidates;
  const CandidateReader reader(text, *patterns.count_word, *patterns.number_label);
  for (const Pattern& p : patterns.dates) Propose(reader, text, p, &candidates);
  if (candidates.empty()) return found;
  candidates = Longest(std::move(candidates));

  Calendar calendar;
  for (const Candidate& c : candidates) {
    Reading r = Interpret(c, &calendar);
    // Days read without a year are checked once they have one.
    if (!r.needs_year && !Settle(&r, &calendar)) continue;
    found.readings.push_back(std::move(r));
  }
  InferYears(&found.readings, &calendar);

  found.times = FindTimes(text, *patterns.time);
  for (Reading& r : found.readings) {
    if (r.date.kind != Date::Kind::kDate && r.date.kind != Date::Kind::kDateRange) continue;
    const TimeOfDay* t =
        TimeNextTo(text, r, found.times, *patterns.date_to_time, *patterns.time_to_date);
    if (t) r.date.time = t->value;
  }
  return found;
}

}  // namespace

void DateExtractor::Extract(const Document& doc, Article* article) const {
  Found found = Read(doc.text(), *patterns_);
  for (Reading& r : found.readings) {
    Date date = std::move(r.date);
    date.span = doc.ToOriginal(r.begin, r.end);
    date.text = doc.OriginalText(date.span);
    article->dates.push_back(std::move(date));
  }
}

bool DateExtractor::IsDateLine(std::string_view line) const {
  const Found found = Read(line, *patterns_);
  bool has_day = false;
  std::vector<std::pair<size_t, size_t>> covered;
  for (const Reading& r : found.readings) {
    has_day |= r.date.kind == Date::Kind::kDate || r.date.kind == Date::Kind::kDateRange;
    covered.emplace_back(r.begin, r.end);
  }
  if (!has_day) return false;
  for (const TimeOfDay& t : found.times) covered.emplace_back(t.begin, t.end);
  std::sort(covered.begin(), covered.end());
  size_t pos = 0;
  const auto filler_only = [&](size_t begin, size_t end) {
    const re2::StringPiece piece(line.data() + begin, end - begin);
    return begin >= end || RE2::FullMatch(piece, *patterns_->line_filler);
  };
  for (const auto& [begin, end] : covered) {
    if (begin > pos && !filler_only(pos, begin)) return false;
    pos = std::max(pos, end);
  }
  return filler_only(pos, line.size());
}

}  // namespace thainews
