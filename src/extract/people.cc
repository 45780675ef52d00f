#include "extract/people.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_scan.h"
#include "text/utf8.h"

namespace thainews {
namespace {

constexpr size_t kNone = std::string_view::npos;
// "บ้าน" (village) also begins family names: บ้านใหม่, บ้านเกาะ.
constexpr std::string_view kBaan = "บ้าน";
// "ฯ" after a name shortens it in later mentions: "นายทวีศักดิ์ฯ".
constexpr std::string_view kPaiyannoi = "ฯ";
// A word this long (four Thai letters or more) that begins an office title
// is no name: "นายสมชาย ผู้ว่าราชการ…" has no family name. Shorter heads
// (ครู, ชาว, ทูต) also begin real surnames.
constexpr size_t kMinNameBlockingHeadBytes = 12;
// An office title glued to a name ends it: "นายสมคิด ใจดีประธานเจ้าหน้าที่
// บริหาร". Only long titles (eight Thai letters or more) count, as shorter
// ones (ปลัด, พยาบาล) are also syllables of names: คล่องพยาบาล.
constexpr size_t kMinGluedHeadBytes = 24;
// A Thai given or family name is one run of at most some 18 letters
// ("ศิริกิจพาณิชย์กูล" has 17); a longer run is a name glued to the words
// after it ("ประยุทธ์กำชับให้บังคับใช้กฎหมาย…") or a clause ("การเปิดด่าน
// ชายแดน…"). Words that only begin like a clause do begin family names:
// การมิตรี, คณะโต, กรมดิษฐ์.
constexpr int kMaxNameLetters = 18;
// A foreign name may have more words than a Thai one ("นายเฟลิเป เด ลา
// โมเรนา กาซาโด"); with its Latin form in brackets after it, its Thai form
// is read up to the bracket, at most this many words after the given name.
constexpr int kMaxForeignNameWords = 6;
// The Latin form of a name in brackets is short ("(H.E. Mr. Ganesh Prasad
// Dhakal)"); a longer bracket is an aside.
constexpr size_t kMaxLatinNameBytes = 120;

// Letters a Thai name is written with: consonants, vowels and marks, without
// "ฯ" (0E2F), "ๆ" (0E46), digits and symbols.
bool IsNameLetter(char32_t c) {
  return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E30 && c <= 0x0E3A) ||
         (c >= 0x0E40 && c <= 0x0E45) || (c >= 0x0E47 && c <= 0x0E4E);
}

// A name begins with a consonant or a leading vowel, never with a vowel or
// mark that belongs to the letter before it.
bool CanStartName(char32_t c) {
  return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E40 && c <= 0x0E44);
}

// The length of the Latin form of a name in brackets at `pos`, "(Mr. Anil
// Wadhwani)", or 0.
size_t LatinNameAt(std::string_view text, size_t pos) {
  if (pos + 1 >= text.size() || text[pos] != '(') return 0;
  const char first = text[pos + 1];
  if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) return 0;
  const size_t close = text.find(')', pos);
  if (close == std::string_view::npos || close - pos > kMaxLatinNameBytes) return 0;
  if (text.substr(pos, close - pos).find('\n') != std::string_view::npos) return 0;
  return close + 1 - pos;
}

// The same right after a name that ends at `end`, glued or after a space:
// its length with the space, or 0.
size_t LatinNameAfter(std::string_view text, size_t end) {
  const size_t space = end < text.size() && text[end] == ' ' ? 1 : 0;
  const size_t latin = LatinNameAt(text, end + space);
  return latin > 0 ? space + latin : 0;
}

}  // namespace

struct OfficialExtractor::Mention {
  size_t begin = 0;  // where the titles start (normalized bytes)
  size_t title_end = 0;
  size_t given_begin = 0, given_end = 0;
  size_t family_begin = 0, family_end = 0;  // equal when no family name is given
  size_t name_end = 0;
  size_t end = 0;  // after the name and a "ฯ" glued to it
  bool royal = false;
  // The position next to this mention, [position_begin, position_end), and
  // whether it is shared with the next person of a list ("นายก ข นายค ง
  // สมาชิกสภาผู้แทนราษฎร…").
  size_t position_begin = kNone, position_end = kNone;
  bool position_after = false;
  bool position_shared = false;
  bool latin_named = false;  // its Latin form follows: surely a full name

