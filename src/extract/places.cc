#include "extract/places.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "extract/gazetteer.h"
#include "text/text_scan.h"
#include "text/utf8.h"

namespace thainews {

namespace {

constexpr std::string_view kCuesFile = "place_cues.tsv";
constexpr std::string_view kCapitalWord = "เมือง";  // อ.เมือง: the capital district
// A gap longer than this between two names is not a list.
constexpr size_t kMaxListGap = 40;

// What the word before a name says it is.
enum class Marker {
  kProvince,     // จังหวัด, จ., ผู้ว่าฯ
  kDistrict,     // อำเภอ, อ.
  kKhet,         // เขต: one of Bangkok's districts
  kSubdistrict,  // ตำบล, ต.
  kKhwaeng,      // แขวง: one of Bangkok's subdistricts
};

std::optional<Marker> ParseMarker(std::string_view kind) {
  if (kind == "province_marker") return Marker::kProvince;
  if (kind == "district_marker") return Marker::kDistrict;
  if (kind == "khet_marker") return Marker::kKhet;
  if (kind == "subdistrict_marker") return Marker::kSubdistrict;
  if (kind == "khwaeng_marker") return Marker::kKhwaeng;
  return std::nullopt;
}

PlaceLevel LevelOf(Marker marker) {
  switch (marker) {
    case Marker::kProvince: return PlaceLevel::kProvince;
    case Marker::kDistrict:
    case Marker::kKhet: return PlaceLevel::kDistrict;
    case Marker::kSubdistrict:
    case Marker::kKhwaeng: return PlaceLevel::kSubdistrict;
  }
  return PlaceLevel::kProvince;
}

std::string Alternation(std::vector<std::string> words) {
  // Longest first, so that RE2's leftmost-first choice takes "จว." over "จ.".
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string pattern = "(";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += RE2::QuoteMeta(words[i]);
  }
  return pattern + ")";
}

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  return std::make_unique<RE2>(pattern, options);
}

bool IsThaiConsonant(char32_t c) { return c >= 0x0E01 && c <= 0x0E2E; }

// Vowels written after a consonant that never begin a syllable.
bool IsFollowingVowel(char32_t c) {
  return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
}

constexpr char32_t kThanthakhat = 0x0E4C;  // ์ : silences the letter it sits on
constexpr size_t kOneLetterAbbreviationSize = std::string_view("อ.").size();
// Districts and subdistricts named in fewer letters (ลี้, ปัว, และ) must
// follow their marker without a space.
constexpr size_t kMinNameAfterSpace = 4;

}  // namespace

struct PlaceExtractor::Cues {
  std::map<std::string, Marker, std::less<>> markers;
  std::unique_ptr<RE2> marker_pattern;
  std::vector<std::string> place_context;
  std::vector<std::string> person;
  std::vector<std::string> names_another_thing;  // สมัยอยุธยา, แม่น้ำน่าน
  std::vector<std::string> generic;
  std::vector<std::string> capital_followers;
  std::unordered_set<std::string> lookalikes;
  std::unique_ptr<RE2> not_place_pattern;  // null when there is none
  std::unique_ptr<RE2> list_gap;

  static Result<std::unique_ptr<Cues>> Load(const DataSource& data);
};

Result<std::unique_ptr<PlaceExtractor::Cues>> PlaceExtractor::Cues::Load(const DataSource& data) {
  auto cues = std::make_unique<Cues>();
  Result<std::string> content = data.Read(kCuesFile);
  if (!content.ok()) return content.status();
  std::vector<std::string> markers, not_place;
  Status status = ForEachTsvRow(
      kCuesFile, *content, /*has_header=*/true, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2 || f[0].empty()) {
          return Status(StatusCode::kDataError, "expected a cue and its kind");
        }
        const std::string cue(f[0]);
        const std::string_view kind = f[1];
        if (std::optional<Marker> marker = ParseMarker(kind)) {
          cues->markers.emplace(cue, *marker);
          markers.push_back(cue);
        } else if (kind == "place_context") {
          cues->place_context.push_back(cue);
        } else if (kind == "person") {
          cues->person.push_back(cue);
        } else if (kind == "history" || kind == "feature") {
          cues->names_another_thing.push_back(cue);
        } else if (kind == "generic") {
          cues->generic.push_back(cue);
        } else if (kind == "capital_follower") {
          cues->capital_followers.push_back(cue);
        } else if (kind == "lookalike") {
          cues->lookalikes.insert(cue);
        } else if (kind == "not_place") {
          not_place.push_back(cue);
        } else {
          return Status(StatusCode::kDataError, "unknown cue kind '" + std::string(kind) + "'");
        }
        return Status::Ok();
      });
  if (!status.ok()) return status;
  if (markers.empty()) {
    return Status(StatusCode::kDataError, std::string(kCuesFile) + " lists no markers");
  }
  cues->marker_pattern = Compile(Alternation(markers));
  if (!not_place.empty()) cues->not_place_pattern = Compile(Alternation(not_place));
  // What may stand between two names of a list: "นนทบุรี ปทุมธานี และระนอง".
  cues->list_gap = Compile("[ ,/-]*(?:และ|หรือ|กับ)?[ ,/-]*");
  for (const RE2* re : {cues->marker_pattern.get(), cues->not_place_pattern.get(),
                        cues->list_gap.get()}) {
    if (re != nullptr && !re->ok()) {
      return Status(StatusCode::kInternal, "bad place pattern: " + re->error());
    }
  }
  return cues;
}

