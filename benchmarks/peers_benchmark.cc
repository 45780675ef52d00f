// The peers in C and C++ on the same text as segment_benchmark: ICU's word
// BreakIterator and libthai's th_brk, each called directly on the whole
// text, without thainews around them. libthai reads TIS-620, so the text is
// converted once before timing (the conversion is not counted: this favours
// libthai slightly).

#include <benchmark/benchmark.h>
#include <thai/thbrk.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>
#include <vector>

#include "bench_text.h"

namespace {

using thainews_bench::BenchText;
using thainews_bench::ReportThroughput;

void BM_IcuWordBreakIterator(benchmark::State& state) {
  const std::string& text = BenchText();
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale("th"), error));
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &error);
  if (U_FAILURE(error)) {
    state.SkipWithError(u_errorName(error));
    return;
  }
  std::vector<int32_t> boundaries;
  for (auto _ : state) {
    boundaries.clear();
    iterator->setText(&utext, error);
    for (int32_t p = iterator->first(); p != icu::BreakIterator::DONE; p = iterator->next()) {
      boundaries.push_back(p);
    }
    benchmark::DoNotOptimize(boundaries.data());
  }
  utext_close(&utext);
  ReportThroughput(state, text);
}
BENCHMARK(BM_IcuWordBreakIterator)->Unit(benchmark::kMillisecond);

void BM_LibThaiThBrk(benchmark::State& state) {
  const std::string& text = BenchText();
  // UTF-8 -> TIS-620: Thai letters to 0xA1-0xFB, ASCII kept, anything else '?'.
  std::string tis;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      tis.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (length == 3 && i + 2 < text.size()) {
      const uint32_t cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
      tis.push_back(cp >= 0x0E01 && cp <= 0x0E5B ? static_cast<char>(cp - 0x0E00 + 0xA0) : '?');
    } else {
      tis.push_back('?');
    }
    i += length;
  }
  ThBrk* brk = th_brk_new(nullptr);
  if (brk == nullptr) {
    state.SkipWithError("libthai has no dictionary");
    return;
  }
  std::vector<int> positions(tis.size() + 1);
  for (auto _ : state) {
    const int n = th_brk_find_breaks(brk, reinterpret_cast<const thchar_t*>(tis.c_str()),
                                     positions.data(), positions.size());
    benchmark::DoNotOptimize(n);
  }
  th_brk_delete(brk);
  ReportThroughput(state, text);
}
BENCHMARK(BM_LibThaiThBrk)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