  bool has_family() const { return family_end > family_begin; }
  bool has_position() const { return position_begin != kNone; }
};

// One person: all mentions of one given and family name, and the mentions
// by given name that belong to them.
struct OfficialExtractor::Person {
  std::string_view given;
  size_t first;  // index of the first full mention
  std::vector<size_t> mentions;  // indices, in text order
};

OfficialExtractor::OfficialExtractor(TitleLexicon titles, PositionLexicon positions)
    : titles_(std::move(titles)), positions_(std::move(positions)) {}

Result<OfficialExtractor> OfficialExtractor::Create(const DataSource& data) {
  Result<TitleLexicon> titles = TitleLexicon::Load(data);
  if (!titles.ok()) return titles.status();
  Result<PositionLexicon> positions = PositionLexicon::Load(data);
  if (!positions.ok()) return positions.status();
  return OfficialExtractor(std::move(*titles), std::move(*positions));
}

size_t OfficialExtractor::NameRunEnd(const Document& doc, size_t pos) const {
  const std::string_view text = doc.text();
  if (pos >= text.size() || !CanStartName(utf8::DecodeAt(text, pos).code_point)) return pos;
  size_t i = pos;
  int letters = 0;
  while (i < text.size()) {
    const utf8::Decoded d = utf8::DecodeAt(text, i);
    if (!IsNameLetter(d.code_point)) break;
    // A verb glued to the name ends it: "นายสุรศักดิ์กล่าวว่า".
    if (i > pos && doc.IsTokenStart(i) &&
        (positions_.ClauseAt(doc, i, PositionLexicon::kEndsName) > 0 ||
         positions_.HeadAt(text, i) >= kMinGluedHeadBytes)) {
      break;
    }
    i += d.length;
    if (++letters > kMaxNameLetters) return pos;
  }
  return letters >= 2 ? i : pos;
}

size_t OfficialExtractor::HyphenatedRunEnd(const Document& doc, size_t pos) const {
  // Korean given names join their two syllables with a hyphen: "ซึง-ฮย็อน".
  const size_t end = NameRunEnd(doc, pos);
  const std::string_view text = doc.text();
  if (end == pos || end + 1 >= text.size() || text[end] != '-') return end;
  const size_t second = NameRunEnd(doc, end + 1);
  return second > end + 1 ? second : end;
}

size_t OfficialExtractor::ForeignNameEnd(const Document& doc, size_t pos) const {
  // "ประสาท ธกาล (H.E. Mr. Ganesh Prasad Dhakal)": the words of the name run
  // up to its Latin form.
  const std::string_view text = doc.text();
  size_t at = pos;
  for (int k = 0; k < kMaxForeignNameWords && at + 1 < text.size() && text[at] == ' '; ++k) {
    const size_t word_end = HyphenatedRunEnd(doc, at + 1);
    if (!IsFamilyName(doc, at + 1, word_end)) break;
    at = word_end;
    if (LatinNameAfter(text, at) > 0) return at;
  }
  return pos;
}

bool OfficialExtractor::IsNoUnitOrGroup(std::string_view text, size_t pos) const {
  // "พล.ต.ก ข ฝ่ายอำนวยการ รองหัวหน้า…": a unit or a group is no second
  // family name.
  int level = 0;
  return positions_.OrgAt(text, pos, &level) == 0 && positions_.GroupAt(text, pos) == 0 &&
         positions_.PlaceAt(text, pos) == 0;
}

