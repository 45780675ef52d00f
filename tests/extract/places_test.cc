// Provinces, districts and subdistricts read from sentences written for
// these tests in the style of provincial government releases.

#include "extract/places.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <string>
#include <vector>

#include "thainews/thainews.h"

namespace thainews {
namespace {

const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    Result<Extractor> e = Extractor::Create({});
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return new Extractor(std::move(*e));
  }();
  return *extractor;
}

Article Extract(const std::string& text) {
  Result<Article> article = TheExtractor().Extract(text);
  EXPECT_TRUE(article.ok()) << article.status().ToString();
  return article.ok() ? *article : Article();
}

using Names = std::vector<std::string>;

Names Provinces(const std::string& text) {
  Names names;
  for (const Province& p : Extract(text).provinces) names.push_back(p.name);
  return names;
}

// "district/province" for each district.
Names Districts(const std::string& text) {
  Names names;
  for (const District& d : Extract(text).districts) names.push_back(d.name + "/" + d.province);
  return names;
}

// "subdistrict/district/province" for each subdistrict.
Names Subdistricts(const std::string& text) {
  Names names;
  for (const Subdistrict& s : Extract(text).subdistricts) {
    names.push_back(s.name + "/" + s.district + "/" + s.province);
  }
  return names;
}

std::string Slice(const Article& a, Span s) { return a.text.substr(s.begin, s.end - s.begin); }

// A sentence and the one place `read` should find in it.
struct Case {
  const char* text;
  const char* place;
};

void ExpectEach(Names (*read)(const std::string&), const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(read(c.text), Names{c.place}) << c.text;
}

// --- Provinces ----------------------------------------------------------------

TEST(Provinces, EveryMarkerForm) {
  ExpectEach(Provinces, {
      {"นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำพูน เป็นประธานเปิดงาน", "ลำพูน"},
      {"การประชุมจัดขึ้น ณ ศาลากลาง จ.ระยอง ในวันนี้", "ระยอง"},
      {"สจจ.ลพบุรี จัดประชุมคณะทำงานระดับจังหวัด", "ลพบุรี"},
      {"สำนักงานจังหวัดสิงห์บุรี แจ้งกำหนดการ", "สิงห์บุรี"},
      {"ผบก.ภ.จว.หนองคาย สั่งการให้เจ้าหน้าที่ตรวจสอบ", "หนองคาย"},
      {"ผู้ว่าฯ ร้อยเอ็ด ลงพื้นที่ตรวจเยี่ยมผู้ประสบภัย", "ร้อยเอ็ด"},
      {"พ่อเมืองชัยภูมิ นำหัวหน้าส่วนราชการร่วมกิจกรรม", "ชัยภูมิ"},
      {"สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 2 ร่วมจัดงาน", "กรุงเทพมหานคร"},
      {"ลพบุรี-รองผู้ว่าราชการจังหวัด เปิดโครงการอบรม", "ลพบุรี"},
      {"จังหวัด สระบุรี จัดงานวันเด็ก", "สระบุรี"},
  });
}

TEST(Provinces, NicknamesAndShortForms) {
  ExpectEach(Provinces, {
      {"รถไฟสายใหม่จะวิ่งถึงโคราชภายในปีนี้", "นครราชสีมา"},
      {"กทม. เตรียมรับมือฝนตกหนัก", "กรุงเทพมหานคร"},
      {"คณะทำงานเดินทางจากกรุงเทพฯ ในช่วงเช้า", "กรุงเทพมหานคร"},
      {"ชาวนาอุบลฯ เริ่มเก็บเกี่ยวข้าว", "อุบลราชธานี"},
      {"นักท่องเที่ยวแวะชมวัดเก่าแก่ในเมืองกรุงเก่า", "พระนครศรีอยุธยา"},
      {"งานแห่เจ้าพ่อเจ้าแม่ปากน้ำโพ จัดขึ้นทุกปี", "นครสวรรค์"},
      {"นายอำเภอเดินทางไปแปดริ้ว เพื่อร่วมประชุม", "ฉะเชิงเทรา"},
      {"พ่อเมืองน่าน เปิดงานประเพณีแข่งเรือ", "น่าน"},
  });
}

