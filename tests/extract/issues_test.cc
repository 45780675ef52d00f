// IssueListExtractor on sentences written for these tests in the style of
// provincial government releases. No sentence is taken from a real release.

#include "extract/issues.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/document_for_test.h"
#include "text/text_scan.h"

namespace thainews {
namespace {

using Items = std::vector<std::string>;

const IssueListExtractor& Extractor() {
  static const IssueListExtractor* extractor = [] {
    Result<IssueListExtractor> created = IssueListExtractor::Create(DataSource());
    EXPECT_TRUE(created.ok()) << created.status().message();
    return new IssueListExtractor(std::move(*created));
  }();
  return *extractor;
}

std::vector<IssueList> Lists(const std::string& text) {
  TestDocument t(text);
  Extractor().Extract(*t.doc, &t.article);
  for (const IssueList& list : t.article.issues) {
    EXPECT_EQ(list.text, text.substr(list.span.begin, list.span.end - list.span.begin));
    for (const IssueItem& item : list.items) {
      EXPECT_EQ(item.text,
                CollapseWhitespace(text.substr(item.span.begin, item.span.end - item.span.begin)));
      EXPECT_GE(item.span.begin, list.span.begin);
      EXPECT_LE(item.span.end, list.span.end);
    }
  }
  return t.article.issues;
}

// The items of the only list in `text` (and a failure if there is not one).
Items ItemsOf(const std::string& text) {
  const std::vector<IssueList> lists = Lists(text);
  EXPECT_EQ(lists.size(), 1u) << text;
  Items items;
  if (lists.size() != 1) return items;
  for (const IssueItem& item : lists[0].items) items.push_back(item.text);
  return items;
}

TEST(IssueListTest, RunOnProseSplitsAtEachHead) {
  const std::string text =
      "ที่ประชุมสรุปประเด็นปัญหา/ความต้องการของตำบล สรุปได้ 9 ประเด็น อาทิ "
      "ปัญหาถนนชำรุดในฤดูฝน ปัญหาขาดแคลนน้ำอุปโภค บริโภค การลักลอบทิ้งขยะ "
      "และปัญหาไฟฟ้าส่องสว่างไม่เพียงพอ เป็นต้น ทั้งนี้ อำเภอจะรวบรวมเสนอจังหวัดต่อไป";
  const std::vector<IssueList> lists = Lists(text);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].declared_count, 9);
  Items items;
  for (const IssueItem& item : lists[0].items) items.push_back(item.text);
  EXPECT_EQ(items, (Items{"ปัญหาถนนชำรุดในฤดูฝน", "ปัญหาขาดแคลนน้ำอุปโภค บริโภค",
                          "การลักลอบทิ้งขยะ", "ปัญหาไฟฟ้าส่องสว่างไม่เพียงพอ"}));
  // The list runs from its cue to เป็นต้น, and stops there.
  EXPECT_EQ(lists[0].text.rfind("ประเด็นปัญหา", 0), 0u);
  EXPECT_EQ(lists[0].text.size() - lists[0].text.rfind("เป็นต้น"), std::string("เป็นต้น").size());
}

TEST(IssueListTest, APhraseOfItsOwnIsAnItemWhenเป็นต้นClosesTheList) {
  EXPECT_EQ(ItemsOf("นายอำเภอรับฟังปัญหาของเกษตรกร อาทิ ปัญหาหนี้สิน "
                    "ราคาผลผลิตทางการเกษตรตกต่ำ ปัญหาโรคระบาดในสัตว์ ฯลฯ"),
            (Items{"ปัญหาหนี้สิน", "ราคาผลผลิตทางการเกษตรตกต่ำ", "ปัญหาโรคระบาดในสัตว์"}));
}

TEST(IssueListTest, AnAndBetweenItemsBelongsToNeither) {
  EXPECT_EQ(ItemsOf("ชาวบ้านร้องเรียนปัญหา อาทิ ปัญหาเสียงดังจากสถานบันเทิงและ "
                    "ปัญหากลิ่นเหม็นจากฟาร์มสุกร เป็นต้น"),
            (Items{"ปัญหาเสียงดังจากสถานบันเทิง", "ปัญหากลิ่นเหม็นจากฟาร์มสุกร"}));
}

