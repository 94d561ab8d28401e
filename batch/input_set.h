// The documents of a batch: directories, files and manifests expanded into
// one sorted list of input files.
//
// - A directory contributes every *.pdf and *.txt below it (recursively,
//   case-insensitive extension, symlinked directories not followed).
// - A *.pdf file is itself. A *.txt file is itself unless it reads as a
//   manifest (see LooksLikeManifest); any other file, or one named with
//   --manifest, is a manifest: one path a line, '#' comments and blank lines
//   ignored, relative paths taken from the manifest's own directory (so a
//   manifest travels with its archive).
//
// Each input carries a shard key: its path relative to the root it was found
// under (the directory given, or the manifest line as written; the path as
// given for a plain file). Keys do not depend on listing order or on where the
// archive is mounted, so shards are stable (batch/shard.h).
#ifndef FINSAM_BATCH_INPUT_SET_H_
#define FINSAM_BATCH_INPUT_SET_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace finsam::batch {

struct BatchInput {
  std::string path;       // as the records name it: root + relative part
  std::string shard_key;  // path relative to its root
};

struct InputArguments {
  std::vector<std::string> paths;      // positional: dirs, files, manifests
  std::vector<std::string> manifests;  // --manifest FILE (always manifests)
  // Directories never walked into: the batch's own --out, so that `batch .
  // --out out` does not take its outputs for inputs on the next run.
  std::vector<std::string> exclude_dirs;
};

// Expands `args` into inputs sorted by path, duplicates removed. Errors:
// kNotFound for a path that does not exist (named in the message), kIoError
// for an unreadable directory or manifest.
Result<std::vector<BatchInput>> CollectInputs(const InputArguments& args);

// True when `contents` reads as a list of report paths rather than a
// report: no form feed, and every non-blank, non-comment line ends in .pdf
// or .txt (at least one such line).
bool LooksLikeManifest(std::string_view contents);

// True for names ending in .pdf or .txt, in any case.
bool IsReportFileName(std::string_view name);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_INPUT_SET_H_