// Each province name that is also an ordinary word or a given name: in an
// ordinary sentence it is no place; with a marker or in a place context it is.
TEST(Provinces, LookAlikesInOrdinarySentencesAreNotPlaces) {
  for (const char* text : {
           "มาตรการป้องกันการแพร่ระบาดของโรคติดต่อ",
           "หน่วยงานได้เผยแพร่ข่าวสารแก่ประชาชน",
           "ประชาชนไม่ได้รับความเดือดร้อนเลย",
           "เกษตรกรนำข้าวเปลือกไปตากแดดให้แห้ง",
           "เรือประมงต่างชาติรุกล้ำน่านน้ำไทย",
           "บริษัท ตรังค์ทอง จำกัด ได้รับรางวัล",
           "นักเรียนสาธิตการเล่นกระบี่กระบองในงาน",
           "นายสุรินทร์ ใจงาม เกษตรกรตัวอย่าง",
           "นางสาวพิจิตร ทองดี ได้รับโล่รางวัล",
           "พ.ต.อ.สุรินทร์ ใจกล้า ผู้กำกับการ และ นพ.ชุมพร ใจดี",
           "ขอบคุณวิทยากร ศ.ดร.สุรินทร์ ใจงาม",
           "ผู้เข้าประชุมพร้อมกันที่ห้องประชุม",
           "ประชาชนในหลายจังหวัดเลยทีเดียว",
           "ห้องประชุมชั้น 2 อาคารราชบุรีดิเรกฤทธิ์",
           "นายอานนท์ สนิทวงศ์ ณ อยุธยา ผู้อำนวยการกอง",
           "โบราณสถานสมัยอยุธยาตอนปลาย",
           "ระดับน้ำในแม่น้ำเพชรบุรีลดลง",
           "รถติดบนถนนนครสวรรค์ช่วงเช้า",
       }) {
    EXPECT_EQ(Provinces(text), Names{}) << text;
  }
}

TEST(Provinces, LookAlikesWithAMarkerOrInAPlaceAreProvinces) {
  ExpectEach(Provinces, {
      {"สำนักงานสาธารณสุขจังหวัดแพร่ รายงานผลการดำเนินงาน", "แพร่"},
      {"ผู้ว่าราชการจังหวัดเลย ตรวจเยี่ยมโรงเรียน", "เลย"},
      {"เกษตรกร อ.แม่สอด จ.ตาก รวมกลุ่มปลูกผัก", "ตาก"},
      {"ประชาชนชาวน่าน ร่วมทำบุญตักบาตร", "น่าน"},
      {"ผู้ป่วยถูกส่งตัวไปรักษาที่โรงพยาบาลน่าน", "น่าน"},
      {"นักท่องเที่ยวเดินทางมาจังหวัดตรังเพิ่มขึ้น", "ตรัง"},
      {"คณะกรรมการลงพื้นที่จังหวัดกระบี่", "กระบี่"},
      {"สำนักงานพัฒนาชุมชนจังหวัดสุรินทร์ จัดงานผ้าไหม", "สุรินทร์"},
      {"ส.ส.ชุมพร ร่วมประชุมกับประชาชน", "ชุมพร"},
      {"ทีมงาน พช.น่าน ลงพื้นที่ติดตามโครงการ", "น่าน"},
      {"ตาก : ผู้ว่าราชการจังหวัดมอบถุงยังชีพ", "ตาก"},
  });
}

