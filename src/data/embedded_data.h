// The data files compiled into the library (see src/tools/embed_data.cc).

#ifndef THAINEWS_SRC_DATA_EMBEDDED_DATA_H_
#define THAINEWS_SRC_DATA_EMBEDDED_DATA_H_

#include <string_view>

namespace thainews {

struct EmbeddedFile {
  const char* name;  // file name under data/, e.g. "abbreviations.tsv"
  std::string_view content;
};

const EmbeddedFile* EmbeddedFilesBegin();
const EmbeddedFile* EmbeddedFilesEnd();

}  // namespace thainews

#endif  // THAINEWS_SRC_DATA_EMBEDDED_DATA_H_
