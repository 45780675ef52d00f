// AttendanceExtractor on sentences written for these tests in the style of
// provincial government releases. No sentence is taken from a real release.

#include "extract/counts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/document_for_test.h"

namespace thainews {
namespace {

const AttendanceExtractor& Extractor() {
  static const AttendanceExtractor* extractor = [] {
    Result<AttendanceExtractor> created = AttendanceExtractor::Create(DataSource());
    EXPECT_TRUE(created.ok()) << created.status().message();
    return new AttendanceExtractor(std::move(*created));
  }();
  return *extractor;
}

std::vector<Attendance> Attendances(const std::string& text) {
  TestDocument t(text);
  Extractor().Extract(*t.doc, &t.article);
  for (const Attendance& a : t.article.attendance) {
    EXPECT_EQ(a.text, text.substr(a.span.begin, a.span.end - a.span.begin));
  }
  return t.article.attendance;
}

std::vector<int64_t> Counts(const std::string& text) {
  std::vector<int64_t> counts;
  for (const Attendance& a : Attendances(text)) counts.push_back(a.count);
  return counts;
}

struct UnitCase {
  const char* sentence;
  int64_t count;
  const char* unit;
  const char* text;
};

TEST(AttendanceTest, EachUnitForPeople) {
  const UnitCase cases[] = {
      {"นายอำเภอเป็นประธานเปิดการอบรม โดยมีผู้เข้ารับการอบรม จำนวน 45 คน", 45, "คน",
       "จำนวน 45 คน"},
      {"เกษตรกรในตำบลหนองสองห้อง จำนวน 120 ราย เข้าร่วมกิจกรรมในครั้งนี้", 120, "ราย",
       "จำนวน 120 ราย"},
      {"พระสงฆ์ 9 รูป ร่วมเจริญพระพุทธมนต์เนื่องในพิธีเปิดอาคาร", 9, "รูป", "9 รูป"},
      {"แขกผู้มีเกียรติ 30 ท่าน ร่วมเป็นเกียรติในพิธีมอบรางวัล", 30, "ท่าน", "30 ท่าน"},
      {"เจ้าหน้าที่ตำรวจ 150 นาย ร่วมกิจกรรมจิตอาสาทำความสะอาดถนน", 150, "นาย", "150 นาย"},
  };
  for (const UnitCase& c : cases) {
    const std::vector<Attendance> found = Attendances(c.sentence);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(found[0].count, c.count) << c.sentence;
    EXPECT_EQ(found[0].unit, c.unit) << c.sentence;
    EXPECT_EQ(found[0].text, c.text) << c.sentence;
    EXPECT_FALSE(found[0].approximate) << c.sentence;
  }
}

struct QualifierCase {
  const char* sentence;
  int64_t count;
  bool approximate;
  const char* text;
};

TEST(AttendanceTest, QualifiersMakeACountApproximate) {
  const QualifierCase cases[] = {
      {"ผู้เข้าร่วมประชุมกว่า 200 คน", 200, true, "กว่า 200 คน"},
      {"มีผู้เข้าร่วมงานประมาณ 80 คน", 80, true, "ประมาณ 80 คน"},
      {"ประชาชนราว 400 คน ร่วมพิธี", 400, true, "ราว 400 คน"},
      {"นักเรียนเกือบ 600 คน เข้าร่วมกิจกรรมวันเด็ก", 600, true, "เกือบ 600 คน"},
      {"ชาวบ้านมากกว่า 90 คน ให้การต้อนรับคณะ", 90, true, "มากกว่า 90 คน"},
      {"อาสาสมัครไม่น้อยกว่า 70 คน ร่วมกิจกรรม", 70, true, "ไม่น้อยกว่า 70 คน"},
      {"ผู้เข้าร่วมสัมมนา 300 กว่าคน", 300, true, "300 กว่าคน"},
      {"ผู้เข้าร่วมงาน 500 คนเศษ", 500, true, "500 คนเศษ"},
      {"ผู้ร่วมพิธี ร่วม 250 คน", 250, true, "ร่วม 250 คน"},
      {"ผู้เข้าร่วมประชุม จำนวน 177 คน", 177, false, "จำนวน 177 คน"},
      {"ผู้สำเร็จการอบรม รวมทั้งสิ้น 64 คน", 64, false, "รวมทั้งสิ้น 64 คน"},
  };
  for (const QualifierCase& c : cases) {
    const std::vector<Attendance> found = Attendances(c.sentence);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(found[0].count, c.count) << c.sentence;
    EXPECT_EQ(found[0].approximate, c.approximate) << c.sentence;
    EXPECT_EQ(found[0].text, c.text) << c.sentence;
  }
}

TEST(AttendanceTest, ThaiDigitsAndThousandsSeparators) {
  std::vector<Attendance> found = Attendances("ประชาชนกว่า ๕๐ คน ร่วมพิธีถวายเทียนพรรษา");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].count, 50);
  EXPECT_EQ(found[0].text, "กว่า ๕๐ คน");