TEST(IssueListTest, AnOpenListEndsWhereANewClauseStarts) {
  EXPECT_EQ(ItemsOf("ชาวบ้านแจ้งปัญหา เช่น ปัญหาน้ำท่วมขัง ปัญหาถนนลูกรังชำรุด "
                    "ซึ่งอำเภอจะประสานหน่วยงานที่เกี่ยวข้องต่อไป"),
            (Items{"ปัญหาน้ำท่วมขัง", "ปัญหาถนนลูกรังชำรุด"}));
}

TEST(IssueListTest, EachCue) {
  EXPECT_EQ(ItemsOf("ผู้นำชุมชนแจ้งความต้องการ ได้แก่ การขุดลอกคลอง การซ่อมถนน เป็นต้น"),
            (Items{"การขุดลอกคลอง", "การซ่อมถนน"}));
  EXPECT_EQ(ItemsOf("กลุ่มเกษตรกรยื่นข้อเรียกร้อง คือ การประกันราคาข้าว และการพักชำระหนี้"),
            (Items{"การประกันราคาข้าว", "การพักชำระหนี้"}));
  EXPECT_EQ(ItemsOf("ที่ประชุมมีข้อเสนอ ดังนี้\n1. ขยายเวลาการรับสมัคร\n2. เพิ่มจุดบริการในอำเภอ"),
            (Items{"ขยายเวลาการรับสมัคร", "เพิ่มจุดบริการในอำเภอ"}));
  EXPECT_EQ(ItemsOf("ผู้ว่าราชการจังหวัดได้มีข้อสั่งการ ดังนี้\n- ให้ทุกอำเภอเฝ้าระวังน้ำป่า\n"
                    "- ให้เตรียมเครื่องสูบน้ำให้พร้อม"),
            (Items{"ให้ทุกอำเภอเฝ้าระวังน้ำป่า", "ให้เตรียมเครื่องสูบน้ำให้พร้อม"}));
  EXPECT_EQ(ItemsOf("รัฐมนตรีมอบนโยบาย 2 ข้อ ได้แก่ 1) ดูแลประชาชนอย่างทั่วถึง "
                    "2) ทำงานอย่างโปร่งใส"),
            (Items{"ดูแลประชาชนอย่างทั่วถึง", "ทำงานอย่างโปร่งใส"}));
  // A declared count of points opens a list without another cue word.
  const std::vector<IssueList> lists =
      Lists("ท่านย้ำว่าข้าราชการต้องยึดหลัก 3 ประการ ประกอบด้วย 1. ซื่อสัตย์ 2. เสียสละ 3. อดทน");
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].declared_count, 3);
  EXPECT_EQ(lists[0].items.size(), 3u);
}

TEST(IssueListTest, EachItemMarker) {
  const Items expected = {"การกัดเซาะตลิ่ง", "การขาดแคลนน้ำประปา"};
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n– การกัดเซาะตลิ่ง\n– การขาดแคลนน้ำประปา"), expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n• การกัดเซาะตลิ่ง\n• การขาดแคลนน้ำประปา"), expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n- การกัดเซาะตลิ่ง\n\n- การขาดแคลนน้ำประปา"),
            expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n· การกัดเซาะตลิ่ง\n· การขาดแคลนน้ำประปา"), expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n♦ การกัดเซาะตลิ่ง\n♦ การขาดแคลนน้ำประปา"), expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n1.การกัดเซาะตลิ่ง\n2.การขาดแคลนน้ำประปา"), expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่\n๑) การกัดเซาะตลิ่ง\n๒) การขาดแคลนน้ำประปา"),
            expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่ (1) การกัดเซาะตลิ่ง (2) การขาดแคลนน้ำประปา"),
            expected);
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน ได้แก่ 1. การกัดเซาะตลิ่ง และ 2. การขาดแคลนน้ำประปา"),
            expected);
  // Line breaks alone, as many lines as declared.
  EXPECT_EQ(ItemsOf("ปัญหาของหมู่บ้าน 2 ประเด็น ดังนี้\nการกัดเซาะตลิ่ง\nการขาดแคลนน้ำประปา\n"
                    "นายอำเภอรับจะแก้ไขโดยเร็ว"),
            expected);
}

