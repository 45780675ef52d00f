// Dates: every calendar date, month, year or period a release names, in the
// Buddhist or the Gregorian era, converted to ISO 8601 (SPEC.md, "dates").
//
//   Result<DateExtractor> dates = DateExtractor::Create();
//   dates->Extract(doc, &article);  // fills article.dates
//
// It reads the normalized text (ASCII digits, one space, '-' for every
// dash), so each pattern is written once, in four steps:
//  1. each pattern proposes candidates: a shape ("day month year", "month
//     range", "fiscal year", ...), its span and the numbers as written;
//  2. where candidates overlap, the longest wins: "ปีงบประมาณ พ.ศ. 2565" is
//     one fiscal year, not also a year;
//  3. a day and month with no year take the year of the nearest preceding
//     full date, else of the article's first full date;
//  4. every day is checked on ICU's Gregorian calendar: a day that does not
//     exist ("31 ก.พ. 2565") is dropped, a weekday that disagrees is flagged.
//
// Immutable after Create(); Extract() and IsDateLine() are const and safe to
// call from many threads at once.

#ifndef THAINEWS_SRC_EXTRACT_DATES_H_
#define THAINEWS_SRC_EXTRACT_DATES_H_

#include <memory>
#include <string_view>

#include "extract/document.h"
#include "thainews/article.h"
#include "thainews/status.h"

namespace thainews {

class DateExtractor {
 public:
  // Compiles every pattern; an error here is a bug in the patterns.
  static Result<DateExtractor> Create();

  ~DateExtractor();
  DateExtractor(DateExtractor&&) noexcept;
  DateExtractor& operator=(DateExtractor&&) noexcept;

  // Appends every date of the document to article->dates, in text order.
  void Extract(const Document& doc, Article* article) const;

  // True when a line of normalized text says nothing but a date, perhaps
  // with its weekday, "วันที่", a time and brackets: "วันศุกร์ที่ 28 สิงหาคม
  // พ.ศ. 2563", "(วันที่ 8 พ.ย. 61 เวลา 10.00 น.)".
  bool IsDateLine(std::string_view line) const;

 private:
  struct Patterns;
  explicit DateExtractor(std::unique_ptr<const Patterns> patterns);

  std::unique_ptr<const Patterns> patterns_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_DATES_H_
