#include "batch/progress.h"

#include <cmath>
#include <cstdio>

namespace finsam::batch {
namespace {

std::string Duration(double seconds) {
  const long long s = std::llround(seconds);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof(buf), "%lldh%02lldm", s / 3600, (s % 3600) / 60);
  } else if (s >= 60) {
    std::snprintf(buf, sizeof(buf), "%lldm%02llds", s / 60, s % 60);
  } else {
    std::snprintf(buf, sizeof(buf), "%llds", s);
  }
  return buf;
}

}  // namespace

std::string FormatProgress(const ProgressState& st) {
  char buf[160];
  std::snprintf(buf, sizeof(buf), "%d/%d documents", st.done_documents,
                st.total_documents);
  std::string out = buf;
  if (st.skipped_documents > 0 || st.failed_documents > 0) {
    std::snprintf(buf, sizeof(buf), " (%d resumed, %d failed)",
                  st.skipped_documents, st.failed_documents);
    out += buf;
  }
  const double rate = st.elapsed_s > 0 ? st.pages / st.elapsed_s : 0;
  std::snprintf(buf, sizeof(buf), ", %lld pages, %.1f pages/s", st.pages, rate);
  out += buf;
  const int processed = st.done_documents - st.skipped_documents;
  const int remaining = st.total_documents - st.done_documents;
  if (remaining <= 0) {
    out += ", " + Duration(st.elapsed_s) + " elapsed";
  } else if (processed > 0) {
    out += ", ETA " + Duration(st.elapsed_s / processed * remaining);
  } else {
    out += ", ETA ?";
  }
  return out;
}

BatchProgress::BatchProgress(int total_documents, Mode mode, std::ostream& out,
                             std::chrono::duration<double> interval)
    : mode_(mode),
      out_(out),
      interval_(interval),
      start_(Clock::now()),
      last_print_(start_) {
  state_.total_documents = total_documents;
}

void BatchProgress::DocumentDone(int pages, bool skipped, bool failed) {
  MutexLock lock(&mu_);
  ++state_.done_documents;
  if (skipped) ++state_.skipped_documents;
  if (failed) ++state_.failed_documents;
  if (!skipped) state_.pages += pages;
  const auto now = Clock::now();
  if (mode_ == Mode::kLive) {
    // Redraw at most ten times a second: a terminal is slow too.
    if (now - last_print_ < std::chrono::milliseconds(100)) return;
  } else if (now - last_print_ < interval_) {
    return;
  }
  last_print_ = now;
  PrintLocked(false);
}

void BatchProgress::Finish() {
  MutexLock lock(&mu_);
  PrintLocked(true);
}

void BatchProgress::PrintLocked(bool final_line) {
  if (mode_ == Mode::kQuiet) return;
  state_.elapsed_s =
      std::chrono::duration<double>(Clock::now() - start_).count();
  std::string line = FormatProgress(state_);
  if (mode_ == Mode::kLive) {
    const int width = 24;
    const int filled =
        state_.total_documents > 0
            ? width * state_.done_documents / state_.total_documents
            : width;
    std::string bar = "[" + std::string(static_cast<size_t>(filled), '#') +
                      std::string(static_cast<size_t>(width - filled), '-') +
                      "] ";
    // \x1b[K clears what a longer previous line left.
    out_ << "\r" << bar << line << "\x1b[K";
    if (final_line) out_ << "\n";
  } else {
    out_ << "finsam-extract batch: " << line << "\n";
  }
  out_.flush();
}

}  // namespace finsam::batch
