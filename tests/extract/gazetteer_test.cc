// The gazetteer's data and lookups: counts and parents checked against the
// facts, every kind of name and code, and the errors bad data gives.

#include "thainews/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "extract/gazetteer.h"

namespace thainews {
namespace {

const Gazetteer& BuiltIn() {
  static const Gazetteer* gazetteer = [] {
    Result<Gazetteer> g = Gazetteer::Create();
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    return new Gazetteer(std::move(*g));
  }();
  return *gazetteer;
}

std::vector<std::string> Codes(const std::vector<Place>& places) {
  std::vector<std::string> codes;
  for (const Place& p : places) codes.push_back(p.code);
  return codes;
}

std::vector<std::string> CodesAt(const std::vector<Place>& places, PlaceLevel level) {
  std::vector<std::string> codes;
  for (const Place& p : places) {
    if (p.level == level) codes.push_back(p.code);
  }
  return codes;
}

TEST(GazetteerData, HasEveryUnitOnceUnderItsParent) {
  const std::vector<Place> provinces = BuiltIn().Provinces();
  ASSERT_EQ(provinces.size(), 77u);
  size_t districts = 0, subdistricts = 0, capitals = 0;
  std::set<std::string> codes;
  for (const Place& province : provinces) {
    EXPECT_EQ(province.code.substr(0, 3), "TH-");
    EXPECT_EQ(province.province, province.name);
    EXPECT_FALSE(province.name_en.empty()) << province.name;
    EXPECT_TRUE(codes.insert(province.code).second);
    for (const Place& district : BuiltIn().Children(province.code)) {
      ++districts;
      capitals += district.capital ? 1 : 0;
      EXPECT_EQ(district.level, PlaceLevel::kDistrict);
      EXPECT_EQ(district.province_code, province.code);
      EXPECT_EQ("TH-" + district.code.substr(0, 2), province.code);
      EXPECT_TRUE(codes.insert(district.code).second);
      for (const Place& subdistrict : BuiltIn().Children(district.code)) {
        ++subdistricts;
        EXPECT_EQ(subdistrict.level, PlaceLevel::kSubdistrict);
        EXPECT_EQ(subdistrict.district, district.name);
        EXPECT_EQ(subdistrict.province, province.name);
        EXPECT_TRUE(codes.insert(subdistrict.code).second);
      }
    }
  }
  EXPECT_EQ(districts, 928u);
  EXPECT_EQ(subdistricts, 7436u);
  EXPECT_EQ(capitals, 76u);  // every province but Bangkok
}

TEST(GazetteerData, CapitalsAreTheMueangDistrictsAndAyutthaya) {
  for (const Place& province : BuiltIn().Provinces()) {
    std::vector<std::string> capitals;
    for (const Place& d : BuiltIn().Children(province.code)) {
      if (d.capital) capitals.push_back(d.name);
    }
    if (province.name == "กรุงเทพมหานคร") {
      EXPECT_TRUE(capitals.empty());
    } else if (province.name == "พระนครศรีอยุธยา") {
      EXPECT_EQ(capitals, std::vector<std::string>{"พระนครศรีอยุธยา"});
    } else {
      EXPECT_EQ(capitals, std::vector<std::string>{"เมือง" + province.name}) << province.name;
    }
  }
  // Not capitals, though their names begin with เมือง.
  for (const char* name : {"อำเภอเมืองยาง", "อำเภอเมืองจันทร์", "อำเภอเมืองสรวง", "อำเภอเมืองปาน"}) {
    const std::vector<Place> found = BuiltIn().Find(name);
    ASSERT_EQ(found.size(), 1u) << name;
    EXPECT_FALSE(found[0].capital) << name;
  }
}

TEST(GazetteerData, CorrectedRomanizations) {
  EXPECT_EQ(BuiltIn().FindCode("5402")->name_en, "Rong Kwang");
  EXPECT_EQ(BuiltIn().FindCode("3801")->name_en, "Mueang Bueng Kan");
  EXPECT_EQ(BuiltIn().FindCode("9001")->name_en, "Mueang Songkhla");
}

TEST(GazetteerFind, CanonicalNamesShortFormsAndNicknames) {
  const struct {
    const char* query;
    const char* code;
  } kCases[] = {
      {"ลพบุรี", "TH-16"},          {"กรุงเทพมหานคร", "TH-10"}, {"กทม.", "TH-10"},
      {"กรุงเทพฯ", "TH-10"},        {"โคราช", "TH-30"},          {"อุบลฯ", "TH-34"},
      {"เมืองกรุงเก่า", "TH-14"},   {"อยุธยา", "TH-14"},         {"ปากน้ำโพ", "TH-60"},
      {"แปดริ้ว", "TH-24"},         {" จังหวัดเลย ", "TH-42"},   {"จ.ตาก", "TH-63"},
      {"อำเภอบ้านหมี่", "1606"},     {"อ.เมือง ลพบุรี", "1601"},  {"อำเภอเมืองโคราช", "3001"},
      {"เขตบางรัก", "1004"},         {"ตำบลหมากแข้ง", "410101"},  {"แขวงลาดยาว", "103001"},
  };
  for (const auto& c : kCases) {
    // The unit first; a subdistrict of the same name may follow (โคราช,
    // ปากน้ำโพ and ลาดยาว are also ตำบล elsewhere).
    const std::vector<std::string> codes = Codes(BuiltIn().Find(c.query));
    ASSERT_FALSE(codes.empty()) << c.query;
    EXPECT_EQ(codes[0], c.code) << c.query;
  }
  EXPECT_EQ(Codes(BuiltIn().Find("แขวงลาดยาว")), std::vector<std::string>{"103001"});
  EXPECT_EQ(Codes(BuiltIn().Find("ตำบลลาดยาว")), std::vector<std::string>{"601101"});
}

TEST(GazetteerFind, RepeatedNamesGiveEveryUnit) {
  EXPECT_EQ(CodesAt(BuiltIn().Find("เฉลิมพระเกียรติ"), PlaceLevel::kDistrict),
            (std::vector<std::string>{"1913", "3032", "3123", "5515", "8023"}));
  EXPECT_EQ(CodesAt(BuiltIn().Find("จอมทอง"), PlaceLevel::kDistrict),
            (std::vector<std::string>{"1035", "5002"}));
  EXPECT_EQ(CodesAt(BuiltIn().Find("หนองบัว"), PlaceLevel::kSubdistrict).size(), 28u);
  // A level word keeps only that level.
  EXPECT_EQ(Codes(BuiltIn().Find("บ้านหมี่")), (std::vector<std::string>{"1606", "160619"}));
  EXPECT_EQ(Codes(BuiltIn().Find("ตำบลบ้านหมี่")), std::vector<std::string>{"160619"});
  // "เมือง" is every capital district (and two subdistricts).
  EXPECT_EQ(CodesAt(BuiltIn().Find("เมือง"), PlaceLevel::kDistrict).size(), 76u);
}

TEST(GazetteerFind, FormerNamesAndOddSpellings) {
  // อำเภอบึงกาฬ of Nong Khai is today's เมืองบึงกาฬ of Bueng Kan.
  EXPECT_EQ(CodesAt(BuiltIn().Find("อำเภอบึงกาฬ"), PlaceLevel::kDistrict),
            std::vector<std::string>{"3801"});
  // A subdistrict whose name is written with a dot.
  EXPECT_EQ(BuiltIn().Find("ตำบลจ.ป.ร.").size(), 1u);
  // Normalized like article text: "เเ" for "แ".
  EXPECT_EQ(Codes(BuiltIn().Find("จังหวัดเเพร่")), std::vector<std::string>{"TH-54"});
  EXPECT_TRUE(BuiltIn().Find("ไม่มีจังหวัดนี้").empty());
  EXPECT_TRUE(BuiltIn().Find("").empty());
  EXPECT_TRUE(BuiltIn().Find("\xff\xfe").empty());
}

TEST(GazetteerFindCode, IsoDopaAndObsoleteCodes) {
  EXPECT_EQ(BuiltIn().FindCode("TH-16")->name, "ลพบุรี");
  EXPECT_EQ(BuiltIn().FindCode("th-16")->name, "ลพบุรี");
  EXPECT_EQ(BuiltIn().FindCode("16")->name_en, "Lop Buri");
  const std::optional<Place> district = BuiltIn().FindCode("1606");
  ASSERT_TRUE(district);
  EXPECT_EQ(district->name, "บ้านหมี่");
  EXPECT_EQ(district->province, "ลพบุรี");
  EXPECT_EQ(district->province_code, "TH-16");
  const std::optional<Place> subdistrict = BuiltIn().FindCode("410104");
  ASSERT_TRUE(subdistrict);
  EXPECT_EQ(subdistrict->name, "หนองบัว");
  EXPECT_EQ(subdistrict->district, "เมืองอุดรธานี");
  EXPECT_EQ(subdistrict->district_code, "4101");
  // An obsolete code of Bangkok's บางแค finds it under its current code.
  EXPECT_EQ(BuiltIn().FindCode("102203")->code, "104001");
  EXPECT_FALSE(BuiltIn().FindCode("TH-99"));
  EXPECT_FALSE(BuiltIn().FindCode("TH-1606"));
  EXPECT_FALSE(BuiltIn().FindCode("ลพบุรี"));
  EXPECT_FALSE(BuiltIn().FindCode(""));
}

TEST(GazetteerChildren, OfProvinceAndDistrict) {
  EXPECT_EQ(BuiltIn().Children("TH-38").size(), 8u);
  EXPECT_EQ(BuiltIn().Children("1606").size(), 22u);
  EXPECT_TRUE(BuiltIn().Children("160619").empty());
  EXPECT_TRUE(BuiltIn().Children("TH-99").empty());
}

TEST(GazetteerAliases, AreListedOnThePlace) {
  const std::vector<std::string> aliases = BuiltIn().FindCode("TH-10")->aliases;
  for (const char* alias : {"กทม.", "กรุงเทพฯ", "กทม"}) {
    EXPECT_NE(std::find(aliases.begin(), aliases.end(), alias), aliases.end()) << alias;
  }
}

// --- Bad data -------------------------------------------------------------

class GazetteerBadData : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("thainews_gazetteer_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("gazetteer.tsv", "code\tname\tname_en\tflags\n16\tลพบุรี\tLop Buri\t\n"
                           "1601\tเมืองลพบุรี\tMueang Lop Buri\tcapital\n");
    Write("place_aliases.tsv", "code\talias\tkind\n16\tลบ\tcode\n");
    Write("place_old_codes.tsv", "old_code\tcode\tname\n");
    Write("province_splits.tsv", "province\tfrom\tyear\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  Result<Gazetteer> Load() {
    Gazetteer::Options options;
    options.data_dir = dir_.string();
    return Gazetteer::Create(options);
  }

