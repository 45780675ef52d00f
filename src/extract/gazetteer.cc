#include "extract/gazetteer.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace thainews {
namespace {

constexpr std::string_view kGazetteerFile = "gazetteer.tsv";
constexpr std::string_view kAliasesFile = "place_aliases.tsv";
constexpr std::string_view kOldCodesFile = "place_old_codes.tsv";
constexpr std::string_view kSplitsFile = "province_splits.tsv";

// The capital district's short name: "อ.เมือง จ.ลพบุรี".
constexpr std::string_view kCapitalShortName = "เมือง";
constexpr std::string_view kBangkokCode = "10";

bool AllDigits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::DecodeAt(s, i);
    if (!d.valid) return false;
    i += static_cast<size_t>(d.length);
  }
  return true;
}

Status DataError(std::string message) {
  return Status(StatusCode::kDataError, std::move(message));
}

Status ExpectColumns(const std::vector<std::string_view>& fields, size_t at_least) {
  if (fields.size() < at_least) {
    return DataError("expected " + std::to_string(at_least) + " tab-separated columns, found " +
                     std::to_string(fields.size()));
  }
  return Status::Ok();
}

Result<NameKind> ParseNameKind(std::string_view kind) {
  if (kind == "short") return NameKind::kShort;
  if (kind == "nickname") return NameKind::kNickname;
  if (kind == "former") return NameKind::kFormer;
  if (kind == "variant") return NameKind::kVariant;
  if (kind == "code") return NameKind::kCode;
  return DataError("unknown alias kind '" + std::string(kind) +
                   "' (short, nickname, former, variant, code)");
}

bool FoundInText(NameKind kind) {
  return kind != NameKind::kCode && kind != NameKind::kCapitalShort;
}

// Reads one data file and calls `row` for each of its rows, which must
// have at least `columns` fields.
Status ReadTable(const DataSource& data, std::string_view name, size_t columns,
                 const std::function<Status(const std::vector<std::string_view>&)>& row) {
  Result<std::string> content = data.Read(name);
  if (!content.ok()) return content.status();
  return ForEachTsvRow(name, *content, /*has_header=*/true,
                       [&](const std::vector<std::string_view>& fields) {
                         Status s = ExpectColumns(fields, columns);
                         return s.ok() ? row(fields) : s;
                       });
}

}  // namespace

const char* PlaceLevelName(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kProvince: return "province";
    case PlaceLevel::kDistrict: return "district";
    case PlaceLevel::kSubdistrict: return "subdistrict";
  }
  return "province";
}

Status Gazetteer::Impl::AddUnit(std::string_view code, std::string_view name,
                                std::string_view name_en, std::string_view flags) {
  if (!AllDigits(code) || (code.size() != 2 && code.size() != 4 && code.size() != 6)) {
    return DataError("code '" + std::string(code) + "' is not a DOPA code of 2, 4 or 6 digits");
  }
  if (name.empty()) return DataError("unit " + std::string(code) + " has no name");
  if (by_code_.count(std::string(code)) != 0) {
    return DataError("code " + std::string(code) + " appears twice");
  }
  PlaceUnit unit;
  unit.level = code.size() == 2   ? PlaceLevel::kProvince
               : code.size() == 4 ? PlaceLevel::kDistrict
                                  : PlaceLevel::kSubdistrict;
  unit.code = std::string(code);
  unit.name = std::string(name);
  unit.name_en = std::string(name_en);
  if (flags == "capital") {
    if (unit.level != PlaceLevel::kDistrict) {
      return DataError("only a district can be a capital: " + unit.code);
    }
    unit.capital = true;
  } else if (!flags.empty()) {
    return DataError("unknown flag '" + std::string(flags) + "' (capital)");
  }
  by_code_.emplace(unit.code, static_cast<int>(units_.size()));
  units_.push_back(std::move(unit));
  return Status::Ok();
}

Status Gazetteer::Impl::AddName(std::string_view name, NameRef ref) {
  if (name.empty()) return DataError("empty name for unit " + unit(ref.unit).code);
  std::vector<NameRef>& refs = by_name_[std::string(name)];
  for (const NameRef& r : refs) {
    if (r.unit == ref.unit) return Status::Ok();  // the same name twice: once is enough
  }
  refs.push_back(ref);
  if (ref.kind != NameKind::kCanonical) units_[static_cast<size_t>(ref.unit)].aliases.emplace_back(name);
  return Status::Ok();
}

