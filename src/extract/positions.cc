#include "extract/positions.h"

#include <re2/re2.h>

#include <algorithm>

#include "extract/phrases.h"
#include "text/text_scan.h"
#include "text/utf8.h"

namespace thainews {
namespace {

constexpr std::string_view kAnd = "และ";
constexpr std::string_view kOr = "หรือ";
constexpr std::string_view kPaiyannoi = "ฯ";
// How far an organisation or acting clause may reach into a parenthesis:
// "(สอว.)" and "(สปป.ลาว)" are abbreviations, a longer parenthesis is an
// aside, not part of the office.
constexpr size_t kMaxParenthesisBytes = 120;
// A second office after the first is read at most this deep ("…ปลัดจังหวัด
// เลขานุการ ศอ.ปส.") so that a long list of offices cannot recurse further.
constexpr int kMaxDepth = 2;
// No office title runs this long without a space (about 300 Thai letters);
// the cap keeps a megabyte line without spaces from being read letter by
// letter again for every person in it.
constexpr size_t kMaxSegmentBytes = 900;
// No position is longer than this (the longest in real releases run to some
// 200 letters); the cap bounds the work a run of place words can cause.
constexpr size_t kMaxPositionBytes = 1500;

// Characters that end a glued run of words: spaces and punctuation that news
// never writes inside an office title. Dots, "ฯ" and hyphens stay inside
// ("ผวจ.", "ผู้ว่าฯ", "ไทย-ลาว").
bool IsSegmentBreak(char32_t c) {
  if (utf8::IsSpace(c)) return true;
  switch (c) {
    case ',': case ';': case ':': case '"': case '\'': case '(': case ')': case '[':
    case ']': case '{': case '}': case '|': case '/': case '!': case '?': case '<':
    case '>': case 0x2026: case 0x2022: case 0x00AB: case 0x00BB:
      return true;
    default:
      return false;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// PositionLexicon

PositionLexicon::PositionLexicon() = default;
PositionLexicon::PositionLexicon(PositionLexicon&&) noexcept = default;
PositionLexicon& PositionLexicon::operator=(PositionLexicon&&) noexcept = default;
PositionLexicon::~PositionLexicon() = default;

Result<PositionLexicon> PositionLexicon::Load(const DataSource& data) {
  Result<std::string> positions = data.Read("positions.tsv");
  if (!positions.ok()) return positions.status();
  PositionLexicon lexicon;
  std::vector<std::string> heads, modifiers, acting, places, groups, orgs, org_names, numbered,
      companies, company_ends, labels, staff, bodies, compounds, suffixes, posted;
  Status status = ForEachTsvRow(
      "positions.tsv", *positions, /*has_header=*/true,
      [&](const std::vector<std::string_view>& fields) -> Status {
        if (fields.size() < 2 || fields[0].empty()) {
          return Status(StatusCode::kDataError, "expected phrase, kind and level");
        }
        const std::string phrase(fields[0]);
        const std::string_view kind = fields[1];
        if (kind == "head") {
          heads.push_back(phrase);
        } else if (kind == "modifier") {
          modifiers.push_back(phrase);
        } else if (kind == "acting") {
          acting.push_back(phrase);
        } else if (kind == "place") {
          places.push_back(phrase);
        } else if (kind == "numbered") {
          numbered.push_back(phrase);
        } else if (kind == "group") {
          groups.push_back(phrase);
          if (fields.size() > 2 && fields[2] == "1") staff.push_back(phrase);
        } else if (kind == "label") {
          labels.push_back(phrase);
        } else if (kind == "company") {
          companies.push_back(phrase);
        } else if (kind == "company_end") {
          company_ends.push_back(phrase);
        } else if (kind == "body") {
          bodies.push_back(phrase);
        } else if (kind == "compound") {
          compounds.push_back(phrase);
        } else if (kind == "suffix") {
          suffixes.push_back(phrase);
        } else if (kind == "posted") {
          posted.push_back(phrase);
        } else if (kind == "org" || kind == "org_name") {
          const std::string level(fields.size() > 2 ? fields[2] : "");
          if (level.size() != 1 || level[0] < '1' || level[0] > '9') {
            return Status(StatusCode::kDataError, "an organisation needs a level 1-9");
          }
          (kind == "org" ? orgs : org_names).push_back(phrase);
          lexicon.org_level_[phrase] = level[0] - '0';
        } else {
          return Status(StatusCode::kDataError, "unknown kind '" + std::string(kind) + "'");
        }
        return Status::Ok();
      });
  if (!status.ok()) return status;
  if (heads.empty()) return Status(StatusCode::kDataError, "positions.tsv: no office titles");

  Result<std::string> clauses = data.Read("clause_words.tsv");
  if (!clauses.ok()) return clauses.status();
  status = ForEachTsvRow(
      "clause_words.tsv", *clauses, /*has_header=*/true,
      [&](const std::vector<std::string_view>& fields) -> Status {
        if (fields.size() < 3 || fields[0].empty()) {
          return Status(StatusCode::kDataError, "expected word, ends_name and ends_glued");
        }
        unsigned ends = kAfterSpace;
        for (const auto& [field, flag] : {std::pair{fields[1], kEndsName},
                                          std::pair{fields[2], kEndsGlued}}) {
          if (field == "yes") {
            ends |= flag;
          } else if (field != "no") {
            return Status(StatusCode::kDataError, "expected yes or no, not '" +
                                                      std::string(field) + "'");
          }
        }
        lexicon.clause_[std::string(fields[0])] = ends;
        lexicon.longest_clause_ = std::max(lexicon.longest_clause_, fields[0].size());
        return Status::Ok();
      });
  if (!status.ok()) return status;

  // Names of bodies are written without their spaces too: the level of a
  // phrase counts both.
  std::vector<std::string> any_orgs(orgs);
  for (const std::string& name : org_names) {
    std::string glued;
    for (char c : name) {
      if (c != ' ') glued += c;
    }
    any_orgs.push_back(name);
    if (glued != name) {
      any_orgs.push_back(glued);
      lexicon.org_level_.emplace(glued, lexicon.org_level_.at(name));
    }
  }
  // Modifiers stack before a head, glued or spaced: "รองผู้ว่าฯ", "รอง ผวจ.",
  // "ผู้ช่วยเลขานุการ", "อดีตรัฐมนตรี".
  const std::string head_pattern =
      "(?:" + PhrasePattern(modifiers) + " ?)*" + PhrasePattern(heads);
  const struct {
    std::unique_ptr<re2::RE2>* re;
    std::string pattern;
    const char* what;
  } lists[] = {
      {&lexicon.head_, head_pattern, "office title"},
      {&lexicon.acting_, PhrasePattern(acting), "acting clause"},
      {&lexicon.place_, PhrasePattern(places), "place word"},
      {&lexicon.group_, PhrasePattern(groups), "group word"},
      {&lexicon.staff_, PhrasePattern(staff), "staff group word"},
      {&lexicon.label_, PhrasePattern(labels), "position label"},
      {&lexicon.org_, PhrasePattern(orgs), "organisation word"},
      {&lexicon.org_name_, PhrasePattern(org_names), "organisation name"},
      {&lexicon.any_org_, PhrasePattern(any_orgs), "organisation"},
      {&lexicon.numbered_end_, PhrasePattern(numbered) + "$", "numbered word"},
      {&lexicon.org_end_, PhrasePattern(orgs) + "$", "organisation word"},
      {&lexicon.company_end_of_, PhrasePattern(companies) + "$", "company word"},
      {&lexicon.company_name_end_, PhrasePattern(company_ends), "company name end"},
      {&lexicon.compound_, PhrasePattern(compounds), "compound word"},
      {&lexicon.suffix_, PhrasePattern(suffixes), "name suffix"},
      {&lexicon.posted_, PhrasePattern(posted), "posted word"},
      {&lexicon.numbered_, PhrasePattern(numbered), "numbered word"},
      // The body word, then perhaps its verbs up to a glued "และ".
      {&lexicon.body_name_end_, PhrasePattern(bodies) + "(?:\\p{Thai}*และ)?$", "body word"},
  };
  for (const auto& list : lists) {
    Result<std::unique_ptr<re2::RE2>> re = CompilePattern(list.pattern, list.what);
    if (!re.ok()) return re.status();
    *list.re = std::move(*re);
  }
  return lexicon;
}

size_t PositionLexicon::HeadAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*head_, text, pos);
}
size_t PositionLexicon::ActingAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*acting_, text, pos);
}
size_t PositionLexicon::PlaceAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*place_, text, pos);
}
size_t PositionLexicon::GroupAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*group_, text, pos);
}
size_t PositionLexicon::StaffAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*staff_, text, pos);
}
size_t PositionLexicon::LabelAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*label_, text, pos);
}
size_t PositionLexicon::OrgNameAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*org_name_, text, pos);
}
size_t PositionLexicon::CompoundAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*compound_, text, pos);
}
size_t PositionLexicon::SuffixAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*suffix_, text, pos);
}
size_t PositionLexicon::PostedAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*posted_, text, pos);
}
size_t PositionLexicon::NumberedAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*numbered_, text, pos);
}