  EXPECT_EQ(Counts("ผู้เข้าร่วมงานวันเกษตร รวม 1,250 คน"), std::vector<int64_t>{1250});
  EXPECT_EQ(Counts("ผู้เข้าร่วมงาน ๒,๓๐๐ คน"), std::vector<int64_t>{2300});
  EXPECT_EQ(Counts("ผู้เข้าชมงานกว่า 1.5 หมื่นคน"), std::vector<int64_t>{15000});
}

TEST(AttendanceTest, SpacesOfAnyKindInsideTheCount) {
  const std::string text = "ผู้เข้าร่วมประชุม จำนวน\u00a0177\u00a0คน";
  const std::vector<Attendance> found = Attendances(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].count, 177);
  EXPECT_EQ(found[0].text, "จำนวน\u00a0177\u00a0คน");
}

TEST(AttendanceTest, ATotalAndItsPartsBefore) {
  const std::vector<Attendance> found =
      Attendances("พระสงฆ์ไทย 35 รูป และพระสงฆ์ลาว 30 รูป รวม 65 รูป ร่วมสวดมนต์ถวายพระพร");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].count, 35);
  EXPECT_TRUE(found[0].is_part);
  EXPECT_EQ(found[1].count, 30);
  EXPECT_TRUE(found[1].is_part);
  EXPECT_EQ(found[2].count, 65);
  EXPECT_TRUE(found[2].is_total);
  EXPECT_FALSE(found[2].is_part);
  EXPECT_EQ(found[2].text, "รวม 65 รูป");
}

TEST(AttendanceTest, ATotalAndItsPartsAfter) {
  const std::vector<Attendance> found =
      Attendances("ผู้เข้ารับการอบรม รวม 120 คน แบ่งเป็น ชาย 50 คน และหญิง 70 คน");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_TRUE(found[0].is_total);
  EXPECT_EQ(found[0].count, 120);
  EXPECT_TRUE(found[1].is_part);
  EXPECT_TRUE(found[2].is_part);
}

TEST(AttendanceTest, CountsThatDoNotAddUpAreNoTotal) {
  const std::vector<Attendance> found =
      Attendances("ผู้เข้าร่วมงาน 40 คน 50 คน 60 คน");
  for (const Attendance& a : found) {
    EXPECT_FALSE(a.is_total);
    EXPECT_FALSE(a.is_part);
  }
}

TEST(AttendanceTest, CountsOfOtherThingsAreNotAttendance) {
  const char* sentences[] = {
      // houses, districts, households, money
      "เจ้าหน้าที่ซ่อมแซมบ้านเรือนที่เสียหาย 168 หลัง เข้าร่วม",
      "การประชุมครอบคลุมทั้ง 13 อำเภอ ร่วมพิธี",
      "ผู้เข้าร่วมงานมาจาก 2,500 ครัวเรือน",
      "มอบเงินช่วยเหลือ 5,000 บาท ให้แก่ผู้เข้าร่วม",
      // items and a title that start like a unit
      "ภายในงานมีสินค้ากว่า 100 รายการ ให้ผู้เข้าร่วมเลือกซื้อ",
      "ผู้เข้าร่วมประชุมประกอบด้วย ผบ.มทบ. 37 นายอำเภอเมือง และปลัดอำเภอ",
  };
  for (const char* s : sentences) EXPECT_TRUE(Counts(s).empty()) << s;
}