namespace {

// A name found in the text, before it is accepted and resolved.
struct Candidate {
  size_t cue_begin = 0;  // where its marker starts; `begin` when it has none
  size_t begin = 0;      // the name, in normalized bytes
  size_t end = 0;
  PlaceLevel level = PlaceLevel::kProvince;
  std::optional<Marker> marker;
  bool generic = false;     // the marker counts (11 อำเภอ) or generalizes (ทุกจังหวัด)
  std::vector<int> units;   // the units the name may be, at `level`
  bool accepted = false;    // provinces: read as a place
  int resolved = -1;        // the unit it is

  bool marked() const { return marker.has_value() && !generic; }
};

// One Extract() call: reads the document's names into candidates, decides
// which are places, resolves each to one unit, and writes the article.
class PlaceReader {
 public:
  PlaceReader(const Gazetteer::Impl& gazetteer, const PlaceExtractor::Cues& cues,
              const Document& doc)
      : g_(gazetteer), cues_(cues), doc_(doc), text_(doc.text()), claimed_(text_.size(), 0) {}

  void Read(Article* article) {
    FindNotPlaces();
    FindMarked();
    FindListedDistricts();
    FindUnmarked();
    std::sort(candidates_.begin(), candidates_.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    AcceptProvinces();
    ResolveDistricts();
    AddCapitalProvinceMentions();
    ResolveSubdistricts();
    AddUnmarkedDistrictMentions();
    Write(article);
  }

 private:
  // --- Characters and words ---

  char32_t CharAt(size_t pos) const { return utf8::DecodeAt(text_, pos).code_point; }
  size_t NextChar(size_t pos) const {
    return pos + static_cast<size_t>(utf8::DecodeAt(text_, pos).length);
  }

  // True when a name may end at `pos`: not inside a letter cluster
  // (ตรัง|ค์, a vowel or mark after it) and at a word boundary.
  bool EndsWord(size_t pos) const {
    if (pos >= text_.size()) return true;
    const char32_t c = CharAt(pos);
    if (!utf8::IsThaiLetter(c)) return true;
    if (utf8::IsThaiCombining(c) || IsFollowingVowel(c)) return false;
    if (IsThaiConsonant(c)) {
      // A silenced letter belongs to the word before it: "ตรังค์".
      size_t next = NextChar(pos);
      for (int k = 0; k < 2 && next < text_.size(); ++k) {
        const char32_t n = CharAt(next);
        if (n == kThanthakhat) return false;
        if (!utf8::IsThaiCombining(n)) break;
        next = NextChar(next);
      }
    }
    return doc_.IsTokenEnd(pos);
  }

  size_t CodePoints(size_t begin, size_t end) const {
    size_t n = 0;
    for (size_t i = begin; i < end; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++n;
    }
    return n;
  }

  // The position before `pos` once one space is passed over.
  size_t SkipSpaceBack(size_t pos) const {
    return pos > 0 && text_[pos - 1] == ' ' ? pos - 1 : pos;
  }

  // True when one of `cues` ends right before `pos` (a space between is
  // allowed). With `whole_word`, a cue that is a word must also start one,
  // so that "ขอบคุณ" does not read as the title "คุณ"; an abbreviation may
  // end a longer one ("ศ.ดร.").
  bool PrecededBy(size_t pos, const std::vector<std::string>& cues, bool whole_word) const {
    const size_t p = SkipSpaceBack(pos);
    for (const std::string& cue : cues) {
      if (p < cue.size() || text_.compare(p - cue.size(), cue.size(), cue) != 0) continue;
      if (!whole_word || cue.back() == '.' || doc_.IsTokenStart(p - cue.size())) return true;
    }
    return false;
  }

  // A count or a generalization before a marker: "11 อำเภอ ได้แก่",
  // "ทุกจังหวัด". A number before a marker that the name follows without a
  // space is the end of an address instead: "หมู่ที่ 4 ตำบลปากแพรก"; and a
  // generic word must be glued to the marker and not end a name found
  // before it ("ตำบลปากบาง อำเภอเทพา": บาง is not "some").
  bool IsGenericMarker(size_t marker_begin, size_t name_begin) const {
    const size_t p = SkipSpaceBack(marker_begin);
    if (p > 0 && text_[p - 1] >= '0' && text_[p - 1] <= '9') {
      return name_begin > 0 && text_[name_begin - 1] == ' ';
    }
    if (p != marker_begin || p == 0 || claimed_[p - 1]) return false;
    return PrecededBy(marker_begin, cues_.generic, /*whole_word=*/false);
  }

  // --- Finding names ---

  void FindNotPlaces() {
    if (cues_.not_place_pattern == nullptr) return;
    re2::StringPiece input(text_.data(), text_.size());
    re2::StringPiece found;
    while (RE2::FindAndConsume(&input, *cues_.not_place_pattern, &found)) {
      const size_t b = static_cast<size_t>(found.data() - text_.data());
      Claim(b, b + found.size());
    }
  }

  // The units among `refs` that a name after `marker` may be. An อำเภอ is
  // not one of Bangkok's เขต unless nothing else fits, and the other way round.
  std::vector<int> UnitsFor(Marker marker, const NameMatch& m) const {
    const PlaceLevel level = LevelOf(marker);
    std::vector<int> bangkok, elsewhere;
    for (size_t i = 0; i < m.ref_count; ++i) {
      const int unit = m.refs[i].unit;
      if (g_.unit(unit).level != level) continue;
      (g_.InBangkok(unit) ? bangkok : elsewhere).push_back(unit);
    }
    if (marker == Marker::kKhet || marker == Marker::kKhwaeng) return bangkok;
    return elsewhere.empty() ? bangkok : elsewhere;
  }

  void FindMarked() {
    re2::StringPiece input(text_.data(), text_.size());
    re2::StringPiece found;
    while (RE2::FindAndConsume(&input, *cues_.marker_pattern, &found)) {
      const size_t marker_begin = static_cast<size_t>(found.data() - text_.data());
      const std::string_view word(found.data(), found.size());
      const Marker marker = cues_.markers.find(word)->second;
      if (IsLetterOfAnotherAbbreviation(word, marker, marker_begin)) continue;
      size_t name_begin = marker_begin + found.size();
      if (name_begin < text_.size() && text_[name_begin] == ' ') ++name_begin;
      MatchMarked(marker, marker_begin, name_begin);
    }
  }

  // "พล.อ.", "พ.ต.อ.", "รมต.": อ. and ต. are letters of a rank or of
  // another abbreviation there, not the words for district and subdistrict.
  bool IsLetterOfAnotherAbbreviation(std::string_view word, Marker marker,
                                     size_t marker_begin) const {
    if (marker != Marker::kDistrict && marker != Marker::kSubdistrict) return false;
    if (word.size() != kOneLetterAbbreviationSize || marker_begin == 0) return false;
    // The segmenter keeps a known dotted abbreviation in one token
    // ("รมต.", "พ.ต.อ."), but may cut a rank after its first part ("พล.|อ.");
    // and how it cuts "ที่อ." or "และอ." differs between engines.
    if (text_[marker_begin - 1] == '.') return true;
    const Token& t = doc_.tokens()[doc_.TokenIndexAt(marker_begin)];
    return t.kind == TokenKind::kAbbreviation && t.begin < marker_begin;
  }

  void MatchMarked(Marker marker, size_t marker_begin, size_t name_begin) {
    Candidate c;
    c.cue_begin = marker_begin;
    c.begin = name_begin;
    c.level = LevelOf(marker);
    c.marker = marker;
    c.generic = IsGenericMarker(marker_begin, name_begin);
    // The longest name wins: "เขตพระนครศรีอยุธยา" is not เขตพระนคร.
    g_.MatchNames(text_, name_begin, /*skip_one_space=*/true, &matches_);
    if (const NameMatch* m = LongestWord()) {
      c.end = m->end;
      c.units = UnitsFor(marker, *m);
    }
    // A short word after a space is more often the next word than a name:
    // "สุขภาพตำบล และ" is no ตำบลและ.
    if (c.level != PlaceLevel::kProvince && name_begin > marker_begin &&
        text_[name_begin - 1] == ' ' && CodePoints(c.begin, c.end) < kMinNameAfterSpace) {
      c.units.clear();
    }
    if (c.units.empty()) c.end = c.begin;
    if (marker == Marker::kDistrict && StartsWithAt(text_, name_begin, kCapitalWord)) {
      MatchCapital(&c);
    }
    if (c.units.empty()) {
      // Not a name of the marker's level, but maybe a province's, which
      // the marker at least sets apart as a word: "ในเขตกทม.".
      AddProvinceAfterOtherMarker(name_begin);
      return;
    }
    Claim(c.begin, c.end);
    candidates_.push_back(std::move(c));
  }

  void AddProvinceAfterOtherMarker(size_t name_begin) {
    g_.MatchNames(text_, name_begin, /*skip_one_space=*/false, &matches_);
    const NameMatch* m = LongestWord();
    if (m == nullptr || IsClaimed(name_begin, m->end)) return;
    Candidate c;
    c.cue_begin = c.begin = name_begin;
    c.end = m->end;
    c.units = UnitsFor(Marker::kProvince, *m);
    if (c.units.empty()) return;
    Claim(c.begin, c.end);
    candidates_.push_back(std::move(c));
  }

  void Claim(size_t begin, size_t end) {
    std::fill(claimed_.begin() + static_cast<std::ptrdiff_t>(begin),
              claimed_.begin() + static_cast<std::ptrdiff_t>(end), 1);
  }
  bool IsClaimed(size_t begin, size_t end) const {
    return std::any_of(claimed_.begin() + static_cast<std::ptrdiff_t>(begin),
                       claimed_.begin() + static_cast<std::ptrdiff_t>(end),
                       [](uint8_t x) { return x != 0; });
  }

  // One marker may stand for a list of districts: "อำเภอสีคิ้ว โนนสูง
  // ปากช่อง และด่านขุนทด", "อ.บ้านหมี่, โคกสำโรง หรือท่าวุ้ง". A name after
  // a marked district and a list gap is one more district when it is a
  // whole word and a district of the same province as the one before it:
  // an ordinary word is rarely also the name of a neighbouring district.
  void FindListedDistricts() {
    const size_t marked = candidates_.size();
    for (size_t i = 0; i < marked; ++i) {
      if (candidates_[i].level != PlaceLevel::kDistrict || !candidates_[i].marked()) continue;
      for (const Candidate* last = &candidates_[i]; last != nullptr;) {
        last = AddListedDistrict(*last);
      }
    }
  }

  // The district listed right after `previous`, added as a marked candidate,
  // or nullptr when none is.
  const Candidate* AddListedDistrict(const Candidate& previous) {
    re2::StringPiece gap;
    if (!cues_.list_gap->Match(re2::StringPiece(text_.data(), text_.size()), previous.end,
                               std::min(text_.size(), previous.end + kMaxListGap),
                               RE2::ANCHOR_START, &gap, 1) ||
        gap.empty()) {
      return nullptr;
    }
    const size_t name_begin = previous.end + gap.size();
    if (name_begin >= text_.size() || !doc_.IsTokenStart(name_begin)) return nullptr;
    g_.MatchNames(text_, name_begin, /*skip_one_space=*/false, &matches_);
    const NameMatch* m = LongestWord();
    if (m == nullptr || IsClaimed(name_begin, m->end) ||
        CodePoints(name_begin, m->end) < kMinNameAfterSpace) {
      return nullptr;
    }
    Candidate c;
    c.cue_begin = c.begin = name_begin;
    c.end = m->end;
    c.level = PlaceLevel::kDistrict;
    c.marker = previous.marker;
    for (size_t k = 0; k < m->ref_count; ++k) {
      const PlaceUnit& unit = g_.unit(m->refs[k].unit);
      // A province's name ends the list: "อำเภอปัว น่าน".
      if (unit.level == PlaceLevel::kProvince) return nullptr;
      if (unit.level != PlaceLevel::kDistrict) continue;
      const bool same_province =
          std::any_of(previous.units.begin(), previous.units.end(),
                      [&](int p) { return g_.unit(p).province == unit.province; });
      if (same_province) c.units.push_back(m->refs[k].unit);
    }
    if (c.units.empty()) return nullptr;
    Claim(c.begin, c.end);
    candidates_.push_back(std::move(c));
    return &candidates_.back();
  }

  // After a district marker, "เมือง" names a capital district: "อ.เมือง
  // ลพบุรี" and "อำเภอเมืองโคราช" name their province, "อ.เมือง จ.ลพบุรี"
  // leaves it to the context. A longer district name ("เมืองยาง") wins.
  void MatchCapital(Candidate* c) {
    const size_t word_end = c->begin + kCapitalWord.size();
    size_t after = word_end;
    if (after < text_.size() && text_[after] == ' ') ++after;
    g_.MatchNames(text_, after, /*skip_one_space=*/true, &matches_);
    if (const NameMatch* m = LongestWord(); m != nullptr && m->end > c->end) {
      const std::vector<int> provinces = UnitsFor(Marker::kProvince, *m);
      if (provinces.size() == 1 && g_.CapitalOf(provinces[0]) >= 0) {
        c->end = m->end;
        c->units = {g_.CapitalOf(provinces[0])};
        return;
      }
    }
    if (!c->units.empty()) return;
    // "เมือง" alone: it must end there ("อ.เมือง จ.ลพบุรี"), or a province
    // marker or a word that cannot continue a name must follow.
    const bool ends = word_end >= text_.size() || !utf8::IsThaiLetter(CharAt(word_end));
    const auto followed_by = [&](const auto& words) {
      for (const auto& word : words) {
        if (StartsWithAt(text_, word_end, word)) return true;
      }
      return false;
    };
    std::vector<std::string_view> province_markers;
    for (const auto& [word, kind] : cues_.markers) {
      if (kind == Marker::kProvince) province_markers.push_back(word);
    }
    if (!ends && !followed_by(province_markers) &&
        !(doc_.IsTokenEnd(word_end) && followed_by(cues_.capital_followers))) {
      return;
    }
    c->end = word_end;
    for (int p : g_.Provinces()) {
      if (g_.CapitalOf(p) >= 0) c->units.push_back(g_.CapitalOf(p));
    }
  }

  // The longest of matches_ that ends a word, or nullptr.
  const NameMatch* LongestWord() const {
    for (auto m = matches_.rbegin(); m != matches_.rend(); ++m) {
      if (EndsWord(m->end)) return &*m;
    }
    return nullptr;
  }

  void FindUnmarked() {
    size_t unmarked_end = 0;
    for (const Token& t : doc_.tokens()) {
      if (t.kind != TokenKind::kThai && t.kind != TokenKind::kAbbreviation) continue;
      if (claimed_[t.begin]) continue;
      if (t.begin < unmarked_end) continue;  // inside the name found before
      g_.MatchNames(text_, t.begin, /*skip_one_space=*/false, &matches_);
      const NameMatch* longest = LongestWord();
      if (longest == nullptr) continue;
      unmarked_end = longest->end;
      if (IsClaimed(t.begin, longest->end)) continue;
      Candidate c;
      c.cue_begin = c.begin = t.begin;
      c.end = longest->end;
      for (PlaceLevel level : {PlaceLevel::kProvince, PlaceLevel::kDistrict}) {
        for (size_t i = 0; i < longest->ref_count; ++i) {
          if (g_.unit(longest->refs[i].unit).level == level) c.units.push_back(longest->refs[i].unit);
        }
        if (!c.units.empty()) {
          c.level = level;
          break;
        }
      }
      if (c.units.empty()) continue;
      // "เมืองสระบุรี" without a marker (a police station, a school, "ชาวเมือง
      // สระบุรี") is the city of its province: the province is named even
      // where the district is not, and the segmenter may have kept the
      // capital's name as one word, so the province name starts mid-token.
      const int capital_province = CapitalProvince(c);
      const size_t province_begin = c.begin + kCapitalWord.size();
      candidates_.push_back(std::move(c));
      if (capital_province >= 0 && !IsClaimed(province_begin, longest->end)) {
        Candidate province;
        province.cue_begin = province.begin = province_begin;
        province.end = longest->end;
        province.level = PlaceLevel::kProvince;
        province.units = {capital_province};
        candidates_.push_back(std::move(province));
      }
    }
  }

  // The province whose capital district candidate `c` names by its full
  // name ("เมือง" + the province's name), or -1.
  int CapitalProvince(const Candidate& c) const {
    if (c.level != PlaceLevel::kDistrict || c.units.size() != 1) return -1;
    const PlaceUnit& district = g_.unit(c.units[0]);
    if (!district.capital || !StartsWithAt(text_, c.begin, kCapitalWord)) return -1;
    const int province = district.province;
    const std::string_view rest =
        text_.substr(c.begin + kCapitalWord.size(), c.end - c.begin - kCapitalWord.size());
    return province >= 0 && g_.unit(province).name == rest ? province : -1;
  }

  // --- Deciding ---

  std::string_view NameText(const Candidate& c) const {
    return text_.substr(c.begin, c.end - c.begin);
  }

  bool IsListGap(size_t from, size_t to) const {
    if (to < from || to - from > kMaxListGap) return false;
    return RE2::FullMatch(re2::StringPiece(text_.data() + from, to - from), *cues_.list_gap);
  }

  // True when only a space, or nothing, stands between two candidates.
  bool Adjacent(const Candidate& first, const Candidate& second) const {
    return second.cue_begin == first.end ||
           (second.cue_begin == first.end + 1 && text_[first.end] == ' ');
  }

  // "#น่าน": a tag names the place. (Not a cue in place_cues.tsv, where '#'
  // starts a comment.)
  bool IsHashtag(const Candidate& c) const { return c.begin > 0 && text_[c.begin - 1] == '#'; }

  // A dateline: "น่าน - ..." or "น่าน : ..." at the start of a line.
  bool IsDateline(const Candidate& c) const {
    if (c.begin > 0 && text_[c.begin - 1] != '\n') return false;
    size_t p = c.end;
    if (p < text_.size() && text_[p] == ' ') ++p;
    return p < text_.size() && (text_[p] == '-' || text_[p] == ':');
  }

  // An office's abbreviation right before the name: "พช.น่าน", "ส.ส.ชุมพร".
  // A rank is not one ("พ.ต.อ.สุรินทร์": its last letter stands alone for
  // ตรี, โท or เอก), nor a title (person cues: "นพ.", "ดร.").
  bool FollowsAgencyAbbreviation(const Candidate& c) const {
    if (c.begin < 2 || text_[c.begin - 1] != '.') return false;
    size_t p = c.begin - 1;  // on the dot; walk back over the letters before it
    size_t letters = 0;
    while (p > 0 && text_[p - 1] != '.') {
      const size_t start = PreviousCharStart(text_, p);
      if (!utf8::IsThaiLetter(CharAt(start))) break;
      ++letters;
      p = start;
    }
    const bool rank = letters == 1 && p > 0 && text_[p - 1] == '.';
    return letters > 0 && !rank;
  }

  void AcceptProvinces() {
    std::vector<size_t> provinces;  // indices of province candidates, in order
    for (size_t i = 0; i < candidates_.size(); ++i) {
      if (candidates_[i].level == PlaceLevel::kProvince) provinces.push_back(i);
    }
    std::vector<bool> pending(candidates_.size(), false);
    for (size_t i : provinces) {
      Candidate& c = candidates_[i];
      if (c.marked()) {
        c.accepted = true;
      } else if (PrecededBy(c.begin, cues_.person, /*whole_word=*/true) ||
                 PrecededBy(c.begin, cues_.names_another_thing, /*whole_word=*/true)) {
        continue;
      } else if (cues_.lookalikes.count(std::string(NameText(c))) == 0 ||
                 PrecededBy(c.begin, cues_.place_context, /*whole_word=*/false) ||
                 IsHashtag(c) || IsDateline(c) || FollowsMarkedDistrict(i) ||
                 FollowsAgencyAbbreviation(c)) {
        c.accepted = true;
      } else {
        pending[i] = true;
      }
    }
    // A look-alike in a list of provinces is one too: "ตาก น่าน และแพร่".
    // One sweep forward and one back accept every list that holds a
    // province, in linear time.
    const auto accept_if_listed = [&](size_t i, size_t neighbour, bool neighbour_first) {
      const Candidate& c = candidates_[i];
      const Candidate& n = candidates_[neighbour];
      if (!pending[i] || !n.accepted) return;
      if (neighbour_first ? IsListGap(n.end, c.cue_begin) : IsListGap(c.end, n.cue_begin)) {
        candidates_[i].accepted = true;
      }
    };
    for (size_t k = 1; k < provinces.size(); ++k) {
      accept_if_listed(provinces[k], provinces[k - 1], /*neighbour_first=*/true);
    }
    for (size_t k = provinces.size(); k-- > 1;) {
      accept_if_listed(provinces[k - 1], provinces[k], /*neighbour_first=*/false);
    }
    for (size_t i : provinces) {
      const Candidate& c = candidates_[i];
      if (!c.accepted) continue;
      AddMention(c.units[0], c.begin, c.end);
      province_mentions_[c.units[0]].push_back(c.begin);  // in text order
    }
  }

  // A look-alike right after a district is its province: "อ.ปัว น่าน".
  bool FollowsMarkedDistrict(size_t i) const {
    if (i == 0) return false;
    const Candidate& before = candidates_[i - 1];
    return before.marked() && before.level != PlaceLevel::kProvince &&
           Adjacent(before, candidates_[i]);
  }

  // The candidate right after candidates_[i], when nothing but a space
  // stands between them ("อ.X จ.Y").
  const Candidate* Following(size_t i) const {
    for (size_t j = i + 1; j < candidates_.size(); ++j) {
      if (candidates_[j].cue_begin < candidates_[i].end) continue;
      return Adjacent(candidates_[i], candidates_[j]) ? &candidates_[j] : nullptr;
    }
    return nullptr;
  }

  // Of `units`, the one whose province the article names nearest before
  // `pos` (else nearest after it), or -1 when the article names none of them.
  int NearestByProvince(const std::vector<int>& units, size_t pos) const {
    int best = -1;
    size_t best_distance = SIZE_MAX;
    const auto consider = [&](int unit, size_t distance) {
      if (distance < best_distance) {
        best_distance = distance;
        best = unit;
      }
    };
    for (int unit : units) {
      const auto found = province_mentions_.find(g_.unit(unit).province);
      if (found == province_mentions_.end()) continue;
      const std::vector<size_t>& at = found->second;
      const auto after = std::upper_bound(at.begin(), at.end(), pos);
      // Mentions before `pos` are preferred: they are nearer by this measure.
      if (after != at.begin()) consider(unit, pos - *(after - 1));
      if (after != at.end()) consider(unit, SIZE_MAX / 2 + (*after - pos));
    }
    return best;
  }

  void ResolveDistricts() {
    for (size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      if (c.level != PlaceLevel::kDistrict || !c.marked()) continue;
      // The province named right after it: "อำเภอบ้านหมี่ จังหวัดลพบุรี", or
      // the province it was part of then: "อำเภอบึงกาฬ จังหวัดหนองคาย".
      const Candidate* next = Following(i);
      if (next != nullptr && next->level == PlaceLevel::kProvince && next->accepted) {
        const int named = next->units[0];
        for (bool then : {false, true}) {
          for (int unit : c.units) {
            const int province = g_.unit(unit).province;
            if (c.resolved < 0 && (then ? g_.WasPartOf(province, named) : province == named)) {
              c.resolved = unit;
            }
          }
        }
      }
      if (c.resolved < 0) c.resolved = NearestByProvince(c.units, c.begin);
      if (c.resolved < 0 && c.units.size() == 1) c.resolved = c.units[0];
      if (c.resolved >= 0) AddMention(c.resolved, c.begin, c.end);
    }
  }

  // "อำเภอเมืองลพบุรี" and Ayutthaya's "อำเภอพระนครศรีอยุธยา" name the
  // province too, unless it is a former name ("อำเภอบึงกาฬ" of Nong Khai).
  void AddCapitalProvinceMentions() {
    for (const Candidate& c : candidates_) {
      if (c.level != PlaceLevel::kDistrict || c.resolved < 0 || !g_.unit(c.resolved).capital) {
        continue;
      }
      size_t b = c.begin;
      if (StartsWithAt(text_, b, kCapitalWord)) b += kCapitalWord.size();
      if (b < c.end && text_[b] == ' ') ++b;
      if (b >= c.end) continue;
      const std::vector<NameRef>* refs = g_.FindName(text_.substr(b, c.end - b));
      if (refs == nullptr) continue;
      const int province = g_.unit(c.resolved).province;
      const bool former = std::any_of(refs->begin(), refs->end(), [&](const NameRef& r) {
        return r.unit == c.resolved && r.kind == NameKind::kFormer;
      });
      const bool names_province = std::any_of(refs->begin(), refs->end(), [&](const NameRef& r) {
        return r.unit == province && r.kind != NameKind::kCode;
      });
      if (names_province && !former) AddMention(province, b, c.end);
    }
  }

  void ResolveSubdistricts() {
    for (size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      if (c.level != PlaceLevel::kSubdistrict || !c.marked()) continue;
      const auto keep = [&](const auto& belongs) {
        std::vector<int> kept;
        for (int unit : c.units) {
          if (belongs(g_.unit(unit))) kept.push_back(unit);
        }
        return kept;
      };
      // "ต.นาหนัง อ.โพนพิสัย", "ตำบลบ้านหมี่ จังหวัดลพบุรี", or in that
      // province when the district is an older one ("แขวงทุ่งสองห้อง
      // เขตบางเขน", now of หลักสี่). When neither has a subdistrict of that
      // name it was misread ("ต.คูมือง อ.คูเมือง", a typo, or a village's
      // name, "รพ.สต.มะกอก จ.มหาสารคาม"): names repeat too often to guess.
      std::vector<int> units;
      int province = -1;
      if (const Candidate* next = Following(i)) {
        if (next->level == PlaceLevel::kDistrict && next->resolved >= 0) {
          units = keep([&](const PlaceUnit& u) { return u.parent == next->resolved; });
          province = g_.unit(next->resolved).province;
        } else if (next->level == PlaceLevel::kProvince && next->accepted) {
          province = next->units[0];
        }
      }
      if (province >= 0) {
        if (units.empty()) units = keep([&](const PlaceUnit& u) { return u.province == province; });
        if (units.empty()) continue;
      }
      if (units.empty()) {
        units = keep([&](const PlaceUnit& u) { return mentions_.count(u.parent) != 0; });
      }
      if (units.empty()) {
        units = keep([&](const PlaceUnit& u) { return mentions_.count(u.province) != 0; });
      }
      if (units.empty()) units = c.units;
      if (units.size() == 1) {
        c.resolved = units[0];
        AddMention(c.resolved, c.begin, c.end);
      }
    }
  }

  // A district the article has named with a marker counts again where its
  // name stands alone as a word.
  void AddUnmarkedDistrictMentions() {
    for (Candidate& c : candidates_) {
      if (c.level != PlaceLevel::kDistrict || c.marker.has_value()) continue;
      for (int unit : c.units) {
        if (mentions_.count(unit) != 0) {
          c.resolved = unit;
          AddMention(unit, c.begin, c.end);
          break;
        }
      }
    }
  }

  void AddMention(int unit, size_t begin, size_t end) { mentions_[unit].emplace_back(begin, end); }

  // --- Writing ---

  void Write(Article* article) const {
    // Units in the order of their first mention.
    std::vector<std::pair<size_t, int>> order;
    for (const auto& [unit, spans] : mentions_) {
      order.emplace_back(std::min_element(spans.begin(), spans.end())->first, unit);
    }
    std::sort(order.begin(), order.end());
    for (const auto& [first, unit] : order) {
      const Place place = g_.ToPlace(unit);
      std::vector<Span> mentions = Mentions(unit);
      switch (place.level) {
        case PlaceLevel::kProvince:
          article->provinces.push_back({place.name, place.code, place.name_en, std::move(mentions)});
          break;
        case PlaceLevel::kDistrict:
          article->districts.push_back({place.name, place.code, place.name_en, place.province,
                                        place.province_code, std::move(mentions)});
          break;
        case PlaceLevel::kSubdistrict:
          article->subdistricts.push_back({place.name, place.code, place.name_en, place.district,
                                           place.province, std::move(mentions)});
          break;
      }
    }
  }

  std::vector<Span> Mentions(int unit) const {
    std::vector<std::pair<size_t, size_t>> spans = mentions_.at(unit);
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    std::vector<Span> out;
    for (const auto& [b, e] : spans) out.push_back(doc_.ToOriginal(b, e));
    return out;
  }

  const Gazetteer::Impl& g_;
  const PlaceExtractor::Cues& cues_;
  const Document& doc_;
  const std::string_view text_;
  std::vector<uint8_t> claimed_;  // bytes inside a marked name or a not-a-place name
  std::vector<Candidate> candidates_;
  std::vector<NameMatch> matches_;  // scratch for MatchNames
  std::map<int, std::vector<std::pair<size_t, size_t>>> mentions_;  // unit -> spans
  std::map<int, std::vector<size_t>> province_mentions_;  // accepted, by where they start
};

}  // namespace

Result<PlaceExtractor> PlaceExtractor::Create(const DataSource& data) {
  Gazetteer::Options options;
  options.data_dir = data.directory();
  Result<Gazetteer> gazetteer = Gazetteer::Create(options);
  if (!gazetteer.ok()) return gazetteer.status();
  Result<std::unique_ptr<Cues>> cues = Cues::Load(data);
  if (!cues.ok()) return cues.status();
  return PlaceExtractor(std::move(*gazetteer), std::move(*cues));
}

PlaceExtractor::PlaceExtractor(Gazetteer gazetteer, std::unique_ptr<const Cues> cues)
    : gazetteer_(std::move(gazetteer)), cues_(std::move(cues)) {}
PlaceExtractor::PlaceExtractor(PlaceExtractor&&) noexcept = default;
PlaceExtractor& PlaceExtractor::operator=(PlaceExtractor&&) noexcept = default;
PlaceExtractor::~PlaceExtractor() = default;

void PlaceExtractor::Extract(const Document& doc, Article* article) const {
  PlaceReader(gazetteer_.impl(), *cues_, doc).Read(article);
}

}  // namespace thainews
