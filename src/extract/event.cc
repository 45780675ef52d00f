#include "extract/event.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include <re2/re2.h>

namespace thainews {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// A royal presided: no official did.
constexpr size_t kRoyal = static_cast<size_t>(-2);
// How many paragraphs after the headline may hold the lead.
constexpr size_t kLeadParagraphs = 5;
// How far after an official's words a report cue is looked for.
constexpr size_t kMaxReportLook = 600;
// How many bytes from the headline on may hold the lead.
constexpr size_t kMaxWindow = 64 * 1024;
// The longest venue read, in bytes (about 130 Thai letters).
constexpr size_t kMaxVenue = 400;
// How far after the venue its address may run.
constexpr size_t kMaxAddress = 250;
// The most bytes between a cue and the digits of its date ("เมื่อวันศุกร์ที่ ").
constexpr size_t kMaxDateGap = 40;

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

// A mention of something another extractor found, in normalized offsets.
struct Found {
  size_t begin = 0;
  size_t end = 0;
  size_t index = 0;  // into the article's list
};

// The normalized offset of original byte `original`: the first normalized
// position that maps at or after it.
size_t ToNormalized(const Document& doc, size_t original) {
  size_t lo = 0, hi = doc.text().size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (doc.ToOriginal(mid, mid).begin < original) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

std::vector<Found> Normalized(const Document& doc, const std::vector<Span>& spans,
                              size_t index) {
  std::vector<Found> out;
  for (const Span& s : spans) {
    out.push_back({ToNormalized(doc, s.begin), ToNormalized(doc, s.end), index});
  }
  return out;
}

void SortByBegin(std::vector<Found>* found) {
  std::sort(found->begin(), found->end(),
            [](const Found& a, const Found& b) { return a.begin < b.begin; });
}

// The non-empty lines of `text`, trimmed, in order.
std::vector<Range> Paragraphs(std::string_view text) {
  std::vector<Range> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    size_t b = pos, e = end;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    if (b < e) out.push_back({b, e});
    pos = end + 1;
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when the character at `pos` is a Thai vowel or tone mark written
// above or below the letter before it: no word ends before one.
bool IsCombiningMark(std::string_view text, size_t pos) {
  if (pos + 3 > text.size() || static_cast<unsigned char>(text[pos]) != 0xE0) return false;
  const unsigned char b1 = static_cast<unsigned char>(text[pos + 1]);
  const unsigned char b2 = static_cast<unsigned char>(text[pos + 2]);
  if (b1 == 0xB8) return b2 == 0xB1 || (b2 >= 0xB4 && b2 <= 0xBA);  // U+0E31, U+0E34-0E3A
  if (b1 == 0xB9) return b2 >= 0x87 && b2 <= 0x8E;                  // U+0E47-0E4E
  return false;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back
// (H. Hinnant's algorithms).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  CivilDate c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2));
  return c;
}

std::string IsoDay(const CivilDate& c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buffer;
}

}  // namespace

// Everything one Extract() call reads, in normalized offsets.
struct EventExtractor::Reading {
  const EventExtractor& self;
  const Document& doc;
  const Article& article;
  std::string_view text;
  std::vector<CueLexicon::Hit> hits;  // cues at the start of a token
  std::vector<Found> officials, provinces, districts, dates;

  Reading(const EventExtractor& self, const Document& doc, const Article& article)
      : self(self), doc(doc), article(article), text(doc.text()) {}

  bool SpaceBefore(size_t pos) const { return pos > 0 && text[pos - 1] == ' '; }

  // The hits of `kind` in [range), in order.
  std::vector<CueLexicon::Hit> HitsOf(int kind, Range range) const {
    std::vector<CueLexicon::Hit> out;
    for (size_t i = FirstHitFrom(hits, range.begin); i < hits.size(); ++i) {
      if (hits[i].begin >= range.end) break;
      if (hits[i].kind == kind) out.push_back(hits[i]);
    }
    return out;
  }
  // The hit that starts exactly at `pos`, or nullptr.
  const CueLexicon::Hit* HitAt(size_t pos) const {
    const size_t i = FirstHitFrom(hits, pos);
    return i < hits.size() && hits[i].begin == pos ? &hits[i] : nullptr;
  }
  size_t SkipSpaces(size_t pos, size_t end) const {
    while (pos < end && text[pos] == ' ') ++pos;
    return pos;
  }

  // How the text says date `d` (normalized [begin, end)) of paragraph `p`
  // relates to the event: 1 it is the event's date, -1 it is not, 0 it
  // does not say. `*cue` gets the cue read, if any.
  int DateCue(const Date& d, const Found& f, Range p, const CueLexicon::Hit** cue) const {
    *cue = nullptr;
    size_t digits = f.begin;
    while (digits < f.end && !IsDigit(text[digits])) ++digits;
    // The nearest date cue before the digits, with only a short gap of
    // spaces, brackets and the weekday between.
    const CueLexicon::Hit* best = nullptr;
    for (size_t i = FirstHitFrom(hits, digits > kMaxDateGap + 30 ? digits - kMaxDateGap - 30 : 0);
         i < hits.size() && hits[i].begin < digits; ++i) {
      const CueLexicon::Hit& h = hits[i];
      if (h.begin < p.begin || h.end > digits) continue;
      if (h.kind != self.date_cue_ && h.kind != self.not_date_) continue;
      if (digits - h.end > kMaxDateGap) continue;
      bool clean = true;
      for (size_t k = h.end; k < digits; ++k) {
        if (IsDigit(text[k]) || text[k] == '\n' || text[k] == ',') clean = false;
      }
      if (clean) best = &h;
    }
    if (best != nullptr) {
      *cue = best;
      return best->kind == self.date_cue_ ? 1 : -1;
    }
    if (d.weekday) return 1;
    // A dateline: the date opens its paragraph, or follows a short place
    // prefix that ends in ':' or '-', or a province.
    size_t before = f.begin;
    while (before > p.begin && (text[before - 1] == ' ' || text[before - 1] == '(')) --before;
    if (before == p.begin) return 1;
    if (f.begin - p.begin < 80) {
      const char last = text[before - 1];
      if (last == ':' || last == '-') return 1;
      for (const Found& pr : provinces) {
        if (pr.begin >= p.begin && pr.end == before) return 1;
      }
    }
    return 0;
  }

  bool IsVerb(int kind) const {
    return kind == self.chair_ || kind == self.lead_ || kind == self.visit_ ||
           kind == self.chair_by_ || kind == self.co_chair_;
  }
  bool HasVerb(Range p) const {
    for (size_t i = FirstHitFrom(hits, p.begin); i < hits.size() && hits[i].begin < p.end; ++i) {
      if (IsVerb(hits[i].kind)) return true;
    }
    return false;
  }
  bool HasActivity(Range p) const {
    for (size_t i = FirstHitFrom(hits, p.begin); i < hits.size() && hits[i].begin < p.end; ++i) {
      if (IsVerb(hits[i].kind) || hits[i].kind == self.activity_) return true;
    }
    return false;
  }

  // The venue of paragraph `p`: after ณ, or after ที่ before a place noun.
  // With `marker_only`, only after ณ.
  std::optional<Range> FindVenue(Range p, bool marker_only = false) const {
    for (size_t i = FirstHitFrom(hits, p.begin); i < hits.size() && hits[i].begin < p.end; ++i) {
      const CueLexicon::Hit& h = hits[i];
      if (h.kind != self.marker_ && (h.kind != self.at_ || marker_only)) continue;
      // ณ the preposition stands after a space, not at the end of a word
      // (มหาวชิราลงกรณ).
      if (h.kind == self.marker_ && h.begin > p.begin && !SpaceBefore(h.begin)) continue;
      const size_t start = SkipSpaces(h.end, p.end);
      if (start >= p.end || IsDigit(text[start])) continue;
      const CueLexicon::Hit* next = HitAt(start);
      if (h.kind == self.at_ && (next == nullptr || next->kind != self.place_)) continue;
      // "ณ จังหวัดเพชรบุรี" names a province, not a venue.
      if (next != nullptr && (next->kind == self.not_place_ || next->kind == self.not_date_ ||
                              next->kind == self.date_cue_ || next->kind == self.address_ ||
                              next->kind == self.clause_)) {
        continue;
      }
      const size_t end = VenueEnd(start, p.end);
      if (end > start) return Range{start, end};
    }
    return std::nullopt;
  }

  // Where a venue that starts at `start` ends.
  size_t VenueEnd(size_t start, size_t limit) const {
    size_t end = std::min(limit, start + kMaxVenue);
    for (size_t i = FirstHitFrom(hits, start + 1); i < hits.size() && hits[i].begin < end; ++i) {
      const CueLexicon::Hit& h = hits[i];
      const bool stops = h.kind == self.address_ || h.kind == self.clause_ || h.kind == self.with_ ||
                         h.kind == self.date_cue_ || h.kind == self.not_date_;
      // A verb ends the venue even glued to it ("…ทำเนียบรัฐบาล สำนักโฆษกเปิดเผยว่า").
      const bool verb = IsVerb(h.kind) || h.kind == self.speech_;
      if (verb || (stops && SpaceBefore(h.begin))) {
        end = h.begin;
        break;
      }
    }
    for (const Found& f : dates) {
      if (f.begin > start && f.begin < end) end = f.begin;
    }
    // A person named inside a venue ("ห้องประชุมนายแพทย์…") is glued to it.
    for (const Found& f : officials) {
      if (f.begin > start && f.begin < end && SpaceBefore(f.begin)) end = f.begin;
    }
    for (size_t k = start; k < end; ++k) {
      const char c = text[k];
      if (c == ',' || c == '\n' || c == ';' || c == '"' ||
          (c == '/' && SpaceBefore(k))) {
        end = k;
        break;
      }
    }
    // A venue cut at the length limit ends at its last space.
    if (end == start + kMaxVenue) {
      const size_t space = text.rfind(' ', end);
      if (space != std::string_view::npos && space > start) end = space;
    }
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '(')) --end;
    // Brackets opened in the venue and not closed end it before them.
    size_t open = kNone;
    for (size_t k = start; k < end; ++k) {
      if (text[k] == '(') open = k;
      if (text[k] == ')') open = kNone;
    }
    if (open != kNone) {
      end = open;
      while (end > start && text[end - 1] == ' ') --end;
    }
    return end;
  }

