// Segmenter: one pass over the text that cuts it into runs by character class
// and hands only the runs of Thai letters to the engine. Everything the
// engines would each get wrong in their own way (numbers with separators,
// dotted abbreviations, spaces, Latin words, repetition marks) is decided
// here once, so that all engines agree on it.

#include "thainews/segmenter.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <unordered_set>

#include "data/data.h"
#include "segment/dictionary.h"
#include "segment/segment.h"
#include "text/utf8.h"

namespace thainews {

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kThai: return "thai";
    case TokenKind::kAbbreviation: return "abbreviation";
    case TokenKind::kNumber: return "number";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kSpace: return "space";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

Result<Segmenter::Engine> ParseEngine(std::string_view name) {
  if (name == "default" || name.empty()) return Segmenter::Engine::kDefault;
  if (name == "thainews") return Segmenter::Engine::kThainews;
  if (name == "libthai") return Segmenter::Engine::kLibThai;
  if (name == "icu") return Segmenter::Engine::kIcu;
  return Status(StatusCode::kInvalidArgument,
                "unknown segmentation engine '" + std::string(name) +
                    "' (expected default, thainews, libthai or icu)");
}

Result<Segmenter::Granularity> ParseGranularity(std::string_view name) {
  if (name == "fine") return Segmenter::Granularity::kFine;
  if (name == "compound") return Segmenter::Granularity::kCompound;
  return Status(StatusCode::kInvalidArgument,
                "unknown granularity '" + std::string(name) + "' (expected fine or compound)");
}

namespace {

constexpr char32_t kMaiYamok = 0x0E46;   // ๆ, repeats the word before it
constexpr char32_t kPaiyannoi = 0x0E2F;  // ฯ, marks a shortened word

constexpr char32_t kZeroWidthJoiner = 0x200D;

// Characters that only change the one before them: variation selectors,
// emoji skin tones and tags, the zero-width joiner, and combining marks of
// scripts other than Thai (Thai marks are part of Thai runs).
bool IsModifier(char32_t c) {
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
      (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) ||
      c == kZeroWidthJoiner) {
    return true;
  }
  if (c < 0x0300 || (c >= 0x0E00 && c <= 0x0E7F)) return false;
  const int32_t mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  return (mask & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0;
}

// Punctuation whose runs are one token: ellipses and typed rules.
bool IsRunPunctuation(char32_t c) {
  return c == '.' || c == '-' || c == '_' || c == '=' || c == '*' || c == '~';
}

// Characters that may join two digit groups inside one number.
bool IsNumberSeparator(char c) {
  return c == ',' || c == '.' || c == ':' || c == '/' || c == '-';
}

// Letters, marks and digits of scripts other than Thai: one Latin-like token.
bool IsOtherAlnum(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  if (c >= 0x0E00 && c <= 0x0E7F) return utf8::IsThaiDigit(c);
  const int32_t mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

// A word list: words and the longest of them in bytes. Lookups take a view
// and allocate nothing.
struct WordSet {
  std::deque<std::string> storage;  // stable addresses for the views
  std::unordered_set<std::string_view> words;
  size_t max_bytes = 0;
  // With `with_prefixes`, IsPrefix() knows the starts of words too.
  explicit WordSet(bool with_prefixes = false) : with_prefixes_(with_prefixes) {}
  // The set holds views of its own storage.
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;
  void Add(std::string_view w) {
    if (w.empty() || words.count(w) > 0) return;
    const std::string_view stored = *words.insert(storage.emplace_back(w)).first;
    max_bytes = std::max(max_bytes, w.size());
    if (!with_prefixes_) return;
    const char32_t first = utf8::DecodeAt(stored, 0).code_point;
    if (first < first_letters_.size()) {
      first_letters_[first] = true;
    } else {
      any_first_letter_ = true;
    }
    for (size_t n = 1; n <= stored.size(); ++n) {
      if (n == stored.size() || (static_cast<unsigned char>(stored[n]) & 0xC0) != 0x80) {
        prefixes_.insert(stored.substr(0, n));
      }
    }
  }
  bool Contains(std::string_view w) const {
    return w.size() <= max_bytes && words.count(w) > 0;
  }
  // Whether `w` is a word or the start of one (needs with_prefixes).
  bool IsPrefix(std::string_view w) const {
    return w.size() <= max_bytes && prefixes_.count(w) > 0;
  }
  // Whether some word may start with the letter at text[at]: a quick test
  // before IsPrefix(), since few tokens start any of these words.
  bool MayStartAt(std::string_view text, size_t at) const {
    if (any_first_letter_) return true;
    const char32_t c = utf8::DecodeAt(text, at).code_point;
    return c < first_letters_.size() && first_letters_[c];
  }

 private:
  std::unordered_set<std::string_view> prefixes_;
  std::vector<bool> first_letters_ = std::vector<bool>(0x10000);  // of the BMP
  bool any_first_letter_ = false;  // a word starts beyond the BMP
  bool with_prefixes_;
};

Status LoadWordColumn(const std::string& name, std::string_view content, bool has_header,
                      const std::function<void(std::string_view)>& add) {
  return ForEachTsvRow(name, content, has_header, [&](const std::vector<std::string_view>& f) {
    std::string_view word = f[0];
    while (!word.empty() && (word.back() == ' ' || word.back() == '\r')) word.remove_suffix(1);
    if (!word.empty()) add(word);
    return Status::Ok();
  });
}

Status LoadWordColumn(const std::string& name, std::string_view content, bool has_header,
                      WordSet* set) {
  return LoadWordColumn(name, content, has_header, [set](std::string_view w) { set->Add(w); });
}

// Options::user_words and the words of Options::user_dictionary_path.
Result<std::vector<std::string>> UserWords(const Segmenter::Options& options) {
  std::vector<std::string> words = options.user_words;
  if (!options.user_dictionary_path.empty()) {
    Result<std::string> user = ReadFile(options.user_dictionary_path);
    if (!user.ok()) return user.status();
    Status status = LoadWordColumn(options.user_dictionary_path, *user, false,
                                   [&](std::string_view w) { words.emplace_back(w); });
    if (!status.ok()) return status;
  }
  return words;
}

}  // namespace

class Segmenter::Impl {
 public:
  Options options;
  std::unique_ptr<ThaiBreaker> breaker;
  WordSet abbreviations;
  // The most bytes any abbreviation has before its first '.': further from
  // the next '.' than this, no known abbreviation can start.
  size_t abbreviation_lead_bytes = 0;
  // Words joined from tokens after the engine. For libthai and ICU: user
  // words always, domain words at Granularity::kCompound. The thainews
  // engine has those in its lattice, so here only the ones it cannot hold,
  // with characters other than Thai letters ("สุไหงโก-ลก", "COVID-19").
  WordSet merge_words{/*with_prefixes=*/true};