size_t PositionLexicon::OrgAt(std::string_view text, size_t pos, int* level) const {
  size_t length = MatchLengthAt(*org_name_, text, pos);
  if (length == 0) length = MatchLengthAt(*org_, text, pos);
  if (length == 0) return 0;
  // An org_name may have matched with its optional spaces left out; its
  // level is that of the organisation word it starts with.
  const auto it = org_level_.find(std::string(text.substr(pos, length)));
  if (it != org_level_.end()) {
    *level = it->second;
  } else {
    const size_t word = MatchLengthAt(*org_, text, pos);
    const auto w = org_level_.find(std::string(text.substr(pos, word)));
    *level = w != org_level_.end() ? w->second : 1;
  }
  return length;
}

int PositionLexicon::HighestOrgLevel(std::string_view phrase) const {
  int highest = 0;
  size_t pos = 0, length = 0;
  // A word that begins inside the office title and runs past it is no
  // organisation unless the title ends with its first word: "ผู้อำนวย|การ
  // ท่าเรือ…" holds no การท่าเรือ, "โฆษก|กระทรวงดิจิทัล…" holds a ministry.
  const size_t head = HeadAt(phrase, 0);
  while ((pos = FindPhrase(*any_org_, phrase, pos, &length)) != std::string_view::npos) {
    const auto it = org_level_.find(std::string(phrase.substr(pos, length)));
    const bool straddles_head = pos > 0 && pos < head && pos + length > head &&
                                org_level_.count(std::string(phrase.substr(pos, head - pos))) == 0;
    if (it != org_level_.end() && !straddles_head) highest = std::max(highest, it->second);
    // Words overlap: "นายก|องค์การ" holds กอง and องค์การ.
    pos += utf8::DecodeAt(phrase, pos).length;
  }
  return highest;
}

