// Dates as SPEC.md defines them, read from sentences written for these
// tests in the style of provincial government releases.

#include "extract/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "thainews/extractor.h"

namespace thainews {
namespace {

// "2565" -> "๒๕๖๕": the same sentence as a release typed with Thai digits.
std::string WithThaiDigits(const std::string& text) {
  static const char* const kThaiDigits[] = {"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"};
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      out += kThaiDigits[c - '0'];
    } else {
      out += c;
    }
  }
  return out;
}

struct Expected {
  const char* kind;
  const char* value;
  const char* text;  // the reported span, as written (ASCII digits)
};

struct Case {
  const char* sentence;
  std::vector<Expected> dates;
};

// Checks the dates found in one sentence; `thai_digits` when it was typed
// with Thai digits, so the expected texts are too.
void ExpectDates(const std::vector<Date>& got, const std::vector<Expected>& want,
                 const std::string& sentence, bool thai_digits) {
  ASSERT_EQ(got.size(), want.size()) << sentence;
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_STREQ(DateKindName(got[i].kind), want[i].kind) << sentence;
    EXPECT_EQ(got[i].value, want[i].value) << sentence;
    const std::string text = thai_digits ? WithThaiDigits(want[i].text) : want[i].text;
    EXPECT_EQ(got[i].text, text) << sentence;
  }
}

class DatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Extractor> extractor = Extractor::Create({});
    ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
    extractor_ = new Extractor(std::move(*extractor));
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }

  // The dates of `text`, after checking that each one's text is its span.
  static std::vector<Date> DatesIn(const std::string& text) {
    Result<Article> article = extractor_->Extract(text);
    EXPECT_TRUE(article.ok()) << article.status().ToString();
    if (!article.ok()) return {};
    for (const Date& d : article->dates) {
      EXPECT_EQ(d.text, text.substr(d.span.begin, d.span.end - d.span.begin)) << text;
    }
    return article->dates;
  }

  // One table row, as written and again typed with Thai digits.
  static void ExpectCase(const Case& c);

  static Extractor* extractor_;
};

Extractor* DatesTest::extractor_ = nullptr;

void DatesTest::ExpectCase(const Case& c) {
  ExpectDates(DatesIn(c.sentence), c.dates, c.sentence, false);
  const std::string thai = WithThaiDigits(c.sentence);
  ExpectDates(DatesIn(thai), c.dates, thai, true);
}

// Every row of SPEC's table, and the forms around it that releases use.
const Case kSpecTable[] = {
    {"เมื่อวันที่ 28 มิถุนายน 2565 ผู้ว่าราชการจังหวัดเป็นประธานเปิดงานมหกรรมสินค้าชุมชน",
     {{"date", "2022-06-28", "28 มิถุนายน 2565"}}},
    {"เมื่อวันที่ 8 พ.ย.61 ที่ห้องประชุมศาลากลางจังหวัด นายอำเภอได้ประชุมกำนันผู้ใหญ่บ้าน",
     {{"date", "2018-11-08", "8 พ.ย.61"}}},
    {"เมื่อวันที่ 8พ.ย.61 คณะทำงานลงพื้นที่ตรวจเยี่ยมโครงการ",
     {{"date", "2018-11-08", "8พ.ย.61"}}},
    {"วันอังคารที่ 17 พฤศจิกายน 2563 เวลา 10.00 น. สำนักงานพัฒนาชุมชนจัดประชุมประจำเดือน",
     {{"date", "2020-11-17", "วันอังคารที่ 17 พฤศจิกายน 2563"}}},
    {"นายอำเภอลงพื้นที่เมื่อ 28 มิ.ย. 2565 เพื่อติดตามการซ่อมแซมถนน",
     {{"date", "2022-06-28", "28 มิ.ย. 2565"}}},
    {"จังหวัดจัดฝึกอบรมอาสาสมัคร ระหว่างวันที่ 13-25 สิงหาคม 2563 ณ หอประชุมอำเภอ",
     {{"date_range", "2020-08-13/2020-08-25", "ระหว่างวันที่ 13-25 สิงหาคม 2563"}}},
    {"กำหนดจัดงานกาชาด 30 ก.ย. - 2 ต.ค. 2563 บริเวณสนามหน้าศาลากลาง",
     {{"date_range", "2020-09-30/2020-10-02", "30 ก.ย. - 2 ต.ค. 2563"}}},
    {"ยอดการปลูกหญ้าแฝก (มิ.ย.-ก.ย.62) เกินเป้าหมายที่ตั้งไว้",
     {{"date_range", "2019-06-01/2019-09-30", "มิ.ย.-ก.ย.62"}}},
    {"ผลการดำเนินงานประจำเดือนมิถุนายน 2565 เป็นไปตามแผน",
     {{"month", "2022-06", "เดือนมิถุนายน 2565"}}},
    {"ตามพระราชบัญญัติสภาตำบล พ.ศ. 2565 ให้องค์การบริหารส่วนตำบลดำเนินการ",
     {{"year", "2022", "พ.ศ. 2565"}}},
    {"โครงการบ้านพอเพียงชนบทปี 2562 จำนวน 168 หลัง", {{"year", "2019", "ปี 2562"}}},
    {"คาดว่าจะเปิดให้บริการได้ในปี 2564", {{"year", "2021", "ปี 2564"}}},
    {"จัดทำแผนพัฒนาอำเภอ (พ.ศ.2566-2570) ให้สอดคล้องกับแผนจังหวัด",
     {{"year_range", "2023/2027", "พ.ศ.2566-2570"}}},
    {"การขับเคลื่อนแผนงาน ประจำปีงบประมาณ พ.ศ. 2564 ของจังหวัด",
     {{"fiscal_year", "2020-10-01/2021-09-30", "ปีงบประมาณ พ.ศ. 2564"}}},
    {"ได้รับรางวัลผลการเบิกจ่ายดีเด่น ประจำปีงบประมาณ 2563",
     {{"fiscal_year", "2019-10-01/2020-09-30", "ปีงบประมาณ 2563"}}},
    {"ในช่วงปีงบประมาณ พ.ศ.2560-2563 ที่ผ่านมา อบจ. ได้ซ่อมถนน 40 สาย",
     {{"fiscal_year_range", "2016-10-01/2020-09-30", "ปีงบประมาณ พ.ศ.2560-2563"}}},
};

