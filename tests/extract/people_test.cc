// Officials: titled people with honorific, name and position. Every sentence
// here is written for these tests in the style of provincial government
// releases; the people in them do not exist.

#include "extract/people.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/document_for_test.h"
#include "thainews/extractor.h"

namespace thainews {
namespace {

class PeopleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<OfficialExtractor> officials = OfficialExtractor::Create(DataSource());
    ASSERT_TRUE(officials.ok()) << officials.status().ToString();
    officials_ = new OfficialExtractor(std::move(*officials));
  }
  static void TearDownTestSuite() { delete officials_; }

  // The officials of `text`. The places in `article` stand for what the
  // places extractor found before.
  static Article Extract(const std::string& text, Article article = {}) {
    article.text = text;
    const std::unique_ptr<Document> doc = DocumentFor(article.text);
    officials_->Find(*doc, &article);
    for (const Official& o : article.officials) {
      EXPECT_EQ(o.text, article.text.substr(o.span.begin, o.span.end - o.span.begin));
      EXPECT_EQ(o.name, o.given_name + " " + o.family_name);
    }
    return article;
  }

  // An article whose places extractor found `names` (at their first
  // occurrence in `text`) as provinces.
  static Article WithProvinces(const std::string& text, const std::vector<std::string>& names) {
    Article article;
    for (const std::string& name : names) {
      Province p;
      p.name = name;
      const size_t at = text.find(name);
      EXPECT_NE(at, std::string::npos) << name;
      p.mentions.push_back({at, at + name.size()});
      article.provinces.push_back(p);
    }
    return article;
  }

  // A sentence with one official, their name and position ("" for none).
  struct NamedCase {
    const char* sentence;
    const char* name;
    const char* position;
  };
  static void ExpectEachNamed(const std::vector<NamedCase>& cases) {
    for (const NamedCase& c : cases) {
      SCOPED_TRACE(c.sentence);
      const Article article = Extract(c.sentence);
      ASSERT_EQ(article.officials.size(), 1u);
      EXPECT_EQ(article.officials[0].name, c.name);
      EXPECT_EQ(article.officials[0].position.value_or(""), c.position);
    }
  }

  static std::vector<std::string> Names(const Article& article) {
    std::vector<std::string> names;
    for (const Official& o : article.officials) names.push_back(o.name);
    return names;
  }

  static OfficialExtractor* officials_;
};

OfficialExtractor* PeopleTest::officials_ = nullptr;

struct TitleCase {
  const char* sentence;
  const char* honorific;
  const char* name;
  const char* position;  // "" for none
};

