// Turning the bytes a caller has into the UTF-8 text thainews works on.
//
// Real archives hold invalid UTF-8, TIS-620 / Windows-874 pages and binary
// junk. Decoding never guesses silently and never drops text: by default a
// bad byte is an error that names its offset; with InvalidBytes::kReplace each
// maximal invalid sequence becomes U+FFFD (the same substitution Python's
// bytes.decode("utf-8", "replace") makes, so code-point offsets agree).
//
//   thainews::DecodeOptions options;
//   options.encoding = thainews::Encoding::kTis620;
//   thainews::Result<std::string> utf8 = thainews::DecodeToUtf8(bytes, options);

#ifndef THAINEWS_TEXT_H_
#define THAINEWS_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/status.h"

namespace thainews {

enum class Encoding {
  kUtf8,
  // TIS-620 and its superset Windows-874 (curly quotes, ellipsis, NBSP in
  // 0x80-0xA0), decoded with ICU's "windows-874" converter.
  kTis620,
  // UTF-8 when the bytes are valid UTF-8, else TIS-620 when they decode as
  // TIS-620 and look like Thai text, else the UTF-8 error.
  kAuto,
};

enum class InvalidBytes {
  kError,    // Fail with StatusCode::kInvalidInput and the byte offset.
  kReplace,  // Substitute U+FFFD and go on.
};

struct DecodeOptions {
  // How the input bytes are encoded (kUtf8).
  Encoding encoding = Encoding::kUtf8;
  // What to do with bytes that are not valid in that encoding (kError).
  // NUL bytes count as invalid: text with NULs is binary data.
  InvalidBytes invalid_bytes = InvalidBytes::kError;
  // Inputs larger than this fail with kInputTooLarge (64 MiB).
  size_t max_input_bytes = size_t{64} << 20;
};

// Parses "utf-8", "utf8", "tis-620", "tis620", "windows-874", "cp874",
// "iso-8859-11", "auto" (case-insensitive).
Result<Encoding> ParseEncoding(std::string_view name);
// Parses "strict" / "error" and "replace".
Result<InvalidBytes> ParseInvalidBytes(std::string_view name);

// Decodes `bytes` to UTF-8 as `options` say. Nothing is dropped: a byte
// order mark stays in the text (matching ignores it), so offsets agree with
// the caller's own decoding. Empty input is valid here (extraction rejects it).
Result<std::string> DecodeToUtf8(std::string_view bytes,
                                 const DecodeOptions& options = {});

// Offset of the first byte that is not part of a valid UTF-8 sequence (or is
// NUL), or bytes.size() when there is none.
size_t FindInvalidUtf8(std::string_view bytes);

// Converts UTF-8 byte offsets of one text to code-point offsets, as Python
// and JSON count them. Built once per text in O(n); each lookup is O(1).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);
  // `byte_offset` must be <= the text size and on a code-point boundary (any
  // offset inside a sequence maps to the code point that contains it).
  size_t ToCodePoint(size_t byte_offset) const;

 private:
  // Code-point offset at every 64th byte, plus the text for the tail count.
  std::vector<size_t> checkpoints_;
  std::string_view text_;
};

}  // namespace thainews

#endif  // THAINEWS_TEXT_H_
