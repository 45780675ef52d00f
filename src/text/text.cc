// Status names, input decoding (UTF-8 validation, TIS-620 through ICU) and
// byte-to-code-point offsets.

#include "thainews/text.h"

#include <unicode/ucnv.h>

#include <array>
#include <cctype>
#include <mutex>
#include <string>

#include "thainews/status.h"
#include "text/utf8.h"

namespace thainews {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kInvalidInput: return "invalid_input";
    case StatusCode::kInputTooLarge: return "input_too_large";
    case StatusCode::kDataError: return "data_error";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out = StatusCodeName(code_);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out + ": " + message_;
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string HexByte(unsigned char b) {
  static const char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 15];
}

Status InvalidUtf8Error(std::string_view bytes, size_t at) {
  const unsigned char b = static_cast<unsigned char>(bytes[at]);
  if (b == 0) {
    return Status(StatusCode::kInvalidInput,
                  "NUL byte at byte " + std::to_string(at) +
                      ": this looks like binary data, not text",
                  at);
  }
  return Status(StatusCode::kInvalidInput,
                "invalid UTF-8 at byte " + std::to_string(at) + " (" + HexByte(b) +
                    "); name the encoding if the text is TIS-620, or replace "
                    "invalid bytes with U+FFFD",
                at);
}

// The Windows-874 table (a superset of TIS-620), read once from ICU's
// converter so that thainews agrees with ICU byte for byte. 0 marks a byte
// the encoding leaves undefined.
const std::array<char32_t, 256>& Windows874Table(Status* status) {
  static std::array<char32_t, 256> table{};
  static Status load_status;
  static std::once_flag once;
  std::call_once(once, [] {
    UErrorCode error = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("windows-874", &error);
    if (U_FAILURE(error)) {
      load_status = Status(StatusCode::kInternal,
                           std::string("ICU has no windows-874 converter: ") +
                               u_errorName(error));
      return;
    }
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                        nullptr, &error);
    for (int b = 0; b < 256; ++b) {
      const char byte = static_cast<char>(b);
      UChar out[4];
      error = U_ZERO_ERROR;
      ucnv_reset(converter);
      const int32_t n = ucnv_toUChars(converter, out, 4, &byte, 1, &error);
      const char32_t cp = (U_SUCCESS(error) && n == 1) ? out[0] : 0;
      // ICU's table fills the bytes Windows-874 leaves undefined with C1
      // controls and private-use characters; no Thai text contains those.
      const bool undefined = (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xE000 && cp <= 0xF8FF);
      table[b] = undefined ? 0 : cp;
    }
    table[0] = 0;  // NUL: binary data
    ucnv_close(converter);
  });
  *status = load_status;
  return table;
}

Result<std::string> DecodeUtf8(std::string_view bytes, InvalidBytes invalid) {
  const size_t first_bad = FindInvalidUtf8(bytes);
  if (first_bad == bytes.size()) return std::string(bytes);
  if (invalid == InvalidBytes::kError) return InvalidUtf8Error(bytes, first_bad);
  std::string out;
  out.reserve(bytes.size() + 16);
  out.append(bytes.data(), first_bad);
  for (size_t i = first_bad; i < bytes.size();) {
    const utf8::Decoded d = utf8::DecodeAt(bytes, i);
    if (d.valid && d.code_point != 0) {
      out.append(bytes.data() + i, d.length);
    } else {
      utf8::Append(0xFFFD, &out);
    }
    i += d.length;
  }
  return out;
}

Result<std::string> DecodeTis620(std::string_view bytes, InvalidBytes invalid) {
  Status status;
  const std::array<char32_t, 256>& table = Windows874Table(&status);
  if (!status.ok()) return status;
  std::string out;
  out.reserve(bytes.size() * 3);
  for (size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(bytes[i]);
    char32_t cp = table[b];
    if (cp == 0) {
      if (invalid == InvalidBytes::kError) {
        return Status(StatusCode::kInvalidInput,
                      b == 0 ? "NUL byte at byte " + std::to_string(i) +
                                   ": this looks like binary data, not text"
                             : "byte " + HexByte(b) + " at byte " + std::to_string(i) +
                                   " is not defined in TIS-620 / Windows-874",
                      i);
      }
      cp = 0xFFFD;
    }
    utf8::Append(cp, &out);
  }
  return out;
}