// Each title family, glued to the name or spaced, alone or stacked.
const TitleCase kTitleCases[] = {
    // civil
    {"วันนี้ นายสมปอง ใจกล้า ผู้ว่าราชการจังหวัดสระบุรี เป็นประธานเปิดงาน", "นาย",
     "สมปอง ใจกล้า", "ผู้ว่าราชการจังหวัดสระบุรี"},
    {"โดยมี นางมาลัย ทองแท้ พัฒนาการจังหวัดยโสธร ร่วมพิธี", "นาง", "มาลัย ทองแท้",
     "พัฒนาการจังหวัดยโสธร"},
    {"ด้านนางสาวกัลยาณี ศรีสวัสดิ์ ปศุสัตว์จังหวัดน่าน กล่าวว่า", "นางสาว",
     "กัลยาณี ศรีสวัสดิ์", "ปศุสัตว์จังหวัดน่าน"},
    {"น.ส.จันทร์เพ็ญ แสงทอง เกษตรจังหวัดพิจิตร ได้ลงพื้นที่", "น.ส.", "จันทร์เพ็ญ แสงทอง",
     "เกษตรจังหวัดพิจิตร"},
    // a name that begins with the letters of a longer title: นาง + สาวิตรี
    {"นางสาวิตรี บุญมา ประมงจังหวัดตราด ร่วมด้วย", "นาง", "สาวิตรี บุญมา",
     "ประมงจังหวัดตราด"},
    // academic, stacked and glued
    {"โดยมี ผศ.ดร.วิไลวรรณ ทองสุข รองอธิการบดี มหาวิทยาลัยราชภัฏเลย ร่วมพิธี", "ผศ.ดร.",
     "วิไลวรรณ ทองสุข", "รองอธิการบดี มหาวิทยาลัยราชภัฏเลย"},
    {"รศ.ชยพล มั่นคง คณบดีคณะเกษตรศาสตร์ กล่าวต้อนรับ", "รศ.", "ชยพล มั่นคง",
     "คณบดีคณะเกษตรศาสตร์"},
    {"ดร.ปิยะพงษ์ เรืองศรี ผู้อำนวยการสำนักงานพลังงานจังหวัดสตูล บรรยาย", "ดร.",
     "ปิยะพงษ์ เรืองศรี", "ผู้อำนวยการสำนักงานพลังงานจังหวัดสตูล"},
    {"ศาสตราจารย์พิเศษธวัชชัย ศรีวงศ์ ประธานกรรมการ ได้มอบโล่", "ศาสตราจารย์พิเศษ",
     "ธวัชชัย ศรีวงศ์", "ประธานกรรมการ"},
    // professional
    {"นพ.ธีรวัฒน์ ใจเย็น นายแพทย์สาธารณสุขจังหวัดพิจิตร เปิดเผยว่า", "นพ.", "ธีรวัฒน์ ใจเย็น",
     "นายแพทย์สาธารณสุขจังหวัดพิจิตร"},
    {"แพทย์หญิงอรอุมา ปานทอง ผู้อำนวยการโรงพยาบาลสิงห์บุรี ให้การต้อนรับ", "แพทย์หญิง",
     "อรอุมา ปานทอง", "ผู้อำนวยการโรงพยาบาลสิงห์บุรี"},
    {"ภก.วรพงษ์ สีดา เภสัชกรชำนาญการ ร่วมตรวจ", "ภก.", "วรพงษ์ สีดา", "เภสัชกรชำนาญการ"},
    // military, full and short forms, spaced and glued
    {"พลเอก ประสาน ทองดี รัฐมนตรีว่าการกระทรวงกลาโหม ลงพื้นที่", "พลเอก", "ประสาน ทองดี",
     "รัฐมนตรีว่าการกระทรวงกลาโหม"},
    {"พล.ท.อุดม ศรีชัย แม่ทัพภาคที่ 3 ตรวจเยี่ยม", "พล.ท.", "อุดม ศรีชัย", "แม่ทัพภาคที่ 3"},
    {"พล.ร.อ.ชาญ สมุทร ผู้บัญชาการทหารเรือ เดินทางมา", "พล.ร.อ.", "ชาญ สมุทร",
     "ผู้บัญชาการทหารเรือ"},
    {"พลอากาศเอกวีระ ฟ้าใส ผู้บัญชาการทหารอากาศ ร่วมงาน", "พลอากาศเอก", "วีระ ฟ้าใส",
     "ผู้บัญชาการทหารอากาศ"},
    {"ร้อยโท ทวีป แก้วกล้า ผู้ว่าราชการจังหวัดตาก เป็นประธาน", "ร้อยโท", "ทวีป แก้วกล้า",
     "ผู้ว่าราชการจังหวัดตาก"},
    // police, with the female form
    {"พล.ต.อ.สุรินทร์ ทองมี ผู้บัญชาการตำรวจแห่งชาติ กล่าวว่า", "พล.ต.อ.", "สุรินทร์ ทองมี",
     "ผู้บัญชาการตำรวจแห่งชาติ"},
    {"พ.ต.ท.หญิงสุดารัตน์ มีสุข สารวัตรสอบสวน สภ.เมืองตาก ได้รับแจ้ง", "พ.ต.ท.หญิง",
     "สุดารัตน์ มีสุข", "สารวัตรสอบสวน สภ.เมืองตาก"},
    {"ด.ต.บุญส่ง ชูใจ ผบ.หมู่ ป้องกันปราบปราม ร่วมด้วย", "ด.ต.", "บุญส่ง ชูใจ", "ผบ.หมู่"},
    // acting ranks, glued and spaced
    {"ว่าที่ร้อยตรีสมศักดิ์ พันธ์ดี ปลัดอำเภอเมืองกำแพงเพชร ร่วมประชุม", "ว่าที่ร้อยตรี",
     "สมศักดิ์ พันธ์ดี", "ปลัดอำเภอเมืองกำแพงเพชร"},
    {"ว่าที่ ร.ต.หญิง ศิริพร แสงดาว ท้องถิ่นจังหวัดชุมพร กล่าวว่า", "ว่าที่ ร.ต.หญิง",
     "ศิริพร แสงดาว", "ท้องถิ่นจังหวัดชุมพร"},
    // stacked rank and academic title
    {"พ.ต.อ.ดร.ธนพล แก้วมณี ผกก.สภ.เมืองตาก ได้สั่งการ", "พ.ต.อ.ดร.", "ธนพล แก้วมณี",
     "ผกก.สภ.เมืองตาก"},
    {"พลตำรวจตรี ดร. ชาตรี บุญมา ผู้บังคับการตำรวจภูธรจังหวัดลำพูน เปิดเผย", "พลตำรวจตรี ดร.",
     "ชาตรี บุญมา", "ผู้บังคับการตำรวจภูธรจังหวัดลำพูน"},
    // noble titles are titles, not royalty
    {"ม.ร.ว.ปริญญา สุขสวัสดิ์ ที่ปรึกษารัฐมนตรีว่าการกระทรวงศึกษาธิการ มอบนโยบาย", "ม.ร.ว.",
     "ปริญญา สุขสวัสดิ์", "ที่ปรึกษารัฐมนตรีว่าการกระทรวงศึกษาธิการ"},
    {"หม่อมหลวงภาวินี ศรีวงศ์ ประธานมูลนิธิรักษ์ป่า กล่าวขอบคุณ", "หม่อมหลวง", "ภาวินี ศรีวงศ์",
     "ประธานมูลนิธิรักษ์ป่า"},
};

TEST_F(PeopleTest, EveryTitleFamily) {
  for (const TitleCase& c : kTitleCases) {
    SCOPED_TRACE(c.sentence);
    const Article article = Extract(c.sentence);
    ASSERT_EQ(article.officials.size(), 1u);
    const Official& o = article.officials[0];
    EXPECT_EQ(o.honorific, c.honorific);
    EXPECT_EQ(o.name, c.name);
    if (*c.position == '\0') {
      EXPECT_FALSE(o.position.has_value()) << *o.position;
    } else {
      EXPECT_EQ(o.position.value_or("(none)"), c.position);
    }
  }
}

TEST_F(PeopleTest, SplitsGivenAndFamilyName) {
  const Article article = Extract("นายวีรพงษ์ ศรีประเสริฐ นายอำเภอแม่ริม ตรวจเยี่ยมราษฎร");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].given_name, "วีรพงษ์");
  EXPECT_EQ(article.officials[0].family_name, "ศรีประเสริฐ");
  EXPECT_EQ(article.officials[0].text, "นายวีรพงษ์ ศรีประเสริฐ นายอำเภอแม่ริม");
}

TEST_F(PeopleTest, FamilyNamesOfRoyalLineageHaveTwoWords) {
  const Article article = Extract("นายวรวุฒิ ณ นคร รองผู้ว่าราชการจังหวัดตรัง กล่าวรายงาน");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].family_name, "ณ นคร");
  EXPECT_EQ(article.officials[0].position.value_or(""), "รองผู้ว่าราชการจังหวัดตรัง");
}