TEST_F(DatesTest, SpecTableWithAsciiAndThaiDigits) {
  for (const Case& c : kSpecTable) ExpectCase(c);
}

// More of what releases write, each with Thai digits too.
const Case kForms[] = {
    {"วันพุธที่ 25 เมษายน 2561 รองนายกรัฐมนตรีตรวจเยี่ยมหน่วยบริการเคลื่อนที่",
     {{"date", "2018-04-25", "วันพุธที่ 25 เมษายน 2561"}}},
    {"วันศุกร์ที่ 28 สิงหาคม พ.ศ. 2563 อบจ. จัดเวทีประชาคมระดับจังหวัด",
     {{"date", "2020-08-28", "วันศุกร์ที่ 28 สิงหาคม พ.ศ. 2563"}}},
    {"วันนี้ (29 ส.ค. 62) รัฐมนตรีลงพื้นที่มอบถุงยังชีพ",
     {{"date", "2019-08-29", "29 ส.ค. 62"}}},
    {"ตั้งแต่วันที่ 1 พฤศจิกายน 60 ถึง 30 เมษายน 61 มีผู้มาใช้บริการต่อเนื่อง",
     {{"date_range", "2017-11-01/2018-04-30", "ตั้งแต่วันที่ 1 พฤศจิกายน 60 ถึง 30 เมษายน 61"}}},
    {"หลักสูตรนี้ดำเนินการตั้งแต่วันที่ 5 พฤษภาคม จนถึง 22 สิงหาคม 2568 รวม 16 สัปดาห์",
     {{"date_range", "2025-05-05/2025-08-22", "ตั้งแต่วันที่ 5 พฤษภาคม จนถึง 22 สิงหาคม 2568"}}},
    {"มีกำหนดจัดงานระหว่างวันที่ 31 สิงหาคม - 1 กันยายน 2562 ณ ศูนย์การค้า",
     {{"date_range", "2019-08-31/2019-09-01", "ระหว่างวันที่ 31 สิงหาคม - 1 กันยายน 2562"}}},
    {"อบรมอาสาสมัคร วันที่ 8 - 9 ก.ค. 2563 ที่ศาลาประชาคม",
     {{"date_range", "2020-07-08/2020-07-09", "วันที่ 8 - 9 ก.ค. 2563"}}},
    {"เทศกาลจะจัดขึ้นระหว่างวันที่ 28 ธ.ค. - 3 ม.ค. 67 ที่ลานวัฒนธรรม",
     {{"date_range", "2023-12-28/2024-01-03", "ระหว่างวันที่ 28 ธ.ค. - 3 ม.ค. 67"}}},
    {"ผลผลิตออกมากช่วงเดือนเมษายน - มิถุนายน 2566 ตามรายงานของเกษตรจังหวัด",
     {{"date_range", "2023-04-01/2023-06-30", "เดือนเมษายน - มิถุนายน 2566"}}},
    {"ภายในเดือนกันยายน 2565 จะแล้วเสร็จ", {{"month", "2022-09", "เดือนกันยายน 2565"}}},
    {"ข้อมูลประจำเดือนกุมภาพันธ์ ปี 2561 แสดงว่าเศรษฐกิจขยายตัว",
     {{"month", "2018-02", "เดือนกุมภาพันธ์ ปี 2561"}}},
    {"เริ่มเก็บข้อมูลตั้งแต่ ต.ค. 65 เป็นต้นมา", {{"month", "2022-10", "ต.ค. 65"}}},
    {"โรงเรียนก่อตั้งเมื่อปีพุทธศักราช 2539 เพื่อเฉลิมพระเกียรติ",
     {{"year", "1996", "ปีพุทธศักราช 2539"}}},
    {"แผนพัฒนาอำเภอปี พ.ศ. 2566 - 2570 ผ่านการเห็นชอบแล้ว",
     {{"year_range", "2023/2027", "ปี พ.ศ. 2566 - 2570"}}},
    {"แผนพัฒนาท้องถิ่น (2561-2565) ได้รับการทบทวน", {{"year_range", "2018/2022", "2561-2565"}}},
    {"ได้รับจัดสรรงบประมาณ ปี 2567 สำหรับซ่อมแซมฝาย",
     {{"fiscal_year", "2023-10-01/2024-09-30", "งบประมาณ ปี 2567"}}},
    {"สรุปผลการเบิกจ่ายปีงบ 64 ของหน่วยงาน",
     {{"fiscal_year", "2020-10-01/2021-09-30", "ปีงบ 64"}}},
    {"ติดตามผลการดำเนินงานปีงบประมาณ 2566 - 2570 ของกองทุน",
     {{"fiscal_year_range", "2022-10-01/2027-09-30", "ปีงบประมาณ 2566 - 2570"}}},
    {"นักเรียนที่จบปีการศึกษา 2565 ได้รับทุนต่อ", {{"year", "2022", "ปีการศึกษา 2565"}}},
    {"ภาวะเศรษฐกิจปี 2566 และ 2567 มีแนวโน้มดีขึ้น",
     {{"year", "2023", "ปี 2566"}, {"year", "2024", "2567"}}},
    {"อัตราภาษีเดียวกับปีภาษี 2563 และ 2564 ตามประกาศกระทรวง",
     {{"year", "2020", "ปีภาษี 2563"}, {"year", "2021", "2564"}}},
    {"ยอดขายไตรมาส 4 ปี 2564 เพิ่มขึ้นร้อยละ 5", {{"year", "2021", "ปี 2564"}}},
    {"ยุทธศาสตร์ชาติ 20 ปี พ.ศ. 2561-2580 เป็นกรอบการพัฒนา",
     {{"year_range", "2018/2037", "พ.ศ. 2561-2580"}}},
    {"under the Act on Reconciliation, B.E. 2550, the committee", {{"year", "2007", "B.E. 2550"}}},
    {"ข้อมูล ณ วันที่ 16 กรกฏาคม 2564 จากศูนย์ปฏิบัติการ",
     {{"date", "2021-07-16", "16 กรกฏาคม 2564"}}},
    {"หนังสือลงวันที่ 23/9/2560 แจ้งให้ทุกอำเภอทราบ", {{"date", "2017-09-23", "23/9/2560"}}},
    {"เป้าหมายการพัฒนาที่ยั่งยืนภายในปี ค.ศ. 2030", {{"year", "2030", "ปี ค.ศ. 2030"}}},
    {"ลงนามความร่วมมือเมื่อ 1 มกราคม 2020 ที่กรุงเทพมหานคร",
     {{"date", "2020-01-01", "1 มกราคม 2020"}}},
    // A Buddhist year after what it dates, with no "ปี" and no era.
    {"กรมการขนส่งทางบกเตรียมความพร้อมรับเทศกาลปีใหม่ 2567 ทั่วประเทศ",
     {{"year", "2024", "2567"}}},
    {"จังหวัดตั้งจุดบริการประชาชนช่วงสงกรานต์ 2566 บนถนนสายหลัก", {{"year", "2023", "2566"}}},
    {"สรุปผลการแก้ไขปัญหาภัยแล้ง2563 ของอำเภอ", {{"year", "2020", "2563"}}},
    {"ภายในสิ้นปีนี้ (2562) ถนนสายนี้จะแล้วเสร็จ", {{"year", "2019", "2562"}}},
    {"ผลการดำเนินงานตั้งแต่ 2561 - 2564 เป็นไปตามเป้าหมาย",
     {{"year_range", "2018/2021", "2561 - 2564"}}},
    {"เปิดงาน \"OTOP ภูมิภาค 2568\" ณ ศูนย์แสดงสินค้า", {{"year", "2025", "2568"}}},
};