namespace {
// Whether the last `tail` bytes of `before` match `ends_with` (a pattern
// ending in "$"); the cap keeps the search short.
bool TailMatches(std::string_view before, const RE2& ends_with, size_t tail = 64) {
  if (before.size() > tail) before.remove_prefix(before.size() - tail);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), ends_with);
}
}  // namespace

bool PositionLexicon::EndsWithNumbered(std::string_view before) const {
  return TailMatches(before, *numbered_end_);
}

bool PositionLexicon::EndsWithOrg(std::string_view before) const {
  return TailMatches(before, *org_end_);
}

bool PositionLexicon::EndsInBodyName(std::string_view before) const {
  // "คณะอนุกรรมการติดตามและ": a body word and a verb or two, some 40 letters.
  constexpr size_t kBodyNameTail = 160;
  return TailMatches(before, *body_name_end_, kBodyNameTail);
}

bool PositionLexicon::StartsWord(const Document& doc, size_t pos) const {
  if (doc.IsTokenStart(pos)) return true;
  const std::string_view text = doc.text();
  // Try every clause word that could end at `pos`, from one character back.
  for (size_t begin = pos; begin > 0 && pos - begin < longest_clause_;) {
    begin = PreviousCharStart(text, begin);
    if (!doc.IsTokenStart(begin)) continue;
    if (clause_.count(std::string(text.substr(begin, pos - begin))) > 0) return true;
  }
  return false;
}

bool PositionLexicon::EndsWithCompany(std::string_view before) const {
  return TailMatches(before, *company_end_of_);
}

size_t PositionLexicon::FindCompanyEnd(std::string_view text, size_t* length) const {
  return FindPhrase(*company_name_end_, text, 0, length);
}