Result<Gazetteer::Impl> Gazetteer::Impl::Load(const DataSource& data) {
  Impl g;
  Status status = ReadTable(data, kGazetteerFile, 3, [&](const std::vector<std::string_view>& f) {
    return g.AddUnit(f[0], f[1], f[2], f.size() > 3 ? f[3] : std::string_view());
  });
  if (!status.ok()) return status;

  // Parents come from the code's prefix, so the file's row order is free.
  g.children_.resize(g.units_.size());
  g.capital_of_.assign(g.units_.size(), -1);
  for (size_t i = 0; i < g.units_.size(); ++i) {
    PlaceUnit& u = g.units_[i];
    if (u.level == PlaceLevel::kProvince) {
      u.province = static_cast<int>(i);
      g.provinces_.push_back(static_cast<int>(i));
      continue;
    }
    const auto parent = g.by_code_.find(u.code.substr(0, u.code.size() - 2));
    if (parent == g.by_code_.end()) {
      return DataError(std::string(kGazetteerFile) + ": unit " + u.code + " (" + u.name +
                       ") has no parent " + u.code.substr(0, u.code.size() - 2));
    }
    u.parent = parent->second;
    g.children_[static_cast<size_t>(u.parent)].push_back(static_cast<int>(i));
  }
  for (size_t i = 0; i < g.units_.size(); ++i) {
    PlaceUnit& u = g.units_[i];
    if (u.level == PlaceLevel::kProvince) continue;
    u.province = u.level == PlaceLevel::kDistrict ? u.parent : g.unit(u.parent).parent;
    if (u.capital) {
      int& capital = g.capital_of_[static_cast<size_t>(u.province)];
      if (capital >= 0) {
        return DataError(std::string(kGazetteerFile) + ": province " +
                         g.unit(u.province).code + " has two capital districts");
      }
      capital = static_cast<int>(i);
    }
  }
  const auto by_code = [&g](int a, int b) { return g.unit(a).code < g.unit(b).code; };
  std::sort(g.provinces_.begin(), g.provinces_.end(), by_code);
  for (std::vector<int>& c : g.children_) std::sort(c.begin(), c.end(), by_code);

  for (size_t i = 0; i < g.units_.size(); ++i) {
    status = g.AddName(g.units_[i].name, {static_cast<int>(i), NameKind::kCanonical});
    if (!status.ok()) return status;
  }
  status = ReadTable(data, kAliasesFile, 3, [&](const std::vector<std::string_view>& f) {
    Result<int> unit = g.UnitWithCode(f[0]);
    if (!unit.ok()) return unit.status();
    Result<NameKind> kind = ParseNameKind(f[2]);
    if (!kind.ok()) return kind.status();
    return g.AddName(f[1], {*unit, *kind});
  });
  if (!status.ok()) return status;
  for (int province : g.provinces_) {
    const int capital = g.CapitalOf(province);
    if (capital < 0) continue;
    status = g.AddName(kCapitalShortName, {capital, NameKind::kCapitalShort});
    if (!status.ok()) return status;
  }

  status = ReadTable(data, kOldCodesFile, 3, [&](const std::vector<std::string_view>& f) {
    Result<int> unit = g.UnitWithCode(f[1]);
    if (!unit.ok()) return unit.status();
    if (g.unit(*unit).name != f[2]) {
      return DataError("old code " + std::string(f[0]) + " names " + std::string(f[2]) +
                       " but " + std::string(f[1]) + " is " + g.unit(*unit).name);
    }
    if (!g.by_code_.emplace(std::string(f[0]), *unit).second) {
      return DataError("old code " + std::string(f[0]) + " is also a current code");
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;

  status = ReadTable(data, kSplitsFile, 2, [&](const std::vector<std::string_view>& f) {
    Result<int> part = g.UnitWithCode(f[0]);
    Result<int> whole = g.UnitWithCode(f[1]);
    if (!part.ok() || !whole.ok() || g.unit(*part).level != PlaceLevel::kProvince ||
        g.unit(*whole).level != PlaceLevel::kProvince) {
      return DataError("a split names " + std::string(f[0]) + " and " + std::string(f[1]) +
                       ", which are not both provinces");
    }
    g.splits_.emplace_back(*part, *whole);
    return Status::Ok();
  });
  if (!status.ok()) return status;

  std::vector<SortedName> names;
  for (const auto& [name, refs] : g.by_name_) {
    for (const NameRef& ref : refs) {
      if (FoundInText(ref.kind)) names.push_back({name, ref});
    }
  }
  g.BuildTrie(std::move(names));
  return g;
}

Result<int> Gazetteer::Impl::UnitWithCode(std::string_view code) const {
  const int unit = FindDopaCode(code);
  if (unit < 0) return DataError("unknown code " + std::string(code));
  return unit;
}

int Gazetteer::Impl::FindDopaCode(std::string_view code) const {
  const auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? -1 : it->second;
}

const std::vector<NameRef>* Gazetteer::Impl::FindName(std::string_view name) const {
  const auto it = by_name_.find(std::string(name));
  return it == by_name_.end() ? nullptr : &it->second;
}

int Gazetteer::Impl::CapitalOf(int province) const {
  return capital_of_[static_cast<size_t>(province)];
}

bool Gazetteer::Impl::InBangkok(int unit) const {
  return this->unit(this->unit(unit).province).code == kBangkokCode;
}

bool Gazetteer::Impl::WasPartOf(int part, int whole) const {
  return std::find(splits_.begin(), splits_.end(), std::make_pair(part, whole)) != splits_.end();
}

const std::vector<int>& Gazetteer::Impl::ChildrenOf(int unit) const {
  return children_[static_cast<size_t>(unit)];
}

// The trie is built from the names in sorted order, so that each node's
// children are contiguous and sorted by byte, and each node's names are
// contiguous in trie_refs_.
void Gazetteer::Impl::BuildTrie(std::vector<SortedName> names) {
  std::sort(names.begin(), names.end(), [](const SortedName& a, const SortedName& b) {
    return a.name != b.name ? a.name < b.name : a.ref.unit < b.ref.unit;
  });
  trie_.assign(1, TrieNode());
  trie_refs_.clear();
  BuildNode(names, 0, names.size(), 0, 0);
}

// Fills node `index` from names[lo, hi), which share their first `depth`
// bytes, and the nodes below it.
void Gazetteer::Impl::BuildNode(const std::vector<SortedName>& names, size_t lo, size_t hi,
                                    size_t depth, uint32_t index) {
  size_t i = lo;
  trie_[index].first_ref = static_cast<uint32_t>(trie_refs_.size());
  for (; i < hi && names[i].name.size() == depth; ++i) trie_refs_.push_back(names[i].ref);
  trie_[index].ref_count = static_cast<uint32_t>(trie_refs_.size()) - trie_[index].first_ref;

  std::vector<std::pair<size_t, size_t>> groups;  // names sharing the next byte
  for (size_t j = i; j < hi;) {
    size_t k = j;
    while (k < hi && names[k].name[depth] == names[j].name[depth]) ++k;
    groups.emplace_back(j, k);
    j = k;
  }
  const uint32_t first = static_cast<uint32_t>(trie_.size());
  trie_[index].first_child = first;
  trie_[index].child_count = static_cast<uint32_t>(groups.size());
  trie_.resize(first + groups.size());
  for (size_t n = 0; n < groups.size(); ++n) {
    trie_[first + n].label = static_cast<uint8_t>(names[groups[n].first].name[depth]);
    BuildNode(names, groups[n].first, groups[n].second, depth + 1,
              first + static_cast<uint32_t>(n));
  }
}

int Gazetteer::Impl::ChildOf(uint32_t node, uint8_t byte) const {
  const TrieNode& n = trie_[node];
  const auto begin = trie_.begin() + n.first_child;
  const auto end = begin + n.child_count;
  const auto it = std::lower_bound(begin, end, byte,
                                   [](const TrieNode& t, uint8_t b) { return t.label < b; });
  if (it == end || it->label != byte) return -1;
  return static_cast<int>(it - trie_.begin());
}

void Gazetteer::Impl::MatchNames(std::string_view text, size_t pos, bool skip_one_space,
                                 std::vector<NameMatch>* out) const {
  out->clear();
  uint32_t node = 0;
  bool skipped = false;
  for (size_t i = pos; i < text.size(); ++i) {
    int child = ChildOf(node, static_cast<uint8_t>(text[i]));
    if (child < 0 && skip_one_space && !skipped && node != 0 && text[i] == ' ' &&
        i + 1 < text.size()) {
      child = ChildOf(node, static_cast<uint8_t>(text[i + 1]));
      if (child >= 0) {
        skipped = true;
        ++i;
      }
    }
    if (child < 0) return;
    node = static_cast<uint32_t>(child);
    const TrieNode& n = trie_[node];
    if (n.ref_count > 0) {
      out->push_back({i + 1, &trie_refs_[n.first_ref], n.ref_count, skipped});
    }
  }
}

Place Gazetteer::Impl::ToPlace(int index) const {
  const PlaceUnit& u = unit(index);
  const PlaceUnit& province = unit(u.province);
  Place p;
  p.level = u.level;
  p.code = u.level == PlaceLevel::kProvince ? "TH-" + u.code : u.code;
  p.name = u.name;
  p.name_en = u.name_en;
  p.province = province.name;
  p.province_code = "TH-" + province.code;
  if (u.level == PlaceLevel::kSubdistrict) {
    p.district = unit(u.parent).name;
    p.district_code = unit(u.parent).code;
  }
  p.capital = u.capital;
  p.aliases = u.aliases;
  return p;
}

// --- The public Gazetteer ---------------------------------------------------

Result<Gazetteer> Gazetteer::Create(const Options& options) {
  Result<Impl> impl = Impl::Load(DataSource(options.data_dir));
  if (!impl.ok()) return impl.status();
  return Gazetteer(std::make_shared<const Impl>(std::move(*impl)));
}

namespace {

// The words that may stand before a name in a query, and the units they ask
// for: เขต and แขวง are Bangkok's, อำเภอ and ตำบล everywhere else.
enum class Where { kAnywhere, kBangkok, kOutsideBangkok };
struct LevelWord {
  std::string_view word;
  PlaceLevel level;
  Where where;
};
constexpr LevelWord kLevelWords[] = {
    {"จังหวัด", PlaceLevel::kProvince, Where::kAnywhere},
    {"จ.", PlaceLevel::kProvince, Where::kAnywhere},
    {"กิ่งอำเภอ", PlaceLevel::kDistrict, Where::kOutsideBangkok},
    {"อำเภอ", PlaceLevel::kDistrict, Where::kOutsideBangkok},
    {"อ.", PlaceLevel::kDistrict, Where::kOutsideBangkok},
    {"เขต", PlaceLevel::kDistrict, Where::kBangkok},
    {"ตำบล", PlaceLevel::kSubdistrict, Where::kOutsideBangkok},
    {"ต.", PlaceLevel::kSubdistrict, Where::kOutsideBangkok},
    {"แขวง", PlaceLevel::kSubdistrict, Where::kBangkok},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::vector<Place> Gazetteer::Find(std::string_view query) const {
  std::vector<Place> places;
  if (!IsValidUtf8(query)) return places;
  const NormalizedText normalized = Normalize(query);
  std::string_view q = Trim(normalized.text());

  if (std::optional<Place> by_code = FindCode(q)) {
    places.push_back(std::move(*by_code));
    return places;
  }
  std::vector<int> found;
  const auto add_named = [&](std::string_view name, const LevelWord* w) {
    const std::vector<NameRef>* refs = impl_->FindName(name);
    if (refs == nullptr) return;
    for (const NameRef& r : *refs) {
      const PlaceUnit& u = impl_->unit(r.unit);
      const bool bangkok = impl_->InBangkok(r.unit);
      if (w == nullptr ||
          (u.level == w->level && (w->where == Where::kAnywhere ||
                                   bangkok == (w->where == Where::kBangkok)))) {
        found.push_back(r.unit);
      }
    }
  };
  add_named(q, nullptr);
  if (found.empty()) {
    for (const LevelWord& w : kLevelWords) {
      if (!StartsWith(q, w.word)) continue;
      const std::string_view rest = Trim(q.substr(w.word.size()));
      add_named(rest, &w);
      // "อำเภอเมือง ลพบุรี", "อ.เมืองโคราช": the capital of the province named.
      if (found.empty() && w.level == PlaceLevel::kDistrict && StartsWith(rest, kCapitalShortName)) {
        const std::vector<NameRef>* refs =
            impl_->FindName(Trim(rest.substr(kCapitalShortName.size())));
        for (const NameRef& r : refs != nullptr ? *refs : std::vector<NameRef>()) {
          const int capital = impl_->unit(r.unit).level == PlaceLevel::kProvince
                                  ? impl_->CapitalOf(r.unit)
                                  : -1;
          if (capital >= 0) found.push_back(capital);
        }
      }
      break;
    }
  }
  std::sort(found.begin(), found.end(), [this](int a, int b) {
    const PlaceUnit& x = impl_->unit(a);
    const PlaceUnit& y = impl_->unit(b);
    return x.level != y.level ? x.level < y.level : x.code < y.code;
  });
  found.erase(std::unique(found.begin(), found.end()), found.end());
  for (int unit : found) places.push_back(impl_->ToPlace(unit));
  return places;
}

std::optional<Place> Gazetteer::FindCode(std::string_view code) const {
  code = Trim(code);
  if (code.size() > 3 && (code[0] == 'T' || code[0] == 't') && (code[1] == 'H' || code[1] == 'h') &&
      code[2] == '-') {
    code.remove_prefix(3);
    if (code.size() != 2) return std::nullopt;
  }
  if (!AllDigits(code)) return std::nullopt;
  const int unit = impl_->FindDopaCode(code);
  if (unit < 0) return std::nullopt;
  return impl_->ToPlace(unit);
}

std::vector<Place> Gazetteer::Provinces() const {
  std::vector<Place> places;
  for (int p : impl_->Provinces()) places.push_back(impl_->ToPlace(p));
  return places;
}

std::vector<Place> Gazetteer::Children(std::string_view code) const {
  std::vector<Place> places;
  std::optional<Place> parent = FindCode(code);
  if (!parent) return places;
  std::string dopa = parent->level == PlaceLevel::kProvince ? parent->code.substr(3) : parent->code;
  for (int child : impl_->ChildrenOf(impl_->FindDopaCode(dopa))) {
    places.push_back(impl_->ToPlace(child));
  }
  return places;
}

}  // namespace thainews
