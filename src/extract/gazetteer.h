// The loaded gazetteer (data/gazetteer.tsv, place_aliases.tsv,
// place_old_codes.tsv, province_splits.tsv): every unit with its parent,
// an index of every name by its exact spelling, and a byte trie of the names
// that are looked for in text, so that the place extractor finds every name
// starting at a position in one walk. Built once, then only read.

#ifndef THAINEWS_SRC_EXTRACT_GAZETTEER_H_
#define THAINEWS_SRC_EXTRACT_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/data.h"
#include "thainews/gazetteer.h"

namespace thainews {

// How a name belongs to its unit. All but kCode and kCapitalShort are
// looked for in text.
enum class NameKind : uint8_t {
  kCanonical,     // the official name: "ลพบุรี"
  kShort,         // a short form news writes: "กทม.", "อุบลฯ"
  kNickname,      // "โคราช", "ปากน้ำโพ"
  kFormer,        // the name before a change: "บึงกาฬ" for เมืองบึงกาฬ
  kVariant,       // another spelling
  kCode,          // a two-letter provincial abbreviation: lookups only
  kCapitalShort,  // "เมือง" for a capital district: lookups only, the
                  // extractor resolves it from context
};

struct PlaceUnit {
  PlaceLevel level = PlaceLevel::kProvince;
  std::string code;  // DOPA: "16", "1606", "160619"
  std::string name;
  std::string name_en;
  int parent = -1;    // index of the district or province it lies in
  int province = -1;  // index of its province (its own index for a province)
  bool capital = false;
  std::vector<std::string> aliases;
};

struct NameRef {
  int unit = -1;
  NameKind kind = NameKind::kCanonical;
};

// A name found in text: it ends at byte `end` and names `refs`.
struct NameMatch {
  size_t end = 0;
  const NameRef* refs = nullptr;
  size_t ref_count = 0;
  bool skipped_space = false;  // a space inside the name was passed over
};

class Gazetteer::Impl {
 public:
  static Result<Impl> Load(const DataSource& data);

  const std::vector<PlaceUnit>& units() const { return units_; }
  const PlaceUnit& unit(int index) const { return units_[static_cast<size_t>(index)]; }

  // The unit with this DOPA code (current or obsolete), or -1.
  int FindDopaCode(std::string_view code) const;
  // The units one exact spelling names (any kind), or nullptr.
  const std::vector<NameRef>* FindName(std::string_view name) const;
  // The capital district of a province, or -1 (Bangkok has none).
  int CapitalOf(int province) const;
  // True for Bangkok and its เขต and แขวง.
  bool InBangkok(int unit) const;
  // True when province `part` was formed from part of `whole`.
  bool WasPartOf(int part, int whole) const;
  // Units of a level in code order; children of a unit in code order.
  const std::vector<int>& Provinces() const { return provinces_; }
  const std::vector<int>& ChildrenOf(int unit) const;

  // Every name that starts at text[pos] and is looked for in text, shortest
  // first. With `skip_one_space`, one space in the text may stand inside a
  // name ("อ.โพน พิสัย"). `out` is cleared first.
  void MatchNames(std::string_view text, size_t pos, bool skip_one_space,
                  std::vector<NameMatch>* out) const;

  // The public value of a unit: ISO code for provinces, parents' names.
  Place ToPlace(int unit) const;

 private:
  struct TrieNode {
    uint32_t first_child = 0;
    uint32_t child_count = 0;
    uint32_t first_ref = 0;
    uint32_t ref_count = 0;
    uint8_t label = 0;  // the byte on the edge into this node
  };
  struct SortedName {
    std::string name;
    NameRef ref;
  };

  Status AddUnit(std::string_view code, std::string_view name, std::string_view name_en,
                 std::string_view flags);
  Status AddName(std::string_view name, NameRef ref);
  Result<int> UnitWithCode(std::string_view code) const;
  void BuildTrie(std::vector<SortedName> names);
  void BuildNode(const std::vector<SortedName>& names, size_t lo, size_t hi, size_t depth,
                 uint32_t index);
  int ChildOf(uint32_t node, uint8_t byte) const;

  std::vector<PlaceUnit> units_;
  std::unordered_map<std::string, int> by_code_;
  std::unordered_map<std::string, std::vector<NameRef>> by_name_;
  std::vector<int> provinces_;
  std::vector<std::vector<int>> children_;
  std::vector<int> capital_of_;                  // by unit index of a province
  std::vector<std::pair<int, int>> splits_;      // (part, whole) provinces
  std::vector<TrieNode> trie_;
  std::vector<NameRef> trie_refs_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_GAZETTEER_H_
