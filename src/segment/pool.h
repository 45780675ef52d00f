// A pool of objects that are expensive to make and not safe to share between
// threads (libthai's breaker, ICU's BreakIterator). A caller borrows one for
// the length of a call; a pool never holds more than the most callers it
// has seen at once.

#ifndef THAINEWS_SRC_SEGMENT_POOL_H_
#define THAINEWS_SRC_SEGMENT_POOL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace thainews {

template <typename T, typename Deleter = std::default_delete<T>>
class Pool {
 public:
  using Owned = std::unique_ptr<T, Deleter>;
  using Factory = std::function<Owned()>;
  explicit Pool(Factory make) : make_(std::move(make)) {}

  class Lease {
   public:
    Lease(Pool* pool, Owned object) : pool_(pool), object_(std::move(object)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (object_) pool_->Return(std::move(object_));
    }
    T* get() const { return object_.get(); }
    T* operator->() const { return object_.get(); }
    explicit operator bool() const { return object_ != nullptr; }

   private:
    Pool* pool_;
    Owned object_;
  };

  // Never fails for lack of objects; get() is null only if the factory
  // returned null.
  Lease Borrow() const {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        Owned object = std::move(free_.back());
        free_.pop_back();
        return Lease(const_cast<Pool*>(this), std::move(object));
      }
    }
    return Lease(const_cast<Pool*>(this), make_());
  }

 private:
  void Return(Owned object) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(object));
  }

  Factory make_;
  mutable std::mutex mutex_;
  mutable std::vector<Owned> free_;
};

}  // namespace thainews

#endif  // THAINEWS_SRC_SEGMENT_POOL_H_
