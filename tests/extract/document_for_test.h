// Documents for tests: a text normalized and segmented at compound
// granularity, as Extractor::Extract() prepares it for the extractors.

#ifndef THAINEWS_TESTS_DOCUMENT_FOR_TEST_H_
#define THAINEWS_TESTS_DOCUMENT_FOR_TEST_H_

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "text/normalize.h"
#include "thainews/article.h"
#include "thainews/segmenter.h"

namespace thainews {

// The default engine at compound granularity, built once.
inline const Segmenter& CompoundSegmenter() {
  static const Segmenter* segmenter = [] {
    Segmenter::Options options;
    options.granularity = Segmenter::Granularity::kCompound;
    Result<Segmenter> created = Segmenter::Create(options);
    if (!created.ok()) {
      std::cerr << "cannot create the segmenter: " << created.status().ToString() << "\n";
      std::abort();
    }
    return new Segmenter(std::move(*created));
  }();
  return *segmenter;
}

// `text` as a Document. The Document points into `text`, which must outlive it.
inline std::unique_ptr<Document> DocumentFor(const std::string& text) {
  NormalizedText normalized = Normalize(text);
  std::vector<Token> tokens = CompoundSegmenter().Segment(normalized.text());
  return std::make_unique<Document>(text, std::move(normalized), std::move(tokens));
}

// A text, its Document and the Article an extractor fills, kept together so
// that the Document's view of the text stays valid.
struct TestDocument {
  explicit TestDocument(std::string input) : text(std::move(input)) {
    doc = DocumentFor(text);
    article.text = text;
  }
  std::string text;
  std::unique_ptr<Document> doc;
  Article article;
};

}  // namespace thainews

#endif  // THAINEWS_TESTS_DOCUMENT_FOR_TEST_H_
