// The headline: the first non-empty line of the article, passing over a
// first line that is only a date ("วันศุกร์ที่ 28 สิงหาคม พ.ศ. 2563"), which
// many provincial sites put above the title.

#ifndef THAINEWS_SRC_EXTRACT_HEADLINE_H_
#define THAINEWS_SRC_EXTRACT_HEADLINE_H_

#include "extract/dates.h"
#include "extract/document.h"
#include "thainews/article.h"

namespace thainews {

class HeadlineFinder {
 public:
  // `dates` tells a line that is only a date; it must outlive the finder.
  explicit HeadlineFinder(const DateExtractor& dates) : dates_(&dates) {}

  // Sets article->headline and headline_span.
  void Find(const Document& doc, Article* article) const;

 private:
  const DateExtractor* dates_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_HEADLINE_H_
