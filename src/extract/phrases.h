// Lists of literal phrases (titles, office words) compiled once into one RE2
// alternation, and the anchored and forward searches the extractors run with
// them. RE2 keeps every search linear in the text, however long the lists.

#ifndef THAINEWS_SRC_EXTRACT_PHRASES_H_
#define THAINEWS_SRC_EXTRACT_PHRASES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "thainews/status.h"

namespace re2 {
class RE2;
}

namespace thainews {

// An RE2 alternation "(?:…)" of `phrases`, literal except that a space
// inside a phrase matches one optional space in the text, as news writes
// "รอง ผวจ." and "รองผวจ." alike. An empty list matches nothing.
std::string PhrasePattern(const std::vector<std::string>& phrases);

// `pattern` compiled for the lexicons: longest match, errors as kDataError
// naming the list (`what`).
Result<std::unique_ptr<re2::RE2>> CompilePattern(const std::string& pattern, std::string_view what);

// One RE2 that matches any of `phrases` (the longest one where several
// match), spaces as in PhrasePattern.
Result<std::unique_ptr<re2::RE2>> CompilePhrases(const std::vector<std::string>& phrases,
                                                 std::string_view what);

// Length of the longest match of `re` that starts exactly at `pos` and ends at
// or before `limit`; 0 when there is none.
size_t MatchLengthAt(const re2::RE2& re, std::string_view text, size_t pos,
                     size_t limit = std::string_view::npos);

// The first match of `re` at or after `from`: its start, or npos; `*length`
// gets its length.
size_t FindPhrase(const re2::RE2& re, std::string_view text, size_t from, size_t* length);

}  // namespace thainews

#endif  // THAINEWS_SRC_EXTRACT_PHRASES_H_
