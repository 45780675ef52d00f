#include "extract/counts.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <utility>

#include "text/text_scan.h"

namespace thainews {
namespace {

// How far around a count its cues are looked for, in bytes of normalized
// text (a Thai character is three). A sentence before it that names who was
// there can be long ("…ผู้นำชุมชน อาสาสมัครสาธารณสุข และเจ้าหน้าที่ที่เกี่ยวข้อง
// จำนวน 85 คน"); the verb after it comes at once ("… คน ร่วมพิธี").
constexpr size_t kLeftWindow = 600;
constexpr size_t kRightWindow = 150;
// A verb of taking part must start this close after the unit.
constexpr size_t kRightNear = 45;
// A statistic cue this far before a count rules it out.
constexpr size_t kStatisticWindow = 240;
// People served or given something in person at one event are fewer than
// this; larger counts after such cues are a programme's figures.
constexpr int64_t kMostServedInPerson = 10000;
// A verb of handing over this close before "แก่"/"ให้แก่" makes the people
// after it recipients at the event: "มอบของขวัญแก่ผู้สูงอายุ".
constexpr size_t kHandedGap = 120;
// ... and a count this close after the verb, in its clause, counts them
// (with at most one other number between, such as their age: "ที่มีอายุ
// 100 ปีขึ้นไป จำนวน 2 ราย").
constexpr size_t kHandedReach = 360;
// Counts of one unit this close together on a line are read as one list.
constexpr size_t kListGap = 120;

// Words written before the number: the leads that say "a number of",
// "in all", and the qualifiers that make it approximate (the longest that
// fits is taken, so "มากกว่า" is not read as "กว่า").
struct LeadWord {
  std::string_view text;
  bool approximate;
};
constexpr LeadWord kLeadWords[] = {
    {"จำนวน", false},       {"จำนวนทั้งสิ้น", false}, {"เป็นจำนวน", false},
    {"รวม", false},         {"รวมทั้งสิ้น", false},   {"รวมทั้งหมด", false},
    {"รวมจำนวน", false},    {"รวมเป็น", false},       {"ทั้งสิ้น", false},
    {"ทั้งหมด", false},      {"ทั้ง", false},          {"กว่า", true},
    {"มากกว่า", true},       {"เกินกว่า", true},       {"ไม่น้อยกว่า", true},
    {"ไม่ต่ำกว่า", true},     {"ประมาณ", true},        {"โดยประมาณ", true},
    {"ราว", true},          {"ราวๆ", true},          {"ราว ๆ", true},
    {"เกือบ", true},
};
// "ร่วม" before a number means "nearly", but it is also the verb "take part"
// ("ประชาชนเข้าร่วม 500 คน"), so it counts only as a word of its own, after
// a space or at the start of a line.
constexpr std::string_view kNearly = "ร่วม";

// Words after the unit that make the count approximate: "300 คนเศษ".
constexpr std::string_view kTrailingApproximate[] = {"โดยประมาณ", "เศษ"};

// Units that are also the first word of a title or a name ("นายอำเภอ",
// "ท่านผู้ว่า"): written straight before more Thai letters they are a unit
// only when a verb of taking part follows.
bool IsTitleLikeUnit(std::string_view unit) { return unit == "นาย" || unit == "ท่าน"; }

int64_t Multiplier(std::string_view word) {
  if (word == "พัน") return 1000;
  if (word == "หมื่น") return 10000;
  if (word == "แสน") return 100000;
  if (word == "ล้าน") return 1000000;
  return 1;
}

// "1,250" -> 1250, "1.5" with "หมื่น" -> 15000. False for a number that is
// not a whole count of people ("2.5 คน") or too long to be one. (Parsed by
// hand: std::stod would read the decimal point of the C locale.)
bool ParseCount(std::string_view digits, std::string_view multiplier_word, int64_t* value) {
  const int64_t multiplier = Multiplier(multiplier_word);
  int64_t whole = 0;
  int whole_digits = 0;
  int64_t fraction = 0;  // in thousandths
  int64_t fraction_scale = 1000;
  bool after_point = false;
  for (char c : digits) {
    if (c == ',') continue;
    if (c == '.') {
      after_point = true;
      continue;
    }
    if (!after_point) {
      if (++whole_digits > 12) return false;
      whole = whole * 10 + (c - '0');
    } else if (fraction_scale > 1) {
      fraction_scale /= 10;
      fraction += (c - '0') * fraction_scale;
    }
  }
  if (after_point && multiplier == 1) return false;
  *value = whole * multiplier + fraction * multiplier / 1000;
  return *value > 0;
}

// The runs of digits in [begin, end).
size_t NumbersBetween(std::string_view text, size_t begin, size_t end) {
  size_t numbers = 0;
  for (size_t p = begin; p < end; ++p) {
    const bool digit = text[p] >= '0' && text[p] <= '9';
    if (digit && (p == begin || !(text[p - 1] >= '0' && text[p - 1] <= '9'))) ++numbers;
  }
  return numbers;
}

// True when a date of the article overlaps original bytes [begin, end).
bool InsideDate(const std::vector<Date>& dates, Span span) {
  for (const Date& d : dates) {
    if (d.span.begin < span.end && span.begin < d.span.end) return true;
  }
  return false;
}

}  // namespace

Result<AttendanceExtractor> AttendanceExtractor::Create(const DataSource& data) {
  static const std::vector<std::string> kKinds = {
      "attendee", "took_part", "joined",    "served", "given",  "handed", "target",
      "event",    "enrolled",  "absent",    "statistic", "rate", "neutral"};
  Result<std::string> content = data.Read("attendance_cues.tsv");
  if (!content.ok()) return content.status();
  Result<CueLexicon> cues = CueLexicon::Create("attendance_cues.tsv", *content, kKinds);
  if (!cues.ok()) return cues.status();
  AttendanceExtractor extractor(std::move(*cues));
  if (!extractor.count_pattern_->ok()) {
    return Status(StatusCode::kInternal,
                  "attendance count pattern: " + extractor.count_pattern_->error());
  }
  return extractor;
}

AttendanceExtractor::AttendanceExtractor(CueLexicon cues) : cues_(std::move(cues)) {
  // A number ("177", "1,250", "1.5" before a multiplier), an optional
  // multiplier word, "กว่า"/"เศษ" between number and unit ("200 กว่าคน"),
  // and a unit for people.
  RE2::Options options;
  options.set_log_errors(false);
  count_pattern_ = std::make_unique<RE2>(
      "([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\\.[0-9]+)?)"
      "(?: ?(พัน|หมื่น|แสน|ล้าน))?"
      "(?: ?(กว่า|เศษ))?"
      " ?(คน|ราย|รูป|ท่าน|นาย)",
      options);
  attendee_ = cues_.KindOf("attendee");
  took_part_ = cues_.KindOf("took_part");
  joined_ = cues_.KindOf("joined");
  served_ = cues_.KindOf("served");
  given_ = cues_.KindOf("given");
  handed_ = cues_.KindOf("handed");
  target_ = cues_.KindOf("target");
  enrolled_ = cues_.KindOf("enrolled");
  statistic_ = cues_.KindOf("statistic");
  event_ = cues_.KindOf("event");
  absent_ = cues_.KindOf("absent");
  rate_ = cues_.KindOf("rate");
}

AttendanceExtractor::AttendanceExtractor(AttendanceExtractor&&) noexcept = default;
AttendanceExtractor::~AttendanceExtractor() = default;

size_t AttendanceExtractor::LeadBegin(const Document& doc, size_t number_begin,
                                      bool* approximate) const {
  const std::string_view text = doc.text();
  size_t begin = number_begin;
  for (int step = 0; step < 3; ++step) {
    size_t pos = begin;
    if (pos > 0 && text[pos - 1] == ' ') --pos;
    const LeadWord* best = nullptr;
    for (const LeadWord& lead : kLeadWords) {
      if (!EndsWithAt(text, pos, lead.text)) continue;
      if (best != nullptr && best->text.size() >= lead.text.size()) continue;
      // The word must not be the tail of a longer one ("งบประมาณ").
      const size_t word_begin = pos - lead.text.size();
      if (ThaiLetterBefore(text, word_begin) && !doc.IsTokenStart(word_begin)) continue;
      best = &lead;
    }
    bool found = best != nullptr;
    if (found) {
      begin = pos - best->text.size();
      *approximate = *approximate || best->approximate;
    }
    if (!found && EndsWithAt(text, pos, kNearly)) {
      const size_t word_begin = pos - kNearly.size();
      if (!ThaiLetterBefore(text, word_begin)) {
        begin = word_begin;
        *approximate = true;
        found = true;
      }
    }
    if (!found) break;
  }
  return begin;
}

std::vector<AttendanceExtractor::Count> AttendanceExtractor::FindCounts(
    const Document& doc, const std::vector<Date>& dates) const {
  return FindCounts(doc, dates, cues_.FindAll(doc.text()));
}

std::vector<AttendanceExtractor::Count> AttendanceExtractor::FindCounts(
    const Document& doc, const std::vector<Date>& dates,
    const std::vector<CueLexicon::Hit>& hits) const {
  std::vector<Count> counts;
  const std::string_view text = doc.text();
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[5];
  size_t pos = 0;
  while (pos < text.size() &&
         count_pattern_->Match(input, pos, text.size(), RE2::UNANCHORED, m, 5)) {
    const size_t number_begin = m[1].data() - text.data();
    const size_t number_end = number_begin + m[1].size();
    const size_t unit_begin = m[4].data() - text.data();
    const size_t unit_end = unit_begin + m[4].size();
    pos = number_end;
    // The number must stand alone: not the tail of "COVID-19", "6/2561",
    // "10.30" or a longer number.
    if (number_begin > 0) {
      const char before = text[number_begin - 1];
      if ((before >= '0' && before <= '9') || std::string_view(",./-:").find(before) !=
                                                   std::string_view::npos ||
          (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z')) {
        continue;
      }
    }
    const std::string_view unit(m[4].data(), m[4].size());
    // The unit must be a word of its own: "ราย" is not "รายการ".
    if (ThaiLetterAt(text, unit_end)) {
      if (!doc.IsTokenEnd(unit_end)) continue;
      if (IsTitleLikeUnit(unit)) {
        const size_t next = FirstHitFrom(hits, unit_end);
        if (next == hits.size() || hits[next].begin != unit_end ||
            hits[next].kind != took_part_) {
          continue;
        }
      }
    }
    Count count;
    count.number_begin = number_begin;
    count.unit_begin = unit_begin;
    count.unit_end = unit_end;
    count.end = unit_end;
    count.unit = std::string(unit);
    if (!ParseCount(std::string_view(m[1].data(), m[1].size()),
                    std::string_view(m[2].data() ? m[2].data() : "", m[2].size()), &count.value)) {
      continue;
    }
    if (InsideDate(dates, doc.ToOriginal(number_begin, number_end))) continue;
    count.approximate = m[3].data() != nullptr;
    for (std::string_view word : kTrailingApproximate) {
      const size_t at = unit_end + (StartsWithAt(text, unit_end, " ") ? 1 : 0);
      if (StartsWithAt(text, at, word)) {
        count.approximate = true;
        count.end = at + word.size();
        break;
      }
    }
    count.begin = LeadBegin(doc, number_begin, &count.approximate);
    counts.push_back(std::move(count));
    pos = counts.back().end;
  }
  return counts;
}

bool AttendanceExtractor::OnlyFillersBetween(std::string_view text, size_t from,
                                             size_t to) const {
  // Words that may stand between a count and its verb: "… 300 คน ที่ได้
  // เดินทางมาร่วมพิธี", "… 50 คน ซึ่งเข้าร่วม…".
  static constexpr std::string_view kFillers[] = {"ซึ่ง", "ที่", "ได้", "มา", "เดินทาง", "ฯ",
                                                  "ก็", "ต่าง", "พร้อมใจกัน", "พร้อมกัน"};
  size_t pos = from;
  while (pos < to) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    bool filler = false;
    for (std::string_view word : kFillers) {
      if (pos + word.size() <= to && StartsWithAt(text, pos, word)) {
        pos += word.size();
        filler = true;
        break;
      }
    }
    if (!filler) return false;
  }
  return true;
}

bool AttendanceExtractor::TookPart(const Document& doc, const std::vector<Count>& counts,
                                   size_t first, size_t last, size_t left_limit,
                                   size_t right_limit,
                                   const std::vector<CueLexicon::Hit>& hits) const {
  const std::string_view text = doc.text();
  const auto event_near = [&] {
    const HitRange around = HitsWithin(hits, left_limit, right_limit);
    for (size_t e = around.first; e < around.last; ++e) {
      if (hits[e].kind == event_) return true;
    }
    return false;
  };
  // A verb of handing over shortly before hit `g`, in its clause.
  const auto handed_before = [&](size_t g) {
    const size_t from = hits[g].begin > kHandedGap ? hits[g].begin - kHandedGap : 0;
    const HitRange near = HitsWithin(hits, std::max(from, left_limit), hits[g].begin);
    for (size_t e = near.first; e < near.last; ++e) {
      if (hits[e].kind == handed_) return true;
    }
    return false;
  };
  bool absent = false;
  // After each count of the list: a verb of taking part that follows it at
  // once decides; a cue that the people were not there, right after the
  // last count ("3 คน ถูกคนร้าย…") or between two counts, is held against the
  // list; a rate ("คนละ", "ต่อปี") rules it out.
  for (size_t i = first; i < last; ++i) {
    const size_t from = counts[i].end;
    const bool last_count = i + 1 == last;
    const size_t to = last_count ? right_limit : counts[i + 1].begin;
    for (size_t h = FirstHitFrom(hits, from); h < hits.size() && hits[h].end <= to; ++h) {
      const CueLexicon::Hit& hit = hits[h];
      const bool at_once =
          hit.begin - from <= kRightNear && OnlyFillersBetween(text, from, hit.begin);
      if (hit.kind == rate_) {
        if (at_once && hit.begin - from <= 1) return false;
        continue;
      }
      const bool verb = hit.kind == took_part_ || hit.kind == joined_ || hit.kind == enrolled_;
      if (verb && at_once) return true;
      if (hit.kind == absent_ && (at_once || !last_count)) absent = true;
      if (verb || hit.kind == absent_) break;
    }
  }
  if (absent) return false;
  const size_t list_begin = counts[first].begin;
  // A clause about the present state, a period or the future ("ปัจจุบันมี",
  // "สะสม", "คาดว่าจะมี") counts people who were not at this event.
  const size_t statistic_from = std::max(
      left_limit, list_begin > kStatisticWindow ? list_begin - kStatisticWindow : size_t{0});
  const HitRange clause = HitsWithin(hits, statistic_from, list_begin);
  for (size_t h = clause.first; h < clause.last; ++h) {
    if (hits[h].kind == statistic_) return false;
  }
  // Before the list: the nearest cue says who the people are.
  const HitRange before = HitsWithin(hits, left_limit, list_begin);
  for (size_t h = before.last; h > before.first; --h) {
    const int kind = hits[h - 1].kind;
    const bool many = counts[first].value >= kMostServedInPerson;
    if (kind == attendee_ || kind == took_part_) return true;
    if (kind == served_) return !many;
    if (kind == absent_) return false;
    // "ผู้เข้าร่วมโครงการ 50 คน" at a training are its participants;
    // "เกษตรกรเข้าร่วมโครงการ 150,000 ราย" are a programme's figures.
    if (kind == enrolled_) return !many;
    // The target group of a meeting or a training is who attended it, and
    // people given something at a ceremony were there; the target group of
    // a programme, or people given loans, were not an audience.
    if (kind == target_) return event_near();
    // Someone handing things over in person ("มอบของขวัญแก่ผู้สูงอายุ … 2 ราย",
    // "มอบเงินเยียวยา 7 ราย") hands them to people who are there.
    if (kind == handed_) {
      return !many && list_begin - hits[h - 1].end <= kHandedReach &&
             NumbersBetween(text, hits[h - 1].end, list_begin) <= 1;
    }
    if (kind == given_) return !many && (event_near() || handed_before(h - 1));
  }
  return false;
}

void AttendanceExtractor::Extract(const Document& doc, Article* article) const {
  const std::string_view text = doc.text();
  const std::vector<CueLexicon::Hit> hits = cues_.FindAll(text);
  const std::vector<Count> counts = FindCounts(doc, article->dates, hits);

  // Group the counts into lists: one unit, close together on one line, with
  // no other number between them.
  std::vector<std::pair<size_t, size_t>> lists;
  for (size_t i = 0; i < counts.size(); ++i) {
    if (!lists.empty()) {
      const Count& prev = counts[lists.back().second - 1];
      const Count& cur = counts[i];
      const std::string_view gap =
          cur.begin >= prev.end ? text.substr(prev.end, cur.begin - prev.end) : "\n";
      if (cur.unit == prev.unit && gap.size() <= kListGap &&
          gap.find_first_of("\n0123456789") == std::string_view::npos) {
        lists.back().second = i + 1;
        continue;
      }
    }
    lists.emplace_back(i, i + 1);
  }

  std::set<std::pair<int64_t, std::string>> reported;
  for (size_t l = 0; l < lists.size(); ++l) {
    const auto [first, last] = lists[l];
    const size_t begin = counts[first].begin;
    const size_t end = counts[last - 1].end;
    const size_t floor = std::max(l > 0 ? counts[lists[l - 1].second - 1].end : size_t{0},
                                  begin > kLeftWindow ? begin - kLeftWindow : size_t{0});
    const size_t ceiling = std::min(l + 1 < lists.size() ? counts[lists[l + 1].first].begin
                                                         : text.size(),
                                    end + kRightWindow);
    const size_t left_limit = LineBeginAfter(text, begin, floor);
    const size_t right_limit = LineEndBefore(text, end, ceiling);
    if (!TookPart(doc, counts, first, last, left_limit, right_limit, hits)) continue;

    // A total: a count equal to the sum of two or more counts right after
    // it ("รวม 70 รูป แบ่งเป็น …") or right before it ("… 34 ราย … 37 ราย
    // รวม 71 ราย"). An approximate total may be a little under the sum.
    size_t total = last, parts_first = last, parts_last = last;
    const auto sums_to = [&](size_t t, int64_t sum) {
      const int64_t value = counts[t].value;
      return sum == value || (counts[t].approximate && sum > value && sum < value + value / 2);
    };
    for (size_t t = first; t < last && total == last; ++t) {
      int64_t sum = 0;
      for (size_t j = t + 1; j < last; ++j) {
        sum += counts[j].value;
        if (j >= t + 2 && sums_to(t, sum)) {
          total = t, parts_first = t + 1, parts_last = j + 1;
          break;
        }
      }
      if (total != last) break;
      sum = 0;
      for (size_t j = t; j > first; --j) {
        sum += counts[j - 1].value;
        if (j - 1 + 2 <= t && sums_to(t, sum)) {
          total = t, parts_first = j - 1, parts_last = t;
          break;
        }
      }
    }

    for (size_t i = first; i < last; ++i) {
      const Count& c = counts[i];
      Attendance a;
      a.span = doc.ToOriginal(c.begin, c.end);
      a.text = doc.OriginalText(a.span);
      a.count = c.value;
      a.unit = c.unit;
      a.approximate = c.approximate;
      a.is_total = i == total;
      a.is_part = i >= parts_first && i < parts_last;
      // The same number of the same people, said again (in the headline and
      // the body), is one count.
      if (!a.is_part && !reported.insert({a.count, a.unit}).second) continue;
      article->attendance.push_back(std::move(a));
    }
  }
}

}  // namespace thainews
