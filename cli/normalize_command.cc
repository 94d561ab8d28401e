// `finsam-extract normalize`: damaged Swedish text in, correct text out.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/flags.h"
#include "cli/pipeline_flags.h"
#include "normalize/normalizer.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract normalize FILE|- [options]

Restores å/ä/ö that were folded ("Forsakringskassan"), dropped
("Frvaltningsberttelse") or garbled by OCR ("6versiktlig", "14n"), writes
numbers the Swedish way ("8036515" -> "8 036 515", "55%" -> "55 %") and cleans
unicode damage (ligatures, soft hyphens, logo junk). Prints the text to
standard output with exactly as many lines as the input. '-' reads standard
input.

Options:
  --changes FILE.tsv   write one row per edit (line, column, before, after,
                       reason, confidence, why), header first; withheld
                       decisions are listed with reason prefixed
                       "uncertain:"; why: for a letter decision, the chosen
                       reading's score and the written word's, feature by
                       feature (nats: prior, folded, context ...)
  --lexicon FILE       extra words: a word list (one per line: names, places,
                       programme names) to accept and prefer, or an
                       archive's vocabulary (`finsam-extract vocabulary
                       build`): the words its sound pages print; repeatable
  --no-letters         leave letters (å/ä/ö) alone
  --no-numbers         leave numbers alone
  --min-confidence X   apply only decisions at least this sure (0..1,
                       default 0.6)
  --data-dir DIR       the language tables' folder (default: lexicon/ of the
                       data directory, see finsam-extract --version)
  --help               this text

Exit codes: 0 ok, 2 usage, 3 input not found or unreadable, 6 language data
missing, 7 output not writable, 1 other failure.
)";

int Fail(const std::string& file, const Status& status) {
  return FailOnFile("normalize", file, status);
}

// TSV fields cannot hold tabs or newlines; OCR text has neither inside a
// word, but be safe.
std::string TsvField(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

std::string ChangesTsv(const NormalizedText& result) {
  std::string out = "line\tcolumn\tbefore\tafter\treason\tconfidence\twhy\n";
  auto row = [&out](const Edit& e, const std::string& prefix) {
    char confidence[16];
    std::snprintf(confidence, sizeof(confidence), "%.3f", e.confidence);
    out += std::to_string(e.line) + "\t" + std::to_string(e.column) + "\t" +
           TsvField(e.before) + "\t" + TsvField(e.after) + "\t" + prefix +
           TsvField(e.reason) + "\t" + confidence + "\t" + TsvField(e.why) +
           "\n";
  };
  for (const Edit& e : result.edits) row(e, "");
  for (const Edit& e : result.uncertain) row(e, "uncertain:");
  return out;
}

}  // namespace

int RunNormalizeCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"changes", "lexicon", "min-confidence", "data-dir"};
  spec.repeatable = {"lexicon"};
  spec.boolean = {"no-letters", "no-numbers", "help"};
  auto parsed =
      ParseOneInputCommand("normalize", args, spec, kUsage, "FILE or -");
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  const Flags* flags = &std::get<Flags>(parsed);
  const std::string path = flags->positional()[0];

  NormalizeOptions options;
  options.explain = flags->Has("changes");
  options.letters = !flags->Has("no-letters");
  options.numbers = !flags->Has("no-numbers");
  if (flags->Has("min-confidence")) {
    auto value = ParseFraction("min-confidence", flags->Get("min-confidence"));
    if (!value.ok()) {
      std::cerr << "finsam-extract normalize: " << value.status().message()
                << "\n";
      return kExitUsage;
    }
    options.min_confidence = static_cast<float>(*value);
  }

  NormalizerConfig config;
  config.data_dir = flags->Get("data-dir");
  config.lexicon_files = flags->GetAll("lexicon");
  for (const std::string& lexicon : config.lexicon_files) {
    std::ifstream probe(lexicon);
    if (!probe) {
      return Fail(lexicon, Status(ErrorCode::kNotFound, std::strerror(errno)));
    }
  }

  auto input = ReadInputFile(path);
  if (!input.ok()) return Fail(path, input.status());

  auto normalizer = Normalizer::Create(config);
  if (!normalizer.ok()) return Fail(path, normalizer.status());
  const NormalizedText result = (*normalizer)->Normalize(*input, options);

  // The changes file first: when it cannot be written nothing is printed,
  // so a script never sees text without its change list.
  const std::string changes = flags->Get("changes");
  if (!changes.empty()) {
    Status s = WriteFileAtomically(changes, ChangesTsv(result));
    if (!s.ok()) return Fail(changes, s);
  }
  std::cout << result.text << std::flush;
  if (!std::cout) {
    return Fail(path, Status(ErrorCode::kIoError, "cannot write output"));
  }
  return kExitOk;
}

}  // namespace finsam::cli
