#include "issues.h"

#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "text_scan.h"

namespace thainews {
namespace {

// The cue must be this close before the intro word (bytes of normalized
// text; a Thai character is three): "แก้ไขปัญหาในระดับพื้นที่ อาทิ".
constexpr size_t kCueWindow = 240;
// A declared count this close before the intro opens a list by itself:
// "เราต้องเข้าใจ 3 อย่าง ประกอบด้วย".
constexpr size_t kCounterGap = 36;
// Bounds that keep junk input cheap.
constexpr size_t kMaxItems = 60;
constexpr size_t kMaxProse = 3000;
constexpr size_t kMaxPlainLine = 600;
constexpr size_t kMaxItemBytes = 4000;
// The last item of a list written on one line is cut, at a space, to about
// this many times the longest item before it (but never below kMinLastItem).
constexpr size_t kLastItemFactor = 2;
constexpr size_t kMinLastItem = 60;

constexpr std::string_view kAnd = "และ";
// The heads that start a new item in run-on prose.
constexpr std::string_view kHeads[] = {"ปัญหา", "การ", "ความ"};

// Classifiers of a declared count that name points by themselves.
bool IsPointClassifier(std::string_view word) {
  return word == "ประเด็น" || word == "ข้อ" || word == "ประการ" || word == "อย่าง" ||
         word == "เรื่อง" || word == "หัวข้อ";
}

// The number of word tokens in [begin, end).
size_t WordsIn(const Document& doc, size_t begin, size_t end) {
  if (begin >= end) return 0;
  size_t words = 0;
  const std::vector<Token>& tokens = doc.tokens();
  for (size_t t = doc.TokenIndexAt(begin); t < tokens.size() && tokens[t].begin < end; ++t) {
    if (tokens[t].kind != TokenKind::kSpace && tokens[t].kind != TokenKind::kPunct) ++words;
  }
  return words;
}

}  // namespace

Result<IssueListExtractor> IssueListExtractor::Create(const DataSource& data) {
  static const std::vector<std::string> kKinds = {
      "topic", "intro", "end", "other", "person", "place", "goods", "clause", "continuation",
      "neutral"};
  Result<std::string> content = data.Read("issue_cues.tsv");
  if (!content.ok()) return content.status();
  Result<CueLexicon> cues = CueLexicon::Create("issue_cues.tsv", *content, kKinds);
  if (!cues.ok()) return cues.status();
  IssueListExtractor extractor(std::move(*cues));
  if (!extractor.counter_->ok() || !extractor.marker_->ok()) {
    return Status(StatusCode::kInternal, "issue list patterns do not compile");
  }
  return extractor;
}

IssueListExtractor::IssueListExtractor(CueLexicon cues) : cues_(std::move(cues)) {
  RE2::Options options;
  options.set_log_errors(false);
  // "12 ประเด็น", "ทั้ง 3 หัวข้อ", "5 ข้อ".
  counter_ = std::make_unique<RE2>(
      "([0-9]{1,3}) ?(ประเด็น|หัวข้อ|ประการ|อย่าง|เรื่อง|ข้อ|ด้าน|แนวทาง|มาตรการ|นโยบาย)", options);
  // At the start of an item: an optional "และ", then "(2)", "2." or "2)",
  // or a bullet; then spaces.
  marker_ = std::make_unique<RE2>(
      "(?:และ ?)?(?:\\(([0-9]{1,2})\\)|([0-9]{1,2})[.)]|([-•●○◦▪■□➢►✓√*]))", options);
  topic_ = cues_.KindOf("topic");
  intro_ = cues_.KindOf("intro");
  end_ = cues_.KindOf("end");
  other_ = cues_.KindOf("other");
  person_ = cues_.KindOf("person");
  place_ = cues_.KindOf("place");
  goods_ = cues_.KindOf("goods");
  clause_ = cues_.KindOf("clause");
  continuation_ = cues_.KindOf("continuation");
}

IssueListExtractor::IssueListExtractor(IssueListExtractor&&) noexcept = default;
IssueListExtractor::~IssueListExtractor() = default;

bool IssueListExtractor::IsOtherThing(int kind) const {
  return kind == other_ || kind == goods_ || kind == person_;
}

int IssueListExtractor::KindAt(const std::vector<CueLexicon::Hit>& hits, size_t pos) const {
  const size_t h = FirstHitFrom(hits, pos);
  return h < hits.size() && hits[h].begin == pos ? hits[h].kind : -1;
}

std::optional<IssueListExtractor::Marker> IssueListExtractor::MarkerAt(std::string_view text,
                                                                       size_t pos,
                                                                       int number) const {
  if (pos >= text.size()) return std::nullopt;
  re2::StringPiece m[4];
  const re2::StringPiece input(text.data(), text.size());
  if (!marker_->Match(input, pos, text.size(), RE2::ANCHOR_START, m, 4)) return std::nullopt;
  size_t end = m[0].data() - text.data() + m[0].size();
  Marker marker;
  const re2::StringPiece& digits = m[1].data() != nullptr ? m[1] : m[2];
  if (digits.data() != nullptr) {
    // "1.5" is a number, not an item.
    if (end < text.size() && text[end] >= '0' && text[end] <= '9') return std::nullopt;
    for (char c : digits) marker.number = marker.number * 10 + (c - '0');
    if (number < 0 || (number > 0 && marker.number != number) || marker.number == 0) {
      return std::nullopt;
    }
  } else if (number > 0) {
    return std::nullopt;
  }
  while (end < text.size() && text[end] == ' ') ++end;
  // A marker with nothing after it on its line opens no item.
  if (end >= text.size() || text[end] == '\n') return std::nullopt;
  marker.content = end;
  return marker;
}

IssueListExtractor::Cue IssueListExtractor::FindCue(const Document& doc,
                                                    const std::vector<CueLexicon::Hit>& hits,
                                                    size_t line_begin,
                                                    size_t intro_begin) const {
  const std::string_view text = doc.text();
  Cue cue;
  const size_t window_begin =
      std::max(line_begin, intro_begin > kCueWindow ? intro_begin - kCueWindow : size_t{0});
  const HitRange window = HitsWithin(hits, window_begin, intro_begin);

  // The nearest topic, unless a word between it and the intro says the list
  // is of something else ("ปัญหาความเดือดร้อน จึงมอบถุงยังชีพ อาทิ …").
  std::optional<size_t> topic;
  for (size_t h = window.last; h > window.first; --h) {
    const CueLexicon::Hit& hit = hits[h - 1];
    if (IsOtherThing(hit.kind)) break;
    if (hit.kind == topic_) {
      topic = h - 1;
      break;
    }
  }

  // The last declared count in the window: "สรุปได้ 12 ประเด็น".
  std::optional<std::pair<size_t, size_t>> counter;  // its span
  std::string_view classifier;
  int declared = 0;
  {
    const re2::StringPiece input(text.data(), intro_begin);
    re2::StringPiece m[3];
    size_t pos = window_begin;
    while (pos < intro_begin &&
           counter_->Match(input, pos, intro_begin, RE2::UNANCHORED, m, 3)) {
      const size_t begin = m[0].data() - text.data();
      const size_t end = begin + m[0].size();
      // The number must stand alone ("ครั้งที่ 10" is not "10 …").
      if (begin == 0 || !(text[begin - 1] >= '0' && text[begin - 1] <= '9')) {
        counter = std::make_pair(begin, end);
        classifier = std::string_view(m[2].data(), m[2].size());
        declared = 0;
        for (char c : std::string_view(m[1].data(), m[1].size())) {
          declared = declared * 10 + (c - '0');
        }
      }
      pos = end;
    }
  }
  // A declared count of points opens a list when only a word or two stand
  // between it and the intro ("4 ประเด็นสำคัญ คือ"), and it does not count
  // something named just before it ("กิจกรรมสำคัญ 3 ประการ").
  bool counter_opens = counter && IsPointClassifier(classifier) &&
                       intro_begin - counter->second <= kCounterGap &&
                       WordsIn(doc, counter->second, intro_begin) <= 2 &&
                       text.substr(counter->second, intro_begin - counter->second)
                               .find_first_of("()\"") == std::string_view::npos;
  if (counter_opens) {
    const HitRange before = HitsWithin(hits, counter->first > 60 ? counter->first - 60 : 0,
                                       counter->first);
    for (size_t h = before.first; h < before.last; ++h) {
      if (IsOtherThing(hits[h].kind)) counter_opens = false;
    }
  }
  // A number between the topic and the intro that is not the declared count
  // says what is listed: "แก้ไขปัญหา… ระหว่าง 3 กระทรวง ประกอบด้วย …".
  if (topic) {
    for (size_t p = hits[*topic].end; p < intro_begin; ++p) {
      const bool digit = text[p] >= '0' && text[p] <= '9';
      if (digit && !(counter && p >= counter->first && p < counter->second)) {
        topic.reset();
        break;
      }
    }
  }

  if (!topic && !counter_opens) return cue;
  cue.found = true;
  if (topic) {
    // The cue runs back over topic words that follow each other closely:
    // "ประเด็นปัญหา/ความต้องการ สรุปได้ 12 ประเด็น".
    size_t first = *topic;
    for (size_t h = first; h > window.first; --h) {
      const CueLexicon::Hit& prev = hits[h - 1];
      if (IsOtherThing(prev.kind)) break;
      if (prev.kind == topic_ && hits[first].begin - prev.end <= 60) first = h - 1;
    }
    cue.begin = hits[first].begin;
  } else {
    cue.begin = counter->first;
  }
  if (counter && counter->first + 60 >= cue.begin) {
    cue.begin = std::min(cue.begin, counter->first);
    cue.declared_count = declared;
  }
  return cue;
}

IssueListExtractor::Piece IssueListExtractor::Trim(std::string_view text, Piece p) const {
  const auto skip_spaces = [&] {
    while (p.begin < p.end && text[p.begin] == ' ') ++p.begin;
    while (p.end > p.begin && (text[p.end - 1] == ' ' || text[p.end - 1] == ',' ||
                                text[p.end - 1] == ';' || text[p.end - 1] == '\n')) {
      --p.end;
    }
  };
  skip_spaces();
  // "และ" that opens an item is the list's "and": "… และปัญหาที่ดิน".
  if (StartsWithAt(text, p.begin, kAnd) && p.begin + kAnd.size() < p.end) p.begin += kAnd.size();
  skip_spaces();
  for (std::string_view tail : {std::string_view("เป็นต้น"), std::string_view("ฯลฯ")}) {
    if (p.end >= p.begin + tail.size() && EndsWithAt(text, p.end, tail)) p.end -= tail.size();
    skip_spaces();
  }
  // "และ" that ends an item joins it to the next: "…มากที่สุด และ" before
  // "3.", "…สถานประกอบการและ" before the next head.
  if (EndsWithAt(text, p.end, kAnd) && p.end >= p.begin + kAnd.size() + 3) {
    p.end -= kAnd.size();
    skip_spaces();
  }
  return p;
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadMarked(
    const Document& doc, const Marker& first, const std::vector<CueLexicon::Hit>& hits,
    size_t* end) const {
  const std::string_view text = doc.text();
  std::vector<Piece> items;
  int number = first.number;  // 0 for bullets
  size_t item_begin = first.content;
  // The end of the line an item starts on; an item that runs on longer
  // than any real one means this is no list (and keeps junk cheap).
  const auto line_end_of = [&](size_t begin, size_t* line_end) {
    const size_t limit = std::min(text.size(), begin + kMaxItemBytes);
    *line_end = LineEndBefore(text, begin, limit);
    return *line_end < limit || limit == text.size();
  };
  size_t line_end = 0;
  if (!line_end_of(item_begin, &line_end)) return {};
  bool shares_line = false;  // the open item started on a line with another item
  while (items.size() < kMaxItems) {
    // Inside the line, only the next number in sequence opens an item:
    // "1. … 2. … และ 3. …". Bullets open items only at the start of a line,
    // since a dash inside a line joins words ("ไทย - ลาว").
    for (size_t q = item_begin; number > 0 && q + 1 < line_end; ++q) {
      if (text[q] != ' ') continue;
      const std::optional<Marker> next = MarkerAt(text, q + 1, number + 1);
      if (!next) continue;
      items.push_back({item_begin, q});
      item_begin = next->content;
      q = item_begin;
      ++number;
      shares_line = true;
    }
    // The list goes on when a following line starts with the next marker;
    // blank lines may stand between.
    size_t next_line = line_end;
    while (next_line < text.size() && text[next_line] == '\n') ++next_line;
    const std::optional<Marker> below =
        next_line > line_end ? MarkerAt(text, next_line, number > 0 ? number + 1 : -1)
                             : std::nullopt;
    if (!below) break;
    items.push_back({item_begin, line_end});
    item_begin = below->content;
    if (number > 0) ++number;
    if (!line_end_of(item_begin, &line_end)) return {};
    shares_line = false;
  }
  size_t last_end = line_end;
  if (shares_line) {
    // The line goes on after the list: the last item stops about as long as
    // the others, at a space, or at เป็นต้น/ฯลฯ. (Numbered items may be
    // whole sentences, so a new clause does not end one.)
    size_t longest = 0;
    for (const Piece& p : items) longest = std::max(longest, p.end - p.begin);
    const size_t limit = std::max(kMinLastItem, kLastItemFactor * longest);
    last_end = item_begin;
    for (size_t q = item_begin; q <= line_end; ++q) {
      if (q < line_end && text[q] != ' ') continue;
      if (q - item_begin > limit && last_end > item_begin) break;
      last_end = q;
      if (q == line_end || KindAt(hits, q + 1) == end_) break;
    }
  }
  items.push_back({item_begin, last_end});
  *end = last_end;
  return items;
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadPlainLines(std::string_view text,
                                                                          size_t pos, int count,
                                                                          size_t* end) const {
  std::vector<Piece> items;
  while (pos < text.size() && items.size() < static_cast<size_t>(count)) {
    const size_t line_end =
        LineEndBefore(text, pos, std::min(text.size(), pos + kMaxPlainLine + 1));
    if (line_end == pos) {  // a blank line between items
      ++pos;
      continue;
    }
    if (line_end - pos > kMaxPlainLine) break;
    items.push_back({pos, line_end});
    *end = line_end;
    pos = line_end + 1;
  }
  return items;
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadProse(
    const Document& doc, size_t pos, const std::vector<CueLexicon::Hit>& hits,
    size_t* end) const {
  const std::string_view text = doc.text();
  size_t region_end = LineEndBefore(text, pos, std::min(text.size(), pos + kMaxProse));
  bool closed = false;  // the list ends with เป็นต้น / ฯลฯ
  for (size_t h = FirstHitFrom(hits, pos); h < hits.size() && hits[h].end <= region_end; ++h) {
    if (hits[h].kind == end_) {
      region_end = hits[h].end;
      closed = true;
      break;
    }
  }
  std::vector<Piece> items;
  bool and_pending = false;  // the last phrase was a lone "และ"
  int open_parens = 0;       // inside "( … )" nothing splits
  size_t chunk = pos;
  while (chunk < region_end && items.size() < kMaxItems) {
    size_t chunk_end = text.substr(chunk, region_end - chunk).find(' ');
    chunk_end = chunk_end == std::string_view::npos ? region_end : chunk + chunk_end;
    size_t words_begin = chunk;
    const bool starts_with_and = StartsWithAt(text, chunk, kAnd);
    if (starts_with_and) words_begin += kAnd.size();
    if (chunk_end == words_begin) {  // "และ" alone
      and_pending = starts_with_and;
      chunk = chunk_end + 1;
      continue;
    }
    const bool joined = starts_with_and || and_pending;
    and_pending = false;
    const int kind = KindAt(hits, words_begin);
    bool head = false;
    for (std::string_view h : kHeads) head = head || StartsWithAt(text, words_begin, h);
    const size_t words = WordsIn(doc, words_begin, chunk_end);
    const bool goes_on = kind == continuation_ || (closed && kind == clause_);
    if (!items.empty() && (open_parens > 0 || (goes_on && !joined))) {
      items.back().end = chunk_end;
    } else if (!items.empty() && (kind == clause_ || kind == person_ || kind == end_)) {
      break;
    } else if (items.empty() || head || (words >= 3 && (closed || joined))) {
      // A new item: the first, one with a head (ปัญหา…, การ…), or a phrase
      // of its own in a list that เป็นต้น closes or after "และ".
      items.push_back({chunk, chunk_end});
    } else if (words <= 2) {
      items.back().end = chunk_end;  // "ขาดแคลนน้ำอุปโภค บริโภค"
    } else {
      break;  // a new sentence, not an item
    }
    for (size_t i = chunk; i < chunk_end; ++i) {
      if (text[i] == '(') ++open_parens;
      if (text[i] == ')' && open_parens > 0) --open_parens;
    }
    *end = chunk_end;
    chunk = chunk_end + 1;
  }
  if (closed && !items.empty()) *end = region_end;
  return items;
}

bool IssueListExtractor::LooksLikeIssues(const std::vector<Piece>& items,
                                         const std::vector<CueLexicon::Hit>& hits) const {
  if (items.size() < 2) return false;
  size_t named = 0;  // items that start with a person, a place or goods
  for (const Piece& p : items) {
    const int kind = KindAt(hits, p.begin);
    if (IsOtherThing(kind) || kind == place_) ++named;
  }
  return named * 2 < items.size();
}

void IssueListExtractor::Extract(const Document& doc, Article* article) const {
  const std::string_view text = doc.text();
  const std::vector<CueLexicon::Hit> hits = cues_.FindAll(text);

  // Where lists may open: after each intro word, and at the end of a line
  // whose next line starts with a bullet or a number.
  std::vector<Piece> openings;
  for (const CueLexicon::Hit& hit : hits) {
    if (hit.kind == intro_) openings.push_back({hit.begin, hit.end});
  }
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    if (nl > 0 && text[nl - 1] != '\n' && MarkerAt(text, nl + 1, 0)) openings.push_back({nl, nl});
  }
  std::sort(openings.begin(), openings.end(),
            [](const Piece& a, const Piece& b) { return a.begin < b.begin; });

  size_t taken = 0;  // lists do not overlap
  for (const Piece& opening : openings) {
    if (opening.begin < taken) continue;
    const size_t line_begin = LineBeginAfter(
        text, opening.begin, opening.begin > kCueWindow ? opening.begin - kCueWindow : 0);
    // A numbered line followed by the next number is an item of a list, not
    // the heading of one.
    const bool at_line_start = line_begin == 0 || text[line_begin - 1] == '\n';
    if (opening.begin == opening.end && at_line_start && MarkerAt(text, line_begin, 0)) continue;
    const Cue cue = FindCue(doc, hits, line_begin, opening.begin);
    if (!cue.found) continue;

    size_t pos = opening.end;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ':')) ++pos;
    std::vector<Piece> items;
    size_t end = pos;
    const bool colon = text[opening.begin] == ':';
    if (pos >= text.size() || text[pos] == '\n') {
      // The items start on the next line: bulleted or numbered lines, or as
      // many plain lines as the cue declared.
      size_t next_line = pos;
      while (next_line < text.size() && text[next_line] == '\n') ++next_line;
      if (const std::optional<Marker> first = MarkerAt(text, next_line, 0)) {
        if (first->number <= 1) items = ReadMarked(doc, *first, hits, &end);
      } else if (cue.declared_count && *cue.declared_count >= 2) {
        items = ReadPlainLines(text, next_line, *cue.declared_count, &end);
      }
    } else if (const std::optional<Marker> first = MarkerAt(text, pos, 0)) {
      if (first->number <= 1) items = ReadMarked(doc, *first, hits, &end);
    } else if (!colon) {
      items = ReadProse(doc, pos, hits, &end);
    }
    for (Piece& item : items) item = Trim(text, item);
    items.erase(std::remove_if(items.begin(), items.end(),
                               [](const Piece& p) { return p.begin >= p.end; }),
                items.end());
    if (!LooksLikeIssues(items, hits)) continue;

    IssueList list;
    list.span = doc.ToOriginal(cue.begin, end);
    list.text = doc.OriginalText(list.span);
    list.declared_count = cue.declared_count;
    for (const Piece& p : items) {
      IssueItem item;
      item.span = doc.ToOriginal(p.begin, p.end);
      item.text = CollapseWhitespace(doc.OriginalText(item.span));
      list.items.push_back(std::move(item));
    }
    article->issues.push_back(std::move(list));
    taken = end;
  }
}

}  // namespace thainews
