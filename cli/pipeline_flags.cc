#include "cli/pipeline_flags.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/atomic_file.h"

namespace finsam::cli {

Status WriteOutput(const std::string& output, const std::string& out) {
  if (!output.empty()) return WriteFileAtomically(output, out);
  std::cout << out << std::flush;
  if (!std::cout) return Status(ErrorCode::kIoError, "cannot write output");
  return Status::Ok();
}

Result<std::string> ReadInputFile(const std::string& path) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) return Status(ErrorCode::kNotFound, "cannot read");
    return buffer.str();
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return Status(ErrorCode::kNotFound, "is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, std::strerror(errno));
  buffer << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kNotFound, "read failed");
  return buffer.str();
}

Status ReadPipelineFlags(const Flags& flags, TextPipelineOptions* options) {
  const std::string ocr = flags.Get("ocr", "auto");
  if (ocr == "auto") {
    options->ocr_mode = OcrMode::kAuto;
  } else if (ocr == "never") {
    options->ocr_mode = OcrMode::kNever;
  } else if (ocr == "always") {
    options->ocr_mode = OcrMode::kAlways;
  } else {
    return Status(ErrorCode::kInvalidArgument,
                  "--ocr must be auto, never or always");
  }
  if (flags.Has("jobs")) {
    auto jobs = ParseInteger(flags.Get("jobs"), 1, 256);
    if (!jobs.ok()) {
      return Status(ErrorCode::kInvalidArgument,
                    "--jobs: " + jobs.status().message());
    }
    options->jobs = static_cast<int>(*jobs);
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
