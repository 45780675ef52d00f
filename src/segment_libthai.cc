// libthai's th_brk behind ThaiBreaker. libthai reads TIS-620, one byte per
// Thai character, so a run is converted and the breaks mapped back to UTF-8
// offsets. A ThBrk is borrowed from a pool for each call because libthai does
// not promise that one breaker may serve two threads at once.

#include <thai/thbrk.h>

#include <string>

#include "pool.h"
#include "segment.h"
#include "utf8.h"

namespace thainews {
namespace {

struct ThBrkDeleter {
  void operator()(ThBrk* brk) const { th_brk_delete(brk); }
};

class LibThaiBreaker : public ThaiBreaker {
 public:
  LibThaiBreaker()
      : pool_([] { return std::unique_ptr<ThBrk, ThBrkDeleter>(th_brk_new(nullptr)); }) {}

  const char* name() const override { return "libthai"; }

  void BreakRun(std::string_view run, std::vector<size_t>* ends) const override {
    // TIS-620 text and, per character, its UTF-8 offset in `run`.
    std::string tis;
    std::vector<size_t> offset_of;
    tis.reserve(run.size() / 3 + 1);
    offset_of.reserve(run.size() / 3 + 2);
    for (size_t i = 0; i < run.size();) {
      const utf8::Decoded d = utf8::DecodeAt(run, i);
      offset_of.push_back(i);
      const char32_t c = d.code_point;
      tis.push_back(c >= 0x0E01 && c <= 0x0E5B ? static_cast<char>(c - 0x0E00 + 0xA0) : '?');
      i += d.length;
    }
    offset_of.push_back(run.size());
    std::vector<int> positions(tis.size() + 1);
    int count = 0;
    {
      auto brk = pool_.Borrow();
      if (brk) {
        count = th_brk_find_breaks(brk.get(), reinterpret_cast<const thchar_t*>(tis.c_str()),
                                   positions.data(), positions.size());
      }
    }
    for (int k = 0; k < count; ++k) {
      const int p = positions[k];
      if (p > 0 && static_cast<size_t>(p) < tis.size()) ends->push_back(offset_of[p]);
    }
    ends->push_back(run.size());
  }

 private:
  Pool<ThBrk, ThBrkDeleter> pool_;
};

}  // namespace

Result<std::unique_ptr<ThaiBreaker>> NewLibThaiBreaker() {
  // Fail at creation, not at the first call, when libthai has no dictionary.
  ThBrk* probe = th_brk_new(nullptr);
  if (probe == nullptr) {
    return Status(StatusCode::kDataError,
                  "libthai could not load its dictionary (is libthai-data installed?)");
  }
  th_brk_delete(probe);
  return std::unique_ptr<ThaiBreaker>(new LibThaiBreaker());
}

}  // namespace thainews
