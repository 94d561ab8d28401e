// Where a batch puts each document's outputs under --out.
//
//   OUT/docs/NAME.txt          the document's text, pages split by \f
//   OUT/docs/NAME.record.json  its record (records::BuildRecord)
//   OUT/docs/NAME.meta.json    what happened (batch/document_meta.h); written
//                              last, so its presence marks a finished document
//   OUT/docs/NAME.attempt      while the document is being converted: how
//                              many runs died converting it (batch_runner.h)
//   OUT/summary.jsonl, OUT/key_figures.csv, OUT/failures.jsonl
//
// NAME is the first 12 hex digits of SHA-256 of the input's path (as given)
// and the file's stem, e.g. "3f1c7e2a0b5d-arsredovisning_2023": two inputs
// with the same file name in different directories never collide, and the
// stem keeps the names readable.
#ifndef FINSAM_BATCH_OUTPUT_LAYOUT_H_
#define FINSAM_BATCH_OUTPUT_LAYOUT_H_

#include <string>
#include <string_view>

namespace finsam::batch {

// NAME for the input at `path`.
std::string DocumentBaseName(std::string_view path);

struct DocumentPaths {
  std::string text;
  std::string record;
  std::string meta;
  std::string attempt;
};

DocumentPaths DocumentOutputPaths(const std::string& out_dir,
                                  std::string_view input_path);

std::string DocsDir(const std::string& out_dir);
std::string SummaryPath(const std::string& out_dir);
std::string KeyFiguresPath(const std::string& out_dir);
std::string FailuresPath(const std::string& out_dir);

// True for the temporary files base/atomic_file.h leaves when a process is
// killed mid-write ("NAME.tmp-XXXXXX"); a new run removes them.
bool IsAbandonedTemporary(std::string_view file_name);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_OUTPUT_LAYOUT_H_