TEST_F(DatesTest, FormsOfReleasesWithAsciiAndThaiDigits) {
  for (const Case& c : kForms) ExpectCase(c);
}

// Every month, in every spelling news uses: full, abbreviated with dots,
// without them, and with a space after a dot.
TEST_F(DatesTest, EveryMonthInEverySpelling) {
  struct MonthSpellings {
    int number;
    std::vector<const char*> spellings;
  };
  const MonthSpellings kMonths[] = {
      {1, {"มกราคม", "ม.ค.", "มค.", "ม. ค."}},
      {2, {"กุมภาพันธ์", "ก.พ.", "กพ.", "ก. พ."}},
      {3, {"มีนาคม", "มี.ค.", "มีค.", "มี. ค."}},
      {4, {"เมษายน", "เม.ย.", "เมย.", "เม. ย."}},
      {5, {"พฤษภาคม", "พ.ค.", "พค.", "พ. ค."}},
      {6, {"มิถุนายน", "มิ.ย.", "มิย.", "มิ. ย."}},
      {7, {"กรกฎาคม", "ก.ค.", "กค.", "ก. ค."}},
      {8, {"สิงหาคม", "ส.ค.", "สค.", "ส. ค."}},
      {9, {"กันยายน", "ก.ย.", "กย.", "ก. ย."}},
      {10, {"ตุลาคม", "ต.ค.", "ตค.", "ต. ค."}},
      {11, {"พฤศจิกายน", "พ.ย.", "พย.", "พ. ย."}},
      {12, {"ธันวาคม", "ธ.ค.", "ธค.", "ธ. ค."}},
  };
  for (const MonthSpellings& m : kMonths) {
    char iso[16];
    std::snprintf(iso, sizeof iso, "2023-%02d-05", m.number);
    for (const char* spelling : m.spellings) {
      for (const char* year : {" 2566", " 66", "66"}) {
        const std::string date = std::string("5 ") + spelling + year;
        const std::string sentence = "คณะกรรมการประชุมเมื่อวันที่ " + date + " ณ ห้องประชุมอำเภอ";
        const std::vector<Date> dates = DatesIn(sentence);
        ASSERT_EQ(dates.size(), 1u) << sentence;
        EXPECT_EQ(dates[0].value, iso) << sentence;
        EXPECT_EQ(dates[0].text, date) << sentence;
        EXPECT_EQ(dates[0].first.month, m.number) << sentence;
      }
    }
  }
}

