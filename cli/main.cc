// finsam-extract: Swedish report PDFs to clean text and records.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "ocr/tesseract_quiet.h"
#include "pdf/pdf_document.h"

namespace {

constexpr const char* kUsage = R"(Usage: finsam-extract COMMAND [options]

Commands:
  text FILE.pdf        best text of every page (text layer or OCR)
  normalize FILE|-     restore å/ä/ö and Swedish number form in text
  records FILE|-       one JSON record (or CSV key figures) per report
  batch INPUT... --out DIR  many reports: texts, records, summaries, --db
  merge SHARD... --out DIR  combine `batch --shard` outputs and databases
  compare --db FILE --key K|--sheet Y  a key figure by year, or a year's sheet
  signatures FILE.pdf  who signed, when, and whether the file is unchanged
  review FILE.pdf -o DIR  review page for data cleaners (DIR/index.html)
  fixture add|check|accept|learn  regression fixtures (see fixture --help)
  vocabulary build INPUT... -o FILE  an archive's own words, for --lexicon
  version              versions of the program, its data and libraries

Run 'finsam-extract COMMAND --help' for a command's options.
)";

}  // namespace

int main(int argc, char** argv) {
  // Poppler prints parser complaints and Leptonica its checks to stderr;
  // errors are reported here, once, in one line per file.
  finsam::QuietPoppler quiet_poppler;
  finsam::QuietLeptonica quiet_leptonica;

  if (argc < 2) {
    std::cerr << kUsage;
    return finsam::cli::kExitUsage;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "text") return finsam::cli::RunTextCommand(args);
  if (command == "normalize") return finsam::cli::RunNormalizeCommand(args);
  if (command == "records") return finsam::cli::RunRecordsCommand(args);
  if (command == "signatures") return finsam::cli::RunSignaturesCommand(args);
  if (command == "batch") return finsam::cli::RunBatchCommand(args);
  if (command == "merge") return finsam::cli::RunMergeCommand(args);
  if (command == "compare") return finsam::cli::RunCompareCommand(args);
  if (command == "review") return finsam::cli::RunReviewCommand(args);
  if (command == "fixture") return finsam::cli::RunFixtureCommand(args);
  if (command == "vocabulary") {
    return finsam::cli::RunVocabularyCommand(args);
  }
  if (command == "version" || command == "--version") {
    return finsam::cli::RunVersionCommand(args);
  }
  if (command == "help" || command == "--help" || command == "-h") {
    std::cout << kUsage;
    return finsam::cli::kExitOk;
  }
  std::cerr << "finsam-extract: unknown command '" << command
            << "' (see --help)\n";
  return finsam::cli::kExitUsage;
}