TEST(IssueListTest, ASpaceOrADashInsideAnItemDoesNotSplitIt) {
  EXPECT_EQ(ItemsOf("ประเด็นที่หารือ ได้แก่\n1. ความร่วมมือชายแดนไทย - ลาว\n"
                    "2. การค้าข้ามแดน ณ จุดผ่อนปรน"),
            (Items{"ความร่วมมือชายแดนไทย - ลาว", "การค้าข้ามแดน ณ จุดผ่อนปรน"}));
}

TEST(IssueListTest, NumbersInsideALineAreReadInSequence) {
  // "ครั้งที่ 3" is not item 3; the list goes on to the next line.
  EXPECT_EQ(ItemsOf("ข้อสั่งการ ดังนี้ 1. ทบทวนมติการประชุมครั้งที่ 3 2. เร่งรัดการเบิกจ่าย\n"
                    "3. รายงานผลภายในเดือนนี้"),
            (Items{"ทบทวนมติการประชุมครั้งที่ 3", "เร่งรัดการเบิกจ่าย",
                   "รายงานผลภายในเดือนนี้"}));
}

TEST(IssueListTest, TheLastItemOnALineStopsAboutAsLongAsTheOthers) {
  EXPECT_EQ(ItemsOf("แนวทางการทำงาน 4 ประการ คือ 1) สงเคราะห์ 2) เกื้อกูล 3) พัฒนา และ 4) บูรณาการ "
                    "และหลักการดำเนินงานตามแผนพัฒนาจังหวัดที่ทุกภาคส่วนได้ร่วมกันจัดทำไว้"),
            (Items{"สงเคราะห์", "เกื้อกูล", "พัฒนา", "บูรณาการ"}));
}

TEST(IssueListTest, ListsOfPeopleGoodsActivitiesAndPlacesAreNotIssues) {
  const char* texts[] = {
      // people
      "ผู้ว่าราชการจังหวัดรับฟังปัญหาของประชาชน โดยมีผู้แทนหน่วยงาน ได้แก่ นายอำเภอ "
      "ปลัดอำเภอ และกำนันทุกตำบล",
      "ข้อเสนอแนะจากที่ประชุม ได้แก่\n- นายสมหมาย ใจงาม\n- นางสาวมาลี ศรีสุข",
      // donated goods
      "เพื่อบรรเทาปัญหาความเดือดร้อน จึงได้มอบสิ่งของ อาทิ ข้าวสาร น้ำดื่ม และยารักษาโรค",
      // ordinary activities
      "ภายในงานมีกิจกรรม ได้แก่ การแข่งขันกีฬา การประกวดอาหารพื้นบ้าน และการแสดงดนตรี",
      "อำเภอเน้นกิจกรรมสำคัญ 3 ประการ คือ 1. ทำบุญตักบาตร 2. ปลูกต้นไม้ 3. ทำความสะอาดวัด",
      // places, and a count of something else
      "น้ำท่วมสร้างปัญหาให้หลายพื้นที่ ได้แก่ ตำบลบ้านใหม่ ตำบลหนองบัว และตำบลท่าช้าง",
      "การแก้ไขปัญหายาเสพติดร่วมกันของ 3 กระทรวง ประกอบด้วย กระทรวงมหาดไทย "
      "และกระทรวงศึกษาธิการ",
      // one point is no list
      "สิ่งสำคัญที่ขอฝากคือ การทำงานด้วยความซื่อสัตย์",
      // a list with no cue that it is of issues
      "นักท่องเที่ยวนิยมมาเที่ยวชมสถานที่ต่าง ๆ อาทิ น้ำตก ถ้ำ และวัดเก่าแก่",
  };
  for (const char* text : texts) EXPECT_TRUE(Lists(text).empty()) << text;
}

TEST(IssueListTest, IntroWordsInsideAListDoNotOpenAnother) {
  const std::vector<IssueList> lists =
      Lists("ข้อเสนอ 2 ข้อ ได้แก่ 1. ภารกิจสำคัญ คือ ปัญหาการจราจร ปัญหาที่จอดรถ "
            "2. ปัญหาแสงสว่าง เช่น ปัญหาไฟถนน ปัญหาไฟทางเดิน");
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].items.size(), 2u);
}

