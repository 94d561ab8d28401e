// `finsam-extract review`: a report's review page for data cleaners.
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"
#include "cli/pipeline_flags.h"
#include "review/review_builder.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract review FILE.pdf -o DIR [options]

Writes DIR/index.html: one self-contained page (pictures embedded, no
network, opens from a USB stick) on which a data cleaner checks the text
and the record read from the report. Each page's picture sits beside its
text, lines at the same height; OCR words of low confidence are marked (and
boxed on the picture), words of OCR'd pages the dictionary does not know
are underlined; every normaliser edit is marked, with before -> after and
the reason on hover; page furniture is greyed. The record's checks come
first (failed and warned ones link to their figures, marked on the page),
then sections, statements, key figures, people and signatures, each linking
to its page. Keys n/j and p/k move between flagged items.

Options:
  -o DIR, --output DIR  folder for index.html (created when missing; the
                        file is written atomically)
  --low-confidence X    mark OCR words below this confidence (0..1,
                        default 0.6)
  --image-dpi N         picture resolution, at most 1000 px wide (default 90)
  --ocr auto|never|always, --jobs N, --password P, --lang L, --tessdata DIR
                        as for `finsam-extract text`
  --help                this text

Exit codes: 0 ok, 2 usage, 3 bad input (not found, empty, not a PDF,
damaged, no pages), 4 encrypted, 5 partial (some pages failed; the page is
written and names them), 6 language data missing, 7 output not writable,
1 other failure.
)";

int Fail(const std::string& file, const Status& status) {
  return FailOnFile("review", file, status);
}

}  // namespace

int RunReviewCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"output", "ocr",      "jobs",           "password",
                     "lang",   "tessdata", "low-confidence", "image-dpi"};
  spec.boolean = {"help"};
  auto parsed = ParseOneInputCommand("review", args, spec, kUsage, "PDF");
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  const Flags* flags = &std::get<Flags>(parsed);
  const std::string path = flags->positional()[0];
  const std::string output_dir = flags->Get("output");
  if (output_dir.empty()) {
    std::cerr << "finsam-extract review: -o DIR is required (see --help)\n";
    return kExitUsage;
  }
  review::ReviewOptions options;
  if (Status s = ReadPipelineFlags(*flags, &options.pipeline); !s.ok()) {
    std::cerr << "finsam-extract review: " << s.message() << "\n";
    return kExitUsage;
  }
  if (flags->Has("image-dpi")) {
    auto dpi = ParseInteger(flags->Get("image-dpi"), 10, 300);
    if (!dpi.ok()) return Fail(path, dpi.status());
    options.snapshots.dpi = static_cast<int>(*dpi);
  }
  if (flags->Has("low-confidence")) {
    auto value = ParseFraction("low-confidence", flags->Get("low-confidence"));
    if (!value.ok()) {
      std::cerr << "finsam-extract review: " << value.status().message()
                << "\n";
      return kExitUsage;
    }
    options.low_confidence = static_cast<float>(*value);
  }

  auto bytes = ReadInputFile(path);
  if (!bytes.ok()) return Fail(path, bytes.status());
  auto models = LoadLanguageModels();
  if (!models.ok()) return Fail(path, models.status());
  models->UseIn(&options.pipeline);

  auto review = review::BuildReview(path, std::move(bytes).value(),
                                    flags->Get("password"), options);
  if (!review.ok()) return Fail(path, review.status());

  std::error_code error;
  std::filesystem::create_directories(output_dir, error);
  if (error) {
    return Fail(output_dir, Status(ErrorCode::kIoError,
                                   "cannot create folder: " + error.message()));
  }
  const std::string index =
      (std::filesystem::path(output_dir) / "index.html").string();
  Status written = WriteFileAtomically(index, review->html);
  if (!written.ok()) return Fail(index, written);
  std::cout << "finsam-extract review: wrote " << index << " (" << review->edits
            << " edits, " << review->low_confidence_words
            << " low-confidence words, " << review->unknown_words
            << " unknown words";
  if (review->failed_pages > 0) {
    std::cout << ", " << review->failed_pages << " pages failed";
  }
  std::cout << ")\n";
  return FinishProcess(review->failed_pages > 0 ? kExitPartial : kExitOk);
}

}  // namespace finsam::cli
