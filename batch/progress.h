// BatchProgress: documents and pages done, pages/s and ETA on stderr.
//
// On a terminal it redraws one live line (carriage return, no newline until
// Finish); otherwise, as in a cluster log, it prints a plain line at most
// every `interval` seconds, so logs stay short. Thread-safe: workers report
// as they finish documents.
#ifndef FINSAM_BATCH_PROGRESS_H_
#define FINSAM_BATCH_PROGRESS_H_

#include <chrono>
#include <ostream>
#include <string>

#include "base/mutex.h"

namespace finsam::batch {

struct ProgressState {
  int total_documents = 0;
  int done_documents = 0;     // processed + skipped
  int skipped_documents = 0;  // resumed: outputs already there
  int failed_documents = 0;
  long long pages = 0;   // pages of processed documents
  double elapsed_s = 0;  // since start
};

// "12/100 documents (3 resumed, 1 failed), 340 pages, 5.2 pages/s, ETA 1m20s"
// (ETA from the processed documents' pace; "ETA ?" before the first).
std::string FormatProgress(const ProgressState& state);

class BatchProgress {
 public:
  enum class Mode { kLive, kPeriodic, kQuiet };

  BatchProgress(
      int total_documents, Mode mode, std::ostream& out,
      std::chrono::duration<double> interval = std::chrono::seconds(5));

  void DocumentDone(int pages, bool skipped, bool failed) EXCLUDES(mu_);
  // Prints the final line (and ends the live line).
  void Finish() EXCLUDES(mu_);

 private:
  void PrintLocked(bool final_line) REQUIRES(mu_);

  using Clock = std::chrono::steady_clock;
  Mutex mu_;
  const Mode mode_;
  std::ostream& out_;  // written under mu_
  const std::chrono::duration<double> interval_;
  const Clock::time_point start_;
  Clock::time_point last_print_ GUARDED_BY(mu_);
  ProgressState state_ GUARDED_BY(mu_);
};

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_PROGRESS_H_
