#include "extract/headline.h"

namespace thainews {

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
    if (first_line && dates_->IsDateLine(text.substr(b, e - b))) {
      first_line = false;
      continue;
    }
    article->headline_span = doc.ToOriginal(b, e);
    article->headline = doc.OriginalText(article->headline_span);
    return;
  }
}

}  // namespace thainews
