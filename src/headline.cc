#include "headline.h"

#include <re2/re2.h>

#include "thai_calendar.h"

namespace thainews {

HeadlineFinder::HeadlineFinder() {
  // A whole line that says nothing but a day, month and year, perhaps with
  // the weekday, "วันที่" and a time.
  const std::string pattern =
      "^[ (]*(?:วัน(?:" + WeekdayPattern() + ")?(?:ที่)? ?)?" +
      "[0-9]{1,2} ?(?:" + MonthPattern() + ") ?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.) ?)?[0-9]{2,4}" +
      "(?: ?(?:เวลา ?)?[0-9]{1,2}[.:][0-9]{2}(?: ?น\\.)?)?[ )]*$";
  RE2::Options options;
  options.set_log_errors(false);
  date_only_line_ = std::make_unique<RE2>(pattern, options);
}

HeadlineFinder::~HeadlineFinder() = default;
HeadlineFinder::HeadlineFinder(HeadlineFinder&&) noexcept = default;

void HeadlineFinder::Find(const Document& doc, Article* article) const {
  const std::string_view text = doc.text();
  bool first_line = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    size_t b = pos, e = end;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    pos = end + 1;
    if (b == e) continue;
    if (first_line && date_only_line_->ok() &&
        RE2::FullMatch(text.substr(b, e - b), *date_only_line_)) {
      first_line = false;
      continue;
    }
    article->headline_span = doc.ToOriginal(b, e);
    article->headline = doc.OriginalText(article->headline_span);
    return;
  }
}

}  // namespace thainews