TEST(Provinces, LookAlikesInAListOfProvinces) {
  EXPECT_EQ(Provinces("พื้นที่เฝ้าระวัง ได้แก่ เชียงใหม่ ลำปาง แพร่ และน่าน"),
            (Names{"เชียงใหม่", "ลำปาง", "แพร่", "น่าน"}));
  EXPECT_EQ(Provinces("ฝนตกหนักในหลายจังหวัด ตาก, น่าน, พิษณุโลก"),
            (Names{"ตาก", "น่าน", "พิษณุโลก"}));
  // A look-alike next to a district of it, and a dateline.
  EXPECT_EQ(Provinces("จุดบริการตั้งอยู่ที่ อ.เกษตรวิสัย ร้อยเอ็ด"), (Names{"ร้อยเอ็ด"}));
  EXPECT_EQ(Provinces("น่าน - ผู้ว่าราชการจังหวัดเปิดงานกาชาด"), (Names{"น่าน"}));
  EXPECT_EQ(Provinces("ติดตามข่าวได้ที่ #น้ำท่วม #แพร่"), (Names{"แพร่"}));
  // After a marker of another level the name still stands apart as a word.
  EXPECT_EQ(Provinces("ฝนตกหนักในเขตกทม.และปริมณฑล"), (Names{"กรุงเทพมหานคร"}));
  EXPECT_EQ(Provinces("การลาดตระเวนตามลำน้ำโขง เขตเชียงราย"), (Names{"เชียงราย"}));
  EXPECT_EQ(Provinces("ฝุ่นเกินมาตรฐาน 2 จังหวัด ได้แก่ น่าน 82 มคก. และเชียงราย"),
            (Names{"น่าน", "เชียงราย"}));
}

TEST(Provinces, OncePerArticleInOrderOfFirstMentionWithEveryMention) {
  const Article a = Extract(
      "ผู้ว่าราชการจังหวัดลพบุรี ประชุมร่วมกับ จ.สระบุรี\n"
      "จังหวัดลพบุรีและสระบุรี จะร่วมกันจัดงาน ณ ลพบุรี");
  ASSERT_EQ(a.provinces.size(), 2u);
  EXPECT_EQ(a.provinces[0].name, "ลพบุรี");
  EXPECT_EQ(a.provinces[0].code, "TH-16");
  EXPECT_EQ(a.provinces[0].name_en, "Lop Buri");
  EXPECT_EQ(a.provinces[1].name, "สระบุรี");
  ASSERT_EQ(a.provinces[0].mentions.size(), 3u);
  ASSERT_EQ(a.provinces[1].mentions.size(), 2u);
  for (const Province& p : a.provinces) {
    for (const Span& m : p.mentions) EXPECT_EQ(Slice(a, m), p.name);
  }
}

TEST(Provinces, MentionsAreTheTextAsWritten) {
  // NBSP, "เเ" typed for "แ", a zero-width space: spans still cut the
  // caller's text.
  const Article a = Extract("สำนักงานจังหวัด\u00a0เเพร่ และ จังหวัดลำ\u200bปาง");
  ASSERT_EQ(a.provinces.size(), 2u);
  EXPECT_EQ(a.provinces[0].name, "แพร่");
  EXPECT_EQ(Slice(a, a.provinces[0].mentions[0]), "เเพร่");
  EXPECT_EQ(a.provinces[1].name, "ลำปาง");
  EXPECT_EQ(Slice(a, a.provinces[1].mentions[0]), "ลำ\u200bปาง");
}

// --- Districts ------------------------------------------------------------------

TEST(Districts, EveryMarkerForm) {
  ExpectEach(Districts, {
      {"ที่ว่าการอำเภอโคกสำโรง จังหวัดลพบุรี", "โคกสำโรง/ลพบุรี"},
      {"ณ หอประชุม อ.ปากท่อ จ.ราชบุรี", "ปากท่อ/ราชบุรี"},
      {"ในอดีตกิ่งอำเภอภูเพียง จังหวัดน่าน มีประชากรไม่มาก", "ภูเพียง/น่าน"},
      {"สำนักงานเขตบางรัก กรุงเทพมหานคร เปิดบริการ", "บางรัก/กรุงเทพมหานคร"},
      {"นายอำเภอบ้านหมี่ เป็นประธานในพิธี", "บ้านหมี่/ลพบุรี"},
      {"ผู้ต้องหาถูกจับกุมในพื้นที่ อ.โพน พิสัย จ.หนองคาย", "โพนพิสัย/หนองคาย"},
      {"ถนนหมายเลข 4060 อำเภอเขาชะเมา จังหวัดระยอง", "เขาชะเมา/ระยอง"},
      {"ชาวประมงตำบลปากบาง อำเภอเทพา จังหวัดสงขลา", "เทพา/สงขลา"},
      {"วันนี้ที่อ.บ้านตาขุน จ.สุราษฎร์ธานี", "บ้านตาขุน/สุราษฎร์ธานี"},
      {"น้ำป่าไหลหลากในอ.ดอยเต่า จ.เชียงใหม่", "ดอยเต่า/เชียงใหม่"},
  });
}