bool PositionLexicon::StartsWithClauseWord(std::string_view text, size_t pos,
                                           unsigned ends) const {
  for (size_t end = pos; end < text.size() && end - pos < longest_clause_;) {
    end += utf8::DecodeAt(text, end).length;
    const auto it = clause_.find(std::string(text.substr(pos, end - pos)));
    if (it != clause_.end() && (it->second & ends) == ends) return true;
  }
  return false;
}

size_t PositionLexicon::ClauseAt(const Document& doc, size_t pos, unsigned ends) const {
  const std::string_view text = doc.text();
  if (pos >= text.size() || !doc.IsTokenStart(pos)) return 0;
  // A clause word is one to four whole tokens: "กล่าว", "กล่าว|ว่า",
  // "ให้|การ|ต้อนรับ".
  constexpr size_t kMaxTokens = 4;
  const std::vector<Token>& tokens = doc.tokens();
  size_t best = 0;
  for (size_t t = doc.TokenIndexAt(pos), n = 0; t < tokens.size() && n < kMaxTokens; ++t, ++n) {
    if (tokens[t].kind != TokenKind::kThai && tokens[t].kind != TokenKind::kAbbreviation) break;
    const auto it = clause_.find(std::string(text.substr(pos, tokens[t].end - pos)));
    if (it != clause_.end() && (it->second & ends) == ends) best = tokens[t].end - pos;
  }
  return best;
}

// ---------------------------------------------------------------------------
// PositionReader

PositionReader::PositionReader(const PositionLexicon& lexicon, const Document& doc,
                               const Article& places, std::function<bool(size_t)> person_at)
    : lexicon_(lexicon), doc_(doc), text_(doc.text()), person_at_(std::move(person_at)) {
  const auto add = [&](const std::vector<Span>& mentions) {
    for (const Span& mention : mentions) place_begins_.push_back(mention.begin);
  };
  for (const Province& p : places.provinces) add(p.mentions);
  for (const District& d : places.districts) add(d.mentions);
  for (const Subdistrict& s : places.subdistricts) add(s.mentions);
  std::sort(place_begins_.begin(), place_begins_.end());
}

bool PositionReader::IsAbbreviationAt(size_t pos) const {
  return doc_.tokens()[doc_.TokenIndexAt(pos)].kind == TokenKind::kAbbreviation;
}

bool PositionReader::PlaceMentionAt(size_t pos) const {
  if (place_begins_.empty()) return false;
  const size_t original = doc_.ToOriginal(pos, pos + 1).begin;
  return std::binary_search(place_begins_.begin(), place_begins_.end(), original);
}

size_t PositionReader::CompanyNameEnd(size_t pos) const {
  // A company's name is a few spaced words ending in จำกัด, perhaps with a
  // parenthesis: "บริษัท รวมใจ ฟู้ด แอนด์ ฟาร์ม (วิสาหกิจเพื่อสังคม) จำกัด".
  constexpr int kMaxWords = 8;
  size_t at = pos;
  for (int k = 0; k < kMaxWords && at + 1 < text_.size() && text_[at] == ' '; ++k) {
    const size_t word = at + 1;
    if (person_at_(word)) break;
    size_t word_end = SegmentEnd(word);
    if (text_[word] == '(') {
      const size_t close = text_.find(')', word);
      if (close == std::string_view::npos || close - word > kMaxParenthesisBytes) break;
      word_end = close + 1;
    }
    if (word_end == word) break;
    size_t length = 0;
    const size_t limited = lexicon_.FindCompanyEnd(text_.substr(word, word_end - word), &length);
    if (limited != std::string_view::npos) return word + limited + length;
    at = word_end;
  }
  return pos;
}

