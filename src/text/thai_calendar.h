// The words of the Thai calendar: month and weekday names as news writes
// them. Shared by the date extractor and the headline finder.

#ifndef THAINEWS_SRC_TEXT_THAI_CALENDAR_H_
#define THAINEWS_SRC_TEXT_THAI_CALENDAR_H_

#include <string>
#include <string_view>

namespace thainews {

struct ThaiMonth {
  int number;          // 1-12
  const char* full;    // "มกราคม"
  const char* abbrev;  // "ม.ค."
  const char* misspelling = nullptr;  // a common one, read as the month
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

// The month (1-12) a spelling matched by MonthPattern() names, or 0. Dots
// and spaces are ignored: "ม. ค." and "มค" are both January.
int MonthNumber(std::string_view spelling);
// True when the spelling is an abbreviation ("ม.ค.", "มค"), not a full name.
bool IsMonthAbbreviation(std::string_view spelling);
// The weekday (0 = Sunday) a spelling matched by WeekdayPattern() names, or -1.
int WeekdayNumber(std::string_view spelling);

}  // namespace thainews

#endif  // THAINEWS_SRC_TEXT_THAI_CALENDAR_H_
