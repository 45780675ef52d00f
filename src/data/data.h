// Where data files come from: the copies compiled into the library, or a
// directory the caller names (Options::data_dir) to try new data without a
// rebuild. Also the one TSV reader every data file goes through.

#ifndef THAINEWS_SRC_DATA_DATA_H_
#define THAINEWS_SRC_DATA_DATA_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/status.h"

namespace thainews {

class DataSource {
 public:
  // An empty `directory` means the compiled-in files.
  explicit DataSource(std::string directory = "") : directory_(std::move(directory)) {}

  // The whole content of data file `name` ("gazetteer.tsv").
  Result<std::string> Read(std::string_view name) const;

  const std::string& directory() const { return directory_; }

 private:
  std::string directory_;
};

// Reads a whole file. Errors name the path.
Result<std::string> ReadFile(const std::string& path);

// Calls `row` for each data line of a TSV text: fields split on tabs, blank
// lines and lines starting with '#' skipped, and the first remaining line
// (the header naming the columns) skipped when `has_header`. `row` returns a
// non-OK Status to stop; the error is then prefixed with "NAME:LINE: ".
Status ForEachTsvRow(std::string_view name, std::string_view content, bool has_header,
                     const std::function<Status(const std::vector<std::string_view>& fields)>& row);

}  // namespace thainews

#endif  // THAINEWS_SRC_DATA_DATA_H_
