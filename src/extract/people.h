// Officials: every person the article introduces with a title, with the
// title as written, the name split into given and family name, and the
// position the text gives next to the name.
//
//   นางสาวอนงค์นุช มีศิริ ผู้อำนวยการสำนักงานจัดหางาน… ร่วมประชุม…
//   └─honorific─┘└given┘ └family┘ └──────── position ────────┘
//
// Names are in no dictionary, so their extent comes from the text itself:
// the given name is the run of Thai letters right after the title (glued or
// after one space), the family name the run after the next single space,
// unless that run is a verb, an office title or another person. A later
// mention by title and given name ("นายสุรศักดิ์ กล่าวว่า") joins the person
// named in full. Royal names (สมเด็จพระ…) are not officials, and neither is
// a byline without a title.

#ifndef THAINEWS_SRC_EXTRACT_PEOPLE_H_
#define THAINEWS_SRC_EXTRACT_PEOPLE_H_

#include <optional>
#include <vector>

#include "data/data.h"
#include "extract/document.h"
#include "extract/person_titles.h"
#include "extract/positions.h"
#include "thainews/article.h"
#include "thainews/status.h"

namespace thainews {

class OfficialExtractor {
 public:
  // Reads titles.tsv, positions.tsv and clause_words.tsv.
  static Result<OfficialExtractor> Create(const DataSource& data);

  // Fills article->officials in order of first full mention. Reads
  // article->provinces (filled before) to name the province of a position
  // and to read a province name after a space as part of the position.
  void Find(const Document& doc, Article* article) const;

 private:
  struct Mention;
  struct Person;
  OfficialExtractor(TitleLexicon titles, PositionLexicon positions);
  // The steps of Find(): every titled mention in text order, the position
  // of each, the people they name, and each person as an Official.
  std::vector<Mention> FindMentions(const Document& doc, const PositionReader& reader) const;
  void ReadPositions(const Document& doc, const PositionReader& reader,
                     std::vector<Mention>* mentions) const;
  std::vector<Person> GroupByPerson(const Document& doc, std::vector<Mention>* mentions) const;
  Official MakeOfficial(const Document& doc, const std::vector<Mention>& mentions,
                        const Person& person, const std::vector<Province>& provinces) const;
  // The titled person whose titles start at `pos`, if one does.
  std::optional<Mention> MentionAt(const Document& doc, size_t pos) const;
  size_t NameRunEnd(const Document& doc, size_t pos) const;
  // A name run, or two joined by a hyphen ("ซึง-ฮย็อน").
  size_t HyphenatedRunEnd(const Document& doc, size_t pos) const;
  // The end of the last word of a foreign name that goes on after `pos`
  // up to its Latin form in brackets, or `pos` when none does.
  size_t ForeignNameEnd(const Document& doc, size_t pos) const;
  // Whether the name run [begin, end) after a given name is a family name.
  bool IsFamilyName(const Document& doc, size_t begin, size_t end) const;
  bool IsNoUnitOrGroup(std::string_view text, size_t pos) const;
  void PositionOnNextLine(const Document& doc, const PositionReader& reader, Mention* m) const;

  TitleLexicon titles_;
  PositionLexicon positions_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_PEOPLE_H_
