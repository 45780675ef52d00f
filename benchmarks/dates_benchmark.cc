// Date extraction throughput alone: the sample release repeated to about
// 1 MB is normalized and segmented once; each iteration runs only the
// DateExtractor over it, on one thread and on several.
//
//   build/benchmarks/dates_benchmark

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "extract/dates.h"
#include "extract/document.h"
#include "text/normalize.h"
#include "thainews/segmenter.h"

namespace {

struct Fixture {
  std::string text;  // the Document's original text: it must stay put
  std::unique_ptr<thainews::Document> doc;
  std::unique_ptr<thainews::DateExtractor> dates;
};

std::string SampleText() {
  std::ifstream in(THAINEWS_BENCH_DIR "/../data/sample-release.txt", std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  const std::string once = content.str();
  std::string out;
  while (!once.empty() && out.size() < (1u << 20)) out += once + "\n";
  return out;
}

const Fixture& SharedFixture() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture{SampleText(), nullptr, nullptr};
    auto segmenter = thainews::Segmenter::Create({});
    auto dates = thainews::DateExtractor::Create();
    if (!segmenter.ok() || !dates.ok()) std::abort();
    thainews::NormalizedText normalized = thainews::Normalize(f->text);
    std::vector<thainews::Token> tokens = segmenter->Segment(normalized.text());
    f->doc =
        std::make_unique<thainews::Document>(f->text, std::move(normalized), std::move(tokens));
    f->dates = std::make_unique<thainews::DateExtractor>(std::move(*dates));
    return f;
  }();
  return *fixture;
}

void BM_ExtractDates(benchmark::State& state) {
  const Fixture& f = SharedFixture();
  size_t found = 0;
  for (auto _ : state) {
    thainews::Article article;
    f.dates->Extract(*f.doc, &article);
    found = article.dates.size();
    benchmark::DoNotOptimize(article.dates.data());
  }
  state.counters["dates"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(f.doc->text().size()));
}
BENCHMARK(BM_ExtractDates)->Unit(benchmark::kMillisecond)->ThreadRange(1, 2)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