TEST_F(PeopleTest, LongerFamilyNames) {
  ExpectEachNamed({
      // royal lineage after a family name
      {"นายอานันท์ สนิทวงศ์ ณ อยุธยา ผู้อำนวยการสำนักงานสถิติจังหวัดสตูล กล่าว",
       "อานันท์ สนิทวงศ์ ณ อยุธยา", "ผู้อำนวยการสำนักงานสถิติจังหวัดสตูล"},
      // a maiden name before the married one
      {"นางพรรณี ศรีสุข ทองมาก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า", "พรรณี ศรีสุข ทองมาก",
       "รองโฆษกประจำสำนักนายกรัฐมนตรี"},
      // but not a unit or a group before the office
      {"พล.ต.สมพงษ์ ดีงาม ฝ่ายอำนวยการ รองหัวหน้าคณะทำงาน กล่าว", "สมพงษ์ ดีงาม", ""},
      // the navy's mark after the name
      {"พล.ร.ต.ชาญชัย ทะเลดี ร.น. ผู้บัญชาการทัพเรือภาคที่ 2 ตรวจเยี่ยม", "ชาญชัย ทะเลดี",
       "ผู้บัญชาการทัพเรือภาคที่ 2"},
      // a clause word alone is no family name
      {"นายวิชาญ ใจดี อายุ 45 ปี ชาวบ้านหมู่ที่ 3", "วิชาญ ใจดี", ""},
  });
  EXPECT_TRUE(Extract("ผู้ต้องหาคือนายวิชาญ อายุ 45 ปี").officials.empty());
}

TEST_F(PeopleTest, ATitleGluedAfterAClauseWord) {
  // Dictionary segmenters read "มีด" (knife) in "โดยมีดร.รัชนี" (libthai
  // does); the title still starts after the clause word มี.
  const Article article = Extract("โดยมีดร.รัชนี ทองดี ปลัดจังหวัดตราด ร่วมด้วย");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].honorific, "ดร.");
  EXPECT_EQ(article.officials[0].name, "รัชนี ทองดี");
  EXPECT_EQ(article.officials[0].position.value_or(""), "ปลัดจังหวัดตราด");
}

TEST_F(PeopleTest, AnnouncedPositions) {
  const Article article = Extract(
      "แต่งตั้งนายธีรพงษ์ ใจมั่น ดำรงตำแหน่ง ที่ปรึกษารัฐมนตรีว่าการกระทรวงพาณิชย์ "
      "และนาวาเอกสมพร ทองดี ตำแหน่งต้นกล เรือหลวงสุโขทัย ร่วมพิธี");
  ASSERT_EQ(article.officials.size(), 2u);
  EXPECT_EQ(article.officials[0].position.value_or(""), "ที่ปรึกษารัฐมนตรีว่าการกระทรวงพาณิชย์");
  EXPECT_EQ(article.officials[1].position.value_or(""), "ต้นกล");
}

TEST_F(PeopleTest, ANameInParenthesesAfterItsOffice) {
  const Article article = Extract(
      "รัฐมนตรีว่าการกระทรวงแรงงาน (นายสมศักดิ์ ทองดี) ได้มอบหมายให้กรมการจัดหางานดำเนินการ");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].position.value_or(""), "รัฐมนตรีว่าการกระทรวงแรงงาน");
}

TEST_F(PeopleTest, CompanyNamesBelongToThePosition) {
  const Article article = Extract(
      "นายกิตติ ศรีสุข กรรมการผู้จัดการ บริษัท สยาม ฟู้ด โปรดักส์ จำกัด (มหาชน) กล่าวว่า");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].position.value_or(""),
            "กรรมการผู้จัดการ บริษัท สยาม ฟู้ด โปรดักส์ จำกัด (มหาชน)");
}

TEST_F(PeopleTest, APersonNamedTwiceIsOneOfficial) {
  const std::string text =
      "นายสุรเชษฐ์ วงศ์ดี นายอำเภอเมืองลำปาง เป็นประธานในพิธี\n"
      "นายสุรเชษฐ์ กล่าวว่า อำเภอจะเร่งช่วยเหลือราษฎรโดยเร็ว\n"
      "ทั้งนี้ นายสุรเชษฐ์ฯ ได้มอบถุงยังชีพ และนายสุรเชษฐ์ วงศ์ดี ยังได้ตรวจเยี่ยม";
  const Article article = Extract(text);
  ASSERT_EQ(article.officials.size(), 1u);
  const Official& o = article.officials[0];
  EXPECT_EQ(o.name, "สุรเชษฐ์ วงศ์ดี");
  EXPECT_EQ(o.position.value_or(""), "นายอำเภอเมืองลำปาง");
  ASSERT_EQ(o.mentions.size(), 4u);
  EXPECT_EQ(o.span.begin, 0u);
  for (const Span& m : o.mentions) {
    EXPECT_EQ(text.compare(m.begin, std::string("นายสุรเชษฐ์").size(), "นายสุรเชษฐ์"), 0);
  }
}

TEST_F(PeopleTest, AMentionByGivenNameBeforeTheFullOneJoinsIt) {
  const Article article = Extract(
      "นางอรทัย กล่าวต้อนรับคณะ\nโดยนางอรทัย สุขเจริญ แรงงานจังหวัดพะเยา ได้บรรยายสรุป");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].name, "อรทัย สุขเจริญ");
  EXPECT_EQ(article.officials[0].mentions.size(), 2u);
}

TEST_F(PeopleTest, AGivenNameWithAVerbGluedToItIsAMention) {
  const Article article =
      Extract("นายพงศกร มีแสง ประมงจังหวัดสตูล ลงพื้นที่\nนายพงศกรกล่าวว่า จะเร่งสำรวจความเสียหาย");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].name, "พงศกร มีแสง");
  EXPECT_EQ(article.officials[0].mentions.size(), 2u);
}