TEST(Districts, CapitalDistrictForms) {
  ExpectEach(Districts, {
      {"ณ ห้องประชุม อ.เมือง จ.ลพบุรี", "เมืองลพบุรี/ลพบุรี"},
      {"ณ ที่ว่าการอำเภอเมือง จังหวัดลพบุรี", "เมืองลพบุรี/ลพบุรี"},
      {"ชาวบ้าน อ.เมืองระยอง ร่วมปลูกป่า", "เมืองระยอง/ระยอง"},
      {"โรงเรียนในอำเภอเมืองลพบุรี ได้รับงบประมาณ", "เมืองลพบุรี/ลพบุรี"},
      {"ตลาดในอำเภอเมือง ลำปาง คึกคัก", "เมืองลำปาง/ลำปาง"},
      {"ผู้ว่าราชการจังหวัดน่าน ตรวจน้ำท่วมในเขตอำเภอเมือง ทั้งวัน", "เมืองน่าน/น่าน"},
      {"จังหวัดตาก ส่งเจ้าหน้าที่ลงพื้นที่อำเภอเมืองและอำเภออื่น ๆ", "เมืองตาก/ตาก"},
      {"วัดใหญ่ในอำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา",
       "พระนครศรีอยุธยา/พระนครศรีอยุธยา"},
      {"ฟาร์มโคนม อ.เมืองยาง จ.นครราชสีมา", "เมืองยาง/นครราชสีมา"},
      {"ชุมชนเก่าแก่ อ.เมืองสรวง จังหวัดร้อยเอ็ด", "เมืองสรวง/ร้อยเอ็ด"},
  });
  // The capital's name names the province too.
  EXPECT_EQ(Provinces("ชาวบ้าน อ.เมืองระยอง ร่วมปลูกป่า"), Names{"ระยอง"});
  // With no province anywhere, "อ.เมือง" is no district.
  EXPECT_EQ(Districts("การประชุมจัดขึ้นที่ อ.เมือง เมื่อวานนี้"), Names{});
}

// "เมือง" + a province's name without a marker is the city of that province:
// the province is named (on its own letters), the district is not.
TEST(Provinces, UnmarkedCapitalNameNamesItsProvince) {
  const Article a = Extract("ข่าว\nพ.ต.อ.สมชาย ใจดี ผกก.สภ.เมืองสระบุรี ร่วมประชุม");
  ASSERT_EQ(a.provinces.size(), 1u);
  EXPECT_EQ(a.provinces[0].name, "สระบุรี");
  EXPECT_EQ(Slice(a, a.provinces[0].mentions[0]), "สระบุรี");
  EXPECT_TRUE(a.districts.empty());
  EXPECT_EQ(Provinces("ข่าว\nนักเรียนโรงเรียนเมืองน่านร่วมกิจกรรม"), Names{"น่าน"});
  EXPECT_TRUE(Provinces("ข่าว\nเกษตรกรอำเภอเมืองยางร่วมกิจกรรม").empty()) << "not a capital";
}