TEST_F(DatesTest, LeapDaysAndImpossibleDays) {
  const struct {
    const char* sentence;
    const char* value;  // nullptr: no date
  } kCases[] = {
      {"มอบเกียรติบัตรเมื่อ 29 ก.พ. 2563 ที่ศาลากลาง", "2020-02-29"},
      {"มอบเกียรติบัตรเมื่อ 29 ก.พ. 2565 ที่ศาลากลาง", nullptr},
      {"มอบเกียรติบัตรเมื่อ 31 กุมภาพันธ์ 2565 ที่ศาลากลาง", nullptr},
      {"มอบเกียรติบัตรเมื่อ 31 เมษายน 2566 ที่ศาลากลาง", nullptr},
      {"มอบเกียรติบัตรเมื่อ 29 ก.พ. 2543 ที่ศาลากลาง", "2000-02-29"},  // 2000 is leap
      {"มอบเกียรติบัตรเมื่อ 29 ก.พ. 2443 ที่ศาลากลาง", nullptr},       // 1900 is not
      {"มอบเกียรติบัตรเมื่อ 31 ธ.ค. 2566 ที่ศาลากลาง", "2023-12-31"},
  };
  for (const auto& c : kCases) {
    const std::vector<Date> dates = DatesIn(c.sentence);
    if (c.value == nullptr) {
      EXPECT_TRUE(dates.empty()) << c.sentence << " gave " << dates[0].value;
    } else {
      ASSERT_EQ(dates.size(), 1u) << c.sentence;
      EXPECT_EQ(dates[0].value, c.value);
    }
  }
  // An impossible range end drops the range.
  EXPECT_TRUE(DatesIn("อบรมระหว่างวันที่ 28-30 กุมภาพันธ์ 2565 ที่อำเภอ").empty());
  // A range that ends before it starts is no range.
  EXPECT_TRUE(DatesIn("อบรมระหว่างวันที่ 25-13 สิงหาคม 2563 ที่อำเภอ").empty());
}