TEST(IssueListTest, TwoListsInOneArticle) {
  const std::vector<IssueList> lists =
      Lists("ปัญหาของตำบลแรก ได้แก่ ปัญหาน้ำแล้ง ปัญหาดินเค็ม เป็นต้น\n"
            "ส่วนข้อเรียกร้องของกลุ่มผู้ปลูกอ้อย คือ การขึ้นราคาอ้อย และการลดค่าขนส่ง");
  ASSERT_EQ(lists.size(), 2u);
  EXPECT_FALSE(lists[0].declared_count.has_value());
  EXPECT_EQ(lists[1].items.size(), 2u);
}

TEST(IssueListTest, ParagraphsThatBeginAlikeAreItems) {
  // Points discussed, each a paragraph that begins with the same word; the
  // list ends where a paragraph begins otherwise.
  const std::string text =
      "ในโอกาสนี้ ทั้งสองฝ่ายได้หารือถึงความร่วมมือด้านต่าง ๆ ดังนี้\n"
      "ด้านการค้า ทั้งสองฝ่ายยินดีที่มูลค่าการค้าระหว่างกันเพิ่มขึ้น และจะเร่งเจรจาลดอุปสรรค\n"
      "ด้านการศึกษา ฝ่ายไทยพร้อมมอบทุนฝึกอบรมแก่บุคลากรของอีกฝ่าย\n"
      "ด้านการท่องเที่ยว ทั้งสองฝ่ายจะส่งเสริมเส้นทางท่องเที่ยวเชิงวัฒนธรรมร่วมกัน\n"
      "การหารือเป็นไปด้วยความเป็นกันเองและอบอุ่น";
  EXPECT_EQ(ItemsOf(text),
            (Items{"ด้านการค้า ทั้งสองฝ่ายยินดีที่มูลค่าการค้าระหว่างกันเพิ่มขึ้น "
                   "และจะเร่งเจรจาลดอุปสรรค",
                   "ด้านการศึกษา ฝ่ายไทยพร้อมมอบทุนฝึกอบรมแก่บุคลากรของอีกฝ่าย",
                   "ด้านการท่องเที่ยว ทั้งสองฝ่ายจะส่งเสริมเส้นทางท่องเที่ยวเชิงวัฒนธรรมร่วมกัน"}));
  // Where even the intro stands a blank line above its first item, blank
  // lines separate every paragraph and end nothing.
  EXPECT_EQ(ItemsOf("ที่ประชุมได้หารือในประเด็นต่าง ๆ ดังนี้\n\n"
                    "ด้านการเกษตร ขอให้ส่งเสริมการปลูกพืชใช้น้ำน้อย\n\n"
                    "ด้านการตลาด ขอให้จัดหาตลาดรองรับผลผลิตของเกษตรกร\n\n"
                    "นายอำเภอกล่าวปิดการประชุม"),
            (Items{"ด้านการเกษตร ขอให้ส่งเสริมการปลูกพืชใช้น้ำน้อย",
                   "ด้านการตลาด ขอให้จัดหาตลาดรองรับผลผลิตของเกษตรกร"}));
  // Short lines need not begin alike; a blank line ends them.
  EXPECT_EQ(ItemsOf("ข้อห่วงใยของชาวบ้าน ได้แก่\nน้ำประปาไหลไม่แรง\nถนนเข้าหมู่บ้านเป็นหลุมบ่อ\n\n"
                    "นายอำเภอรับจะประสานหน่วยงานที่เกี่ยวข้อง"),
            (Items{"น้ำประปาไหลไม่แรง", "ถนนเข้าหมู่บ้านเป็นหลุมบ่อ"}));
}