  std::filesystem::path dir_;
};

TEST_F(GazetteerBadData, SmallValidDataLoads) {
  Result<Gazetteer> g = Load();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->Provinces().size(), 1u);
  EXPECT_EQ(Codes(g->Find("ลบ")), std::vector<std::string>{"TH-16"});
}

TEST_F(GazetteerBadData, UnitWithoutParent) {
  Write("gazetteer.tsv", "code\tname\tname_en\tflags\n16\tลพบุรี\tLop Buri\t\n"
                         "1701\tเมืองสิงห์บุรี\tMueang Sing Buri\t\n");
  Result<Gazetteer> g = Load();
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kDataError);
  EXPECT_NE(g.status().message().find("1701"), std::string::npos) << g.status().message();
}

TEST_F(GazetteerBadData, BadCodeFlagAndColumns) {
  for (const char* table : {"code\tname\tname_en\tflags\n1x\tลพบุรี\tLop Buri\t\n",
                            "code\tname\tname_en\tflags\n16\tลพบุรี\tLop Buri\tbig\n",
                            "code\tname\tname_en\tflags\n16\tลพบุรี\n",
                            "code\tname\tname_en\tflags\n16\tลพบุรี\tLop Buri\t\n16\tลพบุรี\tX\t\n"}) {
    Write("gazetteer.tsv", table);
    Result<Gazetteer> g = Load();
    ASSERT_FALSE(g.ok()) << table;
    EXPECT_EQ(g.status().code(), StatusCode::kDataError);
    EXPECT_NE(g.status().message().find("gazetteer.tsv:"), std::string::npos);
  }
}

