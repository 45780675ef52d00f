// Thai word segmentation.
//
//   auto segmenter = thainews::Segmenter::Create({});  // default engine
//   if (!segmenter.ok()) { /* segmenter.status() says why */ }
//   std::string text = "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธาน";
//   for (const thainews::Token& t : segmenter->Segment(text)) {
//     std::cout << text.substr(t.begin, t.end - t.begin) << "|";
//   }
//
// Thai script has no spaces between words. A Segmenter splits runs of Thai
// letters with a pluggable engine and handles everything else itself, the
// same way for every engine: runs of spaces, numbers ("10.00", "1,250",
// "2566-2570"), Latin words, dotted abbreviations ("พ.ศ.", "จ.", "ผวจ.") and
// ellipses ("...") each come out as one token; other punctuation, emoji
// (with their variation selectors and skin tones) and each ๆ one token a
// character.
//
// The default engine is our own (Engine::kThainews): Thai character clusters
// as atoms, a dictionary of words with corpus frequencies, user words and
// (for kCompound) domain words in one lattice, and the most likely path
// through it. See src/lattice.h and data/README.md.
//
// A Segmenter is immutable once created; Segment() is const and safe to call
// from many threads at once. Engines that keep per-call state (libthai's
// breaker, ICU's BreakIterator) draw it from an internal pool.

#ifndef THAINEWS_SEGMENTER_H_
#define THAINEWS_SEGMENTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/status.h"

namespace thainews {

enum class TokenKind {
  kThai,    // Thai letters (a word or an unknown run)
  kAbbreviation,  // dotted Thai abbreviation: "พ.ศ.", "จ.", "ผวจ."
  kNumber,  // digits with inner , . : / - ("1,250", "10.00", "2566-2570")
  kLatin,   // letters of other scripts, with inner digits ("COVID", "4u2")
  kSpace,   // a run of whitespace, line breaks included
  kPunct,   // one punctuation or symbol character
  kOther,   // anything else (U+FFFD, control characters)
};

const char* TokenKindName(TokenKind kind);

// [begin, end) in UTF-8 bytes of the text passed to Segment().
struct Token {
  size_t begin = 0;
  size_t end = 0;
  TokenKind kind = TokenKind::kThai;
};

class Segmenter {
 public:
  enum class Engine {
    kDefault,   // the best engine this build has: kThainews
    kThainews,  // our own: character clusters, a dictionary lattice, the
                // most likely path under a unigram word model
    kLibThai,   // libthai's th_brk (dictionary, maximal matching)
    kIcu,       // ICU's word BreakIterator (dictionary, longest match)
  };

  enum class Granularity {
    // Words as the gold standards cut them: "เจ้า|หน้า|ที่".
    kFine,
    // Domain words kept whole for extraction: "เจ้าหน้าที่",
    // "ผู้ว่าราชการจังหวัด", place names and titles.
    kCompound,
  };

  struct Options {
    // Which engine splits Thai runs (kDefault).
    Engine engine = Engine::kDefault;
    // How finely (kFine).
    Granularity granularity = Granularity::kFine;
    // Extra words kept whole in both granularities (empty). The thainews
    // engine puts them in its dictionary, cheaper than any other reading of
    // the same letters, so they win wherever they occur; the other engines
    // join their tokens into them afterwards when the tokens line up.
    std::vector<std::string> user_words;
    // A word list to load user_words from: one word per line, or TSV whose
    // first column is the word; '#' starts a comment ("": none).
    std::string user_dictionary_path;
    // A directory to read data files from instead of the compiled-in copies
    // ("": compiled in).
    std::string data_dir;
  };

  // Fails with kInvalidArgument / kDataError / kIoError when the engine or a
  // dictionary cannot be loaded.
  static Result<Segmenter> Create(const Options& options);

  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();
  // Not copyable: it may own large dictionaries. Share one by reference or
  // std::shared_ptr.
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Tokens covering all of `utf8`, in order, without gaps. Invalid UTF-8
  // never crashes: each bad byte becomes a kOther token.
  std::vector<Token> Segment(std::string_view utf8) const;

  // The non-space tokens as strings.
  std::vector<std::string> Words(std::string_view utf8) const;

  const Options& options() const;
  // "thainews", "libthai" or "icu": the engine actually in use.
  const char* engine_name() const;

  class Impl;

 private:
  explicit Segmenter(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

// Parses "default", "thainews", "libthai" and "icu" into an Engine.
Result<Segmenter::Engine> ParseEngine(std::string_view name);
// Parses "fine" and "compound".
Result<Segmenter::Granularity> ParseGranularity(std::string_view name);

}  // namespace thainews

#endif  // THAINEWS_SEGMENTER_H_
