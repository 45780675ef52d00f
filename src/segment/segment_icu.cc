// ICU's dictionary-based word BreakIterator behind ThaiBreaker. It reads the
// UTF-8 run in place through UText, so offsets need no mapping. A
// BreakIterator holds iteration state, hence one per concurrent call.

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <string>

#include "segment/pool.h"
#include "segment/segment.h"

namespace thainews {
namespace {

class IcuBreaker : public ThaiBreaker {
 public:
  explicit IcuBreaker(std::unique_ptr<icu::BreakIterator> prototype)
      : prototype_(std::move(prototype)),
        pool_([this] { return std::unique_ptr<icu::BreakIterator>(prototype_->clone()); }) {}

  const char* name() const override { return "icu"; }

  void BreakRun(std::string_view run, std::vector<size_t>* ends) const override {
    UErrorCode error = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, run.data(), static_cast<int64_t>(run.size()), &error);
    auto iterator = pool_.Borrow();
    if (U_SUCCESS(error) && iterator) {
      iterator->setText(&text, error);
      if (U_SUCCESS(error)) {
        for (int32_t p = iterator->next(); p != icu::BreakIterator::DONE; p = iterator->next()) {
          if (p > 0 && static_cast<size_t>(p) < run.size()) ends->push_back(static_cast<size_t>(p));
        }
      }
      // Drop the reference to `run` before the iterator goes back to the pool.
      UText empty = UTEXT_INITIALIZER;
      UErrorCode ignored = U_ZERO_ERROR;
      utext_openUTF8(&empty, "", 0, &ignored);
      iterator->setText(&empty, ignored);
      utext_close(&empty);
    }
    utext_close(&text);
    ends->push_back(run.size());
  }

 private:
  std::unique_ptr<icu::BreakIterator> prototype_;
  Pool<icu::BreakIterator> pool_;
};

}  // namespace

Result<std::unique_ptr<ThaiBreaker>> NewIcuBreaker() {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale("th"), error));
  if (U_FAILURE(error) || !iterator) {
    return Status(StatusCode::kDataError,
                  std::string("ICU could not create a Thai word BreakIterator: ") +
                      u_errorName(error));
  }
  return std::unique_ptr<ThaiBreaker>(new IcuBreaker(std::move(iterator)));
}

}  // namespace thainews