TEST(IssueListTest, NarrationAfterAnIntroIsNoList) {
  const char* texts[] = {
      // paragraphs that report who said what
      "รองโฆษกประจำสำนักนายกรัฐมนตรีสรุปสาระสำคัญการหารือ ดังนี้\n"
      "ด้านการค้า นายกรัฐมนตรียินดีที่มูลค่าการค้าเพิ่มขึ้นอย่างต่อเนื่อง\n"
      "ด้านการลงทุน นายกรัฐมนตรีเชิญชวนให้นักลงทุนมาลงทุนในไทยเพิ่มขึ้น",
      "ทั้งสองฝ่ายได้หารือกัน ดังนี้\nนายกรัฐมนตรีกล่าวต้อนรับคณะด้วยความยินดี\n"
      "นายกรัฐมนตรีหวังว่าความร่วมมือจะขยายตัวมากขึ้น",
      // long paragraphs that begin each in its own way
      "ทั้งสองฝ่ายได้หารือกัน ดังนี้\n"
      "เอกอัครราชทูตแสดงความยินดีที่ได้เดินทางมาเยือนจังหวัดและได้เห็นความก้าวหน้าของโครงการพัฒนา"
      "ต่าง ๆ ที่ดำเนินการร่วมกันมาตั้งแต่ปีที่ผ่านมา\n"
      "ผู้ว่าราชการจังหวัดขอบคุณที่ให้การสนับสนุนมาโดยตลอดและหวังว่าจะได้ร่วมมือกันต่อไปในอนาคต"
      "อีกหลายโครงการที่กำลังจะเริ่มต้นขึ้นในปีนี้",
  };
  for (const char* text : texts) EXPECT_TRUE(Lists(text).empty()) << text;
}

TEST(IssueListTest, TopicsOfDiscussionAndAssignment) {
  EXPECT_EQ(ItemsOf("คณะกรรมการได้หารือในประเด็นต่าง ๆ ได้แก่ การจัดสรรน้ำในฤดูแล้ง "
                    "การซ่อมแซมประตูระบายน้ำ เป็นต้น"),
            (Items{"การจัดสรรน้ำในฤดูแล้ง", "การซ่อมแซมประตูระบายน้ำ"}));
  EXPECT_EQ(ItemsOf("ผู้ว่าราชการจังหวัดได้มอบหมายให้ทุกอำเภอดำเนินการ ดังนี้\n"
                    "1. สำรวจพื้นที่เสี่ยงภัย\n2. จัดเตรียมเครื่องสูบน้ำ"),
            (Items{"สำรวจพื้นที่เสี่ยงภัย", "จัดเตรียมเครื่องสูบน้ำ"}));
  EXPECT_EQ(ItemsOf("ปัจจัยเสี่ยงของเศรษฐกิจจังหวัด ได้แก่ 1) ราคาพืชผลตกต่ำ 2) ภัยแล้ง"),
            (Items{"ราคาพืชผลตกต่ำ", "ภัยแล้ง"}));
}

TEST(IssueListTest, WeakWordsOpenOnlyListsWithMarkers) {
  // Decisions of a meeting, numbered: a list.
  EXPECT_EQ(ItemsOf("ที่ประชุมมีมติ ดังนี้\n1. ให้เลื่อนการจัดงานออกไป\n2. ให้ทุกอำเภอรายงานผล"),
            (Items{"ให้เลื่อนการจัดงานออกไป", "ให้ทุกอำเภอรายงานผล"}));
  // Measures in prose: examples, not points that were raised.
  EXPECT_TRUE(Lists("จังหวัดมีมาตรการต่าง ๆ อาทิ การตั้งจุดตรวจ การรณรงค์ลดอุบัติเหตุ").empty());
  // A count of measures declares the points.
  const std::vector<IssueList> lists =
      Lists("กระทรวงออก 2 มาตรการ ได้แก่ การพักชำระหนี้ และการลดดอกเบี้ยเงินกู้");
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].declared_count, 2);
  EXPECT_EQ(lists[0].items.size(), 2u);
}