TEST_F(DatesTest, FiscalYearArithmetic) {
  // Fiscal year N (BE) runs from 1 October N-1 to 30 September N.
  for (int be = 2550; be <= 2580; ++be) {
    const std::string sentence = "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. " + std::to_string(be);
    const std::vector<Date> dates = DatesIn(sentence);
    ASSERT_EQ(dates.size(), 1u) << sentence;
    const int ce = be - 543;
    EXPECT_EQ(dates[0].value, std::to_string(ce - 1) + "-10-01/" + std::to_string(ce) + "-09-30");
    EXPECT_EQ(dates[0].first.year, ce - 1);
    EXPECT_EQ(dates[0].last.year, ce);
  }
  const std::vector<Date> range = DatesIn("ผลการดำเนินงานปีงบประมาณ 2562-2564 ของกองทุนหมู่บ้าน");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].kind, Date::Kind::kFiscalYearRange);
  EXPECT_EQ(range[0].value, "2018-10-01/2021-09-30");
}

TEST_F(DatesTest, DayWithoutYearTakesNearestPrecedingFullDate) {
  const std::vector<Date> dates = DatesIn(
      "เมื่อวันที่ 5 มกราคม 2566 จังหวัดจัดประชุมคณะกรรมการ\n"
      "ก่อนหน้านี้เมื่อวันที่ 12 พฤศจิกายน 2565 ได้สำรวจพื้นที่\n"
      "และจะลงพื้นที่อีกครั้งในวันที่ 13 ส.ค. ที่หมู่บ้านเป้าหมาย");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[2].value, "2022-08-13");  // from 2565, the nearest before it
  EXPECT_TRUE(dates[2].year_inferred);
  EXPECT_EQ(dates[2].text, "13 ส.ค.");
  EXPECT_FALSE(dates[0].year_inferred);
  EXPECT_FALSE(dates[1].year_inferred);
}

TEST_F(DatesTest, DayBeforeAnyFullDateTakesTheFirstFullDate) {
  const std::vector<Date> dates = DatesIn(
      "ทุกวันที่ 21 ตุลาคม ของทุกปี เป็นวันรักต้นไม้ประจำปีของชาติ\n"
      "วันนี้ (21 ตุลาคม 2562) เวลา 14.30 น. รัฐมนตรีเป็นประธานเปิดงาน\n"
      "ส่วนปีหน้าจะจัดงาน 2566 ครั้ง");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].value, "2019-10-21");
  EXPECT_TRUE(dates[0].year_inferred);
  EXPECT_EQ(dates[1].value, "2019-10-21");
  EXPECT_FALSE(dates[1].year_inferred);
  EXPECT_EQ(dates[1].time, "14:30");
}

TEST_F(DatesTest, RangeWithoutYearIsInferredAndMayCrossNewYear) {
  const std::vector<Date> dates = DatesIn(
      "วันนี้ (11 ก.ย. 67) ผู้ว่าราชการจังหวัดประชุมติดตามสถานการณ์อุทกภัย "
      "ที่เกิดขึ้นในวันที่ 9-10 กันยายนที่ผ่านมา "
      "และเตรียมงานเทศกาลระหว่างวันที่ 28 ธ.ค. - 3 ม.ค. ที่จะถึงนี้");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[1].kind, Date::Kind::kDateRange);
  EXPECT_EQ(dates[1].value, "2024-09-09/2024-09-10");
  EXPECT_TRUE(dates[1].year_inferred);
  EXPECT_EQ(dates[2].value, "2024-12-28/2025-01-03");
  EXPECT_TRUE(dates[2].year_inferred);
}

TEST_F(DatesTest, MonthsAndYearsLendNoYear) {
  const std::vector<Date> dates = DatesIn(
      "วันที่ 2 ก.ย. 2562 สรุปยอดปลูกต้นไม้ (มิ.ย.-ก.ย.61) ปี 2560 และจะประกาศผลวันที่ 9 ต.ค.");
  ASSERT_EQ(dates.size(), 4u);
  EXPECT_EQ(dates[3].value, "2019-10-09");  // from the day, not the months or the year after it
}

TEST_F(DatesTest, DayWithoutAnyFullDateInTheArticleIsNotReported) {
  EXPECT_TRUE(DatesIn("เมื่อวันที่ 18 พฤศจิกายน นายอำเภอลงพื้นที่ตรวจเยี่ยมผู้ประสบภัย").empty());
}