TEST(Districts, RepeatedNamesResolvedByContext) {
  // From the province next to it.
  EXPECT_EQ(Districts("ชาวบ้านอำเภอเฉลิมพระเกียรติ จังหวัดสระบุรี ร่วมกิจกรรม"),
            Names{"เฉลิมพระเกียรติ/สระบุรี"});
  // From the article's province.
  EXPECT_EQ(Districts("จังหวัดน่านจัดงานใหญ่\nประชาชนที่อำเภอเฉลิมพระเกียรติ ร่วมงาน"),
            Names{"เฉลิมพระเกียรติ/น่าน"});
  // Five provinces have one and the article names none of them.
  EXPECT_EQ(Districts("ประชาชนที่อำเภอเฉลิมพระเกียรติ ร่วมงาน"), Names{});
  // เขต is Bangkok's; อำเภอ is not.
  EXPECT_EQ(Districts("สำนักงานเขตจอมทอง แจ้งปิดถนน"), Names{"จอมทอง/กรุงเทพมหานคร"});
  EXPECT_EQ(Districts("นักท่องเที่ยวขึ้นดอยที่อำเภอจอมทอง"), Names{"จอมทอง/เชียงใหม่"});
  // "เฉลิมพระเกียรติ" without a marker is a word of homage, not a district.
  EXPECT_EQ(Districts("จังหวัดสระบุรีจัดกิจกรรมปลูกป่าเฉลิมพระเกียรติ"), Names{});
}

TEST(Districts, PositionWordsAndCountsAreNotDistricts) {
  EXPECT_EQ(Districts("นายอำเภอและพัฒนาการอำเภอทั้ง 11 อำเภอ ร่วมจัดทำแผนพัฒนาอำเภอ"), Names{});
  EXPECT_EQ(Districts("มีผู้แทนจาก 11 อำเภอ เมืองละ 5 คน"), Names{});
  EXPECT_EQ(Districts("ทุกอำเภอ ปลัดอำเภอ และทุกตำบล ร่วมประชุม"), Names{});
  // Ranks are not อ. or ต.: "พล.อ." and "พ.ต.อ." before a name.
  EXPECT_EQ(Districts("พล.อ.ประยุทธ์ และ พ.ต.อ.สมชาย ร่วมประชุม"), Names{});
}

TEST(Districts, OldFormsResolveToTodaysUnits) {
  // Before 2011 Bueng Kan was a district of Nong Khai.
  const Article a = Extract("ชาวประมงอำเภอบึงกาฬ จังหวัดหนองคาย ร่วมปล่อยพันธุ์ปลา");
  ASSERT_EQ(a.districts.size(), 1u);
  EXPECT_EQ(a.districts[0].name, "เมืองบึงกาฬ");
  EXPECT_EQ(a.districts[0].code, "3801");
  EXPECT_EQ(a.districts[0].province, "บึงกาฬ");
  EXPECT_EQ(a.districts[0].province_code, "TH-38");
  ASSERT_EQ(a.districts[0].mentions.size(), 1u);
  EXPECT_EQ(Slice(a, a.districts[0].mentions[0]), "บึงกาฬ");
  ASSERT_EQ(a.provinces.size(), 1u);
  EXPECT_EQ(a.provinces[0].name, "หนองคาย");
}

TEST(Districts, FieldsAndUnmarkedMentionsOfAMarkedDistrict) {
  const Article a =
      Extract("น้ำท่วมหนักที่อำเภอแม่สาย จังหวัดเชียงราย\nด่านพรมแดนแม่สาย ปิดชั่วคราว");
  ASSERT_EQ(a.districts.size(), 1u);
  const District& d = a.districts[0];
  EXPECT_EQ(d.name, "แม่สาย");
  EXPECT_EQ(d.code, "5709");
  EXPECT_EQ(d.name_en, "Mae Sai");
  EXPECT_EQ(d.province, "เชียงราย");
  EXPECT_EQ(d.province_code, "TH-57");
  ASSERT_EQ(d.mentions.size(), 2u);
  for (const Span& m : d.mentions) EXPECT_EQ(Slice(a, m), "แม่สาย");
}

