#include "data/data.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "data/embedded_data.h"

namespace thainews {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(StatusCode::kIoError, "cannot read " + path + ": " + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "error while reading " + path);
  return content.str();
}

Result<std::string> DataSource::Read(std::string_view name) const {
  if (!directory_.empty()) {
    Result<std::string> content = ReadFile(directory_ + "/" + std::string(name));
    if (!content.ok()) {
      return Status(StatusCode::kDataError, content.status().message());
    }
    return content;
  }
  for (const EmbeddedFile* f = EmbeddedFilesBegin(); f != EmbeddedFilesEnd(); ++f) {
    if (name == f->name) return std::string(f->content);
  }
  return Status(StatusCode::kDataError,
                "no data file '" + std::string(name) + "' is compiled into this build");
}

Status ForEachTsvRow(std::string_view name, std::string_view content, bool has_header,
                     const std::function<Status(const std::vector<std::string_view>&)>& row) {
  std::vector<std::string_view> fields;
  bool header_pending = has_header;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (header_pending) {
      header_pending = false;
      continue;
    }
    fields.clear();
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                         : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status status = row(fields);
    if (!status.ok()) {
      return Status(status.code(), std::string(name) + ":" + std::to_string(line_number) +
                                       ": " + status.message());
    }
  }
  return Status::Ok();
}

}  // namespace thainews