TEST_F(DatesTest, InferredLeapDayMustExistInTheBorrowedYear) {
  const std::vector<Date> dates =
      DatesIn("เมื่อวันที่ 3 มีนาคม 2565 คณะกรรมการสรุปผลรับสมัครที่ปิดเมื่อ 29 ก.พ. ที่ผ่านมา");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].value, "2022-03-03");
}

TEST_F(DatesTest, WeekdayIsKeptAndCheckedAgainstTheCalendar) {
  const struct {
    const char* sentence;
    const char* weekday;
    bool mismatch;
  } kCases[] = {
      {"วันอังคารที่ 17 พฤศจิกายน 2563 จัดประชุมประจำเดือน", "อังคาร", false},
      {"วันจันทร์ที่ 17 พฤศจิกายน 2563 จัดประชุมประจำเดือน", "จันทร์", true},
      {"วันพฤหัสบดีที่ 19 พ.ย. 63 จัดประชุมประจำเดือน", "พฤหัสบดี", false},
      {"วันพฤหัสที่ 19 พ.ย. 63 จัดประชุมประจำเดือน", "พฤหัส", false},
      {"วันอาทิตย์ 1 มกราคม 2566 จัดงานวันปีใหม่", "อาทิตย์", false},
      {"วันเสาร์ที่ 1 มกราคม 2566 จัดงานวันปีใหม่", "เสาร์", true},
  };
  for (const auto& c : kCases) {
    const std::vector<Date> dates = DatesIn(c.sentence);
    ASSERT_EQ(dates.size(), 1u) << c.sentence;
    EXPECT_EQ(dates[0].weekday, c.weekday) << c.sentence;
    EXPECT_EQ(dates[0].weekday_mismatch, c.mismatch) << c.sentence;
  }
  const std::vector<Date> plain = DatesIn("เมื่อวันที่ 17 พฤศจิกายน 2563 จัดประชุมประจำเดือน");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_FALSE(plain[0].weekday.has_value());
  EXPECT_FALSE(plain[0].weekday_mismatch);
}

TEST_F(DatesTest, TimeNextToTheDate) {
  const struct {
    const char* sentence;
    const char* time;  // nullptr: none
  } kCases[] = {
      {"วันที่ 5 มกราคม 2566 เวลา 10.00 น. ผู้ว่าราชการจังหวัดเป็นประธาน", "10:00"},
      {"วันที่ 5 มกราคม 2566 10:30 น. ผู้ว่าราชการจังหวัดเป็นประธาน", "10:30"},
      {"วันนี้ (29 ส.ค. 62) เวลา 9.30 น. รัฐมนตรีลงพื้นที่", "09:30"},
      {"เมื่อเวลา 13.30 น. ของวันที่ 5 ม.ค. 2566 เกิดเหตุเพลิงไหม้", "13:30"},
      {"วันที่ 5 มกราคม 2566 ตั้งแต่เวลา 08.30 - 16.30 น. เปิดรับสมัคร", "08:30"},
      {"วันที่ 5 มกราคม 2566 ผู้ว่าราชการจังหวัดเป็นประธาน เวลา 10.00 น.", nullptr},
      {"วันที่ 5 มกราคม 2566 ปริมาณฝน 3.4 มิลลิเมตร", nullptr},
  };
  for (const auto& c : kCases) {
    const std::vector<Date> dates = DatesIn(c.sentence);
    ASSERT_EQ(dates.size(), 1u) << c.sentence;
    if (c.time == nullptr) {
      EXPECT_FALSE(dates[0].time.has_value()) << c.sentence;
    } else {
      EXPECT_EQ(dates[0].time, c.time) << c.sentence;
    }
  }
}

TEST_F(DatesTest, EraOfTheYearAsWritten) {
  const struct {
    const char* sentence;
    const char* value;
    Date::Era era;
  } kCases[] = {
      {"ตามพระราชบัญญัติ พ.ศ. 2565", "2022", Date::Era::kBE},
      {"ความตกลงปารีส ค.ศ. 2015", "2015", Date::Era::kCE},
      {"เป้าหมายปี 2050 ของประเทศ", "2050", Date::Era::kCE},
      {"เป้าหมายปี 2593 ของประเทศ", "2050", Date::Era::kBE},
      {"ลงนามเมื่อ 1 มกราคม 2020 ที่กรุงเทพมหานคร", "2020-01-01", Date::Era::kCE},
      {"ลงนามเมื่อ 8 พ.ย.61 ที่กรุงเทพมหานคร", "2018-11-08", Date::Era::kBE},
      {"ตามรัฐธรรมนูญ พ.ศ. 60 มาตรา 169", "2017", Date::Era::kBE},
      // Below 2400 a year is Gregorian whatever the marker says.
      {"the fuel price level of B.E. 2021 was kept", "2021", Date::Era::kCE},
  };
  for (const auto& c : kCases) {
    const std::vector<Date> dates = DatesIn(c.sentence);
    ASSERT_EQ(dates.size(), 1u) << c.sentence;
    EXPECT_EQ(dates[0].value, c.value) << c.sentence;
    EXPECT_EQ(dates[0].era, c.era) << c.sentence;
  }
}

