// Month and weekday names as news writes them.

#include "text/thai_calendar.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

namespace thainews {
namespace {

TEST(ThaiCalendarTest, MonthNumberOfEverySpelling) {
  EXPECT_EQ(MonthNumber("มกราคม"), 1);
  EXPECT_EQ(MonthNumber("ม.ค."), 1);
  EXPECT_EQ(MonthNumber("ม. ค."), 1);
  EXPECT_EQ(MonthNumber("มค"), 1);
  EXPECT_EQ(MonthNumber("มี.ค"), 3);
  EXPECT_EQ(MonthNumber("มิย."), 6);
  EXPECT_EQ(MonthNumber("พฤศจิกายน"), 11);
  EXPECT_EQ(MonthNumber("ธ.ค."), 12);
  EXPECT_EQ(MonthNumber("กรกฏาคม"), 7);  // a common misspelling
  EXPECT_EQ(MonthNumber("มกรา"), 0);
  EXPECT_EQ(MonthNumber(""), 0);
}

TEST(ThaiCalendarTest, AbbreviationsAreToldFromFullNames) {
  EXPECT_TRUE(IsMonthAbbreviation("ก.พ."));
  EXPECT_TRUE(IsMonthAbbreviation("กพ"));
  EXPECT_FALSE(IsMonthAbbreviation("กุมภาพันธ์"));
  EXPECT_FALSE(IsMonthAbbreviation("พ.ศ."));
}

TEST(ThaiCalendarTest, WeekdayNumbersFollowIcu) {
  EXPECT_EQ(WeekdayNumber("อาทิตย์"), 0);
  EXPECT_EQ(WeekdayNumber("อังคาร"), 2);
  EXPECT_EQ(WeekdayNumber("พฤหัสบดี"), 4);
  EXPECT_EQ(WeekdayNumber("พฤหัส"), 4);
  EXPECT_EQ(WeekdayNumber("เสาร์"), 6);
  EXPECT_EQ(WeekdayNumber("วันเสาร์"), -1);
}

TEST(ThaiCalendarTest, PatternsMatchWholeSpellingsOnly) {
  const RE2 month("(?:" + MonthPattern() + ")");
  ASSERT_TRUE(month.ok()) << month.error();
  for (const char* spelling :
       {"มกราคม", "ม.ค.", "ม.ค", "มค.", "ม. ค.", "เม.ย.", "กรกฏาคม", "ธันวาคม"}) {
    EXPECT_TRUE(RE2::FullMatch(spelling, month)) << spelling;
  }
  EXPECT_FALSE(RE2::FullMatch("ม..ค.", month));
  const RE2 weekday("(?:" + WeekdayPattern() + ")");
  ASSERT_TRUE(weekday.ok()) << weekday.error();
  EXPECT_TRUE(RE2::FullMatch("พฤหัสบดี", weekday));
  EXPECT_FALSE(RE2::FullMatch("วันพุธ", weekday));
}

}  // namespace
}  // namespace thainews