bool OfficialExtractor::IsFamilyName(const Document& doc, size_t begin, size_t end) const {
  const std::string_view text = doc.text();
  if (end <= begin) return false;
  // A verb ends the name instead ("นายสุรศักดิ์ กล่าวว่า"), and so do a
  // clause word standing alone ("นายสมชาย อายุ 45 ปี"), an office title, an
  // administrative unit ("…นางรอง อำเภอ…") and the next person's title.
  const size_t clause = positions_.ClauseAt(doc, begin, PositionLexicon::kAfterSpace);
  if (clause == end - begin ||
      positions_.ClauseAt(doc, begin, PositionLexicon::kEndsName) > 0) {
    return false;
  }
  const size_t place = positions_.PlaceAt(text, begin);
  if (place >= kMinNameBlockingHeadBytes && text.substr(begin, place) != kBaan) return false;

  return positions_.HeadAt(text, begin) < kMinNameBlockingHeadBytes &&
         positions_.ActingAt(text, begin) == 0 && positions_.LabelAt(text, begin) == 0 &&
         titles_.UnitAt(text, begin, kNone) == 0;
}

std::optional<OfficialExtractor::Mention> OfficialExtractor::MentionAt(const Document& doc,
                                                                       size_t pos) const {
  const std::string_view text = doc.text();
  if (!positions_.StartsWord(doc, pos) || titles_.NotTitleAt(text, pos)) return std::nullopt;
  // Stacked titles, glued or one space apart: "ผศ.ดร.", "พลตำรวจเอก ดร.".
  struct Unit {
    size_t begin, end;
  };
  std::vector<Unit> units;
  for (size_t at = pos;;) {
    if (!units.empty() && at < text.size() && text[at] == ' ') ++at;
    const size_t length = titles_.UnitAt(text, at, kNone);
    if (length == 0) break;
    units.push_back({at, at + length});
    at += length;
  }
  if (units.empty()) return std::nullopt;

  Mention m;
  m.begin = pos;
  while (true) {
    m.title_end = units.back().end;
    m.given_begin = m.title_end;
    if (m.given_begin < text.size() && text[m.given_begin] == ' ') ++m.given_begin;
    if (titles_.RoyalAt(text, m.given_begin)) {
      m.royal = true;
      m.given_end = m.name_end = m.end = m.given_begin;
      return m;
    }
    m.given_end = NameRunEnd(doc, m.given_begin);
    if (m.given_end > m.given_begin &&
        positions_.ClauseAt(doc, m.given_begin, PositionLexicon::kEndsName) == 0 &&
        positions_.HeadAt(text, m.given_begin) < kMinGluedHeadBytes) {
      break;
    }
    // The last title may have taken the first letters of the name:
    // "นางสาวิตรี" is นาง + สาวิตรี, not นางสาว + "ิตรี".
    Unit& last = units.back();
    const size_t shorter = titles_.UnitAt(text, last.begin, last.end - 1);
    if (shorter == 0) return std::nullopt;
    last.end = last.begin + shorter;
  }

  m.name_end = m.given_end;
  if (m.given_end + 1 < text.size() && text[m.given_end] == ' ') {
    const size_t family = m.given_end + 1;
    if (titles_.RoyalAt(text, family)) {  // "…น้องนางเธอ เจ้าฟ้า…"
      m.royal = true;
      return m;
    }
    const size_t lineage = titles_.LineageAt(text, family);  // "ณ ป้อมเพชร"
    const size_t family_end = lineage > 0 ? family + lineage : HyphenatedRunEnd(doc, family);
    if (lineage > 0 || IsFamilyName(doc, family, family_end)) {
      m.family_begin = family;
      m.family_end = family_end;
      // More of the family name: one of royal lineage ("สนิทวงศ์ ณ อยุธยา"),
      // or a second one, as married women write their maiden name before
      // their husband's ("อินทวงศ์ สุวรรณคีรี รองโฆษก…"), when an office
      // title follows it.
      if (m.family_end + 1 < text.size() && text[m.family_end] == ' ') {
        const size_t next = m.family_end + 1;
        const size_t more = titles_.LineageAt(text, next);
        const size_t second_end = NameRunEnd(doc, next);
        if (more > 0) {
          m.family_end = next + more;
        } else if (IsFamilyName(doc, next, second_end) && IsNoUnitOrGroup(text, next) &&
                   second_end + 1 < text.size() && text[second_end] == ' ' &&
                   positions_.HeadAt(text, second_end + 1) >= kMinNameBlockingHeadBytes) {
          m.family_end = second_end;
        } else {
          m.family_end = ForeignNameEnd(doc, m.family_end);
        }
      }
      m.name_end = m.family_end;
    }
  }
  m.end = m.name_end;
  if (text.substr(m.end, kPaiyannoi.size()) == kPaiyannoi) m.end += kPaiyannoi.size();
  // The navy writes ร.น. after the family name: "พล.ร.อ.ก ข ร.น.".
  if (m.has_family() && m.end + 1 < text.size() && text[m.end] == ' ') {
    if (const size_t suffix = titles_.SuffixAt(text, m.end + 1)) m.end += 1 + suffix;
  }
  // The Latin form of the name belongs to the mention; the position comes
  // after it.
  if (const size_t latin = LatinNameAfter(text, m.end)) {
    m.end += latin;
    m.latin_named = m.has_family();
  }
  return m;
}