  // Where the address after a venue ends: at the next clause, person or
  // verb.
  size_t AddressEnd(size_t venue_end, size_t limit) const {
    size_t end = std::min(limit, venue_end + kMaxAddress);
    for (size_t i = FirstHitFrom(hits, venue_end); i < hits.size() && hits[i].begin < end; ++i) {
      const CueLexicon::Hit& h = hits[i];
      if (h.kind == self.clause_ || h.kind == self.with_ || IsVerb(h.kind) ||
          h.kind == self.date_cue_) {
        end = h.begin;
        break;
      }
    }
    for (const Found& f : officials) {
      if (f.begin >= venue_end && f.begin < end) end = f.begin;
    }
    return end;
  }

  const Found* FirstIn(const std::vector<Found>& found, Range r) const {
    for (const Found& f : found) {
      if (f.begin >= r.begin && f.end <= r.end) return &f;
    }
    return nullptr;
  }

  // The official just before verb `h` in paragraph `p` (or kNone, or kRoyal
  // when a royal subject stands between them and the verb): the last
  // one named before it, unless that one only handed the task over
  // (ได้รับมอบหมายจาก …) or accompanied an official before them (… พร้อมด้วย …).
  size_t OfficialBefore(const CueLexicon::Hit& h, Range p) const {
    const Found* best = nullptr;
    const Found* previous = nullptr;  // the one before `best`, another person
    for (const Found& f : officials) {
      if (f.begin < p.begin || f.end > h.begin) continue;
      if (best != nullptr && best->index != f.index) previous = best;
      best = &f;
    }
    if (best == nullptr) return kNone;
    if (previous != nullptr) {
      for (const CueLexicon::Hit& d : HitsOf(self.delegator_, {previous->end, best->begin})) {
        if (best->begin - d.end <= 3) best = previous;
      }
    }
    // Accompanied: the first "พร้อมด้วย" after an official, with no other
    // verb between it and `h`.
    for (const CueLexicon::Hit& w : HitsOf(self.with_, {p.begin, h.begin})) {
      const Found* before = nullptr;
      for (const Found& f : officials) {
        if (f.begin >= p.begin && f.end <= w.begin) before = &f;
      }
      if (before == nullptr) continue;
      bool verb_between = false;
      for (size_t i = FirstHitFrom(hits, w.end); i < hits.size() && hits[i].begin < best->begin;
           ++i) {
        if (IsVerb(hits[i].kind)) verb_between = true;
      }
      if (!verb_between) best = before;
      break;
    }
    for (size_t i = FirstHitFrom(hits, best->end); i < hits.size() && hits[i].begin < h.begin;
         ++i) {
      if (hits[i].kind == self.royal_) return kRoyal;
    }
    return best->index;
  }
  size_t OfficialAfter(const CueLexicon::Hit& h, Range p) const {
    // "โดยการนำของตน": the speaker, the first official of the paragraph.
    if (text.substr(SkipSpaces(h.end, p.end), 6) == "ตน") {
      const Found* first = FirstIn(officials, {p.begin, h.begin});
      return first != nullptr ? first->index : kNone;
    }
    for (const Found& f : officials) {
      if (f.begin >= h.end && f.begin <= h.end + 30 && f.end <= p.end) return f.index;
    }
    return kNone;
  }

