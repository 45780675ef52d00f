// Extractor: decode, normalize, segment, then let each extractor read the
// same Document. Everything an extractor needs (patterns, lexicons,
// gazetteer) is built in Create(), so Extract() only reads shared state and
// any number of threads may call it at once.

#include "thainews/extractor.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "extract/counts.h"
#include "data/data.h"
#include "extract/dates.h"
#include "extract/document.h"
#include "extract/event.h"
#include "extract/headline.h"
#include "extract/issues.h"
#include "text/normalize.h"
#include "extract/people.h"
#include "extract/places.h"
#include "text/utf8.h"

#ifndef THAINEWS_VERSION
#define THAINEWS_VERSION "0.0.0"
#endif

namespace thainews {

const char* Version() { return THAINEWS_VERSION; }

const char* DateKindName(Date::Kind kind) {
  switch (kind) {
    case Date::Kind::kDate: return "date";
    case Date::Kind::kDateRange: return "date_range";
    case Date::Kind::kMonth: return "month";
    case Date::Kind::kYear: return "year";
    case Date::Kind::kYearRange: return "year_range";
    case Date::Kind::kFiscalYear: return "fiscal_year";
    case Date::Kind::kFiscalYearRange: return "fiscal_year_range";
  }
  return "date";
}

class Extractor::Impl {
 public:
  // Everything Create() builds that may fail, built before the Impl.
  struct Parts {
    Segmenter segmenter;
    DateExtractor dates;
    PlaceExtractor places;
    OfficialExtractor officials;
    AttendanceExtractor attendance;
    IssueListExtractor issues;
    EventExtractor event;
  };

  Impl(Options options, Parts parts)
      : options(std::move(options)),
        segmenter(std::move(parts.segmenter)),
        dates(std::move(parts.dates)),
        headline(this->dates),
        places(std::move(parts.places)),
        officials(std::move(parts.officials)),
        attendance(std::move(parts.attendance)),
        issues(std::move(parts.issues)),
        event(std::move(parts.event)) {}

  Result<Article> Extract(std::string_view input, const DecodeOptions& decode) const;

  Options options;
  Segmenter segmenter;
  DateExtractor dates;
  HeadlineFinder headline;  // reads `dates`, so comes after it
  PlaceExtractor places;
  OfficialExtractor officials;  // reads the provinces `places` found
  AttendanceExtractor attendance;
  IssueListExtractor issues;
  EventExtractor event;  // reads every field the others found, so runs last
};

namespace {

// True when the text has at least one character that is neither whitespace
// nor invisible: a file of blanks is no article.
bool HasVisibleText(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    if (!utf8::IsSpace(d.code_point) && !utf8::IsInvisible(d.code_point)) return true;
    i += d.length;
  }
  return false;
}

}  // namespace

Result<Article> Extractor::Impl::Extract(std::string_view input,
                                         const DecodeOptions& decode) const {
  Result<std::string> decoded = DecodeToUtf8(input, decode);
  if (!decoded.ok()) return decoded.status();
  if (!HasVisibleText(*decoded)) {
    return Status(StatusCode::kInvalidInput,
                  input.empty() ? "empty input: there is no article to read"
                                : "the input holds only whitespace: there is no article to read");
  }
  if (decoded->size() >= (size_t{1} << 32) - 1) {
    return Status(StatusCode::kInputTooLarge, "input over 4 GiB cannot be processed");
  }
  Article article;
  article.text = std::move(*decoded);
  NormalizedText normalized = Normalize(article.text);
  std::vector<Token> tokens = segmenter.Segment(normalized.text());
  const Document doc(article.text, std::move(normalized), std::move(tokens));

  dates.Extract(doc, &article);
  headline.Find(doc, &article);
  places.Extract(doc, &article);
  officials.Find(doc, &article);
  attendance.Extract(doc, &article);
  issues.Extract(doc, &article);
  event.Extract(doc, &article);
  return article;
}

Result<Extractor> Extractor::Create(const Options& options) {
  Segmenter::Options segmenter_options = options.segmenter;
  segmenter_options.granularity = Segmenter::Granularity::kCompound;
  if (segmenter_options.data_dir.empty()) segmenter_options.data_dir = options.data_dir;
  Result<Segmenter> segmenter = Segmenter::Create(segmenter_options);
  if (!segmenter.ok()) return segmenter.status();
  Result<DateExtractor> dates = DateExtractor::Create();
  if (!dates.ok()) return dates.status();
  const DataSource data(options.data_dir);
  Result<PlaceExtractor> places = PlaceExtractor::Create(data);
  if (!places.ok()) return places.status();
  Result<OfficialExtractor> officials = OfficialExtractor::Create(data);
  if (!officials.ok()) return officials.status();
  Result<AttendanceExtractor> attendance = AttendanceExtractor::Create(data);
  if (!attendance.ok()) return attendance.status();
  Result<IssueListExtractor> issues = IssueListExtractor::Create(data);
  if (!issues.ok()) return issues.status();
  Result<EventExtractor> event = EventExtractor::Create(data);
  if (!event.ok()) return event.status();
  auto impl = std::make_unique<Impl>(
      options, Impl::Parts{std::move(*segmenter), std::move(*dates), std::move(*places),
                           std::move(*officials), std::move(*attendance), std::move(*issues),
                           std::move(*event)});
  return Extractor(std::move(impl));
}

Extractor::Extractor(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Result<Article> Extractor::Extract(std::string_view input) const {
  return impl_->Extract(input, impl_->options.decode);
}

Result<Article> Extractor::Extract(std::string_view input, const DecodeOptions& decode) const {
  return impl_->Extract(input, decode);
}

std::vector<Result<Article>> Extractor::ExtractBatch(const std::vector<std::string_view>& inputs,
                                                     int num_threads) const {
  return ExtractBatch(inputs, impl_->options.decode, num_threads);
}

std::vector<Result<Article>> Extractor::ExtractBatch(const std::vector<std::string_view>& inputs,
                                                     const DecodeOptions& decode,
                                                     int num_threads) const {
  std::vector<Result<Article>> results(
      inputs.size(), Result<Article>(Status(StatusCode::kInternal, "not processed")));
  size_t threads = num_threads > 0 ? static_cast<size_t>(num_threads)
                                   : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, inputs.size());
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i = next++; i < inputs.size(); i = next++) {
      results[i] = impl_->Extract(inputs[i], decode);
    }
  };
  if (threads <= 1) {
    work();
    return results;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return results;
}

const Extractor::Options& Extractor::options() const { return impl_->options; }

const Segmenter& Extractor::segmenter() const { return impl_->segmenter; }

}  // namespace thainews
