// thainews: what a Thai government news release says happened, when, where,
// who, how many came, and which issues were raised.
//
// Tutorial
// --------
// Build one Extractor and keep it: it loads its dictionaries and compiles its
// patterns once.
//
//   #include "thainews/thainews.h"
//
//   auto extractor = thainews::Extractor::Create({});
//   if (!extractor.ok()) {
//     std::cerr << extractor.status().ToString() << "\n";
//     return 1;
//   }
//
// Extract from one article (bytes as read from a file; UTF-8 by default):
//
//   thainews::Result<thainews::Article> article = extractor->Extract(bytes);
//   if (!article.ok()) {            // e.g. invalid UTF-8 at byte 1234
//     std::cerr << article.status().ToString() << "\n";
//   } else {
//     std::cout << article->headline << "\n";
//     for (const thainews::Date& d : article->dates) std::cout << d.value << "\n";
//     std::cout << thainews::ToJson(*article) << "\n";  // schema thainews/1
//   }
//
// Other encodings and damaged text:
//
//   thainews::DecodeOptions tis;
//   tis.encoding = thainews::Encoding::kTis620;
//   auto old = extractor->Extract(tis620_bytes, tis);
//
//   thainews::DecodeOptions lenient;
//   lenient.invalid_bytes = thainews::InvalidBytes::kReplace;  // U+FFFD
//   auto repaired = extractor->Extract(damaged_bytes, lenient);
//
// Many articles on all cores:
//
//   std::vector<std::string_view> texts = ...;
//   std::vector<thainews::Result<thainews::Article>> results =
//       extractor->ExtractBatch(texts, /*num_threads=*/-1);
//
// Thread safety: an Extractor is immutable after Create(). All its methods
// are const and may be called from any number of threads at once without
// locking. It is movable, not copyable.
//
// Offsets: spans in Article are UTF-8 byte offsets into Article::text, which
// is the decoded input exactly as given. JSON and Python use code points.

#ifndef THAINEWS_EXTRACTOR_H_
#define THAINEWS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/article.h"
#include "thainews/segmenter.h"
#include "thainews/status.h"
#include "thainews/text.h"

namespace thainews {

class Extractor {
 public:
  struct Options {
    // How input bytes are decoded when Extract() is given no DecodeOptions
    // (UTF-8, invalid bytes are an error, 64 MiB at most).
    DecodeOptions decode;
    // The segmenter the extractors read words from. Its granularity is set
    // by the extractor (compound); engine, user words and dictionaries are
    // taken from here (default engine, no user words).
    Segmenter::Options segmenter;
    // A directory to read data files from instead of the compiled-in copies
    // ("": compiled in). Also used for the segmenter's data when
    // segmenter.data_dir is empty.
    std::string data_dir;
  };

  static Result<Extractor> Create(const Options& options);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Decodes `input` with options().decode and extracts. Fails with
  // kInvalidInput (bad bytes, binary data, no text at all) or
  // kInputTooLarge; never crashes, never truncates.
  Result<Article> Extract(std::string_view input) const;
  Result<Article> Extract(std::string_view input, const DecodeOptions& decode) const;

  // Extract() over many inputs on `num_threads` threads (-1: one per core).
  // results[i] belongs to inputs[i]; one bad input fails only its own entry.
  std::vector<Result<Article>> ExtractBatch(
      const std::vector<std::string_view>& inputs, int num_threads = -1) const;
  std::vector<Result<Article>> ExtractBatch(
      const std::vector<std::string_view>& inputs, const DecodeOptions& decode,
      int num_threads = -1) const;

  const Options& options() const;
  // The segmenter used for extraction, for callers that want the same words.
  const Segmenter& segmenter() const;

  class Impl;

 private:
  explicit Extractor(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

// The version of the library, "0.1.0".
const char* Version();

}  // namespace thainews

#endif  // THAINEWS_EXTRACTOR_H_