  // The first official of `p` and the kind of the first verb or activity
  // after them: speech_ ("นายก… เปิดเผยว่า"), a verb or activity_ (they
  // act), or -1 when none follows.
  int FirstOfficialDoes(Range p, const Found** first) const {
    *first = FirstIn(officials, p);
    if (*first == nullptr) return -1;
    for (size_t i = FirstHitFrom(hits, (*first)->end); i < hits.size() && hits[i].begin < p.end;
         ++i) {
      const int kind = hits[i].kind;
      if (kind == self.speech_ || IsVerb(kind) || kind == self.activity_) return kind;
    }
    return -1;
  }

  // True when the first official of `p` speaks, and what they say reports
  // results, figures or background (a report cue comes before any verb,
  // activity or venue): a release about statistics or plans, no event.
  bool ReportsResults(Range p) const {
    const Found* first = nullptr;
    if (FirstOfficialDoes(p, &first) != self.speech_) return false;
    const std::vector<CueLexicon::Hit> said = HitsOf(self.speech_, {first->end, p.end});
    const size_t from = said.front().end;
    const size_t to = std::min(p.end, from + kMaxReportLook);
    for (size_t i = FirstHitFrom(hits, from); i < hits.size() && hits[i].begin < to; ++i) {
      const int kind = hits[i].kind;
      if (kind == self.report_) return true;
      if (IsVerb(kind) || kind == self.activity_ || kind == self.marker_) return false;
    }
    return false;
  }