TEST_F(DatesTest, OnlyTheLongestReadingCounts) {
  const std::vector<Date> fiscal = DatesIn("แผนงานประจำปีงบประมาณ พ.ศ. 2565 ของอำเภอ");
  ASSERT_EQ(fiscal.size(), 1u);
  EXPECT_EQ(fiscal[0].kind, Date::Kind::kFiscalYear);

  const std::vector<Date> day = DatesIn("วันศุกร์ที่ 28 สิงหาคม พ.ศ. 2563");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_EQ(day[0].kind, Date::Kind::kDate);

  const std::vector<Date> range = DatesIn("ระหว่างวันที่ 13-25 สิงหาคม 2563");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].kind, Date::Kind::kDateRange);

  const std::vector<Date> years = DatesIn("แผนพัฒนาจังหวัด (พ.ศ.2566-2570)");
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].kind, Date::Kind::kYearRange);
}

TEST_F(DatesTest, NumbersThatAreNotDates) {
  const char* const kSentences[] = {
      "สถานการณ์การแพร่ระบาดของโรค COVID-19 ในจังหวัดคลี่คลาย",
      "สถานการณ์โรคติดเชื้อไวรัสโคโรนา 2019 ในจังหวัดคลี่คลาย",
      "ผู้สูงอายุ อายุ 65 ปี ได้รับเบี้ยยังชีพ",
      "เยาวชนอายุไม่เกิน 18 ปี เข้าร่วมกิจกรรม",
      "ผู้อำนวยการสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 2 ร่วมประชุม",
      "มีผู้เข้าร่วมประชุม จำนวน 177 คน",
      "การประชุมคณะกรรมการ ครั้งที่ 6/2561 ณ ศาลากลาง",
      "แจ้งเหตุได้ที่สายด่วน 1567 ตลอด 24 ชั่วโมง",
      "ผลการดำเนินงานของ อ.ส.ค. 2565 เป็นที่น่าพอใจ",
      "มติที่ประชุม ก.ค.ศ. 25 เรื่อง",
      "หน่วยพัฒนาการเคลื่อนที่ 35 (นพค.35) ร่วมซ่อมถนน",
      "รหัสโครงการสมค 65 อยู่ระหว่างพิจารณา",
      "บ้านเลขที่ 57 หมู่ 2 ต.คลองหนึ่ง อ.คลองหลวง",
      "ผู้ป่วยอายุ 5 ปี 10 เดือน ได้รับการรักษา",
      "โครงการใช้เวลาตลอดเดือนธันวาคม 15 วัน",
      "จำนวนผู้ประสบภัย 2566 ครัวเรือน",
      "รายชื่อผู้ได้รับรางวัล อายุ 22 ปี\n10) นายสมชาย ใจดี",
      "ราคาข้าว 60 พ.ย. ไม่ใช่วันที่",
      // Four digits that look like a year but label, count or code something.
      "หน้ากากอนามัยผ่านการรับรอง มอก. 2517 แล้ว",
      "หมวกนิรภัยตามมาตรฐาน มอก. 369-2557 จากผู้ผลิต",
      "สอบถามได้ที่ โทร. 0 2577 9300 ในเวลาราชการ",
      "สอบถามได้ที่หมายเลข 0-2515-3999 ในเวลาราชการ",
      "ประชุมที่ห้องประชุม 2502 ตึกบัญชาการ",
      "ผู้ต้องหาตามหมายจับที่ 565/2564 ถูกควบคุมตัว",
      "สำนักงานตั้งอยู่เลขที่ 2541 ถนนพหลโยธิน",
      "ครัวเรือนที่ได้รับผลกระทบ 2510 ราย ได้รับการช่วยเหลือ",
      "ชุดยังชีพราคาชุดละ 2500.- ส่งมอบให้ผู้ประสบภัย",
  };
  for (const char* sentence : kSentences) {
    const std::vector<Date> dates = DatesIn(sentence);
    EXPECT_TRUE(dates.empty()) << sentence << " gave " << (dates.empty() ? "" : dates[0].text);
  }
}