size_t PositionReader::SegmentEnd(size_t pos, size_t reach) const {
  const size_t limit = std::min(text_.size(), pos + kMaxSegmentBytes);
  size_t i = pos;
  while (i < limit) {
    // A body whose name has spaces in it is read whole. It may begin inside
    // a compound word ("ผู้ตรวจราชการกระทรวง|การอุดมศึกษา …").
    if (const size_t name = lexicon_.OrgNameAt(text_, i)) {
      i += name;
      continue;
    }
    // So is a word with a clause word in it: "กรมกิจการผู้สูงอายุ".
    if (const size_t word = lexicon_.CompoundAt(text_, i)) {
      i += word;
      continue;
    }
    if (i < reach) {
      i += utf8::DecodeAt(text_, i).length;
      continue;
    }
    // A verb glued to a committee or a centre begins its name:
    // "คณะที่ปรึกษาติดตามและเร่งรัด…", "ศูนย์สั่งการ…".
    if (i > pos && doc_.IsTokenStart(i) &&
        ((lexicon_.ClauseAt(doc_, i, PositionLexicon::kEndsGlued) > 0 &&
          !lexicon_.EndsInBodyName(text_.substr(pos, i - pos))) ||
         person_at_(i) ||
         // "…กรมการศาสนาและผู้บริหารกระทรวง…": "และ" before the staff of
         // an office joins them to the list, not to the office.
         (StartsWithAt(text_, i, kAnd) && lexicon_.StaffAt(text_, i + kAnd.size()) > 0))) {
      break;
    }
    // "ฯ" ends a shortened word as a space would: "รองนายกฯที่กำกับดูแล…"
    // goes on with a clause, "รองนายกฯและรมว.…" with a second office.
    if (i > pos && EndsWithAt(text_, i, kPaiyannoi) && doc_.IsTokenStart(i) &&
        !StartsWithAt(text_, i, kAnd) && !StartsWithAt(text_, i, kOr) &&
        lexicon_.ClauseAt(doc_, i, PositionLexicon::kAfterSpace) > 0) {
      break;
    }
    const utf8::Decoded d = utf8::DecodeAt(text_, i);
    if (IsSegmentBreak(d.code_point)) break;
    i += d.length;
  }
  return i;
}

bool PositionReader::EndsSentence(size_t pos) const {
  if (pos >= text_.size()) return true;
  const char c = text_[pos];
  if (c == '\n' || c == ',' || c == '"' || c == '\'' || c == ')' || c == ';') return true;
  if (c != ' ') {
    return lexicon_.ClauseAt(doc_, pos, PositionLexicon::kEndsGlued) > 0 ||
           person_at_(pos);
  }
  const size_t next = pos + 1;
  if (next >= text_.size() || text_[next] == '\n' || text_[next] == '"') return true;
  if (person_at_(next)) return true;
  const size_t clause = lexicon_.ClauseAt(doc_, next, PositionLexicon::kAfterSpace);
  if (clause == 0) return false;
  const std::string_view word = text_.substr(next, clause);
  if (word == kAnd || word == kOr) {
    // "…, นายก และนายข": the list of people goes on; "… และเจ้าหน้าที่": it
    // does not, and what came before was one of a list of groups.
    size_t after = next + clause;
    if (after < text_.size() && text_[after] == ' ') ++after;
    return person_at_(after);
  }
  return true;
}

size_t PositionReader::After(size_t pos, bool announced) const {
  if (pos >= text_.size() || person_at_(pos)) return pos;
  if (lexicon_.HeadAt(text_, pos) > 0) return Extent(pos, 0);
  if (lexicon_.ClauseAt(doc_, pos, PositionLexicon::kAfterSpace) > 0) return pos;
  if (announced) return Extent(pos, 0);
  // The head of a provincial or district office is named after it, glued:
  // "ป้องกันจังหวัดชุมพร", "เกษตรและสหกรณ์จังหวัดพังงา", "เกษตรอำเภอ…". Any
  // such word counts, unless it begins with a clause word or is a place
  // ("ที่จังหวัด", "จังหวัด…").
  if (lexicon_.PlaceAt(text_, pos) > 0) return pos;
  // An agency named alone stands for the person's post in it: "นายก ข
  // กรมพัฒนาที่ดิน กล่าวว่า…", "… มหาวิทยาลัยทักษิณ กล่าว". Only where the
  // clause ends after it.
  // Bodies (กรม, กองทุน, มหาวิทยาลัย), not the parts of one (สาขา, ห้อง).
  constexpr int kMinAgencyLevel = 2;
  int level = 0;
  if (lexicon_.OrgAt(text_, pos, &level) > 0 && level >= kMinAgencyLevel &&
      lexicon_.GroupAt(text_, pos) == 0) {
    const size_t end = Extent(pos, 0);
    if (end > pos && EndsPosition(end)) return end;
  }
  constexpr std::string_view kProvince = "จังหวัด", kDistrict = "อำเภอ";
  constexpr size_t kMinOfficeBytes = 6;  // at least two Thai letters before it
  const std::string_view segment = text_.substr(pos, SegmentEnd(pos) - pos);
  for (const std::string_view unit : {kProvince, kDistrict}) {
    const size_t at = segment.find(unit, kMinOfficeBytes);
    if (at != std::string_view::npos) return Extent(pos, 0);
  }
  return pos;
}