void OfficialExtractor::PositionOnNextLine(const Document& doc, const PositionReader& reader,
                                            Mention* m) const {
  // Lists of appointments put each name on a line of its own and the office
  // on the next one:
  //   3. นายก ข
  //   รองปลัดกระทรวง…
  // Only a line that holds nothing but a list number and the name counts, and
  // only when the next line is one office and nothing else.
  const std::string_view text = doc.text();
  const size_t line = text.rfind('\n', m->begin == 0 ? 0 : m->begin - 1);
  for (size_t i = line == kNone ? 0 : line + 1; i < m->begin; ++i) {
    const char c = text[i];
    if (!(utf8::IsAsciiDigit(static_cast<unsigned char>(c)) || c == '.' || c == ')' ||
          c == ' ' || c == '-')) {
      return;
    }
  }
  const size_t begin = m->end + 1;
  size_t line_end = text.find('\n', begin);
  if (line_end == kNone) line_end = text.size();
  while (line_end > begin && text[line_end - 1] == ' ') --line_end;
  if (reader.After(begin) == line_end && line_end > begin) {
    m->position_begin = begin;
    m->position_end = line_end;
    m->position_after = true;
  }
}

std::vector<OfficialExtractor::Mention> OfficialExtractor::FindMentions(
    const Document& doc, const PositionReader& reader) const {
  const std::string_view text = doc.text();
  std::vector<Mention> mentions;
  for (size_t pos = 0; (pos = titles_.FindUnit(text, pos)) != kNone;) {
    // A place name found before may begin like a title: อำเภอนางรอง.
    std::optional<Mention> m;
    if (!reader.PlaceMentionAt(pos)) m = MentionAt(doc, pos);
    if (m) {
      mentions.push_back(*m);
      pos = std::max(m->end, m->title_end);
    } else {
      pos += utf8::DecodeAt(text, pos).length;
    }
  }
  return mentions;
}

