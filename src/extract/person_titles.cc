#include "extract/person_titles.h"

#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/phrases.h"

namespace thainews {

TitleLexicon::TitleLexicon() = default;
TitleLexicon::TitleLexicon(TitleLexicon&&) noexcept = default;
TitleLexicon& TitleLexicon::operator=(TitleLexicon&&) noexcept = default;
TitleLexicon::~TitleLexicon() = default;

Result<TitleLexicon> TitleLexicon::Load(const DataSource& data) {
  Result<std::string> content = data.Read("titles.tsv");
  if (!content.ok()) return content.status();
  std::vector<std::string> plain, ranks, not_titles, royal, lineage, suffixes;
  bool have_acting = false;
  Status status = ForEachTsvRow(
      "titles.tsv", *content, /*has_header=*/true,
      [&](const std::vector<std::string_view>& fields) -> Status {
        if (fields.size() < 3 || fields[0].empty()) {
          return Status(StatusCode::kDataError, "expected form, full_form and category");
        }
        const std::string form(fields[0]);
        const std::string_view category = fields[2];
        if (category == "military" || category == "police") {
          ranks.push_back(form);
        } else if (category == "civil" || category == "academic" ||
                   category == "professional" || category == "noble") {
          plain.push_back(form);
        } else if (category == "acting") {
          have_acting = form == "ว่าที่";
        } else if (category == "not_title") {
          not_titles.push_back(form);
        } else if (category == "royal") {
          royal.push_back(form);
        } else if (category == "lineage") {
          lineage.push_back(form);
        } else if (category == "suffix") {
          suffixes.push_back(form);
        } else {
          return Status(StatusCode::kDataError, "unknown category '" + std::string(category) + "'");
        }
        return Status::Ok();
      });
  if (!status.ok()) return status;
  if (plain.empty() || ranks.empty()) {
    return Status(StatusCode::kDataError, "titles.tsv: no honorifics or no ranks");
  }

  // One title: an honorific, or a rank with the acting prefix ว่าที่ before
  // it, glued or spaced ("ว่าที่ร.ต.", "ว่าที่ ร้อยตรี"). ว่าที่ alone is not a
  // title: "ว่าที่ผู้สมัคร" is a candidate-to-be.
  std::vector<std::string> units = plain;
  for (const std::string& rank : ranks) {
    units.push_back(rank);
    if (have_acting) units.push_back("ว่าที่ " + rank);
  }
  TitleLexicon lexicon;
  const struct {
    std::unique_ptr<re2::RE2>* re;
    const std::vector<std::string>* phrases;
    const char* what;
  } lists[] = {
      {&lexicon.unit_, &units, "title"},
      {&lexicon.not_title_, &not_titles, "not-a-title"},
      {&lexicon.royal_, &royal, "royal title"},
      {&lexicon.lineage_, &lineage, "lineage name"},
      {&lexicon.suffix_, &suffixes, "name suffix"},
  };
  for (const auto& list : lists) {
    Result<std::unique_ptr<re2::RE2>> re = CompilePhrases(*list.phrases, list.what);
    if (!re.ok()) return re.status();
    *list.re = std::move(*re);
  }
  return lexicon;
}

size_t TitleLexicon::UnitAt(std::string_view text, size_t pos, size_t limit) const {
  return MatchLengthAt(*unit_, text, pos, limit);
}

size_t TitleLexicon::FindUnit(std::string_view text, size_t from) const {
  size_t length = 0;
  return FindPhrase(*unit_, text, from, &length);
}

bool TitleLexicon::NotTitleAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*not_title_, text, pos) > 0;
}

bool TitleLexicon::RoyalAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*royal_, text, pos) > 0;
}

size_t TitleLexicon::LineageAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*lineage_, text, pos);
}

size_t TitleLexicon::SuffixAt(std::string_view text, size_t pos) const {
  return MatchLengthAt(*suffix_, text, pos);
}

}  // namespace thainews
