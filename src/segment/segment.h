// The engine interface behind Segmenter: an engine only ever sees one run of
// Thai letters (no spaces, digits, Latin or punctuation; Segmenter handles
// those the same way for every engine) and says where its words end.

#ifndef THAINEWS_SRC_SEGMENT_SEGMENT_H_
#define THAINEWS_SRC_SEGMENT_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

#include "thainews/status.h"

namespace thainews {

struct Dictionary;
struct UnknownWordCosts;

class ThaiBreaker {
 public:
  virtual ~ThaiBreaker() = default;
  virtual const char* name() const = 0;
  // Appends to `ends` the byte offsets in `run` where words end, ascending;
  // the last one is run.size(). Called concurrently from many threads.
  virtual void BreakRun(std::string_view run, std::vector<size_t>* ends) const = 0;
};

Result<std::unique_ptr<ThaiBreaker>> NewLibThaiBreaker();
Result<std::unique_ptr<ThaiBreaker>> NewIcuBreaker();
// Our own engine: clusters, a lattice of dictionary words and unknown
// stretches, the cheapest path under a unigram model (dictionary.h).
std::unique_ptr<ThaiBreaker> NewThainewsBreaker(std::shared_ptr<const Dictionary> dictionary,
                                                const UnknownWordCosts& unknown);

}  // namespace thainews

#endif  // THAINEWS_SRC_SEGMENT_SEGMENT_H_