void OfficialExtractor::ReadPositions(const Document& doc, const PositionReader& reader,
                                      std::vector<Mention>* mentions) const {
  const std::string_view text = doc.text();
  // The position after each name, one space after it, or glued to it when a
  // long office title ended the name.
  for (Mention& m : *mentions) {
    if (m.royal || m.end >= text.size()) continue;
    if (text[m.end] == '\n') {
      PositionOnNextLine(doc, reader, &m);
      continue;
    }
    size_t begin = text[m.end] == ' ' ? m.end + 1 : m.end;
    if (begin == m.end && positions_.HeadAt(text, begin) < kMinGluedHeadBytes) continue;
    const size_t announced = reader.AfterLabel(begin);  // "… ตำแหน่ง ผู้อำนวยการ…"
    const size_t end = reader.After(announced, announced > begin);
    begin = announced;
    if (end > begin) {
      m.position_begin = begin;
      m.position_end = end;
      m.position_after = true;
    }
  }
  // People listed one after the other share the position named after the
  // last of them.
  for (size_t i = mentions->size() - 1; i-- > 0;) {
    Mention& m = (*mentions)[i];
    const Mention& next = (*mentions)[i + 1];
    if (!m.royal && !m.has_position() && next.has_position() && !next.royal &&
        next.begin == m.end + 1 && text[m.end] == ' ') {
      m.position_begin = next.position_begin;
      m.position_end = next.position_end;
      m.position_shared = true;
    }
  }
  // Else a position written right before the name, after whatever the
  // previous person's mention took.
  size_t claimed = 0;
  for (Mention& m : *mentions) {
    if (!m.royal && !m.has_position()) {
      const size_t begin = reader.Before(m.begin, claimed);
      if (begin != kNone) {
        m.position_begin = begin;
        m.position_end = m.begin;
        while (m.position_end > begin &&
               (text[m.position_end - 1] == ' ' || text[m.position_end - 1] == '(')) {
          --m.position_end;
        }
      }
    }
    claimed = std::max(claimed, m.position_after && !m.position_shared ? m.position_end : m.end);
  }
}

std::vector<OfficialExtractor::Person> OfficialExtractor::GroupByPerson(
    const Document& doc, std::vector<Mention>* mentions) const {
  const std::string_view text = doc.text();
  const auto given_of = [&](const Mention& m) {
    return text.substr(m.given_begin, m.given_end - m.given_begin);
  };
  const auto family_of = [&](const Mention& m) {
    return text.substr(m.family_begin, m.family_end - m.family_begin);
  };
  // Given names of people named in full with a position: the surest ones.
  std::map<std::string_view, std::vector<std::string_view>> positioned;
  const auto collect_positioned = [&] {
    positioned.clear();
    for (const Mention& m : *mentions) {
      if (!m.royal && m.has_family() && m.has_position()) {
        positioned[given_of(m)].push_back(family_of(m));
      }
    }
  };
  collect_positioned();
  // A bare given name with a word glued after it that no list knows
  // ("นายสุรศักดิ์กำชับว่า …") is a mention of such a person. With a family
  // name after it, it is a person of its own: a given name may begin with
  // another (มงคล, มงคลชัย).
  for (Mention& m : *mentions) {
    if (m.royal || m.has_family() || positioned.count(given_of(m)) > 0) continue;
    // The longest known given name that ends inside it where a word starts,
    // or a verb however the segmenter cut it.
    size_t known = 0;
    for (size_t end = m.given_begin + 1; end < m.given_end; ++end) {
      if ((doc.IsTokenStart(end) ||
           positions_.StartsWithClauseWord(text, end, PositionLexicon::kEndsName)) &&
          positioned.count(text.substr(m.given_begin, end - m.given_begin)) > 0) {
        known = end - m.given_begin;
      }
    }
    if (known > 0) m.given_end = m.name_end = m.given_begin + known;
  }
  collect_positioned();
  // A mention whose "family name" is a verb no list knows ("นายสุชาติ
  // ชี้แจงว่า") is a mention by given name: when one given name comes with
  // several family names, the ones written with a position, else the first
  // one, are the real ones.
  std::map<std::string_view, std::string_view> first_family;
  for (const Mention& m : *mentions) {
    if (!m.royal && m.has_family()) first_family.emplace(given_of(m), family_of(m));
  }
  const auto is_real_family = [&](const Mention& m) {
    if (m.has_position() || m.latin_named) return true;
    const auto p = positioned.find(given_of(m));
    if (p == positioned.end()) return first_family.at(given_of(m)) == family_of(m);
    return std::find(p->second.begin(), p->second.end(), family_of(m)) != p->second.end();
  };

  std::vector<Person> people;
  std::map<std::pair<std::string_view, std::string_view>, size_t> person_of_name;
  std::vector<size_t> by_given_name;  // mentions to attach once all people are known
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.royal) continue;
    if (!m.has_family() || !is_real_family(m)) {
      by_given_name.push_back(i);
      continue;
    }
    const auto key = std::make_pair(given_of(m), family_of(m));
    auto it = person_of_name.find(key);
    if (it == person_of_name.end()) {
      it = person_of_name.emplace(key, people.size()).first;
      people.push_back({key.first, i, {}});
    }
    people[it->second].mentions.push_back(i);
  }
  // A mention by given name belongs to the last person of that given name
  // named in full before it, else to the first one named after it.
  std::map<std::string_view, std::vector<size_t>> people_of_given;  // in order of first mention
  for (size_t p = 0; p < people.size(); ++p) people_of_given[people[p].given].push_back(p);
  for (const size_t i : by_given_name) {
    const auto it = people_of_given.find(given_of((*mentions)[i]));
    if (it == people_of_given.end()) continue;
    const std::vector<size_t>& candidates = it->second;
    const auto after = std::upper_bound(
        candidates.begin(), candidates.end(), i,
        [&](size_t mention, size_t p) { return mention < people[p].first; });
    const size_t owner = after != candidates.begin() ? *(after - 1) : candidates.front();
    people[owner].mentions.push_back(i);
  }
  for (Person& person : people) std::sort(person.mentions.begin(), person.mentions.end());
  return people;
}