size_t PositionReader::AfterLabel(size_t pos) const {
  const size_t label = lexicon_.LabelAt(text_, pos);
  if (label == 0) return pos;
  size_t begin = pos + label;
  if (begin < text_.size() && text_[begin] == ' ') ++begin;
  return begin;
}

size_t PositionReader::Extent(size_t pos, int depth) const {
  const size_t head = lexicon_.HeadAt(text_, pos);
  const std::string_view head_words = text_.substr(pos, head);
  // The title may have a space in it ("รอง ผกก.1").
  size_t end = SegmentEnd(pos, pos + head);
  int level = lexicon_.HighestOrgLevel(text_.substr(pos, end - pos));
  // After an acting clause written alone ("รักษาราชการแทน"), the office it
  // names comes next, whatever its first word.
  bool wants_office = lexicon_.ActingAt(text_, pos) == end - pos;
  bool named_place = false;  // a part of it is a place: "… อำเภอเมือง"

  const auto parenthesis_end = [&](size_t open) -> size_t {
    // "(นายก ข)" names the holder of the office, it is no part of it.
    if (person_at_(open + 1)) return 0;
    const size_t close = text_.find(')', open);
    if (close == std::string_view::npos || close - open > kMaxParenthesisBytes) return 0;
    if (text_.substr(open, close - open).find('\n') != std::string_view::npos) return 0;
    return close + 1;
  };

  while (end < text_.size() && end - pos < kMaxPositionBytes) {
    if (lexicon_.EndsWithCompany(text_.substr(pos, end - pos))) {
      const size_t company = CompanyNameEnd(end);
      if (company > end) {
        end = company;
        continue;
      }
    }
    // A parenthesis, glued or after a space: "(สอว.)".
    const size_t open = text_[end] == ' ' ? end + 1 : end;
    if (open < text_.size() && text_[open] == '(') {
      const size_t close = parenthesis_end(open);
      if (close == 0) break;
      level = std::max(level, lexicon_.HighestOrgLevel(text_.substr(open, close - open)));
      end = close;
      continue;
    }
    if (text_[end] != ' ' || end + 1 >= text_.size()) break;
    const size_t next = end + 1;
    if (person_at_(next)) break;
    if (wants_office) {
      if (lexicon_.ClauseAt(doc_, next, PositionLexicon::kAfterSpace) > 0) break;
      const size_t office = SegmentEnd(next);
      if (office == next) break;
      level = std::max(level, lexicon_.HighestOrgLevel(text_.substr(next, office - next)));
      end = office;
      wants_office = false;
      continue;
    }
    if (const size_t acting = lexicon_.ActingAt(text_, next)) {
      end = SegmentEnd(next);
      wants_office = end == next + acting;
      continue;
    }
    if (lexicon_.PlaceAt(text_, next) > 0 || PlaceMentionAt(next)) {
      end = SegmentEnd(next);
      named_place = true;
      continue;
    }
    if (utf8::IsAsciiDigit(static_cast<unsigned char>(text_[next])) &&
        (lexicon_.EndsWithNumbered(text_.substr(pos, end - pos)) ||
         LastPartIsNumbered(pos, end))) {
      end = doc_.tokens()[doc_.TokenIndexAt(next)].end;
      continue;
    }
    // The end of a body's name: "มูลนิธิ… ในพระบรมราชูปถัมภ์".
    if (const size_t suffix = lexicon_.SuffixAt(text_, next)) {
      end = next + suffix;
      continue;
    }
    // Where the office is held: "เอกอัครราชทูต… ประจำประเทศไทย".
    if (const size_t posted = lexicon_.PostedAt(text_, next)) {
      const size_t where = next + posted;
      int where_level = 0;
      if (lexicon_.OrgAt(text_, where, &where_level) > 0 || lexicon_.PlaceAt(text_, where) > 0 ||
          PlaceMentionAt(where)) {
        end = SegmentEnd(next);
        continue;
      }
    }
    // An organisation, unless the word names a group of people
    // ("คณะผู้บริหาร" but "คณะกรรมการมูลนิธิ…"). A place ends the chain of
    // bodies: "… จังหวัดนครราชสีมา คณะกรรมการ…" is the next item of a list.
    // A body counts by the highest one its part names ("กองกลาง
    // สำนักงานปลัดกระทรวง…"); after an office that ends in a body word
    // without a name ("เลขานุการกรม", "ผู้ตรวจราชการกระทรวง") a body of the
    // same rank names it.
    int org_level = 0;
    const size_t org = lexicon_.OrgAt(text_, next, &org_level);
    if (!named_place && org > lexicon_.GroupAt(text_, next)) {
      const size_t org_end = SegmentEnd(next);
      const int part_level =
          std::max(org_level, lexicon_.HighestOrgLevel(text_.substr(next, org_end - next)));
      if (part_level > level ||
          (part_level == level && org_end > next + org &&
           lexicon_.EndsWithOrg(text_.substr(pos, end - pos)))) {
        level = part_level;
        end = org_end;
        continue;
      }
    }
    if (depth >= kMaxDepth) break;
    // Another office of the same person: after "และ" ("รองนายกรัฐมนตรีและ
    // รมว.…", "… และรองประธานศูนย์…"), or on its own ("ปลัดจังหวัดชุมพร
    // เลขานุการ ศอ.ปส.จ.ชพ."). A group ("ผู้บริหาร…", "หัวหน้าส่วนราชการ") or
    // the same office again ("ผู้อำนวยการโรงเรียน ก และผู้อำนวยการโรงเรียน…")
    // names other people. Unless "และ" was glued to the first office, the
    // second must be followed by the end of the clause, or it is one item of
    // a list of groups ("…ผู้แทนส่วนราชการ ครู นักเรียน").
    const bool glued_and = EndsWithAt(text_, end, kAnd);
    size_t second = next;
    if (!glued_and && StartsWithAt(text_, next, kAnd)) {
      second += kAnd.size();
      if (second < text_.size() && text_[second] == ' ') ++second;
    }
    // An office of a group ("ผู้แทนภาคีเครือข่าย", "หัวหน้าส่วนราชการ")
    // names other people too.
    const size_t second_head = lexicon_.HeadAt(text_, second);
    if (second_head > 0 && lexicon_.GroupAt(text_, second) == 0 &&
        !IsGroupAt(second + second_head) && text_.substr(second, second_head) != head_words) {
      const size_t second_end = Extent(second, depth + 1);
      if (glued_and || EndsSentence(second_end)) {
        end = second_end;
        continue;
      }
      // "รมว.พม." may still name the body of the office, below.
      if (!IsAbbreviationAt(next)) break;
    }
    // Dotted abbreviations naming the body the office belongs to
    // ("รอง ผกก.1 บก. ปคบ.").
    if (IsAbbreviationAt(next)) {
      size_t body_end = SegmentEnd(next);
      while (body_end + 1 < text_.size() && text_[body_end] == ' ' &&
             IsAbbreviationAt(body_end + 1) && !person_at_(body_end + 1)) {
        body_end = SegmentEnd(body_end + 1);
      }
      // "… รมว.พม. ในฐานะ…": an acting clause may follow it.
      if (EndsSentence(body_end) ||
          (body_end + 1 < text_.size() && lexicon_.ActingAt(text_, body_end + 1) > 0)) {
        end = body_end;
        continue;
      }
    }
    // A body named in Latin letters: "รองกรรมการผู้จัดการ SME D Bank",
    // "ประธาน EU-ABC", "ศูนย์วิจัย KrungthaiCOMPASS ธนาคารกรุงไทย".
    if (const size_t latin_end = LatinNameEnd(next); latin_end > next) {
      int after_level = 0;
      if (EndsPosition(latin_end) ||
          (latin_end + 1 < text_.size() && lexicon_.OrgAt(text_, latin_end + 1, &after_level) > 0)) {
        end = latin_end;
        continue;
      }
    }
    break;
  }
  return end;
}

