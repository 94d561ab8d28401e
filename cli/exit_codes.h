// Documented exit codes of finsam-extract (README "Exit codes").
#ifndef FINSAM_CLI_EXIT_CODES_H_
#define FINSAM_CLI_EXIT_CODES_H_

#include <iostream>
#include <string>

#include "base/status.h"

namespace finsam::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,      // internal error or a failure with no better code
  kExitUsage = 2,        // bad command line
  kExitBadInput = 3,     // the input is not a readable PDF/text (not a PDF,
                         // empty, truncated/corrupt, zero pages, not found)
  kExitEncrypted = 4,    // password needed or wrong
  kExitPartial = 5,      // output written, but some pages failed
  kExitMissingData = 6,  // language data / dictionaries not installed
  kExitOutputError = 7,  // could not write the output file
  // batch and merge: some or all documents failed; the others'
  // outputs are written. "Transient": at least one failure may pass on a
  // retry (out of memory, I/O, OCR engine), so re-run (it resumes);
  // otherwise every failure is a bad input and a retry cannot help.
  kExitBatchSomeFailed = 10,
  kExitBatchSomeFailedTransient = 11,
  kExitBatchAllFailed = 12,
  kExitBatchAllFailedTransient = 13,
  // fixture check: a fixture regressed beyond its stored tolerance.
  kExitFixtureRegression = 20,
};

// Maps a failed Status to the exit code a user sees.
inline int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case ErrorCode::kOk:
      return kExitOk;
    case ErrorCode::kInvalidArgument:
      return kExitUsage;
    case ErrorCode::kNotFound:
    case ErrorCode::kNotPdf:
    case ErrorCode::kCorruptPdf:
    case ErrorCode::kNoPages:
    case ErrorCode::kTooLarge:
      return kExitBadInput;
    case ErrorCode::kEncrypted:
      return kExitEncrypted;
    case ErrorCode::kDataMissing:
      return kExitMissingData;
    case ErrorCode::kIoError:
      return kExitOutputError;
    case ErrorCode::kRenderFailed:
    case ErrorCode::kOcrFailed:
    case ErrorCode::kInternal:
      return kExitFailure;
  }
  return kExitFailure;
}

// The one-line error of a one-file command, "finsam-extract COMMAND: FILE:
// reason" on stderr, and the exit code for `status`.
inline int FailOnFile(const char* command, const std::string& file,
                      const Status& status) {
  std::cerr << "finsam-extract " << command << ": " << file << ": "
            << status.message() << "\n";
  return ExitCodeFor(status);
}

}  // namespace finsam::cli

#endif  // FINSAM_CLI_EXIT_CODES_H_