TEST_F(PeopleTest, ARunTooLongForANameIsAClause) {
  // "นายธนกรกล่าวว่า การเปิดด่าน…": the verb glued to the given name, then a
  // clause of twenty letters where a family name would be.
  const std::string later = "\nนายธนกรกล่าวว่า การเปิดด่านชายแดนดังกล่าวจะช่วยการค้า";
  EXPECT_TRUE(Extract("ข่าว" + later).officials.empty());
  const Article article = Extract("นายธนกร ใจงาม โฆษกประจำกระทรวงพาณิชย์ แถลงข่าว" + later);
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].name, "ธนกร ใจงาม");
  EXPECT_EQ(article.officials[0].mentions.size(), 2u);
}

TEST_F(PeopleTest, SameGivenNameDifferentPeople) {
  const Article article = Extract(
      "นายวิทยา ทองคำ ผู้ว่าราชการจังหวัดสกลนคร และนายวิทยา ชัยดี นายอำเภอพังโคน ร่วมประชุม");
  EXPECT_EQ(Names(article), (std::vector<std::string>{"วิทยา ทองคำ", "วิทยา ชัยดี"}));
}

TEST_F(PeopleTest, PositionBeforeTheName) {
  const Article article =
      Extract("โดยมี รองผู้ว่าราชการจังหวัดลำปาง นายประเสริฐ ทองคำ ร่วมเป็นเกียรติในพิธี");
  ASSERT_EQ(article.officials.size(), 1u);
  const Official& o = article.officials[0];
  EXPECT_EQ(o.position.value_or(""), "รองผู้ว่าราชการจังหวัดลำปาง");
  EXPECT_EQ(o.text, "รองผู้ว่าราชการจังหวัดลำปาง นายประเสริฐ ทองคำ");
  // A clause ending before the name is no office, even with an office word
  // in it.
  const Article clause = Extract(
      "ชาวบ้านร้องเรียนผู้ใหญ่บ้านในพื้นที่ถึงพฤติกรรมของ นายสมหมาย ใจร้าย ที่ลักลอบขายยา");
  ASSERT_EQ(clause.officials.size(), 1u);
  EXPECT_FALSE(clause.officials[0].position.has_value()) << *clause.officials[0].position;
}

