// The event record, read by the whole Extractor (it composes every other
// field) from releases written for these tests in the style of Thai
// government news. No sentence is taken from a real release.

#include "extract/event.h"

#include <gtest/gtest.h>

#include <string>

#include "thainews/extractor.h"

namespace thainews {
namespace {

const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    Result<Extractor> created = Extractor::Create(Extractor::Options());
    EXPECT_TRUE(created.ok()) << created.status().message();
    return new Extractor(std::move(*created));
  }();
  return *extractor;
}

// The event of `text`; every span's text must be its slice.
std::optional<Event> EventOf(const std::string& text) {
  Result<Article> article = TheExtractor().Extract(text);
  EXPECT_TRUE(article.ok());
  if (!article.ok()) return std::nullopt;
  if (article->event && article->event->date) {
    const Date& d = *article->event->date;
    EXPECT_EQ(d.text, text.substr(d.span.begin, d.span.end - d.span.begin));
  }
  if (article->event && article->event->venue) {
    const Venue& v = *article->event->venue;
    EXPECT_EQ(v.text, text.substr(v.span.begin, v.span.end - v.span.begin));
  }
  return article->event;
}

std::string DateValue(const std::optional<Event>& e) {
  return e && e->date ? e->date->value : "";
}
std::string VenueText(const std::optional<Event>& e) {
  return e && e->venue ? e->venue->text : "";
}
std::string Chair(const std::optional<Event>& e) { return e && e->chair ? *e->chair : ""; }

const char kHeadline[] = "จังหวัดจัดกิจกรรมเพื่อประชาชน\n\n";

TEST(EventTest, DateAfterเมื่อวันที่WithItsTime) {
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 5 มีนาคม 2567 เวลา 09.30 น. ณ หอประชุมที่ว่าการอำเภอแม่ทา "
                         "จังหวัดลำพูน นายสมชาย ใจงาม นายอำเภอแม่ทา เป็นประธานเปิดการอบรม"
                         "อาสาสมัครป้องกันภัย\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(DateValue(e), "2024-03-05");
  EXPECT_EQ(e->date->text, "5 มีนาคม 2567");
  EXPECT_EQ(e->time.value_or(""), "09:30");
  EXPECT_EQ(VenueText(e), "หอประชุมที่ว่าการอำเภอแม่ทา");
  EXPECT_EQ(e->district.value_or(""), "แม่ทา");
  EXPECT_EQ(e->province.value_or(""), "ลำพูน");
  EXPECT_EQ(Chair(e), "สมชาย ใจงาม");
}

TEST(EventTest, DateOfวันนี้InBrackets) {
  const auto e = EventOf(std::string(kHeadline) +
                         "วันนี้ (9 ก.ย.66) นายวิรัช แสงทอง ผู้ว่าราชการจังหวัดแพร่ "
                         "ลงพื้นที่ตรวจเยี่ยมแปลงเกษตรของเกษตรกรในพื้นที่\n");
  EXPECT_EQ(DateValue(e), "2023-09-09");
  EXPECT_EQ(Chair(e), "วิรัช แสงทอง");
}

TEST(EventTest, WeekdayDate) {
  const auto e = EventOf(std::string(kHeadline) +
                         "ในวันจันทร์ที่ 4 ธันวาคม 2566 นายอนันต์ พึ่งบุญ รองผู้ว่าราชการจังหวัดตรัง "
                         "เป็นประธานในพิธีมอบทุนการศึกษา\n");
  EXPECT_EQ(DateValue(e), "2023-12-04");
}

TEST(EventTest, วานนี้IsTheDayBeforeTheDateOfวันนี้) {
  const auto e = EventOf(std::string(kHeadline) +
                         "วันนี้ (15 มี.ค. 67) นายวิชัย ศรีสุข ผู้ว่าราชการจังหวัดน่าน เปิดเผยว่า "
                         "วานนี้ได้เป็นประธานในพิธีเปิดงานกาชาดประจำปี\n");
  ASSERT_TRUE(e && e->date);
  EXPECT_EQ(e->date->value, "2024-03-14");
  EXPECT_EQ(e->date->text, "วานนี้");
}

TEST(EventTest, ATwoDayEventIsARange) {
  const auto e = EventOf(std::string(kHeadline) +
                         "สำนักงานพัฒนาชุมชนจังหวัดเชียงใหม่ จัดการฝึกอบรมผู้นำชุมชน "
                         "ระหว่างวันที่ 18 - 19 มกราคม 2567 ณ โรงแรมริมปิง อำเภอเมืองเชียงใหม่ "
                         "จังหวัดเชียงใหม่ โดยมีผู้เข้ารับการอบรม จำนวน 120 คน\n");
  ASSERT_TRUE(e && e->date);
  EXPECT_EQ(e->date->kind, Date::Kind::kDateRange);
  EXPECT_EQ(e->date->value, "2024-01-18/2024-01-19");
  EXPECT_EQ(VenueText(e), "โรงแรมริมปิง");
  EXPECT_EQ(e->district.value_or(""), "เมืองเชียงใหม่");
  EXPECT_EQ(e->attendance.value_or(0), 120);
}