TEST(Districts, AListAfterOneMarker) {
  EXPECT_EQ(Districts("ถนนสายใหม่เชื่อมอำเภอหนองหาน บ้านดุง และทุ่งฝน จังหวัดอุดรธานี"),
            (Names{"หนองหาน/อุดรธานี", "บ้านดุง/อุดรธานี", "ทุ่งฝน/อุดรธานี"}));
  EXPECT_EQ(Districts("น้ำท่วมขังใน อ.ปากพนัง, เชียรใหญ่ หรือชะอวด"),
            (Names{"ปากพนัง/นครศรีธรรมราช", "เชียรใหญ่/นครศรีธรรมราช",
                   "ชะอวด/นครศรีธรรมราช"}));
  EXPECT_EQ(Districts("ผู้ป่วยส่วนใหญ่อยู่ในเขตมีนบุรี หนองจอก และตลิ่งชัน"),
            (Names{"มีนบุรี/กรุงเทพมหานคร", "หนองจอก/กรุงเทพมหานคร",
                   "ตลิ่งชัน/กรุงเทพมหานคร"}));
  // A district of another province does not continue the list, and a
  // province's name after the district is its province.
  EXPECT_EQ(Districts("ขนส่งสินค้าจากอำเภอหนองหาน บ้านแพ้ว ทุกวัน"),
            Names{"หนองหาน/อุดรธานี"});
  EXPECT_EQ(Districts("ชาวบ้านอำเภอปัว น่าน ร่วมกิจกรรม"), Names{"ปัว/น่าน"});
}

// --- Subdistricts -------------------------------------------------------------

TEST(Subdistricts, ResolvedThroughTheirDistrict) {
  // หนองบัว is the name of 28 subdistricts.
  EXPECT_EQ(Subdistricts("ชาวบ้านตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี"),
            Names{"หนองบัว/เมืองอุดรธานี/อุดรธานี"});
  EXPECT_EQ(Subdistricts("หมู่ที่ 9 ตำบลบ้านใต้ อำเภอเมืองกาญจนบุรี จังหวัดกาญจนบุรี"),
            Names{"บ้านใต้/เมืองกาญจนบุรี/กาญจนบุรี"});
  EXPECT_EQ(Subdistricts("บ้านโนนสว่าง ต.วัดหลวง อ.โพนพิสัย จ.หนองคาย"),
            Names{"วัดหลวง/โพนพิสัย/หนองคาย"});
  EXPECT_EQ(Subdistricts("อาคารเลขที่ 9 แขวงลาดยาว เขตจตุจักร กรุงเทพฯ"),
            Names{"ลาดยาว/จตุจักร/กรุงเทพมหานคร"});
  // Through the article's district, named elsewhere.
  EXPECT_EQ(Subdistricts("อำเภอโพนพิสัย จังหวัดหนองคาย จัดงาน\nชาวตำบลนาหนัง ร่วมงาน"),
            Names{"นาหนัง/โพนพิสัย/หนองคาย"});
  // Too many to choose from, and nothing to choose by.
  EXPECT_EQ(Subdistricts("ชาวบ้านตำบลหนองบัว ร่วมงาน"), Names{});
  // ต. inside another abbreviation; a marker, a space and a short word.
  EXPECT_EQ(Subdistricts("รมต. และคณะ ลงพื้นที่"), Names{});
  EXPECT_EQ(Subdistricts("โรงพยาบาลส่งเสริมสุขภาพตำบล และโรงเรียน จังหวัดน่าน"), Names{});
  // A name the district next to it does not have is a misreading.
  EXPECT_EQ(Subdistricts("ชาวบ้าน ต.นาหนัง อ.เมืองอุดรธานี จ.อุดรธานี"), Names{});
}

// --- Robustness -----------------------------------------------------------------