  // The chair named in paragraph `p` by verbs of `kind`: an index into the
  // officials, kRoyal when a royal presided, or kNone.
  size_t ChairBy(int kind, Range p) const {
    for (const CueLexicon::Hit& h : HitsOf(kind, p)) {
      size_t who = kNone;
      if (kind == self.chair_by_) {
        who = OfficialAfter(h, p);
      } else if (kind == self.co_chair_) {
        const Found* first = FirstIn(officials, {p.begin, h.begin});
        if (first != nullptr) who = first->index;
      } else {
        who = OfficialBefore(h, p);
      }
      if (who != kNone) return who;
    }
    return kNone;
  }
};

Result<EventExtractor> EventExtractor::Create(const DataSource& data) {
  static const std::vector<std::string> kKinds = {
      "date_cue", "not_date", "yesterday", "marker", "at",       "place",    "not_place", "address",
      "clause",   "chair",    "lead",      "visit",  "chair_by", "activity", "royal",
      "with",     "delegator", "co_chair", "speech",   "report",   "neutral"};
  Result<std::string> content = data.Read("event_cues.tsv");
  if (!content.ok()) return content.status();
  Result<CueLexicon> cues = CueLexicon::Create("event_cues.tsv", *content, kKinds);
  if (!cues.ok()) return cues.status();
  EventExtractor extractor(std::move(*cues));
  if (!extractor.time_pattern_->ok()) {
    return Status(StatusCode::kInternal, "event time pattern: " + extractor.time_pattern_->error());
  }
  return extractor;
}

