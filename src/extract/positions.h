// Where a person's position (office phrase) begins and ends.
//
// News writes a position right after the name, glued words with spaces only
// between its parts:
//
//   นายก ข ผู้อำนวยการสำนักงานพัฒนาชุมชนอำเภอเมือง รักษาราชการแทน
//   พัฒนาการจังหวัดสระบุรี ร่วมประชุม…
//
// A position starts with an office title (a "head": ผู้ว่าราชการจังหวัด, ผวจ.,
// รองอธิบดี) and runs over its glued words. After a space it goes on only
// with what can belong to the same office: an acting clause and its office
// (รักษาราชการแทน …), a parenthesized abbreviation, an administrative unit
// (อำเภอ…, หมู่ที่ 3, เขต 36), a province, an organisation ranking above the
// ones already named (… มหาวิทยาลัยเชียงใหม่), "และ" with another office, or a
// second office of the same person when the sentence goes on right after it.
// It ends at the verb or clause that follows (กล่าว, เป็นประธาน, ร่วม, …), a
// comma, a line break or the next titled person.

#ifndef THAINEWS_SRC_EXTRACT_POSITIONS_H_
#define THAINEWS_SRC_EXTRACT_POSITIONS_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/data.h"
#include "extract/document.h"
#include "thainews/article.h"
#include "thainews/status.h"

namespace re2 {
class RE2;
}

namespace thainews {

// The words positions are made of: positions.tsv and clause_words.tsv.
class PositionLexicon {
 public:
  static Result<PositionLexicon> Load(const DataSource& data);

  PositionLexicon(PositionLexicon&&) noexcept;
  PositionLexicon& operator=(PositionLexicon&&) noexcept;
  ~PositionLexicon();

  // What a clause word ends besides a position after a space
  // (clause_words.tsv). ClauseAt() takes the flags a word must have.
  enum ClauseEnds : unsigned {
    kAfterSpace = 0,      // every clause word: "และ", "ที่", "มี"
    kEndsName = 1u << 0,  // a bare given name: กล่าว, และ; never begins a name
    kEndsGlued = 1u << 1, // a position without a space before it: เป็น, ได้
  };

  // Byte lengths of the phrase of each kind that starts at `pos`; 0 if none.
  size_t HeadAt(std::string_view text, size_t pos) const;  // modifiers + head
  size_t ActingAt(std::string_view text, size_t pos) const;
  size_t PlaceAt(std::string_view text, size_t pos) const;
  size_t GroupAt(std::string_view text, size_t pos) const;
  size_t StaffAt(std::string_view text, size_t pos) const;  // groups of level 1
  size_t LabelAt(std::string_view text, size_t pos) const;  // ตำแหน่ง
  size_t OrgNameAt(std::string_view text, size_t pos) const;
  size_t CompoundAt(std::string_view text, size_t pos) const;  // ผู้สูงอายุ
  size_t SuffixAt(std::string_view text, size_t pos) const;    // ในพระบรมราชูปถัมภ์
  size_t PostedAt(std::string_view text, size_t pos) const;    // ประจำ
  size_t NumberedAt(std::string_view text, size_t pos) const;  // เขต, พื้นที่
  // True when `before` ends inside the name of a body that may begin with
  // a verb: after the body word ("คณะที่ปรึกษา"), or after its verbs and a
  // glued "และ" ("คณะที่ปรึกษาติดตามและ").
  bool EndsInBodyName(std::string_view before) const;
  // An organisation word at `pos`: its length, and its rank in `*level`.
  size_t OrgAt(std::string_view text, size_t pos, int* level) const;
  // The highest rank of the organisation words inside `phrase` (0: none).
  int HighestOrgLevel(std::string_view phrase) const;
  // True when `before` ends with a word a number may follow (เขต, พื้นที่).
  bool EndsWithNumbered(std::string_view before) const;
  // True when `before` ends with a word for a kind of organisation
  // ("เลขานุการกรม", not "…สำนักนายกรัฐมนตรี"): the body's name has not been
  // written yet.
  bool EndsWithOrg(std::string_view before) const;
  // True when `before` ends with a company word (บริษัท): its name follows.
  bool EndsWithCompany(std::string_view before) const;
  // Where the word that ends a company's name (จำกัด) starts in `text`, or
  // npos.
  size_t FindCompanyEnd(std::string_view text, size_t* length) const;
  // True when a word starts at `pos`: a token starts there, or the text
  // before it ends with a clause word. Dictionary segmenters glue a word to
  // the unknown name after it ("โดย|มีนา|ยม|นุญช์" for "โดยมีนายมนุญช์").
  bool StartsWord(const Document& doc, size_t pos) const;
  // True when `pos` begins with a clause word with all the flags in `ends`,
  // whatever the tokens ("กล่าวว่า" in "ธนกรกล่าวว่า" cut as ธ|นก|รก|ล่า…).
  bool StartsWithClauseWord(std::string_view text, size_t pos, unsigned ends) const;
  // Length of the longest clause word with all the flags in `ends` that
  // covers whole tokens from token start `pos`; 0 if none.
  size_t ClauseAt(const Document& doc, size_t pos, unsigned ends) const;

