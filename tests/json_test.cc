// The thainews/1 JSON form: every list present, code-point offsets, escaping.

#include "thainews/json.h"

#include <gtest/gtest.h>

#include <string>

namespace thainews {
namespace {

// "ก" is 3 bytes and one code point; offsets in JSON count code points.
Article SampleArticle() {
  Article a;
  a.text = "ข่าว \"ลพบุรี\"\nวันที่ 28 มิ.ย. 65 นายก ข ผู้ว่า จำนวน 177 คน";
  a.headline = "ข่าว \"ลพบุรี\"";
  const auto span_of = [&](const std::string& piece) {
    const size_t at = a.text.find(piece);
    return Span{at, at + piece.size()};
  };
  Date d;
  d.text = "28 มิ.ย. 65";
  d.span = span_of(d.text);
  d.kind = Date::Kind::kDate;
  d.value = "2022-06-28";
  d.time = "10:00";
  a.dates.push_back(d);
  Province p;
  p.name = "ลพบุรี";
  p.code = "TH-16";
  p.name_en = "Lop Buri";
  p.mentions = {span_of("ลพบุรี")};
  a.provinces.push_back(p);
  Attendance n;
  n.text = "จำนวน 177 คน";
  n.span = span_of(n.text);
  n.count = 177;
  n.unit = "คน";
  a.attendance.push_back(n);
  IssueList list;
  list.text = "ผู้ว่า";
  list.span = span_of(list.text);
  list.items.push_back({"ผู้ว่า", span_of("ผู้ว่า")});
  a.issues.push_back(list);
  return a;
}

TEST(JsonTest, CompactFormHasEveryListAndCodePointOffsets) {
  const std::string json = ToJson(SampleArticle());
  EXPECT_EQ(
      json,
      R"({"schema":"thainews/1","headline":"ข่าว \"ลพบุรี\"",)"
      R"("dates":[{"text":"28 มิ.ย. 65","start":21,"end":32,"kind":"date","value":"2022-06-28",)"
      R"("era":"BE","weekday":null,"time":"10:00","year_inferred":false,"weekday_mismatch":false}],)"
      R"("officials":[],)"
      R"("provinces":[{"name":"ลพบุรี","code":"TH-16","name_en":"Lop Buri","mentions":[[6,12]]}],)"
      R"("districts":[],"subdistricts":[],)"
      R"("attendance":[{"text":"จำนวน 177 คน","start":47,"end":59,"count":177,"unit":"คน",)"
      R"("approximate":false,"role":null}],)"
      R"("issues":[{"text":"ผู้ว่า","start":40,"end":46,"declared_count":null,"items":["ผู้ว่า"],)"
      R"("item_spans":[[40,46]]}],"event":null})");
}

TEST(JsonTest, EventHasEverySlotWithCodePointOffsets) {
  Article a = SampleArticle();
  Event e;
  e.date = a.dates[0];
  e.time = "10:00";
  Venue v;
  v.text = "ผู้ว่า";
  v.span = a.issues[0].span;
  e.venue = v;
  e.province = "ลพบุรี";
  e.attendance = 177;
  a.event = e;
  const std::string json = ToJson(a);
  EXPECT_NE(json.find(R"("event":{"date":{"text":"28 มิ.ย. 65","start":21,"end":32,)"
                      R"("value":"2022-06-28"},"time":"10:00",)"
                      R"("venue":{"text":"ผู้ว่า","start":40,"end":46},"district":null,)"
                      R"("province":"ลพบุรี","chair":null,"attendance":177}})"),
            std::string::npos)
      << json;
}

TEST(JsonTest, SourceAndIndentation) {
  JsonOptions options;
  options.indent = 2;
  options.source = "dir/a.txt";
  options.include_subdistricts = false;
  const std::string json = ToJson(SampleArticle(), options);
  EXPECT_EQ(json.rfind("{\n  \"schema\": \"thainews/1\",\n  \"source\": \"dir/a.txt\",\n", 0), 0u);
  EXPECT_NE(json.find("\"mentions\": [[6, 12]]"), std::string::npos) << json;
  EXPECT_EQ(json.find("subdistricts"), std::string::npos);
  EXPECT_NE(json.find("\"officials\": [],"), std::string::npos);
}

TEST(JsonTest, ControlCharactersAreEscaped) {
  Article a;
  a.text = "x";
  a.headline = std::string("a\tb\\c\x01", 6);
  EXPECT_NE(ToJson(a).find(R"("headline":"a\tb\\c\u0001")"), std::string::npos);
}

}  // namespace
}  // namespace thainews
