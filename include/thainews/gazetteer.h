// Thailand's provinces, districts and subdistricts: the gazetteer the place
// extractor reads, open to callers who want to look a unit up themselves.
//
//   auto gazetteer = thainews::Gazetteer::Create();
//   if (!gazetteer.ok()) { /* gazetteer.status() says why */ }
//   for (const thainews::Place& p : gazetteer->Find("โคราช")) {
//     std::cout << p.name << " " << p.code << "\n";  // นครราชสีมา TH-30
//   }
//   gazetteer->Find("อำเภอบ้านหมี่");   // the district, code "1606"
//   gazetteer->Find("เฉลิมพระเกียรติ");  // five districts, in five provinces
//   gazetteer->FindCode("TH-16");       // ลพบุรี
//   gazetteer->FindCode("160619");      // ตำบลบ้านหมี่
//
// Codes: a province's is its ISO 3166-2 code ("TH-16"); a district's and a
// subdistrict's is the Department of Provincial Administration (DOPA) code
// ("1606", "160619"), whose leading digits are its province's and
// district's. Names are the official Thai names without the word for the
// level (no "จังหวัด", "อำเภอ", "ตำบล").
//
// A Gazetteer is immutable once created; its methods are const and safe to
// call from many threads at once. Copies share the same data.

#ifndef THAINEWS_GAZETTEER_H_
#define THAINEWS_GAZETTEER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/status.h"

namespace thainews {

enum class PlaceLevel {
  kProvince,     // จังหวัด (and Bangkok, กรุงเทพมหานคร)
  kDistrict,     // อำเภอ, and Bangkok's เขต
  kSubdistrict,  // ตำบล, and Bangkok's แขวง
};

// "province", "district" or "subdistrict".
const char* PlaceLevelName(PlaceLevel level);

// One administrative unit, as a plain value.
struct Place {
  PlaceLevel level = PlaceLevel::kProvince;
  std::string code;     // "TH-16" (province), "1606" (district), "160619"
  std::string name;     // canonical Thai name: "ลพบุรี", "บ้านหมี่"
  std::string name_en;  // romanized: "Lop Buri", "Ban Mi"
  // The province it lies in (for a province: itself), name and ISO code.
  std::string province;
  std::string province_code;
  // The district it lies in, for a subdistrict; empty otherwise.
  std::string district;
  std::string district_code;
  // True for a province's capital district (อำเภอเมือง...).
  bool capital = false;
  // Other names that find it: short forms, nicknames, former names,
  // variant spellings, the two-letter provincial abbreviation.
  std::vector<std::string> aliases;
};

class Gazetteer {
 public:
  struct Options {
    // A directory to read the gazetteer's data files from instead of the
    // compiled-in copies ("": compiled in).
    std::string data_dir;
  };

  // Fails with kDataError when a data file is missing or malformed.
  static Result<Gazetteer> Create(const Options& options);
  static Result<Gazetteer> Create() { return Create(Options()); }

  // Every unit the query names: a canonical name or alias ("โคราช",
  // "กทม.", "เมืองลพบุรี", "เมือง" for every capital district), optionally
  // after its level word ("จังหวัดเลย", "อ.บ้านหมี่", "ตำบลหนองบัว", which
  // then only finds units of that level), or a code (ISO or DOPA, current
  // or obsolete). Provinces first, then districts, then subdistricts, each
  // in code order. Empty when nothing matches.
  std::vector<Place> Find(std::string_view query) const;

  // The unit with this code: "TH-16" or "16", "1606", "160619", or an
  // obsolete DOPA code of a unit that still exists under another code.
  std::optional<Place> FindCode(std::string_view code) const;

  // All 77 provinces in code order.
  std::vector<Place> Provinces() const;

  // The districts of a province, or the subdistricts of a district, given
  // its code; empty for a subdistrict or an unknown code.
  std::vector<Place> Children(std::string_view code) const;

  class Impl;
  // The loaded data, for the library's own extractors.
  const Impl& impl() const { return *impl_; }

 private:
  explicit Gazetteer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace thainews

#endif  // THAINEWS_GAZETTEER_H_
