#include "text/thai_calendar.h"

#include <re2/re2.h>

namespace thainews {

// "กรกฏาคม" (ฏ for ฎ) is the one misspelling releases make often enough to
// matter.
const ThaiMonth kThaiMonths[12] = {
    {1, "มกราคม", "ม.ค."},
    {2, "กุมภาพันธ์", "ก.พ."},
    {3, "มีนาคม", "มี.ค."},
    {4, "เมษายน", "เม.ย."},
    {5, "พฤษภาคม", "พ.ค."},
    {6, "มิถุนายน", "มิ.ย."},
    {7, "กรกฎาคม", "ก.ค.", "กรกฏาคม"},
    {8, "สิงหาคม", "ส.ค."},
    {9, "กันยายน", "ก.ย."},
    {10, "ตุลาคม", "ต.ค."},
    {11, "พฤศจิกายน", "พ.ย."},
    {12, "ธันวาคม", "ธ.ค."},
};

const ThaiWeekday kThaiWeekdays[8] = {
    {0, "อาทิตย์"}, {1, "จันทร์"}, {2, "อังคาร"}, {3, "พุธ"},
    {4, "พฤหัสบดี"}, {4, "พฤหัส"}, {5, "ศุกร์"}, {6, "เสาร์"},
};

namespace {

// "ม.ค." -> "ม(?:\\. ?)?ค\\.?": news drops dots ("มค.", "ม.ค 65") and
// puts spaces after them ("ม. ค."), so every dot is optional.
std::string AbbrevPattern(const std::string& abbrev) {
  std::string out;
  size_t piece_start = 0;
  while (true) {
    const size_t dot = abbrev.find('.', piece_start);
    out += abbrev.substr(piece_start, dot == std::string::npos ? std::string::npos : dot - piece_start);
    if (dot == std::string::npos) break;
    piece_start = dot + 1;
    out += piece_start < abbrev.size() ? "(?:\\. ?)?" : "\\.?";
    if (piece_start >= abbrev.size()) break;
  }
  return out;
}

// The spelling without its dots and spaces: the key under which every
// written form of one abbreviation is the same.
std::string WithoutDotsAndSpaces(std::string_view spelling) {
  std::string out;
  for (char c : spelling) {
    if (c != '.' && c != ' ') out += c;
  }
  return out;
}

}  // namespace

int MonthNumber(std::string_view spelling) {
  const std::string key = WithoutDotsAndSpaces(spelling);
  for (const ThaiMonth& m : kThaiMonths) {
    if (key == m.full || key == WithoutDotsAndSpaces(m.abbrev) ||
        (m.misspelling != nullptr && key == m.misspelling)) {
      return m.number;
    }
  }
  return 0;
}

bool IsMonthAbbreviation(std::string_view spelling) {
  const std::string key = WithoutDotsAndSpaces(spelling);
  for (const ThaiMonth& m : kThaiMonths) {
    if (key == WithoutDotsAndSpaces(m.abbrev)) return true;
  }
  return false;
}

int WeekdayNumber(std::string_view spelling) {
  for (const ThaiWeekday& w : kThaiWeekdays) {
    if (spelling == w.name) return w.number;
  }
  return -1;
}

std::string MonthPattern() {
  std::string out;
  for (const ThaiMonth& m : kThaiMonths) {
    if (!out.empty()) out += "|";
    out += RE2::QuoteMeta(m.full);
    if (m.misspelling != nullptr) out += "|" + RE2::QuoteMeta(m.misspelling);
    out += "|" + AbbrevPattern(m.abbrev);
  }
  return out;
}

std::string WeekdayPattern() {
  std::string out;
  for (const ThaiWeekday& w : kThaiWeekdays) {
    if (!out.empty()) out += "|";
    out += w.name;
  }
  return out;
}

}  // namespace thainews
