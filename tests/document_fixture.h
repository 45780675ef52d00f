// Test helper: the Document an extractor sees for a text, built the way
// Extractor::Extract builds it (normalized, segmented at compound
// granularity). The text is kept alive with the Document.

#ifndef THAINEWS_TESTS_DOCUMENT_FIXTURE_H_
#define THAINEWS_TESTS_DOCUMENT_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "document.h"
#include "normalize.h"
#include "thainews/segmenter.h"

namespace thainews {

// The compound-granularity segmenter, created once for the test program.
inline const Segmenter& CompoundSegmenter() {
  static const Segmenter* segmenter = [] {
    Segmenter::Options options;
    options.granularity = Segmenter::Granularity::kCompound;
    Result<Segmenter> created = Segmenter::Create(options);
    EXPECT_TRUE(created.ok()) << created.status().message();
    return new Segmenter(std::move(*created));
  }();
  return *segmenter;
}

struct TestDocument {
  explicit TestDocument(std::string input) : text(std::move(input)) {
    NormalizedText normalized = Normalize(text);
    std::vector<Token> tokens = CompoundSegmenter().Segment(normalized.text());
    doc = std::make_unique<Document>(text, std::move(normalized), std::move(tokens));
    article.text = text;
  }
  std::string text;
  std::unique_ptr<Document> doc;
  Article article;
};

}  // namespace thainews

#endif  // THAINEWS_TESTS_DOCUMENT_FIXTURE_H_
