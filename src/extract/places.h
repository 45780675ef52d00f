// Provinces, districts and subdistricts named in an article.
//
// A name counts when the text marks it as a place: after a level word
// (จังหวัด, จ., อำเภอ, อ., กิ่งอำเภอ, เขต, ตำบล, ต., แขวง), also inside office
// names (ผู้ว่าราชการจังหวัดลพบุรี, สจจ.ลพบุรี), or after a word that only
// precedes provinces (ผู้ว่าฯ, พ่อเมือง). A province name also counts on its
// own, as a whole word, unless it is one of the names that are ordinary words
// or given names too (แพร่ in การแพร่ระบาด, เลย, ตาก, สุรินทร์): those need a
// marker or a place context (ชาวน่าน, โรงพยาบาลน่าน, a list of provinces).
// Whole words are told by the segmenter's boundaries at the name's start and
// end, never by substring; the segmenter is not trusted to keep the name in
// one token.
//
// One district marker may stand for a list ("อำเภอสีคิ้ว โนนสูง และ
// ปากช่อง"): names of districts of the same province follow it, spaced or
// joined by "และ"/"หรือ"/",".
//
// A district's province comes from the text ("อ.X จ.Y"), else from the
// article's provinces, else from the gazetteer when the name is unique; the
// capital district's short form (อ.เมือง จ.ลพบุรี) resolves the same way.
// Subdistricts resolve through the district or province next to them.
// Names from before a change (กิ่งอำเภอ, อำเภอบึงกาฬ จังหวัดหนองคาย) resolve
// to today's units; every mention keeps the text as written.

#ifndef THAINEWS_SRC_EXTRACT_PLACES_H_
#define THAINEWS_SRC_EXTRACT_PLACES_H_

#include <memory>

#include "data/data.h"
#include "extract/document.h"
#include "thainews/article.h"
#include "thainews/gazetteer.h"

namespace thainews {

class PlaceExtractor {
 public:
  // Loads the gazetteer and data/place_cues.tsv; kDataError when they are
  // missing or malformed.
  static Result<PlaceExtractor> Create(const DataSource& data);

  PlaceExtractor(PlaceExtractor&&) noexcept;
  PlaceExtractor& operator=(PlaceExtractor&&) noexcept;
  ~PlaceExtractor();

  // Fills article->provinces, districts and subdistricts, each once, in the
  // order of first mention, with every mention's span.
  void Extract(const Document& doc, Article* article) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

  struct Cues;

 private:
  PlaceExtractor(Gazetteer gazetteer, std::unique_ptr<const Cues> cues);

  Gazetteer gazetteer_;
  std::unique_ptr<const Cues> cues_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_PLACES_H_