EventExtractor::EventExtractor(CueLexicon cues) : cues_(std::move(cues)) {
  RE2::Options options;
  options.set_log_errors(false);
  // "เวลา 14.00 น.", "เวลา 9:30 น." right after the date (and its bracket).
  time_pattern_ = std::make_unique<RE2>(
      "^ ?\\)? ?(?:ตั้งแต่)?(?:เวลา) ?([0-9]{1,2})[.:]([0-9]{2})", options);
  date_cue_ = cues_.KindOf("date_cue");
  not_date_ = cues_.KindOf("not_date");
  yesterday_ = cues_.KindOf("yesterday");
  marker_ = cues_.KindOf("marker");
  at_ = cues_.KindOf("at");
  place_ = cues_.KindOf("place");
  not_place_ = cues_.KindOf("not_place");
  address_ = cues_.KindOf("address");
  clause_ = cues_.KindOf("clause");
  chair_ = cues_.KindOf("chair");
  lead_ = cues_.KindOf("lead");
  visit_ = cues_.KindOf("visit");
  chair_by_ = cues_.KindOf("chair_by");
  activity_ = cues_.KindOf("activity");
  royal_ = cues_.KindOf("royal");
  with_ = cues_.KindOf("with");
  delegator_ = cues_.KindOf("delegator");
  co_chair_ = cues_.KindOf("co_chair");
  speech_ = cues_.KindOf("speech");
  report_ = cues_.KindOf("report");
}

EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor::~EventExtractor() = default;