  std::vector<Token> Segment(std::string_view text) const;

 private:
  size_t MatchAbbreviation(std::string_view text, size_t at, bool at_run_start,
                           size_t next_dot) const;
  void BreakThaiRun(std::string_view text, size_t begin, size_t end,
                    std::vector<Token>* out) const;
  void MergeWords(std::string_view text, std::vector<Token>* tokens) const;
};

// Length of the dotted abbreviation starting at `at`, 0 if none. Known
// abbreviations ("พ.ศ.", "ผวจ.") match anywhere a Thai letter starts; at the
// start of a Thai run, an unknown one matches when it has the shape of one:
// pieces of at most two letters each followed by '.', or a cluster of two to
// five consonants without vowels followed by '.' ("สจจ.").
size_t Segmenter::Impl::MatchAbbreviation(std::string_view text, size_t at, bool at_run_start,
                                          size_t next_dot) const {
  if (next_dot == std::string_view::npos || next_dot - at > abbreviation_lead_bytes) {
    if (!at_run_start) return 0;
  }
  // Longest known abbreviation first: candidate ends are just after each '.'
  // or 'ฯ' within reach.
  const size_t limit = std::min(text.size(), at + abbreviations.max_bytes);
  size_t best = 0;
  for (size_t k = at + 1; k < limit;) {
    const utf8::Decoded d = utf8::DecodeAt(text, k);
    const size_t end = k + d.length;
    if ((d.code_point == '.' || d.code_point == kPaiyannoi) && end <= limit &&
        abbreviations.Contains(text.substr(at, end - at))) {
      best = end - at;
    }
    if (!(utf8::IsThaiLetter(d.code_point) || d.code_point == '.' ||
          d.code_point == kPaiyannoi)) {
      break;
    }
    k = end;
  }
  if (best > 0 || !at_run_start) return best;

  // The shape of an unknown abbreviation.
  size_t pos = at;
  size_t matched = 0;
  for (int piece = 0; piece < 4; ++piece) {
    size_t letters = 0;
    bool consonants_only = true;
    size_t k = pos;
    while (k < text.size()) {
      const utf8::Decoded d = utf8::DecodeAt(text, k);
      if (!utf8::IsThaiLetter(d.code_point) || d.code_point == kMaiYamok) break;
      if (!(d.code_point >= 0x0E01 && d.code_point <= 0x0E2E)) consonants_only = false;
      ++letters;
      k += d.length;
      if (letters > 5) break;
    }
    if (letters == 0 || k >= text.size() || text[k] != '.') break;
    const bool short_piece = letters <= 2;
    const bool cluster = piece == 0 && consonants_only && letters >= 2 && letters <= 5;
    if (!(short_piece || cluster)) break;
    matched = k + 1 - at;
    pos = k + 1;
    if (cluster) break;
  }
  return matched;
}

void Segmenter::Impl::BreakThaiRun(std::string_view text, size_t begin, size_t end,
                                   std::vector<Token>* out) const {
  // Reused by each thread: text has one run per word group, and an
  // allocation per run would cost more than breaking it.
  thread_local std::vector<size_t> ends;
  ends.clear();
  breaker->BreakRun(text.substr(begin, end - begin), &ends);
  size_t start = begin;
  for (size_t e : ends) {
    const size_t stop = begin + e;
    if (stop <= start) continue;
    out->push_back({start, stop, TokenKind::kThai});
    start = stop;
  }
  if (start < end) out->push_back({start, end, TokenKind::kThai});
  if (ends.capacity() > (size_t{1} << 16)) ends = std::vector<size_t>();
}

// Joins runs of tokens that spell a word of merge_words. A run can only
// grow while it spells the start of such a word, so most tokens cost one
// lookup.
void Segmenter::Impl::MergeWords(std::string_view text, std::vector<Token>* tokens) const {
  if (merge_words.words.empty()) return;
  constexpr size_t kMaxPieces = 12;
  std::vector<Token>& t = *tokens;
  size_t kept = 0;
  for (size_t i = 0; i < t.size();) {
    size_t best = i;
    const bool may_start = merge_words.MayStartAt(text, t[i].begin);
    for (size_t j = i; may_start && j < t.size() && j - i < kMaxPieces; ++j) {
      const std::string_view span = text.substr(t[i].begin, t[j].end - t[i].begin);
      if (!merge_words.IsPrefix(span)) break;
      if (j > i && merge_words.Contains(span)) best = j;
    }
    Token merged = t[i];
    if (best > i) {
      merged.end = t[best].end;
      for (size_t k = i; k <= best; ++k) {
        if (t[k].kind == TokenKind::kThai) merged.kind = TokenKind::kThai;
        if (t[k].kind == TokenKind::kLatin && merged.kind != TokenKind::kThai) {
          merged.kind = TokenKind::kLatin;
        }
      }
    }
    t[kept++] = merged;
    i = best + 1;
  }
  t.resize(kept);
}

std::vector<Token> Segmenter::Impl::Segment(std::string_view text) const {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 4);
  size_t run_start = std::string_view::npos;  // pending Thai run
  size_t next_dot = text.find('.');
  const auto flush = [&](size_t end) {
    if (run_start != std::string_view::npos) {
      BreakThaiRun(text, run_start, end, &tokens);
      run_start = std::string_view::npos;
    }
  };
  const auto push = [&](size_t b, size_t e, TokenKind k) { tokens.push_back({b, e, k}); };

