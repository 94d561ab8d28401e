// Cores of a thread pool that no thread holds at the moment, lent out and
// given back. A batch starts one document per thread; when a thread finds
// no document left it gives its core here, and a document still running
// borrows it for its remaining pages, so the last long scan of a batch is
// not read on one core while the other idles.
#ifndef FINSAM_BASE_CORE_BUDGET_H_
#define FINSAM_BASE_CORE_BUDGET_H_

#include <algorithm>
#include <atomic>

namespace finsam {

// Thread-safe; lock-free.
class CoreBudget {
 public:
  explicit CoreBudget(int free) : free_(free) {}
  CoreBudget(const CoreBudget&) = delete;
  CoreBudget& operator=(const CoreBudget&) = delete;

  // Takes up to `wanted` free cores; returns how many were taken (0..wanted).
  int TryTake(int wanted) {
    int have = free_.load();
    while (have > 0 && wanted > 0) {
      const int take = std::min(have, wanted);
      if (free_.compare_exchange_weak(have, have - take)) return take;
    }
    return 0;
  }
  // Gives back `n` cores taken earlier (or the caller's own).
  void Give(int n) { free_.fetch_add(n); }

 private:
  std::atomic<int> free_;
};

}  // namespace finsam

#endif  // FINSAM_BASE_CORE_BUDGET_H_