TEST(IssueListTest, ExamplesAreOfTheWordRightBeforeThem) {
  // The topic's own phrase, however long, before อาทิ.
  EXPECT_EQ(ItemsOf("ที่ประชุมรับทราบปัญหาอุปสรรคในการประกอบอาชีพของเกษตรกร อาทิ "
                    "การขาดแหล่งน้ำ การขาดเงินทุน เป็นต้น"),
            (Items{"การขาดแหล่งน้ำ", "การขาดเงินทุน"}));
  // อาทิ after a new phrase gives examples of that phrase, not of ปัญหา.
  EXPECT_TRUE(Lists("เพื่อแก้ไขปัญหาการทุจริต จึงออกกฎหมายใหม่หลายฉบับ อาทิ "
                    "กฎหมายการจัดซื้อจัดจ้าง กฎหมายการอำนวยความสะดวก")
                  .empty());
  // A new sentence between the topic and the intro.
  EXPECT_TRUE(Lists("ชาวบ้านแจ้งปัญหาน้ำท่วม ทั้งนี้ อำเภอได้จัดกิจกรรมต่าง ๆ ดังนี้\n"
                    "1. แข่งขันกีฬา\n2. ประกวดร้องเพลง")
                  .empty());
}

TEST(IssueListTest, EachItemOfOneListIsNumberedAlike) {
  // "(1)" and "(2)" inside item "1)" are not items of the list.
  EXPECT_EQ(ItemsOf("ข้อเสนอ ได้แก่ 1) ปรับปรุงถนน ทั้ง (1) ถนนสายหลัก (2) ถนนในหมู่บ้าน "
                    "2) ขุดลอกคลอง"),
            (Items{"ปรับปรุงถนน ทั้ง (1) ถนนสายหลัก (2) ถนนในหมู่บ้าน", "ขุดลอกคลอง"}));
  // Ordinals name their points: "ด้านที่ 1".
  EXPECT_EQ(ItemsOf("แผนพัฒนามีประเด็นสำคัญ 2 ด้าน ได้แก่ ด้านที่ 1 การพัฒนาแหล่งน้ำ "
                    "ด้านที่ 2 การส่งเสริมอาชีพ"),
            (Items{"การพัฒนาแหล่งน้ำ", "การส่งเสริมอาชีพ"}));
  // A "1." of the same form starts another list: the first has ended.
  const std::vector<IssueList> lists =
      Lists("ข้อสั่งการ ได้แก่ 1. ตรวจสอบฝาย 2. ซ่อมถนน ส่วนกิจกรรม ได้แก่ 1. ปลูกป่า 2. ทำบุญ");
  ASSERT_EQ(lists.size(), 1u);
  ASSERT_EQ(lists[0].items.size(), 2u);
  EXPECT_EQ(lists[0].items[1].text, "ซ่อมถนน");
}

TEST(IssueListTest, TheLastItemOnALineEndsWhereTheSentenceGoesOn) {
  // A new sentence.
  EXPECT_EQ(ItemsOf("ข้อเสนอ 2 ข้อ คือ 1) เพิ่มงบประมาณซ่อมถนน 2) ขยายเขตไฟฟ้า "
                    "ทั้งนี้ อำเภอจะนำเสนอจังหวัดต่อไป"),
            (Items{"เพิ่มงบประมาณซ่อมถนน", "ขยายเขตไฟฟ้า"}));
  // A quotation that the item did not open closes with the sentence.
  EXPECT_EQ(ItemsOf("\"ปัญหาของเรามี 2 ข้อ คือ 1. ขาดน้ำ 2. ขาดตลาด\" นายสมชาย กล่าว"),
            (Items{"ขาดน้ำ", "ขาดตลาด"}));
  // Inside a quotation the item goes on.
  EXPECT_EQ(ItemsOf("ประเด็นสำคัญ 2 ข้อ คือ 1. การบริการ 2. \"ให้บริการประชาชน "
                    "ซึ่งเป็นหัวใจของงาน\"\nจบการประชุม"),
            (Items{"การบริการ", "\"ให้บริการประชาชน ซึ่งเป็นหัวใจของงาน\""}));
}

