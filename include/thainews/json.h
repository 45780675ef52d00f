// The JSON form of an Article: schema "thainews/1", as the project's SPEC
// defines it. Offsets are code points into Article::text, so that in Python
// text[start:end] == span text. Every list is present, empty or not.

#ifndef THAINEWS_JSON_H_
#define THAINEWS_JSON_H_

#include <string>

#include "thainews/article.h"

namespace thainews {

struct JsonOptions {
  // Indent nested values by this many spaces; 0 writes one line (0).
  int indent = 0;
  // The "source" field (file path or id); omitted when empty ("").
  std::string source;
  // Include "subdistricts", which SPEC lists as optional (true).
  bool include_subdistricts = true;
};

std::string ToJson(const Article& article, const JsonOptions& options = {});

}  // namespace thainews

#endif  // THAINEWS_JSON_H_