TEST(EventTest, ADeadlineIsNotTheEventsDate) {
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 2 เมษายน 2567 นายประยูร คงดี นายอำเภอบ้านนา "
                         "เป็นประธานการประชุมกำนันผู้ใหญ่บ้าน และให้ทุกหมู่บ้านส่งรายงาน"
                         "ภายในวันที่ 30 เมษายน 2567\n");
  EXPECT_EQ(DateValue(e), "2024-04-02");
  const auto none = EventOf(std::string(kHeadline) +
                            "นายประยูร คงดี นายอำเภอบ้านนา เป็นประธานการประชุมกำนันผู้ใหญ่บ้าน "
                            "และให้ทุกหมู่บ้านส่งรายงานภายในวันที่ 30 เมษายน 2567\n");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->date);
}

// Each venue form, and where it ends.
TEST(EventTest, VenueFormsAndWhereTheyEnd) {
  const struct {
    const char* lead;
    const char* venue;
  } kCases[] = {
      // before the province of its address
      {"เมื่อวันที่ 3 พฤษภาคม 2566 ณ ห้องประชุมพระยาพิชัย ศาลากลางจังหวัดอุตรดิตถ์ "
       "จังหวัดอุตรดิตถ์ นายสมพงษ์ ดีมาก ผู้ว่าราชการจังหวัดอุตรดิตถ์ เป็นประธานการประชุม",
       "ห้องประชุมพระยาพิชัย ศาลากลางจังหวัดอุตรดิตถ์"},
      // after ที่ and a place noun, before the district
      {"เมื่อวันที่ 3 พฤษภาคม 2566 ที่วัดป่าสักทอง อำเภอเถิน จังหวัดลำปาง "
       "นายสมพงษ์ ดีมาก นายอำเภอเถิน เป็นประธานพิธีทอดกฐิน",
       "วัดป่าสักทอง"},
      // before the next clause
      {"เมื่อวันที่ 3 พฤษภาคม 2566 นายสมพงษ์ ดีมาก นายอำเภอเถิน เป็นประธานเปิดกิจกรรม"
       "วันเด็ก ณ โรงเรียนบ้านหนองบัว โดยมีนักเรียนและผู้ปกครองร่วมงาน",
       "โรงเรียนบ้านหนองบัว"},
      // before a person
      {"เมื่อวันที่ 3 พฤษภาคม 2566 ณ สนามกีฬากลางจังหวัด นายสมพงษ์ ดีมาก "
       "ผู้ว่าราชการจังหวัดพะเยา เป็นประธานพิธีเปิดการแข่งขันกีฬา",
       "สนามกีฬากลางจังหวัด"},
  };
  for (const auto& c : kCases) {
    const auto e = EventOf(std::string(kHeadline) + c.lead + "\n");
    EXPECT_EQ(VenueText(e), c.venue) << c.lead;
  }
  // ณ before a time is no venue.
  EXPECT_EQ(VenueText(EventOf(std::string(kHeadline) +
                              "เมื่อวันที่ 3 พฤษภาคม 2566 นายสมพงษ์ ดีมาก นายอำเภอเถิน "
                              "เป็นประธานการประชุมสรุปผลงาน ณ สิ้นปีงบประมาณ\n")),
            "");
  // ที่ before a word that is no place is no venue.
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 3 พฤษภาคม 2566 นายสมพงษ์ ดีมาก นายอำเภอเถิน "
                         "เป็นประธานการประชุมที่ผ่านมาด้วยดี\n");
  EXPECT_EQ(VenueText(e), "");
}

TEST(EventTest, ChairBeforeTheVerbAfterโดยมี) {
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 8 มิถุนายน 2566 นางสาวมาลี สุขใจ จัดหางานจังหวัดลำปาง "
                         "ร่วมประชุมคณะกรรมการพัฒนาจังหวัด โดยมี นายประเสริฐ มั่นคง "
                         "ผู้ว่าราชการจังหวัดลำปาง เป็นประธานการประชุม\n");
  EXPECT_EQ(Chair(e), "ประเสริฐ มั่นคง");
}

TEST(EventTest, ChairAfterนำโดย) {
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 8 มิถุนายน 2566 คณะกรรมการหมู่บ้านศึกษาดูงานเกษตรอินทรีย์ "
                         "นำโดย นายบุญมี ทองคำ นายอำเภอสันทราย\n");
  EXPECT_EQ(Chair(e), "บุญมี ทองคำ");
}