TEST(IssueListTest, RunOnProseEndsAtANewClause) {
  // "เพื่อ…" goes on with its item; "ตนจึง…" starts a new clause.
  EXPECT_EQ(ItemsOf("ข้อห่วงใยของชาวบ้าน คือ ความต้องการน้ำดื่มที่สะอาด "
                    "การซ่อมแซมบ้านเรือน เพื่อให้กลับมาอยู่อาศัยได้ ตนจึงได้สั่งการให้อำเภอเร่งดำเนินการ"),
            (Items{"ความต้องการน้ำดื่มที่สะอาด",
                   "การซ่อมแซมบ้านเรือน เพื่อให้กลับมาอยู่อาศัยได้"}));
  // After "และ", a request is a new clause, not an item.
  EXPECT_EQ(ItemsOf("ปัญหาฝุ่นละอองมาจากหลายแหล่ง ได้แก่ การเผาขยะ การเผาตอซัง หรือเศษพืช "
                    "และขอให้ประชาชนงดการเผาในที่โล่ง"),
            (Items{"การเผาขยะ", "การเผาตอซัง หรือเศษพืช"}));
  // A phrase after "และ" is the last item.
  EXPECT_EQ(ItemsOf("ข้อเรียกร้อง 2 ข้อ คือ ขอให้แก้ไขระเบียบกองทุน และติดตามความคืบหน้าของคดี "
                    "โดยมีผู้แทนรับเรื่องไว้"),
            (Items{"ขอให้แก้ไขระเบียบกองทุน", "ติดตามความคืบหน้าของคดี"}));
  // Items that begin with the same word as the first, inside quotes unsplit.
  EXPECT_EQ(ItemsOf("หัวข้อเสวนา อาทิ เรื่อง \"น้ำ ดิน และป่า\" เรื่อง \"เกษตรยุคใหม่\" เป็นต้น"),
            (Items{"เรื่อง \"น้ำ ดิน และป่า\"", "เรื่อง \"เกษตรยุคใหม่\""}));
}

TEST(IssueListTest, CommasSetProseItemsApart) {
  // Each comma, and the "และ" after the last, starts an item; a space or an
  // "และ" before the last comma stays inside its item.
  EXPECT_EQ(ItemsOf("อสม. ต้องมีความรู้ใน 4 เรื่อง คือ การเฝ้าระวังโรค, การดูแลผู้สูงอายุ ผู้พิการ "
                    "และผู้ป่วยติดเตียง, สมุนไพรไทย และการใช้เทคโนโลยีสื่อสาร"),
            (Items{"การเฝ้าระวังโรค", "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง", "สมุนไพรไทย",
                   "การใช้เทคโนโลยีสื่อสาร"}));
}

TEST(IssueListTest, ListsOfQuantitiesAndTableHeadingsAreNotIssues) {
  const char* texts[] = {
      "เพื่อบรรเทาความเดือดร้อนของประชาชน ได้แก่\n- น้ำดื่ม จำนวน 500 ขวด\n"
      "- เสื้อกันหนาว จำนวน 200 ตัว\n- อาหารกระป๋อง 300 กล่อง",
      "ประเด็นที่หารือ ดังนี้\nประเด็น\nสาระสำคัญ\nผู้รับผิดชอบ",
  };
  for (const char* text : texts) EXPECT_TRUE(Lists(text).empty()) << text;
}

TEST(IssueListTest, ADeclaredCountReadsShortPhrasesAndBoundsTheItems) {
  // Short phrases without heads, as many as declared, the last after "และ".
  EXPECT_EQ(ItemsOf("แผนพัฒนาตำบลครอบคลุม 4 มิติ คือ สุขภาพ รายได้ ที่อยู่อาศัย "
                    "และการศึกษา เพื่อให้ประชาชนมีคุณภาพชีวิตที่ดี"),
            (Items{"สุขภาพ", "รายได้", "ที่อยู่อาศัย", "การศึกษา"}));
  // A count that does not match the phrases reads nothing by the count.
  EXPECT_TRUE(Lists("แผนพัฒนาตำบลครอบคลุม 4 มิติ คือ สุขภาพ รายได้ และการศึกษา").empty());
  // Numbers past the declared count belong to no item of this list.
  const std::vector<IssueList> lists =
      Lists("ขอให้เน้น 2 ประเด็น คือ 1. ความปลอดภัย 2. ความสะอาด 3. ที่จอดรถเพียงพอ");
  ASSERT_EQ(lists.size(), 1u);
  ASSERT_EQ(lists[0].items.size(), 2u);
}

