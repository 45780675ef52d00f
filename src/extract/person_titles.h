// The titles that introduce a person in Thai news: honorifics (นาย, นางสาว),
// academic and professional titles (ผศ., ดร., นายแพทย์), noble titles
// (ม.ร.ว., ม.ล.), and every military and police rank in short and full form,
// with the female form (พ.ต.ท.หญิง) and the acting prefix (ว่าที่ ร.ต.).
// Titles stack, glued or spaced: "ผศ.ดร.", "พ.ต.อ.ดร.", "พลตำรวจเอก ดร.".
//
// The lexicon only says where titles are. Whether a name follows, and whose,
// is decided by the officials extractor (people.h).

#ifndef THAINEWS_SRC_EXTRACT_PERSON_TITLES_H_
#define THAINEWS_SRC_EXTRACT_PERSON_TITLES_H_

#include <memory>
#include <string_view>

#include "data/data.h"
#include "thainews/status.h"

namespace re2 {
class RE2;
}

namespace thainews {

class TitleLexicon {
 public:
  // Reads titles.tsv.
  static Result<TitleLexicon> Load(const DataSource& data);

  TitleLexicon(TitleLexicon&&) noexcept;
  TitleLexicon& operator=(TitleLexicon&&) noexcept;
  ~TitleLexicon();

  // Byte length of the longest single title ("นางสาว", "ว่าที่ ร.ต.",
  // "พ.ต.ท.หญิง") that starts at `pos` and ends at or before `limit`; 0 when
  // none does.
  size_t UnitAt(std::string_view text, size_t pos, size_t limit) const;
  // Where the next title starts at or after `from`, or npos.
  size_t FindUnit(std::string_view text, size_t from) const;
  // True when a word that begins like a title but is none starts at `pos`:
  // "นายอำเภอ", "นายกรัฐมนตรี", "นางพยาบาล".
  bool NotTitleAt(std::string_view text, size_t pos) const;
  // True when a royal title or name starts at `pos` ("สมเด็จพระ…",
  // "หม่อมเจ้า…"): a rank before it does not make an official.
  bool RoyalAt(std::string_view text, size_t pos) const;
  // Length of a two-word family name of royal lineage at `pos` ("ณ อยุธยา"),
  // 0 if none.
  size_t LineageAt(std::string_view text, size_t pos) const;
  // Length of a mark written after a family name at `pos` (the navy's
  // "ร.น."), 0 if none.
  size_t SuffixAt(std::string_view text, size_t pos) const;

 private:
  TitleLexicon();
  std::unique_ptr<re2::RE2> unit_;
  std::unique_ptr<re2::RE2> not_title_;
  std::unique_ptr<re2::RE2> royal_;
  std::unique_ptr<re2::RE2> lineage_;
  std::unique_ptr<re2::RE2> suffix_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_PERSON_TITLES_H_