TEST(AttendanceTest, PeopleWhoWereNotThereAreNotAttendance) {
  const char* sentences[] = {
      // a statistic
      "จังหวัดมีผู้ประกันตนในระบบ 82,000 คน",
      "ปัจจุบันมีนักเรียนในโรงเรียน 650 คน และครู 40 คน",
      // a target group of a programme
      "โครงการนี้มีเป้าหมายผู้สูงอายุทั่วจังหวัด 500 คน",
      // people affected elsewhere, victims, evacuees
      "อุทกภัยครั้งนี้มีผู้ได้รับผลกระทบ 3,400 คน",
      "ครอบครัวของกำนัน จำนวน 3 คน ถูกคนร้ายทำร้าย",
      "ศูนย์พักพิงชั่วคราวมีผู้ประสบภัยมาพักอาศัย จำนวน 90 คน",
      // applicants and the future
      "มีผู้สมัครเข้าร่วมโครงการแล้ว 12,000 ราย",
      "คาดว่าจะมีผู้เข้าร่วมงานกว่า 5,000 คน",
      // a rate
      "ห้องอบรมรับผู้เข้าร่วมได้ 30 คนต่อรุ่น",
      // nothing says who they are
      "เมื่อวานนี้มีรถยนต์และคน 40 คน บนถนนสายหลัก",
  };
  for (const char* s : sentences) EXPECT_TRUE(Counts(s).empty()) << s;
}

TEST(AttendanceTest, TheTargetGroupOfAMeetingAttendedIt) {
  EXPECT_EQ(Counts("การประชุมครั้งนี้มีกลุ่มเป้าหมาย ได้แก่ ผู้นำชุมชนและอาสาสมัคร จำนวน 60 คน"),
            std::vector<int64_t>{60});
  EXPECT_TRUE(Counts("โครงการเงินกู้มีกลุ่มเป้าหมาย ได้แก่ เกษตรกรรายย่อย จำนวน 600 คน").empty());
}

TEST(AttendanceTest, PeopleServedOrGivenSomethingAtTheEvent) {
  EXPECT_EQ(Counts("อำเภอจัดตรวจคัดกรองสุขภาพให้ผู้นำท้องที่ จำนวน 85 ราย"),
            std::vector<int64_t>{85});
  EXPECT_EQ(Counts("ในพิธีนี้ได้มอบทุนการศึกษาให้แก่นักเรียน จำนวน 25 คน"),
            std::vector<int64_t>{25});
  // Given something, but at no event: a programme's figures.
  EXPECT_TRUE(Counts("บริษัทจ่ายเงินปันผลให้แก่ผู้ถือหุ้น จำนวน 2,000 ราย").empty());
  EXPECT_TRUE(Counts("ธนาคารอนุมัติสินเชื่อให้แก่ผู้มีรายได้น้อย จำนวน 2,000 ราย").empty());
}

TEST(AttendanceTest, PeopleSomethingWasHandedToReceivedItThere) {
  // A verb of handing over before "แก่": the people after it were there,
  // even with their age between.
  EXPECT_EQ(Counts("นายอำเภอได้มอบเกียรติบัตรแก่อาสาสมัครในตำบลที่มีอายุ 70 ปีขึ้นไป "
                   "จำนวน 4 ราย ได้แก่ นายสมชาย ใจดี และนางสมศรี ใจงาม"),
            std::vector<int64_t>{4});
  // The verb followed by what was handed and the count.
  EXPECT_EQ(Counts("ต่อมาผู้ว่าราชการจังหวัดได้มอบเงินช่วยเหลือ 12 ราย รวมเป็นเงิน 60,000 บาท"),
            std::vector<int64_t>{12});
  // Too many to have been handed anything at one event.
  EXPECT_TRUE(Counts("กรมได้มอบเงินช่วยเหลือเกษตรกรไปแล้ว 25,000 ราย").empty());
  // Other numbers between the verb and the count: the count is of another
  // clause ("1.2) การติดตาม … 40 ราย").
  EXPECT_TRUE(Counts("ผลการช่วยเหลือ 1.1) การมอบเครื่องอุปโภค 300 ชุด 1.2) การติดตามเยี่ยมบ้าน "
                     "ทั้งหมด 40 ราย")
                  .empty());
  // มอบหมาย assigns work, มอบตัว surrenders: nothing is handed to anyone.
  EXPECT_TRUE(Counts("ผู้ว่าราชการจังหวัดมอบหมายเจ้าหน้าที่ จำนวน 20 คน ไปสำรวจความเสียหาย").empty());
  EXPECT_TRUE(Counts("ผู้ต้องหาได้เข้ามอบตัว จำนวน 3 คน").empty());
}