 private:
  PositionLexicon();
  std::unique_ptr<re2::RE2> head_;
  std::unique_ptr<re2::RE2> acting_;
  std::unique_ptr<re2::RE2> place_;
  std::unique_ptr<re2::RE2> group_;
  std::unique_ptr<re2::RE2> staff_;
  std::unique_ptr<re2::RE2> label_;
  std::unique_ptr<re2::RE2> org_;
  std::unique_ptr<re2::RE2> org_name_;
  std::unique_ptr<re2::RE2> any_org_;  // org and org_name, for levels
  std::unique_ptr<re2::RE2> compound_;
  std::unique_ptr<re2::RE2> suffix_;
  std::unique_ptr<re2::RE2> posted_;
  std::unique_ptr<re2::RE2> numbered_;
  std::unique_ptr<re2::RE2> body_name_end_;
  std::unique_ptr<re2::RE2> numbered_end_;
  std::unique_ptr<re2::RE2> org_end_;  // an organisation word at the end
  std::unique_ptr<re2::RE2> company_end_of_;  // a company word at the end
  std::unique_ptr<re2::RE2> company_name_end_;  // จำกัด
  std::unordered_map<std::string, int> org_level_;
  std::unordered_map<std::string, unsigned> clause_;  // word -> ClauseEnds flags
  size_t longest_clause_ = 0;                          // bytes
};

// Reads the positions of one document. Cheap to build; one per Extract().
class PositionReader {
 public:
  // `person_at(pos)` says whether a titled person's name starts at normalized
  // byte `pos`. The places already found in `places` (provinces, districts
  // and subdistricts; their mentions are original byte spans) continue a
  // position after a space: "ผู้อำนวยการโรงเรียน… พะเยา".
  PositionReader(const PositionLexicon& lexicon, const Document& doc, const Article& places,
                 std::function<bool(size_t)> person_at);

  // The end (normalized bytes) of the position that starts with an office
  // title at `pos`, or `pos` itself when none starts there. An `announced`
  // position (after "ตำแหน่ง") needs no office title: "ตำแหน่งต้นกล".
  size_t After(size_t pos, bool announced = false) const;
  // Where a position announced by a label at `pos` starts ("ตำแหน่ง
  // รองศาสตราจารย์", "ดำรงตำแหน่ง ที่ปรึกษา…"), or `pos` when there is no
  // label.
  size_t AfterLabel(size_t pos) const;
  // The start of a position written right before the person whose title
  // starts at `title` ("ผู้ว่าราชการจังหวัดลพบุรี นายนิวัฒน์ …"), looking no
  // further left than `limit`; npos when there is none.
  size_t Before(size_t title, size_t limit) const;
  // True when a place found before starts at normalized byte `pos`.
  bool PlaceMentionAt(size_t pos) const;

 private:
  size_t Extent(size_t pos, int depth) const;
  // The end of the glued words from `pos`, read at least up to `reach`.
  size_t SegmentEnd(size_t pos, size_t reach = 0) const;
  bool EndsSentence(size_t pos) const;
  bool IsOfficeOnly(size_t begin, size_t end) const;
  // True when the position ending at `end` is whole: the clause ends there
  // or a group of other people follows ("… (กยศ.) ข้าราชการ …").
  bool EndsPosition(size_t end) const;
  // True when a word naming a group of people starts at `pos`.
  bool IsGroupAt(size_t pos) const;
  // True when the last spaced part of [pos, end) begins with a word a number
  // follows: "เขตการศึกษา" (11), "เขต" (2).
  bool LastPartIsNumbered(size_t pos, size_t end) const;
  // The end of a run of Latin words at `pos` ("SME D Bank"), or `pos`.
  size_t LatinNameEnd(size_t pos) const;
  size_t CompanyNameEnd(size_t pos) const;
  bool IsAbbreviationAt(size_t pos) const;

  const PositionLexicon& lexicon_;
  const Document& doc_;
  std::string_view text_;
  std::vector<size_t> place_begins_;  // original byte offsets, sorted
  std::function<bool(size_t)> person_at_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_POSITIONS_H_