TEST(EventTest, TheOfficialWhoseVisitItIs) {
  const auto e = EventOf(std::string(kHeadline) +
                         "วันนี้ (20 ก.ค. 66) นายกิตติ ทองดี รัฐมนตรีว่าการกระทรวงมหาดไทย "
                         "พร้อมด้วย นายสุชาติ ใจบุญ ผู้ว่าราชการจังหวัดพิจิตร "
                         "ลงพื้นที่ตรวจเยี่ยมผู้ประสบอุทกภัย\n");
  EXPECT_EQ(Chair(e), "กิตติ ทองดี");
}

TEST(EventTest, AnOfficialWhoHandedTheTaskOverDidNotPreside) {
  const auto e = EventOf(std::string(kHeadline) +
                         "วันนี้ (20 ก.ค. 66) นายสุชาติ ใจบุญ รองผู้ว่าราชการจังหวัดพิจิตร "
                         "ได้รับมอบหมายจาก นายกิตติ ทองดี ผู้ว่าราชการจังหวัดพิจิตร "
                         "เป็นประธานเปิดงานตลาดนัดชุมชน\n");
  EXPECT_EQ(Chair(e), "สุชาติ ใจบุญ");
}

TEST(EventTest, AProvinceAfterณIsNoVenue) {
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 8 มิถุนายน 2566 นายบุญมี ทองคำ รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย "
                         "ลงพื้นที่ตรวจราชการ ณ จังหวัดสุโขทัย\n");
  ASSERT_TRUE(e);
  EXPECT_FALSE(e->venue);
  EXPECT_EQ(e->province.value_or(""), "สุโขทัย");
}

TEST(EventTest, TheVenueMayComeInTheParagraphAfterTheLead) {
  const auto e = EventOf(std::string(kHeadline) +
                         "วันศุกร์ที่ 1 ธันวาคม 2566 จังหวัดยโสธรจัดประชุมหัวหน้าส่วนราชการ\n"
                         "นายวิทยา สุขสม ผู้ว่าราชการจังหวัดยโสธร เป็นประธานการประชุม "
                         "ณ ห้องประชุมพญาแถน ศาลากลางจังหวัดยโสธร ซึ่งมีหัวหน้าส่วนราชการเข้าร่วม\n");
  EXPECT_EQ(VenueText(e), "ห้องประชุมพญาแถน ศาลากลางจังหวัดยโสธร");
  EXPECT_EQ(Chair(e), "วิทยา สุขสม");
}

TEST(EventTest, WhatIsSaidAfterTheOfficialActsIsNotTheEvent) {
  // The minister holds the meeting; the chair named in his speech is of
  // another occasion.
  const auto e = EventOf(std::string(kHeadline) +
                         "เมื่อวันที่ 8 มิถุนายน 2566 นายบุญมี ทองคำ รัฐมนตรีว่าการกระทรวงแรงงาน "
                         "ประชุมทางไกลร่วมกับจังหวัดสตูล โดยรัฐมนตรีกล่าวว่า ที่ผ่านมา "
                         "นายสมศักดิ์ ใจดี รองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการ\n");
  EXPECT_EQ(Chair(e), "บุญมี ทองคำ");
}

TEST(EventTest, ReleasesWithNoEvent) {
  EXPECT_FALSE(EventOf("สถิติผู้ประกันตนเดือนมกราคม\n\n"
                       "สำนักงานประกันสังคมรายงานจำนวนผู้ประกันตนทั่วประเทศ "
                       "ประจำเดือนมกราคม 2567 รวม 24,000,000 คน เพิ่มขึ้นร้อยละ 2\n"));
  // An official's words that report figures, with the date they were said.
  EXPECT_FALSE(EventOf(std::string(kHeadline) +
                       "วันนี้ (10 ม.ค. 67) นายสมปอง รักงาน อธิบดีกรมการจัดหางาน เปิดเผยว่า "
                       "ผลการสำรวจความต้องการแรงงานปีนี้ พบว่าสถานประกอบการต้องการแรงงาน"
                       "เพิ่มขึ้นร้อยละ 8\n"));
  // The same words that go on to an activity report an event.
  EXPECT_TRUE(EventOf(std::string(kHeadline) +
                      "วันนี้ (10 ม.ค. 67) นายสมปอง รักงาน อธิบดีกรมการจัดหางาน เปิดเผยว่า "
                      "กรมการจัดหางานได้จัดพิธีมอบรางวัลแก่สถานประกอบการดีเด่น\n"));
  EXPECT_FALSE(EventOf("แนวทางการยื่นภาษีออนไลน์\n\n"
                       "กรมสรรพากรแนะนำผู้เสียภาษีให้ยื่นแบบผ่านระบบออนไลน์ "
                       "ซึ่งสะดวกและรวดเร็วกว่าการยื่นแบบกระดาษ\n"));
}

}  // namespace
}  // namespace thainews