TEST_F(PeopleTest, PositionEndsAtTheVerbOrClauseAfterIt) {
  const struct {
    const char* sentence;
    const char* position;
  } cases[] = {
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยาเป็นประธานเปิดงาน", "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยา ได้มอบหมายให้", "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยา, ปลัดจังหวัด", "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยารับทราบรายงานแล้ว", "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยาเข้าเยี่ยมคารวะรัฐมนตรี",
       "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยา พร้อมด้วยคณะ", "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยา โดยมีหัวหน้าส่วนราชการ",
       "ผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยา\nเป็นประธาน", "ผู้ว่าราชการจังหวัดพะเยา"},
      // the ministry and the parenthesized abbreviation belong to it
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการกองแผนงาน กรมส่งเสริมการเกษตร (กสก.) กล่าว",
       "ผู้อำนวยการกองแผนงาน กรมส่งเสริมการเกษตร (กสก.)"},
      // a ministry whose name has spaces in it
      {"นายชัยวัฒน์ ศรีเมือง ผู้ตรวจราชการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
       "ตรวจเยี่ยม",
       "ผู้ตรวจราชการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"},
      // the place an office serves, and a numbered area
      {"นายชัยวัฒน์ ศรีเมือง กำนันตำบลบ้านใหม่ อำเภอเมืองพะเยา ได้แจ้งว่า",
       "กำนันตำบลบ้านใหม่ อำเภอเมืองพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 "
       "กล่าวว่า",
       "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2"},
      // a second office of the same person, then the next person
      {"นายชัยวัฒน์ ศรีเมือง ปลัดจังหวัดพะเยา เลขานุการคณะกรรมการ นายสมชาย ใจดี",
       "ปลัดจังหวัดพะเยา เลขานุการคณะกรรมการ"},
      {"นายชัยวัฒน์ ศรีเมือง รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย ลงพื้นที่",
       "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย"},
      // groups of people after it are not part of it, spaced or glued
      {"นายชัยวัฒน์ ศรีเมือง อธิบดีกรมการข้าวและผู้บริหารกระทรวงเกษตรและสหกรณ์ ร่วมงาน",
       "อธิบดีกรมการข้าว"},
      {"นายชัยวัฒน์ ศรีเมือง รองผู้ว่าราชการจังหวัดพะเยา ผู้บริหารท้องถิ่น ข้าราชการ และประชาชน",
       "รองผู้ว่าราชการจังหวัดพะเยา"},
      {"นายชัยวัฒน์ ศรีเมือง นายอำเภอเชียงคำ ฝ่ายปกครองอำเภอเชียงคำ และกำนันผู้ใหญ่บ้าน",
       "นายอำเภอเชียงคำ"},
      // no office: an amount, an address
      {"มอบเงินให้แก่นายชัยวัฒน์ ศรีเมือง จำนวน 5,000 บาท", ""},
      {"ที่บ้านของนายชัยวัฒน์ ศรีเมือง หมู่ที่ 4 ตำบลแม่ใส", ""},
      // a committee's name begins with what it does, verbs and all
      {"นายชัยวัฒน์ ศรีเมือง ประธานคณะอนุกรรมการติดตามและเร่งรัดการแก้ไขปัญหาภัยแล้ง กล่าวว่า",
       "ประธานคณะอนุกรรมการติดตามและเร่งรัดการแก้ไขปัญหาภัยแล้ง"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการศูนย์สั่งการชายแดนจังหวัดพะเยา รายงานว่า",
       "ผู้อำนวยการศูนย์สั่งการชายแดนจังหวัดพะเยา"},
      // words with a clause word in them
      {"นายชัยวัฒน์ ศรีเมือง อธิบดีกรมกิจการผู้สูงอายุ กล่าวว่า", "อธิบดีกรมกิจการผู้สูงอายุ"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการกองความร่วมมือระหว่างประเทศ กล่าวว่า",
       "ผู้อำนวยการกองความร่วมมือระหว่างประเทศ"},
      // a department whose official name lists its fields
      {"นายชัยวัฒน์ ศรีเมือง อธิบดีกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช ลงพื้นที่",
       "อธิบดีกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช"},
      // but a list of people after a department is not its name
      {"นายชัยวัฒน์ ศรีเมือง อธิบดีกรมประมง ชาวประมง และเจ้าหน้าที่ ร่วมปล่อยพันธุ์ปลา",
       "อธิบดีกรมประมง"},
      // royal patronage ends a body's name
      {"นายชัยวัฒน์ ศรีเมือง นายกสมาคมพยาบาลแห่งประเทศไทย ในพระบรมราชูปถัมภ์ กล่าวว่า",
       "นายกสมาคมพยาบาลแห่งประเทศไทย ในพระบรมราชูปถัมภ์"},
      // where a post is held; "ประจำปี" is no place
      {"นายชัยวัฒน์ ศรีเมือง เอกอัครราชทูตไทย ประจำประเทศญี่ปุ่น เข้าพบนายกรัฐมนตรี",
       "เอกอัครราชทูตไทย ประจำประเทศญี่ปุ่น"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการโรงเรียนบ้านดอน ประจำปีนี้ได้รับรางวัล",
       "ผู้อำนวยการโรงเรียนบ้านดอน"},
      // the representatives of a group are other people
      {"นายชัยวัฒน์ ศรีเมือง รองผู้ว่าราชการจังหวัดพะเยา และผู้แทนภาคีเครือข่าย เข้าร่วมงาน",
       "รองผู้ว่าราชการจังหวัดพะเยา"},
      // but a committee is no group
      {"นายชัยวัฒน์ ศรีเมือง สมาชิกสภาผู้แทนราษฎรจังหวัดพะเยา และประธานคณะกรรมาธิการการศึกษา "
       "สภาผู้แทนราษฎร กล่าวว่า",
       "สมาชิกสภาผู้แทนราษฎรจังหวัดพะเยา และประธานคณะกรรมาธิการการศึกษา สภาผู้แทนราษฎร"},
      // a numbered area whose word comes first in its part
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการศูนย์การศึกษาพิเศษ เขตการศึกษา 8 จังหวัดพะเยา กล่าวว่า",
       "ผู้อำนวยการศูนย์การศึกษาพิเศษ เขตการศึกษา 8 จังหวัดพะเยา"},
      // after the province, a body begins the next item of a list
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการโรงเรียนบ้านดอน จังหวัดพะเยา คณะกรรมการสถานศึกษา "
       "และผู้ปกครอง ร่วมงาน",
       "ผู้อำนวยการโรงเรียนบ้านดอน จังหวัดพะเยา"},
      // acting before the office it names
      {"นายชัยวัฒน์ ศรีเมือง รักษาราชการแทนอธิบดีกรมควบคุมโรค กล่าวว่า",
       "รักษาราชการแทนอธิบดีกรมควบคุมโรค"},
      {"นายชัยวัฒน์ ศรีเมือง รก.ผวจ.พะเยา เป็นประธาน", "รก.ผวจ.พะเยา"},
      // an abbreviated body, then an acting clause
      {"นายชัยวัฒน์ ศรีเมือง ที่ปรึกษา รมว.พม. ในฐานะประธานคณะทำงาน กล่าวว่า",
       "ที่ปรึกษา รมว.พม. ในฐานะประธานคณะทำงาน"},
      // offices of the palace and of the Privy Council, and the short เลขา
      {"นายชัยวัฒน์ ศรีเมือง องคมนตรี เป็นประธานในพิธี", "องคมนตรี"},
      {"นายชัยวัฒน์ ศรีเมือง เลขารัฐมนตรีว่าการกระทรวงแรงงาน ร่วมพิธี",
       "เลขารัฐมนตรีว่าการกระทรวงแรงงาน"},
      // an agency named alone stands for the post in it, where the clause ends
      {"โดยมี นายชัยวัฒน์ ศรีเมือง กองทุนพัฒนาบทบาทสตรี ข้าราชการ และประชาชน ร่วมงาน",
       "กองทุนพัฒนาบทบาทสตรี"},
      {"นายชัยวัฒน์ ศรีเมือง มหาวิทยาลัยพะเยา กล่าวว่า", "มหาวิทยาลัยพะเยา"},
      // not a part of one
      {"2. นายชัยวัฒน์ ศรีเมือง สาขาวิศวกรรมศาสตร์\n3. นายสมชาย ใจดี สาขาเกษตรศาสตร์", ""},
      // a body ranked by the highest one its part names
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการกองกลาง สำนักงานปลัดกระทรวงมหาดไทย กล่าวว่า",
       "ผู้อำนวยการกองกลาง สำนักงานปลัดกระทรวงมหาดไทย"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้พิพากษาสมทบ ศาลเยาวชนและครอบครัวจังหวัดพะเยา กล่าวว่า",
       "ผู้พิพากษาสมทบ ศาลเยาวชนและครอบครัวจังหวัดพะเยา"},
      // an office that ends in the word for its body, then the body's name
      {"นายชัยวัฒน์ ศรีเมือง เลขานุการกรม กรมส่งเสริมการเกษตร กล่าวว่า",
       "เลขานุการกรม กรมส่งเสริมการเกษตร"},
      // but not the word again, nor another body after a named one
      {"นายชัยวัฒน์ ศรีเมือง ประธานคณะกรรมาธิการ คณะกรรมาธิการ และผู้แทนกรมประมง ร่วมประชุม",
       "ประธานคณะกรรมาธิการ"},
      {"นายชัยวัฒน์ ศรีเมือง รองโฆษกประจำสำนักนายกรัฐมนตรี คณะทำงานรัฐมนตรี และสื่อมวลชน ร่วมงาน",
       "รองโฆษกประจำสำนักนายกรัฐมนตรี"},
      // "ผู้อำนวย|การท่าเรือ…" holds no state enterprise
      {"นายชัยวัฒน์ ศรีเมือง ผู้อำนวยการท่าเรือเชียงแสน การท่าเรือแห่งประเทศไทย กล่าวว่า",
       "ผู้อำนวยการท่าเรือเชียงแสน การท่าเรือแห่งประเทศไทย"},
      // the ministry of higher education after a short form, spaced as written
      {"นายชัยวัฒน์ ศรีเมือง รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัย และนวัตกรรม (อว.) เป็นประธาน",
       "รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัย และนวัตกรรม (อว.)"},
      {"นายชัยวัฒน์ ศรีเมือง นายกสมาคมผู้สื่อข่าว แห่งประเทศไทย กล่าวว่า",
       "นายกสมาคมผู้สื่อข่าว แห่งประเทศไทย"},
      // a body named in Latin letters, where the clause ends after it
      {"นายชัยวัฒน์ ศรีเมือง รองกรรมการผู้จัดการ SME D Bank กล่าวว่า",
       "รองกรรมการผู้จัดการ SME D Bank"},
      {"นายชัยวัฒน์ ศรีเมือง ผู้ว่าราชการจังหวัดพะเยา Kick off โครงการปลูกป่า",
       "ผู้ว่าราชการจังหวัดพะเยา"},
      // a spouse is one, alone; after "และ" another person
      {"นายชัยวัฒน์ ศรีเมือง ภริยานายกรัฐมนตรี เป็นประธาน", "ภริยานายกรัฐมนตรี"},
      {"นายชัยวัฒน์ ศรีเมือง รัฐมนตรีว่าการกระทรวงวัฒนธรรม และภริยา ร่วมพิธี",
       "รัฐมนตรีว่าการกระทรวงวัฒนธรรม"},
      // "ฯ" ends a shortened title as a space would
      {"นายชัยวัฒน์ ศรีเมือง รองนายกฯ รมว.คมนาคม ในฐานะรองนายกฯที่กำกับดูแลกระทรวงเกษตร "
       "กล่าวว่า",
       "รองนายกฯ รมว.คมนาคม ในฐานะรองนายกฯ"},
      {"นายชัยวัฒน์ ศรีเมือง รองนายกฯและรมว.พาณิชย์ กล่าวว่า", "รองนายกฯและรมว.พาณิชย์"},
      // an abbreviated body, then a role that runs on
      {"นายชัยวัฒน์ ศรีเมือง ประธานคณะทำงาน รมว.พม. ในฐานะที่ปรึกษาศูนย์ ศปก. และตนได้ประชุม",
       "ประธานคณะทำงาน รมว.พม. ในฐานะที่ปรึกษาศูนย์"},
      // an appointment
      {"แต่งตั้งนายชัยวัฒน์ ศรีเมือง ให้ดำรงตำแหน่งเลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน",
       "เลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.sentence);
    const Article article = Extract(c.sentence);
    ASSERT_GE(article.officials.size(), 1u);
    const Official& o = article.officials[0];
    EXPECT_EQ(o.name, "ชัยวัฒน์ ศรีเมือง");
    EXPECT_EQ(o.position.value_or(""), c.position);
  }
}

