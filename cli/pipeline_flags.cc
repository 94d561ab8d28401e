#include "cli/pipeline_flags.h"

#include <iostream>
#include <sstream>

#include "base/atomic_file.h"
#include "base/files.h"

namespace finsam::cli {

Status WriteOutput(const std::string& output, const std::string& out) {
  if (!output.empty()) return WriteFileAtomically(output, out);
  std::cout << out << std::flush;
  if (!std::cout) return Status(ErrorCode::kIoError, "cannot write output");
  return Status::Ok();
}

Result<std::string> ReadInputFile(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) return Status(ErrorCode::kNotFound, "cannot read");
    return buffer.str();
  }
  // Whatever went wrong, the input is bad (exit code 3).
  auto bytes = ReadFile(path);
  if (!bytes.ok()) {
    return Status(ErrorCode::kNotFound, bytes.status().message());
  }
  return bytes;
}

Status ReadPipelineFlags(const Flags& flags, TextPipelineOptions* options) {
  const std::string ocr = flags.Get("ocr", "auto");
  const std::optional<OcrMode> mode = ParseOcrMode(ocr);
  if (!mode) {
    return Status(ErrorCode::kInvalidArgument,
                  "--ocr must be auto, never or always");
  }
  options->ocr_mode = *mode;
  if (flags.Has("jobs")) {
    auto jobs = ParseInteger(flags.Get("jobs"), 1, 256);
    if (!jobs.ok()) {
      return Status(ErrorCode::kInvalidArgument,
                    "--jobs: " + jobs.status().message());
    }
    options->jobs = static_cast<int>(*jobs);
  }
  const std::string orientation = flags.Get("orientation", "osd");
  if (orientation == "osd") {
    options->orientation = OrientationMethod::kOsd;
  } else if (orientation == "recognition") {
    options->orientation = OrientationMethod::kRecognition;
  } else if (orientation == "off") {
    options->orientation = OrientationMethod::kOff;
  } else {
    return Status(ErrorCode::kInvalidArgument,
                  "--orientation must be osd, recognition or off");
  }
  options->ocr_language = flags.Get("lang", "swe");
  options->tessdata_dir = flags.Get("tessdata");
  return Status::Ok();
}

void LanguageModels::UseIn(TextPipelineOptions* options) const {
  options->dictionary = dictionary.get();
  options->normalizer = normalizer.get();
}

NormalizerConfig NormalizerConfigFrom(const Flags& flags) {
  NormalizerConfig config;
  config.lexicon_files = flags.GetAll("lexicon");
  return config;
}

Result<LanguageModels> LoadLanguageModels(const NormalizerConfig& config) {
  LanguageModels models;
  auto dictionary = SwedishDictionary::Open();
  if (!dictionary.ok()) return dictionary.status();
  models.dictionary = std::move(dictionary).value();
  auto normalizer = Normalizer::Create(config);
  if (!normalizer.ok()) return normalizer.status();
  models.normalizer = std::move(normalizer).value();
  return models;
}

void ReportFailedPages(std::string_view command, const std::string& path,
                       const DocumentText& text) {
  for (const PageResult& page : text.pages) {
    if (page.status.ok()) continue;
    std::cerr << "finsam-extract " << command << ": " << path << ": page "
              << page.number << ": " << page.status.ToString() << "\n";
  }
}

}  // namespace finsam::cli