Official OfficialExtractor::MakeOfficial(const Document& doc, const std::vector<Mention>& mentions,
                                         const Person& person,
                                         const std::vector<Province>& provinces) const {
  const Mention& first = mentions[person.first];
  // The position: the first full mention's, else the first one given.
  const Mention* placed = first.has_position() ? &first : nullptr;
  for (size_t k = 0; placed == nullptr && k < person.mentions.size(); ++k) {
    if (mentions[person.mentions[k]].has_position()) placed = &mentions[person.mentions[k]];
  }
  Official official;
  size_t begin = first.begin, end = first.name_end;
  if (placed == &first && !first.position_shared) {
    begin = std::min(begin, first.position_begin);
    end = std::max(end, first.position_end);
  }
  official.span = doc.ToOriginal(begin, end);
  official.text = doc.OriginalText(official.span);
  // The caller's text of a normalized range, whitespace collapsed.
  const auto as_written = [&](size_t from, size_t to) {
    return CollapseWhitespace(doc.OriginalText(doc.ToOriginal(from, to)));
  };
  official.honorific = as_written(first.begin, first.title_end);
  official.given_name = as_written(first.given_begin, first.given_end);
  official.family_name = as_written(first.family_begin, first.family_end);
  official.name = official.given_name + " " + official.family_name;
  if (placed != nullptr) {
    const Span span = doc.ToOriginal(placed->position_begin, placed->position_end);
    official.position = CollapseWhitespace(doc.OriginalText(span));
    // The province the position names: the first province mention in it.
    size_t earliest = kNone;
    for (const Province& province : provinces) {
      for (const Span& mention : province.mentions) {
        if (mention.begin >= span.begin && mention.end <= span.end && mention.begin < earliest) {
          earliest = mention.begin;
          official.province = province.name;
        }
      }
    }
  }
  for (const size_t i : person.mentions) {
    official.mentions.push_back(doc.ToOriginal(mentions[i].begin, mentions[i].name_end));
  }
  return official;
}

void OfficialExtractor::Find(const Document& doc, Article* article) const {
  const PositionReader reader(positions_, doc, *article,
                              [&](size_t at) { return MentionAt(doc, at).has_value(); });
  std::vector<Mention> mentions = FindMentions(doc, reader);
  if (mentions.empty()) return;
  ReadPositions(doc, reader, &mentions);
  for (const Person& person : GroupByPerson(doc, &mentions)) {
    article->officials.push_back(MakeOfficial(doc, mentions, person, article->provinces));
  }
}

}  // namespace thainews