// Foreign names: a hyphen inside a Korean given name, more words than a
// Thai name has, and their Latin form in brackets before the position.
TEST_F(PeopleTest, ForeignNamesWithTheirLatinForm) {
  ExpectEachNamed({
      {"นายปาร์ค จี-ฮุน (H.E. Mr. Park Ji-hoon) เอกอัครราชทูตสาธารณรัฐเกาหลีประจำประเทศไทย "
       "เข้าเยี่ยมคารวะนายกรัฐมนตรี",
       "ปาร์ค จี-ฮุน", "เอกอัครราชทูตสาธารณรัฐเกาหลีประจำประเทศไทย"},
      {"นายราเชนทร์ กุมาร ศรมา (H.E. Mr. Rajendra Kumar Sharma) เอกอัครราชทูตสาธารณรัฐอินเดีย "
       "ประจำประเทศไทย พบปะหารือ",
       "ราเชนทร์ กุมาร ศรมา", "เอกอัครราชทูตสาธารณรัฐอินเดีย ประจำประเทศไทย"},
      {"นางมาเรีย เด ลา ครูซ (Ms. Maria de la Cruz) ผู้อำนวยการใหญ่ ร่วมประชุม",
       "มาเรีย เด ลา ครูซ", "ผู้อำนวยการใหญ่"},
      // the bracket glued to the name
      {"นายซาโต ฮิโรชิ(Mr. Sato Hiroshi) ผู้ว่าราชการจังหวัดโอซากา ประเทศญี่ปุ่น เข้าพบ",
       "ซาโต ฮิโรชิ", "ผู้ว่าราชการจังหวัดโอซากา ประเทศญี่ปุ่น"},
      // without the bracket a third word is no name
      {"นายสมชาย ใจดี ทองมา ร่วมงาน", "สมชาย ใจดี", ""},
  });
  // The words before a bracket are one name only up to the next person.
  const Article two = Extract(
      "นายสมชาย ใจดี ปลัดกระทรวงแรงงาน และนายจอห์น สมิธ (Mr. John Smith) ผู้อำนวยการใหญ่ "
      "ร่วมลงนาม");
  EXPECT_EQ(Names(two), (std::vector<std::string>{"สมชาย ใจดี", "จอห์น สมิธ"}));
  ASSERT_EQ(two.officials.size(), 2u);
  EXPECT_EQ(two.officials[0].position.value_or(""), "ปลัดกระทรวงแรงงาน");
  EXPECT_EQ(two.officials[1].position.value_or(""), "ผู้อำนวยการใหญ่");
  // Two people of one family name, each with the Latin form of the name.
  const Article family = Extract(
      "นายซาโต ฮิโรชิ (Mr. Sato Hiroshi) ประธานหอการค้าญี่ปุ่น และนายซาโต เคนจิ "
      "(Mr. Sato Kenji) ร่วมพิธี");
  EXPECT_EQ(Names(family), (std::vector<std::string>{"ซาโต ฮิโรชิ", "ซาโต เคนจิ"}));
}