size_t PositionReader::LatinNameEnd(size_t pos) const {
  // At most a few words of letters and digits ("Co Ltd" ends a long one),
  // each of a length a name has: the bound keeps a megabyte of Latin
  // letters from being read again for every office before it.
  constexpr int kMaxLatinWords = 5;
  constexpr size_t kMaxLatinWordBytes = 40;
  const auto is_letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  };
  const auto is_name_char = [&](char c) {
    return is_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '&' || c == '.';
  };
  if (pos >= text_.size() || !is_letter(text_[pos])) return pos;
  size_t end = pos;
  for (int words = 0; words < kMaxLatinWords; ++words) {
    size_t word_end = end;
    while (word_end < text_.size() && is_name_char(text_[word_end])) {
      if (++word_end - end > kMaxLatinWordBytes) return pos;
    }
    if (word_end == end) break;
    end = word_end;
    if (end + 1 >= text_.size() || text_[end] != ' ' || !is_name_char(text_[end + 1])) break;
    ++end;
  }
  if (end > pos && text_[end - 1] == ' ') --end;
  return end;
}

bool PositionReader::IsGroupAt(size_t pos) const {
  // "คณะผู้บริหาร" is a group, "คณะกรรมการ…" a body.
  int level = 0;
  const size_t group = lexicon_.GroupAt(text_, pos);
  return group > 0 && group >= lexicon_.OrgAt(text_, pos, &level);
}

