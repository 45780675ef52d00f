// Segmentation throughput of each engine on the same Thai text, in bytes and
// characters per second, on one thread and on several; and what creating the
// thainews engine's Segmenter costs in time and resident memory.
//
//   build/benchmarks/segment_benchmark [--benchmark_filter=...]
//
// The text is THAINEWS_BENCH_TEXT (a UTF-8 file) when set, else the sample
// release repeated to about 1 MB. Form feeds in it separate documents for
// BM_SegmentDocuments. benchmarks/compare_segmenters.py runs this
// against the other segmenters on the same text.

#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench_text.h"
#include "thainews/thainews.h"

namespace {

using thainews_bench::BenchText;
using thainews_bench::ReportThroughput;
using thainews_bench::CodePoints;

// The bench text cut at form feeds ('\f'): one document each, so that the
// per-call figure can be set beside a per-call figure from Python
// (benchmarks/compare_segmenters.py writes such a file).
const std::vector<std::string_view>& BenchDocuments() {
  static const std::vector<std::string_view> documents = [] {
    std::vector<std::string_view> out;
    std::string_view rest = BenchText();
    while (!rest.empty()) {
      const size_t end = rest.find('\f');
      out.push_back(rest.substr(0, end));
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
    return out;
  }();
  return documents;
}


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

// Resident memory of this process in bytes (Linux), 0 where unknown.
size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  if (!(statm >> pages >> resident)) return 0;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Creating a Segmenter: loading and building its dictionary. Resident
// memory: "rss_first_MB" is what the first Segmenter of the process added
// (with the pages of compiled-in data it read), "rss_each_MB" what each of
// eight more adds while all are kept.
void BM_Create(benchmark::State& state, thainews::Segmenter::Engine engine,
               thainews::Segmenter::Granularity granularity) {
  thainews::Segmenter::Options options;
  options.engine = engine;
  options.granularity = granularity;
  static double first_rss = -1;
  const size_t before = ResidentBytes();
  auto first = thainews::Segmenter::Create(options);
  if (!first.ok()) {
    state.SkipWithError(first.status().ToString().c_str());
    return;
  }
  if (first_rss < 0) first_rss = static_cast<double>(ResidentBytes() - before) / (1 << 20);
  constexpr int kHeld = 8;
  std::vector<thainews::Segmenter> held;
  const size_t held_before = ResidentBytes();
  for (int i = 0; i < kHeld; ++i) held.push_back(std::move(*thainews::Segmenter::Create(options)));
  const double each = static_cast<double>(ResidentBytes() - held_before) / kHeld / (1 << 20);
  held.clear();
  for (auto _ : state) {
    auto segmenter = thainews::Segmenter::Create(options);
    benchmark::DoNotOptimize(segmenter.ok());
  }
  state.counters["rss_first_MB"] = first_rss;
  state.counters["rss_each_MB"] = each;
}

// One Segment() call per document (see BenchDocuments).
void BM_SegmentDocuments(benchmark::State& state) {
  auto segmenter = thainews::Segmenter::Create({});
  if (!segmenter.ok()) {
    state.SkipWithError(segmenter.status().ToString().c_str());
    return;
  }
  size_t bytes = 0, chars = 0;
  for (std::string_view d : BenchDocuments()) {
    bytes += d.size();
    chars += CodePoints(d);
  }
  for (auto _ : state) {
    for (std::string_view d : BenchDocuments()) {
      std::vector<thainews::Token> tokens = segmenter->Segment(d);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["chars/s"] = benchmark::Counter(static_cast<double>(state.iterations()) * chars,
                                                 benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(BenchDocuments().size());
}

using E = thainews::Segmenter::Engine;
using G = thainews::Segmenter::Granularity;
BENCHMARK_CAPTURE(BM_Create, thainews_fine, E::kThainews, G::kFine)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Create, thainews_compound, E::kThainews, G::kCompound)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, default_fine, E::kDefault, G::kFine)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, thainews_fine, E::kThainews, G::kFine)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, libthai_fine, E::kLibThai, G::kFine)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, icu_fine, E::kIcu, G::kFine)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Segment, default_compound, E::kDefault, G::kCompound)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentDocuments)->Unit(benchmark::kMillisecond);
// The same Segmenter shared by two threads: it must scale, not serialize.
BENCHMARK_CAPTURE(BM_Segment, default_fine_shared, E::kDefault, G::kFine)
    ->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
