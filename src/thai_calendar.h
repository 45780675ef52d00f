// The words of the Thai calendar: month and weekday names as news writes
// them. Shared by the date extractor and the headline finder.

#ifndef THAINEWS_SRC_THAI_CALENDAR_H_
#define THAINEWS_SRC_THAI_CALENDAR_H_

#include <string>

namespace thainews {

struct ThaiMonth {
  int number;          // 1-12
  const char* full;    // "มกราคม"
  const char* abbrev;  // "ม.ค."
};

extern const ThaiMonth kThaiMonths[12];

struct ThaiWeekday {
  int number;        // 0 = Sunday ... 6 = Saturday, as ICU's UCAL_DAY_OF_WEEK - 1
  const char* name;  // "อาทิตย์"
};

// Every spelling of each weekday, longest first ("พฤหัสบดี" before "พฤหัส").
extern const ThaiWeekday kThaiWeekdays[8];

// An RE2 alternation (no capturing groups) of every month spelling: full
// names and abbreviations with their dots optional and spaces allowed after
// them ("ม.ค.", "ม.ค", "มค.", "ม. ค.").
std::string MonthPattern();
// An RE2 alternation of every weekday spelling.
std::string WeekdayPattern();

}  // namespace thainews

#endif  // THAINEWS_SRC_THAI_CALENDAR_H_