  size_t i = 0;
  while (i < text.size()) {
    if (next_dot != std::string_view::npos && next_dot < i) next_dot = text.find('.', i);
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    const char32_t c = d.code_point;
    if (!d.valid) {
      flush(i);
      push(i, i + d.length, TokenKind::kOther);
      i += d.length;
      continue;
    }
    if (utf8::IsThaiLetter(c) && c != kMaiYamok) {
      if (!utf8::IsThaiCombining(c)) {
        const size_t n = MatchAbbreviation(text, i, run_start == std::string_view::npos, next_dot);
        if (n > 0) {
          flush(i);
          push(i, i + n, TokenKind::kAbbreviation);
          i += n;
          continue;
        }
      }
      if (run_start == std::string_view::npos) run_start = i;
      i += d.length;
      // The letters that follow, in one quick step while no abbreviation can
      // start among them (they are far from the next '.'): Thai letters are
      // E0 B8 81 .. E0 B9 8E in UTF-8.
      const size_t quick_end =
          next_dot == std::string_view::npos || next_dot < abbreviation_lead_bytes
              ? text.size()
              : std::min(text.size(), next_dot - abbreviation_lead_bytes);
      while (i + 2 < quick_end && static_cast<unsigned char>(text[i]) == 0xE0) {
        const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
        const unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
        if ((b1 & 0xFE) != 0xB8 || (b2 & 0xC0) != 0x80) break;
        const char32_t next = 0x0E00 + (static_cast<char32_t>(b1 & 1) << 6) + (b2 & 0x3F);
        if (!utf8::IsThaiLetter(next) || next == kMaiYamok) break;
        i += 3;
      }
      continue;
    }
    flush(i);
    const size_t start = i;
    i += d.length;
    if (IsModifier(c) && !tokens.empty() && tokens.back().end == start &&
        tokens.back().kind != TokenKind::kSpace) {
      // A variation selector, skin tone or combining mark stays with the
      // character it modifies ("❤️" is one token), and a zero-width joiner
      // also takes the character it joins on.
      if (c == kZeroWidthJoiner && i < text.size()) {
        const utf8::Decoded joined = utf8::DecodeAt(text, i);
        if (joined.valid && !utf8::IsSpace(joined.code_point)) i += joined.length;
      }
      tokens.back().end = i;
    } else if (c == kMaiYamok) {
      // Each ๆ repeats the word before it: "ดีๆๆ" is ดี|ๆ|ๆ.
      push(start, i, TokenKind::kPunct);
    } else if (c == kPaiyannoi) {
      // "ฯลฯ" (et cetera) is a word of its own; otherwise the mark belongs
      // to the shortened word before it ("กรุงเทพฯ").
      static constexpr std::string_view kEtCetera = "ฯลฯ";
      if (text.compare(start, kEtCetera.size(), kEtCetera) == 0) {
        i = start + kEtCetera.size();
        push(start, i, TokenKind::kAbbreviation);
      } else if (!tokens.empty() && tokens.back().end == start &&
          (tokens.back().kind == TokenKind::kThai ||
           tokens.back().kind == TokenKind::kAbbreviation)) {
        tokens.back().end = i;
      } else {
        push(start, i, TokenKind::kPunct);
      }
    } else if (utf8::IsSpace(c) || utf8::IsInvisible(c)) {
      while (i < text.size()) {
        const utf8::Decoded n = utf8::DecodeAt(text, i);
        if (!n.valid || !(utf8::IsSpace(n.code_point) || utf8::IsInvisible(n.code_point))) break;
        i += n.length;
      }
      push(start, i, TokenKind::kSpace);
    } else if (IsOtherAlnum(c)) {
      bool has_letter = !utf8::IsDigit(c);
      while (i < text.size()) {
        const utf8::Decoded n = utf8::DecodeAt(text, i);
        if (n.valid && IsOtherAlnum(n.code_point)) {
          has_letter = has_letter || !utf8::IsDigit(n.code_point);
          i += n.length;
          continue;
        }
        // "1,250", "10.00", "2566-2570", "10:30": a separator between digits.
        if (!has_letter && i + 1 < text.size() && IsNumberSeparator(text[i])) {
          const utf8::Decoded after = utf8::DecodeAt(text, i + 1);
          if (after.valid && utf8::IsDigit(after.code_point)) {
            i += 1;
            continue;
          }
        }
        break;
      }
      push(start, i, has_letter ? TokenKind::kLatin : TokenKind::kNumber);
    } else {
      // Punctuation, one character a token ("!!" is two), except that a run
      // of dots is one ellipsis and a run of - _ = * ~ one rule ("...",
      // "-----").
      if (IsRunPunctuation(c)) {
        while (i < text.size() && text[i] == static_cast<char>(c)) ++i;
      }
      push(start, i, TokenKind::kPunct);
    }
  }
  flush(text.size());
  MergeWords(text, &tokens);
  return tokens;
}

Result<Segmenter> Segmenter::Create(const Options& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const DataSource data(options.data_dir);
  Result<std::string> abbreviations = data.Read("abbreviations.tsv");
  if (!abbreviations.ok()) return abbreviations.status();
  Status status = LoadWordColumn("abbreviations.tsv", *abbreviations, true, &impl->abbreviations);
  if (!status.ok()) return status;
  for (std::string_view a : impl->abbreviations.words) {
    impl->abbreviation_lead_bytes = std::max(impl->abbreviation_lead_bytes, std::min(a.find('.'), a.size()));
  }
  Result<std::vector<std::string>> user_words = UserWords(options);
  if (!user_words.ok()) return user_words.status();
  const bool compound = options.granularity == Granularity::kCompound;

  if (options.engine == Engine::kLibThai || options.engine == Engine::kIcu) {
    Result<std::unique_ptr<ThaiBreaker>> breaker =
        options.engine == Engine::kIcu ? NewIcuBreaker() : NewLibThaiBreaker();
    if (!breaker.ok()) return breaker.status();
    impl->breaker = std::move(*breaker);
    // These engines know none of our words: join their tokens into them.
    if (compound) {
      Result<std::string> domain = data.Read("domain_words.tsv");
      if (!domain.ok()) return domain.status();
      status = LoadWordColumn("domain_words.tsv", *domain, true, &impl->merge_words);
      if (!status.ok()) return status;
    }
    for (const std::string& w : *user_words) impl->merge_words.Add(w);
    return Segmenter(std::move(impl));
  }

  Result<std::string> words = data.Read("thai_words.tsv");
  if (!words.ok()) return words.status();
  Result<std::string> domain = data.Read("domain_words.tsv");
  if (!domain.ok()) return domain.status();
  DictionarySources sources;
  sources.words_tsv = *words;
  sources.domain_tsv = *domain;
  sources.user_words = std::move(*user_words);
  sources.compound = compound;
  Result<Dictionary> dictionary = BuildDictionary(sources);
  if (!dictionary.ok()) return dictionary.status();
  for (const std::string& w : dictionary->joined_words) impl->merge_words.Add(w);
  impl->breaker = NewThainewsBreaker(std::make_shared<const Dictionary>(std::move(*dictionary)),
                                     sources.unknown);
  return Segmenter(std::move(impl));
}

Segmenter::Segmenter(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

std::vector<Token> Segmenter::Segment(std::string_view utf8) const {
  return impl_->Segment(utf8);
}

std::vector<std::string> Segmenter::Words(std::string_view utf8) const {
  std::vector<std::string> words;
  for (const Token& t : impl_->Segment(utf8)) {
    if (t.kind != TokenKind::kSpace) words.emplace_back(utf8.substr(t.begin, t.end - t.begin));
  }
  return words;
}

const Segmenter::Options& Segmenter::options() const { return impl_->options; }

const char* Segmenter::engine_name() const { return impl_->breaker->name(); }

}  // namespace thainews