TEST_F(GazetteerBadData, AliasOfUnknownUnitOrKind) {
  Write("place_aliases.tsv", "code\talias\tkind\n99\tไม่มี\tshort\n");
  EXPECT_EQ(Load().status().code(), StatusCode::kDataError);
  Write("place_aliases.tsv", "code\talias\tkind\n16\tลพ.\tslang\n");
  EXPECT_EQ(Load().status().code(), StatusCode::kDataError);
}

TEST_F(GazetteerBadData, OldCodeWhoseNameDisagrees) {
  Write("place_old_codes.tsv", "old_code\tcode\tname\n1699\t1601\tบ้านหมี่\n");
  Result<Gazetteer> g = Load();
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("1699"), std::string::npos);
}

TEST_F(GazetteerBadData, MissingFile) {
  std::filesystem::remove(dir_ / "province_splits.tsv");
  EXPECT_EQ(Load().status().code(), StatusCode::kDataError);
}

// --- The trie the extractor walks ------------------------------------------

TEST(GazetteerMatchNames, EveryNameStartingAtAPositionShortestFirst) {
  const Gazetteer::Impl& g = BuiltIn().impl();
  std::vector<NameMatch> matches;
  const std::string text = "กรุงเทพมหานครพื้นที่ 2";
  g.MatchNames(text, 0, false, &matches);
  std::vector<std::string> names;
  for (const NameMatch& m : matches) names.push_back(text.substr(0, m.end));
  EXPECT_EQ(names, (std::vector<std::string>{"กรุงเทพ", "กรุงเทพมหานคร"}));

  const std::string spaced = "โพน พิสัย";
  g.MatchNames(spaced, 0, true, &matches);
  ASSERT_FALSE(matches.empty());
  EXPECT_EQ(matches.back().end, spaced.size());
  EXPECT_TRUE(matches.back().skipped_space);
  g.MatchNames(spaced, 0, false, &matches);
  for (const NameMatch& m : matches) EXPECT_LT(m.end, spaced.size());

  g.MatchNames("xyz", 0, true, &matches);
  EXPECT_TRUE(matches.empty());
  g.MatchNames("", 0, true, &matches);
  EXPECT_TRUE(matches.empty());
}

}  // namespace
}  // namespace thainews
