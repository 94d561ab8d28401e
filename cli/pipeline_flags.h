// What every command that runs the text pipeline shares: reading its input,
// writing its output, the pipeline flags, the language models and reporting
// failed pages.
#ifndef FINSAM_CLI_PIPELINE_FLAGS_H_
#define FINSAM_CLI_PIPELINE_FLAGS_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "cli/flags.h"
#include "lang/swedish_dictionary.h"
#include "normalize/normalizer.h"
#include "pipeline/text_pipeline.h"

namespace finsam::cli {

// Writes `out` to standard output when `output` is empty, else to the file
// `output` atomically (never a partial file). Errors: kIoError.
Status WriteOutput(const std::string& output, const std::string& out);

// The whole of the file `path`, or of standard input for "-". Errors:
// kNotFound when it is missing, a directory or unreadable (bad input, exit
// 3, never an output error).
Result<std::string> ReadInputFile(const std::string& path);

// Reads --ocr auto|never|always, --jobs N, --orientation osd|recognition|off,
// --lang L and --tessdata DIR (those given; a command accepts the flags its
// FlagSpec names) into `options`. Errors: kInvalidArgument with a message for
// the user ("--ocr must be auto, never or always").
// REQUIRES: `options` is not null.
Status ReadPipelineFlags(const Flags& flags, TextPipelineOptions* options);

// hunspell-sv and the normaliser, loaded once per process; both are
// thread-safe and serve every worker of the pipeline.
struct LanguageModels {
  std::unique_ptr<SwedishDictionary> dictionary;
  std::unique_ptr<Normalizer> normalizer;

  // Points `options` at the models (not owned).
  // REQUIRES: this outlives every run of `options`; `options` is not null.
  void UseIn(TextPipelineOptions* options) const;
};

// Errors: kDataMissing when hunspell-sv or the lexicon tables are missing;
// kNotFound / kIoError / kInvalidArgument naming a --lexicon file.
Result<LanguageModels> LoadLanguageModels(const NormalizerConfig& config = {});

// The normaliser's configuration from --lexicon FILE (repeatable): word
// lists and archive vocabularies (`finsam-extract vocabulary build`).
NormalizerConfig NormalizerConfigFrom(const Flags& flags);

// One line on standard error per failed page:
// "finsam-extract COMMAND: FILE: page N: reason".
void ReportFailedPages(std::string_view command, const std::string& path,
                       const DocumentText& text);

}  // namespace finsam::cli

#endif  // FINSAM_CLI_PIPELINE_FLAGS_H_
