// Errors as values: every fallible call in thainews returns a Status or a
// Result<T>. No exceptions cross the public API, so callers in ingestion
// pipelines can decide per article what to do with bad input.
//
//   thainews::Result<thainews::Article> r = extractor.Extract(bytes);
//   if (!r.ok()) {
//     std::cerr << r.status().ToString() << "\n";  // "invalid input: ..."
//     return;
//   }
//   const thainews::Article& article = *r;

#ifndef THAINEWS_STATUS_H_
#define THAINEWS_STATUS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace thainews {

enum class StatusCode {
  kOk = 0,
  // A caller's argument is wrong (unknown engine name, bad option value).
  kInvalidArgument,
  // The text itself cannot be used: invalid UTF-8, bytes undefined in the
  // named encoding, binary data, empty input.
  kInvalidInput,
  // The input is larger than Options::max_input_bytes.
  kInputTooLarge,
  // A data file is missing or malformed.
  kDataError,
  // A file could not be read.
  kIoError,
  // A bug in thainews.
  kInternal,
};

// The lowercase name used in messages and in Python's Error.code
// ("invalid_input", "input_too_large", ...).
const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK.
  Status(StatusCode code, std::string message,
         std::optional<size_t> byte_offset = std::nullopt)
      : code_(code), message_(std::move(message)), byte_offset_(byte_offset) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // For invalid input: the byte offset of the first offending byte.
  std::optional<size_t> byte_offset() const { return byte_offset_; }

  // "invalid input: invalid UTF-8 at byte 17" or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::optional<size_t> byte_offset_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) {
      status_ = Status(StatusCode::kInternal, "Result built from an OK status");
    }
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  // Precondition: ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return *std::move(value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  T&& operator*() && { return *std::move(value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace thainews

#endif  // THAINEWS_STATUS_H_