// True when bytes that fail as UTF-8 read as Thai in TIS-620: every byte is
// defined there and most high bytes are Thai letters.
bool LooksLikeTis620(std::string_view bytes) {
  Status status;
  const std::array<char32_t, 256>& table = Windows874Table(&status);
  if (!status.ok()) return false;
  size_t high = 0, thai = 0;
  for (unsigned char b : bytes) {
    if (table[b] == 0) return false;
    if (b >= 0x80) {
      ++high;
      if (b >= 0xA1 && b <= 0xFB) ++thai;
    }
  }
  return high > 0 && thai * 10 >= high * 9;
}

}  // namespace

Result<Encoding> ParseEncoding(std::string_view name) {
  const std::string n = Lower(name);
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "tis-620" || n == "tis620" || n == "windows-874" || n == "cp874" ||
      n == "iso-8859-11" || n == "x-windows-874") {
    return Encoding::kTis620;
  }
  if (n == "auto") return Encoding::kAuto;
  return Status(StatusCode::kInvalidArgument,
                "unknown encoding '" + std::string(name) +
                    "' (expected utf-8, tis-620, windows-874 or auto)");
}

Result<InvalidBytes> ParseInvalidBytes(std::string_view name) {
  const std::string n = Lower(name);
  if (n == "strict" || n == "error") return InvalidBytes::kError;
  if (n == "replace") return InvalidBytes::kReplace;
  return Status(StatusCode::kInvalidArgument,
                "unknown error handling '" + std::string(name) +
                    "' (expected strict or replace)");
}

size_t FindInvalidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= bytes.size()) {
      uint64_t word;
      __builtin_memcpy(&word, bytes.data() + i, 8);
      // Stop at any high bit or any zero byte.
      const uint64_t has_zero = (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
      if ((word & 0x8080808080808080ULL) != 0 || has_zero != 0) break;
      i += 8;
    }
    if (i >= bytes.size()) break;
    const utf8::Decoded d = utf8::DecodeAt(bytes, i);
    if (!d.valid || d.code_point == 0) return i;
    i += d.length;
  }
  return bytes.size();
}

Result<std::string> DecodeToUtf8(std::string_view bytes, const DecodeOptions& options) {
  if (bytes.size() > options.max_input_bytes) {
    return Status(StatusCode::kInputTooLarge,
                  "input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                      std::to_string(options.max_input_bytes) +
                      " (raise DecodeOptions::max_input_bytes to accept it)");
  }
  switch (options.encoding) {
    case Encoding::kUtf8:
      return DecodeUtf8(bytes, options.invalid_bytes);
    case Encoding::kTis620:
      return DecodeTis620(bytes, options.invalid_bytes);
    case Encoding::kAuto:
      if (FindInvalidUtf8(bytes) == bytes.size()) return std::string(bytes);
      if (LooksLikeTis620(bytes)) return DecodeTis620(bytes, options.invalid_bytes);
      return DecodeUtf8(bytes, options.invalid_bytes);
  }
  return Status(StatusCode::kInternal, "unhandled encoding");
}

CodePointIndex::CodePointIndex(std::string_view utf8) : text_(utf8) {
  checkpoints_.reserve(utf8.size() / 64 + 2);
  size_t count = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (i % 64 == 0) checkpoints_.push_back(count);
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++count;
  }
  if (utf8.size() % 64 == 0) checkpoints_.push_back(count);
}

size_t CodePointIndex::ToCodePoint(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const size_t block = byte_offset / 64;
  size_t count = checkpoints_[block];
  for (size_t i = block * 64; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  }
  // An offset inside a sequence has counted that sequence's lead byte.
  if (byte_offset < text_.size() &&
      (static_cast<unsigned char>(text_[byte_offset]) & 0xC0) == 0x80) {
    --count;
  }
  return count;
}

}  // namespace thainews