TEST_F(PeopleTest, ActingPositions) {
  const Article article = Extract(
      "นางพรทิพย์ ศรีเมือง ผู้อำนวยการสำนักงานจัดหางานจังหวัดแพร่ รักษาราชการแทน "
      "แรงงานจังหวัดแพร่ ร่วมประชุม\n"
      "นายอุดม ชัยศรี รองปลัดกระทรวงมหาดไทย รักษาราชการแทนปลัดกระทรวงมหาดไทย เป็นประธาน");
  ASSERT_EQ(article.officials.size(), 2u);
  EXPECT_EQ(article.officials[0].position.value_or(""),
            "ผู้อำนวยการสำนักงานจัดหางานจังหวัดแพร่ รักษาราชการแทน แรงงานจังหวัดแพร่");
  EXPECT_EQ(article.officials[1].position.value_or(""),
            "รองปลัดกระทรวงมหาดไทย รักษาราชการแทนปลัดกระทรวงมหาดไทย");
}

TEST_F(PeopleTest, ListsOfPeopleGiveEachTheirOwnEntry) {
  const Article article = Extract(
      "โดยมี นายวิชัย ดีมาก ปลัดจังหวัดยโสธร, นายอนันต์ สุขใจ หัวหน้าสำนักงานจังหวัดยโสธร "
      "นางสาวมาลี ทองแท้ พัฒนาการจังหวัดยโสธร และนายบุญมา ศรีสุข ท้องถิ่นจังหวัดยโสธร เข้าร่วม");
  ASSERT_EQ(article.officials.size(), 4u);
  const char* positions[] = {"ปลัดจังหวัดยโสธร", "หัวหน้าสำนักงานจังหวัดยโสธร",
                             "พัฒนาการจังหวัดยโสธร", "ท้องถิ่นจังหวัดยโสธร"};
  EXPECT_EQ(Names(article), (std::vector<std::string>{"วิชัย ดีมาก", "อนันต์ สุขใจ", "มาลี ทองแท้",
                                                     "บุญมา ศรีสุข"}));
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(article.officials[i].position.value_or(""), positions[i]);
  }
}

TEST_F(PeopleTest, PeopleListedBeforeOnePositionShareIt) {
  const Article article = Extract(
      "นายชาติชาย ทองมา นายบุญเลิศ ศรีสุข สมาชิกสภาผู้แทนราษฎรจังหวัดสุรินทร์ ร่วมด้วย");
  ASSERT_EQ(article.officials.size(), 2u);
  for (const Official& o : article.officials) {
    EXPECT_EQ(o.position.value_or(""), "สมาชิกสภาผู้แทนราษฎรจังหวัดสุรินทร์");
  }
  // The first one's text is its own name only.
  EXPECT_EQ(article.officials[0].text, "นายชาติชาย ทองมา");
}

TEST_F(PeopleTest, OfficesOnTheLineAfterTheName) {
  const Article article = Extract(
      "แต่งตั้งข้าราชการ ดังนี้\n1. นายกิตติ พรหมมา\nรองปลัดกระทรวงเกษตรและสหกรณ์\n"
      "2. นางสุนีย์ แก้วใส\nผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์\n");
  ASSERT_EQ(article.officials.size(), 2u);
  EXPECT_EQ(article.officials[0].position.value_or(""), "รองปลัดกระทรวงเกษตรและสหกรณ์");
  EXPECT_EQ(article.officials[1].position.value_or(""), "ผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์");
}

TEST_F(PeopleTest, RoyalNamesAreNotOfficials) {
  const Article article = Extract(
      "สมเด็จพระกนิษฐาธิราชเจ้า เสด็จพระราชดำเนินทรงเปิดอาคาร โดยมี "
      "พลเอกหญิง สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าสุริยา เสด็จด้วย "
      "และหม่อมเจ้าวิมลฉัตร ทรงเปิดงาน ในการนี้ นายสมบัติ ใจเย็น ผู้ว่าราชการจังหวัดลำพูน "
      "เฝ้ารับเสด็จ");
  EXPECT_EQ(Names(article), std::vector<std::string>{"สมบัติ ใจเย็น"});
}

TEST_F(PeopleTest, BylinesWithoutATitleAreNotOfficials) {
  const Article article = Extract(
      "จังหวัดพะเยาจัดงานวันเกษตร\nรายละเอียดของงาน\nข่าว/ภาพ : ประสิทธิ์ ทองแท้ สปข.3\n"
      "เผยแพร่ข่าว : นางสาวสุนิสา ใจงาม\n");
  ASSERT_EQ(article.officials.size(), 1u);
  EXPECT_EQ(article.officials[0].name, "สุนิสา ใจงาม");
  EXPECT_FALSE(article.officials[0].position.has_value());
}

TEST_F(PeopleTest, WordsThatBeginLikeTitlesAreNotPeople) {
  const Article article = Extract(
      "นายอำเภอเมืองตาก และนายกรัฐมนตรี ลงพื้นที่เมื่อเดือนมิถุนายน พ.ศ. 2565 "
      "เพื่อยกระดับคุณภาพชีวิต ทนายความ และนางพยาบาล ของโรงพยาบาล กองพลทหารราบที่ 9 "
      "เด็กหญิง ที่ป่วยได้รับการดูแล ว่าที่ผู้สมัคร ส.ส.");
  EXPECT_TRUE(article.officials.empty()) << article.officials[0].name;
}

TEST_F(PeopleTest, TitledPeopleNeedAFamilyName) {
  // A title and one word is no introduction: without a full mention there is
  // no official.
  const Article article = Extract("ขอขอบคุณนายสมชาย ที่มาร่วมงาน");
  EXPECT_TRUE(article.officials.empty());
}

