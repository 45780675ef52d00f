#include "extract/issues.h"

#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "text/text_scan.h"

namespace thainews {
namespace {

// How far before its intro word the cue may stand (bytes of normalized
// text; a Thai character is three): the sentence that announces the list,
// "ได้สั่งการให้หน่วยงานที่เกี่ยวข้องดำเนินการ ดังนี้".
constexpr size_t kCueWindow = 450;
// อาทิ and เช่น give examples of the word just before them
// ("แก้ไขปัญหาในระดับพื้นที่ อาทิ"): at most this many words between, and
// past the first few, all in one phrase.
constexpr size_t kExampleGapWords = 12;
constexpr size_t kExamplePhraseWords = 3;
// A word that sums up a report this close before the intro makes the list a
// report ("สรุปสาระสำคัญการหารือ ดังนี้").
constexpr size_t kSummaryGap = 90;
// A declared count this close before the intro opens a list by itself:
// "เราต้องเข้าใจ 3 อย่าง ประกอบด้วย".
constexpr size_t kCounterGap = 36;
// Bounds that keep junk input cheap.
constexpr size_t kMaxItems = 60;
constexpr size_t kMaxProse = 3000;
constexpr size_t kMaxPlainLine = 600;
constexpr size_t kMaxItemBytes = 10000;
// Items written as paragraphs: at most this many, each at most this long.
constexpr size_t kMaxParagraphs = 20;
constexpr size_t kMaxParagraph = 4000;
// A phrase of a list read by its declared count is at most this many words.
constexpr size_t kMaxCountedWords = 6;
// Lines that may stand between numbered items, going on with the one before.
constexpr int kMaxContinuationLines = 6;
// Lines this short may be items without beginning alike.
constexpr size_t kShortLine = 240;
// The last item of a list written on one line is cut, at a space, to about
// this many times the longest item before it (but never below kMinLastItem);
// past its first kMinLastItem bytes, a new clause ends it too.
constexpr size_t kLastItemFactor = 3;
constexpr size_t kMinLastItem = 60;

constexpr std::string_view kAnd = "และ";
// The heads that start a new item in run-on prose.
constexpr std::string_view kHeads[] = {"ปัญหา", "การ", "ความ"};
// Words before a person that open a line of narration: "ด้านนายสมชาย …".
constexpr std::string_view kNarrationLeads[] = {"ด้าน", "ส่วน", "ขณะที่"};

// Classifiers of a declared count that name points by themselves, and those
// that name measures or policies, which make a weaker cue.
bool IsPointClassifier(std::string_view word) {
  return word == "ประเด็น" || word == "ข้อ" || word == "ประการ" || word == "อย่าง" ||
         word == "เรื่อง" || word == "หัวข้อ" || word == "วาระ";
}
bool IsMeasureClassifier(std::string_view word) {
  return word == "ด้าน" || word == "แนวทาง" || word == "มาตรการ" || word == "นโยบาย" ||
         word == "ยุทธศาสตร์" || word == "มิติ";
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

// The first word of the line at `pos`, as text.
std::string_view FirstWord(const Document& doc, size_t pos) {
  if (pos >= doc.text().size()) return {};
  const Token& token = doc.tokens()[doc.TokenIndexAt(pos)];
  return doc.text().substr(pos, token.end - pos);
}

// The spaces in [begin, end) that separate phrases: not inside parentheses,
// and not the space of "ต่าง ๆ".
size_t SpacesOutsideParentheses(std::string_view text, size_t begin, size_t end) {
  size_t spaces = 0;
  int depth = 0;
  for (size_t p = begin; p < end; ++p) {
    if (text[p] == '(') ++depth;
    if (text[p] == ')' && depth > 0) --depth;
    if (text[p] == ' ' && depth == 0 && p + 1 < end && !StartsWithAt(text, p + 1, "ๆ")) ++spaces;
  }
  return spaces;
}

bool HasThaiLetter(std::string_view text, size_t begin, size_t end) {
  for (size_t p = begin; p < end; ++p) {
    if (ThaiLetterAt(text, p)) return true;
  }
  return false;
}

}  // namespace

Result<IssueListExtractor> IssueListExtractor::Create(const DataSource& data) {
  static const std::vector<std::string> kKinds = {
      "topic",  "weak_topic", "intro",  "example", "end",      "other",        "summary",
      "person", "place",      "goods",  "unit",    "clause",   "sentence",     "continuation",
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
      "([0-9]{1,3}) ?(ประเด็น|หัวข้อ|ประการ|อย่าง|เรื่อง|ข้อ|วาระ|ด้าน|แนวทาง|มาตรการ|นโยบาย|"
      "ยุทธศาสตร์|มิติ)",
      options);
  // At the start of an item: an optional "และ", then "(2)", "2." or "2)",
  // a bullet, or an ordinal of points ("ยุทธศาสตร์ที่ 2", "อันดับที่ 2 :");
  // then spaces.
  marker_ = std::make_unique<RE2>(
      "(?:และ ?)?(?:\\(([0-9]{1,2})\\)|([0-9]{1,2})([.)])|([-•●○◦▪■□➢►✓√*·♦◆◇❖➤→✔\\x{F0A7}\\x{F0D8}])|"
      "(ด้าน|ข้อ|ประเด็น|ยุทธศาสตร์|มาตรการ|เรื่อง|อันดับ|แนวทาง|ประการ|นโยบาย|วาระ|หัวข้อ)"
      "ที่ ?([0-9]{1,2})(?: ?:)?)",
      options);
  topic_ = cues_.KindOf("topic");
  weak_topic_ = cues_.KindOf("weak_topic");
  intro_ = cues_.KindOf("intro");
  example_ = cues_.KindOf("example");
  end_ = cues_.KindOf("end");
  other_ = cues_.KindOf("other");
  summary_ = cues_.KindOf("summary");
  person_ = cues_.KindOf("person");
  place_ = cues_.KindOf("place");
  goods_ = cues_.KindOf("goods");
  unit_ = cues_.KindOf("unit");
  clause_ = cues_.KindOf("clause");
  sentence_ = cues_.KindOf("sentence");
  continuation_ = cues_.KindOf("continuation");
}

IssueListExtractor::IssueListExtractor(IssueListExtractor&&) noexcept = default;
IssueListExtractor::~IssueListExtractor() = default;

bool IssueListExtractor::IsOtherThing(int kind) const {
  return kind == other_ || kind == goods_;
}

int IssueListExtractor::KindAt(const Hits& hits, size_t pos) const {
  const size_t h = FirstHitFrom(hits, pos);
  return h < hits.size() && hits[h].begin == pos ? hits[h].kind : -1;
}

bool IssueListExtractor::StartsNarration(const Document& doc, const Hits& hits,
                                         size_t pos) const {
  const std::string_view text = doc.text();
  if (pos >= text.size()) return false;
  if (text[pos] == '"' || StartsWithAt(text, pos, "'") || StartsWithAt(text, pos, "‘")) {
    return true;
  }
  int kind = KindAt(hits, pos);
  if (kind == person_ || kind == sentence_) return true;
  for (std::string_view lead : kNarrationLeads) {
    if (!StartsWithAt(text, pos, lead)) continue;
    size_t next = pos + lead.size();
    if (next < text.size() && text[next] == ' ') ++next;
    kind = KindAt(hits, next);
    if (kind == person_) return true;
  }
  return false;
}

std::optional<IssueListExtractor::Marker> IssueListExtractor::MarkerAt(std::string_view text,
                                                                       size_t pos, int number,
                                                                       const Marker* like) const {
  if (pos >= text.size()) return std::nullopt;
  re2::StringPiece m[7];
  const re2::StringPiece input(text.data(), text.size());
  if (!marker_->Match(input, pos, text.size(), RE2::ANCHOR_START, m, 7)) return std::nullopt;
  size_t end = m[0].data() - text.data() + m[0].size();
  const auto view = [](const re2::StringPiece& s) { return std::string_view(s.data(), s.size()); };
  Marker marker;
  re2::StringPiece digits;
  if (m[1].data() != nullptr) {
    digits = m[1];
    marker.form = "(";
  } else if (m[2].data() != nullptr) {
    digits = m[2];
    marker.form = view(m[3]);
  } else if (m[6].data() != nullptr) {
    digits = m[6];
    marker.form = view(m[5]);
  } else {
    marker.form = view(m[4]);
  }
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
  if (like != nullptr && like->form != marker.form) return std::nullopt;
  while (end < text.size() && text[end] == ' ') ++end;
  // A marker with nothing after it on its line opens no item.
  if (end >= text.size() || text[end] == '\n') return std::nullopt;
  marker.content = end;
  return marker;
}

IssueListExtractor::Cue IssueListExtractor::FindCue(const Document& doc, const Hits& hits,
                                                    size_t line_begin,
                                                    const Opening& opening) const {
  const std::string_view text = doc.text();
  const size_t intro_begin = opening.begin;
  Cue cue;
  const size_t window_begin =
      std::max(line_begin, intro_begin > kCueWindow ? intro_begin - kCueWindow : size_t{0});
  const HitRange window = HitsWithin(hits, window_begin, intro_begin);

  // A sentence that sums up what was said ("สรุปสาระสำคัญการหารือ ดังนี้")
  // introduces a report, not a list of points.
  bool summary = false;
  for (size_t h = window.first; h < window.last; ++h) {
    summary = summary || (hits[h].kind == summary_ && intro_begin - hits[h].end <= kSummaryGap);
  }

  // The nearest topic in the intro's sentence, unless a word between it
  // and the intro says the list is of something else ("ปัญหาความเดือดร้อน
  // จึงมอบถุงยังชีพ อาทิ …").
  std::optional<size_t> topic;
  for (size_t h = window.last; h > window.first && !summary; --h) {
    const CueLexicon::Hit& hit = hits[h - 1];
    // Another intro between: the topic opened that list, not this one.
    if (IsOtherThing(hit.kind) || hit.kind == sentence_ || hit.kind == intro_ ||
        hit.kind == example_) {
      break;
    }
    if (hit.kind == topic_ || hit.kind == weak_topic_) {
      topic = h - 1;
      break;
    }
  }
  // อาทิ and เช่น give examples of what stands right before them: the
  // topic's own phrase, written without a space outside parentheses
  // ("ปัญหาอุปสรรคในการประกอบอาชีพ อาทิ"), or a few words after a space.
  // (Examples set apart on the lines below are announced like any list.)
  size_t after = opening.end;
  while (after < text.size() && text[after] == ' ') ++after;
  const bool inline_examples = opening.example && after < text.size() && text[after] != '\n';
  if (topic && inline_examples) {
    const size_t words = WordsIn(doc, hits[*topic].end, intro_begin);
    if (words > kExampleGapWords ||
        (words > kExamplePhraseWords &&
         SpacesOutsideParentheses(text, hits[*topic].end, intro_begin) > 0)) {
      topic.reset();
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
  bool counter_opens = counter && (IsPointClassifier(classifier) ||
                                   IsMeasureClassifier(classifier)) &&
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
  // A count between the topic and the intro that is not the declared count
  // says what is listed: "แก้ไขปัญหา… ระหว่าง 3 กระทรวง ประกอบด้วย …". (A
  // number in a name, "Thailand 4.0 ได้แก่", counts nothing.)
  if (topic) {
    for (size_t p = hits[*topic].end; p < intro_begin; ++p) {
      if (!(text[p] >= '0' && text[p] <= '9')) continue;
      if (counter && p >= counter->first && p < counter->second) continue;
      size_t q = p;
      while (q < intro_begin && ((text[q] >= '0' && text[q] <= '9') || text[q] == ',')) ++q;
      if (q < intro_begin && text[q] == ' ') ++q;
      if (q < intro_begin && ThaiLetterAt(text, q)) {
        topic.reset();
        break;
      }
      p = q;
    }
  }

  if (!topic && !counter_opens) return cue;
  cue.found = true;
  cue.strong = (topic && hits[*topic].kind == topic_) ||
               (counter_opens && IsPointClassifier(classifier));
  if (topic) {
    // The cue runs back over topic words that follow each other closely:
    // "ประเด็นปัญหา/ความต้องการ สรุปได้ 12 ประเด็น".
    size_t first = *topic;
    for (size_t h = first; h > window.first; --h) {
      const CueLexicon::Hit& prev = hits[h - 1];
      if (IsOtherThing(prev.kind)) break;
      if ((prev.kind == topic_ || prev.kind == weak_topic_) &&
          hits[first].begin - prev.end <= 60) {
        first = h - 1;
      }
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

size_t IssueListExtractor::LastItemEnd(const Document& doc, const Hits& hits, size_t begin,
                                       size_t line_end, size_t limit) const {
  const std::string_view text = doc.text();
  size_t last_end = begin;
  bool quoted = false;  // inside "…" or (…) nothing ends the item
  int open_parens = 0;
  size_t scanned = begin;
  for (size_t q = begin; q <= line_end; ++q) {
    if (q < line_end && text[q] != ' ') continue;
    const bool quoted_before = quoted;  // the words up to q began in a quotation
    for (; scanned < q; ++scanned) {
      if (text[scanned] == '(') ++open_parens;
      if (text[scanned] == ')' && open_parens > 0) --open_parens;
      if (text[scanned] != '"') continue;
      // A quote closed at the end of a word that the item did not open
      // closes the sentence the list stands in.
      const bool closing = scanned > begin && text[scanned - 1] != ' ' &&
                           (scanned + 1 == q || text[scanned + 1] == ' ');
      if (closing && !quoted) return scanned;
      quoted = !quoted;
    }
    // A quotation is kept whole, however long.
    if (q - begin > limit && last_end > begin && !quoted_before) break;
    last_end = q;
    if (q == line_end) break;
    if (quoted || open_parens > 0) continue;
    // What follows the space: เป็นต้น closes the list; a new sentence, or
    // after the item's first words a clause, goes on with the sentence the
    // list stands in.
    const int kind = KindAt(hits, q + 1);
    if (kind == end_ || kind == sentence_) break;
    if (q - begin >= kMinLastItem && kind == clause_) break;
  }
  return last_end;
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadMarked(const Document& doc,
                                                                      const Marker& first,
                                                                      const Hits& hits,
                                                                      size_t max_items,
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
  max_items = std::min(max_items, kMaxItems);
  while (items.size() + 1 < max_items) {
    // Inside the line, only the next number in sequence opens an item:
    // "1. … 2. … และ 3. …". Bullets open items only at the start of a line,
    // since a dash inside a line joins words ("ไทย - ลาว"). A "1." of the
    // same form starts another list: this one has ended.
    for (size_t q = item_begin; number > 0 && q + 1 < line_end && items.size() + 1 < max_items;
         ++q) {
      // The next number after a space, or glued to the last word
      // ("…ต่อการทำนา2) การจัดทำ…").
      const bool glued = text[q] >= '0' && text[q] <= '9' && ThaiLetterBefore(text, q);
      if (text[q] != ' ' && !glued) continue;
      const size_t at = glued ? q : q + 1;
      if (!glued && MarkerAt(text, at, 1, &first)) {
        line_end = q;
        break;
      }
      const std::optional<Marker> next = MarkerAt(text, at, number + 1, &first);
      if (!next) continue;
      items.push_back({item_begin, q});
      item_begin = next->content;
      q = item_begin;
      ++number;
      shares_line = true;
    }
    // The list goes on when a following line starts with the next marker;
    // blank lines may stand between, and before the next number, a few
    // lines that go on with the item's own paragraph.
    size_t next_line = line_end;
    std::optional<Marker> below;
    for (int lines = 0; next_line < text.size() && text[next_line] == '\n' &&
                        lines <= (number > 0 ? kMaxContinuationLines : 0);
         ++lines) {
      while (next_line < text.size() && text[next_line] == '\n') ++next_line;
      below = MarkerAt(text, next_line, number > 0 ? number + 1 : -1, &first);
      // Bulleted sub-items may go on with a numbered item; another number
      // ends it.
      const std::optional<Marker> other = MarkerAt(text, next_line, 0);
      if (below || (other && (other->number > 0 || number == 0))) break;
      // A line that starts a list of its own ("… ได้แก่ 1. …") goes on with
      // no item.
      const size_t next_end =
          LineEndBefore(text, next_line, std::min(text.size(), next_line + kMaxParagraph));
      bool starts_list = false;
      for (size_t s = next_line; s < next_end && !starts_list; ++s) {
        starts_list = text[s] == ' ' && MarkerAt(text, s + 1, 1).has_value();
      }
      if (starts_list) break;
      next_line = next_end;
    }
    if (!below) break;
    items.push_back({item_begin, line_end});
    item_begin = below->content;
    if (number > 0) ++number;
    if (!line_end_of(item_begin, &line_end)) return {};
    shares_line = false;
  }
  size_t last_end = line_end;
  if (shares_line || (line_end < text.size() && text[line_end] != '\n')) {
    // The line goes on after the list: the last item stops about as long as
    // the others, or earlier where the sentence goes on.
    size_t longest = 0;
    for (const Piece& p : items) longest = std::max(longest, p.end - p.begin);
    last_end = LastItemEnd(doc, hits, item_begin, line_end,
                           std::max(kMinLastItem, kLastItemFactor * longest));
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

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadParagraphs(const Document& doc,
                                                                          size_t pos,
                                                                          const Hits& hits,
                                                                          size_t* end) const {
  const std::string_view text = doc.text();
  // A text that sets even the intro apart from its first item by a blank
  // line writes every paragraph so: there a blank line ends nothing.
  const bool blank_separated = pos >= 2 && text[pos - 1] == '\n' && text[pos - 2] == '\n';
  std::vector<Piece> lines;
  while (pos < text.size() && lines.size() < kMaxParagraphs) {
    if (blank_separated && !lines.empty() && text[pos] == '\n') ++pos;
    const size_t line_end =
        LineEndBefore(text, pos, std::min(text.size(), pos + kMaxParagraph + 1));
    // A blank line, a line too long for an item, a numbered line or a line
    // of narration ends the run.
    if (line_end == pos || line_end - pos > kMaxParagraph || MarkerAt(text, pos, 0) ||
        StartsNarration(doc, hits, pos)) {
      break;
    }
    lines.push_back({pos, line_end});
    pos = line_end + 1;
  }
  if (lines.size() < 2) return {};
  // Parallel items begin with the same word ("ด้าน…", "ความร่วมมือ…"); else
  // they must all be short lines.
  size_t kept = 1;
  const std::string_view head = FirstWord(doc, lines[0].begin);
  if (!head.empty() && FirstWord(doc, lines[1].begin) == head) {
    while (kept < lines.size() && FirstWord(doc, lines[kept].begin) == head) ++kept;
  } else {
    while (kept < lines.size() && lines[kept].end - lines[kept].begin <= kShortLine) ++kept;
    if (lines[0].end - lines[0].begin > kShortLine) return {};
  }
  lines.resize(kept);
  if (lines.size() < 2) return {};
  *end = lines.back().end;
  return lines;
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadProse(const Document& doc,
                                                                     size_t pos,
                                                                     const Hits& hits,
                                                                     size_t* end,
                                                                     bool* closed_out) const {
  const std::string_view text = doc.text();
  size_t region_end = LineEndBefore(text, pos, std::min(text.size(), pos + kMaxProse));
  // The list is closed by เป็นต้น / ฯลฯ, unless a new sentence or another
  // list starts first.
  bool closed = false;
  for (size_t h = FirstHitFrom(hits, pos); h < hits.size() && hits[h].end <= region_end; ++h) {
    const int kind = hits[h].kind;
    if (kind == end_) {
      region_end = hits[h].end;
      closed = true;
      break;
    }
    if (kind == sentence_ || kind == intro_ || kind == example_) break;
  }
  std::vector<Piece> items;
  bool and_pending = false;  // the last phrase was a lone "และ"
  bool after_and = false;    // the open item was joined by "และ": the last one
  int open_parens = 0;       // inside "( … )" or quotes nothing splits
  bool quoted = false;
  bool after_comma = false;  // the last phrase ended with a comma
  bool comma_list = false;   // commas set this list's items apart
  const size_t last_comma = pos + text.substr(pos, region_end - pos).rfind(',');
  std::string_view own_head;  // the first word of the first item
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
    // Items begin with a head (ปัญหา…, การ…), or with the word the first
    // item began with ("เรื่อง… เรื่อง…").
    bool head = !own_head.empty() && StartsWithAt(text, words_begin, own_head);
    for (std::string_view h : kHeads) head = head || StartsWithAt(text, words_begin, h);
    const size_t words = WordsIn(doc, words_begin, chunk_end);
    const bool goes_on = kind == continuation_ || (closed && kind == clause_);
    // An item that is only its head word goes on: "เรื่อง \"…\"".
    const bool head_alone = !items.empty() && !own_head.empty() &&
                            items.back().end - items.back().begin == own_head.size();
    // A phrase that begins like the first item is parallel to it, even when
    // that word could start a clause ("ขอให้… และขอให้…").
    const bool parallel = !own_head.empty() && StartsWithAt(text, words_begin, own_head);
    const bool nested = open_parens > 0 || quoted;
    if (!items.empty() && !nested && kind != sentence_ &&
        (after_comma || (comma_list && joined && chunk > last_comma))) {
      // Commas set the items apart ("A, B, C และ D"): each comma, and the
      // "และ" after the last, starts an item, whatever its first word.
      items.push_back({chunk, chunk_end});
      after_and = joined;
    } else if (!items.empty() && (nested || head_alone || (goes_on && !joined) ||
                                  (comma_list && !after_and && kind != sentence_))) {
      items.back().end = chunk_end;
    } else if (!items.empty() && !parallel &&
               (kind == clause_ || kind == sentence_ || kind == person_ || kind == end_ ||
                kind == intro_ || kind == example_)) {
      break;  // a new clause, or examples of the last item
    } else if (items.empty() ||
               ((head || (words >= 3 && (closed || joined))) && (closed || !after_and))) {
      // A new item: the first, one with a head, or a phrase of its own in a
      // list that เป็นต้น closes or after "และ". In an open list, the item
      // after "และ" is the last.
      if (items.empty() && ThaiLetterAt(text, words_begin)) {
        own_head = FirstWord(doc, words_begin);
        bool common = false;  // a head of its own must say more than "การ"
        for (std::string_view h : kHeads) common = common || own_head == h;
        if (common || own_head.size() < 6 || kind == person_) own_head = {};
      }
      items.push_back({chunk, chunk_end});
      after_and = joined;
    } else if (words <= 2 && !joined) {
      items.back().end = chunk_end;  // "ขาดแคลนน้ำอุปโภค บริโภค"
    } else {
      break;  // a new sentence, not an item
    }
    for (size_t i = chunk; i < chunk_end; ++i) {
      if (text[i] == '(') ++open_parens;
      if (text[i] == ')' && open_parens > 0) --open_parens;
      if (text[i] == '"') quoted = !quoted;
    }
    after_comma = text[chunk_end - 1] == ',' && open_parens == 0 && !quoted;
    comma_list = comma_list || after_comma;
    *end = chunk_end;
    chunk = chunk_end + 1;
  }
  if (closed && !items.empty()) *end = region_end;
  *closed_out = closed;
  return items;
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadCountedPhrases(
    const Document& doc, size_t pos, int count, size_t* end) const {
  const std::string_view text = doc.text();
  const size_t line_end = LineEndBefore(text, pos, std::min(text.size(), pos + kMaxProse));
  std::vector<Piece> phrases;
  bool joined = false;  // the last phrase came after "และ"
  size_t chunk = pos;
  while (chunk < line_end && phrases.size() < static_cast<size_t>(count)) {
    size_t chunk_end = text.substr(chunk, line_end - chunk).find(' ');
    chunk_end = chunk_end == std::string_view::npos ? line_end : chunk + chunk_end;
    // "และ" alone joins the next phrase; "ต่าง ๆ" is one word.
    if (text.substr(chunk, chunk_end - chunk) == kAnd) {
      joined = true;
      chunk = chunk_end + 1;
      continue;
    }
    if (StartsWithAt(text, chunk_end + 1, "ๆ")) {
      chunk_end = std::min(line_end, chunk_end + 1 + std::string_view("ๆ").size());
    }
    // Each phrase is a few words, all Thai; commas would set the items
    // apart themselves.
    if (!ThaiLetterAt(text, chunk) || WordsIn(doc, chunk, chunk_end) > kMaxCountedWords ||
        text[chunk_end - 1] == ',') {
      return {};
    }
    joined = joined || StartsWithAt(text, chunk, kAnd);
    if (joined && phrases.size() + 1 < static_cast<size_t>(count)) return {};
    phrases.push_back({chunk, chunk_end});
    chunk = chunk_end + 1;
  }
  if (phrases.size() != static_cast<size_t>(count) || !joined) return {};
  *end = phrases.back().end;
  return phrases;
}

bool IssueListExtractor::IsQuantity(const Document& doc, const Hits& hits, Piece item) const {
  // The unit must close the item: "ถุงยังชีพ จำนวน 100 ชุด" names goods,
  // "การขยายศูนย์ดิจิทัลชุมชน 500 แห่ง ทั่วประเทศ" a point.
  const std::string_view text = doc.text();
  const HitRange within = HitsWithin(hits, item.begin, item.end);
  if (within.first == within.last) return false;
  const CueLexicon::Hit& last = hits[within.last - 1];
  if (last.kind != unit_ || item.end - last.end > 3) return false;
  size_t before = last.begin;
  if (before > item.begin && text[before - 1] == ' ') --before;
  return before > item.begin && text[before - 1] >= '0' && text[before - 1] <= '9';
}

bool IssueListExtractor::LooksLikeIssues(const Document& doc, const std::vector<Piece>& items,
                                         const Hits& hits) const {
  if (items.size() < 2) return false;
  // Items that name a person, a place, goods or a quantity, or hold no
  // Thai word at all ("46-0-0"), are no issues.
  size_t named = 0;
  for (const Piece& p : items) {
    // An item that is one cue word alone is the heading of a table column
    // ("ประเด็น", "สาระสำคัญ"), not a point.
    const size_t h = FirstHitFrom(hits, p.begin);
    if (h < hits.size() && hits[h].begin == p.begin && hits[h].end == p.end &&
        (hits[h].kind == topic_ || hits[h].kind == weak_topic_ || hits[h].kind == summary_)) {
      return false;
    }
    const int kind = KindAt(hits, p.begin);
    if (IsOtherThing(kind) || kind == person_ || kind == place_ || IsQuantity(doc, hits, p) ||
        !HasThaiLetter(doc.text(), p.begin, p.end)) {
      ++named;
    }
  }
  return named * 2 < items.size();
}

std::vector<IssueListExtractor::Piece> IssueListExtractor::ReadItems(const Document& doc,
                                                                     const Hits& hits,
                                                                     const Opening& opening,
                                                                     const Cue& cue,
                                                                     size_t* end) const {
  const std::string_view text = doc.text();
  size_t pos = opening.end;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == ':')) ++pos;
  *end = pos;
  const bool colon = text[opening.begin] == ':';
  const bool declared_many = cue.declared_count && *cue.declared_count >= 2;
  // A declared count bounds the items ("4 ประเด็น คือ 1. … 4. …", and the
  // "5." after is no item of it).
  const size_t max_items = declared_many ? static_cast<size_t>(*cue.declared_count) : kMaxItems;

  if (pos >= text.size() || text[pos] == '\n') {
    // The items start on the next line: bulleted or numbered lines, as
    // many plain lines as the cue declared, or parallel paragraphs.
    size_t next_line = pos;
    while (next_line < text.size() && text[next_line] == '\n') ++next_line;
    if (const std::optional<Marker> first = MarkerAt(text, next_line, 0)) {
      if (first->number > 1) return {};
      return ReadMarked(doc, *first, hits, max_items, end);
    }
    if (declared_many) return ReadPlainLines(text, next_line, *cue.declared_count, end);
    if (cue.strong) return ReadParagraphs(doc, next_line, hits, end);
    return {};
  }
  if (const std::optional<Marker> first = MarkerAt(text, pos, 0)) {
    if (first->number > 1) return {};
    return ReadMarked(doc, *first, hits, max_items, end);
  }
  // Prose after ":" is a label and its value, not a list.
  if (colon || !(cue.strong || declared_many)) return {};
  if (declared_many) {
    std::vector<Piece> phrases = ReadCountedPhrases(doc, pos, *cue.declared_count, end);
    if (!phrases.empty()) return phrases;
  }
  bool closed = false;
  std::vector<Piece> items = ReadProse(doc, pos, hits, end, &closed);
  // A list that is all the points declared ("3 เรื่อง คือ …", not
  // "12 ประเด็น อาทิ …") must have as many as declared.
  if (declared_many && !opening.example && items.size() != max_items && !closed) return {};
  return items;
}

void IssueListExtractor::Extract(const Document& doc, Article* article) const {
  const std::string_view text = doc.text();
  const Hits hits = cues_.FindAll(text);

  // Where lists may open: after each intro word, and at the end of a line
  // whose next line starts with a bullet or a number.
  std::vector<Opening> openings;
  for (const CueLexicon::Hit& hit : hits) {
    if (hit.kind == intro_ || hit.kind == example_) {
      openings.push_back({hit.begin, hit.end, hit.kind == example_});
    }
  }
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    if (nl == 0 || text[nl - 1] == '\n' || !MarkerAt(text, nl + 1, 0)) continue;
    // A line that ends with its intro word opens there already.
    size_t last = nl;
    while (last > 0 && text[last - 1] == ' ') --last;
    const size_t h = FirstHitFrom(hits, last);
    if (h > 0 && hits[h - 1].end == last &&
        (hits[h - 1].kind == intro_ || hits[h - 1].kind == example_)) {
      continue;
    }
    openings.push_back({nl, nl, false});
  }
  std::sort(openings.begin(), openings.end(),
            [](const Opening& a, const Opening& b) { return a.begin < b.begin; });

  size_t taken = 0;  // lists do not overlap
  for (const Opening& opening : openings) {
    if (opening.begin < taken) continue;
    const size_t line_begin = LineBeginAfter(
        text, opening.begin, opening.begin > kCueWindow ? opening.begin - kCueWindow : 0);
    // A numbered line followed by the next number is an item of a list, not
    // the heading of one.
    const bool at_line_start = line_begin == 0 || text[line_begin - 1] == '\n';
    if (opening.begin == opening.end && at_line_start && MarkerAt(text, line_begin, 0)) continue;
    const Cue cue = FindCue(doc, hits, line_begin, opening);
    if (!cue.found) continue;

    size_t end = opening.end;
    std::vector<Piece> items = ReadItems(doc, hits, opening, cue, &end);
    for (Piece& item : items) item = Trim(text, item);
    items.erase(std::remove_if(items.begin(), items.end(),
                               [](const Piece& p) { return p.begin >= p.end; }),
                items.end());
    if (!LooksLikeIssues(doc, items, hits)) continue;

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