// The same places whichever engine segments the text: the extractor relies on
// word boundaries only where a name starts and ends.
TEST(Places, SameWithEverySegmentationEngine) {
  const std::string text =
      "วันนี้ที่อ.บ้านตาขุน จ.สุราษฎร์ธานี และอ.ดอยเต่า จ.เชียงใหม่\n"
      "ผู้ว่าราชการจังหวัดลพบุรี ร่วมกับ สจจ.ลพบุรี ประชุม ณ อ.เมือง จ.ลพบุรี\n"
      "ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ป้องกันการแพร่ระบาด\n"
      "นักท่องเที่ยวจากตรังกานู เดินทางไปกรุงเทพฯ และโคราช ผ่าน ถ.ศรีอยุธยา\n"
      "ถนนเชื่อมอำเภอหนองหาน บ้านดุง และทุ่งฝน\n";
  const Names provinces{"สุราษฎร์ธานี", "เชียงใหม่", "ลพบุรี", "อุดรธานี", "กรุงเทพมหานคร",
                        "นครราชสีมา"};
  const Names districts{"บ้านตาขุน/สุราษฎร์ธานี", "ดอยเต่า/เชียงใหม่", "เมืองลพบุรี/ลพบุรี",
                        "เมืองอุดรธานี/อุดรธานี", "หนองหาน/อุดรธานี", "บ้านดุง/อุดรธานี",
                        "ทุ่งฝน/อุดรธานี"};
  for (Segmenter::Engine engine : {Segmenter::Engine::kLibThai, Segmenter::Engine::kIcu}) {
    Extractor::Options options;
    options.segmenter.engine = engine;
    Result<Extractor> extractor = Extractor::Create(options);
    ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
    Result<Article> a = extractor->Extract(text);
    ASSERT_TRUE(a.ok());
    Names got_provinces, got_districts;
    for (const Province& p : a->provinces) got_provinces.push_back(p.name);
    for (const District& d : a->districts) got_districts.push_back(d.name + "/" + d.province);
    EXPECT_EQ(got_provinces, provinces) << extractor->segmenter().engine_name();
    EXPECT_EQ(got_districts, districts) << extractor->segmenter().engine_name();
  }
}

TEST(Places, NoThaiJunkAndLongLines) {
  EXPECT_TRUE(Extract("Hello world, no Thai here. <p>&nbsp;</p>").provinces.empty());
  std::string markers;
  for (int i = 0; i < 20000; ++i) markers += "จังหวัดอ.ต.เขตแขวง";
  const Article a = Extract(markers);
  EXPECT_TRUE(a.provinces.empty());
  EXPECT_TRUE(a.districts.empty());
  std::string names;
  for (int i = 0; i < 20000; ++i) names += "จ.ลพบุรี อ.เมือง ";
  const Article b = Extract(names);
  ASSERT_EQ(b.provinces.size(), 1u);
  EXPECT_EQ(b.provinces[0].mentions.size(), 20000u);
  ASSERT_EQ(b.districts.size(), 1u);
  EXPECT_EQ(b.districts[0].name, "เมืองลพบุรี");
  // Shapes that would cost quadratic time if handled naively: a long list
  // of look-alikes ended by one province, many capitals to resolve by the
  // article's province, and a megabyte of one name.
  std::string list;
  for (int i = 0; i < 40000; ++i) list += "แพร่ ";
  const Article c = Extract(list + "และจังหวัดน่าน");
  ASSERT_EQ(c.provinces.size(), 2u);
  EXPECT_EQ(c.provinces[0].mentions.size(), 40000u);
  std::string capitals = "จังหวัดลพบุรี\n";
  for (int i = 0; i < 40000; ++i) capitals += "ประชุมที่อ.เมือง ทุกวัน ";
  const Article d = Extract(capitals);
  ASSERT_EQ(d.districts.size(), 1u);
  EXPECT_EQ(d.districts[0].mentions.size(), 40000u);
  std::string one;
  for (int i = 0; i < 80000; ++i) one += "ลพบุรี ";
  EXPECT_EQ(Extract(one).provinces.at(0).mentions.size(), 80000u);
  // Markers at the very end of the text.
  EXPECT_TRUE(Extract("ข่าว จังหวัด").provinces.empty());
  EXPECT_TRUE(Extract("ข่าว อ.").districts.empty());
  EXPECT_TRUE(Extract("ข่าว อ.เมือง").districts.empty());
}

TEST(Places, DataErrorsStopCreate) {
  const std::string dir = ::testing::TempDir() + "thainews_places_test_empty";
  std::filesystem::create_directories(dir);
  Result<PlaceExtractor> places = PlaceExtractor::Create(DataSource(dir));
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.status().code(), StatusCode::kDataError);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace thainews