TEST(AttendanceTest, ParticipantsOfAProgrammeAreAttendanceOnlyWhenFew) {
  EXPECT_EQ(Counts("อำเภอจัดอบรมอาชีพ มีผู้เข้าร่วมโครงการ จำนวน 50 คน"),
            std::vector<int64_t>{50});
  EXPECT_TRUE(Counts("ทั่วประเทศมีผู้เข้าร่วมโครงการแล้ว 15,000 ราย").empty());
  EXPECT_TRUE(Counts("ธนาคารคัดกรองสุขภาพผู้สูงอายุไปแล้ว 12,000 คน").empty());
}

TEST(AttendanceTest, TheVerbAfterTheCountWinsOverWhatCameBefore) {
  // The households are named before the count, but the people came.
  EXPECT_EQ(Counts("ผู้แทนครัวเรือนเป้าหมาย ผู้นำชุมชน รวมกว่า 300 คน ร่วมพิธี"),
            std::vector<int64_t>{300});
  EXPECT_EQ(Counts("ประชาชนในพื้นที่กว่า 1,000 คน ที่ได้เดินทางมาร่วมงาน"),
            std::vector<int64_t>{1000});
}

TEST(AttendanceTest, TheSameCountSaidTwiceIsReportedOnce) {
  const std::string text =
      "ผู้ว่าฯ เปิดงานวันสตรี มีผู้เข้าร่วมกว่า 400 คน\n"
      "วันนี้ ผู้ว่าราชการจังหวัดเป็นประธานเปิดงาน มีผู้เข้าร่วมกว่า 400 คน";
  EXPECT_EQ(Counts(text), std::vector<int64_t>{400});
}

TEST(AttendanceTest, NumbersInsideDatesAreNotCounts) {
  TestDocument t("ประชาชนมาร่วมงาน 2563 คน");
  const size_t begin = t.text.find("2563");
  Date date;
  date.span = {begin, begin + 4};
  date.kind = Date::Kind::kYear;
  t.article.dates.push_back(date);
  Extractor().Extract(*t.doc, &t.article);
  EXPECT_TRUE(t.article.attendance.empty());
}

TEST(AttendanceTest, FindCountsSeesEveryCountOfPeople) {
  TestDocument t("มีผู้ป่วย 12 ราย และผู้เข้าร่วม 30 คน บ้าน 4 หลัง");
  const std::vector<AttendanceExtractor::Count> counts = Extractor().FindCounts(*t.doc, {});
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].value, 12);
  EXPECT_EQ(counts[0].unit, "ราย");
  EXPECT_EQ(counts[1].value, 30);
}

TEST(AttendanceTest, JunkNeverCrashes) {
  std::string long_line;
  for (int i = 0; i < 20000; ++i) long_line += "ผู้เข้าร่วม 1,0 คน 99999999999999999 คน ";
  EXPECT_NO_FATAL_FAILURE(Attendances(long_line));
  EXPECT_TRUE(Counts("<div>&nbsp;</div> 12 3 , . คน คน ราย 1.2.3 คน").empty());
  EXPECT_TRUE(Counts("no Thai at all 250 people attended").empty());
}

}  // namespace
}  // namespace thainews
