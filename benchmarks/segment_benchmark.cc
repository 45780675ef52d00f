// Segmentation throughput of each engine on the same Thai text, in bytes and
// characters per second, on one thread and on several.
//
//   build/benchmarks/segment_benchmark [--benchmark_filter=...]
//
// The text is THAINEWS_BENCH_TEXT (a UTF-8 file) when set, else the sample
// release repeated to about 1 MB. benchmarks/compare_segmenters.py runs this
// against the other segmenters on the same text.

#include <benchmark/benchmark.h>

#include <map>
#include <mutex>
#include <string>

#include "bench_text.h"
#include "thainews/thainews.h"

namespace {

using thainews_bench::BenchText;
using thainews_bench::ReportThroughput;

void BM_Segment(benchmark::State& state, thainews::Segmenter::Engine engine,
                thainews::Segmenter::Granularity granularity) {
  thainews::Segmenter::Options options;
  options.engine = engine;
  options.granularity = granularity;
  static auto* segmenters = new std::map<std::pair<int, int>, thainews::Segmenter>();
  static std::mutex mutex;
  const thainews::Segmenter* segmenter;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto key = std::make_pair(static_cast<int>(engine), static_cast<int>(granularity));
    auto it = segmenters->find(key);
    if (it == segmenters->end()) {
      auto created = thainews::Segmenter::Create(options);
      if (!created.ok()) {
        state.SkipWithError(created.status().ToString().c_str());
        return;
      }
      it = segmenters->emplace(key, std::move(*created)).first;
    }
    segmenter = &it->second;
  }
  const std::string& text = BenchText();
  for (auto _ : state) {
    std::vector<thainews::Token> tokens = segmenter->Segment(text);
    benchmark::DoNotOptimize(tokens.data());
  }
  ReportThroughput(state, text);
}

using E = thainews::Segmenter::Engine;
using G = thainews::Segmenter::Granularity;
BENCHMARK_CAPTURE(BM_Segment, default_fine, E::kDefault, G::kFine)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, libthai_fine, E::kLibThai, G::kFine)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, icu_fine, E::kIcu, G::kFine)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, default_compound, E::kDefault, G::kCompound)
    ->Unit(benchmark::kMillisecond);
// The same Segmenter shared by two threads: it must scale, not serialize.
BENCHMARK_CAPTURE(BM_Segment, default_fine_shared, E::kDefault, G::kFine)
    ->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
