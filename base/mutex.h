// Mutex and MutexLock: std::mutex with the annotations Clang's thread-safety
// analysis needs (libstdc++'s std::mutex carries none), as LevelDB's
// port::Mutex and MutexLock. Members a mutex guards are declared
// GUARDED_BY(mu_); the clang build checks every access (-Wthread-safety).
#ifndef FINSAM_BASE_MUTEX_H_
#define FINSAM_BASE_MUTEX_H_

#include <mutex>

#include "base/thread_annotations.h"

namespace finsam {

class CAPABILITY("mutex") Mutex {
 public:
  Mutex() = default;
  Mutex(const Mutex&) = delete;
  Mutex& operator=(const Mutex&) = delete;

  void Lock() ACQUIRE() { mu_.lock(); }
  void Unlock() RELEASE() { mu_.unlock(); }

 private:
  std::mutex mu_;
};

// Holds `*mu` for its lifetime. REQUIRES: `mu` outlives the lock.
class SCOPED_CAPABILITY MutexLock {
 public:
  explicit MutexLock(Mutex* mu) ACQUIRE(mu) : mu_(mu) { mu_->Lock(); }
  ~MutexLock() RELEASE() { mu_->Unlock(); }
  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

 private:
  Mutex* const mu_;
};

}  // namespace finsam

#endif  // FINSAM_BASE_MUTEX_H_