TEST(IssueListTest, ANumberedItemMayGoOnForAParagraph) {
  EXPECT_EQ(ItemsOf("รัฐมนตรีได้มีข้อสั่งการ ดังนี้\n1. ให้เร่งซ่อมแซมถนนที่เสียหาย\n"
                    "เนื่องจากเป็นเส้นทางหลักของประชาชนในพื้นที่\n2. ให้รายงานผลทุกสัปดาห์"),
            (Items{"ให้เร่งซ่อมแซมถนนที่เสียหาย", "ให้รายงานผลทุกสัปดาห์"}));
  // Bulleted sub-items go on with their numbered item.
  EXPECT_EQ(ItemsOf("ธนาคารออก 2 มาตรการ ดังนี้\n1. มาตรการพักชำระหนี้\n• ลูกค้ารายย่อย พักได้ 6 เดือน\n"
                    "• ลูกค้าธุรกิจ พักได้ 12 เดือน\n2. มาตรการลดดอกเบี้ย"),
            (Items{"มาตรการพักชำระหนี้", "มาตรการลดดอกเบี้ย"}));
  // A line between that starts a list of its own ends the list (here
  // after one item, so there is none).
  EXPECT_TRUE(Lists("ข้อสั่งการ ดังนี้\n1. ให้ซ่อมถนน\nส่วนกิจกรรม ได้แก่ 1. ปลูกป่า 2. ทำบุญ\n"
                    "2. ให้ขุดลอกคลอง")
                  .empty());
}

TEST(IssueListTest, TheNextNumberMayBeGluedToTheWordBefore) {
  EXPECT_EQ(ItemsOf("ที่ประชุมมีมติเห็นชอบ ดังนี้ 1) การแต่งตั้งคณะทำงานระดับอำเภอ2) การจัดทำแผนงบประมาณ"),
            (Items{"การแต่งตั้งคณะทำงานระดับอำเภอ", "การจัดทำแผนงบประมาณ"}));
}

TEST(IssueListTest, WhatStandsBetweenTheTopicAndTheIntro) {
  // The offices a directive goes to do not make it a list of offices.
  EXPECT_EQ(ItemsOf("ผู้ว่าราชการจังหวัดสั่งการให้หน่วยงานที่เกี่ยวข้องดำเนินการ ดังนี้ "
                    "1) ขุดลอกคลอง 2) ซ่อมประตูระบายน้ำ"),
            (Items{"ขุดลอกคลอง", "ซ่อมประตูระบายน้ำ"}));
  // A number in a name counts nothing.
  EXPECT_EQ(ItemsOf("รัฐบาลมีนโยบาย Thailand 4.0 ได้แก่ 1. การพัฒนาคน 2. การพัฒนาเทคโนโลยี"),
            (Items{"การพัฒนาคน", "การพัฒนาเทคโนโลยี"}));
  // A topic announces the first list after it, not a later one.
  EXPECT_TRUE(Lists("การประชุมมีหัวข้อหลัก คือ ความยั่งยืน ซึ่งมีเป้าหมายหลัก คือ "
                    "การลดความยากจน การเพิ่มรายได้")
                  .empty());
  // Examples set apart on the lines below are announced like any list.
  EXPECT_EQ(ItemsOf("จังหวัดได้กำหนดแนวทางการพัฒนาเศรษฐกิจในด้านต่าง ๆ อาทิ\n"
                    "- ด้านการเกษตร\n- ด้านการท่องเที่ยว"),
            (Items{"ด้านการเกษตร", "ด้านการท่องเที่ยว"}));
}

TEST(IssueListTest, JunkNeverCrashes) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk += "ปัญหา อาทิ 1. 2) (3 - • เป็นต้น :";
  EXPECT_NO_FATAL_FAILURE(Lists(junk));
  std::string lines;
  for (int i = 0; i < 5000; ++i) lines += "ข้อเสนอ ดังนี้\n1.\n- \n2. ก\n";
  EXPECT_NO_FATAL_FAILURE(Lists(lines));
  EXPECT_TRUE(Lists("no Thai here: 1. one 2. two").empty());
}

}  // namespace
}  // namespace thainews
