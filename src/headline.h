// The headline: the first non-empty line of the article, passing over a
// first line that is only a date ("วันศุกร์ที่ 21 สิงหาคม พ.ศ. 2563"), which
// many provincial sites put above the title.

#ifndef THAINEWS_SRC_HEADLINE_H_
#define THAINEWS_SRC_HEADLINE_H_

#include <memory>

#include "document.h"
#include "thainews/article.h"

namespace re2 {
class RE2;
}

namespace thainews {

class HeadlineFinder {
 public:
  HeadlineFinder();
  ~HeadlineFinder();
  HeadlineFinder(HeadlineFinder&&) noexcept;

  // Sets article->headline and headline_span.
  void Find(const Document& doc, Article* article) const;

 private:
  std::unique_ptr<re2::RE2> date_only_line_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_HEADLINE_H_