TEST_F(DatesTest, LineBreaksInsideADate) {
  const std::vector<Date> day = DatesIn("เมื่อวันที่ 8\nพฤศจิกายน 2561 ที่ศาลากลาง");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_EQ(day[0].value, "2018-11-08");
  EXPECT_EQ(day[0].text, "8\nพฤศจิกายน 2561");

  const std::vector<Date> fiscal = DatesIn("ผู้ยื่นคำขอในปีงบประมาณ\n2565 เพิ่มขึ้น");
  ASSERT_EQ(fiscal.size(), 1u);
  EXPECT_EQ(fiscal[0].kind, Date::Kind::kFiscalYear);
}

TEST_F(DatesTest, SpansMapBackToTheTextAsGiven) {
  // NBSP, a zero-width space and CRLF are folded for matching only.
  const std::string text =
      "หัวข้อข่าว\r\nวันที่ 19\u00a0มิถุนายน\u00a02562 ที่ มหาวิทยาลัย\r\n"
      "งบพัฒนาปีงบ\u200bประมาณ 2563";
  const std::vector<Date> dates = DatesIn(text);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].text, "19\u00a0มิถุนายน\u00a02562");
  EXPECT_EQ(dates[0].value, "2019-06-19");
  EXPECT_EQ(dates[1].text, "ปีงบ\u200bประมาณ 2563");
  EXPECT_EQ(dates[1].kind, Date::Kind::kFiscalYear);
}

TEST_F(DatesTest, DatesComeInTextOrder) {
  const std::vector<Date> dates = DatesIn(
      "ปีงบประมาณ 2566 จังหวัดจัดอบรม 3 รุ่น เริ่ม 1 ก.พ. 2566 และรุ่นสุดท้าย 30 มิ.ย. 2566 "
      "ตามแผน (พ.ศ. 2566-2570)");
  ASSERT_EQ(dates.size(), 4u);
  for (size_t i = 1; i < dates.size(); ++i) {
    EXPECT_LT(dates[i - 1].span.begin, dates[i].span.begin);
  }
  EXPECT_EQ(dates[0].kind, Date::Kind::kFiscalYear);
  EXPECT_EQ(dates[3].kind, Date::Kind::kYearRange);
}

TEST_F(DatesTest, FirstAndLastDaysOfEachKind) {
  const std::vector<Date> dates = DatesIn(
      "เดือนกุมภาพันธ์ 2567 และปี 2566 และช่วงมิ.ย.-ก.ย.62");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].first.day, 1);
  EXPECT_EQ(dates[0].last.day, 29);  // 2024 is a leap year
  EXPECT_EQ(dates[1].first.month, 1);
  EXPECT_EQ(dates[1].last.month, 12);
  EXPECT_EQ(dates[1].last.day, 31);
  EXPECT_EQ(dates[2].last.day, 30);
  EXPECT_EQ(dates[2].last.month, 9);
}

TEST_F(DatesTest, OddInputNeitherCrashesNorInventsDates) {
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk += static_cast<char>('!' + (i * 7919) % 90);
  EXPECT_TRUE(DatesIn(junk).empty());
  EXPECT_TRUE(DatesIn("<p>&nbsp;</p><div class=\"x\">12345678901234567890</div>").empty());
  EXPECT_TRUE(DatesIn("No Thai here: 2021-05-01, 10:30, 12/31").empty());

  std::string many;
  for (int i = 0; i < 20000; ++i) many += "1 ม.ค. 2566 - ";
  EXPECT_EQ(DatesIn(many).size(), 10000u);  // "1 ม.ค. 2566 - 1 ม.ค. 2566" pairs

  std::string digits(1 << 20, '9');
  EXPECT_TRUE(DatesIn("ปี " + digits).empty());
}

TEST(DateLineTest, TellsALineThatIsOnlyADate) {
  Result<DateExtractor> dates = DateExtractor::Create();
  ASSERT_TRUE(dates.ok()) << dates.status().ToString();
  EXPECT_TRUE(dates->IsDateLine("วันศุกร์ที่ 28 สิงหาคม พ.ศ. 2563"));
  EXPECT_TRUE(dates->IsDateLine("(วันที่ 8 พ.ย. 61 เวลา 10.00 น.)"));
  EXPECT_TRUE(dates->IsDateLine("เมื่อวันที่ 13-25 สิงหาคม 2563"));
  EXPECT_FALSE(dates->IsDateLine("21 สิงหาคม 2563 อบจ. จัดเวทีประชาคม"));
  EXPECT_FALSE(dates->IsDateLine("ปีงบประมาณ 2564"));
  EXPECT_FALSE(dates->IsDateLine("วันที่ 31 กุมภาพันธ์ 2565"));
  EXPECT_FALSE(dates->IsDateLine(""));
}

}  // namespace
}  // namespace thainews
