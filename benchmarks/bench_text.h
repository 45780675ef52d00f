// The text every C++ benchmark reads: THAINEWS_BENCH_TEXT (a UTF-8 file)
// when set, else the sample release repeated to about 1 MB, so that all
// segmenters are timed on the same input.

#ifndef THAINEWS_BENCHMARKS_BENCH_TEXT_H_
#define THAINEWS_BENCHMARKS_BENCH_TEXT_H_

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace thainews_bench {

inline const std::string& BenchText() {
  static const std::string text = [] {
    const char* path = std::getenv("THAINEWS_BENCH_TEXT");
    std::ifstream in(path ? path : THAINEWS_BENCH_DIR "/../data/sample-release.txt",
                     std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    std::string once = content.str();
    if (path != nullptr || once.empty()) return once;
    std::string repeated;
    while (repeated.size() < (1u << 20)) repeated += once;
    return repeated;
  }();
  return text;
}

inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Bytes and characters per second of `state`'s iterations over `text`.
inline void ReportThroughput(benchmark::State& state, const std::string& text) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["chars/s"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * static_cast<double>(CodePoints(text)),
      benchmark::Counter::kIsRate);
}

}  // namespace thainews_bench

#endif  // THAINEWS_BENCHMARKS_BENCH_TEXT_H_
