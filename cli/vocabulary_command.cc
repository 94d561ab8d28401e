// `finsam-extract vocabulary build`: the words an archive's sound pages
// print, counted once, for --lexicon.
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "base/atomic_file.h"
#include "batch/archive_vocabulary.h"
#include "batch/input_set.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/flags.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract vocabulary build INPUT... -o FILE [options]

Counts the words of the sound pages (text layers judged sound, not OCR) of
every PDF among the inputs (directories, PDFs and manifests, as for batch)
and writes them to FILE, one word a line with its count, sorted: the same
archive gives the same file. Give FILE to text, normalize, records or batch
with --lexicon: the normaliser of every damaged page then knows the names,
places, projects and terms the archive prints correctly ("Myggdalsvagen"
-> "Myggdalsvägen"), and which of two readings it uses. Text inputs are
left out (nothing says their letters are sound).

Options:
  -o, --output FILE    the vocabulary to write (required; atomically)
  --manifest FILE      a manifest, whatever its name (repeatable)
  --jobs N             PDFs read at once (default: one per core)
  --password P         for encrypted PDFs
  --help               this text

Exit codes: 0 ok, 2 usage, 3 an input path does not exist or no PDFs,
6 language data missing, 7 FILE not writable, 1 other failure.
)";

int Fail(const std::string& what, const Status& status) {
  std::cerr << "finsam-extract vocabulary: " << what << status.message()
            << "\n";
  return ExitCodeFor(status);
}

int Usage(const std::string& message) {
  std::cerr << "finsam-extract vocabulary: " << message << " (see --help)\n";
  return kExitUsage;
}

}  // namespace

int RunVocabularyCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"output", "manifest", "jobs", "password"};
  spec.repeatable = {"manifest"};
  spec.boolean = {"help"};
  auto flags = Flags::Parse(args, spec);
  if (!flags.ok()) return Usage(flags.status().message());
  if (flags->Has("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  std::vector<std::string> positional = flags->positional();
  if (positional.empty() || positional[0] != "build") {
    return Usage("the only subcommand is build");
  }
  positional.erase(positional.begin());
  const std::string output = flags->Get("output");
  if (output.empty()) return Usage("-o FILE is required");
  batch::InputArguments inputs_args;
  inputs_args.paths = positional;
  inputs_args.manifests = flags->GetAll("manifest");
  if (inputs_args.paths.empty() && inputs_args.manifests.empty()) {
    return Usage("give at least one directory, PDF or manifest");
  }
  int jobs = static_cast<int>(std::thread::hardware_concurrency());
  if (flags->Has("jobs")) {
    auto parsed = ParseInteger(flags->Get("jobs"), 1, 256);
    if (!parsed.ok()) return Usage("--jobs: " + parsed.status().message());
    jobs = static_cast<int>(*parsed);
  }
  auto inputs = batch::CollectInputs(inputs_args);
  if (!inputs.ok()) return Fail("", inputs.status());
  auto dictionary = SwedishDictionary::Open();
  if (!dictionary.ok()) return Fail("", dictionary.status());
  auto collected = batch::CollectArchiveVocabulary(
      *inputs, dictionary->get(), std::max(1, jobs), flags->Get("password"));
  if (!collected.ok()) return Fail("", collected.status());
  if (collected->documents == 0) {
    std::cerr << "finsam-extract vocabulary: no readable PDFs among the "
                 "inputs\n";
    return kExitBadInput;
  }
  Status written =
      WriteFileAtomically(output, collected->vocabulary.Serialize());
  if (!written.ok()) return Fail(output + ": ", written);
  std::cerr << "finsam-extract vocabulary: " << collected->vocabulary.size()
            << " words (" << collected->vocabulary.total() << " counted) from "
            << collected->sound_pages << " sound pages of "
            << collected->documents << " PDFs";
  if (collected->skipped > 0) {
    std::cerr << "; " << collected->skipped << " PDFs unreadable, left out";
  }
  std::cerr << "\n";
  return kExitOk;
}

}  // namespace finsam::cli
