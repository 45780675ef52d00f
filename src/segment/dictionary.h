// The dictionary of the thainews engine: every word it knows, with the cost
// the lattice (lattice.h) pays for it, in one double-array trie keyed by Thai
// codes (tcc.h).
//
// Where the words come from (see data/README.md):
// - thai_words.tsv: the general vocabulary with corpus counts. A word costs
//   kWordCost + ln(total / (count + 1)): frequent words are cheap, and every
//   word pays something, so that of two equally likely cuts the one with
//   fewer words wins.
// - domain_words.tsv: place names are words at both granularities. The other
//   domain words (positions, office words: "ผู้ว่าราชการจังหวัด",
//   "ที่ว่าการอำเภอ") are compounds. `fine` knows them only as far as the
//   general vocabulary does (it has "เจ้าหน้าที่" whole, as the gold sets
//   do); `compound` keeps them whole at the cost of their best cut into
//   words, less kCompoundBonus, so that a compound replaces exactly the cut
//   it spans and never pulls a letter from a neighbouring word.
// - user words: always cheaper than any other reading of the same letters,
//   so that they are honoured wherever they occur.
//
// Words with characters other than Thai letters ("สุไหงโก-ลก") cannot be in
// the lattice, which sees one run of Thai letters at a time; they come back
// in `joined_words` for Segmenter to join its tokens into.

#ifndef THAINEWS_SRC_SEGMENT_DICTIONARY_H_
#define THAINEWS_SRC_SEGMENT_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "segment/lattice.h"
#include "thainews/status.h"
#include "segment/trie.h"

namespace thainews {

struct Dictionary {
  DoubleArrayTrie trie;
  std::vector<std::string> joined_words;
};

struct DictionarySources {
  // The content of thai_words.tsv: word, count, flags (header line first).
  std::string_view words_tsv;
  // The content of domain_words.tsv: word, category (header line first).
  std::string_view domain_tsv;
  // Extra words, from Segmenter::Options.
  std::vector<std::string> user_words;
  // Keep compounds whole (Granularity::kCompound).
  bool compound = false;
  // What unknown stretches cost, for pricing compounds.
  UnknownWordCosts unknown;
};

// What every word pays on top of its -log probability.
constexpr float kWordCost = 2.0f;
// What a user word costs: less than any dictionary word.
constexpr float kUserWordCost = 0.5f;
// How much cheaper a compound is than the cut into parts it replaces.
constexpr float kCompoundBonus = 1.0f;

// Fails with kDataError, naming the file and line, on a malformed row.
Result<Dictionary> BuildDictionary(const DictionarySources& sources);

// The trie key of a word: its Thai codes, with "เเ" read as "แ". False when
// the word has anything but Thai letters (or is empty).
bool ThaiKey(std::string_view utf8, std::string* key);

}  // namespace thainews

#endif  // THAINEWS_SRC_SEGMENT_DICTIONARY_H_