TEST_F(PeopleTest, APlaceNameThatBeginsLikeATitleIsNoPerson) {
  const std::string text = "ถนนสายนี้ผ่านตำบลลำนางรอง ตำบลโคกสูง";
  Article places;
  Subdistrict sub;
  sub.name = "ลำนางรอง";
  const size_t at = text.find(sub.name);
  sub.mentions.push_back({at, at + sub.name.size()});
  places.subdistricts.push_back(sub);
  EXPECT_TRUE(Extract(text, places).officials.empty());
  // Without the places extractor "อำเภอ…" after it is still no family name.
  EXPECT_TRUE(Extract("ถนนสายนี้ผ่านตำบลลำนางรอง อำเภอโนนดินแดง").officials.empty());
}

TEST_F(PeopleTest, ProvinceOfThePosition) {
  const std::string text =
      "นายสมปอง ใจกล้า ผู้ว่าราชการจังหวัดสระบุรี พร้อมด้วย นางสาวจิราพร ทองดี "
      "ผู้อำนวยการกองคลัง ลงพื้นที่จังหวัดลพบุรี";
  const Article article = Extract(text, WithProvinces(text, {"สระบุรี", "ลพบุรี"}));
  ASSERT_EQ(article.officials.size(), 2u);
  EXPECT_EQ(article.officials[0].province.value_or(""), "สระบุรี");
  // ลพบุรี is where they went, not part of her position.
  EXPECT_FALSE(article.officials[1].province.has_value());
}

TEST_F(PeopleTest, AProvinceNameAfterASpaceContinuesThePosition) {
  const std::string text =
      "นายศักดิ์ชัย บุญมา ผู้อำนวยการโรงเรียนบ้านนาดี พะเยา กล่าวต้อนรับ";
  const Article with = Extract(text, WithProvinces(text, {"พะเยา"}));
  ASSERT_EQ(with.officials.size(), 1u);
  EXPECT_EQ(with.officials[0].position.value_or(""), "ผู้อำนวยการโรงเรียนบ้านนาดี พะเยา");
  EXPECT_EQ(with.officials[0].province.value_or(""), "พะเยา");
  // Without the places extractor's word for it, พะเยา is just a word.
  const Article without = Extract(text);
  EXPECT_EQ(without.officials[0].position.value_or(""), "ผู้อำนวยการโรงเรียนบ้านนาดี");
}

TEST_F(PeopleTest, SpansAreSlicesOfTheOriginalText) {
  // NBSP, doubled spaces and Thai digits are normalized for matching; the
  // reported text is the caller's and the name and position are collapsed.
  const std::string text =
      "วันที่ ๕ พ.ค. นายวรยุทธ\xC2\xA0 เนาวรัตน์\xC2\xA0 ผู้ว่าราชการจังหวัดลำพูน\xC2\xA0 "
      "เป็นประธาน";
  const Article article = Extract(text);
  ASSERT_EQ(article.officials.size(), 1u);
  const Official& o = article.officials[0];
  EXPECT_EQ(o.name, "วรยุทธ เนาวรัตน์");
  EXPECT_EQ(o.position.value_or(""), "ผู้ว่าราชการจังหวัดลำพูน");
  EXPECT_EQ(o.text, "นายวรยุทธ\xC2\xA0 เนาวรัตน์\xC2\xA0 ผู้ว่าราชการจังหวัดลำพูน");
}

TEST_F(PeopleTest, BadInputNeverBreaksIt) {
  std::string long_line;
  for (int i = 0; i < 20000; ++i) long_line += "นายกขค";
  long_line += " ผู้ว่าราชการจังหวัด";
  for (int i = 0; i < 20000; ++i) long_line += "จังหวัด";
  // Offices before a megabyte of Latin letters, names before brackets.
  std::string latin;
  for (int i = 0; i < 2000; ++i) latin += "นายสมชาย ใจดี ผู้อำนวยการ ";
  latin += std::string(1 << 20, 'A');
  for (int i = 0; i < 2000; ++i) latin += " นายก ข ค ง (Mr. A";
  const std::string inputs[] = {
      "",
      "นาย",
      "นาย ",
      "นายก ข",
      "พล.ต.อ.",
      "ว่าที่ ",
      "<p>นายสมชาย ใจดี</p><br/>ผู้ว่าราชการ",
      "no Thai at all, Mr. Smith",
      "นาย123 456",
      "\xEF\xBF\xBD\xEF\xBF\xBD นาย\xEF\xBF\xBD",
      long_line,
      latin,
  };
  for (const std::string& input : inputs) {
    const Article article = Extract(input);  // checks spans of whatever it finds
    for (const Official& o : article.officials) EXPECT_FALSE(o.given_name.empty());
  }
}

TEST_F(PeopleTest, TheExtractorFillsOfficials) {
  Result<Extractor> extractor = Extractor::Create({});
  ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
  Result<Article> article = extractor->Extract(
      "ข่าวจังหวัด\nนายสมปอง ใจกล้า ผู้ว่าราชการจังหวัดสระบุรี เป็นประธานเปิดงาน");
  ASSERT_TRUE(article.ok());
  ASSERT_EQ(article->officials.size(), 1u);
  EXPECT_EQ(article->officials[0].position.value_or(""), "ผู้ว่าราชการจังหวัดสระบุรี");
}

TEST(PeopleDataTest, ABadDataFileIsAnError) {
  const std::string dir = ::testing::TempDir() + "people_bad_data";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir + "/titles.tsv");
    out << "form\tfull_form\tcategory\nนาย\tนาย\tcivil\nพลเอก\tพลเอก\tgeneral\n";
  }
  Result<OfficialExtractor> officials = OfficialExtractor::Create(DataSource(dir));
  ASSERT_FALSE(officials.ok());
  EXPECT_EQ(officials.status().code(), StatusCode::kDataError);
  EXPECT_NE(officials.status().message().find("titles.tsv:3"), std::string::npos)
      << officials.status().message();
}

}  // namespace
}  // namespace thainews
