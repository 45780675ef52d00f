// The thainews engine behind ThaiBreaker: decodes the run into Thai codes,
// finds the cheapest path through the word lattice and maps the word ends
// back to byte offsets. The dictionary is shared and read-only; the working
// memory is per thread and reused, so calls allocate nothing once warm.

#include <memory>

#include "segment/dictionary.h"
#include "segment/lattice.h"
#include "segment/segment.h"
#include "segment/tcc.h"

namespace thainews {
namespace {

// Working memory kept by a thread between calls, up to this many characters;
// a longer run's memory is given back after it.
constexpr size_t kKeptScratchChars = size_t{1} << 16;
// Offsets are 32-bit: a longer run (never seen in text) is cut in pieces.
constexpr size_t kMaxRunBytes = size_t{1} << 30;

struct Scratch {
  LatticeScratch lattice;
  std::vector<tcc::ThaiCode> code;
  std::vector<uint32_t> offset;  // byte offset of each character, and the end
  std::vector<uint32_t> ends;
};

class ThainewsBreaker : public ThaiBreaker {
 public:
  ThainewsBreaker(std::shared_ptr<const Dictionary> dictionary, const UnknownWordCosts& unknown)
      : dictionary_(std::move(dictionary)), unknown_(unknown) {}

  const char* name() const override { return "thainews"; }

  void BreakRun(std::string_view run, std::vector<size_t>* ends) const override {
    size_t done = 0;
    while (run.size() - done > kMaxRunBytes) {
      size_t cut = done + kMaxRunBytes;
      while ((static_cast<unsigned char>(run[cut]) & 0xC0) == 0x80) --cut;
      const size_t first = ends->size();
      BreakPiece(run.substr(done, cut - done), ends);
      for (size_t k = first; k < ends->size(); ++k) (*ends)[k] += done;
      done = cut;
    }
    const size_t first = ends->size();
    BreakPiece(run.substr(done), ends);
    for (size_t k = first; k < ends->size(); ++k) (*ends)[k] += done;
  }

 private:
  void BreakPiece(std::string_view run, std::vector<size_t>* ends) const {
    thread_local Scratch scratch;
    Scratch& s = scratch;
    s.code.clear();
    s.offset.clear();
    s.ends.clear();
    tcc::DecodeThai(run, &s.code, &s.offset);
    const size_t n = s.code.size();
    BestSegmentation(dictionary_->trie, unknown_, s.code.data(), n, &s.lattice, &s.ends);
    // The last end is n, so the words reach the end of the piece.
    for (uint32_t e : s.ends) ends->push_back(s.offset[e]);
    if (n > kKeptScratchChars) s = Scratch();
  }

  std::shared_ptr<const Dictionary> dictionary_;
  UnknownWordCosts unknown_;
};

}  // namespace

std::unique_ptr<ThaiBreaker> NewThainewsBreaker(std::shared_ptr<const Dictionary> dictionary,
                                                const UnknownWordCosts& unknown) {
  return std::make_unique<ThainewsBreaker>(std::move(dictionary), unknown);
}

}  // namespace thainews
