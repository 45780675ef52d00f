// libthai's th_brk behind ThaiBreaker. libthai reads TIS-620, one byte per
// Thai character, so a run is converted and the breaks mapped back to UTF-8
// offsets. A ThBrk is borrowed from a pool for each call because libthai does
// not promise that one breaker may serve two threads at once.

#include <thai/thbrk.h>

#include <algorithm>
#include <string>

#include "segment/pool.h"
#include "segment/segment.h"
#include "text/utf8.h"

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

    // libthai's search grows faster than linearly on long unbroken runs
    // (400,000 characters of one letter take seconds), so a long run goes in
    // windows: each window's breaks are kept up to its last one, and the
    // next window starts there, so only the word cut by the window's end is
    // looked at again.
    constexpr size_t kWindow = 512;
    std::vector<int> positions(std::min(tis.size(), kWindow) + 1);
    auto brk = pool_.Borrow();
    size_t start = 0;
    while (start < tis.size() && brk) {
      const size_t end = std::min(tis.size(), start + kWindow);
      const std::string window = tis.substr(start, end - start);
      const int count = th_brk_find_breaks(
          brk.get(), reinterpret_cast<const thchar_t*>(window.c_str()), positions.data(),
          positions.size());
      size_t last = 0;
      for (int k = 0; k < count; ++k) {
        const size_t p = static_cast<size_t>(positions[k]);
        if (p == 0 || p >= window.size()) continue;
        // In a window that stops short of the run's end, the last word may
        // be cut: leave it to the next window.
        if (end < tis.size() && k == count - 1 && count > 1) break;
        ends->push_back(offset_of[start + p]);
        last = p;
      }
      if (end >= tis.size()) break;
      start += last > 0 ? last : window.size();
      if (last == 0) ends->push_back(offset_of[start]);
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
