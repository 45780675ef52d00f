// The word lattice of the thainews engine: every way to cut a run of Thai
// text into dictionary words and unknown stretches, at cluster boundaries
// only (tcc.h), and the cheapest of them under a unigram word model. A word
// costs what its dictionary entry says (about -log of its probability); an
// unknown stretch costs a start price plus a price per cluster, so a rare
// word is preferred to an unknown stretch and a stretch of unknown letters is
// one token, not one token per cluster.
//
// Dynamic programming over cluster starts: at each start one walk down the
// trie (as long as the longest word) and one unknown step, so the work is
// linear in the length of the run. All memory comes from a Scratch that a
// caller reuses across calls: no allocation per character.

#ifndef THAINEWS_SRC_SEGMENT_LATTICE_H_
#define THAINEWS_SRC_SEGMENT_LATTICE_H_

#include <cstdint>
#include <vector>

#include "segment/tcc.h"
#include "segment/trie.h"

namespace thainews {

struct UnknownWordCosts {
  // The first cluster of an unknown stretch (20: a little dearer than the
  // rarest dictionary word).
  float start = 20.0f;
  // Each further cluster of the same stretch (10).
  float per_cluster = 10.0f;
  // A word's last consonant typed again for emphasis, once or more, on top
  // of the word (5).
  float emphasis_tail = 5.0f;
};

// Working memory for BestSegmentation; one per thread.
struct LatticeScratch {
  std::vector<uint8_t> starts;        // cluster starts (bool)
  std::vector<float> word_cost;       // cheapest path ending here with a word
  std::vector<float> unknown_cost;    // ... ending here inside an unknown stretch
  std::vector<uint32_t> word_from;    // where that word began; top bit: the
  std::vector<uint32_t> unknown_from; // path before it ended unknown
  std::vector<uint32_t> run_end;      // where the run of this letter ends
};

// Cuts code[0, n) (Thai codes, tcc.h) into words. Dictionary keys are
// sequences of Thai codes. Appends to `ends` the index after each word,
// ascending, ending with n; returns the total cost of the path.
//
// Lookups read "เเ" as "แ" (a common typing slip) and a vowel or mark typed
// more than once as one; a word may take its last consonant typed again for
// emphasis ("มากกกก" is the word "มาก").
float BestSegmentation(const DoubleArrayTrie& dictionary, const UnknownWordCosts& unknown,
                       const tcc::ThaiCode* code, size_t n, LatticeScratch* scratch,
                       std::vector<uint32_t>* ends);

}  // namespace thainews

#endif  // THAINEWS_SRC_SEGMENT_LATTICE_H_