void EventExtractor::Extract(const Document& doc, Article* article) const {
  article->event.reset();
  Reading r(*this, doc, *article);
  const std::string_view text = r.text;

  // The headline's paragraph and the ones after it that may hold the lead.
  const std::vector<Range> all = Paragraphs(text);
  const size_t headline_at = ToNormalized(doc, article->headline_span.begin);
  size_t first = 0;
  while (first < all.size() && all[first].end <= headline_at) ++first;
  if (first >= all.size()) return;
  Range headline = all[first];
  headline.end = std::min(headline.end, headline.begin + kMaxWindow);
  std::vector<Range> body;
  for (size_t i = first + 1; i < all.size() && body.size() < kLeadParagraphs; ++i) {
    body.push_back(all[i]);
  }
  // The lead is read in the first kMaxWindow bytes: a megabyte on one line
  // costs no more than that.
  size_t window_end = body.empty() ? headline.end : body.back().end;
  window_end = std::min(window_end, headline.begin + kMaxWindow);
  std::vector<Range> clipped;
  for (Range p : body) {
    if (p.begin >= window_end) break;
    p.end = std::min(p.end, window_end);
    clipped.push_back(p);
  }
  body = std::move(clipped);

  // A cue counts where a word starts; a verb or a preposition also where a
  // word ends ("เปิด" is no cue in "เปิดเผย"). A place noun may run on into
  // its name (ศาลากลางจังหวัดลำพูน).
  for (const CueLexicon::Hit& h : cues_.FindAll(text.substr(0, window_end))) {
    if (!doc.IsTokenStart(h.begin) || IsCombiningMark(text, h.end)) continue;
    const bool whole_word = h.kind != place_ && h.kind != address_ && h.kind != clause_ &&
                            h.kind != not_place_ && h.kind != date_cue_ && h.kind != not_date_ &&
                            h.kind != activity_;
    if (whole_word && !doc.IsTokenEnd(h.end)) continue;
    r.hits.push_back(h);
  }
  for (size_t i = 0; i < article->officials.size(); ++i) {
    for (const Found& f : Normalized(doc, article->officials[i].mentions, i)) {
      r.officials.push_back(f);
    }
  }
  for (size_t i = 0; i < article->provinces.size(); ++i) {
    for (const Found& f : Normalized(doc, article->provinces[i].mentions, i)) {
      r.provinces.push_back(f);
    }
  }
  for (size_t i = 0; i < article->districts.size(); ++i) {
    for (const Found& f : Normalized(doc, article->districts[i].mentions, i)) {
      r.districts.push_back(f);
    }
  }
  for (size_t i = 0; i < article->dates.size(); ++i) {
    const Span s = article->dates[i].span;
    if (s.begin >= doc.ToOriginal(window_end, window_end).begin) break;
    r.dates.push_back({ToNormalized(doc, s.begin), ToNormalized(doc, s.end), i});
  }
  SortByBegin(&r.officials);
  SortByBegin(&r.provinces);
  SortByBegin(&r.districts);

  // 1-2. The date of the event and its paragraph, the lead.
  std::vector<Range> order = body;
  order.push_back(headline);
  std::optional<Date> date;
  const Found* date_found = nullptr;
  const CueLexicon::Hit* date_cue = nullptr;
  Range lead{kNone, kNone};
  for (const Range& p : order) {
    for (const Found& f : r.dates) {
      if (f.begin < p.begin || f.end > p.end) continue;
      const Date& d = article->dates[f.index];
      if (d.kind != Date::Kind::kDate && d.kind != Date::Kind::kDateRange) continue;
      const CueLexicon::Hit* cue = nullptr;
      if (r.DateCue(d, f, p, &cue) == 1) {
        date = d;
        date_found = &f;
        date_cue = cue;
        lead = p;
        break;
      }
    }
    if (date) break;
  }
  if (lead.begin == headline.begin) lead.begin = kNone;  // the headline holds no lead
  if (lead.begin == kNone) {
    for (const Range& p : body) {
      if (r.HasVerb(p)) {
        lead = p;
        break;
      }
    }
  }
  if (lead.begin == kNone) lead = body.empty() ? headline : body.front();

  // 3. Is there an event?
  // With the date of the event, a lead that names an official, an activity
  // or a venue reports it; without one, only a venue after ณ or an official
  // who presides, leads or visits makes an event.
  const std::optional<Range> venue = r.FindVenue(lead);
  bool has_event = false;
  if (date) {
    has_event = (r.FirstIn(r.officials, lead) != nullptr || r.HasActivity(lead) || venue) &&
                !r.ReportsResults(lead);
  } else {
    has_event = venue && r.FindVenue(lead, /*marker_only=*/true);
    for (int kind : {chair_, co_chair_, chair_by_, lead_, visit_}) {
      if (r.ChairBy(kind, lead) != kNone) has_event = true;
    }
  }
  if (!has_event) return;
  // The paragraph after the lead goes on with it: where the lead names no
  // venue or place, that one may ("… เข้าร่วมการประชุม ณ ห้องประชุม…").
  Range next{kNone, kNone};
  for (const Range& p : body) {
    if (p.begin > lead.begin) {
      // A quotation opens a new part, not the rest of the lead.
      if (text[p.begin] != '"') next = p;
      break;
    }
  }
  std::optional<Range> place = venue;
  if (!place && next.begin != kNone) place = r.FindVenue(next, /*marker_only=*/true);

  Event event;
  // วานนี้: the day before "วันนี้ (date)", when it comes before the verb.
  if (date && date_cue != nullptr &&
      text.substr(date_cue->begin, date_cue->end - date_cue->begin) == "วันนี้" &&
      date->kind == Date::Kind::kDate) {
    size_t verb = lead.end;
    for (size_t i = FirstHitFrom(r.hits, date_found->end); i < r.hits.size(); ++i) {
      if (r.hits[i].begin >= lead.end) break;
      if (r.IsVerb(r.hits[i].kind)) {
        verb = r.hits[i].begin;
        break;
      }
    }
    for (const CueLexicon::Hit& h : r.HitsOf(yesterday_, {date_found->end, verb})) {
      size_t k = r.SkipSpaces(h.end, lead.end);
      if (k < lead.end && (text[k] == '(' || IsDigit(text[k]))) continue;
      const CivilDate& c = date->first;
      const CivilDate before = CivilFromDays(DaysFromCivil(c.year, c.month, c.day) - 1);
      date->first = date->last = before;
      date->value = IsoDay(before);
      date->span = doc.ToOriginal(h.begin, h.end);
      date->text = doc.OriginalText(date->span);
      date->weekday.reset();
      date->time.reset();
      date->year_inferred = false;
      break;
    }
  }
  if (date) {
    event.time = date->time;
    if (!event.time && date_found != nullptr) {
      std::string hour, minute;
      const std::string_view after = text.substr(date_found->end, 60);
      if (RE2::PartialMatch(after, *time_pattern_, &hour, &minute) && std::stoi(hour) < 24 &&
          std::stoi(minute) < 60) {
        event.time = (hour.size() == 1 ? "0" + hour : hour) + ":" + minute;
      }
    }
  }
  event.date = date;

  // 4. The venue, its district and province.
  std::optional<Range> where;
  if (place) {
    Venue v;
    v.span = doc.ToOriginal(place->begin, place->end);
    v.text = doc.OriginalText(v.span);
    event.venue = v;
    const size_t limit = place->begin < lead.end ? lead.end : next.end;
    where = Range{place->begin, r.AddressEnd(place->end, limit)};
  }
  const Found* district = where ? r.FirstIn(r.districts, *where) : nullptr;
  const Found* province = where ? r.FirstIn(r.provinces, *where) : nullptr;
  if (district == nullptr && province == nullptr) {
    district = r.FirstIn(r.districts, lead);
    province = r.FirstIn(r.provinces, lead);
  }

  if (district != nullptr) {
    const District& d = article->districts[district->index];
    if (province == nullptr || article->provinces[province->index].name == d.province) {
      event.district = d.name;
      event.province = d.province;
    }
  }
  if (!event.province && province != nullptr) {
    event.province = article->provinces[province->index].name;
  }

  // 5. The chair: who presided in the lead; else its first official when
  // they act; else who led or visited; else, when the first official only
  // speaks about the event, who presided in a later paragraph; else the
  // first official. When the first official acts before anyone speaks, what
  // is said after that is reported speech, not the event.
  const Found* subject = nullptr;
  const int first_does = r.FirstOfficialDoes(lead, &subject);
  const bool speaks = subject == nullptr || first_does == speech_;
  Range acts = lead;
  if (!speaks) {
    for (const CueLexicon::Hit& h : r.HitsOf(speech_, {subject->end, lead.end})) {
      acts.end = h.begin;
      break;
    }
  }
  size_t chair = kNone;
  for (int kind : {chair_, co_chair_, chair_by_}) {
    if (chair == kNone) chair = r.ChairBy(kind, acts);
  }
  // An official who acts first ("… ประชุมทางไกล", "… ตรวจเยี่ยม") leads.
  if (chair == kNone && first_does != -1 && !speaks) chair = subject->index;
  for (int kind : {lead_, visit_}) {
    if (chair == kNone) chair = r.ChairBy(kind, acts);
  }
  if (chair == kNone && speaks) {
    for (const Range& p : body) {
      if (chair != kNone) break;
      if (p.begin > lead.begin) chair = r.ChairBy(chair_, p);
    }
  }
  if (chair == kNone && subject != nullptr) chair = subject->index;
  if (chair < article->officials.size()) event.chair = article->officials[chair].name;

  // 6. Attendance: the total, else the largest count.
  std::optional<int64_t> total, largest;
  for (const Attendance& a : article->attendance) {
    if (a.is_total && !total) total = a.count;
    if (!a.is_part && (!largest || a.count > *largest)) largest = a.count;
  }
  event.attendance = total ? total : largest;

  article->event = std::move(event);
}

}  // namespace thainews