bool PositionReader::EndsPosition(size_t end) const {
  if (EndsSentence(end)) return true;
  return end + 1 < text_.size() && text_[end] == ' ' && IsGroupAt(end + 1);
}

bool PositionReader::LastPartIsNumbered(size_t pos, size_t end) const {
  const size_t space = text_.substr(pos, end - pos).rfind(' ');
  const size_t part = space == std::string_view::npos ? pos : pos + space + 1;
  return lexicon_.NumberedAt(text_, part) > 0 && lexicon_.HeadAt(text_, part) == 0;
}

bool PositionReader::IsOfficeOnly(size_t begin, size_t end) const {
  // Before a name, an office stands alone: "…ในพื้นที่ถึงพฤติกรรมของ นายก"
  // has words in it that never begin a name or an office (ใน, ของ), so it
  // is no office. Office titles are skipped whole (ที่ปรึกษา), and "และ"
  // joins two offices ("รองนายกรัฐมนตรีและรัฐมนตรี…").
  for (size_t i = begin; i < end;) {
    if (const size_t head = lexicon_.HeadAt(text_, i)) {
      i += head;
      continue;
    }
    if (doc_.IsTokenStart(i)) {
      const size_t clause = lexicon_.ClauseAt(doc_, i, PositionLexicon::kEndsName);
      if (clause > 0 && text_.substr(i, clause) != kAnd) return false;
    }
    i += utf8::DecodeAt(text_, i).length;
  }
  return true;
}

size_t PositionReader::Before(size_t title, size_t limit) const {
  size_t stop = title;
  // The name may be in parentheses after its office: "ปลัดกระทรวง… (นายก ข)".
  if (stop > 0 && text_[stop - 1] == '(') --stop;
  if (stop > 0 && text_[stop - 1] == ' ') --stop;
  size_t best = std::string_view::npos;
  size_t segment_end = stop;
  // Up to four spaced parts: "ผู้อำนวยการโรงเรียนบ้าน ก อำเภอ ข นายค …".
  constexpr int kMaxSegments = 4;
  for (int k = 0; k < kMaxSegments && segment_end > limit; ++k) {
    size_t begin = segment_end;
    while (begin > limit && segment_end - begin < kMaxSegmentBytes) {
      const size_t previous = PreviousCharStart(text_, begin);
      if (IsSegmentBreak(utf8::DecodeAt(text_, previous).code_point)) break;
      begin = previous;
    }
    if (begin == segment_end) break;
    bool clause = false;
    for (size_t h = begin; h < segment_end; ++h) {
      if (!doc_.IsTokenStart(h)) continue;
      if (lexicon_.HeadAt(text_, h) > 0 && After(h) == stop && IsOfficeOnly(h, stop)) {
        best = h;
        break;
      }
      if (lexicon_.ClauseAt(doc_, h, PositionLexicon::kEndsGlued) > 0) clause = true;
    }
    if (clause || begin <= limit || text_[begin - 1] != ' ') break;
    segment_end = begin - 1;
  }
  return best;
}

}  // namespace thainews
